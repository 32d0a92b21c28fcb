# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginVerifyRequest")


@_attrs_define
class LoginVerifyRequest:
    """The OTP check that completes a login. `session_id` and `verification_code` are not marked
    required in the published documentation, but without them the check fails with 400.

        Attributes:
            email (str): The e-mail address the code was sent to, as given to `loginOTP`.
            session_id (str | Unset): The `session_id` that `loginOTP` returned.
            verification_code (str | Unset): The six-digit code from the e-mail.
    """

    email: str
    session_id: str | Unset = UNSET
    verification_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict[str, Any])
    # The HTTP response this model came in, when it is a call's result: see `response_of()`.
    _http_response: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        session_id = self.session_id

        verification_code = self.verification_code

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

        login_verify_request = cls(
            email=email,
            session_id=session_id,
            verification_code=verification_code,
        )

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        login_verify_request.additional_properties = additional_properties
        return login_verify_request

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
