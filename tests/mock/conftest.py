"""The mock's tests run on an in-process mock of their own module (no socket, no subprocess),
and each test starts from the seed: reset restores the data, the clock and the defects."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.apicheck import Api, ResponseChecker
from tests.support.inprocess import InProcessMock, in_process_mock
from tests.support.servers import TEST_OTP


@pytest.fixture(scope="module")
def server() -> Iterator[InProcessMock]:
    with in_process_mock("--otp", TEST_OTP) as s:
        yield s


@pytest.fixture
def api(server: InProcessMock, response_checker: ResponseChecker) -> Iterator[Api]:
    """An Api on the module's mock, reset to its seed; not signed in."""
    client = Api.over(server, response_checker)
    client.control("reset").raise_for_status()
    yield client
    client.close()
