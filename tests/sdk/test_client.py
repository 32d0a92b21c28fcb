"""The generated SDK end to end against the mock: every operation, typed errors, no token leaks."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator

import httpx
import pytest
from skilldeo_client import (
    APIConnectionError,
    AsyncSkilldeo,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    RateLimitError,
    ServerError,
    Skilldeo,
    SkilldeoError,
    async_login,
    login,
    signup,
)
from skilldeo_client.models import (
    AgentStatus,
    CampaignListRequest,
    InterviewListRequest,
    InterviewStatus,
    OverallDecision,
    Scores,
    SendInvitesRequestDto,
)

from tests.support.contract import current, largest_page, parameter_example, response_example
from tests.support.seed import SEED_EMAIL, SEED_ORG, SEED_USER, latest_code, new_email
from tests.support.servers import TEST_OTP, MockServer, free_port


@pytest.fixture
def client(mock: MockServer) -> Iterator[Skilldeo]:
    with login(SEED_EMAIL, otp=TEST_OTP, base_url=mock.base_url, max_retries=0) as signed_in:
        yield signed_in


def test_login_reads_the_code_from_a_callable_and_knows_the_user(mock: MockServer) -> None:
    with login(SEED_EMAIL, otp=latest_code(mock, SEED_EMAIL), base_url=mock.base_url) as client:
        assert client.authenticated
        assert (client.user_id, client.org_id) == (SEED_USER, SEED_ORG)
        assert client.campaign_link(campaign_id=22554).link.startswith("https://")


def test_signup_returns_a_working_client_without_ids(mock: MockServer) -> None:
    email = new_email("signup")
    with signup(
        email,
        otp=TEST_OTP,
        first_name="Ada",
        organization="Analytical Engines",
        base_url=mock.base_url,
    ) as client:
        assert client.authenticated
        assert (client.user_id, client.org_id) == (None, None)
        page = client.campaign_list(body=CampaignListRequest())
        assert page.status_code == 200
    with login(email, otp=TEST_OTP, base_url=mock.base_url) as again:
        assert again.user_id is not None and again.org_id not in (None, SEED_ORG)


def test_agent_operations(client: Skilldeo) -> None:
    page = client.campaign_list(
        body=CampaignListRequest(
            org_id=SEED_ORG, user_id=SEED_USER, status=AgentStatus.ACTIVE, top=3
        )
    )
    assert len(page.records) == 3
    assert page.has_more is True and isinstance(page.total_count, int) and page.total_count > 3
    # The seed holds the documented records: the spec's examples come back.
    documented = response_example(current(), "campaignDetails")["records"]
    details = client.campaign_details(campaign_id=documented["id"], user_id=SEED_USER).records
    assert (details.id, details.name, details.status) == (
        documented["id"],
        documented["name"],
        AgentStatus(documented["status"]),
    )
    agent = parameter_example(current(), "campaignLink", "campaignId")
    link = response_example(current(), "campaignLink")["link"]
    assert client.campaign_link(campaign_id=agent).link == link


def test_interview_operations(client: Skilldeo) -> None:
    first, second = new_email("cand"), new_email("cand")
    invited = client.interview_invite(
        body=SendInvitesRequestDto(
            emails=[first, second, first.upper()],
            campaign_id=22554,
            user_id=SEED_USER,
            invited_from="api",
        )
    )
    assert invited.invited_count == 2
    listed = client.interview_list(
        body=InterviewListRequest(
            campaign_id=22554,
            status=InterviewStatus.INVITED,
            top=largest_page(current(), "interviewList"),
        )
    )
    assert {first, second} <= {r.candidate_email for r in listed.records}
    documented = response_example(current(), "interviewResult")["records"]
    result = client.interview_result(interview_id=documented["interview_id"]).records
    assert result.status is InterviewStatus(documented["status"])
    assert result.overall_decision is OverallDecision(documented["overall_decision"])
    assert isinstance(result.scores, Scores)
    assert result.scores.job_stability_score == documented["scores"]["job_stability_score"]


def _faulty(mock: MockServer, fault: dict[str, str], token: str | None = None) -> Skilldeo:
    """A client without retries whose every request carries `fault`, the mock's fault headers."""
    return Skilldeo(
        token=token, base_url=mock.base_url, max_retries=0, http_client=httpx.Client(headers=fault)
    )


def test_errors_are_raised_as_their_types(client: Skilldeo, mock: MockServer) -> None:
    with pytest.raises(NotFoundError) as missing:
        client.campaign_link(campaign_id=99999)
    assert missing.value.status_code == 404 and "99999" in missing.value.message
    assert missing.value.response is not None and missing.value.response.status_code == 404

    with pytest.raises(BadRequestError) as wrong_code:
        login(SEED_EMAIL, otp="000000", base_url=mock.base_url)
    assert wrong_code.value.status_code == 400

    for token in (None, "forged.token.value"):
        with (
            Skilldeo(token=token, base_url=mock.base_url) as stranger,
            pytest.raises(AuthenticationError) as denied,
        ):
            stranger.campaign_link(campaign_id=22554)
        assert denied.value.status_code == 401

    faulty = {"X-Mock-Fault": "429", "X-Mock-Retry-After": "0"}
    with _faulty(mock, faulty, token="x") as c, pytest.raises(RateLimitError) as limited:
        c.campaign_link(campaign_id=22554)
    assert limited.value.status_code == 429 and limited.value.message.startswith(
        "Too many requests"
    )

    with _faulty(mock, {"X-Mock-Fault": "500"}) as c, pytest.raises(ServerError) as failed:
        c.campaign_link(campaign_id=22554)
    assert failed.value.status_code == 500

    with (
        Skilldeo(base_url=f"http://127.0.0.1:{free_port()}/api/v1", max_retries=0) as nowhere,
        pytest.raises(APIConnectionError) as unreachable,
    ):
        nowhere.campaign_link(campaign_id=22554)
    assert unreachable.value.status_code is None and unreachable.value.response is None
    assert all(issubclass(e, SkilldeoError) for e in (NotFoundError, APIConnectionError))


def test_the_token_never_leaks(mock: MockServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    faulty = httpx.Client(headers={"X-Mock-Fault": "503", "X-Mock-Retry-After": "0"})
    with login(SEED_EMAIL, otp=TEST_OTP, base_url=mock.base_url, max_retries=1) as client:
        token = client._token
        assert token
        client.campaign_list(body=CampaignListRequest(top=1))
        with Skilldeo(
            token=token, base_url=mock.base_url, max_retries=1, http_client=faulty
        ) as retried:
            with pytest.raises(ServerError) as failed:
                retried.campaign_link(campaign_id=22554)
            shown = [
                repr(client),
                str(client),
                repr(retried),
                str(failed.value),
                repr(failed.value),
            ]
    assert "retrying GET" in caplog.text  # the retry was logged...
    for text in [*shown, caplog.text]:
        assert token not in text  # ...without the token
    assert "authenticated=True" in repr(client)


def test_async_client_runs_the_same_flow(mock: MockServer) -> None:
    async def flow() -> tuple[int | None, str, list[int]]:
        client: AsyncSkilldeo = await async_login(SEED_EMAIL, otp=TEST_OTP, base_url=mock.base_url)
        async with client:
            link = (await client.campaign_link(campaign_id=22553)).link
            page = await client.campaign_list(body=CampaignListRequest(top=2))
            with pytest.raises(NotFoundError):
                await client.interview_result(interview_id=99999)
            return client.org_id, link, [r.id for r in page.records]

    org_id, link, ids = asyncio.run(flow())
    assert org_id == SEED_ORG and link.startswith("https://") and len(ids) == 2


def test_base_url_and_token_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SKILLDEO_BASE_URL", raising=False)
    monkeypatch.delenv("SKILLDEO_TOKEN", raising=False)
    with Skilldeo() as default:
        assert default.base_url == "https://api.skilldeo.com/api/v1" and not default.authenticated
    monkeypatch.setenv("SKILLDEO_BASE_URL", "http://127.0.0.1:9/api/v1/")
    monkeypatch.setenv("SKILLDEO_TOKEN", "from-env")
    with Skilldeo() as configured:
        assert configured.base_url == "http://127.0.0.1:9/api/v1" and configured.authenticated
    with Skilldeo(base_url="http://example.invalid/v1", token="arg") as explicit:
        assert explicit.base_url == "http://example.invalid/v1" and explicit._token == "arg"
