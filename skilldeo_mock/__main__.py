"""`python -m skilldeo_mock`: the same mock as `skilldeo-api mock`, with the same options."""

from __future__ import annotations

import sys

from generator.core.spec import SpecError
from skilldeo_mock.options import parse
from skilldeo_mock.server import StartError, serve


def main(argv: list[str] | None = None, prog: str = "python -m skilldeo_mock") -> int:
    """Parse the options (usage errors exit 2), then serve until Ctrl-C or SIGTERM."""
    options = parse(sys.argv[1:] if argv is None else argv, prog)
    try:
        serve(options)
    except (StartError, SpecError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
