"""The search index of the docs page, built at build time and kept small.

Each row is `[kind, title, detail, href, words]`: what a result shows (its kind, title and a
line of detail), where it leads, and the other words a reader may search it by (from its
descriptions, enum values, status codes and examples), lower-cased, each once, without the
words already in its title or detail and without a few very common English words. The page's
script matches the query's words against these, forgiving a typo, and ranks by where they
matched (title, then detail, then the other words).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

from markupsafe import Markup

from generator.docs.schema import Node
from generator.docs.text import anchor_part
from generator.docs.view import Body, ModelView, OperationView, Response, StatusCode, TagView

# Too common to tell one entry from another; a query of only these matches titles still.
_COMMON = (
    "a an and are as at be by can for from has have if in is it its of on or that the their "
    "then this to was were when which will with"
)
STOP = frozenset(_COMMON.split())
# The kinds of row, as the index writes them (the page's script names them again).
KINDS = {
    "section": "s",
    "status": "c",
    "response": "r",
    "tag": "t",
    "op": "o",
    "field": "f",
    "model": "m",
}
# An example can be long (a token, a text); a word longer than this helps nobody find it.
LONGEST = 40


def _tokens(text: str) -> list[str]:
    """The words of `text`, lower-cased; a snake_case word also gives its parts."""
    found: list[str] = []
    for word in re.findall(r"[0-9a-z_]+", text.lower()):
        found.append(word)
        if "_" in word:
            found += [part for part in word.split("_") if part]
    return found


def _plain(text: str | Markup) -> str:
    """The text of rendered Markdown (tags dropped, entities decoded) or of plain text."""
    if isinstance(text, Markup):
        return html.unescape(re.sub(r"<[^>]+>", " ", str(text)))
    return text


def words(shown: Iterable[str], texts: Iterable[str | Markup]) -> str:
    """The words of `texts` not already in `shown`, each once, in first-seen order."""
    seen = {w for t in shown for w in _tokens(t)}
    kept: list[str] = []
    for text in texts:
        for word in _tokens(_plain(text)):
            if word not in seen and word not in STOP and 1 < len(word) <= LONGEST:
                seen.add(word)
                kept.append(word)
    return " ".join(kept)


def row(kind: str, title: str, detail: str, href: str, texts: Iterable[str | Markup]) -> list[str]:
    return [kind, title, detail, href, words([title, detail], texts)]


def _type(shown: str) -> str:
    """A type as the index says it: "integer (int32)" (a "<" costs six bytes in the page's JSON)."""
    return shown.replace(" <", " (").replace(">", ")")


def _node_texts(node: Node) -> list[str | Markup]:
    return [node.description, node.note, *node.enum, *node.examples]


def _field_rows(tree: Node, owner: str, prefix: str = "") -> list[list[str]]:
    rows: list[list[str]] = []
    for child in tree.children:
        path = f"{prefix}{child.name}"
        detail = f"{owner}.{path} \u00b7 {_type(child.type)}"
        rows.append(row("field", child.name, detail, f"#{child.anchor}", _node_texts(child)))
        if not child.model:
            rows += _field_rows(child, owner, f"{path}.")
    return rows


def _body_texts(bodies: Iterable[Body]) -> list[str | Markup]:
    return [text for b in bodies for e in b.examples for text in (e.summary, e.description, e.json)]


def _response_row(op: OperationView, r: Response) -> list[str]:
    """A response of `op`; a shared one is found by its name, its text is in the shared row."""
    title = f"{r.status} {r.phrase}".strip()
    href = f"#{op.anchor}-res-{anchor_part(r.status)}"
    texts: list[str | Markup] = [r.shared] if r.shared else [r.description, *_body_texts(r.bodies)]
    return row("response", title, f"response of {op.id} \u00b7 {op.summary}", href, texts)


def shared_rows(shared: list[Response]) -> list[list[str]]:
    """The shared responses (their description and examples) of the status codes section."""
    return [
        row(
            "response",
            r.shared,
            "shared response",
            f"#response-{anchor_part(r.shared)}",
            [r.description, *_body_texts(r.bodies)],
        )
        for r in shared
    ]


def _operation_rows(op: OperationView) -> list[list[str]]:
    texts: list[str | Markup] = [op.description, op.request_description, *op.security]
    texts.append("deprecated" if op.deprecated else "")
    texts.append("bearer token authorization" if op.needs_token else "no token")
    if op.request:
        texts += _body_texts([op.request])
    rows = [row("op", op.summary, f"{op.method} {op.path} \u00b7 {op.id}", f"#{op.anchor}", texts)]
    for p in op.params:
        detail = f"{p.where} parameter of {op.id}"
        texts = [p.description, *_node_texts(p.node)]
        rows.append(row("field", p.name, detail, f"#{p.node.anchor}", texts))
    if op.request and not op.request.tree.model:
        rows += _field_rows(op.request.tree, f"request of {op.id}")
    rows += [_response_row(op, r) for r in op.responses]
    return rows


def encode(rows: list[list[str]]) -> dict[str, list[Any]]:
    """The rows with their words as base-36 numbers into one list of words (`w`): each word is
    written once for the whole page."""
    vocabulary: dict[str, int] = {}
    encoded = []
    for kind, title, detail, href, found in rows:
        numbers = [vocabulary.setdefault(w, len(vocabulary)) for w in found.split()]
        numbers_text = " ".join(_base36(n) for n in numbers)
        encoded.append([KINDS[kind], title, detail, href, numbers_text])
    return {"w": list(vocabulary), "r": encoded}


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        n, d = divmod(n, 36)
        text = digits[d] + text
        if not n:
            return text


def index(
    sections: list[tuple[str, str, list[str | Markup]]],
    statuses: list[StatusCode],
    shared: list[Response],
    tags: list[TagView],
    models: list[ModelView],
) -> list[list[str]]:
    """Every row, in page order: the overview's sections (title, id, texts), the status codes,
    then each tag with its operations, their parameters, fields and responses, then models."""
    rows = [
        row("section", title, "overview", f"#{anchor}", texts) for title, anchor, texts in sections
    ]
    for s in statuses:
        by = "every operation" if s.everywhere else ", ".join(s.operations)
        rows.append(
            row("status", f"{s.code} {s.phrase}".strip(), f"returned by {by}", "#status-codes", [])
        )
    rows += shared_rows(shared)
    for tag in tags:
        count = f"{len(tag.operations)} operation" + ("s" if len(tag.operations) != 1 else "")
        rows.append(row("tag", tag.name, count, f"#{tag.anchor}", [tag.description]))
        for op in tag.operations:
            rows += _operation_rows(op)
    for model in models:
        texts = [*_node_texts(model.tree), *(e.json for e in model.examples)]
        texts.append("deprecated" if model.deprecated else "")
        rows.append(row("model", model.name, _type(model.tree.type), f"#{model.anchor}", texts))
        rows += _field_rows(model.tree, model.name)
    return rows
