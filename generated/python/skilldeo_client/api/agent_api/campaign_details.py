# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""Request builder and response parser of `campaignDetails` (GET /svc/campaign/getDetails).

The clients in `client.py` send the request and retry it; this module only knows the wire.
"""

from typing import Any

import httpx

from ... import errors
from ..._base import (
    Caller,
    Operation,
    caller_id,
)
from ...models.campaign_details_response import CampaignDetailsResponse
from ...types import UNSET, Unset

OPERATION = Operation(
    "campaignDetails",
    "get",
    auth=True,
    idempotent=True,
)
METHOD = "campaign_details"
# Body fields that must hold the caller's own ids: (wire name, client attribute).
CALLER_FIELDS: tuple[tuple[str, str], ...] = ()


def request_kwargs(
    caller: Caller,
    *,
    campaign_id: int,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """The URL, query and body of a call, from its arguments (checked and completed here)."""
    user_id = caller_id(user_id, caller.user_id, METHOD, "user_id")

    params: dict[str, Any] = {}

    params["campaignId"] = campaign_id

    params["userId"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/svc/campaign/getDetails",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> CampaignDetailsResponse:
    """The success model of a 2xx response; any other status raises a `errors.SkilldeoError`."""
    if response.status_code == 200:
        try:
            response_200 = CampaignDetailsResponse.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseValidationError(response, exc) from exc
    raise errors.error_for_response(response)
