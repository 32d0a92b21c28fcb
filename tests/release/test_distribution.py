"""The Python SDK as a distribution: release.yml's build and `twine check` steps run as written,
and the wheel and the sdist install into fresh virtualenvs."""

from __future__ import annotations

import email
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from generator.core.paths import GENERATED, ROOT
from generator.core.spec import Spec
from generator.sdk import distribution
from tests.release.workflows import run_step, step


def _project(tmp_path: Path) -> Path:
    """A folder laid out as the checkout the workflow runs in: .venv and generated/python."""
    work = tmp_path / "work"
    ignore = shutil.ignore_patterns("*.egg-info", "__pycache__", ".mypy_cache", "build", "dist")
    shutil.copytree(GENERATED / "python", work / "generated" / "python", ignore=ignore)
    (work / ".venv").symlink_to(ROOT / ".venv")
    return work


def _fresh_venv(where: Path, target: Path) -> str:
    """Install `target` into a new virtualenv and return what importing the SDK prints."""
    subprocess.run([sys.executable, "-m", "venv", str(where)], check=True, timeout=300)
    python = str(where / "bin" / "python")
    pip = [python, "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run([*pip, str(target)], check=True, timeout=600, capture_output=True)
    code = "import skilldeo_client as s; print(s.__version__, s.Skilldeo.__name__)"
    out = subprocess.run([python, "-c", code], check=True, capture_output=True, text=True)
    return out.stdout.strip()


@pytest.mark.slow
def test_the_sdk_builds_checks_and_installs(tmp_path: Path, spec: Spec) -> None:
    work = _project(tmp_path)
    for name in ["Build the wheel and sdist", "Check the distributions"]:
        proc = run_step(step("release.yml", name), work)
        assert proc.returncode == 0, f"{name}:\n{proc.stdout}\n{proc.stderr}"
        assert name != "Check the distributions" or proc.stdout.count("PASSED") == 2
    [wheel] = (work / "dist").glob("*.whl")
    [sdist] = (work / "dist").glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {Path(n).name for n in archive.getnames()}
    assert {"CHANGELOG.md", "LICENSE", "README.md", "pyproject.toml"} <= names
    with zipfile.ZipFile(wheel) as archive:
        [meta] = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = email.message_from_bytes(archive.read(meta))
    dist = distribution.metadata(spec)
    assert metadata["License-Expression"] == dist.license
    assert metadata["Author-email"] and metadata.get_all("Project-URL")
    assert f"Development Status :: {dist.status}" in (metadata.get_all("Classifier") or [])
    description = str(metadata.get_payload())
    assert "checkout" not in description and f"pip install skilldeo-client=={spec.version}" in (
        description
    )
    expected = f"{metadata['Version']} Skilldeo"
    assert _fresh_venv(tmp_path / "venv-wheel", wheel) == expected
    assert _fresh_venv(tmp_path / "venv-sdist", sdist) == expected
