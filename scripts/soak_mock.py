"""Soak the skilldeo mock: 256 connections for 60 s, no timeouts, memory flat.

Starts the mock (`--workers N`, one per core by default, with --relax-otp-limits like the test
launch) on a free loopback port and drives it with wrk: every connection alternates loginOTP (a
write: a session, its mail and two rate-limit counters) and campaignDetails (a token check and a
read). While wrk runs, the resident memory of the mock's processes is sampled every second.
Prints requests/s, p50/p99, wrk's socket errors (connect, read, write, timeout), non-2xx answers,
the RSS at the start of the second half and at the end, and the verdict: no timeouts or errors,
and the RSS of the second half grows by less than --rss-slack-mb.
Usage: .venv/bin/python scripts/soak_mock.py [--duration S] [--connections N] [--workers N]
Needs wrk (scripts/setup installs it from Debian).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from skilldeo_mock.launch import SEED_EMAIL, running

OTP = "123456"

# Each connection alternates a loginOTP and a campaignDetails call.
LUA = """
local n = 0
local token = os.getenv("SOAK_TOKEN")
function request()
  n = n + 1
  if n % 2 == 0 then
    return wrk.format("POST", "/api/v1/auth/loginOTP",
      {["Content-Type"] = "application/json"}, '{"email": "%s"}')
  end
  return wrk.format("GET", "/api/v1/svc/campaign/getDetails?campaignId=22554&userId=1042",
    {["Authorization"] = "Bearer " .. token}, nil)
end
"""


def rss_kib(pid: int) -> int:
    """Resident memory of a process and its children (the workers), in KiB."""
    total = 0
    children = Path(f"/proc/{pid}/task/{pid}/children")
    pids = [pid, *(int(p) for p in children.read_text().split())] if children.exists() else [pid]
    for one in pids:
        try:
            status = Path(f"/proc/{one}/status").read_text()
        except OSError:
            continue
        found = re.search(r"VmRSS:\s+(\d+) kB", status)
        total += int(found.group(1)) if found else 0
    return total


def sample(pid: int, stop: threading.Event, out: list[tuple[float, int]]) -> None:
    started = time.monotonic()
    while not stop.wait(1.0):
        out.append((time.monotonic() - started, rss_kib(pid)))


def run_wrk(root: str, args: argparse.Namespace, script: Path, bearer: str) -> str:
    cmd = [
        *("wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s"),
        *("--timeout", f"{args.timeout}s", "--latency", "-s", str(script), root),
    ]
    env = {**os.environ, "SOAK_TOKEN": bearer}
    return subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout


def options() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--duration", type=int, default=60, help="seconds of load")
    p.add_argument("--connections", type=int, default=256, help="concurrent connections")
    p.add_argument("--threads", type=int, default=2, help="wrk threads")
    p.add_argument("--timeout", type=int, default=2, help="wrk's per-request timeout, seconds")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="mock workers")
    p.add_argument("--rss-slack-mb", type=float, default=16.0, help="allowed RSS growth")
    p.add_argument(
        "--max-sessions",
        type=int,
        default=20_000,
        help="the mock's session cap: low enough to be reached within the run",
    )
    return p.parse_args()


def main() -> int:
    args = options()
    if shutil.which("wrk") is None:
        print("soak: wrk is not installed (scripts/setup installs it)", file=sys.stderr)
        return 2
    load = os.getloadavg()[0]
    samples: list[tuple[float, int]] = []
    launch = (
        "--otp",
        OTP,
        "--workers",
        str(args.workers),
        "--max-sessions",
        str(args.max_sessions),
    )
    with tempfile.TemporaryDirectory() as tmp, running(*launch) as mock:
        script = Path(tmp) / "soak.lua"
        script.write_text(LUA.replace("%s", SEED_EMAIL))
        bearer = mock.token(OTP)
        stop = threading.Event()
        sampler = threading.Thread(target=sample, args=(mock.process.pid, stop, samples))
        start_rss = rss_kib(mock.process.pid)
        print(f"soak: {args.connections} connections for {args.duration}s, mock {' '.join(launch)}")
        sampler.start()
        try:
            out = run_wrk(mock.root, args, script, bearer)
        finally:
            stop.set()
            sampler.join()
        alive = httpx.get(f"{mock.root}/_mock/health", timeout=5).status_code == 200
    return verdict(out, args, samples, start_rss, alive, load)


def verdict(
    out: str,
    args: argparse.Namespace,
    samples: list[tuple[float, int]],
    start_rss: int,
    alive: bool,
    load: float,
) -> int:
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    latency = {p: re.search(rf"{p}%\s+([\d.]+\w+)", out) for p in ("50", "99")}
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    counts = [int(n) for n in errors.groups()] if errors else [0, 0, 0, 0]
    bad = int(non2xx.group(1)) if non2xx else 0
    half = [rss for at, rss in samples if at >= args.duration / 2] or [start_rss]
    growth_mb = (half[-1] - half[0]) / 1024
    peak = max([start_rss, *(rss for _, rss in samples)])
    print(f"load average before {load:.1f}, {os.cpu_count()} cores")
    print(f"requests/s {float(rps.group(1)) if rps else 0:.0f}", end="")
    print("".join(f", p{p} {m.group(1) if m else '?'}" for p, m in latency.items()))
    print(
        f"socket errors: connect {counts[0]}, read {counts[1]}, write {counts[2]}, "
        f"timeout {counts[3]}; non-2xx {bad}"
    )
    print("RSS MiB every 10 s: " + ", ".join(f"{rss / 1024:.0f}" for _, rss in samples[::10]))
    print(
        f"RSS MiB: before {start_rss / 1024:.1f}, second half {half[0] / 1024:.1f} -> "
        f"{half[-1] / 1024:.1f} ({growth_mb:+.1f}), max {peak / 1024:.1f}"
    )
    ok = alive and sum(counts) == 0 and bad == 0 and growth_mb < args.rss_slack_mb
    print(
        f"soak: {'PASS' if ok else 'FAIL'} (no timeouts or errors, RSS flat within "
        f"{args.rss_slack_mb:.0f} MiB, the mock still answers)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
