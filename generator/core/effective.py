"""The schema a `$ref` with sibling keywords stands for, as OpenAPI 3.1 reads it.

In 3.1 a schema may carry keywords next to `$ref`, and both apply: the effective schema is the
conjunction of the target and the siblings. Annotations (description, examples...) have no
conjunction, so the sibling wins, as a reader of the property expects; bounds take the tighter
value, `enum` and `type` the values both allow, `required` and `properties` the union.
"""

from __future__ import annotations

from typing import Any

UPPER_BOUNDS = frozenset(
    {"maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "maxContains"}
)
LOWER_BOUNDS = frozenset(
    {"minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties", "minContains"}
)


def is_ref(node: Any) -> bool:
    return isinstance(node, dict) and isinstance(node.get("$ref"), str)


def siblings(node: Any) -> dict[str, Any]:
    """The keywords next to `$ref` in `node` ({} when `node` is not a reference)."""
    if not is_ref(node):
        return {}
    return {key: value for key, value in node.items() if key != "$ref"}


def effective(spec: Any, node: Any) -> Any:
    """`node` with its `$ref` chain followed and each level's siblings conjoined over the target.

    `spec` is a `generator.core.spec.Spec` (anything with `get(pointer)`); KeyError when a reference
    is not local, cannot be found, or loops.
    """
    levels: list[dict[str, Any]] = []
    seen: set[str] = set()
    while is_ref(node):
        ref = node["$ref"]
        if not ref.startswith("#") or ref in seen:
            raise KeyError(ref)
        seen.add(ref)
        levels.append(siblings(node))
        try:
            node = spec.get(ref[1:])
        except (IndexError, ValueError):
            raise KeyError(ref) from None
    if not isinstance(node, dict):
        return node  # a boolean schema: nothing to conjoin keywords with
    merged: dict[str, Any] = node
    for level in reversed(levels):  # the innermost reference is nearest the target
        merged = conjoin(merged, level)
    return merged


def conjoin(target: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """One schema that allows what both `target` and `extra` allow (as near as keywords can)."""
    merged = dict(target)
    for key, value in extra.items():
        if key == "$ref":
            continue
        merged[key] = _both(key, merged[key], value) if key in merged else value
    return merged


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _both(key: str, first: Any, second: Any) -> Any:
    if _number(first) and _number(second):
        if key in UPPER_BOUNDS:
            return min(first, second)
        if key in LOWER_BOUNDS:
            return max(first, second)
    if isinstance(first, list) and isinstance(second, list):
        if key == "enum":
            return [value for value in first if value in second]
        if key == "required":
            return [*first, *(name for name in second if name not in first)]
        if key == "allOf":
            return [*first, *second]
    if key == "type":
        return _types(first, second)
    if key == "properties" and isinstance(first, dict) and isinstance(second, dict):
        both = {
            name: {"allOf": [first[name], sub]} for name, sub in second.items() if name in first
        }
        return {**first, **second, **both}
    if key == "uniqueItems":
        return first is True or second is True
    if key == "additionalProperties" and (first is False or second is False):
        return False
    # An annotation, or a keyword two values of which no single value expresses (pattern,
    # format): the sibling's is the one the author wrote for this place.
    return second


def _types(first: Any, second: Any) -> Any:
    one = [first] if isinstance(first, str) else list(first) if isinstance(first, list) else []
    two = [second] if isinstance(second, str) else list(second) if isinstance(second, list) else []
    if not one or not two:
        return second if two else first
    common = [t for t in one if t in two or (t == "integer" and "number" in two)]
    common += [t for t in two if t == "integer" and "number" in one and t not in common]
    if not common:
        # Nothing is valid; the sibling's type grades that as the change it is for a client
        # (a request no longer accepts the target's values), where an empty list would read
        # as "any type".
        return second
    return common[0] if len(common) == 1 else common
