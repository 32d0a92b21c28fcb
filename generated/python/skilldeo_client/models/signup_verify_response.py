# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import redacted

T = TypeVar("T", bound="SignupVerifyResponse")


@_attrs_define
class SignupVerifyResponse:
    """The answer to a successful `signupVerify`.

    Attributes:
        message (str): A human-readable confirmation.
        token (str): The bearer token of the new user (a JWT).
        status_code (int): The HTTP status of the response, repeated (200).
        error (bool): Always `false` on success.
    """

    message: str
    token: str = _attrs_field(repr=redacted)
    status_code: int
    error: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict[str, Any])
    # The HTTP response this model came in, when it is a call's result: see `response_of()`.
    _http_response: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        token = self.token

        status_code = self.status_code

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "token": token,
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

        token = d.pop("token")
        if not (isinstance(token, str)):
            raise TypeError(f"token: expected a string, got {type(token).__name__}")

        status_code = d.pop("status_code")
        if not (isinstance(status_code, int) and not isinstance(status_code, bool)):
            raise TypeError(f"status_code: expected an integer, got {type(status_code).__name__}")

        error = d.pop("error")
        if not (isinstance(error, bool)):
            raise TypeError(f"error: expected true or false, got {type(error).__name__}")

        signup_verify_response = cls(
            message=message,
            token=token,
            status_code=status_code,
            error=error,
        )

        additional_properties: dict[str, Any] = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        signup_verify_response.additional_properties = additional_properties
        return signup_verify_response

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
