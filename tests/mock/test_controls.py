"""The mock's test controls (injected faults, latency, seeded fault rate) and its command line."""

from __future__ import annotations

import copy
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import yaml
from typer.testing import CliRunner

from generator.cli import app
from generator.core.spec import Spec
from skilldeo_mock.options import DEFECTS, parse
from tests.support.apicheck import Api, ResponseChecker, login
from tests.support.inprocess import in_process_mock
from tests.support.seed import SEED_EMAIL
from tests.support.servers import TEST_OTP, MockServer, free_port

JANE = SEED_EMAIL
LINK = {"campaignId": 22554}


@pytest.fixture
def api(api: Api) -> Api:
    """The module's mock, reset, with the seed user signed in."""
    api.token = login(api, JANE)["token"]
    return api


def raw(api: Api, headers: dict[str, str] | None = None) -> httpx.Response:
    """A getLink call without the contract check: injected 429 and 503 are not in the spec."""
    sent = {"Authorization": f"Bearer {api.token}", **(headers or {})}
    return api.http.get("svc/campaign/getLink", params=LINK, headers=sent)


@pytest.mark.parametrize(("status", "retry_after"), [(429, "1"), (503, "1"), (500, None)])
def test_fault_header_fails_one_request(api: Api, status: int, retry_after: str | None) -> None:
    failed = raw(api, {"X-Mock-Fault": str(status)})
    assert failed.status_code == status
    assert failed.json() == {
        "message": failed.json()["message"],
        "status_code": status,
        "error": True,
    }
    assert failed.json()["message"]
    assert failed.headers.get("retry-after") == retry_after
    assert raw(api).status_code == 200


def test_retry_after_can_be_chosen(api: Api) -> None:
    failed = raw(api, {"X-Mock-Fault": "429", "X-Mock-Retry-After": "7"})
    assert failed.headers["retry-after"] == "7"


def test_bad_fault_header_is_a_400(api: Api) -> None:
    assert raw(api, {"X-Mock-Fault": "404"}).status_code == 400
    assert raw(api, {"X-Mock-Latency-Ms": "soon"}).status_code == 400


def test_queued_faults_hit_the_next_matching_calls(api: Api) -> None:
    queued = {"status": 503, "count": 2, "retry_after": 3, "operation": "campaignList"}
    assert api.control("faults", queued).status_code == 200
    assert raw(api).status_code == 200  # another operation is not affected
    for _ in range(2):
        failed = api.http.post(
            "svc/campaign/list", json={}, headers={"Authorization": f"Bearer {api.token}"}
        )
        assert failed.status_code == 503 and failed.headers["retry-after"] == "3"
    api.ok("campaignList", json={})


def test_queued_fault_rejects_bad_requests(api: Api) -> None:
    assert api.control("faults", {"status": 404}).status_code == 400
    assert api.control("faults", {"status": 500, "operation": "nope"}).status_code == 400
    assert api.control("faults", {"status": 500, "count": 0}).status_code == 400


def test_defects_switch_at_run_time_and_reset_clears_them(api: Api) -> None:
    name = next(iter(DEFECTS))
    switched = api.control("defects", {"defects": [name]})
    assert switched.status_code == 200 and switched.json() == {"defects": [name]}
    api.control("reset").raise_for_status()
    assert api.control("defects", {"defects": []}).json() == {"defects": []}


@pytest.mark.parametrize(
    ("body", "field"),
    [({"defects": ["no-such-defect"]}, "unknown no-such-defect"), ({"defects": "x"}, "a list")],
)
def test_bad_defect_switches_are_a_400_with_the_envelope(
    api: Api, body: dict[str, object], field: str
) -> None:
    refused = api.control("defects", body)
    assert refused.status_code == 400
    assert refused.json()["error"] is True and field in refused.json()["message"]


def test_latency_header_slows_one_request(api: Api) -> None:
    started = time.monotonic()
    assert raw(api, {"X-Mock-Latency-Ms": "300"}).status_code == 200
    assert time.monotonic() - started >= 0.3


@pytest.mark.slow
def test_latency_flag_and_seeded_fault_rate() -> None:
    def statuses() -> list[int]:
        args = ("--latency-ms", "20", "--fault-rate", "500=0.5", "--seed", "7")
        with in_process_mock(*args) as s, s.client(base_url=s.base_url) as http:
            started = time.monotonic()
            codes = [http.get("svc/campaign/getLink").status_code for _ in range(40)]
            assert time.monotonic() - started >= 40 * 0.02
            return codes

    first = statuses()
    assert set(first) == {401, 500} and 5 < first.count(500) < 35
    assert statuses() == first  # the same seed fails the same calls


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.parametrize(
    "bad",
    [
        ["--otp", "12"],
        ["--defect", "nope"],
        ["--fault-rate", "404=0.5"],
        ["--fault-rate", "500=2"],
        ["--port", "70000"],
        ["--workers", "0"],
        ["--max-sessions", "5"],
        ["--read-timeout", "0"],
    ],
)
def test_bad_options_are_usage_errors(bad: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        parse(bad)
    assert stopped.value.code == 2
    assert bad[0] in capsys.readouterr().err
    # `skilldeo-api mock` hands its arguments to the same parser
    done = CliRunner().invoke(app, ["mock", *bad])
    assert done.exit_code == 2 and bad[0] in done.stderr and "skilldeo-api mock" in done.stderr


def test_help_lists_every_defect(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse(["--help"])
    text = capsys.readouterr().out
    assert all(f"  {name} " in text for name in DEFECTS)
    cli = CliRunner().invoke(app, ["mock", "--help"]).stdout
    assert all(f"  {name} " in cli for name in DEFECTS)


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_prints_base_url_and_stops_cleanly(sig: signal.Signals) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "mock", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert f"http://127.0.0.1:{port}/api/v1" in line
    assert httpx.get(f"http://127.0.0.1:{port}/_mock/health").json()["status"] == "ok"
    proc.send_signal(sig)
    assert proc.wait(timeout=10) == 0
    assert "Traceback" not in proc.stdout.read()


def test_port_in_use_is_a_clear_error(mock_server: MockServer) -> None:
    port = mock_server.root.rsplit(":", 1)[1]
    done = _run(sys.executable, "-m", "skilldeo_mock", "--port", port)
    assert done.returncode == 1 and "cannot listen" in done.stderr


def test_a_changed_spec_changes_the_server(tmp_path: Path, spec: Spec) -> None:
    """Routes and validation come from the document: a copy with a tighter `Top` and a new path."""
    data = copy.deepcopy(spec.data)
    data["components"]["schemas"]["Top"]["maximum"] = 50
    example = {"message": "pong", "status_code": 200, "error": False}
    media = {"application/json": {"examples": {"pong": {"value": example}}}}
    data["paths"]["/svc/ping"] = {
        "get": {
            "operationId": "ping",
            "responses": {"200": {"description": "ok", "content": media}},
        }
    }
    changed = tmp_path / "openapi.yaml"
    changed.write_text(yaml.safe_dump(data, sort_keys=False))
    with in_process_mock("--otp", TEST_OTP, "--spec", str(changed)) as s:
        api = Api.over(s, ResponseChecker(spec))
        token = login(api, JANE, TEST_OTP)["token"]
        auth = {"Authorization": f"Bearer {token}"}
        http = api.http
        refused = http.post("svc/campaign/list", json={"top": 60}, headers=auth)
        assert refused.status_code == 400 and refused.json()["message"] == "top: must be <= 50"
        ok = http.post("svc/campaign/list", json={"top": 50}, headers=auth)
        assert ok.status_code == 200 and len(ok.json()["records"]) == 43
        # A new operation with no handler yet is routed; with no response schema to build from,
        # it answers its documented example, marked as generic.
        pong = http.get("svc/ping")
        assert pong.json() == example and pong.headers["x-skilldeo-mock"] == "generic"
        assert http.post("svc/ping").status_code == 405
