"""House rules on examples: one on every request body, parameter and response, each one valid.

Examples feed the docs, the mock server's answers and the fuzzer's seeds, so an example that
breaks its own schema would teach every consumer something false. Schemas are checked with
jsonschema-rs (Draft 2020-12, the dialect of OpenAPI 3.1) against the whole document, so local
`$ref`s resolve, and with format checks on (email, date-time, uri...).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import jsonschema_rs

from generator.core.spec import Spec
from generator.validate import refs as rules_refs
from generator.validate import schemas as rules_schemas
from generator.validate.base import (
    Node,
    Problem,
    all_schemas,
    as_dict,
    as_list,
    example_holders,
    join,
    problem,
    resolved_pointer,
)

DOCUMENT_URI = "urn:skilldeo:openapi"


class SchemaChecker:
    """Validates instances against the schema at any JSON pointer of one spec."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self._registry: jsonschema_rs.Registry | None = None
        self._validators: dict[str, jsonschema_rs.Validator] = {}
        self.explained = False  # whether other rules already explain a schema that won't build

    def validator(self, pointer: str) -> jsonschema_rs.Validator:
        """The validator of the schema at pointer; ValueError when it cannot be built."""
        if pointer not in self._validators:
            if self._registry is None:
                self._registry = jsonschema_rs.Registry([(DOCUMENT_URI, self.spec.data)])
            ref = f"{DOCUMENT_URI}#{quote(pointer, safe='/~')}"
            self._validators[pointer] = jsonschema_rs.Draft202012Validator(
                {"$ref": ref}, registry=self._registry, validate_formats=True, offline=True
            )
        return self._validators[pointer]

    def errors(self, pointer: str, instance: Any) -> list[tuple[str, str]]:
        """(JSON pointer inside the instance, message) for each way instance breaks the schema."""
        found = []
        for error in self.validator(pointer).iter_errors(instance):
            found.append((join("", *error.instance_path), error.message))
        return found


def presence(spec: Spec) -> Iterator[Problem]:
    for holder in example_holders(spec, with_headers=False):
        if "example" not in holder.data and not holder.data.get("examples"):
            message = f"{holder.label} has no example (`example` or `examples`)"
            yield problem(spec, holder.pointer, "example-present", message)


def validity(spec: Spec) -> Iterator[Problem]:
    checker = SchemaChecker(spec)
    # A schema that does not compile is normally a broken $ref or invalid JSON Schema, which
    # their own rules report; otherwise the example must not pass unchecked in silence.
    checker.explained = any(rules_refs.resolution(spec)) or any(rules_schemas.meta_schema(spec))
    for holder in example_holders(spec):
        if isinstance(holder.data.get("schema"), dict):
            schema = join(holder.pointer, "schema")
            for name, value_pointer in _examples_of(spec, holder):
                label = f"example '{name}' of {holder.label}"
                yield from _check(checker, schema, value_pointer, label)
    for node in all_schemas(spec):
        if "example" in node.data:
            label = f"example of {node.label}"
            yield from _check(checker, node.pointer, join(node.pointer, "example"), label)
        for i, _ in enumerate(as_list(node.data.get("examples"))):
            label = f"example {i} of {node.label}"
            yield from _check(checker, node.pointer, join(node.pointer, "examples", i), label)


def _examples_of(spec: Spec, holder: Node) -> Iterator[tuple[str, str]]:
    """(name, pointer of the value) of each example; references are followed."""
    if "example" in holder.data:
        yield "example", join(holder.pointer, "example")
    for name in as_dict(holder.data.get("examples")):
        try:
            pointer = resolved_pointer(spec, join(holder.pointer, "examples", name))
        except LookupError:
            continue  # reported by ref-resolves
        if "value" in as_dict(spec.get(pointer)):
            yield name, join(pointer, "value")


def _check(checker: SchemaChecker, schema: str, value: str, label: str) -> Iterator[Problem]:
    spec = checker.spec
    try:
        errors = checker.errors(schema, spec.get(value))
    except ValueError as exc:
        if not checker.explained:
            reason = str(exc).split("\n", 1)[0]
            text = f"{label} cannot be checked: its schema does not compile: {reason}"
            yield problem(spec, schema, "example-valid", text)
        return
    for where, message in errors:
        at = where or "the root"
        text = f"{label} does not match its schema: {message} (at {at})"
        yield problem(spec, value + where, "example-valid", text)


RULES = (presence, validity)
