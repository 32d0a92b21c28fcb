# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""The one-time-password flows as helpers that return an authenticated client.

`signup()` runs `signupOTP` then `signupVerify`.
`login()` runs `loginOTP` then `loginVerify`.
`otp` is the code itself or a callable that returns it (prompt the user, read a mailbox); it is
called only after the code has been sent. Both steps need no token; the client returned carries
the token the verification answered with.

Tokens last an hour. With `relogin=True` (and `otp` a callable), the client keeps the address and
the callable and signs in again through `loginOTP` and `loginVerify` when the API answers
401 (an expired token), then repeats the call once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from ._base import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, Timeout
from .client import AsyncSkilldeo, Skilldeo

__all__ = [
    "async_login",
    "login",
    "async_signup",
    "signup",
    "Otp",
]

Otp = str | Callable[[], str]
"""The code, or a callable that returns it once it has been sent."""


def _code(otp: Otp) -> str:
    return _checked_code(otp() if callable(otp) else otp)


def _checked_code(code: object) -> str:
    # `object`: the callable is the caller's and may not honour its annotation, so check at runtime.
    if not isinstance(code, str) or not code:
        raise ValueError("otp must be a non-empty string or a callable returning one")
    return code


def _present(fields: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value is not None}


def _relogin_otp(relogin: bool, otp: Otp) -> None:
    if relogin and not callable(otp):
        raise ValueError("relogin=True needs otp to be a callable: every sign-in e-mails a new code")


# The fields `signupVerify` accepts, so details given to the first step are sent again.
_SIGNUP_VERIFY_FIELDS = frozenset(
    {
        "email",
        "firstName",
        "lastName",
        "org_type_id",
        "organization",
        "phoneNumber",
        "recievedFrom",
        "role_id",
        "session_id",
        "verification_code",
    }
)


def _signup_verify_fields(start_fields: dict[str, Any], started: Any, otp: Otp) -> dict[str, Any]:
    fields: dict[str, Any] = {key: value for key, value in start_fields.items() if key in _SIGNUP_VERIFY_FIELDS}
    fields["session_id"] = started.session_id
    fields["verification_code"] = _code(otp)
    return fields


def _signup_flow(client: Skilldeo, start_fields: dict[str, Any], otp: Otp) -> tuple[str, int | None, int | None]:
    """The token and the caller's ids, from `signupOTP` then `signupVerify`."""
    from .models.signup_verify_request import SignupVerifyRequest
    from .models.user_request import UserRequest

    started = client.signup_otp(body=UserRequest.from_dict(start_fields))
    verify = _signup_verify_fields(start_fields, started, otp)
    verified = client.signup_verify(body=SignupVerifyRequest.from_dict(verify))
    return (
        verified.token,
        None,
        None,
    )


async def _async_signup_flow(
    client: AsyncSkilldeo, start_fields: dict[str, Any], otp: Otp
) -> tuple[str, int | None, int | None]:
    from .models.signup_verify_request import SignupVerifyRequest
    from .models.user_request import UserRequest

    started = await client.signup_otp(body=UserRequest.from_dict(start_fields))
    verify = _signup_verify_fields(start_fields, started, otp)
    verified = await client.signup_verify(body=SignupVerifyRequest.from_dict(verify))
    return (
        verified.token,
        None,
        None,
    )


# The fields `loginVerify` accepts, so details given to the first step are sent again.
_LOGIN_VERIFY_FIELDS = frozenset({"email", "session_id", "verification_code"})


def _login_verify_fields(start_fields: dict[str, Any], started: Any, otp: Otp) -> dict[str, Any]:
    fields: dict[str, Any] = {key: value for key, value in start_fields.items() if key in _LOGIN_VERIFY_FIELDS}
    fields["session_id"] = started.session_id
    fields["verification_code"] = _code(otp)
    return fields


def _login_flow(client: Skilldeo, start_fields: dict[str, Any], otp: Otp) -> tuple[str, int | None, int | None]:
    """The token and the caller's ids, from `loginOTP` then `loginVerify`."""
    from .models.login_otp_request import LoginOtpRequest
    from .models.login_verify_request import LoginVerifyRequest

    started = client.login_otp(body=LoginOtpRequest.from_dict(start_fields))
    verify = _login_verify_fields(start_fields, started, otp)
    verified = client.login_verify(body=LoginVerifyRequest.from_dict(verify))
    return (
        verified.token,
        verified.user_id,
        verified.org_id,
    )


async def _async_login_flow(
    client: AsyncSkilldeo, start_fields: dict[str, Any], otp: Otp
) -> tuple[str, int | None, int | None]:
    from .models.login_otp_request import LoginOtpRequest
    from .models.login_verify_request import LoginVerifyRequest

    started = await client.login_otp(body=LoginOtpRequest.from_dict(start_fields))
    verify = _login_verify_fields(start_fields, started, otp)
    verified = await client.login_verify(body=LoginVerifyRequest.from_dict(verify))
    return (
        verified.token,
        verified.user_id,
        verified.org_id,
    )


def signup(
    email: str,
    *,
    otp: Otp,
    first_name: str | None = None,
    last_name: str | None = None,
    organization: str | None = None,
    org_type_id: int | None = None,
    phone_number: str | None = None,
    role_id: int | None = None,
    base_url: str | None = None,
    timeout: Timeout = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    relogin: bool = False,
    http_client: httpx.Client | None = None,
) -> Skilldeo:
    """Run `signupOTP` and `signupVerify`; return a client authenticated as the user.

    `signupVerify` answers with a token only, so the client's `user_id` and `org_id` are None.
    With `relogin=True` (`otp` a callable), a 401 signs in again through `login` and repeats the call.
    """
    _relogin_otp(relogin, otp)
    start_fields = _present(
        {
            "email": email,
            "firstName": first_name,
            "lastName": last_name,
            "organization": organization,
            "org_type_id": org_type_id,
            "phoneNumber": phone_number,
            "role_id": role_id,
        }
    )

    client = Skilldeo(token=None, base_url=base_url, timeout=timeout, max_retries=max_retries, http_client=http_client)
    try:
        token, user_id, org_id = _signup_flow(client, start_fields, otp)
    except BaseException:
        client.close()
        raise
    client.adopt_session(token, user_id, org_id)
    if relogin:
        again = {"email": email}
        client.adopt_session(token, user_id, org_id, refresh_token=lambda: _login_flow(client, again, otp)[0])
    return client


async def async_signup(
    email: str,
    *,
    otp: Otp,
    first_name: str | None = None,
    last_name: str | None = None,
    organization: str | None = None,
    org_type_id: int | None = None,
    phone_number: str | None = None,
    role_id: int | None = None,
    base_url: str | None = None,
    timeout: Timeout = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    relogin: bool = False,
    http_client: httpx.AsyncClient | None = None,
) -> AsyncSkilldeo:
    """The asynchronous `signup()`: returns an authenticated `AsyncSkilldeo`."""
    _relogin_otp(relogin, otp)
    start_fields = _present(
        {
            "email": email,
            "firstName": first_name,
            "lastName": last_name,
            "organization": organization,
            "org_type_id": org_type_id,
            "phoneNumber": phone_number,
            "role_id": role_id,
        }
    )

    client = AsyncSkilldeo(
        token=None, base_url=base_url, timeout=timeout, max_retries=max_retries, http_client=http_client
    )
    try:
        token, user_id, org_id = await _async_signup_flow(client, start_fields, otp)
    except BaseException:
        await client.close()
        raise
    client.adopt_session(token, user_id, org_id)
    if relogin:
        again = {"email": email}

        async def refresh() -> str:
            return (await _async_login_flow(client, again, otp))[0]

        client.adopt_session(token, user_id, org_id, refresh_token=refresh)
    return client


def login(
    email: str,
    *,
    otp: Otp,
    base_url: str | None = None,
    timeout: Timeout = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    relogin: bool = False,
    http_client: httpx.Client | None = None,
) -> Skilldeo:
    """Run `loginOTP` and `loginVerify`; return a client authenticated as the user.

    The client's `user_id` and `org_id` are those `loginVerify` answered with; fields that
    must be the caller's own ids default to them.
    With `relogin=True` (`otp` a callable), a 401 signs in again through `login` and repeats the call.
    """
    _relogin_otp(relogin, otp)
    start_fields = _present(
        {
            "email": email,
        }
    )

    client = Skilldeo(token=None, base_url=base_url, timeout=timeout, max_retries=max_retries, http_client=http_client)
    try:
        token, user_id, org_id = _login_flow(client, start_fields, otp)
    except BaseException:
        client.close()
        raise
    client.adopt_session(token, user_id, org_id)
    if relogin:
        again = {"email": email}
        client.adopt_session(token, user_id, org_id, refresh_token=lambda: _login_flow(client, again, otp)[0])
    return client


async def async_login(
    email: str,
    *,
    otp: Otp,
    base_url: str | None = None,
    timeout: Timeout = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    relogin: bool = False,
    http_client: httpx.AsyncClient | None = None,
) -> AsyncSkilldeo:
    """The asynchronous `login()`: returns an authenticated `AsyncSkilldeo`."""
    _relogin_otp(relogin, otp)
    start_fields = _present(
        {
            "email": email,
        }
    )

    client = AsyncSkilldeo(
        token=None, base_url=base_url, timeout=timeout, max_retries=max_retries, http_client=http_client
    )
    try:
        token, user_id, org_id = await _async_login_flow(client, start_fields, otp)
    except BaseException:
        await client.close()
        raise
    client.adopt_session(token, user_id, org_id)
    if relogin:
        again = {"email": email}

        async def refresh() -> str:
            return (await _async_login_flow(client, again, otp))[0]

        client.adopt_session(token, user_id, org_id, refresh_token=refresh)
    return client
