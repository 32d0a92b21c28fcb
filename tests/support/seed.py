"""Facts of the mock's seed (read from its seed.json, never copied) and helpers on the mock's
control routes: reset, queued faults, the outbox."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import httpx

from skilldeo_mock.seed import load_seed
from tests.support.servers import MockServer

_SEED = load_seed(0)
# The first user of the first organisation: the documentation's own sample user.
_USER = _SEED.users[0]
SEED_EMAIL: str = _USER["email"]
SEED_USER: int = _USER["id"]
SEED_ORG: int = _USER["org_id"]
# A user of another organisation, for isolation tests.
_PEER = next(u for u in _SEED.users if u["org_id"] != SEED_ORG)
PEER_EMAIL: str = _PEER["email"]
PEER_ORG: int = _PEER["org_id"]
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
