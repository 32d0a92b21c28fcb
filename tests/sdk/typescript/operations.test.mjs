// Every operation of the TypeScript SDK against the mock: sign-in and sign-up through the
// outbox, each method, and auto-pagination across pages.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";

import {
  OTP,
  SDK,
  SEED_EMAIL,
  SEED_ORG,
  SEED_USER,
  hasMoreField,
  largestPage,
  newAddress,
  outbox,
  recordingFetch,
  startMock,
} from "./mock.mjs";

const { Skilldeo, login, signup } = await import(SDK);

let mock;
let client;

before(async () => {
  mock = await startMock();
  client = await login(SEED_EMAIL, { otp: OTP, baseURL: mock.baseURL });
});

after(async () => {
  await mock?.stop();
});

describe("sign-in", () => {
  test("login() asks for the code only once it has been e-mailed, then carries the token", async () => {
    let sentBefore;
    const signedIn = await login(SEED_EMAIL, {
      baseURL: mock.baseURL,
      otp: async () => {
        const messages = await outbox(mock.root, SEED_EMAIL);
        sentBefore = messages.length;
        return messages.at(-1).code;
      },
    });
    assert.ok(sentBefore > 0, "the code was read from the outbox");
    assert.equal(signedIn.authenticated, true);
    assert.equal(signedIn.userId, SEED_USER);
    assert.equal(signedIn.orgId, SEED_ORG);
    const page = await signedIn.campaignList({ top: 1 });
    assert.equal(page.records.length, 1);
  });

  test("signup() sends its details to both steps and resolves to a working client", async () => {
    const email = newAddress("signup");
    const sent = [];
    const client = await signup(email, {
      baseURL: mock.baseURL,
      fetch: recordingFetch(sent),
      otp: async () => (await outbox(mock.root, email)).at(-1).code,
      firstName: "Jane",
      lastName: "Doe",
      organization: "NewCo",
      role_id: 2,
    });
    assert.equal(client.authenticated, true);
    assert.equal(client.userId, null, "signupVerify answers with a token only");
    assert.deepEqual(
      sent.map((r) => new URL(r.url).pathname),
      ["/api/v1/auth/signupOTP", "/api/v1/auth/signupVerify"],
    );
    const verify = JSON.parse(sent[1].body);
    assert.equal(verify.email, email);
    assert.equal(verify.firstName, "Jane");
    assert.equal(verify.organization, "NewCo");
    assert.equal(verify.verification_code, (await outbox(mock.root, email)).at(-1).code);
    const page = await client.campaignList();
    assert.equal(page.error, false);
    assert.equal(page.total_count, 0, "a new organisation has no agents");
  });

  test("a wrong code rejects with the server's message", async () => {
    await assert.rejects(login(SEED_EMAIL, { otp: "000000", baseURL: mock.baseURL }), {
      name: "BadRequestError",
      status: 400,
    });
  });
});

describe("every operation", () => {
  test("signupOTP and signupVerify, recievedFrom spelt as on the wire", async () => {
    const anonymous = new Skilldeo({ token: null, baseURL: mock.baseURL });
    const email = newAddress("ops");
    const started = await anonymous.signupOTP({ email, firstName: "Sam" });
    assert.equal(typeof started.session_id, "string");
    const verified = await anonymous.signupVerify({
      email,
      session_id: started.session_id,
      verification_code: OTP,
      recievedFrom: "email",
    });
    assert.equal(typeof verified.token, "string");
  });

  test("loginOTP and loginVerify", async () => {
    const anonymous = new Skilldeo({ token: null, baseURL: mock.baseURL });
    const started = await anonymous.loginOTP({ email: SEED_EMAIL });
    const verified = await anonymous.loginVerify({
      email: SEED_EMAIL,
      session_id: started.session_id,
      verification_code: OTP,
    });
    assert.equal(verified.user_id, SEED_USER);
    assert.equal(verified.org_id, SEED_ORG);
  });

  test("campaignList filters and pages", async () => {
    const page = await client.campaignList({ status: "active", top: 10 });
    assert.equal(page.records.length, 10);
    assert.equal(page[hasMoreField("campaignList")], true);
    assert.ok(page.total_count > 10);
    assert.deepEqual(page.records[0], { id: 22554, name: "Dotnet AI walk-in" });
    const dotnet = await client.campaignList({ search_param: "DOTNET" });
    assert.ok(dotnet.records.every((agent) => /dotnet/i.test(agent.name)));
  });

  test("campaignDetails sends its query parameters", async () => {
    const details = await client.campaignDetails({ campaignId: 22554, userId: SEED_USER });
    assert.equal(details.records.id, 22554);
    assert.equal(details.records.status, "active");
    assert.equal(details.records.start_date, "2025-01-01T00:00:00Z", "dates stay ISO strings");
  });

  test("campaignLink", async () => {
    const { link } = await client.campaignLink({ campaignId: 22554 });
    assert.equal(link, "https://interview.skilldeo.com/join/abc123XYZ");
  });

  test("interviewInvite, then interviewList and interviewResult", async () => {
    const candidate = newAddress("candidate");
    const invited = await client.interviewInvite({
      emails: [candidate, candidate.toUpperCase()],
      campaign_id: 22554,
      user_id: SEED_USER,
      invited_from: "api",
    });
    assert.equal(invited.invited_count, 1, "the same address twice is one invitation");
    const list = await client.interviewList({ campaign_id: 22554, search_param: candidate });
    assert.equal(list.records.length, 1);
    const [interview] = list.records;
    assert.equal(interview.status, "invited");
    const result = await client.interviewResult({ interviewId: interview.interview_id });
    assert.equal(result.records.candidate_email, candidate);
    assert.equal(result.records.scores, undefined, "no scores before the evaluation");
  });

  test("interviewResult of the documented interview", async () => {
    const result = await client.interviewResult({ interviewId: 5012 });
    assert.equal(result.records.overall_decision, "shortlisted");
    assert.equal(result.records.scores.role_fitment[0].competency_level, 4);
  });
});

describe("pagination", () => {
  test("iterCampaignList walks every page and stops at the end", async () => {
    const sent = [];
    const paging = await login(SEED_EMAIL, { otp: OTP, baseURL: mock.baseURL, fetch: recordingFetch(sent) });
    sent.length = 0;
    const ids = [];
    for await (const agent of paging.iterCampaignList({ top: 5 })) ids.push(agent.id);
    const { total_count: total } = await client.campaignList({ top: 1 });
    assert.equal(ids.length, total);
    assert.equal(new Set(ids).size, total, "no agent twice");
    assert.equal(sent.length, Math.ceil(total / 5), "one request a page");
    assert.deepEqual(
      sent.map((request) => JSON.parse(request.body).skip),
      Array.from({ length: sent.length }, (_, page) => page * 5),
    );
  });

  test("iterCampaignList keeps the filters, asks for the largest page and starts at skip", async () => {
    const active = await client.campaignList({ status: "active", top: 1 });
    const sent = [];
    const paging = await login(SEED_EMAIL, { otp: OTP, baseURL: mock.baseURL, fetch: recordingFetch(sent) });
    sent.length = 0;
    const names = [];
    for await (const agent of paging.iterCampaignList({ status: "active" })) names.push(agent.name);
    const top = largestPage("campaignList");
    assert.deepEqual(JSON.parse(sent[0].body), { status: "active", top, skip: 0 });
    assert.equal(names.length, active.total_count);
    const rest = [];
    for await (const agent of client.iterCampaignList({ status: "active", skip: 3 })) rest.push(agent.name);
    assert.deepEqual(rest, names.slice(3));
  });

  test("iterInterviewList across pages, and breaking out early stops fetching", async () => {
    const { total_count: total } = await client.interviewList({ top: 1 });
    let count = 0;
    for await (const interview of client.iterInterviewList({ top: 40 })) {
      assert.equal(typeof interview.interview_id, "number");
      count += 1;
    }
    assert.equal(count, total);
    const sent = [];
    const paging = await login(SEED_EMAIL, { otp: OTP, baseURL: mock.baseURL, fetch: recordingFetch(sent) });
    sent.length = 0;
    for await (const _ of paging.iterInterviewList({ top: 2 })) break;
    assert.equal(sent.length, 1);
  });
});
