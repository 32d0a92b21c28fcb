"""Issue 14, throughput: `--workers N` answers as one mock. Each check runs on every worker (a
keep-alive connection stays on the worker that accepted it; GET /_mock/health says which one)
after the change was made through another: records, tokens, the outbox, reset, the clock, queued
faults, defects and the OTP rate-limit counters are shared through the SQLite file."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import httpx
import pytest

from tests.support.seed import SEED_EMAIL, SEED_ORG
from tests.support.servers import TEST_OTP, MockServer, running_mock

WORKERS = 2
CODES = 10  # new codes per address: enough for the checks, few enough to reach
LINK = {"campaignId": 22554}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pair() -> Iterator[MockServer]:
    args = [
        *("--workers", str(WORKERS), "--otp", TEST_OTP),
        *("--otp-codes-per-address", str(CODES), "--otp-codes-per-client", "100000"),
        *("--otp-tries-per-address", "100000", "--otp-tries-per-client", "100000"),
    ]
    with running_mock(*args, relax_otp_limits=False) as server:
        yield server


@pytest.fixture
def mock(pair: MockServer) -> MockServer:
    httpx.post(f"{pair.root}/_mock/reset", timeout=5).raise_for_status()
    return pair


def on_every_worker(server: MockServer, check: Callable[[httpx.Client], None]) -> set[int]:
    """Run `check` on a connection of each worker (new connections until each has had one)."""
    seen: set[int] = set()
    for _ in range(200):
        with httpx.Client(base_url=server.base_url, timeout=10) as http:
            worker = http.get(f"{server.root}/_mock/health").json()["worker"]
            if worker not in seen:
                check(http)
                seen.add(worker)
        if len(seen) == WORKERS:
            return seen
    raise AssertionError(f"only workers {seen} accepted connections")


def token(http: httpx.Client) -> str:
    session = http.post("auth/loginOTP", json={"email": SEED_EMAIL}).json()["session_id"]
    body = {"email": SEED_EMAIL, "session_id": session, "verification_code": TEST_OTP}
    value: str = http.post("auth/loginVerify", json=body).json()["token"]
    return value


def bearer(value: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {value}"}


def test_the_workers_are_processes_of_the_mock(mock: MockServer) -> None:
    workers = on_every_worker(mock, lambda http: None)
    assert mock.running.process.pid not in workers
    children = Path(f"/proc/{mock.running.process.pid}/task/{mock.running.process.pid}/children")
    if children.exists():
        assert workers == {int(pid) for pid in children.read_text().split()}
    assert all(os.path.exists(f"/proc/{pid}") for pid in workers)


def test_a_token_and_a_write_from_one_worker_hold_on_every_worker(mock: MockServer) -> None:
    with httpx.Client(base_url=mock.base_url, timeout=10) as http:
        issued = token(http)
        invite = {"emails": ["w@example.com"], "campaign_id": 22554, "user_id": 1042}
        sent = http.post(
            "svc/interview/invite", json={**invite, "invited_from": "api"}, headers=bearer(issued)
        )
        assert sent.json()["invited_count"] == 1

    def check(http: httpx.Client) -> None:
        listed = http.post(
            "svc/interview/list",
            json={"org_id": SEED_ORG, "campaign_id": 22554},
            headers=bearer(issued),
        )
        assert listed.status_code == 200
        emails = [r["candidate_email"] for r in listed.json()["records"]]
        assert "w@example.com" in emails
        outbox = http.get(f"{mock.root}/_mock/outbox", params={"email": SEED_EMAIL}).json()
        assert len(outbox["messages"]) == 1

    on_every_worker(mock, check)


def test_reset_drops_tokens_and_records_on_every_worker(mock: MockServer) -> None:
    tokens = []
    on_every_worker(mock, lambda http: tokens.append(token(http)))
    for value in tokens:  # each worker has verified (and cached) its own
        on_every_worker(mock, partial(_status, value=value, status=200))
    httpx.post(f"{mock.root}/_mock/reset", timeout=5).raise_for_status()
    for value in tokens:
        on_every_worker(mock, partial(_status, value=value, status=401))


def _status(http: httpx.Client, value: str, status: int) -> None:
    got = http.get("svc/campaign/getLink", params=LINK, headers=bearer(value))
    assert got.status_code == status, got.text


def test_the_launchers_token_is_good_on_every_worker(mock: MockServer) -> None:
    """Running.token, which the benchmarks sign in with."""
    issued = mock.running.token(TEST_OTP)
    on_every_worker(mock, partial(_status, value=issued, status=200))


def test_the_clock_moves_for_every_worker(mock: MockServer) -> None:
    with httpx.Client(base_url=mock.base_url, timeout=10) as http:
        issued = token(http)
    on_every_worker(mock, lambda http: _status(http, issued, 200))
    moved = httpx.post(f"{mock.root}/_mock/clock", json={"advance_seconds": 3601}, timeout=5)
    moved.raise_for_status()
    on_every_worker(mock, lambda http: _status(http, issued, 401))


def test_queued_faults_are_taken_once_across_workers(mock: MockServer) -> None:
    with httpx.Client(base_url=mock.base_url, timeout=10) as http:
        issued = token(http)
    fault = {"status": 503, "count": 5, "operation": "campaignLink"}
    httpx.post(f"{mock.root}/_mock/faults", json=fault, timeout=5).raise_for_status()
    statuses: list[int] = []
    for _ in range(3):
        on_every_worker(
            mock,
            lambda http: statuses.extend(
                http.get("svc/campaign/getLink", params=LINK, headers=bearer(issued)).status_code
                for _ in range(2)
            ),
        )
    assert statuses.count(503) == 5 and statuses.count(200) == len(statuses) - 5


def test_defects_switch_on_and_off_for_every_worker(mock: MockServer) -> None:
    with httpx.Client(base_url=mock.base_url, timeout=10) as http:
        issued = token(http)
    switched = httpx.post(f"{mock.root}/_mock/defects", json={"defects": ["wrong-content-type"]})
    switched.raise_for_status()

    def content_type(expected: str) -> Callable[[httpx.Client], None]:
        def check(http: httpx.Client) -> None:
            got = http.get("svc/campaign/getLink", params=LINK, headers=bearer(issued))
            assert got.headers["content-type"] == expected

        return check

    on_every_worker(mock, content_type("text/plain"))
    httpx.post(f"{mock.root}/_mock/reset", timeout=5).raise_for_status()
    with httpx.Client(base_url=mock.base_url, timeout=10) as http:
        issued = token(http)
    on_every_worker(mock, content_type("application/json"))


def test_rate_limit_counters_are_shared(mock: MockServer) -> None:
    statuses: list[int] = []
    while len(statuses) < CODES + 4:
        on_every_worker(
            mock,
            lambda http: statuses.append(
                http.post("auth/loginOTP", json={"email": SEED_EMAIL}).status_code
            ),
        )
    assert statuses[:CODES] == [200] * CODES
    assert set(statuses[CODES:]) == {429}


def test_sigterm_stops_every_worker_and_exits_0() -> None:
    with running_mock("--workers", str(WORKERS)) as server:
        process = server.running.process
        workers = on_every_worker(server, lambda http: None)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=15) == 0
    assert not any(os.path.exists(f"/proc/{pid}/status") and _alive(pid) for pid in workers)


def _alive(pid: int) -> bool:
    """A process that still runs (a zombie waiting for its parent's wait does not count)."""
    state = Path(f"/proc/{pid}/status").read_text()
    return "State:\tZ" not in state
