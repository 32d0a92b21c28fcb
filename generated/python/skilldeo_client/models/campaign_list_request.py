# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_status import AgentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignListRequest")


@_attrs_define
class CampaignListRequest:
    """Filters and paging for the agent list.

    Attributes:
        org_id (int | Unset): The organisation whose agents to list; the caller's own (the default when absent).
        user_id (int | Unset): The user the list is scoped to; the caller's own.
        search_param (str | Unset): Keeps the agents whose name contains this text, ignoring case; empty keeps all.
        status (AgentStatus | Unset): Whether an agent is taking interviews (`active`) or not (`inactive`).
        top (int | Unset): How many agents to return, 1 to 100 (10 when absent).
        skip (int | Unset): How many matching agents to skip before the page starts (0 when absent).
    """

    org_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    search_param: str | Unset = UNSET
    status: AgentStatus | Unset = UNSET
    top: int | Unset = UNSET
    skip: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        user_id = self.user_id

        search_param = self.search_param

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        top = self.top

        skip = self.skip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if search_param is not UNSET:
            field_dict["search_param"] = search_param
        if status is not UNSET:
            field_dict["status"] = status
        if top is not UNSET:
            field_dict["top"] = top
        if skip is not UNSET:
            field_dict["skip"] = skip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        org_id = d.pop("org_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        search_param = d.pop("search_param", UNSET)

        _status = d.pop("status", UNSET)
        status: AgentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AgentStatus(_status)

        top = d.pop("top", UNSET)

        skip = d.pop("skip", UNSET)

        campaign_list_request = cls(
            org_id=org_id,
            user_id=user_id,
            search_param=search_param,
            status=status,
            top=top,
            skip=skip,
        )

        campaign_list_request.additional_properties = d
        return campaign_list_request

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
