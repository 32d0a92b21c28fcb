"""Schemas as trees for the docs job: every property with its type, constraints and examples.

A tree is what the page shows as nested <details>; `$ref`s are followed (and named, so the page
can link the model), `allOf` is merged, `oneOf`/`anyOf` become numbered options, and a schema
that refers back to itself stops with a note instead of recursing forever.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from generator.core.effective import effective, is_ref
from generator.core.spec import Spec
from generator.docs.text import anchor_part, markdown_inline

MODEL_PREFIX = "#/components/schemas/"

# keyword -> label, in the order the page lists them
CONSTRAINTS = (
    ("minimum", "min"),
    ("exclusiveMinimum", "greater than"),
    ("maximum", "max"),
    ("exclusiveMaximum", "less than"),
    ("multipleOf", "multiple of"),
    ("minLength", "min length"),
    ("maxLength", "max length"),
    ("pattern", "pattern"),
    ("minItems", "min items"),
    ("maxItems", "max items"),
    ("minProperties", "min properties"),
    ("maxProperties", "max properties"),
    ("const", "always"),
    ("default", "default"),
)


@dataclass
class Node:
    """One schema position: the root of a body, a property, or the items of an array."""

    name: str
    anchor: str
    type: str
    model: str = ""
    required: bool = False
    deprecated: bool = False
    read_only: bool = False
    write_only: bool = False
    description: Markup = field(default_factory=Markup)
    constraints: list[str] = field(default_factory=list)
    enum: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)
    note: str = ""
    children: list[Node] = field(default_factory=list)

    def walk(self) -> Iterator[Node]:
        for child in self.children:
            yield child
            yield from child.walk()


def compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def model_name(ref: str) -> str:
    return ref[len(MODEL_PREFIX) :] if ref.startswith(MODEL_PREFIX) else ""


def _deref(spec: Spec, schema: Any) -> tuple[dict[str, Any], list[str]]:
    """The effective schema behind a $ref chain (siblings conjoined, as 3.1 reads them), and the
    refs passed."""
    refs: list[str] = []
    node = schema
    try:
        while is_ref(node) and node["$ref"] not in refs:
            refs.append(node["$ref"])
            node = spec.get(node["$ref"].removeprefix("#"))
        merged = effective(spec, schema)
    except (KeyError, IndexError, ValueError):
        raise spec.error("", "docs-ref", f"cannot resolve {refs[-1]}") from None
    return (merged if isinstance(merged, dict) else {}), refs


def _merge_all_of(spec: Spec, schema: dict[str, Any]) -> dict[str, Any]:
    parts = schema.get("allOf")
    if not isinstance(parts, list):
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    props: dict[str, Any] = dict(schema.get("properties") or {})
    required: list[str] = list(schema.get("required") or [])
    for part in parts:
        resolved, _ = _deref(spec, part)
        resolved = _merge_all_of(spec, resolved)
        for key, value in resolved.items():
            if key == "properties" and isinstance(value, dict):
                for name, sub in value.items():
                    props.setdefault(name, sub)
            elif key == "required" and isinstance(value, list):
                required.extend(r for r in value if r not in required)
            else:
                merged.setdefault(key, value)
    if props:
        merged["properties"] = props
        merged.setdefault("type", "object")
    if required:
        merged["required"] = required
    return merged


def _type_of(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        text = " | ".join(str(k) for k in kind)
    elif isinstance(kind, str):
        text = kind
    elif "properties" in schema:
        text = "object"
    elif "items" in schema:
        text = "array"
    elif "oneOf" in schema or "anyOf" in schema:
        text = "one of"
    else:
        text = "any"
    fmt = schema.get("format")
    return f"{text} <{fmt}>" if isinstance(fmt, str) else text


def _examples(schema: dict[str, Any]) -> list[str]:
    found = schema.get("examples")
    values = list(found) if isinstance(found, list) else []
    if "example" in schema:
        values.insert(0, schema["example"])
    return [compact(v) for v in values]


def build(
    spec: Spec,
    schema: Any,
    anchor: str,
    name: str = "",
    required: bool = False,
    stack: tuple[str, ...] = (),
    expand: bool = True,
) -> Node:
    """The tree of `schema`, its element ids starting with `anchor`.

    With `expand` false, a property that is itself a named model is not opened (the models
    section links to it instead of repeating it).
    """
    resolved, refs = _deref(spec, schema)
    resolved = _merge_all_of(spec, resolved)
    node = _node(resolved, refs, anchor, name, required)
    if any(r in stack for r in refs):
        node.note = "recursive: shown once above"
        return node
    if not expand and stack and node.model:
        return node
    inner = (*stack, *refs)
    node.children = _fields(spec, resolved, anchor, inner, expand)
    items = resolved.get("items")
    if isinstance(items, dict):
        _show_items(node, build(spec, items, f"{anchor}.[]", "[ ]", False, inner, expand))
    for key in ("oneOf", "anyOf"):
        options = resolved.get(key)
        if isinstance(options, list):
            node.note = "one of the options below" if key == "oneOf" else "any of the options below"
            node.children += [
                build(spec, option, f"{anchor}.{key}{i}", f"option {i}", False, inner, expand)
                for i, option in enumerate(options, 1)
            ]
    return node


def _node(
    resolved: dict[str, Any], refs: list[str], anchor: str, name: str, required: bool
) -> Node:
    """The position itself, without children: what `resolved` says about the value there."""
    models = [m for m in (model_name(r) for r in refs) if m]
    node = Node(
        name=name,
        anchor=anchor,
        type=_type_of(resolved),
        model=models[0] if models else "",
        required=required,
        deprecated=resolved.get("deprecated") is True,
        read_only=resolved.get("readOnly") is True,
        write_only=resolved.get("writeOnly") is True,
        description=markdown_inline(resolved.get("description")),
        constraints=[
            f"{label} {compact(resolved[key]) if key != 'pattern' else resolved[key]}"
            for key, label in CONSTRAINTS
            if key in resolved
        ],
        enum=[compact(v) for v in resolved.get("enum") or []],
        examples=_examples(resolved),
    )
    if isinstance(resolved.get("properties"), dict):
        node.examples = []
    if resolved.get("uniqueItems") is True:
        node.constraints.append("unique items")
    return node


def _fields(
    spec: Spec, resolved: dict[str, Any], anchor: str, inner: tuple[str, ...], expand: bool
) -> list[Node]:
    """The trees of an object's properties, then of its additionalProperties (named `*`)."""
    fields: list[Node] = []
    props = resolved.get("properties")
    if isinstance(props, dict):
        needed = set(resolved.get("required") or [])
        fields = [
            build(spec, sub, f"{anchor}.{anchor_part(key)}", key, key in needed, inner, expand)
            for key, sub in props.items()
        ]
    extra = resolved.get("additionalProperties")
    if isinstance(extra, dict):
        fields.append(build(spec, extra, f"{anchor}.*", "*", False, inner, expand))
    return fields


def _show_items(node: Node, item: Node) -> None:
    """An array's `node` shown through its `item`: typed "array of" the item, with the item's
    fields as its children or, when it has none, the item's constraints, enum and examples."""
    has_fields = bool(item.children or item.note)
    # An array of a named object reads "array of <link to the model>".
    named = item.model and (has_fields or item.type == "object")
    node.type = "array of" if named else f"array of {item.type}"
    node.model = node.model or item.model
    if has_fields:
        node.children, node.note = item.children, item.note
    else:
        node.constraints += [f"items: {c}" for c in item.constraints]
        node.enum = node.enum or item.enum
        node.examples = node.examples or item.examples
