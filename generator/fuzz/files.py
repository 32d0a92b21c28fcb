"""The files a fuzz run leaves under --report-dir, for CI and for the person fixing the bug.

- `junit.xml`: one test case per operation (schemathesis' own JUnit writer); an operation the
  mock answered only generically carries the notice as its `<system-out>`;
- `cassette.yaml`: every request and response (schemathesis' VCR writer, secrets filtered), which
  `st replay` understands;
- `failures/NN-CHECK.sh`: one runnable curl reproduction per distinct failure.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from schemathesis.config import OutputConfig
from schemathesis.engine import events
from schemathesis.engine.statistic import Statistic
from schemathesis.reporting.junitxml import JunitXmlWriter
from schemathesis.reporting.recorders import scenario_records
from schemathesis.reporting.vcr import VcrWriter

from generator.fuzz.report import FoundFailure, Tally, is_notice

JUNIT, CASSETTE, FAILURES = "junit.xml", "cassette.yaml", "failures"


class ReportFiles:
    def __init__(self, directory: Path, output: OutputConfig, *, seed: int, command: str) -> None:
        self.directory, self.output = directory, output
        (directory / FAILURES).mkdir(parents=True, exist_ok=True)
        for stale in (directory / FAILURES).glob("*.sh"):
            stale.unlink()  # a rerun must not leave last run's reproductions behind
        self.statistic = Statistic()
        self.junit = JunitXmlWriter(directory / JUNIT)
        self.cassette = VcrWriter(output=directory / CASSETTE, config=output)
        self.cassette.open(seed=seed, command=command)

    def on_event(self, event: events.EngineEvent) -> None:
        if isinstance(event, events.ScenarioFinished):
            if event.is_test_scenario:
                self.statistic.on_scenario_finished(event.recorder)
            self.cassette.write(event.recorder)
        for record in scenario_records(self.statistic, event):
            self.junit.record_scenario(
                label=record.label,
                elapsed_sec=record.elapsed_sec,
                failures=record.failures,
                skip_reason=record.skip_reason,
                config=self.output,
            )
        if isinstance(event, events.NonFatalError) and not is_notice(event):
            self.junit.record_error(
                label=event.label, message=event.info.format(base_url_is_set=True)
            )

    def close(self, tally: Tally) -> list[Path]:
        """Finish every file; the reproduction scripts written."""
        self.junit.unskip(self.statistic.tested_operations)
        self.junit.close()
        _note_generic(self.directory / JUNIT, tally)
        self.cassette.close()
        written = []
        for number, found in enumerate(tally.failures.values(), 1):
            path = self.directory / FAILURES / f"{number:02d}-{_slug(found.check)}.sh"
            path.write_text(reproduction(found), encoding="utf-8")
            path.chmod(0o755)
            written.append(path)
        return written


def _note_generic(junit: Path, tally: Tally) -> None:
    """The generic-fallback notice as the <system-out> of each operation it names."""
    only = tally.generic_only
    if not only:
        return
    tree = ET.parse(junit)
    for case in tree.getroot().iter("testcase"):
        operation_id = only.get(case.get("name") or "")
        if operation_id is not None:
            notice = f"generic fallback only: {operation_id} (the mock has no behaviour for it)"
            ET.SubElement(case, "system-out").text = notice
    ET.indent(tree)
    tree.write(junit, encoding="utf-8", xml_declaration=True)


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-") or "failure"


def reproduction(found: FoundFailure) -> str:
    """A shell script: what failed, as comments, then the curl line(s) that show it."""
    lines = ["#!/bin/sh", f"# check: {found.check}", f"# operation: {found.operation}"]
    lines += [f"# {line}".rstrip() for line in f"{found.title}\n{found.message}".splitlines()]
    if "$SKILLDEO_TOKEN" in found.curl:
        lines.append(': "${SKILLDEO_TOKEN:?export the bearer token first}"')
    return "\n".join([*lines, found.curl, ""])
