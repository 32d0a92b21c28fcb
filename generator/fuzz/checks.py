"""Our own response checks: the envelope rules schemathesis cannot know from the schema alone.

Each is registered with schemathesis by importing this module, so they run in every phase next to
the built-in checks, both under `skilldeo-api fuzz` and under plain `st run` (through
`generator.fuzz.hooks`). A check fails by raising AssertionError with a message a person can act
on. schemathesis counts a check that returns a true value as skipped and one that returns None as
passed (`schemathesis.checks.run_checks`), so ours return SKIPPED where they do not apply (no JSON
object body, or not a paged list) and PASSED when the response keeps the rule.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, Response

from generator.core.naming import python_name

# The names schemathesis reports, also accepted by `--include-check`-style configuration.
NAMES = (
    "envelope_status_code",
    "envelope_error_flag",
    "envelope_message",
    "paging_consistency",
    "token_not_echoed",
)

PASSED = None  # schemathesis records a success
SKIPPED = True  # schemathesis records nothing: the check did not apply
DEFAULT_TOP = 10  # Top's default in openapi.yaml, used when the request leaves `top` out.
MIN_TOKEN_LENGTH = 8  # Shorter "tokens" (generated junk) match by chance, not by echoing.


def envelope(response: Response) -> dict[str, Any] | None:
    """The JSON object body, or None (then the envelope checks do not apply)."""
    if "json" not in (response.headers.get("content-type") or [""])[0]:
        return None
    try:
        body = response.json()
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


@schemathesis.check
def envelope_status_code(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """The envelope's `status_code` repeats the HTTP status."""
    body = envelope(response)
    if body is None or "status_code" not in body:
        return SKIPPED
    if body["status_code"] != response.status_code:
        raise AssertionError(
            f"envelope status_code is {body['status_code']!r} but the HTTP status is "
            f"{response.status_code}"
        )
    return PASSED


@schemathesis.check
def envelope_error_flag(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """`error` is true exactly on 4xx/5xx; errors must carry it, a success may omit it."""
    body = envelope(response)
    if body is None:
        return SKIPPED
    failed = response.status_code >= 400
    if "error" not in body:
        if failed:
            raise AssertionError(
                f"HTTP {response.status_code} but the envelope has no `error` flag"
            )
        return PASSED  # a success may leave the flag out
    if body["error"] is not failed:
        raise AssertionError(
            f"envelope error is {body['error']!r} on HTTP {response.status_code}; "
            f"it must be {str(failed).lower()} exactly when the status is 4xx/5xx"
        )
    return PASSED


@schemathesis.check
def envelope_message(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """Every envelope carries a human-readable, non-blank `message`."""
    body = envelope(response)
    if body is None:
        return SKIPPED
    message = body.get("message")
    if not isinstance(message, str) or not message.strip():
        raise AssertionError(
            f"HTTP {response.status_code} envelope has message {message!r}; want non-empty text"
        )
    return PASSED


def _paging_request(case: Case[Any]) -> tuple[int, int] | None:
    """`(top, skip)` the request asked for, or None when they are not usable integers."""
    body = case.body if isinstance(case.body, dict) else {}
    top, skip = body.get("top", DEFAULT_TOP), body.get("skip", 0)
    if type(top) is not int or type(skip) is not int or top < 1 or skip < 0:
        return None
    return top, skip


@schemathesis.check
def paging_consistency(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A page holds at most `top` records, and `hasMore`/`total_count`/`skip` agree with it."""
    body = envelope(response)
    if body is None or not 200 <= response.status_code < 300:
        return SKIPPED
    records, total = body.get("records"), body.get("total_count")
    paging = _paging_request(case)
    if not isinstance(records, list) or paging is None:
        return SKIPPED
    top, skip = paging
    count = len(records)
    if count > top:
        raise AssertionError(f"{count} records on a page of top={top}")
    if type(total) is not int:
        return PASSED
    expected = max(0, min(top, total - skip))
    if count != expected:
        raise AssertionError(
            f"{count} records with top={top}, skip={skip}, total_count={total}; expected {expected}"
        )
    flag = has_more_field(body)
    if flag is not None and body[flag] is not (skip + count < total):
        raise AssertionError(
            f"{flag} is {body[flag]!r} with skip={skip}, {count} records, total_count={total}"
        )
    return PASSED


def has_more_field(body: dict[str, Any]) -> str | None:
    """The page's has-more flag however the spec spells it: the key the SDK calls `has_more`,
    as the SDKs' own paging discovery (generator.sdk.analysis) finds it."""
    for key in body:
        if python_name(key) == "has_more":
            return key
    return None


def bearer_token(case: Case[Any]) -> str | None:
    """The bearer token the request carried, if any."""
    for name, value in (case.headers or {}).items():
        if name.lower() == "authorization" and isinstance(value, str):
            scheme, _, token = value.partition(" ")
            if scheme.lower() == "bearer" and len(token.strip()) >= MIN_TOKEN_LENGTH:
                return token.strip()
    return None


@schemathesis.check
def token_not_echoed(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """No response repeats the caller's bearer token, in its body or its headers."""
    token = bearer_token(case)
    if token is None:
        return SKIPPED
    if token in response.text:
        raise AssertionError("the response body repeats the request's bearer token")
    for name, values in response.headers.items():
        if any(token in value for value in values):
            raise AssertionError(f"the response header {name} repeats the request's bearer token")
    return PASSED
