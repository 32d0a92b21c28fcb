"""Our envelope checks on hand-made responses: each passes the contract and names each breach."""

from __future__ import annotations

import json
from typing import Any

import pytest
import requests
import schemathesis
from schemathesis import Case, CheckContext, Response
from schemathesis.config import ChecksConfig, SchemathesisConfig

from generator.core.paths import SPEC
from generator.fuzz import checks

TOKEN = "eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl"
CTX = CheckContext(
    override=None,
    auth=None,
    headers=None,
    config=ChecksConfig(),
    transport_kwargs=None,
    response_checks=None,
)


@pytest.fixture(scope="module")
def schema() -> Any:
    return schemathesis.openapi.from_path(SPEC, config=SchemathesisConfig())


def list_case(schema: Any, **body: Any) -> Case[Any]:
    case: Case[Any] = schema["/svc/campaign/list"]["POST"].Case(
        body=body, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    return case


def reply(
    status: int, body: Any, content_type: str = "application/json", **headers: str
) -> Response:
    raw = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    return Response(
        status_code=status,
        headers={"content-type": [content_type], **{k: [v] for k, v in headers.items()}},
        content=raw,
        request=requests.Request("POST", "http://127.0.0.1/api/v1/svc/campaign/list").prepare(),
        elapsed=0.0,
        verify=True,
    )


def page(count: int, total: int, has_more: bool, status: int = 200) -> dict[str, Any]:
    records = [{"id": i + 1, "name": f"agent {i}"} for i in range(count)]
    return {
        "message": "Success",
        "records": records,
        "hasMore": has_more,
        "total_count": total,
        "status_code": status,
        "error": False,
    }


ERROR = {"message": "top: must be at most 100", "status_code": 400, "error": True}


def test_contract_abiding_responses_pass(schema: Any) -> None:
    case = list_case(schema, top=2, skip=2)
    for check in (checks.envelope_status_code, checks.envelope_error_flag, checks.envelope_message):
        assert check(CTX, reply(200, page(2, 5, True)), case) is checks.PASSED
        assert check(CTX, reply(400, ERROR), case) is checks.PASSED
    assert checks.paging_consistency(CTX, reply(200, page(2, 5, True)), case) is checks.PASSED
    assert checks.paging_consistency(CTX, reply(200, page(1, 3, False)), case) is checks.PASSED
    assert checks.token_not_echoed(CTX, reply(200, page(2, 5, True)), case) is checks.PASSED


def test_checks_do_not_apply_to_non_json_bodies(schema: Any) -> None:
    case = list_case(schema)
    text = reply(500, "Internal Server Error", "text/plain")
    for check in (checks.envelope_status_code, checks.envelope_error_flag, checks.envelope_message):
        assert check(CTX, text, case) is checks.SKIPPED


@pytest.mark.parametrize(
    ("status", "body", "message"),
    [
        (
            200,
            {**page(0, 0, False), "status_code": 201},
            "status_code is 201 but the HTTP status is 200",
        ),
        (404, {**ERROR, "status_code": 400}, "status_code is 400 but the HTTP status is 404"),
    ],
)
def test_envelope_status_code(schema: Any, status: int, body: Any, message: str) -> None:
    with pytest.raises(AssertionError, match=message):
        checks.envelope_status_code(CTX, reply(status, body), list_case(schema))


@pytest.mark.parametrize(
    ("status", "body", "message"),
    [
        (400, {**ERROR, "error": False}, "error is False on HTTP 400"),
        (200, {**page(0, 0, False), "error": True}, "error is True on HTTP 200"),
        (500, {"message": "boom", "status_code": 500}, "HTTP 500 but the envelope has no `error`"),
    ],
)
def test_envelope_error_flag(schema: Any, status: int, body: Any, message: str) -> None:
    with pytest.raises(AssertionError, match=message):
        checks.envelope_error_flag(CTX, reply(status, body), list_case(schema))


def test_success_may_omit_the_error_flag(schema: Any) -> None:
    body = {k: v for k, v in page(0, 0, False).items() if k != "error"}
    assert checks.envelope_error_flag(CTX, reply(200, body), list_case(schema)) is checks.PASSED


@pytest.mark.parametrize("message", ["", "   ", None])
def test_envelope_message(schema: Any, message: Any) -> None:
    body = (
        {**ERROR, "message": message}
        if message is not None
        else {"status_code": 400, "error": True}
    )
    with pytest.raises(AssertionError, match="want non-empty text"):
        checks.envelope_message(CTX, reply(400, body), list_case(schema))


@pytest.mark.parametrize(
    ("request_body", "response_body", "message"),
    [
        ({"top": 2}, page(3, 9, True), "3 records on a page of top=2"),
        ({}, page(11, 20, True), "11 records on a page of top=10"),
        ({"top": 5, "skip": 8}, page(1, 10, False), "1 records .* expected 2"),
        ({"top": 5, "skip": 0}, page(5, 10, False), "hasMore is False with skip=0, 5 records"),
        ({"top": 5, "skip": 5}, page(5, 10, True), "hasMore is True with skip=5, 5 records"),
    ],
)
def test_paging_consistency(
    schema: Any, request_body: dict[str, Any], response_body: dict[str, Any], message: str
) -> None:
    with pytest.raises(AssertionError, match=message):
        checks.paging_consistency(CTX, reply(200, response_body), list_case(schema, **request_body))


def test_paging_ignores_errors_and_unusable_requests(schema: Any) -> None:
    error = reply(400, ERROR)
    assert checks.paging_consistency(CTX, error, list_case(schema, top=2)) is checks.SKIPPED
    bad = list_case(schema, top="ten")
    assert checks.paging_consistency(CTX, reply(200, page(12, 12, False)), bad) is checks.SKIPPED


def test_token_echoed_in_body_or_header(schema: Any) -> None:
    case = list_case(schema)
    with pytest.raises(AssertionError, match="body repeats the request's bearer token"):
        checks.token_not_echoed(CTX, reply(200, {**page(0, 0, False), "token": TOKEN}), case)
    echoed = reply(200, page(0, 0, False), **{"x-debug-auth": f"Bearer {TOKEN}"})
    with pytest.raises(AssertionError, match="header x-debug-auth repeats"):
        checks.token_not_echoed(CTX, echoed, case)


def test_token_check_needs_a_real_token(schema: Any) -> None:
    case: Case[Any] = schema["/svc/campaign/list"]["POST"].Case(
        body={}, headers={"Authorization": "Bearer 0"}
    )
    assert checks.token_not_echoed(CTX, reply(200, {"message": "0"}), case) is checks.SKIPPED


def test_schemathesis_counts_a_pass_as_a_pass_and_a_skip_as_nothing(schema: Any) -> None:
    """Our return values as schemathesis' run_checks reads them: the tables count real passes."""
    from schemathesis.checks import run_checks

    case = list_case(schema, top=2, skip=2)
    succeeded: list[str] = []
    for response in (reply(200, page(2, 5, True)), reply(500, "boom", "text/plain")):
        run_checks(
            case=case,
            response=response,
            ctx=CTX,
            checks=[checks.envelope_status_code, checks.paging_consistency],
            on_failure=lambda name, collected, failure: None,
            on_success=lambda name, _case: succeeded.append(name),
        )
    assert succeeded == ["envelope_status_code", "paging_consistency"]
