// Generated from openapi.yaml by `skilldeo-api client`; do not edit.
/**
 * The one-time-password flows, as functions that resolve to an authenticated client.
 *
 * `signup()` runs `signupOTP` then `signupVerify`.
 * `login()` runs `loginOTP` then `loginVerify`.
 * `otp` is the code itself, or a function that returns it (or a promise of it): prompt the user,
 * read a mailbox. It is called only once the code has been sent. Neither step needs a token; the
 * client returned carries the one the verification answered with.
 */

import type { ClientOptions } from "./core.js";
import { Skilldeo } from "./client.js";
import type * as types from "./types.js";

/** The code, or a function that returns it (or a promise of it) once it has been sent. */
export type OtpSource = string | (() => string | Promise<string>);

/** How the client a sign-in helper returns reaches the API, and the code. */
export interface SessionOptions
  extends Pick<ClientOptions, "baseURL" | "timeout" | "maxRetries" | "headers" | "fetch" | "logger"> {
  otp: OtpSource;
}

async function code(otp: OtpSource): Promise<string> {
  const value = typeof otp === "function" ? await otp() : otp;
  if (typeof value !== "string" || !value) {
    throw new TypeError("otp must be a non-empty string, or a function returning one");
  }
  return value;
}

function session(options: SessionOptions): [ClientOptions, Record<string, unknown>] {
  const { otp: _otp, baseURL, timeout, maxRetries, headers, fetch, logger, ...details } = options;
  return [{ token: null, baseURL, timeout, maxRetries, headers, fetch, logger }, details];
}

function pick(fields: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const name of names) if (fields[name] !== undefined) picked[name] = fields[name];
  return picked;
}

/** The options of `signup()`: the session's, and the fields of `signupOTP` besides the address. */
export interface SignupOptions extends SessionOptions, Omit<types.UserRequest, "email"> {}

// The fields `signupVerify` accepts: those given to `signupOTP` are sent again.
const SIGNUP_VERIFY_FIELDS = ["email", "firstName", "lastName", "org_type_id", "organization", "phoneNumber", "recievedFrom", "role_id", "session_id", "verification_code"] as const;

/**
 * Runs `signupOTP` and `signupVerify`; resolves to a client authenticated as the user.
 *
 * `signupVerify` answers with a token only, so the client's `userId` and `orgId` are null.
 */
export async function signup(email: string, options: SignupOptions): Promise<Skilldeo> {
  const [clientOptions, details] = session(options);
  const client = new Skilldeo(clientOptions);
  const startFields = { ...details, email } as types.UserRequest;
  const started = await client.signupOTP(startFields);
  const verifyFields = pick(startFields as unknown as Record<string, unknown>, SIGNUP_VERIFY_FIELDS);
  verifyFields["session_id"] = started["session_id"];
  verifyFields["verification_code"] = await code(options.otp);
  const verified = await client.signupVerify(verifyFields as unknown as types.SignupVerifyRequest);
  client._authenticate(verified["token"], null, null);
  return client;
}

/** The options of `login()`. */
export type LoginOptions = SessionOptions;

// The fields `loginVerify` accepts: those given to `loginOTP` are sent again.
const LOGIN_VERIFY_FIELDS = ["email", "session_id", "verification_code"] as const;

/**
 * Runs `loginOTP` and `loginVerify`; resolves to a client authenticated as the user.
 *
 * Its `userId` and `orgId` are those `loginVerify` answered with.
 */
export async function login(email: string, options: LoginOptions): Promise<Skilldeo> {
  const [clientOptions, details] = session(options);
  const client = new Skilldeo(clientOptions);
  const startFields = { ...details, email } as types.LoginOtpRequest;
  const started = await client.loginOTP(startFields);
  const verifyFields = pick(startFields as unknown as Record<string, unknown>, LOGIN_VERIFY_FIELDS);
  verifyFields["session_id"] = started["session_id"];
  verifyFields["verification_code"] = await code(options.otp);
  const verified = await client.loginVerify(verifyFields as unknown as types.LoginVerifyRequest);
  client._authenticate(verified["token"], verified["user_id"], verified["org_id"]);
  return client;
}
