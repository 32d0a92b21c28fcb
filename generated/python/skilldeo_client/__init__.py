# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""A client library for accessing skilldeo Platform API"""

from . import errors, models
from ._auth import async_login, async_signup, login, signup
from ._base import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from .client import AsyncSkilldeo, Skilldeo
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    SkilldeoError,
)

__version__ = "1.0.0"

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncSkilldeo",
    "AuthenticationError",
    "BadRequestError",
    "NotFoundError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "Skilldeo",
    "SkilldeoError",
    "errors",
    "models",
    "async_login",
    "login",
    "async_signup",
    "signup",
]
