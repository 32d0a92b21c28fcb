"""UNSET (issue 13, item 5): one object with a readable repr, kept by copy, deepcopy and pickle,
so a copied request still leaves its unset fields out."""

from __future__ import annotations

import asyncio
import copy
import json
import pickle
from typing import Any

import httpx
from skilldeo_client import UNSET, AsyncSkilldeo, Skilldeo, Unset
from skilldeo_client.models import CampaignListRequest

from tests.sdk.examples import LIST_ANSWER


def test_unset_is_one_falsy_object_with_a_readable_repr() -> None:
    assert Unset() is UNSET and not UNSET
    assert repr(UNSET) == "<unset>"
    assert "top=<unset>" in repr(CampaignListRequest())
    assert "top=5" in repr(CampaignListRequest(top=5))


def test_copies_and_pickles_keep_the_singleton() -> None:
    request = CampaignListRequest(top=5)
    for twin in (
        copy.copy(request),
        copy.deepcopy(request),
        pickle.loads(pickle.dumps(request)),
    ):
        assert twin.skip is UNSET and isinstance(twin.status, Unset)
        assert twin.to_dict() == {"top": 5}
        assert json.dumps(twin.to_dict()) == '{"top": 5}'
    assert copy.deepcopy(UNSET) is UNSET and pickle.loads(pickle.dumps(UNSET)) is UNSET


def _recording(sent: list[Any]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json=LIST_ANSWER)

    return httpx.MockTransport(answer)


def test_a_deep_copied_request_is_sent_without_its_unset_fields() -> None:
    sent: list[Any] = []
    request = copy.deepcopy(CampaignListRequest(top=5))
    with Skilldeo(token="t", http_client=httpx.Client(transport=_recording(sent))) as client:
        client.campaign_list(body=request)
        list(client.iter_campaign_list(copy.deepcopy(request), limit=1))

    async def send() -> None:
        http = httpx.AsyncClient(transport=_recording(sent))
        async with AsyncSkilldeo(token="t", http_client=http) as aclient:
            await aclient.campaign_list(pickle.loads(pickle.dumps(request)))
        await http.aclose()

    asyncio.run(send())
    assert sent == [{"top": 5}, {"top": 1, "skip": 0}, {"top": 5}]
