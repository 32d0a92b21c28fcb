"""The call-flow diagram for the docs job: an inline SVG laid out at build time from the links.

Operations are nodes and the spec's response `links` are edges. Layout is a small layered
drawing: each operation sits one row below the furthest operation that links to it, long edges
pass through placeholder slots in the rows they cross, and rows are ordered by the mean position
of their parents so that edges cross little. Everything is computed here; the page runs no
layout code.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from markupsafe import Markup

from generator.core.spec import Operation, Spec
from generator.docs.request import needs_token
from generator.docs.text import anchor_part

NODE_W, NODE_H = 240, 46
COL, ROW, PAD, SLOT = 256, 84, 14, 36
CHAR_SANS, CHAR_MONO = 7.6, 6.8


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    name: str
    description: str


def edges(spec: Spec) -> list[Edge]:
    known = {op.operation_id for op in spec.operations()}
    found: list[Edge] = []
    for op in spec.operations():
        for response in (op.data.get("responses") or {}).values():
            for name, link in (spec.resolve(response).get("links") or {}).items():
                link = spec.resolve(link)
                target = link.get("operationId")
                if isinstance(target, str) and target in known and target != op.operation_id:
                    edge = Edge(
                        op.operation_id, target, str(name), str(link.get("description", ""))
                    )
                    if all((e.source, e.target) != (edge.source, edge.target) for e in found):
                        found.append(edge)
    return found


def _layers(nodes: list[str], links: list[Edge]) -> dict[str, int]:
    layer = dict.fromkeys(nodes, 0)
    # Longest path by relaxation; the bound stops a cycle in the links from looping forever.
    for _ in range(len(nodes)):
        changed = False
        for e in links:
            if layer[e.target] < layer[e.source] + 1 <= len(nodes):
                layer[e.target] = layer[e.source] + 1
                changed = True
        if not changed:
            break
    return layer


def _fit(text: str, width: float, char: float) -> str:
    fits = int(width / char)
    return text if len(text) <= fits else text[: max(fits - 1, 1)] + "\u2026"


def flow_svg(spec: Spec) -> Markup:
    """The diagram, or nothing when the spec has no links."""
    links = edges(spec)
    if not links:
        return Markup("")
    ops = {op.operation_id: op for op in spec.operations()}
    nodes = [oid for oid in ops if any(oid in (e.source, e.target) for e in links)]
    rows, paths = _rows(nodes, links, _layers(nodes, links))
    _order(rows, paths)
    width, height, pos = _place(rows)
    parts = [_svg_open(width, height)]
    parts += [_edge_path(e, [pos[n] for n in chain]) for e, chain in paths.items()]
    parts += [_node_box(spec, ops[oid], *pos[oid]) for oid in nodes]
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def _rows(
    nodes: list[str], links: list[Edge], layer: dict[str, int]
) -> tuple[list[list[str]], dict[Edge, list[str]]]:
    """The rows, each its operations then its placeholder slots; and every edge's chain of slots.

    A long edge gets one placeholder slot per row it crosses, named "~source~target~row"; its
    chain runs from its source through those slots to its target.
    """
    rows: list[list[str]] = [[] for _ in range(max(layer.values()) + 1)]
    for oid in nodes:
        rows[layer[oid]].append(oid)
    paths: dict[Edge, list[str]] = {}
    for e in links:
        lo, hi = layer[e.source], layer[e.target]
        slots = [f"~{e.source}~{e.target}~{r}" for r in range(lo + 1, hi)] if hi > lo else []
        for r, slot in zip(range(lo + 1, hi), slots, strict=True):
            rows[r].append(slot)
        paths[e] = [e.source, *slots, e.target]
    return rows, paths


def _order(rows: list[list[str]], paths: dict[Edge, list[str]]) -> None:
    """Reorder the rows in place so that edges cross little.

    Barycentre sweeps, down then up: each slot moves towards the mean place of its neighbours
    in the row above (going down) or below (going up).
    """
    parents: dict[str, list[str]] = {}
    children: dict[str, list[str]] = {}
    for chain in paths.values():
        for a, b in itertools.pairwise(chain):
            parents.setdefault(b, []).append(a)
            children.setdefault(a, []).append(b)
    for sweep in range(4):
        down = sweep % 2 == 0
        order = range(1, len(rows)) if down else range(len(rows) - 2, -1, -1)
        for r in order:
            ref = rows[r - 1] if down else rows[r + 1]
            _sort_by_neighbours(rows[r], ref, parents if down else children)


def _sort_by_neighbours(row: list[str], ref: list[str], links_of: dict[str, list[str]]) -> None:
    """Sort `row` in place by the mean index in `ref` of each slot's neighbours there; a slot
    with none there keeps its current index as its key."""
    here = {n: i for i, n in enumerate(ref)}
    now = list(row)

    def key(n: str) -> float:
        ps = [here[p] for p in links_of.get(n, []) if p in here]
        return sum(ps) / len(ps) if ps else float(now.index(n))

    row.sort(key=key)


def _span(n: str) -> float:
    """The width a slot takes in its row: a placeholder is narrow, an operation a full column."""
    return SLOT if n.startswith("~") else COL


def _place(rows: list[list[str]]) -> tuple[float, float, dict[str, tuple[float, float]]]:
    """The drawing's width and height, and the centre of every slot; each row is centred."""
    width = max(sum(_span(n) for n in row) for row in rows) + 2 * PAD
    height = len(rows) * ROW - (ROW - NODE_H) + 2 * PAD
    pos: dict[str, tuple[float, float]] = {}
    for r, row in enumerate(rows):
        x = (width - sum(_span(n) for n in row)) / 2
        for n in row:
            pos[n] = (x + _span(n) / 2, PAD + r * ROW + NODE_H / 2)
            x += _span(n)
    return width, height, pos


def _svg_open(width: float, height: float) -> Markup:
    """The opening <svg> tag with its title and the arrow-head marker."""
    return Markup(
        '<svg class="flow" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" '
        'width="{w}" height="{h}" role="group" aria-labelledby="flow-title">'
        '<title id="flow-title">Call flow: each arrow is a link from one operation to the '
        "next</title>"
        '<defs><marker id="flow-arrow" viewBox="0 0 10 10" refX="9" refY="5" '
        'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        '<path d="M0 0L10 5L0 10z" class="flow-head"/></marker></defs>'
    ).format(w=int(width), h=int(height))


def _edge_path(e: Edge, points: list[tuple[float, float]]) -> Markup:
    """The arrow of one edge, a curve through the centres of its chain's slots."""
    (x0, y0) = points[0]
    d = f"M{x0:.1f} {y0 + NODE_H / 2:.1f}"
    last = len(points) - 1
    for i, ((xa, ya), (xb, yb)) in enumerate(itertools.pairwise(points)):
        start, end = ya + NODE_H / 2, yb - NODE_H / 2 - (2 if i + 1 == last else 0)
        mid = (start + end) / 2
        d += f" C{xa:.1f} {mid:.1f} {xb:.1f} {mid:.1f} {xb:.1f} {end:.1f}"
        if i + 1 != last:  # through a placeholder slot: straight down its height
            d += f" L{xb:.1f} {yb + NODE_H / 2:.1f}"
    return Markup(
        '<path class="flow-edge" d="{d}" marker-end="url(#flow-arrow)"><title>{t}</title></path>'
    ).format(d=d, t=f"{e.source} \u2192 {e.target}: {e.description}")


def _node_box(spec: Spec, op: Operation, x: float, y: float) -> Markup:
    """The box of one operation centred at (x, y), linking to its section of the page."""
    summary = str(op.data.get("summary") or op.operation_id)
    route = f"{op.method.upper()} {op.path}"
    kind = "flow-node flow-auth" if needs_token(spec, op) else "flow-node flow-open"
    return Markup(
        '<a href="#op-{id}" class="{kind}"><title>{id}: {summary}</title>'
        '<rect x="{x:.1f}" y="{y:.1f}" width="{w}" height="{h}" rx="7"/>'
        '<text x="{cx:.1f}" y="{ty:.1f}" class="flow-summary">{label}</text>'
        '<text x="{cx:.1f}" y="{ry:.1f}" class="flow-route">{route}</text></a>'
    ).format(
        id=anchor_part(op.operation_id),
        kind=kind,
        summary=summary,
        x=x - NODE_W / 2,
        y=y - NODE_H / 2,
        w=NODE_W,
        h=NODE_H,
        cx=x,
        ty=y - 4,
        ry=y + 13,
        label=_fit(summary, NODE_W - 12, CHAR_SANS),
        route=_fit(route, NODE_W - 12, CHAR_MONO),
    )
