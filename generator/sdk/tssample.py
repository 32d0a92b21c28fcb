"""Short runnable snippets that call one operation through the TypeScript SDK, for the API
reference's JavaScript tab.

Each snippet is an ES module that is also valid strict TypeScript: it imports the package
(skilldeo-client), signs in with its `login()` when the operation needs a token and
SKILLDEO_TOKEN is not set (SKILLDEO_EMAIL and SKILLDEO_OTP), and calls the operation with its
documented example values in one object, under their wire names. The client itself reads
SKILLDEO_BASE_URL and SKILLDEO_TOKEN on Node. The verification step of an OTP pair first runs its
start step, as the Python samples do, since a documented `session_id` cannot be verified.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from generator.core.naming import ts_property
from generator.core.paths import GENERATED, ROOT
from generator.core.spec import Spec
from generator.sdk.analysis import Endpoint, OtpPair, SdkSpec, analyse, first_example
from generator.sdk.variables import (
    OTP,
    OTP_PROMPT,
    email_example,
    linked,
    login_pair,
    otp_pair,
    variable,
)

PACKAGE = "skilldeo-client"
SDK_FOLDER = (GENERATED / "typescript").relative_to(ROOT).as_posix()
CLIENT = "Skilldeo"
HEADER = "// skilldeo-client, the TypeScript SDK: an ES module (Node 18+) and valid TypeScript."
# The code a person reads in the e-mail: SKILLDEO_OTP when set (scripts, the test suite), else
# typed in once it arrives.
EMAILED_CODE = [
    f"// The code from the e-mail: {OTP}, else typed in once it arrives.",
    "async function emailedCode() {",
    f"  if (process.env.{OTP}) return process.env.{OTP};",
    "  const terminal = createInterface({ input: process.stdin, output: process.stdout });",
    f"  const code = await terminal.question({json.dumps(OTP_PROMPT)});",
    "  terminal.close();",
    "  return code;",
    "}",
]
PROMPT_IMPORT = 'import { createInterface } from "node:readline/promises";'


def install_line() -> str:
    """How a reader installs the SDK the samples import, as the SDK's README says."""
    return f"npm install ./{SDK_FOLDER}  # {PACKAGE}, from a checkout of the toolkit"


def _from_env(spec: Spec, schema: Any, example: Any, var: str) -> str:
    """Source reading a value from the variable `var`, the example its fallback: a number for
    an integer or a number, a string for a string (every format is a string in the SDK),
    anything else parsed as JSON."""
    resolved = spec.resolve(schema) if isinstance(schema, dict) else {}
    kind = resolved.get("type") if isinstance(resolved, dict) else None
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    text = json.dumps(example if isinstance(example, str) else json.dumps(example))
    if kind in ("integer", "number") and isinstance(example, int | float):
        return f"Number(process.env.{var} ?? {text})"
    if kind == "string" and isinstance(example, str):
        return f"process.env.{var} ?? {text}"
    return f"JSON.parse(process.env.{var} ?? {text})"


def _js(value: Any, indent: str = "") -> str:
    """A JavaScript literal: objects with bare keys where they can be, two spaces a level."""
    inner = indent + "  "
    if isinstance(value, dict) and value:
        items = [f"{inner}{ts_property(str(k))}: {_js(v, inner)}," for k, v in value.items()]
        return "{\n" + "\n".join(items) + f"\n{indent}}}"
    if isinstance(value, list) and value:
        flat = json.dumps(value, ensure_ascii=False)
        if len(flat) <= 60 and not any(isinstance(v, dict | list) for v in value):
            return flat.replace('","', '", "')
        return "[\n" + "\n".join(f"{inner}{_js(v, inner)}," for v in value) + f"\n{indent}]"
    return json.dumps(value, ensure_ascii=False)


def _argument(spec: Spec, endpoint: Endpoint, overrides: dict[str, str]) -> str:
    """The method's argument: parameters and body fields (or `body`), example values, overrides."""
    op = spec.operation(endpoint.operation_id)
    fields: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    for raw in op.data.get("parameters") or []:
        param = spec.resolve(raw)
        if param.get("in") in ("path", "query", "header"):
            fields[param["name"]] = first_example(spec, param)
            schemas[param["name"]] = param.get("schema")
    body = spec.resolve(op.data.get("requestBody") or {})
    media = (body.get("content") or {}).get("application/json")
    if media is not None:
        example = first_example(spec, media)
        spread = isinstance(example, dict) and endpoint.request is not None
        if spread and not set(fields) & set(example):
            fields.update(example)
            schemas.update(spec.resolve(media.get("schema") or {}).get("properties") or {})
        else:
            fields["body"] = example if example is not None else {}
    names = linked(spec)
    from_env = {
        key: _from_env(spec, schemas.get(key), value, variable(names, key))
        for key, value in fields.items()
        if key in schemas and variable(names, key)
    }
    overrides = {**from_env, **overrides}
    marked = {key: f"\x00{key}\x00" if key in overrides else value for key, value in fields.items()}
    text = _js(marked) if marked else ""
    for key, source in overrides.items():
        text = text.replace(json.dumps(f"\x00{key}\x00"), source)
    return text


def _email(pair: OtpPair | None) -> dict[str, str]:
    """The address of an OTP flow comes from SKILLDEO_EMAIL, the documented one the fallback."""
    example = email_example(pair)
    return (
        {} if example is None else {"email": f"process.env.SKILLDEO_EMAIL ?? {json.dumps(example)}"}
    )


def _client(sdk: SdkSpec, endpoint: Endpoint, verifies: bool) -> list[str]:
    """The imports and the client: signed in through `login()` when the operation needs it. A
    sample that signs in or `verifies` a code asks for it once the e-mail is sent."""
    login = login_pair(sdk)
    signs_in = endpoint.auth and login is not None
    asks = [PROMPT_IMPORT] if signs_in or verifies else []
    helper = [*EMAILED_CODE, ""] if signs_in or verifies else []
    if login is None or not signs_in:
        return [
            *asks,
            f'import {{ {CLIENT} }} from "{PACKAGE}";',
            "",
            *helper,
            f"const client = new {CLIENT}(); // SKILLDEO_BASE_URL, SKILLDEO_TOKEN",
        ]
    email = _email(login)["email"]
    return [
        *asks,
        f'import {{ {CLIENT}, {login.ts_helper} }} from "{PACKAGE}";',
        "",
        *helper,
        "// SKILLDEO_BASE_URL, and SKILLDEO_TOKEN or a login with SKILLDEO_EMAIL",
        "const client = process.env.SKILLDEO_TOKEN",
        f"  ? new {CLIENT}()",
        f"  : await {login.ts_helper}({email}, {{ otp: emailedCode }});",
    ]


def _call(name: str, target: str, endpoint: Endpoint, argument: str) -> str:
    return f"const {name} = await {target}.{endpoint.ts_method}({argument});"


def _source(spec: Spec, sdk: SdkSpec, endpoint: Endpoint) -> str:
    pair = otp_pair(sdk, endpoint.operation_id)
    verifies = pair is not None and endpoint.operation_id == pair.verify.operation_id
    lines = [HEADER, *_client(sdk, endpoint, verifies), ""]
    email = _email(pair)
    if pair is not None and verifies:
        lines.append(_call("started", "client", pair.start, _argument(spec, pair.start, email)))
        from_start = {
            field: f"started.{source}" if ts_property(source) == source else f"started[{source!r}]"
            for field, source in pair.from_start_fields.items()
        }
        otp = {pair.otp_field: "await emailedCode()"}  # asked for after the start step sent it
        overrides = {**email, **from_start, **otp}
        lines.append(_call("result", "client", endpoint, _argument(spec, endpoint, overrides)))
    else:
        lines.append(_call("result", "client", endpoint, _argument(spec, endpoint, email)))
    lines.append("console.log(result);")
    return "\n".join(lines)


def typescript_samples(spec: Spec, operation_ids: Iterable[str]) -> dict[str, str]:
    """operationId -> its runnable snippet, in the given order; KeyError if one is unknown."""
    sdk = analyse(spec)
    by_id = {e.operation_id: e for e in sdk.endpoints}
    return {oid: _source(spec, sdk, by_id[oid]) for oid in operation_ids}
