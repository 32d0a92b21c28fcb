// Generated from openapi.yaml by `skilldeo-api client`; do not edit.
/**
 * The API's types, as the wire has them: one per component schema of openapi.yaml, under the
 * schema's name, with the fields under their wire names (camelCase and snake_case mixed, as the
 * platform sends them). Enums are unions of string literals; dates are ISO 8601 strings.
 * Then the argument of each operation that takes parameters.
 */

/** A positive 32-bit identifier. */
export type Id = number;

/**
 * An e-mail address.
 *
 * Format: `email` (a string on the wire).
 */
export type Email = string;

/** A person's or organisation's name. */
export type Name = string;

/** A phone number in international (E.164) form. */
export type PhoneNumber = string;

/** The OTP session, as returned by `signupOTP` or `loginOTP`. */
export type SessionId = string;

/** A six-digit one-time password, as e-mailed to the user. */
export type Otp = string;

/** Keyword filter, matched as a case-insensitive substring; empty matches everything. */
export type SearchParam = string;

/**
 * The page size, 1 to 100 records (10 when absent).
 *
 * @default 10
 */
export type Top = number;

/**
 * How many matching records to skip before the page starts (0 when absent).
 *
 * @default 0
 */
export type Skip = number;

/** Whether an agent is taking interviews (`active`) or not (`inactive`). */
export type AgentStatus = "active" | "inactive";

/**
 * The stage of an interview: `invited` (invitation sent, not started), `in_progress`
 * (started, not finished), `completed` (finished and evaluated) or `expired` (the invitation
 * ran out unused).
 */
export type InterviewStatus = "invited" | "in_progress" | "completed" | "expired";

/** The AI's recommendation for the candidate. */
export type OverallDecision = "shortlisted" | "on_hold" | "rejected";

/** A rating from 1 (novice) to 5 (expert). */
export type CompetencyLevel = number;

/** The envelope of every error response. */
export interface ErrorResponse {
  /** What went wrong, naming the offending field where there is one. */
  message: string;
  /** The HTTP status of the response, repeated. */
  status_code: number;
  /** Always `true` on an error response. */
  error: boolean;
}

/** Registration details sent to start a signup. */
export interface UserRequest {
  /** The e-mail address of the new user; the OTP is sent there. */
  email: Email;
  /** The new user's first name. */
  firstName?: Name;
  /** The new user's last name. */
  lastName?: Name;
  /** The name of the organisation the user signs up for. */
  organization?: Name;
  /** The kind of organisation, as an id from the platform's list of organisation types. */
  org_type_id?: Id;
  /** The user's phone number. */
  phoneNumber?: PhoneNumber;
  /** The user's role in the organisation, as an id from the platform's list of roles. */
  role_id?: Id;
}

/**
 * The OTP check that completes a signup. `session_id` and `verification_code` are not marked
 * required in the published documentation, but without them the check fails with 400.
 */
export interface SignupVerifyRequest {
  /** The e-mail address the code was sent to, as given to `signupOTP`. */
  email: Email;
  /** The `session_id` that `signupOTP` returned. */
  session_id?: SessionId;
  /** The six-digit code from the e-mail. */
  verification_code?: Otp;
  /** The new user's first name. */
  firstName?: Name;
  /** The new user's last name. */
  lastName?: Name;
  /** The name of the organisation the user signs up for. */
  organization?: Name;
  /** The kind of organisation, as an id from the platform's list of organisation types. */
  org_type_id?: Id;
  /** The user's phone number. */
  phoneNumber?: PhoneNumber;
  /** The user's role in the organisation, as an id from the platform's list of roles. */
  role_id?: Id;
  /**
   * Where the user received the code, for example `email`. The name is misspelt on the
   * wire and must be sent exactly so.
   */
  recievedFrom?: string;
}

/** The address to send a login code to. */
export interface LoginOtpRequest {
  /** The registered e-mail address of the user signing in. */
  email: Email;
}

/**
 * The OTP check that completes a login. `session_id` and `verification_code` are not marked
 * required in the published documentation, but without them the check fails with 400.
 */
export interface LoginVerifyRequest {
  /** The e-mail address the code was sent to, as given to `loginOTP`. */
  email: Email;
  /** The `session_id` that `loginOTP` returned. */
  session_id?: SessionId;
  /** The six-digit code from the e-mail. */
  verification_code?: Otp;
}

/** The answer to `signupOTP` and `loginOTP`, once the code has been e-mailed. */
export interface GenericAuthResponse {
  /** A human-readable confirmation. */
  message: string;
  /** Identifies this OTP exchange; send it back with the code. */
  session_id: SessionId;
  /** The HTTP status of the response, repeated (200). */
  status_code: number;
  /** Always `false` on success. */
  error: boolean;
}

/** The answer to a successful `signupVerify`. */
export interface SignupVerifyResponse {
  /** A human-readable confirmation. */
  message: string;
  /** The bearer token of the new user (a JWT). */
  token: string;
  /** The HTTP status of the response, repeated (200). */
  status_code: number;
  /** Always `false` on success. */
  error: boolean;
}

/** The answer to a successful `loginVerify`. */
export interface LoginVerifyResponse {
  /** A human-readable confirmation. */
  message: string;
  /** The bearer token of the user (a JWT). */
  token: string;
  /** The signed-in user, for the `user_id` and `userId` fields of later calls. */
  user_id: Id;
  /** The user's organisation, for the `org_id` fields of later calls. */
  org_id: Id;
  /** The HTTP status of the response, repeated (200). */
  status_code: number;
  /** Always `false` on success. */
  error: boolean;
}

/** Filters and paging for the agent list. */
export interface CampaignListRequest {
  /** The organisation whose agents to list; the caller's own (the default when absent). */
  org_id?: Id;
  /** The user the list is scoped to; the caller's own. */
  user_id?: Id;
  /** Keeps the agents whose name contains this text, ignoring case; empty keeps all. */
  search_param?: SearchParam;
  /** Keeps only active or only inactive agents; absent keeps both. */
  status?: AgentStatus;
  /**
   * How many agents to return, 1 to 100 (10 when absent).
   *
   * @default 10
   */
  top?: Top;
  /**
   * How many matching agents to skip before the page starts (0 when absent).
   *
   * @default 0
   */
  skip?: Skip;
}

/** An agent as it appears in the agent list. */
export interface CampaignSummary {
  /** The agent's id, for `campaignId` and `campaign_id` in other calls. */
  id: Id;
  /** The agent's name, usually the role it interviews for. */
  name: string;
}

/** One page of the agent list. */
export interface CampaignListResponse {
  /** A human-readable confirmation. */
  message: string;
  /** The agents on this page, newest first. */
  records: CampaignSummary[];
  /** Whether agents remain beyond this page (`skip + records < total_count`). */
  hasMore?: boolean;
  /** How many agents match the filters, across all pages. */
  total_count?: number;
  /** The HTTP status of the response, repeated (200). */
  status_code: number;
  /** Always `false` on success. */
  error: boolean;
}

/** An agent in full. */
export interface CampaignDetails {
  /** The agent's id. */
  id: Id;
  /** The agent's name, usually the role it interviews for. */
  name: string;
  /** Whether the agent is taking interviews. */
  status: AgentStatus;
  /** The main skill the agent assesses. */
  skill?: string;
  /** Where the role is based. */
  location?: string;
  /**
   * When the job posting behind the agent expires.
   *
   * Format: `date-time` (a string on the wire).
   */
  job_expiry_date?: string;
  /**
   * When the agent starts taking interviews.
   *
   * Format: `date-time` (a string on the wire).
   */
  start_date?: string;
  /**
   * When the agent stops taking interviews.
   *
   * Format: `date-time` (a string on the wire).
   */
  end_date?: string;
}

/** The answer to `campaignDetails`. */
export interface CampaignDetailsResponse {
  /** A human-readable confirmation. */
  message: string;
  /** The agent. */
  records: CampaignDetails;
  /** The HTTP status of the response, repeated (200). */
  status_code: number;
  /** Always `false` on success. */
  error: boolean;
}

/** The answer to `campaignLink`. */
export interface CampaignLinkResponse {
  /** A human-readable confirmation. */
  message: string;
  /**
   * The URL candidates open to take the agent's interview.
   *
   * Format: `uri` (a string on the wire).
   */
  link: string;
  /** The HTTP status of the response, repeated (200). */
  status_code: number;
  /** Always `false` on success. */
  error: boolean;
}

/** An invitation of one or more candidates to one agent's interview. */
export interface SendInvitesRequestDto {
  /** The candidates' e-mail addresses, 1 to 100 of them. */
  emails: Email[];
  /** The agent whose interview the candidates are invited to. */
  campaign_id: Id;
  /** The user sending the invitations; the caller's own id. */
  user_id: Id;
  /** Where the invitation comes from, for example `dashboard` or `api`. */
  invited_from: string;
}

/** The answer to `interviewInvite`. */
export interface InviteResponse {
  /** A human-readable confirmation. */
  message: string;
  /** How many invitations were sent; repeated and already-invited addresses are not counted. */
  invited_count: number;
  /** The HTTP status of the response, repeated (200). */
  status_code: number;
  /** Always `false` on success. */
  error: boolean;
}

/** Filters and paging for the interview list. */
export interface InterviewListRequest {
  /** Keeps the interviews of this agent only. */
  campaign_id?: Id;
  /** The organisation whose interviews to list; the caller's own (the default when absent). */
  org_id?: Id;
  /** Keeps only interviews at this stage. */
  status?: InterviewStatus;
  /** Keeps interviews whose candidate e-mail address contains this text, ignoring case. */
  search_param?: SearchParam;
  /**
   * How many interviews to return, 1 to 100 (10 when absent).
   *
   * @default 10
   */
  top?: Top;
  /**
   * How many matching interviews to skip before the page starts (0 when absent).
   *
   * @default 0
   */
  skip?: Skip;
}

/** An interview as it appears in the interview list. */
export interface InterviewSummary {
  /** The interview's id, for `interviewId` in `interviewResult`. */
  interview_id: Id;
  /** The candidate's e-mail address. */
  candidate_email: string;
  /** The stage the interview is at. */
  status: InterviewStatus;
  /** The name of the agent that runs the interview. */
  campaign_name: string;
}

/** One page of the interview list. */
export interface InterviewListResponse {
  /** A human-readable confirmation. */
  message: string;
  /** The interviews on this page, newest first. */
  records: InterviewSummary[];
  /** Whether interviews remain beyond this page (`skip + records < total_count`). */
  hasMore: boolean;
  /** How many interviews match the filters, across all pages. */
  total_count: number;
  /** The HTTP status of the response, repeated (200). */
  status_code: number;
  /**
   * Always `false` on success. The published sample of this response leaves it out, so
   * clients must not rely on its presence here.
   */
  error?: boolean;
}

/** How well the candidate fits one role. */
export interface RoleFitment {
  /** The role assessed. */
  role: string;
  /** How well the candidate fits the role, 1 to 5. */
  competency_level: CompetencyLevel;
}

/** The candidate's rating in one skill. */
export interface SkillScore {
  /** The skill assessed. */
  skill: string;
  /** The candidate's level in the skill, 1 to 5. */
  competency_level: CompetencyLevel;
  /** The family of the skill, for example `interpersonal` or `programming`. */
  skill_type?: string;
}

/** The AI evaluation of an interview. */
export interface Scores {
  /** How likely the candidate is to stay in the job, from 0 to 100. */
  job_stability_score: number;
  /** The fit for each role assessed. */
  role_fitment: RoleFitment[];
  /** The ratings in interpersonal and other soft skills. */
  soft_skills: SkillScore[];
  /** The ratings in technical skills. */
  tech_skills: SkillScore[];
}

/** An interview and, once evaluated, its result. */
export interface InterviewResult {
  /** The interview's id. */
  interview_id: Id;
  /** The candidate's e-mail address. */
  candidate_email: string;
  /** The stage the interview is at; only `completed` interviews have a result. */
  status: InterviewStatus;
  /** The AI's recommendation; absent until the interview is evaluated. */
  overall_decision?: OverallDecision;
  /** The evaluation; absent until the interview is evaluated. */
  scores?: Scores;
}

/** The answer to `interviewResult`. */
export interface CommonResponseDto {
  /** A human-readable confirmation. */
  message: string;
  /** The interview and its result. */
  records: InterviewResult;
  /** The HTTP status of the response, repeated (200). */
  status_code: number;
  /** Always `false` on success. */
  error: boolean;
}

/** The argument of `campaignDetails`: its parameters and body fields. */
export interface CampaignDetailsParams {
  /** The agent (campaign), as `id` in the agent list. */
  campaignId: Id;
  /** The user on whose behalf the agent is read; the caller's own `user_id`. */
  userId: Id;
}

/** The argument of `campaignLink`: its parameters and body fields. */
export interface CampaignLinkParams {
  /** The agent (campaign), as `id` in the agent list. */
  campaignId: Id;
}

/** The argument of `interviewResult`: its parameters and body fields. */
export interface InterviewResultParams {
  /** The interview to read, as `interview_id` in the interview list. */
  interviewId: Id;
}

