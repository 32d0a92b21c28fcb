"""The docs job: safety against hostile spec text, byte-identical output, and page content."""

from __future__ import annotations

import copy
import html
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import build, docs
from generator.core.spec import Spec, parse
from generator.diff import changelog
from generator.docs.search import STOP
from generator.sdk.variables import ENV_BY_FIELD
from tests.support.contract import (
    body_example,
    body_schema,
    current,
    media_example,
    operation_ids,
    public_operations,
    request_field,
)
from tests.support.docs_page import (
    BREAKOUT,
    SHELL,
    XSS,
    elements,
    extract_samples,
    hostile_spec,
)

# The site's own pages the switcher links (generator/docs/versions.py): the changelog, the
# latest page and each released version's.
SITE_LINKS = {"changelog.html", "index.html"} | {
    f"v{s.version}/index.html" for s in changelog.frozen()
}


def test_hostile_text_never_becomes_markup_or_script() -> None:
    page = docs.render(hostile_spec())
    parsed = elements(page)
    tag_names = {tag for tag, _ in parsed.tags}
    assert not tag_names & {"img", "iframe", "object", "embed", "base", "form"}
    for tag, attrs in parsed.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        for name in ("href", "src", "xlink:href", "action"):
            target = attrs.get(name, "").strip().lower()
            assert not target.startswith(("javascript:", "data:", "vbscript:")), (tag, attrs)
        if tag == "a" and "href" in attrs:
            assert attrs["href"].startswith(
                ("#", "http://", "https://", "mailto:", "openapi.")
            ) or (attrs["href"] in SITE_LINKS), attrs
    # Exactly our two scripts: the page's own code, and the search index as inert JSON.
    assert [a.get("type") for a, _ in parsed.scripts] == [None, "application/json"]
    index = json.loads(parsed.scripts[1][1])
    assert any(XSS in " ".join(row) for row in index["r"])  # carried as data, intact
    assert "window.__pwned" not in parsed.scripts[0][1]
    # The text is all there, shown as text.
    assert html.escape(BREAKOUT, quote=False) in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert '<a href="https://example.com/ok">fine</a>' in page
    assert "[click me](javascript:window.__pwned=5)" in page


def test_page_allows_only_its_own_script_and_style() -> None:
    page = docs.render(hostile_spec())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp is not None
    policy = html.unescape(csp.group(1))
    assert "default-src 'none'" in policy
    assert "unsafe-inline" not in policy
    assert len(re.findall(r"'sha256-", policy)) == 2


def test_build_is_byte_identical_on_rerun(spec: Spec, tmp_path: Path) -> None:
    build.generate(spec, ["docs"], root=tmp_path / "a")
    build.generate(spec, ["docs"], root=tmp_path / "b")
    first = {
        p.relative_to(tmp_path / "a"): p.read_bytes()
        for p in (tmp_path / "a").rglob("*")
        if p.is_file()
    }
    second = {
        p.relative_to(tmp_path / "b"): p.read_bytes()
        for p in (tmp_path / "b").rglob("*")
        if p.is_file()
    }
    released = [
        f"docs/v{frozen.version}/{name}"
        for frozen in changelog.frozen()
        for name in ("index.html", "openapi.json", "openapi.yaml")
    ]
    site = ["docs/changelog.html", "docs/index.html", "docs/openapi.json", "docs/openapi.yaml"]
    assert sorted(str(p) for p in first) == sorted([*site, *released])
    assert first == second


def test_downloads_are_the_contract(spec: Spec, tmp_path: Path) -> None:
    docs.generate(spec, tmp_path)
    assert (tmp_path / "openapi.yaml").read_text(encoding="utf-8") == spec.text
    assert json.loads((tmp_path / "openapi.json").read_text(encoding="utf-8")) == spec.data


def test_every_operation_and_model_has_its_section_and_samples(spec: Spec) -> None:
    page = docs.render(spec)
    ids = set(re.findall(r'\sid="([^"]+)"', page))
    samples = extract_samples(page)
    for op in spec.operations():
        assert f"op-{op.operation_id}" in ids
        assert ("curl", op.operation_id) in samples
        assert ("js", op.operation_id) in samples  # the TypeScript SDK's
        assert ("fetch", op.operation_id) in samples
        assert ("python", op.operation_id) in samples
    for name in spec.data["components"]["schemas"]:
        assert f"model-{name}" in ids
    # every in-page link lands on an element of the page
    targets = {html.unescape(t) for t in re.findall(r'href="#([^"]*)"', page)}
    assert targets - ids == set()


def _links(spec: Spec, source: str) -> list[dict[str, Any]]:
    """The links of an operation's responses, in document order."""
    found: list[dict[str, Any]] = []
    for response in (spec.operation(source).data.get("responses") or {}).values():
        found += [spec.resolve(x) for x in (spec.resolve(response).get("links") or {}).values()]
    return found


def _sign_in_chain(spec: Spec) -> tuple[list[str], dict[str, Any]]:
    """A token-free operation, the token-free one its link leads to, and the first call that one
    unlocks; with the link between the first two."""
    public = set(public_operations(spec))
    for start in public_operations(spec):
        for link in _links(spec, start):
            verify = link.get("operationId")
            then = [x["operationId"] for x in _links(spec, str(verify)) if x.get("operationId")]
            locked = [oid for oid in then if oid not in public]
            if verify in public and locked:
                return [start, str(verify), locked[0]], link
    raise AssertionError("no token-free chain of links leads to a call that needs the token")


def test_page_shows_constraints_and_examples(spec: Spec) -> None:
    page = docs.render(spec)
    bodies = [op.operation_id for op in spec.operations() if "requestBody" in op.data]
    fields = [(oid, name) for oid in bodies for name in body_schema(spec, oid)["properties"]]
    patterns = {request_field(spec, oid, name).get("pattern") for oid, name in fields}
    for pattern in patterns - {None}:
        assert f"pattern {html.escape(str(pattern), quote=False)}" in page
    top = request_field(spec, "campaignList", "top")
    assert f"max {top['maximum']}" in page and f"default {top['default']}" in page
    for oid in bodies:  # the documented example of each request body
        shown = html.escape(json.dumps(body_example(spec, oid), indent=2), quote=False)
        assert shown in page, oid


def test_page_walks_through_sign_in_and_shows_the_error_envelope(spec: Spec) -> None:
    page = docs.render(spec)
    walk = page[page.index('id="authentication"') : page.index('id="status-codes"')]
    chain, link = _sign_in_chain(spec)
    order = [walk.index(f'href="#op-{oid}"') for oid in chain]
    assert order == sorted(order)
    carried = {
        name: value.removeprefix("$response.body#/")
        for name, value in (link.get("requestBody") or {}).items()
        if isinstance(value, str) and value.startswith("$response.body#/")
    }
    assert carried, link
    for name, answer in carried.items():
        assert f"{answer} of the answer" in walk and f"$SKILLDEO_{name.upper()}" in walk
    errors = page[page.index('id="errors"') : page.index('id="call-flow"')]
    assert "status_code" in errors and "message" in errors


def test_the_call_flow_shows_every_operation_a_link_joins(spec: Spec) -> None:
    """The diagram is drawn from the links: an operation in none of them is not in it."""
    page = docs.render(spec)
    flow = page[page.index("<svg") : page.index("</svg>")]
    joined = set()
    for op in spec.operations():
        targets = {str(x.get("operationId")) for x in _links(spec, op.operation_id)}
        targets.discard(op.operation_id)
        if targets:
            joined |= {op.operation_id, *targets}
    shown = set(re.findall(r'href="#op-([^"]+)"', flow))
    assert joined and shown == joined


TOP_MAX = request_field(current(), "campaignList", "top")["maximum"]


@pytest.mark.parametrize(
    ("sibling", "shown"),
    [(TOP_MAX // 2, f"max {TOP_MAX // 2}"), (TOP_MAX * 5, f"max {TOP_MAX}")],
)
def test_constraints_next_to_a_ref_show_what_applies(spec: Spec, sibling: int, shown: str) -> None:
    """In 3.1 a sibling of $ref and its target both apply: the page shows the tighter bound."""
    edited = copy.deepcopy(spec)
    top = edited.data["components"]["schemas"]["CampaignListRequest"]["properties"]["top"]
    top["maximum"] = sibling
    page = docs.render(edited)
    request = page[page.index('id="op-campaignList-req-0"') :]
    field = request[request.index('<code class="fn">top</code>') :]
    assert shown in field[: field.index("</li>")]


def test_deprecated_operations_and_fields_get_badges() -> None:
    spec = hostile_spec()
    spec.data["paths"]["/things/{id}"]["post"]["deprecated"] = True
    spec.data["components"]["schemas"]["Evil"]["properties"]["note"]["deprecated"] = True
    page = docs.render(spec)
    assert page.count('<span class="badge dep">deprecated</span>') >= 3  # sidebar, heading, field


def test_docs_command_reports_a_bad_spec_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.1.0\ninfo: [\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "docs", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "bad.yaml:" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "JAVASCRIPT:x", "data:text/html,x", "file:///etc/passwd"]
)
def test_markdown_links_outside_the_allow_list_stay_text(url: str) -> None:
    from generator.docs.text import markdown

    rendered = str(markdown(f"[x]({url})"))
    assert "<a" not in rendered


def _curl_args(sample: str, cwd: Path, env: dict[str, str]) -> list[str]:
    """Run a curl sample with a stand-in `curl` that only reports the arguments it was given."""
    bin_dir = cwd / "bin"
    bin_dir.mkdir(exist_ok=True)
    stub = bin_dir / "curl"
    stub.write_text('#!/bin/sh\nfor a in "$@"; do printf \'%s\\0\' "$a"; done\n', encoding="utf-8")
    stub.chmod(0o755)
    run_env = {"PATH": f"{bin_dir}:/usr/bin:/bin", **env}
    proc = subprocess.run(
        ["sh", "-c", sample], cwd=cwd, env=run_env, capture_output=True, check=True
    )
    return proc.stdout.decode().split("\0")[:-1]


def _emailed_code(spec: Spec, op: Any) -> dict[str, str]:
    """The variable of the e-mailed code, set to the operation's documented one, if it sends it."""
    body = spec.resolve(op.data.get("requestBody") or {}).get("content", {}).get("application/json")
    example = media_example(spec, body) if body is not None else None
    if not isinstance(example, dict):
        return {}
    return {var: str(example[name]) for name, var in ENV_BY_FIELD.items() if name in example}


def test_curl_samples_send_exactly_the_documented_example(spec: Spec, tmp_path: Path) -> None:
    samples = extract_samples(docs.render(spec))
    env = {"SKILLDEO_BASE_URL": "http://base.test/v1", "SKILLDEO_TOKEN": "tok"}
    for op in spec.operations():
        sent = {**env, **_emailed_code(spec, op)}  # else the sample asks for it on stdin
        args = _curl_args(samples[("curl", op.operation_id)], tmp_path, sent)
        url = next(a for a in args if a.startswith("http"))
        assert url.startswith(f"http://base.test/v1{op.path}")
        body = (
            spec.resolve(op.data.get("requestBody") or {})
            .get("content", {})
            .get("application/json")
        )
        if body is not None:
            example = media_example(spec, body)
            assert json.loads(args[args.index("-d") + 1]) == example, op.operation_id
        if op.data.get("security"):
            assert "Authorization: Bearer tok" in args


def test_hostile_example_stays_data_in_the_curl_sample(tmp_path: Path) -> None:
    spec = hostile_spec()
    (sample,) = [
        code for (lang, _), code in extract_samples(docs.render(spec)).items() if lang == "curl"
    ]
    args = _curl_args(
        sample, tmp_path, {"SKILLDEO_BASE_URL": "http://base.test", "HOME": "/nowhere"}
    )
    sent = json.loads(args[args.index("-d") + 1])
    assert sent["q"] == SHELL and sent["note"] == BREAKOUT
    assert "${SKILLDEO_Q:-" in sample
    assert not (tmp_path / "pwned").exists()
    env = {"SKILLDEO_BASE_URL": "http://base.test", "SKILLDEO_Q": "from env"}
    sent = json.loads(_curl_args(sample, tmp_path, env)[-1])
    assert sent["q"] == "from env"


def test_a_minimal_spec_renders_without_the_optional_sections() -> None:
    spec = parse(
        "openapi: 3.1.0\n"
        "info: {title: Tiny, version: '1.0.0'}\n"
        "servers: [{url: 'http://tiny.example/api'}]\n"
        "paths:\n"
        "  /things/{id}:\n"
        "    delete:\n"
        "      operationId: deleteThing\n"
        "      parameters: [{name: id, in: path, required: true, schema: {type: integer}}]\n"
        "      responses: {'204': {description: Gone.}}\n",
        "tiny.yaml",
    )
    page = docs.render(spec)
    assert 'id="op-deleteThing"' in page
    assert 'id="call-flow"' not in page and 'id="errors"' not in page
    fetch = extract_samples(page)[("fetch", "deleteThing")]
    assert "response.json()" not in fetch  # a 204 has no body to parse
    curl = extract_samples(page)[("curl", "deleteThing")]
    assert '"${SKILLDEO_BASE_URL:-http://tiny.example/api}/things/${SKILLDEO_ID:-}"' in curl


def _index(page: str) -> list[tuple[str, str, str, str, set[str]]]:
    """The search index's rows, each with its other words spelled out."""
    found = re.search(r'<script type="application/json" id="search-index">(.*?)</script>', page)
    assert found is not None
    data = json.loads(found.group(1))
    return [
        (kind, title, detail, href, {data["w"][int(n, 36)] for n in numbers.split()})
        for kind, title, detail, href, numbers in data["r"]
    ]


def _searchable(row: tuple[str, str, str, str, set[str]]) -> set[str]:
    _, title, detail, _, other = row
    return set(re.findall(r"[0-9a-z_]+", f"{title} {detail}".lower())) | other


def test_search_index_covers_descriptions_enums_statuses_and_examples(spec: Spec) -> None:
    page = docs.render(spec)
    rows = _index(page)
    ids = {html.unescape(i) for i in re.findall(r'\sid="([^"]+)"', page)}
    assert len(ids) == len(re.findall(r'\sid="', page)), "an id is used twice"
    assert {href[1:] for *_, href, _ in rows} <= ids  # every result lands on the page
    words = set().union(*(_searchable(r) for r in rows))
    for op in spec.operations():
        for status in op.data["responses"]:
            hit = [r for r in rows if r[3] == f"#op-{op.operation_id}-res-{status}"]
            assert hit and hit[0][1].startswith(str(status))
        description = str(op.data.get("description", ""))
        assert set(re.findall(r"[a-z]{5,}", description.lower())) - STOP <= words, op.operation_id
    for schema in spec.data["components"]["schemas"].values():
        for value in schema.get("enum") or []:
            assert str(value).lower() in words
    for oid in operation_ids(spec):
        example = json.dumps(body_example(spec, oid)) if body_schema_or_none(spec, oid) else ""
        assert set(re.findall(r"[a-z]{4,}", example.lower())) - STOP <= words, oid


def body_schema_or_none(spec: Spec, oid: str) -> bool:
    return "requestBody" in spec.operation(oid).data


def test_search_index_stays_small(spec: Spec) -> None:
    """Each word is written once for the page; a row lists a word once, and not the words of
    its own title and detail."""
    page = docs.render(spec)
    found = re.search(r'id="search-index">(.*?)</script>', page)
    assert found is not None
    data = json.loads(found.group(1))
    assert len(data["w"]) == len(set(data["w"]))
    for _, title, detail, _, numbers in data["r"]:
        listed = numbers.split()
        assert len(listed) == len(set(listed))
        own = set(re.findall(r"[0-9a-z_]+", f"{title} {detail}".lower()))
        assert not own & {data["w"][int(n, 36)] for n in listed}
    assert len(found.group(1)) < len(page) / 6


def test_models_shown_in_full_once(spec: Spec) -> None:
    """A model with a home in an operation points there; its fields are not listed twice."""
    page = docs.render(spec)
    homes = re.findall(
        r'<section class="model" id="model-([^"]+)">((?:(?!</section>).)*?)'
        r'Its fields are shown with the <a href="#([^"]+)">',
        page,
        re.S,
    )
    assert homes
    for name, entry, target in homes:
        assert '<ul class="tree">' not in entry
        assert f'id="{target}"' in page
        fields = spec.data["components"]["schemas"][name].get("properties") or {}
        for field in fields:
            assert f'id="m-{name}.{field}"' in page, (name, field)


def test_no_link_inside_a_summary_and_the_diagram_is_a_group(spec: Spec) -> None:
    page = docs.render(spec)
    for summary in re.findall(r"<summary>(.*?)</summary>", page, re.S):
        assert "<a " not in summary and "<button" not in summary
    svg = page[page.index("<svg") : page.index(">", page.index("<svg"))]
    assert 'role="img"' not in svg and 'role="group"' in svg


def test_error_responses_show_their_schema_inline(spec: Spec) -> None:
    page = docs.render(spec)
    for op in spec.operations():
        section = page[page.index(f'id="op-{op.operation_id}"') :]
        section = section[: section.index("</section>")]
        for status, raw in op.data["responses"].items():
            if str(status)[0] not in "45":
                continue
            for media in spec.resolve(raw).get("content", {}).values():
                schema = spec.resolve(spec.resolve(media).get("schema") or {})
                for field in schema.get("properties") or {}:
                    assert f"<code>{field}</code>" in section or f">{field}</code>" in section


def test_try_it_may_reach_only_what_the_reader_picks(spec: Spec) -> None:
    page = docs.render(spec)
    found = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert found is not None
    policy = html.unescape(found.group(1))
    assert "connect-src http: https:" in policy
    assert "unsafe" not in policy and "default-src 'none'" in policy


def test_sdk_install_lines_shown_once_above_the_first_operation(spec: Spec) -> None:
    from generator.docs import model as docs_model

    page = docs.render(spec)
    tags = docs_model.build(spec).tags
    lines = {s.install for t in tags for o in t.operations for s in o.samples}
    lines.discard("")
    assert lines  # the Python and JavaScript samples import the SDKs
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    first_op = html.unescape(re.sub(r"<[^>]+>", "", page[: page.index('<section class="op')]))
    for line in lines:
        assert text.count(line) == 1 and line in first_op
