"""Throughput of the skilldeo mock against Prism 5 serving the same spec, measured in one run.

Starts both servers on free loopback ports, then drives each with wrk (HTTP/1.1 keep-alive) on
loginOTP (a valid JSON body) and campaignDetails (with a bearer token), our mock with full request
validation on and `--workers N` (default: one per core, as Prism -m runs one process per core).
Prints requests/s, p50 and p99 latency and errors side by side, and the ratio (target: >= 3x
Prism on both). The mock counts every loginOTP against its OTP limits as always; like the test
launch, it runs with --relax-otp-limits so that the counters never answer 429.
Usage: .venv/bin/python scripts/bench_mock.py [--duration S] [--connections N] [--threads N]
       [--workers N]
Needs wrk (scripts/setup installs it from Debian) and node_modules (Prism).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

from skilldeo_mock.launch import SEED_EMAIL, free_port, running

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
OTP = "123456"
TARGET = 3.0
OURS = "skilldeo mock"
PRISM_LABEL = "Prism 5 -m"


@dataclass(frozen=True)
class Result:
    rps: float
    p50_ms: float
    p99_ms: float
    errors: int


@contextmanager
def serving(cmd: list[str], ready_url: str, timeout: float = 60.0) -> Iterator[None]:
    """Run a server until the block ends; ready once `ready_url` answers at all."""
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise SystemExit(f"bench: {' '.join(cmd)} exited with {proc.returncode}")
            try:
                httpx.get(ready_url, timeout=1.0)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise SystemExit(f"bench: {ready_url} did not answer in {timeout}s") from None
                time.sleep(0.2)
        yield
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _ms(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(url: str, args: argparse.Namespace, script: Path | None, headers: list[str]) -> Result:
    cmd = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s", "--latency"]
    for header in headers:
        cmd += ["-H", header]
    if script is not None:
        cmd += ["-s", str(script)]
    out = subprocess.run([*cmd, url], capture_output=True, text=True, check=True).stdout
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)\b", out)
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", out)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    socket_errors = re.search(r"Socket errors:.*", out)
    if rps is None or p50 is None or p99 is None:
        raise SystemExit(f"bench: could not read wrk's output:\n{out}")
    errors = int(non2xx.group(1)) if non2xx else 0
    if socket_errors:
        errors += sum(int(n) for n in re.findall(r"\d+", socket_errors.group(0)))
    p50_ms, p99_ms = _ms(p50.group(1), p50.group(2)), _ms(p99.group(1), p99.group(2))
    return Result(float(rps.group(1)), p50_ms, p99_ms, errors)


def post_script(folder: Path) -> Path:
    script = folder / "login_otp.lua"
    body = json.dumps({"email": SEED_EMAIL})
    script.write_text(
        'wrk.method = "POST"\n'
        f"wrk.body = '{body}'\n"
        'wrk.headers["Content-Type"] = "application/json"\n'
    )
    return script


def run_target(
    name: str, base: str, token: str, args: argparse.Namespace, folder: Path
) -> dict[str, Result]:
    """Warm each operation up (not counted: Prism -m starts its workers lazily, JITs warm up),
    then measure it."""
    print(f"bench: {name}: loginOTP and campaignDetails, {args.duration}s each", flush=True)
    login_url = f"{base}/auth/loginOTP"
    details_url = f"{base}/svc/campaign/getDetails?campaignId=22554&userId=1042"
    auth = [f"Authorization: Bearer {token}"]
    if args.warmup:
        warm = argparse.Namespace(**{**vars(args), "duration": args.warmup})
        wrk(login_url, warm, post_script(folder), [])
        wrk(details_url, warm, None, auth)
    login = wrk(login_url, args, post_script(folder), [])
    details = wrk(details_url, args, None, auth)
    return {"loginOTP": login, "campaignDetails": details}


def options() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("--duration", type=int, default=10, help="seconds per measurement")
    p.add_argument("--warmup", type=int, default=3, help="seconds of warm-up per operation")
    p.add_argument("--connections", type=int, default=32, help="concurrent connections (20-32)")
    p.add_argument("--threads", type=int, default=2, help="wrk threads")
    p.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, help="mock workers (one per core)"
    )
    return p.parse_args()


def main() -> int:
    args = options()
    if shutil.which("wrk") is None:
        print("bench: wrk is not installed (scripts/setup installs it)", file=sys.stderr)
        return 2
    if not PRISM.exists():
        print("bench: Prism is not installed in node_modules (scripts/setup)", file=sys.stderr)
        return 2
    load = os.getloadavg()[0]  # the machine's load before the run: a busy one skews both sides
    prism_port = free_port()
    prism = f"http://127.0.0.1:{prism_port}"  # Prism serves at its root, without /api/v1
    prism_cmd = [str(PRISM), "mock", "openapi.yaml", "-m", "-p", str(prism_port), "-h", "127.0.0.1"]
    results: dict[str, dict[str, Result]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with running("--otp", OTP, "--workers", str(args.workers)) as mock:
            ours = mock.base_url
            results[OURS] = run_target(OURS, ours, mock.token(OTP), args, folder)
        # Prism is pinned to 5.12.0 in package.json: 5.16's `-m` reads
        # `require("node:cluster").default`, undefined on Node 20, and exits at once.
        with serving(prism_cmd, f"{prism}/svc/campaign/getLink"):
            results[PRISM_LABEL] = run_target(PRISM_LABEL, prism, "bench-token", args, folder)
    report(results, args, load)
    return 0


def report(results: dict[str, dict[str, Result]], args: argparse.Namespace, load: float) -> None:
    print(
        f"\n{args.connections} connections, {args.threads} wrk threads, {args.duration}s per run "
        f"after {args.warmup}s of warm-up, {os.cpu_count()} cores, mock --workers {args.workers}, "
        f"load average before {load:.1f}"
    )
    print(
        f"{'operation':<16} {'server':<14} {'req/s':>10} {'p50 ms':>9} {'p99 ms':>9} {'errors':>7}"
    )
    worst = float("inf")
    for op in ("loginOTP", "campaignDetails"):
        for server, by_op in results.items():
            r = by_op[op]
            print(
                f"{op:<16} {server:<14} {r.rps:>10.0f} {r.p50_ms:>9.2f} {r.p99_ms:>9.2f} "
                f"{r.errors:>7}"
            )
        ratio = results[OURS][op].rps / max(results[PRISM_LABEL][op].rps, 1e-9)
        worst = min(worst, ratio)
        print(f"{op:<16} {'ratio':<14} {ratio:>9.2f}x  (target >= {TARGET:.0f}x)")
    verdict = "meets" if worst >= TARGET else "MISSES"
    print(f"\nbench: the mock {verdict} the target: worst ratio {worst:.2f}x against Prism")


if __name__ == "__main__":
    sys.exit(main())
