"""The layers of ARCHITECTURE.md, enforced over the import graph of our own code.

Every import counts: top level, inside functions and under TYPE_CHECKING, so a layer cannot be
crossed by importing late, and no two modules may import each other in a cycle, however far round.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.core.paths import ROOT

PACKAGES = ("generator", "skilldeo_mock")

# layer -> the layers it may import (its own always); what ARCHITECTURE.md says, as data.
ALLOWED: dict[str, set[str]] = {
    "generator.core": set(),
    "generator.validate": {"generator.core"},
    "generator.diff": {"generator.core"},
    "generator.release": {"generator.core", "generator.diff"},
    "generator.sdk": {"generator.core", "generator.diff"},
    "generator.docs": {"generator.core", "generator.diff", "generator.sdk"},
    "generator.fuzz": {"generator.core", "skilldeo_mock.launch"},
    "skilldeo_mock": {"generator.core"},
}
# The top of the tool: the CLI and the build wire the jobs together and may import any of them.
TOP = {"generator", "generator.cli", "generator.build", "generator.__main__"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))}


def imports(path: Path, name: str) -> Iterator[str]:
    """Every module of ours that `path` imports, wherever the import statement is."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base]) if base else ".".join(anchor)
            targets = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        else:
            continue
        yield from (t for t in targets if t.split(".")[0] in PACKAGES)


def graph() -> dict[str, set[str]]:
    known = modules()
    edges: dict[str, set[str]] = {}
    for name, path in known.items():
        # `from generator.diff import render` names a module; `from x import name` names x
        edges[name] = {t for t in imports(path, name) if t in known and t != name}
    return edges


def layer(module: str) -> str | None:
    if module in TOP:
        return None
    for candidate in sorted(ALLOWED, key=len, reverse=True):
        if module == candidate or module.startswith(candidate + "."):
            return candidate
    raise AssertionError(f"{module} belongs to no layer of ARCHITECTURE.md")


def allowed(source: str, target: str) -> bool:
    own = layer(source)
    if own is None:
        return True
    if target == "generator":  # the root package only holds __version__
        return True
    lower = {own, *ALLOWED[own]}
    return any(target == ok or target.startswith(ok + ".") for ok in lower)


def test_every_module_belongs_to_a_layer() -> None:
    for name in modules():
        layer(name)


def test_no_import_crosses_a_layer() -> None:
    crossings = [
        f"{source} imports {target}"
        for source, targets in graph().items()
        for target in sorted(targets)
        if not allowed(source, target)
    ]
    assert crossings == []


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles() -> None:
    edges = graph()
    # `from generator.diff import ops` inside generator.diff.report also names the package it
    # goes through: that edge from a module to its own parent is the package relation, no cycle
    for name in edges:
        edges[name] = {t for t in edges[name] if not name.startswith(t + ".")}
    assert cycles(edges) == []


@pytest.mark.parametrize(
    ("source", "target", "ok"),
    [
        ("generator.core.spec", "generator.validate", False),
        ("generator.docs.model", "generator.sdk.sample", True),
        ("generator.docs.model", "generator.fuzz.engine", False),
        ("generator.fuzz.engine", "skilldeo_mock.launch", True),
        ("generator.fuzz.engine", "skilldeo_mock.app", False),
        ("skilldeo_mock.app", "generator.core.spec", True),
        ("skilldeo_mock.app", "generator.sdk", False),
        ("generator.cli", "skilldeo_mock.app", True),
    ],
)
def test_the_rule_itself(source: str, target: str, ok: bool) -> None:
    assert allowed(source, target) is ok


def test_a_cycle_is_found_however_far_round() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
