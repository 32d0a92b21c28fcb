# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import is_json_array

if TYPE_CHECKING:
    from ..models.role_fitment import RoleFitment
    from ..models.skill_score import SkillScore


T = TypeVar("T", bound="Scores")


@_attrs_define
class Scores:
    """The AI evaluation of an interview.

    Attributes:
        job_stability_score (int): How likely the candidate is to stay in the job, from 0 to 100.
        role_fitment (list[RoleFitment]): The fit for each role assessed.
        soft_skills (list[SkillScore]): The ratings in interpersonal and other soft skills.
        tech_skills (list[SkillScore]): The ratings in technical skills.
    """

    job_stability_score: int
    role_fitment: list[RoleFitment]
    soft_skills: list[SkillScore]
    tech_skills: list[SkillScore]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict[str, Any])
    # The HTTP response this model came in, when it is a call's result: see `response_of()`.
    _http_response: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        job_stability_score = self.job_stability_score

        role_fitment: list[dict[str, Any]] = []
        for role_fitment_item_data in self.role_fitment:
            role_fitment_item = role_fitment_item_data.to_dict()
            role_fitment.append(role_fitment_item)

        soft_skills: list[dict[str, Any]] = []
        for soft_skills_item_data in self.soft_skills:
            soft_skills_item = soft_skills_item_data.to_dict()
            soft_skills.append(soft_skills_item)

        tech_skills: list[dict[str, Any]] = []
        for tech_skills_item_data in self.tech_skills:
            tech_skills_item = tech_skills_item_data.to_dict()
            tech_skills.append(tech_skills_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_stability_score": job_stability_score,
                "role_fitment": role_fitment,
                "soft_skills": soft_skills,
                "tech_skills": tech_skills,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.role_fitment import RoleFitment  # noqa: PLC0415
        from ..models.skill_score import SkillScore  # noqa: PLC0415

        d = dict(src_dict)
        job_stability_score = d.pop("job_stability_score")
        if not (isinstance(job_stability_score, int) and not isinstance(job_stability_score, bool)):
            raise TypeError(f"job_stability_score: expected an integer, got {type(job_stability_score).__name__}")

        role_fitment: list[RoleFitment] = []
        _role_fitment = d.pop("role_fitment")
        if not is_json_array(_role_fitment):
            raise TypeError(f"role_fitment: expected an array, got {type(_role_fitment).__name__}")
        for role_fitment_item_data in _role_fitment:
            role_fitment_item = RoleFitment.from_dict(role_fitment_item_data)

            role_fitment.append(role_fitment_item)

        soft_skills: list[SkillScore] = []
        _soft_skills = d.pop("soft_skills")
        if not is_json_array(_soft_skills):
            raise TypeError(f"soft_skills: expected an array, got {type(_soft_skills).__name__}")
        for soft_skills_item_data in _soft_skills:
            soft_skills_item = SkillScore.from_dict(soft_skills_item_data)

            soft_skills.append(soft_skills_item)

        tech_skills: list[SkillScore] = []
        _tech_skills = d.pop("tech_skills")
        if not is_json_array(_tech_skills):
            raise TypeError(f"tech_skills: expected an array, got {type(_tech_skills).__name__}")
        for tech_skills_item_data in _tech_skills:
            tech_skills_item = SkillScore.from_dict(tech_skills_item_data)

            tech_skills.append(tech_skills_item)

        scores = cls(
            job_stability_score=job_stability_score,
            role_fitment=role_fitment,
            soft_skills=soft_skills,
            tech_skills=tech_skills,
        )

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        scores.additional_properties = additional_properties
        return scores

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
