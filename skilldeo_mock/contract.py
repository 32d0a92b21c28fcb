"""Compile openapi.yaml once into routes: one jsonschema-rs validator per body and parameter.

A change to the spec changes the server's routes, parameters and validation with no code change;
only the handlers (keyed by operationId) know what an operation means.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import jsonschema_rs

from generator.core.spec import Spec
from skilldeo_mock.replies import ApiError

_INTEGER = re.compile(r"-?[0-9]{1,20}")


@dataclass(frozen=True)
class Param:
    name: str
    location: str  # query or header
    required: bool
    kind: str  # the JSON type the text is read as
    validator: jsonschema_rs.Validator


@dataclass(frozen=True)
class Route:
    operation_id: str
    method: str
    path: str  # full path, base path included
    secured: bool
    params: tuple[Param, ...]
    body_required: bool
    body_types: frozenset[str]
    body_validator: jsonschema_rs.Validator | None
    statuses: frozenset[int]
    example: dict[str, Any] | None  # the documented 200 body


@dataclass(frozen=True)
class Contract:
    base_path: str
    routes: dict[str, dict[str, Route]]  # path -> METHOD -> route

    def by_operation(self) -> dict[str, Route]:
        return {r.operation_id: r for methods in self.routes.values() for r in methods.values()}


def _validator(spec: Spec, schema: dict[str, Any]) -> jsonschema_rs.Validator:
    document = {**schema, "components": spec.data.get("components", {})}
    return jsonschema_rs.Draft202012Validator(document, validate_formats=True)


def _kind(spec: Spec, schema: Any) -> str:
    resolved = spec.resolve(schema)
    kind = resolved.get("type", "string") if isinstance(resolved, dict) else "string"
    return kind if isinstance(kind, str) else "string"


def _example(spec: Spec, response: Any) -> dict[str, Any] | None:
    media = (spec.resolve(response).get("content") or {}).get("application/json") or {}
    for example in (media.get("examples") or {}).values():
        value = spec.resolve(example).get("value")
        if isinstance(value, dict):
            return value
    return None


def compile_spec(spec: Spec) -> Contract:
    servers = spec.data.get("servers") or [{"url": "/"}]
    base_path = urlparse(str(servers[0].get("url", "/"))).path.rstrip("/")
    global_security = spec.data.get("security") or []
    routes: dict[str, dict[str, Route]] = {}
    for op in spec.operations():
        data = op.data
        params = []
        shared = spec.data["paths"][op.path].get("parameters") or []
        for raw in [*shared, *(data.get("parameters") or [])]:
            p = spec.resolve(raw)
            if p.get("in") not in ("query", "header"):
                continue
            schema = p.get("schema") or {}
            params.append(
                Param(
                    name=p["name"],
                    location=p["in"],
                    required=bool(p.get("required")),
                    kind=_kind(spec, schema),
                    validator=_validator(spec, schema),
                )
            )
        body = spec.resolve(data.get("requestBody") or {})
        content = body.get("content") or {}
        json_schema = (content.get("application/json") or {}).get("schema")
        responses = data.get("responses") or {}
        route = Route(
            operation_id=op.operation_id,
            method=op.method.upper(),
            path=base_path + op.path,
            secured=bool(data.get("security", global_security)),
            params=tuple(params),
            body_required=bool(body.get("required")),
            body_types=frozenset(content),
            body_validator=_validator(spec, json_schema) if json_schema is not None else None,
            statuses=frozenset(int(code) for code in responses if str(code).isdigit()),
            example=_example(spec, responses["200"]) if "200" in responses else None,
        )
        routes.setdefault(route.path, {})[route.method] = route
    return Contract(base_path=base_path, routes=routes)


def _where(path: list[str | int], field: str | None = None) -> str:
    parts = [*path, field] if field is not None else list(path)
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def describe(error: jsonschema_rs.ValidationError, root: str = "body") -> str:
    """One error as `field: what is wrong`, without echoing the value."""
    kind = error.kind
    name = type(kind).__name__
    info = kind.as_dict()
    path = list(error.instance_path)
    if name == "Required":
        return f"{_where(path, str(info['property']))}: field is required"
    where = _where(path) or root
    what = {
        "Type": lambda: f"must be of type {' or '.join(info.get('types', []))}",
        "Minimum": lambda: f"must be >= {info['limit']}",
        "Maximum": lambda: f"must be <= {info['limit']}",
        "MinLength": lambda: f"must be at least {info['limit']} characters",
        "MaxLength": lambda: f"must be at most {info['limit']} characters",
        "MinItems": lambda: f"must hold at least {info['limit']} items",
        "MaxItems": lambda: f"must hold at most {info['limit']} items",
        "Enum": lambda: f"must be one of {', '.join(map(str, info['options']))}",
        "Pattern": lambda: f"must match {info['pattern']}",
        "Format": lambda: f"must be a valid {info['format']}",
    }.get(name)
    return f"{where}: {what() if what else 'is not valid'}"


def check(validator: jsonschema_rs.Validator, value: Any, root: str) -> None:
    """Raise a 400 naming the first offending field when `value` breaks its schema."""
    if validator.is_valid(value):
        return
    errors: Iterator[jsonschema_rs.ValidationError] = validator.iter_errors(value)
    first = next(errors, None)
    raise ApiError(400, describe(first, root) if first is not None else f"{root}: is not valid")


def read_param(param: Param, raw: str | None) -> Any:
    """Turn one parameter's text into its JSON value and check it; None when absent."""
    if raw is None:
        if param.required:
            raise ApiError(400, f"{param.name}: field is required")
        return None
    value: Any = raw
    if param.kind == "integer":
        if not _INTEGER.fullmatch(raw):
            raise ApiError(400, f"{param.name}: must be of type integer")
        value = int(raw)
    elif param.kind == "number":
        try:
            value = float(raw)
        except ValueError:
            raise ApiError(400, f"{param.name}: must be of type number") from None
    elif param.kind == "boolean":
        if raw not in ("true", "false"):
            raise ApiError(400, f"{param.name}: must be true or false")
        value = raw == "true"
    check(param.validator, value, param.name)
    return value
