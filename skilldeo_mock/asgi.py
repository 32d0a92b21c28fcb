"""ASGI plumbing shared by the API routes (app) and the control routes (controlroutes).

The types of an ASGI call, reading a bounded request body and the headers, writing a reply,
parsing a query.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any
from urllib.parse import parse_qsl

import orjson

from skilldeo_mock.replies import ApiError, Reply

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

MAX_BODY = 64 * 1024


class TooLarge(Exception):
    pass


async def read_body(receive: Receive) -> bytes:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            raise TooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def respond(send: Send, reply: Reply, extra: Sequence[tuple[bytes, bytes]] = ()) -> None:
    """Send a reply; `extra`: headers already encoded (the same on every answer)."""
    payload = reply.raw if reply.raw is not None else orjson.dumps(reply.body)
    headers = [
        (b"content-type", reply.content_type.encode()),
        (b"content-length", str(len(payload)).encode()),
        *extra,
    ]
    if reply.headers:
        headers += [(k.lower().encode(), v.encode()) for k, v in reply.headers.items()]
    await send({"type": "http.response.start", "status": reply.status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


def request_headers(scope: Scope) -> dict[str, str]:
    """The request's headers by their (lower-case) names, as text."""
    return {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}


def parse_query(raw: bytes) -> dict[str, list[str]]:
    try:
        pairs = parse_qsl(raw.decode("latin-1"), keep_blank_values=True, errors="strict")
    except (UnicodeDecodeError, ValueError):
        raise ApiError(400, "query: not valid UTF-8 percent-encoding") from None
    query: dict[str, list[str]] = {}
    for key, value in pairs:
        query.setdefault(key, []).append(value)
    return query
