"""The effective schema of a `$ref` with siblings: the target and the siblings both apply."""

from __future__ import annotations

import pytest

from generator.core.effective import effective
from generator.core.spec import Spec

TARGETS = {
    "components": {
        "schemas": {
            "Count": {"type": ["integer", "null"], "minimum": 0, "maximum": 100},
            "Small": {"$ref": "#/components/schemas/Count", "maximum": 10, "description": "x"},
            "Color": {"type": "string", "enum": ["red", "green", "blue"]},
            "Named": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Loop": {"$ref": "#/components/schemas/Loop"},
        }
    }
}
SPEC = Spec("targets.yaml", "", TARGETS)


def ref(name: str, **siblings: object) -> dict[str, object]:
    return {"$ref": f"#/components/schemas/{name}", **siblings}


def test_bounds_take_the_tighter_value_along_the_chain() -> None:
    found = effective(SPEC, ref("Small", maximum=50, minimum=5, description="y"))
    assert (found["minimum"], found["maximum"]) == (5, 10)
    assert found["description"] == "y"  # an annotation: the nearest sibling wins


def test_enum_and_type_keep_what_both_allow() -> None:
    assert effective(SPEC, ref("Color", enum=["blue", "pink", "red"]))["enum"] == ["red", "blue"]
    assert effective(SPEC, ref("Count", type="number"))["type"] == "integer"


def test_properties_and_required_are_joined() -> None:
    found = effective(SPEC, ref("Named", properties={"age": {"type": "integer"}}, required=["age"]))
    assert list(found["properties"]) == ["name", "age"]
    assert found["required"] == ["age"]


@pytest.mark.parametrize("node", [ref("Loop"), ref("Missing"), {"$ref": "other.yaml#/X"}])
def test_unusable_references_raise_key_error(node: dict[str, object]) -> None:
    with pytest.raises(KeyError):
        effective(SPEC, node)
