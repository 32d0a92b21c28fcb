# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""Request builder and response parser of `signupVerify` (POST /auth/signupVerify).

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
from ...models.signup_verify_request import SignupVerifyRequest
from ...models.signup_verify_response import SignupVerifyResponse
from ...types import UNSET, Unset

OPERATION = Operation(
    "signupVerify",
    "post",
    auth=False,
    idempotent=False,
)
METHOD = "signup_verify"
# Body fields that must hold the caller's own ids: (wire name, client attribute).
CALLER_FIELDS: tuple[tuple[str, str], ...] = ()


def request_kwargs(
    caller: Caller,
    body: SignupVerifyRequest | Mapping[str, Any] | None = None,
    *,
    email: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    verification_code: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    organization: str | Unset = UNSET,
    org_type_id: int | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    role_id: int | Unset = UNSET,
    recieved_from: str | Unset = UNSET,
) -> dict[str, Any]:
    """The URL, query and body of a call, from its arguments (checked and completed here)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "url": "/auth/signupVerify",
    }

    if body is None:
        body = SignupVerifyRequest(
            email=required(email, METHOD, "email"),
            session_id=session_id,
            verification_code=verification_code,
            first_name=first_name,
            last_name=last_name,
            organization=organization,
            org_type_id=org_type_id,
            phone_number=phone_number,
            role_id=role_id,
            recieved_from=recieved_from,
        )
    else:
        no_fields(
            METHOD,
            email,
            session_id,
            verification_code,
            first_name,
            last_name,
            organization,
            org_type_id,
            phone_number,
            role_id,
            recieved_from,
        )
        if not isinstance(body, SignupVerifyRequest):
            body = from_mapping(SignupVerifyRequest.from_dict, with_caller(body, caller, CALLER_FIELDS))
    json = body.to_dict()
    fill_caller(json, caller, CALLER_FIELDS)
    _kwargs["json"] = json

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> SignupVerifyResponse:
    """The success model of a 2xx response; any other status raises a `errors.SkilldeoError`."""
    if response.status_code == 200:
        try:
            response_200 = SignupVerifyResponse.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseValidationError(response, exc) from exc
    raise errors.error_for_response(response)
