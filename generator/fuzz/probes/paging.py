"""`paging_walk`: paging checked against the list's real size, where generated values rarely go.

For each selected paged list: read `total_count`, then walk every page (each record must come
exactly once), and ask for pages around the end: `skip` at total-1, total and total+1, offsets
that are not a multiple of `top` on the last page, and the largest `top` the spec allows. Every
page must hold min(top, total-skip) records, repeat the same `total_count`, and say it has more
exactly when skip + records < total.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from generator.fuzz.checks import has_more_field
from generator.fuzz.probes import shapes
from generator.fuzz.probes.base import Context, Outcome, failed, passed
from generator.fuzz.probes.identity import MAX_PAGES, without_filters
from generator.fuzz.probes.wire import Exchange, Request

CHECK = "paging_walk"
WALK_TOP = 10  # the page size of the walk (the spec's own default in ours)


def _page_problem(body: Any, top: int, skip: int, total: int, names: shapes.Paging) -> str | None:
    if not isinstance(body, dict) or not isinstance(body.get(names.records), list):
        return "no page of records"
    count = len(body[names.records])
    if body.get(names.total) != total:
        return f"{names.total} is {body.get(names.total)!r} here but {total} on the first page"
    if count != max(0, min(top, total - skip)):
        return f"{count} records with {names.top}={top}, {names.skip}={skip} of {total}"
    flag = has_more_field(body)
    if flag is not None and body[flag] is not (skip + count < total):
        return f"{flag} is {body[flag]!r} with {names.skip}={skip}, {count} records of {total}"
    return None


def _ask(ctx: Context, request: Request, names: shapes.Paging, top: int, skip: int) -> Exchange:
    return ctx.wire.send(request.with_fields(**{names.top: top, names.skip: skip}))


def _judge(exchange: Exchange, problem: str | None) -> Outcome:
    if problem is None:
        return passed(CHECK, exchange)
    return failed(CHECK, exchange, "the page disagrees with the list's size", problem)


def offsets(total: int, top: int) -> list[int]:
    """The offsets worth asking for: around the end, and unaligned ones on the last page."""
    near_end = [total - 1, total, total + 1]
    unaligned = [s for s in range(max(1, total - top + 1), total) if s % top][:3]
    return sorted({s for s in [*near_end, *unaligned] if s >= 0})


def _walk(ctx: Context, request: Request, names: shapes.Paging, total: int) -> Iterator[Outcome]:
    seen: list[str] = []
    skip = 0
    for _ in range(MAX_PAGES):
        exchange = _ask(ctx, request, names, WALK_TOP, skip)
        yield _judge(exchange, _page_problem(exchange.body, WALK_TOP, skip, total, names))
        records = exchange.body.get(names.records) if isinstance(exchange.body, dict) else None
        if not isinstance(records, list) or not records:
            break
        seen += [json.dumps(r, sort_keys=True) for r in records]
        skip += len(records)
        if skip >= total:
            if len(seen) != total or len(set(seen)) != len(seen):
                yield failed(
                    CHECK,
                    exchange,
                    "walking every page did not yield every record once",
                    f"{len(seen)} records ({len(set(seen))} distinct) over the pages of a list "
                    f"whose {names.total} is {total}",
                )
            return


def walk_list(ctx: Context, request: Request, names: shapes.Paging) -> Iterator[Outcome]:
    first = _ask(ctx, request, names, WALK_TOP, 0)
    total = first.body.get(names.total) if isinstance(first.body, dict) else None
    if first.status != 200 or not isinstance(total, int):
        yield Outcome(CHECK, request.label, None, f"the first page answered HTTP {first.status}")
        return
    if total > WALK_TOP * MAX_PAGES:
        ctx.notes.append(f"{CHECK}: {request.label} has {total} records; walked only the edges")
    else:
        yield from _walk(ctx, request, names, total)
    for top in dict.fromkeys([WALK_TOP, names.max_top]):
        for skip in offsets(total, top):
            exchange = _ask(ctx, request, names, top, skip)
            yield _judge(exchange, _page_problem(exchange.body, top, skip, total, names))


def walk(ctx: Context) -> Iterator[Outcome]:
    for op in ctx.operations():
        names = shapes.paging(ctx.spec, op)
        if names is None:
            continue
        request = ctx.request(op)
        # The caller's own ids only (from the login): the example's filters, or an id the caller
        # merely saw, would shrink the list to a page.
        kept = without_filters(request.body, ctx.primary.own)
        yield from walk_list(ctx, request.with_body(kept), names)
