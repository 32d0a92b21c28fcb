"""Generating the SDK: golden output, a small inline spec, lint and types, packaging, samples."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator import build
from generator.cli import app
from generator.core.paths import GENERATED, ROOT
from generator.core.spec import Spec, parse
from generator.sdk import generate
from generator.sdk.refs import for_generator
from generator.sdk.sample import python_sample
from tests.support.contract import current

SDK = GENERATED / "python"
BIN = Path(sys.executable).parent
IGNORED = {"__pycache__", ".mypy_cache", ".ruff_cache"}


def _files(root: Path) -> set[str]:
    return {
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file()
        and not IGNORED.intersection(p.relative_to(root).parts)
        and not any(part.endswith(".egg-info") for part in p.relative_to(root).parts)
    }


@pytest.mark.slow
def test_regenerating_reproduces_the_committed_sdk(spec: Spec, tmp_path: Path) -> None:
    generate(spec, tmp_path)
    fresh, committed = _files(tmp_path), _files(SDK)
    assert fresh == committed
    differing = [
        rel for rel in sorted(fresh) if not filecmp.cmp(tmp_path / rel, SDK / rel, shallow=False)
    ]
    assert differing == [], "generated/python is stale: run `skilldeo-api build`"
    for rel in sorted(fresh):
        first = (tmp_path / rel).read_text(encoding="utf-8").splitlines()[0]
        assert "Generated from openapi.yaml" in first and "do not edit" in first, rel


@pytest.mark.slow
def test_check_names_each_stale_sdk_file(
    spec: Spec, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build, "TARGETS", {"python": build.TARGETS["python"]})
    assert build.stale(spec) == []
    copy = tmp_path / "generated" / "python"
    shutil.copytree(SDK, copy, ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    (copy / "skilldeo_client/client.py").write_text("# edited by hand\n", encoding="utf-8")
    (copy / "skilldeo_client/models/scores.py").unlink()
    (copy / "skilldeo_client/extra.py").write_text("", encoding="utf-8")
    assert build.stale(spec, tmp_path / "generated") == [
        "generated/python/skilldeo_client/client.py: out of date",
        "generated/python/skilldeo_client/extra.py: not generated from the spec (extra file)",
        "generated/python/skilldeo_client/models/scores.py: missing",
    ]


TINY = """
openapi: 3.1.0
info: {title: Tiny API, version: 2.3.4}
servers: [{url: 'http://tiny.test/v1'}]
paths:
  /things/list:
    post:
      operationId: thingList
      tags: [Things]
      summary: List things
      security: [{bearerAuth: []}]
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/ThingListRequest'}}}
      responses:
        '200':
          description: A page.
          content: {application/json: {schema: {$ref: '#/components/schemas/ThingListResponse'}}}
        '404':
          description: Not found.
          content: {application/json: {schema: {$ref: '#/components/schemas/ErrorResponse'}}}
components:
  securitySchemes:
    bearerAuth: {type: http, scheme: bearer}
  schemas:
    ErrorResponse:
      type: object
      required: [message]
      properties: {message: {type: string}}
    ThingListRequest:
      type: object
      properties:
        top: {type: integer, minimum: 1, maximum: 2}
        skip: {type: integer, minimum: 0}
    Thing:
      type: object
      required: [id]
      properties:
        id: {type: integer}
    ThingListResponse:
      type: object
      required: [message, records]
      properties:
        message: {type: string}
        records: {type: array, items: {$ref: '#/components/schemas/Thing'}}
        hasMore: {type: boolean}
"""

ADDED_FIELD = """
        colour: {type: string, description: The colour of the thing.}
"""

ADDED_OPERATION = """
  /things/get:
    get:
      operationId: thingGet
      tags: [Things]
      summary: Get a thing
      security: [{bearerAuth: []}]
      parameters:
        - {name: thingId, in: query, required: true, schema: {type: integer}}
      responses:
        '200':
          description: The thing.
          content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}
"""

# Runs against the regenerated package only: pages through thingList, then calls thingGet.
USE_NEW_SDK = """
import httpx, json, skilldeo_client
from skilldeo_client import Skilldeo, NotFoundError

def handler(request):
    if request.url.path == "/v1/things/get":
        if request.url.params["thingId"] == "404":
            return httpx.Response(404, json={"message": "thing 404 not found"})
        return httpx.Response(200, json={"id": 7, "colour": "teal"})
    skip = json.loads(request.content)["skip"]
    return httpx.Response(200, json={
        "message": "ok", "records": [{"id": skip + 1, "colour": "red"}], "hasMore": skip < 2})

with Skilldeo(token="t", http_client=httpx.Client(transport=httpx.MockTransport(handler))) as c:
    assert c.base_url == "http://tiny.test/v1", c.base_url
    print([t.id for t in c.iter_thing_list()], c.thing_get(thing_id=7).colour)
    try:
        c.thing_get(thing_id=404)
    except NotFoundError as exc:
        print(exc.message)
print(skilldeo_client.__version__, skilldeo_client.__file__)
"""


def _tiny(extended: bool) -> Spec:
    text = TINY
    if extended:
        text = text.replace(
            "        id: {type: integer}\n", "        id: {type: integer}" + ADDED_FIELD
        )
        text = text.replace("components:\n", ADDED_OPERATION.lstrip("\n") + "components:\n", 1)
    return parse(textwrap.dedent(text), "tiny.yaml")


@pytest.mark.slow
def test_an_added_field_and_operation_show_up_in_the_regenerated_sdk(tmp_path: Path) -> None:
    before, after = tmp_path / "before", tmp_path / "after"
    generate(_tiny(False), before)
    generate(_tiny(True), after)
    thing = "skilldeo_client/models/thing.py"
    assert (
        "colour" not in (before / thing).read_text()
        and "colour: str | Unset" in (after / thing).read_text()
    )
    assert "def thing_get" not in (before / "skilldeo_client/client.py").read_text()
    assert (after / "skilldeo_client/api/things/thing_get.py").is_file()
    assert 'version = "2.3.4"' in (after / "pyproject.toml").read_text()
    env = {**os.environ, "PYTHONPATH": str(after)}
    env.pop("SKILLDEO_BASE_URL", None)
    run = subprocess.run(
        [sys.executable, "-c", USE_NEW_SDK],
        env=env,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[:2] == ["[1, 2, 3] teal", "thing 404 not found"]
    assert lines[2].startswith(f"2.3.4 {after}")


# Thing's fields refer to shared schemas and say what they are here, as openapi.yaml does.
SHARED = """
    Id: {type: integer, minimum: 1, description: A positive identifier., default: 5}
    Stamp: {type: string, description: Some text.}
    Colour: {type: string, enum: [red, teal], description: A colour.}
    Owner:
      type: object
      description: Someone who owns things.
      properties: {name: {type: string}}
"""

THING_WITH_REFS = """
        owner_id: {$ref: '#/components/schemas/Id', description: The owner's own id., examples: [3]}
        made: {$ref: '#/components/schemas/Stamp', format: date-time, description: When made.}
        colour: {$ref: '#/components/schemas/Colour', description: The colour of this thing.}
        owner: {$ref: '#/components/schemas/Owner', description: Who owns this thing.}
"""


@pytest.mark.slow
def test_a_ref_to_a_primitive_keeps_its_own_description_and_shared_classes_stay(
    tmp_path: Path,
) -> None:
    text = textwrap.dedent(TINY).replace("  schemas:\n", "  schemas:" + SHARED, 1)
    text = text.replace(
        "        id: {type: integer}\n", "        id: {type: integer}" + THING_WITH_REFS
    )
    generate(parse(text, "refs.yaml"), tmp_path)
    models = tmp_path / "skilldeo_client/models"
    thing = (models / "thing.py").read_text()
    # The field's own words, and still the target's type with no default of its own.
    assert "owner_id (int | Unset): The owner's own id." in thing
    assert "owner_id: int | Unset = UNSET" in thing and "A positive identifier" not in thing
    # A sibling that would change the Python type (str -> datetime) leaves the reference as is.
    assert "made: str | Unset = UNSET" in thing and "datetime" not in thing
    # Enums and objects stay the shared classes: no per-field class appears.
    assert "colour: Colour | Unset = UNSET" in thing and "owner: Owner | Unset = UNSET" in thing
    assert "from ..models.colour import Colour" in thing
    assert sorted(p.stem for p in models.glob("*.py")) == [
        "__init__",
        "colour",
        "error_response",
        "owner",
        "thing",
        "thing_list_request",
        "thing_list_response",
    ]


def test_the_generator_input_inlines_only_refs_to_primitives(spec: Spec) -> None:
    data = for_generator(spec)
    request = data["components"]["schemas"]["CampaignListRequest"]["properties"]
    own = spec.data["components"]["schemas"]["CampaignListRequest"]["properties"]["org_id"]
    assert request["org_id"]["description"].startswith(own["description"])
    assert request["org_id"]["type"] == "integer" and "$ref" not in request["org_id"]
    assert "default" not in request["top"] and "$ref" not in request["top"]
    assert request["status"]["$ref"] == "#/components/schemas/AgentStatus"
    assert (
        spec.data["components"]["schemas"]["CampaignListRequest"]["properties"]["org_id"]["$ref"]
        == "#/components/schemas/Id"
    ), "the loaded spec itself is left alone"


def test_a_spec_the_sdk_cannot_serve_is_a_clear_error(tmp_path: Path) -> None:
    no_servers = parse(
        textwrap.dedent(TINY).replace("servers: [{url: 'http://tiny.test/v1'}]\n", ""), "t.yaml"
    )
    with pytest.raises(Exception, match=r"t\.yaml:1: sdk: the SDK needs servers\[0\]\.url"):
        generate(no_servers, tmp_path)


def test_client_command_reports_a_missing_spec_without_a_traceback() -> None:
    result = CliRunner().invoke(app, ["client", "no/such/spec.yaml"])
    assert result.exit_code == 1
    assert "no/such/spec.yaml" in result.output and "Traceback" not in result.output


@pytest.mark.slow
def test_generated_sdk_passes_mypy_strict_and_ruff(tmp_path: Path) -> None:
    for cmd in (
        [str(BIN / "mypy"), "--strict", "--cache-dir", str(tmp_path / "mypy"), "skilldeo_client"],
        [str(BIN / "ruff"), "check", "--no-cache", "."],
        [str(BIN / "ruff"), "format", "--check", "--no-cache", "."],
    ):
        run = subprocess.run(cmd, cwd=SDK, capture_output=True, text=True, check=False)
        assert run.returncode == 0, f"{cmd[0]}: {run.stdout}{run.stderr}"


@pytest.mark.slow
def test_generated_sdk_passes_pyright_strict(tmp_path: Path) -> None:
    # a copy, so the pyrightconfig.json this needs stays out of generated/
    sdk = tmp_path / "sdk"
    shutil.copytree(SDK, sdk, ignore=shutil.ignore_patterns(*IGNORED))
    (sdk / "pyrightconfig.json").write_text(
        '{"typeCheckingMode": "strict", "pythonVersion": "3.11", "include": ["skilldeo_client"]}'
    )
    pyright = ROOT / "node_modules" / ".bin" / "pyright"
    run = subprocess.run(
        [str(pyright), "--pythonpath", sys.executable],
        cwd=sdk,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0 and "0 errors" in run.stdout, f"pyright: {run.stdout}{run.stderr}"


@pytest.mark.slow
def test_sdk_installs_with_pip_into_a_fresh_venv(tmp_path: Path) -> None:
    venv, source = tmp_path / "venv", tmp_path / "sdk"
    # a copy, because setuptools builds in the source tree and would leave build/ in generated/
    shutil.copytree(
        SDK, source, ignore=shutil.ignore_patterns("*.egg-info", "__pycache__", "build")
    )
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    install = subprocess.run(
        [str(venv / "bin/pip"), "install", "--quiet", "--disable-pip-version-check", str(source)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr
    probe = (
        "import pathlib, skilldeo_client as s; p = pathlib.Path(s.__file__).parent;"
        "print(s.__version__, (p / 'py.typed').is_file(), p.is_relative_to(pathlib.Path.cwd()))"
    )
    run = subprocess.run(
        [str(venv / "bin/python"), "-c", probe],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.stdout.split() == [current().version, "True", "True"], run.stderr


def test_python_samples_compile_and_name_only_real_operations(spec: Spec) -> None:
    """Each sample is valid Python; tests/docs/test_samples.py runs them as the page prints them."""
    for op in spec.operations():
        assert compile(python_sample(spec, op.operation_id), op.operation_id, "exec")
    with pytest.raises(KeyError):
        python_sample(spec, "noSuchOperation")


def test_defaults_leave_the_generator_input_and_are_said_in_the_description() -> None:
    text = TINY.replace(
        "        skip: {type: integer, minimum: 0}\n",
        "        skip: {type: integer, minimum: 0}\n"
        "        sort: {type: string, enum: [newest, oldest], default: newest, "
        "description: Order.}\n",
    )
    data = for_generator(parse(textwrap.dedent(text), "tiny.yaml"))
    sort = data["components"]["schemas"]["ThingListRequest"]["properties"]["sort"]
    assert "default" not in sort
    assert (
        sort["description"]
        == 'Order. Default: `"newest"` (the server\'s, when the field is left out).'
    )


@pytest.mark.slow
def test_a_field_with_a_default_is_sent_only_when_the_caller_sets_it(tmp_path: Path) -> None:
    text = TINY.replace(
        "        skip: {type: integer, minimum: 0}\n",
        "        skip: {type: integer, minimum: 0}\n"
        "        sort: {type: string, enum: [newest, oldest], default: newest}\n",
    )
    generate(parse(textwrap.dedent(text), "tiny.yaml"), tmp_path)
    script = (
        "from skilldeo_client.models import ThingListRequest, ThingListRequestSort\n"
        "print(ThingListRequest().to_dict())\n"
        "print(ThingListRequest(sort=ThingListRequestSort.OLDEST).to_dict())\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["{}", "{'sort': 'oldest'}"]
