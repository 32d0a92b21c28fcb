"""What a person sees of a fuzz run: a line per phase while it runs, then the verdict.

`Tally` folds schemathesis' engine events into counts per operation and per check and keeps the
first occurrence of each distinct failure (with its curl reproduction); `Progress` prints as the
phases go; `summary` prints the tables and the failures at the end.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

from rich.console import Console
from rich.table import Table
from schemathesis.core.errors import NoLinksFound
from schemathesis.core.failures import Failure
from schemathesis.engine import Status, events
from schemathesis.engine.recorder import ScenarioRecorder
from schemathesis.engine.run import PhaseName, PhaseSkipReason

from generator.fuzz.probes.base import Outcome
from generator.fuzz.probes.wire import curl
from skilldeo_mock.launch import GENERIC_HEADER, GENERIC_VALUE

TESTING_PHASES = {
    PhaseName.EXAMPLES: "examples",
    PhaseName.COVERAGE: "coverage",
    PhaseName.FUZZING: "fuzzing",
    PhaseName.STATEFUL_TESTING: "stateful",
}
FILTERED_AUTH = "'Authorization: [Filtered]'"
# Reproductions stay pasteable without writing the secret into the report.
TOKEN_PLACEHOLDER = '"Authorization: Bearer $SKILLDEO_TOKEN"'
LOG_WIDTH = 120  # output to a file or CI log: wide enough that no check name is cut


def make_console() -> Console:
    console = Console(highlight=False)
    return console if console.is_terminal else Console(highlight=False, width=LOG_WIDTH)


def is_notice(event: events.NonFatalError) -> bool:
    """An error event that says nothing of the server: --include left out the linked operations."""
    return isinstance(event.value, NoLinksFound)


@dataclass(frozen=True)
class FoundFailure:
    check: str
    operation: str
    title: str
    message: str
    curl: str  # one line per request; several for a stateful chain


@dataclass
class Tally:
    started: float = field(default_factory=time.monotonic)
    cases: Counter[str] = field(default_factory=Counter)
    passed: Counter[tuple[str, str]] = field(default_factory=Counter)
    failed: Counter[tuple[str, str]] = field(default_factory=Counter)
    # schemathesis' failures by their own identity; our probes' by (check, operation, title).
    failures: dict[Failure | tuple[str, str, str], FoundFailure] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)  # probe cases that could not be judged
    errors: list[str] = field(default_factory=list)
    phase_cases: Counter[PhaseName] = field(default_factory=Counter)
    # 2xx answers per operation label: marked by the mock as generated from the schema, or not.
    generic: Counter[str] = field(default_factory=Counter)
    answered: Counter[str] = field(default_factory=Counter)
    operation_ids: dict[str, str] = field(default_factory=dict)
    probe_cases: int = 0

    def add(self, recorder: ScenarioRecorder, phase: PhaseName) -> None:
        for case_id, node in recorder.cases.items():
            label = node.value.operation.label
            self.cases[label] += 1
            self.phase_cases[phase] += 1
            self._note_generic(recorder, case_id, label)
            for check in recorder.checks.get(case_id, []):
                key = (label, check.name)
                if check.status == Status.SUCCESS:
                    self.passed[key] += 1
                elif check.failure_info is not None:
                    self.failed[key] += 1
                    info, failure = check.failure_info, check.failure_info.failure
                    if failure not in self.failures:
                        # A stateful failure needs every request of its chain, oldest first.
                        curl = "\n".join(step.curl for step in info.steps) or info.code_sample
                        self.failures[failure] = FoundFailure(
                            check.name,
                            label,
                            failure.title,
                            failure.message,
                            curl.replace(FILTERED_AUTH, TOKEN_PLACEHOLDER),
                        )

    def add_outcome(self, outcome: Outcome) -> None:
        """One case of our probes (`fuzz.probes`), counted like schemathesis' cases."""
        if outcome.passed is None:
            note = f"{outcome.check} skipped" + (
                f" on {outcome.label}" if outcome.label != "-" else ""
            )
            self.skipped.append(f"{note}: {outcome.title}")
            return
        self.cases[outcome.label] += 1
        self.probe_cases += 1
        key = (outcome.label, outcome.check)
        if outcome.passed:
            self.passed[key] += 1
            return
        self.failed[key] += 1
        identity = (outcome.check, outcome.label, outcome.title)
        if identity not in self.failures:
            curl_lines = "\n".join(curl(exchange) for exchange in outcome.exchanges)
            self.failures[identity] = FoundFailure(
                outcome.check, outcome.label, outcome.title, outcome.message, curl_lines
            )

    def _note_generic(self, recorder: ScenarioRecorder, case_id: str, label: str) -> None:
        interaction = recorder.interactions.get(case_id)
        response = interaction.response if interaction is not None else None
        if response is None or not 200 <= response.status_code < 300:
            return
        case = recorder.cases[case_id].value
        if case.method.upper() != case.operation.method.upper():
            return  # unsupported_method's probe (OPTIONS answers 204 for CORS): not the operation
        raw = case.operation.definition.raw
        self.operation_ids[label] = str(raw.get("operationId", label))
        marked = GENERIC_VALUE in response.headers.get(GENERIC_HEADER.lower(), [])
        (self.generic if marked else self.answered)[label] += 1

    @property
    def generic_only(self) -> dict[str, str]:
        """label -> operationId of each operation whose every 2xx answer the mock generated from
        the schema, for want of a handler (`X-Skilldeo-Mock: generic`)."""
        labels = sorted(label for label in self.generic if not self.answered[label])
        return {label: self.operation_ids[label] for label in labels}

    @property
    def total_cases(self) -> int:
        return sum(self.cases.values())

    @property
    def failed_checks(self) -> list[str]:
        return sorted({check for (_, check), n in self.failed.items() if n})

    def rate(self) -> float:
        return self.total_cases / max(time.monotonic() - self.started, 1e-6)


class Progress:
    """One line when a phase starts, one per operation as it finishes, one when the phase ends."""

    def __init__(self, console: Console, tally: Tally) -> None:
        self.console, self.tally = console, tally
        self.phase_started = time.monotonic()
        self.unlinked = False  # schemathesis found no links between the selected operations

    def on_event(self, event: events.EngineEvent) -> None:
        if isinstance(event, events.PhaseStarted) and event.phase.name in TESTING_PHASES:
            if not event.phase.is_enabled:
                return
            self.phase_started = time.monotonic()
            self.console.print(f"[bold]{TESTING_PHASES[event.phase.name]}[/bold] ...")
        elif isinstance(event, events.PhaseFinished) and event.phase.name in TESTING_PHASES:
            name = TESTING_PHASES[event.phase.name]
            if not event.phase.is_enabled:
                # Each engine run switches off the phases another run covers: not news.
                reason = event.phase.skip_reason
                if reason is not None and reason != PhaseSkipReason.DISABLED:
                    self.console.print(f"[bold]{name}[/bold] skipped ({reason.value})")
                return
            took = time.monotonic() - self.phase_started
            if self.unlinked and not self.tally.phase_cases[event.phase.name]:
                self.console.print(f"[bold]{name}[/bold] skipped (no links among these operations)")
                return
            self.console.print(
                f"[bold]{name}[/bold] {event.status.value}: "
                f"{self.tally.phase_cases[event.phase.name]} test cases in {took:.1f}s"
            )
        elif (
            isinstance(event, events.ScenarioFinished) and event.phase != PhaseName.STATEFUL_TESTING
        ):
            if event.label and event.status != Status.SKIP:
                mark = {Status.SUCCESS: "ok", Status.FAILURE: "[red]FAILED[/red]"}.get(
                    event.status, f"[yellow]{event.status.value}[/yellow]"
                )
                count = len(event.recorder.cases)
                self.console.print(f"  {event.label}: {count} cases {mark}", markup=True)
        elif isinstance(event, events.NonFatalError) and is_notice(event):
            self.unlinked = True
        elif isinstance(event, events.NonFatalError):
            self.console.print(f"  [yellow]error[/yellow] {event.label}: {event.info.title}")


def _operations_table(tally: Tally) -> Table:
    table = Table(title="Per operation", title_justify="left")
    for column in ("operation", "cases", "checks passed", "checks failed", "failing checks"):
        table.add_column(
            column,
            justify="right" if column in ("cases", "checks passed", "checks failed") else "left",
        )
    for label in sorted(tally.cases):
        passed = sum(n for (op, _), n in tally.passed.items() if op == label)
        failed = sum(n for (op, _), n in tally.failed.items() if op == label)
        failing = ", ".join(sorted({c for (op, c), n in tally.failed.items() if op == label and n}))
        table.add_row(label, str(tally.cases[label]), str(passed), str(failed), failing or "-")
    return table


def _checks_table(tally: Tally) -> Table:
    table = Table(title="Per check", title_justify="left")
    table.add_column("check")
    table.add_column("passed", justify="right")
    table.add_column("failed", justify="right")
    table.add_column("failing operations")
    names = sorted({check for _, check in (*tally.passed, *tally.failed)})
    for name in names:
        passed = sum(n for (_, c), n in tally.passed.items() if c == name)
        failed = sum(n for (_, c), n in tally.failed.items() if c == name)
        ops = ", ".join(sorted({op for (op, c), n in tally.failed.items() if c == name and n}))
        table.add_row(name, str(passed), str(failed), ops or "-")
    return table


def summary(console: Console, tally: Tally) -> None:
    """The tables, each distinct failure with its reproduction, and the speed."""
    console.print()
    console.print(_operations_table(tally))
    console.print(_checks_table(tally))
    for number, found in enumerate(tally.failures.values(), 1):
        console.print(
            f"\n[red]{number}. {found.check}[/red] on {found.operation}: {found.title}", markup=True
        )
        if found.message:
            console.print(found.message, markup=False)
        console.print(found.curl, markup=False, soft_wrap=True)
    for error in tally.errors:
        console.print(f"\n[yellow]error[/yellow] {error}", markup=True)
    if tally.skipped:
        console.print()
    for note in dict.fromkeys(tally.skipped):
        console.print(f"not judged: {note}", markup=False)
    took = time.monotonic() - tally.started
    console.print(
        f"\n{tally.total_cases} test cases in {took:.1f}s ({tally.rate():.1f} test cases/s); "
        f"{len(tally.failures)} distinct failure(s) in {len(tally.failed_checks)} check(s)"
        + (f": {', '.join(tally.failed_checks)}" if tally.failed_checks else "")
        + (f"; {len(tally.errors)} error(s)" if tally.errors else "")
    )
    notice = generic_notice(tally)
    if notice:
        console.print(notice, markup=False)


def generic_notice(tally: Tally) -> str | None:
    """The notice, not a failure, that a green run exercised some operations only through the
    mock's generic answer: nothing of their behaviour was tested."""
    names = list(tally.generic_only.values())
    if not names:
        return None
    whose = "it" if len(names) == 1 else "them"
    return f"generic fallback only: {', '.join(names)} (the mock has no behaviour for {whose})"
