"""Defects: deliberate bugs, switched on by --defect, that the fuzzer must catch.

The first ones fire on every request they can reach, so that a short fuzzing run finds them. The
security and edge defects (`bola-result`, `unverified-token`, `ignore-expiry`, `reusable-code`,
`paging-unaligned`, `slow-result`, `lax-email`) fire only on the inputs that trigger them, like
the real bugs they stand for, so only a probe that sends those inputs finds them. All are off by
default and none breaks the login flow the fuzzer needs to sign in.
"""

from __future__ import annotations

import re
import traceback
from typing import Any

import jwt

from skilldeo_mock.auth import Principal, Tokens
from skilldeo_mock.contract import Route
from skilldeo_mock.replies import Reply
from skilldeo_mock.store import Store

_LISTS = ("campaignList", "interviewList")
_IMPERSONATED = Principal(user_id=1042, org_id=88, token="")
SLOW_SECONDS = 3.5  # `slow-result`: past the fuzzer's default limit, inside its request timeout
# `lax-email`: the hand-rolled check a buggy server uses instead of a real address parser.
_LAX_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


def anonymous_principal() -> Principal:
    """Whom `ignore-auth` takes an unauthenticated caller for."""
    return _IMPERSONATED


def before(on: frozenset[str], route: Route, body: dict[str, Any], store: Store) -> dict[str, Any]:
    """Bend a validated body the way a buggy server would read it."""
    if "reusable-code" in on and route.operation_id in ("loginVerify", "signupVerify"):
        _reopen_session(store, body)
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


def after(
    on: frozenset[str],
    route: Route,
    reply: Reply,
    principal: Principal | None,
    request: dict[str, Any],
) -> Reply:
    """Break a correct reply in the ways switched on."""
    body, op = reply.body, route.operation_id
    if "paging-unaligned" in on and op in _LISTS and reply.status == 200:
        _unaligned_has_more(body, request)
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


def _reopen_session(store: Store, body: dict[str, Any]) -> None:
    # The bug: "used" is checked against the wrong table, so a used code stays good.
    session_id = body.get("session_id")
    if isinstance(session_id, str):
        store.db.execute("UPDATE sessions SET used = 0 WHERE id = ?", (session_id,))


def lax_principal(on: frozenset[str], tokens: Tokens, header: str | None) -> Principal | None:
    """Whom `unverified-token` (no signature check) or `ignore-expiry` (no `exp` check) lets in
    with a token the real check refused; None when the switched-on bugs do not let it in."""
    if not on & {"unverified-token", "ignore-expiry"}:
        return None
    token = (header or "").partition(" ")[2].strip()
    verify = "unverified-token" not in on
    try:
        claims = jwt.decode(
            token,
            tokens.key if verify else "",
            algorithms=["HS256"] if verify else None,
            options={"verify_signature": verify, "verify_exp": False, "verify_iat": False},
        )
        user_id, org_id, exp = int(claims["sub"]), int(claims["org"]), float(claims["exp"])
    except (jwt.InvalidTokenError, KeyError, ValueError, TypeError):
        return None
    if exp <= tokens.clock.now() and "ignore-expiry" not in on:
        return None
    if tokens.store.user_org(user_id) != org_id:
        return None
    return Principal(user_id, org_id, token)


def caller(
    on: frozenset[str], route: Route, params: dict[str, Any], store: Store, me: Principal | None
) -> Principal | None:
    """`bola-result`: interviewResult reads the interview by id alone, whoever owns it."""
    if "bola-result" not in on or route.operation_id != "interviewResult" or me is None:
        return me
    row = store.db.execute(
        "SELECT org_id FROM interviews WHERE id = ?", (params.get("interviewId"),)
    ).fetchone()
    return me if row is None else Principal(me.user_id, int(row[0]), me.token)


def validated_view(on: frozenset[str], route: Route, body: Any) -> Any:
    """`lax-email`: what interviewInvite checks, its addresses replaced where a lax pattern
    passes them, so `a..b@x.com` reaches the handler as it was sent."""
    if "lax-email" not in on or route.operation_id != "interviewInvite":
        return body
    if not isinstance(body, dict) or not isinstance(body.get("emails"), list):
        return body
    emails = [
        _stand_in(e) if isinstance(e, str) and _LAX_EMAIL.match(e) else e for e in body["emails"]
    ]
    return {**body, "emails": emails}


def _stand_in(email: str) -> str:
    """A valid address exactly as long as `email` (`x@x.x...x.io`, labels of at most 63), so that
    only the format check is skipped and the length rules still apply."""
    room = len(email) - len("x@io")  # for the labels before `io`, and a dot after each
    count = -(-room // 64)
    letters = room - count
    sizes = [letters // count + (1 if i < letters % count else 0) for i in range(count)]
    return "x@" + "".join("x" * size + "." for size in sizes) + "io"


def delay(on: frozenset[str], route: Route, reply: Reply) -> float:
    """`slow-result`: seconds an evaluated interview's result takes to come back."""
    if "slow-result" not in on or route.operation_id != "interviewResult" or reply.status != 200:
        return 0.0
    records = reply.body.get("records")
    return SLOW_SECONDS if isinstance(records, dict) and "scores" in records else 0.0


def _unaligned_has_more(body: dict[str, Any], request: dict[str, Any]) -> None:
    """`paging-unaligned`: hasMore worked out from a page number, as if skip were a multiple of
    top; wrong only for an unaligned skip whose page reaches the end of the list."""
    top, skip, total = int(request.get("top", 10)), int(request.get("skip", 0)), body["total_count"]
    if skip % top:
        body["hasMore"] = (skip // top + 1) * top < total
