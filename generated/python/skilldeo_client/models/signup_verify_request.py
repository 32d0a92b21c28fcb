# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignupVerifyRequest")


@_attrs_define
class SignupVerifyRequest:
    """The OTP check that completes a signup. `session_id` and `verification_code` are not marked
    required in the published documentation, but without them the check fails with 400.

        Attributes:
            email (str): The e-mail address the code was sent to, as given to `signupOTP`.
            session_id (str | Unset): The `session_id` that `signupOTP` returned.
            verification_code (str | Unset): The six-digit code from the e-mail.
            first_name (str | Unset): The new user's first name.
            last_name (str | Unset): The new user's last name.
            organization (str | Unset): The name of the organisation the user signs up for.
            org_type_id (int | Unset): The kind of organisation, as an id from the platform's list of organisation types.
            phone_number (str | Unset): The user's phone number.
            role_id (int | Unset): The user's role in the organisation, as an id from the platform's list of roles.
            recieved_from (str | Unset): Where the user received the code, for example `email`. The name is misspelt on the
                wire and must be sent exactly so.
    """

    email: str
    session_id: str | Unset = UNSET
    verification_code: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    organization: str | Unset = UNSET
    org_type_id: int | Unset = UNSET
    phone_number: str | Unset = UNSET
    role_id: int | Unset = UNSET
    recieved_from: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict[str, Any])
    # The HTTP response this model came in, when it is a call's result: see `response_of()`.
    _http_response: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        session_id = self.session_id

        verification_code = self.verification_code

        first_name = self.first_name

        last_name = self.last_name

        organization = self.organization

        org_type_id = self.org_type_id

        phone_number = self.phone_number

        role_id = self.role_id

        recieved_from = self.recieved_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if verification_code is not UNSET:
            field_dict["verification_code"] = verification_code
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
        if recieved_from is not UNSET:
            field_dict["recievedFrom"] = recieved_from

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")
        if not (isinstance(email, str)):
            raise TypeError(f"email: expected a string, got {type(email).__name__}")

        _session_id = d.pop("session_id", UNSET)
        session_id: str | Unset
        if isinstance(_session_id, Unset):
            session_id = UNSET
        elif isinstance(_session_id, str):
            session_id = _session_id
        else:
            raise TypeError(f"session_id: expected a string, got {type(_session_id).__name__}")

        _verification_code = d.pop("verification_code", UNSET)
        verification_code: str | Unset
        if isinstance(_verification_code, Unset):
            verification_code = UNSET
        elif isinstance(_verification_code, str):
            verification_code = _verification_code
        else:
            raise TypeError(f"verification_code: expected a string, got {type(_verification_code).__name__}")

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

        _recieved_from = d.pop("recievedFrom", UNSET)
        recieved_from: str | Unset
        if isinstance(_recieved_from, Unset):
            recieved_from = UNSET
        elif isinstance(_recieved_from, str):
            recieved_from = _recieved_from
        else:
            raise TypeError(f"recievedFrom: expected a string, got {type(_recieved_from).__name__}")

        signup_verify_request = cls(
            email=email,
            session_id=session_id,
            verification_code=verification_code,
            first_name=first_name,
            last_name=last_name,
            organization=organization,
            org_type_id=org_type_id,
            phone_number=phone_number,
            role_id=role_id,
            recieved_from=recieved_from,
        )

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        signup_verify_request.additional_properties = additional_properties
        return signup_verify_request

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
