"""Start the mock: compile the spec, open the store, bind, serve until Ctrl-C or SIGTERM.

With `--workers N`, the process binds once and forks N workers that accept on the same socket;
they share every piece of state through one SQLite file in WAL mode (the --db file, or a
temporary one deleted at exit), so they answer as one mock.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sqlite3
import sys
import tempfile
import traceback
from collections.abc import Iterator
from pathlib import Path

import uvicorn

from generator.core.spec import load
from skilldeo_mock.app import MockApp
from skilldeo_mock.contract import Contract, compile_spec
from skilldeo_mock.options import Options, is_loopback
from skilldeo_mock.protocol import protocol_class
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


_STOPS = {signal.SIGINT, signal.SIGTERM}


class StartError(Exception):
    """The mock could not start (spec, database or port); the message says why."""


def open_store(options: Options, path: Path | None) -> Store:
    try:
        return Store(path, load_seed(options.seed), durable=path == options.db)
    except (sqlite3.Error, OSError) as exc:
        raise StartError(f"--db {path}: cannot open the database: {exc}") from None


def make_app(
    options: Options, path: Path | None = None, contract: Contract | None = None
) -> MockApp:
    """The app over a fresh start of the store: no queued faults, the clock at now, the defects
    of --defect (records, and with them tokens, are kept in a --db file)."""
    store = open_store(options, path or options.db)
    store.start(sorted(options.defects))
    return MockApp(contract or compile_spec(load(options.spec)), store, options)


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


def exposure(options: Options, host: str, port: int) -> list[str]:
    """What a non-loopback bind exposes, printed at start (docs/mock.md#threat-model)."""
    if is_loopback(host):
        return []
    lines = [
        f"EXPOSED: the API on {host}:{port} answers other machines: anyone who reaches it can sign "
        "up, request login codes and use the seed's data",
    ]
    if options.control_token is None:
        lines.append("control routes (/_mock/): loopback clients only (no --control-token)")
    else:
        lines.append(
            "control routes (/_mock/): any client with the --control-token bearer token; they "
            "read every login code (outbox) and wipe the state (reset)"
        )
    if options.otp is not None:
        lines.append("WARNING: --otp fixes every login code: anyone can sign in as anyone")
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


def _config(app: MockApp) -> uvicorn.Config:
    limits = app.options.limits
    methods = {route.method for route in app.operations.values()}
    return uvicorn.Config(
        app,
        loop="uvloop",
        http=protocol_class(limits, methods),
        ws="none",
        lifespan="on",
        access_log=False,
        log_level="warning",
        server_header=False,
        date_header=False,
        proxy_headers=False,  # the client address is the peer's: X-Forwarded-For is not trusted
        timeout_keep_alive=limits.keep_alive_timeout,
    )


def serve(options: Options) -> None:
    """Serve until interrupted; uvicorn stops cleanly on SIGINT and SIGTERM."""
    contract = compile_spec(load(options.spec))
    with _state_file(options) as path:
        app = make_app(options, path, contract)
        sock = bind(options.host, options.port)
        host, port = sock.getsockname()[:2]
        app.bound = (host, port)
        shown = f"[{host}]" if ":" in host else host
        workers = f", {options.workers} workers" if options.workers > 1 else ""
        print(f"skilldeo mock serving http://{shown}:{port}/api/v1{workers} (Ctrl-C to stop)")
        for line in [*exposure(options, host, port), *notices(app, options)]:
            print(line)
        sys.stdout.flush()
        if options.workers == 1:
            _Server(_config(app)).run(sockets=[sock])
        else:
            app.world.store.db.close()
            _run_workers(options, contract, path, sock)
    print("skilldeo mock stopped", file=sys.stderr, flush=True)


@contextlib.contextmanager
def _state_file(options: Options) -> Iterator[Path | None]:
    """Where the state lives: --db, else memory for one worker, else a temporary file (in
    shared memory where the system has it: nothing of it needs to reach a disk)."""
    if options.db is not None or options.workers == 1:
        yield options.db
        return
    shm = Path("/dev/shm")
    where = shm if shm.is_dir() and os.access(shm, os.W_OK) else None
    with tempfile.TemporaryDirectory(prefix="skilldeo-mock-", dir=where) as folder:
        yield Path(folder) / "state.db"


def _run_workers(
    options: Options, contract: Contract, path: Path | None, sock: socket.socket
) -> None:
    """Fork the workers, wait for them; Ctrl-C or SIGTERM stops them all."""
    children: list[int] = []

    def stop(signum: int, _frame: object) -> None:
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    # No stop signal may land while the workers are forked: it would leave some running.
    signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    for sig in _STOPS:
        signal.signal(sig, stop)
    for _ in range(options.workers):
        pid = os.fork()
        if pid == 0:
            for sig in _STOPS:
                signal.signal(sig, signal.SIG_DFL)
            signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)
            _worker(options, contract, path, sock)
        children.append(pid)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)
    failed = False
    while children:
        pid, status = os.wait()
        children.remove(pid)
        if os.waitstatus_to_exitcode(status) != 0 and not failed:
            failed = True
            stop(signal.SIGTERM, None)
    if failed:
        raise StartError("a worker failed; the mock stopped")


def _worker(options: Options, contract: Contract, path: Path | None, sock: socket.socket) -> None:
    """One worker process: its own connection to the shared store; never returns."""
    code = 0
    try:
        app = MockApp(contract, open_store(options, path), options)
        app.bound = sock.getsockname()[:2]
        _Server(_config(app)).run(sockets=[sock])
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        sys.stdout.flush()
        os._exit(code)
