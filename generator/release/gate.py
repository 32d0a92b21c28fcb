"""The version gate: info.version must carry the bump the changes since the last release need.

A breaking change (for wire clients or SDK users) needs a major bump, any other API change at
least a minor one, documentation edits a patch. The message names the version to use and the
changes that call for it, so a pull request's author knows what to type.
"""

from __future__ import annotations

from pathlib import Path

from generator.core.spec import Spec, load
from generator.diff import changelog
from generator.diff.model import Change
from generator.diff.report import DOC_KINDS, Report, diff

RULE = "version"
# How many of the changes that call for the bump a message names before "and N more".
SHOWN = 3


def reasons(report: Report) -> str:
    """The changes that call for the bump, by kind and message, the first few of them."""
    if report.bump == "major":
        why: list[Change] = [c for c in report.changes if c.breaking]
        what = "breaking"
    elif report.bump == "minor":
        why = [c for c in report.changes if c.kind not in DOC_KINDS]
        what = "API change"
    else:
        why, what = list(report.changes), "documentation change"
    named = "; ".join(f"{c.kind}: {c.operation or c.pointer} {c.message}" for c in why[:SHOWN])
    more = f"; and {len(why) - SHOWN} more" if len(why) > SHOWN else ""
    count = f"{len(why)} {what}{'s' if len(why) != 1 and what != 'breaking' else ''}"
    return f"{count} ({named}{more})"


def problems(spec: Spec, versions: Path | None = None) -> list[str]:
    """One line per problem: a version that does not carry the changes since the last release,
    and released versions whose changelog entries were never written."""
    versions = versions or changelog.versions_for(spec)
    last = changelog.last_release(spec, versions)
    if last is None:
        others = sorted({changelog.title(s) for s in changelog.frozen(versions)})
        if not others:
            return []
        line = spec.line_of("/info/title")
        return [
            f"{spec.name}:{line}: {RULE}: versions/ holds releases of {', '.join(others)}, not "
            f"of {changelog.title(spec)!r}: a renamed API loses its history; keep info.title"
        ]
    found = [
        f"versions/{s.version}.yaml: {RULE}: no changelog entry in "
        f"{changelog.entry_path(s.version, language, versions).relative_to(versions.parent)}"
        for s in changelog.frozen(versions)
        for language in changelog.LANGUAGES
        if changelog.kept(s.version, language, versions) is None
    ]
    report = diff(last, spec)
    if not report.reflected:
        line = spec.line_of("/info/version")
        found.append(
            f"{spec.name}:{line}: {RULE}: info.version {spec.version} does not reflect the changes "
            f"since release {last.version}: they need a {report.bump} release, so use "
            f"{report.suggested_version} (`skilldeo-api release {report.suggested_version}`); "
            f"why: {reasons(report)}"
        )
    return found


def tag_problems(spec: Spec, tag: str, versions: Path | None = None) -> list[str]:
    """A release tag (v1.2.3) must name info.version, released and frozen as the spec is now."""
    versions = versions or changelog.versions_for(spec)
    line = f"{spec.name}:{spec.line_of('/info/version')}: {RULE}"
    if tag.removeprefix("v") != spec.version:
        return [f"{line}: tag {tag} is not info.version {spec.version} (tag v{spec.version})"]
    frozen = versions / f"{spec.version}.yaml"
    if not frozen.is_file():
        return [f"{line}: {spec.version} was never released; run `skilldeo-api release`"]
    changes = diff(load(frozen), spec).changes
    if changes:
        return [
            f"{line}: the spec has {len(changes)} change(s) since {spec.version} was released; "
            "release a new version"
        ]
    return []
