"""Page objects and `limit=` (issue 13, item 10), sync and async.

`page_*()` returns the first page with `records`, `total_count`, `has_next_page()` and
`next_page()`; `iter_*(limit=N)` stops after N records and asks for no more than it still needs,
so islice-style use does not fetch a full page for a few records.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from typing import Any

import httpx
import pytest
from skilldeo_client import AsyncPage, AsyncSkilldeo, Skilldeo, SyncPage
from skilldeo_client.models import CampaignListResponse, CampaignSummary

from tests.support.contract import current, largest_page
from tests.support.servers import MockServer

AGENTS_PAGE = largest_page(current(), "campaignList")


def _counting(bodies: list[dict[str, Any]]) -> httpx.Client:
    def record(request: httpx.Request) -> None:
        bodies.append(json.loads(request.content or b"{}"))

    return httpx.Client(event_hooks={"request": [record]})


def test_pages_walk_the_whole_list_once(mock: MockServer, token: str) -> None:
    sent: list[dict[str, Any]] = []
    with Skilldeo(token=token, base_url=mock.base_url, http_client=_counting(sent)) as client:
        whole = [a.id for a in client.campaign_list(top=AGENTS_PAGE).records]
        sent.clear()
        page: SyncPage[CampaignSummary, CampaignListResponse] = client.page_campaign_list(top=7)
        assert isinstance(page.response, CampaignListResponse)
        assert page.total_count == len(whole) and page.skip == 0 and len(page) == 7
        ids = [a.id for a in page]
        while page.has_next_page():
            page = page.next_page()
            ids += [a.id for a in page.records]
        with pytest.raises(RuntimeError, match="last page"):
            page.next_page()
    assert ids == whole
    # the first page is the request as given (no skip: 0); each next one moves skip on
    assert [body.get("skip", 0) for body in sent] == list(range(0, len(whole), 7))
    assert {body["top"] for body in sent} == {7}
    assert "has_next_page=False" in repr(page)


@pytest.mark.parametrize(("top", "limit"), [(None, 5), (5, 12), (None, 0), (3, 1000)])
def test_limit_asks_for_no_more_than_it_needs(
    mock: MockServer, token: str, top: int | None, limit: int
) -> None:
    sent: list[dict[str, Any]] = []
    with Skilldeo(token=token, base_url=mock.base_url, http_client=_counting(sent)) as client:
        whole = [a.id for a in client.campaign_list(top=AGENTS_PAGE).records]
        sent.clear()
        request = {} if top is None else {"top": top}
        got = [a.id for a in client.iter_campaign_list(body=request, limit=limit)]
    assert got == whole[:limit]
    size = top or AGENTS_PAGE
    asked, left = [], min(limit, len(whole))
    while left > 0:
        asked.append(min(size, left))
        left -= asked[-1]
    if limit > len(whole):  # the last page came back short: the list ended there
        asked = [size] * len(asked)
    assert [body["top"] for body in sent] == asked


def test_islice_of_an_iterator_with_a_limit_makes_one_small_request(
    mock: MockServer, token: str
) -> None:
    sent: list[dict[str, Any]] = []
    with Skilldeo(token=token, base_url=mock.base_url, http_client=_counting(sent)) as client:
        first = list(itertools.islice(client.iter_campaign_list(limit=5), 5))
    assert len(first) == 5 and sent == [{"top": 5, "skip": 0}]


def test_a_negative_limit_is_refused_before_sending() -> None:
    with (
        Skilldeo(token="t", base_url="http://sdk.test") as client,
        pytest.raises(ValueError, match="limit must be 0 or more"),
    ):
        client.iter_campaign_list(limit=-1)


def test_async_pages_and_limit(mock: MockServer, token: str) -> None:
    async def run() -> tuple[list[int], list[int], list[int]]:
        async with AsyncSkilldeo(token=token, base_url=mock.base_url) as client:
            page: AsyncPage[CampaignSummary, CampaignListResponse]
            page = await client.page_campaign_list(top=AGENTS_PAGE // 2 or 1)
            ids = [a.id for a in page.records]
            while page.has_next_page():
                page = await page.next_page()
                ids += [a.id for a in page.records]
            limited = [a.id async for a in client.iter_campaign_list(limit=3)]
            whole = (await client.campaign_list(top=AGENTS_PAGE)).records
            return ids, limited, [a.id for a in whole]

    ids, limited, whole = asyncio.run(run())
    assert ids == whole and limited == whole[:3]
