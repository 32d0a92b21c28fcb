// Generated from openapi.yaml by `skilldeo-api client`; do not edit.
/**
 * The errors every call rejects with instead of resolving.
 *
 * All extend `SkilldeoError`, which carries the HTTP `status` (undefined when no response came),
 * the server's `message` (the envelope's, when it sent one) and the parsed `body`. Nothing here
 * holds a request: the bearer token cannot leak through an error, its message or its stack.
 */
/** Base class: an API call failed. */
export class SkilldeoError extends Error {
    name = "SkilldeoError";
    /** The HTTP status of the answer; undefined when no answer came. */
    status;
    /** The answer's body, parsed as JSON when it was JSON. */
    body;
    /** The answer's headers. */
    headers;
    constructor(message, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.status = details.status;
        this.body = details.body;
        this.headers = details.headers;
    }
}
/** The server answered with an error status (4xx or 5xx). */
export class APIStatusError extends SkilldeoError {
    name = "APIStatusError";
}
/** 400: the request broke a rule (a field is missing or out of range, a wrong code). */
export class BadRequestError extends APIStatusError {
    name = "BadRequestError";
}
/** 401: the bearer token is missing, malformed, expired or forged. */
export class AuthenticationError extends APIStatusError {
    name = "AuthenticationError";
}
/**
 * 403: the token is valid but may not do this. A subclass of `AuthenticationError`, so that
 * catching that one catches both, as the Python SDK's `AuthenticationError` does.
 */
export class PermissionDeniedError extends AuthenticationError {
    name = "PermissionDeniedError";
}
/** 404: no such resource, or it belongs to another organisation. */
export class NotFoundError extends APIStatusError {
    name = "NotFoundError";
}
/** 429: too many requests; retried automatically until the attempts run out. */
export class RateLimitError extends APIStatusError {
    name = "RateLimitError";
}
/** 5xx: the platform failed; retried automatically until the attempts run out. */
export class ServerError extends APIStatusError {
    name = "ServerError";
}
/** No answer: the connection failed or broke (retried like a 5xx). */
export class APIConnectionError extends SkilldeoError {
    name = "APIConnectionError";
}
/** No answer within the timeout (retried like a 5xx). */
export class APITimeoutError extends APIConnectionError {
    name = "APITimeoutError";
}
const BY_STATUS = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
};
/** The typed error for an answer with an error status, with the envelope's `message`. */
export function errorForStatus(status, statusText, body, headers) {
    let message = statusText || `HTTP ${status}`;
    if (typeof body === "object" && body !== null && "message" in body) {
        const sent = body.message;
        if (typeof sent === "string" && sent)
            message = sent;
    }
    const ErrorClass = BY_STATUS[status] ?? (status >= 500 ? ServerError : APIStatusError);
    return new ErrorClass(message, { status, body, headers });
}
