// The mock server for the TypeScript SDK's tests, and helpers on its control routes.
//
// SKILLDEO_MOCK_ROOT (http://127.0.0.1:PORT) points at a mock that is already running, started
// with `--otp 123456` (tests/sdk/test_typescript.py passes its own); without it, each test file
// starts one from the toolkit's .venv on a free port and stops it at the end.

import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const SDK = path.join(ROOT, "generated/typescript/dist/index.js");
export const OTP = "123456";
export const SEED_EMAIL = "jane.doe@acme.example"; // user 1042 of org 88
export const SEED_USER = 1042;
export const SEED_ORG = 88;

// The contract as the build wrote it (generated/docs/openapi.json is openapi.yaml as JSON), so
// the tests read limits from the spec instead of copying them.
const SPEC = JSON.parse(readFileSync(path.join(ROOT, "generated/docs/openapi.json"), "utf8"));

function follow(ref) {
  return ref.slice(2).split("/").reduce((node, key) => node[key.replaceAll("~1", "/").replaceAll("~0", "~")], SPEC);
}

function operation(operationId) {
  return Object.values(SPEC.paths)
    .flatMap((item) => Object.values(item))
    .find((op) => op.operationId === operationId);
}

function schemaOf(media) {
  let node = media.content["application/json"].schema;
  while (node.$ref) node = follow(node.$ref);
  return node;
}

/** The wire name of the response's has-more flag (`hasMore` today), found by its snake_case. */
export function hasMoreField(operationId) {
  const { properties } = schemaOf(operation(operationId).responses["200"]);
  const snake = (name) => name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
  return Object.keys(properties).find((name) => snake(name) === "has_more");
}

/** The largest `top` the request of `operationId` allows ($ref target and siblings both apply). */
export function largestPage(operationId) {
  let field = schemaOf(operation(operationId).requestBody).properties.top;
  let largest = Infinity;
  for (; field; field = field.$ref ? follow(field.$ref) : undefined) {
    if (typeof field.maximum === "number") largest = Math.min(largest, field.maximum);
  }
  return largest;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(root, child, log) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the mock exited with ${child.exitCode}:\n${log.join("")}`);
    try {
      if ((await fetch(`${root}/_mock/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the mock did not answer on ${root} within 20 s:\n${log.join("")}`);
}

/** A running mock: `{ root, baseURL, stop() }`. */
export async function startMock() {
  const given = process.env.SKILLDEO_MOCK_ROOT;
  if (given) {
    const root = given.replace(/\/+$/, "");
    return { root, baseURL: `${root}/api/v1`, stop: async () => {} };
  }
  const python = path.join(ROOT, ".venv/bin/python");
  if (!existsSync(python)) throw new Error("no .venv: run scripts/setup, or set SKILLDEO_MOCK_ROOT");
  const port = await freePort();
  // Test runs sign in often: relax the OTP limits, as skilldeo_mock.launch does (docs/mock.md).
  const args = ["-m", "skilldeo_mock", "--host", "127.0.0.1", "--port", String(port), "--otp", OTP,
    "--relax-otp-limits"];
  const child = spawn(python, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  const log = [];
  child.stdout.on("data", (chunk) => log.push(String(chunk)));
  child.stderr.on("data", (chunk) => log.push(String(chunk)));
  const root = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(root, child, log);
  } catch (error) {
    child.kill();
    throw error;
  }
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { root, baseURL: `${root}/api/v1`, stop };
}

async function control(root, method, route, body) {
  const init = { method, headers: { "Content-Type": "application/json" } };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await fetch(`${root}/_mock/${route}`, init);
  if (!response.ok) throw new Error(`${method} /_mock/${route}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** The codes the mock has e-mailed to `email`, oldest first. */
export async function outbox(root, email) {
  const { messages } = await control(root, "GET", `outbox?email=${encodeURIComponent(email)}`);
  return messages;
}

/** Fail the next `count` calls (of `operation`, when given) with `status`. */
export function queueFaults(root, fault) {
  return control(root, "POST", "faults", fault);
}

/** A unique address for a sign-up. */
export function newAddress(tag) {
  return `ts.${tag}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@newco.example`;
}

/** A `fetch` that records each request (url, method, headers, body) before sending it. */
export function recordingFetch(log) {
  return (url, init) => {
    log.push({ url, method: init.method, headers: { ...init.headers }, body: init.body });
    return fetch(url, init);
  };
}
