"""Auto-pagination: every record once, pages fetched lazily, each stop rule honoured."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from skilldeo_client import AsyncSkilldeo, Skilldeo
from skilldeo_client.models import (
    CampaignListRequest,
    InterviewListRequest,
    InterviewStatus,
    SendInvitesRequestDto,
)

from tests.support.contract import current, largest_page, response_field
from tests.support.seed import SEED_USER, new_email
from tests.support.servers import MockServer

AGENTS_PAGE = largest_page(current(), "campaignList")
INTERVIEWS_PAGE = largest_page(current(), "interviewList")
HAS_MORE = response_field(current(), "campaignList", "has_more")  # the wire name


def _counting(bodies: list[dict[str, Any]]) -> httpx.Client:
    def record(request: httpx.Request) -> None:
        bodies.append(json.loads(request.content or b"{}"))

    return httpx.Client(event_hooks={"request": [record]})


def test_agents_across_pages_each_once(mock: MockServer, token: str) -> None:
    sent: list[dict[str, Any]] = []
    with Skilldeo(token=token, base_url=mock.base_url, http_client=_counting(sent)) as client:
        whole = client.campaign_list(body=CampaignListRequest(top=AGENTS_PAGE))
        assert whole.has_more is False and whole.total_count == len(whole.records) > 10
        sent.clear()
        paged = [agent.id for agent in client.iter_campaign_list(CampaignListRequest(top=5))]
    assert paged == [agent.id for agent in whole.records]
    assert len(set(paged)) == len(paged)
    pages = -(-len(paged) // 5)
    assert [body["skip"] for body in sent] == [5 * i for i in range(pages)]


def test_iteration_is_lazy_and_starts_at_skip(mock: MockServer, token: str) -> None:
    sent: list[dict[str, Any]] = []
    with Skilldeo(token=token, base_url=mock.base_url, http_client=_counting(sent)) as client:
        agents = client.iter_campaign_list(CampaignListRequest(top=2, skip=4))
        assert sent == []
        first = next(agents)
        assert len(sent) == 1 and sent[0]["skip"] == 4
        whole = client.campaign_list(body=CampaignListRequest(top=AGENTS_PAGE)).records
    assert first.id == whole[4].id


def test_interviews_across_pages_each_once_sync_and_async(mock: MockServer, token: str) -> None:
    invited = {new_email("page") for _ in range(7)}
    with Skilldeo(token=token, base_url=mock.base_url) as client:
        client.interview_invite(
            body=SendInvitesRequestDto(
                emails=sorted(invited), campaign_id=22553, user_id=SEED_USER, invited_from="api"
            )
        )
        wanted = InterviewListRequest(campaign_id=22553, status=InterviewStatus.INVITED, top=3)
        emails = [i.candidate_email for i in client.iter_interview_list(wanted)]
        whole = client.interview_list(
            body=InterviewListRequest(
                campaign_id=22553, status=InterviewStatus.INVITED, top=INTERVIEWS_PAGE
            )
        )
    assert emails == [i.candidate_email for i in whole.records]
    assert invited <= set(emails) and len(set(emails)) == len(emails) > 3

    async def collect() -> list[str]:
        async with AsyncSkilldeo(token=token, base_url=mock.base_url) as aclient:
            return [i.candidate_email async for i in aclient.iter_interview_list(wanted)]

    assert asyncio.run(collect()) == emails


def _pages(pages: list[dict[str, Any]]) -> Iterator[httpx.Response]:
    for page in pages:
        yield httpx.Response(
            200, json={"message": "Success", "status_code": 200, "error": False, **page}
        )


def _offline(pages: list[dict[str, Any]], seen: list[dict[str, Any]]) -> Skilldeo:
    answers = _pages(pages)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        return next(answers)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return Skilldeo(token="t", base_url="http://sdk.test", http_client=http)


def _agents(*ids: int) -> list[dict[str, Any]]:
    return [{"id": i, "name": f"agent {i}"} for i in ids]


@pytest.mark.parametrize(
    ("pages", "calls"),
    [
        # total_count alone (the has-more flag is optional in the agent list)
        (
            [
                {"records": _agents(1, 2), "total_count": 3},
                {"records": _agents(3), "total_count": 3},
            ],
            2,
        ),
        # the has-more flag alone
        (
            [
                {"records": _agents(1, 2), HAS_MORE: True},
                {"records": _agents(3), HAS_MORE: False},
            ],
            2,
        ),
        # neither: an empty page ends it
        ([{"records": _agents(1, 2)}, {"records": _agents(3)}, {"records": []}], 3),
    ],
)
def test_stop_rules(pages: list[dict[str, Any]], calls: int) -> None:
    seen: list[dict[str, Any]] = []
    with _offline(pages, seen) as client:
        ids = [agent.id for agent in client.iter_campaign_list()]
    assert ids == [1, 2, 3] and len(seen) == calls
    assert seen[0] == {"top": AGENTS_PAGE, "skip": 0}  # the largest page the spec allows
    assert [body["skip"] for body in seen[1:]] == [2, 3][: calls - 1]
