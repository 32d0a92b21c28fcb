"""Authentication: the mock clock, one-time passwords and signed bearer tokens (PyJWT, HS256)."""

from __future__ import annotations

import hmac
import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime

import jwt

from skilldeo_mock.replies import ApiError
from skilldeo_mock.store import Store

OTP_TTL_SECONDS = 600
OTP_MAX_WRONG = 5
TOKEN_TTL_SECONDS = 3600
_ISSUER = "skilldeo-mock"


class Clock:
    """Wall time plus an offset that tests move forward (POST /_mock/clock)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def now(self) -> float:
        return time.time() + self.offset

    def iso(self) -> str:
        return datetime.fromtimestamp(self.now(), UTC).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class Principal:
    user_id: int
    org_id: int
    token: str


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


class Tokens:
    """Issue and check bearer tokens signed with the store's key."""

    def __init__(self, store: Store, clock: Clock) -> None:
        self.store, self.clock = store, clock
        self.key = store.secret()

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
        return Principal(user_id, org_id, token)


def _unauthorized(message: str) -> ApiError:
    return ApiError(401, message, {"WWW-Authenticate": "Bearer"})
