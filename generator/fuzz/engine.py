"""The schemathesis side of a fuzz run: settings, the loaded spec, the engine runs, the verdict.

schemathesis.toml gives the settings (the same file plain `st run` reads) and the command-line
options go on top. The events of schemathesis' engine are folded into the progress, the summary
and the report files as they come.
"""

from __future__ import annotations

import time
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import schemathesis
from rich.console import Console
from schemathesis.config import ConfigError, SchemathesisConfig
from schemathesis.core.errors import LoaderError
from schemathesis.engine import StopReason, events, from_schema
from schemathesis.schemas import BaseSchema

from generator.core.paths import ROOT
from generator.fuzz import checks  # noqa: F401  (registers our checks with schemathesis)
from generator.fuzz.files import ReportFiles
from generator.fuzz.options import FuzzError, FuzzOptions
from generator.fuzz.probes import NAMES as PROBE_NAMES
from generator.fuzz.probes import Outcome
from generator.fuzz.report import Progress, Tally, is_notice, summary
from generator.fuzz.threads import guard_ast_parse

CONFIG = ROOT / "schemathesis.toml"
PHASES = ("examples", "coverage", "fuzzing", "stateful")
OTP_OPERATIONS = ("signupOTP", "signupVerify", "loginOTP", "loginVerify")


def build_config(options: FuzzOptions) -> SchemathesisConfig:
    """schemathesis.toml, then our command-line options on top, as `st run` layers them."""
    try:
        config = SchemathesisConfig.from_path(CONFIG) if CONFIG.is_file() else SchemathesisConfig()
        config.update(seed=options.seed, max_time=options.max_time, max_failures=None)
        override = config.projects.override
        override.update(workers=options.workers, rate_limit=options.rate_limit)
        override.generation.update(max_examples=options.max_examples)
        override.checks.update(
            included_check_names=schemathesis_checks(options.include_check),
            excluded_check_names=options.exclude_check or None,
            max_response_time=(
                options.max_response_time / 1000 if options.max_response_time else None
            ),
        )
    except (ConfigError, tomllib.TOMLDecodeError, ValueError) as exc:
        raise FuzzError(f"configuration: {exc}") from None
    return config


def known_checks() -> list[str]:
    """Every check name --include-check/--exclude-check take: schemathesis' and ours."""
    from schemathesis.checks import CHECKS

    return sorted({*CHECKS.get_all_names(), "max_response_time", *PROBE_NAMES})


def schemathesis_checks(included: list[str]) -> list[str] | None:
    """--include-check as schemathesis takes it: None for all; only ours named means none of its."""
    if not included:
        return None
    return [name for name in included if name not in PROBE_NAMES]


def enabled_probes(options: FuzzOptions) -> set[str]:
    wanted = set(options.include_check) if options.include_check else set(PROBE_NAMES)
    return (wanted & set(PROBE_NAMES)) - set(options.exclude_check)


def check_names(options: FuzzOptions) -> None:
    known = known_checks()
    unknown = [n for n in (*options.include_check, *options.exclude_check) if n not in known]
    if unknown:
        raise FuzzError(
            f"--include-check/--exclude-check {', '.join(unknown)}: no such check "
            f"(known: {', '.join(known)})"
        )


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


def run_probes(probes: Callable[[], Iterator[Outcome]], tally: Tally, console: Console) -> None:
    """Our probes' phase (`fuzz.probes`), after schemathesis' phases."""
    console.print("[bold]probes[/bold] ...")
    started, before = time.monotonic(), tally.probe_cases
    for outcome in probes():
        tally.add_outcome(outcome)
    took = time.monotonic() - started
    console.print(f"[bold]probes[/bold]: {tally.probe_cases - before} test cases in {took:.1f}s")


def execute(
    schemas: list[BaseSchema],
    config: SchemathesisConfig,
    options: FuzzOptions,
    console: Console,
    probes: Callable[[], Iterator[Outcome]] | None = None,
) -> int:
    # Before schemathesis starts its worker threads: with --workers above 1 an unguarded
    # ast.parse loses operations to a CPython race (see fuzz.threads).
    guard_ast_parse()
    tally = Tally()
    progress = Progress(console, tally)
    stops: set[StopReason] = set()
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
                stops.add(event.stop_reason)
                after_run += len(event.failures)
            progress.on_event(event)
            if files is not None:
                files.on_event(event)
        if probes is not None and StopReason.INTERRUPTED not in stops:
            run_probes(probes, tally, console)
        summary(console, tally)
        if StopReason.SERVER_UNAVAILABLE in stops:
            console.print("the server stopped responding: the run is incomplete")
        if StopReason.MAX_TIME in stops:
            console.print(f"stopped at --max-time {options.max_time}s: later phases did not run")
        if files is not None:
            scripts = len(files.close(tally))
            console.print(
                f"reports: {options.report_dir}/ junit.xml, cassette.yaml"
                + (f", {scripts} curl reproduction(s) in failures/" if scripts else ""),
                markup=False,
            )
    if StopReason.INTERRUPTED in stops:
        raise KeyboardInterrupt
    if tally.total_cases == 0:
        raise FuzzError("no test case ran: check --include/--exclude and the server")
    broken = tally.failures or tally.errors or after_run
    return 1 if broken or StopReason.SERVER_UNAVAILABLE in stops else 0
