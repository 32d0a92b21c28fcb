"""The probes' context: the identities signed in, the ids they see, the expired token."""

from __future__ import annotations

import httpx
import jwt

from generator.core.spec import Spec
from generator.fuzz.auth import AuthFailed, Credentials, login_answer, root_of
from generator.fuzz.options import FuzzError, FuzzOptions
from generator.fuzz.probes.base import Context
from generator.fuzz.probes.identity import Identity, collect, own_ids
from generator.fuzz.probes.wire import Secret, Wire
from skilldeo_mock.launch import SEED_PEER_EMAIL

PRIMARY_VAR, PEER_VAR = "SKILLDEO_TOKEN", "SKILLDEO_PEER_TOKEN"


def peer_credentials(options: FuzzOptions, bundled: bool) -> Credentials | None:
    """The second identity: --peer-token, --peer-email (+ --peer-otp-command), or on the
    bundled mock the first seed user of its second organisation."""
    if options.peer_token and options.peer_email:
        raise FuzzError("--peer-token and --peer-email exclude each other")
    if options.peer_otp_command and not options.peer_email:
        raise FuzzError("--peer-otp-command needs --peer-email (the address the code is sent to)")
    if options.peer_token:
        return Credentials(token=options.peer_token)
    if options.peer_email:
        return Credentials(email=options.peer_email, otp_command=options.peer_otp_command)
    return Credentials(email=SEED_PEER_EMAIL) if bundled else None


def _identity(
    spec: Spec, wire: Wire, name: str, variable: str, creds: Credentials, selected: tuple[str, ...]
) -> Identity:
    try:
        answer = login_answer(wire.base_url, creds, wire.client)
    except AuthFailed as exc:
        raise FuzzError(
            f"login of the {name} identity failed ({creds.describe()}): {exc}"
        ) from None
    who = Identity(name, Secret(variable, str(answer["token"])), own_ids(spec, answer))
    who.email = creds.email
    collect(spec, wire, who, selected)
    return who


def mint_expired(wire: Wire, creds: Credentials) -> str | None:
    """A token of `creds` that has expired: signed in now, then the bundled mock's clock moved
    past its `exp` (POST /_mock/clock). None when the token carries no `iat`/`exp`."""
    try:
        token = str(login_answer(wire.base_url, creds, wire.client)["token"])
    except AuthFailed:
        return None
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
        lifetime = int(claims["exp"]) - int(claims["iat"])
    except (jwt.PyJWTError, KeyError, TypeError, ValueError):
        return None
    moved = wire.client.post(
        f"{root_of(wire.base_url)}/_mock/clock", json={"advance_seconds": lifetime + 1}
    )
    return token if moved.status_code == 200 else None


def prepare(
    spec: Spec,
    base_url: str,
    client: httpx.Client,
    options: FuzzOptions,
    creds: Credentials,
    *,
    selected: tuple[str, ...],
    bundled: bool,
) -> Context:
    wire = Wire(base_url, client)
    primary = _identity(spec, wire, "primary", PRIMARY_VAR, creds, selected)
    peer_creds = peer_credentials(options, bundled)
    peer = None
    if peer_creds is not None:
        peer = _identity(spec, wire, "peer", PEER_VAR, peer_creds, selected)
    ctx = Context(spec, wire, selected, primary, creds, peer, peer_creds)
    if options.expired_token:
        expired = options.expired_token
        ctx.expired_token = lambda: expired
    elif bundled and creds.email:
        ctx.expired_token = lambda: mint_expired(wire, creds)
    return ctx
