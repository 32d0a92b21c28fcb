"""The overview of the docs page: the sign-in walkthroughs, status codes and error envelope,
each worked out from the whole spec.
"""

from __future__ import annotations

from generator.core.spec import Spec
from generator.docs import request as docs_request
from generator.docs import schema as docs_schema
from generator.docs.operation import links
from generator.docs.svg import edges
from generator.docs.view import (
    Carry,
    OperationView,
    StatusCode,
    Step,
    Walkthrough,
)


def walkthroughs(spec: Spec, views: dict[str, OperationView]) -> list[Walkthrough]:
    """Chains of token-free operations joined by links, and the first call they unlock."""
    graph = edges(spec)
    open_ops = {oid for oid, v in views.items() if not v.needs_token}
    linked_into = {e.target for e in graph if e.source in open_ops and e.target in open_ops}
    found: list[Walkthrough] = []
    for oid, view in views.items():
        if oid not in open_ops or oid in linked_into:
            continue
        steps, current, then = [Step(view, [])], oid, None
        while True:
            nxt = [e for e in graph if e.source == current]
            public = [
                e for e in nxt if e.target in open_ops and e.target not in {s.op.id for s in steps}
            ]
            if public:
                carries = _carries(spec, current, public[0].name)
                current = public[0].target
                steps.append(Step(views[current], carries))
                continue
            locked = [e for e in nxt if e.target not in open_ops]
            then = views[locked[0].target] if locked else None
            break
        if len(steps) > 1:
            found.append(Walkthrough(steps, then))
    return found


def _in_words(value: str) -> str:
    """A link's runtime expression as a reader would say it."""
    for prefix, words in (("$response.body#/", "of the answer"), ("$request.body#/", "as sent")):
        if value.startswith(prefix):
            return f"{value.removeprefix(prefix).replace('/', '.')} {words}"
    return f"your value (for example {value})"


def _carries(spec: Spec, source: str, link_name: str) -> list[Carry]:
    op = spec.operation(source)
    for response in (op.data.get("responses") or {}).values():
        link = (spec.resolve(response).get("links") or {}).get(link_name)
        if link is not None:
            return [
                Carry(k, _in_words(v), docs_request.env_name(k))
                for k, v in links(spec, {link_name: link}, {})[0].carries
            ]
    return []


def statuses(views: list[OperationView]) -> list[StatusCode]:
    codes: dict[str, StatusCode] = {}
    for view in views:
        for r in view.responses:
            codes.setdefault(r.status, StatusCode(r.status, r.phrase, [])).operations.append(
                view.id
            )
    for code in codes.values():
        code.everywhere = len(code.operations) == len(views)
    return [codes[c] for c in sorted(codes)]


def error_model(spec: Spec) -> str:
    """The model most error responses share: the error envelope."""
    counts: dict[str, int] = {}
    for op in spec.operations():
        for status, raw in (op.data.get("responses") or {}).items():
            if not str(status).startswith(("4", "5")):
                continue
            for media in (spec.resolve(raw).get("content") or {}).values():
                schema = spec.resolve(media).get("schema") or {}
                name = docs_schema.model_name(str(schema.get("$ref", "")))
                if name:
                    counts[name] = counts.get(name, 0) + 1
    return max(sorted(counts), key=lambda n: counts[n]) if counts else ""
