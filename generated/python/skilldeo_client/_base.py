# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""The transport of the SDK: configuration, authentication, timeouts and retries.

`SyncAPIClient` and `AsyncAPIClient` send one request built by an `api/` module, retry it on
connection errors, 429 and 5xx with exponential backoff and jitter (honouring Retry-After), and
hand the response to the module's parser, which returns the success model or raises.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import os
import random
import time
from collections.abc import Callable
from typing import Any, Self, TypeVar

import httpx

from . import errors

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "SyncAPIClient",
    "Timeout",
]

DEFAULT_BASE_URL = "https://api.skilldeo.com/api/v1"
"""`servers[0]` of the spec; `SKILLDEO_BASE_URL` or `base_url=` point elsewhere."""
BASE_URL_ENV = "SKILLDEO_BASE_URL"
TOKEN_ENV = "SKILLDEO_TOKEN"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
USER_AGENT = "skilldeo-client/1.0.0 (python)"

Timeout = float | httpx.Timeout
T = TypeVar("T")

log = logging.getLogger("skilldeo_client")


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds the server asked to wait, from Retry-After (seconds or an HTTP date)."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError):
            return None  # neither seconds nor a date: fall back to our own backoff
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _should_retry(response: httpx.Response) -> bool:
    return response.status_code == 429 or response.status_code >= 500


def _delay(attempt: int, response: httpx.Response | None) -> float:
    """Retry-After when the server sent one, else exponential backoff with jitter."""
    if response is not None:
        asked = _retry_after(response)
        if asked is not None:
            return asked
    backoff = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
    return backoff * (1.0 - 0.25 * random.random())


def _checked_retries(max_retries: int) -> int:
    if max_retries < 0:
        raise ValueError("max_retries must be 0 (no retries) or more")
    return max_retries


def _transport_error(exc: httpx.TransportError) -> errors.APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(f"request timed out ({type(exc).__name__})")
    return errors.APIConnectionError(f"connection failed ({type(exc).__name__}: {exc})")


class _Options:
    """What both clients share: where to, as whom, how long and how often."""

    def __init__(
        self,
        *,
        token: str | None,
        base_url: str | None,
        timeout: Timeout,
        max_retries: int,
        user_id: int | None,
        org_id: int | None,
    ) -> None:
        self.base_url = (base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")
        self._token = token if token is not None else os.environ.get(TOKEN_ENV) or None
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.max_retries = _checked_retries(max_retries)
        self.user_id = user_id
        self.org_id = org_id

    @property
    def authenticated(self) -> bool:
        return self._token is not None

    def _authenticate(self, token: str, user_id: int | None, org_id: int | None) -> None:
        self._token, self.user_id, self.org_id = token, user_id, org_id

    def _prepare(self, kwargs: dict[str, Any], auth: bool, timeout: Timeout | None) -> dict[str, Any]:
        headers = dict(kwargs.get("headers") or {})
        if auth and self._token is not None:
            headers["Authorization"] = f"Bearer {self._token}"
        return {**kwargs, "headers": headers, "timeout": self.timeout if timeout is None else timeout}

    def _retries(self, max_retries: int | None) -> int:
        """The retries a call may make: its own `max_retries` when given, else the client's."""
        return self.max_retries if max_retries is None else _checked_retries(max_retries)

    @staticmethod
    def _retrying(attempt: int, retries: int, request: dict[str, Any], why: str, delay: float) -> None:
        log.info(
            "retrying %s %s in %.2fs (%s, retry %d of %d)",
            request["method"].upper(),
            request["url"],
            delay,
            why,
            attempt + 1,
            retries,
        )

    def __repr__(self) -> str:
        # The token is deliberately left out: reprs end up in logs and bug reports.
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, authenticated={self.authenticated},"
            f" user_id={self.user_id!r}, org_id={self.org_id!r})"
        )


class SyncAPIClient(_Options):
    """Sends requests with an `httpx.Client`; use it as a context manager or call `close()`."""

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        user_id: int | None = None,
        org_id: int | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            user_id=user_id,
            org_id=org_id,
        )
        self._http = http_client or httpx.Client()
        self._http.base_url = httpx.URL(self.base_url + "/")
        self._http.headers["User-Agent"] = USER_AGENT

    def _request(
        self,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        *,
        auth: bool,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> T:
        request = self._prepare(kwargs, auth, timeout)
        retries = self._retries(max_retries)
        attempt = 0
        while True:
            try:
                response = self._http.request(**request)
            except httpx.TransportError as exc:
                if attempt >= retries:
                    raise _transport_error(exc) from exc
                delay = _delay(attempt, None)
                self._retrying(attempt, retries, request, type(exc).__name__, delay)
            else:
                if attempt >= retries or not _should_retry(response):
                    return parse(response)
                response.close()
                delay = _delay(attempt, response)
                self._retrying(attempt, retries, request, str(response.status_code), delay)
            time.sleep(delay)
            attempt += 1

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class AsyncAPIClient(_Options):
    """Sends requests with an `httpx.AsyncClient`; use `async with` or await `close()`."""

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        user_id: int | None = None,
        org_id: int | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            user_id=user_id,
            org_id=org_id,
        )
        self._http = http_client or httpx.AsyncClient()
        self._http.base_url = httpx.URL(self.base_url + "/")
        self._http.headers["User-Agent"] = USER_AGENT

    async def _request(
        self,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        *,
        auth: bool,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> T:
        request = self._prepare(kwargs, auth, timeout)
        retries = self._retries(max_retries)
        attempt = 0
        while True:
            try:
                response = await self._http.request(**request)
            except httpx.TransportError as exc:
                if attempt >= retries:
                    raise _transport_error(exc) from exc
                delay = _delay(attempt, None)
                self._retrying(attempt, retries, request, type(exc).__name__, delay)
            else:
                if attempt >= retries or not _should_retry(response):
                    return parse(response)
                await response.aclose()
                delay = _delay(attempt, response)
                self._retrying(attempt, retries, request, str(response.status_code), delay)
            await asyncio.sleep(delay)
            attempt += 1

    async def close(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()
