# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""The exceptions every call raises instead of returning an error.

All derive from `SkilldeoError`, which carries the HTTP status (None when no response came), the
envelope's `message` and the raw `httpx.Response`. Messages never include request headers, so the
bearer token cannot leak through an exception or a traceback.
"""

from typing import Any, cast

import httpx


class SkilldeoError(Exception):
    """Base class: an API call failed."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        response: httpx.Response | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(f"{status_code}: {message}" if status_code is not None else message)
        self.message = message
        self.status_code = status_code
        self.response = response
        self.body = body


class APIStatusError(SkilldeoError):
    """The server answered with an error status (4xx or 5xx)."""

    status_code: int
    response: httpx.Response


class BadRequestError(APIStatusError):
    """400: the request broke a rule (a field is missing or out of range, a wrong OTP)."""


class AuthenticationError(APIStatusError):
    """401: the bearer token is missing, malformed, expired or forged."""


class PermissionDeniedError(APIStatusError):
    """403: the token is valid, but the caller may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource, or it belongs to another organisation."""


class RateLimitError(APIStatusError):
    """429: too many requests; retried automatically until the attempts run out."""


class ServerError(APIStatusError):
    """5xx: the platform failed; retried automatically until the attempts run out."""


class APIConnectionError(SkilldeoError):
    """No response: the connection failed or broke."""


class APITimeoutError(APIConnectionError):
    """No response within the timeout."""


class InvalidRequestError(SkilldeoError):
    """The request could not be sent as built (a header value or the URL is not valid HTTP).

    Never retried; its message does not quote the offending value.
    """


class ResponseValidationError(SkilldeoError):
    """A success response whose body does not match the spec's model."""

    def __init__(self, response: httpx.Response, cause: Exception) -> None:
        super().__init__(
            f"the response does not match the API's schema ({type(cause).__name__}: {cause})",
            status_code=response.status_code,
            response=response,
        )


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def error_for_response(response: httpx.Response) -> APIStatusError:
    """The typed error for a non-success response, with the envelope's message when it has one."""
    body: Any = None
    message = response.reason_phrase or "error"
    try:
        body = response.json()
    except ValueError:
        pass
    if isinstance(body, dict):
        envelope_message = cast(dict[str, Any], body).get("message")
        if isinstance(envelope_message, str) and envelope_message:
            message = envelope_message
    cls = _BY_STATUS.get(response.status_code)
    if cls is None:
        cls = ServerError if response.status_code >= 500 else APIStatusError
    return cls(message, status_code=response.status_code, response=response, body=body)


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "InvalidRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "SkilldeoError",
    "error_for_response",
]
