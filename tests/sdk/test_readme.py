"""The SDK README's Python examples type-check (mypy --strict) against the committed SDK.

Each ```python block becomes the body of an `async def` (so `await` and `async for` are allowed),
after a preamble that declares the names the README takes as given: an authenticated `client`
and `async_client`, a `page` of the first paged operation, and an otp callable.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.core.paths import GENERATED, ROOT
from generator.sdk.analysis import analyse
from tests.support.contract import current

SDK = GENERATED / "python"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def readme_blocks() -> list[str]:
    return BLOCK.findall((SDK / "README.md").read_text(encoding="utf-8"))


def program(blocks: list[str]) -> str:
    paged = analyse(current()).paged[0].endpoint.response
    assert paged is not None
    preamble = [
        "import skilldeo_client",
        "from skilldeo_client import AsyncSkilldeo, Skilldeo",
        f"from skilldeo_client.models import {paged.cls}",
        "",
        "client: Skilldeo",
        "async_client: AsyncSkilldeo",
        f"page: {paged.cls}",
        "",
        "",
        "def read_code_from_mailbox() -> str:",
        '    return "000000"',
    ]
    bodies = [
        f"\n\nasync def example_{i}() -> None:\n{textwrap.indent(block, '    ')}"
        for i, block in enumerate(blocks)
    ]
    return "\n".join(preamble) + "".join(bodies) + "\n"


def test_the_readme_has_python_examples_for_each_feature() -> None:
    code = "\n".join(readme_blocks())
    for feature in ("with_raw_response", "with_options", "iter_", "page_", "relogin=True", "UNSET"):
        assert feature in code, feature


@pytest.mark.slow
def test_the_readme_examples_pass_mypy_strict(tmp_path: Path) -> None:
    source = tmp_path / "readme_examples.py"
    source.write_text(program(readme_blocks()), encoding="utf-8")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--config-file=",
            "--follow-imports=silent",
            str(source),
        ],
        env={**os.environ, "MYPYPATH": str(SDK)},
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.slow
def test_the_readme_examples_pass_pyright_strict(tmp_path: Path) -> None:
    """pyright strict too; the snippets assign names only to show them, so `unused` is off."""
    (tmp_path / "readme_examples.py").write_text(program(readme_blocks()), encoding="utf-8")
    (tmp_path / "pyrightconfig.json").write_text(
        json.dumps(
            {
                "typeCheckingMode": "strict",
                "pythonVersion": "3.11",
                "include": ["readme_examples.py"],
                "extraPaths": [str(SDK)],
                "reportUnusedVariable": False,
                "reportUnusedImport": False,
            }
        ),
        encoding="utf-8",
    )
    pyright = ROOT / "node_modules" / ".bin" / "pyright"
    run = subprocess.run(
        [str(pyright), "--pythonpath", sys.executable],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0 and "0 errors" in run.stdout, f"pyright: {run.stdout}{run.stderr}"
