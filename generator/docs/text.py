"""Text helpers for the docs job: safe Markdown, JSON that can sit inside <script>, anchors.

Everything the spec says reaches the page through here or through jinja's autoescape, so a
description or example can never become markup or script.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from typing import Any

from markdown_it import MarkdownIt
from markupsafe import Markup

SAFE_SCHEMES = ("http://", "https://", "mailto:", "#")


def _safe_link(url: str) -> bool:
    # An allow-list, not markdown-it's deny-list: javascript:, data:, file: and relative links
    # (which would resolve against file:// or the host) are all refused.
    return url.strip().lower().startswith(SAFE_SCHEMES)


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    # Images would fetch from outside the page; the page must make no request.
    md.disable("image")
    md.validateLink = _safe_link  # type: ignore[method-assign]
    return md


_MD = _markdown()


def markdown(text: object) -> Markup:
    """Render spec Markdown to HTML; raw HTML in it is shown as text, unsafe links stay text."""
    if not isinstance(text, str) or not text.strip():
        return Markup("")
    return Markup(_MD.render(text))


def markdown_inline(text: object) -> Markup:
    """One line of Markdown without the surrounding paragraph."""
    if not isinstance(text, str) or not text.strip():
        return Markup("")
    return Markup(_MD.renderInline(" ".join(text.split())))


_SCRIPT_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def script_json(value: Any) -> Markup:
    """JSON for a <script type="application/json"> block: no `</script>` or `<!--` can survive."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return Markup(re.sub("[<>&\u2028\u2029]", lambda m: _SCRIPT_ESCAPES[m.group(0)], text))


def pretty_json(value: Any) -> str:
    """An example as the reader sees it (escaped later by the template)."""
    return json.dumps(value, indent=2, ensure_ascii=False, default=str)


def slug(text: str) -> str:
    """A stable, readable fragment: letters, digits, dashes."""
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "x"


def anchor_part(text: str) -> str:
    """Keep an identifier readable in an id (operationIds and model names stay as they are)."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text) or "x"


def text(value: object) -> Markup:
    """Escape for an HTML text node only: quotes stay quotes, which halves the weight of JSON."""
    raw = str(value)
    return Markup(raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def sha256_source(text: str) -> str:
    """The Content-Security-Policy source (unquoted) that allows the inline `text`."""
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
