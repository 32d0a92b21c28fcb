"""Where things live in the project tree, in one place."""

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
ROOT = PACKAGE.parent
SPEC = ROOT / "openapi.yaml"
GENERATED = ROOT / "generated"
