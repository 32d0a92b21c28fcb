# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""Request builder and response parser of `interview_result` (GET /svc/interview/getResult).

The clients in `client.py` send the request and retry it; this module only knows the wire.
"""

from typing import Any

import httpx

from ... import errors
from ...models.common_response_dto import CommonResponseDto
from ...types import UNSET

REQUIRES_AUTH = True


def request_kwargs(
    *,
    interview_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["interviewId"] = interview_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/svc/interview/getResult",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> CommonResponseDto:
    """The success model of a 2xx response; any other status raises a `errors.SkilldeoError`."""
    if response.status_code == 200:
        try:
            response_200 = CommonResponseDto.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError) as exc:
            raise errors.ResponseValidationError(response, exc) from exc
    raise errors.error_for_response(response)
