"""Per-call options, configured copies and raw responses (issue 13, item 3), sync and async.

Every method takes `extra_headers`, `extra_query`, `extra_body`, `timeout` and `max_retries`;
`with_options()` copies a client with other defaults, sharing its connection pool;
`with_raw_response.<method>()` answers status, headers and `.parse()`; and a result's own HTTP
response is `response_of(result)` (dropped by pickle and deepcopy, which must not carry the
token along).
"""

from __future__ import annotations

import asyncio
import copy
import json
import pickle
from typing import Any

import httpx
import pytest
from skilldeo_client import (
    APIResponse,
    AsyncSkilldeo,
    NotFoundError,
    Skilldeo,
    response_of,
)
from skilldeo_client.models import CampaignLinkResponse, CampaignListResponse

from tests.sdk.examples import AGENT, LINK_ANSWER, LIST_ANSWER
from tests.support.seed import SEED_USER
from tests.support.servers import MockServer

BASE = "http://sdk.test/api/v1"


def _offline(seen: list[httpx.Request], **options: Any) -> Skilldeo:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = LIST_ANSWER if request.method == "POST" else LINK_ANSWER
        return httpx.Response(200, json=body, headers={"X-Request-Id": f"r{len(seen)}"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    return Skilldeo(token="t", base_url=BASE, http_client=http, **options)


def test_extra_headers_query_and_body_apply_to_one_call() -> None:
    seen: list[httpx.Request] = []
    with _offline(seen) as client:
        client.campaign_list(
            top=2,
            extra_headers={"X-Trace": "abc"},
            extra_query={"debug": "1"},
            extra_body={"beta_flag": True},
        )
        client.campaign_link(campaign_id=AGENT, extra_query={"lang": "en"})
        client.campaign_list(top=2)
    first, second, third = seen
    assert first.headers["x-trace"] == "abc" and first.url.params["debug"] == "1"
    assert json.loads(first.content) == {"top": 2, "beta_flag": True}
    assert second.url.params["lang"] == "en" and len(second.url.params) == 2
    assert "x-trace" not in third.headers and "debug" not in third.url.params
    assert json.loads(third.content) == {"top": 2}


def test_per_call_options_reach_every_page_request() -> None:
    seen: list[httpx.Request] = []
    with _offline(seen) as client:
        list(client.iter_campaign_list(limit=1, extra_headers={"X-Trace": "pages"}, timeout=3.0))
        client.page_campaign_list(extra_query={"debug": "1"})
    assert seen[0].headers["x-trace"] == "pages"
    assert seen[0].extensions["timeout"]["read"] == 3.0
    assert seen[1].url.params["debug"] == "1"


def test_with_options_copies_the_client_and_shares_its_pool() -> None:
    seen: list[httpx.Request] = []
    client = _offline(seen, max_retries=2)
    other = client.with_options(
        timeout=4.0, max_retries=0, base_url="http://other.test/v2", default_headers={"X-A": "1"}
    )
    assert other is not client and other._http is client._http
    assert (other.max_retries, client.max_retries) == (0, 2)
    assert (other.timeout.read, client.timeout.read) == (4.0, 30.0)
    other.campaign_link(campaign_id=AGENT)
    client.campaign_link(campaign_id=AGENT)
    assert str(seen[0].url).startswith("http://other.test/v2/") and seen[0].headers["x-a"] == "1"
    assert str(seen[1].url).startswith(BASE) and "x-a" not in seen[1].headers
    other.close()
    assert not client._http.is_closed  # a copy leaves the shared pool open
    client._http.close()  # the test's own httpx client


def test_a_copy_of_a_client_with_its_own_pool_leaves_it_to_the_original() -> None:
    client = Skilldeo(base_url=BASE)
    client.with_options(max_retries=0).close()
    assert not client._http.is_closed
    client.close()
    assert client._http.is_closed


def test_a_copy_shares_the_token_unless_given_its_own() -> None:
    seen: list[httpx.Request] = []
    client = _offline(seen)
    shared, own = client.with_options(max_retries=0), client.with_options(token="mine", org_id=7)
    client.set_token("fresh")
    for each in (client, shared, own):
        each.campaign_link(campaign_id=AGENT)
    assert [r.headers["authorization"] for r in seen] == [
        "Bearer fresh",
        "Bearer fresh",
        "Bearer mine",
    ]
    assert own.org_id == 7 and client.org_id is None
    client.close()


def test_raw_responses_give_status_headers_and_the_model() -> None:
    seen: list[httpx.Request] = []
    with _offline(seen) as client:
        raw = client.with_raw_response.campaign_list(top=3, extra_headers={"X-Trace": "raw"})
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "r1"
    assert raw.json() == LIST_ANSWER and seen[0].headers["x-trace"] == "raw"
    page = raw.parse()
    assert isinstance(page, CampaignListResponse) and raw.parse() is page
    assert [r.id for r in page.records] == [r["id"] for r in LIST_ANSWER["records"]]
    assert response_of(page) is raw.http_response


def test_a_result_exposes_its_response_but_no_copy_carries_it() -> None:
    seen: list[httpx.Request] = []
    with _offline(seen) as client:
        link = client.campaign_link(campaign_id=AGENT)
    response = response_of(link)
    assert response.headers["x-request-id"] == "r1"
    assert response.request.headers["authorization"] == "Bearer t"
    assert b"Bearer" not in pickle.dumps(link)  # the request (and its token) stays behind
    for twin in (pickle.loads(pickle.dumps(link)), copy.deepcopy(link)):
        assert twin == link
        with pytest.raises(LookupError, match="did not come from a call"):
            response_of(twin)
    with pytest.raises(LookupError):
        response_of(CampaignLinkResponse.from_dict(LINK_ANSWER))


def test_raw_responses_against_the_mock_still_raise_errors(mock: MockServer, token: str) -> None:
    with Skilldeo(token=token, base_url=mock.base_url, max_retries=0) as client:
        raw = client.with_raw_response.campaign_link(campaign_id=AGENT)
        assert raw.status_code == 200
        assert raw.headers["content-type"].startswith("application/json")
        assert raw.parse().link == LINK_ANSWER["link"]
        with pytest.raises(NotFoundError):
            client.with_raw_response.campaign_link(campaign_id=2**31 - 1)
        details = client.campaign_details(campaign_id=AGENT, user_id=SEED_USER)
        assert response_of(details).status_code == 200


def test_async_options_copies_and_raw_responses(mock: MockServer, token: str) -> None:
    async def run() -> tuple[APIResponse[CampaignLinkResponse], httpx.Response, int]:
        async with AsyncSkilldeo(token=token, base_url=mock.base_url) as client:
            fast = client.with_options(max_retries=0, timeout=5.0)
            assert fast._http is client._http and fast.max_retries == 0
            raw = await fast.with_raw_response.campaign_link(
                campaign_id=AGENT, extra_headers={"X-Trace": "async"}
            )
            link = await fast.campaign_link(campaign_id=AGENT, extra_query={"lang": "en"})
            page = await client.page_campaign_list(top=2, extra_headers={"X-Trace": "p"})
            return raw, response_of(link), len(page.records)

    raw, response, records = asyncio.run(run())
    assert raw.status_code == 200 and raw.parse().link == LINK_ANSWER["link"]
    assert response.request.url.params["lang"] == "en"
    assert records == 2
