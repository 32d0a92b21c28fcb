"""The CLI room: parse options, hand over to one room, print errors in one place.

Each command imports its room lazily so that `skilldeo-api validate` does not pay for
schemathesis or the mock server. Exit codes: 0 clean, 1 the job found problems, 2 usage errors.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from generator.paths import SPEC
from generator.spec import SpecError
from skilldeo_mock.options import DEFECTS as MOCK_DEFECTS

app = typer.Typer(
    name="skilldeo-api",
    help="Spec-first toolkit for the skilldeo Platform API: validate, SDK, docs, mock, fuzz, diff.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)

SpecArg = Annotated[Path, typer.Argument(help="The OpenAPI document.", show_default=True)]


class Failed(Exception):
    """The job ran and found problems: exit 1, the room has already printed them."""


@contextmanager
def handle_errors() -> Iterator[None]:
    """Turn the rooms' errors into one message and an exit code, never a traceback."""
    try:
        yield
    except SpecError as exc:
        err.print(str(exc), markup=False, soft_wrap=True)
        raise typer.Exit(1) from None
    except Failed:
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        err.print("interrupted")
        raise typer.Exit(130) from None


def run(job: Callable[[], int | None]) -> None:
    with handle_errors():
        code = job() or 0
    raise typer.Exit(code)


@app.command()
def validate(spec: SpecArg = SPEC) -> None:
    """Check the spec against OpenAPI 3.1 and the house rules; list every problem."""
    from generator import validate as room

    run(lambda: room.run(spec))


@app.command()
def build(spec: SpecArg = SPEC) -> None:
    """The main job: validate the spec, then regenerate everything under generated/."""
    from generator import build as room
    from generator import validate
    from generator.spec import load

    def job() -> int:
        if validate.run(spec):
            return 1
        room.generate(load(spec))
        err.print(f"build: generated/ is up to date with {spec}")
        return 0

    run(job)


@app.command()
def check(spec: SpecArg = SPEC) -> None:
    """Exit 1 and name each stale file when generated/ does not match the spec and templates."""
    from generator import build as room
    from generator.spec import load

    def job() -> int:
        problems = room.stale(load(spec))
        for problem in problems:
            err.print(problem, markup=False)
        if problems:
            err.print(f"check: {len(problems)} stale file(s); run `skilldeo-api build`")
            return 1
        err.print("check: generated/ matches the spec and templates")
        return 0

    run(job)


@app.command()
def client(spec: SpecArg = SPEC) -> None:
    """Regenerate only the Python SDK (generated/python) from the spec and templates."""
    from generator import build as room
    from generator.spec import load

    run(lambda: room.generate(load(spec), ["python"]))


@app.command()
def mock(
    host: Annotated[
        str, typer.Option(help="Interface to bind (loopback by default).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to bind (0 picks a free one).")] = 4010,
    db: Annotated[
        Path | None, typer.Option(help="SQLite file that keeps state across restarts.")
    ] = None,
    otp: Annotated[
        str | None, typer.Option(help="Fix every one-time password to this code.")
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of the generated agents and interviews.")] = 0,
    defect: Annotated[
        list[str] | None,
        typer.Option(
            help="Switch on a deliberate bug (repeatable): "
            + ", ".join(MOCK_DEFECTS)
            + "; what each does: `python -m skilldeo_mock -h`."
        ),
    ] = None,
    latency_ms: Annotated[int, typer.Option(help="Add this latency to every API call.")] = 0,
    fault_rate: Annotated[
        list[str] | None,
        typer.Option(
            help="Fail this fraction of API calls, STATUS=RATE (429, 500, 503), e.g. 500=0.1."
        ),
    ] = None,
    spec: Annotated[Path, typer.Option(help="The OpenAPI document to serve.")] = SPEC,
) -> None:
    """Serve the stateful mock of the API at http://HOST:PORT/api/v1 until Ctrl-C."""
    from skilldeo_mock import options as mock_options
    from skilldeo_mock import server

    try:
        settings = mock_options.build(
            host=host,
            port=port,
            db=db,
            otp=otp,
            seed=seed,
            defects=defect or [],
            latency_ms=latency_ms,
            fault_rates=fault_rate or [],
            spec=spec,
        )
    except mock_options.OptionError as exc:
        raise typer.BadParameter(str(exc)) from None

    def job() -> int:
        try:
            server.serve(settings)
        except server.StartError as exc:
            err.print(f"mock: {exc}", markup=False)
            return 1
        return 0

    run(job)


@app.command()
def diff(
    base: Annotated[str, typer.Argument(help="The old spec: a file or a git revision (HEAD~1).")],
    head: Annotated[str, typer.Argument(help="The new spec: a file or a git revision.")],
    fmt: Annotated[str, typer.Option("--format", help="text, json or markdown.")] = "text",
) -> None:
    """List the changes between two specs, graded for wire clients and SDK users, and the bump due.

    Exit 1 when a change breaks either audience and info.version's major was not raised.
    """
    from generator import diff as room
    from generator import diff_render
    from generator.spec import load

    if fmt not in diff_render.FORMATS:
        err.print(f"diff: unknown --format {fmt!r}; use one of {', '.join(diff_render.FORMATS)}")
        raise typer.Exit(2)

    def job() -> int:
        sides = []
        for source in (base, head):
            try:
                sides.append(load(source))
            except SpecError as exc:
                err.print(f"diff: {exc}", markup=False, soft_wrap=True)
                return 2
        try:
            report = room.diff(*sides)
        except (AttributeError, TypeError, KeyError, IndexError, ValueError) as exc:
            # a document that parses but is not shaped like OpenAPI: say so rather than crash
            problem = f"{type(exc).__name__}: {exc}"
            err.print(f"diff: not a usable OpenAPI document ({problem})", markup=False)
            return 2
        typer.echo(diff_render.render(report, fmt), nl=False)
        return report.exit_code

    run(job)


@app.command()
def docs(spec: SpecArg = SPEC) -> None:
    """Regenerate only the API reference site (generated/docs) from the spec and templates."""
    from generator import build as room
    from generator.spec import load

    run(lambda: room.generate(load(spec), ["docs"]))


@app.command()
def fuzz(
    base_url: Annotated[
        str | None,
        typer.Option(
            help="The server's base URL, e.g. https://api.skilldeo.com/api/v1. "
            "Without it the bundled mock is started on a free port for the run."
        ),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(help="Bearer token to send (or SKILLDEO_TOKEN).", show_default=False),
    ] = None,
    email: Annotated[str | None, typer.Option(help="Log in by OTP as this user.")] = None,
    otp_command: Annotated[
        str | None,
        typer.Option(
            help="Command printing the OTP e-mailed to --email (gets SKILLDEO_EMAIL, "
            "SKILLDEO_SESSION_ID). Without it the code is read from the mock's outbox."
        ),
    ] = None,
    allow_writes: Annotated[
        bool, typer.Option(help="Also call signup, loginOTP and invite on a non-loopback server.")
    ] = False,
    include: Annotated[
        list[str] | None, typer.Option(help="Only this operationId or tag (repeatable).")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option(help="Leave out this operationId or tag (repeatable).")
    ] = None,
    rate_limit: Annotated[
        str | None, typer.Option(help="At most this many requests, e.g. 10/s or 100/m.")
    ] = None,
    max_examples: Annotated[
        int | None,
        typer.Option(min=1, help="Test cases per operation and phase (schemathesis.toml)."),
    ] = None,
    seed: Annotated[int | None, typer.Option(help="Seed, to replay a run exactly.")] = None,
    workers: Annotated[int | None, typer.Option(min=1, max=64, help="Concurrent workers.")] = None,
    max_time: Annotated[
        int | None, typer.Option(min=1, help="Stop after this many seconds.")
    ] = None,
    report_dir: Annotated[
        Path | None,
        typer.Option(help="Write junit.xml, cassette.yaml and failures/*.sh (curl) here."),
    ] = None,
    spec: Annotated[Path, typer.Option(help="The OpenAPI document.")] = SPEC,
) -> None:
    """Property-test a server against the spec (schemathesis); exit 1 if it breaks the contract."""
    from generator import fuzz as room

    options = room.FuzzOptions(
        base_url=base_url,
        token=token,
        email=email,
        otp_command=otp_command,
        allow_writes=allow_writes,
        include=include or [],
        exclude=exclude or [],
        rate_limit=rate_limit,
        max_examples=max_examples,
        seed=seed,
        workers=workers,
        max_time=max_time,
        report_dir=report_dir,
        spec=spec,
    )

    def job() -> int:
        try:
            return room.run(options)
        except room.FuzzError as exc:
            err.print(f"fuzz: {exc}", markup=False)
            return 2

    run(job)


def main() -> None:
    app(prog_name="skilldeo-api")


if __name__ == "__main__":
    main()
