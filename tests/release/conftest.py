"""The release tests run on copies of tests/data/diff_base.yaml in a temporary folder, each with
its own versions/: they name what they edit, and never touch openapi.yaml or versions/."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.core.spec import Spec, load

DIFF_BASE = Path(__file__).resolve().parent.parent / "data" / "diff_base.yaml"
Data = dict[str, Any]


@pytest.fixture(scope="session")
def base() -> Spec:
    return load(DIFF_BASE)


@pytest.fixture
def project(tmp_path: Path, base: Spec) -> Path:
    """A folder with openapi.yaml (the frozen copy, as written by hand) and an empty versions/."""
    (tmp_path / "openapi.yaml").write_text(base.text, encoding="utf-8")
    (tmp_path / "versions").mkdir()
    return tmp_path


def edited(spec: Spec, edit: str, version: str | None = None) -> Data:
    """The spec's data with one edit: `staging` (an addition), `drop-link` (breaking), `docs`."""
    data: Data = copy.deepcopy(spec.data)
    if edit == "staging":
        data["servers"].append({"url": "https://staging.skilldeo.com/api/v1"})
    elif edit == "drop-link":
        del data["paths"]["/svc/campaign/getLink"]
    elif edit == "docs":
        data["info"]["description"] = "Edited."
    if version:
        data["info"]["version"] = version
    return data


def save(path: Path, data: Data) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path
