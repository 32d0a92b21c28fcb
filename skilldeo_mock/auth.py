"""Authentication: the mock clock, one-time passwords and signed bearer tokens (PyJWT, HS256)."""

from __future__ import annotations

import hmac
import math
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import jwt

from skilldeo_mock.replies import ApiError
from skilldeo_mock.store import Store

OTP_TTL_SECONDS = 600
OTP_MAX_WRONG = 5
TOKEN_TTL_SECONDS = 3600
_ISSUER = "skilldeo-mock"
_MAX_CACHED_TOKENS = 10_000
# The clock stops short of the end of what datetime holds (year 9999) by a margin that covers
# every expiry computed from it (codes, tokens, rate-limit windows).
LAST_TIME = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC).timestamp() - 2 * 86_400


class Clock:
    """Wall time plus an offset that tests move forward (POST /_mock/clock); the offset lives in
    the store's control record, and the app copies it here before each request."""

    def __init__(self) -> None:
        self.offset = 0.0

    def headroom(self) -> float:
        """How far the clock may still move forward, in seconds."""
        return LAST_TIME - self.now()

    def now(self) -> float:
        return time.time() + self.offset

    def iso(self) -> str:
        return datetime.fromtimestamp(self.now(), UTC).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class Principal:
    user_id: int
    org_id: int
    token: str = field(repr=False)


def new_code(fixed: str | None) -> str:
    return fixed if fixed is not None else f"{secrets.randbelow(1_000_000):06d}"


def new_session_id() -> str:
    return secrets.token_urlsafe(18)


def check_code(
    store: Store, clock: Clock, session_id: str, email: str, code: str, purpose: str
) -> None:
    """Accept the code once, within its time, before too many wrong tries; else a 400."""
    row = store.session(session_id)
    if row is None or row["purpose"] != purpose or row["email"] != email.casefold():
        raise ApiError(400, "session_id: no such session for this email")
    if row["used"]:
        raise ApiError(400, "session_id: this code was already used; request a new one")
    if row["attempts"] >= OTP_MAX_WRONG:
        raise ApiError(400, "verification_code: too many wrong tries; request a new code")
    if clock.now() - row["created_at"] > OTP_TTL_SECONDS:
        raise ApiError(400, "verification_code: the code has expired; request a new one")
    expected = row["code"]
    # Unknown login addresses get a session with no code, so nothing can match it.
    if expected is None or not hmac.compare_digest(expected.encode(), code.encode()):
        store.count_wrong_try(session_id)
        raise ApiError(400, "verification_code: wrong code")
    if not store.use_session(session_id):
        raise ApiError(400, "session_id: this code was already used; request a new one")


def limit(
    store: Store, clock: Clock, window: int, counters: Sequence[tuple[str, int, str]]
) -> None:
    """Count this call against each (key, most, what) counter in the store, shared by every
    worker; over `most` in the window: 429 with Retry-After, naming the field `what` says."""
    now = clock.now()
    counted = store.hit([key for key, _, _ in counters], now, window)
    for key, most, what in counters:
        hits, until = counted[key]
        if hits > most:
            wait = max(1, math.ceil(until - now))
            raise ApiError(429, f"{what}; retry after {wait} s", {"Retry-After": str(wait)})


class Tokens:
    """Issue and check bearer tokens signed with the store's key.

    A token that passed the full check is remembered by its exact text until it expires, so the
    next call with it costs a dict lookup; `rotate` (a reset: new key, users gone) forgets them.
    """

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store, self.clock = store, clock
        self.key = store.secret()
        self._verified: dict[str, tuple[Principal, float]] = {}

    def rotate(self, key: str) -> None:
        """Sign and check with `key` from now on, and forget every verified token."""
        self.key = key
        self._verified.clear()

    def issue(self, user_id: int, org_id: int) -> str:
        now = int(self.clock.now())
        claims = {
            "iss": _ISSUER,
            "sub": str(user_id),
            "org": org_id,
            "iat": now,
            "exp": now + TOKEN_TTL_SECONDS,
            "jti": secrets.token_hex(8),
        }
        return jwt.encode(claims, self.key, algorithm="HS256")

    def check(self, header: str | None) -> Principal:
        """The caller behind an `Authorization: Bearer` header; ApiError 401 otherwise."""
        scheme, _, token = (header or "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise _unauthorized("Missing or invalid token")
        known = self._verified.get(token)
        if known is not None:
            if known[1] <= self.clock.now():
                raise _unauthorized("Token expired; sign in again")
            return known[0]
        principal, exp = self._verify(token)
        if len(self._verified) >= _MAX_CACHED_TOKENS:
            self._verified.clear()
        self._verified[token] = (principal, exp)
        return principal

    def _verify(self, token: str) -> tuple[Principal, float]:
        """The full check: signature, claims, expiry by the mock clock, the user still there."""
        try:
            claims = jwt.decode(
                token,
                self.key,
                algorithms=["HS256"],
                issuer=_ISSUER,
                options={
                    "verify_exp": False,
                    "verify_iat": False,
                    "require": ["exp", "sub", "org"],
                },
            )
            user_id, org_id, exp = int(claims["sub"]), int(claims["org"]), float(claims["exp"])
        except (jwt.InvalidTokenError, ValueError, TypeError):
            raise _unauthorized("Missing or invalid token") from None
        # Expiry is judged by the mock clock so that tests can move time forward.
        if exp <= self.clock.now():
            raise _unauthorized("Token expired; sign in again")
        if self.store.user_org(user_id) != org_id:
            raise _unauthorized("Missing or invalid token")
        return Principal(user_id, org_id, token), exp


def _unauthorized(message: str) -> ApiError:
    return ApiError(401, message, {"WWW-Authenticate": "Bearer"})
