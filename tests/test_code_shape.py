"""No function of ours is longer than MAX_LINES, counted from its `def` line to its last line.

A long function is split into named helpers instead; ruff's C90 rule (max-complexity in
pyproject.toml) keeps the number of branches in each one down the same way.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from generator.core.paths import ROOT

MAX_LINES = 50
FOLDERS = ("generator", "skilldeo_mock", "scripts", "tests")

# `path:name` of a function still too long, with why it waits; the test fails once it is short.
PENDING: dict[str, str] = {}

Function = ast.FunctionDef | ast.AsyncFunctionDef


def functions(tree: ast.AST, prefix: str = "") -> Iterator[tuple[str, Function]]:
    """Every function and method under `tree`, nested ones too, with its dotted name."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, Function):
            yield f"{prefix}{node.name}", node
            yield from functions(node, f"{prefix}{node.name}.")
        elif isinstance(node, ast.ClassDef):
            yield from functions(node, f"{prefix}{node.name}.")
        else:
            yield from functions(node, prefix)


def too_long(source: str, path: str) -> dict[str, str]:
    """`path:name` -> `path:line: name has N lines (max 50)`, for each function in `source`
    longer than MAX_LINES."""
    found: dict[str, str] = {}
    for name, node in functions(ast.parse(source, path)):
        length = (node.end_lineno or node.lineno) - node.lineno + 1
        if length > MAX_LINES:
            found[f"{path}:{name}"] = (
                f"{path}:{node.lineno}: {name} has {length} lines (max {MAX_LINES})"
            )
    return found


def test_no_function_is_longer_than_the_limit() -> None:
    found: dict[str, str] = {}
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            found |= too_long(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix())
    new = [message for key, message in found.items() if key not in PENDING]
    assert not new, "split these into named helpers:\n" + "\n".join(new)
    done = [key for key in PENDING if key not in found]
    assert not done, "no longer too long, take them off PENDING: " + ", ".join(done)


def test_a_long_function_is_reported() -> None:
    lines = ["def short():", "    pass", "", "class C:", "    async def long(self):"]
    lines += [f"        x{i} = {i}" for i in range(MAX_LINES - 1)] + ["        return 0"]
    source = "\n".join(lines) + "\n"
    assert too_long(source, "fake.py") == {
        "fake.py:C.long": f"fake.py:5: C.long has {MAX_LINES + 1} lines (max {MAX_LINES})"
    }
