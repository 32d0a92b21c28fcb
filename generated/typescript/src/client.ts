// Generated from openapi.yaml by `skilldeo-api client`; do not edit.
/**
 * `Skilldeo`: one method per operation, named after its operationId, and an async iterator
 * for each paged operation.
 *
 * A method takes the operation's parameters and body fields in one object, under their wire
 * names, and then the per-call `RequestOptions`; it resolves to the typed success body and
 * rejects with a `SkilldeoError` for anything else.
 */

import { APIClient, type Operation, type RequestOptions } from "./core.js";
import type * as types from "./types.js";

const OPERATIONS = {
  signupOTP: {
    method: "POST",
    path: "/auth/signupOTP",
    auth: false,
    body: "fields",
  },
  signupVerify: {
    method: "POST",
    path: "/auth/signupVerify",
    auth: false,
    body: "fields",
  },
  loginOTP: {
    method: "POST",
    path: "/auth/loginOTP",
    auth: false,
    body: "fields",
  },
  loginVerify: {
    method: "POST",
    path: "/auth/loginVerify",
    auth: false,
    body: "fields",
  },
  campaignList: {
    method: "POST",
    path: "/svc/campaign/list",
    auth: true,
    body: "fields",
  },
  campaignDetails: {
    method: "GET",
    path: "/svc/campaign/getDetails",
    auth: true,
    query: ["campaignId", "userId"],
  },
  campaignLink: {
    method: "GET",
    path: "/svc/campaign/getLink",
    auth: true,
    query: ["campaignId"],
  },
  interviewInvite: {
    method: "POST",
    path: "/svc/interview/invite",
    auth: true,
    body: "fields",
  },
  interviewList: {
    method: "POST",
    path: "/svc/interview/list",
    auth: true,
    body: "fields",
  },
  interviewResult: {
    method: "GET",
    path: "/svc/interview/getResult",
    auth: true,
    query: ["interviewId"],
  },
} satisfies Record<string, Operation>;

/** Paging stops on `hasMore: false`, when `skip` reaches `total_count`, or on an empty page. */
function lastPage(skip: number, count: number, hasMore: unknown, total: unknown): boolean {
  if (count === 0) return true;
  if (typeof hasMore === "boolean") return !hasMore;
  if (typeof total === "number") return skip + count >= total;
  return false;
}

/** The skilldeo Platform API client: `new Skilldeo({ token, baseURL })`, or `await login(...)`. */
export class Skilldeo extends APIClient {
  /**
   * Start registration: `POST /auth/signupOTP` (signupOTP).
   *
   * Starts the registration of a new user and organisation. The platform e-mails a six-digit
   * one-time password to `email` and answers with the `session_id` that the verification step
   * (`signupVerify`) must send back with the code.
   *
   * No token needed.
   */
  signupOTP(
    params: types.UserRequest,
    options?: RequestOptions,
  ): Promise<types.GenericAuthResponse> {
    return this.request(OPERATIONS.signupOTP, params, options);
  }

  /**
   * Verify registration: `POST /auth/signupVerify` (signupVerify).
   *
   * Completes a registration: checks the one-time password e-mailed by `signupOTP`, creates the
   * user account and its organisation, and returns a bearer token for the new user. A code is
   * valid for 10 minutes, can be used once, and is void after 5 wrong tries; a failed check
   * answers 400.
   *
   * No token needed.
   */
  signupVerify(
    params: types.SignupVerifyRequest,
    options?: RequestOptions,
  ): Promise<types.SignupVerifyResponse> {
    return this.request(OPERATIONS.signupVerify, params, options);
  }

  /**
   * Start login: `POST /auth/loginOTP` (loginOTP).
   *
   * Starts a login: the platform e-mails a six-digit one-time password to the registered
   * address and answers with the `session_id` that `loginVerify` must send back with the code.
   * An address that is not registered gets the same answer (no code is sent, and verification
   * fails), so this endpoint cannot be used to find out who has an account.
   *
   * No token needed.
   */
  loginOTP(
    params: types.LoginOtpRequest,
    options?: RequestOptions,
  ): Promise<types.GenericAuthResponse> {
    return this.request(OPERATIONS.loginOTP, params, options);
  }

  /**
   * Verify login: `POST /auth/loginVerify` (loginVerify).
   *
   * Completes a login: checks the one-time password e-mailed by `loginOTP` and returns a bearer
   * token with the user's `user_id` and `org_id`, which the Agent and Interview APIs take as
   * filters. A code is valid for 10 minutes, can be used once, and is void after 5 wrong
   * tries; a failed check answers 400.
   *
   * No token needed.
   */
  loginVerify(
    params: types.LoginVerifyRequest,
    options?: RequestOptions,
  ): Promise<types.LoginVerifyResponse> {
    return this.request(OPERATIONS.loginVerify, params, options);
  }

  /**
   * List agents: `POST /svc/campaign/list` (campaignList).
   *
   * Lists the interview agents (campaigns) of the caller's organisation, newest first, one page
   * at a time. `search_param` keeps the agents whose name contains it (ignoring case); `status`
   * keeps active or inactive ones. Page with `top` and `skip`: `total_count` counts every match
   * and `hasMore` says whether a further page exists. An `org_id` other than the caller's own
   * organisation answers 404.
   *
   * Sends the client's token.
   */
  campaignList(
    params: types.CampaignListRequest = {},
    options?: RequestOptions,
  ): Promise<types.CampaignListResponse> {
    return this.request(OPERATIONS.campaignList, params, options);
  }

  /**
   * Get an agent: `GET /svc/campaign/getDetails` (campaignDetails).
   *
   * Reads one agent in full: its name, status, skill, location and the dates it runs between.
   * An agent outside the caller's organisation answers 404, exactly like one that does not
   * exist.
   *
   * Sends the client's token.
   */
  campaignDetails(
    params: types.CampaignDetailsParams,
    options?: RequestOptions,
  ): Promise<types.CampaignDetailsResponse> {
    return this.request(OPERATIONS.campaignDetails, params, options);
  }

  /**
   * Get an agent's interview link: `GET /svc/campaign/getLink` (campaignLink).
   *
   * Returns the shareable link candidates open to take the agent's interview. Each agent has
   * one stable link, so it can be posted on a job board or sent in any message.
   *
   * Sends the client's token.
   */
  campaignLink(
    params: types.CampaignLinkParams,
    options?: RequestOptions,
  ): Promise<types.CampaignLinkResponse> {
    return this.request(OPERATIONS.campaignLink, params, options);
  }

  /**
   * Invite candidates: `POST /svc/interview/invite` (interviewInvite).
   *
   * E-mails an interview invitation for one agent to each address in `emails`, creating one
   * interview (status `invited`) per candidate. Addresses are compared ignoring case; one that
   * is repeated in the list, or already invited to this agent, is not invited again.
   * `invited_count` says how many invitations were actually sent.
   *
   * Sends the client's token.
   */
  interviewInvite(
    params: types.SendInvitesRequestDto,
    options?: RequestOptions,
  ): Promise<types.InviteResponse> {
    return this.request(OPERATIONS.interviewInvite, params, options);
  }

  /**
   * List interviews: `POST /svc/interview/list` (interviewList).
   *
   * Lists the interviews of the caller's organisation, newest first, one page at a time.
   * Narrow it to one agent with `campaign_id`, to one stage with `status`, and to candidates
   * whose e-mail address contains `search_param` (ignoring case). Page with `top` and `skip`:
   * `total_count` counts every match and `hasMore` says whether a further page exists. An
   * agent or organisation the caller cannot see answers 404.
   *
   * Sends the client's token.
   */
  interviewList(
    params: types.InterviewListRequest = {},
    options?: RequestOptions,
  ): Promise<types.InterviewListResponse> {
    return this.request(OPERATIONS.interviewList, params, options);
  }

  /**
   * Get an interview's evaluation: `GET /svc/interview/getResult` (interviewResult).
   *
   * Reads one interview and, once the AI has evaluated it, its result: the overall decision
   * and the scores for job stability, role fitment, soft skills and technical skills.
   * `overall_decision` and `scores` are absent until the interview has been evaluated. An
   * interview outside the caller's organisation answers 404, exactly like one that does not
   * exist.
   *
   * Sends the client's token.
   */
  interviewResult(
    params: types.InterviewResultParams,
    options?: RequestOptions,
  ): Promise<types.CommonResponseDto> {
    return this.request(OPERATIONS.interviewResult, params, options);
  }

  /**
   * Every `CampaignSummary` of `campaignList` matching `params`, one page fetched at a time.
   *
   * Starts at `skip` (0 when unset) and asks for 100 records a page unless `top` is set;
   * `options` apply to each page request.
   */
  async *iterCampaignList(
    params: types.CampaignListRequest = {},
    options?: RequestOptions,
  ): AsyncGenerator<types.CampaignSummary, void, undefined> {
    let skip = params.skip ?? 0;
    const top = params.top ?? 100;
    for (;;) {
      const page = await this.campaignList({ ...params, top, skip }, options);
      yield* page.records;
      if (lastPage(skip, page.records.length, page.hasMore, page.total_count)) return;
      skip += page.records.length;
    }
  }

  /**
   * Every `InterviewSummary` of `interviewList` matching `params`, one page fetched at a time.
   *
   * Starts at `skip` (0 when unset) and asks for 100 records a page unless `top` is set;
   * `options` apply to each page request.
   */
  async *iterInterviewList(
    params: types.InterviewListRequest = {},
    options?: RequestOptions,
  ): AsyncGenerator<types.InterviewSummary, void, undefined> {
    let skip = params.skip ?? 0;
    const top = params.top ?? 100;
    for (;;) {
      const page = await this.interviewList({ ...params, top, skip }, options);
      yield* page.records;
      if (lastPage(skip, page.records.length, page.hasMore, page.total_count)) return;
      skip += page.records.length;
    }
  }
}
