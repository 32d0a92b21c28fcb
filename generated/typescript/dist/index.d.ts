/**
 * skilldeo-client: the TypeScript SDK for the skilldeo Platform API 1.1.0.
 *
 * `new Skilldeo({ token, baseURL })`, or sign in with `signup()` or `login()`.
 * Every type of the API is exported under its schema's name.
 */
export { Skilldeo } from "./client.js";
export { signup, type SignupOptions, login, type LoginOptions, type OtpSource, type SessionOptions, } from "./auth.js";
export { APIClient, DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, VERSION, type ClientOptions, type Fetch, type Logger, type Operation, type RequestOptions, } from "./core.js";
export { APIConnectionError, APIStatusError, APITimeoutError, AuthenticationError, BadRequestError, NotFoundError, PermissionDeniedError, RateLimitError, ServerError, SkilldeoError, type ErrorDetails, } from "./errors.js";
export type * from "./types.js";
