"""Facts of openapi.yaml that tests need, read from the loaded spec: the operations, a request
field's effective schema and limits, a response field's wire name, the documented examples.

Tests take these instead of copying values out of today's openapi.yaml, so an additive change
to the spec breaks no test, and a breaking one breaks only the tests it should.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from generator.core.effective import effective
from generator.core.naming import python_name
from generator.core.paths import SPEC
from generator.core.spec import Operation, Spec, load

JSON = "application/json"


@cache
def current() -> Spec:
    """openapi.yaml, loaded once: for values a test needs at import (parametrize, constants)."""
    return load(SPEC)


def operation_ids(spec: Spec) -> tuple[str, ...]:
    """Every operationId, in document order."""
    return tuple(op.operation_id for op in spec.operations())


def is_public(op: Operation) -> bool:
    """The operation needs no token (`security: []`)."""
    return op.data.get("security") == []


def public_operations(spec: Spec) -> tuple[str, ...]:
    return tuple(op.operation_id for op in spec.operations() if is_public(op))


def secured_operations(spec: Spec) -> tuple[str, ...]:
    return tuple(op.operation_id for op in spec.operations() if not is_public(op))


def tagged(spec: Spec, tag: str) -> tuple[str, ...]:
    """The operations whose first tag is `tag`, in document order."""
    return tuple(op.operation_id for op in spec.operations() if first_tag(op) == tag)


def first_tag(op: Operation) -> str:
    return str((op.data.get("tags") or [""])[0])


def body_schema(spec: Spec, operation_id: str) -> dict[str, Any]:
    """The effective schema of the operation's JSON request body."""
    body = spec.resolve(spec.operation(operation_id).data["requestBody"])
    found: dict[str, Any] = effective(spec, body["content"][JSON]["schema"])
    return found


def request_field(spec: Spec, operation_id: str, name: str) -> dict[str, Any]:
    """The effective schema of one property of the request body ($ref and siblings conjoined)."""
    found: dict[str, Any] = effective(spec, body_schema(spec, operation_id)["properties"][name])
    return found


def response_schema(spec: Spec, operation_id: str, status: str = "200") -> dict[str, Any]:
    """The effective schema of the operation's JSON response for `status`."""
    response = spec.resolve(spec.operation(operation_id).data["responses"][status])
    found: dict[str, Any] = effective(spec, response["content"][JSON]["schema"])
    return found


def response_field(spec: Spec, operation_id: str, attribute: str) -> str:
    """The wire name of the response property the SDK calls `attribute` (`hasMore` for
    `has_more` today): found by its SDK name, which a rename keeping the name leaves alone."""
    properties = response_schema(spec, operation_id)["properties"]
    (wire,) = [name for name in properties if python_name(name) == attribute]
    return str(wire)


def body_example(spec: Spec, operation_id: str) -> Any:
    """The first documented example of the operation's JSON request body."""
    body = spec.resolve(spec.operation(operation_id).data["requestBody"])
    return media_example(spec, body["content"][JSON])


def media_example(spec: Spec, media: dict[str, Any]) -> Any:
    """A media type's `example`, or the value of its first named example."""
    if "example" in media:
        return media["example"]
    return spec.resolve(next(iter(media["examples"].values())))["value"]


def parameter_example(spec: Spec, operation_id: str, name: str) -> Any:
    """The documented example of one parameter."""
    for raw in spec.operation(operation_id).data.get("parameters") or []:
        param = spec.resolve(raw)
        if param["name"] == name:
            if "example" in param:
                return param["example"]
            return spec.resolve(next(iter(param["examples"].values())))["value"]
    raise KeyError(f"{operation_id} has no parameter {name}")


def largest_page(spec: Spec, operation_id: str) -> int:
    """The largest `top` the operation's request allows."""
    return int(request_field(spec, operation_id, "top")["maximum"])


def response_example(spec: Spec, operation_id: str, status: str = "200") -> Any:
    """The first documented example of the operation's JSON response for `status`."""
    response = spec.resolve(spec.operation(operation_id).data["responses"][status])
    return media_example(spec, response["content"][JSON])
