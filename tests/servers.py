"""Start the mock server as a subprocess on a free loopback port, wait until it answers, stop it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO

import httpx

TEST_OTP = "123456"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass(frozen=True)
class MockServer:
    root: str  # http://127.0.0.1:PORT
    process: subprocess.Popen[bytes]

    @property
    def base_url(self) -> str:
        return f"{self.root}/api/v1"


def _wait_until_healthy(
    proc: subprocess.Popen[bytes], log: IO[bytes], root: str, timeout: float
) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            log.seek(0)
            out = log.read().decode(errors="replace")
            raise RuntimeError(f"mock server exited with {proc.returncode}:\n{out}")
        try:
            if httpx.get(f"{root}/_mock/health", timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"mock server did not answer on {root} within {timeout}s")
        time.sleep(0.05)


@contextmanager
def running_mock(
    *args: str, port: int | None = None, timeout: float = 20.0
) -> Iterator[MockServer]:
    """Run `python -m skilldeo_mock` with `args` until the block ends."""
    port = port or free_port()
    cmd = [sys.executable, "-m", "skilldeo_mock", "--host", "127.0.0.1", "--port", str(port), *args]
    # Output goes to a file, not a pipe: a pipe nobody reads would block a chatty server.
    with tempfile.TemporaryFile() as log:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            _wait_until_healthy(proc, log, f"http://127.0.0.1:{port}", timeout)
            yield MockServer(f"http://127.0.0.1:{port}", proc)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
