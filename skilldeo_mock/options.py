"""The mock's settings, checked once for `python -m skilldeo_mock` and `skilldeo-api mock`."""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from pathlib import Path

from generator.core.paths import SPEC

# Deliberate bugs for proving that the fuzzer catches them (skilldeo_mock.defects says which fire
# on every request and which only on the inputs that trigger them).
DEFECTS: dict[str, str] = {
    "server-error": "campaignList and interviewList crash (500, traceback text) on a search_param "
    "that is empty or holds anything but ASCII letters, digits and spaces",
    "schema-break": "campaignDetails and campaignList send agent ids as strings",
    "undocumented-status": "interviewList answers 409 to every valid request",
    "accept-invalid": "request validation is skipped: invalid data gets a canned 200",
    "ignore-auth": "a missing or bad token is accepted (as user 1042 of org 88)",
    "wrong-content-type": "every /svc response is sent as text/plain",
    "envelope-status": "every /svc success says status_code 201 in its body",
    "error-flag": "every 4xx response says error: false",
    "empty-message": "every /svc response has message ''",
    "paging": "list pages hold one record more than top and hasMore is always false",
    "echo-token": "every /svc success echoes the bearer token in its message",
    "bola-result": "interviewResult returns another organisation's interview to any valid token",
    "unverified-token": "a token's signature is not checked (alg none, a flipped byte, any key)",
    "ignore-expiry": "an expired token is still accepted",
    "reusable-code": "a used OTP code can be used again (loginVerify, signupVerify)",
    "paging-unaligned": "hasMore is worked out from a page number: wrong for a skip that is not "
    "a multiple of top on the last page",
    "slow-result": "interviewResult takes 3.5 s for an interview that has been evaluated",
    "lax-email": "interviewInvite accepts near-miss addresses such as a..b@x.com",
}

FAULT_STATUSES = (429, 500, 503)


@dataclass(frozen=True)
class Options:
    host: str = "127.0.0.1"
    port: int = 4010
    db: Path | None = None
    otp: str | None = None
    seed: int = 0
    defects: frozenset[str] = frozenset()
    latency_ms: int = 0
    fault_rates: dict[int, float] = field(default_factory=dict)
    spec: Path = SPEC


class OptionError(ValueError):
    """A mock option with a bad value; the message names the option."""


def check_otp(value: str | None) -> str | None:
    if value is not None and not re.fullmatch(r"[0-9]{6}", value):
        raise OptionError(f"--otp: must be six digits, got {value!r}")
    return value


def check_defects(names: list[str]) -> frozenset[str]:
    unknown = [name for name in names if name not in DEFECTS]
    if unknown:
        raise OptionError(
            f"--defect: unknown {', '.join(unknown)}; choose from {', '.join(DEFECTS)}"
        )
    return frozenset(names)


def parse_fault_rates(items: list[str]) -> dict[int, float]:
    """Parse `STATUS=RATE` items such as `500=0.1`."""
    rates: dict[int, float] = {}
    for item in items:
        status, sep, rate = item.partition("=")
        try:
            code, fraction = int(status), float(rate)
        except ValueError:
            code, fraction = 0, -1.0
        if not sep or code not in FAULT_STATUSES or not 0.0 <= fraction <= 1.0:
            raise OptionError(
                f"--fault-rate: expected STATUS=RATE with STATUS in 429, 500, 503 and RATE in "
                f"0..1, got {item!r}"
            )
        rates[code] = fraction
    if sum(rates.values()) > 1.0:
        raise OptionError("--fault-rate: the rates add up to more than 1")
    return rates


def check_port(port: int) -> int:
    if not 0 <= port <= 65535:
        raise OptionError(f"--port: must be 0..65535, got {port}")
    return port


def check_latency(ms: int) -> int:
    if not 0 <= ms <= 60_000:
        raise OptionError(f"--latency-ms: must be 0..60000, got {ms}")
    return ms


def defects_epilog() -> str:
    lines = [f"  {name:<20} {what}" for name, what in DEFECTS.items()]
    return "deliberate bugs for --defect (all off by default):\n" + "\n".join(lines)


def parser(prog: str = "python -m skilldeo_mock") -> argparse.ArgumentParser:
    """The one definition of the mock's options (`skilldeo-api mock` hands its arguments here)."""
    p = argparse.ArgumentParser(
        prog=prog,
        description="Serve a stateful mock of the skilldeo API at http://HOST:PORT/api/v1.",
        epilog=defects_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default: loopback)")
    p.add_argument("--port", type=int, default=4010, help="port to bind (0 picks a free one)")
    p.add_argument("--db", type=Path, help="SQLite file that keeps state across restarts")
    p.add_argument("--otp", help="fix every one-time password to this six-digit code")
    p.add_argument(
        "--seed", type=int, default=0, help="seed of the generated agents and interviews"
    )
    p.add_argument(
        "--defect",
        action="append",
        default=[],
        metavar="NAME",
        help="switch on a deliberate bug (repeatable; names below)",
    )
    p.add_argument("--latency-ms", type=int, default=0, help="add this latency to every API call")
    p.add_argument(
        "--fault-rate",
        action="append",
        default=[],
        metavar="STATUS=RATE",
        help="fail this fraction of API calls with STATUS (429, 500 or 503), e.g. 500=0.1",
    )
    p.add_argument("--spec", type=Path, default=SPEC, help="the OpenAPI document to serve")
    return p


def build(
    *,
    host: str,
    port: int,
    db: Path | None,
    otp: str | None,
    seed: int,
    defects: list[str],
    latency_ms: int,
    fault_rates: list[str],
    spec: Path = SPEC,
) -> Options:
    """Check every option and make an Options; OptionError names the first bad one."""
    return Options(
        host=host,
        port=check_port(port),
        db=db,
        otp=check_otp(otp),
        seed=seed,
        defects=check_defects(defects),
        latency_ms=check_latency(latency_ms),
        fault_rates=parse_fault_rates(fault_rates),
        spec=spec,
    )


def parse(argv: list[str], prog: str = "python -m skilldeo_mock") -> Options:
    """Options from a command line; a bad one is a usage error (message, exit 2)."""
    p = parser(prog)
    args = p.parse_args(argv)
    try:
        return build(
            host=args.host,
            port=args.port,
            db=args.db,
            otp=args.otp,
            seed=args.seed,
            defects=args.defect,
            latency_ms=args.latency_ms,
            fault_rates=args.fault_rate,
            spec=args.spec,
        )
    except OptionError as exc:
        p.error(str(exc))
