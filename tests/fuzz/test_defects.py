"""Proof that the fuzz pipeline catches real bugs: the mock with each defect fails the right check.

Each run is kept short (one relevant operation, few examples, fixed seed), so the whole file takes
well under a minute; the healthy mock, fuzzed over every operation the same way, passes. One mock
serves every case: each defect is switched on at run time (POST /_mock/defects) and reset after.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.fuzz.auth import MOCK_EMAIL
from tests.support.servers import MockServer, defects_on

pytestmark = pytest.mark.slow

runner = CliRunner()

# defect -> (an operation that shows it, the check that must name it)
DEFECTS = {
    "server-error": ("campaignList", "not_a_server_error"),
    "schema-break": ("campaignDetails", "response_schema_conformance"),
    "undocumented-status": ("interviewList", "status_code_conformance"),
    "accept-invalid": ("campaignList", "negative_data_rejection"),
    "ignore-auth": ("campaignLink", "ignored_auth"),
    "wrong-content-type": ("campaignLink", "content_type_conformance"),
    "envelope-status": ("campaignList", "envelope_status_code"),
    "error-flag": ("campaignDetails", "envelope_error_flag"),
    "empty-message": ("campaignLink", "envelope_message"),
    "paging": ("campaignList", "paging_consistency"),
    "echo-token": ("campaignLink", "token_not_echoed"),
}


def fuzz(base_url: str, report_dir: Path, *extra: str) -> tuple[int, str]:
    args = ["fuzz", "--base-url", base_url, "--email", MOCK_EMAIL, "--seed", "7"]
    result = runner.invoke(app, [*args, "--report-dir", str(report_dir), *extra])
    assert isinstance(result.exception, SystemExit | None), result.exception
    return result.exit_code, result.output


def failing_checks(report_dir: Path) -> set[str]:
    """Check names from the reproductions written, failures/NN-CHECK.sh."""
    return {path.stem.split("-", 1)[1] for path in (report_dir / "failures").glob("*.sh")}


def test_healthy_mock_passes(mock_server: MockServer, tmp_path: Path) -> None:
    code, output = fuzz(mock_server.base_url, tmp_path, "--max-examples", "5")
    assert code == 0, output
    assert failing_checks(tmp_path) == set()
    assert "0 distinct failure(s)" in output
    for phase in ("examples", "coverage", "fuzzing", "stateful"):
        assert f"{phase} success:" in output, output


@pytest.mark.parametrize("defect", list(DEFECTS))
def test_each_defect_fails_the_right_check(
    defect: str, tmp_path: Path, mock_server: MockServer
) -> None:
    operation, check = DEFECTS[defect]
    with defects_on(mock_server, defect) as server:
        code, output = fuzz(
            server.base_url, tmp_path, "--include", operation, "--max-examples", "25"
        )
    assert code == 1, output
    assert check in failing_checks(tmp_path), output
    verdict = output[output.rindex("distinct failure(s)") :]
    assert check in verdict, verdict
