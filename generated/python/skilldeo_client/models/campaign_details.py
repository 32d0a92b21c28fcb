# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_status import AgentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignDetails")


@_attrs_define
class CampaignDetails:
    """An agent in full.

    Attributes:
        id (int): The agent's id.
        name (str): The agent's name, usually the role it interviews for.
        status (AgentStatus): Whether an agent is taking interviews (`active`) or not (`inactive`).
        skill (str | Unset): The main skill the agent assesses.
        location (str | Unset): Where the role is based.
        job_expiry_date (datetime.datetime | Unset): When the job posting behind the agent expires.
        start_date (datetime.datetime | Unset): When the agent starts taking interviews.
        end_date (datetime.datetime | Unset): When the agent stops taking interviews.
    """

    id: int
    name: str
    status: AgentStatus
    skill: str | Unset = UNSET
    location: str | Unset = UNSET
    job_expiry_date: datetime.datetime | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict[str, Any])
    # The HTTP response this model came in, when it is a call's result: see `response_of()`.
    _http_response: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        status = AgentStatus(self.status).value

        skill = self.skill

        location = self.location

        job_expiry_date: str | Unset = UNSET
        if not isinstance(self.job_expiry_date, Unset):
            job_expiry_date = self.job_expiry_date.isoformat()

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
            }
        )
        if skill is not UNSET:
            field_dict["skill"] = skill
        if location is not UNSET:
            field_dict["location"] = location
        if job_expiry_date is not UNSET:
            field_dict["job_expiry_date"] = job_expiry_date
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")
        if not (isinstance(id, int) and not isinstance(id, bool)):
            raise TypeError(f"id: expected an integer, got {type(id).__name__}")

        name = d.pop("name")
        if not (isinstance(name, str)):
            raise TypeError(f"name: expected a string, got {type(name).__name__}")

        status = AgentStatus(d.pop("status"))

        _skill = d.pop("skill", UNSET)
        skill: str | Unset
        if isinstance(_skill, Unset):
            skill = UNSET
        elif isinstance(_skill, str):
            skill = _skill
        else:
            raise TypeError(f"skill: expected a string, got {type(_skill).__name__}")

        _location = d.pop("location", UNSET)
        location: str | Unset
        if isinstance(_location, Unset):
            location = UNSET
        elif isinstance(_location, str):
            location = _location
        else:
            raise TypeError(f"location: expected a string, got {type(_location).__name__}")

        _job_expiry_date = d.pop("job_expiry_date", UNSET)
        job_expiry_date: datetime.datetime | Unset
        if isinstance(_job_expiry_date, Unset):
            job_expiry_date = UNSET
        else:
            job_expiry_date = datetime.datetime.fromisoformat(_job_expiry_date)

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        campaign_details = cls(
            id=id,
            name=name,
            status=status,
            skill=skill,
            location=location,
            job_expiry_date=job_expiry_date,
            start_date=start_date,
            end_date=end_date,
        )

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        campaign_details.additional_properties = additional_properties
        return campaign_details

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
