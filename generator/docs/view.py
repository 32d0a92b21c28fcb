"""The view types of the docs job: what the page shows, as plain data for the templates."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from markupsafe import Markup

from generator.docs.schema import Node


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


class Sample(NamedTuple):
    """One language's code sample (`generator.docs.samples`); s[0], s[1], s[2] are lang, label,
    code, as the tuples it replaces."""

    lang: str  # the tab's key: curl, python, js, fetch
    label: str  # the tab's text
    code: str  # plain text, what a reader copies and runs
    html: Markup  # `code` highlighted at build time: the inside of <pre><code>
    install: str  # the line that installs what the sample imports, shown above it ("" if none)
    install_html: Markup  # `install` highlighted
    variables: list[str]  # the SKILLDEO_ variables the sample reads, in order


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
    samples: list[Sample]
    # the distinct bodies of its shared (error) responses, shown once in brief
    shared_bodies: list[Node] = field(default_factory=list)


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
    # the one body that is exactly this model, where its fields (and their ids) are shown
    home: str = ""
    home_label: str = ""


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
    # (language label, highlighted install line) of each SDK the samples import, once
    installs: list[tuple[str, Markup]] = field(default_factory=list)
