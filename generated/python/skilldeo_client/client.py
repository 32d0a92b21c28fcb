# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""The clients: every operation of the skilldeo Platform API as a method.

`Skilldeo` is synchronous, `AsyncSkilldeo` the same with `await`. A call returns the success model
of its operation and raises an `errors.SkilldeoError` subclass for anything else.
"""

from __future__ import annotations

from ._base import Timeout
from ._pagination import AsyncPaging, SyncPaging
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
from .models.campaign_details_response import CampaignDetailsResponse
from .models.campaign_link_response import CampaignLinkResponse
from .models.campaign_list_request import CampaignListRequest
from .models.campaign_list_response import CampaignListResponse
from .models.common_response_dto import CommonResponseDto
from .models.generic_auth_response import GenericAuthResponse
from .models.interview_list_request import InterviewListRequest
from .models.interview_list_response import InterviewListResponse
from .models.invite_response import InviteResponse
from .models.login_otp_request import LoginOtpRequest
from .models.login_verify_request import LoginVerifyRequest
from .models.login_verify_response import LoginVerifyResponse
from .models.send_invites_request_dto import SendInvitesRequestDto
from .models.signup_verify_request import SignupVerifyRequest
from .models.signup_verify_response import SignupVerifyResponse
from .models.user_request import UserRequest

__all__ = ["AsyncSkilldeo", "Skilldeo"]


class Skilldeo(SyncPaging):
    """A synchronous client of the skilldeo Platform API.

    The base URL defaults to `$SKILLDEO_BASE_URL`, else the spec's first server; the token to
    `$SKILLDEO_TOKEN`. `login()` and `signup()` return a client that is already authenticated.
    """

    def campaign_list(
        self,
        *,
        body: CampaignListRequest,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CampaignListResponse:
        """List agents (POST /svc/campaign/list).

        Lists the interview agents (campaigns) of the caller's organisation, newest first, one
        page at a time. `search_param` keeps the agents whose name contains it (ignoring case);
        `status` keeps active or inactive ones. Page with `top` and `skip`: `total_count` counts
        every match and `hasMore` says whether a further page exists. An `org_id` other than the
        caller's own organisation answers 404. `timeout` and `max_retries` (0 disables retries)
        override the client's for this call.
        """

        return self._request(
            _campaign_list.request_kwargs(
                body=body,
            ),
            _campaign_list.parse_response,
            auth=_campaign_list.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )

    def campaign_details(
        self,
        *,
        campaign_id: int,
        user_id: int,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CampaignDetailsResponse:
        """Get an agent (GET /svc/campaign/getDetails).

        Reads one agent in full: its name, status, skill, location and the dates it runs between.
        An agent outside the caller's organisation answers 404, exactly like one that does not
        exist. `timeout` and `max_retries` (0 disables retries) override the client's for this
        call.
        """

        return self._request(
            _campaign_details.request_kwargs(
                campaign_id=campaign_id,
                user_id=user_id,
            ),
            _campaign_details.parse_response,
            auth=_campaign_details.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )

    def campaign_link(
        self,
        *,
        campaign_id: int,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CampaignLinkResponse:
        """Get an agent's interview link (GET /svc/campaign/getLink).

        Returns the shareable link candidates open to take the agent's interview. Each agent has
        one stable link, so it can be posted on a job board or sent in any message. `timeout` and
        `max_retries` (0 disables retries) override the client's for this call.
        """

        return self._request(
            _campaign_link.request_kwargs(
                campaign_id=campaign_id,
            ),
            _campaign_link.parse_response,
            auth=_campaign_link.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )

    def signup_otp(
        self,
        *,
        body: UserRequest,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> GenericAuthResponse:
        """Start registration (POST /auth/signupOTP).

        Starts the registration of a new user and organisation. The platform e-mails a six-digit
        one-time password to `email` and answers with the `session_id` that the verification step
        (`signupVerify`) must send back with the code. `timeout` and `max_retries` (0 disables
        retries) override the client's for this call.
        """

        return self._request(
            _signup_otp.request_kwargs(
                body=body,
            ),
            _signup_otp.parse_response,
            auth=_signup_otp.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )

    def signup_verify(
        self,
        *,
        body: SignupVerifyRequest,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> SignupVerifyResponse:
        """Verify registration (POST /auth/signupVerify).

        Completes a registration: checks the one-time password e-mailed by `signupOTP`, creates
        the user account and its organisation, and returns a bearer token for the new user. A code
        is valid for 10 minutes, can be used once, and is void after 5 wrong tries; a failed check
        answers 400. `timeout` and `max_retries` (0 disables retries) override the client's for
        this call.
        """

        return self._request(
            _signup_verify.request_kwargs(
                body=body,
            ),
            _signup_verify.parse_response,
            auth=_signup_verify.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )

    def login_otp(
        self,
        *,
        body: LoginOtpRequest,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> GenericAuthResponse:
        """Start login (POST /auth/loginOTP).

        Starts a login: the platform e-mails a six-digit one-time password to the registered
        address and answers with the `session_id` that `loginVerify` must send back with the code.
        An address that is not registered gets the same answer (no code is sent, and verification
        fails), so this endpoint cannot be used to find out who has an account. `timeout` and
        `max_retries` (0 disables retries) override the client's for this call.
        """

        return self._request(
            _login_otp.request_kwargs(
                body=body,
            ),
            _login_otp.parse_response,
            auth=_login_otp.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )

    def login_verify(
        self,
        *,
        body: LoginVerifyRequest,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> LoginVerifyResponse:
        """Verify login (POST /auth/loginVerify).

        Completes a login: checks the one-time password e-mailed by `loginOTP` and returns a
        bearer token with the user's `user_id` and `org_id`, which the Agent and Interview APIs
        take as filters. A code is valid for 10 minutes, can be used once, and is void after 5
        wrong tries; a failed check answers 400. `timeout` and `max_retries` (0 disables retries)
        override the client's for this call.
        """

        return self._request(
            _login_verify.request_kwargs(
                body=body,
            ),
            _login_verify.parse_response,
            auth=_login_verify.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )

    def interview_invite(
        self,
        *,
        body: SendInvitesRequestDto,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> InviteResponse:
        """Invite candidates (POST /svc/interview/invite).

        E-mails an interview invitation for one agent to each address in `emails`, creating one
        interview (status `invited`) per candidate. Addresses are compared ignoring case; one that
        is repeated in the list, or already invited to this agent, is not invited again.
        `invited_count` says how many invitations were actually sent. `timeout` and `max_retries`
        (0 disables retries) override the client's for this call.
        """

        return self._request(
            _interview_invite.request_kwargs(
                body=body,
            ),
            _interview_invite.parse_response,
            auth=_interview_invite.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )

    def interview_list(
        self,
        *,
        body: InterviewListRequest,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> InterviewListResponse:
        """List interviews (POST /svc/interview/list).

        Lists the interviews of the caller's organisation, newest first, one page at a time.
        Narrow it to one agent with `campaign_id`, to one stage with `status`, and to candidates
        whose e-mail address contains `search_param` (ignoring case). Page with `top` and `skip`:
        `total_count` counts every match and `hasMore` says whether a further page exists. An
        agent or organisation the caller cannot see answers 404. `timeout` and `max_retries` (0
        disables retries) override the client's for this call.
        """

        return self._request(
            _interview_list.request_kwargs(
                body=body,
            ),
            _interview_list.parse_response,
            auth=_interview_list.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )

    def interview_result(
        self,
        *,
        interview_id: int,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CommonResponseDto:
        """Get an interview's evaluation (GET /svc/interview/getResult).

        Reads one interview and, once the AI has evaluated it, its result: the overall decision
        and the scores for job stability, role fitment, soft skills and technical skills.
        `overall_decision` and `scores` are absent until the interview has been evaluated. An
        interview outside the caller's organisation answers 404, exactly like one that does not
        exist. `timeout` and `max_retries` (0 disables retries) override the client's for this
        call.
        """

        return self._request(
            _interview_result.request_kwargs(
                interview_id=interview_id,
            ),
            _interview_result.parse_response,
            auth=_interview_result.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncSkilldeo(AsyncPaging):
    """The asynchronous twin of `Skilldeo`: the same methods, awaited."""

    async def campaign_list(
        self,
        *,
        body: CampaignListRequest,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CampaignListResponse:
        """List agents (POST /svc/campaign/list).

        Lists the interview agents (campaigns) of the caller's organisation, newest first, one
        page at a time. `search_param` keeps the agents whose name contains it (ignoring case);
        `status` keeps active or inactive ones. Page with `top` and `skip`: `total_count` counts
        every match and `hasMore` says whether a further page exists. An `org_id` other than the
        caller's own organisation answers 404. `timeout` and `max_retries` (0 disables retries)
        override the client's for this call.
        """

        return await self._request(
            _campaign_list.request_kwargs(
                body=body,
            ),
            _campaign_list.parse_response,
            auth=_campaign_list.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def campaign_details(
        self,
        *,
        campaign_id: int,
        user_id: int,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CampaignDetailsResponse:
        """Get an agent (GET /svc/campaign/getDetails).

        Reads one agent in full: its name, status, skill, location and the dates it runs between.
        An agent outside the caller's organisation answers 404, exactly like one that does not
        exist. `timeout` and `max_retries` (0 disables retries) override the client's for this
        call.
        """

        return await self._request(
            _campaign_details.request_kwargs(
                campaign_id=campaign_id,
                user_id=user_id,
            ),
            _campaign_details.parse_response,
            auth=_campaign_details.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def campaign_link(
        self,
        *,
        campaign_id: int,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CampaignLinkResponse:
        """Get an agent's interview link (GET /svc/campaign/getLink).

        Returns the shareable link candidates open to take the agent's interview. Each agent has
        one stable link, so it can be posted on a job board or sent in any message. `timeout` and
        `max_retries` (0 disables retries) override the client's for this call.
        """

        return await self._request(
            _campaign_link.request_kwargs(
                campaign_id=campaign_id,
            ),
            _campaign_link.parse_response,
            auth=_campaign_link.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def signup_otp(
        self,
        *,
        body: UserRequest,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> GenericAuthResponse:
        """Start registration (POST /auth/signupOTP).

        Starts the registration of a new user and organisation. The platform e-mails a six-digit
        one-time password to `email` and answers with the `session_id` that the verification step
        (`signupVerify`) must send back with the code. `timeout` and `max_retries` (0 disables
        retries) override the client's for this call.
        """

        return await self._request(
            _signup_otp.request_kwargs(
                body=body,
            ),
            _signup_otp.parse_response,
            auth=_signup_otp.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def signup_verify(
        self,
        *,
        body: SignupVerifyRequest,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> SignupVerifyResponse:
        """Verify registration (POST /auth/signupVerify).

        Completes a registration: checks the one-time password e-mailed by `signupOTP`, creates
        the user account and its organisation, and returns a bearer token for the new user. A code
        is valid for 10 minutes, can be used once, and is void after 5 wrong tries; a failed check
        answers 400. `timeout` and `max_retries` (0 disables retries) override the client's for
        this call.
        """

        return await self._request(
            _signup_verify.request_kwargs(
                body=body,
            ),
            _signup_verify.parse_response,
            auth=_signup_verify.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def login_otp(
        self,
        *,
        body: LoginOtpRequest,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> GenericAuthResponse:
        """Start login (POST /auth/loginOTP).

        Starts a login: the platform e-mails a six-digit one-time password to the registered
        address and answers with the `session_id` that `loginVerify` must send back with the code.
        An address that is not registered gets the same answer (no code is sent, and verification
        fails), so this endpoint cannot be used to find out who has an account. `timeout` and
        `max_retries` (0 disables retries) override the client's for this call.
        """

        return await self._request(
            _login_otp.request_kwargs(
                body=body,
            ),
            _login_otp.parse_response,
            auth=_login_otp.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def login_verify(
        self,
        *,
        body: LoginVerifyRequest,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> LoginVerifyResponse:
        """Verify login (POST /auth/loginVerify).

        Completes a login: checks the one-time password e-mailed by `loginOTP` and returns a
        bearer token with the user's `user_id` and `org_id`, which the Agent and Interview APIs
        take as filters. A code is valid for 10 minutes, can be used once, and is void after 5
        wrong tries; a failed check answers 400. `timeout` and `max_retries` (0 disables retries)
        override the client's for this call.
        """

        return await self._request(
            _login_verify.request_kwargs(
                body=body,
            ),
            _login_verify.parse_response,
            auth=_login_verify.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def interview_invite(
        self,
        *,
        body: SendInvitesRequestDto,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> InviteResponse:
        """Invite candidates (POST /svc/interview/invite).

        E-mails an interview invitation for one agent to each address in `emails`, creating one
        interview (status `invited`) per candidate. Addresses are compared ignoring case; one that
        is repeated in the list, or already invited to this agent, is not invited again.
        `invited_count` says how many invitations were actually sent. `timeout` and `max_retries`
        (0 disables retries) override the client's for this call.
        """

        return await self._request(
            _interview_invite.request_kwargs(
                body=body,
            ),
            _interview_invite.parse_response,
            auth=_interview_invite.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def interview_list(
        self,
        *,
        body: InterviewListRequest,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> InterviewListResponse:
        """List interviews (POST /svc/interview/list).

        Lists the interviews of the caller's organisation, newest first, one page at a time.
        Narrow it to one agent with `campaign_id`, to one stage with `status`, and to candidates
        whose e-mail address contains `search_param` (ignoring case). Page with `top` and `skip`:
        `total_count` counts every match and `hasMore` says whether a further page exists. An
        agent or organisation the caller cannot see answers 404. `timeout` and `max_retries` (0
        disables retries) override the client's for this call.
        """

        return await self._request(
            _interview_list.request_kwargs(
                body=body,
            ),
            _interview_list.parse_response,
            auth=_interview_list.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def interview_result(
        self,
        *,
        interview_id: int,
        timeout: Timeout | None = None,
        max_retries: int | None = None,
    ) -> CommonResponseDto:
        """Get an interview's evaluation (GET /svc/interview/getResult).

        Reads one interview and, once the AI has evaluated it, its result: the overall decision
        and the scores for job stability, role fitment, soft skills and technical skills.
        `overall_decision` and `scores` are absent until the interview has been evaluated. An
        interview outside the caller's organisation answers 404, exactly like one that does not
        exist. `timeout` and `max_retries` (0 disables retries) override the client's for this
        call.
        """

        return await self._request(
            _interview_result.request_kwargs(
                interview_id=interview_id,
            ),
            _interview_result.parse_response,
            auth=_interview_result.REQUIRES_AUTH,
            timeout=timeout,
            max_retries=max_retries,
        )
