"""The spec as openapi-python-client should read it: a `$ref` to a primitive keeps its siblings.

In OpenAPI 3.1 a property may carry its own description and examples next to `$ref`, but
openapi-python-client 0.29.1 drops every `$ref` sibling, so `org_id: {$ref: Id, description: The
organisation...}` is documented with Id's generic text. A primitive schema (integer, string,
number or boolean without enum) generates no class, so such a reference can be replaced by its
effective schema (`core.effective.effective`: the target with the siblings conjoined over it)
without changing a type, provided the siblings leave type and format alone; its `default` is
dropped, as openapi-python-client drops it through a reference. References to enums and objects
stay: inlining them would make new classes and rename types.

The SDK sends only what its caller set. openapi-python-client would make a field's or a query
parameter's `default` the value of the argument, and so send it on every call: a default added to
the spec would silently change what every SDK call sends. So defaults of properties and
parameters are taken out of the generator's input and said in the description instead (the
server applies them to a field left out).
"""

from __future__ import annotations

import copy
import json
from typing import Any

from generator.core.effective import effective, is_ref, siblings
from generator.core.spec import Spec

PRIMITIVES = frozenset({"integer", "string", "number", "boolean"})
# Keywords that make even a primitive type a class, a union or a literal in the SDK.
SHAPING = frozenset({"enum", "const", "allOf", "anyOf", "oneOf", "properties", "items"})
# Keywords that pick the Python type (format: date-time is a datetime): a sibling that changed
# one would change the field's type, so such a reference stays a reference.
TYPING = ("type", "format")
SUBSCHEMA = frozenset(
    {"items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else"}
)
SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})
SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
# Instance data, not spec structure: a `schema` key inside an example is not a schema.
DATA = frozenset({"example", "examples", "default", "enum", "const"})


def for_generator(spec: Spec) -> dict[str, Any]:
    """A copy of `spec.data` in which each `$ref` to a primitive that has siblings is inlined."""
    return dict(_document(spec, spec.data, ()))


def primitive(schema: Any) -> bool:
    """Whether openapi-python-client renders `schema` as a plain Python type, with no class."""
    return (
        isinstance(schema, dict)
        and schema.get("type") in PRIMITIVES
        and not is_ref(schema)
        and not SHAPING.intersection(schema)
    )


def _document(spec: Spec, node: Any, path: tuple[str, ...]) -> Any:
    if isinstance(node, list):
        return [_document(spec, item, path) for item in node]
    if not isinstance(node, dict):
        return node
    if path == ("components", "schemas"):
        return {name: _schema(spec, schema) for name, schema in node.items()}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "schema":
            out[key] = _field(_schema(spec, value))
        elif key in DATA:
            out[key] = value
        else:
            out[key] = _document(spec, value, (*path, key))
    return out


def _schema(spec: Spec, node: Any) -> Any:
    if is_ref(node):
        if not siblings(node):
            return node
        try:
            merged, target = effective(spec, node), spec.resolve(node)
        except KeyError:
            return node  # openapi-python-client reports the broken reference itself
        if not primitive(merged) or any(merged.get(k) != target.get(k) for k in TYPING):
            return node
        # Through a plain `$ref` openapi-python-client ignores defaults (the field is UNSET
        # unless given); an inlined default would be sent on every request instead.
        return {k: copy.deepcopy(v) for k, v in merged.items() if k != "default"}
    if not isinstance(node, dict):
        return node
    out = dict(node)
    for key, value in node.items():
        if key in SUBSCHEMA:
            out[key] = _schema(spec, value)
        elif key == "properties" and isinstance(value, dict):
            out[key] = {name: _field(_schema(spec, sub)) for name, sub in value.items()}
        elif key in SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: _schema(spec, sub) for name, sub in value.items()}
        elif key in SCHEMA_LISTS and isinstance(value, list):
            out[key] = [_schema(spec, sub) for sub in value]
    return out


def _field(schema: Any) -> Any:
    """A property's or parameter's schema without its `default`, which moves to the description:
    the SDK leaves an unset field out, and the server applies its default."""
    if not isinstance(schema, dict) or "default" not in schema or is_ref(schema):
        return schema
    out = {k: v for k, v in schema.items() if k != "default"}
    said = f"Default: `{json.dumps(schema['default'])}` (the server's, when the field is left out)."
    text = str(out.get("description") or "").rstrip()
    out["description"] = f"{text} {said}" if text else said
    return out
