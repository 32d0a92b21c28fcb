"""The behaviour: one function per operationId, over the store; input is already validated."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson

from skilldeo_mock import auth
from skilldeo_mock.auth import Clock, Principal, Tokens
from skilldeo_mock.replies import ApiError, Reply, success
from skilldeo_mock.store import Store


@dataclass
class World:
    """Everything a handler may touch."""

    store: Store
    clock: Clock
    tokens: Tokens
    otp: str | None


@dataclass
class Call:
    world: World
    body: dict[str, Any]
    params: dict[str, Any]
    principal: Principal | None

    @property
    def me(self) -> Principal:
        assert self.principal is not None, "secured operations always carry a principal"
        return self.principal


Handler = Callable[[Call], Reply]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[operation_id] = fn
        return fn

    return register


_PROFILE = ("firstName", "lastName", "organization", "org_type_id", "phoneNumber", "role_id")


def _start_otp(call: Call, purpose: str, send: bool, details: dict[str, Any]) -> str:
    w = call.world
    email = call.body["email"]
    session_id = auth.new_session_id()
    code = auth.new_code(w.otp) if send else None
    w.store.create_session(session_id, email, purpose, code, w.clock.now(), details)
    if code is not None:
        w.store.send_mail(email, session_id, code, purpose, w.clock.iso())
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
        call.me.org_id, body.get("search_param", ""), body.get("status"), top, skip
    )
    records = [{"id": r["id"], "name": r["name"]} for r in rows]
    return success(
        "Success", records=records, hasMore=skip + len(records) < total, total_count=total
    )


@handles("campaignDetails")
def campaign_details(call: Call) -> Reply:
    _my_user(call, "userId", call.params["userId"])
    row = _agent(call, "campaignId", call.params["campaignId"])
    fields = ("skill", "location", "job_expiry_date", "start_date", "end_date")
    records = {"id": row["id"], "name": row["name"], "status": row["status"]}
    records.update({k: row[k] for k in fields if row[k] is not None})
    return success("Success", records=records)


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
    )
    records = [
        {
            "interview_id": r["id"],
            "candidate_email": r["candidate_email"],
            "status": r["status"],
            "campaign_name": r["campaign_name"],
        }
        for r in rows
    ]
    return success(
        "Success", records=records, hasMore=skip + len(records) < total, total_count=total
    )


@handles("interviewResult")
def interview_result(call: Call) -> Reply:
    interview_id = call.params["interviewId"]
    row = call.world.store.interview(call.me.org_id, interview_id)
    if row is None:
        raise ApiError(404, f"interviewId: interview {interview_id} not found")
    records: dict[str, Any] = {
        "interview_id": row["id"],
        "candidate_email": row["candidate_email"],
        "status": row["status"],
    }
    if row["overall_decision"] is not None:
        records["overall_decision"] = row["overall_decision"]
    if row["scores"] is not None:
        records["scores"] = orjson.loads(row["scores"])
    return success("Success", records=records)
