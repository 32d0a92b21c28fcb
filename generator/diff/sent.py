"""What a shipped SDK sends by itself, and whether the new spec still accepts it.

The SDKs' `iter_*` and `page_*` methods of a paged list (a JSON request with `top` and `skip`,
a response with a `records` array) ask for the largest page the spec allowed when the SDK was
generated: `top` = its maximum (else its default, else 10), although the caller never set it.
A spec that stops accepting that value breaks every user of the released SDK's iterators, which
a diff of schemas alone reports only as a lowered maximum. Same rule as `sdk.analysis`, which
this layer may not import.
"""

from __future__ import annotations

from typing import Any

from generator.core.effective import effective
from generator.core.naming import python_name
from generator.core.spec import Operation, Spec
from generator.diff.model import BREAKING, SAFE, Collector, Where

PAGE_SIZE, OFFSET, RECORDS = "top", "skip", "records"


def _json_schema(spec: Spec, node: Any) -> dict[str, Any]:
    node = spec.resolve(node or {})
    media = (node.get("content") or {}).get("application/json") or {}
    schema = effective(spec, media.get("schema") or {})
    return schema if isinstance(schema, dict) else {}


def _success(spec: Spec, op: Operation) -> dict[str, Any]:
    for status, answer in (op.data.get("responses") or {}).items():
        if str(status).startswith("2"):
            return _json_schema(spec, answer)
    return {}


def page_size_schema(spec: Spec, op: Operation) -> dict[str, Any] | None:
    """The effective schema of a paged list's `top`, or None when the operation is not one."""
    request = _json_schema(spec, op.data.get("requestBody"))
    fields = request.get("properties") or {}
    records = (_success(spec, op).get("properties") or {}).get(RECORDS) or {}
    if not {PAGE_SIZE, OFFSET} <= fields.keys():
        return None
    if effective(spec, records).get("type") != "array":
        return None
    top = effective(spec, fields[PAGE_SIZE])
    return top if isinstance(top, dict) else None


def sent_page_size(top: dict[str, Any]) -> int:
    return int(top.get("maximum", top.get("default", 10)))


def compare(out: Collector) -> None:
    """A page size the base SDK sends that the head spec refuses: breaking on the wire."""
    heads = {op.operation_id: op for op in out.head.operations()}
    for old in out.base.operations():
        new = heads.get(old.operation_id)
        before = page_size_schema(out.base, old)
        after = page_size_schema(out.head, new) if new is not None else None
        if new is None or before is None or after is None:
            continue
        sent, allowed = sent_page_size(before), after.get("maximum")
        if isinstance(allowed, int | float) and sent > allowed:
            method = python_name(old.operation_id)
            message = (
                f"the released SDK's `iter_{method}()` and `page_{method}()` send "
                f"`{PAGE_SIZE}={sent}` by themselves, and the maximum is now {allowed}"
            )
            where = Where(
                f"{new.pointer}/requestBody",
                operation=f"{old.operation_id} ({new.method.upper()} {new.path})",
                parameter=PAGE_SIZE,
            )
            out.add("sdk-page-size-refused", message, BREAKING, SAFE, where)
