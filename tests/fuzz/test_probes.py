"""The probes' parts, without a fuzz run: forged tokens and their shell twins, near-miss values,
paging offsets, reproductions without secrets, the write guard, the options' usage errors, and
--otp-command through the shell. `test_defects.py` proves each probe catches its bug end to end.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

from generator.core.spec import Spec
from generator.fuzz.auth import MOCK_EMAIL, Credentials, code_from_command
from generator.fuzz.files import reproduction
from generator.fuzz.options import FuzzOptions
from generator.fuzz.probes import NAMES, otp, shapes, tokens
from generator.fuzz.probes.base import Context, failed
from generator.fuzz.probes.identity import Identity
from generator.fuzz.probes.nearmiss import near_misses
from generator.fuzz.probes.paging import offsets
from generator.fuzz.probes.wire import Exchange, Request, Secret, Wire, curl
from generator.fuzz.report import Tally
from tests.fuzz.invoke import fuzz
from tests.support.contract import largest_page, operation_ids, secured_operations
from tests.support.servers import MockServer

KEY = "a-test-signing-key-of-32-bytes!!"
TOKEN = jwt.encode({"sub": "7", "org": 3, "iat": 1, "exp": 2}, KEY, algorithm="HS256")


def shell(line: str, token: str) -> str:
    """Run a reproduction's shell line with $SKILLDEO_TOKEN set; python3 is the venv's."""
    env = {**os.environ, "SKILLDEO_TOKEN": token}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    done = subprocess.run(line, shell=True, env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


FORGERIES: list[tuple[Callable[[str], str], str]] = [
    (tokens.flip_signature, tokens.shell_flip()),
    (tokens.alg_none, tokens.shell_none()),
    (tokens.resign("secret"), tokens.shell_resign("secret")),
    (tokens.swap_claims("2001", 99), tokens.shell_swap("2001", 99)),
]


@pytest.mark.parametrize(("forge", "line"), FORGERIES)
def test_each_forgery_breaks_the_signature_and_its_shell_line_rebuilds_it(
    forge: Callable[[str], str], line: str
) -> None:
    forged = forge(TOKEN)
    assert forged != TOKEN
    with pytest.raises(jwt.InvalidTokenError):
        jwt.decode(forged, KEY, algorithms=["HS256"])
    assert shell(line, TOKEN) == forged


def test_a_swapped_token_carries_the_new_claims_and_the_old_signature() -> None:
    forged = tokens.swap_claims("2001", 99)(TOKEN)
    claims = jwt.decode(forged, options={"verify_signature": False})
    assert (claims["sub"], claims["org"]) == ("2001", 99)
    assert forged.rsplit(".", 1)[1] == TOKEN.rsplit(".", 1)[1]


def test_near_misses_sit_just_outside_each_rule(spec: Spec) -> None:
    top = shapes.properties(spec, shapes.body_schema(spec, spec.operation("campaignList")))["top"]
    most = largest_page(spec, "campaignList")
    assert {top["minimum"] - 1, most + 1} <= set(near_misses(spec, top, 10))
    email = {"type": "string", "format": "email"}
    assert "a..b@example.com" in near_misses(spec, email, "a@example.com")
    listed = {"type": "array", "items": email, "minItems": 1, "maxItems": 3}
    found = near_misses(spec, listed, ["a@example.com"])
    assert [] in found and any(len(v) == 4 and len(set(v)) == 4 for v in found)
    assert ["a..b@example.com"] in found
    assert near_misses(spec, {"type": "string", "enum": ["a"]}, "a") == []


def test_paging_offsets_reach_past_the_end_and_unaligned_onto_the_last_page() -> None:
    found = offsets(43, 10)
    assert {42, 43, 44} <= set(found)
    unaligned = [s for s in found if s % 10 and s < 42]
    assert unaligned and all(s + 10 >= 43 for s in unaligned)
    assert offsets(0, 10) == [0, 1]


def test_every_paged_list_of_the_spec_is_found(spec: Spec) -> None:
    paged = [op for op in operation_ids(spec) if shapes.paging(spec, spec.operation(op))]
    assert paged and set(paged) <= set(secured_operations(spec))
    for op in paged:
        found = shapes.paging(spec, spec.operation(op))
        assert found is not None and found.max_top == largest_page(spec, op)


def test_ids_come_from_the_links(spec: Spec) -> None:
    kinds = {source.kind for source in shapes.id_sources(spec)}
    taking = {
        shapes.kind(name) for op in spec.operations() for _, name in shapes.id_fields(spec, op)
    }
    assert kinds and kinds <= taking
    assert all(kind.endswith("_id") for kind in kinds)


def _exchange(request: Request) -> Exchange:
    return Exchange(request, "http://127.0.0.1:1/api/v1/auth/loginVerify", 200, {}, 0.0)


def test_reproductions_name_secrets_as_variables_never_values(spec: Spec) -> None:
    code, secret_token = "913370", "eyJsecret.token.value"
    request = Request(
        spec.operation("loginVerify"),
        body={"email": "a@example.com", "session_id": "s", "verification_code": code},
        token=Secret("SKILLDEO_TAMPERED_TOKEN", secret_token, tokens.shell_flip()),
        secret_fields={"verification_code": Secret(otp.CODE_VAR, code)},
    )
    line = curl(_exchange(request))
    assert code not in line and secret_token not in line
    assert '"$SKILLDEO_OTP_CODE"' in line and "$SKILLDEO_TAMPERED_TOKEN" in line
    tally = Tally()
    outcome = failed(otp.CHECK, _exchange(request), "a used code was accepted again")
    tally.add_outcome(outcome)
    script = reproduction(next(iter(tally.failures.values())))
    assert ': "${SKILLDEO_OTP_CODE:?' in script and ': "${SKILLDEO_TOKEN:?' in script
    assert "SKILLDEO_TAMPERED_TOKEN:?" not in script  # derived in the script itself


def _context(spec: Spec, selected: tuple[str, ...], handler: Callable[..., Any]) -> Context:
    client = httpx.Client(transport=httpx.MockTransport(handler))
    me = Identity("primary", Secret("SKILLDEO_TOKEN", TOKEN))
    return Context(spec, Wire("https://api.example.com/api/v1", client), selected, me, None)


def test_otp_abuse_sends_nothing_where_the_write_guard_left_the_otp_operations_out(
    spec: Spec,
) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"the probe sent {request.method} {request.url}")

    selected = tuple(op for op in operation_ids(spec) if op not in ("loginOTP", "signupOTP"))
    ctx = _context(spec, selected, refuse)
    ctx.creds = Credentials(email="qa@example.com")
    outcomes = list(otp.abuse(ctx))
    assert [o.passed for o in outcomes] == [None]
    assert "--allow-writes" in outcomes[0].title


def test_the_wrong_tries_limit_is_read_from_the_spec(spec: Spec) -> None:
    ctx = _context(spec, (), lambda request: httpx.Response(500))
    limit = otp.wrong_limit(ctx)
    assert limit is not None and str(limit) in spec.operation("loginVerify").data["description"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--include-check", "tenant_isolaton"], "no such check"),
        (["--exclude-check", "nope"], "no such check"),
        (["--peer-token", "t", "--peer-email", "a@example.com"], "exclude each other"),
        (["--peer-otp-command", "echo 1"], "--peer-otp-command needs --peer-email"),
        (["--max-response-time", "0"], "--max-response-time"),
    ],
)
def test_bad_probe_options_are_usage_errors(args: list[str], message: str) -> None:
    code, output = fuzz(*args)
    assert code == 2, output
    assert message in " ".join(output.split()), output


def test_every_probe_is_a_known_check() -> None:
    from generator.fuzz.engine import known_checks

    assert set(NAMES) <= set(known_checks())
    assert "max_response_time" in known_checks()


def test_otp_command_runs_through_the_shell(tmp_path: Path) -> None:
    email = "qa@example.com"
    (tmp_path / email).write_text("000111\n", encoding="utf-8")
    command = f"cat {tmp_path}/$SKILLDEO_EMAIL | tr 0 4"
    assert code_from_command(command, email, "session-1") == "444111"


def test_a_peer_that_cannot_sign_in_stops_the_run_before_fuzzing(mock_server: MockServer) -> None:
    code, output = fuzz(
        "--base-url",
        mock_server.base_url,
        "--email",
        MOCK_EMAIL,
        "--peer-email",
        "nobody.at.all@example.com",
    )
    assert code == 2, output
    assert "login of the peer failed" in " ".join(output.split()), output
    assert "examples" not in output  # no phase ran


def test_include_and_exclude_check_switch_schemathesis_checks_and_probes() -> None:
    from generator.fuzz.engine import build_config, enabled_probes, schemathesis_checks

    only_ours = FuzzOptions(include_check=["tenant_isolation", "paging_walk"])
    assert enabled_probes(only_ours) == {"tenant_isolation", "paging_walk"}
    assert schemathesis_checks(only_ours.include_check) == []  # no phase of schemathesis' runs
    mixed = FuzzOptions(include_check=["not_a_server_error", "otp_abuse"])
    assert enabled_probes(mixed) == {"otp_abuse"}
    checks = build_config(mixed).projects.override.checks
    assert checks.get_by_name(name="not_a_server_error").enabled
    assert not checks.get_by_name(name="response_schema_conformance").enabled
    left_out = FuzzOptions(exclude_check=["near_miss_rejection", "envelope_message"])
    assert enabled_probes(left_out) == set(NAMES) - {"near_miss_rejection"}
    checks = build_config(left_out).projects.override.checks
    assert not checks.get_by_name(name="envelope_message").enabled
    assert checks.get_by_name(name="not_a_server_error").enabled


def test_max_response_time_has_a_default_and_an_option() -> None:
    from generator.fuzz.engine import build_config

    # schemathesis.toml's limit, which plain `st run` reads too; the option goes on top of it.
    default = build_config(FuzzOptions()).projects.get_default().checks.max_response_time
    assert default.enabled and default.limit is not None and default.limit >= 1.0
    given = build_config(FuzzOptions(max_response_time=250)).projects.override.checks
    assert given.max_response_time.limit == 0.25


class FakeOtpServer:
    """A sign-in server in memory: `strict` refuses what the spec refuses, else it accepts any
    verification (the bugs otp_abuse looks for, all at once)."""

    def __init__(self, strict: bool, limit: int) -> None:
        self.strict, self.limit = strict, limit
        self.sessions: dict[str, dict[str, Any]] = {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content or b"{}")
        path = request.url.path.rsplit("/", 1)[1]
        if path in ("loginOTP", "signupOTP"):
            sid = f"s{len(self.sessions)}"
            self.sessions[sid] = {"email": body["email"], "purpose": path, "used": 0, "wrong": 0}
            return httpx.Response(200, json={"session_id": sid})
        session = self.sessions.get(body.get("session_id", ""))
        ok = session is not None and self._fine(session, body)
        return httpx.Response(200 if ok else 400, json={"message": "ok" if ok else "refused"})

    def _fine(self, session: dict[str, Any], body: dict[str, Any]) -> bool:
        if not self.strict:
            return True
        if body["verification_code"] != CODE:
            session["wrong"] += 1
            return False
        fine = session["used"] == 0 and session["wrong"] < self.limit
        fine = fine and session["email"] == body["email"] and session["purpose"] == "loginOTP"
        session["used"] += 1
        return bool(fine)


CODE = "123456"


@pytest.mark.parametrize("strict", [True, False])
def test_otp_abuse_judges_each_case(spec: Spec, strict: bool) -> None:
    probe_ctx = _context(spec, operation_ids(spec), lambda request: httpx.Response(500))
    limit = otp.wrong_limit(probe_ctx)
    assert limit is not None
    ctx = _context(spec, operation_ids(spec), FakeOtpServer(strict, limit))
    ctx.creds = Credentials(email="qa@example.com", otp_command=f"echo {CODE}")
    outcomes = list(otp.abuse(ctx))
    assert len(outcomes) == 4  # reuse, wrong tries, another address, a signup code
    assert all(o.passed is strict for o in outcomes), outcomes
    if not strict:
        titles = " ".join(o.title for o in outcomes)
        for words in ("used code", "wrong code", "another address", "signup code"):
            assert words in titles, titles


def test_otp_abuse_finds_a_code_that_survives_the_wrong_tries(spec: Spec) -> None:
    ctx = _context(spec, operation_ids(spec), FakeOtpServer(strict=True, limit=10**6))
    ctx.creds = Credentials(email="qa@example.com", otp_command=f"echo {CODE}")
    failing = [o.title for o in otp.abuse(ctx) if o.passed is False]
    assert failing == [f"the right code still worked after {otp.wrong_limit(ctx)} wrong tries"]


def test_a_secret_never_shows_its_value() -> None:
    secret = Secret("SKILLDEO_TOKEN", "not-for-logs", "derive-it")
    assert "not-for-logs" not in repr(secret)
