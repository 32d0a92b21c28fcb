"""Defects: deliberate bugs, switched on by --defect, that the fuzzer must catch.

Each one fires on every request it can reach, so that a short fuzzing run finds it; all are off
by default and none touches the login flow the fuzzer needs to sign in.
"""

from __future__ import annotations

import traceback
from typing import Any

from skilldeo_mock.auth import Principal
from skilldeo_mock.contract import Route
from skilldeo_mock.replies import Reply

_LISTS = ("campaignList", "interviewList")
_IMPERSONATED = Principal(user_id=1042, org_id=88, token="")


def anonymous_principal() -> Principal:
    """Whom `ignore-auth` takes an unauthenticated caller for."""
    return _IMPERSONATED


def before(on: frozenset[str], route: Route, body: dict[str, Any]) -> dict[str, Any]:
    """Bend a validated body the way a buggy server would read it."""
    if "server-error" in on and route.operation_id in _LISTS and "search_param" in body:
        _legacy_search_key(str(body["search_param"]))
    if "paging" in on and route.operation_id in _LISTS:
        return {**body, "top": int(body.get("top", 10)) + 1}
    return body


def _legacy_search_key(search: str) -> str:
    # The bug: an old search index that only understands non-empty plain ASCII words, so the
    # documented empty search (and any odd character) crashes it.
    key = search.encode("ascii").decode("ascii")
    if not key.strip() or any(not (c.isalnum() or c == " ") for c in key):
        raise ValueError(f"unsupported character in search key {key!r}")
    return key


def crash_reply(exc: BaseException) -> Reply:
    """What a debug-mode server sends on an unhandled exception: a traceback, as text."""
    text = "".join(traceback.format_exception(exc))
    return Reply(500, {}, content_type="text/plain", raw=text.encode())


def after(on: frozenset[str], route: Route, reply: Reply, principal: Principal | None) -> Reply:
    """Break a correct reply in the ways switched on."""
    body, op = reply.body, route.operation_id
    if "undocumented-status" in on and op == "interviewList" and reply.status == 200:
        return Reply(
            409, {"message": "Conflict: listing is locked", "status_code": 409, "error": True}
        )
    if "schema-break" in on and reply.status == 200:
        if op == "campaignDetails":
            body["records"]["id"] = str(body["records"]["id"])
        if op == "campaignList":
            body["records"] = [{**r, "id": str(r["id"])} for r in body["records"]]
    if "paging" in on and op in _LISTS and reply.status == 200:
        body["hasMore"] = False
    if "error-flag" in on and 400 <= reply.status < 500:
        body["error"] = False
    if route.secured:
        if "envelope-status" in on and reply.status == 200:
            body["status_code"] = 201
        if "echo-token" in on and reply.status == 200 and principal and principal.token:
            body["message"] = f"Success for token {principal.token}"
        if "empty-message" in on:
            body["message"] = ""
        if "wrong-content-type" in on:
            reply.content_type = "text/plain"
    return reply
