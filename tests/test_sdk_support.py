"""Helpers shared by the SDK tests: a clean mock per test, its outbox, a logged-in client."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import httpx

from tests.servers import MockServer

SEED_EMAIL = "jane.doe@acme.example"
SEED_USER, SEED_ORG = 1042, 88
_counter = itertools.count()


def reset(server: MockServer) -> None:
    httpx.post(f"{server.root}/_mock/reset", timeout=5.0).raise_for_status()


def queue_faults(server: MockServer, **fault: object) -> None:
    """Fail the next matching calls: status, count, retry_after, operation."""
    httpx.post(f"{server.root}/_mock/faults", json=fault, timeout=5.0).raise_for_status()


def latest_code(server: MockServer, email: str) -> Callable[[], str]:
    """An `otp=` callable that reads the last code the mock e-mailed to `email`."""

    def read() -> str:
        reply = httpx.get(f"{server.root}/_mock/outbox", params={"email": email}, timeout=5.0)
        messages = reply.json()["messages"]
        assert messages, f"no code was e-mailed to {email}"
        return str(messages[-1]["code"])

    return read


def new_email(prefix: str = "sdk") -> str:
    return f"{prefix}.{next(_counter)}@example.com"
