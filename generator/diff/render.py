"""The diff's outputs: plain text for a terminal, JSON for tools, markdown for a pull request.

Changes are grouped for the people reading them: breaking, possibly breaking, deprecated, then
additions and other safe changes; documentation-only edits are counted and folded, not listed
among them. Within a group they keep the order they were found in, so the output is stable.
Each change says what it means for wire clients and for SDK users, and a breaking one how to
migrate. Locations are `openapi.yaml:LINE`.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from generator.diff.model import Change
from generator.diff.report import DOC_KINDS, Report

FORMATS = ("text", "json", "markdown")
# The groups, in reading order: (key, heading).
GROUPS = (
    ("breaking", "Breaking"),
    ("possibly-breaking", "Possibly breaking"),
    ("deprecated", "Deprecated"),
    ("safe", "Additions and other safe changes"),
    ("docs", "Documentation"),
)


def group_of(change: Change) -> str:
    if change.severity != "safe":
        return change.severity
    if change.kind.endswith("-deprecated"):
        return "deprecated"
    return "docs" if change.kind in DOC_KINDS else "safe"


def grouped(changes: list[Change]) -> list[tuple[str, str, list[Change]]]:
    """(key, heading, changes) for each group that has changes, in reading order."""
    found = []
    for key, heading in GROUPS:
        members = [c for c in changes if group_of(c) == key]
        if members:
            found.append((key, heading, members))
    return found


def summary(changes: list[Change]) -> str:
    """One line fit for a pull request: n breaking, n possibly breaking, n additions, ..."""
    counts = {key: 0 for key, _ in GROUPS}
    for change in changes:
        counts[group_of(change)] += 1
    words = {
        "breaking": "breaking",
        "possibly-breaking": "possibly breaking",
        "deprecated": "deprecated",
        "safe": "additions",
        "docs": "docs",
    }
    return ", ".join(f"{counts[key]} {words[key]}" for key, _ in GROUPS)


def _source(name: str) -> str:
    """The file a side was read from, without a git revision or folders: `openapi.yaml`."""
    return Path(name.rpartition(":")[2] or name).name


def location(change: Change, report: Report) -> str:
    name = report.head_name if change.side == "head" else report.base_name
    return f"{_source(name)}:{change.line}"


def verdict(report: Report) -> str:
    """One sentence: the bump needed and whether info.version carries it."""
    bump = report.bump
    if bump == "none":
        return "no changes: no new version needed"
    move = f"info.version {report.base_version} -> {report.head_version}"
    if report.reflected:
        return f"bump needed: {bump}; {move} reflects it"
    return f"bump needed: {bump}; {move} does not reflect it (use {report.suggested_version})"


def _subject(c: Change) -> str:
    return " ".join(part for part in (c.operation, c.parameter and f"[{c.parameter}]") if part)


def _text_change(c: Change, report: Report) -> list[str]:
    subject = _subject(c)
    lines = [f"  {c.kind}: {subject + ': ' if subject else ''}{c.message}"]
    lines.append(f"    wire clients ({c.wire}): {c.wire_note}")
    lines.append(f"    SDK users ({c.sdk}): {c.sdk_note}")
    if c.migration:
        lines.append(f"    migrate: {c.migration}")
    lines.append(f"    at {location(c, report)} #{c.pointer}")
    if c.used_by:
        lines.append(f"    used by {', '.join(c.used_by)}")
    return lines


def text(report: Report) -> str:
    base = f"{report.base_name} ({report.base_version})"
    lines = [f"diff {base} -> {report.head_name} ({report.head_version})"]
    if report.changes:
        lines.append(summary(report.changes))
    for key, heading, members in grouped(report.changes):
        lines += ["", f"{heading} ({len(members)}):"]
        for c in members:
            if key == "docs":
                subject = _subject(c)
                where = f"{location(c, report)} #{c.pointer}"
                lines.append(
                    f"  {c.kind}: {subject + ': ' if subject else ''}{c.message} ({where})"
                )
            else:
                lines += _text_change(c, report)
    lines += ["", verdict(report)]
    return "\n".join(lines) + "\n"


def as_json(report: Report) -> str:
    data = {
        "base": {"source": report.base_name, "version": report.base_version},
        "head": {"source": report.head_name, "version": report.head_version},
        "bump": report.bump,
        "version_reflects_bump": report.reflected,
        "suggested_version": report.suggested_version,
        "breaking": report.breaking,
        "summary": summary(report.changes),
        "changes": [asdict(c) | {"used_by": list(c.used_by)} for c in report.changes],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def _link(change: Change, names: tuple[str, str] | None) -> str:
    """`[openapi.yaml:LINE](openapi.yaml#LLINE)` in a pull request; plain where a link would not
    resolve (the base's lines, a changelog)."""
    if names is None:
        return f"`openapi.yaml:{change.line}`"
    name = _source(names[0] if change.side == "head" else names[1])
    if change.side == "head":
        return f"[{name}:{change.line}]({name}#L{change.line})"
    return f"`{name}:{change.line}` (before)"


def _place(c: Change, names: tuple[str, str] | None) -> str:
    place = _subject(c)
    if c.used_by:
        place = f"{place} used by {', '.join(c.used_by)}".strip()
    return f"{place} {_link(c, names)}".strip()


def markdown_changes(
    changes: list[Change], level: int = 3, names: tuple[str, str] | None = None
) -> list[str]:
    """The changes as one table per group under `level` headings, the documentation folded
    (shared with the changelog); `names` (the head's and the base's sources) make locations
    links."""
    lines: list[str] = []
    for key, heading, members in grouped(changes):
        if key == "docs":
            many = "s" if len(members) != 1 else ""
            lines += ["<details>", f"<summary>{len(members)} documentation change{many}</summary>"]
            lines.append("")
            lines += ["| change | where |", "|---|---|"]
            lines += [
                f"| **{c.kind}**: {_cell(c.message)} | {_cell(_place(c, names))} |" for c in members
            ]
            lines += ["", "</details>", ""]
            continue
        lines += [f"{'#' * level} {heading}", ""]
        lines += ["| change | where | wire clients | SDK users |", "|---|---|---|---|"]
        for c in members:
            lines.append(
                f"| **{c.kind}**: {_cell(c.message)} | {_cell(_place(c, names))} "
                f"| {c.wire}: {_cell(c.wire_note)} | {c.sdk}: {_cell(c.sdk_note)} |"
            )
        migrations = [c for c in members if c.migration]
        if migrations:
            lines += ["", "Migration:", ""]
            lines += [f"- **{c.kind}** ({_link(c, names)}): {c.migration}" for c in migrations]
        lines.append("")
    return lines


def markdown(report: Report) -> str:
    title = f"## API changes: {report.base_version} → {report.head_version}"
    lines = [title, "", f"`{report.base_name}` → `{report.head_name}`: **{verdict(report)}**.", ""]
    if not report.changes:
        lines += ["No changes.", ""]
    else:
        lines += [f"**{summary(report.changes)}**", ""]
    names = (report.head_name, report.base_name)
    lines += markdown_changes(report.changes, names=names)
    return "\n".join(lines).rstrip("\n") + "\n"


def render(report: Report, fmt: str) -> str:
    return {"text": text, "json": as_json, "markdown": markdown}[fmt](report)
