"""Shared fixtures: the loaded spec, one mock server per session on a free port, and that mock
reset to its seed for a test (with a token of the seed user, signed in through the SDK).

The HTTP tests need the mock's own routes (outbox, reset, clock, faults), so they run against the
bundled mock; to test another server, point `skilldeo-api fuzz --base-url` at it.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from generator.core.paths import SPEC
from generator.core.spec import Spec, load
from tests.support.apicheck import ResponseChecker
from tests.support.seed import SEED_EMAIL
from tests.support.servers import TEST_OTP, MockServer, running_mock


@pytest.fixture(scope="session")
def spec() -> Spec:
    return load(SPEC)


@pytest.fixture(scope="session")
def response_checker(spec: Spec) -> ResponseChecker:
    """Validates every response a test receives against openapi.yaml."""
    return ResponseChecker(spec)


@pytest.fixture(scope="session")
def mock_server() -> Iterator[MockServer]:
    with running_mock("--otp", TEST_OTP) as server:
        yield server


@pytest.fixture
def mock(mock_server: MockServer) -> MockServer:
    """The session's mock, reset to its seed data."""
    httpx.post(f"{mock_server.root}/_mock/reset", timeout=5.0).raise_for_status()
    return mock_server


@pytest.fixture
def token(mock: MockServer) -> str:
    """A bearer token of the seed user, from the SDK's OTP login helper."""
    from skilldeo_client import login

    with login(SEED_EMAIL, otp=TEST_OTP, base_url=mock.base_url) as client:
        assert client._token is not None
        return str(client._token)
