"""The mock for tests, in a subprocess on a free loopback port, for tests that need a socket
(the CLI, the fuzzer, the SDK's own transport); the rest use `tests.support.inprocess`.

The launcher itself lives in the mock package (`skilldeo_mock.launch`), shared with
`skilldeo-api fuzz` and the benchmark. Both kinds of test mock offer the same face: `root`,
`base_url` and `client()`, an httpx client that reaches it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from skilldeo_mock.launch import Running, free_port, running

TEST_OTP = "123456"

__all__ = ["TEST_OTP", "MockServer", "free_port", "running_mock"]


@dataclass(frozen=True)
class MockServer:
    """A mock being served by a subprocess: http://127.0.0.1:PORT, the API under /api/v1."""

    running: Running

    @property
    def root(self) -> str:
        return self.running.root

    @property
    def base_url(self) -> str:
        return self.running.base_url

    def client(self, **kwargs: Any) -> httpx.Client:
        """An httpx client (it reaches the server over the socket)."""
        kwargs.setdefault("timeout", 10.0)
        return httpx.Client(**kwargs)


@contextmanager
def running_mock(
    *args: str, port: int | None = None, relax_otp_limits: bool = True
) -> Iterator[MockServer]:
    """Start the mock with `args` in a subprocess, yield it once it answers, then stop it
    (with --relax-otp-limits unless told otherwise: tests sign in often)."""
    with running(*args, port=port, relax_otp_limits=relax_otp_limits) as server:
        yield MockServer(server)


@contextmanager
def defects_on(mock: MockServer, *names: str) -> Iterator[MockServer]:
    """The shared mock with `names` switched on at run time; reset (data, clock, defects) after."""
    with mock.client() as http:
        http.post(f"{mock.root}/_mock/reset").raise_for_status()
        http.post(f"{mock.root}/_mock/defects", json={"defects": list(names)}).raise_for_status()
        try:
            yield mock
        finally:
            http.post(f"{mock.root}/_mock/reset").raise_for_status()
