# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RoleFitment")


@_attrs_define
class RoleFitment:
    """How well the candidate fits one role.

    Attributes:
        role (str): The role assessed.
        competency_level (int): How well the candidate fits the role, 1 to 5.
    """

    role: str
    competency_level: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict[str, Any])
    # The HTTP response this model came in, when it is a call's result: see `response_of()`.
    _http_response: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        competency_level = self.competency_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "competency_level": competency_level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role")
        if not (isinstance(role, str)):
            raise TypeError(f"role: expected a string, got {type(role).__name__}")

        competency_level = d.pop("competency_level")
        if not (isinstance(competency_level, int) and not isinstance(competency_level, bool)):
            raise TypeError(f"competency_level: expected an integer, got {type(competency_level).__name__}")

        role_fitment = cls(
            role=role,
            competency_level=competency_level,
        )

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        role_fitment.additional_properties = additional_properties
        return role_fitment

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
