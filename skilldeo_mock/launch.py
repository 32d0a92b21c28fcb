"""Run the mock (`python -m skilldeo_mock`) as a subprocess on a free loopback port.

One launcher for everything that needs a throwaway mock: `skilldeo-api fuzz` without a URL, the
test suite and the benchmark. It waits until GET /_mock/health answers and always stops it.
"""

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

from skilldeo_mock.replies import GENERIC_HEADER, GENERIC_VALUE
from skilldeo_mock.seed import seed_users

__all__ = [
    "GENERIC_HEADER",
    "GENERIC_VALUE",
    "SEED_EMAIL",
    "SEED_PEER_EMAIL",
    "MockFailed",
    "Running",
    "free_port",
    "running",
    "sign_in",
]

STARTUP_TIMEOUT = 20.0
# Who signs in to a bundled mock: the seed's first user (the spec's loginOTP example). The
# header that marks an answer generated from the schema is re-exported for the fuzzer.
SEED_EMAIL: str = seed_users()[0]["email"]
# The fuzzer's second identity: the first seed user of another organisation.
SEED_PEER_EMAIL: str = next(
    u["email"] for u in seed_users() if u["org_id"] != seed_users()[0]["org_id"]
)


class MockFailed(RuntimeError):
    """The mock would not start; the message carries its output."""


@dataclass(frozen=True)
class Running:
    """A mock being served: `root` is http://127.0.0.1:PORT, the API is under /api/v1."""

    root: str
    process: subprocess.Popen[bytes]

    @property
    def base_url(self) -> str:
        return f"{self.root}/api/v1"

    def token(self, otp: str, email: str = SEED_EMAIL) -> str:
        """A bearer token for `email` from this mock, started with `--otp otp`."""
        return sign_in(self.base_url, otp, email)


def sign_in(base_url: str, otp: str, email: str = SEED_EMAIL) -> str:
    """A bearer token for `email` from the mock at `base_url`, started with `--otp otp`
    (loginOTP, then loginVerify), for benchmarks and tests that are not about the sign-in."""
    answer = httpx.post(f"{base_url}/auth/loginOTP", json={"email": email}).json()
    body = {"email": email, "session_id": answer["session_id"], "verification_code": otp}
    value: str = httpx.post(f"{base_url}/auth/loginVerify", json=body).json()["token"]
    return value


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running(
    *args: str,
    port: int | None = None,
    timeout: float = STARTUP_TIMEOUT,
    relax_otp_limits: bool = True,
) -> Iterator[Running]:
    """Start the mock with `args`, yield it once it answers, stop it when the block ends.

    Test runs and the fuzzer sign in far more often than a person: unless told otherwise, the
    mock runs with --relax-otp-limits (every other limit as by default).
    """
    port = port or free_port()
    root = f"http://127.0.0.1:{port}"
    relaxed = ["--relax-otp-limits"] if relax_otp_limits else []
    cmd = [
        *(sys.executable, "-m", "skilldeo_mock", "--host", "127.0.0.1", "--port", str(port)),
        *relaxed,
        *args,
    ]
    # A file, not a pipe: the mock may log every request and must never block on a full pipe.
    with tempfile.TemporaryFile() as log:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            _wait_ready(proc, root, log, timeout)
            yield Running(root, proc)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _wait_ready(proc: subprocess.Popen[bytes], root: str, log: IO[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise MockFailed(f"the mock exited with {proc.returncode}:\n{_tail(log)}")
        try:
            if httpx.get(f"{root}/_mock/health", timeout=1.0).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise MockFailed(f"the mock did not answer on {root} within {timeout:.0f}s")
        time.sleep(0.05)


def _tail(log: IO[bytes]) -> str:
    log.seek(0)
    return log.read().decode(errors="replace")[-2000:]
