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
export declare class SkilldeoError extends Error {
    name: string;
    /** The HTTP status of the answer; undefined when no answer came. */
    readonly status: number | undefined;
    /** The answer's body, parsed as JSON when it was JSON. */
    readonly body: unknown;
    /** The answer's headers. */
    readonly headers: Headers | undefined;
    constructor(message: string, details?: ErrorDetails);
}
/** The server answered with an error status (4xx or 5xx). */
export declare class APIStatusError extends SkilldeoError {
    name: string;
    readonly status: number;
}
/** 400: the request broke a rule (a field is missing or out of range, a wrong code). */
export declare class BadRequestError extends APIStatusError {
    name: string;
}
/** 401: the bearer token is missing, malformed, expired or forged. */
export declare class AuthenticationError extends APIStatusError {
    name: string;
}
/**
 * 403: the token is valid but may not do this. A subclass of `AuthenticationError`, so that
 * catching that one catches both, as the Python SDK's `AuthenticationError` does.
 */
export declare class PermissionDeniedError extends AuthenticationError {
    name: string;
}
/** 404: no such resource, or it belongs to another organisation. */
export declare class NotFoundError extends APIStatusError {
    name: string;
}
/** 429: too many requests; retried automatically until the attempts run out. */
export declare class RateLimitError extends APIStatusError {
    name: string;
}
/** 5xx: the platform failed; retried automatically until the attempts run out. */
export declare class ServerError extends APIStatusError {
    name: string;
}
/** No answer: the connection failed or broke (retried like a 5xx). */
export declare class APIConnectionError extends SkilldeoError {
    name: string;
}
/** No answer within the timeout (retried like a 5xx). */
export declare class APITimeoutError extends APIConnectionError {
    name: string;
}
/** The typed error for an answer with an error status, with the envelope's `message`. */
export declare function errorForStatus(status: number, statusText: string, body: unknown, headers: Headers): APIStatusError;
