# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""Request builder and response parser of `campaignList` (POST /svc/campaign/list).

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
from ...models.agent_status import AgentStatus
from ...models.campaign_list_request import CampaignListRequest
from ...models.campaign_list_response import CampaignListResponse
from ...types import UNSET, Unset

OPERATION = Operation(
    "campaignList",
    "post",
    auth=True,
    idempotent=True,
)
METHOD = "campaign_list"
# Body fields that must hold the caller's own ids: (wire name, client attribute).
CALLER_FIELDS: tuple[tuple[str, str], ...] = (
    ("org_id", "org_id"),
    ("user_id", "user_id"),
)


def request_kwargs(
    caller: Caller,
    body: CampaignListRequest | Mapping[str, Any] | None = None,
    *,
    org_id: int | Unset = UNSET,
    user_id: int | Unset = UNSET,
    search_param: str | Unset = UNSET,
    status: AgentStatus | Literal["active", "inactive"] | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
) -> dict[str, Any]:
    """The URL, query and body of a call, from its arguments (checked and completed here)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "url": "/svc/campaign/list",
    }

    if body is None:
        body = CampaignListRequest(
            org_id=org_id,
            user_id=user_id,
            search_param=search_param,
            status=UNSET if isinstance(status, Unset) else enum_value(AgentStatus, status, "status"),
            top=top,
            skip=skip,
        )
    else:
        no_fields(
            METHOD,
            org_id,
            user_id,
            search_param,
            status,
            top,
            skip,
        )
        if not isinstance(body, CampaignListRequest):
            body = from_mapping(CampaignListRequest.from_dict, with_caller(body, caller, CALLER_FIELDS))
    json = body.to_dict()
    fill_caller(json, caller, CALLER_FIELDS)
    _kwargs["json"] = json

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> CampaignListResponse:
    """The success model of a 2xx response; any other status raises a `errors.SkilldeoError`."""
    if response.status_code == 200:
        try:
            response_200 = CampaignListResponse.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseValidationError(response, exc) from exc
    raise errors.error_for_response(response)
