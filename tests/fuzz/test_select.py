"""Which operations `skilldeo-api fuzz` may call: safety, --include and --exclude; no traffic.

The operations, tags and token-free operations are read from the spec, never copied from it.
"""

from __future__ import annotations

import pytest

from generator.core.spec import Spec
from generator.fuzz.engine import OTP_OPERATIONS, plan
from generator.fuzz.select import WRITE_OPERATIONS, SelectionError, is_loopback, secured, select
from tests.support.contract import (
    current,
    first_tag,
    operation_ids,
    public_operations,
    secured_operations,
    tagged,
)

ALL = operation_ids(current())
LIVE = "https://api.skilldeo.com/api/v1"


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
    # A tag with two operations that are not writes; one of them excluded by name, and a write
    # of another tag included by name (withheld, as the server is live).
    tag = next(
        first_tag(op)
        for op in spec.operations()
        if len([o for o in tagged(spec, first_tag(op)) if o not in WRITE_OPERATIONS]) >= 2
    )
    reads = [o for o in tagged(spec, tag) if o not in WRITE_OPERATIONS]
    write = next(o for o in ALL if o in WRITE_OPERATIONS and o not in tagged(spec, tag))
    chosen = select(spec, LIVE, allow_writes=False, include=[tag, write], exclude=[reads[-1]])
    assert chosen.operation_ids == tuple(reads[:-1])
    assert chosen.withheld == (write,)


def test_unknown_name_is_an_error_listing_the_known_ones(spec: Spec) -> None:
    with pytest.raises(
        SelectionError, match=rf"--exclude nope: not an operationId or tag \(known: .*{ALL[-1]}"
    ):
        select(spec, LIVE, allow_writes=False, include=[], exclude=["nope"])


def test_nothing_left_explains_the_safety_rule(spec: Spec) -> None:
    write = next(op for op in ALL if op in WRITE_OPERATIONS)
    with pytest.raises(SelectionError, match=r"no operation left to fuzz.*--allow-writes"):
        select(spec, LIVE, allow_writes=False, include=[write], exclude=[])


def test_secured_operations_are_those_with_a_security_requirement(spec: Spec) -> None:
    assert secured(spec, ALL) == list(secured_operations(spec))
    assert secured(spec, public_operations(spec)) == []


def test_stateful_runs_apart_from_the_otp_operations() -> None:
    # Their links need an e-mailed code; left in, every stateful scenario would stop there.
    otp = tuple(op for op in ALL if op in OTP_OPERATIONS)
    assert plan(ALL) == [
        (["examples", "coverage", "fuzzing"], ALL),
        (["stateful"], tuple(op for op in ALL if op not in OTP_OPERATIONS)),
    ]
    assert plan(otp) == [(["examples", "coverage", "fuzzing", "stateful"], otp)]
