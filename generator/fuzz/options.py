"""What one `skilldeo-api fuzz` run is asked to do, and the error that means exit 2."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.core.paths import SPEC


class FuzzError(Exception):
    """The run could not be made: exit 2 with this message."""


@dataclass(frozen=True)
class FuzzOptions:
    base_url: str | None = None
    token: str | None = None
    email: str | None = None
    otp_command: str | None = None
    allow_writes: bool = False
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    rate_limit: str | None = None
    max_examples: int | None = None
    seed: int | None = None
    workers: int | None = None
    max_time: int | None = None
    report_dir: Path | None = None
    spec: Path = SPEC
    peer_email: str | None = None
    peer_otp_command: str | None = None
    peer_token: str | None = None
    expired_token: str | None = None
    include_check: list[str] = field(default_factory=list)
    exclude_check: list[str] = field(default_factory=list)
    max_response_time: int | None = None  # milliseconds; None: schemathesis.toml's limit
