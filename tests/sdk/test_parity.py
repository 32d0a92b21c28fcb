"""A distinct error for 403, and sync/async parity (issue 13, "also").

403 raises PermissionDeniedError, not AuthenticationError (which is 401's), in both clients. The
sync and async clients, and their `with_raw_response` twins, have the same methods with the same
arguments, one per operation of the spec (plus `iter_*`/`page_*` for the paged ones).
"""

from __future__ import annotations

import asyncio
import inspect

import httpx
import pytest
from skilldeo_client import (
    APIStatusError,
    AsyncSkilldeo,
    AsyncSkilldeoWithRawResponse,
    AuthenticationError,
    PermissionDeniedError,
    Skilldeo,
    SkilldeoWithRawResponse,
)

from generator.core.naming import python_name
from generator.sdk.analysis import analyse
from tests.sdk.examples import AGENT
from tests.support.contract import current, operation_ids

DENIED = {"message": "Forbidden: not your organisation", "status_code": 403, "error": True}


def _denying() -> httpx.MockTransport:
    return httpx.MockTransport(lambda _: httpx.Response(403, json=DENIED))


def test_403_is_permission_denied_in_both_clients() -> None:
    with (
        Skilldeo(
            token="t", base_url="http://sdk.test", http_client=httpx.Client(transport=_denying())
        ) as client,
        pytest.raises(PermissionDeniedError) as denied,
    ):
        client.campaign_link(campaign_id=AGENT)
    assert not isinstance(denied.value, AuthenticationError)
    assert isinstance(denied.value, APIStatusError) and denied.value.status_code == 403
    assert denied.value.message == DENIED["message"]

    async def call() -> None:
        http = httpx.AsyncClient(transport=_denying())
        async with AsyncSkilldeo(token="t", base_url="http://sdk.test", http_client=http) as c:
            await c.campaign_link(campaign_id=AGENT)

    with pytest.raises(PermissionDeniedError):
        asyncio.run(call())


def _methods(cls: type) -> dict[str, list[str]]:
    return {
        name: list(inspect.signature(member).parameters)
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
        and name not in {"adopt_session", "close", "request_raw", "set_token", "with_options"}
    }


def test_every_operation_is_a_method_of_each_client_with_the_same_arguments() -> None:
    sync, asynchronous = _methods(Skilldeo), _methods(AsyncSkilldeo)
    assert sync == asynchronous
    paged = {p.endpoint.method for p in analyse(current()).paged}
    wanted = {python_name(oid) for oid in operation_ids(current())}
    wanted |= {f"{prefix}_{m}" for m in paged for prefix in ("iter", "page")}
    assert set(sync) == wanted
    raw, araw = _methods(SkilldeoWithRawResponse), _methods(AsyncSkilldeoWithRawResponse)
    assert raw == araw == {name: args for name, args in sync.items() if name in raw}
    assert set(raw) == {python_name(oid) for oid in operation_ids(current())}
    for args in sync.values():
        assert args[-5:] == ["extra_headers", "extra_query", "extra_body", "timeout", "max_retries"]
    for name in ("with_raw_response", "authenticated", "user_id", "org_id"):
        assert hasattr(Skilldeo, name) and hasattr(AsyncSkilldeo, name)
