"""One operation as the docs page shows it: parameters, bodies, responses, links, samples."""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

from markupsafe import Markup

from generator.core.spec import Operation, Spec
from generator.docs import request as docs_request
from generator.docs import samples as docs_samples
from generator.docs import schema as docs_schema
from generator.docs.schema import Node
from generator.docs.text import anchor_part, markdown, markdown_inline, pretty_json
from generator.docs.view import Body, Example, Header, Link, OperationView, Param, Response

RESPONSE_PREFIX = "#/components/responses/"


def _phrase(status: str) -> str:
    try:
        return HTTPStatus(int(status)).phrase
    except ValueError:
        return "Any other status" if status == "default" else ""


def examples(spec: Spec, holder: dict[str, Any]) -> list[Example]:
    found: list[Example] = []
    if "example" in holder:
        found.append(Example("example", "", Markup(""), pretty_json(holder["example"])))
    for name, example in (holder.get("examples") or {}).items():
        example = spec.resolve(example)
        if isinstance(example, dict) and "value" in example:
            found.append(
                Example(
                    str(name),
                    str(example.get("summary", "")),
                    markdown_inline(example.get("description")),
                    pretty_json(example["value"]),
                )
            )
    return found


def _bodies(spec: Spec, content: dict[str, Any], anchor: str, homes: dict[str, str]) -> list[Body]:
    bodies: list[Body] = []
    for i, (media_type, media) in enumerate((content or {}).items()):
        media = spec.resolve(media) if isinstance(media, dict) else {}
        tree = docs_schema.build(spec, media.get("schema") or {}, f"{anchor}-{i}")
        if tree.model and homes.get(tree.model) == tree.anchor:
            # The model's one body: its fields carry the model's ids (m-Model.field) here, and
            # the models section points here instead of repeating them (`docs.homes`, which
            # also clears the ids of other bodies that are a model).
            tree = docs_schema.build(spec, media["schema"], f"m-{anchor_part(tree.model)}")
            tree.anchor = f"{anchor}-{i}"
        bodies.append(Body(str(media_type), tree, examples(spec, media)))
    return bodies


def model_homes(spec: Spec) -> dict[str, str]:
    """Model name -> the id of the one operation body whose schema is exactly that model (no
    siblings beside its $ref); models that are such a body more than once, or never, have none.
    Shared responses do not count: operations show them in brief."""
    seen: dict[str, list[str]] = {}
    for op in spec.operations():
        anchor = f"op-{anchor_part(op.operation_id)}"
        body = spec.resolve(op.data.get("requestBody") or {})
        places = [(f"{anchor}-req", body.get("content") or {})]
        for status, raw in (op.data.get("responses") or {}).items():
            if not (isinstance(raw, dict) and str(raw.get("$ref", "")).startswith(RESPONSE_PREFIX)):
                res = f"{anchor}-res-{anchor_part(str(status))}"
                places.append((res, spec.resolve(raw).get("content") or {}))
        for prefix, content in places:
            for i, media in enumerate(content.values()):
                schema = spec.resolve(media).get("schema") if isinstance(media, dict) else None
                if isinstance(schema, dict) and list(schema) == ["$ref"]:
                    name = docs_schema.model_name(str(schema["$ref"]))
                    if name:
                        seen.setdefault(name, []).append(f"{prefix}-{i}")
    return {name: where[0] for name, where in seen.items() if len(where) == 1}


def links(spec: Spec, links: dict[str, Any], ops: dict[str, Operation]) -> list[Link]:
    found: list[Link] = []
    for name, link in (links or {}).items():
        link = spec.resolve(link)
        target = str(link.get("operationId", ""))
        values: dict[str, Any] = dict(link.get("parameters") or {})
        if isinstance(link.get("requestBody"), dict):
            values.update(link["requestBody"])
        op = ops.get(target)
        found.append(
            Link(
                str(name),
                anchor_part(target),
                str(op.data.get("summary") or target) if op else target,
                markdown_inline(link.get("description")),
                [
                    (str(k), docs_schema.compact(v) if not isinstance(v, str) else v)
                    for k, v in values.items()
                ],
            )
        )
    return found


def response(
    spec: Spec,
    status: str,
    raw: Any,
    anchor: str,
    ops: dict[str, Operation],
    homes: dict[str, str] | None = None,
) -> Response:
    ref = raw.get("$ref", "") if isinstance(raw, dict) else ""
    resolved = spec.resolve(raw)
    headers = [
        Header(
            str(name),
            docs_schema.build(spec, spec.resolve(h).get("schema") or {}, "h").type,
            markdown_inline(spec.resolve(h).get("description")),
        )
        for name, h in (resolved.get("headers") or {}).items()
    ]
    return Response(
        status=str(status),
        phrase=_phrase(str(status)),
        description=markdown(resolved.get("description")),
        shared=ref[len(RESPONSE_PREFIX) :] if ref.startswith(RESPONSE_PREFIX) else "",
        headers=headers,
        bodies=_bodies(spec, resolved.get("content") or {}, anchor, homes or {}),
        links=links(spec, resolved.get("links") or {}, ops),
    )


def _param(spec: Spec, raw: Any, anchor: str) -> Param:
    param = spec.resolve(raw)
    name = str(param.get("name", ""))
    node = docs_schema.build(
        spec, param.get("schema") or {}, f"{anchor}-p-{anchor_part(name)}", name
    )
    own = [docs_schema.compact(json.loads(e.json)) for e in examples(spec, param)]
    if own:  # the parameter's own examples say more than its schema's generic ones
        node.examples = own
    return Param(
        name=name,
        where=str(param.get("in", "")),
        required=param.get("required") is True,
        deprecated=param.get("deprecated") is True,
        node=node,
        description=markdown_inline(param.get("description")) or node.description,
    )


def _shared_bodies(responses: list[Response]) -> list[Node]:
    """The distinct bodies of the shared responses, each once."""
    shared: dict[str, Node] = {}
    for r in responses:
        for b in r.bodies if r.shared else []:
            shared.setdefault(b.tree.model or f"{r.shared} {b.media_type}", b.tree)
    return list(shared.values())


def operation_view(
    spec: Spec,
    op: Operation,
    carried: dict[str, set[str]],
    sdk: docs_samples.SdkSamples,
    homes: dict[str, str],
) -> OperationView:
    ops = {o.operation_id: o for o in spec.operations()}
    anchor = f"op-{anchor_part(op.operation_id)}"
    path_item = spec.get(op.pointer.rsplit("/", 1)[0])
    raw_params = list(path_item.get("parameters") or [])
    own = [spec.resolve(p) for p in op.data.get("parameters") or []]
    # An operation's parameter overrides the path's one with the same name and place.
    raw_params = [
        p
        for p in raw_params
        if not any(
            (o.get("name"), o.get("in")) == (spec.resolve(p).get("name"), spec.resolve(p).get("in"))
            for o in own
        )
    ]
    raw_params += list(op.data.get("parameters") or [])
    body = spec.resolve(op.data.get("requestBody") or {})
    bodies = _bodies(spec, body.get("content") or {}, f"{anchor}-req", homes)
    security = op.data.get("security", spec.data.get("security", [])) or []
    responses = [
        response(spec, str(status), raw, f"{anchor}-res-{anchor_part(str(status))}", ops, homes)
        for status, raw in (op.data.get("responses") or {}).items()
    ]
    return OperationView(
        id=op.operation_id,
        anchor=anchor,
        method=op.method.upper(),
        path=op.path,
        summary=str(op.data.get("summary") or op.operation_id),
        description=markdown(op.data.get("description")),
        deprecated=op.data.get("deprecated") is True,
        needs_token=docs_request.needs_token(spec, op),
        security=sorted({str(name) for req in security for name in (req or {})}),
        params=[_param(spec, p, anchor) for p in raw_params],
        request=bodies[0] if bodies else None,
        request_required=body.get("required") is True,
        request_description=markdown(body.get("description")),
        responses=responses,
        samples=docs_samples.samples(spec, op, carried, sdk),
        shared_bodies=_shared_bodies(responses),
    )
