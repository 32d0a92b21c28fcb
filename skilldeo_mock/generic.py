"""The answer of an operation the mock has no behaviour for, generated from its response schema.

An operation of the spec without a function in `handlers.HANDLERS` is routed and its request is
checked like any other; then its success body is built from the schema and marked with the header
`X-Skilldeo-Mock: generic`, so that nobody mistakes it for work done. Each property gets, first
that applies:

1. the request field (body or parameter) of the same name, when its value fits the property;
2. for an integer named `id` or ending in `_id`/`Id`: a fresh id (a counter in the store, never
   handed out twice);
3. the schema's `const`, `example`, first `examples`, `default` or first `enum` value;
4. a value of its type that honours its format (date-time: the mock clock's now), bounds and
   lengths.

Objects are built property by property: every required one, and each optional one whose value
fits. Lists get their `minItems` items (none by default: a generated page is empty, and its totals
agree with it). The envelope's `status_code`, `error` and `message` say what the answer is. The
body is checked against the schema; when none valid can be built, the call answers 500 naming the
field, and the operation needs a handler.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson

from skilldeo_mock.contract import Route, Schemas, describe
from skilldeo_mock.replies import GENERIC_HEADER, GENERIC_VALUE, ApiError, Reply

_MISSING: Any = object()
_DEPTH = 8  # from this depth on, objects get their required properties only
_FORMATS = {
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uri": "https://example.com/",
    "iri": "https://example.com/",
    "uri-reference": "https://example.com/",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
}


def is_id_name(name: str) -> bool:
    return name == "id" or name.endswith(("_id", "Id"))


def _types(node: dict[str, Any]) -> list[str]:
    """The JSON types `node` allows, `null` last; inferred when it names none."""
    kind = node.get("type")
    kinds = [kind] if isinstance(kind, str) else list(kind) if isinstance(kind, list) else []
    if not kinds:
        if "properties" in node:
            kinds = ["object"]
        elif "items" in node:
            kinds = ["array"]
    return sorted(kinds, key=lambda k: k == "null")


def _documented(node: dict[str, Any]) -> Any:
    if "example" in node:
        return node["example"]
    examples = node.get("examples")
    if isinstance(examples, list) and examples:
        return examples[0]
    if "default" in node:
        return node["default"]
    enum = node.get("enum")
    if isinstance(enum, list) and enum:
        return enum[0]
    return _MISSING


def _bound(node: dict[str, Any], inclusive: str, exclusive: str, step: int) -> float | None:
    """The tightest of an inclusive bound and an exclusive one moved in by `step`."""
    found: list[float] = [node[inclusive]] if _is_number(node.get(inclusive)) else []
    if _is_number(node.get(exclusive)):
        found.append(node[exclusive] + step)
    if not found:
        return None
    return max(found) if step > 0 else min(found)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _number(node: dict[str, Any], kind: str) -> int | float:
    low = _bound(node, "minimum", "exclusiveMinimum", 1)
    high = _bound(node, "maximum", "exclusiveMaximum", -1)
    value: float = low if low is not None else 0
    if high is not None and value > high:
        value = high
    if kind == "integer":
        return math.ceil(value) if low is not None and value == low else math.floor(value)
    return value


def _string(node: dict[str, Any], name: str, now: str) -> str:
    fmt = str(node.get("format", ""))
    formatted = {"date-time": now, "date": now[:10], "time": now[11:], **_FORMATS}
    if fmt == "uuid":
        return str(uuid.uuid4())
    if fmt in formatted:
        return formatted[fmt]
    text = name
    low, high = node.get("minLength"), node.get("maxLength")
    if isinstance(low, int) and len(text) < low:
        text += "x" * (low - len(text))
    return text[:high] if isinstance(high, int) else text


def _scalar(node: dict[str, Any], kind: str | None, name: str, now: str) -> Any:
    if kind == "string":
        return _string(node, name, now)
    if kind in ("integer", "number"):
        return _number(node, kind)
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    return name  # no type: any value goes


@dataclass
class Draft:
    """One body being generated: the spec's schemas, the request's fields, ids, the clock."""

    schemas: Schemas
    fields: dict[str, Any]
    fresh_id: Callable[[], int]
    now: str  # ISO date-time

    def value(self, schema: Any, name: str | None, depth: int) -> Any:
        node = self.schemas.flat(schema)
        if name is not None:
            named = self._named(schema, node, name)
            if named is not _MISSING:
                return named
        if "const" in node:
            return node["const"]
        kinds = _types(node)
        if kinds[:1] == ["object"] and isinstance(node.get("properties"), dict):
            return self._object(node, depth)
        if kinds[:1] == ["array"]:
            return self._array(node, depth)
        documented = _documented(node)
        if documented is not _MISSING:
            return documented
        if kinds[:1] == ["object"]:
            return {}
        return _scalar(node, kinds[0] if kinds else None, name or "text", self.now)

    def _named(self, schema: Any, node: dict[str, Any], name: str) -> Any:
        """The request's field of this name, or a fresh id, when it fits."""
        if name in self.fields and self.schemas.fits(schema, self.fields[name]):
            return self.fields[name]
        if is_id_name(name) and "integer" in _types(node):
            fresh = self.fresh_id()
            if self.schemas.fits(schema, fresh):
                return fresh
        return _MISSING

    def _object(self, node: dict[str, Any], depth: int) -> dict[str, Any]:
        properties: dict[str, Any] = node["properties"]
        required = [n for n in node.get("required") or [] if isinstance(n, str)]
        result: dict[str, Any] = {}
        for name in [*properties, *(n for n in required if n not in properties)]:
            if name not in required and depth >= _DEPTH:
                continue
            sub = properties.get(name, {})
            value = self.value(sub, name, depth + 1)
            if name in required or self.schemas.fits(sub, value):
                result[name] = value
        return result

    def _array(self, node: dict[str, Any], depth: int) -> list[Any]:
        count = node.get("minItems")
        items = node.get("items", {})
        return [self.value(items, None, depth + 1) for _ in range(count or 0)]


def _envelope(schemas: Schemas, route: Route, body: dict[str, Any]) -> None:
    """`status_code`, `error` and `message` as on every answer, where the schema has them."""
    top = schemas.flat(route.response_schema).get("properties") or {}
    wanted = {
        "status_code": route.success,
        "error": False,
        "message": f"answered from the schema: the mock has no behaviour for {route.operation_id}",
    }
    for key, value in wanted.items():
        if key in top and schemas.fits(top[key], value):
            body[key] = value


def _marked(status: int, body: Any) -> Reply:
    headers = {GENERIC_HEADER: GENERIC_VALUE}
    if isinstance(body, dict):
        return Reply(status, body, headers)
    return Reply(status, {}, headers, raw=orjson.dumps(body))


def answer(
    route: Route,
    schemas: Schemas,
    fields: dict[str, Any],
    fresh_id: Callable[[], int],
    now: str,
) -> Reply:
    """The generated success answer of `route` to a request with these fields."""
    if route.response_schema is None:
        # Nothing to build from: the documented example, else the bare envelope.
        fallback = {"message": "OK", "status_code": route.success, "error": False}
        return _marked(route.success, dict(route.example or fallback))
    body = Draft(schemas, fields, fresh_id, now).value(route.response_schema, None, 0)
    if isinstance(body, dict):
        _envelope(schemas, route, body)
    validator = route.response_validator
    if validator is not None and not validator.is_valid(body):
        first = next(iter(validator.iter_errors(body)), None)
        where = describe(first, "response") if first is not None else "response: is not valid"
        raise ApiError(
            500,
            f"{route.operation_id}: the mock cannot answer from the schema ({where}); "
            "give it a handler in skilldeo_mock/handlers.py",
        )
    return _marked(route.success, body)
