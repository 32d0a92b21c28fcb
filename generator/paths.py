"""Where things live in the project tree, in one place."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
GENERATED = ROOT / "generated"
TEMPLATES = Path(__file__).resolve().parent / "templates"
