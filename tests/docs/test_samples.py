"""Every code sample printed on the reference page runs, as printed, against the mock: every
operation, every language (curl, Python, JavaScript through the TypeScript SDK, plain fetch).

Samples are taken from the generated HTML exactly as a reader copies them. Only the environment
changes: the variables the samples read (`SKILLDEO_<FIELD>`, found in each sample's own text),
set from the mock's seed. The samples reach the mock through a recording proxy, so every answer
they get is checked against openapi.yaml (tests/support/apicheck.py) and every request is seen:
with the values of a reader outside the documented organisation, the ids the samples send must
be that reader's, not the documented examples. A second reader sets nothing but the token and
the code and gets the documented examples (the mock's seed holds those records).
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator import docs
from generator.core.paths import GENERATED, ROOT
from generator.core.spec import Spec
from generator.sdk import sample as python_sdk
from generator.sdk.analysis import analyse
from generator.sdk.variables import ENV, OTP_PROMPT, env_name
from skilldeo_mock.seed import load_seed
from tests.support.apicheck import ContractError, ResponseChecker, mock_token
from tests.support.contract import current, public_operations, secured_operations
from tests.support.docs_page import extract_samples
from tests.support.seed import PEER_EMAIL, PEER_ORG, SEED_EMAIL
from tests.support.servers import TEST_OTP, MockServer
from tests.support.typescript import consumer_project, tsc

LANGUAGES = ("curl", "python", "js", "fetch")
VARIABLE = re.compile(rf"\b{ENV}_[A-Z0-9_]+")


@dataclass
class Call:
    """One request a sample made, the mock's answer, and what the contract check found."""

    operation_id: str
    request: str  # method, URL, Authorization and body, as text
    status: int
    answer: Any
    problem: str = ""


@dataclass
class Recorder:
    """A loopback proxy in front of the mock: forwards every request, checks every answer."""

    mock: MockServer
    checker: ResponseChecker
    spec: Spec
    calls: list[Call] = field(default_factory=list)
    base_url: str = ""

    def operation(self, method: str, path: str) -> str:
        for op in self.spec.operations():
            pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path))
            if op.method.upper() == method and re.fullmatch(f".*{pattern}", path):
                return op.operation_id
        return f"{method} {path}"

    def forward(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Any:
        with httpx.Client(timeout=30) as http:
            sent = {
                k: v for k, v in headers.items() if k.lower() in ("authorization", "content-type")
            }
            answer = http.request(method, self.mock.root + target, headers=sent, content=body)
        path = target.split("?")[0]
        call = Call(
            self.operation(method, path),
            f"{method} {target} {sent.get('Authorization', '')} {body.decode('utf-8', 'replace')}",
            answer.status_code,
            None,
        )
        try:
            call.answer = self.checker.check(call.operation_id, answer)
        except (ContractError, KeyError) as exc:
            call.problem = str(exc)
        self.calls.append(call)
        return answer


def _handler(recorder: Recorder) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            answer = recorder.forward(self.command, self.path, dict(self.headers), body)
            self.send_response(answer.status_code)
            for name, value in answer.headers.items():
                if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.content)))
            self.end_headers()
            self.wfile.write(answer.content)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _any

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def recorder(
    mock_server: MockServer, response_checker: ResponseChecker, spec: Spec
) -> Iterator[Recorder]:
    """The mock reset to its seed, behind a recording proxy on a free loopback port."""
    httpx.post(f"{mock_server.root}/_mock/reset", timeout=10).raise_for_status()
    found = Recorder(mock_server, response_checker, spec)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(found))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base_path = mock_server.base_url.removeprefix(mock_server.root)
    found.base_url = f"http://127.0.0.1:{server.server_address[1]}{base_path}"
    yield found
    server.shutdown()
    server.server_close()
    httpx.post(f"{mock_server.root}/_mock/reset", timeout=10).raise_for_status()


@pytest.fixture(scope="module")
def samples(spec: Spec) -> dict[tuple[str, str], str]:
    return extract_samples(docs.render(spec))


def peer_values() -> dict[str, str]:
    """The variables of a reader outside the documented organisation, from the mock's seed: the
    seed's other organisation, its user, an active agent of it with an evaluated interview."""
    seed = load_seed(0)
    user = next(u for u in seed.users if u["email"] == PEER_EMAIL)
    agents = {a["id"] for a in seed.agents if a["org_id"] == PEER_ORG and a["status"] == "active"}
    interview = next(
        i
        for i in seed.interviews
        if i["agent_id"] in agents and i["status"] == "completed" and i.get("overall_decision")
    )
    return {
        "SKILLDEO_EMAIL": PEER_EMAIL,
        "SKILLDEO_ORG_ID": str(user["org_id"]),
        "SKILLDEO_USER_ID": str(user["id"]),
        "SKILLDEO_CAMPAIGN_ID": str(interview["agent_id"]),
        "SKILLDEO_INTERVIEW_ID": str(interview["id"]),
    }


def test_the_peer_reader_differs_from_every_documented_example(
    samples: dict[tuple[str, str], str],
) -> None:
    """Else the run with the peer's values could not tell a variable read from an example."""
    fallbacks: dict[str, set[str]] = {}
    for (lang, _oid), code in samples.items():
        if lang == "curl":  # ${SKILLDEO_X:-example}
            for name, example in re.findall(rf"\$\{{({ENV}_[A-Z0-9_]+):-([^}}]*)\}}", code):
                fallbacks.setdefault(name, set()).add(example)
    assert fallbacks
    for name, value in peer_values().items():
        assert value not in fallbacks.get(name, set()), name


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        if os.environ.get("CI") == "true":
            pytest.fail("node is missing")
        pytest.skip("node is not installed")
    return node


def _command(lang: str, code: str, project: Path) -> list[str]:
    """How a reader runs the sample: sh for curl, python, node for the ES modules."""
    if lang == "curl":
        return ["sh", "-c", code]
    if lang == "python":
        return [sys.executable, "-c", code]
    script = project / f"sample_{abs(hash(code))}.mjs"
    script.write_text(code, encoding="utf-8")
    return [_node(), str(script)]


def _environment(base_url: str, values: dict[str, str]) -> dict[str, str]:
    # Nothing from the caller's environment that a sample might read.
    base = {k: v for k, v in os.environ.items() if not k.startswith(f"{ENV}_")}
    return {**base, f"{ENV}_BASE_URL": base_url, **values}


@dataclass
class Reader:
    """Whose values the variables hold; `checked` says which must show up in the requests."""

    name: str
    values: dict[str, str]
    checked: bool


def _readers(base_url: str) -> list[Reader]:
    peer = peer_values()
    documented = {"SKILLDEO_EMAIL": SEED_EMAIL}  # only to sign in: ids stay the examples
    return [
        Reader(
            "peer", {**peer, "SKILLDEO_TOKEN": mock_token(base_url, PEER_EMAIL, TEST_OTP)}, True
        ),
        Reader(
            "documented",
            {**documented, "SKILLDEO_TOKEN": mock_token(base_url, SEED_EMAIL, TEST_OTP)},
            False,
        ),
    ]


def _run_all(
    lang: str, samples: dict[tuple[str, str], str], recorder: Recorder, project: Path, who: Reader
) -> None:
    """Every operation's sample in document order, each variable it reads set for `who`."""
    public = set(public_operations(recorder.spec))
    for op in recorder.spec.operations():
        oid = op.operation_id
        code = samples[(lang, oid)]
        values = {**who.values, "SKILLDEO_OTP": TEST_OTP}
        if oid in public:  # signing up needs an unused address; the token is not needed
            values.pop("SKILLDEO_TOKEN")
            if oid.startswith("signup"):
                values["SKILLDEO_EMAIL"] = f"docs.{lang}.{who.name}@newco.example"
        # What the seed cannot know (a session id) comes from the answers; the documented
        # reader leaves the rest unset, for the examples to apply.
        values.update(_from_answers(code, recorder, {*values, *peer_values(), f"{ENV}_TOKEN"}))
        unknown = set(VARIABLE.findall(code)) - {f"{ENV}_BASE_URL", f"{ENV}_TOKEN", *values}
        assert not (who.checked and unknown), f"{lang} {oid} reads {unknown}: the suite cannot set"
        before = len(recorder.calls)
        proc = subprocess.run(
            _command(lang, code, project),
            env=_environment(recorder.base_url, values),
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert proc.returncode == 0, f"{lang} {oid} failed:\n{proc.stdout}\n{proc.stderr}"
        _check_calls(lang, oid, code, recorder.calls[before:], values if who.checked else {})


def _from_answers(code: str, recorder: Recorder, known: set[str]) -> dict[str, str]:
    """Variables not `known` (a session id) from the latest answer that has the field."""
    found: dict[str, str] = {}
    for name in set(VARIABLE.findall(code)) - known - {f"{ENV}_BASE_URL"}:
        for call in reversed(recorder.calls):
            answer = call.answer if isinstance(call.answer, dict) else {}
            fields = {env_name(k): v for k, v in answer.items() if isinstance(v, str | int)}
            if name in fields:
                found[name] = str(fields[name])
                break
    return found


def _check_calls(lang: str, oid: str, code: str, calls: list[Call], values: dict[str, str]) -> None:
    """The sample called its operation and got a 2xx; every answer honoured the contract; each
    variable it reads went out with the reader's value."""
    assert not [c.problem for c in calls if c.problem], (lang, oid, calls)
    own = [c for c in calls if c.operation_id == oid]
    assert own and all(200 <= c.status < 300 for c in own), (lang, oid, calls)
    sent = "\n".join(c.request for c in calls)
    reads = set(VARIABLE.findall(code))
    if f"{ENV}_TOKEN" in reads and f"{ENV}_TOKEN" in values:  # signing in is the alternative
        reads -= {f"{ENV}_EMAIL", f"{ENV}_OTP"}
    for name in reads & set(values):
        assert values[name] in sent, f"{lang} {oid}: {name}={values[name]} not sent:\n{sent}"


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_sample_runs_against_the_mock(
    lang: str, samples: dict[tuple[str, str], str], recorder: Recorder, tmp_path: Path
) -> None:
    project = consumer_project(tmp_path, {})
    for who in _readers(recorder.mock.base_url):
        _run_all(lang, samples, recorder, project, who)


@pytest.mark.slow
def test_typescript_sdk_samples_type_check(
    spec: Spec, samples: dict[tuple[str, str], str], tmp_path: Path
) -> None:
    """The JavaScript tab: ES modules calling the TypeScript SDK, also strict TypeScript."""
    _node()
    ids = [op.operation_id for op in spec.operations()]
    project = consumer_project(tmp_path, {f"{oid}.ts": samples[("js", oid)] for oid in ids})
    checked = tsc("-p", str(project / "tsconfig.json"))
    assert checked.returncode == 0, checked.stdout + checked.stderr


def _read_until(proc: subprocess.Popen[bytes], marker: str, seconds: float = 30) -> str:
    """What the process printed up to `marker` (where it waits on stdin), unbuffered."""
    assert proc.stdout is not None
    seen = b""
    while marker.encode() not in seen:
        ready, _, _ = select.select([proc.stdout], [], [], seconds)
        assert ready, f"no {marker!r} after {seconds}s; printed {seen!r}"
        chunk = os.read(proc.stdout.fileno(), 4096)
        assert chunk, f"ended before {marker!r}; printed {seen!r}"
        seen += chunk
    return seen.decode()


def _sign_in_cases(spec: Spec) -> list[tuple[str, str]]:
    """The login's verification step in every language, and the SDK samples of the first
    operation needing a token (they sign in themselves when SKILLDEO_TOKEN is unset)."""
    login = next(p for p in analyse(spec).otp_pairs if p.helper == "login")
    cases = [(lang, login.verify.operation_id) for lang in LANGUAGES]
    return cases + [(lang, secured_operations(spec)[0]) for lang in ("python", "js")]


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "oid"), _sign_in_cases(current()))
def test_sign_in_asks_for_the_code_once_the_e_mail_is_sent(
    lang: str, oid: str, samples: dict[tuple[str, str], str], recorder: Recorder, tmp_path: Path
) -> None:
    """Without SKILLDEO_OTP (and SKILLDEO_TOKEN) a sample that sends the e-mailed code asks for
    it as a person receives it: after the start step has sent it, typed in."""
    login = next(p for p in analyse(recorder.spec).otp_pairs if p.helper == "login")
    code = samples[(lang, oid)]
    values = {"SKILLDEO_EMAIL": SEED_EMAIL}
    project = consumer_project(tmp_path, {})
    if f"{ENV}_SESSION_ID" in code:  # curl and fetch: the start step is a sample of its own
        start = samples[(lang, login.start.operation_id)]
        started = subprocess.run(
            _command(lang, start, project),
            env=_environment(recorder.base_url, values),
            capture_output=True,
            timeout=60,
            check=True,
        )
        assert started.returncode == 0
        values.update(_from_answers(code, recorder, set(values)))
    with subprocess.Popen(
        _command(lang, code, project),
        env=_environment(recorder.base_url, values),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        try:
            _read_until(proc, OTP_PROMPT)
            sent = [c.operation_id for c in recorder.calls]
            assert sent[-1:] == [login.start.operation_id], sent  # the code was e-mailed first
            out, err = proc.communicate(f"{TEST_OTP}\n".encode(), timeout=60)
        except AssertionError as exc:
            proc.kill()
            raise AssertionError(f"{exc}\n{proc.communicate()[1].decode()}") from None
    assert proc.returncode == 0, (out + err).decode()
    _check_calls(lang, oid, code, recorder.calls, values)


def test_the_sdk_samples_read_what_curl_reads(
    spec: Spec, samples: dict[tuple[str, str], str]
) -> None:
    """No SDK sample sends an id as a literal where curl reads a variable (the Python tab once
    sent org_id=88 to everyone): Python and JavaScript read every variable curl does, but the
    session id, which they take from the start step they run themselves."""
    for op in spec.operations():
        oid = op.operation_id
        names = {lang: set(VARIABLE.findall(samples[(lang, oid)])) for lang in LANGUAGES}
        wire = names["curl"] - {f"{ENV}_SESSION_ID"}
        for lang in ("python", "js", "fetch"):
            assert wire <= names[lang], (oid, lang, wire - names[lang])


@pytest.mark.slow
def test_python_samples_pass_pyright_strict(
    samples: dict[tuple[str, str], str], tmp_path: Path
) -> None:
    """The build type-checks them with mypy; pyright, as a reader's editor would, agrees."""
    pyright = ROOT / "node_modules" / ".bin" / "pyright"
    if not pyright.exists():
        pytest.fail("node_modules/.bin/pyright is missing: run scripts/setup")
    python = {oid: code for (lang, oid), code in samples.items() if lang == "python"}
    assert python
    for i, code in enumerate(python.values()):
        (tmp_path / f"sample_{i}.py").write_text(code, encoding="utf-8")
    package = python_sdk.package_name()  # beside the samples: checked by its own tests
    shutil.copytree(GENERATED / "python" / package, tmp_path / package)
    config = {"typeCheckingMode": "strict", "pythonVersion": "3.11", "exclude": [package]}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    run = subprocess.run(
        [str(pyright), "--pythonpath", sys.executable],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0 and "0 errors" in run.stdout, run.stdout + run.stderr
