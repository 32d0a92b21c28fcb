"""The TypeScript SDK as its users meet it: a project depending on generated/typescript, checked
by the toolkit's pinned tsc (node_modules/.bin/tsc) with Node's types, and run by node."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from generator.core.paths import GENERATED, ROOT
from generator.sdk.typescript import PACKAGE, TSC

PACKAGE_DIR = GENERATED / "typescript"


def tsc(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the pinned tsc; fail the test when scripts/setup has not installed it."""
    if not TSC.exists():
        pytest.fail("node_modules/.bin/tsc is missing: run scripts/setup")
    return subprocess.run(
        [str(TSC), *args], cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )


def consumer_project(root: Path, files: dict[str, str]) -> Path:
    """An ES-module project in `root` that depends on the generated package (a symlink in its
    node_modules, as `npm install ./generated/typescript` makes), with `files` and a strict
    tsconfig.json (no emit) that includes them. Returns `root`."""
    (root / "node_modules").mkdir(exist_ok=True)
    link = root / "node_modules" / PACKAGE
    if not link.exists():
        link.symlink_to(PACKAGE_DIR, target_is_directory=True)
    (root / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    options = {
        "target": "es2022",
        "lib": ["es2022", "dom"],
        "module": "nodenext",
        "moduleResolution": "nodenext",
        "strict": True,
        "noEmit": True,
        "types": ["node"],
        "typeRoots": [str(ROOT / "node_modules" / "@types")],
    }
    tsconfig = {"compilerOptions": options, "include": sorted(files)}
    (root / "tsconfig.json").write_text(json.dumps(tsconfig), encoding="utf-8")
    for name, source in files.items():
        (root / name).write_text(source, encoding="utf-8")
    return root
