# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""Request builder and response parser of `login_verify` (POST /auth/loginVerify).

The clients in `client.py` send the request and retry it; this module only knows the wire.
"""

from typing import Any

import httpx

from ... import errors
from ...models.login_verify_request import LoginVerifyRequest
from ...models.login_verify_response import LoginVerifyResponse

REQUIRES_AUTH = False


def request_kwargs(
    *,
    body: LoginVerifyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/loginVerify",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> LoginVerifyResponse:
    """The success model of a 2xx response; any other status raises a `errors.SkilldeoError`."""
    if response.status_code == 200:
        try:
            response_200 = LoginVerifyResponse.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError) as exc:
            raise errors.ResponseValidationError(response, exc) from exc
    raise errors.error_for_response(response)
