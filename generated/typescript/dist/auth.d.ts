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
export interface SessionOptions extends Pick<ClientOptions, "baseURL" | "timeout" | "maxRetries" | "headers" | "fetch" | "logger"> {
    otp: OtpSource;
}
/** The options of `signup()`: the session's, and the fields of `signupOTP` besides the address. */
export interface SignupOptions extends SessionOptions, Omit<types.UserRequest, "email"> {
}
/**
 * Runs `signupOTP` and `signupVerify`; resolves to a client authenticated as the user.
 *
 * `signupVerify` answers with a token only, so the client's `userId` and `orgId` are null.
 */
export declare function signup(email: string, options: SignupOptions): Promise<Skilldeo>;
/** The options of `login()`. */
export type LoginOptions = SessionOptions;
/**
 * Runs `loginOTP` and `loginVerify`; resolves to a client authenticated as the user.
 *
 * Its `userId` and `orgId` are those `loginVerify` answered with.
 */
export declare function login(email: string, options: LoginOptions): Promise<Skilldeo>;
