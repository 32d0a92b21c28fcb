"""Shared fixtures: the loaded spec, and one mock server per session on a free port.

"Any server" is one variable: set SKILLDEO_TEST_BASE_URL to run the HTTP tests against another
server; by default they start the bundled mock (with the fixed OTP `tests.servers.TEST_OTP`).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from generator.paths import SPEC
from generator.spec import Spec, load
from tests.servers import TEST_OTP, MockServer, running_mock


@pytest.fixture(scope="session")
def spec() -> Spec:
    return load(SPEC)


@pytest.fixture(scope="session")
def mock_server() -> Iterator[MockServer]:
    with running_mock("--otp", TEST_OTP) as server:
        yield server
