# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""A client library for accessing skilldeo Platform API"""

from . import errors, models
from ._auth import async_login, async_signup, login, signup
from ._base import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, APIResponse, response_of
from ._pagination import AsyncPage, SyncPage
from .client import AsyncSkilldeo, AsyncSkilldeoWithRawResponse, Skilldeo, SkilldeoWithRawResponse
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    SkilldeoError,
)
from .types import UNSET, Unset

__version__ = "1.1.0"

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "UNSET",
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncSkilldeo",
    "AsyncSkilldeoWithRawResponse",
    "AuthenticationError",
    "BadRequestError",
    "InvalidRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "Skilldeo",
    "SkilldeoError",
    "SkilldeoWithRawResponse",
    "SyncPage",
    "Unset",
    "errors",
    "models",
    "response_of",
    "async_login",
    "login",
    "async_signup",
    "signup",
]
