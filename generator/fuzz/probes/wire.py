"""One request a probe sends, what came back, and how the report shows it: a curl line whose
secrets are shell variables, never the values.

A probe's request carries a token under a name (`SKILLDEO_TOKEN`, `SKILLDEO_PEER_TOKEN`, ...):
the request is sent with the real value, and the reproduction says `$SKILLDEO_TOKEN`, so the
report can be pasted once the variable is exported and never holds the secret itself.
"""

from __future__ import annotations

import json
import shlex
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import httpx

from generator.core.spec import Operation


@dataclass(frozen=True)
class Secret:
    """A value sent as is but written in reproductions as `$NAME`, with an optional shell line
    that derives it (a tampered token is made from `$SKILLDEO_TOKEN`)."""

    name: str
    value: str = field(repr=False)  # never in a repr, so never in a traceback or log line
    derive: str | None = None


@dataclass(frozen=True)
class Request:
    operation: Operation
    params: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    token: Secret | None = None
    # Body fields whose value is a secret (an OTP code): the name of the variable per field.
    secret_fields: dict[str, Secret] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"{self.operation.method.upper()} {self.operation.path}"

    def with_params(self, **params: Any) -> Request:
        merged = {**self.params, **params}
        return Request(self.operation, merged, self.body, self.token, self.secret_fields)

    def with_body(self, body: Any) -> Request:
        return Request(self.operation, self.params, body, self.token, self.secret_fields)

    def with_fields(self, **fields: Any) -> Request:
        """The request with `fields` set in its JSON object body (made one if it has none)."""
        body = self.body if isinstance(self.body, dict) else {}
        return self.with_body({**body, **fields})

    def with_token(self, token: Secret | None) -> Request:
        return Request(self.operation, self.params, self.body, token, self.secret_fields)


@dataclass(frozen=True)
class Exchange:
    request: Request
    url: str
    status: int
    body: Any  # the JSON answer, or its text
    elapsed: float

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def describe(self) -> str:
        message = self.body.get("message") if isinstance(self.body, dict) else self.body
        return f"HTTP {self.status}" + (f" ({str(message)[:120]})" if message else "")


class Wire:
    """Sends probe requests to one server with one httpx client."""

    def __init__(self, base_url: str, client: httpx.Client) -> None:
        self.base_url, self.client = base_url.rstrip("/"), client
        self.sent = 0

    def send(self, request: Request) -> Exchange:
        op = request.operation
        headers = {}
        if request.token is not None:
            headers["Authorization"] = f"Bearer {request.token.value}"
        url = f"{self.base_url}{op.path}"
        started = time.monotonic()
        response = self.client.request(
            op.method.upper(),
            url,
            params=request.params or None,
            json=request.body if op.method != "get" else None,
            headers=headers,
        )
        self.sent += 1
        try:
            body: Any = response.json()
        except ValueError:
            body = response.text[:200]
        return Exchange(request, url, response.status_code, body, time.monotonic() - started)


def _body_text(request: Request) -> str:
    body = request.body
    if isinstance(body, dict) and request.secret_fields:
        # A placeholder string, swapped for the shell variable once the JSON is quoted.
        body = {**body, **{k: f"@@{s.name}@@" for k, s in request.secret_fields.items()}}
    text = json.dumps(body, separators=(",", ":"))
    quoted = shlex.quote(text)
    for secret in request.secret_fields.values():
        quoted = quoted.replace(f"@@{secret.name}@@", f"'\"${secret.name}\"'")
    return quoted


def curl(exchange: Exchange) -> str:
    """A pasteable reproduction of one exchange (secrets as shell variables)."""
    request = exchange.request
    query = f"?{urlencode(request.params)}" if request.params else ""
    parts = [f"curl -X {request.operation.method.upper()}"]
    lines = []
    if request.token is not None:
        if request.token.derive:
            lines.append(f"{request.token.name}=$({request.token.derive})")
        parts.append(f'-H "Authorization: Bearer ${request.token.name}"')
    if request.operation.method != "get" and request.body is not None:
        parts += ["-H 'Content-Type: application/json'", f"-d {_body_text(request)}"]
    parts.append(shlex.quote(f"{exchange.url}{query}"))
    return "\n".join([*lines, " ".join(parts)])
