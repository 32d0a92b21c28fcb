"""Mock-only routes under /_mock/, outside the public spec: health, outbox, reset, faults, clock,
defects.

They can wipe the state and read every login code, so they are guarded (docs/mock.md#threat-model):
only loopback clients, or any client with `--control-token`; only a Host naming this mock (no DNS
rebinding); no foreign Origin and only JSON bodies (no cross-site forms); never CORS. What they
change lives in the store, so every worker sees it.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
from collections.abc import Mapping
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlsplit

import orjson

from skilldeo_mock.asgi import Receive, Scope, TooLarge, read_body, request_headers
from skilldeo_mock.handlers import World
from skilldeo_mock.options import DEFECTS, FAULT_STATUSES, Options, is_loopback
from skilldeo_mock.replies import ApiError, Reply, failure

_ROUTES = {
    "health": "GET",
    "outbox": "GET",
    "reset": "POST",
    "faults": "POST",
    "clock": "POST",
    "defects": "POST",
}


class Controlled(Protocol):
    """What the control routes act on: the app's state, options and bound address."""

    world: World
    options: Options
    start_defects: frozenset[str]
    bound: tuple[str, int]

    @property
    def operations(self) -> Mapping[str, object]:
        """operationId -> its route, for checking the operation a fault is queued for."""

    def sync(self) -> object:
        """Read the control record again (after a change)."""


def _ok(**fields: Any) -> Reply:
    return Reply(200, fields)


async def _json(receive: Receive, headers: dict[str, str]) -> dict[str, Any]:
    try:
        raw = await read_body(receive)
    except TooLarge:
        raise ApiError(400, "body: not a small JSON object") from None
    if not raw:
        return {}
    if "content-type" not in headers:
        raise ApiError(415, "Content-Type: must be application/json")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise ApiError(400, "body: not valid JSON (UTF-8)") from None
    if not isinstance(data, dict):
        raise ApiError(400, "body: must be a JSON object")
    return data


def _int(data: dict[str, Any], name: str, default: int | None, low: int, high: int) -> int:
    value = data.get(name, default)
    if value is None:
        raise ApiError(400, f"{name}: field is required")
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ApiError(400, f"{name}: must be an integer from {low} to {high}")
    return value


def _defects(data: dict[str, Any]) -> frozenset[str]:
    names = data.get("defects")
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ApiError(400, "defects: must be a list of defect names")
    unknown = sorted(set(names) - set(DEFECTS))
    if unknown:
        raise ApiError(
            400, f"defects: unknown {', '.join(unknown)}; choose from {', '.join(DEFECTS)}"
        )
    return frozenset(names)


def _host_name(value: str) -> str:
    """The name part of a Host header (`[::1]:4010` -> `::1`), lower case."""
    return (urlsplit(f"//{value}").hostname or "").lower()


def host_allowed(app: Controlled, name: str) -> bool:
    """Whether a Host (or Origin) name is this mock: a loopback name or address, the bound address,
    any address when bound to all interfaces, or a name given with --allow-host."""
    if name in app.options.allow_hosts or is_loopback(name):
        return True
    try:
        ip = ipaddress.ip_address(name)
        bound = ipaddress.ip_address(app.bound[0].strip("[]"))
    except ValueError:  # a name, or bound by name (`--host localhost`): loopback only
        return False
    return ip == bound or bound.is_unspecified


def guard(app: Controlled, scope: Scope, headers: dict[str, str]) -> None:
    """Refuse a control request that does not come from this machine's user: 401/403/415."""
    token = app.options.control_token
    if token is not None:
        scheme, _, given = headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip(), token):
            raise ApiError(
                401,
                "Authorization: the control routes need --control-token as a bearer token",
                {"WWW-Authenticate": "Bearer"},
            )
    elif not is_loopback((scope.get("client") or ("",))[0]):
        raise ApiError(
            403, "client: the control routes answer loopback clients only (see --control-token)"
        )
    if "host" in headers and not host_allowed(app, _host_name(headers["host"])):
        raise ApiError(403, "Host: not this mock's address (see --allow-host)")
    origin = headers.get("origin")
    if origin is not None and not host_allowed(app, _host_name(origin.partition("://")[2])):
        raise ApiError(403, "Origin: the control routes do not serve web pages of other sites")
    media = headers.get("content-type", "application/json").split(";", 1)[0].strip().lower()
    if scope["method"] == "POST" and media != "application/json":
        raise ApiError(415, "Content-Type: must be application/json")


async def handle(app: Controlled, scope: Scope, receive: Receive) -> Reply:
    name, method = scope["path"].removeprefix("/_mock/"), scope["method"]
    headers = request_headers(scope)
    try:
        guard(app, scope, headers)
        if name not in _ROUTES:
            raise ApiError(404, "path: no such mock control")
        if method != _ROUTES[name]:
            raise ApiError(405, f"method: use {_ROUTES[name]}", {"Allow": _ROUTES[name]})
        return await _dispatch(app, name, scope, receive, headers)
    except ApiError as exc:
        return failure(exc)


async def _dispatch(
    app: Controlled, name: str, scope: Scope, receive: Receive, headers: dict[str, str]
) -> Reply:
    world = app.world
    if name == "health":
        return _ok(status="ok", worker=os.getpid())  # which worker answered (--workers)
    if name == "outbox":
        query = dict(parse_qsl(scope["query_string"].decode("latin-1")))
        if not query.get("email"):
            raise ApiError(400, "email: field is required")
        return _ok(messages=world.store.outbox(query["email"]))
    data = await _json(receive, headers)
    if name == "reset":
        world.store.reset(sorted(app.start_defects))
        app.sync()
        return _ok(status="ok")
    if name == "defects":
        control = world.store.change_control(defects=tuple(sorted(_defects(data))))
        app.sync()
        return _ok(defects=list(control.defects))
    if name == "clock":
        return _clock(app, data)
    return _fault(app, data)


def _clock(app: Controlled, data: dict[str, Any]) -> Reply:
    world = app.world
    advance = _int(data, "advance_seconds", None, 0, 10 * 365 * 86_400)
    if advance > world.clock.headroom():
        room = max(int(world.clock.headroom()), 0)
        raise ApiError(400, f"advance_seconds: the clock can move {room} s more (to year 9999)")
    world.store.change_control(offset=world.clock.offset + advance)
    app.sync()
    return _ok(now=world.clock.iso(), offset_seconds=world.clock.offset)


def _fault(app: Controlled, data: dict[str, Any]) -> Reply:
    status = _int(data, "status", None, 100, 599)
    if status not in FAULT_STATUSES:
        raise ApiError(400, "status: must be 429, 500 or 503")
    operation = data.get("operation")
    if operation is not None and not isinstance(operation, str):
        raise ApiError(400, "operation: must be an operationId (a string)")
    if operation is not None and operation not in app.operations:
        raise ApiError(400, f"operation: no operationId {operation!r} in the spec")
    cap = app.options.limits.max_faults
    pending = app.world.store.queue_fault(
        status,
        _int(data, "count", 1, 1, 1_000_000),
        _int(data, "retry_after", 1, 0, 86_400),
        operation,
        cap,
    )
    if pending is None:
        raise ApiError(400, f"faults: {cap} are queued already (--max-faults); reset to clear")
    app.sync()
    return _ok(status="ok", pending=pending)
