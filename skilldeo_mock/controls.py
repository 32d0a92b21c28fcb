"""Test controls: injected faults (429/500/503 with Retry-After) and added latency.

Off by default. A request header fails or slows one call; POST /_mock/faults queues failures for
the next matching calls (in the store, so every worker takes from the same queue); --fault-rate
fails a seeded random fraction of calls (a sequence per worker).
"""

from __future__ import annotations

import random

from skilldeo_mock.options import FAULT_STATUSES
from skilldeo_mock.replies import ApiError
from skilldeo_mock.store import Store

_MESSAGES = {
    429: "Too many requests; slow down and retry after {after} s",
    500: "Internal server error (injected fault)",
    503: "Service unavailable; retry after {after} s",
}


def _int_header(headers: dict[str, str], name: str, low: int, high: int) -> int | None:
    raw = headers.get(name)
    if raw is None:
        return None
    raw = raw.strip()
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise ApiError(400, f"{name}: must be an integer from {low} to {high}")
    return int(raw)


def fault_error(status: int, retry_after: int) -> ApiError:
    headers = {"Retry-After": str(retry_after)} if status in (429, 503) else {}
    return ApiError(status, _MESSAGES[status].format(after=retry_after), headers)


class Faults:
    """Decides, per API call, whether it fails on purpose and how long it waits first."""

    def __init__(self, store: Store, rates: dict[int, float], seed: int, latency_ms: int) -> None:
        self.store, self.rates, self.latency_ms = store, rates, latency_ms
        self.seed = seed
        self.rng = random.Random(seed)

    def reset(self) -> None:
        """Start the seeded sequence again (the queue is emptied by the store's reset)."""
        self.rng = random.Random(self.seed)

    def latency(self, headers: dict[str, str]) -> float:
        ms = _int_header(headers, "x-mock-latency-ms", 0, 60_000)
        return (self.latency_ms if ms is None else ms) / 1000.0

    def pick(self, headers: dict[str, str], operation_id: str, queued: int) -> ApiError | None:
        """The injected failure for this call, if any; `queued`: how many faults wait in the
        store (none: the queue is not read)."""
        override = _int_header(headers, "x-mock-retry-after", 0, 86_400)
        wanted = _int_header(headers, "x-mock-fault", 100, 599)
        if wanted is not None:
            if wanted not in FAULT_STATUSES:
                raise ApiError(400, "x-mock-fault: must be 429, 500 or 503")
            return fault_error(wanted, 1 if override is None else override)
        taken = self.store.take_fault(operation_id) if queued else None
        if taken is not None:
            status, retry_after = taken
            return fault_error(status, retry_after if override is None else override)
        if self.rates:
            draw, edge = self.rng.random(), 0.0
            for status, rate in self.rates.items():
                edge += rate
                if draw < edge:
                    return fault_error(status, 1 if override is None else override)
        return None
