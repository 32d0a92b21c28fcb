"""`skilldeo-api fuzz` says which operations it exercised only through the mock's generic answer,
so that a green run does not hide an operation the mock has no behaviour for (issue 11)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.core.spec import Spec
from tests.fuzz import invoke
from tests.mock.specs import CREATE_PATH, UNHANDLED, add_create_operation, written

NOTICE = f"generic fallback only: {UNHANDLED} (the mock has no behaviour for it)"


@pytest.fixture(autouse=True)
def no_token_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SKILLDEO_TOKEN", raising=False)


def fuzz(*args: str) -> tuple[int, str]:
    code, output = invoke.fuzz(*args)
    return code, " ".join(output.split())


@pytest.mark.slow
def test_the_bundled_mock_names_operations_answered_only_generically(
    spec: Spec, tmp_path: Path
) -> None:
    """The bundled mock is started with the fuzzed --spec, which adds an operation it has no
    handler for: the run passes, and says so."""
    changed = written(spec, tmp_path, add_create_operation)
    reports = tmp_path / "reports"
    code, output = fuzz(
        "--spec",
        str(changed),
        "--include",
        UNHANDLED,
        "--max-examples",
        "3",
        "--seed",
        "1",
        "--report-dir",
        str(reports),
    )
    assert code == 0, output  # a notice, not a failure
    assert "started the bundled mock" in output
    assert NOTICE in output
    suite = ET.parse(reports / "junit.xml").getroot()
    notes = {case.get("name"): case.findtext("system-out") for case in suite.iter("testcase")}
    assert notes == {f"POST {CREATE_PATH}": NOTICE}


@pytest.mark.slow
def test_no_notice_when_every_operation_has_behaviour(spec: Spec, tmp_path: Path) -> None:
    changed = written(spec, tmp_path, add_create_operation)
    code, output = fuzz(
        "--spec", str(changed), "--include", "campaignLink", "--max-examples", "3", "--seed", "1"
    )
    assert code == 0, output
    assert "generic fallback only" not in output
