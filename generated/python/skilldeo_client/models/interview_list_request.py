# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interview_status import InterviewStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="InterviewListRequest")


@_attrs_define
class InterviewListRequest:
    """Filters and paging for the interview list.

    Attributes:
        campaign_id (int | Unset): Keeps the interviews of this agent only.
        org_id (int | Unset): The organisation whose interviews to list; the caller's own (the default when absent).
        status (InterviewStatus | Unset): The stage of an interview: `invited` (invitation sent, not started),
            `in_progress`
            (started, not finished), `completed` (finished and evaluated) or `expired` (the invitation
            ran out unused).
        search_param (str | Unset): Keeps interviews whose candidate e-mail address contains this text, ignoring case.
        top (int | Unset): How many interviews to return, 1 to 100 (10 when absent).
        skip (int | Unset): How many matching interviews to skip before the page starts (0 when absent).
    """

    campaign_id: int | Unset = UNSET
    org_id: int | Unset = UNSET
    status: InterviewStatus | Unset = UNSET
    search_param: str | Unset = UNSET
    top: int | Unset = UNSET
    skip: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        org_id = self.org_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        search_param = self.search_param

        top = self.top

        skip = self.skip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if status is not UNSET:
            field_dict["status"] = status
        if search_param is not UNSET:
            field_dict["search_param"] = search_param
        if top is not UNSET:
            field_dict["top"] = top
        if skip is not UNSET:
            field_dict["skip"] = skip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id", UNSET)

        org_id = d.pop("org_id", UNSET)

        _status = d.pop("status", UNSET)
        status: InterviewStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = InterviewStatus(_status)

        search_param = d.pop("search_param", UNSET)

        top = d.pop("top", UNSET)

        skip = d.pop("skip", UNSET)

        interview_list_request = cls(
            campaign_id=campaign_id,
            org_id=org_id,
            status=status,
            search_param=search_param,
            top=top,
            skip=skip,
        )

        interview_list_request.additional_properties = d
        return interview_list_request

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
