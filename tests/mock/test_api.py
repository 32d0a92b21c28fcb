"""The mock's operations over HTTP: happy paths, each documented error, paging and isolation.

Every response goes through tests.support.apicheck, so each is also checked against openapi.yaml.
Limits, enums and field names come from the spec (tests.support.contract); ids from the seed.
"""

from __future__ import annotations

import pytest

from tests.support.apicheck import Api, ResponseChecker, login
from tests.support.contract import (
    body_example,
    current,
    largest_page,
    parameter_example,
    request_field,
    response_example,
    response_field,
)
from tests.support.inprocess import InProcessMock
from tests.support.seed import PEER_EMAIL, SEED_EMAIL
from tests.support.servers import TEST_OTP

JANE, SAM = SEED_EMAIL, PEER_EMAIL
SPEC = current()
AGENTS_PAGE = largest_page(SPEC, "campaignList")  # every agent of an organisation fits
INTERVIEWS_PAGE = largest_page(SPEC, "interviewList")
AGENTS_MORE = response_field(SPEC, "campaignList", "has_more")  # the wire names
INTERVIEWS_MORE = response_field(SPEC, "interviewList", "has_more")
SEARCH_MAX = request_field(SPEC, "campaignList", "search_param")["maxLength"]
ORG_ID_MAX = request_field(SPEC, "campaignList", "org_id")["maximum"]


@pytest.fixture
def api(api: Api) -> Api:
    """The module's mock, reset, with the seed user signed in."""
    api.token = login(api, JANE)["token"]
    return api


def test_login_answers_the_documented_ids(api: Api) -> None:
    body = login(api, JANE, TEST_OTP)
    documented = response_example(SPEC, "loginVerify")
    assert (body["user_id"], body["org_id"]) == (documented["user_id"], documented["org_id"])
    assert body["token"].count(".") == 2


def test_campaign_list_replays_the_documented_sample(api: Api) -> None:
    documented = response_example(SPEC, "campaignList")["records"]
    sample = {**body_example(SPEC, "campaignList"), "top": len(documented), "skip": 0}
    assert api.ok("campaignList", json=sample)["records"] == documented


def test_campaign_list_pages_agree_with_totals(api: Api) -> None:
    first = api.ok("campaignList", json={})
    total = first["total_count"]
    default = request_field(SPEC, "campaignList", "top")["default"]
    assert len(first["records"]) == default and total > 2 * default and first[AGENTS_MORE] is True
    seen = []
    for skip in range(0, total, 10):
        page = api.ok("campaignList", json={"top": 10, "skip": skip})
        assert page["total_count"] == total
        assert page[AGENTS_MORE] == (skip + len(page["records"]) < total)
        seen += [r["id"] for r in page["records"]]
    assert len(seen) == len(set(seen)) == total
    assert seen == sorted(seen, reverse=True)
    beyond = api.ok("campaignList", json={"skip": total})
    assert beyond["records"] == [] and beyond[AGENTS_MORE] is False


def test_campaign_list_filters_by_search_and_status(api: Api) -> None:
    body = api.ok("campaignList", json={"search_param": "DOTNET", "top": AGENTS_PAGE})
    assert [r["id"] for r in body["records"]] == [22554]
    everything = api.ok("campaignList", json={"top": AGENTS_PAGE})
    counts = {}
    for status in request_field(SPEC, "campaignList", "status")["enum"]:
        page = api.ok("campaignList", json={"status": status, "top": AGENTS_PAGE})
        counts[status] = page["total_count"]
        for r in page["records"]:
            details = api.ok("campaignDetails", params={"campaignId": r["id"], "userId": 1042})
            assert details["records"]["status"] == status
    assert len([n for n in counts.values() if n > 0]) >= 2, counts
    assert sum(counts.values()) == everything["total_count"]


def test_campaign_details_and_link_match_the_documentation(api: Api) -> None:
    params = {
        name: parameter_example(SPEC, "campaignDetails", name) for name in ("campaignId", "userId")
    }
    details = api.ok("campaignDetails", params=params)
    assert details["records"] == response_example(SPEC, "campaignDetails")["records"]
    agent = parameter_example(SPEC, "campaignLink", "campaignId")
    link = api.ok("campaignLink", params={"campaignId": agent})["link"]
    assert link == response_example(SPEC, "campaignLink")["link"]
    other = api.ok("campaignLink", params={"campaignId": 22553})["link"]
    assert other != link and other == api.ok("campaignLink", params={"campaignId": 22553})["link"]


def test_interview_list_and_result_replay_the_documented_samples(api: Api) -> None:
    body = api.ok("interviewList", json=body_example(SPEC, "interviewList"))
    documented = response_example(SPEC, "interviewList")
    assert body["records"] == documented["records"]
    assert (body["total_count"], body[INTERVIEWS_MORE]) == (
        documented["total_count"],
        documented[INTERVIEWS_MORE],
    )
    interview = parameter_example(SPEC, "interviewResult", "interviewId")
    result = api.ok("interviewResult", params={"interviewId": interview})["records"]
    assert result == response_example(SPEC, "interviewResult")["records"]


def test_interview_list_filters_and_pages(api: Api) -> None:
    everything = api.ok("interviewList", json={"top": INTERVIEWS_PAGE})
    assert everything["total_count"] >= 150 and everything[INTERVIEWS_MORE] is True
    statuses = {}
    for status in request_field(SPEC, "interviewList", "status")["enum"]:
        page = api.ok("interviewList", json={"status": status, "top": INTERVIEWS_PAGE})
        assert {r["status"] for r in page["records"]} <= {status}
        statuses[status] = page["total_count"]
    assert len([n for n in statuses.values() if n > 0]) >= 2, statuses
    assert sum(statuses.values()) == everything["total_count"]
    found = api.ok("interviewList", json={"search_param": "CANDIDATE1@"})
    assert [r["interview_id"] for r in found["records"]] == [5012]


def test_invite_creates_deduplicated_interviews_without_scores(api: Api) -> None:
    emails = ["candidate1@example.com", "New.Person@example.com", "new.person@EXAMPLE.com"]
    body = {"emails": emails, "campaign_id": 22554, "user_id": 1042, "invited_from": "api"}
    assert api.ok("interviewInvite", json=body)["invited_count"] == 1
    assert api.ok("interviewInvite", json=body)["invited_count"] == 0
    listed = api.ok("interviewList", json={"campaign_id": 22554, "status": "invited"})
    assert [r["candidate_email"] for r in listed["records"]] == ["New.Person@example.com"]
    new_id = listed["records"][0]["interview_id"]
    result = api.ok("interviewResult", params={"interviewId": new_id})["records"]
    assert result == {
        "interview_id": new_id,
        "candidate_email": "New.Person@example.com",
        "status": "invited",
    }


def test_unknown_ids_answer_404_naming_the_field(api: Api) -> None:
    assert "campaignId" in api.fails(
        "campaignDetails", 404, params={"campaignId": 99999, "userId": 1042}
    )
    assert "campaignId" in api.fails("campaignLink", 404, params={"campaignId": 99999})
    assert "interviewId" in api.fails("interviewResult", 404, params={"interviewId": 99999})
    invite = {
        "emails": ["a@example.com"],
        "campaign_id": 99999,
        "user_id": 1042,
        "invited_from": "api",
    }
    assert "campaign_id" in api.fails("interviewInvite", 404, json=invite)
    assert "campaign_id" in api.fails("interviewList", 404, json={"campaign_id": 99999})


def test_other_organisations_data_is_invisible(
    api: Api, server: InProcessMock, response_checker: ResponseChecker
) -> None:
    sam = Api.over(server, response_checker)
    try:
        sam.token = login(sam, SAM)["token"]
        theirs = sam.ok("campaignList", json={"top": AGENTS_PAGE})
        their_agent = theirs["records"][0]["id"]
        their_interview = sam.ok("interviewList", json={})["records"][0]["interview_id"]
        mine = api.ok("campaignList", json={"top": AGENTS_PAGE})
        assert not {r["id"] for r in mine["records"]} & {r["id"] for r in theirs["records"]}
        # The other org's ids answer exactly like ids that do not exist.
        api.fails("campaignDetails", 404, params={"campaignId": their_agent, "userId": 1042})
        api.fails("campaignLink", 404, params={"campaignId": their_agent})
        api.fails("interviewResult", 404, params={"interviewId": their_interview})
        api.fails("interviewList", 404, json={"campaign_id": their_agent})
        api.fails("campaignList", 404, json={"org_id": 99})
        api.fails("interviewList", 404, json={"org_id": 99})
        api.fails("campaignDetails", 404, params={"campaignId": 22554, "userId": 2001})
        invite = {
            "emails": ["x@example.com"],
            "campaign_id": their_agent,
            "user_id": 1042,
            "invited_from": "api",
        }
        api.fails("interviewInvite", 404, json=invite)
        sam.fails("interviewResult", 404, params={"interviewId": 5012})
    finally:
        sam.close()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"top": 0}, "top: must be >= 1"),
        ({"top": AGENTS_PAGE + 1}, f"top: must be <= {AGENTS_PAGE}"),
        ({"skip": -1}, "skip: must be >= 0"),
        ({"top": "10"}, "top: must be of type integer"),
        ({"status": "paused"}, "status: must be one of"),
        ({"org_id": ORG_ID_MAX + 1}, f"org_id: must be <= {ORG_ID_MAX}"),
        ({"search_param": "x" * (SEARCH_MAX + 1)}, f"search_param: must be at most {SEARCH_MAX}"),
        ([], "body: must be of type object"),
    ],
)
def test_invalid_list_requests_answer_400_naming_the_field(
    api: Api, body: object, field: str
) -> None:
    assert api.fails("campaignList", 400, json=body).startswith(field)


def test_invalid_invites_answer_400(api: Api) -> None:
    good = {
        "emails": ["a@example.com"],
        "campaign_id": 22554,
        "user_id": 1042,
        "invited_from": "api",
    }
    assert api.fails("interviewInvite", 400, json={**good, "emails": []}).startswith("emails:")
    assert api.fails("interviewInvite", 400, json={**good, "emails": ["nope"]}).startswith(
        "emails[0]:"
    )
    missing = {k: v for k, v in good.items() if k != "invited_from"}
    assert api.fails("interviewInvite", 400, json=missing) == "invited_from: field is required"


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({}, "campaignId: field is required"),
        ({"campaignId": "abc"}, "campaignId: must be of type integer"),
        ({"campaignId": "0"}, "campaignId: must be >= 1"),
        ({"campaignId": str(2**31)}, "campaignId: must be <="),
        ({"campaignId": "99999999999999999999999"}, "campaignId: must be of type integer"),
    ],
)
def test_invalid_query_parameters_answer_400(
    api: Api, params: dict[str, str], message: str
) -> None:
    assert api.fails("campaignLink", 400, params=params).startswith(message)


@pytest.mark.parametrize(
    ("content", "content_type", "message"),
    [
        (b"{not json", "application/json", "body: not valid JSON"),
        (b'{"email": "\xff\xfe@x.io"}', "application/json", "body: not valid JSON"),
        (
            b'{"email": "%s"}' % SEED_EMAIL.encode(),
            "text/plain",
            "Content-Type: must be application/json",
        ),
        (b"", "application/json", "body: a JSON request body is required"),
        (b"[" * 70_000, "application/json", "body: larger than"),
        (b"null", "application/json", "body: must be of type object"),
    ],
)
def test_malformed_bodies_answer_400(
    api: Api, content: bytes, content_type: str, message: str
) -> None:
    response = api.send("loginOTP", content=content, headers={"Content-Type": content_type})
    assert response.status_code == 400 and response.json()["message"].startswith(message)


def test_unknown_paths_and_methods(api: Api) -> None:
    missing = api.http.get(f"{api.base_url}/svc/campaign/nope")
    assert missing.status_code == 404 and missing.json()["error"] is True
    wrong = api.http.delete(f"{api.base_url}/svc/campaign/list")
    assert wrong.status_code == 405 and wrong.headers["allow"] == "POST"
    assert wrong.json() == {"message": wrong.json()["message"], "status_code": 405, "error": True}


def test_outbox_and_reset(api: Api) -> None:
    api.ok("loginOTP", json={"email": "Jane.Doe@acme.example"})
    messages = api.outbox(JANE)
    assert len(messages) == 2 and [m["purpose"] for m in messages] == ["login", "login"]
    assert set(messages[0]) == {"email", "session_id", "code", "purpose", "sent_at"}
    assert messages[-1]["code"] == TEST_OTP
    invite = {
        "emails": ["z@example.com"],
        "campaign_id": 22554,
        "user_id": 1042,
        "invited_from": "api",
    }
    api.ok("interviewInvite", json=invite)
    assert api.control("reset").json() == {"status": "ok"}
    assert api.outbox(JANE) == []
    # A reset signs with a new key: the old token is gone with the records it named.
    api.fails("interviewList", 401, json={"campaign_id": 22554})
    api.token = login(api, JANE)["token"]
    listed = api.ok("interviewList", json={"campaign_id": 22554})
    assert [r["interview_id"] for r in listed["records"]] == [5012]
