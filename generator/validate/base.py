"""What every validation rule shares: the Problem record and a walk over the OpenAPI structure.

The house rules run even on a document that breaks the OpenAPI schema, so that every problem is
listed at once; the walkers therefore skip, rather than trust, nodes of the wrong shape.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from generator.core.spec import HTTP_METHODS, Spec, escape_pointer_token


@dataclass(frozen=True, order=True)
class Problem:
    """One broken rule, at one line of the spec."""

    line: int
    rule: str
    message: str

    def render(self, file: str) -> str:
        return f"{file}:{self.line}: {self.rule}: {self.message}"


def problem(spec: Spec, pointer: str, rule: str, message: str) -> Problem:
    return Problem(spec.line_of(pointer), rule, message)


def as_dict(node: Any) -> dict[str, Any]:
    return node if isinstance(node, dict) else {}


def as_list(node: Any) -> list[Any]:
    return node if isinstance(node, list) else []


def join(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join(f"/{escape_pointer_token(str(token))}" for token in tokens)


def is_ref(node: Any) -> bool:
    return isinstance(node, dict) and "$ref" in node


def ref_target(spec: Spec, ref: str) -> Any:
    """The node a local `$ref` names; LookupError when it is external or names nothing."""
    if not ref.startswith("#"):
        raise LookupError(ref)
    try:
        return spec.get(unquote(ref[1:]))
    except (KeyError, IndexError, ValueError):
        raise LookupError(ref) from None


def resolved_pointer(spec: Spec, pointer: str) -> str:
    """The pointer of the node reached by following `$ref`s from the node at pointer."""
    seen: set[str] = set()
    node = spec.get(pointer)
    while is_ref(node) and isinstance(node["$ref"], str):
        ref = node["$ref"]
        if ref in seen:
            raise LookupError(ref)
        seen.add(ref)
        node = ref_target(spec, ref)
        pointer = unquote(ref[1:])
    return pointer


def resolve(spec: Spec, node: Any) -> Any:
    """Follow `$ref`s to the node that is not one; LookupError when one breaks or loops."""
    seen: set[str] = set()
    while is_ref(node) and isinstance(node["$ref"], str):
        ref = node["$ref"]
        if ref in seen:
            raise LookupError(ref)
        seen.add(ref)
        node = ref_target(spec, ref)
    return node


@dataclass(frozen=True)
class Node:
    """A mapping of the document, where it is, and a label a reader recognises."""

    pointer: str
    data: dict[str, Any]
    label: str


def path_items(spec: Spec) -> Iterator[Node]:
    """Paths, webhooks and component path items, plus the path items of their callbacks."""
    for section, label in (("paths", "path"), ("webhooks", "webhook")):
        for name, item in as_dict(spec.data.get(section)).items():
            yield from _path_item(join("", section, name), item, f"{label} {name}")
    for name, item in as_dict(as_dict(spec.data.get("components")).get("pathItems")).items():
        yield from _path_item(join("/components/pathItems", name), item, f"path item {name}")


def _path_item(pointer: str, item: Any, label: str) -> Iterator[Node]:
    if not isinstance(item, dict) or is_ref(item):
        return
    yield Node(pointer, item, label)
    for method in HTTP_METHODS:
        for name, callback in as_dict(as_dict(item.get(method)).get("callbacks")).items():
            base = join(pointer, method, "callbacks", name)
            for expression, sub in as_dict(callback).items():
                yield from _path_item(join(base, expression), sub, f"callback {name}")


def operations(spec: Spec) -> Iterator[Node]:
    """Every operation, labelled by its operationId when it has one."""
    for item in path_items(spec):
        for method in HTTP_METHODS:
            op = item.data.get(method)
            if isinstance(op, dict):
                op_id = op.get("operationId")
                label = op_id if isinstance(op_id, str) else f"{method.upper()} {item.label}"
                yield Node(join(item.pointer, method), op, f"operation {label}")


def components(spec: Spec, kind: str) -> Iterator[Node]:
    """The components of one kind that are not themselves references."""
    for name, node in as_dict(as_dict(spec.data.get("components")).get(kind)).items():
        if isinstance(node, dict) and not is_ref(node):
            yield Node(join("/components", kind, name), node, name)


def parameters(spec: Spec) -> Iterator[Node]:
    """Every parameter written in place (references are checked where they point)."""
    owners = [*path_items(spec), *operations(spec)]
    for owner in owners:
        for i, param in enumerate(as_list(owner.data.get("parameters"))):
            if isinstance(param, dict) and not is_ref(param):
                label = f"parameter {param.get('name', i)!s} of {owner.label}"
                yield Node(join(owner.pointer, "parameters", i), param, label)
    for node in components(spec, "parameters"):
        yield Node(node.pointer, node.data, f"parameter {node.label}")


def request_bodies(spec: Spec) -> Iterator[Node]:
    for op in operations(spec):
        body = op.data.get("requestBody")
        if isinstance(body, dict) and not is_ref(body):
            yield Node(join(op.pointer, "requestBody"), body, f"request body of {op.label}")
    for node in components(spec, "requestBodies"):
        yield Node(node.pointer, node.data, f"request body {node.label}")


def responses(spec: Spec) -> Iterator[Node]:
    for op in operations(spec):
        for status, response in as_dict(op.data.get("responses")).items():
            if isinstance(response, dict) and not is_ref(response):
                pointer = join(op.pointer, "responses", status)
                yield Node(pointer, response, f"response {status} of {op.label}")
    for node in components(spec, "responses"):
        yield Node(node.pointer, node.data, f"response {node.label}")


def headers(spec: Spec) -> Iterator[Node]:
    for response in responses(spec):
        for name, header in as_dict(response.data.get("headers")).items():
            if isinstance(header, dict) and not is_ref(header):
                pointer = join(response.pointer, "headers", name)
                yield Node(pointer, header, f"header {name} of {response.label}")
    for node in components(spec, "headers"):
        yield Node(node.pointer, node.data, f"header {node.label}")


def media_types(owner: Node) -> Iterator[Node]:
    """The media types under an owner's `content`, labelled with the owner."""
    for media, entry in as_dict(owner.data.get("content")).items():
        if isinstance(entry, dict):
            pointer = join(owner.pointer, "content", media)
            yield Node(pointer, entry, f"{owner.label} ({media})")


def example_holders(spec: Spec, with_headers: bool = True) -> Iterator[Node]:
    """Every object that carries `example`/`examples` next to a `schema`."""
    for owner in [*parameters(spec), *(headers(spec) if with_headers else ())]:
        if "content" in owner.data:
            yield from media_types(owner)
        else:
            yield owner
    for owner in [*request_bodies(spec), *responses(spec)]:
        yield from media_types(owner)


SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SUBSCHEMA_SINGLE = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
)


def schema_roots(spec: Spec) -> Iterator[Node]:
    """Every schema written in place: components, parameters, headers, media types."""
    # In a schema `$ref` is one keyword among others, so referencing schemas are walked too.
    for name, schema in as_dict(as_dict(spec.data.get("components")).get("schemas")).items():
        if isinstance(schema, dict):
            yield Node(join("/components/schemas", name), schema, f"schema {name}")
    for holder in example_holders(spec):
        schema = holder.data.get("schema")
        if isinstance(schema, dict):
            yield Node(join(holder.pointer, "schema"), schema, f"schema of {holder.label}")


def subschemas(root: Node) -> Iterator[Node]:
    """A schema and every schema nested in it, without following references."""
    yield root
    data = root.data
    for key in SUBSCHEMA_MAPS:
        for name, sub in as_dict(data.get(key)).items():
            if isinstance(sub, dict):
                yield from subschemas(Node(join(root.pointer, key, name), sub, root.label))
    for key in SUBSCHEMA_LISTS:
        for i, sub in enumerate(as_list(data.get(key))):
            if isinstance(sub, dict):
                yield from subschemas(Node(join(root.pointer, key, i), sub, root.label))
    for key in SUBSCHEMA_SINGLE:
        sub = data.get(key)
        if isinstance(sub, dict):
            yield from subschemas(Node(join(root.pointer, key), sub, root.label))


def all_schemas(spec: Spec) -> Iterator[Node]:
    for root in schema_roots(spec):
        yield from subschemas(root)
