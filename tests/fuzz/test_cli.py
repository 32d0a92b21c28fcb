"""`skilldeo-api fuzz` as a user meets it: usage errors, login, unreachable servers, reports."""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import jwt
import pytest
import yaml
from schemathesis import AuthContext
from schemathesis.auths import set_on_case

from generator.core.spec import Spec
from generator.fuzz.auth import (
    DEFAULT_REFRESH,
    MOCK_EMAIL,
    REFRESH_MARGIN,
    AuthFailed,
    Credentials,
    login,
    refresh_interval,
    register,
)
from generator.fuzz.engine import build_config, load_schema
from generator.fuzz.options import FuzzOptions
from tests.fuzz.invoke import fuzz
from tests.support.contract import first_tag, secured_operations, tagged
from tests.support.servers import TEST_OTP, MockServer, defects_on, free_port

EMAIL = MOCK_EMAIL
KEY = "a-test-signing-key-of-32-bytes!!"


@pytest.fixture(autouse=True)
def no_token_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's own SKILLDEO_TOKEN must not change what these tests see."""
    monkeypatch.delenv("SKILLDEO_TOKEN", raising=False)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--base-url", "ftp://example.com"], "expected http(s)://HOST"),
        (["--include", "nope"], "--include nope: not an operationId or tag"),
        (["--exclude", "campaignLis"], "--exclude campaignLis: not an operationId or tag"),
        (["--otp-command", "echo 1"], "--otp-command needs --email"),
        (["--token", "t", "--email", EMAIL], "--token and --email exclude each other"),
        (["--rate-limit", "fast"], "Invalid rate limit value"),
        (["--max-examples", "0"], "0 is not in the range"),
        (["--spec", "no/such/spec.yaml"], "no such file"),
        (["--no-such-option"], "No such option"),
    ],
)
def test_usage_errors_exit_2_before_any_traffic(args: list[str], message: str) -> None:
    code, output = fuzz(*args)
    assert code == 2, output
    assert message in " ".join(output.split()), output
    assert "started the bundled mock" not in output


def test_unreachable_url_exits_2_with_a_clear_message() -> None:
    url = f"http://127.0.0.1:{free_port()}/api/v1"
    code, output = fuzz("--base-url", url, "--token", "some-token")
    assert code == 2
    assert f"fuzz: cannot reach {url}" in " ".join(output.split())


def test_secured_operations_without_credentials_exit_2(spec: Spec) -> None:
    url = f"http://127.0.0.1:{free_port()}/api/v1"  # nothing listens: it must stop before any call
    tag = first_tag(spec.operation(secured_operations(spec)[0]))
    code, output = fuzz("--base-url", url, "--include", tag)
    assert code == 2
    flat = " ".join(output.split())
    needing = [op for op in tagged(spec, tag) if op in secured_operations(spec)]
    assert f"{', '.join(needing)} need a bearer token" in flat


def test_rejected_token_exits_2(mock_server: MockServer) -> None:
    code, output = fuzz("--base-url", mock_server.base_url, "--token", "not-a-real-token")
    assert code == 2
    flat = " ".join(output.split())
    assert "the server rejected the token (a fixed bearer token)" in flat
    assert "answered HTTP 401" in flat


def test_failed_otp_login_exits_2(mock_server: MockServer) -> None:
    code, output = fuzz(
        "--base-url", mock_server.base_url, "--email", EMAIL, "--otp-command", "false"
    )
    assert code == 2
    assert "login failed" in output and "--otp-command 'false' gave no code" in output


@pytest.mark.slow
def test_login_through_otp_command_gets_the_session(
    mock_server: MockServer, tmp_path: Path
) -> None:
    # The command sees which session the code is for; the mock fixes every code to TEST_OTP.
    command = f"sh -c 'test -n \"$SKILLDEO_SESSION_ID\" && echo {TEST_OTP}'"
    code, output = fuzz(
        "--base-url",
        mock_server.base_url,
        "--email",
        EMAIL,
        "--otp-command",
        command,
        "--include",
        "campaignLink",
        "--max-examples",
        "3",
        "--seed",
        "1",
    )
    assert code == 0, output
    assert f"auth: OTP login as {EMAIL}" in " ".join(output.split())


def test_login_reads_the_mock_outbox_and_the_token_works(mock_server: MockServer) -> None:
    token = login(mock_server.base_url, Credentials(email=EMAIL))
    answer = httpx.post(
        f"{mock_server.base_url}/svc/campaign/list",
        json={},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 200


def test_login_for_an_address_without_mail_fails_clearly(mock_server: MockServer) -> None:
    with pytest.raises(AuthFailed, match=r"no code for nobody@example\.com"):
        login(mock_server.base_url, Credentials(email="nobody@example.com"))


def test_tokens_are_renewed_before_they_expire() -> None:
    now = float(int(time.time()))
    soon = jwt.encode({"exp": int(now) + 120}, KEY, algorithm="HS256")
    later = jwt.encode({"exp": int(now) + 3600}, KEY, algorithm="HS256")
    assert refresh_interval(soon, now) == 120 - REFRESH_MARGIN
    assert refresh_interval(later, now) == DEFAULT_REFRESH
    assert refresh_interval("not-a-jwt", now) == DEFAULT_REFRESH


@pytest.mark.slow
def test_report_dir_holds_junit_cassette_and_curl_reproductions(
    tmp_path: Path, mock_server: MockServer
) -> None:
    with defects_on(mock_server, "envelope-status") as server:
        code, output = fuzz(
            "--base-url",
            server.base_url,
            "--email",
            EMAIL,
            "--include",
            "campaignLink",
            "--max-examples",
            "3",
            "--seed",
            "3",
            "--report-dir",
            str(tmp_path),
        )
    assert code == 1, output
    suite = ET.parse(tmp_path / "junit.xml").getroot()
    failed = [case for case in suite.iter("testcase") if case.find("failure") is not None]
    assert [case.get("name") for case in failed] == ["GET /svc/campaign/getLink"]
    cassette = yaml.safe_load((tmp_path / "cassette.yaml").read_text(encoding="utf-8"))
    assert cassette["http_interactions"], "the cassette records the requests"
    scripts = sorted((tmp_path / "failures").glob("*.sh"))
    assert [path.name for path in scripts] == ["01-envelope_status_code.sh"]
    script = scripts[0].read_text(encoding="utf-8")
    curl = [line for line in script.splitlines() if line.startswith("curl -X GET")]
    assert len(curl) == 1 and "/svc/campaign/getLink?campaignId=" in curl[0]
    assert '"Authorization: Bearer $SKILLDEO_TOKEN"' in curl[0]
    assert "# check: envelope_status_code" in script
    assert "eyJ" not in script, "the real token must not be written to the report"


def test_expired_token_means_a_new_login_and_a_replay(mock_server: MockServer) -> None:
    """The mock's clock jumps past the token's life: the 401 is answered by logging in again."""
    config = build_config(FuzzOptions())
    config.projects.override.update(base_url=mock_server.base_url)
    schema = load_schema(FuzzOptions(), config, [])
    creds = Credentials(email=EMAIL)
    register(schema.auth, creds, login(mock_server.base_url, creds))
    case = schema["/svc/campaign/list"]["POST"].Case(body={})
    set_on_case(case, AuthContext(operation=case.operation, app=None), None)
    first = case.headers["Authorization"]
    assert case.call().status_code == 200
    httpx.post(f"{mock_server.root}/_mock/clock", json={"advance_seconds": 7200}).raise_for_status()
    try:
        assert case.call().status_code == 401, "the old token must have expired"
        response = case.call_and_validate(checks=[])
    finally:
        # the clock only moves forward; reset puts it back for the rest of the session
        httpx.post(f"{mock_server.root}/_mock/reset").raise_for_status()
    assert response.status_code == 200
    assert case.headers["Authorization"] != first


@pytest.mark.slow
def test_max_time_stops_the_run_and_says_so(mock_server: MockServer) -> None:
    code, output = fuzz("--base-url", mock_server.base_url, "--email", EMAIL, "--max-time", "2")
    assert code == 0, output
    assert "stopped at --max-time 2s: later phases did not run" in output


@pytest.mark.slow
def test_without_a_url_it_fuzzes_the_bundled_mock_and_stops_it() -> None:
    code, output = fuzz("--include", "campaignLink", "--max-examples", "3", "--seed", "5")
    assert code == 0, output
    started = re.search(r"started the bundled mock at (http://127\.0\.0\.1:\d+/api/v1)", output)
    assert started is not None, output
    flat = " ".join(output.split())
    assert f"auth: OTP login as {EMAIL} (code from the mock's outbox)" in flat
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{started.group(1)}/svc/campaign/getLink", timeout=2.0)
