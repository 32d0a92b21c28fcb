"""The code samples printed on the reference page run, as printed, against the mock server.

Samples are taken from the generated HTML exactly as a reader copies them. Only the
environment changes: the base URL of the mock, the fixed OTP, and the values each sample says
it reads from the environment (session id, token) taken from the previous call's answer.
"""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator import docs
from generator.core.spec import Spec
from tests.support.contract import current, parameter_example, secured_operations
from tests.support.docs_page import extract_samples
from tests.support.seed import SEED_EMAIL
from tests.support.servers import TEST_OTP, MockServer
from tests.support.typescript import consumer_project, tsc

EMAIL = SEED_EMAIL  # the mock's seed user, also the spec's example
AFTER_LOGIN = secured_operations(current())  # in document order


@pytest.fixture(scope="module")
def samples(spec: Spec) -> dict[tuple[str, str], str]:
    return extract_samples(docs.render(spec))


@pytest.fixture
def fresh_mock(mock_server: MockServer) -> Iterator[MockServer]:
    """The shared mock, reset before and after: the samples invite and sign up for real."""
    httpx.post(f"{mock_server.root}/_mock/reset", timeout=10).raise_for_status()
    yield mock_server
    httpx.post(f"{mock_server.root}/_mock/reset", timeout=10).raise_for_status()


def _env(mock: MockServer, **values: str) -> dict[str, str]:
    # Nothing from the caller's environment that a sample might read.
    base = {k: v for k, v in os.environ.items() if not k.startswith("SKILLDEO_")}
    return {**base, "SKILLDEO_BASE_URL": mock.base_url, **values}


def _ok(cmd: list[str], env: dict[str, str], what: str) -> str:
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, f"{what} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def _answer(text: str, what: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(text)
    assert data["status_code"] == 200 and data.get("error") is not True, f"{what}: {data}"
    return data


def _chain(run: Any, env: dict[str, str], start: str, verify: str) -> dict[str, Any]:
    """Run a start/verify pair, passing the session id on as the samples say."""
    started = run(start, env)
    return dict(
        run(verify, {**env, "SKILLDEO_SESSION_ID": started["session_id"], "SKILLDEO_OTP": TEST_OTP})
    )


@pytest.mark.slow
def test_curl_samples_run_against_the_mock(
    samples: dict[tuple[str, str], str], fresh_mock: MockServer
) -> None:
    def run(oid: str, env: dict[str, str]) -> dict[str, Any]:
        return _answer(_ok(["sh", "-c", samples[("curl", oid)]], env, f"curl {oid}"), oid)

    signed_up = _chain(
        run, _env(fresh_mock, SKILLDEO_EMAIL="docs.curl@newco.example"), "signupOTP", "signupVerify"
    )
    assert signed_up["token"]
    login = _chain(run, _env(fresh_mock, SKILLDEO_EMAIL=EMAIL), "loginOTP", "loginVerify")
    env = _env(fresh_mock, SKILLDEO_TOKEN=login["token"])
    answers = {oid: run(oid, env) for oid in AFTER_LOGIN}
    # The samples send the documented ids, which the seed holds: the records come back.
    agent = parameter_example(current(), "campaignDetails", "campaignId")
    assert answers["campaignDetails"]["records"]["id"] == agent
    interview = parameter_example(current(), "interviewResult", "interviewId")
    assert answers["interviewResult"]["records"]["interview_id"] == interview


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        if os.environ.get("CI") == "true":
            pytest.fail("node is missing")
        pytest.skip("node is not installed")
    return node


@pytest.mark.slow
def test_fetch_samples_run_against_the_mock(
    samples: dict[tuple[str, str], str], fresh_mock: MockServer
) -> None:
    node = _node()

    def run(oid: str, env: dict[str, str]) -> dict[str, Any]:
        # The sample logs the parsed answer; print it again as JSON for the test to read.
        code = samples[("fetch", oid)].replace(
            "console.log(data);", "console.log(JSON.stringify(data));"
        )
        return _answer(_ok([node, "--input-type=module", "-e", code], env, f"fetch {oid}"), oid)

    _chain(
        run, _env(fresh_mock, SKILLDEO_EMAIL="docs.js@newco.example"), "signupOTP", "signupVerify"
    )
    login = _chain(run, _env(fresh_mock, SKILLDEO_EMAIL=EMAIL), "loginOTP", "loginVerify")
    env = _env(fresh_mock, SKILLDEO_TOKEN=login["token"])
    for oid in AFTER_LOGIN:
        run(oid, env)


@pytest.mark.slow
def test_typescript_sdk_samples_type_check_and_run_against_the_mock(
    spec: Spec, samples: dict[tuple[str, str], str], fresh_mock: MockServer, tmp_path: Path
) -> None:
    """The JavaScript tab: ES modules calling the TypeScript SDK, also strict TypeScript."""
    node = _node()
    ids = [op.operation_id for op in spec.operations()]
    sources = {f"{oid}.ts": samples[("js", oid)] for oid in ids}
    project = consumer_project(tmp_path, sources)
    checked = tsc("-p", str(project / "tsconfig.json"))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    env = _env(fresh_mock, SKILLDEO_EMAIL=EMAIL, SKILLDEO_OTP=TEST_OTP)
    signup = {**env, "SKILLDEO_EMAIL": "docs.typescript@newco.example"}
    for oid in ids:
        # As printed, but the answer printed as JSON for the test to read.
        code = samples[("js", oid)].replace(
            "console.log(result);", "console.log(JSON.stringify(result));"
        )
        (project / f"{oid}.mjs").write_text(code, encoding="utf-8")
        run_env = signup if oid.startswith("signup") else env
        out = _ok([node, str(project / f"{oid}.mjs")], run_env, f"js {oid}")
        _answer(out.strip().splitlines()[-1], oid)


@pytest.mark.slow
def test_python_samples_run_against_the_mock(
    spec: Spec, samples: dict[tuple[str, str], str], fresh_mock: MockServer
) -> None:
    env = _env(fresh_mock, SKILLDEO_EMAIL=EMAIL, SKILLDEO_OTP=TEST_OTP)
    # Sign-up reads the same SKILLDEO_EMAIL as in curl and JS; the seed address is taken.
    signup = {**env, "SKILLDEO_EMAIL": "docs.python@newco.example"}
    for op in spec.operations():
        code = samples[("python", op.operation_id)]
        run_env = signup if op.operation_id.startswith("signup") else env
        out = _ok([sys.executable, "-c", code], run_env, f"python {op.operation_id}").strip()
        answer = ast.literal_eval(out.splitlines()[-1])
        assert answer["status_code"] == 200 and answer.get("error") is not True, (
            op.operation_id,
            answer,
        )
