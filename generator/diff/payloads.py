"""What an operation sends and answers: parameters, request body, responses and media types.

Parameters are matched by location and name; a removed one and an added one of the same shape in
the same location were renamed, which breaks the wire and, unless the Python argument name comes
out the same, the SDK. Body and response schemas go to `SchemaDiff` with their direction.
"""

from __future__ import annotations

from typing import Any

from generator.core.naming import python_name
from generator.core.spec import Operation, Spec, escape_pointer_token
from generator.diff.model import (
    BREAKING,
    MAYBE,
    SAFE,
    Collector,
    Direction,
    Grade,
    Side,
    Where,
    renamed_in_sdks,
)
from generator.diff.schema import SchemaDiff, pair_renames


def _show(value: Any) -> str:
    return f"`{value}`"


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
    """Parameters removed, renamed, added, made required or optional, and their schemas."""
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
        # The TypeScript SDK keeps wire names, so its key is renamed whatever Python does.
        note, sdk = renamed_in_sdks(
            (("Python", "argument", python_name(a[1])), python_name(b[1])),
            (("TypeScript", "property", a[1]), b[1]),
        )
        message = f"{a[0]} parameter {_show(a[1])} renamed to {_show(b[1])} ({note})"
        out.add("parameter-renamed", message, BREAKING, sdk, at(b))
    for key in added:
        if key not in paired:
            _parameter_added(out, key, after[key][0], at(key))
    for key in after:
        if key in before:
            (old_p, old_ptr), (new_p, _) = before[key], after[key]
            _parameter_changed(out, schemas, key, old_p, old_ptr, new_p, at(key))


def _parameter_added(
    out: Collector, key: tuple[str, str], param: dict[str, Any], spot: Where
) -> None:
    """A new parameter: breaking when it is required."""
    if param.get("required"):
        out.add(
            "required-parameter-added",
            f"required {key[0]} parameter {_show(key[1])} added",
            BREAKING,
            BREAKING,
            spot,
        )
    else:
        out.add(
            "parameter-added",
            f"optional {key[0]} parameter {_show(key[1])} added",
            SAFE,
            SAFE,
            spot,
        )


def _parameter_changed(
    out: Collector,
    schemas: SchemaDiff,
    key: tuple[str, str],
    old_p: dict[str, Any],
    old_ptr: str,
    new_p: dict[str, Any],
    spot: Where,
) -> None:
    """A parameter on both sides (base at `old_ptr`, head at `spot`): whether it became required
    or optional, and its schema."""
    if new_p.get("required") and not old_p.get("required"):
        out.add(
            "parameter-became-required",
            f"{key[0]} parameter {_show(key[1])} is now required",
            BREAKING,
            BREAKING,
            spot,
        )
    elif old_p.get("required") and not new_p.get("required"):
        out.add(
            "parameter-became-optional",
            f"{key[0]} parameter {_show(key[1])} is now optional",
            SAFE,
            SAFE,
            spot,
        )
    if new_p.get("deprecated") is True and old_p.get("deprecated") is not True:
        message = (
            f"{key[0]} parameter {_show(key[1])} deprecated: it still works; plan to stop using it"
        )
        out.add("parameter-deprecated", message, SAFE, SAFE, spot)
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
