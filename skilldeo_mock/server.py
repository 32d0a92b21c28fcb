"""Start the mock: compile the spec, open the store, bind, serve until Ctrl-C or SIGTERM."""

from __future__ import annotations

import contextlib
import signal
import socket
import sqlite3
import sys
from collections.abc import Iterator

import uvicorn

from generator.core.spec import load
from skilldeo_mock.app import MockApp
from skilldeo_mock.contract import compile_spec
from skilldeo_mock.options import Options
from skilldeo_mock.seed import load_seed
from skilldeo_mock.store import Store


class _Server(uvicorn.Server):
    """uvicorn's server, minus re-raising Ctrl-C or SIGTERM after its clean shutdown.

    For the mock, being stopped is the normal end, so the process exits 0.
    """

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        stops = (signal.SIGINT, signal.SIGTERM)
        previous = {sig: signal.signal(sig, self.handle_exit) for sig in stops}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


class StartError(Exception):
    """The mock could not start (spec, database or port); the message says why."""


def make_app(options: Options) -> MockApp:
    contract = compile_spec(load(options.spec))
    try:
        store = Store(options.db, load_seed(options.seed))
    except (sqlite3.Error, OSError) as exc:
        raise StartError(f"--db {options.db}: cannot open the database: {exc}") from None
    return MockApp(contract, store, options)


def notices(app: MockApp, options: Options) -> list[str]:
    """What the start-up prints after the base URL: the defects on, the operations without
    behaviour (none: no line)."""
    lines = []
    if options.defects:
        lines.append(f"defects on: {', '.join(sorted(options.defects))}")
    if app.unhandled:
        whose = "its schema" if len(app.unhandled) == 1 else "their schemas"
        lines.append(f"no behaviour for: {', '.join(app.unhandled)} (answered from {whose})")
    return lines


def bind(host: str, port: int) -> socket.socket:
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
    except OSError as exc:
        raise StartError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock


def serve(options: Options) -> None:
    """Serve until interrupted; uvicorn stops cleanly on SIGINT and SIGTERM."""
    app = make_app(options)
    sock = bind(options.host, options.port)
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    config = uvicorn.Config(
        app,
        loop="uvloop",
        http="httptools",
        lifespan="on",
        access_log=False,
        log_level="warning",
        server_header=False,
        date_header=False,
    )
    print(f"skilldeo mock serving http://{shown}:{port}/api/v1 (Ctrl-C to stop)", flush=True)
    for line in notices(app, options):
        print(line, flush=True)
    _Server(config).run(sockets=[sock])
    print("skilldeo mock stopped", file=sys.stderr, flush=True)
