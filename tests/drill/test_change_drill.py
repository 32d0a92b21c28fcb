"""The change drill: each realistic spec change of tests/support/drill.py, on its own, through
the whole pipeline, as an API team would see it.

For each change, applied to a copy of openapi.yaml with the version the diff asks for: validate
is clean; build regenerates the SDK and the docs into a scratch folder and `check` then finds
nothing stale; the regenerated SDK passes mypy --strict and its own check; the changed
operation's Python sample runs against the mock serving the changed spec; the reference page
shows the change; diff grades it with the right bump; the mock serves the changed contract; and
a short fuzz run of the changed operation gives the verdict it should. Modelled on
openapi-python-client's end_to_end_tests; it takes a while, so it is marked slow.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from generator import build, validate
from generator.cli import app
from generator.core.spec import Spec, load
from generator.diff import diff
from generator.diff.report import next_version
from generator.sdk.sample import python_sample
from tests.support.apicheck import Api, ResponseChecker, login
from tests.support.drill import CATALOGUE, SORT, Change, Expect, changed
from tests.support.seed import SEED_EMAIL
from tests.support.servers import TEST_OTP, MockServer, running_mock

BIN = Path(sys.executable).parent


def write(data: object, path: Path) -> Spec:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return load(path)


def run_sdk(code: str, sdk: Path, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Python run with the regenerated SDK first on the path."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SKILLDEO_")}
    environ.update(PYTHONPATH=str(sdk), **env)
    cmd = [sys.executable, "-c", code]
    return subprocess.run(cmd, env=environ, cwd=cwd, capture_output=True, text=True, check=False)


def check_contract(head: Spec, tmp_path: Path) -> Path:
    """validate clean; build; check clean after build. The scratch generated/ folder."""
    assert [str(p) for p in validate.problems(head)] == []
    root = tmp_path / "generated"
    build.generate(head, root=root)
    assert build.stale(head, root) == []
    return root


def check_diff(base: Spec, head: Spec, expect: Expect) -> None:
    report = diff(base, head)
    kinds = {change.kind for change in report.changes}
    assert report.bump == expect.bump, (report.bump, kinds)
    assert expect.kinds <= kinds, kinds
    assert report.exit_code == 0, "the drill raised the version the diff asks for"


def check_page(root: Path, expect: Expect) -> None:
    page = (root / "docs" / "index.html").read_text(encoding="utf-8")
    assert all(text in page for text in expect.page), expect.page
    assert not any(text in page for text in expect.not_on_page), expect.not_on_page


def check_sdk(root: Path, expect: Expect, tmp_path: Path, cache: Path) -> None:
    sdk = root / "python"
    mypy = [str(BIN / "mypy"), "--strict", "--cache-dir", str(cache), "skilldeo_client"]
    typed = subprocess.run(mypy, cwd=sdk, capture_output=True, text=True, check=False)
    assert typed.returncode == 0, typed.stdout
    if expect.sdk:
        used = run_sdk(expect.sdk, sdk, tmp_path)
        assert used.returncode == 0, used.stderr


def check_sample(head: Spec, root: Path, expect: Expect, mock: MockServer, tmp_path: Path) -> None:
    if not expect.sample:
        return
    code = python_sample(head, expect.sample)
    env = {
        "SKILLDEO_BASE_URL": mock.base_url,
        "SKILLDEO_EMAIL": SEED_EMAIL,
        "SKILLDEO_OTP": TEST_OTP,
    }
    ran = run_sdk(code, root / "python", tmp_path, **env)
    assert ran.returncode == 0, f"{expect.sample} sample:\n{code}\n{ran.stderr}"


def check_mock(head: Spec, expect: Expect, mock: MockServer) -> None:
    api = Api.over(mock, ResponseChecker(head))
    api.token = login(api, SEED_EMAIL, TEST_OTP)["token"]
    MOCK_CHECKS[expect.mock](api, head, expect)
    api.close()


def _generic(api: Api, head: Spec, expect: Expect) -> None:
    body = {"name": "From the drill", "due": "2027-01-31T09:00:00Z"}
    sent = api.send(expect.operation, json=body)
    assert sent.status_code == 200, sent.text
    assert sent.json()["records"]["name"] == body["name"], "request fields are echoed"
    again = api.send(expect.operation, json=body).json()["records"]["id"]
    assert again != sent.json()["records"]["id"], "each call gets a fresh id"


def _sort(api: Api, head: Spec, expect: Expect) -> None:
    api.ok(expect.operation, json={SORT: "oldest"})
    assert SORT in api.fails(expect.operation, 400, json={SORT: "sideways"})


def _list(api: Api, head: Spec, expect: Expect) -> None:
    api.ok(expect.operation, json={})


def _renamed(api: Api, head: Spec, expect: Expect) -> None:
    answer = api.http.post(
        head.operation(expect.operation).path.lstrip("/"),
        json={},
        headers={"Authorization": f"Bearer {api.token}"},
    )
    if answer.status_code == 200:
        api.checker.check(expect.operation, answer)
        assert set(expect.page) <= set(answer.json()), "the renamed field is sent"
    else:  # the mock cannot follow by itself: it says which handler to edit
        assert answer.status_code == 500, answer.text
        assert "skilldeo_mock.handlers." in answer.json()["message"], answer.text


def _maximum(api: Api, head: Spec, expect: Expect) -> None:
    request = head.resolve(
        head.operation(expect.operation).data["requestBody"]["content"]["application/json"]
    )
    top = head.resolve(head.resolve(request["schema"])["properties"]["top"])
    api.ok(expect.operation, json={"top": top["maximum"]})
    message = api.fails(expect.operation, 400, json={"top": top["maximum"] + 1})
    assert message == f"top: must be <= {top['maximum']}"


def _removed(api: Api, head: Spec, expect: Expect) -> None:
    gone = api.http.get(f"{api.base_url}/nothing-here-{expect.operation}")
    assert gone.status_code == 404
    assert expect.operation not in {op.operation_id for op in head.operations()}


MOCK_CHECKS = {
    "generic": _generic,
    "sort": _sort,
    "list": _list,
    "renamed": _renamed,
    "maximum": _maximum,
    "removed": _removed,
}


def check_fuzz(head: Spec, expect: Expect, mock: MockServer, tmp_path: Path) -> str:
    operations = {op.operation_id for op in head.operations()}
    include = expect.operation if expect.operation in operations else None
    args = ["fuzz", "--base-url", mock.base_url, "--email", SEED_EMAIL, "--spec", head.name]
    args += ["--max-examples", "3", "--seed", "1", "--report-dir", str(tmp_path / "fuzz")]
    args += ["--include", include] if include else ["--max-time", "20"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == expect.fuzz_exit, result.output
    return result.output


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy")


@pytest.mark.slow
@pytest.mark.parametrize("change", CATALOGUE, ids=[c.name for c in CATALOGUE])
def test_a_change_flows_through_the_pipeline(
    change: Change, spec: Spec, tmp_path: Path, mypy_cache: Path
) -> None:
    data, expect = changed(spec, change)
    data["info"]["version"] = next_version(spec.version, expect.bump)  # type: ignore[arg-type]
    head = write(data, tmp_path / "openapi.yaml")
    root = check_contract(head, tmp_path)
    check_diff(spec, head, expect)
    check_page(root, expect)
    check_sdk(root, expect, tmp_path, mypy_cache)
    with running_mock("--otp", TEST_OTP, "--spec", head.name) as mock:
        check_mock(head, expect, mock)
        check_sample(head, root, expect, mock, tmp_path)
        check_fuzz(head, expect, mock, tmp_path)


def test_every_change_of_the_catalogue_applies_to_the_real_spec(spec: Spec) -> None:
    """Cheap and unmarked: the catalogue still finds its targets in today's spec."""
    for change in CATALOGUE:
        data, expect = changed(spec, change)
        assert data != spec.data and expect.mock in MOCK_CHECKS, change.name


def test_the_checks_can_fail(spec: Spec) -> None:
    with pytest.raises(AssertionError):
        check_diff(spec, spec, changed(spec, CATALOGUE[0])[1])
