"""uvicorn's HTTP/1.1 protocol (httptools) with the mock's limits, and the envelope on what the app
never sees.

uvicorn has no limit on the size of a request head and no timeout on reading a request: one
64 MiB header or a body that never arrives held a connection (and its memory) for ever. This
subclass refuses, in the error envelope, a head over `--max-header-bytes` (431; a URL alone over
it: 414), a request not fully received within `--read-timeout` of its first byte (408), a
connection beyond `--max-connections` (503), an unknown method (405 with Allow) and anything
httptools cannot parse (400: bad chunking, NUL in a header, Content-Length with
Transfer-Encoding), then closes the connection. uvicorn's own answers to those are text/plain.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httptools
import orjson
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from skilldeo_mock.options import Limits


class _Refused(Exception):
    """Raised from a parser callback to stop parsing; the refusal is kept on the protocol."""


def refusal(status: int, message: str, headers: dict[str, str] | None = None) -> bytes:
    """A whole HTTP response: the error envelope, then the connection closes."""
    body = orjson.dumps({"message": message, "status_code": status, "error": True})
    lines = [
        STATUS_LINE[status],
        b"content-type: application/json\r\n",
        b"content-length: %d\r\n" % len(body),
        b"connection: close\r\n",
    ]
    lines += [f"{name}: {value}\r\n".encode("latin-1") for name, value in (headers or {}).items()]
    return b"".join([*lines, b"\r\n", body])


class GuardedProtocol(HttpToolsProtocol):
    """One connection, with the mock's limits; `limits` and `allow` are set by `protocol_class`."""

    limits: Limits = Limits()
    allow: str = "GET, POST, OPTIONS"  # the methods the contract uses, for an unknown method's 405

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head = 0  # bytes of the current request head received so far
        self._in_head = True
        self._refusal: tuple[int, str] | None = None
        self._closed = False
        self._timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.limits.max_connections:
            most = self.limits.max_connections
            self._refuse(503, f"connections: {most} are open already; retry", {"Retry-After": "1"})

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._closed:
            return
        self._unset_keepalive_if_required()
        if self._timer is None:
            self._timer = self.loop.call_later(self.limits.read_timeout, self._timed_out)
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserInvalidMethodError:
            self._refuse(405, "method: not a method of this API", {"Allow": self.allow})
            return
        except (httptools.HttpParserError, _Refused) as exc:
            status, message = self._refusal or (400, f"request: not valid HTTP/1.1 ({_why(exc)})")
            self._refuse(status, message)
            return
        except httptools.HttpParserUpgrade:
            self._refuse(400, "Upgrade: not supported")
            return
        if self._in_head:
            self._head += len(data)
            if self._head > self.limits.max_header_bytes:
                self._refuse(431, self._too_large("request head"))

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        if len(self.url) > self.limits.max_header_bytes:
            self._refusal = (414, self._too_large("URL"))
            raise _Refused

    def on_headers_complete(self) -> None:
        size = len(self.url) + sum(len(name) + len(value) + 4 for name, value in self.headers)
        if size > self.limits.max_header_bytes:
            self._refusal = (431, self._too_large("request head"))
            raise _Refused
        self._in_head, self._head = False, 0
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._in_head, self._head = True, 0
        self._stop_timer()
        super().on_message_complete()

    def _too_large(self, what: str) -> str:
        return f"{what}: larger than {self.limits.max_header_bytes} bytes (--max-header-bytes)"

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _timed_out(self) -> None:
        self._timer = None
        cycle = self.cycle
        if cycle is not None and not cycle.response_complete:
            if cycle.response_started:
                self.transport.close()
                return
            cycle.disconnected = True  # the app's answer to a half-read request is not sent
        seconds = self.limits.read_timeout
        self._refuse(408, f"request: not received within {seconds} s (--read-timeout)")

    def _refuse(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        if self._closed or self.transport.is_closing():
            return
        self._closed = True
        self._stop_timer()
        self.transport.write(refusal(status, message, headers))
        self.transport.close()


def _why(exc: BaseException) -> str:
    """What the parser said, when it said something short and plain."""
    text = str(exc) if isinstance(exc, httptools.HttpParserError) else ""
    if isinstance(exc, httptools.HttpParserCallbackError) or not text.isprintable():
        return "bad characters"
    return text[:80] or "malformed"


def protocol_class(limits: Limits, methods: set[str]) -> type[GuardedProtocol]:
    """The protocol uvicorn builds for each connection, with these limits."""
    allow = ", ".join(sorted({*methods, "OPTIONS"}))
    return type("MockProtocol", (GuardedProtocol,), {"limits": limits, "allow": allow})
