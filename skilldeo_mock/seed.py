"""The seed data: the documentation's examples from seed.json plus extras generated from --seed."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

SEED_FILE = Path(__file__).resolve().parent / "seed.json"
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True)
class SeedData:
    orgs: list[dict[str, Any]]
    users: list[dict[str, Any]]
    agents: list[dict[str, Any]]
    interviews: list[dict[str, Any]]  # each with org_id, and overall_decision/scores when evaluated


def agent_link(agent_id: int) -> str:
    """A stable link derived from the id, so it survives reseeding and restarts."""
    number = int.from_bytes(hashlib.sha256(f"skilldeo-agent-{agent_id}".encode()).digest()[:8])
    code = ""
    for _ in range(9):
        number, digit = divmod(number, 62)
        code += _ALPHABET[digit]
    return f"https://interview.skilldeo.com/join/{code}"


def _scores(rng: random.Random, vocab: dict[str, Any], role: str, skill: str) -> dict[str, Any]:
    soft = rng.sample(vocab["soft_skills"], 2)
    return {
        "job_stability_score": rng.randint(30, 95),
        "role_fitment": [{"role": f"{role} Developer", "competency_level": rng.randint(1, 5)}],
        "soft_skills": [
            {"skill": s, "competency_level": rng.randint(1, 5), "skill_type": "interpersonal"}
            for s in soft
        ],
        "tech_skills": [
            {"skill": skill, "competency_level": rng.randint(1, 5), "skill_type": "programming"}
        ],
    }


Rows = list[dict[str, Any]]


def _generate(
    recipe: dict[str, Any], vocab: dict[str, Any], rng: random.Random, agents: Rows
) -> tuple[Rows, Rows]:
    org = recipe["org_id"]
    new_agents = []
    names = [f"{role} {fmt}" for role, _ in vocab["roles"] for fmt in vocab["formats"]]
    skills = {f"{role} {fmt}": skill for role, skill in vocab["roles"] for fmt in vocab["formats"]}
    roles = {f"{role} {fmt}": role for role, _ in vocab["roles"] for fmt in vocab["formats"]}
    for offset, name in enumerate(rng.sample(names, recipe["agents"])):
        year = rng.choice([2024, 2025, 2026])
        month = rng.randint(1, 12)
        new_agents.append(
            {
                "id": recipe["first_agent_id"] + offset,
                "org_id": org,
                "name": name,
                "status": "active" if rng.random() < 0.7 else "inactive",
                "skill": skills[name],
                "location": rng.choice(vocab["locations"]),
                "start_date": f"{year}-{month:02d}-01T00:00:00Z",
                "end_date": f"{year}-12-31T00:00:00Z",
                "job_expiry_date": f"{year + 1}-01-31T00:00:00Z",
            }
        )
    pool = [a for a in agents if a["org_id"] == org and a["id"] not in recipe["skip_agents"]]
    pool += new_agents
    statuses = [s for s, _ in vocab["statuses"]]
    weights = [w for _, w in vocab["statuses"]]
    interviews = []
    for offset in range(recipe["interviews"]):
        agent = rng.choice(pool)
        status = rng.choices(statuses, weights)[0]
        first, last = rng.choice(vocab["first_names"]), rng.choice(vocab["last_names"])
        item: dict[str, Any] = {
            "id": recipe["first_interview_id"] + offset,
            "org_id": org,
            "agent_id": agent["id"],
            "candidate_email": f"{first}.{last}{offset + 1}@{recipe['domain']}",
            "status": status,
        }
        if status == "completed":
            role = roles.get(agent["name"], agent["name"].split(" AI ")[0])
            item["overall_decision"] = rng.choice(vocab["decisions"])
            item["scores"] = _scores(rng, vocab, role, agent["skill"])
        interviews.append(item)
    return new_agents, interviews


def load_seed(seed: int) -> SeedData:
    """The seed file's records plus the generated ones; the same `seed` gives the same data."""
    raw = orjson.loads(SEED_FILE.read_bytes())
    rng = random.Random(seed)
    agents = [dict(a) for a in raw["agents"]]
    org_of = {a["id"]: a["org_id"] for a in agents}
    interviews = [{**i, "org_id": org_of[i["agent_id"]]} for i in raw["interviews"]]
    for recipe in raw["generated"]:
        new_agents, new_interviews = _generate(recipe, raw["vocabulary"], rng, agents)
        agents += new_agents
        interviews += new_interviews
    for agent in agents:
        agent.setdefault("link", agent_link(agent["id"]))
    return SeedData(orgs=raw["orgs"], users=raw["users"], agents=agents, interviews=interviews)


def seed_users() -> list[dict[str, Any]]:
    """The users of the seed file, in its order: the first is the documentation's sample user."""
    users: list[dict[str, Any]] = orjson.loads(SEED_FILE.read_bytes())["users"]
    return users
