"""The SDK's Python samples as the docs build makes them: in one batch, one formatter process."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from generator import docs
from generator.core.spec import Spec
from generator.sdk import sample as client_sample
from tests.support.contract import body_schema, operation_ids, public_operations
from tests.support.docs_page import extract_samples


def _count_runs(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    calls: list[list[str]] = []
    real = subprocess.run

    def counting(cmd: list[str], *args: Any, **kwargs: Any) -> Any:
        calls.append(cmd)
        return real(cmd, *args, **kwargs)

    monkeypatch.setattr(subprocess, "run", counting)
    return calls


def test_the_docs_build_formats_every_sample_in_one_process(
    spec: Spec, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_sample.clear_cache()  # what this process formatted or built before does not count
    docs.clear_cache()
    calls = _count_runs(monkeypatch)
    page = docs.render(spec)
    assert len(calls) == 1 and calls[0][1:4] == ["-m", "ruff", "format"]
    # The same samples again (the page of a released version): formatted once per process.
    assert docs.render(spec) == page and len(calls) == 1
    python = {oid: code for (lang, oid), code in extract_samples(page).items() if lang == "python"}
    assert set(python) == {op.operation_id for op in spec.operations()}


def test_a_batch_gives_each_operation_its_single_sample_in_order(spec: Spec) -> None:
    every = operation_ids(spec)
    ids = [every[3], every[4], every[0]]  # not in document order
    batch = client_sample.python_samples(spec, ids)
    assert list(batch) == ids
    assert batch == {oid: client_sample.python_sample(spec, oid) for oid in ids}
    assert client_sample.python_samples(spec, []) == {}
    with pytest.raises(KeyError):
        client_sample.python_samples(spec, [every[0], "noSuchOperation"])


def test_samples_come_out_formatted(spec: Spec) -> None:
    code = client_sample.python_sample(spec, operation_ids(spec)[3])
    assert max(len(line) for line in code.splitlines()) <= 88  # ruff's default width
    check = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--isolated", "--check", "-"],
        input=code,
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr


def test_every_language_reads_the_sign_up_address_from_skilldeo_email(spec: Spec) -> None:
    samples = extract_samples(docs.render(spec))
    sending_email = [
        oid for oid in public_operations(spec) if "email" in body_schema(spec, oid)["properties"]
    ]
    assert sending_email
    for lang in ("curl", "python", "js"):
        for oid in sending_email:
            assert "SKILLDEO_EMAIL" in samples[(lang, oid)], (lang, oid)
    assert not any("SIGNUP_EMAIL" in code for code in samples.values())
