"""What a handler answers: a status, a JSON envelope and headers; errors are raised as ApiError."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Marks an answer the mock generated from the response schema, for want of a handler.
GENERIC_HEADER = "X-Skilldeo-Mock"
GENERIC_VALUE = "generic"


class ApiError(Exception):
    """An error answer in the spec's envelope; `message` names the offending field."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


@dataclass
class Reply:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"
    raw: bytes | None = None  # sent as is instead of the JSON body


def success(message: str, **fields: Any) -> Reply:
    return Reply(200, {"message": message, **fields, "status_code": 200, "error": False})


def failure(error: ApiError) -> Reply:
    body = {"message": error.message, "status_code": error.status, "error": True}
    return Reply(error.status, body, dict(error.headers))
