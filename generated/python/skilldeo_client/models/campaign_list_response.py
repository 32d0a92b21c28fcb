# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_array

if TYPE_CHECKING:
    from ..models.campaign_summary import CampaignSummary


T = TypeVar("T", bound="CampaignListResponse")


@_attrs_define
class CampaignListResponse:
    """One page of the agent list.

    Attributes:
        message (str): A human-readable confirmation.
        records (list[CampaignSummary]): The agents on this page, newest first.
        status_code (int): The HTTP status of the response, repeated (200).
        error (bool): Always `false` on success.
        has_more (bool | Unset): Whether agents remain beyond this page (`skip + records < total_count`).
        total_count (int | Unset): How many agents match the filters, across all pages.
    """

    message: str
    records: list[CampaignSummary]
    status_code: int
    error: bool
    has_more: bool | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict[str, Any])
    # The HTTP response this model came in, when it is a call's result: see `response_of()`.
    _http_response: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        records: list[dict[str, Any]] = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        status_code = self.status_code

        error = self.error

        has_more = self.has_more

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "records": records,
                "status_code": status_code,
                "error": error,
            }
        )
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_summary import CampaignSummary  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")
        if not (isinstance(message, str)):
            raise TypeError(f"message: expected a string, got {type(message).__name__}")

        records: list[CampaignSummary] = []
        _records = d.pop("records")
        if not is_json_array(_records):
            raise TypeError(f"records: expected an array, got {type(_records).__name__}")
        for records_item_data in _records:
            records_item = CampaignSummary.from_dict(records_item_data)

            records.append(records_item)

        status_code = d.pop("status_code")
        if not (isinstance(status_code, int) and not isinstance(status_code, bool)):
            raise TypeError(f"status_code: expected an integer, got {type(status_code).__name__}")

        error = d.pop("error")
        if not (isinstance(error, bool)):
            raise TypeError(f"error: expected true or false, got {type(error).__name__}")

        _has_more = d.pop("hasMore", UNSET)
        has_more: bool | Unset
        if isinstance(_has_more, Unset):
            has_more = UNSET
        elif isinstance(_has_more, bool):
            has_more = _has_more
        else:
            raise TypeError(f"hasMore: expected true or false, got {type(_has_more).__name__}")

        _total_count = d.pop("total_count", UNSET)
        total_count: int | Unset
        if isinstance(_total_count, Unset):
            total_count = UNSET
        elif isinstance(_total_count, int) and not isinstance(_total_count, bool):
            total_count = _total_count
        else:
            raise TypeError(f"total_count: expected an integer, got {type(_total_count).__name__}")

        campaign_list_response = cls(
            message=message,
            records=records,
            status_code=status_code,
            error=error,
            has_more=has_more,
            total_count=total_count,
        )

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        campaign_list_response.additional_properties = additional_properties
        return campaign_list_response

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
