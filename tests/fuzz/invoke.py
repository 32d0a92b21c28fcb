"""`skilldeo-api fuzz` run in-process, as the fuzz tests call it."""

from __future__ import annotations

from typer.testing import CliRunner

from generator.cli import app

runner = CliRunner()


def fuzz(*args: str) -> tuple[int, str]:
    """The exit code and output of `skilldeo-api fuzz ARGS`; a traceback fails the test."""
    result = runner.invoke(app, ["fuzz", *args])
    assert isinstance(result.exception, SystemExit | None), result.exception
    return result.exit_code, result.output
