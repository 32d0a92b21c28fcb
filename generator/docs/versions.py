"""The versioned site: a page per released version beside the latest, a switcher, a changelog.

The latest reference (the spec being built) stays at the site's root; each released version,
frozen in versions/ (`generator.diff.changelog`), gets its own reference at `vX.Y.Z/`, rendered
from its frozen spec. Every page lists the versions and links the changelog page
(`changelog.html`), which prints the Python SDK's CHANGELOG.md: released entries as they were
written, then the changes not yet released.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import jinja2
from markdown_it import MarkdownIt
from markupsafe import Markup

from generator.core.spec import Spec
from generator.diff import changelog
from generator.docs.text import sha256_source

CHANGELOG_PAGE = "changelog.html"


@dataclass(frozen=True)
class Link:
    label: str
    href: str
    current: bool


@dataclass(frozen=True)
class Versions:
    """What the switcher shows on one page: the versions, newest first, and the changelog."""

    links: list[Link]
    changelog: str


def folder(version: str) -> str:
    return f"v{version}"


def switcher(latest: str, released: list[str], current: str | None) -> Versions:
    """The switcher of the page of `current` (None: the latest, at the root)."""
    up = "../" if current is not None else ""
    links = [Link(f"{latest} (latest)", f"{up}index.html", current is None)]
    for version in reversed(released):
        href = f"{up}{folder(version)}/index.html"
        links.append(Link(version, href, current == version))
    return Versions(links, f"{up}{CHANGELOG_PAGE}")


def released(spec: Spec, versions_dir: Path | None = None) -> list[Spec]:
    """The frozen specs of the released versions, oldest first."""
    return changelog.released(spec, versions_dir or changelog.versions_for(spec))


def _changelog_markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
    md.disable("image")  # the page asks nothing of the network
    md.validateLink = lambda url: False  # type: ignore[method-assign]
    return md


def changelog_html(spec: Spec, versions_dir: Path | None = None) -> Markup:
    """The SDK's changelog as HTML; its folded documentation lists become plain headings."""
    text = changelog.render(spec, versions_dir or changelog.versions_for(spec), "python")
    text = re.sub(r"<!--.*?-->\n*", "", text, flags=re.DOTALL)
    text = re.sub(r"<details>\n<summary>(.*?)</summary>", r"#### \1", text)
    text = text.replace("</details>\n", "")
    return Markup(_changelog_markdown().render(text))


def for_latest(spec: Spec, versions_dir: Path | None = None) -> Versions:
    """The switcher of the root page, the spec being built."""
    return switcher(spec.version, [s.version for s in released(spec, versions_dir)], None)


def _changelog_page(
    spec: Spec, env: jinja2.Environment, css: str, versions_dir: Path | None
) -> str:
    style = sha256_source(css)
    csp = f"default-src 'none'; style-src '{style}'; base-uri 'none'; form-action 'none'"
    return env.get_template("changelog.html.jinja").render(
        title=(spec.data.get("info") or {}).get("title", "API"),
        css=Markup(css),
        csp=csp,
        body=changelog_html(spec, versions_dir),
        versions=for_latest(spec, versions_dir),
    )


def write(
    spec: Spec,
    out: Path,
    render: Callable[[Spec, Versions], str],
    page: tuple[jinja2.Environment, str],
    versions_dir: Path | None = None,
) -> None:
    """Write `vX.Y.Z/` for each released version (by `render`, the reference page) and the
    changelog page; `page` is the template environment and the CSS of the site."""
    frozen = released(spec, versions_dir)
    names = [s.version for s in frozen]
    for version_spec in frozen:
        target = out / folder(version_spec.version)
        target.mkdir(parents=True, exist_ok=True)
        here = switcher(spec.version, names, version_spec.version)
        (target / "index.html").write_text(render(version_spec, here), encoding="utf-8")
        (target / "openapi.yaml").write_text(version_spec.text, encoding="utf-8")
        data = json.dumps(version_spec.data, indent=2, ensure_ascii=False, default=str)
        (target / "openapi.json").write_text(data + "\n", encoding="utf-8")
    env, css = page
    (out / CHANGELOG_PAGE).write_text(_changelog_page(spec, env, css, versions_dir), "utf-8")
