"""What each change means for each audience, in their own words, and what to do about it.

Wire clients (anything speaking HTTP, released SDKs included) hear which request or response
changes; SDK users hear which method, argument, attribute or class changes, by its Python name;
a breaking change also gets a migration line. The texts are derived from the change's kind, where
it is (an operation, a parameter, a component schema and its property) and whether the schema
travels in requests or responses.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from generator.core.naming import python_name, schema_class_name
from generator.core.spec import Spec, unescape_pointer_token
from generator.diff.model import Change

SCHEMAS = "/components/schemas/"


@dataclass(frozen=True)
class Subject:
    """A change's subject, named for wire clients and for SDK users."""

    change: Change
    methods: tuple[str, ...]  # `client.x()` of every operation it touches
    direction: str  # request, response, both or "" (not a payload)
    wire: str  # the field or parameter's wire name, "" when none
    attribute: str  # `Class.attr`, `Class`, or "" when none

    @property
    def calls(self) -> str:
        return ", ".join(f"`{m}`" for m in self.methods) or "the affected methods"

    @property
    def python(self) -> str:
        return python_name(self.wire) if self.wire else ""


def refs(node: Any) -> set[str]:
    """Every `$ref` string anywhere inside `node`."""
    if isinstance(node, dict):
        found = {node["$ref"]} if isinstance(node.get("$ref"), str) else set()
        return found.union(*(refs(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(refs(v) for v in node))
    return set()


def _reached(spec: Spec, roots: Any) -> set[str]:
    """The component schemas reachable from `roots`, by name."""
    seen: set[str] = set()
    todo = refs(roots)
    while todo:
        ref = todo.pop()
        if ref in seen or not ref.startswith("#/"):
            continue
        seen.add(ref)
        try:
            todo |= refs(spec.get(ref[1:]))
        except (KeyError, IndexError, ValueError):
            continue
    return {r.removeprefix("#" + SCHEMAS) for r in seen if r.startswith("#" + SCHEMAS)}


def directions(spec: Spec) -> tuple[set[str], set[str]]:
    """The component schemas sent in requests, and those answered in responses."""
    requests: list[Any] = []
    responses: list[Any] = []
    for op in spec.operations():
        requests += [op.data.get("parameters"), op.data.get("requestBody")]
        responses.append(op.data.get("responses"))
    return _reached(spec, requests), _reached(spec, responses)


def _direction(pointer: str, sent: set[str], answered: set[str]) -> str:
    if pointer.startswith("/paths/"):
        if "/responses" in pointer:
            return "response"
        return "request" if "/requestBody" in pointer or "/parameters" in pointer else ""
    if not pointer.startswith(SCHEMAS):
        return ""
    name = unescape_pointer_token(pointer.removeprefix(SCHEMAS).split("/")[0])
    where = [d for d, names in (("request", sent), ("response", answered)) if name in names]
    return "both" if len(where) == 2 else (where[0] if where else "")


def _names(change: Change) -> tuple[str, str]:
    """The wire name of the field or parameter, and the SDK's `Class.attr` (or `Class`)."""
    if change.parameter:
        return change.parameter.split(" ")[-1], ""
    if not change.pointer.startswith(SCHEMAS):
        return "", ""
    parts = [unescape_pointer_token(p) for p in change.pointer.removeprefix(SCHEMAS).split("/")]
    cls = schema_class_name(parts[0])
    if "properties" in parts[:-1]:
        wire = parts[parts.index("properties") + 1]
        return wire, f"{cls}.{python_name(wire)}"
    return "", cls


def subject(change: Change, sent: set[str], answered: set[str]) -> Subject:
    ops = [change.operation.split(" ")[0]] if change.operation else list(change.used_by)
    methods = tuple(f"client.{python_name(op)}()" for op in ops if op)
    wire, attribute = _names(change)
    return Subject(change, methods, _direction(change.pointer, sent, answered), wire, attribute)


Texts = tuple[str, str, str]  # wire clients, SDK users, migration


def _field(s: Subject) -> str:
    """The field as an SDK user writes it: an argument when sent, an attribute when answered."""
    if s.direction == "request" and s.python:
        return f"argument `{s.python}=` of {s.calls}"
    if "." in s.attribute:
        return f"attribute `{s.attribute}`"
    if s.attribute:
        return f"class `{s.attribute}`"
    return f"the results of {s.calls}"


def _wire_words(message: str) -> str:
    """A message without its note on SDK names, for wire clients."""
    return re.sub(r"\s*\((?:SDK|the SDK)[^)]*\)", "", message)


def _statuses(s: Subject, what: str) -> Texts:
    status = s.change.pointer.rsplit("/", 1)[-1]
    if s.change.kind == "success-status-removed":
        return (
            f"{what} no longer answers {status}",
            f"{s.calls} no longer returns what status {status} answered",
            f"handle the success statuses {what} still answers where you used its {status} result",
        )
    if status.startswith("2"):
        return (
            f"{what} may now answer {status}: clients that accept only the other statuses break",
            f"{s.calls} may return the {status} answer's model too",
            "",
        )
    return (
        f"{what} may now answer {status}; clients that handle every error status keep working",
        f"{s.calls} raises it as a typed error (a subclass of `errors.APIStatusError`)",
        "",
    )


def _operation_texts(s: Subject) -> Texts | None:
    c, what = s.change, s.change.operation.split(" (")[-1].rstrip(")")
    if c.kind == "operation-added":
        return f"new endpoint {what}", f"new method {s.calls}", ""
    if c.kind == "operation-removed":
        return (
            f"requests to {what} fail",
            f"{s.calls} is gone",
            f"stop calling {s.calls} ({what}); this version has no replacement for it",
        )
    if c.kind in ("response-status-added", "success-status-removed"):
        return _statuses(s, what)
    if c.kind == "operation-id-changed":
        before = python_name(c.message.split("`")[1])
        return (
            "nothing changes on the wire",
            f"`client.{before}()` is now {s.calls}",
            f"rename your calls of `client.{before}()` to {s.calls}",
        )
    if c.kind == "operation-deprecated":
        return (
            f"{what} still works; plan to stop calling it",
            f"{s.calls} still works and now warns (DeprecationWarning)",
            "",
        )
    return None


def _field_texts(s: Subject) -> Texts | None:
    c, name = s.change, f"`{s.wire}`"
    sends = s.direction in ("request", "both")
    table: dict[str, Texts] = {
        "property-added": (
            f"requests may send {name}" if sends else f"responses may carry {name}",
            f"new {_field(s)}",
            "",
        ),
        "property-removed": (
            f"{name} is no longer accepted" if sends else f"responses no longer carry {name}",
            f"{_field(s)} is gone",
            f"stop passing `{s.python}=`" if sends else f"stop reading `{s.attribute}`",
        ),
        "schema-deprecated": (
            f"{name} still works; plan to stop using it",
            f"{_field(s)} still works"
            + (" and now warns (DeprecationWarning)" if sends else "; plan to stop using it"),
            "",
        ),
        "parameter-deprecated": (
            f"parameter {name} still works; plan to stop sending it",
            f"argument `{s.python}=` of {s.calls} still works and now warns (DeprecationWarning)",
            "",
        ),
    }
    return table.get(c.kind)


def _renamed(s: Subject) -> Texts | None:
    if s.change.kind not in ("property-renamed", "parameter-renamed"):
        return None
    old = s.change.message.split("`")[1]
    where = "requests must send" if s.direction in ("request", "both") else "responses carry"
    wire = f"{where} `{s.wire}` instead of `{old}`"
    if python_name(old) == s.python:
        sdk = f"Python code is unchanged (`{s.python}`); TypeScript code must use `{s.wire}`"
        return wire, sdk, f"wire and TypeScript clients: use `{s.wire}` instead of `{old}`"
    sdk = f"`{python_name(old)}` is now `{s.python}` ({_field(s)})"
    return wire, sdk, f"write `{s.python}` where you wrote `{python_name(old)}`"


def _sdk_default(s: Subject) -> Texts | None:
    if s.change.kind != "sdk-page-size-refused":
        return None
    found = re.search(r"`(\w+)=(\d+)`", s.change.message)
    name, value = (found[1], found[2]) if found else ("top", "?")
    iterators = ", ".join(f"`{m.replace('client.', 'client.iter_')}`" for m in s.methods)
    return (
        f"requests with `{name}={value}` are refused, and every released SDK's {iterators} "
        "sends it although the caller never set it",
        "the regenerated SDK asks for the new largest page; nothing to change in your code",
        f"upgrade the SDK; until then pass a smaller `{name}=` to {iterators}",
    )


CARRIES = {
    "request": "requests may send",
    "response": "responses may carry",
    "both": "requests may send and responses may carry",
}


def _values(s: Subject) -> Texts | None:
    """Bounds, enums and defaults: what a value that used to pass or arrive does now."""
    c, sends = s.change, s.direction in ("request", "both")
    what = f"`{s.wire}`" if s.wire else f"`{s.attribute}` values" if s.attribute else "values"
    if c.kind == "constraint-tightened" and sends:
        return (
            f"requests with {what} outside the new bounds are refused (400): {c.message}",
            f"calls of {s.calls} passing such a value raise BadRequestError",
            f"keep the values you pass to {s.calls} within the new bounds ({c.message})",
        )
    if c.kind == "enum-value-added":
        return (
            f"{CARRIES.get(s.direction, 'messages may carry')} a new value: "
            f"{c.message}; clients that match every value must handle it",
            f"the enum of {_field(s)} gains a member; code that matches every member must "
            "handle it",
            "",
        )
    if c.kind == "property-added-with-default":
        return (
            f"requests may send {what}; {c.message.split(': ', 1)[-1]}",
            f"new optional {_field(s)}; leaving it out lets the server apply its default",
            "",
        )
    return None


GRADE_WORDS = {"breaking": "breaks", "possibly-breaking": "may break", "safe": "nothing breaks"}


def _fallback(s: Subject) -> Texts:
    c = s.change
    if c.kind in ("description-changed", "example-changed"):
        return "documentation only", "documentation only (docstrings)", ""
    said = _wire_words(c.message)
    wire = said if c.wire == "safe" else f"{GRADE_WORDS[c.wire]}: {said}"
    if c.wire == "safe" and c.sdk != "safe":
        wire = "nothing changes on the wire"
    sdk = f"{GRADE_WORDS[c.sdk]} for {_field(s) if s.wire or s.attribute else s.calls}"
    if c.sdk == "safe":
        sdk = "nothing to change in your code"
    migration = f"check your uses of {_field(s)}: {c.message}" if c.breaking else ""
    return wire, sdk, migration


EXPLAINERS: list[Callable[[Subject], Texts | None]] = [
    _operation_texts,
    _sdk_default,
    _values,
    _renamed,
    _field_texts,
]


def explain(changes: list[Change], base: Spec, head: Spec) -> list[Change]:
    """The changes with their notes for wire clients and SDK users, and migration lines."""
    sent_b, answered_b = directions(base)
    sent_h, answered_h = directions(head)
    explained = []
    for change in changes:
        sent, answered = (sent_h, answered_h) if change.side == "head" else (sent_b, answered_b)
        s = subject(change, sent, answered)
        texts = next((t for t in (f(s) for f in EXPLAINERS) if t is not None), None)
        wire, sdk, migration = texts or _fallback(s)
        if change.breaking and not migration:
            migration = _fallback(s)[2] or f"review your uses of {s.calls}"
        explained.append(
            dataclasses.replace(change, wire_note=wire, sdk_note=sdk, migration=migration)
        )
    return explained
