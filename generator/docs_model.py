"""The view model of the docs room: the spec turned into what the page shows, in page order.

Templates only loop and print; every decision (what is required, which responses are shared,
which operations form the sign-in walkthrough, what the search finds) is taken here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from markupsafe import Markup

from generator import docs_samples, docs_schema
from generator.docs_schema import Node
from generator.docs_svg import edges, flow_svg
from generator.docs_text import anchor_part, markdown, markdown_inline, pretty_json, slug
from generator.spec import Operation, Spec

RESPONSE_PREFIX = "#/components/responses/"


@dataclass
class Example:
    name: str
    summary: str
    description: Markup
    json: str


@dataclass
class Body:
    media_type: str
    tree: Node
    examples: list[Example]


@dataclass
class Param:
    name: str
    where: str
    required: bool
    deprecated: bool
    node: Node
    description: Markup


@dataclass
class Header:
    name: str
    type: str
    description: Markup


@dataclass
class Link:
    name: str
    target: str
    target_summary: str
    description: Markup
    carries: list[tuple[str, str]]


@dataclass
class Response:
    status: str
    phrase: str
    description: Markup
    shared: str  # component name when the response is a shared one, else ""
    headers: list[Header]
    bodies: list[Body]
    links: list[Link]


@dataclass
class OperationView:
    id: str
    anchor: str
    method: str
    path: str
    summary: str
    description: Markup
    deprecated: bool
    needs_token: bool
    security: list[str]
    params: list[Param]
    request: Body | None
    request_required: bool
    request_description: Markup
    responses: list[Response]
    samples: list[tuple[str, str, str]]


@dataclass
class TagView:
    name: str
    anchor: str
    description: Markup
    operations: list[OperationView]


@dataclass
class ModelView:
    name: str
    anchor: str
    deprecated: bool
    tree: Node
    examples: list[Example]


@dataclass
class Scheme:
    name: str
    kind: str
    description: Markup


@dataclass
class Carry:
    """One value a walkthrough step takes from the step before, in words."""

    field: str
    source: str
    env: str


@dataclass
class Step:
    op: OperationView
    carries: list[Carry]


@dataclass
class Walkthrough:
    steps: list[Step]
    then: OperationView | None


@dataclass
class StatusCode:
    code: str
    phrase: str
    operations: list[str]
    everywhere: bool = False


@dataclass
class Page:
    title: str
    version: str
    summary: str
    description: Markup
    contact: list[tuple[str, str]]
    servers: list[tuple[str, Markup]]
    schemes: list[Scheme]
    walkthroughs: list[Walkthrough]
    statuses: list[StatusCode]
    shared: list[Response]
    error_model: str
    error_tree: Node | None
    flow: Markup
    tags: list[TagView]
    models: list[ModelView]
    search: list[list[str]] = field(default_factory=list)


def _phrase(status: str) -> str:
    try:
        return HTTPStatus(int(status)).phrase
    except ValueError:
        return "Any other status" if status == "default" else ""


def _examples(spec: Spec, holder: dict[str, Any]) -> list[Example]:
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


def _bodies(spec: Spec, content: dict[str, Any], anchor: str) -> list[Body]:
    bodies: list[Body] = []
    for i, (media_type, media) in enumerate((content or {}).items()):
        media = spec.resolve(media) if isinstance(media, dict) else {}
        tree = docs_schema.build(spec, media.get("schema") or {}, f"{anchor}-{i}")
        if tree.model:
            # A named model's fields have their ids (and search entries) in the models section.
            for node in tree.walk():
                node.anchor = ""
        bodies.append(Body(str(media_type), tree, _examples(spec, media)))
    return bodies


def _links(spec: Spec, links: dict[str, Any], ops: dict[str, Operation]) -> list[Link]:
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


def _response(
    spec: Spec, status: str, raw: Any, anchor: str, ops: dict[str, Operation]
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
        bodies=_bodies(spec, resolved.get("content") or {}, anchor),
        links=_links(spec, resolved.get("links") or {}, ops),
    )


def _param(spec: Spec, raw: Any, anchor: str) -> Param:
    param = spec.resolve(raw)
    name = str(param.get("name", ""))
    node = docs_schema.build(
        spec, param.get("schema") or {}, f"{anchor}-p-{anchor_part(name)}", name
    )
    own = [docs_schema.compact(json.loads(e.json)) for e in _examples(spec, param)]
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


def operation_view(
    spec: Spec, op: Operation, carried: dict[str, set[str]], python: dict[str, str]
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
    bodies = _bodies(spec, body.get("content") or {}, f"{anchor}-req")
    security = op.data.get("security", spec.data.get("security", [])) or []
    return OperationView(
        id=op.operation_id,
        anchor=anchor,
        method=op.method.upper(),
        path=op.path,
        summary=str(op.data.get("summary") or op.operation_id),
        description=markdown(op.data.get("description")),
        deprecated=op.data.get("deprecated") is True,
        needs_token=docs_samples.needs_token(spec, op),
        security=sorted({str(name) for req in security for name in (req or {})}),
        params=[_param(spec, p, anchor) for p in raw_params],
        request=bodies[0] if bodies else None,
        request_required=body.get("required") is True,
        request_description=markdown(body.get("description")),
        responses=[
            _response(spec, str(status), raw, f"{anchor}-res-{anchor_part(str(status))}", ops)
            for status, raw in (op.data.get("responses") or {}).items()
        ],
        samples=docs_samples.samples(spec, op, carried, python.get(op.operation_id)),
    )


def _walkthroughs(spec: Spec, views: dict[str, OperationView]) -> list[Walkthrough]:
    """Chains of token-free operations joined by links, and the first call they unlock."""
    links = edges(spec)
    open_ops = {oid for oid, v in views.items() if not v.needs_token}
    linked_into = {e.target for e in links if e.source in open_ops and e.target in open_ops}
    found: list[Walkthrough] = []
    for oid, view in views.items():
        if oid not in open_ops or oid in linked_into:
            continue
        steps, current, then = [Step(view, [])], oid, None
        while True:
            nxt = [e for e in links if e.source == current]
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
                Carry(k, _in_words(v), docs_samples.env_name(k))
                for k, v in _links(spec, {link_name: link}, {})[0].carries
            ]
    return []


def _statuses(views: list[OperationView]) -> list[StatusCode]:
    codes: dict[str, StatusCode] = {}
    for view in views:
        for r in view.responses:
            codes.setdefault(r.status, StatusCode(r.status, r.phrase, [])).operations.append(
                view.id
            )
    for code in codes.values():
        code.everywhere = len(code.operations) == len(views)
    return [codes[c] for c in sorted(codes)]


def _error_model(spec: Spec) -> str:
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


def _search(tags: list[TagView], models: list[ModelView]) -> list[list[str]]:
    """[kind, title, detail, href] rows, in page order."""
    rows: list[list[str]] = []
    for tag in tags:
        rows.append(["tag", tag.name, "section", f"#{tag.anchor}"])
        for op in tag.operations:
            rows.append(
                ["op", op.summary, f"{op.method} {op.path} \u00b7 {op.id}", f"#{op.anchor}"]
            )
            for p in op.params:
                rows.append(
                    ["field", p.name, f"{p.where} parameter of {op.id}", f"#{p.node.anchor}"]
                )
            if op.request and not op.request.tree.model:
                rows += _field_rows(op.request.tree, f"request of {op.id}")
    for model in models:
        rows.append(["model", model.name, model.tree.type, f"#{model.anchor}"])
        rows += _field_rows(model.tree, model.name)
    return rows


def _field_rows(tree: Node, owner: str, prefix: str = "") -> list[list[str]]:
    rows: list[list[str]] = []
    for child in tree.children:
        path = f"{prefix}{child.name}"
        rows.append(
            ["field", child.name, f"{owner}.{path} \u00b7 {child.type}", f"#{child.anchor}"]
        )
        if not child.model:
            rows += _field_rows(child, owner, f"{path}.")
    return rows


def build(spec: Spec) -> Page:
    data = spec.data
    info = data.get("info") or {}
    carried = docs_samples.carried_fields(spec)
    python = docs_samples.python_samples(spec)
    views = {op.operation_id: operation_view(spec, op, carried, python) for op in spec.operations()}
    by_tag: dict[str, list[OperationView]] = {}
    for op in spec.operations():
        tag = str((op.data.get("tags") or ["Other"])[0])
        by_tag.setdefault(tag, []).append(views[op.operation_id])
    declared = {str(t.get("name")): t for t in data.get("tags") or [] if isinstance(t, dict)}
    order = [n for n in declared if n in by_tag] + [n for n in by_tag if n not in declared]
    tags = [
        TagView(
            n, f"tag-{slug(n)}", markdown((declared.get(n) or {}).get("description")), by_tag[n]
        )
        for n in order
    ]
    components = data.get("components") or {}
    models = [
        ModelView(
            str(name),
            f"model-{anchor_part(str(name))}",
            spec.resolve(schema).get("deprecated") is True,
            docs_schema.build(
                spec,
                {"$ref": f"{docs_schema.MODEL_PREFIX}{name}"},
                f"m-{anchor_part(str(name))}",
                expand=False,
            ),
            [
                Example(f"example {i}", "", Markup(""), pretty_json(v))
                for i, v in enumerate(_schema_examples(spec.resolve(schema)), 1)
            ],
        )
        for name, schema in (components.get("schemas") or {}).items()
    ]
    shared = [
        _response(
            spec,
            "",
            {"$ref": f"{RESPONSE_PREFIX}{name}"},
            f"response-{anchor_part(str(name))}-body",
            {},
        )
        for name in components.get("responses") or {}
    ]
    contact = info.get("contact") or {}
    page = Page(
        title=str(info.get("title", "API reference")),
        version=str(info.get("version", "")),
        summary=str(info.get("summary", "")),
        description=markdown(info.get("description")),
        contact=[(k, str(contact[k])) for k in ("name", "url", "email") if k in contact],
        servers=[
            (str(s.get("url", "")), markdown_inline(s.get("description")))
            for s in data.get("servers") or []
            if isinstance(s, dict)
        ],
        schemes=[
            Scheme(
                str(name),
                " ".join(str(s.get(k)) for k in ("type", "scheme", "bearerFormat") if s.get(k)),
                markdown(s.get("description")),
            )
            for name, s in (
                (n, spec.resolve(s)) for n, s in (components.get("securitySchemes") or {}).items()
            )
        ],
        walkthroughs=_walkthroughs(spec, views),
        statuses=_statuses(list(views.values())),
        shared=shared,
        error_model=_error_model(spec),
        error_tree=None,
        flow=flow_svg(spec),
        tags=tags,
        models=models,
    )
    page.search = _search(tags, models)
    if page.error_model:
        page.error_tree = docs_schema.build(
            spec, {"$ref": f"{docs_schema.MODEL_PREFIX}{page.error_model}"}, "error-envelope"
        )
    return page


def _schema_examples(schema: dict[str, Any]) -> list[Any]:
    values = list(schema.get("examples") or []) if isinstance(schema.get("examples"), list) else []
    return ([schema["example"]] if "example" in schema else []) + values
