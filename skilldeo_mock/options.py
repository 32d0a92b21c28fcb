"""The mock's settings, checked once for `python -m skilldeo_mock` and `skilldeo-api mock`."""

from __future__ import annotations

import argparse
import ipaddress
import re
from dataclasses import dataclass, field, fields
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
# What --relax-otp-limits raises every OTP limit to: no test run comes near it.
RELAXED_OTP_LIMIT = 1_000_000


@dataclass(frozen=True)
class Limits:
    """Every limit of the mock, each an option (`--name-with-dashes`); the defaults suit a mock a
    team shares (docs/mock.md#limits)."""

    otp_window: int = 900  # seconds of one rate-limit window
    otp_codes_per_address: int = 5  # new codes (signupOTP, loginOTP) per e-mail address
    otp_codes_per_client: int = 30  # new codes per client IP address
    otp_tries_per_address: int = 10  # verifications (signupVerify, loginVerify) per address
    otp_tries_per_client: int = 60  # verifications per client IP address
    max_header_bytes: int = 16_384  # request line plus headers (431; a longer URL alone: 414)
    read_timeout: int = 15  # seconds for a whole request (line, headers, body) to arrive
    keep_alive_timeout: int = 5  # seconds an idle connection is kept
    max_connections: int = 1000  # open connections per worker; more are answered 503
    max_faults: int = 100  # faults queued by POST /_mock/faults at once
    max_sessions: int = 100_000  # OTP sessions (and their mail) kept; the oldest go first


# Each limit's range, checked when the mock starts.
LIMIT_RANGES: dict[str, tuple[int, int]] = {
    "otp_window": (1, 86_400),
    "otp_codes_per_address": (1, RELAXED_OTP_LIMIT),
    "otp_codes_per_client": (1, RELAXED_OTP_LIMIT),
    "otp_tries_per_address": (1, RELAXED_OTP_LIMIT),
    "otp_tries_per_client": (1, RELAXED_OTP_LIMIT),
    "max_header_bytes": (1024, 1_048_576),
    "read_timeout": (1, 3600),
    "keep_alive_timeout": (1, 3600),
    "max_connections": (1, 100_000),
    "max_faults": (1, 100_000),
    "max_sessions": (100, 10_000_000),
}


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
    expose: bool = False  # serve a non-loopback address (--expose)
    control_token: str | None = None  # the bearer token the control routes ask for
    allow_hosts: frozenset[str] = frozenset()  # more Host names the control routes accept
    workers: int = 1
    limits: Limits = field(default_factory=Limits)


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


def is_loopback(host: str) -> bool:
    """Whether an address (or `localhost`) is this machine's loopback only; an IPv4 address
    mapped into IPv6 (`::ffff:127.0.0.1`, a client of a dual-stack socket) counts as itself."""
    if host.lower() == "localhost":
        return True
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    mapped = getattr(ip, "ipv4_mapped", None)
    return bool((mapped or ip).is_loopback)


def check_host(host: str, expose: bool) -> str:
    if not expose and not is_loopback(host):
        raise OptionError(
            f"--host {host}: not a loopback address, so other machines could reach the mock "
            "(its outbox hands out every login code); add --expose to mean it "
            "(docs/mock.md#threat-model)"
        )
    return host


def check_limits(given: dict[str, int | None], relax_otp: bool) -> Limits:
    """The limits: the defaults, --relax-otp-limits, then each one given; checked."""
    values = {f.name: getattr(Limits(), f.name) for f in fields(Limits)}
    if relax_otp:
        values.update({name: RELAXED_OTP_LIMIT for name in values if name.startswith("otp_tries")})
        values.update({name: RELAXED_OTP_LIMIT for name in values if name.startswith("otp_codes")})
    values.update({name: value for name, value in given.items() if value is not None})
    for name, value in values.items():
        low, high = LIMIT_RANGES[name]
        if not low <= value <= high:
            flag = "--" + name.replace("_", "-")
            raise OptionError(f"{flag}: must be {low}..{high}, got {value}")
    return Limits(**values)


def check_token(token: str | None) -> str | None:
    if token is not None and (len(token) < 16 or not token.isprintable() or " " in token):
        raise OptionError("--control-token: use at least 16 printable characters, no spaces")
    return token


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
    _sharing_options(p)
    _limit_options(p)
    return p


def _sharing_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--expose",
        action="store_true",
        help="allow a --host that other machines can reach (read docs/mock.md#threat-model)",
    )
    p.add_argument(
        "--control-token",
        metavar="TOKEN",
        help="serve the /_mock/ routes to any client that sends it as a bearer token "
        "(default: loopback clients only)",
    )
    p.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a Host name the /_mock/ routes accept besides the bound address (repeatable)",
    )
    p.add_argument(
        "--workers", type=int, default=1, help="processes serving one shared state (default 1)"
    )


_LIMIT_HELP = {
    "otp_window": "seconds of an OTP rate-limit window",
    "otp_codes_per_address": "new OTP codes per e-mail address per window",
    "otp_codes_per_client": "new OTP codes per client IP address per window",
    "otp_tries_per_address": "OTP verifications per e-mail address per window",
    "otp_tries_per_client": "OTP verifications per client IP address per window",
    "max_header_bytes": "largest request line plus headers, in bytes",
    "read_timeout": "seconds for a whole request to arrive",
    "keep_alive_timeout": "seconds an idle connection is kept open",
    "max_connections": "open connections per worker (more: 503)",
    "max_faults": "faults queued at once by POST /_mock/faults",
    "max_sessions": "OTP sessions kept (with their mail); the oldest go first",
}


def _limit_options(p: argparse.ArgumentParser) -> None:
    limits = p.add_argument_group("limits (docs/mock.md#limits)")
    for name, what in _LIMIT_HELP.items():
        default = getattr(Limits(), name)
        limits.add_argument(
            "--" + name.replace("_", "-"), type=int, metavar="N", help=f"{what} ({default})"
        )
    limits.add_argument(
        "--relax-otp-limits",
        action="store_true",
        help=f"raise every OTP limit to {RELAXED_OTP_LIMIT:,} (for test runs: many logins)",
    )


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
    expose: bool = False,
    control_token: str | None = None,
    allow_hosts: list[str] | None = None,
    workers: int = 1,
    limits: dict[str, int | None] | None = None,
    relax_otp_limits: bool = False,
) -> Options:
    """Check every option and make an Options; OptionError names the first bad one."""
    if not 1 <= workers <= 64:
        raise OptionError(f"--workers: must be 1..64, got {workers}")
    return Options(
        host=check_host(host, expose),
        port=check_port(port),
        db=db,
        otp=check_otp(otp),
        seed=seed,
        defects=check_defects(defects),
        latency_ms=check_latency(latency_ms),
        fault_rates=parse_fault_rates(fault_rates),
        spec=spec,
        expose=expose,
        control_token=check_token(control_token),
        allow_hosts=frozenset(name.lower() for name in allow_hosts or ()),
        workers=workers,
        limits=check_limits(limits or {}, relax_otp_limits),
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
            expose=args.expose,
            control_token=args.control_token,
            allow_hosts=args.allow_host,
            workers=args.workers,
            limits={name: getattr(args, name) for name in _LIMIT_HELP},
            relax_otp_limits=args.relax_otp_limits,
        )
    except OptionError as exc:
        p.error(str(exc))
