"""What the probes read from the spec: valid requests, the id-taking fields, where ids come from.

Nothing here names an operation or a field of today's spec. An id's kind is its name as the SDK
spells it (`campaignId` and `campaign_id` are both `campaign_id`); the spec's links say which
response field feeds which kind (`records/0/id` of campaignList feeds `campaignId`), so a probe
knows which ids an identity can see and where to send them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.core.effective import effective
from generator.core.naming import python_name
from generator.core.spec import Operation, Spec
from generator.fuzz.probes.wire import Request

JSON = "application/json"
_LINK_FIELD = re.compile(r"^\$response\.body#/(?:(?P<list>[^/]+)/0/)?(?P<field>[^/]+)$")


def schema(spec: Spec, node: Any) -> dict[str, Any]:
    try:
        found = effective(spec, node)
    except KeyError:
        return {}
    return found if isinstance(found, dict) else {}


def body_schema(spec: Spec, op: Operation) -> dict[str, Any]:
    body = spec.resolve(op.data.get("requestBody") or {})
    media = (body.get("content") or {}).get(JSON) or {}
    return schema(spec, media.get("schema") or {})


def properties(spec: Spec, node: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {name: schema(spec, sub) for name, sub in (node.get("properties") or {}).items()}


def _example(spec: Spec, node: dict[str, Any]) -> Any:
    if "example" in node:
        return node["example"]
    examples = node.get("examples")
    if isinstance(examples, dict) and examples:
        return spec.resolve(next(iter(examples.values()))).get("value")
    if isinstance(examples, list) and examples:
        return examples[0]
    return None


def body_example(spec: Spec, op: Operation) -> Any:
    body = spec.resolve(op.data.get("requestBody") or {})
    media = (body.get("content") or {}).get(JSON)
    if media is None:
        return None
    found = _example(spec, media)
    return found if found is not None else _example(spec, schema(spec, media.get("schema") or {}))


def parameters(spec: Spec, op: Operation) -> list[dict[str, Any]]:
    return [spec.resolve(p) for p in op.data.get("parameters") or []]


def parameter_example(spec: Spec, param: dict[str, Any]) -> Any:
    found = _example(spec, param)
    return found if found is not None else _example(spec, schema(spec, param.get("schema") or {}))


def is_secured(spec: Spec, op: Operation) -> bool:
    return bool(op.data.get("security", spec.data.get("security")))


def kind(name: str) -> str:
    """An id's kind: the field's name as the SDK spells it."""
    return python_name(name)


def base_request(spec: Spec, op: Operation, own: dict[str, int]) -> Request:
    """A valid request: the documented example, with the caller's own id of every kind it has."""
    params = {}
    for param in parameters(spec, op):
        if param.get("in") not in ("query", "path") or not param.get("required"):
            continue
        value = own.get(kind(param["name"]), parameter_example(spec, param))
        if value is not None:
            params[param["name"]] = value
    body = body_example(spec, op)
    if isinstance(body, dict):
        body = {k: own.get(kind(k), v) if _is_id(spec, op, k) else v for k, v in body.items()}
    elif body is None and body_schema(spec, op):
        body = {}
    return Request(op, params, body)


def _is_id(spec: Spec, op: Operation, name: str) -> bool:
    return any(field == name for _, field in id_fields(spec, op))


@dataclass(frozen=True)
class IdSource:
    """Response field `field` of `operation` (of each item of its `listed` array, when set)
    holds ids of kind `kind`."""

    operation: str
    listed: str | None
    field: str
    kind: str


def id_sources(spec: Spec) -> list[IdSource]:
    """Every response field a link feeds into an id-taking parameter or body field."""
    found: dict[tuple[str, str | None, str, str], IdSource] = {}
    for op in spec.operations():
        for response in (op.data.get("responses") or {}).values():
            for link in (spec.resolve(response).get("links") or {}).values():
                targets = {**(link.get("parameters") or {})}
                if isinstance(link.get("requestBody"), dict):
                    targets.update(link["requestBody"])
                taking = _taking(spec, str(link.get("operationId", "")))
                for target, value in targets.items():
                    match = _LINK_FIELD.match(value) if isinstance(value, str) else None
                    if match and target in taking:
                        source = IdSource(
                            op.operation_id, match["list"], match["field"], kind(target)
                        )
                        found[(source.operation, source.listed, source.field, source.kind)] = source
    return list(found.values())


def _taking(spec: Spec, operation_id: str) -> set[str]:
    """The id-taking fields of the operation a link leads to."""
    try:
        return {name for _, name in id_fields(spec, spec.operation(operation_id))}
    except KeyError:
        return set()


def _names_an_id(name: str) -> bool:
    return kind(name).endswith("_id")


def id_fields(spec: Spec, op: Operation) -> Iterator[tuple[str, str]]:
    """("param", name) and ("body", name) of the operation's id-taking fields, integers whose
    name ends in `Id`/`_id`."""
    for param in parameters(spec, op):
        integer = schema(spec, param.get("schema") or {}).get("type") == "integer"
        if param.get("in") in ("query", "path") and _names_an_id(param["name"]) and integer:
            yield "param", param["name"]
    for name, sub in properties(spec, body_schema(spec, op)).items():
        if _names_an_id(name) and sub.get("type") == "integer":
            yield "body", name


@dataclass(frozen=True)
class Paging:
    """A paged list: its request's page-size and offset fields, and the largest page."""

    operation: Operation
    top: str
    skip: str
    max_top: int
    records: str
    total: str


def paging(spec: Spec, op: Operation) -> Paging | None:
    """The paging of a list operation (by the SDK's names `top`, `skip`, `total_count` and an
    array of records), or None."""
    request = {kind(n): (n, s) for n, s in properties(spec, body_schema(spec, op)).items()}
    ok = spec.resolve((op.data.get("responses") or {}).get("200") or {})
    response = properties(
        spec, schema(spec, ((ok.get("content") or {}).get(JSON) or {}).get("schema") or {})
    )
    arrays = [n for n, s in response.items() if s.get("type") == "array"]
    totals = [n for n in response if kind(n) == "total_count"]
    if "top" not in request or "skip" not in request or len(arrays) != 1 or not totals:
        return None
    (top, top_schema), (skip, _) = request["top"], request["skip"]
    return Paging(op, top, skip, int(top_schema.get("maximum", 100)), arrays[0], totals[0])
