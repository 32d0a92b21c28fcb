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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict[str, Any])
    # The HTTP response this model came in, when it is a call's result: see `response_of()`.
    _http_response: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        org_id = self.org_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = InterviewStatus(self.status).value

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
        _campaign_id = d.pop("campaign_id", UNSET)
        campaign_id: int | Unset
        if isinstance(_campaign_id, Unset):
            campaign_id = UNSET
        elif isinstance(_campaign_id, int) and not isinstance(_campaign_id, bool):
            campaign_id = _campaign_id
        else:
            raise TypeError(f"campaign_id: expected an integer, got {type(_campaign_id).__name__}")

        _org_id = d.pop("org_id", UNSET)
        org_id: int | Unset
        if isinstance(_org_id, Unset):
            org_id = UNSET
        elif isinstance(_org_id, int) and not isinstance(_org_id, bool):
            org_id = _org_id
        else:
            raise TypeError(f"org_id: expected an integer, got {type(_org_id).__name__}")

        _status = d.pop("status", UNSET)
        status: InterviewStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = InterviewStatus(_status)

        _search_param = d.pop("search_param", UNSET)
        search_param: str | Unset
        if isinstance(_search_param, Unset):
            search_param = UNSET
        elif isinstance(_search_param, str):
            search_param = _search_param
        else:
            raise TypeError(f"search_param: expected a string, got {type(_search_param).__name__}")

        _top = d.pop("top", UNSET)
        top: int | Unset
        if isinstance(_top, Unset):
            top = UNSET
        elif isinstance(_top, int) and not isinstance(_top, bool):
            top = _top
        else:
            raise TypeError(f"top: expected an integer, got {type(_top).__name__}")

        _skip = d.pop("skip", UNSET)
        skip: int | Unset
        if isinstance(_skip, Unset):
            skip = UNSET
        elif isinstance(_skip, int) and not isinstance(_skip, bool):
            skip = _skip
        else:
            raise TypeError(f"skip: expected an integer, got {type(_skip).__name__}")

        interview_list_request = cls(
            campaign_id=campaign_id,
            org_id=org_id,
            status=status,
            search_param=search_param,
            top=top,
            skip=skip,
        )

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        interview_list_request.additional_properties = additional_properties
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
