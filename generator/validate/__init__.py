"""The validate job: is openapi.yaml a contract every consumer can trust?

First OpenAPI 3.1 itself (openapi-spec-validator), then the house rules that the SDK, docs, mock
and fuzzer rely on. Every problem is collected before anything is printed, so one run lists them
all, sorted by line, as `FILE:LINE: RULE: message`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from generator.core.spec import Spec, load
from generator.validate import examples as rules_examples
from generator.validate import house as rules_house
from generator.validate import links as rules_links
from generator.validate import oas as rules_oas
from generator.validate import refs as rules_refs
from generator.validate import schemas as rules_schemas
from generator.validate.base import Problem

Rule = Callable[[Spec], Iterable[Problem]]
RULES: tuple[Rule, ...] = (
    rules_oas.check,
    *rules_schemas.RULES,
    *rules_house.RULES,
    *rules_examples.RULES,
    *rules_links.RULES,
    *rules_refs.RULES,
)


def problems(spec: Spec) -> list[Problem]:
    """Every problem of the spec, sorted by line, each reported once."""
    found: set[Problem] = set()
    for rule in RULES:
        found.update(rule(spec))
    return sorted(found)


def summary(spec: Spec) -> str:
    count = sum(1 for _ in spec.operations())
    version = spec.data.get("openapi", "?")
    operations = "operation" if count == 1 else "operations"
    return f"{spec.name}: valid OpenAPI {version}, {count} {operations}, 0 problems"


def display_name(spec_path: str | Path) -> str:
    """The path as the user would type it: relative to the working directory when inside it."""
    path = Path(spec_path)
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except (OSError, ValueError):
        return str(spec_path)


def run(spec_path: str | Path) -> int:
    """Print every problem and return 1, or print a one-line summary and return 0."""
    spec = load(spec_path)
    spec.name = display_name(spec_path) if Path(spec_path).is_file() else spec.name
    found = problems(spec)
    for item in found:
        print(item.render(spec.name))
    if found:
        print(f"{spec.name}: {len(found)} problem(s)")
        return 1
    print(summary(spec))
    return 0
