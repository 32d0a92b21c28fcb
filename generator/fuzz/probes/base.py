"""What every probe gets (`Context`) and gives back (`Outcome`: one test case of one check)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from generator.core.spec import Operation, Spec
from generator.fuzz.auth import Credentials
from generator.fuzz.probes import shapes
from generator.fuzz.probes.identity import Identity
from generator.fuzz.probes.wire import Exchange, Request, Wire


@dataclass(frozen=True)
class Outcome:
    """One probe case: passed, failed (with what it saw) or skipped (with why)."""

    check: str
    label: str  # "METHOD /path", as schemathesis labels operations
    passed: bool | None  # None: could not be judged (skipped)
    title: str = ""
    message: str = ""
    exchanges: tuple[Exchange, ...] = ()


@dataclass
class Context:
    spec: Spec
    wire: Wire
    operation_ids: tuple[str, ...]  # the selected operations: the probes call nothing else
    primary: Identity
    creds: Credentials | None
    peer: Identity | None = None
    peer_creds: Credentials | None = None
    expired_token: Callable[[], str | None] = lambda: None
    notes: list[str] = field(default_factory=list)

    def operations(self, *, secured: bool | None = None) -> list[Operation]:
        ops = [op for op in self.spec.operations() if op.operation_id in self.operation_ids]
        if secured is None:
            return ops
        return [op for op in ops if shapes.is_secured(self.spec, op) == secured]

    def request(self, op: Operation, who: Identity | None = None) -> Request:
        """A valid request of `op` as `who` (the primary identity by default)."""
        who = who or self.primary
        request = shapes.base_request(self.spec, op, who.ids())
        return request.with_token(who.token if shapes.is_secured(self.spec, op) else None)


def failed(check: str, exchange: Exchange, title: str, message: str = "") -> Outcome:
    return Outcome(check, exchange.request.label, False, title, message, (exchange,))


def passed(check: str, exchange: Exchange) -> Outcome:
    return Outcome(check, exchange.request.label, True, exchanges=(exchange,))
