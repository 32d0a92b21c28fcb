"""Per-call overhead of the TypeScript SDK against raw fetch on the same local mock.

Starts the mock (`skilldeo_mock.launch`, fixed OTP), signs in for a token, and runs
scripts/bench_ts.mjs with node, which times the same calls through the SDK and through raw fetch
and prints the ratio (target: at most 1.15x). Usage:
.venv/bin/python scripts/bench_ts.py [--calls N] [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx

from skilldeo_mock.launch import SEED_EMAIL, running

OTP = "123456"
SCRIPT = Path(__file__).resolve().parent / "bench_ts.mjs"


def token(base_url: str) -> str:
    """A token of the seed user, through the mock's OTP login."""
    with httpx.Client(base_url=base_url, timeout=10.0) as http:
        started = http.post("/auth/loginOTP", json={"email": SEED_EMAIL}).json()
        body = {"email": SEED_EMAIL, "session_id": started["session_id"], "verification_code": OTP}
        return str(http.post("/auth/loginVerify", json=body).json()["token"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100, help="calls per round (default 100)")
    parser.add_argument("--rounds", type=int, default=40, help="rounds per side (default 40)")
    args = parser.parse_args()
    if args.calls < 10 or args.rounds < 1:
        parser.error("--calls must be at least 10 and --rounds at least 1")
    node = shutil.which("node")
    if node is None:
        parser.error("node is not installed")
    with running("--otp", OTP) as mock:
        env = {
            **os.environ,
            "SKILLDEO_BASE_URL": mock.base_url,
            "SKILLDEO_TOKEN": token(mock.base_url),
        }
        cmd = [node, str(SCRIPT), str(args.calls), str(args.rounds)]
        return subprocess.run(cmd, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
