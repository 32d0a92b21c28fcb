"""Write the TypeScript SDK (npm package skilldeo-client) from the loaded spec.

The facts come from `sdk.analysis` (the operations, which of them page, the one-time-password
pairs), the same the Python SDK is rendered from, and every name from `core.naming`; the types
from `sdk.tstypes`. Our jinja2 templates in templates/typescript/ write `src/*.ts`, the README,
package.json and tsconfig.json; the pinned TypeScript compiler of the toolkit (root package.json)
then compiles `src/` into `dist/` (ES modules and `.d.ts`), and the diff job writes CHANGELOG.md.
The compiler's output depends only on its version and its input, so a rerun is byte-identical;
another version is refused rather than let `check` fail on every file.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.core.naming import ts_property, ts_type_name
from generator.core.paths import ROOT
from generator.core.spec import Operation, Spec
from generator.diff import changelog
from generator.sdk.analysis import Endpoint, OtpPair, Paged, SdkSpec, analyse
from generator.sdk.tstypes import TypeEmitter, doc

__all__ = ["PACKAGE", "TsSdk", "model", "write"]

TEMPLATES = Path(__file__).resolve().parent / "templates" / "typescript"
PACKAGE = "skilldeo-client"
CLIENT_CLASS = "Skilldeo"
TSC = ROOT / "node_modules" / ".bin" / "tsc"
RULE = "sdk-typescript"
# The names the package exports besides the spec's types; a schema may not take one.
OWN_NAMES = frozenset(
    {"Skilldeo", "APIClient", "ClientOptions", "RequestOptions", "Operation", "Fetch", "Logger"}
    | {"OtpSource", "SkilldeoError", "APIStatusError", "BadRequestError", "AuthenticationError"}
    | {"PermissionDeniedError", "NotFoundError", "RateLimitError", "ServerError", "VERSION"}
    | {"APIConnectionError", "APITimeoutError", "ErrorDetails", "SessionOptions"}
)
# The options of the sign-in helpers; the start request's own fields may not take these names.
SESSION_OPTIONS = ("otp", "baseURL", "timeout", "maxRetries", "headers", "fetch", "logger")


Types = tuple[TypeEmitter, TypeEmitter]


@dataclass(frozen=True)
class Param:
    wire: str  # the parameter's name, also its key in the argument
    location: str  # path, query, header; "body" for the body of an argument that has one
    required: bool
    type: str
    doc: list[str]


@dataclass(frozen=True)
class TsOperation:
    endpoint: Endpoint
    http_method: str
    path: str
    summary: str
    description: list[str]
    params: tuple[Param, ...]
    body: str | None  # None, "fields" (the argument's other fields) or "body" (its `body`)
    arg_type: str | None  # the argument's type; None when the method takes none
    arg_optional: bool
    params_type: str | None  # an interface declared for the argument, when one is needed
    params_decl: str
    result: str

    @property
    def name(self) -> str:
        return self.endpoint.ts_method

    @property
    def args(self) -> list[str]:
        """The method's parameters: its argument, when it takes one, then the call's options."""
        arg = [f"params: {self.arg_type}{' = {}' if self.arg_optional else ''}"]
        return [*(arg if self.arg_type else []), "options?: RequestOptions"]


@dataclass(frozen=True)
class TsPaged:
    op: TsOperation
    method: str
    item: str
    page_size: int
    has_more: str | None
    total_count: str | None


@dataclass(frozen=True)
class TsPair:
    pair: OtpPair
    start: TsOperation
    verify: TsOperation
    start_request: str
    verify_request: str
    verify_fields: tuple[str, ...]
    details: tuple[str, ...]
    user_id: str | None
    org_id: str | None


@dataclass(frozen=True)
class TsSdk:
    sdk: SdkSpec
    declarations: list[str]
    operations: tuple[TsOperation, ...]
    paged: tuple[TsPaged, ...]
    pairs: tuple[TsPair, ...]


def _json_schema(content: Any) -> Any:
    media = content.get("application/json") if isinstance(content, dict) else None
    return media.get("schema") if isinstance(media, dict) else None


def _params(spec: Spec, op: Operation, types: TypeEmitter) -> tuple[Param, ...]:
    found: list[Param] = []
    for raw in op.data.get("parameters") or []:
        param = spec.resolve(raw)
        if param.get("in") not in ("path", "query", "header"):
            continue  # cookies are the platform's business
        required = param.get("in") == "path" or param.get("required") is True
        lines = str(param.get("description") or "").strip().splitlines()
        schema = param.get("schema", True)
        found.append(Param(param["name"], param["in"], required, types.expr(schema, 1), lines))
    return tuple(found)


def _result(spec: Spec, op: Operation, types: TypeEmitter) -> str:
    for status, response in (op.data.get("responses") or {}).items():
        if str(status).startswith("2"):
            schema = _json_schema(spec.resolve(response).get("content"))
            return "void" if schema is None else types.expr(schema)
    return "unknown"


def _body(spec: Spec, op: Operation, endpoint: Endpoint, params: tuple[Param, ...]) -> str | None:
    request = spec.resolve(op.data.get("requestBody") or {})
    if _json_schema(request.get("content")) is None:
        return None
    model = endpoint.request
    if model is not None and not {p.wire for p in params} & model.properties.keys():
        return "fields"
    return "body"


def _declaration(endpoint: Endpoint, members: list[Param], extends: str) -> str:
    lines = [
        f"{doc(p.doc, '  ')}  {ts_property(p.wire)}{'' if p.required else '?'}: {p.type};\n"
        for p in members
    ]
    name = ts_type_name(endpoint.operation_id) + "Params"
    head = doc([f"The argument of `{endpoint.ts_method}`: its parameters and body fields."])
    return f"{head}export interface {name}{extends} {{\n{''.join(lines)}}}\n"


def _operation(spec: Spec, op: Operation, endpoint: Endpoint, types: Types) -> TsOperation:
    """The method of one operation; `types` write type expressions in types.ts and outside it."""
    local, outside = types
    params = _params(spec, op, local)
    body = _body(spec, op, endpoint, params)
    request = spec.resolve(op.data.get("requestBody") or {})
    body_schema = _json_schema(request.get("content"))
    members = list(params)
    if body == "body":
        body_type = local.expr(body_schema, 1)
        members.append(Param("body", "body", request.get("required") is True, body_type, []))
    model = endpoint.request if body == "fields" else None
    required = any(m.required for m in members) or (model is not None and bool(model.required))
    params_type, decl, arg_type = None, "", None
    if members:
        extends = f" extends {local.expr(body_schema)}" if model is not None else ""
        decl = _declaration(endpoint, members, extends)
        params_type = ts_type_name(endpoint.operation_id) + "Params"
        arg_type = outside.prefix + params_type
    elif body == "fields":
        arg_type = outside.expr(body_schema)
    return TsOperation(
        endpoint=endpoint,
        http_method=op.method.upper(),
        path=op.path,
        summary=str(op.data.get("summary") or endpoint.operation_id),
        description=str(op.data.get("description") or "").strip().splitlines(),
        params=params,
        body=body,
        arg_type=arg_type,
        arg_optional=not required,
        params_type=params_type,
        params_decl=decl,
        result=_result(spec, op, outside),
    )


def _paged(paged: Paged, by_id: dict[str, TsOperation]) -> TsPaged:
    op = by_id[paged.endpoint.operation_id]
    return TsPaged(
        op=op,
        method="iter" + op.name[:1].upper() + op.name[1:],
        item=ts_type_name(paged.item.name),
        page_size=paged.page_size,
        has_more=paged.has_more_wire,
        total_count=paged.total_count_wire,
    )


def _pair(spec: Spec, pair: OtpPair, by_id: dict[str, TsOperation]) -> TsPair:
    start, verify = pair.start, pair.verify
    assert start.request is not None and verify.request is not None and verify.response
    details = tuple(name for name in start.request.properties if name != "email")
    taken = sorted(set(details) & set(SESSION_OPTIONS))
    if taken:
        where = f"/components/schemas/{start.request.name}"
        message = f"`{pair.ts_helper}()` takes {', '.join(taken)} as options, not as fields"
        raise spec.error(where, RULE, message)
    answered = verify.response.properties
    return TsPair(
        pair=pair,
        start=by_id[start.operation_id],
        verify=by_id[verify.operation_id],
        start_request=ts_type_name(start.request.name),
        verify_request=ts_type_name(verify.request.name),
        verify_fields=tuple(sorted(verify.request.properties)),
        details=details,
        user_id="user_id" if "user_id" in answered else None,
        org_id="org_id" if "org_id" in answered else None,
    )


def _check_names(spec: Spec, ops: tuple[TsOperation, ...]) -> None:
    """Two operations with one method name, or a schema named like the SDK's own exports."""
    seen: dict[str, str] = {}
    for op in ops:
        if op.name in seen:
            message = f"{seen[op.name]} and {op.endpoint.operation_id} are both `{op.name}`"
            raise spec.error("/paths", RULE, message)
        seen[op.name] = op.endpoint.operation_id
    schemas = (spec.data.get("components") or {}).get("schemas") or {}
    taken = {ts_type_name(str(name)) for name in schemas}
    taken_by_params = {op.params_type for op in ops if op.params_type in taken}
    for name in sorted((taken & OWN_NAMES) | taken_by_params):
        message = f"the TypeScript SDK declares `{name}` itself; rename the schema"
        raise spec.error("/components/schemas", RULE, message)


def model(spec: Spec) -> TsSdk:
    """Everything the TypeScript templates are driven by."""
    sdk = analyse(spec)
    types = (TypeEmitter(spec), TypeEmitter(spec, "types."))
    pairs = zip(spec.operations(), sdk.endpoints, strict=True)
    ops = tuple(_operation(spec, op, endpoint, types) for op, endpoint in pairs)
    _check_names(spec, ops)
    by_id = {op.endpoint.operation_id: op for op in ops}
    return TsSdk(
        sdk=sdk,
        declarations=types[0].declarations(),
        operations=ops,
        paged=tuple(_paged(p, by_id) for p in sdk.paged),
        pairs=tuple(_pair(spec, p, by_id) for p in sdk.otp_pairs),
    )


def signature(name: str, args: list[str], result: str, indent: str = "  ") -> str:
    """`name(args): result` on one line when it fits in 100 columns, else one argument a line."""
    line = f"{name}({', '.join(args)}): {result}"
    if len(indent) + len(line) + 2 <= 100:
        return line
    inner = "".join(f"{indent}  {arg},\n" for arg in args)
    return f"{name}(\n{inner}{indent}): {result}"


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # TypeScript, JSON and Markdown, not HTML
    )
    env.filters["doc"] = doc
    env.filters["signature"] = signature
    env.filters["key"] = ts_property
    env.filters["json"] = lambda value: json.dumps(value, ensure_ascii=False)
    return env


def _render(spec: Spec, ts: TsSdk, out: Path) -> None:
    env = _environment()
    names = {
        "ts": ts,
        "sdk": ts.sdk,
        "base_url": ts.sdk.base_url,
        "version": ts.sdk.version,
        "package_name": PACKAGE,
        "sdk_class": CLIENT_CLASS,
        "env_prefix": PACKAGE.split("-")[0].upper(),
        "typescript_version": pinned_typescript(),
        "source": Path(spec.name).name,
    }
    note = f"Generated from {names['source']} by `skilldeo-api client`; do not edit."
    for name in sorted(env.list_templates(extensions=["jinja"])):
        text = env.get_template(name).render(**names)
        target = out / name.removesuffix(".jinja")
        if target.suffix == ".ts":
            text = f"// {note}\n{text}"
        elif target.suffix == ".md":
            text = f"<!-- {note} -->\n\n{text}"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def pinned_typescript() -> str:
    """The TypeScript version the toolkit pins in its package.json."""
    manifest = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    return str(manifest["devDependencies"]["typescript"])


def _compile(spec: Spec, out: Path) -> None:
    installed = ROOT / "node_modules" / "typescript" / "package.json"
    want = pinned_typescript()
    have = (
        json.loads(installed.read_text(encoding="utf-8"))["version"] if installed.exists() else None
    )
    if have != want or not TSC.exists():
        found = f"TypeScript {have} is installed" if have else "TypeScript is not installed"
        message = f"the SDK is compiled by TypeScript {want} exactly and {found}; run scripts/setup"
        raise spec.error("", RULE, message)
    proc = subprocess.run(
        [str(TSC), "-p", str(out / "tsconfig.json")], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        detail = (proc.stdout + proc.stderr).strip()
        raise spec.error("", RULE, f"the generated TypeScript does not compile:\n{detail}")


def write(spec: Spec, out: Path) -> None:
    """Write the package (package.json, README.md, CHANGELOG.md, src/, dist/) into `out`."""
    ts = model(spec)
    _render(spec, ts, out)
    _compile(spec, out)
    changelog.write(spec, out, language="typescript")
