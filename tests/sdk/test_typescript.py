"""The TypeScript SDK (generated/typescript): generation, the compiler's verdict, and its own
tests (Node's test runner, tests/sdk/typescript/) against the mock.

Everything that runs tsc or node is marked slow. tsc is the pinned one of the root package.json
(node_modules/.bin/tsc); Node's types come from the root's @types/node.
"""

from __future__ import annotations

import filecmp
import json
import os
import re
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

from generator import build
from generator.core.paths import ROOT
from generator.core.spec import Spec, SpecError, parse
from generator.sdk import generate_typescript
from generator.sdk.typescript import PACKAGE, model
from tests.sdk.test_generate import TINY
from tests.support.contract import operation_ids
from tests.support.docs_page import hostile_spec
from tests.support.servers import TEST_OTP, running_mock
from tests.support.typescript import PACKAGE_DIR, consumer_project, tsc

NODE_TESTS = ROOT / "tests" / "sdk" / "typescript"
TARGET = "generator.sdk:generate_typescript"


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


@pytest.mark.slow
def test_regenerating_reproduces_the_committed_package(spec: Spec, tmp_path: Path) -> None:
    generate_typescript(spec, tmp_path)
    fresh, committed = _files(tmp_path), _files(PACKAGE_DIR)
    assert fresh == committed
    differing = [r for r in sorted(fresh) if not filecmp.cmp(tmp_path / r, PACKAGE_DIR / r, False)]
    assert differing == [], "generated/typescript is stale: run `skilldeo-api build`"
    for rel in sorted(fresh):
        if rel.startswith("src/") or rel.endswith(".md"):
            first = (tmp_path / rel).read_text(encoding="utf-8").splitlines()[0]
            assert "Generated from openapi.yaml" in first and "do not edit" in first, rel
    manifest = json.loads((tmp_path / "package.json").read_text(encoding="utf-8"))
    assert manifest["name"] == PACKAGE and manifest["version"] == spec.version
    assert "dependencies" not in manifest, "no runtime dependencies"
    assert manifest["type"] == "module" and manifest["exports"]["."]["types"].endswith(".d.ts")


@pytest.mark.slow
def test_check_names_each_stale_typescript_file(
    spec: Spec, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build, "TARGETS", {"typescript": TARGET})
    copy = tmp_path / "generated" / "typescript"
    shutil.copytree(PACKAGE_DIR, copy)
    (copy / "src/client.ts").write_text("// edited by hand\n", encoding="utf-8")
    (copy / "dist/types.d.ts").unlink()
    (copy / "src/extra.ts").write_text("", encoding="utf-8")
    assert build.stale(spec, tmp_path / "generated") == [
        "generated/typescript/dist/types.d.ts: missing",
        "generated/typescript/src/client.ts: out of date",
        "generated/typescript/src/extra.ts: not generated from the spec (extra file)",
    ]


def test_build_check_and_client_cover_the_package() -> None:
    assert build.TARGETS.get("typescript") == TARGET


def test_the_model_follows_the_spec(spec: Spec) -> None:
    ts = model(spec)
    names = [op.name for op in ts.operations]
    assert names == list(operation_ids(spec))  # the TypeScript SDK keeps the operationIds
    assert [p.method for p in ts.paged] == ["iterCampaignList", "iterInterviewList"]
    assert [p.pair.ts_helper for p in ts.pairs] == ["signup", "login"]
    details = next(op for op in ts.operations if op.name == "campaignDetails")
    assert details.arg_type == "types.CampaignDetailsParams" and not details.arg_optional
    assert [p.wire for p in details.params] == ["campaignId", "userId"]
    listing = next(op for op in ts.operations if op.name == "campaignList")
    assert listing.arg_type == "types.CampaignListRequest" and listing.arg_optional


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ("      operationId: thing_list\n", "both `thingList`"),
        ("    RequestOptions: {type: object}\n", "declares `RequestOptions` itself"),
    ],
)
def test_names_the_sdk_cannot_take_fail_the_build(edit: str, message: str) -> None:
    if "operationId" in edit:  # a second operation whose method is also thingList
        extra = TINY.replace("  /things/list:", "  /things/other:").split("components:")[0]
        extra = extra.split("paths:\n")[1].replace("operationId: thingList", edit.strip())
        text = TINY.replace("components:", extra + "components:", 1)
    else:
        text = TINY.replace("  schemas:\n", "  schemas:\n" + edit, 1)
    with pytest.raises(SpecError, match=message):
        model(parse(text, "tiny.yaml"))


@pytest.mark.slow
@pytest.mark.parametrize("source", ["tiny", "hostile"])
def test_other_specs_give_packages_that_compile(source: str, tmp_path: Path) -> None:
    """The generator compiles what it writes, so generating proves it; the names follow."""
    spec = parse(TINY, "tiny.yaml") if source == "tiny" else hostile_spec()
    generate_typescript(spec, tmp_path)
    assert (tmp_path / "dist/index.d.ts").exists()
    client = (tmp_path / "src/client.ts").read_text(encoding="utf-8")
    if source == "tiny":
        assert "thingList(" in client and "async *iterThingList(" in client
        assert "export interface ThingListResponse" in (tmp_path / "src/types.ts").read_text()


@pytest.mark.slow
def test_strict_tsc_accepts_the_package() -> None:
    proc = tsc("-p", str(PACKAGE_DIR / "tsconfig.json"), "--noEmit", "--strict")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _readme_examples() -> list[str]:
    readme = (PACKAGE_DIR / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^```ts\n(.*?)^```", readme, flags=re.S | re.M)


@pytest.mark.slow
def test_strict_tsc_accepts_the_readme_examples(tmp_path: Path) -> None:
    examples = _readme_examples()
    assert len(examples) >= 5
    files = {f"example_{i}.ts": code for i, code in enumerate(examples)}
    proc = tsc("-p", str(consumer_project(tmp_path, files) / "tsconfig.json"))
    assert proc.returncode == 0, proc.stdout + proc.stderr


MISUSE = """\
import { Skilldeo, login } from "skilldeo-client";

const client = new Skilldeo();
await client.campaignList({ status: "paused" }); // MISUSE: not an AgentStatus
await client.campaignDetails({ campaignId: 22554 }); // MISUSE: userId is required
await client.signupVerify({ email: "a@b.example", receivedFrom: "email" }); // MISUSE: recievedFrom
const page = await client.campaignList();
const first: string = page.records[0]!.id; // MISUSE: ids are numbers
await login("a@b.example", { baseURL: "http://localhost" }); // MISUSE: otp is required
await client.campaignLink({ campaignId: 1 }, { timeout: "2s" }); // MISUSE: milliseconds
console.log(first, page.total_count);
"""


@pytest.mark.slow
def test_strict_tsc_rejects_a_consumer_that_misuses_the_types(tmp_path: Path) -> None:
    proc = tsc("-p", str(consumer_project(tmp_path, {"misuse.ts": MISUSE}) / "tsconfig.json"))
    assert proc.returncode != 0
    errors = re.findall(r"misuse\.ts\((\d+),\d+\): error (TS\d+): (.*)", proc.stdout)
    wanted = {i + 1 for i, line in enumerate(MISUSE.splitlines()) if "// MISUSE" in line}
    assert {int(line) for line, _, _ in errors} == wanted, proc.stdout
    assert any('"paused"' in message for _, _, message in errors), proc.stdout
    assert any("recievedFrom" in message for _, _, message in errors), proc.stdout


@pytest.mark.slow
def test_node_tests_pass_against_the_mock() -> None:
    """tests/sdk/typescript/*.test.mjs, the command of the package's README, on a fresh mock."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is missing")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SKILLDEO_")}
    with running_mock("--otp", TEST_OTP) as mock:
        env["SKILLDEO_MOCK_ROOT"] = mock.root
        proc = subprocess.run(
            [node, "--test", "--test-concurrency=1", str(NODE_TESTS) + "/"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    summary = textwrap.indent("\n".join(proc.stdout.splitlines()[-9:]), "  ")
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
    assert re.search(r"^# fail 0$", proc.stdout, re.M), summary
    assert int(re.findall(r"^# pass (\d+)$", proc.stdout, re.M)[0]) >= 30, summary
