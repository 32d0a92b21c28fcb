"""`token_tampering` and `expired_token`: forged and stale tokens must get 401 everywhere.

From the real token: one signature byte flipped, `alg: none`, the claims re-signed with a few
keys people leave in place, and the subject and organisation changed (to the peer's where there
is one) with the original signature. Every secured operation must answer each with 401, while
the real token gets past authentication on the same request (else nothing can be judged). The
reproductions rebuild each forged token from `$SKILLDEO_TOKEN` with a line of Python.
"""

from __future__ import annotations

import base64
import json
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import jwt

from generator.fuzz.probes.base import Context, Outcome, failed, passed
from generator.fuzz.probes.wire import Exchange, Request, Secret

TAMPERING = "token_tampering"
EXPIRED = "expired_token"
GUESSED_KEYS = ("secret", "your-256-bit-secret", "changeme", "skilldeo")
TAMPERED = "SKILLDEO_TAMPERED_TOKEN"
EXPIRED_VAR = "SKILLDEO_EXPIRED_TOKEN"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def flip_signature(token: str) -> str:
    head, payload, signature = token.split(".")
    raw = bytearray(_unb64(signature))
    raw[0] ^= 0x01
    return f"{head}.{payload}.{_b64(bytes(raw))}"


def alg_none(token: str) -> str:
    header = {**jwt.get_unverified_header(token), "alg": "none"}
    return f"{_b64(json.dumps(header).encode())}.{token.split('.')[1]}."


def resign(key: str) -> Callable[[str], str]:
    def forge(token: str) -> str:
        claims = jwt.decode(token, options={"verify_signature": False})
        with warnings.catch_warnings():  # a short, guessable key is the point here
            warnings.simplefilter("ignore")
            return jwt.encode(claims, key, algorithm="HS256")

    return forge


def swap_claims(sub: str, org: int) -> Callable[[str], str]:
    def forge(token: str) -> str:
        head, payload, signature = token.split(".")
        claims = {**json.loads(_unb64(payload)), "sub": sub, "org": org}
        return f"{head}.{_b64(json.dumps(claims).encode())}.{signature}"

    return forge


# The same forgeries as shell lines for the reproductions, reading $SKILLDEO_TOKEN
# (tests/fuzz/test_probes.py checks that each rebuilds exactly the token that was sent).
_PY = (
    "python3 -c 'import base64 as b,json,sys;t=sys.argv[1];h,p,s=t.split(\".\");{}' "
    '"$SKILLDEO_TOKEN"'
)
_U = (
    'd=lambda x:b.urlsafe_b64decode(x+"="*(-len(x)%4));'
    'e=lambda x:b.urlsafe_b64encode(x).decode().rstrip("=");'
)


def shell_flip() -> str:
    return _PY.format(_U + 'r=bytearray(d(s));r[0]^=1;print(h+"."+p+"."+e(bytes(r)))')


def shell_none() -> str:
    code = 'x=json.loads(d(h));x["alg"]="none";print(e(json.dumps(x).encode())+"."+p+".")'
    return _PY.format(_U + code)


def shell_resign(key: str) -> str:
    return (
        "python3 -c 'import jwt,sys;print(jwt.encode(jwt.decode(sys.argv[1],"
        f'options={{"verify_signature":False}}),"{key}",algorithm="HS256"))\' "$SKILLDEO_TOKEN"'
    )


def shell_swap(sub: str, org: int) -> str:
    code = (
        f'c=json.loads(d(p));c.update(sub="{sub}",org={org});'
        'print(h+"."+e(json.dumps(c).encode())+"."+s)'
    )
    return _PY.format(_U + code)


@dataclass(frozen=True)
class Forgery:
    name: str
    forge: Callable[[str], str]
    shell: str


def forgeries(ctx: Context) -> list[Forgery]:
    found = [
        Forgery("a signature byte flipped", flip_signature, shell_flip()),
        Forgery("alg: none", alg_none, shell_none()),
    ]
    found += [
        Forgery(f"re-signed with the key {k!r}", resign(k), shell_resign(k)) for k in GUESSED_KEYS
    ]
    other = ctx.peer.ids() if ctx.peer else {}
    sub = str(other.get("user_id", 1))
    org = other.get("org_id", 1)
    found.append(
        Forgery(
            f"sub {sub} and org {org}, signature kept", swap_claims(sub, org), shell_swap(sub, org)
        )
    )
    return found


def _baseline(ctx: Context) -> Iterator[tuple[Request, Exchange]]:
    """Each secured operation's valid request, and the real token's answer to it."""
    for op in ctx.operations(secured=True):
        request = ctx.request(op)
        yield request, ctx.wire.send(request)


def _judge(
    ctx: Context,
    check: str,
    baseline: Iterable[tuple[Request, Exchange]],
    tokens: list[tuple[Secret, str]],
    rule: str,
) -> Iterator[Outcome]:
    """Each request sent again with each (token, title): anything but 401 fails `check`."""
    for request, real in baseline:
        if real.status == 401:
            yield Outcome(check, request.label, None, "the real token got 401 here")
            continue
        for secret, title in tokens:
            exchange = ctx.wire.send(request.with_token(secret))
            if exchange.status == 401:
                yield passed(check, exchange)
            else:
                yield failed(check, exchange, title, f"{exchange.describe()}; {rule}")


def tampering(ctx: Context) -> Iterator[Outcome]:
    token = ctx.primary.token.value
    try:
        made = [(f, f.forge(token)) for f in forgeries(ctx)]
    except (ValueError, jwt.PyJWTError, UnicodeDecodeError):
        yield Outcome(TAMPERING, "-", None, "the token is not a JWT: nothing to tamper with")
        return
    tokens = [
        (Secret(TAMPERED, forged, forgery.shell), f"a forged token was accepted: {forgery.name}")
        for forgery, forged in made
    ]
    rule = "a token that fails its signature check must get 401"
    yield from _judge(ctx, TAMPERING, _baseline(ctx), tokens, rule)


def expired(ctx: Context) -> Iterator[Outcome]:
    # The real token's answers first: minting an expired token may move the server's clock.
    baseline = list(_baseline(ctx))
    stale = ctx.expired_token()
    if stale is None:
        yield Outcome(EXPIRED, "-", None, "needs --expired-token (the bundled mock mints one)")
        return
    tokens = [(Secret(EXPIRED_VAR, stale), "an expired token was accepted")]
    yield from _judge(ctx, EXPIRED, baseline, tokens, "a token past its `exp` must get 401")


__all__ = ["EXPIRED", "TAMPERING", "expired", "tampering"]
