"""Logging and safe retries (issue 13, item 9), sync and async.

`SKILLDEO_LOG=debug` (or the `skilldeo_client` logger at DEBUG) logs each request's method, URL,
status and time, never the token. An operation that may be sent twice (a GET, or a POST the spec
marks `x-idempotent`) is retried on any failure; another POST only when the server cannot have
processed it: the connection was refused, or 429/503 came with Retry-After.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator

import httpx
import pytest
from skilldeo_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncSkilldeo,
    ServerError,
    Skilldeo,
)
from skilldeo_client.models import InviteResponse

from tests.sdk.examples import AGENT, LIST_ANSWER
from tests.support.contract import (
    body_example,
    current,
    response_example,
)
from tests.support.seed import SEED_USER, new_email, queue_faults
from tests.support.servers import MockServer

LINK_PATH = current().operation("campaignLink").path
INVITE_PATH = current().operation("interviewInvite").path
INVITE = {**body_example(current(), "interviewInvite"), "user_id": SEED_USER}
INVITE_ANSWER = response_example(current(), "interviewInvite")


def _x_idempotent(operation_id: str) -> bool:
    return current().operation(operation_id).data.get("x-idempotent") is True


def test_debug_logging_shows_method_url_status_and_time_but_no_token(
    mock: MockServer, token: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="skilldeo_client")
    with Skilldeo(token=token, base_url=mock.base_url) as client:
        client.campaign_link(campaign_id=AGENT)
        client.campaign_list(top=1)
    lines = [r.getMessage() for r in caplog.records if r.name == "skilldeo_client"]
    assert re.fullmatch(
        rf"GET {re.escape(mock.base_url + LINK_PATH)}\?\S+ -> 200 \(\d+\.\d ms\)", lines[0]
    ), lines
    assert lines[1].startswith("POST ") and " -> 200 (" in lines[1]
    assert token not in caplog.text and "Bearer" not in caplog.text


def test_skilldeo_log_prints_the_lines_on_stderr(mock: MockServer, token: str) -> None:
    code = (
        "import os, skilldeo_client as s\n"
        "with s.Skilldeo() as c:\n"
        f"    c.campaign_link(campaign_id={AGENT!r})\n"
    )
    env = {**os.environ, "SKILLDEO_LOG": "debug", "SKILLDEO_TOKEN": token}
    env["SKILLDEO_BASE_URL"] = mock.base_url
    run = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    assert "skilldeo_client DEBUG GET " in run.stderr and " -> 200 (" in run.stderr
    assert token not in run.stderr


def _count_attempts(mock: MockServer, token: str, call: Callable[[Skilldeo], object]) -> int:
    """How many faults one call consumed: queued faults minus those a retry-free probe meets."""
    with (
        Skilldeo(token=token, base_url=mock.base_url, max_retries=3) as client,
        contextlib.suppress(ServerError),
    ):
        call(client)
    left = 0
    with Skilldeo(token=token, base_url=mock.base_url, max_retries=0) as probe:
        while True:
            try:
                call(probe)
                return 3 - left
            except ServerError:
                left += 1


def _invite(client: Skilldeo) -> InviteResponse:
    return client.interview_invite(**{**INVITE, "emails": [new_email("retry")]})


def test_a_post_that_may_have_been_processed_is_not_retried(
    mock: MockServer, token: str, sleeps: list[float]
) -> None:
    assert not _x_idempotent("interviewInvite")
    queue_faults(mock, status=500, count=3, operation="interviewInvite")
    assert _count_attempts(mock, token, _invite) == 1


def test_a_post_refused_with_retry_after_is_retried(mock: MockServer, token: str) -> None:
    queue_faults(mock, status=503, count=1, retry_after=0, operation="interviewInvite")
    with Skilldeo(token=token, base_url=mock.base_url, max_retries=1) as client:
        assert _invite(client).invited_count == 1


def test_an_idempotent_post_is_retried_like_a_get(
    mock: MockServer, token: str, sleeps: list[float]
) -> None:
    assert _x_idempotent("campaignList")
    queue_faults(mock, status=500, count=3, operation="campaignList")
    assert _count_attempts(mock, token, lambda c: c.campaign_list(top=1)) == 3
    queue_faults(mock, status=500, count=3, operation="campaignLink")
    assert _count_attempts(mock, token, lambda c: c.campaign_link(campaign_id=AGENT)) == 3


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    return slept


def _offline(failures: Iterator[Exception | httpx.Response], calls: list[str]) -> Skilldeo:
    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        outcome = next(failures, None)
        if isinstance(outcome, Exception):
            raise outcome
        if outcome is not None:
            return outcome
        return httpx.Response(200, json=_answer(request))

    http = httpx.Client(transport=httpx.MockTransport(answer))
    return Skilldeo(token="t", base_url="http://sdk.test", http_client=http, max_retries=2)


def _answer(request: httpx.Request) -> object:
    return INVITE_ANSWER if request.url.path.endswith(INVITE_PATH) else LIST_ANSWER


def _request() -> httpx.Request:
    return httpx.Request("POST", "http://sdk.test")


POST_CASES = {
    "connection refused": ([httpx.ConnectError("refused", request=_request())], 2),
    "connect timeout": ([httpx.ConnectTimeout("slow", request=_request())], 2),
    "429 with Retry-After": ([httpx.Response(429, headers={"Retry-After": "0"})], 2),
    "503 with Retry-After": ([httpx.Response(503, headers={"Retry-After": "0"})], 2),
    "503 without Retry-After": ([httpx.Response(503, json={"message": "busy"})], 1),
    "500 with Retry-After": ([httpx.Response(500, headers={"Retry-After": "0"})], 1),
    "read timeout": ([httpx.ReadTimeout("slow", request=_request())], 1),
    "broken connection": ([httpx.RemoteProtocolError("closed", request=_request())], 1),
}


@pytest.mark.parametrize(("failures", "attempts"), POST_CASES.values(), ids=list(POST_CASES))
def test_a_non_idempotent_post_is_retried_only_when_it_cannot_have_been_processed(
    failures: list[Exception | httpx.Response], attempts: int, sleeps: list[float]
) -> None:
    calls: list[str] = []
    with _offline(iter(failures), calls) as client:
        try:
            client.interview_invite(**INVITE)
        except (ServerError, APIConnectionError):
            assert attempts == 1
        else:
            assert attempts == 2
    assert len(calls) == attempts and len(sleeps) == attempts - 1


def test_a_read_timeout_is_retried_for_an_idempotent_operation(sleeps: list[float]) -> None:
    calls: list[str] = []
    timeouts = iter([httpx.ReadTimeout("slow", request=_request())] * 2)
    with _offline(timeouts, calls) as client:
        client.campaign_list(top=1)
    assert len(calls) == 3
    with (
        _offline(iter([httpx.ReadTimeout("slow", request=_request())] * 3), []) as client,
        pytest.raises(APITimeoutError),
    ):
        client.interview_invite(**INVITE)


def test_async_follows_the_same_retry_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    async def no_wait(_: float) -> None:
        return None

    monkeypatch.setattr("skilldeo_client._base._sleep", no_wait)
    calls: list[str] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) in (1, 3):
            return httpx.Response(500, json={"message": "boom"})
        return httpx.Response(200, json=_answer(request))

    async def run() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
        async with AsyncSkilldeo(token="t", base_url="http://sdk.test", http_client=http) as c:
            await c.campaign_list(top=1)  # 500, then 200: retried
            with pytest.raises(ServerError):
                await c.interview_invite(**INVITE)  # 500: not retried
        await http.aclose()

    asyncio.run(run())
    assert len(calls) == 3
