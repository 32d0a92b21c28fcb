// Generated from openapi.yaml by `skilldeo-api client`; do not edit.
/**
 * The transport: configuration, authentication, timeouts and retries, on the platform's `fetch`.
 *
 * `APIClient.request` sends one operation, retries it on connection errors, timeouts, 429 and
 * 5xx with exponential backoff and jitter (honouring Retry-After), and resolves to the parsed
 * success body or rejects with a typed error (`errors.ts`).
 */
import { APIConnectionError, APITimeoutError, SkilldeoError, errorForStatus, } from "./errors.js";
/** `servers[0]` of the spec; `SKILLDEO_BASE_URL` or `baseURL` point elsewhere. */
export const DEFAULT_BASE_URL = "https://api.skilldeo.com/api/v1";
/** Milliseconds each attempt may take, the answer's body included. */
export const DEFAULT_TIMEOUT = 30_000;
/** Retries after the first attempt (0 disables them). */
export const DEFAULT_MAX_RETRIES = 2;
/** The API's `info.version`, which is the package's version. */
export const VERSION = "1.1.0";
const BASE_URL_ENV = "SKILLDEO_BASE_URL";
const TOKEN_ENV = "SKILLDEO_TOKEN";
const INITIAL_RETRY_DELAY = 500;
const MAX_RETRY_DELAY = 8_000;
const MAX_RETRY_AFTER = 60_000;
const USER_AGENT = `skilldeo-client/${VERSION} (typescript)`;
function env(name) {
    const proc = globalThis.process;
    const value = proc?.env?.[name];
    return value ? value : undefined;
}
const IS_NODE = typeof globalThis.process?.versions
    ?.node === "string";
function checkedRetries(maxRetries) {
    if (!Number.isInteger(maxRetries) || maxRetries < 0) {
        throw new RangeError("maxRetries must be 0 (no retries) or a larger integer");
    }
    return maxRetries;
}
function checkedTimeout(timeout) {
    if (!(timeout > 0) || !Number.isFinite(timeout)) {
        throw new RangeError("timeout must be a finite number of milliseconds above 0");
    }
    return timeout;
}
/** Milliseconds the server asked to wait, from Retry-After (seconds or an HTTP date). */
function retryAfter(headers) {
    const value = headers?.get("retry-after");
    if (!value)
        return undefined;
    let wait = Number(value) * 1000;
    if (Number.isNaN(wait)) {
        const date = Date.parse(value);
        if (Number.isNaN(date))
            return undefined; // neither: fall back to our own backoff
        wait = date - Date.now();
    }
    return Math.min(Math.max(wait, 0), MAX_RETRY_AFTER);
}
/** Retry-After when the server sent one, else exponential backoff with up to 25% jitter. */
function retryDelay(attempt, headers) {
    const asked = retryAfter(headers);
    if (asked !== undefined)
        return asked;
    const backoff = Math.min(INITIAL_RETRY_DELAY * 2 ** attempt, MAX_RETRY_DELAY);
    return backoff * (1 - 0.25 * Math.random());
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        signal?.addEventListener("abort", onAbort, { once: true });
    });
}
function describe(error) {
    if (!(error instanceof Error))
        return String(error);
    const cause = error.cause;
    const detail = cause?.code ?? cause?.message;
    return `${error.name}: ${error.message}${detail ? ` (${String(detail)})` : ""}`;
}
function appendQuery(url, names, params) {
    const query = new URLSearchParams();
    for (const name of names) {
        const value = params[name];
        if (value === undefined || value === null)
            continue;
        for (const item of Array.isArray(value) ? value : [value])
            query.append(name, String(item));
    }
    const text = query.toString();
    return text ? `${url}?${text}` : url;
}
function bodyOf(op, params) {
    if (op.body === "body")
        return params["body"];
    const named = [...(op.pathParams ?? []), ...(op.query ?? []), ...(op.header ?? [])];
    if (named.length === 0)
        return params;
    const body = {};
    for (const key of Object.keys(params))
        if (!named.includes(key))
            body[key] = params[key];
    return body;
}
/** The configuration and transport the generated `Skilldeo` client builds on. */
export class APIClient {
    /** Where requests go, without a trailing slash. */
    baseURL;
    timeout;
    maxRetries;
    /** The signed-in user, when known (set by `login()`). */
    userId;
    /** The signed-in user's organisation, when known (set by `login()`). */
    orgId;
    #token;
    #headers;
    #fetch;
    #logger;
    constructor(options = {}) {
        const base = options.baseURL ?? env(BASE_URL_ENV) ?? DEFAULT_BASE_URL;
        this.baseURL = base.replace(/\/+$/, "");
        this.#token = options.token === undefined ? (env(TOKEN_ENV) ?? null) : options.token;
        this.timeout = checkedTimeout(options.timeout ?? DEFAULT_TIMEOUT);
        this.maxRetries = checkedRetries(options.maxRetries ?? DEFAULT_MAX_RETRIES);
        this.userId = options.userId ?? null;
        this.orgId = options.orgId ?? null;
        this.#headers = { Accept: "application/json", ...(IS_NODE ? { "User-Agent": USER_AGENT } : {}) };
        Object.assign(this.#headers, options.headers);
        const fetcher = options.fetch ?? globalThis.fetch?.bind(globalThis);
        if (typeof fetcher !== "function") {
            throw new TypeError("no fetch: run on Node 18+ or in a browser, or pass `fetch`");
        }
        this.#fetch = fetcher;
        this.#logger = options.logger;
    }
    /** Whether the client has a token to send. */
    get authenticated() {
        return this.#token !== null;
    }
    /** @internal Set by the sign-in helpers once the verification answered with a token. */
    _authenticate(token, userId, orgId) {
        this.#token = token;
        this.userId = userId;
        this.orgId = orgId;
    }
    /** Send `op` with `params`, retrying as configured; the parsed success body. */
    async request(op, params, options = {}) {
        const fields = params;
        const init = this.#init(op, fields, options);
        const url = this.#url(op, fields);
        const retries = checkedRetries(options.maxRetries ?? this.maxRetries);
        const timeout = checkedTimeout(options.timeout ?? this.timeout);
        for (let attempt = 0;; attempt++) {
            let failure;
            let headers;
            try {
                const { response, data } = await this.#attempt(url, init, timeout, options.signal);
                if (response.ok)
                    return data;
                failure = errorForStatus(response.status, response.statusText, data, response.headers);
                if (response.status !== 429 && response.status < 500)
                    throw failure;
                headers = response.headers;
            }
            catch (error) {
                if (!(error instanceof APIConnectionError))
                    throw error;
                failure = error;
            }
            if (attempt >= retries)
                throw failure;
            const delay = retryDelay(attempt, headers);
            this.#logger?.info(`skilldeo-client: retrying ${op.method} ${op.path} in ${(delay / 1000).toFixed(2)}s` +
                ` (${failure.status ?? failure.name}, retry ${attempt + 1} of ${retries})`);
            await sleep(delay, options.signal);
        }
    }
    #url(op, params) {
        let path = op.path;
        for (const name of op.pathParams ?? []) {
            path = path.replace(`{${name}}`, encodeURIComponent(String(params[name])));
        }
        return op.query ? appendQuery(this.baseURL + path, op.query, params) : this.baseURL + path;
    }
    #init(op, params, options) {
        const headers = { ...this.#headers };
        for (const name of op.header ?? []) {
            if (params[name] !== undefined && params[name] !== null)
                headers[name] = String(params[name]);
        }
        if (op.auth && this.#token !== null)
            headers["Authorization"] = `Bearer ${this.#token}`;
        if (options.headers)
            Object.assign(headers, options.headers);
        if (op.body === undefined)
            return { method: op.method, headers };
        headers["Content-Type"] = "application/json";
        return { method: op.method, headers, body: JSON.stringify(bodyOf(op, params)) };
    }
    /** One attempt under its own timeout: the answer and its parsed body, or a typed error. */
    async #attempt(url, init, timeout, signal) {
        if (signal?.aborted)
            throw signal.reason;
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            controller.abort();
        }, timeout);
        const onAbort = () => controller.abort(signal?.reason);
        signal?.addEventListener("abort", onAbort, { once: true });
        try {
            const response = await this.#fetch(url, { ...init, signal: controller.signal });
            const text = await response.text();
            return { response, data: parse(text, response) };
        }
        catch (error) {
            if (error instanceof SkilldeoError)
                throw error;
            if (signal?.aborted)
                throw signal.reason; // the caller's own abort: neither retried nor wrapped
            if (timedOut)
                throw new APITimeoutError(`no answer within ${timeout} ms`);
            throw new APIConnectionError(`connection failed (${describe(error)})`, { cause: error });
        }
        finally {
            clearTimeout(timer);
            signal?.removeEventListener("abort", onAbort);
        }
    }
    /** What `console.log` and `JSON.stringify` show: never the token. */
    toJSON() {
        return {
            baseURL: this.baseURL,
            authenticated: this.authenticated,
            userId: this.userId,
            orgId: this.orgId,
        };
    }
}
// Node's console.log and util.inspect show this instead of the fields.
Object.defineProperty(APIClient.prototype, Symbol.for("nodejs.util.inspect.custom"), {
    value() {
        return `${this.constructor.name} ${JSON.stringify(this.toJSON())}`;
    },
});
function parse(text, response) {
    if (!text)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        if (!response.ok)
            return text;
        throw new SkilldeoError(`the ${response.status} answer is not JSON`, {
            status: response.status,
            body: text,
            headers: response.headers,
        });
    }
}
