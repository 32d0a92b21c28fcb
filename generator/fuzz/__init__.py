"""The fuzz job: schemathesis property tests of openapi.yaml against a running server.

schemathesis 4 does the generating, in every phase (examples, coverage, fuzzing, stateful through
the spec's links), with every built-in check plus ours (`fuzz.checks`). This package supplies what
it cannot guess: the target (the bundled mock when no URL is given), the OTP login
(`fuzz.auth`), which operations are safe to call (`fuzz.select`), and the reports
(`fuzz.report`, `fuzz.files`); `fuzz.engine` drives schemathesis with the settings of the
committed schemathesis.toml, the same file plain `st run` reads, and our options on top.

Exit codes: 0 clean, 1 the server broke the contract, 2 the run could not be made (usage, an
unreachable URL, a rejected login or token, a bad configuration).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from rich.console import Console
from schemathesis.config import SchemathesisConfig
from schemathesis.schemas import BaseSchema

from generator.core.spec import Spec, SpecError, load
from generator.fuzz.auth import MOCK_EMAIL, AuthFailed, Credentials, login, register
from generator.fuzz.engine import (
    build_config,
    check_names,
    enabled_probes,
    execute,
    load_schema,
    plan,
    schemathesis_checks,
)
from generator.fuzz.options import FuzzError, FuzzOptions
from generator.fuzz.probes import Outcome
from generator.fuzz.probes import run as probe_phase
from generator.fuzz.probes.setup import peer_credentials, prepare
from generator.fuzz.report import make_console
from generator.fuzz.select import Selection, SelectionError, secured, select

__all__ = ["FuzzError", "FuzzOptions", "run"]

PROBE_TIMEOUT = 10.0
TOKEN_PROBE = "/svc/campaign/list"  # read-only and needs a token: proves the token is accepted


def run(options: FuzzOptions, console: Console | None = None) -> int:
    """Fuzz the server at options.base_url, or the bundled mock started for the run."""
    # Everything that can be wrong with the invocation is checked before any server is touched.
    try:
        spec = load(options.spec)
    except SpecError as exc:
        raise FuzzError(str(exc)) from None
    check_names(options)
    bundled = options.base_url is None
    peer_credentials(options, bundled)  # its usage errors, before any server is touched
    job = Job(spec, options, credentials(options, bundled), build_config(options))
    console = console or make_console()
    if options.base_url is not None:
        return job.fuzz(check_base_url(options.base_url), console)
    job.selection("http://127.0.0.1")
    from skilldeo_mock.launch import MockFailed, running

    try:
        # The mock serves the document being fuzzed, so both read the same contract.
        with running("--spec", str(options.spec)) as mock:
            console.print(f"fuzz: started the bundled mock at {mock.base_url}")
            return job.fuzz(mock.base_url, console, bundled=True)
    except MockFailed as exc:
        raise FuzzError(str(exc)) from None


def credentials(options: FuzzOptions, bundled: bool) -> Credentials | None:
    if options.token and options.email:
        raise FuzzError("--token and --email exclude each other: pass one way to authenticate")
    if options.otp_command and not options.email:
        raise FuzzError("--otp-command needs --email (the address the code is sent to)")
    if options.email:
        return Credentials(email=options.email, otp_command=options.otp_command)
    token = options.token or os.environ.get("SKILLDEO_TOKEN")
    if token:
        return Credentials(token=token)
    return Credentials(email=MOCK_EMAIL) if bundled else None


def check_base_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FuzzError(f"--base-url {url!r}: expected http(s)://HOST[:PORT]/PATH")
    return url.rstrip("/")


def preflight(base_url: str, creds: Credentials | None) -> str | None:
    """Reach the server, log in and try the token once; a clear FuzzError on any failure."""
    with httpx.Client(timeout=PROBE_TIMEOUT) as client:
        try:
            client.get(base_url)
        except httpx.HTTPError as exc:
            raise FuzzError(f"cannot reach {base_url}: {exc or type(exc).__name__}") from None
        if creds is None:
            return None
        try:
            token = login(base_url, creds, client)
        except AuthFailed as exc:
            raise FuzzError(f"login failed ({creds.describe()}): {exc}") from None
        probe = client.post(
            f"{base_url}{TOKEN_PROBE}", json={}, headers={"Authorization": f"Bearer {token}"}
        )
        if probe.status_code in (401, 403):
            raise FuzzError(
                f"the server rejected the token ({creds.describe()}): POST {TOKEN_PROBE} "
                f"answered HTTP {probe.status_code} {probe.text[:200]}"
            )
        return token


def check_peer(base_url: str, creds: Credentials | None) -> None:
    """Sign the second identity in once, so a bad --peer-* stops the run before any fuzzing."""
    if creds is None or creds.token:
        return
    with httpx.Client(timeout=PROBE_TIMEOUT) as client:
        try:
            login(base_url, creds, client)
        except AuthFailed as exc:
            raise FuzzError(f"login of the peer failed ({creds.describe()}): {exc}") from None


@dataclass(frozen=True)
class Job:
    spec: Spec
    options: FuzzOptions
    creds: Credentials | None
    config: SchemathesisConfig

    def selection(self, base_url: str) -> Selection:
        try:
            return select(
                self.spec,
                base_url,
                allow_writes=self.options.allow_writes,
                include=self.options.include,
                exclude=self.options.exclude,
            )
        except SelectionError as exc:
            raise FuzzError(str(exc)) from None

    def fuzz(self, base_url: str, console: Console, bundled: bool = False) -> int:
        selection = self.selection(base_url)
        needing = secured(self.spec, selection.operation_ids)
        if self.creds is None and needing:
            raise FuzzError(
                f"{', '.join(needing)} need a bearer token: pass --token (or SKILLDEO_TOKEN), "
                "or --email with --otp-command"
            )
        token = preflight(base_url, self.creds)
        if enabled_probes(self.options) and self.creds is not None:
            check_peer(base_url, peer_credentials(self.options, bundled))
        schemas = [
            self.schema(base_url, operation_ids, phases, token)
            for phases, operation_ids in plan(selection.operation_ids)
            if not self.options.include_check or schemathesis_checks(self.options.include_check)
        ]
        creds = self.creds
        if selection.withheld:
            console.print(
                f"fuzz: {base_url} is not loopback, so {', '.join(selection.withheld)} "
                "(state changes, e-mails) are left out; --allow-writes includes them"
            )
        console.print(
            f"fuzz: {len(selection.operation_ids)} operation(s) at {base_url}, "
            f"auth: {creds.describe() if creds else 'none'}, seed {self.config.seed}"
        )
        probes = self.probes(base_url, selection.operation_ids, bundled)
        return execute(schemas, self.config, self.options, console, probes)

    def probes(
        self, base_url: str, selected: tuple[str, ...], bundled: bool
    ) -> Callable[[], Iterator[Outcome]] | None:
        """Our probes' phase, to run after schemathesis' (None when none is enabled or there is
        no one to sign in as)."""
        enabled = enabled_probes(self.options)
        creds = self.creds
        if not enabled or creds is None:
            return None

        def outcomes() -> Iterator[Outcome]:
            with httpx.Client(timeout=PROBE_TIMEOUT) as client:
                try:
                    ctx = prepare(
                        self.spec,
                        base_url,
                        client,
                        self.options,
                        creds,
                        selected=selected,
                        bundled=bundled,
                    )
                except httpx.HTTPError as exc:
                    raise FuzzError(f"the probes could not start: {exc}") from None
                yield from probe_phase(ctx, enabled)
                for note in ctx.notes:
                    yield Outcome("probes", "-", None, note)

        return outcomes

    def schema(
        self, base_url: str, operation_ids: tuple[str, ...], phases: list[str], token: str | None
    ) -> BaseSchema:
        """The spec loaded for one engine run: its operations, its phases, our login."""
        config = build_config(self.options)
        config.update(seed=self.config.seed, max_failures=None)
        config.projects.override.update(base_url=base_url)
        config.projects.override.phases.update(phases=phases)
        every = [op.operation_id for op in self.spec.operations()]
        schema = load_schema(self.options, config, [op for op in every if op not in operation_ids])
        if self.creds is not None:
            register(schema.auth, self.creds, token, base_url)
        return schema
