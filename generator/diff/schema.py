"""Schema changes, graded by the direction the schema travels.

A request schema is what clients send, so tightening it breaks them; a response schema is what
clients read, so loosening it (a new enum value, a field that may now be missing or null) is what
hurts. A schema used both ways gets the worse grade. References to the same component on both
sides stop the walk (each component is compared once, by `diff.components`); a reference that
changes is reported and the two targets compared, once per pair, so cycles end. Constraints next
to a `$ref` (OpenAPI 3.1 applies them with the target) are compared where they are written.
"""

from __future__ import annotations

from typing import Any, TypeVar

from generator.core.effective import conjoin, effective, is_ref, siblings
from generator.core.naming import python_name
from generator.core.spec import escape_pointer_token, unescape_pointer_token
from generator.diff.model import (
    BREAKING,
    MAYBE,
    SAFE,
    Collector,
    Direction,
    Grade,
    Where,
    by_direction,
    renamed_in_sdks,
    worst,
)

SCHEMA_PREFIX = "#/components/schemas/"
DOC_KEYS = frozenset({"description", "summary", "title", "example", "examples"})
_UPPER = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
_LOWER = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_WIDER_FORMATS = frozenset({("int32", "int64"), ("float", "double")})
_FORMAT_TYPES = {"date-time": "datetime", "date": "date", "binary": "File", "uuid": "UUID"}
_TYPE_NAMES = {"integer": "int", "number": "float", "boolean": "bool", "array": "list"}


MISSING = object()  # a keyword that is absent, told apart from one that is null


def component_name(node: Any) -> str | None:
    """`X` for a `$ref` to `#/components/schemas/X`, else None."""
    ref = node.get("$ref") if isinstance(node, dict) else None
    if not isinstance(ref, str) or not ref.startswith(SCHEMA_PREFIX):
        return None
    rest = ref[len(SCHEMA_PREFIX) :]
    return None if "/" in rest else unescape_pointer_token(rest)


def shape(node: Any, names: bool = False) -> Any:
    """`node` without its documentation, to tell a rename (same shape) from a new field."""
    if isinstance(node, list):
        return [shape(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: shape(value, names=key == "properties" and not names)
        for key, value in node.items()
        if names or key not in DOC_KEYS
    }


K = TypeVar("K")


def pair_renames(
    removed: list[K], added: list[K], old: dict[K, Any], new: dict[K, Any]
) -> list[tuple[K, K]]:
    """Pair each removed name with an added one of the same shape: those were renamed."""
    pairs: list[tuple[K, K]] = []
    free = list(added)
    for name in removed:
        for candidate in free:
            if shape(old[name]) == shape(new[candidate]):
                pairs.append((name, candidate))
                free.remove(candidate)
                break
    return pairs


def _types(schema: dict[str, Any]) -> tuple[frozenset[str], bool]:
    """The non-null types a schema allows (empty: any), and whether it allows null."""
    raw = schema.get("type")
    types = {raw} if isinstance(raw, str) else set(raw) if isinstance(raw, list) else set()
    nullable = "null" in types or schema.get("nullable") is True
    for key in ("anyOf", "oneOf"):
        nullable = nullable or any(_is_null(branch) for branch in schema.get(key) or [])
    return frozenset(types - {"null"}), nullable


def _is_null(branch: Any) -> bool:
    return isinstance(branch, dict) and branch.get("type") == "null" and len(branch) == 1


def _accepts_all(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    if not wide:
        return True
    return bool(narrow) and all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _py_type(types: frozenset[str], fmt: Any) -> str:
    names = sorted(
        _FORMAT_TYPES.get(str(fmt), "str") if t == "string" else _TYPE_NAMES.get(t, t)
        for t in types
    )
    return " | ".join(names) or "Any"


def makes_class(schema: Any) -> bool:
    """Whether openapi-python-client turns the schema into a class of its own (model or enum)."""
    if not isinstance(schema, dict):
        return False
    return schema.get("type") == "object" or "properties" in schema or "enum" in schema


def _show(value: Any) -> str:
    return f"`{value}`"


class SchemaDiff:
    """Compares schema pairs into a Collector, remembering which reference pairs it followed."""

    def __init__(self, out: Collector, renames: dict[str, str]) -> None:
        self.out, self.renames = out, renames
        # reference pairs compared (each once), and those being compared right now
        self.followed: set[tuple[str, str]] = set()
        self.active: set[tuple[str, str]] = set()

    def add(self, kind: str, message: str, wire: Grade, sdk: Grade, where: Where) -> None:
        self.out.add(kind, message, wire, sdk, where)

    def compare(self, old: Any, new: Any, old_ptr: str, where: Where, d: Direction) -> None:
        """Compare the schema `old` (at `old_ptr` in base) with `new` (at `where` in head)."""
        old_ref = old.get("$ref") if isinstance(old, dict) else None
        new_ref = new.get("$ref") if isinstance(new, dict) else None
        if not isinstance(old_ref, str) and not isinstance(new_ref, str):
            self.body(old, new, old_ptr, where, d)
            return
        self.siblings(old, new, old_ptr, where, d)
        old_name, new_name = component_name(old), component_name(new)
        if old_name is not None and self.renames.get(old_name, old_name) == new_name:
            return
        if old_ref == new_ref:
            return
        try:
            old_target, new_target = self.out.base.resolve(old), self.out.head.resolve(new)
        except KeyError:
            self.add("schema-changed", "a reference cannot be resolved", MAYBE, MAYBE, where)
            return
        key = (str(old_ref or old_ptr), str(new_ref or where.pointer))
        if key in self.active:
            return  # the same pair again, inside itself: a recursive schema, already reported
        self.ref_changed(old_name, new_name, old_target, new_target, where)
        if key in self.followed:
            return
        self.followed.add(key)
        self.active.add(key)
        old_at = old_ref[1:] if isinstance(old_ref, str) else old_ptr
        new_at = new_ref[1:] if isinstance(new_ref, str) else where.pointer
        self.body(old_target, new_target, old_at, where.at(new_at), d)
        self.active.discard(key)

    def siblings(self, old: Any, new: Any, old_ptr: str, where: Where, d: Direction) -> None:
        """Constraints next to a `$ref`, which OpenAPI 3.1 applies together with its target.

        The target itself is compared where it is defined (or below, when the reference
        changes); here only what the siblings add is, each side's conjoined over head's target,
        so a target change is not reported again at every place that refers to it.
        """
        before, after = _constraints_of(siblings(old)), _constraints_of(siblings(new))
        if before == after:
            return
        try:
            context = effective(self.out.head, {"$ref": new["$ref"]}) if is_ref(new) else new
        except KeyError:
            return  # reported by `compare`, which cannot resolve it either
        if not isinstance(context, dict):
            context = {}
        self.body(conjoin(context, before), conjoin(context, after), old_ptr, where, d)

    def ref_changed(
        self, old_name: str | None, new_name: str | None, old: Any, new: Any, where: Where
    ) -> None:
        before = _show(old_name) if old_name else "an inline schema"
        after = _show(new_name) if new_name else "an inline schema"
        classy = makes_class(old) or makes_class(new)
        note = "; the SDK type changes class" if classy else ""
        message = f"schema changed from {before} to {after}{note}"
        self.add("schema-ref-changed", message, SAFE, BREAKING if classy else SAFE, where)

    def body(self, old: Any, new: Any, old_ptr: str, where: Where, d: Direction) -> None:
        if not isinstance(old, dict) or not isinstance(new, dict):
            if old != new:
                self.add("schema-changed", "the schema changed", MAYBE, MAYBE, where)
            return
        self.types(old, new, where, d)
        self.constraints(old, new, where, d)
        self.enums(old, new, where, d)
        if old.get("default") != new.get("default") and ("default" in old or "default" in new):
            grade = by_direction(d, MAYBE, SAFE)
            message = (
                f"default changed from {_show(old.get('default'))} to {_show(new.get('default'))}"
            )
            self.add("default-changed", message, grade, grade, where)
        if new.get("deprecated") is True and old.get("deprecated") is not True:
            message = "deprecated: it still works; plan to stop using it"
            self.add("schema-deprecated", message, SAFE, SAFE, where)
        self.objects(old, new, old_ptr, where, d)
        self.arrays(old, new, old_ptr, where, d)
        self.compositions(old, new, old_ptr, where, d)

    def types(self, old: dict[str, Any], new: dict[str, Any], where: Where, d: Direction) -> None:
        (old_t, old_null), (new_t, new_null) = _types(old), _types(new)
        if old_t != new_t:
            wider, narrower = _accepts_all(new_t, old_t), _accepts_all(old_t, new_t)
            wire = by_direction(d, SAFE if wider else BREAKING, SAFE if narrower else BREAKING)
            sdk = worst(wire, MAYBE if wire == SAFE else BREAKING)
            before, after = "/".join(sorted(old_t)) or "any", "/".join(sorted(new_t)) or "any"
            self.add("type-changed", f"type changed from {before} to {after}", wire, sdk, where)
        if old_null != new_null:
            if new_null:
                grade = by_direction(d, SAFE, BREAKING)
                self.add("became-nullable", "null is now allowed", grade, grade, where)
            else:
                grade = by_direction(d, BREAKING, SAFE)
                self.add("no-longer-nullable", "null is no longer allowed", grade, grade, where)
        old_f, new_f = old.get("format"), new.get("format")
        if old_f == new_f:
            return
        request = SAFE if new_f is None or (old_f, new_f) in _WIDER_FORMATS else BREAKING
        if old_f is None or (new_f, old_f) in _WIDER_FORMATS:
            response = SAFE
        else:
            response = MAYBE if new_f is None else BREAKING
        wire = by_direction(d, request, response)
        same_type = _py_type(old_t, old_f) == _py_type(new_t, new_f)
        sdk = wire if same_type else BREAKING
        message = f"format changed from {_show(old_f)} to {_show(new_f)}"
        if not same_type:
            message += (
                f"; the SDK type changes from {_py_type(old_t, old_f)} to {_py_type(new_t, new_f)}"
            )
        self.add("format-changed", message, wire, sdk, where)

    def constraints(
        self, old: dict[str, Any], new: dict[str, Any], where: Where, d: Direction
    ) -> None:
        for key in (
            *_UPPER,
            *_LOWER,
            "multipleOf",
            "pattern",
            "uniqueItems",
            "additionalProperties",
        ):
            before, after = old.get(key), new.get(key)
            if before == after:
                continue
            verdict, message = _constraint(key, before, after)
            request = {"tightened": BREAKING, "loosened": SAFE}.get(verdict, MAYBE)
            response = {"tightened": SAFE, "loosened": MAYBE}.get(verdict, MAYBE)
            grade = by_direction(d, request, response)
            self.add(f"constraint-{verdict}", message, grade, grade, where)

    def enums(self, old: dict[str, Any], new: dict[str, Any], where: Where, d: Direction) -> None:
        before, after = old.get("enum"), new.get("enum")
        if before == after:
            return
        if not isinstance(before, list) or not isinstance(after, list):
            if before is None:
                wire = by_direction(d, BREAKING, SAFE)
                self.add(
                    "enum-added", f"values restricted to {_show(after)}", wire, BREAKING, where
                )
            else:
                wire = by_direction(d, SAFE, MAYBE)
                self.add("enum-removed", "values no longer restricted", wire, BREAKING, where)
            return
        for value in before:
            if value not in after:
                wire = by_direction(d, BREAKING, SAFE)
                # the SDK's Enum class loses the member, so code naming it breaks either way
                self.add(
                    "enum-value-removed",
                    f"enum value {_show(value)} removed",
                    wire,
                    BREAKING,
                    where,
                )
        for value in after:
            if value not in before:
                grade = by_direction(d, SAFE, MAYBE)
                self.add(
                    "enum-value-added", f"enum value {_show(value)} added", grade, grade, where
                )

    def objects(
        self, old: dict[str, Any], new: dict[str, Any], old_ptr: str, where: Where, d: Direction
    ) -> None:
        old_props: dict[str, Any] = old.get("properties") or {}
        new_props: dict[str, Any] = new.get("properties") or {}
        old_req, new_req = set(old.get("required") or []), set(new.get("required") or [])
        removed = [name for name in old_props if name not in new_props]
        added = [name for name in new_props if name not in old_props]
        renamed = pair_renames(removed, added, old_props, new_props)
        renamed = [(a, b) for a, b in renamed if (a in old_req) == (b in new_req)]
        gone = {a for a, _ in renamed}
        came = {b for _, b in renamed}

        def at_old(name: str) -> str:
            return f"{old_ptr}/properties/{escape_pointer_token(name)}"

        def at_new(name: str) -> Where:
            return where.at(f"{where.pointer}/properties/{escape_pointer_token(name)}")

        for name in removed:
            if name not in gone:
                message = f"property {_show(name)} removed"
                self.add(
                    "property-removed", message, BREAKING, BREAKING, where.at(at_old(name), "base")
                )
        for before, after in renamed:
            # The TypeScript SDK keeps wire names, so its property is renamed whatever Python does.
            note, sdk = renamed_in_sdks(
                (("Python", "attribute", python_name(before)), python_name(after)),
                (("TypeScript", "property", before), after),
            )
            message = f"property {_show(before)} renamed to {_show(after)} ({note})"
            self.add("property-renamed", message, BREAKING, sdk, at_new(after))
            self.compare(old_props[before], new_props[after], at_old(before), at_new(after), d)
        for name in added:
            if name not in came:
                self.property_added(name, name in new_req, at_new(name), d, new_props[name])
        for name in new_props:
            if name in old_props:
                self.requiredness(name, name in old_req, name in new_req, at_new(name), d)
                self.compare(old_props[name], new_props[name], at_old(name), at_new(name), d)

    def property_added(
        self, name: str, required: bool, where: Where, d: Direction, schema: Any = None
    ) -> None:
        if required:
            grade = by_direction(d, BREAKING, SAFE)
            message = f"required property {_show(name)} added"
            self.add("required-property-added", message, grade, grade, where)
            return
        default = schema.get("default", MISSING) if isinstance(schema, dict) else MISSING
        if d != "response" and default is not MISSING:
            # The SDK sends only what its caller sets, so from now on the server's default
            # applies to every SDK call that leaves the field out: a change SDK users see.
            message = (
                f"property {_show(name)} added with default {_show(default)}: the server "
                f"applies it whenever a request leaves {_show(name)} out, as SDK calls do unless "
                f"they set `{python_name(name)}`"
            )
            self.add("property-added-with-default", message, SAFE, MAYBE, where)
            return
        self.add("property-added", f"property {_show(name)} added", SAFE, SAFE, where)

    def requiredness(self, name: str, was: bool, now: bool, where: Where, d: Direction) -> None:
        """A property on both sides that became required or optional; `was` and `now` say whether
        base and head require it."""
        if now and not was:
            grade = by_direction(d, BREAKING, SAFE)
            message = f"property {_show(name)} is now required"
            self.add("property-became-required", message, grade, grade, where)
        elif was and not now:
            grade = by_direction(d, SAFE, BREAKING)
            message = f"property {_show(name)} is now optional"
            self.add("property-became-optional", message, grade, grade, where)

    def arrays(
        self, old: dict[str, Any], new: dict[str, Any], old_ptr: str, where: Where, d: Direction
    ) -> None:
        before, after = old.get("items"), new.get("items")
        if isinstance(before, dict) and isinstance(after, dict):
            self.compare(before, after, f"{old_ptr}/items", where.at(f"{where.pointer}/items"), d)
        elif before != after:
            self.add("schema-changed", "the array items changed", MAYBE, MAYBE, where)

    def compositions(
        self, old: dict[str, Any], new: dict[str, Any], old_ptr: str, where: Where, d: Direction
    ) -> None:
        for key in ("allOf", "anyOf", "oneOf"):
            before = [(i, b) for i, b in enumerate(old.get(key) or []) if not _is_null(b)]
            after = [(i, b) for i, b in enumerate(new.get(key) or []) if not _is_null(b)]
            for (i, b), (j, a) in zip(before, after, strict=False):
                self.compare(
                    b, a, f"{old_ptr}/{key}/{i}", where.at(f"{where.pointer}/{key}/{j}"), d
                )
            if len(before) != len(after):
                message = f"`{key}` has {len(after)} alternative(s) instead of {len(before)}"
                self.add("composition-changed", message, MAYBE, MAYBE, where)


def _constraints_of(keywords: dict[str, Any]) -> dict[str, Any]:
    """The keywords that restrict values, without the documentation ones."""
    return {key: value for key, value in keywords.items() if key not in DOC_KEYS}


def _constraint(key: str, before: Any, after: Any) -> tuple[str, str]:
    """('tightened' | 'loosened' | 'changed', message) for one constraint keyword."""
    if key in ("pattern", "multipleOf", "uniqueItems", "additionalProperties"):
        return _other_constraint(key, before, after)
    numeric = all(
        v is None or (isinstance(v, int | float) and not isinstance(v, bool))
        for v in (before, after)
    )
    if not numeric:
        return "changed", f"`{key}` changed from {_show(before)} to {_show(after)}"
    upper = key in _UPPER
    if before is None:
        return "tightened", f"`{key}` added ({after})"
    if after is None:
        return "loosened", f"`{key}` removed (was {before})"
    if after < before:
        return ("tightened" if upper else "loosened"), f"`{key}` lowered from {before} to {after}"
    return ("loosened" if upper else "tightened"), f"`{key}` raised from {before} to {after}"


def _other_constraint(key: str, before: Any, after: Any) -> tuple[str, str]:
    if key == "uniqueItems":
        if after is True:
            return "tightened", "items must now be unique"
        return "loosened", "items no longer need to be unique"
    if key == "additionalProperties":
        if after is False:
            return "tightened", "additional properties are no longer allowed"
        if before is False:
            return "loosened", "additional properties are now allowed"
        return "changed", "`additionalProperties` changed"
    if before is None:
        return "tightened", f"`{key}` added: {_show(after)}"
    if after is None:
        return "loosened", f"`{key}` removed (was {_show(before)})"
    if key == "multipleOf" and isinstance(before, int | float) and isinstance(after, int | float):
        if after % before == 0:
            return "tightened", f"`multipleOf` changed from {before} to {after}"
        if before % after == 0:
            return "loosened", f"`multipleOf` changed from {before} to {after}"
    return "changed", f"`{key}` changed from {_show(before)} to {_show(after)}"
