"""The mock's sign-up and sign-in rules (codes expire, are single use, allow 5 wrong tries),
its tokens (missing, malformed, forged, expired: 401), and a restart with --db that loses nothing.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import httpx

from tests.support.apicheck import Api, ResponseChecker, login
from tests.support.contract import current, largest_page
from tests.support.inprocess import in_process_mock
from tests.support.seed import PEER_EMAIL, SEED_EMAIL
from tests.support.servers import TEST_OTP

JANE = SEED_EMAIL
PAGE = largest_page(current(), "interviewList")


def advance(api: Api, seconds: int) -> None:
    response = api.control("clock", {"advance_seconds": seconds})
    assert response.status_code == 200, response.text


def verify(api: Api, session_id: str, code: str, email: str = JANE) -> httpx.Response:
    body = {"email": email, "session_id": session_id, "verification_code": code}
    return api.send("loginVerify", json=body)


def start(api: Api, email: str = JANE) -> str:
    session_id: str = api.ok("loginOTP", json={"email": email})["session_id"]
    return session_id


def test_a_code_is_single_use(api: Api) -> None:
    session_id = start(api)
    assert verify(api, session_id, TEST_OTP).status_code == 200
    again = verify(api, session_id, TEST_OTP)
    assert again.status_code == 400 and "already used" in again.json()["message"]


def test_a_code_expires_after_ten_minutes(api: Api) -> None:
    fresh, stale = start(api), start(api)
    advance(api, 599)
    assert verify(api, fresh, TEST_OTP).status_code == 200
    advance(api, 2)
    late = verify(api, stale, TEST_OTP)
    assert late.status_code == 400 and "expired" in late.json()["message"]


def test_five_wrong_tries_void_the_code(api: Api) -> None:
    session_id = start(api)
    for _ in range(5):
        wrong = verify(api, session_id, "000000")
        assert wrong.json()["message"] == "verification_code: wrong code"
    blocked = verify(api, session_id, TEST_OTP)
    assert blocked.status_code == 400 and "too many wrong tries" in blocked.json()["message"]
    assert verify(api, start(api), TEST_OTP).status_code == 200


def test_four_wrong_tries_still_allow_the_right_code(api: Api) -> None:
    session_id = start(api)
    for _ in range(4):
        assert verify(api, session_id, "999999").status_code == 400
    assert verify(api, session_id, TEST_OTP).status_code == 200


def test_session_and_email_must_match(api: Api) -> None:
    session_id = start(api)
    other = verify(api, session_id, TEST_OTP, email=PEER_EMAIL)
    assert other.status_code == 400 and other.json()["message"].startswith("session_id:")
    assert verify(api, "no-such-session", TEST_OTP).status_code == 400
    missing = api.send("loginVerify", json={"email": JANE, "verification_code": TEST_OTP})
    assert missing.json()["message"] == "session_id: field is required"


def test_unknown_address_gets_a_session_but_no_code(api: Api) -> None:
    email = "nobody@nowhere.example"
    session_id = start(api, email)
    assert api.outbox(email) == []
    assert verify(api, session_id, TEST_OTP, email=email).status_code == 400


def test_signup_creates_a_new_organisation(api: Api) -> None:
    email = "ravi@newco.example"
    details = {"firstName": "Ravi", "organization": "NewCo", "role_id": 2}
    session_id = api.ok("signupOTP", json={"email": email, **details})["session_id"]
    assert [m["purpose"] for m in api.outbox(email)] == ["signup"]
    body = {"email": email, "session_id": session_id, "verification_code": TEST_OTP}
    token = api.ok("signupVerify", json={**body, "recievedFrom": "email"})["token"]
    listed = api.ok("campaignList", json={}, token=token)
    assert listed["records"] == [] and listed["total_count"] == 0
    signed_in = login(api, email)
    assert signed_in["org_id"] not in (88, 99)
    # The same address cannot register twice.
    again = api.ok("signupOTP", json={"email": email})["session_id"]
    refused = api.send("signupVerify", json={**body, "session_id": again})
    assert refused.status_code == 400 and refused.json()["message"].startswith("email:")


def test_a_login_code_does_not_complete_a_signup(api: Api) -> None:
    session_id = start(api)
    body = {"email": JANE, "session_id": session_id, "verification_code": TEST_OTP}
    assert api.send("signupVerify", json=body).status_code == 400


def _forge(token: str) -> str:
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["org"] = 99
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"{header}.{forged}.{signature}"


def test_bad_tokens_answer_401(api: Api) -> None:
    token = login(api, JANE)["token"]
    params = {"campaignId": 22554}
    for bad in ("", "not-a-jwt", _forge(token), token[:-2] + "xx"):
        assert "token" in api.fails("campaignLink", 401, params=params, token=bad).lower()
    raw = api.http.get("svc/campaign/getLink", params=params, headers={"Authorization": token})
    assert raw.status_code == 401 and raw.headers["www-authenticate"].startswith("Bearer")
    api.ok("campaignLink", params=params, token=token)
    advance(api, 3601)
    assert "expired" in api.fails("campaignLink", 401, params=params, token=token)


def test_restart_with_db_keeps_records_and_tokens(
    tmp_path: Path, response_checker: ResponseChecker
) -> None:
    db = tmp_path / "mock.db"
    invite = {
        "emails": ["kept@example.com"],
        "campaign_id": 22554,
        "user_id": 1042,
        "invited_from": "api",
    }
    with in_process_mock("--otp", TEST_OTP, "--db", str(db)) as first:
        api = Api.over(first, response_checker)
        api.token = login(api, JANE)["token"]
        api.ok("interviewInvite", json=invite)
        session_id = api.ok("signupOTP", json={"email": "kept@newco.example"})["session_id"]
        body = {
            "email": "kept@newco.example",
            "session_id": session_id,
            "verification_code": TEST_OTP,
        }
        new_token = api.ok("signupVerify", json=body)["token"]
        before = api.ok("interviewList", json={"top": PAGE})
        api.close()
    with in_process_mock("--db", str(db)) as second:
        api = Api.over(second, response_checker, token=api.token)
        after = api.ok("interviewList", json={"top": PAGE})
        assert after == before
        assert after["records"][0]["candidate_email"] == "kept@example.com"
        assert api.ok("campaignList", json={}, token=new_token)["total_count"] == 0
        assert len(api.outbox("kept@newco.example")) == 1
        api.close()


def test_a_token_minted_after_the_clock_moved_is_valid(api: Api) -> None:
    advance(api, 7200)
    token = login(api, JANE)["token"]
    api.ok("campaignLink", params={"campaignId": 22554}, token=token)
