# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""The transport of the SDK: configuration, authentication, timeouts, retries and raw responses.

`SyncAPIClient` and `AsyncAPIClient` build each request from what an `api/` module returns (the
base URL and the headers are applied per request, so an `httpx.Client` passed in is never
changed), send it, retry it when that is safe (see `_status_wait` and `_failure_wait`), and hand
the response to the module's parser, which returns the success model or raises.

The bearer token is kept out of everything that gets printed: it is checked when it is set (no
whitespace or control characters, so httpx never quotes it back in an error), added to the
request's headers only as the request is built (httpx masks it in their repr), never logged, and
never part of an exception's text.
"""

from __future__ import annotations

import copy
import logging
import os
import random
import threading
import time
import warnings
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, NoReturn, Protocol, Self, TypeVar, cast

import httpx

from . import errors
from .types import Unset

if TYPE_CHECKING:
    import asyncio
    from enum import Enum

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIResponse",
    "AsyncAPIClient",
    "Body",
    "Headers",
    "Query",
    "SyncAPIClient",
    "Timeout",
    "response_of",
]

DEFAULT_BASE_URL = "https://api.skilldeo.com/api/v1"
"""`servers[0]` of the spec; `SKILLDEO_BASE_URL` or `base_url=` point elsewhere."""
BASE_URL_ENV = "SKILLDEO_BASE_URL"
TOKEN_ENV = "SKILLDEO_TOKEN"
LOG_ENV = "SKILLDEO_LOG"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
USER_AGENT = "skilldeo-client/1.1.0 (python)"

Timeout = float | httpx.Timeout
Headers = Mapping[str, str]
Query = Mapping[str, Any]
Body = Mapping[str, Any]
T = TypeVar("T")
E = TypeVar("E", bound="Enum")

log = logging.getLogger("skilldeo_client")


def _configure_logging() -> None:
    """`SKILLDEO_LOG=debug` (or `info`) prints the SDK's log lines on stderr."""
    level = os.environ.get(LOG_ENV, "").strip().upper()
    if level not in ("DEBUG", "INFO") or log.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)


_configure_logging()


class _LazyModule:
    """A module imported on first use: `client.py` reaches each operation's `api/` module (and,
    through it, the models and attrs) only when the operation is first called, so importing the
    package stays quick. After that, its names are plain attributes of this object."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        import importlib

        module = importlib.import_module(self._name)
        self.__dict__.update(vars(module))
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


def lazy_module(name: str) -> Any:
    return _LazyModule(name)


class Operation:
    """What the transport needs to know about an operation besides its arguments."""

    __slots__ = ("auth", "idempotent", "method", "name")

    def __init__(self, name: str, method: str, *, auth: bool, idempotent: bool) -> None:
        self.name = name
        self.method = method.upper()
        self.auth = auth  # the operation has `security`: the token is sent
        self.idempotent = idempotent  # safe to send twice: retried on any failure

    def __repr__(self) -> str:
        return f"Operation({self.name!r}, {self.method!r})"


class Caller(Protocol):
    """The caller's own ids, which fields marked `x-skilldeo-caller` default to."""

    @property
    def user_id(self) -> int | None: ...

    @property
    def org_id(self) -> int | None: ...


# ---------------------------------------------------------------------------------------------
# Arguments: checks the generated methods run before anything is sent.


def required(value: T | Unset, method: str, name: str) -> T:
    """A field the request needs, given as a keyword argument."""
    if isinstance(value, Unset):
        raise TypeError(f"{method}() missing required keyword argument: '{name}'")
    return value


def caller_id(value: T | Unset, own: T | None, method: str, name: str) -> T:
    """A field that must be the caller's own id: the argument, else the client's."""
    if not isinstance(value, Unset):
        return value
    if own is None:
        raise ValueError(
            f"{method}() needs '{name}': pass it, or give the client the caller's ids"
            " (login() does; else Skilldeo(user_id=..., org_id=...))"
        )
    return own


def enum_value(cls: type[E], value: E | str | int, name: str) -> E:
    """An enum argument given as its member or its value; a clear error naming the allowed ones."""
    if isinstance(value, cls):
        return value
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in cls)
        raise ValueError(f"{name} must be one of {allowed}, not {value!r}") from None


def deprecated(method: str, what: str) -> None:
    """Warn the code calling the client's method (four frames up) that the API deprecates `what`."""
    warnings.warn(
        f"{method}(): {what} is deprecated by the API; it still works, but plan to stop using it",
        DeprecationWarning,
        stacklevel=4,
    )


def no_fields(method: str, *values: object) -> None:
    """The request is given either as `body` or as keyword arguments, never both."""
    if any(not isinstance(value, Unset) for value in values):
        raise TypeError(f"{method}() takes the request either as `body` or as keyword arguments, not both")


def with_caller(body: Mapping[str, Any], caller: Caller, fields: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    """A copy of a wire body with the caller's ids in the fields that must hold them."""
    data = dict(body)
    fill_caller(data, caller, fields)
    return data


def fill_caller(data: dict[str, Any], caller: Caller, fields: tuple[tuple[str, str], ...]) -> None:
    """Set each (wire name, client attribute) field the caller left out, when the client knows it."""
    for wire, attribute in fields:
        if wire not in data:
            own = getattr(caller, attribute)
            if own is not None:
                data[wire] = own


def from_mapping(parse: Callable[[dict[str, Any]], T], data: dict[str, Any]) -> T:
    """A request model from a dict, with a clear error for a missing required field."""
    try:
        return parse(data)
    except KeyError as exc:
        raise ValueError(f"body is missing the required field {exc}") from None


# ---------------------------------------------------------------------------------------------
# The token.


def _checked_token(token: object, source: str) -> str | None:
    """The token, or a clear error that never shows it."""
    if token is None:
        return None
    if not isinstance(token, str):
        raise TypeError(f"{source} must be a string, not {type(token).__name__}")
    if not token:
        raise ValueError(f"{source} is empty: pass a token, or None for no token")
    if token.isascii() and token.isprintable() and " " not in token:
        return token
    at = next(i for i, c in enumerate(token) if not ("!" <= c <= "~"))
    what = "whitespace" if token[at].isspace() else "a character that is not printable ASCII"
    raise ValueError(
        f"{source} has {what} at position {at} of {len(token)} (a newline read from a file?);"
        " a bearer token is printable ASCII without spaces (the token is not shown)"
    )


class _Credentials:
    """The token and the caller's ids, shared by a client and its `with_options` copies, so that a
    new token (`set_token`, a re-login) reaches them all."""

    __slots__ = ("_token", "alock", "lock", "org_id", "refresh", "user_id", "version")

    def __init__(self, token: str | None, user_id: int | None, org_id: int | None, refresh: Any) -> None:
        self._token = token
        self.user_id = user_id
        self.org_id = org_id
        self.refresh = refresh  # a callable returning a new token (awaitable for AsyncAPIClient)
        self.version = 0  # counts token changes, so concurrent 401s re-login once
        self.lock = threading.Lock()
        self.alock: asyncio.Lock | None = None

    @property
    def token(self) -> str | None:
        return self._token

    def set(self, token: str | None) -> None:
        self._token = token
        self.version += 1

    def bearer(self) -> str:
        return f"Bearer {self._token}"

    def __repr__(self) -> str:
        return f"<credentials authenticated={self._token is not None}>"


# ---------------------------------------------------------------------------------------------
# Retries.


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds the server asked to wait, from Retry-After (seconds or an HTTP date)."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        import email.utils

        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError):
            return None  # neither seconds nor a date: fall back to our own backoff
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _backoff(attempt: int) -> float:
    """Exponential backoff with up to 25% jitter."""
    return min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY) * (1.0 - 0.25 * random.random())


def _status_wait(op: Operation, attempt: int, retries: int, response: httpx.Response) -> float | None:
    """Seconds to wait before sending again after `response`; None when it is the answer.

    429 and 5xx are retried. A request that is not idempotent (a POST) may already have been
    processed, so it is retried only when the server refused it and said when to come back: 429
    or 503 with Retry-After.
    """
    status = response.status_code
    if attempt >= retries or (status != 429 and status < 500):
        return None
    asked = _retry_after(response)
    if not op.idempotent and (asked is None or status not in (429, 503)):
        return None
    return _backoff(attempt) if asked is None else asked


# The request never left: connecting failed or timed out, or no connection was free.
_UNSENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _failure_wait(op: Operation, attempt: int, retries: int, exc: httpx.TransportError) -> float | None:
    """Seconds to wait before sending again after a transport error; None to raise it."""
    if attempt >= retries or not (op.idempotent or isinstance(exc, _UNSENT)):
        return None
    return _backoff(attempt)


def _checked_retries(max_retries: int) -> int:
    if max_retries < 0:
        raise ValueError("max_retries must be 0 (no retries) or more")
    return max_retries


def _timeout(timeout: Timeout) -> httpx.Timeout:
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def _transport_error(exc: httpx.TransportError) -> errors.APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(f"request timed out ({type(exc).__name__})")
    return errors.APIConnectionError(f"connection failed ({type(exc).__name__}: {exc})")


def _invalid_request() -> NoReturn:
    # Raised outside the `except` that caught httpx's error, so that error (whose text may quote
    # a header value) is neither chained nor kept as the context.
    raise errors.InvalidRequestError(
        "the request could not be sent: a header value or the URL is not valid HTTP (LocalProtocolError; not retried)"
    )


def _logged(request: httpx.Request, started: float, outcome: str) -> None:
    if log.isEnabledFor(logging.DEBUG):
        took = (time.perf_counter() - started) * 1000.0
        log.debug("%s %s -> %s (%.1f ms)", request.method, request.url, outcome, took)


def _retrying(request: httpx.Request, why: str, attempt: int, retries: int, delay: float) -> None:
    log.info(
        "retrying %s %s in %.2fs (%s, retry %d of %d)",
        request.method,
        request.url,
        delay,
        why,
        attempt + 1,
        retries,
    )


# ---------------------------------------------------------------------------------------------
# Responses.


class _Attached:
    """A result's HTTP response. Dropped by pickle and deepcopy: the response's request holds the
    bearer token, which must not travel with a copy of the result."""

    __slots__ = ("response",)

    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    def __reduce__(self) -> tuple[type[None], tuple[()]]:
        return (type(None), ())

    def __deepcopy__(self, memo: dict[int, Any]) -> None:
        return None

    def __repr__(self) -> str:
        return "<response>"


def _attach(result: T, response: httpx.Response) -> T:
    try:
        setattr(result, "_http_response", _Attached(response))  # noqa: B010 (a slot of every model)
    except AttributeError:
        pass  # not a model (None): nothing to attach to
    return result


def response_of(result: object) -> httpx.Response:
    """The HTTP response a result came in: status, headers (`response_of(page).headers`)...

    LookupError for a model that did not come from a call (built by hand, unpickled, copied).
    """
    attached = getattr(result, "_http_response", None)
    if not isinstance(attached, _Attached):
        raise LookupError(f"this {type(result).__name__} did not come from a call: no response")
    return attached.response


class APIResponse(Generic[T]):
    """A successful response as it came: status, headers, body; `parse()` gives the model.

    Returned by `client.with_raw_response.<method>(...)`. An error status still raises.
    """

    def __init__(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response = response
        self._parse = parse
        self._parsed: list[T] = []

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def elapsed(self) -> float:
        """Seconds from sending the request to reading the response."""
        return self.http_response.elapsed.total_seconds()

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        """The success model (parsed once); ResponseValidationError when the body breaks the spec."""
        if not self._parsed:
            self._parsed.append(_attach(self._parse(self.http_response), self.http_response))
        return self._parsed[0]

    def __repr__(self) -> str:
        response = self.http_response
        return (
            f"<APIResponse [{response.status_code} {response.reason_phrase}] {response.request.method} {response.url}>"
        )


def _raw(response: httpx.Response, parse: Callable[[httpx.Response], T]) -> APIResponse[T]:
    if not 200 <= response.status_code < 300:
        parse(response)  # raises the typed error
    return APIResponse(response, parse)


# ---------------------------------------------------------------------------------------------
# The clients.


class CallOptions:
    """What one call may set for itself (every method takes them as keyword arguments)."""

    __slots__ = ("extra_body", "extra_headers", "extra_query", "max_retries", "timeout")

    def __init__(
        self,
        extra_headers: Headers | None,
        extra_query: Query | None,
        extra_body: Body | None,
        timeout: Timeout | None,
        max_retries: int | None,
    ) -> None:
        self.extra_headers = extra_headers
        self.extra_query = extra_query
        self.extra_body = extra_body
        self.timeout = timeout
        self.max_retries = max_retries


def _merged(base: Any, extra: Mapping[str, Any] | None, what: str) -> Any:
    if not extra:
        return base
    if base is not None and not isinstance(base, Mapping):
        raise TypeError(f"{what} needs a JSON object to add to")
    merged: dict[str, Any] = {**cast(Mapping[str, Any], base or {}), **extra}
    return merged


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
        default_headers: Headers | None,
        refresh_token: Any,
        http_client: httpx.Client | httpx.AsyncClient | None,
    ) -> None:
        self.base_url = (base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")
        if token is None:
            token = _checked_token(os.environ.get(TOKEN_ENV) or None, f"${TOKEN_ENV}")
        self._credentials = _Credentials(_checked_token(token, "token"), user_id, org_id, refresh_token)
        self.timeout = _timeout(timeout)
        self.max_retries = _checked_retries(max_retries)
        self._owns_http = http_client is None
        # Our User-Agent, unless the caller's own client sets one of its own.
        agent = None if http_client is None else http_client.headers.get("user-agent", "")
        ours = agent is None or agent.startswith("python-httpx/")
        self._headers: dict[str, str] = {"User-Agent": USER_AGENT} if ours else {}
        self._headers.update(default_headers or {})

    # The caller -------------------------------------------------------------------------------

    @property
    def authenticated(self) -> bool:
        return self._credentials.token is not None

    @property
    def _token(self) -> str | None:
        return self._credentials.token

    @property
    def user_id(self) -> int | None:
        """The caller's user id: from the login, or as given; fields that must be it default to it."""
        return self._credentials.user_id

    @user_id.setter
    def user_id(self, value: int | None) -> None:
        self._credentials.user_id = value

    @property
    def org_id(self) -> int | None:
        """The caller's organisation id: from the login, or as given."""
        return self._credentials.org_id

    @org_id.setter
    def org_id(self, value: int | None) -> None:
        self._credentials.org_id = value

    def set_token(self, token: str | None) -> None:
        """Use `token` from now on (for this client and its `with_options` copies); None signs out.

        Tokens last an hour: swap in a fresh one here, or let a `refresh_token` hook (login(...,
        relogin=True)) sign in again when the API answers 401.
        """
        self._credentials.set(_checked_token(token, "token"))

    def adopt_session(self, token: str, user_id: int | None, org_id: int | None, refresh_token: Any = None) -> None:
        """Use a signed-in session: its token, the caller's ids and, when given, the `refresh_token`
        hook (what `login()`/`signup()` call once the code is verified; the hook is left as it was
        when `refresh_token` is None)."""
        self.set_token(token)
        self._credentials.user_id, self._credentials.org_id = user_id, org_id
        if refresh_token is not None:
            self._credentials.refresh = refresh_token

    # Copies -----------------------------------------------------------------------------------

    def with_options(
        self,
        *,
        token: str | None = None,
        user_id: int | None = None,
        org_id: int | None = None,
        base_url: str | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Headers | None = None,
    ) -> Self:
        """A copy of this client with some options changed, sharing its connection pool.

        The copy shares the token and the caller's ids with this client (a `set_token` on either
        reaches both) unless given a `token`, `user_id` or `org_id` of its own. Closing a copy
        leaves the shared pool open; close the client it came from.
        """
        clone = copy.copy(self)
        clone._owns_http = False
        if base_url is not None:
            clone.base_url = base_url.rstrip("/")
        if timeout is not None:
            clone.timeout = _timeout(timeout)
        if max_retries is not None:
            clone.max_retries = _checked_retries(max_retries)
        if default_headers:
            clone._headers = {**self._headers, **default_headers}
        if token is not None or user_id is not None or org_id is not None:
            own = self._credentials
            clone._credentials = _Credentials(
                own.token if token is None else _checked_token(token, "token"),
                own.user_id if user_id is None else user_id,
                own.org_id if org_id is None else org_id,
                own.refresh if token is None else None,
            )
        return clone

    # Requests ---------------------------------------------------------------------------------

    def _build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        op: Operation,
        kwargs: dict[str, Any],
        options: CallOptions,
    ) -> httpx.Request:
        request = http.build_request(
            op.method,
            self.base_url + kwargs["url"],
            params=_merged(kwargs.get("params"), options.extra_query, "extra_query"),
            json=_merged(kwargs.get("json"), options.extra_body, "extra_body"),
            content=kwargs.get("content"),
            data=kwargs.get("data"),
            files=kwargs.get("files"),
            cookies=kwargs.get("cookies"),
            headers={**self._headers, **kwargs["headers"]} if kwargs.get("headers") else self._headers,
            timeout=self.timeout if options.timeout is None else options.timeout,
        )
        if op.auth and self._credentials.token is not None:
            request.headers["Authorization"] = self._credentials.bearer()
        if options.extra_headers:
            request.headers.update(options.extra_headers)
        return request

    def _retries(self, max_retries: int | None) -> int:
        """The retries a call may make: its own `max_retries` when given, else the client's."""
        return self.max_retries if max_retries is None else _checked_retries(max_retries)

    def _expired(self, op: Operation, response: httpx.Response, refreshed: bool) -> bool:
        """A 401 to a call that sent a token, with a re-login hook that has not run for it yet."""
        return response.status_code == 401 and op.auth and not refreshed and self._credentials.refresh is not None

    def __repr__(self) -> str:
        # The token is deliberately left out: reprs end up in logs and bug reports.
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, authenticated={self.authenticated},"
            f" user_id={self.user_id!r}, org_id={self.org_id!r})"
        )


class SyncAPIClient(_Options):
    """Sends requests with an `httpx.Client`; use it as a context manager or call `close()`.

    One client may serve many threads at once: httpx's pool is thread-safe, and the only state a
    call changes is the token, swapped whole (a re-login after a 401 runs once for all threads).
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        user_id: int | None = None,
        org_id: int | None = None,
        default_headers: Headers | None = None,
        refresh_token: Callable[[], str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            user_id=user_id,
            org_id=org_id,
            default_headers=default_headers,
            refresh_token=refresh_token,
            http_client=http_client,
        )
        self._http = http_client if http_client is not None else httpx.Client()

    def _request(
        self,
        op: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        options: CallOptions,
    ) -> T:
        response = self._send(op, kwargs, options)
        return _attach(parse(response), response)

    def request_raw(
        self,
        op: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        options: CallOptions,
    ) -> APIResponse[T]:
        """Send one operation and answer its HTTP response (what `with_raw_response` calls)."""
        return _raw(self._send(op, kwargs, options), parse)

    def _send(self, op: Operation, kwargs: dict[str, Any], options: CallOptions) -> httpx.Response:
        retries = self._retries(options.max_retries)
        attempt, refreshed = 0, False
        while True:
            version = self._credentials.version
            request = self._build(self._http, op, kwargs, options)
            outcome = self._attempt(op, request, attempt, retries)
            if isinstance(outcome, httpx.Response):
                if self._expired(op, outcome, refreshed):
                    outcome.close()
                    self._refresh(version)
                    refreshed = True
                    continue
                wait = _status_wait(op, attempt, retries, outcome)
                if wait is None:
                    return outcome
                outcome.close()
                _retrying(request, str(outcome.status_code), attempt, retries, wait)
            else:
                wait = outcome
            time.sleep(wait)
            attempt += 1

    def _attempt(self, op: Operation, request: httpx.Request, attempt: int, retries: int) -> httpx.Response | float:
        """The response, or the seconds to wait before the next attempt; raises when final."""
        started = time.perf_counter()
        try:
            response = self._http.send(request)
        except httpx.LocalProtocolError:
            response = None
        except httpx.TransportError as exc:
            _logged(request, started, type(exc).__name__)
            wait = _failure_wait(op, attempt, retries, exc)
            if wait is None:
                raise _transport_error(exc) from exc
            _retrying(request, type(exc).__name__, attempt, retries, wait)
            return wait
        if response is None:
            _invalid_request()
        _logged(request, started, str(response.status_code))
        return response

    def _refresh(self, version: int) -> None:
        """Sign in again once, however many calls met the expired token at the same time."""
        credentials = self._credentials
        with credentials.lock:
            if credentials.version == version:
                credentials.set(_checked_token(credentials.refresh(), "the new token"))
                log.info("signed in again after a 401")

    def close(self) -> None:
        """Close the connection pool, when this client opened it (not a `with_options` copy, nor
        an `http_client` passed in: that stays the caller's)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class AsyncAPIClient(_Options):
    """Sends requests with an `httpx.AsyncClient`; use `async with` or await `close()`.

    Use one client within one event loop; many tasks may share it.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        user_id: int | None = None,
        org_id: int | None = None,
        default_headers: Headers | None = None,
        refresh_token: Callable[[], Awaitable[str]] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            user_id=user_id,
            org_id=org_id,
            default_headers=default_headers,
            refresh_token=refresh_token,
            http_client=http_client,
        )
        self._http = http_client if http_client is not None else httpx.AsyncClient()

    async def _request(
        self,
        op: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        options: CallOptions,
    ) -> T:
        response = await self._send(op, kwargs, options)
        return _attach(parse(response), response)

    async def request_raw(
        self,
        op: Operation,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], T],
        options: CallOptions,
    ) -> APIResponse[T]:
        """Send one operation and answer its HTTP response (what `with_raw_response` calls)."""
        return _raw(await self._send(op, kwargs, options), parse)

    async def _send(self, op: Operation, kwargs: dict[str, Any], options: CallOptions) -> httpx.Response:
        retries = self._retries(options.max_retries)
        attempt, refreshed = 0, False
        while True:
            version = self._credentials.version
            request = self._build(self._http, op, kwargs, options)
            outcome = await self._attempt(op, request, attempt, retries)
            if isinstance(outcome, httpx.Response):
                if self._expired(op, outcome, refreshed):
                    await outcome.aclose()
                    await self._refresh(version)
                    refreshed = True
                    continue
                wait = _status_wait(op, attempt, retries, outcome)
                if wait is None:
                    return outcome
                await outcome.aclose()
                _retrying(request, str(outcome.status_code), attempt, retries, wait)
            else:
                wait = outcome
            await _sleep(wait)
            attempt += 1

    async def _attempt(
        self, op: Operation, request: httpx.Request, attempt: int, retries: int
    ) -> httpx.Response | float:
        """The response, or the seconds to wait before the next attempt; raises when final."""
        started = time.perf_counter()
        try:
            response = await self._http.send(request)
        except httpx.LocalProtocolError:
            response = None
        except httpx.TransportError as exc:
            _logged(request, started, type(exc).__name__)
            wait = _failure_wait(op, attempt, retries, exc)
            if wait is None:
                raise _transport_error(exc) from exc
            _retrying(request, type(exc).__name__, attempt, retries, wait)
            return wait
        if response is None:
            _invalid_request()
        _logged(request, started, str(response.status_code))
        return response

    async def _refresh(self, version: int) -> None:
        """Sign in again once, however many tasks met the expired token at the same time."""
        import asyncio

        credentials = self._credentials
        if credentials.alock is None:
            credentials.alock = asyncio.Lock()
        async with credentials.alock:
            if credentials.version == version:
                token = await credentials.refresh()
                credentials.set(_checked_token(token, "the new token"))
                log.info("signed in again after a 401")

    async def close(self) -> None:
        """Close the connection pool, when this client opened it (not a `with_options` copy, nor
        an `http_client` passed in: that stays the caller's)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()


async def _sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)
