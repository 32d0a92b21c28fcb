"""Issue 14, item 3: OTP brute force. New codes and verification attempts are counted per e-mail
address and per client address, in the store; over a limit: 429 with Retry-After, as the contract
now documents for the sign-in operations."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest

from generator.core.spec import Spec
from skilldeo_mock.options import RELAXED_OTP_LIMIT, Limits, parse
from tests.support.apicheck import Api
from tests.support.contract import public_operations
from tests.support.inprocess import InProcessMock, in_process_mock
from tests.support.seed import PEER_EMAIL, SEED_EMAIL
from tests.support.servers import TEST_OTP

WINDOW = 600
TRIES, CODES = 7, 4  # per address; per client: twice that


@pytest.fixture(scope="module")
def server() -> Iterator[InProcessMock]:
    """This module's mock (conftest's `api` runs on it): small limits and no relaxing (random
    codes: a guess is a guess)."""
    limits = [
        *("--otp-window", str(WINDOW)),
        *("--otp-tries-per-address", str(TRIES), "--otp-tries-per-client", str(2 * TRIES)),
        *("--otp-codes-per-address", str(CODES), "--otp-codes-per-client", str(2 * CODES)),
    ]
    with in_process_mock(*limits, relax_otp_limits=False) as server:
        yield server


def guess(
    api: Api, email: str, session_id: str, code: str = "000000"
) -> tuple[int, dict[str, str]]:
    body = {"email": email, "session_id": session_id, "verification_code": code}
    reply = api.send("loginVerify", json=body)
    return reply.status_code, dict(reply.headers)


def test_the_sign_in_operations_document_429(spec: Spec) -> None:
    for operation_id in public_operations(spec):
        responses = spec.operation(operation_id).data["responses"]
        assert "429" in responses, operation_id
    assert "429" in spec.data["info"]["description"]


def test_brute_force_hits_429_across_new_sessions(api: Api) -> None:
    statuses: list[int] = []
    session_id, headers = "", dict[str, str]()
    for n in range(TRIES + 2):
        if n % 3 == 0:  # a new session every third guess: the per-session lockout never bites
            session_id = api.ok("loginOTP", json={"email": SEED_EMAIL})["session_id"]
        status, headers = guess(api, SEED_EMAIL, session_id)
        statuses.append(status)
    assert statuses[:TRIES] == [400] * TRIES
    assert statuses[TRIES:] == [429, 429]
    assert 1 <= int(headers["retry-after"]) <= WINDOW
    # Even the right code waits: the attacker cannot tell a hit from a miss.
    right = api.outbox(SEED_EMAIL)[-1]
    assert guess(api, SEED_EMAIL, right["session_id"], right["code"])[0] == 429


def test_the_limit_lifts_when_the_window_ends(api: Api) -> None:
    session_id = api.ok("loginOTP", json={"email": SEED_EMAIL})["session_id"]
    for _ in range(TRIES):
        guess(api, SEED_EMAIL, session_id)
    status, headers = guess(api, SEED_EMAIL, session_id)
    assert status == 429
    api.control("clock", {"advance_seconds": int(headers["retry-after"])}).raise_for_status()
    session_id = api.ok("loginOTP", json={"email": SEED_EMAIL})["session_id"]
    code = api.outbox(SEED_EMAIL)[-1]["code"]
    assert guess(api, SEED_EMAIL, session_id, code)[0] == 200


def test_new_codes_are_limited_per_address_whatever_the_client(
    api: Api, server: InProcessMock
) -> None:
    for n in range(CODES):
        with server.client(address=f"192.0.2.{n + 1}", base_url=server.base_url) as http:
            assert http.post("auth/loginOTP", json={"email": SEED_EMAIL}).status_code == 200
    message = api.fails("loginOTP", 429, json={"email": SEED_EMAIL})
    assert message.startswith("email:")
    api.ok("loginOTP", json={"email": PEER_EMAIL})  # another address is not affected


def test_new_codes_are_limited_per_client_whatever_the_address(api: Api) -> None:
    for n in range(2 * CODES):
        api.ok("signupOTP", json={"email": f"new{n}@example.com"})
    refused = api.send("signupOTP", json={"email": "one.more@example.com"})
    assert refused.status_code == 429 and refused.json()["message"].startswith("client:")
    assert int(refused.headers["retry-after"]) >= 1


def test_signup_verification_counts_too(api: Api) -> None:
    email = "brute@example.com"
    session_id = api.ok("signupOTP", json={"email": email})["session_id"]
    body = {"email": email, "session_id": session_id, "verification_code": "000000"}
    statuses = [api.send("signupVerify", json=body).status_code for _ in range(TRIES + 1)]
    assert statuses[-1] == 429 and 429 not in statuses[:TRIES]


def test_reset_clears_the_counters(api: Api) -> None:
    for _ in range(CODES):
        api.ok("loginOTP", json={"email": SEED_EMAIL})
    api.fails("loginOTP", 429, json={"email": SEED_EMAIL})
    api.control("reset").raise_for_status()
    api.ok("loginOTP", json={"email": SEED_EMAIL})


def test_defaults_are_safe_and_relaxing_is_explicit() -> None:
    defaults = parse([]).limits
    assert defaults == Limits()
    # At the default, guessing one six-digit code by halves takes months, not minutes.
    guesses_per_day = defaults.otp_tries_per_address * 86_400 / defaults.otp_window
    assert 500_000 / guesses_per_day > 30
    relaxed = parse(["--relax-otp-limits"]).limits
    assert relaxed.otp_tries_per_address == relaxed.otp_codes_per_client == RELAXED_OTP_LIMIT
    chosen = parse(["--relax-otp-limits", "--otp-tries-per-address", "3"]).limits
    assert chosen.otp_tries_per_address == 3


@pytest.mark.parametrize("flag", ["--otp-window", "--otp-codes-per-client", "--max-header-bytes"])
def test_bad_limits_are_usage_errors(flag: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        parse([flag, "0"])
    assert stopped.value.code == 2 and flag in capsys.readouterr().err


def test_fixed_otp_test_mock_is_relaxed_by_the_test_launch() -> None:
    with in_process_mock("--otp", TEST_OTP) as server:
        assert server.app.options.limits.otp_tries_per_client == RELAXED_OTP_LIMIT


def test_every_limit_is_documented_with_its_option_and_default() -> None:
    page = (Path(__file__).resolve().parents[2] / "docs" / "mock.md").read_text()
    rows = {
        line.split("|")[1].strip(): line for line in page.splitlines() if line.startswith("| `--")
    }
    for limit in fields(Limits):
        flag = "--" + limit.name.replace("_", "-")
        row = next((line for name, line in rows.items() if name.startswith(f"`{flag} ")), None)
        assert row is not None, f"{flag} is not in docs/mock.md#limits"
        assert f"| {getattr(Limits(), limit.name)} |" in row, f"{flag}: its default is not"
    assert "`--relax-otp-limits`" in page
