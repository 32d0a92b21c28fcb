"""Probes of our own: the bugs schemathesis' generated cases do not reach.

schemathesis sends one identity's generated requests and judges each answer alone. A tenancy
leak, a forged or expired token, a reusable code, a paging slip at the end of the list or a
near-miss value needs requests built on purpose from what the server said before: two
identities' ids, the real token, the login's codes, the list's real size. Each probe here is a
check like schemathesis' own: switched by --include-check/--exclude-check, reported in the same
tables, JUnit file and curl reproductions (`fuzz.report`, `fuzz.files`). They run as a phase of
their own after schemathesis' phases, on the selected operations only, so the write guard of
`fuzz.select` holds for them too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx

from generator.fuzz.probes import nearmiss, otp, paging, tenancy, tokens
from generator.fuzz.probes.base import Context, Outcome

Probe = Callable[[Context], Iterator[Outcome]]

# In the order they run: expired_token last, as minting a token may move the mock's clock.
PROBES: dict[str, Probe] = {
    tenancy.CHECK: tenancy.isolation,
    tokens.TAMPERING: tokens.tampering,
    otp.CHECK: otp.abuse,
    paging.CHECK: paging.walk,
    nearmiss.CHECK: nearmiss.rejection,
    tokens.EXPIRED: tokens.expired,
}
NAMES = tuple(PROBES)

# What each probe needs, for --help-style messages and docs/fuzzing.md.
NEEDS = {
    tenancy.CHECK: "a second identity: --peer-email (+ --peer-otp-command) or --peer-token",
    tokens.TAMPERING: "a JWT bearer token (any login)",
    otp.CHECK: "--email login; loginOTP and loginVerify selected (--allow-writes on a live server)",
    paging.CHECK: "a token, and a paged list operation selected",
    nearmiss.CHECK: "a token for the secured operations",
    tokens.EXPIRED: "--expired-token, or the bundled mock (which mints one with its clock)",
}


def run(ctx: Context, enabled: set[str]) -> Iterator[Outcome]:
    """Every enabled probe's outcomes, in order; a probe the server stops answering ends
    unjudged, the others still run."""
    for name, probe in PROBES.items():
        if name not in enabled:
            continue
        try:
            yield from probe(ctx)
        except httpx.HTTPError as exc:
            yield Outcome(
                name, "-", None, f"the server did not answer: {exc or type(exc).__name__}"
            )


__all__ = ["NAMES", "NEEDS", "PROBES", "Context", "Outcome", "run"]
