"""What the spec deprecates, by operation: the operation itself, its body's fields, its
parameters. The Python SDK's request builders warn with a DeprecationWarning when a deprecated
method is called or a deprecated argument is passed (templates/python/endpoint_module.py.jinja).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.core.spec import Operation, Spec


@dataclass(frozen=True)
class Deprecated:
    """The deprecated parts of one operation, by wire name."""

    operation: bool
    fields: frozenset[str]
    parameters: frozenset[str]


def _is_deprecated(spec: Spec, node: Any) -> bool:
    """`deprecated: true` on the node, beside its $ref, or on what it refers to."""
    if not isinstance(node, dict):
        return False
    try:
        resolved = spec.resolve(node)
    except KeyError:
        resolved = node
    return node.get("deprecated") is True or (
        isinstance(resolved, dict) and resolved.get("deprecated") is True
    )


def _body_fields(spec: Spec, op: Operation) -> frozenset[str]:
    body = spec.resolve(op.data.get("requestBody") or {})
    media = (body.get("content") or {}).get("application/json") or {}
    schema = spec.resolve(media.get("schema") or {})
    properties = schema.get("properties") or {} if isinstance(schema, dict) else {}
    return frozenset(name for name, node in properties.items() if _is_deprecated(spec, node))


def _parameters(spec: Spec, op: Operation) -> frozenset[str]:
    shared = (spec.data.get("paths") or {}).get(op.path, {}).get("parameters") or []
    found = set()
    for node in [*shared, *(op.data.get("parameters") or [])]:
        parameter = spec.resolve(node)
        if isinstance(parameter, dict) and _is_deprecated(spec, node):
            found.add(str(parameter.get("name")))
    return frozenset(found)


def deprecations(spec: Spec) -> dict[str, Deprecated]:
    """Each operation that deprecates anything, by operationId."""
    found = {}
    for op in spec.operations():
        entry = Deprecated(
            op.data.get("deprecated") is True, _body_fields(spec, op), _parameters(spec, op)
        )
        if entry.operation or entry.fields or entry.parameters:
            found[op.operation_id] = entry
    return found
