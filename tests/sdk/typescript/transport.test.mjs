// The TypeScript SDK's transport against the mock: each error class, retries on the mock's
// fault routes, Retry-After, a timeout through latency injection, per-call options, the
// environment, and the token kept out of errors, logs and printed clients.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { inspect } from "node:util";

import { OTP, SDK, SEED_EMAIL, queueFaults, recordingFetch, startMock } from "./mock.mjs";

const sdk = await import(SDK);
const {
  APIConnectionError,
  APIStatusError,
  APITimeoutError,
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  Skilldeo,
  SkilldeoError,
  login,
} = sdk;

let mock;
let client;
let token;

before(async () => {
  mock = await startMock();
  const anonymous = new Skilldeo({ token: null, baseURL: mock.baseURL });
  const started = await anonymous.loginOTP({ email: SEED_EMAIL });
  ({ token } = await anonymous.loginVerify({
    email: SEED_EMAIL,
    session_id: started.session_id,
    verification_code: OTP,
  }));
  client = new Skilldeo({ token, baseURL: mock.baseURL });
});

after(async () => {
  await mock?.stop();
});

/** A client on the mock whose requests are recorded in `sent`. */
function recorded(sent, options = {}) {
  return new Skilldeo({ token, baseURL: mock.baseURL, fetch: recordingFetch(sent), ...options });
}

/** A one-route HTTP server answering every request with `status` and an error envelope. */
async function stubServer(status, message) {
  const server = createServer((request, response) => {
    response.writeHead(status, { "Content-Type": "application/json" });
    response.end(JSON.stringify({ message, status_code: status, error: true }));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { baseURL: `http://127.0.0.1:${port}/api/v1`, close: () => new Promise((r) => server.close(r)) };
}

async function closedPort() {
  const stub = await stubServer(200, "");
  await stub.close();
  return stub.baseURL;
}

describe("errors", () => {
  test("400 is a BadRequestError with the server's message", async () => {
    const error = await client.campaignList({ top: 0 }).catch((e) => e);
    assert.ok(error instanceof BadRequestError && error instanceof APIStatusError);
    assert.ok(error instanceof SkilldeoError && error instanceof Error);
    assert.equal(error.status, 400);
    assert.equal(error.message, "top: must be >= 1");
    assert.equal(error.body.error, true);
    assert.equal(error.name, "BadRequestError");
  });

  test("401 is an AuthenticationError, with no token or a forged one", async () => {
    for (const forged of [null, "forged.token.value"]) {
      const anonymous = new Skilldeo({ token: forged, baseURL: mock.baseURL });
      const error = await anonymous.campaignList().catch((e) => e);
      assert.ok(error instanceof AuthenticationError, String(error));
      assert.equal(error.status, 401);
      assert.equal(error.message, "Missing or invalid token");
    }
  });

  test("403 is a PermissionDeniedError, which is also an AuthenticationError", async () => {
    const stub = await stubServer(403, "not your organisation");
    try {
      const denied = new Skilldeo({ token: "t", baseURL: stub.baseURL });
      const error = await denied.campaignLink({ campaignId: 1 }).catch((e) => e);
      assert.ok(error instanceof PermissionDeniedError && error instanceof AuthenticationError);
      assert.equal(error.status, 403);
      assert.equal(error.message, "not your organisation");
    } finally {
      await stub.close();
    }
  });

  test("404 is a NotFoundError", async () => {
    const error = await client.campaignLink({ campaignId: 99999 }).catch((e) => e);
    assert.ok(error instanceof NotFoundError);
    assert.equal(error.status, 404);
    assert.equal(error.message, "campaignId: agent 99999 not found");
  });

  test("409 is a plain APIStatusError", async () => {
    const stub = await stubServer(409, "conflict");
    try {
      const error = await new Skilldeo({ baseURL: stub.baseURL }).campaignLink({ campaignId: 1 }).catch((e) => e);
      assert.equal(error.constructor, APIStatusError);
      assert.equal(error.status, 409);
    } finally {
      await stub.close();
    }
  });

  test("429 once the retries are spent is a RateLimitError", async () => {
    const error = await client
      .campaignLink({ campaignId: 22554 }, { maxRetries: 0, headers: { "X-Mock-Fault": "429" } })
      .catch((e) => e);
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.status, 429);
    assert.match(error.message, /Too many requests/);
    assert.equal(error.headers.get("retry-after"), "1");
  });

  test("5xx once the retries are spent is a ServerError", async () => {
    for (const status of ["500", "503"]) {
      const error = await client
        .campaignLink({ campaignId: 22554 }, { maxRetries: 0, headers: { "X-Mock-Fault": status } })
        .catch((e) => e);
      assert.ok(error instanceof ServerError, String(error));
      assert.equal(error.status, Number(status));
    }
  });

  test("no answer is an APIConnectionError without a status", async () => {
    const nowhere = new Skilldeo({ baseURL: await closedPort(), maxRetries: 0 });
    const error = await nowhere.campaignLink({ campaignId: 1 }).catch((e) => e);
    assert.ok(error instanceof APIConnectionError && !(error instanceof APITimeoutError));
    assert.equal(error.status, undefined);
    assert.match(error.message, /connection failed/);
  });

  test("a slow answer is an APITimeoutError after the timeout (latency injection)", async () => {
    const started = performance.now();
    const error = await client
      .campaignLink({ campaignId: 22554 }, { timeout: 200, maxRetries: 0, headers: { "X-Mock-Latency-Ms": "2000" } })
      .catch((e) => e);
    const elapsed = performance.now() - started;
    assert.ok(error instanceof APITimeoutError && error instanceof APIConnectionError, String(error));
    assert.ok(elapsed >= 190 && elapsed < 1500, `${elapsed} ms`);
  });

  test("the client's timeout applies when the call sets none", async () => {
    const impatient = new Skilldeo({ token, baseURL: mock.baseURL, timeout: 150, maxRetries: 0 });
    await assert.rejects(
      impatient.campaignLink({ campaignId: 22554 }, { headers: { "X-Mock-Latency-Ms": "1500" } }),
      APITimeoutError,
    );
  });
});

describe("retries", () => {
  test("queued 503s are retried until the call succeeds, and each retry is logged", async () => {
    const sent = [];
    const logged = [];
    const retrying = recorded(sent, { logger: { info: (line) => logged.push(line) } });
    await queueFaults(mock.root, { status: 503, count: 2, retry_after: 0, operation: "campaignLink" });
    const { link } = await retrying.campaignLink({ campaignId: 22554 });
    assert.match(link, /^https:/);
    assert.equal(sent.length, 3);
    assert.equal(logged.length, 2);
    assert.match(logged[0], /retrying GET \/svc\/campaign\/getLink in 0\.00s \(503, retry 1 of 2\)/);
  });

  test("a fault on every attempt: maxRetries + 1 attempts, then the error", async () => {
    const sent = [];
    const headers = { "X-Mock-Fault": "503", "X-Mock-Retry-After": "0" };
    const error = await recorded(sent).campaignLink({ campaignId: 22554 }, { headers }).catch((e) => e);
    assert.ok(error instanceof ServerError);
    assert.equal(sent.length, 3, "the default: 2 retries");
    sent.length = 0;
    await recorded(sent, { maxRetries: 4 }).campaignLink({ campaignId: 22554 }, { headers }).catch(() => {});
    assert.equal(sent.length, 5, "the client's maxRetries");
    sent.length = 0;
    await recorded(sent, { maxRetries: 4 }).campaignLink({ campaignId: 22554 }, { headers, maxRetries: 1 }).catch(() => {});
    assert.equal(sent.length, 2, "the call's maxRetries wins");
  });

  test("Retry-After is honoured", async () => {
    const started = performance.now();
    const headers = { "X-Mock-Fault": "429", "X-Mock-Retry-After": "1" };
    await assert.rejects(client.campaignLink({ campaignId: 22554 }, { headers, maxRetries: 1 }), RateLimitError);
    const elapsed = performance.now() - started;
    assert.ok(elapsed >= 950 && elapsed < 3000, `${elapsed} ms`);
  });

  test("connection errors are retried; 400 and 404 are not", async () => {
    const sent = [];
    const nowhere = new Skilldeo({ baseURL: await closedPort(), maxRetries: 1, fetch: recordingFetch(sent) });
    await assert.rejects(nowhere.campaignLink({ campaignId: 1 }), APIConnectionError);
    assert.equal(sent.length, 2);
    sent.length = 0;
    await assert.rejects(recorded(sent).campaignList({ top: 0 }), BadRequestError);
    await assert.rejects(recorded(sent).campaignLink({ campaignId: 99999 }), NotFoundError);
    assert.equal(sent.length, 2);
  });

  test("a timeout is retried like a connection error", async () => {
    const sent = [];
    const headers = { "X-Mock-Latency-Ms": "1000" };
    const options = { headers, timeout: 100, maxRetries: 1 };
    await assert.rejects(recorded(sent).campaignLink({ campaignId: 22554 }, options), APITimeoutError);
    assert.equal(sent.length, 2);
  });
});

describe("per-call options", () => {
  test("headers are added to the call, and the token goes only where security asks", async () => {
    const sent = [];
    await recorded(sent).campaignLink({ campaignId: 22554 }, { headers: { "X-Request-Id": "42" } });
    assert.equal(sent[0].headers["X-Request-Id"], "42");
    assert.equal(sent[0].headers.Authorization, `Bearer ${token}`);
    await recorded(sent).loginOTP({ email: SEED_EMAIL });
    assert.equal(sent[1].headers.Authorization, undefined, "loginOTP has no security");
    assert.equal(sent[1].headers["Content-Type"], "application/json");
  });

  test("an AbortSignal stops the call and its retries, with the signal's reason", async () => {
    const sent = [];
    const controller = new AbortController();
    const headers = { "X-Mock-Fault": "503", "X-Mock-Retry-After": "30" };
    const call = recorded(sent).campaignLink({ campaignId: 22554 }, { headers, signal: controller.signal });
    setTimeout(() => controller.abort(new Error("stop")), 200);
    const started = performance.now();
    await assert.rejects(call, { message: "stop" });
    assert.ok(performance.now() - started < 2000, "the 30 s wait was cut short");
    assert.equal(sent.length, 1);
    await assert.rejects(
      client.campaignLink({ campaignId: 22554 }, { signal: AbortSignal.abort(new Error("early")) }),
      { message: "early" },
    );
  });

  test("bad options are refused at once", () => {
    assert.throws(() => new Skilldeo({ maxRetries: -1 }), RangeError);
    assert.throws(() => new Skilldeo({ timeout: 0 }), RangeError);
  });
});

describe("configuration and secrecy", () => {
  test("SKILLDEO_TOKEN and SKILLDEO_BASE_URL are read from the environment", async () => {
    const saved = { token: process.env.SKILLDEO_TOKEN, base: process.env.SKILLDEO_BASE_URL };
    process.env.SKILLDEO_TOKEN = token;
    process.env.SKILLDEO_BASE_URL = `${mock.baseURL}/`;
    try {
      const fromEnv = new Skilldeo();
      assert.equal(fromEnv.baseURL, mock.baseURL, "without the trailing slash");
      assert.equal(fromEnv.authenticated, true);
      assert.equal((await fromEnv.campaignLink({ campaignId: 22554 })).error, false);
      assert.equal(new Skilldeo({ token: null }).authenticated, false, "null: no token");
    } finally {
      for (const [name, value] of [["SKILLDEO_TOKEN", saved.token], ["SKILLDEO_BASE_URL", saved.base]]) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    assert.equal(new Skilldeo().baseURL, sdk.DEFAULT_BASE_URL);
  });

  test("the token shows in no printed client, error or log line", async () => {
    const logged = [];
    const sent = [];
    const signedIn = await login(SEED_EMAIL, {
      otp: OTP,
      baseURL: mock.baseURL,
      fetch: recordingFetch(sent),
      logger: { info: (line) => logged.push(line) },
    });
    const shown = [inspect(signedIn, { showHidden: true, depth: 5 }), JSON.stringify(signedIn), String(signedIn)];
    const slow = { timeout: 50, maxRetries: 0, headers: { "X-Mock-Latency-Ms": "500" } };
    const errors = [
      await signedIn
        .campaignLink({ campaignId: 22554 }, { maxRetries: 1, headers: { "X-Mock-Fault": "503", "X-Mock-Retry-After": "0" } })
        .catch((e) => e),
      await signedIn.campaignLink({ campaignId: 99999 }).catch((e) => e),
      await signedIn.campaignLink({ campaignId: 1 }, slow).catch((e) => e),
    ];
    for (const error of errors) {
      assert.ok(error instanceof SkilldeoError);
      shown.push(inspect(error, { showHidden: true, depth: 8 }), JSON.stringify(error), String(error), error.stack);
    }
    assert.equal(logged.length, 1);
    shown.push(...logged);
    const secret = sent.at(-1).headers.Authorization.replace(/^Bearer /, "");
    assert.ok(secret.length > 20);
    for (const text of shown) assert.ok(!text.includes(secret), `the token leaked into: ${text}`);
    assert.match(shown[0], /"authenticated":true/);
  });
});
