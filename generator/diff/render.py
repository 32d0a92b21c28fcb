"""The diff's outputs: plain text for a terminal, JSON for tools, markdown for a pull request.

Changes are listed worst first (breaking, possibly breaking, safe, by the worse of the two
grades), in the order they were found within each group, so the output is stable.
"""

from __future__ import annotations

import json
from dataclasses import asdict

from generator.diff.model import GRADES, Change, Grade
from generator.diff.report import Report

FORMATS = ("text", "json", "markdown")
HEADINGS: dict[Grade, str] = {
    "breaking": "Breaking",
    "possibly-breaking": "Possibly breaking",
    "safe": "Safe",
}


def grouped(changes: list[Change]) -> list[tuple[Grade, list[Change]]]:
    """(grade, changes) for each grade that has changes, worst first."""
    groups = []
    for grade in reversed(GRADES):
        members = [c for c in changes if c.severity == grade]
        if members:
            groups.append((grade, members))
    return groups


def where(change: Change, report: Report) -> str:
    name = report.head_name if change.side == "head" else report.base_name
    return f"{name}:{change.line} #{change.pointer}"


def verdict(report: Report) -> str:
    """One sentence: the bump needed and whether info.version carries it."""
    bump = report.bump
    if bump == "none":
        return "no changes: no new version needed"
    move = f"info.version {report.base_version} -> {report.head_version}"
    if report.reflected:
        return f"bump needed: {bump}; {move} reflects it"
    return f"bump needed: {bump}; {move} does not reflect it (use {report.suggested_version})"


def text(report: Report) -> str:
    base = f"{report.base_name} ({report.base_version})"
    lines = [f"diff {base} -> {report.head_name} ({report.head_version})"]
    for grade, members in grouped(report.changes):
        lines.append("")
        lines.append(f"{HEADINGS[grade]} ({len(members)}):")
        for c in members:
            subject = " ".join(
                part for part in (c.operation, c.parameter and f"[{c.parameter}]") if part
            )
            lines.append(f"  {c.kind}: {subject + ': ' if subject else ''}{c.message}")
            lines.append(f"    wire {c.wire}, sdk {c.sdk}; at {where(c, report)}")
            if c.used_by:
                lines.append(f"    used by {', '.join(c.used_by)}")
    lines.append("")
    lines.append(verdict(report))
    return "\n".join(lines) + "\n"


def as_json(report: Report) -> str:
    data = {
        "base": {"source": report.base_name, "version": report.base_version},
        "head": {"source": report.head_name, "version": report.head_version},
        "bump": report.bump,
        "version_reflects_bump": report.reflected,
        "suggested_version": report.suggested_version,
        "breaking": report.breaking,
        "changes": [asdict(c) | {"used_by": list(c.used_by)} for c in report.changes],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def markdown_changes(changes: list[Change], level: int = 3) -> list[str]:
    """The changes as one table per grade under `level` headings (shared with the changelog)."""
    lines: list[str] = []
    for grade, members in grouped(changes):
        lines += [f"{'#' * level} {HEADINGS[grade]}", ""]
        lines += ["| change | where | wire | SDK |", "|---|---|---|---|"]
        for c in members:
            place = " ".join(
                part for part in (c.operation, c.parameter and f"[{c.parameter}]") if part
            )
            if c.used_by:
                place = f"{place} used by {', '.join(c.used_by)}".strip()
            place = f"{place} `#{c.pointer}`".strip()
            lines.append(
                f"| **{c.kind}**: {_cell(c.message)} | {_cell(place)} | {c.wire} | {c.sdk} |"
            )
        lines.append("")
    return lines


def markdown(report: Report) -> str:
    title = f"## API changes: {report.base_version} → {report.head_version}"
    lines = [title, "", f"`{report.base_name}` → `{report.head_name}`: **{verdict(report)}**.", ""]
    if not report.changes:
        lines += ["No changes.", ""]
    lines += markdown_changes(report.changes)
    return "\n".join(lines).rstrip("\n") + "\n"


def render(report: Report, fmt: str) -> str:
    return {"text": text, "json": as_json, "markdown": markdown}[fmt](report)
