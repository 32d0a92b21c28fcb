// Generated from openapi.yaml by `skilldeo-api client`; do not edit.
/**
 * The errors every call rejects with instead of resolving.
 *
 * All extend `SkilldeoError`, which carries the HTTP `status` (undefined when no response came),
 * the server's `message` (the envelope's, when it sent one) and the parsed `body`. Nothing here
 * holds a request: the bearer token cannot leak through an error, its message or its stack.
 */

/** The options of a `SkilldeoError`: what the server answered, and why, when it did not. */
export interface ErrorDetails {
  status?: number | undefined;
  body?: unknown;
  headers?: Headers | undefined;
  cause?: unknown;
}

/** Base class: an API call failed. */
export class SkilldeoError extends Error {
  override name = "SkilldeoError";
  /** The HTTP status of the answer; undefined when no answer came. */
  readonly status: number | undefined;
  /** The answer's body, parsed as JSON when it was JSON. */
  readonly body: unknown;
  /** The answer's headers. */
  readonly headers: Headers | undefined;

  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.status = details.status;
    this.body = details.body;
    this.headers = details.headers;
  }
}

/** The server answered with an error status (4xx or 5xx). */
export class APIStatusError extends SkilldeoError {
  override name = "APIStatusError";
  declare readonly status: number;
}

/** 400: the request broke a rule (a field is missing or out of range, a wrong code). */
export class BadRequestError extends APIStatusError {
  override name = "BadRequestError";
}

/** 401: the bearer token is missing, malformed, expired or forged. */
export class AuthenticationError extends APIStatusError {
  override name = "AuthenticationError";
}

/**
 * 403: the token is valid but may not do this. A subclass of `AuthenticationError`, so that
 * catching that one catches both, as the Python SDK's `AuthenticationError` does.
 */
export class PermissionDeniedError extends AuthenticationError {
  override name = "PermissionDeniedError";
}

/** 404: no such resource, or it belongs to another organisation. */
export class NotFoundError extends APIStatusError {
  override name = "NotFoundError";
}

/** 429: too many requests; retried automatically until the attempts run out. */
export class RateLimitError extends APIStatusError {
  override name = "RateLimitError";
}

/** 5xx: the platform failed; retried automatically until the attempts run out. */
export class ServerError extends APIStatusError {
  override name = "ServerError";
}

/** No answer: the connection failed or broke (retried like a 5xx). */
export class APIConnectionError extends SkilldeoError {
  override name = "APIConnectionError";
}

/** No answer within the timeout (retried like a 5xx). */
export class APITimeoutError extends APIConnectionError {
  override name = "APITimeoutError";
}

const BY_STATUS: Record<number, typeof APIStatusError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  429: RateLimitError,
};

/** The typed error for an answer with an error status, with the envelope's `message`. */
export function errorForStatus(
  status: number,
  statusText: string,
  body: unknown,
  headers: Headers,
): APIStatusError {
  let message = statusText || `HTTP ${status}`;
  if (typeof body === "object" && body !== null && "message" in body) {
    const sent = (body as { message: unknown }).message;
    if (typeof sent === "string" && sent) message = sent;
  }
  const ErrorClass = BY_STATUS[status] ?? (status >= 500 ? ServerError : APIStatusError);
  return new ErrorClass(message, { status, body, headers });
}
