"""Proof that the fuzz pipeline catches real bugs: the mock with each defect fails the right check.

Each run is kept short (one relevant operation, few examples, fixed seed), so the whole file takes
well under a minute; the healthy mock, fuzzed over every operation the same way with both
identities and an expired token, passes every check and probe. One mock serves every case: each
defect is switched on at run time (POST /_mock/defects) and reset after.
"""

from __future__ import annotations

import re
from pathlib import Path

import jwt
import pytest

from generator.fuzz.auth import MOCK_EMAIL, Credentials, login
from generator.fuzz.probes import NAMES as PROBE_NAMES
from tests.fuzz import invoke
from tests.support.seed import PEER_EMAIL
from tests.support.servers import MockServer, defects_on

pytestmark = pytest.mark.slow


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

# The defects that fire only on their trigger -> (the operations to select, the check or probe
# that must name it). The run is narrowed to that check (--include-check), which is how a user
# reruns one: the probes' phase alone, or schemathesis' phases with max_response_time only.
TRIGGERED = {
    "bola-result": (("interviewList", "interviewResult"), "tenant_isolation"),
    "unverified-token": (("campaignLink",), "token_tampering"),
    "ignore-expiry": (("campaignLink",), "expired_token"),
    "reusable-code": (("loginOTP", "loginVerify"), "otp_abuse"),
    "paging-unaligned": (("campaignList",), "paging_walk"),
    "slow-result": (("interviewResult",), "max_response_time"),
    "lax-email": (("interviewInvite",), "near_miss_rejection"),
}


def fuzz(base_url: str, report_dir: Path, *extra: str) -> tuple[int, str]:
    args = ["--base-url", base_url, "--email", MOCK_EMAIL, "--seed", "7"]
    return invoke.fuzz(*args, "--report-dir", str(report_dir), *extra)


def failing_checks(report_dir: Path) -> set[str]:
    """Check names from the reproductions written, failures/NN-CHECK.sh."""
    return {path.stem.split("-", 1)[1] for path in (report_dir / "failures").glob("*.sh")}


def expired_token(server: MockServer) -> str:
    """A token of the seed user that has expired: signed in, then the mock's clock moved on."""
    with server.client() as http:
        token = login(server.base_url, Credentials(email=MOCK_EMAIL), http)
        claims = jwt.decode(token, options={"verify_signature": False})
        advance = {"advance_seconds": claims["exp"] - claims["iat"] + 1}
        http.post(f"{server.root}/_mock/clock", json=advance).raise_for_status()
    return token


def test_healthy_mock_passes(mock_server: MockServer, tmp_path: Path) -> None:
    with defects_on(mock_server) as server:  # nothing on; the clock is reset after
        stale = expired_token(server)
        code, output = fuzz(
            server.base_url,
            tmp_path,
            "--max-examples",
            "5",
            "--peer-email",
            PEER_EMAIL,
            "--expired-token",
            stale,
        )
    assert code == 0, output
    assert failing_checks(tmp_path) == set()
    assert "0 distinct failure(s)" in output
    for phase in ("examples", "coverage", "fuzzing", "stateful"):
        assert f"{phase} success:" in output, output
    assert "probes:" in output, output
    assert "not judged" not in output, output  # every probe had what it needs
    for check in PROBE_NAMES:
        assert re.search(rf"│ {check} +│ +[1-9]", output), f"{check} passed nothing:\n{output}"


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


@pytest.mark.parametrize("defect", list(TRIGGERED))
def test_each_triggered_defect_is_caught_by_its_probe(
    defect: str, tmp_path: Path, mock_server: MockServer
) -> None:
    operations, check = TRIGGERED[defect]
    with defects_on(mock_server, defect) as server:
        extra = ["--include-check", check, "--peer-email", PEER_EMAIL]
        if check == "expired_token":
            extra += ["--expired-token", expired_token(server)]
        for operation in operations:
            extra += ["--include", operation]
        code, output = fuzz(server.base_url, tmp_path, "--max-examples", "3", *extra)
    assert code == 1, output
    assert failing_checks(tmp_path) == {check}, output
    verdict = output[output.rindex("distinct failure(s)") :]
    assert check in verdict, verdict
    junit = (tmp_path / "junit.xml").read_text(encoding="utf-8")
    assert "<failure" in junit, junit
    if check in PROBE_NAMES:
        assert f'<failure message="{check}">' in junit, junit
