# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, is_json_array

if TYPE_CHECKING:
    from ..models.interview_summary import InterviewSummary


T = TypeVar("T", bound="InterviewListResponse")


@_attrs_define
class InterviewListResponse:
    """One page of the interview list.

    Attributes:
        message (str): A human-readable confirmation.
        records (list[InterviewSummary]): The interviews on this page, newest first.
        has_more (bool): Whether interviews remain beyond this page (`skip + records < total_count`).
        total_count (int): How many interviews match the filters, across all pages.
        status_code (int): The HTTP status of the response, repeated (200).
        error (bool | Unset): Always `false` on success. The published sample of this response leaves it out, so
            clients must not rely on its presence here.
    """

    message: str
    records: list[InterviewSummary]
    has_more: bool
    total_count: int
    status_code: int
    error: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict[str, Any])
    # The HTTP response this model came in, when it is a call's result: see `response_of()`.
    _http_response: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        records: list[dict[str, Any]] = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        has_more = self.has_more

        total_count = self.total_count

        status_code = self.status_code

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "records": records,
                "hasMore": has_more,
                "total_count": total_count,
                "status_code": status_code,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interview_summary import InterviewSummary  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")
        if not (isinstance(message, str)):
            raise TypeError(f"message: expected a string, got {type(message).__name__}")

        records: list[InterviewSummary] = []
        _records = d.pop("records")
        if not is_json_array(_records):
            raise TypeError(f"records: expected an array, got {type(_records).__name__}")
        for records_item_data in _records:
            records_item = InterviewSummary.from_dict(records_item_data)

            records.append(records_item)

        has_more = d.pop("hasMore")
        if not (isinstance(has_more, bool)):
            raise TypeError(f"hasMore: expected true or false, got {type(has_more).__name__}")

        total_count = d.pop("total_count")
        if not (isinstance(total_count, int) and not isinstance(total_count, bool)):
            raise TypeError(f"total_count: expected an integer, got {type(total_count).__name__}")

        status_code = d.pop("status_code")
        if not (isinstance(status_code, int) and not isinstance(status_code, bool)):
            raise TypeError(f"status_code: expected an integer, got {type(status_code).__name__}")

        _error = d.pop("error", UNSET)
        error: bool | Unset
        if isinstance(_error, Unset):
            error = UNSET
        elif isinstance(_error, bool):
            error = _error
        else:
            raise TypeError(f"error: expected true or false, got {type(_error).__name__}")

        interview_list_response = cls(
            message=message,
            records=records,
            has_more=has_more,
            total_count=total_count,
            status_code=status_code,
            error=error,
        )

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        interview_list_response.additional_properties = additional_properties
        return interview_list_response

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
