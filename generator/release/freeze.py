"""`skilldeo-api release [VERSION]`: freeze the spec as a released version, once.

It checks everything before it writes anything: VERSION (by default the one the diff suggests
against the last release) must be MAJOR.MINOR.PATCH, newer than the last release, not released
already, and carry the bump the changes need. Then it sets info.version in the spec (editing
that one line, so comments and layout stay), freezes the spec as `versions/<VERSION>.yaml` and
writes the version's changelog entry for each SDK; those files are never rewritten afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from generator.core.spec import Spec, load, parse
from generator.diff import changelog
from generator.diff.report import Report, diff, parse_version, reflects


class ReleaseError(Exception):
    """The release cannot be made as asked; nothing was written."""


@dataclass(frozen=True)
class Released:
    """What a release wrote."""

    version: str
    previous: str | None
    bump: str
    files: list[Path]


_VERSION_VALUE = re.compile(r"^(?P<key>\s*version:\s*)(?P<value>['\"]?[^'\"\s#]+['\"]?)")


def with_version(spec: Spec, version: str) -> str:
    """The spec's text with info.version set to `version`, everything else as it was."""
    lines = spec.text.splitlines(keepends=True)
    index = spec.line_of("/info/version") - 1
    match = _VERSION_VALUE.match(lines[index]) if "/info/version" in spec.lines else None
    if match is None:
        raise ReleaseError(f"{spec.name}: info.version is not a `version:` line to edit")
    value = match["value"]
    quote = value[0] if value[0] in "'\"" else ""
    lines[index] = f"{match['key']}{quote}{version}{quote}{lines[index][match.end() :]}"
    text = "".join(lines)
    if parse(text, spec.name).version != version:
        raise ReleaseError(f"{spec.name}: could not set info.version to {version}")
    return text


def _checked(version: str) -> tuple[int, int, int]:
    parsed = parse_version(version)
    if parsed is None or not re.fullmatch(r"\d+\.\d+\.\d+", version):
        raise ReleaseError(f"{version!r} is not a version: use MAJOR.MINOR.PATCH, e.g. 1.1.0")
    return parsed


def _target(spec: Spec, last: Spec | None, report: Report | None, version: str | None) -> str:
    """The version to release, checked against the last release and the changes since."""
    if version is not None:
        _checked(version)
    if last is None or report is None:
        target = version or spec.version
        _checked(target)
        return target
    if not report.changes and spec.version == last.version:
        raise ReleaseError(f"nothing to release: no API changes since {last.version}")
    target = version or report.suggested_version
    if _checked(target) <= _checked(last.version):
        raise ReleaseError(f"{target} is not newer than the last release, {last.version}")
    if not reflects(report.bump, last.version, target):
        raise ReleaseError(
            f"{target} does not carry the changes since {last.version}: they need a "
            f"{report.bump} release, so use {report.suggested_version}"
        )
    return target


def release(spec_path: Path, version: str | None = None, versions: Path | None = None) -> Released:
    """Freeze the spec at `spec_path` as `version`; see the module's docstring."""
    spec = load(spec_path)
    versions = versions or changelog.versions_for(spec)
    last = changelog.last_release(spec, versions)
    report = diff(last, spec) if last is not None else None
    target = _target(spec, last, report, version)
    frozen_file = versions / f"{target}.yaml"
    entries = {lang: changelog.entry_path(target, lang, versions) for lang in changelog.LANGUAGES}
    for path in [frozen_file, *entries.values()]:
        if path.exists():
            raise ReleaseError(f"{target} is released already ({path} exists); never rewrite it")
    text = with_version(spec, target) if target != spec.version else spec.text
    new = parse(text, spec.name)
    final = diff(last, new) if last is not None else None
    if text != spec.text:
        spec_path.write_text(text, encoding="utf-8")
    versions.mkdir(parents=True, exist_ok=True)
    frozen_file.write_text(text, encoding="utf-8")
    for language, path in entries.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(changelog.entry(new, final, language), encoding="utf-8")
    bump = final.bump if final is not None else "first"
    previous = last.version if last is not None else None
    return Released(target, previous, bump, [spec_path, frozen_file, *entries.values()])
