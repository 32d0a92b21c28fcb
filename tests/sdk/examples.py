"""What the SDK tests send and answer, read from the loaded spec's examples (never pinned)."""

from __future__ import annotations

from tests.support.contract import current, parameter_example, response_example

AGENT = parameter_example(current(), "campaignLink", "campaignId")
LIST_ANSWER = response_example(current(), "campaignList")
LINK_ANSWER = response_example(current(), "campaignLink")
