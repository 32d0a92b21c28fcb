"""The build: run every generator into generated/, or check that generated/ is up to date.

Each target is a function `generate(spec, out_dir)` that writes one folder under generated/ and
nothing else. `generate` writes the targets into a scratch folder first; asked to, it then proves
the Python samples the docs print by type-checking them against the SDK just generated
(`sdk.samplecheck`), and leaves generated/ alone if one fails. `check` runs them all into a
scratch folder and compares it file by file with the committed tree, so a stale, missing or extra
file is named.
"""

from __future__ import annotations

import filecmp
import importlib
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from rich.console import Console

from generator.core.paths import GENERATED
from generator.core.spec import Spec

Generate = Callable[[Spec, Path], None]

# folder under generated/ -> "module:function"; each job adds its own line.
TARGETS: dict[str, str] = {}
TARGETS["python"] = "generator.sdk:generate"
TARGETS["typescript"] = "generator.sdk:generate_typescript"
TARGETS["docs"] = "generator.docs:generate"
# The target that writes the SDK, and those that print Python samples calling it.
SDK_TARGET = "python"
SAMPLE_TARGETS = frozenset({"docs"})

out = Console(stderr=True, highlight=False)


def target(name: str) -> Generate:
    module, _, func = TARGETS[name].partition(":")
    fn: Generate = getattr(importlib.import_module(module), func)
    return fn


def generate(
    spec: Spec,
    names: list[str] | None = None,
    root: Path = GENERATED,
    *,
    check_samples: bool = False,
) -> list[str]:
    """Regenerate the named targets (all by default) from scratch under `root`.

    With `check_samples`, the Python samples of the targets that print them are type-checked
    against the SDK first (generated for the check alone when it is not among `names`). The
    problems are returned, one line each, and then nothing under `root` is touched.
    """
    names = names or list(TARGETS)
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        for name in names:
            out.print(f"generate: {name} -> {root / name}")
            (fresh / name).mkdir()
            target(name)(spec, fresh / name)
        problems = _sample_problems(spec, fresh, names) if check_samples else []
        if problems:
            return problems
        for name in names:
            dest = root / name
            if dest.exists():
                shutil.rmtree(dest)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(fresh / name, dest)
    return []


def _sample_problems(spec: Spec, fresh: Path, names: list[str]) -> list[str]:
    """The samples that do not type-check against the SDK generated under `fresh`."""
    if not SAMPLE_TARGETS.intersection(names):
        return []
    from generator.docs.samples import python_samples
    from generator.sdk import samplecheck

    sdk = fresh / SDK_TARGET
    if SDK_TARGET not in names:
        sdk = fresh / f"_{SDK_TARGET}_for_samples"
        sdk.mkdir()
        target(SDK_TARGET)(spec, sdk)
    samples = python_samples(spec)
    try:
        problems = samplecheck.problems(spec, sdk, samples)
    except samplecheck.SampleCheckError as exc:
        return [f"{spec.name}: {samplecheck.RULE}: {exc}"]
    if not problems:
        out.print(f"samples: {len(samples)} Python samples type-check against the SDK")
    return problems


def _tree(root: Path) -> set[str]:
    """Files under root, leaving out caches and the egg-info an editable install leaves behind."""
    ignored = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
    files: set[str] = set()
    for path in root.rglob("*"):
        parts = path.relative_to(root).parts
        cached = ignored.intersection(parts) or any(p.endswith(".egg-info") for p in parts)
        if path.is_file() and not cached:
            files.add(str(path.relative_to(root)))
    return files


def stale(spec: Spec, root: Path = GENERATED) -> list[str]:
    """Paths under `root` that differ from a fresh generation: changed, missing or extra."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh_root = Path(scratch)
        for name in TARGETS:
            fresh = fresh_root / name
            fresh.mkdir()
            target(name)(spec, fresh)
            have = root / name
            want_files = _tree(fresh)
            have_files = _tree(have) if have.exists() else set()
            for rel in sorted(want_files | have_files):
                shown = f"{root.name}/{name}/{rel}"
                if rel not in have_files:
                    problems.append(f"{shown}: missing")
                elif rel not in want_files:
                    problems.append(f"{shown}: not generated from the spec (extra file)")
                elif not filecmp.cmp(fresh / rel, have / rel, shallow=False):
                    problems.append(f"{shown}: out of date")
    return problems
