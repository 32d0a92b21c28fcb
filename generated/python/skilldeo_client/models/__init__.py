# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""Contains all the data models used in inputs/outputs"""

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
