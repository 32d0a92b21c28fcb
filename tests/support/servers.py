"""The mock server for tests: one started per use on a free loopback port, then stopped.

The launcher itself lives in the mock package (`skilldeo_mock.launch`), shared with
`skilldeo-api fuzz` and the benchmark; tests only add the fixed OTP they sign in with.
"""

from __future__ import annotations

from skilldeo_mock.launch import Running as MockServer
from skilldeo_mock.launch import free_port
from skilldeo_mock.launch import running as running_mock

TEST_OTP = "123456"

__all__ = ["TEST_OTP", "MockServer", "free_port", "running_mock"]
