"""The CLI: parse options, hand over to one job's package, print errors in one place.

Each command imports its job lazily so that `skilldeo-api validate` does not pay for
schemathesis or the mock server. Exit codes: 0 clean, 1 the job found problems, 2 usage errors.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from generator.core.paths import SPEC
from generator.core.spec import Spec, SpecError

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
    """The job ran and found problems: exit 1, the job has already printed them."""


@contextmanager
def handle_errors() -> Iterator[None]:
    """Turn the jobs' errors into one message and an exit code, never a traceback."""
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
    from generator import validate as validate_job

    run(lambda: validate_job.run(spec))


@app.command()
def build(spec: SpecArg = SPEC) -> None:
    """The main job: validate the spec, then regenerate everything under generated/ (its Python
    samples type-checked against the SDK first)."""
    from generator import validate as validate_job
    from generator.core.spec import load

    def job() -> int:
        if validate_job.run(spec):
            return 1
        if _generate(load(spec), None, "build"):
            return 1
        err.print(f"build: generated/ is up to date with {spec}")
        return 0

    run(job)


def _generate(loaded: Spec, names: list[str] | None, command: str) -> int:
    """Regenerate with the Python samples proven; print each failing sample and return 1 if any."""
    from generator import build as build_job

    problems = build_job.generate(loaded, names, check_samples=True)
    for problem in problems:
        err.print(problem, markup=False, soft_wrap=True)
    if problems:
        err.print(
            f"{command}: the Python samples failed their type check ({len(problems)} problem(s)); "
            "generated/ was left as it was",
            markup=False,
            soft_wrap=True,
        )
        return 1
    return 0


@app.command()
def check(
    spec: SpecArg = SPEC,
    tag: Annotated[
        str | None,
        typer.Option(
            help="A release tag (v1.2.3): also fail unless it is the released info.version."
        ),
    ] = None,
) -> None:
    """Exit 1 and name each stale file when generated/ does not match the spec and templates, or
    when info.version does not reflect the changes since the last release."""
    from generator import build as build_job
    from generator.core.spec import load

    def job() -> int:
        from generator import release as release_job

        loaded = load(spec)
        gate = release_job.problems(loaded)
        gate += release_job.tag_problems(loaded, tag) if tag is not None else []
        for problem in gate:
            err.print(problem, markup=False, soft_wrap=True)
        problems = build_job.stale(loaded)
        for problem in problems:
            err.print(problem, markup=False)
        if problems:
            err.print(f"check: {len(problems)} stale file(s); run `skilldeo-api build`")
        if gate:
            err.print(f"check: {len(gate)} version problem(s); see docs/release.md")
        if problems or gate:
            return 1
        err.print("check: generated/ matches the spec and templates; info.version is right")
        return 0

    run(job)


@app.command()
def release(
    version: Annotated[
        str | None,
        typer.Argument(
            help="MAJOR.MINOR.PATCH; by default the bump the changes since the last release need.",
            show_default=False,
        ),
    ] = None,
    spec: Annotated[Path, typer.Option(help="The OpenAPI document.")] = SPEC,
) -> None:
    """Release the spec as VERSION: set info.version, freeze it in versions/ with its changelog
    entry (never rewritten afterwards), then regenerate generated/."""
    from generator import release as release_job
    from generator import validate as validate_job
    from generator.core.spec import load

    def job() -> int:
        if validate_job.run(spec):
            return 1
        try:
            done = release_job.release(spec, version)
        except release_job.ReleaseError as exc:
            err.print(f"release: {exc}", markup=False, soft_wrap=True)
            return 1
        since = f"{done.previous} -> " if done.previous else ""
        err.print(f"release: {since}{done.version} ({done.bump}); wrote", markup=False)
        for path in done.files:
            err.print(f"  {path}", markup=False)
        return _generate(load(spec), None, "release")

    run(job)


@app.command()
def client(spec: SpecArg = SPEC) -> None:
    """Regenerate only the SDKs (generated/python, generated/typescript) from the spec and
    templates."""
    from generator.core.spec import load

    # they print no samples to check
    run(lambda: _generate(load(spec), ["python", "typescript"], "client"))


@app.command(
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    add_help_option=False,
)
def mock(ctx: typer.Context) -> None:
    """Serve the stateful mock of the API at http://HOST:PORT/api/v1 until Ctrl-C (--help: options).

    The options are the mock's own (skilldeo_mock.options), parsed by it: one definition for
    `skilldeo-api mock` and `python -m skilldeo_mock`.
    """
    from skilldeo_mock import __main__ as mock_main

    raise typer.Exit(mock_main.main(list(ctx.args), prog="skilldeo-api mock"))


@app.command()
def diff(
    base: Annotated[str, typer.Argument(help="The old spec: a file or a git revision (HEAD~1).")],
    head: Annotated[str, typer.Argument(help="The new spec: a file or a git revision.")],
    fmt: Annotated[str, typer.Option("--format", help="text, json or markdown.")] = "text",
    fail_on: Annotated[
        str,
        typer.Option(
            help="Exit 1 when the changes need at least this bump (breaking, minor, patch) and "
            "info.version does not carry it, or on any change at all (any)."
        ),
    ] = "minor",
) -> None:
    """List the changes between two specs, graded for wire clients and SDK users, and the bump due.

    Exit 1 by default on a breaking change without a major bump or a missed minor bump.
    """
    from generator import diff as diff_job
    from generator.core.spec import load
    from generator.diff import render, report, shape

    if fmt not in render.FORMATS:
        err.print(f"diff: unknown --format {fmt!r}; use one of {', '.join(render.FORMATS)}")
        raise typer.Exit(2)
    if fail_on not in report.FAIL_ON:
        err.print(f"diff: unknown --fail-on {fail_on!r}; use one of {', '.join(report.FAIL_ON)}")
        raise typer.Exit(2)

    def job() -> int:
        sides = []
        for source in (base, head):
            try:
                side = load(source)
            except SpecError as exc:
                err.print(f"diff: {exc}", markup=False, soft_wrap=True)
                return 2
            problems = shape.problems(side)
            for problem in problems:
                err.print(f"diff: {problem}", markup=False, soft_wrap=True)
            if problems:
                err.print(f"diff: {side.name} is not a usable OpenAPI document", markup=False)
                return 2
            sides.append(side)
        result = diff_job.diff(*sides)
        typer.echo(render.render(result, fmt), nl=False)
        return result.exit_for(fail_on)

    run(job)


@app.command()
def docs(spec: SpecArg = SPEC) -> None:
    """Regenerate only the API reference site (generated/docs); its Python samples are first
    type-checked against an SDK generated for the check."""
    from generator.core.spec import load

    run(lambda: _generate(load(spec), ["docs"], "docs"))


# The options of `fuzz`, one type each; their names are the fields of fuzz.FuzzOptions.
BaseUrl = Annotated[
    str | None,
    typer.Option(
        help="The server's base URL, e.g. https://api.skilldeo.com/api/v1. "
        "Without it the bundled mock is started on a free port for the run."
    ),
]
Token = Annotated[
    str | None,
    typer.Option(help="Bearer token to send (or SKILLDEO_TOKEN).", show_default=False),
]
Email = Annotated[str | None, typer.Option(help="Log in by OTP as this user.")]
OtpCommand = Annotated[
    str | None,
    typer.Option(
        help="Shell command printing the OTP e-mailed to --email, e.g. 'cat otp/$SKILLDEO_EMAIL' "
        "(gets SKILLDEO_EMAIL, SKILLDEO_SESSION_ID). Without it the code is read from the "
        "mock's outbox."
    ),
]
AllowWrites = Annotated[
    bool, typer.Option(help="Also call signup, loginOTP and invite on a non-loopback server.")
]
Include = Annotated[
    list[str] | None, typer.Option(help="Only this operationId or tag (repeatable).")
]
Exclude = Annotated[
    list[str] | None, typer.Option(help="Leave out this operationId or tag (repeatable).")
]
RateLimit = Annotated[
    str | None, typer.Option(help="At most this many requests, e.g. 10/s or 100/m.")
]
MaxExamples = Annotated[
    int | None, typer.Option(min=1, help="Test cases per operation and phase (schemathesis.toml).")
]
Seed = Annotated[int | None, typer.Option(help="Seed, to replay a run exactly.")]
Workers = Annotated[int | None, typer.Option(min=1, max=64, help="Concurrent workers.")]
MaxTime = Annotated[int | None, typer.Option(min=1, help="Stop after this many seconds.")]
ReportDir = Annotated[
    Path | None,
    typer.Option(help="Write junit.xml, cassette.yaml and failures/*.sh (curl) here."),
]
SpecOption = Annotated[Path, typer.Option(help="The OpenAPI document.")]
PeerEmail = Annotated[
    str | None,
    typer.Option(
        help="A second identity, of another organisation, for tenant_isolation (OTP login). "
        "The bundled mock's second seed organisation by default."
    ),
]
PeerOtpCommand = Annotated[str | None, typer.Option(help="Like --otp-command, for --peer-email.")]
PeerToken = Annotated[
    str | None,
    typer.Option(
        help="The second identity's bearer token (instead of --peer-email).", show_default=False
    ),
]
ExpiredToken = Annotated[
    str | None,
    typer.Option(
        help="An expired token of the server, for expired_token (the bundled mock mints one).",
        show_default=False,
    ),
]
IncludeCheck = Annotated[
    list[str] | None,
    typer.Option(help="Run only this check or probe (repeatable); default: all of them."),
]
ExcludeCheck = Annotated[
    list[str] | None, typer.Option(help="Leave out this check or probe (repeatable).")
]
MaxResponseTime = Annotated[
    int | None,
    typer.Option(
        min=1,
        help="max_response_time: fail a response slower than this many ms "
        "(default 2000, schemathesis.toml).",
        show_default=False,
    ),
]


@app.command()
def fuzz(
    base_url: BaseUrl = None,
    token: Token = None,
    email: Email = None,
    otp_command: OtpCommand = None,
    allow_writes: AllowWrites = False,
    include: Include = None,
    exclude: Exclude = None,
    rate_limit: RateLimit = None,
    max_examples: MaxExamples = None,
    seed: Seed = None,
    workers: Workers = None,
    max_time: MaxTime = None,
    report_dir: ReportDir = None,
    spec: SpecOption = SPEC,
    peer_email: PeerEmail = None,
    peer_otp_command: PeerOtpCommand = None,
    peer_token: PeerToken = None,
    expired_token: ExpiredToken = None,
    include_check: IncludeCheck = None,
    exclude_check: ExcludeCheck = None,
    max_response_time: MaxResponseTime = None,
) -> None:
    """Property-test a server against the spec (schemathesis) and probe it (tenancy, tokens, OTP,
    paging, near-miss values); exit 1 if it breaks the contract."""
    from generator import fuzz as fuzz_job

    given = dict(locals())
    del given["fuzz_job"]
    given.update(include=include or [], exclude=exclude or [])
    given.update(include_check=include_check or [], exclude_check=exclude_check or [])
    options = fuzz_job.FuzzOptions(**given)

    def job() -> int:
        try:
            return fuzz_job.run(options)
        except fuzz_job.FuzzError as exc:
            err.print(f"fuzz: {exc}", markup=False)
            return 2

    run(job)


def main() -> None:
    app(prog_name="skilldeo-api")


if __name__ == "__main__":
    main()
