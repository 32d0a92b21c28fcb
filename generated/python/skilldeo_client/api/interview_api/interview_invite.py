# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""Request builder and response parser of `interviewInvite` (POST /svc/interview/invite).

The clients in `client.py` send the request and retry it; this module only knows the wire.
"""

from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ..._base import (
    Caller,
    Operation,
    caller_id,
    fill_caller,
    from_mapping,
    no_fields,
    required,
    with_caller,
)
from ...models.invite_response import InviteResponse
from ...models.send_invites_request_dto import SendInvitesRequestDto
from ...types import UNSET, Unset

OPERATION = Operation(
    "interviewInvite",
    "post",
    auth=True,
    idempotent=False,
)
METHOD = "interview_invite"
# Body fields that must hold the caller's own ids: (wire name, client attribute).
CALLER_FIELDS: tuple[tuple[str, str], ...] = (("user_id", "user_id"),)


def request_kwargs(
    caller: Caller,
    body: SendInvitesRequestDto | Mapping[str, Any] | None = None,
    *,
    emails: list[str] | Unset = UNSET,
    campaign_id: int | Unset = UNSET,
    invited_from: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> dict[str, Any]:
    """The URL, query and body of a call, from its arguments (checked and completed here)."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "url": "/svc/interview/invite",
    }

    if body is None:
        body = SendInvitesRequestDto(
            emails=required(emails, METHOD, "emails"),
            campaign_id=required(campaign_id, METHOD, "campaign_id"),
            user_id=caller_id(user_id, caller.user_id, METHOD, "user_id"),
            invited_from=required(invited_from, METHOD, "invited_from"),
        )
    else:
        no_fields(
            METHOD,
            emails,
            campaign_id,
            user_id,
            invited_from,
        )
        if not isinstance(body, SendInvitesRequestDto):
            body = from_mapping(SendInvitesRequestDto.from_dict, with_caller(body, caller, CALLER_FIELDS))
    json = body.to_dict()
    fill_caller(json, caller, CALLER_FIELDS)
    _kwargs["json"] = json

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(response: httpx.Response) -> InviteResponse:
    """The success model of a 2xx response; any other status raises a `errors.SkilldeoError`."""
    if response.status_code == 200:
        try:
            response_200 = InviteResponse.from_dict(response.json())

            return response_200

        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise errors.ResponseValidationError(response, exc) from exc
    raise errors.error_for_response(response)
