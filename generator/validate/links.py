"""House rule on OpenAPI links: each one names a real operation and real parameters.

The links chain the documented flow (list -> details, link, invite; list -> result) for stateful
fuzzing and the docs; a link to a renamed operation or parameter would silently stop the chain.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.core.spec import Spec
from generator.validate.base import (
    Node,
    Problem,
    as_dict,
    as_list,
    components,
    join,
    operations,
    problem,
    resolve,
    responses,
)

LOCATIONS = ("path", "query", "header", "cookie")


def links(spec: Spec) -> Iterator[Node]:
    for response in responses(spec):
        for name, link in as_dict(response.data.get("links")).items():
            if isinstance(link, dict) and "$ref" not in link:
                pointer = join(response.pointer, "links", name)
                yield Node(pointer, link, f"link {name} of {response.label}")
    for node in components(spec, "links"):
        yield Node(node.pointer, node.data, f"link {node.label}")


def link_targets(spec: Spec) -> Iterator[Problem]:
    by_id = {op.data.get("operationId"): op for op in operations(spec)}
    for link in links(spec):
        op_id = link.data.get("operationId")
        if not isinstance(op_id, str):
            continue  # operationRef, or a shape oas3-schema reports
        target = by_id.get(op_id)
        if target is None:
            message = f"{link.label} names operation '{op_id}', which does not exist"
            yield problem(spec, join(link.pointer, "operationId"), "link-target", message)
            continue
        known = set(_parameter_names(spec, target))
        for name in as_dict(link.data.get("parameters")):
            if name not in known:
                message = f"{link.label}: operation '{op_id}' has no parameter '{name}'"
                pointer = join(link.pointer, "parameters", name)
                yield problem(spec, pointer, "link-target", message)
        if "requestBody" in link.data and "requestBody" not in target.data:
            message = f"{link.label}: operation '{op_id}' takes no request body"
            yield problem(spec, join(link.pointer, "requestBody"), "link-target", message)


def _parameter_names(spec: Spec, op: Node) -> Iterator[str]:
    """A parameter's name, bare and qualified by location (`query.campaignId`)."""
    item = spec.get(op.pointer.rsplit("/", 1)[0])
    for param in [*as_list(item.get("parameters")), *as_list(op.data.get("parameters"))]:
        try:
            param = as_dict(resolve(spec, param))
        except LookupError:
            continue
        name, where = param.get("name"), param.get("in")
        if isinstance(name, str):
            yield name
            if where in LOCATIONS:
                yield f"{where}.{name}"


RULES = (link_targets,)
