"""The fuzz room: schemathesis property tests of openapi.yaml against a running server.

schemathesis 4 does the generating, in every phase (examples, coverage, fuzzing, stateful through
the spec's links), with every built-in check plus ours (`fuzz_checks`). This room supplies what
it cannot guess: the target (the bundled mock when no URL is given), the OTP login
(`fuzz_auth`), which operations are safe to call (`fuzz_select`), and the reports
(`fuzz_report`, `fuzz_files`). The settings come from the committed schemathesis.toml, the same
file plain `st run` reads, with the command-line options on top.

Exit codes: 0 clean, 1 the server broke the contract, 2 the run could not be made (usage, an
unreachable URL, a rejected login or token, a bad configuration).
"""

from __future__ import annotations

import os
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import schemathesis
from rich.console import Console
from schemathesis.config import ConfigError, SchemathesisConfig
from schemathesis.core.errors import LoaderError
from schemathesis.engine import StopReason, events, from_schema
from schemathesis.schemas import BaseSchema

from generator import fuzz_checks  # noqa: F401  (registers our checks with schemathesis)
from generator.fuzz_auth import MOCK_EMAIL, AuthFailed, Credentials, login, register
from generator.fuzz_files import ReportFiles
from generator.fuzz_report import Progress, Tally, is_notice, make_console, summary
from generator.fuzz_select import Selection, SelectionError, secured, select
from generator.fuzz_server import MockFailed, bundled_mock
from generator.paths import ROOT, SPEC
from generator.spec import Spec, SpecError, load

CONFIG = ROOT / "schemathesis.toml"
PHASES = ("examples", "coverage", "fuzzing", "stateful")
OTP_OPERATIONS = ("signupOTP", "signupVerify", "loginOTP", "loginVerify")
PROBE_TIMEOUT = 10.0
TOKEN_PROBE = "/svc/campaign/list"  # read-only and needs a token: proves the token is accepted


class FuzzError(Exception):
    """The run could not be made: exit 2 with this message."""


@dataclass(frozen=True)
class FuzzOptions:
    base_url: str | None = None
    token: str | None = None
    email: str | None = None
    otp_command: str | None = None
    allow_writes: bool = False
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    rate_limit: str | None = None
    max_examples: int | None = None
    seed: int | None = None
    workers: int | None = None
    max_time: int | None = None
    report_dir: Path | None = None
    spec: Path = SPEC
    mock_args: tuple[str, ...] = ()  # extra `python -m skilldeo_mock` arguments (tests: --defect)


def run(options: FuzzOptions, console: Console | None = None) -> int:
    """Fuzz the server at options.base_url, or the bundled mock started for the run."""
    # Everything that can be wrong with the invocation is checked before any server is touched.
    try:
        spec = load(options.spec)
    except SpecError as exc:
        raise FuzzError(str(exc)) from None
    job = Job(spec, options, credentials(options, options.base_url is None), build_config(options))
    console = console or make_console()
    if options.base_url is not None:
        return job.fuzz(check_base_url(options.base_url), console)
    job.selection("http://127.0.0.1")
    try:
        with bundled_mock(*options.mock_args) as base_url:
            console.print(f"fuzz: started the bundled mock at {base_url}")
            return job.fuzz(base_url, console)
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


def build_config(options: FuzzOptions) -> SchemathesisConfig:
    """schemathesis.toml, then our command-line options on top, as `st run` layers them."""
    try:
        config = SchemathesisConfig.from_path(CONFIG) if CONFIG.is_file() else SchemathesisConfig()
        config.update(seed=options.seed, max_time=options.max_time, max_failures=None)
        override = config.projects.override
        override.update(workers=options.workers, rate_limit=options.rate_limit)
        override.generation.update(max_examples=options.max_examples)
    except (ConfigError, tomllib.TOMLDecodeError, ValueError) as exc:
        raise FuzzError(f"configuration: {exc}") from None
    return config


def load_schema(
    options: FuzzOptions, config: SchemathesisConfig, left_out: list[str]
) -> BaseSchema:
    try:
        schema = schemathesis.openapi.from_path(options.spec, config=config)
    except (LoaderError, OSError) as exc:
        raise FuzzError(f"{options.spec}: {exc}") from None
    # Exclusion, not inclusion: schemathesis ORs includes with the [[operations]] tables of
    # schemathesis.toml, which would let every operation back in.
    return schema.exclude(operation_id=left_out) if left_out else schema


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

    def fuzz(self, base_url: str, console: Console) -> int:
        selection = self.selection(base_url)
        needing = secured(self.spec, selection.operation_ids)
        if self.creds is None and needing:
            raise FuzzError(
                f"{', '.join(needing)} need a bearer token: pass --token (or SKILLDEO_TOKEN), "
                "or --email with --otp-command"
            )
        token = preflight(base_url, self.creds)
        schemas = [
            self.schema(base_url, operation_ids, phases, token)
            for phases, operation_ids in plan(selection.operation_ids)
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
        return execute(schemas, self.config, self.options, console)

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


def plan(operation_ids: tuple[str, ...]) -> list[tuple[list[str], tuple[str, ...]]]:
    """The engine runs: (phases, operations) for each.

    The sign-up and login links need the code that was e-mailed, which no generator can guess,
    so a stateful chain through them stops at a 400; worse, schemathesis then starts every
    scenario there and never reaches the agent and interview links. So the stateful phase gets a
    run of its own without them, when any other operation is selected.
    """
    linked = tuple(op for op in operation_ids if op not in OTP_OPERATIONS)
    if not linked:
        return [(list(PHASES), operation_ids)]
    return [(list(PHASES[:-1]), operation_ids), ([PHASES[-1]], linked)]


def run_all(schemas: list[BaseSchema], max_time: int | None) -> Iterator[events.EngineEvent]:
    """The engine runs one after another, sharing --max-time."""
    started = time.monotonic()
    for schema in schemas:
        if max_time is not None:
            left = max_time - int(time.monotonic() - started)
            if left < 1:
                return
            schema.config.max_time = left
        yield from from_schema(schema).execute()


@contextmanager
def report_files(options: FuzzOptions, config: SchemathesisConfig) -> Iterator[ReportFiles | None]:
    if options.report_dir is None:
        yield None
        return
    try:
        files = ReportFiles(
            options.report_dir,
            config.output,
            seed=config.seed,
            command=f"skilldeo-api fuzz --seed {config.seed}",
        )
    except OSError as exc:
        raise FuzzError(f"--report-dir {options.report_dir}: {exc}") from None
    yield files


def execute(
    schemas: list[BaseSchema], config: SchemathesisConfig, options: FuzzOptions, console: Console
) -> int:
    tally = Tally()
    progress = Progress(console, tally)
    stop = StopReason.COMPLETED
    after_run = 0
    with report_files(options, config) as files:
        for event in run_all(schemas, options.max_time):
            if isinstance(event, events.ScenarioFinished) and event.is_test_scenario:
                tally.add(event.recorder, event.phase)
            elif isinstance(event, events.NonFatalError) and not is_notice(event):
                tally.errors.append(event.info.format(base_url_is_set=True))
            elif isinstance(event, events.FatalError):
                raise FuzzError(f"schemathesis stopped: {event.exception}")
            elif isinstance(event, events.EngineFinished):
                stop, after_run = event.stop_reason, len(event.failures)
            progress.on_event(event)
            if files is not None:
                files.on_event(event)
        summary(console, tally)
        if stop is StopReason.MAX_TIME:
            console.print(f"stopped at --max-time {options.max_time}s: later phases did not run")
        if files is not None:
            scripts = len(files.close(tally))
            console.print(
                f"reports: {options.report_dir}/ junit.xml, cassette.yaml"
                + (f", {scripts} curl reproduction(s) in failures/" if scripts else ""),
                markup=False,
            )
    if stop is StopReason.INTERRUPTED:
        raise KeyboardInterrupt
    if tally.total_cases == 0:
        raise FuzzError("no test case ran: check --include/--exclude and the server")
    return 1 if tally.failures or tally.errors or after_run else 0
