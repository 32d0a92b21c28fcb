"""`python -m skilldeo_mock`: the same mock as `skilldeo-api mock`."""

from __future__ import annotations

import sys

from generator.spec import SpecError
from skilldeo_mock.options import OptionError, build, parser
from skilldeo_mock.server import StartError, serve


def main(argv: list[str] | None = None) -> int:
    p = parser()
    args = p.parse_args(argv)
    try:
        options = build(
            host=args.host,
            port=args.port,
            db=args.db,
            otp=args.otp,
            seed=args.seed,
            defects=args.defect,
            latency_ms=args.latency_ms,
            fault_rates=args.fault_rate,
            spec=args.spec,
        )
    except OptionError as exc:
        p.error(str(exc))
    try:
        serve(options)
    except (StartError, SpecError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
