"""`near_miss_rejection`: values just outside a rule, on a valid request with the real token.

Generated invalid data is mostly far from the rule (`00`, `?#`), and a negative case that also
drops the token is stopped at 401 before validation. These are the values a lax validator lets
through: addresses with a doubled or edge dot, impossible dates, relative URIs, integers one past
their bounds or the 32-bit range, strings one past their length, arrays one past their size.
Each goes into one field of the operation's documented valid request, sent with the caller's
token, and must be refused with a 4xx other than 401/403.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.fuzz.probes import shapes
from generator.fuzz.probes.base import Context, Outcome, failed, passed
from generator.fuzz.probes.wire import Request

CHECK = "near_miss_rejection"
INT32 = (-(2**31), 2**31 - 1)
FORMATS: dict[str, tuple[str, ...]] = {
    "email": ("a..b@example.com", ".a@example.com", "a.@example.com", "a@example..com"),
    "date-time": ("2025-13-01T00:00:00Z", "2025-02-30T00:00:00Z", "2025-01-01T24:61:00Z"),
    "uri": ("//example.com/x", "example.com/x", "http://exa mple.com/"),
}


def _numbers(node: dict[str, Any]) -> list[int]:
    low, high = node.get("minimum"), node.get("maximum")
    if node.get("format") == "int32":
        low = INT32[0] if low is None else low
        high = INT32[1] if high is None else high
    found = [low - 1] if isinstance(low, int) else []
    found += [high + 1] if isinstance(high, int) else []
    if node.get("format") == "int32":
        found += [n for n in (INT32[0] - 1, INT32[1] + 1) if n not in found]
    return found


def _strings(node: dict[str, Any], sample: Any) -> list[str]:
    found = list(FORMATS.get(str(node.get("format")), ()))
    low, high = node.get("minLength"), node.get("maxLength")
    pad = sample if isinstance(sample, str) and sample else "x"
    if isinstance(low, int) and low > 0:
        found.append(pad[: low - 1])
    if isinstance(high, int) and not node.get("format") and not node.get("pattern"):
        found.append((pad * (high // len(pad) + 2))[: high + 1])
    return found


def _arrays(spec: Any, node: dict[str, Any], sample: Any) -> list[list[Any]]:
    items = shapes.schema(spec, node.get("items") or {})
    item = sample[0] if isinstance(sample, list) and sample else None
    found: list[list[Any]] = [[bad] for bad in near_misses(spec, items, item)[:4]]
    low, high = node.get("minItems"), node.get("maxItems")
    if isinstance(low, int) and low > 0:
        found.append([item] * (low - 1) if item is not None else [])
    if isinstance(high, int) and item is not None:
        many = [_distinct(item, i) for i in range(high + 1)]
        found.append(many)
    return found


def _distinct(item: Any, i: int) -> Any:
    """The i-th of many distinct copies of an item (addresses must differ to count)."""
    if isinstance(item, str) and "@" in item:
        local, _, domain = item.partition("@")
        return f"{local}.{i}@{domain}"
    return item


def near_misses(spec: Any, node: dict[str, Any], sample: Any) -> list[Any]:
    """Values just outside the rules of the schema `node` (`sample` is a valid value)."""
    kind = node.get("type")
    if kind == "integer":
        return list(_numbers(node))
    if kind == "string" and "enum" not in node:
        return list(_strings(node, sample))
    if kind == "array":
        return list(_arrays(spec, node, sample))
    return []


def _cases(ctx: Context, request: Request) -> Iterator[tuple[str, Any, Request]]:
    op = request.operation
    for param in shapes.parameters(ctx.spec, op):
        if param.get("in") != "query" or param["name"] not in request.params:
            continue
        node = shapes.schema(ctx.spec, param.get("schema") or {})
        for bad in near_misses(ctx.spec, node, request.params[param["name"]]):
            yield param["name"], bad, request.with_params(**{param["name"]: bad})
    body = request.body if isinstance(request.body, dict) else None
    if body is None:
        return
    for name, node in shapes.properties(ctx.spec, shapes.body_schema(ctx.spec, op)).items():
        for bad in near_misses(ctx.spec, node, body.get(name)):
            yield name, bad, request.with_body({**body, name: bad})


def rejection(ctx: Context) -> Iterator[Outcome]:
    for op in ctx.operations():
        request = ctx.request(op)
        for name, bad, case in _cases(ctx, request):
            exchange = ctx.wire.send(case)
            if exchange.status in (401, 403):
                yield Outcome(CHECK, request.label, None, f"{name}: refused at authentication")
            elif 400 <= exchange.status < 500:
                yield passed(CHECK, exchange)
            else:
                shown = repr(bad) if len(repr(bad)) < 80 else f"{repr(bad)[:77]}..."
                yield failed(
                    CHECK,
                    exchange,
                    f"{name}: a value just outside its rule was accepted",
                    f"{name}={shown} answered {exchange.describe()}; it must be refused (4xx)",
                )
