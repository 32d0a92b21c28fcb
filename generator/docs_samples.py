"""Code samples for the docs room: curl and JavaScript fetch, written from the spec's examples.

Samples run as they are. The base URL and the token come from the environment
(`SKILLDEO_BASE_URL`, default the first server; `SKILLDEO_TOKEN`), and so does every value that
the spec's links say is carried over from an earlier call (a `session_id`, an `org_id`, an agent
id...), each with the documented example as its default. Python samples come from the SDK room
(`generator.client.python_sample`) when it is there.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from generator.spec import Operation, Spec

ENV = "SKILLDEO"
# The code the user reads in their e-mail comes from no response, so no link can say where it
# comes from; it gets the same name the SDK samples use.
ENV_BY_FIELD = {"verification_code": f"{ENV}_OTP"}


@dataclass
class Request:
    """What a sample sends: the documented example, with the carried-over values as variables."""

    method: str
    path: str
    needs_token: bool
    path_params: list[tuple[str, Any, str]] = field(default_factory=list)  # name, value, env var
    query: list[tuple[str, Any, str]] = field(default_factory=list)
    headers: list[tuple[str, Any, str]] = field(default_factory=list)
    body: Any = None
    has_body: bool = False
    body_vars: dict[str, str] = field(default_factory=dict)  # top-level field -> env var
    json_answer: bool = True


def env_name(field_name: str) -> str:
    if field_name in ENV_BY_FIELD:
        return ENV_BY_FIELD[field_name]
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", field_name)
    return f"{ENV}_{re.sub(r'[^A-Za-z0-9]+', '_', snake).strip('_').upper()}"


def carried_fields(spec: Spec) -> dict[str, set[str]]:
    """operationId -> the parameters and top-level body fields that links carry between calls."""
    carried: dict[str, set[str]] = {}
    for op in spec.operations():
        for response in (op.data.get("responses") or {}).values():
            for link in (spec.resolve(response).get("links") or {}).values():
                link = spec.resolve(link)
                target = link.get("operationId")
                values: dict[str, Any] = dict(link.get("parameters") or {})
                body = link.get("requestBody")
                if isinstance(body, dict):
                    values.update(body)
                for name, value in values.items():
                    runtime = isinstance(value, str) and value.startswith("$")
                    if runtime and isinstance(target, str):
                        carried.setdefault(target, set()).add(name.rpartition(".")[2])
                    if runtime and value.startswith("$request.body#/"):
                        source = value.removeprefix("$request.body#/").split("/")[0]
                        carried.setdefault(op.operation_id, set()).add(source)
                    elif runtime and value.startswith(("$request.query.", "$request.path.")):
                        carried.setdefault(op.operation_id, set()).add(value.rpartition(".")[2])
    return carried


def needs_token(spec: Spec, op: Operation) -> bool:
    security = op.data.get("security", spec.data.get("security", []))
    return any(bool(requirement) for requirement in security or [])


def _first_example(media: dict[str, Any], spec: Spec) -> tuple[bool, Any]:
    if "example" in media:
        return True, media["example"]
    for example in (media.get("examples") or {}).values():
        example = spec.resolve(example)
        if "value" in example:
            return True, example["value"]
    schema = spec.resolve(media.get("schema") or {})
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return True, schema["examples"][0]
    if "example" in schema:
        return True, schema["example"]
    return False, None


def _param_value(spec: Spec, param: dict[str, Any]) -> tuple[bool, Any]:
    found, value = _first_example(param, spec)
    if found:
        return True, value
    schema = spec.resolve(param.get("schema") or {})
    if "default" in schema:
        return True, schema["default"]
    return False, None


def request_of(spec: Spec, op: Operation, carried: dict[str, set[str]]) -> Request:
    mine = carried.get(op.operation_id, set())
    req = Request(op.method.upper(), op.path, needs_token(spec, op))
    path_item = spec.get(op.pointer.rsplit("/", 1)[0])
    params = [spec.resolve(p) for p in (path_item.get("parameters") or [])]
    params += [spec.resolve(p) for p in (op.data.get("parameters") or [])]
    for param in params:
        name, where = str(param.get("name", "")), param.get("in")
        found, value = _param_value(spec, param)
        if not found and not param.get("required"):
            continue
        var = env_name(name) if name in mine or not found else ""
        entry = (name, value if found else "", var)
        if where == "path":
            req.path_params.append(entry)
        elif where == "query":
            req.query.append(entry)
        elif where == "header":
            req.headers.append(entry)
    success = [
        spec.resolve(r)
        for s, r in (op.data.get("responses") or {}).items()
        if str(s).startswith("2")
    ]
    req.json_answer = any("application/json" in (r.get("content") or {}) for r in success)
    body = spec.resolve(op.data.get("requestBody") or {})
    media = (body.get("content") or {}).get("application/json")
    if isinstance(media, dict):
        req.has_body, req.body = _first_example(media, spec)
        if not req.has_body:
            req.has_body, req.body = True, {}
        if isinstance(req.body, dict):
            req.body_vars = {
                key: env_name(key) for key in req.body if key in mine or key in ENV_BY_FIELD
            }
    return req


def _sentinel(i: int) -> str:
    return f"\x00{i}\x00"


def _json_with_holes(body: Any, body_vars: dict[str, str], fill: Callable[[str, Any], str]) -> str:
    """The body as indented JSON text, each carried field replaced by `fill(var, example)`."""
    if not isinstance(body, dict) or not body_vars:
        return json.dumps(body, indent=2, ensure_ascii=False)
    holes: dict[str, str] = {}
    shown = dict(body)
    for i, (key, var) in enumerate(body_vars.items()):
        holes[json.dumps(_sentinel(i))] = fill(var, body[key])
        shown[key] = _sentinel(i)
    text = json.dumps(shown, indent=2, ensure_ascii=False)
    for token, replacement in holes.items():
        text = text.replace(token, replacement)
    return text


def _dq(text: str) -> str:
    """Escape for the inside of a double-quoted shell word."""
    return re.sub(r'([\\"$`}])', r"\\\1", text)


def _sq(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def _plain(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _shell_value(var: str, value: Any) -> str:
    """A value in a double-quoted shell word: `${VAR:-example}`, or the example itself."""
    return f"${{{var}:-{_dq(_plain(value))}}}" if var else _dq(_plain(value))


def _url_part(var: str, value: Any) -> str:
    encoded = quote(_plain(value), safe="")
    return f"${{{var}:-{encoded}}}" if var else encoded


def curl(req: Request, base_url: str) -> str:
    path = re.sub(r"[\\\"$`]", lambda m: "\\" + m.group(0), req.path)
    for name, value, var in req.path_params:
        path = path.replace("{" + _dq(name) + "}", _url_part(var or env_name(name), value))
    query = "&".join(f"{quote(n, safe='')}={_url_part(var, v)}" for n, v, var in req.query)
    url = f"${{{ENV}_BASE_URL:-{_dq(base_url)}}}{path}" + (f"?{query}" if query else "")
    lines = ["curl -sS" + (f" -X {req.method}" if req.method not in ("GET",) else "") + f' "{url}"']
    if req.has_body:
        lines.append("-H 'Content-Type: application/json'")
    if req.needs_token:
        lines.append(f'-H "Authorization: Bearer ${ENV}_TOKEN"')
    lines += [f'-H "{_dq(n)}: {_shell_value(var, v)}"' for n, v, var in req.headers]
    if req.has_body:

        def hole(var: str, value: Any) -> str:
            inner = json.dumps(value, ensure_ascii=False)
            if isinstance(value, str):
                return f'"\'"${{{var}:-{_dq(inner[1:-1])}}}"\'"'
            return f"'\"${{{var}:-{_dq(inner)}}}\"'"

        text = _json_with_holes(req.body, req.body_vars, hole)
        # The holes already close and reopen the single quotes; escape only the literal parts.
        parts = re.split(r"('\"\$\{[A-Z0-9_]+:-(?:[^}\\]|\\.)*\}\"')", text)
        quoted = "".join(p if i % 2 else p.replace("'", "'\\''") for i, p in enumerate(parts))
        lines.append(f"-d '{quoted}'")
    return " \\\n  ".join(lines)


def _js_env(var: str, value: Any) -> str:
    fallback = json.dumps(_plain(value), ensure_ascii=False)
    return f"process.env.{var} ?? {fallback}"


def javascript(req: Request, base_url: str) -> str:
    """A Node 18+ ES module (top-level await) using the built-in fetch."""
    lines = [
        "// Node 18+ ES module (save as .mjs): fetch is built in.",
        f"const baseUrl = process.env.{ENV}_BASE_URL ?? {json.dumps(base_url)};",
    ]
    path_expr = json.dumps(req.path, ensure_ascii=False)
    for name, value, var in req.path_params:
        token = json.dumps("{" + name + "}", ensure_ascii=False)
        path_expr += (
            f".replace({token}, encodeURIComponent({_js_env(var or env_name(name), value)}))"
        )
    lines.append(f"const url = new URL(baseUrl + {path_expr});")
    for name, value, var in req.query:
        shown = _js_env(var, value) if var else json.dumps(_plain(value), ensure_ascii=False)
        lines.append(f"url.searchParams.set({json.dumps(name, ensure_ascii=False)}, {shown});")
    headers: list[str] = []
    if req.has_body:
        headers.append('"Content-Type": "application/json"')
    if req.needs_token:
        headers.append(f"Authorization: `Bearer ${{process.env.{ENV}_TOKEN}}`")
    for name, value, var in req.headers:
        shown = _js_env(var, value) if var else json.dumps(_plain(value), ensure_ascii=False)
        headers.append(f"{json.dumps(name, ensure_ascii=False)}: {shown}")
    lines.append("const response = await fetch(url, {")
    lines.append(f"  method: {json.dumps(req.method)},")
    if headers:
        lines.append("  headers: {")
        lines += [f"    {h}," for h in headers]
        lines.append("  },")
    if req.has_body:

        def hole(var: str, value: Any) -> str:
            if isinstance(value, str):
                return _js_env(var, value)
            return f"JSON.parse(process.env.{var} ?? {json.dumps(json.dumps(value))})"

        body = _json_with_holes(req.body, req.body_vars, hole).replace("\n", "\n  ")
        lines.append(f"  body: JSON.stringify({body}),")
    lines.append("});")
    if req.json_answer:
        lines.append("const data = await response.json();")
        lines.append("if (!response.ok) throw new Error(`${response.status}: ${data.message}`);")
        lines.append("console.log(data);")
    else:
        lines.append(
            "if (!response.ok) throw new Error(`${response.status}: ${await response.text()}`);"
        )
        lines.append("console.log(response.status);")
    return "\n".join(lines)


def python_samples(spec: Spec) -> dict[str, str]:
    """operationId -> the SDK room's sample, for the operations it writes one for (none while
    that room does not provide `python_sample`)."""
    try:
        # client_sample alone: importing the whole client room would load more than it needs.
        from generator.client_sample import python_sample
    except ImportError:
        try:
            from generator.client import python_sample
        except ImportError:
            return {}

    def one(operation_id: str) -> str | None:
        try:
            text = python_sample(spec, operation_id)
        except NotImplementedError:
            return None
        return text if isinstance(text, str) and text.strip() else None

    # The SDK names its methods after operationIds; an operation without one gets no sample.
    ids = [op.operation_id for op in spec.operations() if "operationId" in op.data]
    # Each sample may wait on a formatter subprocess; threads overlap those waits. map() keeps
    # the order, so the page stays byte-identical.
    with ThreadPoolExecutor(max_workers=4) as pool:
        found = list(pool.map(one, ids))
    return {oid: text for oid, text in zip(ids, found, strict=True) if text is not None}


def samples(
    spec: Spec, op: Operation, carried: dict[str, set[str]], python: str | None
) -> list[tuple[str, str, str]]:
    """(key, label, code) for each language, in the order the tabs show them."""
    servers = spec.data.get("servers") or [{"url": "/"}]
    base_url = str(servers[0].get("url", "/")).rstrip("/")
    req = request_of(spec, op, carried)
    found = [("curl", "curl", curl(req, base_url))]
    if python is not None:
        found.append(("python", "Python", python))
    found.append(("js", "JavaScript", javascript(req, base_url)))
    return found
