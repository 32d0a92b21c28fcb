# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GenericAuthResponse")


@_attrs_define
class GenericAuthResponse:
    """The answer to `signupOTP` and `loginOTP`, once the code has been e-mailed.

    Attributes:
        message (str): A human-readable confirmation.
        session_id (str): Identifies this OTP exchange; send it back with the code.
        status_code (int): The HTTP status of the response, repeated (200).
        error (bool): Always `false` on success.
    """

    message: str
    session_id: str
    status_code: int
    error: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict[str, Any])
    # The HTTP response this model came in, when it is a call's result: see `response_of()`.
    _http_response: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        session_id = self.session_id

        status_code = self.status_code

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "session_id": session_id,
                "status_code": status_code,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")
        if not (isinstance(message, str)):
            raise TypeError(f"message: expected a string, got {type(message).__name__}")

        session_id = d.pop("session_id")
        if not (isinstance(session_id, str)):
            raise TypeError(f"session_id: expected a string, got {type(session_id).__name__}")

        status_code = d.pop("status_code")
        if not (isinstance(status_code, int) and not isinstance(status_code, bool)):
            raise TypeError(f"status_code: expected an integer, got {type(status_code).__name__}")

        error = d.pop("error")
        if not (isinstance(error, bool)):
            raise TypeError(f"error: expected true or false, got {type(error).__name__}")

        generic_auth_response = cls(
            message=message,
            session_id=session_id,
            status_code=status_code,
            error=error,
        )

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        generic_auth_response.additional_properties = additional_properties
        return generic_auth_response

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
