"""The SDK job: write the Python SDK (distribution skilldeo-client) and the TypeScript SDK (npm
package skilldeo-client) from the loaded spec.

`generate(spec, out)` is the entry point. openapi-python-client renders the models and request
builders through our template overrides in templates/python/; our own templates in
templates/python_extra/ add what it cannot (transport and retries, pagination, the OTP helpers),
driven by what `analysis.analyse` finds in the spec (`writer` does the work). The heavy imports
happen only when it runs: the docs job uses `sdk.sample` without paying for the generator.
`generate_typescript(spec, out)` renders templates/typescript/ from the same analysis and compiles
it with the pinned TypeScript (`typescript` does the work).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.core.spec import Spec

__all__ = ["generate", "generate_typescript"]


def generate(spec: Spec, out: Path) -> None:
    """Write the whole SDK project (pyproject.toml, README.md, skilldeo_client/) into `out`."""
    from generator.sdk.writer import write

    write(spec, out)


def generate_typescript(spec: Spec, out: Path) -> None:
    """Write the whole TypeScript package (package.json, README.md, src/, dist/) into `out`."""
    from generator.sdk.typescript import write

    write(spec, out)
