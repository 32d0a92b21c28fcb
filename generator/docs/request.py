"""What a code sample sends, for the docs job: the documented example of each operation, with
the values that links carry from one call to the next turned into environment variables.

A carried value (a `session_id`, an `org_id`, an agent id...) is read from `SKILLDEO_<FIELD>`,
with the documented example as its default; so are the base URL and the token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from generator.core.spec import Operation, Spec

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
