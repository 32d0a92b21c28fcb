# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import is_json_array

T = TypeVar("T", bound="SendInvitesRequestDto")


@_attrs_define
class SendInvitesRequestDto:
    """An invitation of one or more candidates to one agent's interview.

    Attributes:
        emails (list[str]): The candidates' e-mail addresses, 1 to 100 of them.
        campaign_id (int): The agent whose interview the candidates are invited to.
        user_id (int): The user sending the invitations; the caller's own id.
        invited_from (str): Where the invitation comes from, for example `dashboard` or `api`.
    """

    emails: list[str]
    campaign_id: int
    user_id: int
    invited_from: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict[str, Any])
    # The HTTP response this model came in, when it is a call's result: see `response_of()`.
    _http_response: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        emails = self.emails

        campaign_id = self.campaign_id

        user_id = self.user_id

        invited_from = self.invited_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emails": emails,
                "campaign_id": campaign_id,
                "user_id": user_id,
                "invited_from": invited_from,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        emails: list[str] = []
        _emails = d.pop("emails")
        if not is_json_array(_emails):
            raise TypeError(f"emails: expected an array, got {type(_emails).__name__}")
        for emails_item_data in _emails:
            emails_item = emails_item_data
            if not (isinstance(emails_item, str)):
                raise TypeError(f"emails_item: expected a string, got {type(emails_item).__name__}")

            emails.append(emails_item)

        campaign_id = d.pop("campaign_id")
        if not (isinstance(campaign_id, int) and not isinstance(campaign_id, bool)):
            raise TypeError(f"campaign_id: expected an integer, got {type(campaign_id).__name__}")

        user_id = d.pop("user_id")
        if not (isinstance(user_id, int) and not isinstance(user_id, bool)):
            raise TypeError(f"user_id: expected an integer, got {type(user_id).__name__}")

        invited_from = d.pop("invited_from")
        if not (isinstance(invited_from, str)):
            raise TypeError(f"invited_from: expected a string, got {type(invited_from).__name__}")

        send_invites_request_dto = cls(
            emails=emails,
            campaign_id=campaign_id,
            user_id=user_id,
            invited_from=invited_from,
        )

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        send_invites_request_dto.additional_properties = additional_properties
        return send_invites_request_dto

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
