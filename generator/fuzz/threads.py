"""`--workers` above 1 on a CPython whose `ast.parse` is not thread-safe.

CPython before 3.11.8 (and 3.12.0-3.12.1) counts the depth of the AST it converts to Python
objects in one interpreter-wide counter (gh-106905, fixed by python/cpython#113035). When a
garbage collection in the middle of one `ast.parse` runs Python code, another thread can take
the GIL and parse too; both move the shared counter and one of them fails with
`SystemError: AST constructor recursion depth mismatch`. Hypothesis parses source to describe and
rewrite the lambdas schemathesis filters its strategies with, so with two or more workers the
coverage phase now and then loses an operation to that error (plain `st run --workers 2` too).

The only shared state is that counter and only `ast.parse` (through `compile(..., PyCF_ONLY_AST)`)
touches it, so one lock around `ast.parse` removes the race. Hypothesis, schemathesis and
`ast.literal_eval` all call it through the module attribute, which is what gets wrapped. The lock
is re-entrant because a collection inside a parse may run a finaliser that parses again on the
same thread. Parses are rare (Hypothesis caches them), so the serialisation costs nothing
measurable.
"""

from __future__ import annotations

import ast
import sys
import threading
from collections.abc import Callable
from typing import Any

# Interpreters that still share the counter between threads.
AST_PARSE_RACES = sys.version_info[:3] < (3, 11, 8) or (3, 12) <= sys.version_info[:3] < (3, 12, 2)

_LOCK = threading.RLock()
UNGUARDED: Callable[..., ast.AST] = ast.parse


def _guarded_parse(*args: Any, **kwargs: Any) -> ast.AST:
    with _LOCK:
        return UNGUARDED(*args, **kwargs)


def guard_ast_parse() -> None:
    """Serialise `ast.parse` across threads where the interpreter needs it; idempotent."""
    if AST_PARSE_RACES and ast.parse is not _guarded_parse:
        ast.parse = _guarded_parse  # type: ignore[assignment]
