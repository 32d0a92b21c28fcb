"""Compile openapi.yaml once into routes: one jsonschema-rs validator per body, parameter and
success response.

A change to the spec changes the server's routes, parameters and validation with no code change;
only the handlers (keyed by operationId) know what an operation means. Literal paths are one dict
lookup; paths with templates (`/svc/campaign/{campaignId}`) are tried after them, as regular
expressions, so a literal path always wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

import jsonschema_rs

from generator.core.effective import conjoin, effective
from generator.core.spec import Operation, Spec
from skilldeo_mock.replies import ApiError

_INTEGER = re.compile(r"-?[0-9]{1,20}")
_TEMPLATE_PART = re.compile(r"\{([^{}/]+)\}")
_LOCATIONS = ("path", "query", "header")
_MAX_DEPTH = 32  # allOf inside allOf: deeper than any real schema, short of a loop
_MAX_CHECKS = 4096  # validators kept by Schemas.fits


def normal(name: str) -> str:
    """A name without case, `_` or `-`: `hasMore`, `has_more` and `HasMore` are one."""
    return name.replace("_", "").replace("-", "").casefold()


@dataclass(frozen=True, eq=False)  # hashed by identity: handlers key their plans on it
class Shape:
    """One object of a success body: its property names as the spec spells them."""

    names: tuple[str, ...]
    closed: bool  # no additional or pattern properties: any other key is a stale handler's
    known: frozenset[str]
    spelled: Mapping[str, str]  # normal form -> the name, for names no other shares it with

    def spelling(self, key: str) -> str:
        """The spec's spelling of `key` (itself when the spec has none)."""
        return key if key in self.known else self.spelled.get(normal(key), key)


def shape(names: tuple[str, ...], closed: bool = True) -> Shape:
    forms = [normal(name) for name in names]
    unique = {form: name for form, name in zip(forms, names, strict=True) if forms.count(form) == 1}
    return Shape(names, closed, frozenset(names), unique)


@dataclass(frozen=True)
class Param:
    name: str
    location: str  # path, query or header
    required: bool
    kind: str  # the JSON type the text is read as
    validator: jsonschema_rs.Validator


@dataclass(frozen=True)
class Route:
    operation_id: str
    method: str
    path: str  # full path, base path included (templates keep their `{name}`)
    secured: bool
    params: tuple[Param, ...]
    body_required: bool
    body_types: frozenset[str]
    body_validator: jsonschema_rs.Validator | None
    statuses: frozenset[int]
    example: dict[str, Any] | None  # the documented body of the success status
    success: int = 200  # 200, or the first 2xx the operation documents
    response_schema: Any = None  # the JSON schema of the success body, as written
    response_validator: jsonschema_rs.Validator | None = None
    # The objects of the success body: "" the body itself, "records" the object (or the items
    # of the list) under `records`. Handlers build records from their property names.
    shapes: Mapping[str, Shape] = field(default_factory=dict)


@dataclass(frozen=True)
class Template:
    """A path with `{name}` parts: its pattern, the names in order, its routes by method."""

    pattern: re.Pattern[str]
    names: tuple[str, ...]
    methods: dict[str, Route]


class Schemas:
    """The spec's schemas as the mock reads them: `$ref` followed (its siblings kept), `allOf`
    merged into one object, and any value checked against any of them."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._checks: dict[int, tuple[Any, jsonschema_rs.Validator]] = {}

    def flat(self, schema: Any, depth: int = 0) -> dict[str, Any]:
        """The effective schema of `schema` with its `allOf` parts merged; {} for a boolean."""
        if depth > _MAX_DEPTH:
            raise KeyError("allOf: nested too deep")
        node = effective(self.spec, schema)
        if not isinstance(node, dict):
            return {}
        parts = node.get("allOf")
        if not isinstance(parts, list):
            return node
        merged = {key: value for key, value in node.items() if key != "allOf"}
        for part in parts:
            merged = conjoin(merged, self.flat(part, depth + 1))
        return merged

    def fits(self, schema: Any, value: Any) -> bool:
        """Whether `value` is valid against `schema` (validators are kept per schema node)."""
        if not isinstance(schema, dict):
            return schema is not False
        held = self._checks.get(id(schema))
        if held is None or held[0] is not schema:
            if len(self._checks) >= _MAX_CHECKS:
                self._checks.clear()
            held = (schema, _validator(self.spec, schema))
            self._checks[id(schema)] = held
        return bool(held[1].is_valid(value))

    def shapes(self, schema: Any) -> dict[str, Shape]:
        """The body's own shape (key "") and that of the object, or list of objects, in each of
        its properties that holds some (key: that property's name)."""
        top = self.flat(schema)
        found = {"": _shape_of(top)}
        for name, sub in (top.get("properties") or {}).items():
            node = self.flat(sub)
            if node.get("type") == "array":
                node = self.flat(node.get("items", {}))
            if isinstance(node.get("properties"), dict):
                found[name] = _shape_of(node)
        return found


def _shape_of(node: dict[str, Any]) -> Shape:
    extra = [node.get(k) for k in ("additionalProperties", "patternProperties")]
    extra.append(node.get("unevaluatedProperties"))
    closed = all(value is None or value is False for value in extra)
    return shape(tuple(node.get("properties") or {}), closed)


@dataclass(frozen=True)
class Contract:
    base_path: str
    routes: dict[str, dict[str, Route]]  # literal path -> METHOD -> route
    templates: tuple[Template, ...]  # most specific first
    schemas: Schemas

    def match_template(self, path: str) -> tuple[dict[str, Route], dict[str, str]] | None:
        """The routes of the first template `path` fits, with the path parameters' text."""
        for template in self.templates:
            found = template.pattern.fullmatch(path)
            if found is not None:
                return template.methods, dict(zip(template.names, found.groups(), strict=True))
        return None

    def by_operation(self) -> dict[str, Route]:
        every = [*self.routes.values(), *(t.methods for t in self.templates)]
        return {r.operation_id: r for methods in every for r in methods.values()}


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


def _params(spec: Spec, op: Operation) -> tuple[Param, ...]:
    """The path, query and header parameters; an operation's own override the path item's."""
    shared = spec.data["paths"][op.path].get("parameters") or []
    chosen: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*shared, *(op.data.get("parameters") or [])]:
        p = spec.resolve(raw)
        if p.get("in") in _LOCATIONS:
            chosen[(p["name"], p["in"])] = p
    params = []
    for p in chosen.values():
        schema = p.get("schema") or {}
        params.append(
            Param(
                name=p["name"],
                location=p["in"],
                required=bool(p.get("required")) or p["in"] == "path",
                kind=_kind(spec, schema),
                validator=_validator(spec, schema),
            )
        )
    return tuple(params)


def _success(spec: Spec, responses: dict[Any, Any]) -> tuple[int, Any, dict[str, Any] | None]:
    """The success status (200, else the first 2xx), its JSON schema and its example."""
    codes = {int(str(code)): raw for code, raw in responses.items() if str(code).isdigit()}
    ok = sorted(code for code in codes if 200 <= code < 300)
    status = 200 if 200 in codes or not ok else ok[0]
    if status not in codes:
        return status, None, None
    media = (spec.resolve(codes[status]).get("content") or {}).get("application/json") or {}
    return status, media.get("schema"), _example(spec, codes[status])


def _route(spec: Spec, schemas: Schemas, op: Operation, base_path: str) -> Route:
    data = op.data
    body = spec.resolve(data.get("requestBody") or {})
    content = body.get("content") or {}
    json_schema = (content.get("application/json") or {}).get("schema")
    responses = data.get("responses") or {}
    success, response_schema, example = _success(spec, responses)
    has_schema = isinstance(response_schema, dict)
    return Route(
        operation_id=op.operation_id,
        method=op.method.upper(),
        path=base_path + op.path,
        secured=bool(data.get("security", spec.data.get("security") or [])),
        params=_params(spec, op),
        body_required=bool(body.get("required")),
        body_types=frozenset(content),
        body_validator=_validator(spec, json_schema) if json_schema is not None else None,
        statuses=frozenset(int(code) for code in responses if str(code).isdigit()),
        example=example,
        success=success,
        response_schema=response_schema,
        response_validator=_validator(spec, response_schema) if has_schema else None,
        shapes=schemas.shapes(response_schema) if has_schema else {},
    )


def _template(path: str, methods: dict[str, Route]) -> Template:
    names: list[str] = []
    pattern, last = "", 0
    for part in _TEMPLATE_PART.finditer(path):
        pattern += re.escape(path[last : part.start()]) + "([^/]+)"
        names.append(part.group(1))
        last = part.end()
    return Template(re.compile(pattern + re.escape(path[last:])), tuple(names), methods)


def _specific_first(template: Template) -> tuple[int, int]:
    """Fewer parameters first, then more literal text: `/a/{x}/b` before `/a/{x}/{y}`."""
    literal = len(_TEMPLATE_PART.sub("", next(iter(template.methods.values())).path))
    return len(template.names), -literal


def compile_spec(spec: Spec) -> Contract:
    servers = spec.data.get("servers") or [{"url": "/"}]
    base_path = urlparse(str(servers[0].get("url", "/"))).path.rstrip("/")
    schemas = Schemas(spec)
    routes: dict[str, dict[str, Route]] = {}
    templated: dict[str, dict[str, Route]] = {}
    for op in spec.operations():
        route = _route(spec, schemas, op, base_path)
        table = templated if _TEMPLATE_PART.search(op.path) else routes
        table.setdefault(route.path, {})[route.method] = route
    templates = sorted((_template(p, m) for p, m in templated.items()), key=_specific_first)
    return Contract(base_path, routes, tuple(templates), schemas)


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


def conform(shapes: Mapping[str, Shape], body: dict[str, Any]) -> str | None:
    """Give a handler's keys the spec's spelling where only case or `_` differ (in place); the
    first key the spec does not have (as `records[0].key`), or None."""
    for where, found in shapes.items():
        value = body.get(where) if where else body
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items):
            if isinstance(item, dict) and found.closed and not found.known.issuperset(item):
                stray = _respell(found, item)
                if stray is not None:
                    place = f"{where}[{i}]" if isinstance(value, list) else where
                    return f"{place}.{stray}" if place else stray
    return None


def _respell(found: Shape, item: dict[str, Any]) -> str | None:
    for key in [k for k in item if k not in found.known]:
        spelled = found.spelling(key)
        if spelled == key or spelled in item:
            return key
        item[spelled] = item.pop(key)
    return None


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
