"""The diff written for its audiences, checked on the change drill's catalogue: what each change
means for wire clients and for SDK users (by Python name), and a migration line for each
breaking change. The catalogue (tests/support/drill.py) finds what it edits by role and says
what the diff must tell each audience."""

from __future__ import annotations

import copy

import pytest
import yaml

from generator.core.spec import Spec, parse
from generator.diff import diff
from generator.diff.render import markdown, summary, text
from tests.support.drill import CATALOGUE, Change, changed

NOTES = {"wire": "wire_note", "sdk": "sdk_note", "migration": "migration"}


def _head(base: Spec, change: Change) -> tuple[Spec, dict[str, str]]:
    data, expect = changed(base, change)
    head = parse(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "openapi.yaml")
    return head, expect.says


@pytest.mark.parametrize("change", CATALOGUE, ids=[c.name for c in CATALOGUE])
def test_each_change_speaks_to_each_audience(diff_base: Spec, change: Change) -> None:
    head, says = _head(diff_base, change)
    report = diff(diff_base, head)
    assert says, f"{change.name}: the catalogue says nothing about the audiences"
    for c in report.changes:
        assert c.wire_note and c.sdk_note, c
        assert c.migration or not c.breaking, f"{c.kind} is breaking and has no migration line"
    for note, words in says.items():
        found = [getattr(c, NOTES[note]) for c in report.changes]
        assert any(words in text for text in found), (note, words, found)


@pytest.mark.parametrize("change", CATALOGUE, ids=[c.name for c in CATALOGUE])
def test_migration_lines_reach_the_markdown(diff_base: Spec, change: Change) -> None:
    head, _ = _head(diff_base, change)
    report = diff(diff_base, head)
    page = markdown(report)
    assert f"**{summary(report.changes)}**" in page
    for c in report.changes:
        if c.migration:
            assert c.migration in page
    assert "#/components" not in page and "`#/" not in page, "locations are lines, not pointers"


def test_documentation_changes_are_counted_and_folded(diff_base: Spec) -> None:
    head, _ = _head(diff_base, next(c for c in CATALOGUE if c.name == "rename-response-field"))
    report = diff(diff_base, head)
    page = markdown(report)
    docs = [c for c in report.changes if c.kind == "example-changed"]
    assert len(docs) == 1 and "<summary>1 documentation change</summary>" in page
    assert page.index("### Breaking") < page.index("<details>")
    assert "1 breaking, 0 possibly breaking, 0 deprecated, 0 additions, 1 docs" in page
    assert "[openapi.yaml:" in page and "](openapi.yaml#L" in page
    assert "Documentation (1):" in text(report)


def test_a_lowered_page_size_names_the_released_sdks_iterators(diff_base: Spec) -> None:
    """The released SDK's iter_* sends top=<the old maximum> although the user never set it."""
    head, _ = _head(diff_base, next(c for c in CATALOGUE if c.name == "lower-maximum"))
    refused = [c for c in diff(diff_base, head).changes if c.kind == "sdk-page-size-refused"]
    assert refused and all((c.wire, c.sdk) == ("breaking", "safe") for c in refused)
    assert all("by themselves" in c.message and "upgrade the SDK" in c.migration for c in refused)


def test_an_error_status_added_is_a_typed_error_for_sdk_users(diff_base: Spec) -> None:
    data = copy.deepcopy(diff_base.data)
    op = data["paths"]["/svc/campaign/getLink"]["get"]
    op["responses"]["429"] = {"description": "Slow down."}
    head = parse(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "openapi.yaml")
    [change] = diff(diff_base, head).changes
    assert change.kind == "response-status-added"
    assert change.wire_note.startswith("GET /svc/campaign/getLink may now answer 429")
    assert "`client.campaign_link()` raises it as a typed error" in change.sdk_note
