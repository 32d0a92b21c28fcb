"""Where the page shows each model's fields in full, once.

Operations show their bodies with every nested model opened. A model shown in full in exactly
one place of all operations' bodies (the whole body, or one field of it) has its home there: its
fields carry the model's own ids (`m-Model.field`, which the search and permalinks use) in that
place, and the models section says where that is instead of repeating the fields. Every other
model keeps its fields in the models section, and the copies inside operations carry no ids.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.docs.schema import Node
from generator.docs.text import anchor_part
from generator.docs.view import ModelView, OperationView

MODEL_ID = "m-"


def _walk(node: Node, path: str) -> Iterator[tuple[Node, str]]:
    yield node, path
    for child in node.children:
        yield from _walk(child, f"{path}.{child.name}" if path else child.name)


def _full_bodies(views: list[OperationView]) -> list[tuple[str, Node]]:
    """(in words, tree) of every body an operation shows in full: its request and the bodies
    of its own (not shared) responses."""
    found: list[tuple[str, Node]] = []
    for v in views:
        if v.request:
            found.append((f"request body of {v.summary}", v.request.tree))
        for r in v.responses:
            if not r.shared:
                found += [(f"{r.status} response of {v.summary}", b.tree) for b in r.bodies]
    return found


def _reanchor(node: Node, prefix: str) -> None:
    """Give the fields under `node` ids under `prefix`, keeping the rest of each id."""
    first = node.children[0].anchor if node.children else ""
    base = f"{node.anchor}.[]" if first.startswith(f"{node.anchor}.[].") else node.anchor
    for d in node.walk():
        if d.anchor.startswith(base):
            d.anchor = prefix + d.anchor[len(base) :]


def place(models: list[ModelView], root_homes: dict[str, str], views: list[OperationView]) -> None:
    """Settle the ids in operations' bodies and tell each model with a home where it is.

    `root_homes` names, for a model that is exactly one body, that body's id: its tree was
    built with the model's ids already (`docs.operation`).
    """
    bodies = _full_bodies(views)
    counts: dict[str, int] = {}
    for _, tree in bodies:
        for node, _ in _walk(tree, ""):
            if node.model and node.children:
                counts[node.model] = counts.get(node.model, 0) + 1
    nested = {m for m, n in counts.items() if n == 1 and m not in root_homes}
    found: dict[str, tuple[str, str]] = {}
    for label, tree in bodies:
        at_home = bool(tree.model) and root_homes.get(tree.model) == tree.anchor
        if at_home:
            found[tree.model] = (tree.anchor, label)
        loose = bool(tree.model) and not at_home  # its ids would repeat the models section's
        for node, path in list(_walk(tree, "")):
            if node is tree or node.model not in nested:
                continue
            prefix = f"{MODEL_ID}{anchor_part(node.model)}"
            _reanchor(node, prefix)
            if loose or not node.anchor:
                node.anchor = prefix
            found[node.model] = (node.anchor, f"{path} field of the {label}")
        if loose:
            for node in tree.walk():
                if not node.anchor.startswith(MODEL_ID):
                    node.anchor = ""
    for model in models:
        if model.name in found:
            model.home, model.home_label = found[model.name]
