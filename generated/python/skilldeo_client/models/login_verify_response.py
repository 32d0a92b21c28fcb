# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LoginVerifyResponse")


@_attrs_define
class LoginVerifyResponse:
    """The answer to a successful `loginVerify`.

    Attributes:
        message (str): A human-readable confirmation.
        token (str): The bearer token of the user (a JWT).
        user_id (int): The signed-in user, for the `user_id` and `userId` fields of later calls.
        org_id (int): The user's organisation, for the `org_id` fields of later calls.
        status_code (int): The HTTP status of the response, repeated (200).
        error (bool): Always `false` on success.
    """

    message: str
    token: str
    user_id: int
    org_id: int
    status_code: int
    error: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        token = self.token

        user_id = self.user_id

        org_id = self.org_id

        status_code = self.status_code

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "token": token,
                "user_id": user_id,
                "org_id": org_id,
                "status_code": status_code,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        token = d.pop("token")

        user_id = d.pop("user_id")

        org_id = d.pop("org_id")

        status_code = d.pop("status_code")

        error = d.pop("error")

        login_verify_response = cls(
            message=message,
            token=token,
            user_id=user_id,
            org_id=org_id,
            status_code=status_code,
            error=error,
        )

        login_verify_response.additional_properties = d
        return login_verify_response

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
