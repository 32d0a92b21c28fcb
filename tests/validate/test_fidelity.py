"""Fidelity: every JSON sample of the published documentation validates against the spec.

The samples are committed test data, tests/data/doc_samples.json, extracted from the
documentation by scripts/extract_doc_samples.py (rerun it when the documentation changes): for
each operation, the request body of its curl, Python and JavaScript samples (they differ), the
query string of the GET samples, and the 200 response, each with the method, path and line it
comes from. Operations are found in the spec by method and path, so a renamed operationId still
meets its samples. Then the obvious wrong shapes must be rejected.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.core.paths import SPEC
from generator.core.spec import Spec, load
from generator.validate.base import join, resolve, resolved_pointer
from generator.validate.examples import SchemaChecker
from tests.support.contract import current, request_field

DATA = Path(__file__).resolve().parent.parent / "data" / "doc_samples.json"
JSON_MEDIA = "application/json"


@dataclass(frozen=True)
class Sample:
    operation_id: str
    kind: str  # request, query or response
    source: str  # curl, python or js; "" for the one documented response
    line: int  # in the documentation
    value: Any

    @property
    def id(self) -> str:
        return "-".join(filter(None, (self.operation_id, self.kind, self.source)))


def read_samples(spec: Spec, path: Path = DATA) -> list[Sample]:
    """The committed samples, each tied to the spec's operation at its method and path."""
    by_route = {(op.method, op.path): op.operation_id for op in spec.operations()}
    raw = json.loads(path.read_text(encoding="utf-8"))["samples"]
    return [
        Sample(by_route[(s["method"], s["path"])], s["kind"], s["source"], s["line"], s["value"])
        for s in raw
    ]


SAMPLES = read_samples(load(SPEC))
TOP_MAX = request_field(current(), "interviewList", "top")["maximum"]


def test_every_documented_operation_has_its_samples() -> None:
    """Each operation the documentation shows: one response, and its request in all three
    languages (a body, or a query string for GET), so none was lost in extraction."""
    by_operation: dict[str, list[Sample]] = {}
    for sample in SAMPLES:
        by_operation.setdefault(sample.operation_id, []).append(sample)
    for operation_id, samples in by_operation.items():
        kinds = sorted((s.kind, s.source) for s in samples)
        sent = {kind for kind, source in kinds if source}
        assert len(sent) == 1, (operation_id, kinds)
        (kind,) = sent
        expected = sorted([(kind, "curl"), (kind, "js"), (kind, "python"), ("response", "")])
        assert kinds == expected, operation_id
    assert len({sample.id for sample in SAMPLES}) == len(SAMPLES)
    assert "[email protected]" not in json.dumps([sample.value for sample in SAMPLES])


def test_the_samples_differ_between_languages() -> None:
    """The curl, Python and JavaScript samples are not copies: each must be checked."""
    bodies: dict[str, dict[str, Any]] = {}
    for s in SAMPLES:
        if s.kind == "request":
            bodies.setdefault(s.operation_id, {})[s.source] = s.value
    differing = [op for op, by in bodies.items() if len({json.dumps(v) for v in by.values()}) == 3]
    assert differing, "no operation shows three different request bodies"


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
    "top-too-big": ("interviewList", {"top": TOP_MAX + 1}, "top"),
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
