"""The mock follows the contract it is given: path templates, the generic answer of an operation
without behaviour, and handlers checked against the response schema (issue 11).

Each test starts the in-process mock on a copy of the spec with one named change
(`tests.mock.specs`), so that nothing here pins today's spec.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.core.spec import Spec, load
from skilldeo_mock.handlers import HANDLERS
from skilldeo_mock.launch import GENERIC_HEADER, GENERIC_VALUE
from skilldeo_mock.options import parse
from skilldeo_mock.seed import load_seed
from skilldeo_mock.server import make_app, notices
from tests.mock.specs import (
    CREATE_PATH,
    UNHANDLED,
    Change,
    add_create_operation,
    details_in_path,
    rename_property,
    schemas,
    written,
)
from tests.support.apicheck import Api, ResponseChecker, login
from tests.support.contract import response_field
from tests.support.inprocess import in_process_mock
from tests.support.seed import SEED_EMAIL, SEED_ORG, SEED_USER
from tests.support.servers import TEST_OTP, free_port

# An agent of the seed user's organisation, read from the seed (not pinned here).
AGENT: int = next(a["id"] for a in load_seed(0).agents if a["org_id"] == SEED_ORG)
DETAILS = {"campaignId": AGENT, "userId": SEED_USER}


@contextmanager
def api_on(spec: Spec, tmp_path: Path, *changes: Change) -> Iterator[Api]:
    """A signed-in Api on the in-process mock serving `spec` with `changes`; its checker reads
    the changed spec, so every answer is checked against the contract the mock was given."""
    path = written(spec, tmp_path, *changes)
    with in_process_mock("--otp", TEST_OTP, "--spec", str(path)) as mock:
        api = Api.over(mock, ResponseChecker(load(path)))
        api.token = login(api, SEED_EMAIL, TEST_OTP)["token"]
        try:
            yield api
        finally:
            api.close()


def call(api: Api, method: str, path: str, **kwargs: Any) -> httpx.Response:
    headers = {"Authorization": f"Bearer {api.token}"}
    return api.http.request(method, path.lstrip("/"), headers=headers, **kwargs)


def checked(api: Api, operation_id: str, response: httpx.Response) -> dict[str, Any]:
    """The body of a documented answer that honours the (changed) spec."""
    body: dict[str, Any] = api.checker.check(operation_id, response)
    return body


# -- path templates -----------------------------------------------------------------------------


def test_a_path_template_routes_and_hands_its_value_to_the_handler(
    spec: Spec, tmp_path: Path
) -> None:
    with api_on(spec, tmp_path, details_in_path) as api:
        answer = call(api, "GET", f"svc/campaign/{AGENT}", params={"userId": SEED_USER})
        assert answer.status_code == 200, answer.text
        assert checked(api, "campaignDetails", answer)["records"]["id"] == AGENT
        assert GENERIC_HEADER.lower() not in answer.headers
        # The old query route is gone: its path now reads as the template, with a bad id.
        old = call(api, "GET", "svc/campaign/getDetails", params=DETAILS)
        assert old.status_code == 400
        assert old.json()["message"] == "campaignId: must be of type integer"


@pytest.mark.parametrize(
    ("value", "message"),
    [("abc", "campaignId: must be of type integer"), ("0", "campaignId: must be >= 1")],
)
def test_a_bad_path_value_is_a_400_naming_the_parameter(
    spec: Spec, tmp_path: Path, value: str, message: str
) -> None:
    with api_on(spec, tmp_path, details_in_path) as api:
        refused = call(api, "GET", f"svc/campaign/{value}", params={"userId": 1})
        assert refused.status_code == 400
        assert checked(api, "campaignDetails", refused)["message"] == message


def test_a_literal_path_wins_over_a_template(spec: Spec, tmp_path: Path) -> None:
    """`/svc/campaign/list` is literal (POST) and also fits `/svc/campaign/{campaignId}` (GET)."""
    with api_on(spec, tmp_path, details_in_path) as api:
        assert checked(api, "campaignList", call(api, "POST", "svc/campaign/list", json={}))
        wrong = call(api, "GET", "svc/campaign/list")
        assert wrong.status_code == 405 and wrong.headers["allow"] == "POST"
        assert call(api, "GET", "svc/campaign/1/more").status_code == 404


# -- the generic answer -------------------------------------------------------------------------


def test_an_operation_without_handler_answers_from_its_schema(spec: Spec, tmp_path: Path) -> None:
    sent = {"name": "Rust walk-in", "status": "inactive", "user_id": 7}
    with api_on(spec, tmp_path, add_create_operation) as api:
        first = call(api, "POST", CREATE_PATH, json=sent)
        second = call(api, "POST", CREATE_PATH, json=sent)
        clock = api.control("clock", {"advance_seconds": 0}).json()["now"]
    for answer in (first, second):
        assert answer.status_code == 200, answer.text
        assert answer.headers[GENERIC_HEADER] == GENERIC_VALUE
        body = checked(api, UNHANDLED, answer)  # valid against the schema
        assert {k: body["records"][k] for k in sent} == sent  # echoed: same name, fitting value
        assert UNHANDLED in body["message"] and body["error"] is False
        assert body["status_code"] == 200
        assert body["records"]["created_at"][:16] == clock[:16]  # the mock clock's now
        assert 3 <= body["records"]["seats"] <= 9  # bounds honoured
    ids = {first.json()["records"]["id"], second.json()["records"]["id"]}
    assert len(ids) == 2  # a fresh id each call


def test_a_field_that_does_not_fit_is_not_echoed(spec: Spec, tmp_path: Path) -> None:
    def numeric_name(data: dict[str, Any]) -> None:
        add_create_operation(data)
        body = data["paths"][CREATE_PATH]["post"]["requestBody"]["content"]["application/json"]
        body["schema"]["properties"]["status"] = {"type": "integer"}

    with api_on(spec, tmp_path, numeric_name) as api:
        answer = call(api, "POST", CREATE_PATH, json={"name": "x", "status": 5})
        body = checked(api, UNHANDLED, answer)
    assert body["records"]["status"] != 5  # an integer does not fit AgentStatus


def test_generated_ids_are_never_handed_out_twice(spec: Spec, tmp_path: Path) -> None:
    with api_on(spec, tmp_path, add_create_operation) as api:
        before = call(api, "POST", CREATE_PATH, json={"name": "a"}).json()["records"]["id"]
        api.control("reset").raise_for_status()
        api.token = login(api, SEED_EMAIL, TEST_OTP)["token"]
        after = call(api, "POST", CREATE_PATH, json={"name": "a"}).json()["records"]["id"]
    assert after > before


def test_the_request_is_still_checked_before_the_generic_answer(spec: Spec, tmp_path: Path) -> None:
    with api_on(spec, tmp_path, add_create_operation) as api:
        refused = call(api, "POST", CREATE_PATH, json={"status": "active"})
        assert refused.status_code == 400 and GENERIC_HEADER.lower() not in refused.headers
        assert checked(api, UNHANDLED, refused)["message"] == "name: field is required"
        api.token = None
        assert call(api, "POST", CREATE_PATH, json={"name": "x"}).status_code == 401


def test_the_app_and_the_start_up_line_name_operations_without_behaviour(
    spec: Spec, tmp_path: Path
) -> None:
    path = written(spec, tmp_path, add_create_operation)
    options = parse(["--spec", str(path)])
    app = make_app(options)
    assert app.unhandled == (UNHANDLED,)
    assert f"no behaviour for: {UNHANDLED} (answered from its schema)" in notices(app, options)
    # The spec as it is: exactly its operations without a handler (none in 1.0.0; one the API
    # team adds is answered from its schema), and the start-up line names them only if any.
    plain = parse([])
    own = tuple(op.operation_id for op in spec.operations() if op.operation_id not in HANDLERS)
    assert make_app(plain).unhandled == own
    told = [line for line in notices(make_app(plain), plain) if "behaviour" in line]
    assert bool(told) == bool(own)


@pytest.mark.slow
def test_serve_prints_the_operations_without_behaviour(spec: Spec, tmp_path: Path) -> None:
    path = written(spec, tmp_path, add_create_operation)
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "skilldeo_mock", "--port", str(port), "--spec", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline(), proc.stdout.readline()]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert "serving" in lines[0]
    assert lines[1].strip() == f"no behaviour for: {UNHANDLED} (answered from its schema)"


# -- handlers checked against the response schema -----------------------------------------------


def test_a_renamed_property_the_store_has_needs_no_handler_edit(spec: Spec, tmp_path: Path) -> None:
    """InterviewSummary's `interview_id` becomes `id`, the name of the store's column."""
    renamed = rename_property("InterviewSummary", "interview_id", "id")
    with api_on(spec, tmp_path, renamed) as api:
        body = checked(api, "interviewList", call(api, "POST", "svc/interview/list", json={}))
    assert body["records"] and all("id" in r and "interview_id" not in r for r in body["records"])


@pytest.mark.parametrize(
    ("schema", "old", "new"),
    [
        ("InterviewSummary", "candidate_email", "candidateEmail"),  # a store column
        ("InterviewSummary", "interview_id", "interviewId"),  # a column the handler maps
        ("InterviewListResponse", "hasMore", "has_more"),  # a value the handler computes
    ],
)
def test_a_property_respelled_in_case_or_underscores_needs_no_handler_edit(
    spec: Spec, tmp_path: Path, schema: str, old: str, new: str
) -> None:
    with api_on(spec, tmp_path, rename_property(schema, old, new)) as api:
        body = checked(api, "interviewList", call(api, "POST", "svc/interview/list", json={}))
    found = body if schema.endswith("Response") else body["records"][0]
    assert new in found and old not in found


def test_an_added_property_the_store_has_appears_without_a_handler_edit(
    spec: Spec, tmp_path: Path
) -> None:
    """The agent's `link` joins its details, its `status` each agent of the list."""

    def add_fields(data: dict[str, Any]) -> None:
        link = {"type": "string", "format": "uri"}
        schemas(data)["CampaignDetails"]["properties"]["link"] = link
        summary = schemas(data)["CampaignSummary"]
        summary["properties"]["status"] = {"$ref": "#/components/schemas/AgentStatus"}
        summary["required"] = [*summary["required"], "status"]

    with api_on(spec, tmp_path, add_fields) as api:
        answer = call(api, "GET", "svc/campaign/getDetails", params=DETAILS)
        link = call(api, "GET", "svc/campaign/getLink", params={"campaignId": AGENT}).json()["link"]
        listed = call(api, "POST", "svc/campaign/list", json={"status": "inactive"})
    assert checked(api, "campaignDetails", answer)["records"]["link"] == link
    records = checked(api, "campaignList", listed)["records"]
    assert records and {r["status"] for r in records} == {"inactive"}


def test_a_required_property_no_handler_fills_is_a_500_naming_the_handler(
    spec: Spec, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    renamed = rename_property("CampaignSummary", "name", "title")
    with api_on(spec, tmp_path, renamed) as api:
        answer = call(api, "POST", "svc/campaign/list", json={})
        other = call(api, "GET", "svc/campaign/getLink", params={"campaignId": AGENT})
    assert answer.status_code == 500
    assert checked(api, "campaignList", answer)["message"] == (
        "campaignList: mock handler skilldeo_mock.handlers.campaign_list does not match the "
        "spec: records[0].title: field is required; edit it for the new contract"
    )
    assert other.status_code == 200  # only that operation is affected
    err = capsys.readouterr().err
    assert "records.title has no store column" in err
    assert "mock handler skilldeo_mock.handlers.campaign_list does not match" in err


def test_a_key_the_spec_no_longer_has_is_a_500_naming_the_handler(
    spec: Spec, tmp_path: Path
) -> None:
    """The has-more flag is optional: the handler's answer would still be valid, but stale."""
    wire = response_field(spec, "campaignList", "has_more")  # the spec's name for it
    renamed = rename_property("CampaignListResponse", wire, "more_pages")
    with api_on(spec, tmp_path, renamed) as api:
        answer = call(api, "POST", "svc/campaign/list", json={})
    assert answer.status_code == 500
    assert checked(api, "campaignList", answer)["message"] == (
        "campaignList: mock handler skilldeo_mock.handlers.campaign_list does not match the "
        "spec: hasMore: not in the spec; edit it for the new contract"
    )


def test_a_success_status_the_spec_changed_is_a_500_naming_the_handler(
    spec: Spec, tmp_path: Path
) -> None:
    def created(data: dict[str, Any]) -> None:
        responses = data["paths"]["/svc/campaign/getLink"]["get"]["responses"]
        responses["201"] = responses.pop("200")

    with api_on(spec, tmp_path, created) as api:
        answer = call(api, "GET", "svc/campaign/getLink", params={"campaignId": AGENT})
    assert answer.status_code == 500
    assert checked(api, "campaignLink", answer)["message"] == (
        "campaignLink: mock handler skilldeo_mock.handlers.campaign_link does not match the "
        "spec: status 200: not in the spec, which answers 201; edit it for the new contract"
    )


def test_an_optional_property_no_column_feeds_is_left_out_with_a_note(
    spec: Spec, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    renamed = rename_property("CampaignDetails", "location", "office_location")
    with api_on(spec, tmp_path, renamed) as api:
        answer = call(api, "GET", "svc/campaign/getDetails", params=DETAILS)
    assert "office_location" not in checked(api, "campaignDetails", answer)["records"]
    assert (
        "campaignDetails: records.office_location has no store column, so it is left out; "
        "map it in skilldeo_mock.handlers.campaign_details"
    ) in capsys.readouterr().err
