# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""Request builder and response parser of `loginVerify` (POST /auth/loginVerify).

The clients in `client.py` send the request and retry it; this module only knows the wire.
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._base import (
    Caller,
    Operation,
    fill_caller,
    from_mapping,
    no_fields,
    required,
    with_caller,
)
from ...models.login_verify_request import LoginVerifyRequest
from ...models.login_verify_response import LoginVerifyResponse
from ...types import UNSET, Unset

OPERATION = Operation(
    "loginVerify",
    "post",
    auth=False,
    idempotent=False,
)
METHOD = "login_verify"
# Body fields that must hold the caller's own ids: (wire name, client attribute).
CALLER_FIELDS: tuple[tuple[str, str], ...] = ()


def request_kwargs(
    caller: Caller,
    body: LoginVerifyRequest | Mapping[str, Any] | None = None,
    *,
    email: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    verification_code: str | Unset = UNSET,
) -> dict[str, Any]:
    """The URL, query and body of a call, from its arguments (checked and completed here)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "url": "/auth/loginVerify",
    }

    if body is None:
        body = LoginVerifyRequest(
            email=required(email, METHOD, "email"),
            session_id=session_id,
            verification_code=verification_code,
        )
    else:
        no_fields(
            METHOD,
            email,
            session_id,
            verification_code,
        )
        if not isinstance(body, LoginVerifyRequest):
            body = from_mapping(LoginVerifyRequest.from_dict, with_caller(body, caller, CALLER_FIELDS))
    json = body.to_dict()
    fill_caller(json, caller, CALLER_FIELDS)
    _kwargs["json"] = json

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> LoginVerifyResponse:
    """The success model of a 2xx response; any other status raises a `errors.SkilldeoError`."""
    if response.status_code == 200:
        try:
            response_200 = LoginVerifyResponse.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseValidationError(response, exc) from exc
    raise errors.error_for_response(response)
