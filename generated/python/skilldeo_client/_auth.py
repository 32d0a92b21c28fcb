# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""The one-time-password flows as helpers that return an authenticated client.

`signup()` runs `signupOTP` then `signupVerify`.
`login()` runs `loginOTP` then `loginVerify`.
`otp` is the code itself or a callable that returns it (prompt the user, read a mailbox); it is
called only after the code has been sent. Both steps need no token; the client returned carries
the token the verification answered with.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from ._base import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, Timeout
from .client import AsyncSkilldeo, Skilldeo
from .models.login_otp_request import LoginOtpRequest
from .models.login_verify_request import LoginVerifyRequest
from .models.signup_verify_request import SignupVerifyRequest
from .models.user_request import UserRequest

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
    code = otp() if callable(otp) else otp
    if not isinstance(code, str) or not code:
        raise ValueError("otp must be a non-empty string or a callable returning one")
    return code


def _present(fields: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value is not None}


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
    http_client: httpx.Client | None = None,
) -> Skilldeo:
    """Run `signupOTP` and `signupVerify`; return a client authenticated as the user.

    `signupVerify` answers with a token only, so the client's `user_id` and `org_id` are None.
    """
    client = Skilldeo(token=None, base_url=base_url, timeout=timeout, max_retries=max_retries, http_client=http_client)
    try:
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

        started = client.signup_otp(body=UserRequest.from_dict(start_fields))
        verify_fields: dict[str, Any] = {
            key: value for key, value in start_fields.items() if key in _SIGNUP_VERIFY_FIELDS
        }
        verify_fields["session_id"] = started.session_id
        verify_fields["verification_code"] = _code(otp)

        verified = client.signup_verify(body=SignupVerifyRequest.from_dict(verify_fields))
    except BaseException:
        client.close()
        raise
    client._authenticate(
        verified.token,
        None,
        None,
    )

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
    http_client: httpx.AsyncClient | None = None,
) -> AsyncSkilldeo:
    """The asynchronous `signup()`: returns an authenticated `AsyncSkilldeo`."""
    client = AsyncSkilldeo(
        token=None, base_url=base_url, timeout=timeout, max_retries=max_retries, http_client=http_client
    )
    try:
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

        started = await client.signup_otp(body=UserRequest.from_dict(start_fields))
        verify_fields: dict[str, Any] = {
            key: value for key, value in start_fields.items() if key in _SIGNUP_VERIFY_FIELDS
        }
        verify_fields["session_id"] = started.session_id
        verify_fields["verification_code"] = _code(otp)

        verified = await client.signup_verify(body=SignupVerifyRequest.from_dict(verify_fields))
    except BaseException:
        await client.close()
        raise
    client._authenticate(
        verified.token,
        None,
        None,
    )

    return client


# The fields `loginVerify` accepts, so details given to the first step are sent again.
_LOGIN_VERIFY_FIELDS = frozenset({"email", "session_id", "verification_code"})


def login(
    email: str,
    *,
    otp: Otp,
    base_url: str | None = None,
    timeout: Timeout = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    http_client: httpx.Client | None = None,
) -> Skilldeo:
    """Run `loginOTP` and `loginVerify`; return a client authenticated as the user.

    The client's `user_id` and `org_id` are those `loginVerify` answered with.
    """
    client = Skilldeo(token=None, base_url=base_url, timeout=timeout, max_retries=max_retries, http_client=http_client)
    try:
        start_fields = _present(
            {
                "email": email,
            }
        )

        started = client.login_otp(body=LoginOtpRequest.from_dict(start_fields))
        verify_fields: dict[str, Any] = {
            key: value for key, value in start_fields.items() if key in _LOGIN_VERIFY_FIELDS
        }
        verify_fields["session_id"] = started.session_id
        verify_fields["verification_code"] = _code(otp)

        verified = client.login_verify(body=LoginVerifyRequest.from_dict(verify_fields))
    except BaseException:
        client.close()
        raise
    client._authenticate(
        verified.token,
        verified.user_id,
        verified.org_id,
    )

    return client


async def async_login(
    email: str,
    *,
    otp: Otp,
    base_url: str | None = None,
    timeout: Timeout = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    http_client: httpx.AsyncClient | None = None,
) -> AsyncSkilldeo:
    """The asynchronous `login()`: returns an authenticated `AsyncSkilldeo`."""
    client = AsyncSkilldeo(
        token=None, base_url=base_url, timeout=timeout, max_retries=max_retries, http_client=http_client
    )
    try:
        start_fields = _present(
            {
                "email": email,
            }
        )

        started = await client.login_otp(body=LoginOtpRequest.from_dict(start_fields))
        verify_fields: dict[str, Any] = {
            key: value for key, value in start_fields.items() if key in _LOGIN_VERIFY_FIELDS
        }
        verify_fields["session_id"] = started.session_id
        verify_fields["verification_code"] = _code(otp)

        verified = await client.login_verify(body=LoginVerifyRequest.from_dict(verify_fields))
    except BaseException:
        await client.close()
        raise
    client._authenticate(
        verified.token,
        verified.user_id,
        verified.org_id,
    )

    return client
