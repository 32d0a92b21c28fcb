"""Check that an HTTP response honours openapi.yaml: a documented status and a valid body.

`Api` is a small client for tests that looks operations up by operationId and validates every
response it receives, so that no test can pass on an answer that breaks the contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx
import jsonschema_rs

from generator.core.spec import Spec
from skilldeo_mock import launch

if TYPE_CHECKING:
    from tests.support.inprocess import Mock


class ContractError(AssertionError):
    """A response that breaks the spec."""


@dataclass
class ResponseChecker:
    """One jsonschema-rs validator per (operationId, status), compiled once."""

    spec: Spec
    _validators: dict[tuple[str, int], jsonschema_rs.Validator | None] = field(default_factory=dict)
    _routes: dict[str, tuple[str, str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        components = self.spec.data.get("components", {})
        for op in self.spec.operations():
            self._routes[op.operation_id] = (op.method.upper(), op.path)
            for code, raw in (op.data.get("responses") or {}).items():
                response = self.spec.resolve(raw)
                media = (response.get("content") or {}).get("application/json")
                validator = None
                if media and "schema" in media:
                    document = {**media["schema"], "components": components}
                    validator = jsonschema_rs.Draft202012Validator(document, validate_formats=True)
                self._validators[(op.operation_id, int(code))] = validator

    def route(self, operation_id: str) -> tuple[str, str]:
        """The method and path (without the base path) of an operation."""
        return self._routes[operation_id]

    def check(self, operation_id: str, response: httpx.Response) -> Any:
        """Raise ContractError unless the response is documented and valid; return its JSON."""
        key = (operation_id, response.status_code)
        if key not in self._validators:
            raise ContractError(f"{operation_id}: undocumented status {response.status_code}")
        validator = self._validators[key]
        if validator is None:
            return None
        media = response.headers.get("content-type", "").split(";")[0].strip()
        if media != "application/json":
            raise ContractError(f"{operation_id}: content-type {media!r}, not application/json")
        body = response.json()
        errors = [f"{list(e.instance_path)}: {e.message}" for e in validator.iter_errors(body)]
        if errors:
            raise ContractError(f"{operation_id} {response.status_code}: {'; '.join(errors)}")
        if isinstance(body, dict) and "status_code" in body:
            if body["status_code"] != response.status_code:
                raise ContractError(f"{operation_id}: envelope status_code differs from HTTP")
            if body.get("error", response.status_code >= 400) != (response.status_code >= 400):
                raise ContractError(f"{operation_id}: envelope error flag disagrees with status")
        if (
            response.status_code == 401
            and "bearer" not in response.headers.get("www-authenticate", "").lower()
        ):
            raise ContractError(f"{operation_id}: 401 without WWW-Authenticate: Bearer")
        return body


class Api:
    """An httpx client that calls operations by operationId and checks every response."""

    def __init__(
        self,
        base_url: str,
        checker: ResponseChecker,
        token: str | None = None,
        http: httpx.Client | None = None,
    ) -> None:
        self.base_url, self.checker, self.token = base_url, checker, token
        self.http = http or httpx.Client(base_url=base_url, timeout=10.0)

    @classmethod
    def over(cls, mock: Mock, checker: ResponseChecker, token: str | None = None) -> Api:
        """An Api on a test mock, in-process or in a subprocess."""
        return cls(mock.base_url, checker, token, mock.client(base_url=mock.base_url))

    def control(self, name: str, body: Any = None) -> httpx.Response:
        """POST to a mock control route, /_mock/NAME (reset, clock, faults, defects)."""
        return self.http.post(f"{mock_root(self.base_url)}/_mock/{name}", json=body)

    def outbox(self, email: str) -> list[dict[str, Any]]:
        """The codes the mock e-mailed to `email`, oldest first."""
        reply = self.http.get(f"{mock_root(self.base_url)}/_mock/outbox", params={"email": email})
        reply.raise_for_status()
        messages: list[dict[str, Any]] = reply.json()["messages"]
        return messages

    def send(
        self,
        operation_id: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        token: str | None = None,
        headers: dict[str, str] | None = None,
        content: bytes | None = None,
    ) -> httpx.Response:
        method, path = self.checker.route(operation_id)
        sent = dict(headers or {})
        bearer = token if token is not None else self.token
        if bearer:
            sent.setdefault("Authorization", f"Bearer {bearer}")
        response = self.http.request(
            method, path.lstrip("/"), json=json, params=params, headers=sent, content=content
        )
        self.checker.check(operation_id, response)
        return response

    def ok(self, operation_id: str, **kwargs: Any) -> dict[str, Any]:
        """Call, expect 200, return the body."""
        response = self.send(operation_id, **kwargs)
        assert response.status_code == 200, (response.status_code, response.text)
        body: dict[str, Any] = response.json()
        return body

    def fails(self, operation_id: str, status: int, **kwargs: Any) -> str:
        """Call, expect `status`, return the error message."""
        response = self.send(operation_id, **kwargs)
        assert response.status_code == status, (response.status_code, response.text)
        message: str = response.json()["message"]
        return message

    def close(self) -> None:
        self.http.close()


def mock_root(base_url: str) -> str:
    """The mock's root (where /_mock/ lives) from its API base URL."""
    return base_url.removesuffix("/").removesuffix("/api/v1")


def login(api: Api, email: str, otp: str | None = None) -> dict[str, Any]:
    """Sign in through loginOTP and loginVerify; the code comes from `otp` or the mock's outbox."""
    session_id = api.ok("loginOTP", json={"email": email})["session_id"]
    if otp is None:
        otp = api.outbox(email)[-1]["code"]
    body = {"email": email, "session_id": session_id, "verification_code": otp}
    return api.ok("loginVerify", json=body)


def mock_token(base_url: str, email: str, otp: str) -> str:
    """A bearer token for `email` from a mock started with `--otp otp`, without contract checks."""
    return launch.sign_in(base_url, otp, email)
