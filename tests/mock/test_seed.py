"""The mock's seed: the documented records, generated extras deterministic from --seed, and
every seeded record valid against the spec's schemas."""

from __future__ import annotations

from collections import Counter
from typing import Any

import jsonschema_rs

from generator.core.spec import Spec
from skilldeo_mock.seed import agent_link, load_seed


def schema(spec: Spec, name: str) -> jsonschema_rs.Validator:
    document = {"$ref": f"#/components/schemas/{name}", "components": spec.data["components"]}
    return jsonschema_rs.Draft202012Validator(document, validate_formats=True)


def test_the_same_seed_gives_the_same_data() -> None:
    assert load_seed(3) == load_seed(3)
    assert load_seed(3).agents != load_seed(4).agents
    assert load_seed(3).interviews != load_seed(4).interviews


def test_seed_sizes_and_documented_records() -> None:
    data = load_seed(0)
    per_org = Counter(a["org_id"] for a in data.agents)
    assert per_org == {88: 43, 99: 7}
    interviews = Counter(i["org_id"] for i in data.interviews)
    assert interviews == {88: 151, 99: 20}
    assert {i["status"] for i in data.interviews} == {
        "invited",
        "in_progress",
        "completed",
        "expired",
    }
    assert len({a["id"] for a in data.agents}) == len(data.agents)
    assert len({i["id"] for i in data.interviews}) == len(data.interviews)
    by_id = {a["id"]: a for a in data.agents}
    assert by_id[22554]["link"] == "https://interview.skilldeo.com/join/abc123XYZ"
    assert by_id[22553]["link"] == agent_link(22553) != agent_link(22552)
    # Agent 22554 keeps only the documented interview, so the docs' list sample replays exactly.
    assert [i["id"] for i in data.interviews if i["agent_id"] == 22554] == [5012]


def test_every_seeded_record_matches_the_spec(spec: Spec) -> None:
    data = load_seed(0)
    details, result = schema(spec, "CampaignDetails"), schema(spec, "InterviewResult")
    fields = (
        "id",
        "name",
        "status",
        "skill",
        "location",
        "job_expiry_date",
        "start_date",
        "end_date",
    )
    for agent in data.agents:
        details.validate({k: agent[k] for k in fields if k in agent})
    for item in data.interviews:
        record: dict[str, Any] = {
            "interview_id": item["id"],
            "candidate_email": item["candidate_email"],
            "status": item["status"],
        }
        record.update({k: item[k] for k in ("overall_decision", "scores") if k in item})
        result.validate(record)
        assert ("scores" in item) == (item["status"] == "completed")
