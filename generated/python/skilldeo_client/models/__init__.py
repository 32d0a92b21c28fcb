# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""The data models of the requests and responses, each loaded when first used.

`from skilldeo_client.models import X` (or `models.X`) imports X's module then; importing the package
loads none of them, so `import skilldeo_client` stays quick.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .agent_status import AgentStatus
    from .campaign_details import CampaignDetails
    from .campaign_details_response import CampaignDetailsResponse
    from .campaign_link_response import CampaignLinkResponse
    from .campaign_list_request import CampaignListRequest
    from .campaign_list_response import CampaignListResponse
    from .campaign_summary import CampaignSummary
    from .common_response_dto import CommonResponseDto
    from .error_response import ErrorResponse
    from .generic_auth_response import GenericAuthResponse
    from .interview_list_request import InterviewListRequest
    from .interview_list_response import InterviewListResponse
    from .interview_result import InterviewResult
    from .interview_status import InterviewStatus
    from .interview_summary import InterviewSummary
    from .invite_response import InviteResponse
    from .login_otp_request import LoginOtpRequest
    from .login_verify_request import LoginVerifyRequest
    from .login_verify_response import LoginVerifyResponse
    from .overall_decision import OverallDecision
    from .role_fitment import RoleFitment
    from .scores import Scores
    from .send_invites_request_dto import SendInvitesRequestDto
    from .signup_verify_request import SignupVerifyRequest
    from .signup_verify_response import SignupVerifyResponse
    from .skill_score import SkillScore
    from .user_request import UserRequest

# Class name -> the module (in this package) that defines it.
_MODULES = {
    "AgentStatus": ".agent_status",
    "CampaignDetails": ".campaign_details",
    "CampaignDetailsResponse": ".campaign_details_response",
    "CampaignLinkResponse": ".campaign_link_response",
    "CampaignListRequest": ".campaign_list_request",
    "CampaignListResponse": ".campaign_list_response",
    "CampaignSummary": ".campaign_summary",
    "CommonResponseDto": ".common_response_dto",
    "ErrorResponse": ".error_response",
    "GenericAuthResponse": ".generic_auth_response",
    "InterviewListRequest": ".interview_list_request",
    "InterviewListResponse": ".interview_list_response",
    "InterviewResult": ".interview_result",
    "InterviewStatus": ".interview_status",
    "InterviewSummary": ".interview_summary",
    "InviteResponse": ".invite_response",
    "LoginOtpRequest": ".login_otp_request",
    "LoginVerifyRequest": ".login_verify_request",
    "LoginVerifyResponse": ".login_verify_response",
    "OverallDecision": ".overall_decision",
    "RoleFitment": ".role_fitment",
    "Scores": ".scores",
    "SendInvitesRequestDto": ".send_invites_request_dto",
    "SignupVerifyRequest": ".signup_verify_request",
    "SignupVerifyResponse": ".signup_verify_response",
    "SkillScore": ".skill_score",
    "UserRequest": ".user_request",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "AgentStatus",
    "CampaignDetails",
    "CampaignDetailsResponse",
    "CampaignLinkResponse",
    "CampaignListRequest",
    "CampaignListResponse",
    "CampaignSummary",
    "CommonResponseDto",
    "ErrorResponse",
    "GenericAuthResponse",
    "InterviewListRequest",
    "InterviewListResponse",
    "InterviewResult",
    "InterviewStatus",
    "InterviewSummary",
    "InviteResponse",
    "LoginOtpRequest",
    "LoginVerifyRequest",
    "LoginVerifyResponse",
    "OverallDecision",
    "RoleFitment",
    "Scores",
    "SendInvitesRequestDto",
    "SignupVerifyRequest",
    "SignupVerifyResponse",
    "SkillScore",
    "UserRequest",
)
