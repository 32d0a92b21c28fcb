"""An httpx client passed in is used, never changed (issue 13, item 2), sync and async.

The base URL and the SDK's headers are applied to each request, so two SDK clients can share one
httpx client with different base URLs, the caller's own User-Agent and default headers are kept,
and closing the SDK client leaves the caller's httpx client open.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest
from skilldeo_client import AsyncSkilldeo, Skilldeo

from tests.sdk.examples import AGENT
from tests.support.contract import current, response_example

LINK = response_example(current(), "campaignLink")
PATH = current().operation("campaignLink").path
A, B = "http://a.test/api/v1", "http://b.test/v2"


def _base(request: httpx.Request) -> str:
    return str(request.url).split(PATH)[0]


def _recorder(seen: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=LINK)

    return httpx.MockTransport(answer)


def test_two_clients_share_one_httpx_client_without_changing_it() -> None:
    seen: list[httpx.Request] = []
    shared = httpx.Client(
        transport=_recorder(seen), headers={"User-Agent": "acme-hr/3.1", "X-Team": "hiring"}
    )
    before = (shared.base_url, dict(shared.headers))
    first = Skilldeo(token="t1", base_url=A, http_client=shared)
    second = Skilldeo(token="t2", base_url=B, http_client=shared)
    first.campaign_link(campaign_id=AGENT)
    second.campaign_link(campaign_id=AGENT)
    first.campaign_link(campaign_id=AGENT)
    assert [_base(r) for r in seen] == [A, B, A]
    assert [r.headers["authorization"] for r in seen] == ["Bearer t1", "Bearer t2", "Bearer t1"]
    assert {r.headers["user-agent"] for r in seen} == {"acme-hr/3.1"}  # the caller's own
    assert {r.headers["x-team"] for r in seen} == {"hiring"}
    assert (shared.base_url, dict(shared.headers)) == before
    first.close()
    second.close()
    assert not shared.is_closed  # the caller's client stays the caller's
    shared.close()


def test_a_plain_httpx_client_gets_the_sdk_user_agent() -> None:
    seen: list[httpx.Request] = []
    with Skilldeo(base_url=A, http_client=httpx.Client(transport=_recorder(seen))) as client:
        client.campaign_link(campaign_id=AGENT)
    assert seen[0].headers["user-agent"].startswith("skilldeo-client/")
    assert "authorization" not in seen[0].headers  # no token given, none sent


def test_a_client_of_our_own_is_closed_with_the_sdk_client() -> None:
    client = Skilldeo(base_url=A)
    client.close()
    assert client._http.is_closed


def test_async_clients_share_one_httpx_client_without_changing_it() -> None:
    seen: list[httpx.Request] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=LINK)

    async def run() -> httpx.AsyncClient:
        shared = httpx.AsyncClient(
            transport=httpx.MockTransport(answer), headers={"User-Agent": "acme-hr/3.1"}
        )
        async with (
            AsyncSkilldeo(token="t1", base_url=A, http_client=shared) as first,
            AsyncSkilldeo(token="t2", base_url=B, http_client=shared) as second,
        ):
            await first.campaign_link(campaign_id=AGENT)
            await second.campaign_link(campaign_id=AGENT)
        assert not shared.is_closed
        await shared.aclose()
        return shared

    shared = asyncio.run(run())
    assert [_base(r) for r in seen] == [A, B]
    assert [r.headers["authorization"] for r in seen] == ["Bearer t1", "Bearer t2"]
    assert {r.headers["user-agent"] for r in seen} == {"acme-hr/3.1"}
    assert shared.base_url == httpx.URL("")


@pytest.mark.parametrize("base_url", [A, A + "/"])
def test_the_base_url_is_joined_with_the_path_once(base_url: str) -> None:
    seen: list[httpx.Request] = []
    with Skilldeo(base_url=base_url, http_client=httpx.Client(transport=_recorder(seen))) as c:
        c.campaign_link(campaign_id=AGENT)
    assert str(seen[0].url).startswith(f"{A}{PATH}?")
