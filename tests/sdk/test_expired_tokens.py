"""Expired tokens (issue 13, item 7), sync and async.

`set_token()` swaps the token; `login(..., relogin=True)` keeps the otp callable and signs in again
when a call meets 401 (the mock's clock moved past the token's hour), then repeats the call; a
re-login runs once however many threads or tasks met the expired token.
"""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from skilldeo_client import (
    AsyncSkilldeo,
    AuthenticationError,
    Skilldeo,
    async_login,
    login,
)

from tests.sdk.examples import AGENT, LINK_ANSWER
from tests.support.seed import SEED_EMAIL, latest_code
from tests.support.servers import TEST_OTP, MockServer

AN_HOUR_AND_A_BIT = 3601
BASE = "http://sdk.test"


def _expire_tokens(mock: MockServer) -> None:
    advance = {"advance_seconds": AN_HOUR_AND_A_BIT}
    httpx.post(f"{mock.root}/_mock/clock", json=advance, timeout=5.0).raise_for_status()


def test_without_relogin_an_expired_token_raises(mock: MockServer) -> None:
    with login(SEED_EMAIL, otp=TEST_OTP, base_url=mock.base_url) as client:
        _expire_tokens(mock)
        with pytest.raises(AuthenticationError) as expired:
            client.campaign_link(campaign_id=AGENT)
    assert expired.value.status_code == 401 and "expired" in expired.value.message.lower()


def test_relogin_signs_in_again_and_repeats_the_call(mock: MockServer) -> None:
    code = latest_code(mock, SEED_EMAIL)
    with login(SEED_EMAIL, otp=code, base_url=mock.base_url, relogin=True) as client:
        first = client._token
        _expire_tokens(mock)
        assert client.campaign_link(campaign_id=AGENT).link == LINK_ANSWER["link"]
        assert client._token != first
        assert client.campaign_link(campaign_id=AGENT).link  # the new token is kept


def test_relogin_needs_a_callable_otp(mock: MockServer) -> None:
    with pytest.raises(ValueError, match="relogin=True needs otp to be a callable"):
        login(SEED_EMAIL, otp=TEST_OTP, base_url=mock.base_url, relogin=True)


def test_set_token_swaps_the_token_of_a_client_built_from_one(mock: MockServer) -> None:
    with login(SEED_EMAIL, otp=TEST_OTP, base_url=mock.base_url) as signed_in:
        fresh = signed_in._token
    assert fresh is not None
    with Skilldeo(token="stale.token.value", base_url=mock.base_url, max_retries=0) as client:
        with pytest.raises(AuthenticationError):
            client.campaign_link(campaign_id=AGENT)
        client.set_token(fresh)
        assert client.campaign_link(campaign_id=AGENT).link == LINK_ANSWER["link"]


def _server(valid: list[str], seen: list[str]) -> httpx.MockTransport:
    """401 for any token but the last of `valid`; a link for that one."""

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization", ""))
        if request.headers.get("authorization") == f"Bearer {valid[-1]}":
            return httpx.Response(200, json=LINK_ANSWER)
        return httpx.Response(401, json={"message": "Token expired; sign in again"})

    return httpx.MockTransport(answer)


def test_many_threads_meeting_the_expired_token_sign_in_again_once() -> None:
    valid, seen = ["new-1"], list[str]()
    refreshes: list[float] = []
    lock = threading.Lock()

    def refresh() -> str:
        with lock:
            refreshes.append(time.monotonic())
        time.sleep(0.05)  # long enough for every thread to meet the 401
        return valid[-1]

    http = httpx.Client(transport=_server(valid, seen))
    client = Skilldeo(
        token="old", base_url="http://sdk.test", http_client=http, refresh_token=refresh
    )
    with ThreadPoolExecutor(max_workers=8) as pool:
        links = list(pool.map(lambda _: client.campaign_link(campaign_id=AGENT).link, range(8)))
    assert links == [LINK_ANSWER["link"]] * 8
    assert len(refreshes) == 1 and client._token == "new-1"
    assert seen.count("Bearer new-1") == 8 and seen.count("Bearer old") >= 1


def test_a_refresh_that_does_not_help_raises_after_one_try() -> None:
    valid, seen = ["never-sent"], list[str]()
    calls: list[int] = []

    def refresh() -> str:
        calls.append(1)
        return "still-wrong"

    http = httpx.Client(transport=_server(valid, seen))
    client = Skilldeo(
        token="old", base_url="http://sdk.test", http_client=http, refresh_token=refresh
    )
    with pytest.raises(AuthenticationError):
        client.campaign_link(campaign_id=AGENT)
    assert len(calls) == 1 and len(seen) == 2


def test_async_relogin_and_one_refresh_for_many_tasks(mock: MockServer) -> None:
    async def against_the_mock() -> str:
        code = latest_code(mock, SEED_EMAIL)
        async with await async_login(
            SEED_EMAIL, otp=code, base_url=mock.base_url, relogin=True
        ) as client:
            _expire_tokens(mock)
            return (await client.campaign_link(campaign_id=AGENT)).link

    assert asyncio.run(against_the_mock()) == LINK_ANSWER["link"]

    valid, seen, refreshes = ["new-1"], list[str](), list[int]()

    async def refresh() -> str:
        refreshes.append(1)
        await asyncio.sleep(0.05)
        return valid[-1]

    async def many_tasks() -> list[str]:
        http = httpx.AsyncClient(transport=_server(valid, seen))
        async with AsyncSkilldeo(
            token="old", base_url="http://sdk.test", http_client=http, refresh_token=refresh
        ) as client:
            calls = [client.campaign_link(campaign_id=AGENT) for _ in range(5)]
            links = [link.link for link in await asyncio.gather(*calls)]
        await http.aclose()
        return links

    assert asyncio.run(many_tasks()) == [LINK_ANSWER["link"]] * 5
    assert len(refreshes) == 1
