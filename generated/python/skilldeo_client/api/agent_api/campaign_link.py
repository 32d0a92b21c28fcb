# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""Request builder and response parser of `campaignLink` (GET /svc/campaign/getLink).

The clients in `client.py` send the request and retry it; this module only knows the wire.
"""

from typing import Any

import httpx

from ... import errors
from ..._base import (
    Caller,
    Operation,
)
from ...models.campaign_link_response import CampaignLinkResponse
from ...types import UNSET

OPERATION = Operation(
    "campaignLink",
    "get",
    auth=True,
    idempotent=True,
)
METHOD = "campaign_link"
# Body fields that must hold the caller's own ids: (wire name, client attribute).
CALLER_FIELDS: tuple[tuple[str, str], ...] = ()


def request_kwargs(
    caller: Caller,
    *,
    campaign_id: int,
) -> dict[str, Any]:
    """The URL, query and body of a call, from its arguments (checked and completed here)."""

    params: dict[str, Any] = {}

    params["campaignId"] = campaign_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "url": "/svc/campaign/getLink",
        "params": params,
    }

    return _kwargs


def parse_response(response: httpx.Response) -> CampaignLinkResponse:
    """The success model of a 2xx response; any other status raises a `errors.SkilldeoError`."""
    if response.status_code == 200:
        try:
            response_200 = CampaignLinkResponse.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseValidationError(response, exc) from exc
    raise errors.error_for_response(response)
