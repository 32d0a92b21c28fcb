"""The versioned reference site (generator/docs/versions.py): each released version keeps its
page in vX.Y.Z/ beside the latest, every page has the version switcher, and the changelog page
prints the released entries as written. Runs on copies of tests/data/diff_base.yaml with a
versions/ folder of their own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import docs, release
from generator.core.spec import Spec, load
from generator.diff import changelog
from tests.release.conftest import edited, save


@pytest.fixture
def site(project: Path, base: Spec, monkeypatch: pytest.MonkeyPatch) -> Path:
    """1.0.0 and 1.1.0 released, 2.0.0 being built; the site generated into site/."""
    versions = project / "versions"
    monkeypatch.setattr(changelog, "VERSIONS", versions)
    spec_path = project / "openapi.yaml"
    release.release(spec_path, None, versions)
    save(spec_path, edited(base, "staging"))
    release.release(spec_path, None, versions)
    save(spec_path, edited(load(spec_path), "drop-link", "2.0.0"))
    docs.generate(load(spec_path), project / "site")
    return project


def _switcher(page: str) -> list[tuple[str, str]]:
    return re.findall(
        r'<li><a href="([^"]+)"(?: aria-current="page")?>Version ([^<]+)</a></li>', page
    )


def test_each_released_version_keeps_its_page_beside_the_latest(site: Path) -> None:
    out = site / "site"
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == ["v1.0.0", "v1.1.0"]
    for version in ("1.0.0", "1.1.0"):
        frozen = (site / "versions" / f"{version}.yaml").read_text(encoding="utf-8")
        assert (out / f"v{version}" / "openapi.yaml").read_text(encoding="utf-8") == frozen
        page = (out / f"v{version}" / "index.html").read_text(encoding="utf-8")
        assert f"<title>skilldeo Platform API {version}: API reference</title>" in page
    old = (out / "v1.0.0" / "index.html").read_text(encoding="utf-8")
    latest = (out / "index.html").read_text(encoding="utf-8")
    assert "getLink" in old and "getLink" not in latest  # each shows its own contract


def test_every_page_has_the_version_switcher(site: Path) -> None:
    out = site / "site"
    root = (out / "index.html").read_text(encoding="utf-8")
    assert _switcher(root) == [
        ("index.html", "2.0.0 (latest)"),
        ("v1.1.0/index.html", "1.1.0"),
        ("v1.0.0/index.html", "1.0.0"),
    ]
    assert '<a href="changelog.html">Changelog</a>' in root
    old = (out / "v1.0.0" / "index.html").read_text(encoding="utf-8")
    assert ("../index.html", "2.0.0 (latest)") in _switcher(old)
    assert '<a href="../v1.0.0/index.html" aria-current="page">Version 1.0.0</a>' in old
    for href, _ in _switcher(old):
        assert (out / "v1.0.0" / href).resolve().is_file(), href


def test_the_changelog_page_prints_the_released_entries(site: Path) -> None:
    page = (site / "site" / "changelog.html").read_text(encoding="utf-8")
    headings = re.findall(r"<h2>([^<]+)</h2>", page)
    assert headings == ["2.0.0 (unreleased)", "1.1.0", "1.0.0"]
    assert "operation-removed" in page and "server-added" in page and "<table>" in page
    assert "<details>" not in page and "<script" not in page
    assert "Content-Security-Policy" in page and 'href="http' not in page
