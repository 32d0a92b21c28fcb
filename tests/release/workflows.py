"""The GitHub workflows under .github/workflows, read as data, and a way to run one of their steps.

A test runs a step's `run:` script exactly as the workflow holds it, under the shell GitHub uses
for `run:` on Linux (`bash --noprofile --norc -eo pipefail`), so the suite runs what CI runs.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.core.paths import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
FILES = ("ci.yml", "pr.yml", "release.yml", "docs.yml")


@dataclass(frozen=True)
class Step:
    workflow: str
    job: str
    name: str
    run: str


def load(name: str) -> dict[Any, Any]:
    data: dict[Any, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    return data


def steps() -> list[Step]:
    """Every step with a `run:` script, in every workflow."""
    found = []
    for name in FILES:
        for job_id, job in load(name)["jobs"].items():
            for step in job.get("steps", []):
                if "run" in step:
                    found.append(Step(name, job_id, step["name"], step["run"].strip()))
    return found


def step(workflow: str, name: str) -> Step:
    matches = [s for s in steps() if s.workflow == workflow and s.name == name]
    assert len(matches) == 1, f"{workflow} has no single step named {name!r}"
    return matches[0]


def run_step(
    found: Step, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the step's script as GitHub runs it, in `cwd`, with `env` added to the environment."""
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", found.run],
        cwd=cwd,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=600,
    )
