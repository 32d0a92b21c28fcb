"""House rules on operations, tags, descriptions and security.

They are what the consumers need: operationIds become SDK function names, the one tag of an
operation becomes its SDK module and docs section, descriptions become docstrings and reference
text, and openapi-python-client ignores the root-level `security`.

A text problem points at the text's own key: `line_of` falls back to the nearest node that exists,
so a missing text is reported on the line of the object lacking it, a blank one on its own line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.core.spec import Spec
from generator.validate.base import (
    Problem,
    all_schemas,
    as_dict,
    as_list,
    is_ref,
    join,
    operations,
    parameters,
    problem,
    resolve,
)


def has_text(node: dict[str, Any], key: str) -> bool:
    value = node.get(key)
    return isinstance(value, str) and bool(value.strip())


def operation_ids(spec: Spec) -> Iterator[Problem]:
    first_line: dict[str, int] = {}
    for op in operations(spec):
        op_id = op.data.get("operationId")
        if not isinstance(op_id, str) or not op_id:
            yield problem(spec, op.pointer, "operation-id", f"{op.label} has no operationId")
            continue
        pointer = join(op.pointer, "operationId")
        if op_id in first_line:
            message = f"operationId '{op_id}' is already used at line {first_line[op_id]}"
            yield problem(spec, pointer, "operation-id-unique", message)
        else:
            first_line[op_id] = spec.line_of(pointer)


def tags(spec: Spec) -> Iterator[Problem]:
    declared: set[str] = set()
    for i, tag in enumerate(as_list(spec.data.get("tags"))):
        tag = as_dict(tag)
        name = tag.get("name")
        if isinstance(name, str):
            declared.add(name)
            if not has_text(tag, "description"):
                message = f"tag '{name}' has no description"
                pointer = join("/tags", i, "description")
                yield problem(spec, pointer, "tag-description", message)
    for op in operations(spec):
        op_tags = op.data.get("tags")
        count = len(op_tags) if isinstance(op_tags, list) else 0
        if count != 1:
            message = f"{op.label} has {count} tags; it needs exactly one"
            yield problem(spec, join(op.pointer, "tags"), "operation-one-tag", message)
        for i, name in enumerate(as_list(op_tags)):
            if isinstance(name, str) and name not in declared:
                message = f"tag '{name}' of {op.label} is not declared under the top-level `tags`"
                yield problem(spec, join(op.pointer, "tags", i), "tag-declared", message)


def operation_texts(spec: Spec) -> Iterator[Problem]:
    for op in operations(spec):
        for key in ("summary", "description"):
            if not has_text(op.data, key):
                pointer = join(op.pointer, key)
                yield problem(spec, pointer, f"operation-{key}", f"{op.label} has no {key}")


def parameter_descriptions(spec: Spec) -> Iterator[Problem]:
    for param in parameters(spec):
        if not has_text(param.data, "description"):
            pointer = join(param.pointer, "description")
            message = f"{param.label} has no description"
            yield problem(spec, pointer, "parameter-description", message)


def property_descriptions(spec: Spec) -> Iterator[Problem]:
    for schema in all_schemas(spec):
        for name, prop in as_dict(schema.data.get("properties")).items():
            if isinstance(prop, dict) and not _described(spec, prop):
                message = f"property '{name}' of {schema.label} has no description"
                pointer = join(schema.pointer, "properties", name, "description")
                yield problem(spec, pointer, "property-description", message)


def _described(spec: Spec, prop: dict[str, Any]) -> bool:
    """Described in place, or a reference to a described schema (or one that does not resolve,
    which the reference rules report instead)."""
    if has_text(prop, "description"):
        return True
    if not is_ref(prop):
        return False
    try:
        target = resolve(spec, {"$ref": prop["$ref"]})
    except LookupError:
        return True
    return isinstance(target, dict) and has_text(target, "description")


def security(spec: Spec) -> Iterator[Problem]:
    schemes = as_dict(as_dict(spec.data.get("components")).get("securitySchemes"))
    for op in operations(spec):
        if "security" not in op.data:
            message = (
                f"{op.label} does not state `security` (`[]` when public): "
                "SDK generators ignore the root-level one"
            )
            yield problem(spec, op.pointer, "security-stated", message)
        for i, requirement in enumerate(as_list(op.data.get("security"))):
            for name in as_dict(requirement):
                if name not in schemes:
                    message = f"security scheme '{name}' of {op.label} is not declared"
                    pointer = join(op.pointer, "security", i, name)
                    yield problem(spec, pointer, "security-scheme-declared", message)


# The SDK's extensions (docs/sdk.md): which client attribute a field defaults to, and which POSTs
# may be retried like a GET.
CALLER_EXTENSION = "x-skilldeo-caller"
CALLER_IDS = ("user_id", "org_id")
IDEMPOTENT_EXTENSION = "x-idempotent"


def sdk_extensions(spec: Spec) -> Iterator[Problem]:
    fields = [(p.pointer, p.data, p.label) for p in parameters(spec)]
    for schema in all_schemas(spec):
        for name, prop in as_dict(schema.data.get("properties")).items():
            pointer = join(schema.pointer, "properties", name)
            fields.append((pointer, as_dict(prop), f"property '{name}' of {schema.label}"))
    for pointer, data, label in fields:
        if CALLER_EXTENSION in data and data[CALLER_EXTENSION] not in CALLER_IDS:
            message = f"{CALLER_EXTENSION} of {label} must be one of {', '.join(CALLER_IDS)}"
            yield problem(spec, join(pointer, CALLER_EXTENSION), "sdk-extension", message)
    for op in operations(spec):
        if not isinstance(op.data.get(IDEMPOTENT_EXTENSION, True), bool):
            message = f"{IDEMPOTENT_EXTENSION} of {op.label} must be true or false"
            yield problem(spec, join(op.pointer, IDEMPOTENT_EXTENSION), "sdk-extension", message)


# Releases, the changelog and the versioned site order versions by MAJOR.MINOR.PATCH (release.md).
_VERSION = re.compile(r"^\d+\.\d+\.\d+(?:[-+].*)?$")  # as generator.diff.parse_version reads it


def info_version(spec: Spec) -> Iterator[Problem]:
    version = as_dict(spec.data.get("info")).get("version")
    if not isinstance(version, str) or not _VERSION.match(version):
        message = f"info.version {version!r} is not MAJOR.MINOR.PATCH (e.g. 1.0.0)"
        yield problem(spec, "/info/version", "info-version", message)


RULES = (
    info_version,
    operation_ids,
    tags,
    operation_texts,
    parameter_descriptions,
    property_descriptions,
    security,
    sdk_extensions,
)
