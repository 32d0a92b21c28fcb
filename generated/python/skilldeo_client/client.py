# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""The clients: every operation of the skilldeo Platform API as a method.

`Skilldeo` is synchronous, `AsyncSkilldeo` the same with `await`. A call returns the success model
of its operation and raises an `errors.SkilldeoError` subclass for anything else. A request body's
fields are the method's keyword arguments (`body=` takes the model, or a dict, instead);
`with_raw_response.<method>(...)` answers the HTTP response with `.parse()`; the paged operations
also have `iter_*` (every record) and `page_*` (page objects).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

from ._base import (
    APIResponse,
    AsyncAPIClient,
    Body,
    CallOptions,
    Headers,
    Query,
    SyncAPIClient,
    Timeout,
    lazy_module,
)
from ._pagination import AsyncPage, SyncPage
from ._pagination import Facts as _PageFacts
from ._pagination import afirst_page as _afirst_page
from ._pagination import aiterate as _aiterate
from ._pagination import first_page as _first_page
from ._pagination import iterate as _iterate
from .types import UNSET, Unset

# Each operation's module (and the models it needs) is imported on the operation's first call.
if TYPE_CHECKING:
    from .api.agent_api import campaign_details as _campaign_details
    from .api.agent_api import campaign_link as _campaign_link
    from .api.agent_api import campaign_list as _campaign_list
    from .api.authentication_api import login_otp as _login_otp
    from .api.authentication_api import login_verify as _login_verify
    from .api.authentication_api import signup_otp as _signup_otp
    from .api.authentication_api import signup_verify as _signup_verify
    from .api.interview_api import interview_invite as _interview_invite
    from .api.interview_api import interview_list as _interview_list
    from .api.interview_api import interview_result as _interview_result
else:
    _campaign_list = lazy_module(f"{__package__}.api.agent_api.campaign_list")
    _campaign_details = lazy_module(f"{__package__}.api.agent_api.campaign_details")
    _campaign_link = lazy_module(f"{__package__}.api.agent_api.campaign_link")
    _signup_otp = lazy_module(f"{__package__}.api.authentication_api.signup_otp")
    _signup_verify = lazy_module(f"{__package__}.api.authentication_api.signup_verify")
    _login_otp = lazy_module(f"{__package__}.api.authentication_api.login_otp")
    _login_verify = lazy_module(f"{__package__}.api.authentication_api.login_verify")
    _interview_invite = lazy_module(f"{__package__}.api.interview_api.interview_invite")
    _interview_list = lazy_module(f"{__package__}.api.interview_api.interview_list")
    _interview_result = lazy_module(f"{__package__}.api.interview_api.interview_result")

if TYPE_CHECKING:  # the models are named in annotations only
    from .models.agent_status import AgentStatus
    from .models.campaign_details_response import CampaignDetailsResponse
    from .models.campaign_link_response import CampaignLinkResponse
    from .models.campaign_list_request import CampaignListRequest
    from .models.campaign_list_response import CampaignListResponse
    from .models.campaign_summary import CampaignSummary
    from .models.common_response_dto import CommonResponseDto
    from .models.generic_auth_response import GenericAuthResponse
    from .models.interview_list_request import InterviewListRequest
    from .models.interview_list_response import InterviewListResponse
    from .models.interview_status import InterviewStatus
    from .models.interview_summary import InterviewSummary
    from .models.invite_response import InviteResponse
    from .models.login_otp_request import LoginOtpRequest
    from .models.login_verify_request import LoginVerifyRequest
    from .models.login_verify_response import LoginVerifyResponse
    from .models.send_invites_request_dto import SendInvitesRequestDto
    from .models.signup_verify_request import SignupVerifyRequest
    from .models.signup_verify_response import SignupVerifyResponse
    from .models.user_request import UserRequest
    from .types import UNSET, Unset


__all__ = ["AsyncSkilldeo", "AsyncSkilldeoWithRawResponse", "Skilldeo", "SkilldeoWithRawResponse"]


def _read_campaign_list(page: CampaignListResponse) -> _PageFacts[CampaignSummary]:
    """The records of one page of `campaign_list`, and what says whether more follow."""
    return page.records, page.has_more, page.total_count


def _read_interview_list(page: InterviewListResponse) -> _PageFacts[InterviewSummary]:
    """The records of one page of `interview_list`, and what says whether more follow."""
    return page.records, page.has_more, page.total_count


class Skilldeo(SyncAPIClient):
    """A synchronous client of the skilldeo Platform API.

    The base URL defaults to `$SKILLDEO_BASE_URL`, else the spec's first server; the token to
    `$SKILLDEO_TOKEN`. `login()` and `signup()` return a client that is already authenticated.
    One client may be shared by many threads.
    """

    @property
    def with_raw_response(self) -> SkilldeoWithRawResponse:
        """The same methods, answering the HTTP response (`APIResponse`) instead of the model."""
        return SkilldeoWithRawResponse(self)

    @overload
    def campaign_list(
        self,
        body: CampaignListRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CampaignListResponse: ...

    @overload
    def campaign_list(
        self,
        *,
        org_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search_param: str | Unset = UNSET,
        status: AgentStatus | Literal["active", "inactive"] | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CampaignListResponse: ...

    def campaign_list(
        self,
        body: CampaignListRequest | Mapping[str, Any] | None = None,
        *,
        org_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search_param: str | Unset = UNSET,
        status: AgentStatus | Literal["active", "inactive"] | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CampaignListResponse:
        """List agents (POST /svc/campaign/list).

        Lists the interview agents (campaigns) of the caller's organisation, newest first, one
        page at a time. `search_param` keeps the agents whose name contains it (ignoring case);
        `status` keeps active or inactive ones. Page with `top` and `skip`: `total_count` counts
        every match and `hasMore` says whether a further page exists. An `org_id` other than the
        caller's own organisation answers 404. Pass the request body's fields as keyword
        arguments, or the whole body as `body=` (a model or a dict); `extra_headers`,
        `extra_query`, `extra_body`, `timeout` and `max_retries` (0 disables retries) apply to
        this call only.
        """

        return self._request(
            _campaign_list.OPERATION,
            _campaign_list.request_kwargs(
                self,
                body,
                org_id=org_id,
                user_id=user_id,
                search_param=search_param,
                status=status,
                top=top,
                skip=skip,
            ),
            _campaign_list.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def campaign_details(
        self,
        *,
        campaign_id: int,
        user_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CampaignDetailsResponse:
        """Get an agent (GET /svc/campaign/getDetails).

        Reads one agent in full: its name, status, skill, location and the dates it runs between.
        An agent outside the caller's organisation answers 404, exactly like one that does not
        exist. Pass the request body's fields as keyword arguments, or the whole body as `body=`
        (a model or a dict); `extra_headers`, `extra_query`, `extra_body`, `timeout` and
        `max_retries` (0 disables retries) apply to this call only.
        """

        return self._request(
            _campaign_details.OPERATION,
            _campaign_details.request_kwargs(
                self,
                campaign_id=campaign_id,
                user_id=user_id,
            ),
            _campaign_details.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def campaign_link(
        self,
        *,
        campaign_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CampaignLinkResponse:
        """Get an agent's interview link (GET /svc/campaign/getLink).

        Returns the shareable link candidates open to take the agent's interview. Each agent has
        one stable link, so it can be posted on a job board or sent in any message. Pass the
        request body's fields as keyword arguments, or the whole body as `body=` (a model or a
        dict); `extra_headers`, `extra_query`, `extra_body`, `timeout` and `max_retries` (0
        disables retries) apply to this call only.
        """

        return self._request(
            _campaign_link.OPERATION,
            _campaign_link.request_kwargs(
                self,
                campaign_id=campaign_id,
            ),
            _campaign_link.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    def signup_otp(
        self,
        body: UserRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> GenericAuthResponse: ...

    @overload
    def signup_otp(
        self,
        *,
        email: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        org_type_id: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> GenericAuthResponse: ...

    def signup_otp(
        self,
        body: UserRequest | Mapping[str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        org_type_id: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> GenericAuthResponse:
        """Start registration (POST /auth/signupOTP).

        Starts the registration of a new user and organisation. The platform e-mails a six-digit
        one-time password to `email` and answers with the `session_id` that the verification step
        (`signupVerify`) must send back with the code. Pass the request body's fields as keyword
        arguments, or the whole body as `body=` (a model or a dict); `extra_headers`,
        `extra_query`, `extra_body`, `timeout` and `max_retries` (0 disables retries) apply to
        this call only.
        """

        return self._request(
            _signup_otp.OPERATION,
            _signup_otp.request_kwargs(
                self,
                body,
                email=email,
                first_name=first_name,
                last_name=last_name,
                organization=organization,
                org_type_id=org_type_id,
                phone_number=phone_number,
                role_id=role_id,
            ),
            _signup_otp.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    def signup_verify(
        self,
        body: SignupVerifyRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> SignupVerifyResponse: ...

    @overload
    def signup_verify(
        self,
        *,
        email: str,
        session_id: str | Unset = UNSET,
        verification_code: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        org_type_id: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        recieved_from: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> SignupVerifyResponse: ...

    def signup_verify(
        self,
        body: SignupVerifyRequest | Mapping[str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        verification_code: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        org_type_id: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        recieved_from: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> SignupVerifyResponse:
        """Verify registration (POST /auth/signupVerify).

        Completes a registration: checks the one-time password e-mailed by `signupOTP`, creates
        the user account and its organisation, and returns a bearer token for the new user. A code
        is valid for 10 minutes, can be used once, and is void after 5 wrong tries; a failed check
        answers 400. Pass the request body's fields as keyword arguments, or the whole body as
        `body=` (a model or a dict); `extra_headers`, `extra_query`, `extra_body`, `timeout` and
        `max_retries` (0 disables retries) apply to this call only.
        """

        return self._request(
            _signup_verify.OPERATION,
            _signup_verify.request_kwargs(
                self,
                body,
                email=email,
                session_id=session_id,
                verification_code=verification_code,
                first_name=first_name,
                last_name=last_name,
                organization=organization,
                org_type_id=org_type_id,
                phone_number=phone_number,
                role_id=role_id,
                recieved_from=recieved_from,
            ),
            _signup_verify.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    def login_otp(
        self,
        body: LoginOtpRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> GenericAuthResponse: ...

    @overload
    def login_otp(
        self,
        *,
        email: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> GenericAuthResponse: ...

    def login_otp(
        self,
        body: LoginOtpRequest | Mapping[str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> GenericAuthResponse:
        """Start login (POST /auth/loginOTP).

        Starts a login: the platform e-mails a six-digit one-time password to the registered
        address and answers with the `session_id` that `loginVerify` must send back with the code.
        An address that is not registered gets the same answer (no code is sent, and verification
        fails), so this endpoint cannot be used to find out who has an account. Pass the request
        body's fields as keyword arguments, or the whole body as `body=` (a model or a dict);
        `extra_headers`, `extra_query`, `extra_body`, `timeout` and `max_retries` (0 disables
        retries) apply to this call only.
        """

        return self._request(
            _login_otp.OPERATION,
            _login_otp.request_kwargs(
                self,
                body,
                email=email,
            ),
            _login_otp.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    def login_verify(
        self,
        body: LoginVerifyRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> LoginVerifyResponse: ...

    @overload
    def login_verify(
        self,
        *,
        email: str,
        session_id: str | Unset = UNSET,
        verification_code: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> LoginVerifyResponse: ...

    def login_verify(
        self,
        body: LoginVerifyRequest | Mapping[str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        verification_code: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> LoginVerifyResponse:
        """Verify login (POST /auth/loginVerify).

        Completes a login: checks the one-time password e-mailed by `loginOTP` and returns a
        bearer token with the user's `user_id` and `org_id`, which the Agent and Interview APIs
        take as filters. A code is valid for 10 minutes, can be used once, and is void after 5
        wrong tries; a failed check answers 400. Pass the request body's fields as keyword
        arguments, or the whole body as `body=` (a model or a dict); `extra_headers`,
        `extra_query`, `extra_body`, `timeout` and `max_retries` (0 disables retries) apply to
        this call only.
        """

        return self._request(
            _login_verify.OPERATION,
            _login_verify.request_kwargs(
                self,
                body,
                email=email,
                session_id=session_id,
                verification_code=verification_code,
            ),
            _login_verify.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    def interview_invite(
        self,
        body: SendInvitesRequestDto | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> InviteResponse: ...

    @overload
    def interview_invite(
        self,
        *,
        emails: list[str],
        campaign_id: int,
        invited_from: str,
        user_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> InviteResponse: ...

    def interview_invite(
        self,
        body: SendInvitesRequestDto | Mapping[str, Any] | None = None,
        *,
        emails: list[str] | Unset = UNSET,
        campaign_id: int | Unset = UNSET,
        invited_from: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> InviteResponse:
        """Invite candidates (POST /svc/interview/invite).

        E-mails an interview invitation for one agent to each address in `emails`, creating one
        interview (status `invited`) per candidate. Addresses are compared ignoring case; one that
        is repeated in the list, or already invited to this agent, is not invited again.
        `invited_count` says how many invitations were actually sent. Pass the request body's
        fields as keyword arguments, or the whole body as `body=` (a model or a dict);
        `extra_headers`, `extra_query`, `extra_body`, `timeout` and `max_retries` (0 disables
        retries) apply to this call only.
        """

        return self._request(
            _interview_invite.OPERATION,
            _interview_invite.request_kwargs(
                self,
                body,
                emails=emails,
                campaign_id=campaign_id,
                user_id=user_id,
                invited_from=invited_from,
            ),
            _interview_invite.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    def interview_list(
        self,
        body: InterviewListRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> InterviewListResponse: ...

    @overload
    def interview_list(
        self,
        *,
        campaign_id: int | Unset = UNSET,
        org_id: int | Unset = UNSET,
        status: InterviewStatus | Literal["invited", "in_progress", "completed", "expired"] | Unset = UNSET,
        search_param: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> InterviewListResponse: ...

    def interview_list(
        self,
        body: InterviewListRequest | Mapping[str, Any] | None = None,
        *,
        campaign_id: int | Unset = UNSET,
        org_id: int | Unset = UNSET,
        status: InterviewStatus | Literal["invited", "in_progress", "completed", "expired"] | Unset = UNSET,
        search_param: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> InterviewListResponse:
        """List interviews (POST /svc/interview/list).

        Lists the interviews of the caller's organisation, newest first, one page at a time.
        Narrow it to one agent with `campaign_id`, to one stage with `status`, and to candidates
        whose e-mail address contains `search_param` (ignoring case). Page with `top` and `skip`:
        `total_count` counts every match and `hasMore` says whether a further page exists. An
        agent or organisation the caller cannot see answers 404. Pass the request body's fields as
        keyword arguments, or the whole body as `body=` (a model or a dict); `extra_headers`,
        `extra_query`, `extra_body`, `timeout` and `max_retries` (0 disables retries) apply to
        this call only.
        """

        return self._request(
            _interview_list.OPERATION,
            _interview_list.request_kwargs(
                self,
                body,
                campaign_id=campaign_id,
                org_id=org_id,
                status=status,
                search_param=search_param,
                top=top,
                skip=skip,
            ),
            _interview_list.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def interview_result(
        self,
        *,
        interview_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CommonResponseDto:
        """Get an interview's evaluation (GET /svc/interview/getResult).

        Reads one interview and, once the AI has evaluated it, its result: the overall decision
        and the scores for job stability, role fitment, soft skills and technical skills.
        `overall_decision` and `scores` are absent until the interview has been evaluated. An
        interview outside the caller's organisation answers 404, exactly like one that does not
        exist. Pass the request body's fields as keyword arguments, or the whole body as `body=`
        (a model or a dict); `extra_headers`, `extra_query`, `extra_body`, `timeout` and
        `max_retries` (0 disables retries) apply to this call only.
        """

        return self._request(
            _interview_result.OPERATION,
            _interview_result.request_kwargs(
                self,
                interview_id=interview_id,
            ),
            _interview_result.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    def iter_campaign_list(
        self,
        body: CampaignListRequest | Mapping[str, Any],
        *,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[CampaignSummary]: ...

    @overload
    def iter_campaign_list(
        self,
        *,
        org_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search_param: str | Unset = UNSET,
        status: AgentStatus | Literal["active", "inactive"] | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[CampaignSummary]: ...

    def iter_campaign_list(
        self,
        body: CampaignListRequest | Mapping[str, Any] | None = None,
        *,
        org_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search_param: str | Unset = UNSET,
        status: AgentStatus | Literal["active", "inactive"] | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[CampaignSummary]:
        """Every record of `campaign_list` matching the request, fetching pages as they are needed.

        Asks for the largest page the API allows (100) unless the request sets `top`, and
        stops after `limit` records when given (asking for no more than that). The other options
        apply to each page request.
        """
        options = CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries)
        kwargs = _campaign_list.request_kwargs(
            self,
            body,
            org_id=org_id,
            user_id=user_id,
            search_param=search_param,
            status=status,
            top=top,
            skip=skip,
        )
        return _iterate(
            lambda kw: self._request(_campaign_list.OPERATION, kw, _campaign_list.parse_response, options),
            _read_campaign_list,
            kwargs,
            100,
            limit,
        )

    @overload
    def page_campaign_list(
        self,
        body: CampaignListRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[CampaignSummary, CampaignListResponse]: ...

    @overload
    def page_campaign_list(
        self,
        *,
        org_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search_param: str | Unset = UNSET,
        status: AgentStatus | Literal["active", "inactive"] | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[CampaignSummary, CampaignListResponse]: ...

    def page_campaign_list(
        self,
        body: CampaignListRequest | Mapping[str, Any] | None = None,
        *,
        org_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search_param: str | Unset = UNSET,
        status: AgentStatus | Literal["active", "inactive"] | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[CampaignSummary, CampaignListResponse]:
        """The first page of `campaign_list` as a page object: `records`, `total_count`, `response`,
        `has_next_page()` and `next_page()` (same filters and page size, the next `skip`).
        """
        options = CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries)
        kwargs = _campaign_list.request_kwargs(
            self,
            body,
            org_id=org_id,
            user_id=user_id,
            search_param=search_param,
            status=status,
            top=top,
            skip=skip,
        )
        return _first_page(
            lambda kw: self._request(_campaign_list.OPERATION, kw, _campaign_list.parse_response, options),
            _read_campaign_list,
            kwargs,
        )

    @overload
    def iter_interview_list(
        self,
        body: InterviewListRequest | Mapping[str, Any],
        *,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[InterviewSummary]: ...

    @overload
    def iter_interview_list(
        self,
        *,
        campaign_id: int | Unset = UNSET,
        org_id: int | Unset = UNSET,
        status: InterviewStatus | Literal["invited", "in_progress", "completed", "expired"] | Unset = UNSET,
        search_param: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[InterviewSummary]: ...

    def iter_interview_list(
        self,
        body: InterviewListRequest | Mapping[str, Any] | None = None,
        *,
        campaign_id: int | Unset = UNSET,
        org_id: int | Unset = UNSET,
        status: InterviewStatus | Literal["invited", "in_progress", "completed", "expired"] | Unset = UNSET,
        search_param: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> Iterator[InterviewSummary]:
        """Every record of `interview_list` matching the request, fetching pages as they are needed.

        Asks for the largest page the API allows (100) unless the request sets `top`, and
        stops after `limit` records when given (asking for no more than that). The other options
        apply to each page request.
        """
        options = CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries)
        kwargs = _interview_list.request_kwargs(
            self,
            body,
            campaign_id=campaign_id,
            org_id=org_id,
            status=status,
            search_param=search_param,
            top=top,
            skip=skip,
        )
        return _iterate(
            lambda kw: self._request(_interview_list.OPERATION, kw, _interview_list.parse_response, options),
            _read_interview_list,
            kwargs,
            100,
            limit,
        )

    @overload
    def page_interview_list(
        self,
        body: InterviewListRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[InterviewSummary, InterviewListResponse]: ...

    @overload
    def page_interview_list(
        self,
        *,
        campaign_id: int | Unset = UNSET,
        org_id: int | Unset = UNSET,
        status: InterviewStatus | Literal["invited", "in_progress", "completed", "expired"] | Unset = UNSET,
        search_param: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[InterviewSummary, InterviewListResponse]: ...

    def page_interview_list(
        self,
        body: InterviewListRequest | Mapping[str, Any] | None = None,
        *,
        campaign_id: int | Unset = UNSET,
        org_id: int | Unset = UNSET,
        status: InterviewStatus | Literal["invited", "in_progress", "completed", "expired"] | Unset = UNSET,
        search_param: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> SyncPage[InterviewSummary, InterviewListResponse]:
        """The first page of `interview_list` as a page object: `records`, `total_count`, `response`,
        `has_next_page()` and `next_page()` (same filters and page size, the next `skip`).
        """
        options = CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries)
        kwargs = _interview_list.request_kwargs(
            self,
            body,
            campaign_id=campaign_id,
            org_id=org_id,
            status=status,
            search_param=search_param,
            top=top,
            skip=skip,
        )
        return _first_page(
            lambda kw: self._request(_interview_list.OPERATION, kw, _interview_list.parse_response, options),
            _read_interview_list,
            kwargs,
        )


class SkilldeoWithRawResponse:
    """`Skilldeo`'s methods answering `APIResponse`: status, headers and `.parse()`."""

    def __init__(self, client: Skilldeo) -> None:
        self._client = client

    @overload
    def campaign_list(
        self,
        body: CampaignListRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[CampaignListResponse]: ...

    @overload
    def campaign_list(
        self,
        *,
        org_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search_param: str | Unset = UNSET,
        status: AgentStatus | Literal["active", "inactive"] | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[CampaignListResponse]: ...

    def campaign_list(
        self,
        body: CampaignListRequest | Mapping[str, Any] | None = None,
        *,
        org_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search_param: str | Unset = UNSET,
        status: AgentStatus | Literal["active", "inactive"] | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[CampaignListResponse]:
        """`campaign_list()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return self._client.request_raw(
            _campaign_list.OPERATION,
            _campaign_list.request_kwargs(
                self._client,
                body,
                org_id=org_id,
                user_id=user_id,
                search_param=search_param,
                status=status,
                top=top,
                skip=skip,
            ),
            _campaign_list.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def campaign_details(
        self,
        *,
        campaign_id: int,
        user_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[CampaignDetailsResponse]:
        """`campaign_details()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return self._client.request_raw(
            _campaign_details.OPERATION,
            _campaign_details.request_kwargs(
                self._client,
                campaign_id=campaign_id,
                user_id=user_id,
            ),
            _campaign_details.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def campaign_link(
        self,
        *,
        campaign_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[CampaignLinkResponse]:
        """`campaign_link()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return self._client.request_raw(
            _campaign_link.OPERATION,
            _campaign_link.request_kwargs(
                self._client,
                campaign_id=campaign_id,
            ),
            _campaign_link.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    def signup_otp(
        self,
        body: UserRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[GenericAuthResponse]: ...

    @overload
    def signup_otp(
        self,
        *,
        email: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        org_type_id: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[GenericAuthResponse]: ...

    def signup_otp(
        self,
        body: UserRequest | Mapping[str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        org_type_id: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[GenericAuthResponse]:
        """`signup_otp()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return self._client.request_raw(
            _signup_otp.OPERATION,
            _signup_otp.request_kwargs(
                self._client,
                body,
                email=email,
                first_name=first_name,
                last_name=last_name,
                organization=organization,
                org_type_id=org_type_id,
                phone_number=phone_number,
                role_id=role_id,
            ),
            _signup_otp.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    def signup_verify(
        self,
        body: SignupVerifyRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[SignupVerifyResponse]: ...

    @overload
    def signup_verify(
        self,
        *,
        email: str,
        session_id: str | Unset = UNSET,
        verification_code: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        org_type_id: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        recieved_from: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[SignupVerifyResponse]: ...

    def signup_verify(
        self,
        body: SignupVerifyRequest | Mapping[str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        verification_code: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        org_type_id: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        recieved_from: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[SignupVerifyResponse]:
        """`signup_verify()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return self._client.request_raw(
            _signup_verify.OPERATION,
            _signup_verify.request_kwargs(
                self._client,
                body,
                email=email,
                session_id=session_id,
                verification_code=verification_code,
                first_name=first_name,
                last_name=last_name,
                organization=organization,
                org_type_id=org_type_id,
                phone_number=phone_number,
                role_id=role_id,
                recieved_from=recieved_from,
            ),
            _signup_verify.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    def login_otp(
        self,
        body: LoginOtpRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[GenericAuthResponse]: ...

    @overload
    def login_otp(
        self,
        *,
        email: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[GenericAuthResponse]: ...

    def login_otp(
        self,
        body: LoginOtpRequest | Mapping[str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[GenericAuthResponse]:
        """`login_otp()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return self._client.request_raw(
            _login_otp.OPERATION,
            _login_otp.request_kwargs(
                self._client,
                body,
                email=email,
            ),
            _login_otp.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    def login_verify(
        self,
        body: LoginVerifyRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[LoginVerifyResponse]: ...

    @overload
    def login_verify(
        self,
        *,
        email: str,
        session_id: str | Unset = UNSET,
        verification_code: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[LoginVerifyResponse]: ...

    def login_verify(
        self,
        body: LoginVerifyRequest | Mapping[str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        verification_code: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[LoginVerifyResponse]:
        """`login_verify()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return self._client.request_raw(
            _login_verify.OPERATION,
            _login_verify.request_kwargs(
                self._client,
                body,
                email=email,
                session_id=session_id,
                verification_code=verification_code,
            ),
            _login_verify.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    def interview_invite(
        self,
        body: SendInvitesRequestDto | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[InviteResponse]: ...

    @overload
    def interview_invite(
        self,
        *,
        emails: list[str],
        campaign_id: int,
        invited_from: str,
        user_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[InviteResponse]: ...

    def interview_invite(
        self,
        body: SendInvitesRequestDto | Mapping[str, Any] | None = None,
        *,
        emails: list[str] | Unset = UNSET,
        campaign_id: int | Unset = UNSET,
        invited_from: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[InviteResponse]:
        """`interview_invite()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return self._client.request_raw(
            _interview_invite.OPERATION,
            _interview_invite.request_kwargs(
                self._client,
                body,
                emails=emails,
                campaign_id=campaign_id,
                user_id=user_id,
                invited_from=invited_from,
            ),
            _interview_invite.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    def interview_list(
        self,
        body: InterviewListRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[InterviewListResponse]: ...

    @overload
    def interview_list(
        self,
        *,
        campaign_id: int | Unset = UNSET,
        org_id: int | Unset = UNSET,
        status: InterviewStatus | Literal["invited", "in_progress", "completed", "expired"] | Unset = UNSET,
        search_param: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[InterviewListResponse]: ...

    def interview_list(
        self,
        body: InterviewListRequest | Mapping[str, Any] | None = None,
        *,
        campaign_id: int | Unset = UNSET,
        org_id: int | Unset = UNSET,
        status: InterviewStatus | Literal["invited", "in_progress", "completed", "expired"] | Unset = UNSET,
        search_param: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[InterviewListResponse]:
        """`interview_list()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return self._client.request_raw(
            _interview_list.OPERATION,
            _interview_list.request_kwargs(
                self._client,
                body,
                campaign_id=campaign_id,
                org_id=org_id,
                status=status,
                search_param=search_param,
                top=top,
                skip=skip,
            ),
            _interview_list.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    def interview_result(
        self,
        *,
        interview_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[CommonResponseDto]:
        """`interview_result()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return self._client.request_raw(
            _interview_result.OPERATION,
            _interview_result.request_kwargs(
                self._client,
                interview_id=interview_id,
            ),
            _interview_result.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )


class AsyncSkilldeo(AsyncAPIClient):
    """The asynchronous twin of `Skilldeo`: the same methods, awaited."""

    @property
    def with_raw_response(self) -> AsyncSkilldeoWithRawResponse:
        """The same methods, answering the HTTP response (`APIResponse`) instead of the model."""
        return AsyncSkilldeoWithRawResponse(self)

    @overload
    async def campaign_list(
        self,
        body: CampaignListRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CampaignListResponse: ...

    @overload
    async def campaign_list(
        self,
        *,
        org_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search_param: str | Unset = UNSET,
        status: AgentStatus | Literal["active", "inactive"] | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CampaignListResponse: ...

    async def campaign_list(
        self,
        body: CampaignListRequest | Mapping[str, Any] | None = None,
        *,
        org_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search_param: str | Unset = UNSET,
        status: AgentStatus | Literal["active", "inactive"] | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CampaignListResponse:
        """List agents (POST /svc/campaign/list).

        Lists the interview agents (campaigns) of the caller's organisation, newest first, one
        page at a time. `search_param` keeps the agents whose name contains it (ignoring case);
        `status` keeps active or inactive ones. Page with `top` and `skip`: `total_count` counts
        every match and `hasMore` says whether a further page exists. An `org_id` other than the
        caller's own organisation answers 404. Pass the request body's fields as keyword
        arguments, or the whole body as `body=` (a model or a dict); `extra_headers`,
        `extra_query`, `extra_body`, `timeout` and `max_retries` (0 disables retries) apply to
        this call only.
        """

        return await self._request(
            _campaign_list.OPERATION,
            _campaign_list.request_kwargs(
                self,
                body,
                org_id=org_id,
                user_id=user_id,
                search_param=search_param,
                status=status,
                top=top,
                skip=skip,
            ),
            _campaign_list.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def campaign_details(
        self,
        *,
        campaign_id: int,
        user_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CampaignDetailsResponse:
        """Get an agent (GET /svc/campaign/getDetails).

        Reads one agent in full: its name, status, skill, location and the dates it runs between.
        An agent outside the caller's organisation answers 404, exactly like one that does not
        exist. Pass the request body's fields as keyword arguments, or the whole body as `body=`
        (a model or a dict); `extra_headers`, `extra_query`, `extra_body`, `timeout` and
        `max_retries` (0 disables retries) apply to this call only.
        """

        return await self._request(
            _campaign_details.OPERATION,
            _campaign_details.request_kwargs(
                self,
                campaign_id=campaign_id,
                user_id=user_id,
            ),
            _campaign_details.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def campaign_link(
        self,
        *,
        campaign_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CampaignLinkResponse:
        """Get an agent's interview link (GET /svc/campaign/getLink).

        Returns the shareable link candidates open to take the agent's interview. Each agent has
        one stable link, so it can be posted on a job board or sent in any message. Pass the
        request body's fields as keyword arguments, or the whole body as `body=` (a model or a
        dict); `extra_headers`, `extra_query`, `extra_body`, `timeout` and `max_retries` (0
        disables retries) apply to this call only.
        """

        return await self._request(
            _campaign_link.OPERATION,
            _campaign_link.request_kwargs(
                self,
                campaign_id=campaign_id,
            ),
            _campaign_link.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    async def signup_otp(
        self,
        body: UserRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> GenericAuthResponse: ...

    @overload
    async def signup_otp(
        self,
        *,
        email: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        org_type_id: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> GenericAuthResponse: ...

    async def signup_otp(
        self,
        body: UserRequest | Mapping[str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        org_type_id: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> GenericAuthResponse:
        """Start registration (POST /auth/signupOTP).

        Starts the registration of a new user and organisation. The platform e-mails a six-digit
        one-time password to `email` and answers with the `session_id` that the verification step
        (`signupVerify`) must send back with the code. Pass the request body's fields as keyword
        arguments, or the whole body as `body=` (a model or a dict); `extra_headers`,
        `extra_query`, `extra_body`, `timeout` and `max_retries` (0 disables retries) apply to
        this call only.
        """

        return await self._request(
            _signup_otp.OPERATION,
            _signup_otp.request_kwargs(
                self,
                body,
                email=email,
                first_name=first_name,
                last_name=last_name,
                organization=organization,
                org_type_id=org_type_id,
                phone_number=phone_number,
                role_id=role_id,
            ),
            _signup_otp.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    async def signup_verify(
        self,
        body: SignupVerifyRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> SignupVerifyResponse: ...

    @overload
    async def signup_verify(
        self,
        *,
        email: str,
        session_id: str | Unset = UNSET,
        verification_code: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        org_type_id: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        recieved_from: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> SignupVerifyResponse: ...

    async def signup_verify(
        self,
        body: SignupVerifyRequest | Mapping[str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        verification_code: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        org_type_id: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        recieved_from: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> SignupVerifyResponse:
        """Verify registration (POST /auth/signupVerify).

        Completes a registration: checks the one-time password e-mailed by `signupOTP`, creates
        the user account and its organisation, and returns a bearer token for the new user. A code
        is valid for 10 minutes, can be used once, and is void after 5 wrong tries; a failed check
        answers 400. Pass the request body's fields as keyword arguments, or the whole body as
        `body=` (a model or a dict); `extra_headers`, `extra_query`, `extra_body`, `timeout` and
        `max_retries` (0 disables retries) apply to this call only.
        """

        return await self._request(
            _signup_verify.OPERATION,
            _signup_verify.request_kwargs(
                self,
                body,
                email=email,
                session_id=session_id,
                verification_code=verification_code,
                first_name=first_name,
                last_name=last_name,
                organization=organization,
                org_type_id=org_type_id,
                phone_number=phone_number,
                role_id=role_id,
                recieved_from=recieved_from,
            ),
            _signup_verify.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    async def login_otp(
        self,
        body: LoginOtpRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> GenericAuthResponse: ...

    @overload
    async def login_otp(
        self,
        *,
        email: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> GenericAuthResponse: ...

    async def login_otp(
        self,
        body: LoginOtpRequest | Mapping[str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> GenericAuthResponse:
        """Start login (POST /auth/loginOTP).

        Starts a login: the platform e-mails a six-digit one-time password to the registered
        address and answers with the `session_id` that `loginVerify` must send back with the code.
        An address that is not registered gets the same answer (no code is sent, and verification
        fails), so this endpoint cannot be used to find out who has an account. Pass the request
        body's fields as keyword arguments, or the whole body as `body=` (a model or a dict);
        `extra_headers`, `extra_query`, `extra_body`, `timeout` and `max_retries` (0 disables
        retries) apply to this call only.
        """

        return await self._request(
            _login_otp.OPERATION,
            _login_otp.request_kwargs(
                self,
                body,
                email=email,
            ),
            _login_otp.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    async def login_verify(
        self,
        body: LoginVerifyRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> LoginVerifyResponse: ...

    @overload
    async def login_verify(
        self,
        *,
        email: str,
        session_id: str | Unset = UNSET,
        verification_code: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> LoginVerifyResponse: ...

    async def login_verify(
        self,
        body: LoginVerifyRequest | Mapping[str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        verification_code: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> LoginVerifyResponse:
        """Verify login (POST /auth/loginVerify).

        Completes a login: checks the one-time password e-mailed by `loginOTP` and returns a
        bearer token with the user's `user_id` and `org_id`, which the Agent and Interview APIs
        take as filters. A code is valid for 10 minutes, can be used once, and is void after 5
        wrong tries; a failed check answers 400. Pass the request body's fields as keyword
        arguments, or the whole body as `body=` (a model or a dict); `extra_headers`,
        `extra_query`, `extra_body`, `timeout` and `max_retries` (0 disables retries) apply to
        this call only.
        """

        return await self._request(
            _login_verify.OPERATION,
            _login_verify.request_kwargs(
                self,
                body,
                email=email,
                session_id=session_id,
                verification_code=verification_code,
            ),
            _login_verify.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    async def interview_invite(
        self,
        body: SendInvitesRequestDto | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> InviteResponse: ...

    @overload
    async def interview_invite(
        self,
        *,
        emails: list[str],
        campaign_id: int,
        invited_from: str,
        user_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> InviteResponse: ...

    async def interview_invite(
        self,
        body: SendInvitesRequestDto | Mapping[str, Any] | None = None,
        *,
        emails: list[str] | Unset = UNSET,
        campaign_id: int | Unset = UNSET,
        invited_from: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> InviteResponse:
        """Invite candidates (POST /svc/interview/invite).

        E-mails an interview invitation for one agent to each address in `emails`, creating one
        interview (status `invited`) per candidate. Addresses are compared ignoring case; one that
        is repeated in the list, or already invited to this agent, is not invited again.
        `invited_count` says how many invitations were actually sent. Pass the request body's
        fields as keyword arguments, or the whole body as `body=` (a model or a dict);
        `extra_headers`, `extra_query`, `extra_body`, `timeout` and `max_retries` (0 disables
        retries) apply to this call only.
        """

        return await self._request(
            _interview_invite.OPERATION,
            _interview_invite.request_kwargs(
                self,
                body,
                emails=emails,
                campaign_id=campaign_id,
                user_id=user_id,
                invited_from=invited_from,
            ),
            _interview_invite.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    async def interview_list(
        self,
        body: InterviewListRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> InterviewListResponse: ...

    @overload
    async def interview_list(
        self,
        *,
        campaign_id: int | Unset = UNSET,
        org_id: int | Unset = UNSET,
        status: InterviewStatus | Literal["invited", "in_progress", "completed", "expired"] | Unset = UNSET,
        search_param: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> InterviewListResponse: ...

    async def interview_list(
        self,
        body: InterviewListRequest | Mapping[str, Any] | None = None,
        *,
        campaign_id: int | Unset = UNSET,
        org_id: int | Unset = UNSET,
        status: InterviewStatus | Literal["invited", "in_progress", "completed", "expired"] | Unset = UNSET,
        search_param: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> InterviewListResponse:
        """List interviews (POST /svc/interview/list).

        Lists the interviews of the caller's organisation, newest first, one page at a time.
        Narrow it to one agent with `campaign_id`, to one stage with `status`, and to candidates
        whose e-mail address contains `search_param` (ignoring case). Page with `top` and `skip`:
        `total_count` counts every match and `hasMore` says whether a further page exists. An
        agent or organisation the caller cannot see answers 404. Pass the request body's fields as
        keyword arguments, or the whole body as `body=` (a model or a dict); `extra_headers`,
        `extra_query`, `extra_body`, `timeout` and `max_retries` (0 disables retries) apply to
        this call only.
        """

        return await self._request(
            _interview_list.OPERATION,
            _interview_list.request_kwargs(
                self,
                body,
                campaign_id=campaign_id,
                org_id=org_id,
                status=status,
                search_param=search_param,
                top=top,
                skip=skip,
            ),
            _interview_list.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def interview_result(
        self,
        *,
        interview_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CommonResponseDto:
        """Get an interview's evaluation (GET /svc/interview/getResult).

        Reads one interview and, once the AI has evaluated it, its result: the overall decision
        and the scores for job stability, role fitment, soft skills and technical skills.
        `overall_decision` and `scores` are absent until the interview has been evaluated. An
        interview outside the caller's organisation answers 404, exactly like one that does not
        exist. Pass the request body's fields as keyword arguments, or the whole body as `body=`
        (a model or a dict); `extra_headers`, `extra_query`, `extra_body`, `timeout` and
        `max_retries` (0 disables retries) apply to this call only.
        """

        return await self._request(
            _interview_result.OPERATION,
            _interview_result.request_kwargs(
                self,
                interview_id=interview_id,
            ),
            _interview_result.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    def iter_campaign_list(
        self,
        body: CampaignListRequest | Mapping[str, Any],
        *,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[CampaignSummary]: ...

    @overload
    def iter_campaign_list(
        self,
        *,
        org_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search_param: str | Unset = UNSET,
        status: AgentStatus | Literal["active", "inactive"] | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[CampaignSummary]: ...

    def iter_campaign_list(
        self,
        body: CampaignListRequest | Mapping[str, Any] | None = None,
        *,
        org_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search_param: str | Unset = UNSET,
        status: AgentStatus | Literal["active", "inactive"] | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[CampaignSummary]:
        """Every record of `campaign_list` matching the request, fetching pages as they are needed.

        Asks for the largest page the API allows (100) unless the request sets `top`, and
        stops after `limit` records when given (asking for no more than that). The other options
        apply to each page request.
        """
        options = CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries)
        kwargs = _campaign_list.request_kwargs(
            self,
            body,
            org_id=org_id,
            user_id=user_id,
            search_param=search_param,
            status=status,
            top=top,
            skip=skip,
        )
        return _aiterate(
            lambda kw: self._request(_campaign_list.OPERATION, kw, _campaign_list.parse_response, options),
            _read_campaign_list,
            kwargs,
            100,
            limit,
        )

    @overload
    async def page_campaign_list(
        self,
        body: CampaignListRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[CampaignSummary, CampaignListResponse]: ...

    @overload
    async def page_campaign_list(
        self,
        *,
        org_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search_param: str | Unset = UNSET,
        status: AgentStatus | Literal["active", "inactive"] | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[CampaignSummary, CampaignListResponse]: ...

    async def page_campaign_list(
        self,
        body: CampaignListRequest | Mapping[str, Any] | None = None,
        *,
        org_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search_param: str | Unset = UNSET,
        status: AgentStatus | Literal["active", "inactive"] | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[CampaignSummary, CampaignListResponse]:
        """The first page of `campaign_list` as a page object: `records`, `total_count`, `response`,
        `has_next_page()` and `next_page()` (same filters and page size, the next `skip`).
        """
        options = CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries)
        kwargs = _campaign_list.request_kwargs(
            self,
            body,
            org_id=org_id,
            user_id=user_id,
            search_param=search_param,
            status=status,
            top=top,
            skip=skip,
        )
        return await _afirst_page(
            lambda kw: self._request(_campaign_list.OPERATION, kw, _campaign_list.parse_response, options),
            _read_campaign_list,
            kwargs,
        )

    @overload
    def iter_interview_list(
        self,
        body: InterviewListRequest | Mapping[str, Any],
        *,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[InterviewSummary]: ...

    @overload
    def iter_interview_list(
        self,
        *,
        campaign_id: int | Unset = UNSET,
        org_id: int | Unset = UNSET,
        status: InterviewStatus | Literal["invited", "in_progress", "completed", "expired"] | Unset = UNSET,
        search_param: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[InterviewSummary]: ...

    def iter_interview_list(
        self,
        body: InterviewListRequest | Mapping[str, Any] | None = None,
        *,
        campaign_id: int | Unset = UNSET,
        org_id: int | Unset = UNSET,
        status: InterviewStatus | Literal["invited", "in_progress", "completed", "expired"] | Unset = UNSET,
        search_param: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncIterator[InterviewSummary]:
        """Every record of `interview_list` matching the request, fetching pages as they are needed.

        Asks for the largest page the API allows (100) unless the request sets `top`, and
        stops after `limit` records when given (asking for no more than that). The other options
        apply to each page request.
        """
        options = CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries)
        kwargs = _interview_list.request_kwargs(
            self,
            body,
            campaign_id=campaign_id,
            org_id=org_id,
            status=status,
            search_param=search_param,
            top=top,
            skip=skip,
        )
        return _aiterate(
            lambda kw: self._request(_interview_list.OPERATION, kw, _interview_list.parse_response, options),
            _read_interview_list,
            kwargs,
            100,
            limit,
        )

    @overload
    async def page_interview_list(
        self,
        body: InterviewListRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[InterviewSummary, InterviewListResponse]: ...

    @overload
    async def page_interview_list(
        self,
        *,
        campaign_id: int | Unset = UNSET,
        org_id: int | Unset = UNSET,
        status: InterviewStatus | Literal["invited", "in_progress", "completed", "expired"] | Unset = UNSET,
        search_param: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[InterviewSummary, InterviewListResponse]: ...

    async def page_interview_list(
        self,
        body: InterviewListRequest | Mapping[str, Any] | None = None,
        *,
        campaign_id: int | Unset = UNSET,
        org_id: int | Unset = UNSET,
        status: InterviewStatus | Literal["invited", "in_progress", "completed", "expired"] | Unset = UNSET,
        search_param: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> AsyncPage[InterviewSummary, InterviewListResponse]:
        """The first page of `interview_list` as a page object: `records`, `total_count`, `response`,
        `has_next_page()` and `next_page()` (same filters and page size, the next `skip`).
        """
        options = CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries)
        kwargs = _interview_list.request_kwargs(
            self,
            body,
            campaign_id=campaign_id,
            org_id=org_id,
            status=status,
            search_param=search_param,
            top=top,
            skip=skip,
        )
        return await _afirst_page(
            lambda kw: self._request(_interview_list.OPERATION, kw, _interview_list.parse_response, options),
            _read_interview_list,
            kwargs,
        )


class AsyncSkilldeoWithRawResponse:
    """`AsyncSkilldeo`'s methods answering `APIResponse`: status, headers and `.parse()`."""

    def __init__(self, client: AsyncSkilldeo) -> None:
        self._client = client

    @overload
    async def campaign_list(
        self,
        body: CampaignListRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[CampaignListResponse]: ...

    @overload
    async def campaign_list(
        self,
        *,
        org_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search_param: str | Unset = UNSET,
        status: AgentStatus | Literal["active", "inactive"] | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[CampaignListResponse]: ...

    async def campaign_list(
        self,
        body: CampaignListRequest | Mapping[str, Any] | None = None,
        *,
        org_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        search_param: str | Unset = UNSET,
        status: AgentStatus | Literal["active", "inactive"] | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[CampaignListResponse]:
        """`campaign_list()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return await self._client.request_raw(
            _campaign_list.OPERATION,
            _campaign_list.request_kwargs(
                self._client,
                body,
                org_id=org_id,
                user_id=user_id,
                search_param=search_param,
                status=status,
                top=top,
                skip=skip,
            ),
            _campaign_list.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def campaign_details(
        self,
        *,
        campaign_id: int,
        user_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[CampaignDetailsResponse]:
        """`campaign_details()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return await self._client.request_raw(
            _campaign_details.OPERATION,
            _campaign_details.request_kwargs(
                self._client,
                campaign_id=campaign_id,
                user_id=user_id,
            ),
            _campaign_details.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def campaign_link(
        self,
        *,
        campaign_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[CampaignLinkResponse]:
        """`campaign_link()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return await self._client.request_raw(
            _campaign_link.OPERATION,
            _campaign_link.request_kwargs(
                self._client,
                campaign_id=campaign_id,
            ),
            _campaign_link.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    async def signup_otp(
        self,
        body: UserRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[GenericAuthResponse]: ...

    @overload
    async def signup_otp(
        self,
        *,
        email: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        org_type_id: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[GenericAuthResponse]: ...

    async def signup_otp(
        self,
        body: UserRequest | Mapping[str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        org_type_id: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[GenericAuthResponse]:
        """`signup_otp()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return await self._client.request_raw(
            _signup_otp.OPERATION,
            _signup_otp.request_kwargs(
                self._client,
                body,
                email=email,
                first_name=first_name,
                last_name=last_name,
                organization=organization,
                org_type_id=org_type_id,
                phone_number=phone_number,
                role_id=role_id,
            ),
            _signup_otp.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    async def signup_verify(
        self,
        body: SignupVerifyRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[SignupVerifyResponse]: ...

    @overload
    async def signup_verify(
        self,
        *,
        email: str,
        session_id: str | Unset = UNSET,
        verification_code: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        org_type_id: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        recieved_from: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[SignupVerifyResponse]: ...

    async def signup_verify(
        self,
        body: SignupVerifyRequest | Mapping[str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        verification_code: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        organization: str | Unset = UNSET,
        org_type_id: int | Unset = UNSET,
        phone_number: str | Unset = UNSET,
        role_id: int | Unset = UNSET,
        recieved_from: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[SignupVerifyResponse]:
        """`signup_verify()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return await self._client.request_raw(
            _signup_verify.OPERATION,
            _signup_verify.request_kwargs(
                self._client,
                body,
                email=email,
                session_id=session_id,
                verification_code=verification_code,
                first_name=first_name,
                last_name=last_name,
                organization=organization,
                org_type_id=org_type_id,
                phone_number=phone_number,
                role_id=role_id,
                recieved_from=recieved_from,
            ),
            _signup_verify.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    async def login_otp(
        self,
        body: LoginOtpRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[GenericAuthResponse]: ...

    @overload
    async def login_otp(
        self,
        *,
        email: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[GenericAuthResponse]: ...

    async def login_otp(
        self,
        body: LoginOtpRequest | Mapping[str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[GenericAuthResponse]:
        """`login_otp()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return await self._client.request_raw(
            _login_otp.OPERATION,
            _login_otp.request_kwargs(
                self._client,
                body,
                email=email,
            ),
            _login_otp.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    async def login_verify(
        self,
        body: LoginVerifyRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[LoginVerifyResponse]: ...

    @overload
    async def login_verify(
        self,
        *,
        email: str,
        session_id: str | Unset = UNSET,
        verification_code: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[LoginVerifyResponse]: ...

    async def login_verify(
        self,
        body: LoginVerifyRequest | Mapping[str, Any] | None = None,
        *,
        email: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        verification_code: str | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[LoginVerifyResponse]:
        """`login_verify()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return await self._client.request_raw(
            _login_verify.OPERATION,
            _login_verify.request_kwargs(
                self._client,
                body,
                email=email,
                session_id=session_id,
                verification_code=verification_code,
            ),
            _login_verify.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    async def interview_invite(
        self,
        body: SendInvitesRequestDto | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[InviteResponse]: ...

    @overload
    async def interview_invite(
        self,
        *,
        emails: list[str],
        campaign_id: int,
        invited_from: str,
        user_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[InviteResponse]: ...

    async def interview_invite(
        self,
        body: SendInvitesRequestDto | Mapping[str, Any] | None = None,
        *,
        emails: list[str] | Unset = UNSET,
        campaign_id: int | Unset = UNSET,
        invited_from: str | Unset = UNSET,
        user_id: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[InviteResponse]:
        """`interview_invite()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return await self._client.request_raw(
            _interview_invite.OPERATION,
            _interview_invite.request_kwargs(
                self._client,
                body,
                emails=emails,
                campaign_id=campaign_id,
                user_id=user_id,
                invited_from=invited_from,
            ),
            _interview_invite.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    @overload
    async def interview_list(
        self,
        body: InterviewListRequest | Mapping[str, Any],
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[InterviewListResponse]: ...

    @overload
    async def interview_list(
        self,
        *,
        campaign_id: int | Unset = UNSET,
        org_id: int | Unset = UNSET,
        status: InterviewStatus | Literal["invited", "in_progress", "completed", "expired"] | Unset = UNSET,
        search_param: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[InterviewListResponse]: ...

    async def interview_list(
        self,
        body: InterviewListRequest | Mapping[str, Any] | None = None,
        *,
        campaign_id: int | Unset = UNSET,
        org_id: int | Unset = UNSET,
        status: InterviewStatus | Literal["invited", "in_progress", "completed", "expired"] | Unset = UNSET,
        search_param: str | Unset = UNSET,
        top: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[InterviewListResponse]:
        """`interview_list()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return await self._client.request_raw(
            _interview_list.OPERATION,
            _interview_list.request_kwargs(
                self._client,
                body,
                campaign_id=campaign_id,
                org_id=org_id,
                status=status,
                search_param=search_param,
                top=top,
                skip=skip,
            ),
            _interview_list.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )

    async def interview_result(
        self,
        *,
        interview_id: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> APIResponse[CommonResponseDto]:
        """`interview_result()`, answering the HTTP response (status, headers; `.parse()` gives the model)."""
        return await self._client.request_raw(
            _interview_result.OPERATION,
            _interview_result.request_kwargs(
                self._client,
                interview_id=interview_id,
            ),
            _interview_result.parse_response,
            CallOptions(extra_headers, extra_query, extra_body, timeout, max_retries),
        )
