"""The generic answer, built from a response schema: one small spec written here, no server."""

from __future__ import annotations

import itertools
import uuid
from typing import Any

import orjson
import pytest
import yaml

from generator.core.spec import parse
from skilldeo_mock.contract import Contract, compile_spec
from skilldeo_mock.generic import answer
from skilldeo_mock.replies import GENERIC_HEADER, GENERIC_VALUE, ApiError

NOW = "2030-01-02T03:04:05.123456Z"

THING = {
    "type": "object",
    "required": ["id", "label", "kind", "made", "mail", "home", "key", "score", "ratio", "tags"],
    "properties": {
        "id": {"$ref": "#/components/schemas/Id"},
        "owner_id": {"$ref": "#/components/schemas/Id", "examples": [5]},
        "parentId": {"type": "integer", "minimum": 1},
        "label": {"type": "string", "minLength": 8, "maxLength": 12},
        "kind": {"type": "string", "enum": ["big", "small"]},
        "size": {"type": "string", "default": "medium"},
        "made": {"type": "string", "format": "date-time"},
        "mail": {"type": "string", "format": "email"},
        "home": {"type": "string", "format": "uri"},
        "key": {"type": "string", "format": "uuid"},
        "score": {"type": "integer", "exclusiveMinimum": 10, "maximum": 20},
        "ratio": {"type": "number", "maximum": -2.5},
        "tags": {"type": "array", "minItems": 2, "items": {"type": "string", "examples": ["t"]}},
        "notes": {"type": "array", "items": {"type": "string"}},
        "code": {"type": "string", "pattern": "^[A-Z]{3}$"},
        "flag": {"type": ["boolean", "null"]},
        "fixed": {"const": "always"},
    },
}


def contract(response: Any, example: Any = None) -> Contract:
    """A one-operation spec (POST /things, operationId makeThing) answering `response`."""
    media: dict[str, Any] = {}
    if response is not None:
        media["schema"] = response
    if example is not None:
        media["examples"] = {"one": {"value": example}}
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "http://x/api"}],
        "paths": {
            "/things": {
                "post": {
                    "operationId": "makeThing",
                    "responses": {
                        "201": {"description": "made", "content": {"application/json": media}}
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Id": {"type": "integer", "minimum": 1, "maximum": 2147483647},
                "Thing": THING,
                "Envelope": {
                    "type": "object",
                    "required": ["message", "status_code", "error"],
                    "properties": {
                        "message": {"type": "string", "minLength": 1},
                        "status_code": {"type": "integer"},
                        "error": {"type": "boolean"},
                    },
                },
            }
        },
    }
    return compile_spec(parse(yaml.safe_dump(document), "things.yaml"))


def generate(c: Contract, fields: dict[str, Any] | None = None) -> tuple[int, Any, dict[str, str]]:
    route = c.routes["/api/things"]["POST"]
    ids = itertools.count(100)
    reply = answer(route, c.schemas, fields or {}, lambda: next(ids), NOW)
    body = orjson.loads(reply.raw) if reply.raw is not None else reply.body
    assert route.response_validator is None or route.response_validator.is_valid(body)
    return reply.status, body, reply.headers


ENVELOPED = {
    "allOf": [
        {"$ref": "#/components/schemas/Envelope"},
        {
            "type": "object",
            "required": ["thing"],
            "properties": {"thing": {"$ref": "#/components/schemas/Thing"}},
        },
    ]
}


def test_every_rule_of_the_generated_body() -> None:
    status, body, headers = generate(contract(ENVELOPED))
    assert status == 201 and headers == {GENERIC_HEADER: GENERIC_VALUE}
    assert body["status_code"] == 201 and body["error"] is False
    assert "makeThing" in body["message"]
    thing = body["thing"]
    assert thing["id"] == 100 and thing["owner_id"] == 101 and thing["parentId"] == 102
    assert 8 <= len(thing["label"]) <= 12
    assert thing["kind"] == "big" and thing["size"] == "medium" and thing["fixed"] == "always"
    assert thing["made"] == NOW and "@" in thing["mail"] and thing["home"].startswith("https://")
    uuid.UUID(thing["key"])
    assert thing["score"] == 11 and thing["ratio"] == -2.5
    assert thing["tags"] == ["t", "t"] and thing["notes"] == []
    assert thing["flag"] is False
    assert "code" not in thing  # optional, and no generated value fits its pattern


def test_request_fields_are_echoed_when_they_fit() -> None:
    sent = {"id": 7, "label": "exactly-ten", "kind": "small", "score": 99, "tags": ["a", "b"]}
    _, body, _ = generate(contract(ENVELOPED), sent)
    thing = body["thing"]
    assert thing["id"] == 7 and thing["label"] == "exactly-ten" and thing["kind"] == "small"
    assert thing["tags"] == ["a", "b"]
    assert thing["score"] == 11  # 99 breaks its maximum: not echoed


def test_a_body_that_is_a_list_or_has_no_schema() -> None:
    _, body, _ = generate(contract({"type": "array", "minItems": 1, "items": {"type": "integer"}}))
    assert body == [0]
    example = {"message": "documented", "status_code": 201, "error": False}
    assert generate(contract(None, example))[1] == example


def test_a_schema_no_value_fits_is_a_500_naming_the_field() -> None:
    impossible = {
        "type": "object",
        "required": ["code"],
        "properties": {"code": {"type": "string", "pattern": "^[A-Z]{3}$"}},
    }
    c = contract(impossible)
    with pytest.raises(ApiError) as refused:
        answer(c.routes["/api/things"]["POST"], c.schemas, {}, lambda: 1, NOW)
    assert refused.value.status == 500
    assert "makeThing: the mock cannot answer from the schema (code: must match" in str(
        refused.value
    )
    # A request field that fits is echoed, and then it can.
    route = c.routes["/api/things"]["POST"]
    assert answer(route, c.schemas, {"code": "ABC"}, lambda: 1, NOW).body == {"code": "ABC"}
