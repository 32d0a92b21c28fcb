"""Each --defect switch really breaks the mock the way it says, and the healthy mock does not."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

from skilldeo_mock.options import DEFECTS
from tests.support.apicheck import mock_token
from tests.support.servers import TEST_OTP, MockServer, running_mock

JANE = "jane.doe@acme.example"


def token_for(base_url: str) -> str:
    return mock_token(base_url, JANE, TEST_OTP)


class Probe:
    """Signed-in requests against one server."""

    def __init__(self, base_url: str) -> None:
        self.token = token_for(base_url)
        self.http = httpx.Client(base_url=base_url + "/", timeout=10.0)

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
    return len(body["records"]) > 10 or body["hasMore"] is not (body["total_count"] > 10)


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
def healthy() -> Iterator[MockServer]:
    with running_mock("--otp", TEST_OTP) as s:
        yield s


def test_every_defect_has_a_probe() -> None:
    assert set(PROBES) == set(DEFECTS)


@pytest.mark.parametrize("name", list(PROBES))
def test_defect_changes_behaviour(name: str, healthy: MockServer) -> None:
    probe = PROBES[name]
    assert not probe(Probe(healthy.base_url)), f"the healthy mock already shows {name}"
    with running_mock("--otp", TEST_OTP, "--defect", name) as broken:
        assert probe(Probe(broken.base_url)), f"--defect {name} changed nothing"
        # The login flow the fuzzer relies on keeps working under every defect.
        assert token_for(broken.base_url).count(".") == 2
