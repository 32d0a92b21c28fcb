"""schemathesis, every phase and every check (ours included, via schemathesis.toml), finds nothing
wrong with the healthy mock."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.core.paths import ROOT
from tests.support.apicheck import mock_token
from tests.support.seed import SEED_EMAIL
from tests.support.servers import TEST_OTP, MockServer, defects_on


@pytest.mark.slow
def test_schemathesis_finds_nothing(tmp_path: Path, mock_server: MockServer) -> None:
    st = Path(sys.executable).with_name("st")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SKILLDEO_")}
    with defects_on(mock_server) as server:  # none on, and reset after
        token = mock_token(server.base_url, SEED_EMAIL, TEST_OTP)
        done = subprocess.run(
            [
                str(st),
                "--config-file",
                str(ROOT / "schemathesis.toml"),
                "run",
                str(ROOT / "openapi.yaml"),
                "--url",
                server.base_url,
                "-H",
                f"Authorization: Bearer {token}",
                "--checks",
                "all",
                "--phases",
                "examples,coverage,fuzzing,stateful",
                "--max-examples",
                "25",
                "--seed",
                "1",
                "--no-color",
            ],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "passed" in done.stdout
