"""Short runnable snippets that call one operation through the SDK, for the API reference.

A snippet takes the server and the credentials from the environment (SKILLDEO_BASE_URL, and
SKILLDEO_TOKEN or SKILLDEO_EMAIL + SKILLDEO_OTP), signs in with the SDK's helper when the
operation needs a token, and calls the operation with its documented example values, in the
SDK's one calling convention: the request body's fields and the parameters are keyword arguments
(`body=Model.from_dict(...)` only when the example cannot be given field by field). Each value is
the Python type the SDK expects there: `datetime.datetime` with its offset for a date-time,
`datetime.date`, `uuid.UUID`, the model class (inline ones named as openapi-python-client names
them), lists of these; an enum is its plain value as an argument (`status="active"`) and its
class inside a model. The verification step of an OTP pair first runs its start step,
since a documented `session_id` cannot be verified. The address of an OTP flow, sign-up included,
is SKILLDEO_EMAIL, as in the curl and JavaScript samples. All snippets of a build are formatted by
one ruff process; the build type-checks them against the SDK (`samplecheck`).
"""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from generator.core.naming import class_name
from generator.core.paths import GENERATED, ROOT
from generator.core.spec import Operation, Spec
from generator.sdk.analysis import (
    Call,
    Endpoint,
    OtpPair,
    SdkSpec,
    analyse,
    attr,
    first_example,
)
from generator.sdk.refs import for_generator
from generator.sdk.variables import (
    OTP,
    OTP_PROMPT,
    email_example,
    linked,
    login_pair,
    otp_pair,
    variable,
)

SCHEMAS = "#/components/schemas/"
SDK_FOLDER = (GENERATED / "python").relative_to(ROOT).as_posix()
# The settings openapi-python-client writes the SDK with: its distribution and package names.
CONFIG = Path(__file__).resolve().parent / "client-config.yaml"
# The code a person reads in the e-mail: SKILLDEO_OTP when set (scripts, the test suite), else
# typed in once it arrives.
EMAILED_CODE = f"os.environ.get({OTP!r}) or input({OTP_PROMPT!r})"


@cache
def _config() -> dict[str, Any]:
    data = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def package_name() -> str:
    """The SDK's import name (`skilldeo_client`), as the generator's config sets it."""
    return str(_config()["package_name_override"])


def project_name() -> str:
    """The SDK's distribution name (`skilldeo-client`), as the generator's config sets it."""
    return str(_config()["project_name_override"])


def install_line() -> str:
    """How a reader installs the SDK the samples import, as the SDK's README says."""
    return (
        f"pip install ./{SDK_FOLDER}  # {project_name()} (import {package_name()}),"
        " from a checkout of the toolkit"
    )


@dataclass
class Imports:
    """What a snippet imports: standard modules (datetime, uuid) and the SDK's model classes."""

    modules: set[str] = field(default_factory=set)
    models: set[str] = field(default_factory=set)

    def model(self, cls: str) -> str:
        self.models.add(cls)
        return cls


def _class_of(schema: Any, owner: str, name: str) -> str:
    """The SDK class of an enum or object schema: a component's own, else the one
    openapi-python-client names after where it is defined (owner + field, or its title)."""
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if isinstance(ref, str) and ref.startswith(SCHEMAS) and "/" not in ref.removeprefix(SCHEMAS):
        return class_name(ref.removeprefix(SCHEMAS))
    title = schema.get("title") if isinstance(schema, dict) else None
    return class_name(f"{owner}_{title or name}")


def _kind(schema: dict[str, Any]) -> str:
    """The JSON type of a schema; a nullable type (["string", "null"]) counts as its other type."""
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if kind is None and "properties" in schema:
        kind = "object"
    return str(kind)


def _timezone(offset: datetime.timedelta) -> str:
    """Source for the timezone of a UTC offset: `datetime.timezone.utc`, or the offset spelt out."""
    if not offset:
        return "datetime.timezone.utc"
    hours, rest = divmod(int(abs(offset).total_seconds()), 3600)
    minutes, seconds = divmod(rest, 60)
    units = {"hours": hours, "minutes": minutes, "seconds": seconds}
    parts = ", ".join(f"{unit}={count}" for unit, count in units.items() if count)
    sign = "-" if offset < datetime.timedelta(0) else ""
    return f"datetime.timezone({sign}datetime.timedelta({parts}))"


def _moment(fmt: str, value: str, imports: Imports) -> str | None:
    """Source for a string the SDK types as datetime, date or UUID; None for other strings."""
    try:
        if fmt == "date-time":
            moment = datetime.datetime.fromisoformat(value)
            source = repr(moment.replace(tzinfo=None))
            offset = moment.utcoffset()
            if offset is not None:
                source = f"{source[:-1]}, tzinfo={_timezone(offset)})"
        elif fmt == "date":
            source = repr(datetime.date.fromisoformat(value))
        elif fmt == "uuid":
            source = f"uuid.UUID({str(uuid.UUID(value))!r})"
        else:
            return None
    except ValueError:
        return None  # not parseable here: left a string, which the build's type check reports
    imports.modules.add("uuid" if fmt == "uuid" else "datetime")
    return source


def _value(spec: Spec, schema: Any, value: Any, imports: Imports, owner: str, name: str) -> str:
    """Python source for `value` as the SDK types `schema`: enum members, model instances,
    datetime, date and UUID objects, lists of them; other values as they are. `owner` and `name`
    (the class or operation a schema is defined in, and its field) name inline classes."""
    resolved = spec.resolve(schema) if isinstance(schema, dict) else {}
    if value is None or not isinstance(resolved, dict):
        return repr(value)
    kind = _kind(resolved)
    if "enum" in resolved and isinstance(value, str | int) and not isinstance(value, bool):
        return f"{imports.model(_class_of(schema, owner, name))}({value!r})"
    if kind == "object" and isinstance(value, dict):
        return _model(spec, resolved, value, imports, _class_of(schema, owner, name))
    if kind == "array" and isinstance(value, list):
        item = resolved.get("items")
        items = [_value(spec, item, v, imports, owner, f"{name}_item") for v in value]
        return f"[{', '.join(items)}]"
    if kind == "string" and isinstance(value, str) and isinstance(resolved.get("format"), str):
        source = _moment(resolved["format"], value, imports)
        if source is not None:
            return source
    return repr(value)


def _from_env(spec: Spec, schema: Any, example: Any, var: str, imports: Imports) -> str:
    """Source reading a value from the variable `var`, the example its fallback, typed as the
    SDK types `schema`: int, float, str, UUID, date, datetime; anything else parsed as JSON."""
    resolved = spec.resolve(schema) if isinstance(schema, dict) else {}
    resolved = resolved if isinstance(resolved, dict) else {}
    kind, fmt = _kind(resolved), resolved.get("format")
    text = example if isinstance(example, str) else json.dumps(example)
    get = f"os.environ.get({var!r}, {text!r})"
    if kind == "integer" and isinstance(example, int) and not isinstance(example, bool):
        return f"int({get})"
    if kind == "number" and isinstance(example, int | float) and not isinstance(example, bool):
        return f"float({get})"
    if kind == "string" and isinstance(example, str):
        parse = {
            "uuid": "uuid.UUID",
            "date": "datetime.date.fromisoformat",
            "date-time": "datetime.datetime.fromisoformat",
        }.get(str(fmt), "")
        if parse:
            imports.modules.add(parse.split(".")[0])
        return f"{parse}({get})" if parse else get
    imports.modules.add("json")
    return f"json.loads({get})"


def _env_overrides(
    spec: Spec, schemas: dict[str, Any], values: dict[str, Any], imports: Imports
) -> dict[str, str]:
    """Field -> the source reading it from its SKILLDEO_ variable, for the fields that have one
    (`generator.sdk.variables`: what a link carries, wherever it is sent)."""
    names = linked(spec)
    return {
        key: _from_env(spec, schemas.get(key), value, variable(names, key), imports)
        for key, value in values.items()
        if variable(names, key)
    }


def _fields(
    spec: Spec,
    schema: dict[str, Any],
    value: dict[str, Any],
    imports: Imports,
    cls: str,
    overrides: dict[str, str] | None = None,
    enum_values: bool = False,
) -> list[tuple[str, str]] | None:
    """(wire name, source) of each field of an object example, or None when the example has
    fields the class does not (additional properties) or lacks a required one. With
    `enum_values`, an enum is passed as its plain value, which the methods' arguments accept."""
    props = schema.get("properties") or {}
    required = schema.get("required") or []
    if not props or any(k not in props for k in value) or any(r not in value for r in required):
        return None
    fields = []
    for key, item in value.items():
        source = (overrides or {}).get(key)
        if source is None and enum_values and _is_enum(spec, props[key], item):
            source = repr(item)
        fields.append((key, source or _value(spec, props[key], item, imports, cls, key)))
    return fields


def _is_enum(spec: Spec, schema: Any, value: Any) -> bool:
    resolved = spec.resolve(schema) if isinstance(schema, dict) else {}
    return isinstance(resolved, dict) and "enum" in resolved and isinstance(value, str | int)


def _model(
    spec: Spec,
    schema: dict[str, Any],
    value: dict[str, Any],
    imports: Imports,
    cls: str,
    overrides: dict[str, str] | None = None,
) -> str:
    """A model instance, built field by field; through `from_dict` when the example has fields
    the class does not (additional properties) or lacks a required one."""
    imports.model(cls)
    fields = _fields(spec, schema, value, imports, cls, overrides)
    if fields is None:
        return f"{cls}.from_dict({value!r})"
    return f"{cls}({', '.join(f'{attr(key)}={source}' for key, source in fields)})"


def _body(
    spec: Spec, op: Operation, call: Call, imports: Imports, overrides: dict[str, str]
) -> list[str]:
    """The request body as the method's arguments: each field a keyword argument (the SDK's
    one calling convention), or `body=` when the example cannot be given field by field."""
    body = spec.resolve(op.data.get("requestBody") or {})
    media = (body.get("content") or {}).get("application/json")
    if not isinstance(media, dict):
        return []
    schema = media.get("schema") or {}
    example = first_example(spec, media)
    example = {} if example is None else example
    cls = _class_of(schema, op.operation_id, "body")
    resolved = spec.resolve(schema)
    if _kind(resolved) != "object" or not isinstance(example, dict):
        return [f"body={_value(spec, schema, example, imports, op.operation_id, 'body')}"]
    props = resolved.get("properties") or {}
    overrides = {**_env_overrides(spec, props, example, imports), **overrides}
    fields = _fields(spec, resolved, example, imports, cls, overrides, enum_values=True)
    if fields is None:
        return [f"body={_model(spec, resolved, example, imports, cls, overrides)}"]
    return [f"{call.body_args[attr(key)]}={source}" for key, source in fields]


def _call(
    spec: Spec,
    sdk: SdkSpec,
    op: Operation,
    endpoint: Endpoint,
    imports: Imports,
    overrides: dict[str, str],
) -> str:
    args = _body(spec, op, sdk.calls[endpoint.method], imports, overrides)
    names = linked(spec)
    for raw in op.data.get("parameters") or []:
        param = spec.resolve(raw)
        example, schema = first_example(spec, param), param.get("schema")
        var = variable(names, param["name"])
        if param["name"] in overrides:
            value = overrides[param["name"]]
        elif var:
            value = _from_env(spec, schema, example, var, imports)
        elif _is_enum(spec, schema, example):
            value = repr(example)  # an enum argument takes its plain value
        else:
            value = _value(spec, schema, example, imports, op.operation_id, param["name"])
        args.append(f"{attr(param['name'])}={value}")
    return f"client.{endpoint.method}({', '.join(args)})"


def _email(pair: OtpPair | None) -> dict[str, str]:
    """The e-mail of an OTP flow comes from SKILLDEO_EMAIL, the documented example the fallback."""
    example = email_example(pair)
    return {} if example is None else {"email": f"os.environ.get('SKILLDEO_EMAIL', {example!r})"}


def python_sample(spec: Spec, operation_id: str) -> str:
    """A runnable Python snippet calling `operation_id` through the SDK; KeyError if unknown."""
    return python_samples(spec, [operation_id])[operation_id]


def python_samples(spec: Spec, operation_ids: Iterable[str]) -> dict[str, str]:
    """operationId -> its runnable snippet, in the given order; KeyError if one is unknown."""
    sdk = analyse(spec)
    by_id = {e.operation_id: e for e in sdk.endpoints}
    # Values are typed as the SDK types them, so from the spec as openapi-python-client reads it
    # (a `$ref` keeps its target's type unless `refs` inlines it).
    view = Spec(spec.name, spec.text, for_generator(spec), spec.lines)
    sources = {oid: _source(view, sdk, by_id[oid]) for oid in operation_ids}
    return dict(zip(sources, _format(list(sources.values())), strict=True))


def _client(sdk: SdkSpec, endpoint: Endpoint) -> tuple[list[str], list[str]]:
    """The SDK import and the lines that make `client` (the SDK reads SKILLDEO_BASE_URL and
    SKILLDEO_TOKEN itself): signed in when the operation needs a token and none is set, the code
    asked for once the e-mail is sent (SKILLDEO_OTP answers instead, if set)."""
    package = package_name()
    login = login_pair(sdk)
    if not (endpoint.auth and login is not None):
        return [f"from {package} import Skilldeo"], [
            "client = Skilldeo()  # SKILLDEO_BASE_URL, SKILLDEO_TOKEN"
        ]
    email = _email(login).get("email", 'os.environ["SKILLDEO_EMAIL"]')
    return [f"from {package} import Skilldeo, {login.helper}"], [
        "# SKILLDEO_BASE_URL, and SKILLDEO_TOKEN or a login with SKILLDEO_EMAIL",
        'if os.environ.get("SKILLDEO_TOKEN"):',
        "    client = Skilldeo()",
        "else:  # asks for the code once it is e-mailed",
        f"    client = {login.helper}({email}, otp=lambda: {EMAILED_CODE})",
    ]


def _source(spec: Spec, sdk: SdkSpec, endpoint: Endpoint) -> str:
    operation_id = endpoint.operation_id
    op = spec.operation(operation_id)
    imports = Imports()
    top, body = _client(sdk, endpoint)
    body.append("with client:")
    pair = otp_pair(sdk, operation_id)
    if pair is not None and operation_id == pair.verify.operation_id:
        start_op = spec.operation(pair.start.operation_id)
        started = _call(spec, sdk, start_op, pair.start, imports, _email(pair))
        body.append(f"    started = {started}")
        overrides = {
            **_email(pair),
            **{name: f"started.{source}" for name, source in pair.from_start_response.items()},
            pair.otp_field: EMAILED_CODE,  # asked for after the start step sent it
        }
        body.append(f"    result = {_call(spec, sdk, op, endpoint, imports, overrides)}")
    else:
        body.append(f"    result = {_call(spec, sdk, op, endpoint, imports, _email(pair))}")
    body.append("    print(result.to_dict())")
    if imports.models:
        top.append(f"from {package_name()}.models import {', '.join(sorted(imports.models))}")
    if any("os.environ" in line for line in body):
        imports.modules.add("os")
    lines = [f"import {module}" for module in sorted(imports.modules)]
    return "\n".join([*lines, "", *top, "", *body]) + "\n"


def _format(sources: list[str]) -> list[str]:
    """The snippets as ruff formats them, in one process for all (isolated from any project
    config, so always the same); a batch formatted before in this process is not formatted
    again (a build renders the page of each released version too)."""
    return list(_formatted(tuple(sources)))


def clear_cache() -> None:
    """Forget the batches formatted so far (for tests that count formatter runs)."""
    _formatted.cache_clear()


@lru_cache(maxsize=8)
def _formatted(sources: tuple[str, ...]) -> tuple[str, ...]:
    if not sources:
        return ()
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
        return tuple(path.read_text(encoding="utf-8") for path in files)
