"""JSON Schema to TypeScript types, for the TypeScript SDK's `types.ts`.

The types say what the wire carries, under the wire's own names: one declaration per component
schema (an `interface` for an object, a `type` alias for anything else), enums as unions of
string literals, `format: date-time` and the other formats as plain `string`, `nullable: true`
and a `null` type as `| null`, `required` as the difference between `name:` and `name?:`, and
`additionalProperties` as an index signature. A `$ref` to a component is that component's name
(`core.naming.ts_type_name`); a `$ref` with siblings keeps the target's type and takes its
description from the siblings, as a reader of the property expects. Descriptions, defaults and
`deprecated` become JSDoc.
"""

from __future__ import annotations

import json
from typing import Any

from generator.core.naming import ts_property, ts_type_name
from generator.core.spec import Spec

SCHEMAS = "#/components/schemas/"
_PRIMITIVES = {
    "string": "string",
    "integer": "number",
    "number": "number",
    "boolean": "boolean",
    "null": "null",
}
_INDENT = "  "


def doc(lines: list[str], indent: str = "") -> str:
    """A JSDoc block (with a trailing newline) from text lines; "" when there is nothing to say."""
    text = [line.replace("*/", "*\\/").rstrip() for line in lines]
    while text and not text[-1]:
        text.pop()
    if not text:
        return ""
    if len(text) == 1:
        return f"{indent}/** {text[0]} */\n"
    body = "".join(f"{indent} *{' ' + line if line else ''}\n" for line in text)
    return f"{indent}/**\n{body}{indent} */\n"


def _literal(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _wrap(expr: str) -> str:
    """Parenthesised for use before `[]` when it is a union or an intersection."""
    return f"({expr})" if " | " in expr or " & " in expr else expr


def _union(parts: list[str]) -> str:
    unique = list(dict.fromkeys(parts))
    if "unknown" in unique:
        return "unknown"
    return " | ".join(unique) if unique else "never"


class TypeEmitter:
    """Turns the spec's schemas into TypeScript type expressions and declarations."""

    def __init__(self, spec: Spec, prefix: str = "") -> None:
        self.spec = spec
        self.prefix = prefix  # before each component's name: "types." outside types.ts

    def describe(self, node: Any) -> list[str]:
        """JSDoc lines of a schema or property: description, format, default, deprecated."""
        if not isinstance(node, dict):
            return []
        target = self._target(node)
        own = {key: value for key, value in node.items() if key != "$ref"}
        merged = {**target, **own} if "$ref" in node else node
        lines = str(merged.get("description") or "").strip().splitlines()
        fmt = node.get("format")  # a reference's target says its own format
        if isinstance(fmt, str) and _PRIMITIVES.get(str(node.get("type"))) == "string":
            lines += ["", f"Format: `{fmt}` (a string on the wire)."]
        if "default" in merged:
            lines += ["", f"@default {_literal(merged['default'])}"]
        if merged.get("deprecated") is True:
            lines += ["", "@deprecated"]
        return lines

    def _target(self, node: dict[str, Any]) -> dict[str, Any]:
        try:
            target = self.spec.resolve(node)
        except KeyError:
            return {}
        return target if isinstance(target, dict) else {}

    def expr(self, node: Any, level: int = 0) -> str:
        """The TypeScript type of the schema `node`; nested objects are indented at `level`."""
        if node is True or node == {} or not isinstance(node, dict):
            return "never" if node is False else "unknown"
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref.startswith(SCHEMAS) and "/" not in ref[len(SCHEMAS) :]:
                return self.prefix + ts_type_name(ref[len(SCHEMAS) :])
            return self.expr(self._target(node), level)
        value = self._bare(node, level)
        if node.get("nullable") is True and value not in ("unknown", "null"):
            value = f"{_wrap(value) if ' & ' in value else value} | null"
        return value

    def _bare(self, node: dict[str, Any], level: int) -> str:
        if "const" in node:
            return _literal(node["const"])
        if isinstance(node.get("enum"), list):
            return _union([_literal(value) for value in node["enum"]])
        for key in ("oneOf", "anyOf"):
            if isinstance(node.get(key), list):
                return _union([self.expr(item, level) for item in node[key]])
        if isinstance(node.get("allOf"), list):
            parts = [self.expr(item, level) for item in node["allOf"]]
            return " & ".join(_wrap(part) for part in parts) or "unknown"
        kind = node.get("type")
        if isinstance(kind, list):
            return _union([self._typed(node, str(k), level) for k in kind])
        if kind is None and ("properties" in node or "additionalProperties" in node):
            kind = "object"
        return self._typed(node, str(kind), level) if kind is not None else "unknown"

    def _typed(self, node: dict[str, Any], kind: str, level: int) -> str:
        if kind in _PRIMITIVES:
            return _PRIMITIVES[kind]
        if kind == "array":
            return f"{_wrap(self.expr(node.get('items', True), level))}[]"
        if kind == "object":
            return "{\n" + self.members(node, level + 1) + _INDENT * level + "}"
        return "unknown"

    def members(self, node: dict[str, Any], level: int) -> str:
        """The members of an object schema, one per line, indented at `level`."""
        indent = _INDENT * level
        required = set(node.get("required") or [])
        lines: list[str] = []
        properties: dict[str, Any] = node.get("properties") or {}
        for name, prop in properties.items():
            mark = "" if name in required else "?"
            lines.append(doc(self.describe(prop), indent))
            lines.append(f"{indent}{ts_property(name)}{mark}: {self.expr(prop, level)};\n")
        extra = node.get("additionalProperties")
        if extra is not None and extra is not False:
            # Every named member must fit the index signature, so with members it is `unknown`.
            value = "unknown" if properties or extra is True else self.expr(extra, level)
            lines.append(f"{indent}[key: string]: {value};\n")
        return "".join(lines)

    def declaration(self, name: str, schema: Any) -> str:
        """`export interface` for an object component, else `export type`, with its JSDoc."""
        ts = ts_type_name(name)
        head = doc(self.describe(schema) if isinstance(schema, dict) else [])
        plain_object = (
            isinstance(schema, dict)
            and (schema.get("type") == "object" or "properties" in schema)
            and not {"$ref", "allOf", "oneOf", "anyOf", "enum", "const"} & schema.keys()
            and schema.get("nullable") is not True
        )
        if plain_object:
            return f"{head}export interface {ts} {{\n{self.members(schema, 1)}}}\n"
        return f"{head}export type {ts} = {self.expr(schema)};\n"

    def declarations(self) -> list[str]:
        """Every component schema's declaration, in the spec's order."""
        schemas = (self.spec.data.get("components") or {}).get("schemas") or {}
        return [self.declaration(str(name), schema) for name, schema in schemas.items()]
