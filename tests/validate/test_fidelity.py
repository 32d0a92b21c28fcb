"""Fidelity: every JSON sample of the published documentation validates against the spec.

The samples are read from the documentation itself (the seed file beside the clone), so a change
on either side shows up here: for each operation, the request body of its curl, Python and
JavaScript samples (they differ), the query string of the GET samples, and the 200 response. The
page's e-mail protection scrubbed every address to "[email protected]"; each one is replaced by
a distinct valid address. Then the obvious wrong shapes must be rejected.
"""

from __future__ import annotations

import ast
import itertools
import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import pytest

from generator.core.paths import ROOT, SPEC
from generator.core.spec import Spec, load
from generator.validate.base import join, resolve, resolved_pointer
from generator.validate.examples import SchemaChecker

SEED = ROOT.parent / "shared" / "seed" / "000_bbd534c0cfbc9edb.txt"
SCRUBBED = "[email protected]"
URL = re.compile(r"https://api\.skilldeo\.com/api/v1(/[^\s\"'?]+)(?:\?([^\s\"']*))?")
PYTHON_DICT = re.compile(r"(?:json=|payload = |params=)(?=\{)")
JS_KEY = re.compile(r"([{,]\s*)([A-Za-z_$][\w$]*)\s*:")
JSON_MEDIA = "application/json"


@dataclass(frozen=True)
class Sample:
    operation_id: str
    kind: str  # request, query or response
    source: str  # curl, python or js; "" for the one documented response
    value: Any

    @property
    def id(self) -> str:
        return "-".join(filter(None, (self.operation_id, self.kind, self.source)))


def balanced(text: str, start: int) -> str:
    """The {...} that opens at text[start], strings taken into account."""
    depth, quote = 0, ""
    for i in range(start, len(text)):
        char = text[i]
        if quote:
            if char == "\\":
                continue
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return text[start : i + 1]
    raise ValueError(f"unbalanced braces from: {text[start : start + 60]!r}")


def js_object(text: str) -> Any:
    """A JavaScript object literal with bare keys, as JSON."""
    return json.loads(JS_KEY.sub(r'\1"\2":', text))


def unscrubbed(text: str) -> str:
    counter = itertools.count(1)
    return re.sub(re.escape(SCRUBBED), lambda _: f"person{next(counter)}@example.com", text)


def read_samples(spec: Spec) -> list[Sample]:
    by_path = {op.path: op.operation_id for op in spec.operations()}
    lines = unscrubbed(SEED.read_text(encoding="utf-8")).splitlines()
    curls = [i for i, line in enumerate(lines) if line.startswith("curl ")]
    samples: list[Sample] = []
    for n, start in enumerate(curls):
        end = curls[n + 1] if n + 1 < len(curls) else len(lines)
        js = next(i for i in range(start, end) if lines[i].startswith("const "))
        match = URL.search(lines[start])
        assert match, lines[start]
        op_id = by_path[match.group(1)]
        python = "\n".join(lines[start + 1 : js])
        samples += _requests(op_id, lines[start], python, lines[js])
        first = next(i for i in range(js + 1, end) if lines[i] == "{")
        text = "\n".join(lines[first:end])
        samples.append(Sample(op_id, "response", "", json.loads(balanced(text, 0))))
    return samples


def _requests(op_id: str, curl: str, python: str, js: str) -> list[Sample]:
    """The request body, or the query string, of the curl, Python and JavaScript samples."""
    found = []
    query = URL.search(curl)
    if query and query.group(2):
        found.append(Sample(op_id, "query", "curl", dict(parse_qsl(query.group(2)))))
    body = re.search(r"-d '(\{.*?\})'", curl)
    if body:
        found.append(Sample(op_id, "request", "curl", json.loads(body.group(1))))
    at = PYTHON_DICT.search(python)
    if at:
        kind = "query" if at.group(0) == "params=" else "request"
        value = ast.literal_eval(balanced(python, at.end()))
        found.append(Sample(op_id, kind, "python", value))
    query = URL.search(js)
    if query and query.group(2):
        found.append(Sample(op_id, "query", "js", dict(parse_qsl(query.group(2)))))
    stringify = js.find("JSON.stringify(")
    if stringify >= 0:
        start = js.index("{", stringify)
        found.append(Sample(op_id, "request", "js", js_object(balanced(js, start))))
    return found


SAMPLES = read_samples(load(SPEC))


def test_every_sample_was_found() -> None:
    """7 POST operations x 3 bodies, 3 GET operations x 3 query strings, 10 responses."""
    kinds = [sample.kind for sample in SAMPLES]
    assert (kinds.count("request"), kinds.count("query"), kinds.count("response")) == (21, 9, 10)
    assert len({sample.id for sample in SAMPLES}) == len(SAMPLES) == 40
    assert SCRUBBED not in json.dumps([sample.value for sample in SAMPLES])


def test_the_samples_differ_between_languages() -> None:
    """The curl, Python and JavaScript samples are not copies: each must be checked."""
    bodies = {s.source: s.value for s in SAMPLES if s.id.startswith("signupVerify-request")}
    assert bodies["curl"] != bodies["python"] != bodies["js"] != bodies["curl"]


@pytest.fixture(scope="module")
def checker(spec: Spec) -> SchemaChecker:
    return SchemaChecker(spec)


def body_schema(spec: Spec, operation_id: str) -> str:
    op = spec.operation(operation_id)
    return join(op.pointer, "requestBody", "content", JSON_MEDIA, "schema")


def response_schema(spec: Spec, operation_id: str) -> str:
    op = spec.operation(operation_id)
    return join(op.pointer, "responses", "200", "content", JSON_MEDIA, "schema")


def query_errors(checker: SchemaChecker, operation_id: str, query: dict[str, Any]) -> list[str]:
    """How a query string breaks the operation's parameters. A query value is text, so an
    integer parameter parses it first, as a server would (form style)."""
    spec = checker.spec
    op = spec.operation(operation_id)
    params: dict[str, tuple[dict[str, Any], str]] = {}
    for i in range(len(op.data.get("parameters", []))):
        where = resolved_pointer(spec, join(op.pointer, "parameters", i))
        param = spec.get(where)
        if param["in"] == "query":
            params[param["name"]] = (param, join(where, "schema"))
    errors = [f"unknown parameter {name}" for name in query if name not in params]
    errors += [
        f"missing {n}" for n, (p, _) in params.items() if p.get("required") and n not in query
    ]
    for name, value in query.items():
        if name not in params:
            continue
        param, schema = params[name]
        if isinstance(value, str) and resolve(spec, param["schema"]).get("type") == "integer":
            value = int(value) if re.fullmatch(r"-?[0-9]+", value) else value
        errors += [f"{name}: {message}" for _, message in checker.errors(schema, value)]
    return errors


@pytest.mark.parametrize("sample", SAMPLES, ids=[sample.id for sample in SAMPLES])
def test_documented_sample_matches_the_spec(
    sample: Sample, spec: Spec, checker: SchemaChecker
) -> None:
    if sample.kind == "query":
        assert query_errors(checker, sample.operation_id, sample.value) == []
        return
    if sample.kind == "request":
        schema = body_schema(spec, sample.operation_id)
    else:
        schema = response_schema(spec, sample.operation_id)
    assert checker.errors(schema, sample.value) == []


def documented(kind: str, operation_id: str, source: str = "curl") -> dict[str, Any]:
    for sample in SAMPLES:
        if (sample.operation_id, sample.kind, sample.source) == (operation_id, kind, source):
            return dict(sample.value)
    raise KeyError((operation_id, kind, source))


WRONG_BODIES: dict[str, tuple[str, dict[str, Any], str]] = {
    "missing-required-email": ("loginVerify", {"email": None}, "email"),
    "string-for-int32": ("campaignList", {"org_id": "88"}, "org_id"),
    "int32-out-of-range": ("interviewInvite", {"user_id": 2**31}, "user_id"),
    "negative-id": ("interviewInvite", {"campaign_id": 0}, "campaign_id"),
    "bad-email": ("loginOTP", {"email": "jane.doe at acme"}, "email"),
    "bad-email-in-list": ("interviewInvite", {"emails": ["ok@example.com", "nope"]}, "emails"),
    "empty-invite-list": ("interviewInvite", {"emails": []}, "emails"),
    "short-otp": ("loginVerify", {"verification_code": "12345"}, "verification_code"),
    "letters-in-otp": ("signupVerify", {"verification_code": "12a456"}, "verification_code"),
    "top-zero": ("campaignList", {"top": 0}, "top"),
    "top-too-big": ("interviewList", {"top": 101}, "top"),
    "negative-skip": ("interviewList", {"skip": -1}, "skip"),
    "unknown-agent-status": ("campaignList", {"status": "paused"}, "status"),
}


@pytest.mark.parametrize("case", WRONG_BODIES, ids=list(WRONG_BODIES))
def test_wrong_request_body_is_rejected(case: str, spec: Spec, checker: SchemaChecker) -> None:
    operation_id, change, field = WRONG_BODIES[case]
    body = documented("request", operation_id)
    assert checker.errors(body_schema(spec, operation_id), body) == []
    body.update(change)
    body = {key: value for key, value in body.items() if value is not None}
    errors = checker.errors(body_schema(spec, operation_id), body)
    assert errors, f"{case} was accepted: {body}"
    where = {pointer.split("/")[1] if pointer else "" for pointer, _ in errors}
    assert where <= {field, ""}
    assert field in where or any(field in message for _, message in errors)


@pytest.mark.parametrize(
    ("operation_id", "query", "expected"),
    [
        ("campaignDetails", {"campaignId": "22554"}, "missing userId"),
        ("campaignDetails", {"campaignId": "abc", "userId": "1042"}, 'campaignId: "abc"'),
        ("campaignLink", {"campaignId": "0"}, "campaignId: 0 is less than the minimum of 1"),
        ("interviewResult", {"interviewId": "2147483648"}, "interviewId: 2147483648 is greater"),
        ("interviewResult", {"interviewId": "5012", "userId": "1"}, "unknown parameter userId"),
    ],
    ids=["missing-required", "not-an-int", "zero-id", "int32-out-of-range", "unknown-name"],
)
def test_wrong_query_is_rejected(
    operation_id: str, query: dict[str, str], expected: str, checker: SchemaChecker
) -> None:
    errors = query_errors(checker, operation_id, query)
    assert any(error.startswith(expected) for error in errors), errors


def test_wrong_response_is_rejected(spec: Spec, checker: SchemaChecker) -> None:
    response = documented("response", "interviewResult", "")
    schema = response_schema(spec, "interviewResult")
    assert checker.errors(schema, response) == []
    response["records"] = {**response["records"], "overall_decision": "maybe"}
    response["status_code"] = "200"
    found = sorted(checker.errors(schema, response))
    assert [pointer for pointer, _ in found] == ["/records/overall_decision", "/status_code"]
