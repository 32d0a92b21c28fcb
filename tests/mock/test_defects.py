"""Each defect really breaks the mock the way it says, and the healthy mock does not.

One in-process mock serves every case: defects are switched at run time through
POST /_mock/defects and cleared by reset; one case checks that --defect at start does the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

from skilldeo_mock.options import DEFECTS
from tests.support.contract import current, response_field
from tests.support.inprocess import InProcessMock, in_process_mock
from tests.support.seed import SEED_EMAIL
from tests.support.servers import TEST_OTP


def token_for(http: httpx.Client) -> str:
    """Sign the seed user in with the fixed code, without contract checks (defects break them)."""
    session = http.post("auth/loginOTP", json={"email": SEED_EMAIL}).json()["session_id"]
    body = {"email": SEED_EMAIL, "session_id": session, "verification_code": TEST_OTP}
    token: str = http.post("auth/loginVerify", json=body).json()["token"]
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
}


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
