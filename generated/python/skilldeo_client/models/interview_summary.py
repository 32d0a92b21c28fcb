# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interview_status import InterviewStatus

T = TypeVar("T", bound="InterviewSummary")


@_attrs_define
class InterviewSummary:
    """An interview as it appears in the interview list.

    Attributes:
        interview_id (int): The interview's id, for `interviewId` in `interviewResult`.
        candidate_email (str): The candidate's e-mail address.
        status (InterviewStatus): The stage of an interview: `invited` (invitation sent, not started), `in_progress`
            (started, not finished), `completed` (finished and evaluated) or `expired` (the invitation
            ran out unused).
        campaign_name (str): The name of the agent that runs the interview.
    """

    interview_id: int
    candidate_email: str
    status: InterviewStatus
    campaign_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict[str, Any])
    # The HTTP response this model came in, when it is a call's result: see `response_of()`.
    _http_response: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        interview_id = self.interview_id

        candidate_email = self.candidate_email

        status = InterviewStatus(self.status).value

        campaign_name = self.campaign_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interview_id": interview_id,
                "candidate_email": candidate_email,
                "status": status,
                "campaign_name": campaign_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interview_id = d.pop("interview_id")
        if not (isinstance(interview_id, int) and not isinstance(interview_id, bool)):
            raise TypeError(f"interview_id: expected an integer, got {type(interview_id).__name__}")

        candidate_email = d.pop("candidate_email")
        if not (isinstance(candidate_email, str)):
            raise TypeError(f"candidate_email: expected a string, got {type(candidate_email).__name__}")

        status = InterviewStatus(d.pop("status"))

        campaign_name = d.pop("campaign_name")
        if not (isinstance(campaign_name, str)):
            raise TypeError(f"campaign_name: expected a string, got {type(campaign_name).__name__}")

        interview_summary = cls(
            interview_id=interview_id,
            candidate_email=candidate_email,
            status=status,
            campaign_name=campaign_name,
        )

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        interview_summary.additional_properties = additional_properties
        return interview_summary

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
