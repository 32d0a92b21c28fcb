"""What schemathesis masks in our output: credentials yes, the OTP session and code no.

A loginVerify or signupVerify reproduction must run as pasted, so it needs the `session_id` and
`verification_code` it sent; the bearer token, cookies and other credentials stay hidden.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from schemathesis.core.failures import Failure
from schemathesis.core.output.sanitization import is_sensitive_key
from schemathesis.engine.recorder import ReproductionStep, ScenarioRecorder
from schemathesis.engine.run import PhaseName
from typer.testing import CliRunner

from generator.cli import app
from generator.fuzz.engine import build_config, load_schema
from generator.fuzz.files import reproduction
from generator.fuzz.options import FuzzOptions
from generator.fuzz.report import Tally
from tests.support.seed import SEED_EMAIL
from tests.support.servers import MockServer, defects_on

EMAIL = SEED_EMAIL
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMDQyIn0.c2lnbmF0dXJl"
SESSION_ID = "xyz789-session-id"
CODE = "381024"


@pytest.mark.parametrize(
    ("key", "masked"),
    [
        ("Authorization", True),
        ("Cookie", True),
        ("Set-Cookie", True),
        ("token", True),
        ("access_token", True),
        ("X-Api-Key", True),
        ("password", True),
        ("session", True),
        ("sessionid", True),
        ("session_id", False),
        ("verification_code", False),
        ("email", False),
    ],
)
def test_sanitization_hides_credentials_but_not_the_otp_session(key: str, masked: bool) -> None:
    sanitization = build_config(FuzzOptions()).output.sanitization
    assert sanitization.enabled
    found = is_sensitive_key(
        key,
        keys_to_sanitize=sanitization.keys_to_sanitize,
        sensitive_markers=sanitization.sensitive_markers,
    )
    assert found is masked


@pytest.mark.slow
def test_reproduction_shows_the_session_id_and_never_the_token() -> None:
    config = build_config(FuzzOptions())
    config.projects.override.update(base_url="http://127.0.0.1:9/api/v1")
    schema = load_schema(FuzzOptions(), config, [])
    case = schema["/auth/loginVerify"]["POST"].Case(
        body={"email": EMAIL, "session_id": SESSION_ID, "verification_code": CODE}
    )
    # The headers as sent: a token and a cookie, both of which must stay out of the report.
    sent = {"Authorization": f"Bearer {TOKEN}", "Cookie": "sid=cookie-secret"}
    recorder = ScenarioRecorder(label=case.operation.label)
    recorder.record_case(case=case)
    recorder.record_check_failure(
        name="envelope_error_flag",
        case_id=case.id,
        code_sample=case.as_curl_command(headers=sent),
        failure=Failure(operation=case.operation.label, title="t", message="m"),
        steps=[ReproductionStep.from_case(case, headers=sent, verify=True, roles={})],
    )
    tally = Tally()
    tally.add(recorder, PhaseName.EXAMPLES)
    [found] = tally.failures.values()
    script = reproduction(found)
    assert _body(script) == {"email": EMAIL, "session_id": SESSION_ID, "verification_code": CODE}
    assert '"Authorization: Bearer $SKILLDEO_TOKEN"' in script
    assert TOKEN not in script and "cookie-secret" not in script


@pytest.mark.slow
def test_a_real_run_writes_runnable_login_and_bearer_reproductions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mock_server: MockServer
) -> None:
    """The mock's `error-flag` defect fails loginVerify (body) and campaignLink (bearer) on 4xx."""
    monkeypatch.delenv("SKILLDEO_TOKEN", raising=False)
    with defects_on(mock_server, "error-flag") as server:
        result = CliRunner().invoke(
            app,
            [
                "fuzz",
                "--base-url",
                server.base_url,
                "--email",
                EMAIL,
                "--include",
                "loginVerify",
                "--include",
                "campaignLink",
                "--max-examples",
                "3",
                "--seed",
                "3",
                "--report-dir",
                str(tmp_path),
            ],
        )
    assert result.exit_code == 1, result.output
    scripts = {
        path.read_text(encoding="utf-8").split("# operation: ")[1].split("\n")[0]: path
        for path in (tmp_path / "failures").glob("*.sh")
    }
    login = scripts["POST /auth/loginVerify"].read_text(encoding="utf-8")
    body = _body(login)
    assert isinstance(body["session_id"], str) and body["session_id"] != "[Filtered]", login
    assert "[Filtered]" not in login
    bearer = scripts["GET /svc/campaign/getLink"].read_text(encoding="utf-8")
    assert '"Authorization: Bearer $SKILLDEO_TOKEN"' in bearer
    assert "eyJ" not in login + bearer, "the real token must not be written to the report"


def _body(script: str) -> dict[str, object]:
    """The JSON body of the script's curl line."""
    match = re.search(r" -d '(.*?)' ", script)
    assert match is not None, script
    body = json.loads(match.group(1))
    assert isinstance(body, dict)
    return body
