"""Per-call overhead of the generated SDK against raw httpx on the same in-process transport,
and the SDK's import time against httpx's.

Both sides send the same request through one httpx.MockTransport that answers a canned body, and
both parse the response: raw httpx decodes the JSON, the SDK also builds its typed models
(checking each field's type), checks the status and runs its retry loop. Prints the time per call
of each and the ratio (target: at most 1.15x). Then the time of `import skilldeo_client` (httpx
included) against `import httpx` (target: at most 1.7x), as `-X importtime` reports it, the
fastest of a few fresh interpreters each.

Usage: .venv/bin/python scripts/bench_sdk.py [--calls N] [--rounds N] [--imports N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable

import httpx
from skilldeo_client import Skilldeo

BASE = "http://bench.test/api/v1"
TOKEN = "bench-token"
TARGET = 1.15
IMPORT_TARGET = 1.7

LIST_BODY = json.dumps(
    {
        "message": "Success",
        "records": [{"id": 22554 - i, "name": f"Agent {i} AI walk-in"} for i in range(10)],
        "hasMore": True,
        "total_count": 36,
        "status_code": 200,
        "error": False,
    }
).encode()
DETAILS_BODY = json.dumps(
    {
        "message": "Success",
        "records": {
            "id": 22554,
            "name": "Dotnet AI walk-in",
            "status": "active",
            "skill": "dotnet",
            "location": "Chennai",
        },
        "status_code": 200,
        "error": False,
    }
).encode()


def answer(request: httpx.Request) -> httpx.Response:
    body = LIST_BODY if request.url.path.endswith("/list") else DETAILS_BODY
    return httpx.Response(200, content=body, headers={"content-type": "application/json"})


def transport() -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(answer))


def raw_calls() -> dict[str, Callable[[], object]]:
    http = transport()
    http.base_url = httpx.URL(BASE + "/")
    auth = {"Authorization": f"Bearer {TOKEN}"}

    def listing() -> object:
        response = http.post(
            "svc/campaign/list", json={"org_id": 88, "top": 10, "skip": 0}, headers=auth
        )
        response.raise_for_status()
        return response.json()["records"]

    def details() -> object:
        response = http.get(
            "svc/campaign/getDetails", params={"campaignId": 22554, "userId": 1042}, headers=auth
        )
        response.raise_for_status()
        return response.json()["records"]

    return {"campaign_list": listing, "campaign_details": details}


def sdk_calls() -> dict[str, Callable[[], object]]:
    client = Skilldeo(token=TOKEN, base_url=BASE, http_client=transport())

    def listing() -> object:
        return client.campaign_list(org_id=88, top=10, skip=0).records

    def details() -> object:
        return client.campaign_details(campaign_id=22554, user_id=1042).records

    return {"campaign_list": listing, "campaign_details": details}


def _round(fn: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


def compare(
    raw: Callable[[], object], sdk: Callable[[], object], calls: int, rounds: int
) -> tuple[float, float]:
    """Seconds per call of each side: short rounds alternate, so load from other processes hits
    both alike, and the fastest round of each counts. On a shared machine a round of a few
    thousand calls is nearly always disturbed; among many rounds of 50, some are not, and their
    minimum moves by a percent or two from run to run instead of tens of percent."""
    for fn in (raw, sdk):
        _round(fn, 200)  # warm up: connection pool, imports, caches
    raw_times, sdk_times = [], []
    for _ in range(rounds):
        raw_times.append(_round(raw, calls))
        sdk_times.append(_round(sdk, calls))
    return min(raw_times), min(sdk_times)


def import_seconds(module: str, runs: int) -> float:
    """The fastest import of `module` (with everything it imports) in a fresh interpreter, over
    `runs` runs, as `python -X importtime` reports it: interpreter start-up and exit, which vary
    far more than imports on a shared machine, are left out."""
    best = float("inf")
    for _ in range(runs):
        report = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        for line in report.splitlines():
            fields = line.split("|")
            if len(fields) == 3 and fields[2].rstrip() == f" {module}":  # top level, not nested
                best = min(best, int(fields[1]) / 1e6)
    return best


def import_ratio(runs: int) -> float:
    """The SDK's import time (httpx's included) against httpx's."""
    httpx_s, sdk_s = import_seconds("httpx", runs), import_seconds("skilldeo_client", runs)
    ratio = sdk_s / httpx_s
    verdict = "within" if ratio <= IMPORT_TARGET else "OVER"
    print(
        f"import: httpx {httpx_s * 1e3:.0f} ms, skilldeo_client {sdk_s * 1e3:.0f} ms"
        f" (httpx included): {ratio:.2f}x ({verdict} the {IMPORT_TARGET}x target)"
    )
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=50, help="calls per round (default 50)")
    parser.add_argument("--rounds", type=int, default=200, help="rounds per side (default 200)")
    parser.add_argument(
        "--imports", type=int, default=20, help="fresh interpreters per import (default 20)"
    )
    args = parser.parse_args()
    if args.calls < 10 or args.rounds < 1:
        parser.error("--calls must be at least 10 and --rounds at least 1")
    raw, sdk = raw_calls(), sdk_calls()
    worst = 0.0
    print(f"{'operation':<18} {'raw httpx':>12} {'SDK':>12} {'ratio':>7}")
    for name in raw:
        raw_t, sdk_t = compare(raw[name], sdk[name], args.calls, args.rounds)
        ratio = sdk_t / raw_t
        worst = max(worst, ratio)
        print(f"{name:<18} {raw_t * 1e6:>10.1f}us {sdk_t * 1e6:>10.1f}us {ratio:>6.2f}x")
    verdict = "within" if worst <= TARGET else "OVER"
    print(f"worst ratio {worst:.2f}x: {verdict} the {TARGET}x target")
    if args.imports > 0:
        import_ratio(args.imports)
    return 0


if __name__ == "__main__":
    sys.exit(main())
