"""The view model of the docs job: the spec turned into what the page shows, in page order.

Templates only loop and print; every decision (what is required, which responses are shared,
which operations form the sign-in walkthrough, what the search finds) is taken here and in
`docs.operation` and `docs.overview`.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from generator.core.spec import Spec
from generator.docs import homes as docs_homes
from generator.docs import overview as docs_overview
from generator.docs import request as docs_request
from generator.docs import samples as docs_samples
from generator.docs import schema as docs_schema
from generator.docs import search as docs_search
from generator.docs.operation import RESPONSE_PREFIX, model_homes, operation_view, response
from generator.docs.svg import flow_svg
from generator.docs.text import anchor_part, markdown, markdown_inline, pretty_json, slug
from generator.docs.view import Example, ModelView, OperationView, Page, Response, Scheme, TagView


def build(spec: Spec) -> Page:
    """The page of `spec`: every section's view, in page order."""
    info = spec.data.get("info") or {}
    carried = docs_request.carried_fields(spec)
    sdk = docs_samples.sdk_samples_of(spec)
    homes = model_homes(spec)
    views = {
        op.operation_id: operation_view(spec, op, carried, sdk, homes) for op in spec.operations()
    }
    tags = _tags(spec, views)
    models = _models(spec)
    docs_homes.place(models, homes, list(views.values()))
    shared = _shared_responses(spec)
    contact = info.get("contact") or {}
    page = Page(
        title=str(info.get("title", "API reference")),
        version=str(info.get("version", "")),
        summary=str(info.get("summary", "")),
        description=markdown(info.get("description")),
        contact=[(k, str(contact[k])) for k in ("name", "url", "email") if k in contact],
        servers=_servers(spec),
        schemes=_schemes(spec),
        walkthroughs=docs_overview.walkthroughs(spec, views),
        statuses=docs_overview.statuses(list(views.values())),
        shared=shared,
        error_model=docs_overview.error_model(spec),
        error_tree=None,
        flow=flow_svg(spec),
        tags=tags,
        models=models,
    )
    if page.error_model:
        page.error_tree = docs_schema.build(
            spec, {"$ref": f"{docs_schema.MODEL_PREFIX}{page.error_model}"}, "error-envelope"
        )
    page.installs = _installs(tags)
    page.search = docs_search.index(_sections(page), page.statuses, shared, tags, models)
    return page


def _installs(tags: list[TagView]) -> list[tuple[str, Markup]]:
    """The install line of each SDK the samples import, once each, in tab order: shown above
    the first operation rather than beside every sample."""
    found: dict[str, tuple[str, Markup]] = {}
    for tag in tags:
        for op in tag.operations:
            for s in op.samples:
                if s.install:
                    found.setdefault(s.install, (s.label, s.install_html))
    return list(found.values())


def _sections(page: Page) -> list[tuple[str, str, list[str | Markup]]]:
    """The overview's sections for the search index: title, id, the texts they hold."""
    found: list[tuple[str, str, list[str | Markup]]] = [
        ("Overview", "overview", [page.title, page.summary, page.description]),
        ("Servers", "servers", [w for url, desc in page.servers for w in (url, desc)]),
        (
            "Authentication",
            "authentication",
            [w for s in page.schemes for w in (s.name, s.kind, s.description)]
            + [c.field for w in page.walkthroughs for step in w.steps for c in step.carries],
        ),
        ("Status codes", "status-codes", [r.description for r in page.shared]),
    ]
    if page.error_tree:
        texts: list[str | Markup] = [page.error_model]
        texts += [t for n in page.error_tree.walk() for t in (n.name, n.description)]
        found.append(("Error envelope", "errors", texts))
    if page.flow:
        found.append(("Call flow", "call-flow", ["links diagram"]))
    return found


def _tags(spec: Spec, views: dict[str, OperationView]) -> list[TagView]:
    """The operations grouped by their first tag ("Other" without one): the declared tags in
    their order, then the undeclared ones as they first appear."""
    by_tag: dict[str, list[OperationView]] = {}
    for op in spec.operations():
        tag = str((op.data.get("tags") or ["Other"])[0])
        by_tag.setdefault(tag, []).append(views[op.operation_id])
    declared = {str(t.get("name")): t for t in spec.data.get("tags") or [] if isinstance(t, dict)}
    order = [n for n in declared if n in by_tag] + [n for n in by_tag if n not in declared]
    return [
        TagView(
            n, f"tag-{slug(n)}", markdown((declared.get(n) or {}).get("description")), by_tag[n]
        )
        for n in order
    ]


def _models(spec: Spec) -> list[ModelView]:
    """Every component schema: its tree (properties that are models left closed), its examples."""
    components = spec.data.get("components") or {}
    return [
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


def _shared_responses(spec: Spec) -> list[Response]:
    """Every component response, as operations show theirs."""
    components = spec.data.get("components") or {}
    return [
        response(
            spec,
            "",
            {"$ref": f"{RESPONSE_PREFIX}{name}"},
            f"response-{anchor_part(str(name))}-body",
            {},
        )
        for name in components.get("responses") or {}
    ]


def _servers(spec: Spec) -> list[tuple[str, Markup]]:
    """(url, description) of each server."""
    return [
        (str(s.get("url", "")), markdown_inline(s.get("description")))
        for s in spec.data.get("servers") or []
        if isinstance(s, dict)
    ]


def _schemes(spec: Spec) -> list[Scheme]:
    """Every security scheme: its name, its type in a few words, its description."""
    components = spec.data.get("components") or {}
    return [
        Scheme(
            str(name),
            " ".join(str(s.get(k)) for k in ("type", "scheme", "bearerFormat") if s.get(k)),
            markdown(s.get("description")),
        )
        for name, s in (
            (n, spec.resolve(s)) for n, s in (components.get("securitySchemes") or {}).items()
        )
    ]


def _schema_examples(schema: dict[str, Any]) -> list[Any]:
    values = list(schema.get("examples") or []) if isinstance(schema.get("examples"), list) else []
    return ([schema["example"]] if "example" in schema else []) + values
