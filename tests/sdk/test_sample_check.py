"""Samples are proven at build time: every Python sample type-checks against the SDK just
generated (mypy --strict), or the build fails naming the operation and leaves generated/ alone.

The fixture is the loaded spec plus two operations: `datedCreate`, whose body has a date-time
(the case of issue 11), and `datedSchedule`, whose body and parameters hold every value the SDK
types as something other than JSON: a date, date-times with and without an offset, a UUID, inline
enums, an inline object, a list of inline objects. Nothing of today's operations is pinned: the
tag and security are copied from one of the spec's secured operations, and the added names are
ones the API will not take (a real `campaignCreate` is the issue's own additive change).
"""

from __future__ import annotations

import ast
import copy
import functools
import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from generator import build
from generator.cli import app
from generator.core.paths import GENERATED, ROOT
from generator.core.spec import Spec, load, parse
from generator.docs.samples import python_samples
from generator.sdk import sample, samplecheck
from tests.support.docs_page import extract_samples
from tests.support.seed import SEED_EMAIL
from tests.support.servers import TEST_OTP

CREATE_EXAMPLE = {
    "name": "Dotnet AI walk-in",
    "skill": "dotnet",
    "location": "Chennai",
    "job_expiry_date": "2026-12-31T00:00:00Z",
}
SCHEDULE_EXAMPLE = {
    "starts_on": "2027-01-04",
    "window": {"opens": "2027-01-04T09:30:00+05:30", "closes": "2027-01-04T18:00:00+05:30"},
    "slots": [{"at": "2027-01-04T10:00:00-03:00", "kind": "video"}],
    "request_id": "3f2b8c1e-6d4a-4e8b-9a7c-1d2e3f4a5b6c",
    "channel": "sms",
    "noted_at": "2027-01-03T08:00:00Z",
    "tags": ["walk-in"],
}


def _described(kind: str, text: str, **more: Any) -> dict[str, Any]:
    return {"type": kind, "description": text, **more}


def _envelope(example: dict[str, Any]) -> dict[str, Any]:
    """A 200 answer in the spec's envelope style: message, records, status_code, error."""
    schema = {
        "type": "object",
        "description": "The answer, in the usual envelope.",
        "required": ["message", "records", "status_code", "error"],
        "properties": {
            "message": _described("string", "A human-readable confirmation.", minLength=1),
            "records": {
                "type": "object",
                "description": "The agent.",
                "required": ["id"],
                "properties": {"id": _described("integer", "The agent's id.", minimum=1)},
            },
            "status_code": _described("integer", "The HTTP status, repeated (200)."),
            "error": _described("boolean", "Always `false` on success."),
        },
    }
    value = {"message": "Success", "records": example, "status_code": 200, "error": False}
    return {
        "description": "The agent.",
        "content": {
            "application/json": {
                "schema": schema,
                "examples": {"documented": {"summary": "A sample", "value": value}},
            }
        },
    }


def _operation(
    secured: dict[str, Any], oid: str, body: dict[str, Any], example: dict[str, Any]
) -> dict[str, Any]:
    return {
        "tags": [secured["tags"][0]],
        "operationId": oid,
        "summary": f"The {oid} call",
        "description": f"Calls {oid}, for the sample check's tests.",
        "security": copy.deepcopy(secured["security"]),
        "requestBody": {
            "required": True,
            "description": "What to create.",
            "content": {
                "application/json": {
                    "schema": body,
                    "examples": {"documented": {"summary": "A sample", "value": example}},
                }
            },
        },
        "responses": {"200": _envelope({"id": 22555})},
    }


CREATE_REQUEST = {
    "type": "object",
    "description": "A new agent.",
    "required": ["name", "skill", "location", "job_expiry_date"],
    "properties": {
        "name": _described("string", "The agent's name."),
        "skill": _described("string", "The main skill the agent assesses."),
        "location": _described("string", "Where the role is based."),
        "job_expiry_date": _described("string", "When the posting expires.", format="date-time"),
    },
    "examples": [CREATE_EXAMPLE],
}

SCHEDULE_BODY = {  # inline, so openapi-python-client names its classes DatedScheduleBody...
    "type": "object",
    "description": "When the agent interviews.",
    "required": ["starts_on", "window"],
    "properties": {
        "starts_on": _described("string", "The first day.", format="date"),
        "window": {
            "type": "object",
            "description": "The daily window.",
            "required": ["opens"],
            "properties": {
                "opens": _described("string", "Opens at.", format="date-time"),
                "closes": _described("string", "Closes at.", format="date-time"),
            },
        },
        "slots": {
            "type": "array",
            "description": "Booked slots.",
            "items": {
                "type": "object",
                "description": "One slot.",
                "required": ["at", "kind"],
                "properties": {
                    "at": _described("string", "When.", format="date-time"),
                    "kind": _described("string", "How.", enum=["video", "audio"]),
                },
            },
        },
        "request_id": _described("string", "Idempotency key.", format="uuid"),
        "channel": _described("string", "Where invitations go.", enum=["email", "sms"]),
        # A $ref whose sibling would change its type stays the target's type (str): see refs.py.
        "noted_at": {
            "$ref": "#/components/schemas/Stamp",
            "format": "date-time",
            "description": "When noted.",
        },
        "tags": {"type": "array", "description": "Labels.", "items": {"type": "string"}},
    },
}

PARAMETERS = [
    {
        "name": "notBefore",
        "in": "query",
        "required": True,
        "description": "Nothing earlier than this.",
        "schema": {"type": "string", "format": "date-time"},
        "example": "2027-01-01T00:00:00Z",
    },
    {
        "name": "mode",
        "in": "query",
        "required": False,
        "description": "Draft or live.",
        "schema": {"type": "string", "enum": ["draft", "live"]},
        "example": "draft",
    },
]


def with_date_operations(spec: Spec) -> Spec:
    """`spec` with datedCreate and datedSchedule added, as a document of its own."""
    data = copy.deepcopy(spec.data)
    secured = next(op.data for op in spec.operations() if op.data.get("security"))
    create = _operation(
        secured,
        "datedCreate",
        {"$ref": "#/components/schemas/DatedCreateRequest"},
        CREATE_EXAMPLE,
    )
    schedule = _operation(secured, "datedSchedule", SCHEDULE_BODY, SCHEDULE_EXAMPLE)
    schedule["parameters"] = PARAMETERS
    data["paths"]["/svc/dated/create"] = {"post": create}
    data["paths"]["/svc/dated/schedule"] = {"post": schedule}
    schemas = data["components"]["schemas"]
    schemas["DatedCreateRequest"] = CREATE_REQUEST
    schemas["Stamp"] = _described("string", "A moment, as text.")
    return parse(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "dated.yaml")


# Runs one sample in a fresh interpreter whose path starts with the SDK built from the fixture,
# against the mock built from the fixture in that process: every httpx.Client the SDK makes
# goes through the mock's ASGI transport (tests.support.inprocess), no socket.
RUN_AGAINST_MOCK = """
import os, sys, httpx
from tests.support.inprocess import in_process_mock

spec, code, otp = sys.argv[1], open(sys.argv[2]).read(), sys.argv[3]
with in_process_mock("--spec", spec, "--otp", otp) as mock:
    os.environ["SKILLDEO_BASE_URL"] = mock.base_url

    class Client(httpx.Client):
        def __init__(self, *args, **kwargs):
            kwargs.setdefault("transport", mock.transport)
            super().__init__(*args, **kwargs)

    httpx.Client = Client
    exec(compile(code, sys.argv[2], "exec"), {"__name__": "__main__"})
"""


@pytest.fixture(scope="module")
def dated(spec: Spec) -> Spec:
    return with_date_operations(spec)


@pytest.fixture(scope="module")
def built(dated: Spec, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """generated/ of the fixture, made by the build with its samples checked."""
    root = tmp_path_factory.mktemp("dated") / "generated"
    assert build.generate(dated, root=root, check_samples=True) == []
    return root


def _run_against_mock(spec_file: Path, sdk: Path, code: str, tmp: Path) -> dict[str, Any]:
    script = tmp / "sample.py"
    script.write_text(code, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SKILLDEO_")}
    env.update(
        PYTHONPATH=os.pathsep.join([str(sdk), str(ROOT)]),
        SKILLDEO_EMAIL=SEED_EMAIL,
        SKILLDEO_OTP=TEST_OTP,
    )
    proc = subprocess.run(
        [sys.executable, "-c", RUN_AGAINST_MOCK, str(spec_file), str(script), TEST_OTP],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    answer: dict[str, Any] = ast.literal_eval(proc.stdout.strip().splitlines()[-1])
    return answer


@pytest.mark.slow
def test_a_date_time_field_gives_a_sample_that_type_checks_and_runs(
    dated: Spec, built: Path, tmp_path: Path
) -> None:
    page = (built / "docs/index.html").read_text(encoding="utf-8")
    code = extract_samples(page)[("python", "datedCreate")]
    expiry = CREATE_EXAMPLE["job_expiry_date"]
    assert "job_expiry_date=datetime.datetime(" in code and expiry not in code
    assert code.startswith("import datetime\n")
    spec_file = tmp_path / "dated.yaml"
    spec_file.write_text(dated.text, encoding="utf-8")
    answer = _run_against_mock(spec_file, built / "python", code, tmp_path)
    assert answer["status_code"] == 200 and answer["error"] is False, answer


@pytest.mark.slow
def test_every_kind_of_value_is_the_sdks_type_and_the_sample_runs(
    dated: Spec, built: Path, tmp_path: Path
) -> None:
    code = extract_samples((built / "docs/index.html").read_text(encoding="utf-8"))[
        ("python", "datedSchedule")
    ]
    spec_file = tmp_path / "dated.yaml"
    spec_file.write_text(dated.text, encoding="utf-8")
    answer = _run_against_mock(spec_file, built / "python", code, tmp_path)
    assert answer["status_code"] == 200, answer


def test_sample_values_are_built_as_the_sdk_types_them(dated: Spec) -> None:
    code = sample.python_sample(dated, "datedSchedule")
    # as one line, without the line breaks and trailing commas of ruff's layout
    flat = re.sub(r",? ([)\]])", r"\1", re.sub(r"([(\[]) ", r"\1", re.sub(r"\s+", " ", code)))
    assert flat.startswith("import datetime import os import uuid ")
    assert "starts_on=datetime.date(2027, 1, 4)" in flat
    assert "tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30))" in flat
    assert "tzinfo=datetime.timezone(-datetime.timedelta(hours=3))" in flat
    assert "not_before=datetime.datetime(2027, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)" in flat
    assert 'request_id=uuid.UUID("3f2b8c1e-6d4a-4e8b-9a7c-1d2e3f4a5b6c")' in flat
    # The body's fields are keyword arguments (the SDK's one calling convention); inline objects
    # and enums inside them are the classes openapi-python-client names after their place.
    assert "client.dated_schedule(starts_on=" in flat and "body=" not in flat
    assert "window=DatedScheduleBodyWindow(" in flat
    assert "slots=[DatedScheduleBodySlotsItem(" in flat
    assert 'kind=DatedScheduleBodySlotsItemKind("video")' in flat
    # An enum argument (a body field or a parameter) takes its plain value.
    assert 'channel="sms"' in flat and 'mode="draft"' in flat
    # The SDK keeps a $ref's type when a sibling would change it: a string stays a string.
    assert f'noted_at="{SCHEDULE_EXAMPLE["noted_at"]}"' in flat
    compile(code, "datedSchedule", "exec")


def _broken_date_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sample generator of issue 11: date-times (and dates, UUIDs) printed as strings."""
    monkeypatch.setattr(sample, "_moment", lambda fmt, value, imports: None)


@pytest.mark.slow
def test_a_sample_that_would_not_run_fails_the_build_naming_the_operation(
    dated: Spec, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _broken_date_times(monkeypatch)
    spec_file = tmp_path / "dated.yaml"
    spec_file.write_text(dated.text, encoding="utf-8")
    root = tmp_path / "generated"
    monkeypatch.setattr(build, "generate", functools.partial(build.generate, root=root))
    result = CliRunner().invoke(app, ["build", str(spec_file)])
    assert result.exit_code == 1, result.output
    loaded = load(spec_file)
    line = loaded.line_of(loaded.operation("datedCreate").pointer)
    # The fields are keyword arguments of an overloaded method (the body as a model or its
    # fields), so mypy names the call and the types it was given.
    wanted = re.compile(
        rf"^{re.escape(str(spec_file))}:{line}: sample: datedCreate: Python sample line \d+: "
        r'No overload variant of "dated_create" of "Skilldeo" matches argument types '
        r'(?:"str", )*"str" \[call-overload\]$',
        re.MULTILINE,
    )
    assert wanted.search(result.output), result.output
    named = re.findall(r": sample: (\w+): ", result.output)
    # each once; the spec's own operations that send a date-time (none in 1.0.0) come on top
    assert {"datedCreate", "datedSchedule"} <= set(named), result.output
    assert len(named) == len(set(named)), result.output
    assert "generated/ was left as it was" in result.output
    assert not root.exists(), "nothing is written when a sample fails"


@pytest.mark.slow
def test_the_docs_alone_check_their_samples_against_a_fresh_sdk(
    dated: Spec, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _broken_date_times(monkeypatch)
    problems = build.generate(dated, ["docs"], root=tmp_path, check_samples=True)
    line = dated.line_of(dated.operation("datedCreate").pointer)
    added = [p for p in problems if re.search(r": sample: dated(Create|Schedule): ", p)]
    assert added[0].startswith(f"dated.yaml:{line}: sample: datedCreate: Python sample")
    assert len(added) == 2 and list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_the_specs_own_samples_type_check_against_the_committed_sdk(spec: Spec) -> None:
    assert samplecheck.problems(spec, GENERATED / "python", python_samples(spec)) == []


def test_the_first_error_of_each_sample_is_its_line() -> None:
    output = "\n".join(
        [
            'sample_1.py:19: error: Argument "a" to "B" has incompatible type "str"; '
            'expected "datetime"  [arg-type]',
            'sample_1.py:20: error: Name "x" is not defined  [name-defined]',
            "sample_1.py:20: note: See https://mypy.rtfd.io",
            'sample_3.py:4: error: Module "m" has no attribute "C"  [attr-defined]',
        ]
    )
    assert samplecheck._first_errors(output) == {
        "sample_1": 'Python sample line 19: Argument "a" to "B" has incompatible type "str"; '
        'expected "datetime" [arg-type]',
        "sample_3": 'Python sample line 4: Module "m" has no attribute "C" [attr-defined]',
    }


def test_without_mypy_the_check_says_so(
    spec: Spec, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", missing)
    with pytest.raises(samplecheck.SampleCheckError, match="mypy is needed"):
        samplecheck.problems(spec, tmp_path, {"loginOTP": "print(1)\n"})


def test_a_cache_folder_others_can_write_to_is_not_used(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    assert samplecheck._private_dir(mine)
    assert (mine.stat().st_mode & 0o777) == 0o700
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    assert not samplecheck._private_dir(shared)
    link = tmp_path / "link"
    link.symlink_to(mine)
    assert not samplecheck._private_dir(link)
