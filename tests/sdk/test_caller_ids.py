"""The caller's own ids (issue 13, item 6), sync and async.

Fields the spec marks `x-skilldeo-caller: user_id|org_id` must be the caller's own: left out, the
client fills them in from the login (or from `user_id=`/`org_id=` given to a client built from a
token). Which fields those are is read from the spec, here as in the SDK.
"""

from __future__ import annotations

import asyncio
import copy
import json
from typing import Any

import httpx
import pytest
from skilldeo_client import AsyncSkilldeo, NotFoundError, Skilldeo, login

from generator.core.naming import python_name
from generator.core.spec import Spec, parse
from generator.sdk.analysis import CALLER_EXTENSION, analyse
from tests.sdk.examples import AGENT
from tests.support.contract import (
    body_example,
    current,
    parameter_example,
    response_example,
)
from tests.support.seed import SEED_EMAIL, SEED_ORG, SEED_USER, new_email
from tests.support.servers import TEST_OTP, MockServer

IDS: dict[str, Any] = {"user_id": 31, "org_id": 47}  # not the seed's: what the client was given


def _marked(spec: Spec) -> dict[str, dict[str, str]]:
    """operationId -> {wire name of a body field or parameter: client attribute it must be}."""
    found: dict[str, dict[str, str]] = {}
    for op in spec.operations():
        fields: dict[str, str] = {}
        for raw in op.data.get("parameters") or []:
            param = spec.resolve(raw)
            if CALLER_EXTENSION in param:
                fields[param["name"]] = param[CALLER_EXTENSION]
        body = spec.resolve(op.data.get("requestBody") or {})
        schema = spec.resolve(
            ((body.get("content") or {}).get("application/json") or {}).get("schema") or {}
        )
        for name, prop in (schema.get("properties") or {}).items():
            if CALLER_EXTENSION in prop:
                fields[name] = prop[CALLER_EXTENSION]
        if fields:
            found[op.operation_id] = fields
    return found


MARKED = _marked(current())


def _arguments(operation_id: str) -> dict[str, Any]:
    """The documented example of the call as keyword arguments, without the marked fields."""
    op = current().operation(operation_id)
    example = body_example(current(), operation_id) if "requestBody" in op.data else {}
    arguments = {python_name(k): v for k, v in example.items()}
    for raw in op.data.get("parameters") or []:
        name = current().resolve(raw)["name"]
        arguments[python_name(name)] = parameter_example(current(), operation_id, name)
    for wire in MARKED[operation_id]:
        arguments.pop(python_name(wire), None)
    return arguments


def _sent(request: httpx.Request) -> dict[str, Any]:
    """What a request carried: its JSON body and its query, by wire name."""
    body = json.loads(request.content) if request.content else {}
    return {**dict(request.url.params), **body}


def _recording(seen: list[httpx.Request], operation_id: str) -> httpx.MockTransport:
    answer = response_example(current(), operation_id)

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=answer)

    return httpx.MockTransport(record)


def test_the_spec_marks_some_fields() -> None:
    assert MARKED and all(set(f.values()) <= {"user_id", "org_id"} for f in MARKED.values())


@pytest.mark.parametrize("operation_id", sorted(MARKED))
def test_each_marked_field_left_out_is_filled_from_the_client(operation_id: str) -> None:
    seen: list[httpx.Request] = []
    http = httpx.Client(transport=_recording(seen, operation_id))
    with Skilldeo(token="t", base_url="http://sdk.test", http_client=http, **IDS) as client:
        method = getattr(client, python_name(operation_id))
        method(**_arguments(operation_id))
        explicit = {python_name(wire): 5 for wire in MARKED[operation_id]}
        method(**_arguments(operation_id), **explicit)
    filled, given = _sent(seen[0]), _sent(seen[1])
    for wire, attribute in MARKED[operation_id].items():
        assert str(filled[wire]) == str(IDS[attribute]), (wire, filled)
        assert str(given[wire]) == "5"  # what the caller passes wins


def test_a_client_that_does_not_know_the_ids_sends_none_or_says_so() -> None:
    seen: list[httpx.Request] = []
    required = [oid for oid in sorted(MARKED) for wire in MARKED[oid] if _is_required(oid, wire)]
    optional = [oid for oid in sorted(MARKED) if oid not in required]
    assert required and optional
    for oid in optional:
        http = httpx.Client(transport=_recording(seen, oid))
        with Skilldeo(token="t", base_url="http://sdk.test", http_client=http) as client:
            getattr(client, python_name(oid))(**_arguments(oid))
        assert not set(MARKED[oid]) & set(_sent(seen[-1]))
    for oid in required:
        with (
            Skilldeo(token="t", base_url="http://sdk.test") as client,
            pytest.raises(ValueError, match="pass it, or give the client the caller's ids"),
        ):
            getattr(client, python_name(oid))(**_arguments(oid))


def _is_required(operation_id: str, wire: str) -> bool:
    op = current().operation(operation_id)
    for raw in op.data.get("parameters") or []:
        param = current().resolve(raw)
        if param["name"] == wire:
            return bool(param.get("required"))
    body = current().resolve(op.data["requestBody"])
    schema = current().resolve(body["content"]["application/json"]["schema"])
    return wire in (schema.get("required") or [])


def test_login_fills_the_ids_against_the_mock(mock: MockServer) -> None:
    seen: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [seen.append]})
    with login(SEED_EMAIL, otp=TEST_OTP, base_url=mock.base_url, http_client=http) as client:
        details = client.campaign_details(campaign_id=AGENT)
        invited = client.interview_invite(
            emails=[new_email("caller")], campaign_id=AGENT, invited_from="api"
        )
        listed = client.campaign_list(top=1)
        with pytest.raises(NotFoundError):  # another organisation's id is refused, as before
            client.campaign_list(org_id=SEED_ORG + 1)
    assert details.records.id == AGENT and invited.invited_count == 1 and listed.records
    assert _sent(seen[2])["userId"] == str(SEED_USER)
    assert _sent(seen[3])["user_id"] == SEED_USER
    assert (_sent(seen[4])["org_id"], _sent(seen[4])["user_id"]) == (SEED_ORG, SEED_USER)
    http.close()


def test_async_clients_fill_the_ids_too() -> None:
    seen: list[httpx.Request] = []

    async def run() -> None:
        http = httpx.AsyncClient(transport=_recording(seen, "campaignDetails"))
        async with AsyncSkilldeo(token="t", base_url="http://sdk.test", http_client=http) as c:
            c.user_id = IDS["user_id"]
            await c.campaign_details(campaign_id=AGENT)
        await http.aclose()

    asyncio.run(run())
    assert _sent(seen[0])["userId"] == str(IDS["user_id"])


def test_the_fields_come_from_the_extension_not_a_list() -> None:
    """Marking another field makes the SDK fill that one: the analysis reads the spec."""
    sdk = analyse(current())
    listing = sdk.paged[0].endpoint
    assert listing.request is not None
    data = copy.deepcopy(current().data)
    props = data["components"]["schemas"][listing.request.name]["properties"]
    name = next(n for n, prop in props.items() if CALLER_EXTENSION not in prop)
    props[name][CALLER_EXTENSION] = "user_id"
    changed = analyse(parse(json.dumps(data), "changed.json"))
    assert changed.calls[listing.method].caller_fields[name] == "user_id"
    assert name not in sdk.calls[listing.method].caller_fields
