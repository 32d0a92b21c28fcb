"""The diff's vocabulary: grades, the Change record, and the collector the detectors append to."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from generator.core.spec import Spec

Grade = Literal["safe", "possibly-breaking", "breaking"]
GRADES: tuple[Grade, ...] = ("safe", "possibly-breaking", "breaking")
Direction = Literal["request", "response", "both"]
Side = Literal["base", "head"]

SAFE: Grade = "safe"
MAYBE: Grade = "possibly-breaking"
BREAKING: Grade = "breaking"


def worst(*grades: Grade) -> Grade:
    return max(grades, key=GRADES.index)


def by_direction(direction: Direction, request: Grade, response: Grade) -> Grade:
    """The grade of a schema change, from where the schema is used."""
    if direction == "request":
        return request
    if direction == "response":
        return response
    return worst(request, response)


# What an SDK calls a thing: (language, kind of name, the name), e.g. ("TypeScript", "method", x).
SdkName = tuple[str, str, str]


def in_sdks(*names: SdkName) -> str:
    """The names a thing has in each SDK: "SDK: Python function `x`, TypeScript method `y`"."""
    return "SDK: " + ", ".join(f"{language} {kind} `{name}`" for language, kind, name in names)


def renamed_in_sdks(*pairs: tuple[SdkName, str]) -> tuple[str, Grade]:
    """A rename as each SDK sees it, from (its name before, its name after) per SDK: the note
    ("SDK: Python argument `x` unchanged, TypeScript property `y` renamed to `z`") and the SDK
    grade, breaking when any SDK's name changes."""
    notes, grade = [], SAFE
    for (language, kind, before), after in pairs:
        if before == after:
            notes.append(f"{language} {kind} `{before}` unchanged")
        else:
            notes.append(f"{language} {kind} `{before}` renamed to `{after}`")
            grade = BREAKING
    return "SDK: " + ", ".join(notes), grade


@dataclass(frozen=True)
class Change:
    """One change, where it is, and how bad it is for wire clients and for SDK users.

    `pointer` is the JSON pointer of the changed node in `head`, or in `base` when the node is
    gone (`side` says which), and `line` its line in that document.
    """

    kind: str
    message: str
    wire: Grade
    sdk: Grade
    pointer: str
    side: Side
    line: int
    operation: str = ""
    parameter: str = ""
    used_by: tuple[str, ...] = ()
    # What it means for each audience, and for a breaking change what to do (`diff.audience`).
    wire_note: str = ""
    sdk_note: str = ""
    migration: str = ""

    @property
    def severity(self) -> Grade:
        return worst(self.wire, self.sdk)

    @property
    def breaking(self) -> bool:
        return self.severity == BREAKING


@dataclass(frozen=True)
class Where:
    """The location a detector reports against: pointer, side, operation, parameter, users."""

    pointer: str
    side: Side = "head"
    operation: str = ""
    parameter: str = ""
    used_by: tuple[str, ...] = ()

    def at(self, pointer: str, side: Side | None = None) -> Where:
        return Where(pointer, side or self.side, self.operation, self.parameter, self.used_by)


@dataclass
class Collector:
    """Both specs, and the changes found so far in the order the detectors found them."""

    base: Spec
    head: Spec
    changes: list[Change] = field(default_factory=list)

    def add(self, kind: str, message: str, wire: Grade, sdk: Grade, where: Where) -> None:
        spec = self.head if where.side == "head" else self.base
        self.changes.append(
            Change(
                kind=kind,
                message=message,
                wire=wire,
                sdk=sdk,
                pointer=where.pointer,
                side=where.side,
                line=spec.line_of(where.pointer),
                operation=where.operation,
                parameter=where.parameter,
                used_by=where.used_by,
            )
        )
