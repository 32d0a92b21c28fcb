"""House rules on references: each resolves, none leaves the file, every component is used.

One file is the contract, so an external `$ref` is an error, not a feature. References are found
by walking the document while skipping literal data (examples, defaults, enums, link values,
`x-` extensions), where a `$ref` key is just data; maps of user-chosen names (properties,
components...) are walked as names, so a property called `example` is still followed.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote

from generator.core.spec import Spec, unescape_pointer_token
from generator.validate.base import (
    Problem,
    as_dict,
    as_list,
    join,
    operations,
    problem,
    ref_target,
    resolve,
)

DATA_KEYS = frozenset({"example", "default", "enum", "const"})
NAME_MAPS = frozenset(
    {
        "paths",
        "webhooks",
        "callbacks",
        "pathItems",
        "responses",
        "content",
        "encoding",
        "headers",
        "schemas",
        "parameters",
        "requestBodies",
        "securitySchemes",
        "properties",
        "patternProperties",
        "$defs",
        "dependentSchemas",
        "variables",
    }
)
# Their values are objects whose only possible reference is their own `$ref`.
LEAF_MAPS = frozenset({"examples", "links"})
COMPONENT_KINDS = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
)


def references(pointer: str, node: Any) -> Iterator[tuple[str, str]]:
    """(pointer of the referring object, the `$ref` string) for every reference under node."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            yield from references(join(pointer, i), item)
        return
    if not isinstance(node, dict):
        return
    if isinstance(node.get("$ref"), str):
        yield pointer, node["$ref"]
    for key, value in node.items():
        if key == "$ref" or key in DATA_KEYS or key.startswith("x-"):
            continue
        here = join(pointer, key)
        if key in LEAF_MAPS and isinstance(value, dict):
            for name, leaf in value.items():
                if isinstance(as_dict(leaf).get("$ref"), str):
                    yield join(here, name), leaf["$ref"]
        elif key in LEAF_MAPS:
            continue  # a schema's `examples` list: data
        elif key in NAME_MAPS and isinstance(value, dict):
            for name, sub in value.items():
                yield from references(join(here, name), sub)
        else:
            yield from references(here, value)


def component_of(pointer: str) -> tuple[str, str] | None:
    """(kind, name) of the component a JSON pointer lies in, if any."""
    parts = pointer.split("/")
    if len(parts) >= 4 and parts[1] == "components" and parts[2] in COMPONENT_KINDS:
        return parts[2], unescape_pointer_token(parts[3])
    return None


def resolution(spec: Spec) -> Iterator[Problem]:
    for holder, ref in references("", spec.data):
        pointer = join(holder, "$ref")  # the line of the `$ref` itself, not of its holder's key
        if not ref.startswith("#"):
            message = f"external $ref '{ref}': the contract is one file, define it under components"
            yield problem(spec, pointer, "ref-local", message)
            continue
        try:
            ref_target(spec, ref)
        except LookupError:
            yield problem(spec, pointer, "ref-resolves", f"$ref '{ref}' does not resolve")
            continue
        try:
            resolve(spec, {"$ref": ref})
        except LookupError:
            message = f"$ref '{ref}' leads to a loop of references that never reaches a definition"
            yield problem(spec, pointer, "ref-resolves", message)


def unused_components(spec: Spec) -> Iterator[Problem]:
    edges: dict[tuple[str, str] | None, set[tuple[str, str]]] = {}
    for pointer, ref in references("", spec.data):
        target = component_of(unquote(ref[1:])) if ref.startswith("#") else None
        if target is not None:
            edges.setdefault(component_of(pointer), set()).add(target)
    used = _reachable(edges)
    used.update(("securitySchemes", name) for name in _security_names(spec))
    components = as_dict(spec.data.get("components"))
    for kind in COMPONENT_KINDS:
        for name in as_dict(components.get(kind)):
            if (kind, name) not in used:
                message = f"component {kind}/{name} is never used"
                yield problem(spec, join("/components", kind, name), "no-unused-component", message)


def _reachable(edges: dict[tuple[str, str] | None, set[tuple[str, str]]]) -> set[tuple[str, str]]:
    """Components reachable from references outside the components section."""
    seen: set[tuple[str, str]] = set()
    queue = deque(edges.get(None, ()))
    while queue:
        key = queue.popleft()
        if key not in seen:
            seen.add(key)
            queue.extend(edges.get(key, ()))
    return seen


def _security_names(spec: Spec) -> Iterator[str]:
    requirements = [*as_list(spec.data.get("security"))]
    for op in operations(spec):
        requirements.extend(as_list(op.data.get("security")))
    for requirement in requirements:
        yield from as_dict(requirement)


RULES = (resolution, unused_components)
