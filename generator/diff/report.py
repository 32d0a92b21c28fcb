"""The Report: every change between two specs, graded, and the version bump they call for."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from generator.core.spec import Spec
from generator.diff import audience
from generator.diff import components as diff_components
from generator.diff import ops as diff_ops
from generator.diff import sent as diff_sent
from generator.diff.model import GRADES, Change, Collector, Grade

Bump = Literal["major", "minor", "patch", "none"]
# What `diff --fail-on` accepts: the smallest missed bump that exits 1, or `any` change at all.
FAIL_ON = ("breaking", "minor", "patch", "any")
DEFAULT_FAIL_ON = "minor"
_RANK: dict[Bump, int] = {"none": 0, "patch": 1, "minor": 2, "major": 3}
_FAIL_RANK = {"breaking": 3, "minor": 2, "patch": 1}

# Changes that only touch the documentation: a patch release is enough for them.
DOC_KINDS = frozenset({"description-changed", "example-changed"})

_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$")

__all__ = ["FAIL_ON", "GRADES", "Bump", "Change", "Grade", "Report", "diff"]


def parse_version(text: str) -> tuple[int, int, int] | None:
    match = _SEMVER.match(text.strip())
    if match is None:
        return None
    return int(match[1]), int(match[2]), int(match[3])


def bump_needed(changes: list[Change]) -> Bump:
    """Breaking for either audience needs a major; other API changes a minor; doc edits a patch."""
    if any(c.breaking for c in changes):
        return "major"
    if any(c.kind not in DOC_KINDS for c in changes):
        return "minor"
    return "patch" if changes else "none"


def next_version(version: str, bump: Bump) -> str:
    """The smallest version after `version` that carries `bump` (the same one for `none`)."""
    parsed = parse_version(version)
    if parsed is None or bump == "none":
        return version
    major, minor, patch = parsed
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def reflects(bump: Bump, base_version: str, head_version: str) -> bool:
    """Whether going from `base_version` to `head_version` raises the part that `bump` names."""
    if bump == "none":
        return True
    base, head = parse_version(base_version), parse_version(head_version)
    if base is None or head is None:
        return False
    width = {"major": 1, "minor": 2, "patch": 3}[bump]
    return head[:width] > base[:width]


@dataclass(frozen=True)
class Report:
    """The changes between two specs and what they mean for the version number."""

    base_name: str
    base_version: str
    head_name: str
    head_version: str
    changes: list[Change]

    @property
    def bump(self) -> Bump:
        return bump_needed(self.changes)

    @property
    def reflected(self) -> bool:
        return reflects(self.bump, self.base_version, self.head_version)

    @property
    def suggested_version(self) -> str:
        return self.head_version if self.reflected else next_version(self.base_version, self.bump)

    @property
    def breaking(self) -> bool:
        return any(c.breaking for c in self.changes)

    @property
    def exit_code(self) -> int:
        """The default gate: 1 for a breaking change without a major bump or a missed minor."""
        return self.exit_for(DEFAULT_FAIL_ON)

    def exit_for(self, fail_on: str) -> int:
        """1 when the changes need a bump of at least `fail_on` (breaking = major) that
        info.version does not carry, or, for `any`, when there is any change at all."""
        if fail_on == "any":
            return 1 if self.changes else 0
        missed = not self.reflected and _RANK[self.bump] >= _FAIL_RANK[fail_on]
        return 1 if missed else 0


def diff(base: Spec, head: Spec) -> Report:
    """Every change from `base` to `head`, graded for wire clients and for SDK users."""
    out = Collector(base, head)
    renames = diff_components.schema_renames(base, head)
    diff_ops.compare(out, renames)
    diff_components.compare(out, renames)
    diff_sent.compare(out)
    changes = audience.explain(out.changes, base, head)
    return Report(base.name, base.version, head.name, head.version, changes)
