"""The fuzzer's login: a bearer token by the OTP flow, kept fresh, handed to schemathesis.

Three sources, in this order: a fixed token (`--token` / SKILLDEO_TOKEN); an e-mail address with
a command that prints the code it received (`--email` + `--otp-command`); an e-mail address alone,
which reads the code from the bundled mock's outbox (`GET /_mock/outbox`). The provider logs in
again when a token nears its `exp` and, through schemathesis' `retry_on`, whenever a call
answers 401. Operations declared without security get no token at all.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
import jwt
from schemathesis import AuthContext, Case

from skilldeo_mock.launch import SEED_EMAIL

MOCK_EMAIL = SEED_EMAIL  # who signs in to the bundled mock: its seed's first user

DEFAULT_REFRESH = 300  # seconds between logins when the token carries no `exp`
REFRESH_MARGIN = 30  # log in again this long before a token expires
OTP_COMMAND_TIMEOUT = 120.0  # a person may be reading their mail


class AuthFailed(Exception):
    """No usable token: the message says which step failed and what the server answered."""


@dataclass(frozen=True)
class Credentials:
    token: str | None = None
    email: str | None = None
    otp_command: str | None = None

    @classmethod
    def from_env(cls) -> Credentials | None:
        """SKILLDEO_TOKEN, or SKILLDEO_EMAIL (+ SKILLDEO_OTP_COMMAND), for the `st run` hooks."""
        token, email = os.environ.get("SKILLDEO_TOKEN"), os.environ.get("SKILLDEO_EMAIL")
        if not token and not email:
            return None
        return cls(
            token=token or None, email=email, otp_command=os.environ.get("SKILLDEO_OTP_COMMAND")
        )

    def describe(self) -> str:
        if self.token:
            return "a fixed bearer token"
        how = f"`{self.otp_command}`" if self.otp_command else "the mock's outbox"
        return f"OTP login as {self.email} (code from {how})"


def root_of(base_url: str) -> str:
    """scheme://host:port of a base URL: where the mock serves /_mock/*."""
    parts = urlsplit(base_url)
    return f"{parts.scheme}://{parts.netloc}"


def _message(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    return str(body.get("message", body)) if isinstance(body, dict) else str(body)[:200]


def _post(client: httpx.Client, url: str, payload: dict[str, Any], step: str) -> dict[str, Any]:
    try:
        response = client.post(url, json=payload)
    except httpx.HTTPError as exc:
        raise AuthFailed(f"{step}: cannot reach {url}: {exc}") from None
    if response.status_code != 200:
        raise AuthFailed(f"{step} answered HTTP {response.status_code}: {_message(response)}")
    try:
        body = response.json()
    except ValueError:
        raise AuthFailed(f"{step} answered HTTP 200 without JSON: {response.text[:200]}") from None
    if not isinstance(body, dict):
        raise AuthFailed(f"{step} answered HTTP 200 with {body!r}, not an object")
    return body


def code_from_outbox(client: httpx.Client, base_url: str, email: str, session_id: str) -> str:
    url = f"{root_of(base_url)}/_mock/outbox"
    try:
        response = client.get(url, params={"email": email})
        messages = response.json().get("messages", []) if response.status_code == 200 else []
    except (httpx.HTTPError, ValueError, AttributeError):
        messages = []
    for message in reversed(messages):
        if isinstance(message, dict) and message.get("session_id") == session_id:
            return str(message["code"])
    raise AuthFailed(
        f"no code for {email} in {url}: that only works against the bundled mock; "
        "elsewhere pass --otp-command (or --token)"
    )


def code_from_command(command: str, email: str, session_id: str) -> str:
    """Run the user's command through the shell, as they would type it: `cat otp/$SKILLDEO_EMAIL`
    reads the variable, pipes and quotes work."""
    env = {**os.environ, "SKILLDEO_EMAIL": email, "SKILLDEO_SESSION_ID": session_id}
    try:
        proc = subprocess.run(
            command,
            shell=True,
            capture_output=True,
            text=True,
            env=env,
            timeout=OTP_COMMAND_TIMEOUT,
            check=False,
        )
    except (OSError, ValueError, subprocess.TimeoutExpired) as exc:
        raise AuthFailed(f"--otp-command {command!r} failed: {exc}") from None
    code = proc.stdout.strip()
    if proc.returncode != 0 or not code:
        detail = proc.stderr.strip() or f"exit {proc.returncode}, printed {proc.stdout!r}"
        raise AuthFailed(f"--otp-command {command!r} gave no code ({detail})")
    return code.splitlines()[-1].strip()


def read_code(client: httpx.Client, base_url: str, creds: Credentials, session_id: str) -> str:
    """The code e-mailed to creds.email for `session_id`: from --otp-command, or the outbox."""
    email = creds.email or ""
    if creds.otp_command:
        return code_from_command(creds.otp_command, email, session_id)
    return code_from_outbox(client, base_url, email, session_id)


def login(base_url: str, creds: Credentials, client: httpx.Client | None = None) -> str:
    """A fresh bearer token for `creds` from the server at `base_url`."""
    token = login_answer(base_url, creds, client).get("token")
    assert isinstance(token, str)
    return token


def login_answer(
    base_url: str, creds: Credentials, client: httpx.Client | None = None
) -> dict[str, Any]:
    """The loginVerify answer for `creds` (the token, and the caller's ids where the server says);
    `{"token": ...}` for a fixed token."""
    if creds.token:
        return {"token": creds.token}
    if not creds.email:
        raise AuthFailed("no credentials: pass --token (or SKILLDEO_TOKEN), or --email")
    own = client is None
    client = client or httpx.Client(timeout=10.0)
    try:
        base = base_url.rstrip("/")
        started = _post(client, f"{base}/auth/loginOTP", {"email": creds.email}, "loginOTP")
        session_id = str(started.get("session_id", ""))
        code = read_code(client, base_url, creds, session_id)
        payload = {"email": creds.email, "session_id": session_id, "verification_code": code}
        verified = _post(client, f"{base}/auth/loginVerify", payload, "loginVerify")
    finally:
        if own:
            client.close()
    token = verified.get("token")
    if not isinstance(token, str) or not token:
        raise AuthFailed("loginVerify answered HTTP 200 without a token")
    return verified


def refresh_interval(token: str, now: float | None = None) -> int:
    """Seconds to keep a token: until shortly before its `exp`, else DEFAULT_REFRESH."""
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        return DEFAULT_REFRESH
    exp = claims.get("exp")
    if not isinstance(exp, int | float):
        return DEFAULT_REFRESH
    left = exp - (time.time() if now is None else now) - REFRESH_MARGIN
    return max(1, min(DEFAULT_REFRESH, int(left)))


def needs_token(case: Case[Any]) -> bool:
    """Whether the operation declares a security requirement (ours: bearerAuth on the svc/ APIs)."""
    operation = case.operation
    declared = operation.definition.raw.get("security")
    if declared is None:
        declared = operation.schema.raw_schema.get("security")
    return bool(declared)


def provider_class(creds: Credentials, base_url: str | None = None) -> type:
    """A schemathesis AuthProvider class (built without arguments) that logs in with `creds`."""

    class SkilldeoLogin:
        def get(self, case: Case[Any], context: AuthContext) -> str | None:
            if not needs_token(case):
                return None
            url = base_url or context.operation.base_url or case.operation.schema.get_base_url()
            return login(url, creds)

        def set(self, case: Case[Any], data: str, context: AuthContext) -> None:
            case.headers["Authorization"] = f"Bearer {data}"

    return SkilldeoLogin


def register(
    auth: Callable[..., Any], creds: Credentials, token: str | None, base_url: str | None = None
) -> None:
    """Register our login with `auth`: `schema.auth` (skilldeo-api fuzz) or `schemathesis.auth`.

    One cached token for the secured operations (none for the others), renewed shortly before
    its `exp`; after a 401 schemathesis drops it, we log in again and it replays the call. A
    fixed token cannot be renewed, so there a 401 is a finding, not a cue to log in.
    """
    auth(
        refresh_interval=refresh_interval(token) if token else DEFAULT_REFRESH,
        cache_by_key=lambda case, _context: int(needs_token(case)),
        retry_on=[] if creds.token else [401],
    )(provider_class(creds, base_url))
