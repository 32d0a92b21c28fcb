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
import { Skilldeo } from "./client.js";
async function code(otp) {
    const value = typeof otp === "function" ? await otp() : otp;
    if (typeof value !== "string" || !value) {
        throw new TypeError("otp must be a non-empty string, or a function returning one");
    }
    return value;
}
function session(options) {
    const { otp: _otp, baseURL, timeout, maxRetries, headers, fetch, logger, ...details } = options;
    return [{ token: null, baseURL, timeout, maxRetries, headers, fetch, logger }, details];
}
function pick(fields, names) {
    const picked = {};
    for (const name of names)
        if (fields[name] !== undefined)
            picked[name] = fields[name];
    return picked;
}
// The fields `signupVerify` accepts: those given to `signupOTP` are sent again.
const SIGNUP_VERIFY_FIELDS = ["email", "firstName", "lastName", "org_type_id", "organization", "phoneNumber", "recievedFrom", "role_id", "session_id", "verification_code"];
/**
 * Runs `signupOTP` and `signupVerify`; resolves to a client authenticated as the user.
 *
 * `signupVerify` answers with a token only, so the client's `userId` and `orgId` are null.
 */
export async function signup(email, options) {
    const [clientOptions, details] = session(options);
    const client = new Skilldeo(clientOptions);
    const startFields = { ...details, email };
    const started = await client.signupOTP(startFields);
    const verifyFields = pick(startFields, SIGNUP_VERIFY_FIELDS);
    verifyFields["session_id"] = started["session_id"];
    verifyFields["verification_code"] = await code(options.otp);
    const verified = await client.signupVerify(verifyFields);
    client._authenticate(verified["token"], null, null);
    return client;
}
// The fields `loginVerify` accepts: those given to `loginOTP` are sent again.
const LOGIN_VERIFY_FIELDS = ["email", "session_id", "verification_code"];
/**
 * Runs `loginOTP` and `loginVerify`; resolves to a client authenticated as the user.
 *
 * Its `userId` and `orgId` are those `loginVerify` answered with.
 */
export async function login(email, options) {
    const [clientOptions, details] = session(options);
    const client = new Skilldeo(clientOptions);
    const startFields = { ...details, email };
    const started = await client.loginOTP(startFields);
    const verifyFields = pick(startFields, LOGIN_VERIFY_FIELDS);
    verifyFields["session_id"] = started["session_id"];
    verifyFields["verification_code"] = await code(options.otp);
    const verified = await client.loginVerify(verifyFields);
    client._authenticate(verified["token"], verified["user_id"], verified["org_id"]);
    return client;
}
