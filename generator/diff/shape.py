"""Is a parsed document shaped like OpenAPI 3.1, so that the detectors can read it?

The detectors trust the structure (mappings where OpenAPI has mappings, resolvable local `$ref`s).
A document that is not shaped so is refused up front, each problem on its line, instead of having
whatever the detectors trip over turned into a message: an error raised after this check is a
bug in the diff and shows as one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jsonschema.exceptions import best_match  # type: ignore[import-untyped]
from openapi_spec_validator import OpenAPIV31SpecValidator

from generator.core.spec import Spec

RULE = "oas3-schema"


def _pointer(parts: Any) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _refs(node: Any, pointer: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield pointer, ref
        for key, value in node.items():
            yield from _refs(value, f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _refs(value, f"{pointer}/{index}")


def _dangling(spec: Spec) -> Iterator[str]:
    for pointer, ref in _refs(spec.data):
        try:
            spec.resolve({"$ref": ref})
        except (KeyError, IndexError, ValueError):
            line = spec.line_of(pointer)
            yield f"{spec.name}:{line}: ref-resolves: $ref {ref!r} does not resolve"


_SEEN: dict[tuple[str, str], list[str]] = {}


def problems(spec: Spec) -> list[str]:
    """`file:line: rule: message` for each reason the diff cannot read `spec`; [] when it can.

    The meta-schema check takes about a quarter of a second; a document seen before (same name,
    same text) is not checked again in this process.
    """
    key = (spec.name, spec.text)
    if key not in _SEEN:
        if len(_SEEN) > 16:
            _SEEN.clear()
        _SEEN[key] = _check(spec)
    return list(_SEEN[key])


def _check(spec: Spec) -> list[str]:
    found = []
    for error in OpenAPIV31SpecValidator.schema_validator.iter_errors(spec.data):
        deepest = best_match([error])
        pointer = _pointer(deepest.absolute_path)
        message = " ".join(str(deepest.message).split())
        message = message if len(message) <= 160 else message[:157] + "..."
        found.append(f"{spec.name}:{spec.line_of(pointer)}: {RULE}: {message}")
    if not found:
        found.extend(_dangling(spec))
    return found
