"""What a code sample sends, for the docs job: the documented example of each operation, with
the values that links carry from one call to the next turned into environment variables.

A carried value (a `session_id`, an `org_id`, an agent id...) is read from `SKILLDEO_<FIELD>`
wherever it is sent, with the documented example as its default; so are the base URL and the
token. Which fields those are is `generator.sdk.variables`' rule, shared with the SDK samples.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.core.spec import Operation, Spec
from generator.sdk.variables import ENV, ENV_BY_FIELD, carried_fields, env_name

__all__ = ["ENV", "Request", "carried_fields", "env_name", "needs_token", "request_of"]


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
    # A field is read from its variable wherever it is sent, not only where a link leads.
    variables = {env_name(name) for names in carried.values() for name in names}
    variables |= set(ENV_BY_FIELD.values())
    req = Request(op.method.upper(), op.path, needs_token(spec, op))
    path_item = spec.get(op.pointer.rsplit("/", 1)[0])
    params = [spec.resolve(p) for p in (path_item.get("parameters") or [])]
    params += [spec.resolve(p) for p in (op.data.get("parameters") or [])]
    for param in params:
        name, where = str(param.get("name", "")), param.get("in")
        found, value = _param_value(spec, param)
        if not found and not param.get("required"):
            continue
        var = env_name(name) if env_name(name) in variables or not found else ""
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
            req.body_vars = {key: env_name(key) for key in req.body if env_name(key) in variables}
    return req
