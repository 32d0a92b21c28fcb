/**
 * The transport: configuration, authentication, timeouts and retries, on the platform's `fetch`.
 *
 * `APIClient.request` sends one operation, retries it on connection errors, timeouts, 429 and
 * 5xx with exponential backoff and jitter (honouring Retry-After), and resolves to the parsed
 * success body or rejects with a typed error (`errors.ts`).
 */
/** `servers[0]` of the spec; `SKILLDEO_BASE_URL` or `baseURL` point elsewhere. */
export declare const DEFAULT_BASE_URL = "https://api.skilldeo.com/api/v1";
/** Milliseconds each attempt may take, the answer's body included. */
export declare const DEFAULT_TIMEOUT = 30000;
/** Retries after the first attempt (0 disables them). */
export declare const DEFAULT_MAX_RETRIES = 2;
/** The API's `info.version`, which is the package's version. */
export declare const VERSION = "1.1.0";
/** The `fetch` the client calls; the platform's by default (Node 18+, browsers, Deno, Bun). */
export type Fetch = (input: string, init: RequestInit) => Promise<Response>;
/** Where retries are reported; `console` will do. It never receives the token. */
export interface Logger {
    info(message: string): void;
}
/** How a client reaches the API and as whom. */
export interface ClientOptions {
    /** The bearer token; `$SKILLDEO_TOKEN` on Node when undefined, none when null. */
    token?: string | null | undefined;
    /** `$SKILLDEO_BASE_URL` on Node when undefined, else `DEFAULT_BASE_URL`. */
    baseURL?: string | undefined;
    /** Milliseconds per attempt (default 30 000). */
    timeout?: number | undefined;
    /** Retries after a failed attempt (default 2; 0 disables). */
    maxRetries?: number | undefined;
    /** Headers sent with every request. */
    headers?: Record<string, string> | undefined;
    /** Your own `fetch` (a proxy, a test double); the global one by default. */
    fetch?: Fetch | undefined;
    /** Told about each retry; silent by default. */
    logger?: Logger | undefined;
    /** The signed-in user, as `login()` sets it. */
    userId?: number | null | undefined;
    /** The signed-in user's organisation, as `login()` sets it. */
    orgId?: number | null | undefined;
}
/** What one call may change: every method takes these as its last argument. */
export interface RequestOptions {
    /** Milliseconds per attempt, instead of the client's. */
    timeout?: number | undefined;
    /** Retries, instead of the client's (0 disables). */
    maxRetries?: number | undefined;
    /** Extra headers for this call. */
    headers?: Record<string, string> | undefined;
    /** Aborts the call, retries and waits included; it then rejects with the signal's reason. */
    signal?: AbortSignal | undefined;
}
/** How an operation is sent: the generated client has one of these per method. */
export interface Operation {
    method: string;
    path: string;
    auth: boolean;
    /** Parameters, by where they go; the remaining fields of the argument are the JSON body. */
    pathParams?: readonly string[];
    query?: readonly string[];
    header?: readonly string[];
    /** "fields": the argument's other fields are the body; "body": its `body` field is. */
    body?: "fields" | "body";
}
/** The configuration and transport the generated `Skilldeo` client builds on. */
export declare class APIClient {
    #private;
    /** Where requests go, without a trailing slash. */
    readonly baseURL: string;
    readonly timeout: number;
    readonly maxRetries: number;
    /** The signed-in user, when known (set by `login()`). */
    userId: number | null;
    /** The signed-in user's organisation, when known (set by `login()`). */
    orgId: number | null;
    constructor(options?: ClientOptions);
    /** Whether the client has a token to send. */
    get authenticated(): boolean;
    /** Send `op` with `params`, retrying as configured; the parsed success body. */
    request<T>(op: Operation, params: object, options?: RequestOptions): Promise<T>;
    /** What `console.log` and `JSON.stringify` show: never the token. */
    toJSON(): Record<string, unknown>;
}
