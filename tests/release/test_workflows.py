"""The workflows under .github/workflows: valid for GitHub, clean under zizmor, and every command
they run is run by this suite too (tests/release/workflows.py runs their steps as written)."""

from __future__ import annotations

import importlib.metadata
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.core.paths import ROOT
from generator.core.spec import Spec, load
from tests.release.conftest import DIFF_BASE, edited, save
from tests.release.workflows import FILES, WORKFLOWS, run_step, step, steps
from tests.release.workflows import load as load_workflow

BIN = Path(sys.executable).parent
# The two commands the suite's own entry point runs: scripts/test *is* the suite, and runs
# scripts/setup first (checked below against scripts/test itself).
THE_SUITE = {"scripts/test", "scripts/setup"}
# Every other command a workflow runs -> the test here that runs that step as written.
RUN_BY = {
    ".venv/bin/skilldeo-api validate": "test_the_validate_and_check_steps_pass",
    ".venv/bin/skilldeo-api check": "test_the_validate_and_check_steps_pass",
    'scripts/pr-diff "origin/$BASE_REF"': "test_the_pr_diff_step_summarises_and_gates",
    '.venv/bin/skilldeo-api check --tag "$TAG"': "test_the_release_tag_step",
    ".venv/bin/python -m build generated/python --outdir dist": (
        "tests/release/test_distribution.py::test_the_sdk_builds_checks_and_installs"
    ),
    ".venv/bin/twine check --strict dist/*": (
        "tests/release/test_distribution.py::test_the_sdk_builds_checks_and_installs"
    ),
}


def test_there_are_the_four_workflows() -> None:
    assert sorted(p.name for p in WORKFLOWS.glob("*.yml")) == sorted(FILES)


def check_jsonschema(*paths: Path) -> subprocess.CompletedProcess[str]:
    args = [str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows"]
    return subprocess.run([*args, *map(str, paths)], capture_output=True, text=True, timeout=120)


def zizmor(path: Path) -> list[dict[str, object]]:
    """zizmor's findings of medium severity or above, offline (no audit needs the network)."""
    args = [str(BIN / "zizmor"), "--offline", "--no-config", "--format", "json"]
    proc = subprocess.run(
        [*args, "--min-severity", "medium", str(path)], capture_output=True, text=True, timeout=120
    )
    assert proc.stdout.strip(), proc.stderr
    findings: list[dict[str, object]] = json.loads(proc.stdout)
    return findings


def test_every_workflow_matches_githubs_workflow_schema() -> None:
    proc = check_jsonschema(*(WORKFLOWS / name for name in FILES))
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_schema_check_can_fail(tmp_path: Path) -> None:
    text = (WORKFLOWS / "pr.yml").read_text(encoding="utf-8")
    broken = tmp_path / "pr.yml"
    broken.write_text(text.replace("    runs-on: ubuntu-24.04\n", ""), "utf-8")
    assert check_jsonschema(WORKFLOWS / "pr.yml").returncode == 0
    proc = check_jsonschema(broken)
    assert proc.returncode == 1, proc.stdout
    assert "'runs-on' is a required property" in proc.stdout


def test_zizmor_finds_nothing_of_medium_severity_or_above() -> None:
    assert zizmor(WORKFLOWS) == []


def test_zizmor_would_catch_an_unpinned_credential_keeping_workflow(tmp_path: Path) -> None:
    text = (WORKFLOWS / "ci.yml").read_text(encoding="utf-8")
    text = re.sub(r"^permissions: \{\}\n", "", text, flags=re.MULTILINE)
    text = re.sub(r"^ +permissions:\n +contents: read\n", "", text, flags=re.MULTILINE)
    text = re.sub(r"actions/checkout@\S+.*", "actions/checkout@v4", text)
    text = text.replace("persist-credentials: false", "fetch-depth: 1")
    folder = tmp_path / ".github" / "workflows"
    folder.mkdir(parents=True)
    (folder / "ci.yml").write_text(text, encoding="utf-8")
    rules = {str(finding["ident"]) for finding in zizmor(folder)}
    assert {"artipacked", "unpinned-uses", "excessive-permissions"} <= rules, rules


def test_every_command_a_workflow_runs_is_run_by_the_suite() -> None:
    commands = {s.run for s in steps()}
    assert commands <= THE_SUITE | set(RUN_BY), sorted(commands - THE_SUITE - set(RUN_BY))
    assert "scripts/setup" in (ROOT / "scripts" / "test").read_text(encoding="utf-8")
    for test in set(RUN_BY.values()):
        module, _, name = test.rpartition("::")
        source = ROOT / module if module else Path(__file__)
        assert f"def {name or test}(" in source.read_text(encoding="utf-8"), test


@pytest.mark.slow
def test_the_validate_and_check_steps_pass(spec: Spec) -> None:
    """On the committed tree: the spec is valid, generated/ current, info.version right."""
    for workflow, name in [("pr.yml", "Validate"), ("pr.yml", "Check"), ("docs.yml", "Check")]:
        proc = run_step(step(workflow, name))
        assert proc.returncode == 0, f"{workflow} {name}:\n{proc.stderr}"


@pytest.mark.slow
def test_the_release_tag_step(spec: Spec) -> None:
    found = step("release.yml", "Check the tag is the released version")
    wrong = run_step(found, env={"TAG": "v0.0.0-not-it"})
    assert wrong.returncode == 1
    assert f"tag v0.0.0-not-it is not info.version {spec.version}" in wrong.stderr
    right = run_step(found, env={"TAG": f"v{spec.version}"})
    released = (ROOT / "versions" / f"{spec.version}.yaml").is_file()
    assert ("tag v" in right.stderr) is False, right.stderr
    assert ("was never released" in right.stderr) is not released, right.stderr


def _git(repo: Path, *args: str) -> None:
    identity = ["-c", "user.name=T", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"]
    subprocess.run(["git", "-C", str(repo), *identity, *args], check=True, capture_output=True)


@pytest.mark.slow
def test_the_pr_diff_step_summarises_and_gates(tmp_path: Path) -> None:
    """A pull request adding a server: unbumped it fails with the diff in the summary; bumped
    it passes."""
    base = load(DIFF_BASE)
    (tmp_path / "scripts").symlink_to(ROOT / "scripts")
    (tmp_path / ".venv").symlink_to(ROOT / ".venv")
    (tmp_path / "openapi.yaml").write_text(base.text, encoding="utf-8")
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", "openapi.yaml")
    _git(tmp_path, "commit", "-q", "-m", "base")
    _git(tmp_path, "update-ref", "refs/remotes/origin/main", "HEAD")
    found = step("pr.yml", "Diff against the base branch")
    for version, code in [(None, 1), ("1.1.0", 0)]:
        save(tmp_path / "openapi.yaml", edited(base, "staging", version))
        summary = tmp_path / f"summary-{code}.md"
        env = {"BASE_REF": "main", "GITHUB_STEP_SUMMARY": str(summary)}
        proc = run_step(found, tmp_path, env)
        assert proc.returncode == code, proc.stderr
        text = summary.read_text(encoding="utf-8")
        assert text.startswith(f"## API changes: {base.version} → {version or base.version}")
        assert "server-added" in text
        assert ("(use 1.1.0)" in text) == (code == 1)


def test_pr_diff_without_a_base_is_a_usage_error() -> None:
    proc = subprocess.run([str(ROOT / "scripts" / "pr-diff")], capture_output=True, text=True)
    assert proc.returncode == 2 and "usage: scripts/pr-diff BASE" in proc.stderr


def test_publishing_uses_trusted_publishing_and_no_stored_token() -> None:
    release = load_workflow("release.yml")
    publish = release["jobs"]["publish"]
    assert publish["permissions"] == {"id-token": "write"}
    assert "secrets" not in yaml.safe_dump(release) and "password" not in yaml.safe_dump(release)
    assert release[True] == {"push": {"tags": ["v*.*.*"]}}  # YAML 1.1 reads `on` as true


def test_zizmor_came_as_a_wheel_with_its_binary_inside() -> None:
    """Installed from PyPI's wheel: nothing is downloaded when the suite sets up or runs."""
    files = importlib.metadata.files("zizmor") or []
    assert any(str(f).endswith("bin/zizmor") for f in files)
    wheel = importlib.metadata.distribution("zizmor").read_text("WHEEL") or ""
    assert "Root-Is-Purelib: false" in wheel or "manylinux" in wheel or "Tag:" in wheel
