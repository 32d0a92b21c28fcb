"""Small changes to a copy of the loaded spec, written to a file a mock can be started with.

No test pins today's spec: each builds its fixture from `spec.data` and names what it changes.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from generator.core.spec import Spec

Change = Callable[[dict[str, Any]], None]

# An operation with no handler in skilldeo_mock/handlers.py (its name says so).
UNHANDLED = "campaignCreateWithoutHandler"
CREATE_PATH = "/svc/campaign/create"


def written(spec: Spec, directory: Path, *changes: Change) -> Path:
    """A copy of `spec` with `changes` applied, as directory/openapi.yaml."""
    data = copy.deepcopy(spec.data)
    for change in changes:
        change(data)
    path = directory / "openapi.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def schemas(data: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = data["components"]["schemas"]
    return found


def rename_property(schema: str, old: str, new: str) -> Change:
    """Rename a property of a component schema (in `required` too), keeping its place."""

    def change(data: dict[str, Any]) -> None:
        node = schemas(data)[schema]
        node["properties"] = {
            (new if name == old else name): sub for name, sub in node["properties"].items()
        }
        node["required"] = [new if name == old else name for name in node.get("required", [])]
        node.pop("examples", None)  # they still say `old`

    return change


def _id() -> dict[str, str]:
    return {"$ref": "#/components/schemas/Id"}


_CREATE_REQUEST = {
    "type": "object",
    "required": ["name"],
    "properties": {
        "name": {"type": "string", "minLength": 1, "maxLength": 100},
        "status": {"$ref": "#/components/schemas/AgentStatus"},
        "user_id": _id(),
    },
}
_CREATED = {
    "type": "object",
    "required": ["id", "name", "status", "created_at"],
    "properties": {
        "id": _id(),
        "name": {"type": "string", "minLength": 1},
        "status": {"$ref": "#/components/schemas/AgentStatus"},
        "created_at": {"type": "string", "format": "date-time"},
        "user_id": _id(),
        "link": {"type": "string", "format": "uri"},
        "seats": {"type": "integer", "minimum": 3, "maximum": 9},
    },
}
_CREATE_RESPONSE = {
    "type": "object",
    "required": ["message", "records", "status_code", "error"],
    "properties": {
        "message": {"type": "string", "minLength": 1},
        "records": {"allOf": [_CREATED]},
        "status_code": {"type": "integer"},
        "error": {"type": "boolean"},
    },
}


def add_create_operation(data: dict[str, Any]) -> None:
    """POST /svc/campaign/create: a secured operation the mock has no behaviour for."""
    errors = {code: {"$ref": f"#/components/responses/{name}"} for code, name in _ERRORS.items()}
    success = {"application/json": {"schema": copy.deepcopy(_CREATE_RESPONSE)}}
    data["paths"][CREATE_PATH] = {
        "post": {
            "operationId": UNHANDLED,
            "tags": ["Agent API"],
            "security": [{"bearerAuth": []}],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": copy.deepcopy(_CREATE_REQUEST)}},
            },
            "responses": {"200": {"description": "The new agent.", "content": success}, **errors},
        }
    }


_ERRORS = {"400": "BadRequest", "401": "Unauthorized", "500": "InternalError"}


def details_in_path(data: dict[str, Any]) -> None:
    """campaignDetails moves from `getDetails?campaignId=N` to `/svc/campaign/{campaignId}`."""
    old = "/svc/campaign/getDetails"
    item = data["paths"].pop(old)
    operation = item["get"]
    parameters = [p for p in operation["parameters"] if "$ref" not in p]
    path_param = {
        "name": "campaignId",
        "in": "path",
        "required": True,
        "schema": {"$ref": "#/components/schemas/Id"},
    }
    operation["parameters"] = [path_param, *parameters]
    data["paths"]["/svc/campaign/{campaignId}"] = item
