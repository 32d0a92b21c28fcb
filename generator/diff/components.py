"""Component changes and documentation changes.

Each component schema is compared once, under the direction it travels in either spec (found by
following every $ref from each operation's request and responses), and attributed to the
operations that use it. A component is renamed when a $ref at the same place in both documents
points to a name only base has and a name only head has, or when the two have the same shape. In
the SDK a component schema is a class, so a rename is SDK-breaking and harmless on the wire.
"""

from __future__ import annotations

import contextlib
from typing import Any

from generator.core.naming import schema_class_name
from generator.core.spec import Spec, escape_pointer_token, unescape_pointer_token
from generator.diff.model import BREAKING, SAFE, Collector, Direction, Grade, Side, Where
from generator.diff.schema import (
    DOC_KEYS,
    SCHEMA_PREFIX,
    SchemaDiff,
    component_name,
    makes_class,
    shape,
)

# Maps whose keys are names chosen by the author, never OpenAPI keywords.
NAME_MAPS = frozenset(
    {
        "properties", "patternProperties", "schemas", "responses", "parameters", "headers",
        "content", "links", "securitySchemes", "paths", "callbacks", "requestBodies", "mapping",
        "variables", "$defs", "dependentSchemas", "webhooks", "pathItems", "encoding",
    }
)  # fmt: skip


def _schemas(spec: Spec) -> dict[str, Any]:
    return dict((spec.data.get("components") or {}).get("schemas") or {})


def schema_renames(base: Spec, head: Spec) -> dict[str, str]:
    """base component name -> head component name, for the schemas that were renamed."""
    old, new = _schemas(base), _schemas(head)
    renames: dict[str, str] = {}

    def walk(a: Any, b: Any) -> None:
        if isinstance(a, dict) and isinstance(b, dict):
            x, y = component_name(a), component_name(b)
            if x and y and x not in new and y not in old and y not in renames.values():
                renames.setdefault(x, y)
            for key in a.keys() & b.keys():
                walk(a[key], b[key])
        elif isinstance(a, list) and isinstance(b, list):
            for pair in zip(a, b, strict=False):
                walk(*pair)

    walk(base.data, head.data)
    added = [name for name in new if name not in old and name not in renames.values()]
    for name in old:
        if name in new or name in renames:
            continue
        for candidate in added:
            if shape(old[name]) == shape(new[candidate]):
                renames[name] = candidate
                added.remove(candidate)
                break
    return renames


def usage(spec: Spec) -> dict[str, tuple[set[str], list[str]]]:
    """component name -> (directions it travels in, operationIds using it)."""
    found: dict[str, tuple[set[str], list[str]]] = {}
    for op in spec.operations():
        request = {key: op.data[key] for key in ("parameters", "requestBody") if key in op.data}
        path_params = spec.get(op.pointer.rsplit("/", 1)[0]).get("parameters")
        for direction, node in (
            ("request", [request, path_params]),
            ("response", op.data.get("responses")),
        ):
            for name in _reachable(spec, node):
                directions, users = found.setdefault(name, (set(), []))
                directions.add(direction)
                if op.operation_id not in users:
                    users.append(op.operation_id)
    return found


def _reachable(spec: Spec, node: Any) -> set[str]:
    """Component schema names reachable from `node` through $refs (each followed once)."""
    names: set[str] = set()
    seen: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith("#") and ref not in seen:
                seen.add(ref)
                name = component_name(item)
                if name is not None:
                    names.add(name)
                with contextlib.suppress(KeyError, IndexError, ValueError):
                    stack.append(spec.get(ref[1:]))
            stack.extend(value for key, value in item.items() if key != "$ref")
    return names


def _direction(directions: set[str]) -> Direction:
    if directions == {"request"}:
        return "request"
    if directions == {"response"}:
        return "response"
    return "both"


def compare(out: Collector, renames: dict[str, str]) -> None:
    """Component schemas (renamed, removed, added, changed), security schemes, documentation."""
    old, new = _schemas(out.base), _schemas(out.head)
    old_use, new_use = usage(out.base), usage(out.head)
    schemas = SchemaDiff(out, renames)
    back = {after: before for before, after in renames.items()}
    for name, schema in new.items():
        pointer = f"{SCHEMA_PREFIX[1:]}{escape_pointer_token(name)}"
        before = back.get(name, name)
        directions, users = new_use.get(name, (set(), []))
        old_dirs, old_users = old_use.get(before, (set(), []))
        where = Where(pointer, used_by=tuple(users or old_users))
        if before not in old:
            out.add("component-added", f"schema `{name}` added", SAFE, SAFE, where)
            continue
        if before != name:
            out.add("component-renamed", *_renamed(before, name, old[before], schema), where)
        old_pointer = f"{SCHEMA_PREFIX[1:]}{escape_pointer_token(before)}"
        schemas.compare(old[before], schema, old_pointer, where, _direction(directions | old_dirs))
    for name in old:
        if name not in new and name not in renames:
            pointer = f"{SCHEMA_PREFIX[1:]}{escape_pointer_token(name)}"
            gone_users = tuple(old_use.get(name, (set(), []))[1])
            where = Where(pointer, "base", used_by=gone_users)
            if makes_class(old[name]):
                message = f"schema `{name}` removed (SDK class `{schema_class_name(name)}` removed)"
                out.add("component-removed", message, SAFE, BREAKING, where)
            else:
                message = f"schema `{name}` removed (the SDK inlines it: no class to lose)"
                out.add("component-removed", message, SAFE, SAFE, where)
    security_schemes(out)
    documentation(out, out.base.data, out.head.data, "", in_names=False)


def _renamed(before: str, after: str, old: Any, new: Any) -> tuple[str, Grade, Grade]:
    """Message and grades of a component rename: only classes (objects, enums) have SDK names."""
    message = f"schema `{before}` renamed to `{after}`"
    if not (makes_class(old) or makes_class(new)):
        return f"{message} (the SDK inlines it: no class name)", SAFE, SAFE
    if schema_class_name(before) == schema_class_name(after):
        return f"{message} (SDK class `{schema_class_name(before)}` unchanged)", SAFE, SAFE
    note = f"SDK class `{schema_class_name(before)}` renamed to `{schema_class_name(after)}`"
    return f"{message} ({note})", SAFE, BREAKING


def security_schemes(out: Collector) -> None:
    old = (out.base.data.get("components") or {}).get("securitySchemes") or {}
    new = (out.head.data.get("components") or {}).get("securitySchemes") or {}
    for name, scheme in old.items():
        pointer = f"/components/securitySchemes/{escape_pointer_token(name)}"
        if name not in new:
            out.add(
                "security-scheme-removed",
                f"security scheme `{name}` removed",
                BREAKING,
                BREAKING,
                Where(pointer, "base"),
            )
        elif shape(scheme) != shape(new[name]):
            out.add(
                "security-scheme-changed",
                f"security scheme `{name}` changed",
                BREAKING,
                BREAKING,
                Where(pointer),
            )


def documentation(out: Collector, old: Any, new: Any, pointer: str, in_names: bool) -> None:
    """Descriptions, summaries, titles and examples that changed where both sides have the node."""
    if isinstance(old, list) and isinstance(new, list):
        for i, (a, b) in enumerate(zip(old, new, strict=False)):
            documentation(out, a, b, f"{pointer}/{i}", in_names=False)
        return
    if not isinstance(old, dict) or not isinstance(new, dict):
        return
    if ("$ref" in old) != ("$ref" in new) and not in_names:
        return  # a reference replaced by an inline node (or back): not a documentation edit
    for key in [*new, *(k for k in old if k not in new)]:
        at = f"{pointer}/{escape_pointer_token(key)}"
        if not in_names and key in DOC_KEYS:
            if old.get(key) != new.get(key):
                kind = "example-changed" if key.startswith("example") else "description-changed"
                verb = "added" if key not in old else "removed" if key not in new else "changed"
                side: Side = "base" if key not in new else "head"
                out.add(
                    kind,
                    f"`{key}` {verb}",
                    SAFE,
                    SAFE,
                    Where(at, side, operation=_operation_at(out.head, at)),
                )
        elif key in old and key in new:
            documentation(out, old[key], new[key], at, in_names=key in NAME_MAPS and not in_names)


def _operation_at(spec: Spec, pointer: str) -> str:
    parts = pointer.split("/")
    if len(parts) < 4 or parts[1] != "paths":
        return ""
    try:
        op = spec.get("/".join(parts[:4]))
    except (KeyError, IndexError, ValueError):
        return ""
    if not isinstance(op, dict) or "responses" not in op:
        return ""
    path = unescape_pointer_token(parts[2])
    return f"{op.get('operationId', parts[3] + ' ' + path)} ({parts[3].upper()} {path})"
