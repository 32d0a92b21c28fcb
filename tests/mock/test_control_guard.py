"""Issue 14, items 1, 2, 5, 6 and 7: control routes that cannot be abused, tokens that do not
outlive a reset, bounded clock moves, validated control bodies, the fault cap, CORS on the
contract routes only.

The hostile requests of the issue, replayed against the in-process mock (a client address other
than loopback is the ASGI transport's `client`, as uvicorn sets it from the socket's peer).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from skilldeo_mock.options import Limits, parse
from skilldeo_mock.server import exposure
from tests.support.apicheck import Api, ResponseChecker, login
from tests.support.inprocess import InProcessMock, in_process_mock
from tests.support.seed import SEED_EMAIL
from tests.support.servers import TEST_OTP

REMOTE = "192.0.2.10"  # TEST-NET-1: a client on another machine
CONTROL_TOKEN = "control-token-for-tests-0123456789"


def envelope(response: httpx.Response, status: int) -> str:
    """Assert the error envelope with `status`; its message."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body == {"message": body["message"], "status_code": status, "error": True}
    assert body["message"]
    message: str = body["message"]
    return message


def outbox_size(server: InProcessMock) -> int:
    with server.client() as http:
        reply = http.get(f"{server.root}/_mock/outbox", params={"email": SEED_EMAIL})
        return len(reply.json()["messages"])


# 1: the outbox, and every control route, for loopback clients only --------------------------
@pytest.mark.parametrize(
    ("method", "route"),
    [("GET", "outbox?email=jane.doe%40acme.example"), ("POST", "reset"), ("GET", "health")],
)
def test_control_routes_refuse_other_machines(
    server: InProcessMock, api: Api, method: str, route: str
) -> None:
    api.ok("loginOTP", json={"email": SEED_EMAIL})
    with server.client(address=REMOTE) as http:
        refused = http.request(method, f"{server.root}/_mock/{route}")
    assert "loopback" in envelope(refused, 403)
    assert outbox_size(server) == 1  # not reset either


def test_an_ipv4_mapped_client_is_judged_by_its_ipv4_address(server: InProcessMock) -> None:
    """A dual-stack socket reports IPv4 peers as `::ffff:a.b.c.d`."""
    url = f"{server.root}/_mock/health"
    with server.client(address="::ffff:127.0.0.1") as http:
        assert http.get(url).status_code == 200
    with server.client(address=f"::ffff:{REMOTE}") as http:
        assert "loopback" in envelope(http.get(url), 403)


def test_control_token_opens_them_to_any_client_that_sends_it() -> None:
    with in_process_mock("--otp", TEST_OTP, "--control-token", CONTROL_TOKEN) as server:
        url = f"{server.root}/_mock/outbox"
        query = {"email": SEED_EMAIL}
        with server.client(address=REMOTE) as http:
            missing = http.get(url, params=query)
            assert "--control-token" in envelope(missing, 401)
            assert missing.headers["www-authenticate"] == "Bearer"
            wrong = http.get(url, params=query, headers={"Authorization": "Bearer nope"})
            envelope(wrong, 401)
            good = {"Authorization": f"Bearer {CONTROL_TOKEN}"}
            assert http.get(url, params=query, headers=good).status_code == 200
        with server.client() as local:  # loopback needs it too, once it is set
            envelope(local.get(url, params=query), 401)


def test_a_non_loopback_bind_needs_expose_and_says_what_it_exposes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for host in ("0.0.0.0", "::", "192.0.2.1", "example.com"):
        with pytest.raises(SystemExit) as stopped:
            parse(["--host", host])
        assert stopped.value.code == 2
        assert "--expose" in capsys.readouterr().err
    assert parse(["--host", "localhost"]).host == "localhost"
    options = parse(["--host", "0.0.0.0", "--expose", "--otp", TEST_OTP])
    said = "\n".join(exposure(options, "0.0.0.0", 4010))
    assert "EXPOSED" in said and "loopback clients only" in said and "--otp" in said
    tokened = parse(["--host", "0.0.0.0", "--expose", "--control-token", CONTROL_TOKEN])
    assert "--control-token" in "\n".join(exposure(tokened, "0.0.0.0", 4010))
    assert exposure(parse([]), "127.0.0.1", 4010) == []


def test_a_short_control_token_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        parse(["--control-token", "short"])
    assert stopped.value.code == 2 and "--control-token" in capsys.readouterr().err


# 2: no cross-site wipes, no DNS rebinding ---------------------------------------------------
@pytest.mark.parametrize(
    ("headers", "content", "status"),
    [
        ({"Content-Type": "text/plain"}, b"{}", 415),
        ({"Content-Type": "text/plain"}, b"", 415),
        ({"Content-Type": "application/x-www-form-urlencoded"}, b"a=1", 415),
        ({"Content-Type": "multipart/form-data; boundary=x"}, b"--x--", 415),
        ({}, b"{}", 415),  # a body without a Content-Type
        ({"Origin": "https://attacker.example"}, b"", 403),
        ({"Origin": "null"}, b"", 403),
        ({"Host": "attacker.example"}, b"", 403),
        ({"Host": "attacker.example:4010"}, b"", 403),
    ],
)
def test_reset_refuses_what_a_browser_could_forge(
    server: InProcessMock, api: Api, headers: dict[str, str], content: bytes, status: int
) -> None:
    api.ok("loginOTP", json={"email": SEED_EMAIL})
    with server.client() as http:
        refused = http.post(f"{server.root}/_mock/reset", headers=headers, content=content)
    envelope(refused, status)
    assert outbox_size(server) == 1  # nothing was reset
    assert "access-control-allow-origin" not in refused.headers


def test_host_check_accepts_this_mock_and_refuses_rebound_names(server: InProcessMock) -> None:
    url = f"{server.root}/_mock/health"
    with server.client() as http:
        for host in ("127.0.0.1:4010", "localhost:4010", "[::1]:4010", "mock.test"):
            assert http.get(url, headers={"Host": host}).status_code == 200, host
        for host in ("attacker.example", "127.0.0.1.attacker.example", "10.1.2.3:4010"):
            envelope(http.get(url, headers={"Host": host}), 403)


def test_control_routes_never_answer_cors(server: InProcessMock) -> None:
    preflight = {
        "Origin": "null",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
    }
    with server.client() as http:
        asked = http.options(f"{server.root}/_mock/reset", headers=preflight)
        assert asked.status_code in (403, 405)
        assert "access-control-allow-origin" not in asked.headers
        health = http.get(f"{server.root}/_mock/health")
        assert "access-control-allow-origin" not in health.headers


def test_json_reset_and_bodyless_reset_from_tools_still_work(server: InProcessMock) -> None:
    with server.client() as http:
        assert http.post(f"{server.root}/_mock/reset", json={}).status_code == 200
        assert http.post(f"{server.root}/_mock/reset").status_code == 200  # curl -X POST


# CORS on the contract routes, for the reference site's try-it -------------------------------
def test_contract_routes_answer_preflights_and_carry_allow_origin(api: Api) -> None:
    asked = {
        "Origin": "null",  # a page opened from file://
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type",
    }
    reply = api.http.options("auth/loginOTP", headers=asked)
    assert reply.status_code == 204 and reply.content == b""
    assert reply.headers["access-control-allow-origin"] == "*"
    assert "POST" in reply.headers["access-control-allow-methods"]
    assert reply.headers["access-control-allow-headers"] == "authorization, content-type"
    odd = {**asked, "Access-Control-Request-Headers": "x\r\ny: z"}
    assert "x" not in api.http.options("auth/loginOTP", headers=odd).headers.get(
        "access-control-allow-headers", "x"
    )
    sent = api.http.post("auth/loginOTP", json={"email": SEED_EMAIL}, headers={"Origin": "null"})
    assert sent.status_code == 200 and sent.headers["access-control-allow-origin"] == "*"
    denied = api.http.post("svc/campaign/list", json={}, headers={"Origin": "null"})
    assert denied.status_code == 401 and denied.headers["access-control-allow-origin"] == "*"
    assert "www-authenticate" in denied.headers["access-control-expose-headers"].lower()
    assert api.http.options("no/such/path").status_code == 404


# 5: a reset rotates the signing key ---------------------------------------------------------
def _signup(api: Api, email: str) -> str:
    session_id = api.ok("signupOTP", json={"email": email})["session_id"]
    body = {"email": email, "session_id": session_id, "verification_code": TEST_OTP}
    token: str = api.ok("signupVerify", json=body)["token"]
    return token


def test_a_deleted_users_token_dies_with_the_reset(api: Api) -> None:
    first = _signup(api, "first@example.com")
    api.ok("campaignList", json={}, token=first)
    api.control("reset").raise_for_status()
    second = _signup(api, "second@example.com")  # the same new user id as `first` had
    api.ok("campaignList", json={}, token=second)
    assert "token" in api.fails("campaignList", 401, json={}, token=first).lower()


# 6: control bodies are validated, the clock stays within what datetime holds ----------------
@pytest.mark.parametrize(
    ("route", "body", "field"),
    [
        ("faults", {"status": 500, "operation": [1]}, "operation"),
        ("faults", {"status": 500, "operation": {"a": 1}}, "operation"),
        ("faults", {"status": "500"}, "status"),
        ("faults", [1], "body"),
        ("clock", {"advance_seconds": -1}, "advance_seconds"),
        ("clock", {"advance_seconds": 1.5}, "advance_seconds"),
        ("clock", {}, "advance_seconds"),
        ("defects", {"defects": [1]}, "defects"),
    ],
)
def test_bad_control_bodies_are_400_with_the_envelope(
    api: Api, route: str, body: object, field: str
) -> None:
    assert envelope(api.control(route, body), 400).startswith(field)


def test_broken_json_in_a_control_body_is_a_400(server: InProcessMock) -> None:
    with server.client() as http:
        sent = http.post(
            f"{server.root}/_mock/faults",
            content=b"{nope",
            headers={"Content-Type": "application/json"},
        )
    assert envelope(sent, 400).startswith("body")


def test_the_clock_stops_before_year_9999(api: Api) -> None:
    step = 10 * 365 * 86_400
    moves = 0
    while (reply := api.control("clock", {"advance_seconds": step})).status_code == 200:
        moves += 1
        assert moves < 1000
    assert "9999" in envelope(reply, 400)
    assert 9989 <= datetime.fromisoformat(api_now(api)).year <= 9999
    # Every operation still answers: codes and tokens expire within what datetime holds.
    api.ok("loginOTP", json={"email": SEED_EMAIL})
    token = login(api, SEED_EMAIL, TEST_OTP)["token"]
    api.ok("campaignList", json={}, token=token)


def api_now(api: Api) -> str:
    """The mock clock's time now (a zero advance answers it)."""
    now: str = api.control("clock", {"advance_seconds": 0}).json()["now"]
    return now.replace("Z", "+00:00")


# 7: the fault queue is capped ---------------------------------------------------------------
@pytest.fixture
def capped(response_checker: ResponseChecker) -> Iterator[Api]:
    with in_process_mock("--otp", TEST_OTP, "--max-faults", "3") as server:
        api = Api.over(server, response_checker)
        yield api
        api.close()


def test_the_fault_queue_is_capped(capped: Api) -> None:
    for _ in range(3):
        assert capped.control("faults", {"status": 500, "count": 1000}).status_code == 200
    assert "--max-faults" in envelope(capped.control("faults", {"status": 500}), 400)
    capped.control("reset").raise_for_status()
    assert capped.control("faults", {"status": 500}).status_code == 200


def test_the_default_fault_cap_is_a_documented_limit() -> None:
    assert parse([]).limits.max_faults == Limits().max_faults > 0


def test_the_clock_now_is_a_date(api: Api) -> None:
    assert datetime.fromisoformat(api_now(api)).tzinfo == UTC


def test_a_mock_bound_by_name_checks_hosts_without_failing() -> None:
    with in_process_mock("--host", "localhost") as server, server.client() as http:
        url = f"{server.root}/_mock/health"
        assert http.get(url, headers={"Host": "localhost:4010"}).status_code == 200
        envelope(http.get(url, headers={"Host": "10.1.2.3"}), 403)
