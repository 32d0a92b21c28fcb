"""Run the bundled mock (`python -m skilldeo_mock`) on a free loopback port for one fuzz run."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

import httpx

STARTUP_TIMEOUT = 20.0


class MockFailed(RuntimeError):
    """The bundled mock would not start; the message carries its output."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def bundled_mock(*args: str) -> Iterator[str]:
    """Start the mock, yield its base URL (http://127.0.0.1:PORT/api/v1), stop it."""
    port = free_port()
    root = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-m", "skilldeo_mock", "--host", "127.0.0.1", "--port", str(port), *args]
    # A file, not a pipe: the mock may log every request and must never block on a full pipe.
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_ready(proc, root, log)
            yield f"{root}/api/v1"
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _wait_ready(proc: subprocess.Popen[bytes], root: str, log: IO[bytes]) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while True:
        if proc.poll() is not None:
            raise MockFailed(f"the bundled mock exited with {proc.returncode}:\n{_tail(log)}")
        try:
            if httpx.get(f"{root}/_mock/health", timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise MockFailed(
                f"the bundled mock did not answer on {root} within {STARTUP_TIMEOUT:.0f}s"
            )
        time.sleep(0.05)


def _tail(log: IO[bytes]) -> str:
    log.seek(0)
    return log.read().decode(errors="replace")[-2000:]
