"""`skilldeo-api release` and the version gate of `check` (generator/release/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator import release
from generator.cli import app
from generator.core.spec import Spec, load
from generator.diff import changelog
from tests.release.conftest import edited, save


def test_the_first_release_freezes_the_spec_and_writes_its_entries(
    project: Path, base: Spec
) -> None:
    versions = project / "versions"
    done = release.release(project / "openapi.yaml", None, versions)
    assert (done.version, done.previous, done.bump) == (base.version, None, "first")
    assert (versions / f"{base.version}.yaml").read_text(encoding="utf-8") == base.text
    for language in changelog.LANGUAGES:
        kept = changelog.kept(base.version, language, versions)
        assert kept is not None and kept.startswith(f"## {base.version}\n\nFirst version")
    assert release.problems(load(project / "openapi.yaml"), versions) == []


def test_an_unbumped_addition_fails_the_gate_naming_the_version(project: Path, base: Spec) -> None:
    versions = project / "versions"
    release.release(project / "openapi.yaml", None, versions)
    spec = load(save(project / "openapi.yaml", edited(base, "staging")))
    [problem] = release.problems(spec, versions)
    assert f"info.version {base.version} does not reflect the changes since release" in problem
    assert "they need a minor release, so use 1.1.0 (`skilldeo-api release 1.1.0`)" in problem
    assert "server-added" in problem and problem.startswith(f"{spec.name}:")
    line = int(problem.split(":")[1])
    assert spec.text.splitlines()[line - 1].strip().startswith("version:")


@pytest.mark.parametrize(("edit", "version"), [("staging", "1.1.0"), ("drop-link", "2.0.0")])
def test_a_bumped_change_passes_the_gate(
    project: Path, base: Spec, edit: str, version: str
) -> None:
    versions = project / "versions"
    release.release(project / "openapi.yaml", None, versions)
    spec = load(save(project / "openapi.yaml", edited(base, edit, version)))
    assert release.problems(spec, versions) == []


def test_a_breaking_change_labelled_minor_fails_the_gate(project: Path, base: Spec) -> None:
    versions = project / "versions"
    release.release(project / "openapi.yaml", None, versions)
    spec = load(save(project / "openapi.yaml", edited(base, "drop-link", "1.1.0")))
    [problem] = release.problems(spec, versions)
    assert "they need a major release, so use 2.0.0" in problem
    assert "1 breaking (operation-removed: campaignLink" in problem


def test_release_sets_the_version_line_only_and_regates_clean(project: Path, base: Spec) -> None:
    versions = project / "versions"
    spec_path = project / "openapi.yaml"
    release.release(spec_path, None, versions)
    before = save(spec_path, edited(base, "staging")).read_text(encoding="utf-8")
    done = release.release(spec_path, None, versions)
    after = spec_path.read_text(encoding="utf-8")
    assert (done.version, done.previous, done.bump) == ("1.1.0", base.version, "minor")
    changed = [
        (a, b) for a, b in zip(before.splitlines(), after.splitlines(), strict=True) if a != b
    ]
    assert [b.strip() for _, b in changed] == ["version: 1.1.0"]
    assert (versions / "1.1.0.yaml").read_text(encoding="utf-8") == after
    entry = changelog.kept("1.1.0", "python", versions)
    assert entry is not None and "Changes since 1.0.0: a **minor** release." in entry
    assert release.problems(load(spec_path), versions) == []


@pytest.mark.parametrize(
    ("asked", "problem"),
    [
        (
            "1.0.1",
            "1.0.1 does not carry the changes since 1.0.0: they need a major release, so use",
        ),
        ("1.1.0", "they need a major release, so use 2.0.0"),
        ("1.0.0", "1.0.0 is not newer than the last release, 1.0.0"),
        ("2.0", "'2.0' is not a version: use MAJOR.MINOR.PATCH"),
        ("v2.0.0", "'v2.0.0' is not a version"),
    ],
)
def test_a_wrong_version_is_refused_and_nothing_is_written(
    project: Path, base: Spec, asked: str, problem: str
) -> None:
    versions = project / "versions"
    release.release(project / "openapi.yaml", None, versions)
    spec_path = save(project / "openapi.yaml", edited(base, "drop-link"))
    text = spec_path.read_text(encoding="utf-8")
    listing = sorted(versions.rglob("*"))
    with pytest.raises(release.ReleaseError, match=problem.replace("(", r"\(")):
        release.release(spec_path, asked, versions)
    assert spec_path.read_text(encoding="utf-8") == text
    assert sorted(versions.rglob("*")) == listing


def test_nothing_to_release(project: Path) -> None:
    versions = project / "versions"
    release.release(project / "openapi.yaml", None, versions)
    with pytest.raises(release.ReleaseError, match="nothing to release: no API changes since"):
        release.release(project / "openapi.yaml", None, versions)


def test_a_released_version_is_never_released_again(project: Path, base: Spec) -> None:
    versions = project / "versions"
    (versions / "changelog" / "python").mkdir(parents=True)
    changelog.entry_path(base.version, "python", versions).write_text("kept\n", encoding="utf-8")
    with pytest.raises(release.ReleaseError, match="is released already"):
        release.release(project / "openapi.yaml", None, versions)
    assert changelog.kept(base.version, "python", versions) == "kept\n"


def test_a_released_entry_survives_a_rebuild_byte_for_byte(
    project: Path, base: Spec, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The diff's wording may change later; what a release said stays as it was written."""
    versions = project / "versions"
    spec_path = project / "openapi.yaml"
    release.release(spec_path, None, versions)
    save(spec_path, edited(base, "staging"))
    release.release(spec_path, None, versions)
    kept = {lang: changelog.kept("1.1.0", lang, versions) for lang in changelog.LANGUAGES}
    monkeypatch.setattr(changelog, "markdown_changes", lambda changes, level=3: ["reworded", ""])
    spec = load(spec_path)
    for language, entry in kept.items():
        assert entry is not None and "server-added" in entry
        text = changelog.render(spec, versions, language)
        assert entry in text and "reworded" not in text
        out = project / language
        out.mkdir()
        changelog.write(spec, out, versions, language=language)
        assert entry.encode() in (out / changelog.FILE).read_bytes()


def test_unreleased_changes_get_their_own_entry_above_the_released_ones(
    project: Path, base: Spec
) -> None:
    versions = project / "versions"
    release.release(project / "openapi.yaml", None, versions)
    unbumped = changelog.render(
        load(save(project / "openapi.yaml", edited(base, "staging"))), versions
    )
    assert unbumped.index("## Unreleased") < unbumped.index(f"## {base.version}\n")
    bumped = load(save(project / "openapi.yaml", edited(base, "staging", "1.1.0")))
    assert "## 1.1.0 (unreleased)" in changelog.render(bumped, versions)


def test_a_frozen_version_without_its_entry_is_a_gate_problem(project: Path, base: Spec) -> None:
    versions = project / "versions"
    (versions / f"{base.version}.yaml").write_text(base.text, encoding="utf-8")
    problems = release.problems(base, versions)
    assert len(problems) == len(changelog.LANGUAGES)
    assert f"versions/{base.version}.yaml: version: no changelog entry in" in problems[0]


def test_cli_release_refuses_a_bad_version_without_a_traceback(project: Path) -> None:
    result = CliRunner().invoke(app, ["release", "banana", "--spec", str(project / "openapi.yaml")])
    assert result.exit_code == 1
    assert "release: 'banana' is not a version" in result.stderr
    assert "Traceback" not in result.output


def test_the_live_spec_passes_its_gate_or_names_the_release_to_make(spec: Spec) -> None:
    """Whatever openapi.yaml holds today, the gate either passes or says what to release."""
    for problem in release.problems(spec):
        assert "`skilldeo-api release " in problem or "no changelog entry" in problem


def test_cli_release_freezes_then_regenerates_from_the_released_spec(
    project: Path, base: Spec, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI's wiring: validate, release, then regenerate everything from the new version."""
    from generator import build

    versions = project / "versions"
    monkeypatch.setattr(changelog, "VERSIONS", versions)
    release.release(project / "openapi.yaml", None, versions)
    save(project / "openapi.yaml", edited(base, "staging"))
    built: list[tuple[str, list[str] | None, bool]] = []

    def generate(
        spec: Spec, names: list[str] | None = None, *, check_samples: bool = False
    ) -> list[str]:
        built.append((spec.version, names, check_samples))
        return []

    monkeypatch.setattr(build, "generate", generate)
    result = CliRunner().invoke(app, ["release", "--spec", str(project / "openapi.yaml")])
    assert result.exit_code == 0, result.output
    assert "release: 1.0.0 -> 1.1.0 (minor); wrote" in result.stderr
    assert built == [("1.1.0", None, True)]
    assert (versions / "1.1.0.yaml").is_file()
    released = load(project / "openapi.yaml")
    assert release.problems(released) == release.tag_problems(released, "v1.1.0") == []
    assert release.tag_problems(released, "v1.0.0")[0].endswith(
        "tag v1.0.0 is not info.version 1.1.0 (tag v1.1.0)"
    )


def test_a_spec_of_another_api_has_no_releases_here(project: Path, base: Spec) -> None:
    """A test's small spec (another info.title, any version) is no release of this API."""
    versions = project / "versions"
    release.release(project / "openapi.yaml", None, versions)
    other = edited(base, "docs", "0.1.0")
    other["info"]["title"] = "Tiny API"
    spec = load(save(project / "tiny.yaml", other))
    assert changelog.last_release(spec, versions) is None
    assert "## 0.1.0 (unreleased)" in changelog.render(spec, versions)
    [problem] = release.problems(spec, versions)
    assert "versions/ holds releases of skilldeo Platform API, not of 'Tiny API'" in problem


def test_a_spec_file_has_the_releases_beside_it(project: Path, base: Spec) -> None:
    """A spec's releases are the versions/ beside its file: a copy elsewhere (a branch checked
    out into another folder, a test's project) never reads the project's own releases."""
    copy = load(project / "openapi.yaml")
    assert changelog.versions_for(copy) == (project / "versions").resolve()
    assert changelog.released(copy) == []
    release.release(project / "openapi.yaml")  # no versions argument: the folder beside it
    assert [s.version for s in changelog.released(load(project / "openapi.yaml"))] == [base.version]
    from_memory = Spec(name="pasted.yaml", text=base.text, data=base.data)
    assert changelog.versions_for(from_memory) == changelog.VERSIONS
