"""The behaviour: one function per operationId, over the store; input is already validated.

A record in an answer is a row of the store seen through the spec: `Call.records` takes the
property names of the response schema and fills each from the row's column of the same name
(ignoring case and `_`), or the column the handler maps it to (`interview_id="id"`). So a property
the spec adds, drops, renames to a column's name or respells needs no edit here. What the row
cannot feed is left out, with a note on stderr; the app checks each answer against the spec and
answers 500 naming this module's function when it no longer matches (docs/mock.md).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import orjson

from skilldeo_mock import auth
from skilldeo_mock.auth import Clock, Principal, Tokens
from skilldeo_mock.contract import Route, normal
from skilldeo_mock.options import Limits
from skilldeo_mock.replies import ApiError, Reply, success
from skilldeo_mock.store import Store


class Row(Protocol):
    """A row of the store (sqlite3.Row): its column names, and a value by name."""

    def keys(self) -> list[str]: ...

    def __getitem__(self, key: int | str, /) -> Any: ...


@dataclass
class World:
    """Everything a handler may touch."""

    store: Store
    clock: Clock
    tokens: Tokens
    otp: str | None
    limits: Limits = field(default_factory=Limits)
    next_purge: float = 0.0  # when this worker next forgets expired sessions (mock time)


@dataclass
class Call:
    world: World
    body: dict[str, Any]
    params: dict[str, Any]
    principal: Principal | None
    route: Route
    client: str = ""  # the caller's IP address, for the OTP limits

    @property
    def me(self) -> Principal:
        assert self.principal is not None, "secured operations always carry a principal"
        return self.principal

    def records(self, where: str, rows: Sequence[Row], **columns: str) -> list[dict[str, Any]]:
        """`rows` as the objects the spec puts at `where` ("records": the object, or each item of
        the list, under `records`): each of their properties from the column the handler maps it
        to in `columns`, else the one of the same name (ignoring case and `_`); NULL columns are
        left out."""
        if not rows:
            return []
        plan = self._plan(where, rows[0].keys(), columns)
        found = []
        for row in rows:  # plain loops: the list handlers' hot path
            record = {}
            for name, i in plan:
                value = row[i]
                if value is not None:
                    record[name] = value
            found.append(record)
        return found

    def _plan(
        self, where: str, keys: list[str], columns: dict[str, str]
    ) -> tuple[tuple[str, int], ...]:
        """(property, column index) pairs, worked out once per shape, row and mapping."""
        shape = self.route.shapes.get(where)
        key = (shape, where, *keys, "", *columns.items())
        plan = _PLANS.get(key)
        if plan is None:
            pairs = []
            for name in shape.names if shape is not None else ():
                column = _column(name, keys, columns)
                if column is None:
                    _unfed(self.route.operation_id, where, name)
                else:
                    pairs.append((name, keys.index(column)))
            plan = _remember(key, tuple(pairs))
        return plan

    def columns(self, where: str, **columns: str) -> tuple[str, ...]:
        """The store columns the objects at `where` are built from (for the query to read)."""
        shape = self.route.shapes.get(where)
        key = (shape, where, *columns.items())
        wanted = _COLUMNS.get(key)
        if wanted is None:
            names = shape.names if shape is not None else ()
            wanted = tuple(_mapped(name, columns) or name for name in names)
            _COLUMNS[key] = wanted
        return wanted

    def record(self, where: str, row: Row, **columns: str) -> dict[str, Any]:
        """One row as the object the spec puts at `where` (see `records`)."""
        return self.records(where, [row], **columns)[0]


Handler = Callable[[Call], Reply]
HANDLERS: dict[str, Handler] = {}


_UNFED: set[tuple[str, str, str]] = set()
_PLANS: dict[tuple[Any, ...], tuple[tuple[str, int], ...]] = {}
_COLUMNS: dict[tuple[Any, ...], tuple[str, ...]] = {}
_MAX_PLANS = 4096  # a handful per spec; many specs only in a long test session


def _remember(
    key: tuple[Any, ...], plan: tuple[tuple[str, int], ...]
) -> tuple[tuple[str, int], ...]:
    if len(_PLANS) >= _MAX_PLANS:
        _PLANS.clear()
        _COLUMNS.clear()
    _PLANS[key] = plan
    return plan


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[operation_id] = fn
        return fn

    return register


def _mapped(name: str, columns: dict[str, str]) -> str | None:
    """The column a handler maps a property to, whatever the spec's case or `_` of its name."""
    if not columns or name in columns:
        return columns.get(name)
    return next((col for prop, col in columns.items() if normal(prop) == normal(name)), None)


def _column(name: str, keys: list[str], columns: dict[str, str]) -> str | None:
    """The row's column for a property: mapped by the handler, or of the same name (first
    exactly, then ignoring case and `_`); None when the row has none."""
    wanted = _mapped(name, columns) or name
    if wanted in keys:
        return wanted
    return next((key for key in keys if normal(key) == normal(wanted)), None)


def handler_name(operation_id: str) -> str:
    """`module.function` of the handler of an operation, for messages that say what to edit."""
    fn = HANDLERS[operation_id]
    return f"{fn.__module__}.{fn.__qualname__}"


def _unfed(operation_id: str, where: str, name: str) -> None:
    """Say once that a property of the spec has no column to come from."""
    if (operation_id, where, name) in _UNFED:
        return
    _UNFED.add((operation_id, where, name))
    field = f"{where}.{name}" if where else name
    print(
        f"mock: {operation_id}: {field} has no store column, so it is left out; map it in "
        f"{handler_name(operation_id)}",
        file=sys.stderr,
        flush=True,
    )


_PROFILE = ("firstName", "lastName", "organization", "org_type_id", "phoneNumber", "role_id")


_PURGE_EVERY = 10.0  # seconds of mock time between two purges of expired sessions, per worker


def _limit_otp(call: Call, kind: str) -> None:
    """Count a new code (`codes`) or a verification (`tries`) against the caller's e-mail address
    and IP address; 429 over either limit."""
    w, email = call.world, str(call.body.get("email", "")).casefold()
    by_address = getattr(w.limits, f"otp_{kind}_per_address")
    by_client = getattr(w.limits, f"otp_{kind}_per_client")
    what = "new codes" if kind == "codes" else "verification attempts"
    counters = [
        (f"{kind}:email:{email}", by_address, f"email: too many {what} for this address"),
        (f"{kind}:client:{call.client}", by_client, f"client: too many {what} from your address"),
    ]
    auth.limit(w.store, w.clock, w.limits.otp_window, counters)


def _purge(w: World) -> None:
    """Forget expired sessions, their outbox rows and ended rate-limit windows, now and then."""
    now = w.clock.now()
    # A reset takes the clock back: then the next purge is due at once.
    if not w.next_purge - _PURGE_EVERY <= now < w.next_purge:
        w.next_purge = now + _PURGE_EVERY
        w.store.purge(now - auth.OTP_TTL_SECONDS, now, w.limits.max_sessions)


def _start_otp(call: Call, purpose: str, send: bool, details: dict[str, Any]) -> str:
    w = call.world
    _purge(w)
    email = call.body["email"]
    session_id = auth.new_session_id()
    code = auth.new_code(w.otp) if send else None
    # One transaction for the counters, the session and the mail: one commit, and a call over
    # a limit leaves no trace.
    with w.store.transaction():
        _limit_otp(call, "codes")
        # The session with its code is the mail: GET /_mock/outbox reads it from there.
        w.store.create_session(session_id, email, purpose, code, w.clock.now(), details)
    return session_id


def _otp_fields(body: dict[str, Any]) -> tuple[str, str]:
    if "session_id" not in body:
        raise ApiError(400, "session_id: field is required")
    if "verification_code" not in body:
        raise ApiError(400, "verification_code: field is required")
    return body["session_id"], body["verification_code"]


@handles("signupOTP")
def signup_otp(call: Call) -> Reply:
    details = {k: call.body[k] for k in _PROFILE if k in call.body}
    # Answered and sent alike for new and registered addresses; signupVerify tells them apart.
    session_id = _start_otp(call, "signup", True, details)
    return success("OTP sent successfully", session_id=session_id)


@handles("signupVerify")
def signup_verify(call: Call) -> Reply:
    w, body = call.world, call.body
    session_id, code = _otp_fields(body)
    _limit_otp(call, "tries")
    auth.check_code(w.store, w.clock, session_id, body["email"], code, "signup")
    if w.store.user_by_email(body["email"]) is not None:
        raise ApiError(400, "email: already registered; sign in with loginOTP")
    row = w.store.session(session_id)
    details = orjson.loads(row["details"]) if row is not None else {}
    details.update({k: body[k] for k in _PROFILE if k in body})
    user_id, org_id = w.store.create_account(body["email"], details)
    return success("Account created successfully", token=w.tokens.issue(user_id, org_id))


@handles("loginOTP")
def login_otp(call: Call) -> Reply:
    known = call.world.store.user_by_email(call.body["email"]) is not None
    # An unknown address gets the same answer, with no code sent, so accounts cannot be probed.
    session_id = _start_otp(call, "login", known, {})
    return success("OTP sent to email", session_id=session_id)


@handles("loginVerify")
def login_verify(call: Call) -> Reply:
    w, body = call.world, call.body
    session_id, code = _otp_fields(body)
    _limit_otp(call, "tries")
    auth.check_code(w.store, w.clock, session_id, body["email"], code, "login")
    user = w.store.user_by_email(body["email"])
    if user is None:
        raise ApiError(400, "session_id: no such session for this email")
    token = w.tokens.issue(user["id"], user["org_id"])
    return success("Login successful", token=token, user_id=user["id"], org_id=user["org_id"])


def _my_org(call: Call, field: str, org_id: int | None) -> None:
    """404 (never 403) for another organisation, so that ids don't leak."""
    if org_id is not None and org_id != call.me.org_id:
        raise ApiError(404, f"{field}: organisation {org_id} not found")


def _my_user(call: Call, field: str, user_id: int | None) -> None:
    """404 for a user outside the caller's organisation, exactly like one that does not exist."""
    if user_id is not None and call.world.store.user_org(user_id) != call.me.org_id:
        raise ApiError(404, f"{field}: user {user_id} not found")


def _agent(call: Call, field: str, agent_id: int) -> Any:
    row = call.world.store.agent(call.me.org_id, agent_id)
    if row is None:
        raise ApiError(404, f"{field}: agent {agent_id} not found")
    return row


def _page(body: dict[str, Any]) -> tuple[int, int]:
    return int(body.get("top", 10)), int(body.get("skip", 0))


@handles("campaignList")
def campaign_list(call: Call) -> Reply:
    body = call.body
    _my_org(call, "org_id", body.get("org_id"))
    _my_user(call, "user_id", body.get("user_id"))
    top, skip = _page(body)
    rows, total = call.world.store.agents(
        call.me.org_id,
        body.get("search_param", ""),
        body.get("status"),
        top,
        skip,
        call.columns("records"),
    )
    records = call.records("records", rows)
    return success(
        "Success", records=records, hasMore=skip + len(records) < total, total_count=total
    )


@handles("campaignDetails")
def campaign_details(call: Call) -> Reply:
    _my_user(call, "userId", call.params["userId"])
    row = _agent(call, "campaignId", call.params["campaignId"])
    return success("Success", records=call.record("records", row))


@handles("campaignLink")
def campaign_link(call: Call) -> Reply:
    row = _agent(call, "campaignId", call.params["campaignId"])
    return success("Success", link=row["link"])


@handles("interviewInvite")
def interview_invite(call: Call) -> Reply:
    body = call.body
    _my_user(call, "user_id", body["user_id"])
    _agent(call, "campaign_id", body["campaign_id"])
    count = call.world.store.invite(
        call.me.org_id, body["campaign_id"], body["emails"], body["invited_from"]
    )
    return success("Invites sent successfully", invited_count=count)


# The store's interview id is `id`; the spec calls it `interview_id`.
_INTERVIEW = {"interview_id": "id"}


@handles("interviewList")
def interview_list(call: Call) -> Reply:
    body = call.body
    _my_org(call, "org_id", body.get("org_id"))
    if body.get("campaign_id") is not None:
        _agent(call, "campaign_id", body["campaign_id"])
    top, skip = _page(body)
    rows, total = call.world.store.interviews(
        call.me.org_id,
        body.get("campaign_id"),
        body.get("status"),
        body.get("search_param", ""),
        top,
        skip,
        call.columns("records", **_INTERVIEW),
    )
    records = call.records("records", rows, **_INTERVIEW)
    return success(
        "Success", records=records, hasMore=skip + len(records) < total, total_count=total
    )


@handles("interviewResult")
def interview_result(call: Call) -> Reply:
    interview_id = call.params["interviewId"]
    row = call.world.store.interview(call.me.org_id, interview_id)
    if row is None:
        raise ApiError(404, f"interviewId: interview {interview_id} not found")
    records = call.record("records", row, **_INTERVIEW)
    if "scores" in records:
        records["scores"] = orjson.loads(records["scores"])  # kept as JSON text
    return success("Success", records=records)
