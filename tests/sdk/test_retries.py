"""Retries, backoff, Retry-After and timeouts of the generated SDK.

Against the mock's fault injection where the server's behaviour matters (queued faults prove how
many attempts were made), on an in-process httpx.MockTransport where the client's does (transport
errors, the delays it sleeps, the timeout it sends).
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time
from collections.abc import Callable

import httpx
import pytest
import skilldeo_client._base as transport
from skilldeo_client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    APIConnectionError,
    APITimeoutError,
    AsyncSkilldeo,
    BadRequestError,
    RateLimitError,
    ServerError,
    Skilldeo,
)
from skilldeo_client.models import CampaignListRequest

from tests.support.contract import current, largest_page
from tests.support.seed import queue_faults
from tests.support.servers import MockServer

LINK = {"message": "Success", "link": "https://x.example/j", "status_code": 200, "error": False}


def test_queued_faults_are_retried_until_success(mock: MockServer, token: str) -> None:
    queue_faults(mock, status=503, count=2, retry_after=0, operation="campaignLink")
    with Skilldeo(token=token, base_url=mock.base_url, max_retries=2) as client:
        assert client.campaign_link(campaign_id=22554).link.startswith("https://")


@pytest.mark.slow
def test_attempts_are_max_retries_plus_one(mock: MockServer, token: str) -> None:
    queue_faults(mock, status=500, count=3, retry_after=0, operation="campaignLink")
    with (
        Skilldeo(token=token, base_url=mock.base_url, max_retries=2) as client,
        pytest.raises(ServerError),
    ):
        client.campaign_link(campaign_id=22554)
    # exactly three faults were consumed: a call without retries now succeeds
    with Skilldeo(token=token, base_url=mock.base_url, max_retries=0) as client:
        assert client.campaign_link(campaign_id=22554).link.startswith("https://")


def test_zero_retries_disables_them(mock: MockServer, token: str) -> None:
    queue_faults(mock, status=503, count=1, retry_after=0, operation="campaignLink")
    with Skilldeo(token=token, base_url=mock.base_url, max_retries=0) as client:
        with pytest.raises(ServerError) as failed:
            client.campaign_link(campaign_id=22554)
        assert failed.value.status_code == 503
        assert client.campaign_link(campaign_id=22554).link.startswith("https://")


@pytest.mark.slow
def test_retry_after_is_honoured(mock: MockServer, token: str) -> None:
    queue_faults(mock, status=429, count=1, retry_after=1, operation="campaignLink")
    with Skilldeo(token=token, base_url=mock.base_url, max_retries=1) as client:
        started = time.monotonic()
        client.campaign_link(campaign_id=22554)
        waited = time.monotonic() - started
    assert waited >= 0.95  # the first backoff alone (at most 0.5 s) would be shorter


def test_rate_limit_raised_when_retries_run_out(mock: MockServer) -> None:
    headers = {"X-Mock-Fault": "429", "X-Mock-Retry-After": "0"}
    with (
        Skilldeo(
            base_url=mock.base_url, max_retries=1, http_client=httpx.Client(headers=headers)
        ) as c,
        pytest.raises(RateLimitError) as limited,
    ):
        c.campaign_link(campaign_id=22554)
    assert limited.value.response is not None
    assert limited.value.response.headers["retry-after"] == "0"


def _assert_faults_left(mock: MockServer, token: str, left: int) -> None:
    """Exactly `left` campaignLink faults remain: so many single attempts fail, then one passes."""
    with Skilldeo(token=token, base_url=mock.base_url, max_retries=0) as client:
        for _ in range(left):
            with pytest.raises(ServerError):
                client.campaign_link(campaign_id=22554)
        assert client.campaign_link(campaign_id=22554).link.startswith("https://")


def test_call_with_zero_retries_makes_one_attempt_despite_client(
    mock: MockServer, token: str
) -> None:
    queue_faults(mock, status=503, count=3, retry_after=0, operation="campaignLink")
    with (
        Skilldeo(token=token, base_url=mock.base_url, max_retries=2) as client,
        pytest.raises(ServerError),
    ):
        client.campaign_link(campaign_id=22554, max_retries=0)
    _assert_faults_left(mock, token, 2)


def test_call_with_two_retries_makes_three_attempts_despite_client(
    mock: MockServer, token: str
) -> None:
    queue_faults(mock, status=503, count=4, retry_after=0, operation="campaignLink")
    with (
        Skilldeo(token=token, base_url=mock.base_url, max_retries=0) as client,
        pytest.raises(ServerError),
    ):
        client.campaign_link(campaign_id=22554, max_retries=2)
    _assert_faults_left(mock, token, 1)


def test_async_call_max_retries_overrides_client(mock: MockServer, token: str) -> None:
    async def call(client_retries: int, call_retries: int) -> None:
        async with AsyncSkilldeo(
            token=token, base_url=mock.base_url, max_retries=client_retries
        ) as client:
            with pytest.raises(ServerError):
                await client.campaign_link(campaign_id=22554, max_retries=call_retries)

    queue_faults(mock, status=503, count=3, retry_after=0, operation="campaignLink")
    asyncio.run(call(2, 0))
    _assert_faults_left(mock, token, 2)
    queue_faults(mock, status=503, count=4, retry_after=0, operation="campaignLink")
    asyncio.run(call(0, 2))
    _assert_faults_left(mock, token, 1)


def test_paging_iterators_take_max_retries_per_page(mock: MockServer, token: str) -> None:
    queue_faults(mock, status=503, count=1, retry_after=0, operation="campaignList")
    with Skilldeo(token=token, base_url=mock.base_url, max_retries=2) as client:
        with pytest.raises(ServerError):
            next(client.iter_campaign_list(max_retries=0))
        whole = client.campaign_list(
            body=CampaignListRequest(top=largest_page(current(), "campaignList"))
        ).records
    queue_faults(mock, status=503, count=1, retry_after=0, operation="campaignList")

    async def collect() -> list[int]:
        async with AsyncSkilldeo(token=token, base_url=mock.base_url, max_retries=0) as aclient:
            return [a.id async for a in aclient.iter_campaign_list(max_retries=1)]

    assert asyncio.run(collect()) == [agent.id for agent in whole]


def test_negative_per_call_max_retries_is_rejected_before_sending() -> None:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=LINK)

    with _client(record) as client, pytest.raises(ValueError, match="max_retries"):
        client.campaign_link(campaign_id=1, max_retries=-1)
    assert sent == []


def test_retry_log_counts_against_the_call_limit(
    sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    answers = iter([httpx.Response(503, json={"message": "busy"}), httpx.Response(200, json=LINK)])
    with (
        caplog.at_level(logging.INFO, logger="skilldeo_client"),
        _client(lambda request: next(answers), max_retries=0) as client,
    ):
        client.campaign_link(campaign_id=1, max_retries=4)
    assert len(sleeps) == 1
    assert "retry 1 of 4" in caplog.text


def _client(
    handler: Callable[[httpx.Request], httpx.Response],
    *,
    max_retries: int = DEFAULT_MAX_RETRIES,
    timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
) -> Skilldeo:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return Skilldeo(
        token="t",
        base_url="http://sdk.test/api/v1",
        http_client=http,
        max_retries=max_retries,
        timeout=timeout,
    )


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    slept: list[float] = []
    monkeypatch.setattr(time, "sleep", slept.append)
    return slept


def test_connection_errors_back_off_exponentially_with_jitter(sleeps: list[float]) -> None:
    calls: list[httpx.Request] = []

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) <= 3:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json=LINK)

    with _client(flaky, max_retries=3) as client:
        assert client.campaign_link(campaign_id=1).link == "https://x.example/j"
    assert len(calls) == 4
    for attempt, delay in enumerate(sleeps):
        full = 0.5 * 2**attempt
        assert 0.75 * full <= delay <= full
    assert str(calls[0].url) == "http://sdk.test/api/v1/svc/campaign/getLink?campaignId=1"
    assert calls[0].headers["authorization"] == "Bearer t"


def test_connection_error_when_retries_run_out(sleeps: list[float]) -> None:
    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with _client(down, max_retries=2) as client, pytest.raises(APIConnectionError) as failed:
        client.campaign_link(campaign_id=1)
    assert len(sleeps) == 2 and failed.value.status_code is None


def test_timeouts_raise_api_timeout_error(sleeps: list[float]) -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with _client(slow, max_retries=1) as client, pytest.raises(APITimeoutError):
        client.campaign_link(campaign_id=1)
    assert len(sleeps) == 1


def test_timeout_is_finite_and_per_call(sleeps: list[float]) -> None:
    seen: list[dict[str, float | None]] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=LINK)

    with _client(record) as client:
        client.campaign_link(campaign_id=1)
        client.campaign_link(campaign_id=1, timeout=2.5)
    with _client(record, timeout=7.0) as client:
        client.campaign_link(campaign_id=1)
    assert seen[0] == {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    assert seen[1]["read"] == 2.5 and seen[2]["read"] == 7.0


def test_retry_after_as_http_date_and_capped(sleeps: list[float]) -> None:
    later = email.utils.format_datetime(
        email.utils.localtime().astimezone().replace(microsecond=0), usegmt=False
    )
    answers = iter(
        [
            httpx.Response(503, headers={"Retry-After": later}, json={"message": "busy"}),
            httpx.Response(429, headers={"Retry-After": "86400"}, json={"message": "slow down"}),
            httpx.Response(503, headers={"Retry-After": "soon"}, json={"message": "busy"}),
            httpx.Response(200, json=LINK),
        ]
    )
    with _client(lambda request: next(answers), max_retries=3) as client:
        client.campaign_link(campaign_id=1)
    assert sleeps[0] <= 1.0  # a date in the past or now: no wait
    assert sleeps[1] == transport.MAX_RETRY_AFTER
    assert 0.75 * 2.0 <= sleeps[2] <= 2.0  # unreadable: the third backoff step instead


def test_4xx_is_not_retried(sleeps: list[float]) -> None:
    calls = []

    def bad(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(400, json={"message": "campaignId: must be positive", "error": True})

    with _client(bad, max_retries=3) as client, pytest.raises(BadRequestError) as failed:
        client.campaign_link(campaign_id=1)
    assert len(calls) == 1 and sleeps == []
    assert str(failed.value) == "400: campaignId: must be positive"
