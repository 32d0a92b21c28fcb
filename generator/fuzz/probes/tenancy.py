"""`tenant_isolation`: one identity's ids, asked for with another identity's token (BOLA/IDOR).

Both identities first collect the ids they can see (`identity.collect`). Then, in both
directions, every id-taking parameter and body field of every selected secured operation gets
the other identity's id, on an otherwise valid request of the asker's own: the answer must be
the one an id that exists nowhere gets (404 by the spec), never a 2xx.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.fuzz.probes import shapes
from generator.fuzz.probes.base import Context, Outcome, failed, passed
from generator.fuzz.probes.identity import Identity
from generator.fuzz.probes.wire import Request

CHECK = "tenant_isolation"
NOWHERE = 2_147_483_647  # the largest positive 32-bit id: no seed or test data reaches it


def _with(request: Request, where: str, name: str, value: int) -> Request:
    if where == "param":
        return request.with_params(**{name: value})
    return request.with_fields(**{name: value})


def _theirs(other: Identity, kind: str, mine: Identity) -> int | None:
    """An id of `kind` the other identity sees and `mine` does not."""
    seen = set(mine.seen.get(kind) or []) | ({mine.own[kind]} if kind in mine.own else set())
    candidates = [*(other.seen.get(kind) or []), *([other.own[kind]] if kind in other.own else [])]
    return next((i for i in candidates if i not in seen), None)


def _direction(ctx: Context, asker: Identity, other: Identity) -> Iterator[Outcome]:
    for op in ctx.operations(secured=True):
        base = ctx.request(op, asker)
        for where, name in shapes.id_fields(ctx.spec, op):
            theirs = _theirs(other, shapes.kind(name), asker)
            if theirs is None:
                continue
            control = ctx.wire.send(_with(base, where, name, NOWHERE))
            leak = ctx.wire.send(_with(base, where, name, theirs))
            if leak.ok or leak.status != control.status:
                yield failed(
                    CHECK,
                    leak,
                    f"{asker.name}'s token read {other.name}'s {name}",
                    f"{name}={theirs}, an id only the {other.name} identity can see, answered "
                    f"{leak.describe()}; an id that does not exist answered HTTP {control.status}. "
                    "Another tenant's ids must get the same answer as ids that do not exist.",
                )
            else:
                yield passed(CHECK, leak)


def isolation(ctx: Context) -> Iterator[Outcome]:
    if ctx.peer is None:
        yield Outcome(CHECK, "-", None, "needs a second identity: --peer-email or --peer-token")
        return
    for asker, other in ((ctx.primary, ctx.peer), (ctx.peer, ctx.primary)):
        found = list(_direction(ctx, asker, other))
        if not found:
            why = f"{other.name} sees no id {asker.name} does not (a peer of another organisation?)"
            yield Outcome(CHECK, "-", None, why)
        yield from found
