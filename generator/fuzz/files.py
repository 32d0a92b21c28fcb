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
        _note_probes(self.directory / JUNIT, tally)
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


def _note_probes(junit: Path, tally: Tally) -> None:
    """Our probes' failures as <failure> elements of their operation's test case, as
    schemathesis writes its own checks' failures (a test case is added where it has none)."""
    found = [f for key, f in tally.failures.items() if isinstance(key, tuple)]
    if not found:
        return
    tree = ET.parse(junit)
    root = tree.getroot()
    suite = root.find("testsuite")
    assert suite is not None
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    for failure in found:
        case = cases.get(failure.operation)
        if case is None:
            case = cases[failure.operation] = ET.SubElement(suite, "testcase")
            case.set("name", failure.operation)
            case.set("time", "0")
        element = ET.SubElement(case, "failure", message=failure.check)
        element.text = f"{failure.title}\n{failure.message}\n{failure.curl}"
    failing = sum(1 for case in cases.values() if case.find("failure") is not None)
    for node in (root, suite):
        node.set("tests", str(len(cases)))
        node.set("failures", str(failing))
    ET.indent(tree)
    tree.write(junit, encoding="utf-8", xml_declaration=True)


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-") or "failure"


def reproduction(found: FoundFailure) -> str:
    """A shell script: what failed, as comments, then the curl line(s) that show it."""
    lines = ["#!/bin/sh", f"# check: {found.check}", f"# operation: {found.operation}"]
    lines += [f"# {line}".rstrip() for line in f"{found.title}\n{found.message}".splitlines()]
    derived = set(re.findall(r"^(SKILLDEO_[A-Z_]+)=", found.curl, flags=re.MULTILINE))
    for name in dict.fromkeys(re.findall(r"\$(SKILLDEO_[A-Z_]+)", found.curl)):
        if name not in derived:
            what = _VARIABLES.get(name, "the value")
            lines.append(f': "${{{name}:?export {what} first}}"')
    return "\n".join([*lines, found.curl, ""])


_VARIABLES = {
    "SKILLDEO_TOKEN": "the bearer token",
    "SKILLDEO_PEER_TOKEN": "the second identity's bearer token",
    "SKILLDEO_EXPIRED_TOKEN": "an expired bearer token",
    "SKILLDEO_OTP_CODE": "the code e-mailed for this session",
}
