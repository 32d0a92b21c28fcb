"""The mock in this process: its ASGI app behind an httpx transport, no socket, no subprocess.

Most HTTP tests need the mock's behaviour, not a listening port; starting it in-process costs a
spec compile (about 0.1 s) instead of a Python start-up and a port. The sync transport runs the
app on an event loop in a background thread, so sync httpx clients and the sync SDK reach it.
"""

from __future__ import annotations

import asyncio
import copy
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, cast

import httpx

from skilldeo_mock.app import MockApp
from skilldeo_mock.options import parse
from skilldeo_mock.server import make_app
from tests.support.servers import MockServer

ROOT = "http://mock.test"


def asgi_transport(app: MockApp, address: str = "127.0.0.1") -> httpx.ASGITransport:
    """httpx's own ASGI transport; requests come from `address` (loopback unless told), as over
    TCP."""
    return httpx.ASGITransport(app=cast(Any, app), client=(address, 50000))


class SyncASGITransport(httpx.BaseTransport):
    """httpx's ASGITransport for sync clients: the app lives on an event loop in its own thread.

    The app is built on that thread too: its SQLite connection belongs to the thread that made it,
    as under uvicorn.
    """

    def __init__(self, build: Callable[[], MockApp]) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self.app = self._on_loop(build)
        self._asgi = asgi_transport(self.app)

    def from_address(self, address: str) -> SyncASGITransport:
        """This transport, but its requests come from another client address."""
        peer = copy.copy(self)
        peer._asgi = asgi_transport(self.app, address)
        return peer

    def _on_loop(self, build: Callable[[], MockApp]) -> MockApp:
        async def call() -> MockApp:
            return build()

        return asyncio.run_coroutine_threadsafe(call(), self._loop).result()

    async def _handle(self, request: httpx.Request) -> httpx.Response:
        response = await self._asgi.handle_async_request(request)
        body = await response.aread()
        return httpx.Response(response.status_code, headers=response.headers, content=body)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        future = asyncio.run_coroutine_threadsafe(self._handle(request), self._loop)
        return future.result()

    def close(self) -> None:
        """Keep the loop: one transport serves every client of the session."""

    def stop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._loop.close()


@dataclass(frozen=True)
class InProcessMock:
    """The mock app and a transport to it; `root` and `base_url` are what URLs in tests use."""

    app: MockApp
    transport: SyncASGITransport
    root: str = ROOT

    @property
    def base_url(self) -> str:
        return f"{self.root}/api/v1"

    def client(self, *, address: str | None = None, **kwargs: Any) -> httpx.Client:
        """A sync httpx client that reaches this mock (any URL host goes to it), from a loopback
        client address or from `address`."""
        kwargs.setdefault("timeout", 10.0)
        transport = self.transport if address is None else self.transport.from_address(address)
        return httpx.Client(transport=transport, **kwargs)


Mock = MockServer | InProcessMock
"""Either kind of test mock: both have `root`, `base_url` and `client()`."""


@contextmanager
def in_process_mock(*args: str, relax_otp_limits: bool = True) -> Iterator[InProcessMock]:
    """The mock built from command-line style options (`--otp 123456`), served in-process.

    Like the launcher, with --relax-otp-limits unless told otherwise; the control routes accept
    the Host of `ROOT`.
    """
    relaxed = ["--relax-otp-limits"] if relax_otp_limits else []
    options = parse([*relaxed, "--allow-host", ROOT.partition("://")[2], *args])
    transport = SyncASGITransport(lambda: make_app(options))
    try:
        yield InProcessMock(transport.app, transport)
    finally:
        transport.stop()
