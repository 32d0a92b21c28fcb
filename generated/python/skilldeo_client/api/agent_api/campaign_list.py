# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""Request builder and response parser of `campaign_list` (POST /svc/campaign/list).

The clients in `client.py` send the request and retry it; this module only knows the wire.
"""

from typing import Any

import httpx

from ... import errors
from ...models.campaign_list_request import CampaignListRequest
from ...models.campaign_list_response import CampaignListResponse

REQUIRES_AUTH = True


def request_kwargs(
    *,
    body: CampaignListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/svc/campaign/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> CampaignListResponse:
    """The success model of a 2xx response; any other status raises a `errors.SkilldeoError`."""
    if response.status_code == 200:
        try:
            response_200 = CampaignListResponse.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError) as exc:
            raise errors.ResponseValidationError(response, exc) from exc
    raise errors.error_for_response(response)
