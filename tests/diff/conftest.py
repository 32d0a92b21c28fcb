"""The spec the diff tests mutate: a frozen copy of openapi.yaml (tests/data/diff_base.yaml).

The diff's tests name what they edit (operations, components, fields) and compare a snapshot, so
they run on a copy that never changes: editing openapi.yaml cannot break the diff engine's tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.core.spec import Spec, load

DIFF_BASE = Path(__file__).resolve().parent.parent / "data" / "diff_base.yaml"


@pytest.fixture(scope="session")
def diff_base() -> Spec:
    return load(DIFF_BASE)
