"""Strict responses (issue 13, item 8), sync and async.

A success response whose field has the wrong JSON type raises ResponseValidationError naming the
field, instead of returning a model that holds the wrong type: against the mock's `schema-break`
defect (agent ids as strings), switched on at run time, and offline for each kind of field.
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Iterator, Sequence
from typing import Any

import httpx
import pytest
from skilldeo_client import AsyncSkilldeo, ResponseValidationError, Skilldeo

from tests.sdk.examples import AGENT, LIST_ANSWER
from tests.support.contract import (
    current,
    response_example,
    response_field,
)
from tests.support.seed import SEED_USER
from tests.support.servers import MockServer

DETAILS_ANSWER = response_example(current(), "campaignDetails")
HAS_MORE = response_field(current(), "campaignList", "has_more")  # the wire name


@pytest.fixture
def broken(mock: MockServer) -> Iterator[MockServer]:
    """The mock with its `schema-break` defect switched on, for this test only."""
    switch = f"{mock.root}/_mock/defects"
    httpx.post(switch, json={"defects": ["schema-break"]}, timeout=5.0).raise_for_status()
    yield mock
    httpx.post(switch, json={"defects": []}, timeout=5.0).raise_for_status()


def test_ids_sent_as_strings_raise_naming_the_field(broken: MockServer, token: str) -> None:
    with Skilldeo(token=token, base_url=broken.base_url, max_retries=0) as client:
        with pytest.raises(ResponseValidationError) as listed:
            client.campaign_list(top=3)
        with pytest.raises(ResponseValidationError) as detailed:
            client.campaign_details(campaign_id=AGENT, user_id=SEED_USER)
        with pytest.raises(ResponseValidationError):
            next(client.iter_campaign_list())
        assert client.campaign_link(campaign_id=AGENT).link  # untouched by the defect
    for failed in (listed, detailed):
        assert failed.value.status_code == 200 and failed.value.response is not None
        assert "id: expected an integer, got str" in failed.value.message


def test_async_ids_sent_as_strings_raise_too(broken: MockServer, token: str) -> None:
    async def call() -> ResponseValidationError:
        async with AsyncSkilldeo(token=token, base_url=broken.base_url, max_retries=0) as client:
            with pytest.raises(ResponseValidationError) as failed:
                await client.campaign_list(top=3)
            return failed.value

    assert "id: expected an integer" in asyncio.run(call()).message


def _answering(body: Any) -> Skilldeo:
    http = httpx.Client(transport=httpx.MockTransport(lambda _: httpx.Response(200, json=body)))
    return Skilldeo(token="t", base_url="http://sdk.test", http_client=http, max_retries=0)


def _with(path: Sequence[str | int], value: Any, base: Any = LIST_ANSWER) -> Any:
    body = copy.deepcopy(base)
    node = body
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return body


BROKEN_LISTS = {
    "an integer as a string": (_with(["records", 0, "id"], "22554"), "id: expected an integer"),
    "an integer as a boolean": (_with(["records", 0, "id"], True), "id: expected an integer"),
    "a string as a number": (_with(["records", 0, "name"], 7), "name: expected a string"),
    "a boolean as a string": (_with([HAS_MORE], "false"), f"{HAS_MORE}: expected true or false"),
    "an array as an object": (_with(["records"], {"id": 1}), "records: expected an array"),
    "a missing required field": ({**LIST_ANSWER, "records": None}, "records: expected an array"),
}


@pytest.mark.parametrize(("body", "named"), BROKEN_LISTS.values(), ids=list(BROKEN_LISTS))
def test_each_kind_of_wrong_type_is_refused(body: Any, named: str) -> None:
    with _answering(body) as client, pytest.raises(ResponseValidationError) as failed:
        client.campaign_list()
    assert named in failed.value.message


def test_a_nested_enum_and_a_date_that_do_not_parse_are_refused() -> None:
    for path, value in ((["records", "status"], "paused"), (["records", "start_date"], "soon")):
        with (
            _answering(_with(path, value, DETAILS_ANSWER)) as client,
            pytest.raises(ResponseValidationError),
        ):
            client.campaign_details(campaign_id=AGENT, user_id=SEED_USER)


def test_a_response_that_keeps_to_the_spec_still_parses() -> None:
    with _answering(LIST_ANSWER) as client:
        page = client.campaign_list()
    assert [r.id for r in page.records] == [r["id"] for r in LIST_ANSWER["records"]]
