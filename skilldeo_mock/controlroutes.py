"""Mock-only routes under /_mock/, outside the public spec: health, outbox, reset, faults, clock,
defects."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol
from urllib.parse import parse_qsl

import orjson

from skilldeo_mock.asgi import Receive, Scope, TooLarge, read_body
from skilldeo_mock.controls import Faults, QueuedFault
from skilldeo_mock.handlers import World
from skilldeo_mock.options import DEFECTS, FAULT_STATUSES
from skilldeo_mock.replies import ApiError, Reply, failure


class Controlled(Protocol):
    """What the control routes act on: the app's state, faults and switched-on defects."""

    world: World
    faults: Faults
    defects: frozenset[str]
    start_defects: frozenset[str]

    @property
    def operations(self) -> Mapping[str, object]:
        """operationId -> its route, for checking the operation a fault is queued for."""


def _ok(**fields: Any) -> Reply:
    return Reply(200, fields)


async def _json(receive: Receive) -> dict[str, Any]:
    try:
        raw = await read_body(receive)
        data = orjson.loads(raw) if raw else {}
    except (TooLarge, orjson.JSONDecodeError):
        raise ApiError(400, "body: not a small JSON object") from None
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


async def handle(app: Controlled, scope: Scope, receive: Receive) -> Reply:
    name, method = scope["path"].removeprefix("/_mock/"), scope["method"]
    allowed = {
        "health": "GET",
        "outbox": "GET",
        "reset": "POST",
        "faults": "POST",
        "clock": "POST",
        "defects": "POST",
    }
    if name not in allowed:
        return failure(ApiError(404, "path: no such mock control"))
    if method != allowed[name]:
        return failure(ApiError(405, f"method: use {allowed[name]}", {"Allow": allowed[name]}))
    try:
        return await _dispatch(app, name, scope, receive)
    except ApiError as exc:
        return failure(exc)


async def _dispatch(app: Controlled, name: str, scope: Scope, receive: Receive) -> Reply:
    world = app.world
    if name == "health":
        return _ok(status="ok")
    if name == "outbox":
        query = dict(parse_qsl(scope["query_string"].decode("latin-1")))
        if not query.get("email"):
            raise ApiError(400, "email: field is required")
        return _ok(messages=world.store.outbox(query["email"]))
    if name == "reset":
        world.store.reset()
        world.clock.offset = 0.0
        app.faults.reset()
        app.defects = app.start_defects
        return _ok(status="ok")
    data = await _json(receive)
    if name == "defects":
        app.defects = _defects(data)
        return _ok(defects=sorted(app.defects))
    if name == "clock":
        world.clock.offset += _int(data, "advance_seconds", None, 0, 10 * 365 * 86_400)
        return _ok(now=world.clock.iso(), offset_seconds=world.clock.offset)
    status = _int(data, "status", None, 100, 599)
    if status not in FAULT_STATUSES:
        raise ApiError(400, "status: must be 429, 500 or 503")
    operation = data.get("operation")
    if operation is not None and operation not in app.operations:
        raise ApiError(400, f"operation: no operationId {operation!r} in the spec")
    fault = QueuedFault(
        status=status,
        count=_int(data, "count", 1, 1, 1_000_000),
        retry_after=_int(data, "retry_after", 1, 0, 86_400),
        operation=operation,
    )
    app.faults.queue.append(fault)
    return _ok(status="ok", pending=sum(f.count for f in app.faults.queue))
