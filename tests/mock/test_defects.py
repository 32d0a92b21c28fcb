"""Each defect really breaks the mock the way it says, and the healthy mock does not.

One in-process mock serves every case: defects are switched at run time through
POST /_mock/defects and cleared by reset; one case checks that --defect at start does the same.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from generator.core.effective import effective
from skilldeo_mock.auth import TOKEN_TTL_SECONDS
from skilldeo_mock.defects import SLOW_SECONDS
from skilldeo_mock.options import DEFECTS
from tests.support.contract import current, request_field, response_field
from tests.support.inprocess import InProcessMock, in_process_mock
from tests.support.seed import PEER_EMAIL, SEED_EMAIL
from tests.support.servers import TEST_OTP


def verify(http: httpx.Client, email: str = SEED_EMAIL) -> tuple[dict[str, str], httpx.Response]:
    """Start a login and verify it with the fixed code: the verification sent, and the answer."""
    session = http.post("auth/loginOTP", json={"email": email}).json()["session_id"]
    body = {"email": email, "session_id": session, "verification_code": TEST_OTP}
    return body, http.post("auth/loginVerify", json=body)


def token_for(http: httpx.Client, email: str = SEED_EMAIL) -> str:
    """Sign a seed user in with the fixed code, without contract checks (defects break them)."""
    token: str = verify(http, email)[1].json()["token"]
    return token


class Probe:
    """Signed-in requests against one mock."""

    def __init__(self, mock: InProcessMock) -> None:
        self.root = mock.root
        self.http = mock.client(base_url=mock.base_url + "/")
        self.token = token_for(self.http)

    def switch(self, *defects: str) -> None:
        control = self.http.post(f"{self.root}/_mock/defects", json={"defects": list(defects)})
        assert control.status_code == 200, control.text

    def reset(self) -> None:
        """Back to the seed and the defects the mock started with; sign in again."""
        self.http.post(f"{self.root}/_mock/reset").raise_for_status()
        self.token = token_for(self.http)

    def get(self, path: str, token: str | None = None, **params: int) -> httpx.Response:
        auth = {"Authorization": f"Bearer {self.token if token is None else token}"}
        return self.http.get(path, params=params, headers=auth)

    def post(self, path: str, body: object, token: str | None = None) -> httpx.Response:
        auth = {"Authorization": f"Bearer {self.token if token is None else token}"}
        return self.http.post(path, json=body, headers=auth)


def _server_error(p: Probe) -> bool:
    r = p.post("svc/campaign/list", {"search_param": "café"})
    return r.status_code == 500 and "Traceback" in r.text


def _schema_break(p: Probe) -> bool:
    r = p.get("svc/campaign/getDetails", campaignId=22554, userId=1042)
    return r.status_code == 200 and r.json()["records"]["id"] == "22554"


def _undocumented_status(p: Probe) -> bool:
    return p.post("svc/interview/list", {}).status_code == 409


def _accept_invalid(p: Probe) -> bool:
    return p.post("svc/campaign/list", {"top": 0, "status": "paused"}).status_code == 200


def _ignore_auth(p: Probe) -> bool:
    return (
        p.get("svc/campaign/getLink", token="forged.token.here", campaignId=22554).status_code
        == 200
    )


def _wrong_content_type(p: Probe) -> bool:
    r = p.get("svc/campaign/getLink", campaignId=22554)
    return r.headers["content-type"].startswith("text/plain")


def _envelope_status(p: Probe) -> bool:
    r = p.get("svc/campaign/getLink", campaignId=22554)
    return r.status_code == 200 and r.json()["status_code"] != 200


def _error_flag(p: Probe) -> bool:
    r = p.get("svc/campaign/getLink", campaignId=99999)
    return r.status_code == 404 and r.json()["error"] is False


def _empty_message(p: Probe) -> bool:
    return bool(p.get("svc/campaign/getLink", campaignId=22554).json()["message"] == "")


def _paging(p: Probe) -> bool:
    body = p.post("svc/campaign/list", {"top": 10}).json()
    has_more = body[response_field(current(), "campaignList", "has_more")]
    return len(body["records"]) > 10 or has_more is not (body["total_count"] > 10)


def _echo_token(p: Probe) -> bool:
    return p.token in p.get("svc/campaign/getLink", campaignId=22554).text


def _peer_interview(p: Probe) -> int:
    """An interview of the other seed organisation, as its own user lists it."""
    records = p.post("svc/interview/list", {}, token=token_for(p.http, PEER_EMAIL)).json()
    return int(records["records"][0]["interview_id"])


def _bola_result(p: Probe) -> bool:
    return p.get("svc/interview/getResult", interviewId=_peer_interview(p)).status_code == 200


def _flip_signature(token: str) -> str:
    head, payload, signature = token.split(".")
    raw = bytearray(base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4)))
    raw[0] ^= 0x01
    return f"{head}.{payload}.{base64.urlsafe_b64encode(raw).decode().rstrip('=')}"


def _unverified_token(p: Probe) -> bool:
    forged = _flip_signature(p.token)
    return p.get("svc/campaign/getLink", token=forged, campaignId=22554).status_code == 200


def _ignore_expiry(p: Probe) -> bool:
    old = p.token
    p.http.post(f"{p.root}/_mock/clock", json={"advance_seconds": TOKEN_TTL_SECONDS + 1})
    p.token = token_for(p.http)  # the next probe's token is fresh again
    return p.get("svc/campaign/getLink", token=old, campaignId=22554).status_code == 200


def _reusable_code(p: Probe) -> bool:
    used, first = verify(p.http)
    assert first.status_code == 200
    return p.http.post("auth/loginVerify", json=used).status_code == 200


def _paging_unaligned(p: Probe) -> bool:
    top = 10
    total = p.post("svc/campaign/list", {}).json()["total_count"]
    skip = next(s for s in range(total - top + 1, total) if s % top)  # unaligned, last page
    body = p.post("svc/campaign/list", {"top": top, "skip": skip}).json()
    return bool(body[response_field(current(), "campaignList", "has_more")])


def _slow_result(p: Probe) -> bool:
    started = time.monotonic()
    assert p.get("svc/interview/getResult", interviewId=5012).status_code == 200
    return time.monotonic() - started >= SLOW_SECONDS * 0.9


def _lax_email(p: Probe) -> bool:
    body = {"emails": ["a..b@example.com"], "campaign_id": 22554, "user_id": 1042}
    return p.post("svc/interview/invite", {**body, "invited_from": "api"}).status_code == 200


PROBES: dict[str, Callable[[Probe], bool]] = {
    "server-error": _server_error,
    "schema-break": _schema_break,
    "undocumented-status": _undocumented_status,
    "accept-invalid": _accept_invalid,
    "ignore-auth": _ignore_auth,
    "wrong-content-type": _wrong_content_type,
    "envelope-status": _envelope_status,
    "error-flag": _error_flag,
    "empty-message": _empty_message,
    "paging": _paging,
    "echo-token": _echo_token,
    "bola-result": _bola_result,
    "unverified-token": _unverified_token,
    "ignore-expiry": _ignore_expiry,
    "reusable-code": _reusable_code,
    "paging-unaligned": _paging_unaligned,
    "slow-result": _slow_result,
    "lax-email": _lax_email,
}

# The defects that fire only on the inputs that trigger them: with the defect on, ordinary
# requests are answered exactly as by the healthy mock.
TRIGGERED = (
    "bola-result",
    "unverified-token",
    "ignore-expiry",
    "reusable-code",
    "paging-unaligned",
    "slow-result",
    "lax-email",
)


@pytest.fixture(scope="module")
def inproc() -> Iterator[InProcessMock]:
    with in_process_mock("--otp", TEST_OTP) as s:
        yield s


@pytest.fixture
def probe(inproc: InProcessMock) -> Iterator[Probe]:
    reset = inproc.client().post(f"{inproc.root}/_mock/reset")
    assert reset.status_code == 200
    probe = Probe(inproc)
    yield probe
    probe.reset()


def test_every_defect_has_a_probe() -> None:
    assert set(PROBES) == set(DEFECTS)


@pytest.mark.parametrize("name", list(PROBES))
def test_defect_changes_behaviour(name: str, probe: Probe) -> None:
    shows = PROBES[name]
    assert not shows(probe), f"the healthy mock already shows {name}"
    probe.switch(name)
    assert shows(probe), f"defect {name} changed nothing"
    # The login flow the fuzzer relies on keeps working under every defect.
    assert token_for(probe.http).count(".") == 2
    probe.reset()
    assert not shows(probe), f"reset left {name} on"


def test_a_defect_given_at_start_is_on_and_survives_reset() -> None:
    name = "paging"
    with in_process_mock("--otp", TEST_OTP, "--defect", name) as broken:
        probe = Probe(broken)
        assert PROBES[name](probe)
        probe.reset()
        assert PROBES[name](probe)


def _ordinary(p: Probe) -> list[tuple[int, object]]:
    """Ordinary signed-in calls of every secured operation, and a normal login: their answers."""
    calls = [
        p.post("svc/campaign/list", {"top": 10, "skip": 0}),
        p.get("svc/campaign/getDetails", campaignId=22554, userId=1042),
        p.get("svc/campaign/getLink", campaignId=22554),
        p.post("svc/interview/list", {"top": 10, "skip": 10}),
        p.get("svc/interview/getResult", interviewId=2147483647),
        p.get("svc/campaign/getLink", token="not-a-token", campaignId=22554),
        p.post("svc/interview/invite", {"emails": ["x@y"], "campaign_id": 1, "user_id": 1}),
        verify(p.http)[1],
    ]
    return [(r.status_code, r.json().get("records", r.json().get("message"))) for r in calls]


@pytest.mark.parametrize("name", TRIGGERED)
def test_a_triggered_defect_leaves_ordinary_requests_alone(name: str, probe: Probe) -> None:
    healthy = _ordinary(probe)
    probe.switch(name)
    assert _ordinary(probe) == healthy


def test_lax_email_skips_only_the_format_check(probe: Probe) -> None:
    """Under `lax-email` an address that passes a lax pattern skips the format check alone: the
    length rule of the spec still refuses one that is too long, and valid ones still pass."""
    top = int(
        effective(current(), request_field(current(), "interviewInvite", "emails")["items"])[
            "maxLength"
        ]
    )
    probe.switch("lax-email")
    body = {"campaign_id": 22554, "user_id": 1042, "invited_from": "api"}
    long_valid = "a@"
    while len(long_valid) + 64 <= top - 3:
        long_valid += "x" * 63 + "."
    long_valid += "x" * (top - 3 - len(long_valid)) + ".io"  # exactly `top` long
    for emails, status in (
        (["a..b@example.com"], 200),
        ([long_valid], 200),
        ([long_valid + "x"], 400),
    ):
        answer = probe.post("svc/interview/invite", {**body, "emails": emails})
        assert answer.status_code == status, (emails, answer.text)
