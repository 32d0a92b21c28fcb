"""Short runnable snippets that call one operation through the SDK, for the API reference.

A snippet takes the server and the credentials from the environment (SKILLDEO_BASE_URL, and
SKILLDEO_TOKEN or SKILLDEO_EMAIL + SKILLDEO_OTP), signs in with the SDK's helper when the
operation needs a token, and calls the operation with its documented example values. The
verification step of an OTP pair first runs its start step, since a documented `session_id`
cannot be verified. The address of an OTP flow, sign-up included, is SKILLDEO_EMAIL, as in the
curl and JavaScript samples. All snippets of a build are formatted by one ruff process.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from generator.core.naming import class_name
from generator.core.spec import Operation, Spec
from generator.sdk.analysis import Endpoint, OtpPair, SdkSpec, analyse, attr

PACKAGE = "skilldeo_client"


def _example(spec: Spec, node: Any) -> Any:
    """The first documented example of a parameter or media type, else of its schema."""
    node = spec.resolve(node) if isinstance(node, dict) else {}
    examples = node.get("examples")
    if isinstance(examples, dict) and examples:
        return spec.resolve(next(iter(examples.values()))).get("value")
    if "example" in node:
        return node["example"]
    schema = spec.resolve(node.get("schema") or {})
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    return schema.get("example", schema.get("default"))


def _value(spec: Spec, schema: Any, value: Any, imports: set[str]) -> str:
    """Python source for one field value: a named enum member where the schema has one."""
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    resolved = spec.resolve(schema) if isinstance(schema, dict) else {}
    if isinstance(ref, str) and "enum" in resolved and isinstance(value, str):
        cls = class_name(ref.rsplit("/", 1)[1])
        imports.add(cls)
        return f"{cls}({value!r})"
    return repr(value)


def _body(
    spec: Spec, op: Operation, endpoint: Endpoint, imports: set[str], overrides: dict[str, str]
) -> str:
    model = endpoint.request
    assert model is not None
    imports.add(model.cls)
    media: dict[str, Any] = (spec.resolve(op.data["requestBody"]).get("content") or {})[
        "application/json"
    ]
    example = _example(spec, media) or {}
    schema = spec.resolve(media["schema"])
    props = schema.get("properties") or {}
    simple = all(k in props and not _is_object(spec, props[k]) for k in example)
    if not simple:
        return f"{model.cls}.from_dict({example!r})"
    fields = []
    for key, value in example.items():
        source = overrides.get(key) or _value(spec, props[key], value, imports)
        fields.append(f"{attr(key)}={source}")
    return f"{model.cls}({', '.join(fields)})"


def _is_object(spec: Spec, schema: Any) -> bool:
    resolved = spec.resolve(schema)
    items = resolved.get("items")
    return resolved.get("type") == "object" or (
        isinstance(items, dict) and spec.resolve(items).get("type") == "object"
    )


def _call(
    spec: Spec, op: Operation, endpoint: Endpoint, imports: set[str], overrides: dict[str, str]
) -> str:
    args = []
    if endpoint.request is not None:
        args.append(f"body={_body(spec, op, endpoint, imports, overrides)}")
    for raw in op.data.get("parameters") or []:
        param = spec.resolve(raw)
        value = _value(spec, param.get("schema"), _example(spec, param), imports)
        args.append(f"{attr(param['name'])}={value}")
    return f"client.{endpoint.method}({', '.join(args)})"


def _email(pair: OtpPair | None) -> dict[str, str]:
    """The e-mail of an OTP flow comes from SKILLDEO_EMAIL (a registered address to log in, a new
    one to sign up), the documented example being the fallback."""
    if pair is None or pair.start.request is None:
        return {}
    example = (pair.start.request.properties.get("email") or {}).get("examples") or [""]
    return {"email": f"os.environ.get('SKILLDEO_EMAIL', {str(example[0])!r})"}


def _pair_of(sdk: SdkSpec, operation_id: str) -> OtpPair | None:
    for pair in sdk.otp_pairs:
        if operation_id in (pair.start.operation_id, pair.verify.operation_id):
            return pair
    return None


def python_sample(spec: Spec, operation_id: str) -> str:
    """A runnable Python snippet calling `operation_id` through the SDK; KeyError if unknown."""
    return python_samples(spec, [operation_id])[operation_id]


def python_samples(spec: Spec, operation_ids: Iterable[str]) -> dict[str, str]:
    """operationId -> its runnable snippet, in the given order; KeyError if one is unknown."""
    sdk = analyse(spec)
    by_id = {e.operation_id: e for e in sdk.endpoints}
    sources = {oid: _source(spec, sdk, by_id[oid]) for oid in operation_ids}
    return dict(zip(sources, _format(list(sources.values())), strict=True))


def _source(spec: Spec, sdk: SdkSpec, endpoint: Endpoint) -> str:
    operation_id = endpoint.operation_id
    op = spec.operation(operation_id)
    imports: set[str] = set()
    lines = ["import os", ""]
    body: list[str] = []
    pair = _pair_of(sdk, operation_id)
    login = next((p for p in sdk.otp_pairs if p.helper == "login"), None)
    if endpoint.auth and login is not None:
        top = [f"from {PACKAGE} import Skilldeo, {login.helper}"]
        body += [
            'base_url = os.environ.get("SKILLDEO_BASE_URL")',
            'if os.environ.get("SKILLDEO_TOKEN"):',
            "    client = Skilldeo(base_url=base_url)  # the token comes from SKILLDEO_TOKEN",
            "else:",
            f'    client = {login.helper}(os.environ["SKILLDEO_EMAIL"],'
            ' otp=os.environ["SKILLDEO_OTP"], base_url=base_url)',
        ]
    else:
        top = [f"from {PACKAGE} import Skilldeo"]
        body += ['client = Skilldeo(base_url=os.environ.get("SKILLDEO_BASE_URL"))']
    body.append("with client:")
    if pair is not None and operation_id == pair.verify.operation_id:
        start_op = spec.operation(pair.start.operation_id)
        body.append(f"    started = {_call(spec, start_op, pair.start, imports, _email(pair))}")
        overrides = {
            **_email(pair),
            **{field: f"started.{source}" for field, source in pair.from_start_response.items()},
            pair.otp_field: 'os.environ["SKILLDEO_OTP"]',
        }
        body.append(f"    result = {_call(spec, op, endpoint, imports, overrides)}")
    else:
        body.append(f"    result = {_call(spec, op, endpoint, imports, _email(pair))}")
    body.append("    print(result.to_dict())")
    if imports:
        top.append(f"from {PACKAGE}.models import {', '.join(sorted(imports))}")
    return "\n".join(lines + top + ["", *body]) + "\n"


def _format(sources: list[str]) -> list[str]:
    """The snippets as ruff formats them, in one process for all (isolated from any project
    config, so always the same)."""
    if not sources:
        return []
    with tempfile.TemporaryDirectory(prefix="skilldeo-samples-") as scratch:
        files = [Path(scratch) / f"sample_{i}.py" for i in range(len(sources))]
        for path, source in zip(files, sources, strict=True):
            path.write_text(source, encoding="utf-8")
        proc = subprocess.run(
            [sys.executable, "-m", "ruff", "format", "--isolated", "--no-cache", "--quiet"]
            + [str(path) for path in files],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"ruff could not format a generated sample: {proc.stderr.strip()}")
        return [path.read_text(encoding="utf-8") for path in files]
