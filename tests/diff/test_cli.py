"""`skilldeo-api diff`: git revisions as inputs, exit codes, usage errors, the three formats.

They run on tests/data/diff_base.yaml, a frozen copy of openapi.yaml, never the live spec. The
markdown output is compared byte for byte with tests/diff/snapshots/diff.md; set
SKILLDEO_UPDATE_SNAPSHOTS=1 to rewrite it after a deliberate change, and review the git diff.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner, Result

from generator.cli import app
from generator.core.spec import Spec

SNAPSHOTS = Path(__file__).parent / "snapshots"
Data = dict[str, Any]


@pytest.fixture
def spec(diff_base: Spec) -> Spec:
    """Here `spec` is the frozen copy (conftest.py): these tests name what they remove or rename,
    and the snapshot must not move when openapi.yaml does."""
    return diff_base


def write(path: Path, data: Data) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, ["diff", *args])


def without_link(spec: Spec, version: str | None = None) -> Data:
    """The real spec without campaignLink (breaking for everyone), at `version` if given."""
    data = copy.deepcopy(spec.data)
    del data["paths"]["/svc/campaign/getLink"]
    if version:
        data["info"]["version"] = version
    return data


def git(repo: Path, *args: str) -> str:
    identity = [
        "-c",
        "user.name=Test",
        "-c",
        "user.email=test@example.com",
        "-c",
        "commit.gpgsign=false",
    ]
    proc = subprocess.run(
        ["git", "-C", str(repo), *identity, *args], capture_output=True, text=True, check=True
    )
    return proc.stdout


@pytest.fixture
def repo(tmp_path: Path, spec: Spec, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository (the current directory) whose openapi.yaml lost an operation in HEAD."""
    git(tmp_path, "init", "-q")
    write(tmp_path / "openapi.yaml", spec.data)
    git(tmp_path, "add", "openapi.yaml")
    git(tmp_path, "commit", "-q", "-m", "1.0.0")
    write(tmp_path / "openapi.yaml", without_link(spec))
    git(tmp_path, "commit", "-q", "-a", "-m", "drop campaignLink")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_git_revisions_as_both_sides(repo: Path) -> None:
    result = invoke("HEAD~1", "HEAD")
    assert result.exit_code == 1, result.output
    assert "diff HEAD~1:openapi.yaml (1.0.0) -> HEAD:openapi.yaml (1.0.0)" in result.stdout
    assert "operation-removed: campaignLink (GET /svc/campaign/getLink)" in result.stdout
    assert "does not reflect it (use 2.0.0)" in result.stdout


def test_git_revision_with_a_path_against_a_file(repo: Path) -> None:
    (repo / "openapi.yaml").write_text(git(repo, "show", "HEAD~1:openapi.yaml"), encoding="utf-8")
    result = invoke("--format", "json", "HEAD:openapi.yaml", "openapi.yaml")
    report = json.loads(result.stdout)
    assert result.exit_code == 1, result.output  # an addition without a minor bump
    assert [c["kind"] for c in report["changes"]] == ["operation-added"]
    assert report["base"]["source"] == "HEAD:openapi.yaml"
    assert report["bump"] == "minor"


def test_unknown_revision_is_a_usage_error(repo: Path) -> None:
    result = invoke("no-such-rev", "HEAD")
    assert result.exit_code == 2
    assert "no-such-rev" in result.stderr and "Traceback" not in result.output
    assert "neither a file nor a git revision holding openapi.yaml" in result.stderr


def test_missing_spec_file_says_so(tmp_path: Path, spec: Spec) -> None:
    result = invoke(spec.name, str(tmp_path / "gone.yaml"))
    assert result.exit_code == 2
    assert "gone.yaml:1: read: no such file" in result.stderr


def test_breaking_without_major_bump_exits_1(tmp_path: Path, spec: Spec) -> None:
    head = write(tmp_path / "head.yaml", without_link(spec, "1.1.0"))
    result = invoke(spec.name, str(head))
    assert result.exit_code == 1
    assert "bump needed: major; info.version 1.0.0 -> 1.1.0 does not reflect it" in result.stdout


def test_breaking_with_major_bump_exits_0(tmp_path: Path, spec: Spec) -> None:
    head = write(tmp_path / "head.yaml", without_link(spec, "2.0.0"))
    result = invoke(spec.name, str(head))
    assert result.exit_code == 0
    assert "bump needed: major; info.version 1.0.0 -> 2.0.0 reflects it" in result.stdout


def staging(spec: Spec, version: str | None = None) -> Data:
    """The spec with one more server (an addition: a minor bump), at `version` if given."""
    data = copy.deepcopy(spec.data)
    data["servers"].append({"url": "https://staging.skilldeo.com/api/v1", "description": "x"})
    if version:
        data["info"]["version"] = version
    return data


def test_a_missed_minor_bump_exits_1_and_names_the_version(tmp_path: Path, spec: Spec) -> None:
    result = invoke(spec.name, str(write(tmp_path / "head.yaml", staging(spec))))
    assert result.exit_code == 1
    assert "server-added" in result.stdout
    assert (
        "bump needed: minor; info.version 1.0.0 -> 1.0.0 does not reflect it (use 1.1.0)"
        in result.stdout
    )


def test_a_minor_bump_passes(tmp_path: Path, spec: Spec) -> None:
    result = invoke(spec.name, str(write(tmp_path / "head.yaml", staging(spec, "1.1.0"))))
    assert result.exit_code == 0, result.output


def doc_edit(spec: Spec, version: str | None = None) -> Data:
    data = copy.deepcopy(spec.data)
    data["info"]["description"] = "Edited."
    if version:
        data["info"]["version"] = version
    return data


@pytest.mark.parametrize(
    ("fail_on", "edit", "version", "code"),
    [
        ("breaking", "staging", None, 0),  # a missed minor is not a missed major
        ("breaking", "drop-link", "1.1.0", 1),
        ("breaking", "drop-link", "2.0.0", 0),
        ("minor", "staging", None, 1),
        ("minor", "docs", None, 0),  # a missed patch does not fail by default
        ("patch", "docs", None, 1),
        ("patch", "docs", "1.0.1", 0),
        ("any", "docs", "1.0.1", 1),  # any change at all, whatever the version
        ("any", "none", None, 0),
    ],
)
def test_fail_on_sets_what_exits_1(
    tmp_path: Path, spec: Spec, fail_on: str, edit: str, version: str | None, code: int
) -> None:
    edits = {
        "staging": lambda: staging(spec, version),
        "drop-link": lambda: without_link(spec, version),
        "docs": lambda: doc_edit(spec, version),
        "none": lambda: copy.deepcopy(spec.data),
    }
    head = write(tmp_path / "head.yaml", edits[edit]())
    result = invoke("--fail-on", fail_on, spec.name, str(head))
    assert result.exit_code == code, result.output


def test_unknown_fail_on_is_a_usage_error(spec: Spec) -> None:
    result = invoke("--fail-on", "sometimes", spec.name, spec.name)
    assert result.exit_code == 2
    assert "unknown --fail-on 'sometimes'; use one of breaking, minor, patch, any" in result.stderr


def test_identical_specs(spec: Spec) -> None:
    result = invoke(spec.name, spec.name)
    assert result.exit_code == 0
    assert "no changes: no new version needed" in result.stdout


def bare_refs(spec: Spec) -> Data:
    """The real spec with every $ref'd property stripped of its own description and examples."""
    data = copy.deepcopy(spec.data)
    for schema in data["components"]["schemas"].values():
        for prop in (schema.get("properties") or {}).values():
            if "$ref" in prop:
                prop.pop("description", None)
                prop.pop("examples", None)
    return data


def test_descriptions_next_to_refs_are_doc_changes(tmp_path: Path, spec: Spec) -> None:
    base = write(tmp_path / "base.yaml", bare_refs(spec))
    result = invoke(str(base), spec.name)
    assert result.exit_code == 0, result.output
    assert "description-changed: `description` added" in result.stdout
    assert "#/components/schemas/CampaignListRequest/properties/org_id/description" in result.stdout
    assert "example-changed: `examples` added" in result.stdout
    assert "bump needed: patch;" in result.stdout
    assert "no changes" not in result.stdout


def test_json_lists_each_change_with_its_location(tmp_path: Path, spec: Spec) -> None:
    head = write(tmp_path / "head.yaml", without_link(spec))
    result = invoke("--format", "json", spec.name, str(head))
    report = json.loads(result.stdout)
    (change,) = report["changes"]
    assert change["kind"] == "operation-removed"
    assert change["pointer"] == "/paths/~1svc~1campaign~1getLink/get"
    assert change["side"] == "base"
    assert change["line"] == spec.line_of("/paths/~1svc~1campaign~1getLink/get")
    assert (change["wire"], change["sdk"]) == ("breaking", "breaking")
    assert report["breaking"] is True and report["suggested_version"] == "2.0.0"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "xml", "a", "b"], "unknown --format 'xml'"),
        (["missing-base.yaml", "missing-head.yaml"], "missing-base.yaml"),
        (["only-one-side"], "Missing argument"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert message in result.output + result.stderr
    assert "Traceback" not in result.output


def test_unreadable_and_malformed_sides_exit_2(tmp_path: Path, spec: Spec) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\npaths: [unclosed\n", encoding="utf-8")
    result = invoke(spec.name, str(broken))
    assert result.exit_code == 2
    assert "broken.yaml:" in result.stderr and "yaml-syntax" in result.stderr
    odd = write(tmp_path / "odd.yaml", {"openapi": "3.1.0", "paths": "not a mapping"})
    result = invoke(spec.name, str(odd))
    assert result.exit_code == 2
    assert "not a usable OpenAPI document" in result.stderr


def snapshot_pair(spec: Spec) -> tuple[Data, Data]:
    """A head with one change of each grade and kind family, at a major bump."""
    base = copy.deepcopy(spec.data)
    head = without_link(spec, "2.0.0")
    schemas = head["components"]["schemas"]
    schemas["OverallDecision"]["enum"].append("needs_review")
    schemas["SearchParam"]["maxLength"] = 50
    props = schemas["CampaignListResponse"]["properties"]
    head["components"]["schemas"]["CampaignListResponse"]["properties"] = {
        ("has_more" if key == "hasMore" else key): value for key, value in props.items()
    }
    head["paths"]["/svc/campaign/list"]["post"]["operationId"] = "listCampaigns"
    head["paths"]["/svc/campaign/list"]["post"]["summary"] = "List interview agents"
    return base, head


def test_markdown_snapshot(tmp_path: Path, spec: Spec, monkeypatch: pytest.MonkeyPatch) -> None:
    base, head = snapshot_pair(spec)
    write(tmp_path / "base.yaml", base)
    write(tmp_path / "head.yaml", head)
    monkeypatch.chdir(tmp_path)
    result = invoke("--format", "markdown", "base.yaml", "head.yaml")
    assert result.exit_code == 0, result.output
    snapshot = SNAPSHOTS / "diff.md"
    if os.environ.get("SKILLDEO_UPDATE_SNAPSHOTS") == "1":
        snapshot.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == snapshot.read_text(encoding="utf-8")


def test_a_badly_shaped_side_is_named_on_its_line(tmp_path: Path, spec: Spec) -> None:
    data = copy.deepcopy(spec.data)
    first_path = next(iter(data["paths"]))
    data["paths"][first_path] = ["not", "a", "path item"]
    odd = write(tmp_path / "odd.yaml", data)
    result = invoke(spec.name, str(odd))
    assert result.exit_code == 2
    line = next(
        n
        for n, text in enumerate(odd.read_text().splitlines(), 1)
        if text.startswith(f"  {first_path}:")
    )
    assert f"diff: {odd}:{line}: oas3-schema:" in result.stderr
    assert "not a usable OpenAPI document" in result.stderr


def test_a_dangling_ref_is_refused_before_the_diff_reads_it(tmp_path: Path, spec: Spec) -> None:
    data = copy.deepcopy(spec.data)
    prefix = "#/components/schemas/"
    referenced = json.dumps(data["paths"]).split(f'"$ref": "{prefix}', 1)[1]
    name = referenced.split('"', 1)[0]
    del data["components"]["schemas"][name]
    result = invoke(spec.name, str(write(tmp_path / "dangling.yaml", data)))
    assert result.exit_code == 2
    assert f"ref-resolves: $ref '#/components/schemas/{name}' does not resolve" in result.stderr


def test_a_bug_in_the_diff_is_not_passed_off_as_a_bad_document(
    spec: Spec, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator import diff as diff_job

    def broken(*_: object) -> None:
        raise KeyError("a bug in the detectors")

    monkeypatch.setattr(diff_job, "diff", broken)
    result = invoke(spec.name, spec.name)
    assert isinstance(result.exception, KeyError)
    assert "not a usable OpenAPI document" not in result.stderr
