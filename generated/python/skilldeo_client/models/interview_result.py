# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interview_status import InterviewStatus
from ..models.overall_decision import OverallDecision
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scores import Scores


T = TypeVar("T", bound="InterviewResult")


@_attrs_define
class InterviewResult:
    """An interview and, once evaluated, its result.

    Attributes:
        interview_id (int): The interview's id.
        candidate_email (str): The candidate's e-mail address.
        status (InterviewStatus): The stage of an interview: `invited` (invitation sent, not started), `in_progress`
            (started, not finished), `completed` (finished and evaluated) or `expired` (the invitation
            ran out unused).
        overall_decision (OverallDecision | Unset): The AI's recommendation for the candidate.
        scores (Scores | Unset): The AI evaluation of an interview.
    """

    interview_id: int
    candidate_email: str
    status: InterviewStatus
    overall_decision: OverallDecision | Unset = UNSET
    scores: Scores | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict[str, Any])
    # The HTTP response this model came in, when it is a call's result: see `response_of()`.
    _http_response: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        interview_id = self.interview_id

        candidate_email = self.candidate_email

        status = InterviewStatus(self.status).value

        overall_decision: str | Unset = UNSET
        if not isinstance(self.overall_decision, Unset):
            overall_decision = OverallDecision(self.overall_decision).value

        scores: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scores, Unset):
            scores = self.scores.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interview_id": interview_id,
                "candidate_email": candidate_email,
                "status": status,
            }
        )
        if overall_decision is not UNSET:
            field_dict["overall_decision"] = overall_decision
        if scores is not UNSET:
            field_dict["scores"] = scores

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scores import Scores  # noqa: PLC0415

        d = dict(src_dict)
        interview_id = d.pop("interview_id")
        if not (isinstance(interview_id, int) and not isinstance(interview_id, bool)):
            raise TypeError(f"interview_id: expected an integer, got {type(interview_id).__name__}")

        candidate_email = d.pop("candidate_email")
        if not (isinstance(candidate_email, str)):
            raise TypeError(f"candidate_email: expected a string, got {type(candidate_email).__name__}")

        status = InterviewStatus(d.pop("status"))

        _overall_decision = d.pop("overall_decision", UNSET)
        overall_decision: OverallDecision | Unset
        if isinstance(_overall_decision, Unset):
            overall_decision = UNSET
        else:
            overall_decision = OverallDecision(_overall_decision)

        _scores = d.pop("scores", UNSET)
        scores: Scores | Unset
        if isinstance(_scores, Unset):
            scores = UNSET
        else:
            scores = Scores.from_dict(_scores)

        interview_result = cls(
            interview_id=interview_id,
            candidate_email=candidate_email,
            status=status,
            overall_decision=overall_decision,
            scores=scores,
        )

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        interview_result.additional_properties = additional_properties
        return interview_result

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
