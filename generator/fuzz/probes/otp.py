"""`otp_abuse`: one-time codes must be one-time, few-tries and bound to their address and flow.

Using the login the run performs anyway (the code from the bundled mock's outbox or
--otp-command): a used code is sent again; wrong codes are sent up to the limit the spec states
("void after N wrong tries"), then the right one; one address's session and code are sent with
another address; a signup code is sent to the login. Each must be refused (4xx; the spec says
400). loginOTP and signupOTP send e-mail, so this runs only where they are selected: loopback,
or --allow-writes. A 429 (the server limiting codes) is respected: that case is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from generator.fuzz.auth import AuthFailed, read_code
from generator.fuzz.probes.base import Context, Outcome, failed, passed
from generator.fuzz.probes.wire import Exchange, Request, Secret

CHECK = "otp_abuse"
START, VERIFY, SIGNUP = "loginOTP", "loginVerify", "signupOTP"
CODE_VAR = "SKILLDEO_OTP_CODE"
_LIMIT = re.compile(r"(\d+)\s+wrong\s+(?:tries|attempts)")


class Limited(Exception):
    """The server answered 429 or the code could not be read: the case cannot be judged."""


@dataclass(frozen=True)
class Started:
    email: str
    session_id: str
    code: str
    exchange: Exchange


def _start(ctx: Context, operation_id: str, email: str) -> Started:
    op = ctx.spec.operation(operation_id)
    exchange = ctx.wire.send(Request(op, body={"email": email}))
    session_id = exchange.body.get("session_id") if isinstance(exchange.body, dict) else None
    if exchange.status != 200 or not isinstance(session_id, str):
        raise Limited(f"{operation_id} answered {exchange.describe()}")
    assert ctx.creds is not None
    try:
        code = read_code(ctx.wire.client, ctx.wire.base_url, ctx.creds, session_id)
    except AuthFailed as exc:
        raise Limited(str(exc)) from None
    return Started(email, session_id, code, exchange)


def _verify(ctx: Context, started: Started, code: str, email: str | None = None) -> Exchange:
    body = {"email": email or started.email, "session_id": started.session_id}
    request = Request(
        ctx.spec.operation(VERIFY),
        body={**body, "verification_code": code},
        secret_fields={"verification_code": Secret(CODE_VAR, code)},
    )
    exchange = ctx.wire.send(request)
    if exchange.status == 429:
        raise Limited(f"{VERIFY} answered 429")
    return exchange


def _refused(exchange: Exchange, title: str, before: tuple[Exchange, ...] = ()) -> Outcome:
    if 400 <= exchange.status < 500:
        return passed(CHECK, exchange)
    outcome = failed(CHECK, exchange, title, f"{exchange.describe()}; it must be refused (400)")
    return replace(outcome, exchanges=(*before, exchange))


def _reuse(ctx: Context, email: str) -> Iterator[Outcome]:
    started = _start(ctx, START, email)
    first = _verify(ctx, started, started.code)
    if first.status != 200:
        raise Limited(f"the first use of a fresh code answered {first.describe()}")
    again = _verify(ctx, started, started.code)
    yield _refused(again, "a used code was accepted again", (first,))


def wrong_limit(ctx: Context) -> int | None:
    text = str(ctx.spec.operation(VERIFY).data.get("description", ""))
    match = _LIMIT.search(text)
    return int(match[1]) if match else None


def _too_many_wrong(ctx: Context, email: str) -> Iterator[Outcome]:
    limit = wrong_limit(ctx)
    if limit is None:
        yield Outcome(CHECK, "-", None, f"{VERIFY}'s description states no limit of wrong tries")
        return
    started = _start(ctx, START, email)
    wrong = "".join("2" if c == "1" else "1" for c in started.code)  # differs in every place
    tries = tuple(_verify(ctx, started, wrong) for _ in range(limit))
    accepted = next((t for t in tries if t.ok), None)
    if accepted is not None:
        yield _refused(accepted, "a wrong code was accepted")
        return
    right = _verify(ctx, started, started.code)
    yield _refused(right, f"the right code still worked after {limit} wrong tries", tries[-1:])


def _other_address(ctx: Context, email: str) -> Iterator[Outcome]:
    other = ctx.peer.email if ctx.peer and ctx.peer.email else f"other.{email}"
    started = _start(ctx, START, email)
    exchange = _verify(ctx, started, started.code, email=other)
    yield _refused(exchange, "one address's session and code signed another address in")


def _signup_code(ctx: Context, email: str) -> Iterator[Outcome]:
    started = _start(ctx, SIGNUP, email)
    yield _refused(_verify(ctx, started, started.code), "a signup code was accepted by the login")


def abuse(ctx: Context) -> Iterator[Outcome]:
    if START not in ctx.operation_ids or VERIFY not in ctx.operation_ids:
        why = f"needs {START} and {VERIFY} (left out on a live server without --allow-writes)"
        yield Outcome(CHECK, "-", None, why)
        return
    email = ctx.creds.email if ctx.creds else None
    if not email:
        yield Outcome(CHECK, "-", None, "needs --email (codes to use), not a fixed --token")
        return
    cases = [_reuse, _too_many_wrong, _other_address]
    if SIGNUP in ctx.operation_ids:
        cases.append(_signup_code)
    for case in cases:
        try:
            yield from case(ctx, email)
        except Limited as exc:
            yield Outcome(CHECK, "-", None, f"{case.__name__.strip('_')}: {exc}")
