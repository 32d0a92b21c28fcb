"""Benchmark: our reference site against `redocly build-docs --inlineBundle`, same spec, same run.

Both builds run as fresh processes (interpreter or Node start included), several times each;
the median wall time is compared, then the weight of the page a browser loads (bytes and
gzipped bytes), then the time each page takes to its load event in headless Chromium (Debian's,
driven by Playwright; both pages opened from file://, alternating, a fresh browser context each
time, every request that would leave the machine refused and counted). Prints ratios; the
targets are: a build faster than Redocly's, at most a tenth of its weight, a load event sooner
than Redoc's, and no request leaving our page.
Usage: .venv/bin/python scripts/bench_docs.py [SPEC] [--runs N] [--no-browser]
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Route

ROOT = Path(__file__).resolve().parent.parent
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
OURS = (
    "import sys; from pathlib import Path; from generator import docs; "
    "from generator.core.spec import load; docs.generate(load(sys.argv[1]), Path(sys.argv[2]))"
)
# The share of our build spent in the SDK's python_sample (its imports included).
SDK_SAMPLES = (
    "import sys, time; from generator.core.spec import load; spec = load(sys.argv[1]); "
    "t = time.perf_counter(); from generator.docs.samples import python_samples; "
    "python_samples(spec); print(time.perf_counter() - t)"
)


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"bench_docs: {' '.join(cmd[:3])} failed:\n{proc.stdout}\n{proc.stderr}")
    return elapsed


def weight(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    return len(data), len(gzip.compress(data, compresslevel=9, mtime=0))


CHROMIUM = Path("/usr/bin/chromium")
# navigation start to the end of the load event, as the page's own timing records it
LOAD_EVENT = "() => performance.getEntriesByType('navigation')[0].loadEventEnd"


def _refuse_outside(outside: dict[str, int], name: str) -> Callable[[Route], None]:
    """A route handler letting the page's own files through and counting (refusing) the rest."""

    def route(r: Route) -> None:
        if r.request.url.startswith(("file:", "data:", "blob:")):
            r.continue_()
        else:
            outside[name] += 1
            r.abort()

    return route


def load_events(pages: dict[str, Path], runs: int) -> dict[str, tuple[float, int]]:
    """name -> (median ms to the load event, requests that tried to leave, over all loads)."""
    from playwright.sync_api import sync_playwright

    times: dict[str, list[float]] = {name: [] for name in pages}
    outside = dict.fromkeys(pages, 0)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        for _ in range(runs + 1):  # the first round warms the browser and the disk cache up
            for name, path in pages.items():
                context = browser.new_context(viewport={"width": 1280, "height": 900})

                context.route("**/*", _refuse_outside(outside, name))
                page = context.new_page()
                page.goto(path.as_uri(), wait_until="load")
                times[name].append(float(page.evaluate(LOAD_EVENT)))
                context.close()
        browser.close()
    return {name: (statistics.median(found[1:]), outside[name]) for name, found in times.items()}


def report_load(found: dict[str, tuple[float, int]] | None) -> bool:
    """Print the load-event figures; whether ours loads sooner and asks nothing of the network."""
    if found is None:
        print("load event: not measured (--no-browser, or no Chromium: scripts/setup installs it)")
        return False
    (ours_ms, ours_out), (redoc_ms, redoc_out) = found["ours"], found["redoc"]
    print(f"{'load event (median)':24}{ours_ms:>18.0f}ms{redoc_ms:>18.0f}ms   (Chromium, file://)")
    print(f"{'requests leaving':24}{ours_out:>20}{redoc_out:>20}   (refused, all loads)")
    ratio = redoc_ms / ours_ms
    print(f"load: ours reaches its load event {ratio:.2f}x as soon as Redoc's (target > 1)")
    return ours_ms < redoc_ms and ours_out == 0


def sdk_share(spec: str, runs: int) -> float:
    """The median time our build spends in the SDK's Python samples."""
    return statistics.median(
        float(
            subprocess.run(
                [sys.executable, "-c", SDK_SAMPLES, spec],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for _ in range(runs)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", nargs="?", default=str(ROOT / "openapi.yaml"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--no-browser", action="store_true", help="skip the load-event measure in Chromium"
    )
    args = parser.parse_args()
    if not Path(args.spec).is_file():
        parser.error(f"no such spec: {args.spec}")
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if not REDOCLY.exists():
        sys.exit("bench_docs: node_modules/.bin/redocly is missing; run scripts/setup")
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    with tempfile.TemporaryDirectory() as scratch:
        ours_dir, redoc_html = Path(scratch) / "docs", Path(scratch) / "redoc.html"
        ours_cmd = [sys.executable, "-c", OURS, args.spec, str(ours_dir)]
        redoc_cmd = [str(REDOCLY), "build-docs", args.spec, "--inlineBundle", "-o", str(redoc_html)]
        print(f"bench_docs: {args.runs} runs each, alternating, on {args.spec}")
        ours_t: list[float] = []
        redoc_t: list[float] = []
        for _ in range(args.runs):
            ours_t.append(timed(ours_cmd, env))
            redoc_t.append(timed(redoc_cmd, env))
        ours_s, redoc_s = statistics.median(ours_t), statistics.median(redoc_t)
        ours_w, redoc_w = weight(ours_dir / "index.html"), weight(redoc_html)
        browser = not args.no_browser and CHROMIUM.exists()
        pages = {"ours": ours_dir / "index.html", "redoc": redoc_html}
        load = load_events(pages, args.runs) if browser else None
        sdk = sdk_share(args.spec, args.runs)
    print(f"{'':24}{'skilldeo-api docs':>20}{'redocly build-docs':>20}")
    print(f"{'build time (median)':24}{ours_s:>19.3f}s{redoc_s:>19.3f}s")
    print(f"{'  of which SDK samples':24}{sdk:>19.3f}s   (generator.sdk.sample, imports included)")
    print(f"{'page bytes':24}{ours_w[0]:>20,}{redoc_w[0]:>20,}")
    print(f"{'page bytes gzipped':24}{ours_w[1]:>20,}{redoc_w[1]:>20,}")
    speed = redoc_s / ours_s
    size, size_gz = ours_w[0] / redoc_w[0], ours_w[1] / redoc_w[1]
    print(f"speed: ours is {speed:.2f}x as fast as Redocly (target > 1)")
    print(f"weight: ours is {size:.3f} of Redocly's bytes, {size_gz:.3f} gzipped (target <= 0.1)")
    print(f"speed without the SDK samples: {redoc_s / (ours_s - sdk):.2f}x as fast as Redocly")
    loaded = report_load(load)
    met = speed > 1 and size <= 0.1 and loaded
    print("bench_docs: targets " + ("met" if met else "NOT met"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
