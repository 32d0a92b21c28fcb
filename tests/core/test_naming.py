"""Our local naming (generator.core.naming) agrees with openapi-python-client's own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.core.naming import (
    class_name,
    identifier,
    module_name,
    python_name,
    schema_class_name,
)
from generator.core.paths import GENERATED
from generator.core.spec import Spec

# Names beyond this spec that take the other branches: keywords, builtins, leading underscores
# and digits, acronyms, delimiters, non-ASCII letters and characters that get dropped.
EDGE_CASES = [
    "class",
    "None",
    "list",
    "self",
    "id",
    "datetime",
    "_private",
    "__dunder__",
    "2fa",
    "123",
    "HTTPStatus",
    "getURLForID",
    "user.name",
    "kebab-case-name",
    "Mixed_Case-and.dots here",
    "héllo wörld",
    "日本",
    "a$b%c",
    "",
    "_",
    "ALLCAPS",
    "X",
]
PREFIXES = ["field_", "tag"]


def _names(node: Any) -> Iterator[str]:
    """Every key of the document, and every string value short enough to be a name."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from _names(value)
    elif isinstance(node, list):
        for item in node:
            yield from _names(item)
    elif isinstance(node, str) and re.fullmatch(r"[\w.\- $#/{}]{1,60}", node):
        yield node
        yield from node.split("/")  # $ref tails and link expressions name schemas and fields


def _all_names(spec: Spec) -> list[str]:
    return sorted(set(_names(spec.data)) | set(EDGE_CASES))


def _sdk_names(spec: Spec) -> set[str]:
    """The names the SDK is made of: operationIds, tags, component schemas and their properties."""
    names: set[str] = set()
    for op in spec.operations():
        names.add(op.operation_id)
        names.update(str(tag) for tag in op.data.get("tags") or [])
    for name, schema in spec.data["components"]["schemas"].items():
        names.add(name)
        names.update(schema.get("properties") or {})
    return names


def test_the_spec_holds_the_names_the_sdk_uses(spec: Spec) -> None:
    assert _sdk_names(spec) <= set(_all_names(spec))


@pytest.mark.parametrize("prefix", PREFIXES)
def test_identifiers_match_openapi_python_client(spec: Spec, prefix: str) -> None:
    mismatches = {
        name: (identifier(name, prefix), str(PythonIdentifier(name, prefix)))
        for name in _all_names(spec)
        if identifier(name, prefix) != str(PythonIdentifier(name, prefix))
    }
    assert mismatches == {}


@pytest.mark.parametrize("prefix", PREFIXES)
def test_class_names_match_openapi_python_client(spec: Spec, prefix: str) -> None:
    mismatches = {
        name: (class_name(name, prefix), str(ClassName(name, prefix)))
        for name in _all_names(spec)
        if class_name(name, prefix) != str(ClassName(name, prefix))
    }
    assert mismatches == {}


def test_names_are_what_the_generated_sdk_uses(spec: Spec) -> None:
    # Read from the committed generated/python, so a wrong rule shows up even if both sides
    # changed alike: each operation's module under its tag's package, each model's class.
    api = GENERATED / "python" / "skilldeo_client" / "api"
    for op in spec.operations():
        tag = str((op.data.get("tags") or ["default"])[0])
        assert (api / module_name(tag) / f"{python_name(op.operation_id)}.py").is_file(), op
    models = (GENERATED / "python" / "skilldeo_client" / "models").glob("*.py")
    classes = {m for path in models for m in re.findall(r"^class (\w+)", path.read_text(), re.M)}
    for name, schema in spec.data["components"]["schemas"].items():
        if schema.get("type") == "object" or "enum" in schema:
            assert schema_class_name(name) in classes, name
    assert identifier("class") == "class_"
    assert identifier("_x") == "field_x"  # a leading underscore is dropped, then prefixed


def test_the_names_diff_and_changelog_report_are_the_generators(spec: Spec) -> None:
    """The one naming module serves the SDK, the diff and the changelog alike."""
    for name in _all_names(spec):
        assert python_name(name) == str(PythonIdentifier(name, "field_")), name
        assert module_name(name) == str(PythonIdentifier(name, "tag")), name
        assert schema_class_name(name) == str(ClassName(name, "")), name
