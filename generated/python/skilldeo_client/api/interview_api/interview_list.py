# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""Request builder and response parser of `interviewList` (POST /svc/interview/list).

The clients in `client.py` send the request and retry it; this module only knows the wire.
"""

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from ... import errors
from ..._base import (
    Caller,
    Operation,
    enum_value,
    fill_caller,
    from_mapping,
    no_fields,
    with_caller,
)
from ...models.interview_list_request import InterviewListRequest
from ...models.interview_list_response import InterviewListResponse
from ...models.interview_status import InterviewStatus
from ...types import UNSET, Unset

OPERATION = Operation(
    "interviewList",
    "post",
    auth=True,
    idempotent=True,
)
METHOD = "interview_list"
# Body fields that must hold the caller's own ids: (wire name, client attribute).
CALLER_FIELDS: tuple[tuple[str, str], ...] = (("org_id", "org_id"),)


def request_kwargs(
    caller: Caller,
    body: InterviewListRequest | Mapping[str, Any] | None = None,
    *,
    campaign_id: int | Unset = UNSET,
    org_id: int | Unset = UNSET,
    status: InterviewStatus | Literal["invited", "in_progress", "completed", "expired"] | Unset = UNSET,
    search_param: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:
    """The URL, query and body of a call, from its arguments (checked and completed here)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "url": "/svc/interview/list",
    }

    if body is None:
        body = InterviewListRequest(
            campaign_id=campaign_id,
            org_id=org_id,
            status=UNSET if isinstance(status, Unset) else enum_value(InterviewStatus, status, "status"),
            search_param=search_param,
            top=top,
            skip=skip,
        )
    else:
        no_fields(
            METHOD,
            campaign_id,
            org_id,
            status,
            search_param,
            top,
            skip,
        )
        if not isinstance(body, InterviewListRequest):
            body = from_mapping(InterviewListRequest.from_dict, with_caller(body, caller, CALLER_FIELDS))
    json = body.to_dict()
    fill_caller(json, caller, CALLER_FIELDS)
    _kwargs["json"] = json

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> InterviewListResponse:
    """The success model of a 2xx response; any other status raises a `errors.SkilldeoError`."""
    if response.status_code == 200:
        try:
            response_200 = InterviewListResponse.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseValidationError(response, exc) from exc
    raise errors.error_for_response(response)
