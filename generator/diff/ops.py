"""Operation changes: operations, their ids and tags, security, servers.

Operations are matched by method and path; one that moved keeps its operationId, so the SDK
function is the same while every wire client misses it. In the SDK an operationId is a function
name and an operation's first tag its module, which is why renaming them breaks SDK users and no
one on the wire. What an operation sends and answers is compared by `diff.payloads`.
"""

from __future__ import annotations

from typing import Any

from generator.core.naming import module_name, python_name, ts_name
from generator.core.spec import Operation, Spec
from generator.diff.model import BREAKING, SAFE, Collector, Grade, Where, in_sdks, renamed_in_sdks
from generator.diff.payloads import parameters, request_body, responses
from generator.diff.schema import SchemaDiff

Key = tuple[str, str]


def first_tag(op: Operation) -> str:
    tags = op.data.get("tags") or ["default"]
    return str(tags[0])


def label(op: Operation) -> str:
    return f"{op.operation_id} ({op.method.upper()} {op.path})"


def _show(value: Any) -> str:
    return f"`{value}`"


def compare(out: Collector, renames: dict[str, str]) -> None:
    """Servers, tags, then each operation of either side."""
    servers(out)
    tag_renames = tags(out)
    schemas = SchemaDiff(out, renames)
    old_ops = {(op.path, op.method): op for op in out.base.operations()}
    new_ops = {(op.path, op.method): op for op in out.head.operations()}
    new_by_id = {op.data.get("operationId"): key for key, op in new_ops.items()}
    moved: dict[Key, Key] = {}
    for key, op in old_ops.items():
        target = new_by_id.get(op.data.get("operationId"))
        if key not in new_ops and target is not None and target not in old_ops:
            moved[target] = key
    for key, new in new_ops.items():
        old_key = key if key in old_ops else moved.get(key)
        if old_key is None:
            where = Where(new.pointer, operation=label(new))
            out.add("operation-added", "operation added", SAFE, SAFE, where)
            continue
        old = old_ops[old_key]
        if old_key != key:
            message = f"moved from {old.method.upper()} {old.path} (the SDK function is unchanged)"
            out.add(
                "operation-moved", message, BREAKING, SAFE, Where(new.pointer, operation=label(new))
            )
        operation(out, schemas, old, new, tag_renames)
    for key, old in old_ops.items():
        if key not in new_ops and key not in moved.values():
            where = Where(old.pointer, "base", operation=label(old))
            names = in_sdks(
                ("Python", "function", python_name(old.operation_id)),
                ("TypeScript", "method", ts_name(old.operation_id)),
            )
            out.add("operation-removed", f"operation removed ({names})", BREAKING, BREAKING, where)


def servers(out: Collector) -> None:
    old = [s.get("url") for s in out.base.data.get("servers") or [] if isinstance(s, dict)]
    new = [s.get("url") for s in out.head.data.get("servers") or [] if isinstance(s, dict)]
    for i, url in enumerate(old):
        if url not in new:
            out.add(
                "server-removed",
                f"server {url} removed",
                BREAKING,
                BREAKING,
                Where(f"/servers/{i}", "base"),
            )
    for i, url in enumerate(new):
        if url not in old:
            out.add("server-added", f"server {url} added", SAFE, SAFE, Where(f"/servers/{i}"))


def _tag_users(spec: Spec) -> dict[str, set[Key]]:
    users: dict[str, set[Key]] = {}
    for tag in spec.data.get("tags") or []:
        if isinstance(tag, dict) and "name" in tag:
            users.setdefault(str(tag["name"]), set())
    for op in spec.operations():
        users.setdefault(first_tag(op), set()).add((op.path, op.method))
    return users


def _tag_pointer(spec: Spec, name: str) -> str:
    for i, tag in enumerate(spec.data.get("tags") or []):
        if isinstance(tag, dict) and tag.get("name") == name:
            return f"/tags/{i}"
    return "/tags"


def tags(out: Collector) -> dict[str, str]:
    """Report tag renames and removals; return the renames, so operations do not repeat them."""
    old, new = _tag_users(out.base), _tag_users(out.head)
    removed = [name for name in old if name not in new]
    added = [name for name in new if name not in old]
    renames: dict[str, str] = {}
    for name in removed:
        for candidate in added:
            if old[name] and old[name] == new[candidate] and candidate not in renames.values():
                renames[name] = candidate
                break
    for name in removed:
        where = Where(_tag_pointer(out.base, name), "base")
        if name in renames:
            after = renames[name]
            same = module_name(name) == module_name(after)
            note = "unchanged" if same else f"renamed to `api.{module_name(after)}`"
            message = (
                f"tag {_show(name)} renamed to {_show(after)}"
                f" (SDK module `api.{module_name(name)}` {note})"
            )
            out.add(
                "tag-renamed",
                message,
                SAFE,
                SAFE if same else BREAKING,
                Where(_tag_pointer(out.head, after)),
            )
        else:
            sdk: Grade = BREAKING if old[name] else SAFE
            message = f"tag {_show(name)} removed" + (
                f" (SDK module `api.{module_name(name)}` removed)" if old[name] else ""
            )
            out.add("tag-removed", message, SAFE, sdk, where)
    for name in added:
        if name not in renames.values():
            out.add(
                "tag-added",
                f"tag {_show(name)} added",
                SAFE,
                SAFE,
                Where(_tag_pointer(out.head, name)),
            )
    return renames


def operation(
    out: Collector, schemas: SchemaDiff, old: Operation, new: Operation, tag_renames: dict[str, str]
) -> None:
    where = Where(new.pointer, operation=label(new))
    old_id, new_id = old.operation_id, new.operation_id
    if old_id != new_id:
        note, sdk = renamed_in_sdks(
            (("Python", "function", python_name(old_id)), python_name(new_id)),
            (("TypeScript", "method", ts_name(old_id)), ts_name(new_id)),
        )
        message = f"operationId {_show(old_id)} renamed to {_show(new_id)} ({note})"
        out.add("operation-id-changed", message, SAFE, sdk, where.at(f"{new.pointer}/operationId"))
    old_tag, new_tag = first_tag(old), first_tag(new)
    if tag_renames.get(old_tag, old_tag) != new_tag and module_name(old_tag) != module_name(
        new_tag
    ):
        modules = f"`api.{module_name(old_tag)}` to `api.{module_name(new_tag)}`"
        message = f"moved from tag {_show(old_tag)} to {_show(new_tag)} (SDK module {modules})"
        out.add("operation-tag-changed", message, SAFE, BREAKING, where.at(f"{new.pointer}/tags"))
    if new.data.get("deprecated") and not old.data.get("deprecated"):
        out.add("operation-deprecated", "operation deprecated", SAFE, SAFE, where)
    security(out, old, new, where)
    parameters(out, schemas, old, new, where)
    request_body(out, schemas, old, new, where)
    responses(out, schemas, old, new, where)


def _requirements(spec: Spec, op: Operation) -> list[frozenset[str]]:
    raw = op.data["security"] if "security" in op.data else spec.data.get("security") or []
    return [frozenset(req) for req in raw if isinstance(req, dict)]


def security(out: Collector, old: Operation, new: Operation, where: Where) -> None:
    before, after = _requirements(out.base, old), _requirements(out.head, new)
    open_before = not before or frozenset() in before
    open_after = not after or frozenset() in after
    at = where.at(f"{new.pointer}/security")
    if open_before and not open_after:
        message = "authentication now required (the SDK function takes an AuthenticatedClient)"
        out.add("security-added", message, BREAKING, BREAKING, at)
    elif open_after and not open_before:
        out.add("security-removed", "authentication no longer required", SAFE, SAFE, at)
    elif not open_before:
        for req in before:
            if req not in after:
                message = (
                    f"security requirement {_show(' + '.join(sorted(req)))} no longer accepted"
                )
                out.add("security-changed", message, BREAKING, BREAKING, at)
        for req in after:
            if req not in before:
                message = f"security requirement {_show(' + '.join(sorted(req)))} now accepted too"
                out.add("security-alternative-added", message, SAFE, SAFE, at)
