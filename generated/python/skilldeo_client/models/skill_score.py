# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillScore")


@_attrs_define
class SkillScore:
    """The candidate's rating in one skill.

    Attributes:
        skill (str): The skill assessed.
        competency_level (int): The candidate's level in the skill, 1 to 5.
        skill_type (str | Unset): The family of the skill, for example `interpersonal` or `programming`.
    """

    skill: str
    competency_level: int
    skill_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict[str, Any])
    # The HTTP response this model came in, when it is a call's result: see `response_of()`.
    _http_response: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        skill = self.skill

        competency_level = self.competency_level

        skill_type = self.skill_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skill": skill,
                "competency_level": competency_level,
            }
        )
        if skill_type is not UNSET:
            field_dict["skill_type"] = skill_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        skill = d.pop("skill")
        if not (isinstance(skill, str)):
            raise TypeError(f"skill: expected a string, got {type(skill).__name__}")

        competency_level = d.pop("competency_level")
        if not (isinstance(competency_level, int) and not isinstance(competency_level, bool)):
            raise TypeError(f"competency_level: expected an integer, got {type(competency_level).__name__}")

        _skill_type = d.pop("skill_type", UNSET)
        skill_type: str | Unset
        if isinstance(_skill_type, Unset):
            skill_type = UNSET
        elif isinstance(_skill_type, str):
            skill_type = _skill_type
        else:
            raise TypeError(f"skill_type: expected a string, got {type(_skill_type).__name__}")

        skill_score = cls(
            skill=skill,
            competency_level=competency_level,
            skill_type=skill_type,
        )

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        skill_score.additional_properties = additional_properties
        return skill_score

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
