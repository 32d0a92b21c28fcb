"""CHANGELOG.md of the SDK: one entry per version, from frozen specs in versions/, reproducible.

The entries are built from variants of tests/data/diff_base.yaml, a frozen copy of openapi.yaml
(conftest.py), since they name what they remove; only the committed changelog and the freeze
check read the live spec.
"""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.core.paths import GENERATED, ROOT
from generator.core.spec import Spec, SpecError, parse
from generator.diff import changelog

Data = dict[str, Any]


def variant(spec: Spec, version: str, edit: str = "") -> Spec:
    """The frozen spec at `version`, optionally without campaignLink or with a staging server."""
    data: Data = copy.deepcopy(spec.data)
    data["info"]["version"] = version
    if "drop-link" in edit:
        del data["paths"]["/svc/campaign/getLink"]
    if "staging" in edit:
        data["servers"].append({"url": "https://staging.skilldeo.com/api/v1"})
    return parse(yaml.safe_dump(data, sort_keys=False), "openapi.yaml")


def freeze(versions: Path, spec: Spec) -> None:
    versions.mkdir(exist_ok=True)
    (versions / f"{spec.version}.yaml").write_text(spec.text, encoding="utf-8")


def entries(text: str) -> list[str]:
    return re.findall(r"^## (.+)$", text, flags=re.MULTILINE)


def test_first_version_lists_every_operation_and_its_sdk_function(
    tmp_path: Path, diff_base: Spec
) -> None:
    text = changelog.render(diff_base, tmp_path / "versions")
    assert entries(text) == [f"{diff_base.version} (unreleased)"]
    assert "First version of the skilldeo Platform API" in text
    for op in diff_base.operations():
        assert f"`{op.method.upper()} {op.path}` ({op.operation_id})" in text
    assert "`api.agent_api.campaign_list`" in text


def test_each_version_diffs_against_the_one_before(tmp_path: Path, diff_base: Spec) -> None:
    versions = tmp_path / "versions"
    freeze(versions, variant(diff_base, "1.0.0"))
    freeze(versions, variant(diff_base, "1.1.0", "staging"))
    current = variant(diff_base, "2.0.0", "staging drop-link")
    text = changelog.render(current, versions)
    assert entries(text) == ["2.0.0 (unreleased)", "1.1.0", "1.0.0"]
    major, minor, first = re.split(r"^## .+$", text, flags=re.MULTILINE)[1:]
    assert "Changes since 1.1.0: a **major** release." in major
    assert "**operation-removed**" in major and "server-added" not in major
    assert "Changes since 1.0.0: a **minor** release." in minor
    assert "**server-added**: server https://staging.skilldeo.com/api/v1 added" in minor
    assert "First version" in first
    assert "Warning" not in text


def test_changes_to_a_released_version_are_unreleased_not_rewritten(
    tmp_path: Path, diff_base: Spec
) -> None:
    versions = tmp_path / "versions"
    freeze(versions, variant(diff_base, "1.0.0"))
    freeze(versions, variant(diff_base, "1.1.0"))
    text = changelog.render(variant(diff_base, "1.1.0", "staging"), versions)
    assert entries(text) == ["Unreleased", "1.1.0", "1.0.0"]
    unreleased, released = re.split(r"^## .+$", text, flags=re.MULTILINE)[1:3]
    assert "server-added" in unreleased and "No API changes since 1.0.0." in released


def test_a_released_spec_gets_no_unreleased_entry(tmp_path: Path, diff_base: Spec) -> None:
    versions = tmp_path / "versions"
    freeze(versions, variant(diff_base, "1.0.0"))
    assert entries(changelog.render(variant(diff_base, "1.0.0"), versions)) == ["1.0.0"]


def test_a_version_that_does_not_reflect_its_changes_is_flagged(
    tmp_path: Path, diff_base: Spec
) -> None:
    versions = tmp_path / "versions"
    freeze(versions, variant(diff_base, "1.0.0"))
    text = changelog.render(variant(diff_base, "1.0.1", "drop-link"), versions)
    assert "> Warning: these changes need a major release, so at least 2.0.0" in text


def test_write_is_byte_identical_on_rerun(tmp_path: Path, diff_base: Spec) -> None:
    versions = tmp_path / "versions"
    freeze(versions, variant(diff_base, "1.0.0"))
    current = variant(diff_base, "1.1.0", "staging")
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        changelog.write(current, tmp_path / name, versions)
    one, two = (tmp_path / name / "CHANGELOG.md" for name in ("one", "two"))
    assert one.read_bytes() == two.read_bytes()
    assert one.read_text(encoding="utf-8").startswith("<!-- Generated from openapi.yaml")


@pytest.mark.parametrize(
    ("file", "version", "current", "problem"),
    [
        ("1.0.yaml", "1.0.0", "1.1.0", "named <info.version>.yaml"),
        ("banana.yaml", "banana", "1.1.0", "named <info.version>.yaml"),
        ("3.0.0.yaml", "3.0.0", "1.1.0", "frozen version 3.0.0 is newer than 1.1.0"),
    ],
)
def test_bad_frozen_versions_are_build_errors(
    tmp_path: Path, diff_base: Spec, file: str, version: str, current: str, problem: str
) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / file).write_text(variant(diff_base, version).text, encoding="utf-8")
    with pytest.raises(SpecError, match=re.escape(problem)):
        changelog.render(variant(diff_base, current), versions)


def test_the_committed_changelog_is_up_to_date(spec: Spec) -> None:
    committed = GENERATED / "python" / changelog.FILE
    assert committed.read_text(encoding="utf-8") == changelog.render(spec)


def _committed_versions() -> set[str]:
    """Every info.version openapi.yaml has had in this repository's history."""
    git = ["git", "-C", str(ROOT)]
    log = subprocess.run(
        [*git, "log", "--format=%H", "--", "openapi.yaml"], capture_output=True, text=True
    )
    found: set[str] = set()
    for commit in log.stdout.split():
        text = subprocess.run(
            [*git, "show", f"{commit}:openapi.yaml"], capture_output=True, text=True
        ).stdout
        match = re.search(
            r"^info:\n(?:[ #].*\n)*?  version: *['\"]?([^'\"\s]+)", text, re.MULTILINE
        )
        if match:
            found.add(match[1])
    return found


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="no git")
def test_every_released_version_is_frozen(spec: Spec) -> None:
    """A version raised in git without freezing the old spec would drop it from the changelog."""
    released = _committed_versions() - {spec.version}
    frozen = {s.version for s in changelog.frozen()}
    assert released <= frozen, (
        f"freeze these in versions/ (see docs/diff.md): {sorted(released - frozen)}"
    )
