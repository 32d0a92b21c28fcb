"""One calling convention (issue 13, item 4), sync and async.

A request body's fields are keyword arguments of the method and of its `iter_*`/`page_*`
(`client.campaign_list(status="active", top=10)`); the whole body as a model or a dict is still
accepted (`body=`, or positionally); an enum argument takes its member or its plain value, and a
wrong value fails before anything is sent, naming the allowed ones. Values come from the spec.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from skilldeo_client import AsyncSkilldeo, Skilldeo
from skilldeo_client.models import (
    AgentStatus,
    CampaignListRequest,
    SendInvitesRequestDto,
)

from generator.core.spec import parse
from generator.sdk import generate
from tests.sdk.examples import LIST_ANSWER
from tests.support.contract import (
    body_example,
    current,
    request_field,
    response_example,
)
from tests.support.seed import SEED_ORG, SEED_USER, new_email
from tests.support.servers import MockServer

# Any: the values as a program reads them at run time (the methods also take typed literals)
STATUSES: list[Any] = request_field(current(), "campaignList", "status")["enum"]
INVITE = body_example(current(), "interviewInvite")
INVITE_ANSWER = response_example(current(), "interviewInvite")


def _offline(sent: list[dict[str, Any]], answer: dict[str, Any] = LIST_ANSWER) -> Skilldeo:
    def record(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content or b"null"))
        return httpx.Response(200, json=answer)

    http = httpx.Client(transport=httpx.MockTransport(record))
    return Skilldeo(token="t", base_url="http://sdk.test", http_client=http)


def test_body_fields_are_keyword_arguments_and_values_of_an_enum_are_accepted() -> None:
    sent: list[dict[str, Any]] = []
    with _offline(sent) as client:
        client.campaign_list(status=STATUSES[0], top=10)
        client.campaign_list(status=AgentStatus(STATUSES[-1]), search_param="ai")
        client.campaign_list()
    assert sent == [
        {"status": STATUSES[0], "top": 10},
        {"status": STATUSES[-1], "search_param": "ai"},
        {},
    ]


@pytest.mark.parametrize(
    "make",
    [
        lambda: {"body": CampaignListRequest(status=AgentStatus(STATUSES[0]), top=3)},
        lambda: {"body": {"status": STATUSES[0], "top": 3}},
    ],
    ids=["model", "dict"],
)
def test_a_model_or_a_dict_is_still_accepted(make: Callable[[], dict[str, Any]]) -> None:
    sent: list[dict[str, Any]] = []
    with _offline(sent) as client:
        client.campaign_list(**make())
        client.campaign_list(make()["body"])  # positionally too
    assert sent == [{"status": STATUSES[0], "top": 3}] * 2


def test_a_wrong_enum_value_fails_before_sending_naming_the_allowed_ones() -> None:
    sent: list[dict[str, Any]] = []
    with _offline(sent) as client:
        with pytest.raises(ValueError) as wrong:
            client.campaign_list(status="enabled")  # type: ignore[call-overload]
        with pytest.raises(ValueError) as in_a_dict:
            client.campaign_list(body={"status": "enabled"})
        with pytest.raises(ValueError) as in_a_model:
            client.campaign_list(body=CampaignListRequest(status="enabled"))  # type: ignore[arg-type]
    assert sent == []
    for error in (wrong, in_a_dict, in_a_model):
        assert "'enabled'" in str(error.value)
        assert all(repr(status) in str(error.value) for status in STATUSES), str(error.value)
    assert str(wrong.value).startswith("status must be one of")


def test_a_plain_value_in_a_model_is_sent_as_its_member() -> None:
    sent: list[dict[str, Any]] = []
    with _offline(sent) as client:
        client.campaign_list(body=CampaignListRequest(status=STATUSES[0]))
    assert sent == [{"status": STATUSES[0]}]


def test_body_and_fields_together_or_a_missing_required_field_fail_before_sending() -> None:
    sent: list[dict[str, Any]] = []
    with _offline(sent, INVITE_ANSWER) as client:
        with pytest.raises(TypeError, match="either as `body` or as keyword arguments"):
            client.campaign_list(body={"top": 1}, top=2)  # type: ignore[call-overload]
        with pytest.raises(TypeError, match="missing required keyword argument: 'emails'"):
            client.interview_invite(campaign_id=1, user_id=2, invited_from="api")  # type: ignore[call-overload]
        with pytest.raises(ValueError, match="missing the required field 'emails'"):
            client.interview_invite(body={"campaign_id": 1, "user_id": 2, "invited_from": "api"})
        with pytest.raises(TypeError, match="top: expected an integer, got str"):
            client.campaign_list(body={"top": "10"})
    assert sent == []


def test_a_required_body_is_sent_from_keyword_arguments(mock: MockServer, token: str) -> None:
    first, second = new_email("kw"), new_email("kw")
    fields = {**INVITE, "emails": [first, second], "user_id": SEED_USER}
    with Skilldeo(token=token, base_url=mock.base_url, max_retries=0) as client:
        invited = client.interview_invite(**fields)
        again = client.interview_invite(body=SendInvitesRequestDto.from_dict(fields))
    assert (invited.invited_count, again.invited_count) == (2, 0)


def test_the_iterator_and_the_pages_take_the_same_arguments(mock: MockServer, token: str) -> None:
    wanted = STATUSES[0]
    with Skilldeo(token=token, base_url=mock.base_url, max_retries=0) as client:
        by_fields = [a.id for a in client.iter_campaign_list(status=wanted, top=7)]
        by_model = [a.id for a in client.iter_campaign_list(CampaignListRequest(status=wanted))]
        by_dict = [a.id for a in client.iter_campaign_list(body={"status": wanted})]
        page = client.page_campaign_list(status=wanted, org_id=SEED_ORG)
        whole = client.campaign_list(status=wanted, top=page.total_count or 1)
    assert by_fields == by_model == by_dict == [a.id for a in whole.records]
    assert len(by_fields) == page.total_count
    with pytest.raises(ValueError, match="status must be one of"):
        Skilldeo(token=token).iter_campaign_list(status="enabled")  # type: ignore[call-overload]


def test_async_methods_take_the_same_arguments(mock: MockServer, token: str) -> None:
    wanted = STATUSES[0]

    async def run() -> tuple[list[int], list[int], list[int]]:
        async with AsyncSkilldeo(token=token, base_url=mock.base_url, max_retries=0) as client:
            listed = await client.campaign_list(status=wanted, top=5)
            by_dict = await client.campaign_list({"status": wanted, "top": 5})
            iterated = [a.id async for a in client.iter_campaign_list(status=wanted, limit=5)]
            with pytest.raises(ValueError, match="status must be one of"):
                await client.campaign_list(status="enabled")  # type: ignore[call-overload]
            return [a.id for a in listed.records], [a.id for a in by_dict.records], iterated

    listed, by_dict, iterated = asyncio.run(run())
    assert listed == by_dict == iterated and len(listed) == 5


CLASHING = """
openapi: 3.1.0
info: {title: Clash API, version: 0.1.0}
servers: [{url: 'http://clash.test/v1'}]
paths:
  /things/make:
    post:
      operationId: thingMake
      tags: [Things]
      summary: Make a thing
      security: [{bearerAuth: []}]
      parameters:
        - {name: top, in: query, required: false, schema: {type: integer}}
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/ThingMakeRequest'}}}
      responses:
        '200':
          description: Made.
          content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}
components:
  securitySchemes:
    bearerAuth: {type: http, scheme: bearer}
  schemas:
    ThingMakeRequest:
      type: object
      required: [timeout, when]
      properties:
        timeout: {type: integer}
        json: {type: string}
        top: {type: integer}
        when: {type: string, format: date-time}
        kind: {type: string, enum: [big, small]}
        owner: {type: integer, x-skilldeo-caller: user_id}
    Thing:
      type: object
      required: [id]
      properties:
        id: {type: integer}
"""

# Runs against the package generated from CLASHING: body fields named like the method's own
# arguments or a parameter take a trailing underscore; the rest of the convention holds.
USE_CLASHING = """
import datetime, json, httpx
from skilldeo_client import Skilldeo

seen = []
def answer(request):
    seen.append((dict(request.url.params), json.loads(request.content)))
    return httpx.Response(200, json={"id": 1})

http = httpx.Client(transport=httpx.MockTransport(answer))
with Skilldeo(token="t", http_client=http, user_id=9) as client:
    when = datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc)
    client.thing_make(timeout_=5, json_="j", top_=3, when=when, kind="big", top=2, timeout=4.0)
    try:
        client.thing_make(timeout_=5, when=when, kind="huge")
    except ValueError as exc:
        print(exc)
print(seen)
"""


@pytest.mark.slow
def test_fields_named_like_the_methods_own_arguments_take_an_underscore(tmp_path: Path) -> None:
    generate(parse(textwrap.dedent(CLASHING), "clash.yaml"), tmp_path)
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "skilldeo_client"]
    typed = subprocess.run(mypy, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert typed.returncode == 0, typed.stdout
    env = {k: v for k, v in os.environ.items() if not k.startswith("SKILLDEO_")}
    run = subprocess.run(
        [sys.executable, "-c", USE_CLASHING],
        env={**env, "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    error, seen = run.stdout.splitlines()
    assert error == "kind must be one of 'big', 'small', not 'huge'"
    assert seen == repr(
        [
            (
                {"top": "2"},
                {
                    "timeout": 5,
                    "when": "2027-01-01T00:00:00+00:00",
                    "json": "j",
                    "top": 3,
                    "kind": "big",
                    "owner": 9,
                },
            )
        ]
    )
