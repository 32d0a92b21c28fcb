"""Prove the Python samples at build time: mypy --strict on every snippet, against the fresh SDK.

A sample that would not run as printed (a string where the SDK wants a `datetime`, a missing
argument, a class the SDK does not have) fails the build with one line per operation,
`openapi.yaml:LINE: sample: OPERATION_ID: Python sample line N: first error`, LINE being the
operation's. All snippets go to one mypy process, with the SDK just generated first on its path
(MYPYPATH) and imports from it followed silently: only the snippets' own errors count, the SDK
has its own checks.

mypy's cache lives in the user's temp folder (`skilldeo-mypy-<uid>`, private to the user, as
jinja keeps the docs' compiled templates), so a rebuild only re-reads what changed: the standard
library, httpx and attrs are analysed once. A folder that is not safely ours is not used; the
check then runs without a warm cache, slower but the same. Runs sharing the cache take turns.
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path

from generator.core.spec import Spec

__all__ = ["SampleCheckError", "problems"]

RULE = "sample"
# mypy's own settings only: no project or user config is read (the config file given is empty).
FLAGS = [
    "--strict",
    "--follow-imports=silent",
    "--no-error-summary",
    "--hide-error-context",
    "--no-pretty",
    "--no-color-output",
    "--show-error-codes",
]
_ERROR = re.compile(r"^(?P<module>sample_\d+)\.py:(?P<line>\d+): error: (?P<message>.*)$")


class SampleCheckError(RuntimeError):
    """mypy could not check the samples at all (not installed, or it crashed)."""


def problems(spec: Spec, sdk: Path, samples: dict[str, str]) -> list[str]:
    """One line per sample (operationId -> code) that mypy --strict rejects when `sdk`, the folder
    holding the package skilldeo_client, is on its path; [] when all type-check."""
    if not samples:
        return []
    with tempfile.TemporaryDirectory(prefix="skilldeo-samples-") as scratch:
        root = Path(scratch)
        modules: dict[str, str] = {}
        for i, (operation_id, code) in enumerate(samples.items()):
            module = f"sample_{i}"
            (root / f"{module}.py").write_text(code, encoding="utf-8")
            modules[module] = operation_id
        errors = _first_errors(_mypy(root, sdk, sorted(modules)))
    found = []
    for module, operation_id in modules.items():
        if module in errors:
            pointer = spec.operation(operation_id).pointer
            found.append(str(spec.error(pointer, RULE, f"{operation_id}: {errors[module]}")))
    return found


def _first_errors(output: str) -> dict[str, str]:
    """Sample module -> its first error, as `Python sample line N: message [code]`."""
    first: dict[str, str] = {}
    for line in output.splitlines():
        match = _ERROR.match(line)
        if match and match["module"] not in first:
            message = re.sub(r"\s+\[", " [", match["message"].strip())
            first[match["module"]] = f"Python sample line {match['line']}: {message}"
    return first


def _mypy(root: Path, sdk: Path, modules: list[str]) -> str:
    try:
        version = metadata.version("mypy")
    except metadata.PackageNotFoundError:
        raise SampleCheckError(
            f"mypy is needed to type-check the Python samples; install it into {sys.prefix}"
        ) from None
    config = root / "mypy.ini"
    config.write_text("[mypy]\n", encoding="utf-8")
    files = [f"{module}.py" for module in modules]
    with _cache(root, version) as cache:
        options = [f"--config-file={config}", f"--cache-dir={cache}", *FLAGS]
        proc = subprocess.run(
            [sys.executable, "-m", "mypy", *options, *files],
            cwd=root,
            env={**os.environ, "MYPYPATH": str(sdk.resolve())},
            capture_output=True,
            text=True,
            check=False,
        )
    errors = [line for line in proc.stdout.splitlines() if _ERROR.match(line)]
    if proc.returncode not in (0, 1) or (proc.returncode == 1 and not errors):
        detail = (proc.stderr or proc.stdout).strip().splitlines() or [f"exit {proc.returncode}"]
        raise SampleCheckError(f"mypy could not check the Python samples: {detail[-1]}")
    return proc.stdout


def _private_dir(path: Path) -> bool:
    """Whether `path` is a real folder of this user that nobody else may write to."""
    try:
        path.mkdir(mode=0o700, exist_ok=True)
        info = os.lstat(path)
    except OSError:
        return False
    owner = getattr(os, "getuid", lambda: info.st_uid)()
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == owner
        and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    )


@contextmanager
def _cache(scratch: Path, version: str) -> Iterator[str]:
    """mypy's cache folder, held for this run: the user's persistent one when it is safe to use,
    else a throwaway one in `scratch`."""
    user = getattr(os, "getuid", lambda: "user")()
    shared = Path(tempfile.gettempdir()) / f"skilldeo-mypy-{user}"
    if not _private_dir(shared):
        yield str(scratch / ".mypy_cache")
        return
    cache = shared / f"mypy-{version}"
    try:
        import fcntl
    except ImportError:  # no flock (Windows): runs do not share the cache
        yield str(scratch / ".mypy_cache")
        return
    with open(shared / "lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield str(cache)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
