"""An identity the probes act as: its token, its own ids, and the ids it can see.

The ids come from where a client finds them: the login's answer (`user_id`, `org_id`) and every
page of the list operations, through the fields the spec's links name (see `shapes.id_sources`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from generator.core.spec import Spec
from generator.fuzz.probes import shapes
from generator.fuzz.probes.wire import Request, Secret, Wire

MAX_PAGES = 50  # a walk reads at most this many pages of one list


@dataclass
class Identity:
    name: str  # "primary" or "peer", as the report says it
    token: Secret
    own: dict[str, int] = field(default_factory=dict)  # kind -> the identity's own id
    seen: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    email: str | None = None

    def first(self, kind: str) -> int | None:
        ids = self.seen.get(kind) or []
        return self.own.get(kind, ids[0] if ids else None)

    def ids(self) -> dict[str, int]:
        """One id of each kind the identity has: its own, else the first it saw."""
        kinds = {*self.own, *self.seen}
        return {k: v for k in kinds if (v := self.first(k)) is not None}


def own_ids(spec: Spec, answer: dict[str, Any]) -> dict[str, int]:
    """The caller's ids in a login answer, by the kinds the spec's links feed from it."""
    found = {}
    for source in shapes.id_sources(spec):
        value = answer.get(source.field)
        if source.listed is None and isinstance(value, int) and not isinstance(value, bool):
            found[source.kind] = value
    return found


def walk(wire: Wire, request: Request, paging: shapes.Paging, top: int) -> list[dict[str, Any]]:
    """Every page of a list with page size `top`: the answers' bodies (stops at a non-200)."""
    pages = []
    skip = 0
    for _ in range(MAX_PAGES):
        exchange = wire.send(request.with_fields(**{paging.top: top, paging.skip: skip}))
        if exchange.status != 200 or not isinstance(exchange.body, dict):
            break
        pages.append(exchange.body)
        records = exchange.body.get(paging.records)
        total = exchange.body.get(paging.total)
        if not isinstance(records, list) or not records or not isinstance(total, int):
            break
        skip += len(records)
        if skip >= total:
            break
    return pages


def collect(spec: Spec, wire: Wire, who: Identity, operation_ids: tuple[str, ...]) -> None:
    """Fill `who.seen` from every page of the selected list operations the links read ids from."""
    sources = [s for s in shapes.id_sources(spec) if s.listed and s.operation in operation_ids]
    for operation_id in dict.fromkeys(s.operation for s in sources):
        op = spec.operation(operation_id)
        paging = shapes.paging(spec, op)
        if paging is None:
            continue
        request = shapes.base_request(spec, op, who.own).with_token(who.token)
        request = request.with_body(without_filters(request.body, who.own))
        for page in walk(wire, request, paging, paging.max_top):
            for record in page.get(paging.records) or []:
                for source in sources:
                    value = record.get(source.field) if isinstance(record, dict) else None
                    if source.operation != operation_id or not isinstance(value, int):
                        continue
                    if value not in who.seen[source.kind]:
                        who.seen[source.kind].append(value)


def without_filters(body: Any, own: dict[str, int]) -> dict[str, Any]:
    """Only the fields that carry the caller's own ids: the example's filters would hide ids."""
    if not isinstance(body, dict):
        return {}
    return {k: v for k, v in body.items() if own.get(shapes.kind(k)) == v}
