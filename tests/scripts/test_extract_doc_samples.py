"""scripts/extract_doc_samples.py reads a page shaped like the published documentation."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

from generator.core.paths import ROOT

# A fragment in the documentation's own layout: one GET and one POST, scrubbed addresses included.
PAGE = """\
Gets one thing.
curl -X GET \\ "API/svc/thing/get?thingId=7&userId=1" \\ -H "A: b"
response = requests.get(
"API/svc/thing/get",
params={"thingId": 7, "userId": 1}
)
const res = await fetch( "API/svc/thing/get?thingId=7&userId=1", {})
{
"message": "Success",
"records": {"id": 7, "note": "braces } in { a string"}
}
Invites.
curl -X POST API/svc/thing/invite \\ -d '{ "emails": ["SCRUB"] }'
response = requests.post(
"API/svc/thing/invite",
json={
"emails": ["SCRUB", "SCRUB"],
}
)
const res = await fetch("API/svc/thing/invite", {body: JSON.stringify({emails: ["SCRUB"], top: 3})})
{
"invited_count": 1
}
""".replace("API", "https://api.skilldeo.com/api/v1").replace("SCRUB", "[email protected]")


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "extract", ROOT / "scripts/extract_doc_samples.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_it_finds_each_sample_with_its_route_and_line() -> None:
    samples = _script().read_samples(PAGE)
    found = [(s["method"], s["path"], s["kind"], s["source"], s["line"]) for s in samples]
    assert found == [
        ("get", "/svc/thing/get", "query", "curl", 2),
        ("get", "/svc/thing/get", "query", "python", 5),
        ("get", "/svc/thing/get", "query", "js", 7),
        ("get", "/svc/thing/get", "response", "", 8),
        ("post", "/svc/thing/invite", "request", "curl", 13),
        ("post", "/svc/thing/invite", "request", "python", 16),
        ("post", "/svc/thing/invite", "request", "js", 20),
        ("post", "/svc/thing/invite", "response", "", 21),
    ]
    assert samples[0]["value"] == {"thingId": "7", "userId": "1"}
    assert samples[1]["value"] == {"thingId": 7, "userId": 1}
    assert samples[3]["value"]["records"]["note"] == "braces } in { a string"
    emails = [s["value"]["emails"] for s in samples if s["kind"] == "request"]
    assert emails == [
        ["person1@example.com"],
        ["person2@example.com", "person3@example.com"],
        ["person4@example.com"],
    ]
    assert samples[6]["value"]["top"] == 3


def test_the_command_writes_the_data_file(tmp_path: Path) -> None:
    page = tmp_path / "doc.txt"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "samples.json"
    assert _script().main([str(page), str(out)]) == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["source"] == "doc.txt" and len(written["samples"]) == 8
    assert _script().main([]) == 2
