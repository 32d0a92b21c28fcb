"""`fuzz --workers 2`: the CPython ast.parse race (gh-106905) and our guard against it."""

from __future__ import annotations

import ast
import gc
import inspect
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.fuzz.threads import AST_PARSE_RACES, UNGUARDED, guard_ast_parse

SOURCE = inspect.getsource(ast)  # big enough that a collection lands inside the conversion
# Unguarded, one parse per thread already fails 29 times in 30 here; the rounds make it certain.
PARSES, ROUNDS = 5, 3
SKILLDEO_API = Path(sys.executable).with_name("skilldeo-api")


def _yield_gil(_phase: str, _info: dict[str, Any]) -> None:
    time.sleep(0)  # a collection running Python code lets another thread in, as finalisers do


@pytest.fixture
def busy_collector() -> Iterator[None]:
    """Collections often enough to fall inside every parse, each handing the GIL over."""
    threshold = gc.get_threshold()
    gc.callbacks.append(_yield_gil)
    gc.set_threshold(50)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.callbacks.remove(_yield_gil)


def race(parse: Callable[[str], ast.AST]) -> list[SystemError]:
    """Two threads parsing at once, round after round until one fails or ROUNDS pass."""
    errors: list[SystemError] = []

    def work() -> None:
        try:
            for _ in range(PARSES):
                parse(SOURCE)
        except SystemError as exc:
            errors.append(exc)

    for _ in range(ROUNDS):
        threads = [threading.Thread(target=work) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if errors:
            break
    return errors


@pytest.mark.skipif(not AST_PARSE_RACES, reason="this interpreter has the gh-106905 fix")
@pytest.mark.usefixtures("busy_collector")
def test_unguarded_ast_parse_races_on_this_interpreter() -> None:
    """The bug the guard exists for, so that the test below can tell it works."""
    errors = race(UNGUARDED)
    assert errors, "two threads parsed without the recursion depth mismatch"
    assert "AST constructor recursion depth mismatch" in str(errors[0])


@pytest.mark.slow
@pytest.mark.usefixtures("busy_collector")
def test_guarded_ast_parse_does_not_race() -> None:
    guard_ast_parse()
    assert race(ast.parse) == []


def test_the_guard_is_installed_once_and_parses_the_same() -> None:
    guard_ast_parse()
    first = ast.parse
    guard_ast_parse()
    assert ast.parse is first
    assert (ast.parse is not UNGUARDED) is AST_PARSE_RACES
    source = "f(lambda x: x + 1, [1, {'a': (2,)}])"
    assert ast.dump(ast.parse(source)) == ast.dump(UNGUARDED(source))
    assert ast.literal_eval("[1, {'a': (2,)}]") == [1, {"a": (2,)}]


@pytest.mark.slow
def test_two_workers_against_the_bundled_mock_pass_every_phase() -> None:
    """A fresh process, as a user runs it: nothing parsed yet, so the coverage phase's first
    lambda descriptions happen on both worker threads at once (before the guard, 3 runs in 4
    lost an operation to a Runtime Error here)."""
    proc = subprocess.run(
        [str(SKILLDEO_API), "fuzz", "--workers", "2", "--max-examples", "10", "--seed", "3"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    for phase in ("examples", "coverage", "fuzzing", "stateful"):
        assert f"{phase} success:" in output, output
    assert "AST constructor recursion depth mismatch" not in output
    assert "0 distinct failure(s) in 0 check(s)" in output
    assert "error(s)" not in output, output
