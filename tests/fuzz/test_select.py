"""Which operations `skilldeo-api fuzz` may call: safety, --include and --exclude; no traffic."""

from __future__ import annotations

import pytest

from generator.core.spec import Spec
from generator.fuzz.engine import plan
from generator.fuzz.select import WRITE_OPERATIONS, SelectionError, is_loopback, secured, select

ALL = (
    "signupOTP",
    "signupVerify",
    "loginOTP",
    "loginVerify",
    "campaignList",
    "campaignDetails",
    "campaignLink",
    "interviewInvite",
    "interviewList",
    "interviewResult",
)
LIVE = "https://api.skilldeo.com/api/v1"
AUTH_API = ("signupOTP", "signupVerify", "loginOTP", "loginVerify")


@pytest.mark.parametrize(
    ("url", "loopback"),
    [
        ("http://127.0.0.1:4010/api/v1", True),
        ("http://127.5.6.7/api/v1", True),
        ("http://localhost:8000", True),
        ("http://[::1]:4010/api/v1", True),
        (LIVE, False),
        ("http://10.0.0.5:4010/api/v1", False),
        ("http://localhost.example.com/api/v1", False),
    ],
)
def test_is_loopback(url: str, loopback: bool) -> None:
    assert is_loopback(url) is loopback


def test_loopback_server_gets_every_operation(spec: Spec) -> None:
    chosen = select(
        spec, "http://127.0.0.1:4010/api/v1", allow_writes=False, include=[], exclude=[]
    )
    assert chosen.operation_ids == ALL
    assert chosen.withheld == ()


def test_live_server_leaves_out_writes_and_emails(spec: Spec) -> None:
    chosen = select(spec, LIVE, allow_writes=False, include=[], exclude=[])
    assert set(chosen.withheld) == set(WRITE_OPERATIONS)
    assert chosen.operation_ids == tuple(op for op in ALL if op not in WRITE_OPERATIONS)


def test_allow_writes_lets_them_back_in(spec: Spec) -> None:
    chosen = select(spec, LIVE, allow_writes=True, include=[], exclude=[])
    assert chosen.operation_ids == ALL
    assert chosen.withheld == ()


def test_include_by_tag_and_exclude_by_operation_id(spec: Spec) -> None:
    chosen = select(
        spec,
        LIVE,
        allow_writes=False,
        include=["Agent API", "interviewInvite"],
        exclude=["campaignLink"],
    )
    assert chosen.operation_ids == ("campaignList", "campaignDetails")
    assert chosen.withheld == ("interviewInvite",)


def test_unknown_name_is_an_error_listing_the_known_ones(spec: Spec) -> None:
    with pytest.raises(
        SelectionError, match=r"--exclude nope: not an operationId or tag \(known: .*campaignList"
    ):
        select(spec, LIVE, allow_writes=False, include=[], exclude=["nope"])


def test_nothing_left_explains_the_safety_rule(spec: Spec) -> None:
    with pytest.raises(SelectionError, match=r"no operation left to fuzz.*--allow-writes"):
        select(spec, LIVE, allow_writes=False, include=["signupOTP"], exclude=[])


def test_secured_operations_are_the_svc_ones(spec: Spec) -> None:
    assert secured(spec, ALL) == [op for op in ALL if op not in AUTH_API]
    assert secured(spec, AUTH_API) == []


def test_stateful_runs_apart_from_the_otp_operations() -> None:
    # Their links need an e-mailed code; left in, every stateful scenario would stop there.
    assert plan(ALL) == [
        (["examples", "coverage", "fuzzing"], ALL),
        (["stateful"], tuple(op for op in ALL if op not in AUTH_API)),
    ]
    assert plan(AUTH_API) == [(["examples", "coverage", "fuzzing", "stateful"], AUTH_API)]
