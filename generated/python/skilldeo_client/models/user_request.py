# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserRequest")


@_attrs_define
class UserRequest:
    """Registration details sent to start a signup.

    Attributes:
        email (str): The e-mail address of the new user; the OTP is sent there.
        first_name (str | Unset): The new user's first name.
        last_name (str | Unset): The new user's last name.
        organization (str | Unset): The name of the organisation the user signs up for.
        org_type_id (int | Unset): The kind of organisation, as an id from the platform's list of organisation types.
        phone_number (str | Unset): The user's phone number.
        role_id (int | Unset): The user's role in the organisation, as an id from the platform's list of roles.
    """

    email: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    organization: str | Unset = UNSET
    org_type_id: int | Unset = UNSET
    phone_number: str | Unset = UNSET
    role_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict[str, Any])
    # The HTTP response this model came in, when it is a call's result: see `response_of()`.
    _http_response: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        organization = self.organization

        org_type_id = self.org_type_id

        phone_number = self.phone_number

        role_id = self.role_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if organization is not UNSET:
            field_dict["organization"] = organization
        if org_type_id is not UNSET:
            field_dict["org_type_id"] = org_type_id
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if role_id is not UNSET:
            field_dict["role_id"] = role_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")
        if not (isinstance(email, str)):
            raise TypeError(f"email: expected a string, got {type(email).__name__}")

        _first_name = d.pop("firstName", UNSET)
        first_name: str | Unset
        if isinstance(_first_name, Unset):
            first_name = UNSET
        elif isinstance(_first_name, str):
            first_name = _first_name
        else:
            raise TypeError(f"firstName: expected a string, got {type(_first_name).__name__}")

        _last_name = d.pop("lastName", UNSET)
        last_name: str | Unset
        if isinstance(_last_name, Unset):
            last_name = UNSET
        elif isinstance(_last_name, str):
            last_name = _last_name
        else:
            raise TypeError(f"lastName: expected a string, got {type(_last_name).__name__}")

        _organization = d.pop("organization", UNSET)
        organization: str | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        elif isinstance(_organization, str):
            organization = _organization
        else:
            raise TypeError(f"organization: expected a string, got {type(_organization).__name__}")

        _org_type_id = d.pop("org_type_id", UNSET)
        org_type_id: int | Unset
        if isinstance(_org_type_id, Unset):
            org_type_id = UNSET
        elif isinstance(_org_type_id, int) and not isinstance(_org_type_id, bool):
            org_type_id = _org_type_id
        else:
            raise TypeError(f"org_type_id: expected an integer, got {type(_org_type_id).__name__}")

        _phone_number = d.pop("phoneNumber", UNSET)
        phone_number: str | Unset
        if isinstance(_phone_number, Unset):
            phone_number = UNSET
        elif isinstance(_phone_number, str):
            phone_number = _phone_number
        else:
            raise TypeError(f"phoneNumber: expected a string, got {type(_phone_number).__name__}")

        _role_id = d.pop("role_id", UNSET)
        role_id: int | Unset
        if isinstance(_role_id, Unset):
            role_id = UNSET
        elif isinstance(_role_id, int) and not isinstance(_role_id, bool):
            role_id = _role_id
        else:
            raise TypeError(f"role_id: expected an integer, got {type(_role_id).__name__}")

        user_request = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            organization=organization,
            org_type_id=org_type_id,
            phone_number=phone_number,
            role_id=role_id,
        )

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_request.additional_properties = additional_properties
        return user_request

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
