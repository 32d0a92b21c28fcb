"""Operation changes: operations, their ids and tags, parameters, bodies, responses, security.

Operations are matched by method and path; one that moved keeps its operationId, so the SDK
function is the same while every wire client misses it. In the SDK an operationId is a function
name and an operation's first tag its module, which is why renaming them breaks SDK users and no
one on the wire.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.strings import PythonIdentifier

from generator.diff_model import BREAKING, MAYBE, SAFE, Collector, Direction, Grade, Side, Where
from generator.diff_schema import SchemaDiff, pair_renames, python_name
from generator.spec import Operation, Spec, escape_pointer_token

Key = tuple[str, str]


def module_name(tag: str) -> str:
    """The SDK module (`api.<module>`) openapi-python-client makes of a tag."""
    return str(PythonIdentifier(tag, prefix="tag"))


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
            out.add("operation-removed", "operation removed", BREAKING, BREAKING, where)


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
        same = python_name(old_id) == python_name(new_id)
        note = "unchanged" if same else f"renamed to `{python_name(new_id)}`"
        message = (
            f"operationId {_show(old_id)} renamed to {_show(new_id)}"
            f" (SDK function `{python_name(old_id)}` {note})"
        )
        out.add(
            "operation-id-changed",
            message,
            SAFE,
            SAFE if same else BREAKING,
            where.at(f"{new.pointer}/operationId"),
        )
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


def _parameters(spec: Spec, op: Operation) -> dict[tuple[str, str], tuple[dict[str, Any], str]]:
    """(in, name) -> (resolved parameter, pointer); the operation's override the path's."""
    found: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
    path_pointer = op.pointer.rsplit("/", 1)[0]
    item = spec.get(path_pointer)
    for base_pointer, params in (
        (path_pointer, item.get("parameters")),
        (op.pointer, op.data.get("parameters")),
    ):
        for i, raw in enumerate(params or []):
            pointer = f"{base_pointer}/parameters/{i}"
            if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
                pointer = raw["$ref"][1:]
            param = spec.resolve(raw)
            if isinstance(param, dict):
                found[(str(param.get("in")), str(param.get("name")))] = (param, pointer)
    return found


def parameters(
    out: Collector, schemas: SchemaDiff, old: Operation, new: Operation, where: Where
) -> None:
    before, after = _parameters(out.base, old), _parameters(out.head, new)
    removed = [key for key in before if key not in after]
    added = [key for key in after if key not in before]
    shapes_old = {key: before[key][0] for key in removed}
    shapes_new = {key: after[key][0] for key in added}
    renamed = [
        (a, b)
        for a, b in pair_renames(removed, added, _no_name(shapes_old), _no_name(shapes_new))
        if a[0] == b[0]
    ]
    paired = {a for a, _ in renamed} | {b for _, b in renamed}

    def at(key: tuple[str, str], side: Side = "head") -> Where:
        pointer = (after if side == "head" else before)[key][1]
        return Where(
            pointer, "head" if side == "head" else "base", where.operation, f"{key[0]} {key[1]}"
        )

    for key in removed:
        if key not in paired:
            out.add(
                "parameter-removed",
                f"{key[0]} parameter {_show(key[1])} removed",
                BREAKING,
                BREAKING,
                at(key, "base"),
            )
    for a, b in renamed:
        same = python_name(a[1]) == python_name(b[1])
        note = "the SDK argument keeps its name" if same else "the SDK argument is renamed"
        message = f"{a[0]} parameter {_show(a[1])} renamed to {_show(b[1])} ({note})"
        out.add("parameter-renamed", message, BREAKING, SAFE if same else BREAKING, at(b))
    for key in added:
        if key in paired:
            continue
        if after[key][0].get("required"):
            out.add(
                "required-parameter-added",
                f"required {key[0]} parameter {_show(key[1])} added",
                BREAKING,
                BREAKING,
                at(key),
            )
        else:
            out.add(
                "parameter-added",
                f"optional {key[0]} parameter {_show(key[1])} added",
                SAFE,
                SAFE,
                at(key),
            )
    for key in after:
        if key not in before:
            continue
        (old_p, old_ptr), (new_p, _) = before[key], after[key]
        if new_p.get("required") and not old_p.get("required"):
            out.add(
                "parameter-became-required",
                f"{key[0]} parameter {_show(key[1])} is now required",
                BREAKING,
                BREAKING,
                at(key),
            )
        elif old_p.get("required") and not new_p.get("required"):
            out.add(
                "parameter-became-optional",
                f"{key[0]} parameter {_show(key[1])} is now optional",
                SAFE,
                SAFE,
                at(key),
            )
        spot = at(key)
        schemas.compare(
            old_p.get("schema"),
            new_p.get("schema"),
            f"{old_ptr}/schema",
            spot.at(f"{spot.pointer}/schema"),
            "request",
        )


def _no_name(params: dict[tuple[str, str], dict[str, Any]]) -> dict[tuple[str, str], Any]:
    return {key: {k: v for k, v in p.items() if k != "name"} for key, p in params.items()}


def _body(spec: Spec, op: Operation) -> tuple[dict[str, Any] | None, str]:
    raw = op.data.get("requestBody")
    pointer = f"{op.pointer}/requestBody"
    if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
        pointer = raw["$ref"][1:]
    body = spec.resolve(raw) if raw is not None else None
    return (body if isinstance(body, dict) else None), pointer


def request_body(
    out: Collector, schemas: SchemaDiff, old: Operation, new: Operation, where: Where
) -> None:
    (before, old_ptr), (after, new_ptr) = _body(out.base, old), _body(out.head, new)
    at = where.at(new_ptr)
    if before is None and after is None:
        return
    if after is None:
        out.add(
            "request-body-removed",
            "request body removed",
            BREAKING,
            BREAKING,
            where.at(old_ptr, "base"),
        )
        return
    if before is None:
        if after.get("required"):
            out.add(
                "required-request-body-added", "required request body added", BREAKING, BREAKING, at
            )
        else:
            out.add("request-body-added", "optional request body added", SAFE, SAFE, at)
        return
    if after.get("required") and not before.get("required"):
        out.add(
            "request-body-became-required", "request body is now required", BREAKING, BREAKING, at
        )
    content(out, schemas, before, after, old_ptr, at, "request")


def content(
    out: Collector,
    schemas: SchemaDiff,
    before: dict[str, Any],
    after: dict[str, Any],
    old_ptr: str,
    where: Where,
    direction: Direction,
) -> None:
    """Media types of a body or response, and the schema of each one both sides have."""
    old_media: dict[str, Any] = before.get("content") or {}
    new_media: dict[str, Any] = after.get("content") or {}
    for media in old_media:
        if media not in new_media:
            message = f"{direction} media type {_show(media)} removed"
            out.add(
                f"{direction}-media-type-removed",
                message,
                BREAKING,
                BREAKING,
                where.at(f"{old_ptr}/content", "base"),
            )
    for media, value in new_media.items():
        token = escape_pointer_token(media)
        if media not in old_media:
            message = f"{direction} media type {_show(media)} added"
            out.add(
                f"{direction}-media-type-added",
                message,
                SAFE,
                SAFE,
                where.at(f"{where.pointer}/content/{token}"),
            )
            continue
        old_schema = (old_media[media] or {}).get("schema")
        new_schema = (value or {}).get("schema")
        spot = where.at(f"{where.pointer}/content/{token}/schema")
        schemas.compare(
            old_schema, new_schema, f"{old_ptr}/content/{token}/schema", spot, direction
        )


def _success(status: str) -> bool:
    return status.startswith("2")


def responses(
    out: Collector, schemas: SchemaDiff, old: Operation, new: Operation, where: Where
) -> None:
    before: dict[str, Any] = old.data.get("responses") or {}
    after: dict[str, Any] = new.data.get("responses") or {}
    for status in before:
        if status in after:
            continue
        at = where.at(f"{old.pointer}/responses/{status}", "base")
        if _success(status):
            out.add(
                "success-status-removed", f"success status {status} removed", BREAKING, BREAKING, at
            )
        else:
            out.add(
                "response-status-removed", f"status {status} no longer returned", SAFE, SAFE, at
            )
    for status, raw in after.items():
        new_ptr = f"{new.pointer}/responses/{status}"
        if status not in before:
            grade: Grade = MAYBE if _success(status) else SAFE
            out.add(
                "response-status-added", f"status {status} added", grade, grade, where.at(new_ptr)
            )
            continue
        old_raw = before[status]
        old_ptr = f"{old.pointer}/responses/{status}"
        if isinstance(old_raw, dict) and isinstance(old_raw.get("$ref"), str):
            old_ptr = old_raw["$ref"][1:]
        if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
            new_ptr = raw["$ref"][1:]
        old_resp, new_resp = out.base.resolve(old_raw), out.head.resolve(raw)
        if not isinstance(old_resp, dict) or not isinstance(new_resp, dict):
            continue
        at = where.at(new_ptr)
        for header in old_resp.get("headers") or {}:
            if header not in (new_resp.get("headers") or {}):
                message = f"response header {_show(header)} of status {status} removed"
                out.add(
                    "response-header-removed",
                    message,
                    MAYBE,
                    MAYBE,
                    where.at(f"{old_ptr}/headers", "base"),
                )
        content(out, schemas, old_resp, new_resp, old_ptr, at, "response")
