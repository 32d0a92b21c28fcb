"""The reference page as the tests read it: a spec full of hostile text, the page's elements,
its code samples as a reader would copy them."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Any

import yaml

from generator.core.spec import Spec, parse

XSS = "<script>window.__pwned = 1</script>"
IMG = '<img src=x onerror="window.__pwned = 2">'
BREAKOUT = "</script><script>window.__pwned = 3</script>"
SHELL = "'$(touch pwned)' `touch pwned` \"; touch pwned; \" \\' ${HOME}"
HOSTILE_OPERATION_ID = 'evil"><script>window.__pwned=7</script>'


def hostile_spec() -> Spec:
    """A small spec whose every text slot tries to become markup or script."""
    data: dict[str, Any] = {
        "openapi": "3.1.0",
        **_hostile_header(),
        "paths": {"/things/{id}": {"post": _hostile_operation()}},
        "components": {"schemas": {"Evil": _hostile_model()}},
    }
    return parse(yaml.safe_dump(data, sort_keys=False), "hostile.yaml")


def _hostile_header() -> dict[str, Any]:
    """The spec's info, servers and tags."""
    return {
        "info": {
            "title": f"Evil {XSS}",
            "version": "1.0.0",
            "summary": f'" onmouseover="window.__pwned = 4" {IMG}',
            "description": (
                f"{XSS}\n\n{IMG}\n\n[click me](javascript:window.__pwned=5) "
                "[data](data:text/html,<script>x</script>) [fine](https://example.com/ok) "
                "![pixel](https://evil.example/pixel.png) <iframe src=https://evil.example>"
            ),
            "contact": {"url": "javascript:window.__pwned=6", "email": f"a{IMG}@x.example"},
        },
        "servers": [{"url": "javascript:alert(1)", "description": f"{IMG} [x](javascript:y)"}],
        "tags": [{"name": f"Tag {XSS}", "description": f"<b onclick=x>{XSS}</b>"}],
    }


def _hostile_operation() -> dict[str, Any]:
    """The one operation: a path parameter, a request body, and a response linking back."""
    return {
        "tags": [f"Tag {XSS}"],
        "operationId": HOSTILE_OPERATION_ID,
        "summary": f"Summary {IMG}",
        "description": f'<a href="javascript:window.__pwned=8">x</a> {BREAKOUT}',
        "parameters": [
            {
                "name": f"id{IMG}",
                "in": "path",
                "required": True,
                "description": XSS,
                "schema": {"type": "string", "pattern": BREAKOUT},
                "example": BREAKOUT,
            }
        ],
        "requestBody": {
            "content": {
                "application/json": {
                    "schema": {"$ref": "#/components/schemas/Evil"},
                    "examples": {
                        "bad": {
                            "summary": f"sum {XSS}",
                            "value": {"note": BREAKOUT, "img": IMG, "q": SHELL},
                        }
                    },
                }
            }
        },
        "responses": {"200": _hostile_response()},
    }


def _hostile_response() -> dict[str, Any]:
    """The operation's 200, with a link to itself and an example body."""
    return {
        "description": f"ok {IMG}",
        # carried fields become ${VAR:-example} in the samples: the defaults must survive shell
        # quoting too
        "links": {
            "again": {
                "operationId": HOSTILE_OPERATION_ID,
                "requestBody": {"q": "$response.body#/x", "note": "$request.body#/note"},
            }
        },
        "content": {
            "application/json": {
                "schema": {"type": "object"},
                "example": {"x": BREAKOUT, "<!--": "-->"},
            }
        },
    }


def _hostile_model() -> dict[str, Any]:
    """The component schema `Evil`, the operation's request body."""
    return {
        "type": "object",
        "description": f"{XSS} [js](JavaScript:alert(1))",
        "properties": {
            f"field{IMG}": {"type": "string", "enum": [BREAKOUT, XSS], "examples": [IMG]},
            "note": {"type": "string", "description": BREAKOUT, "default": XSS},
        },
        "examples": [{"note": BREAKOUT}],
    }


class Elements(HTMLParser):
    """Every element with its attributes, and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[tuple[dict[str, str], str]] = []
        self._in_script: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        self.tags.append((tag, found))
        if tag == "script":
            self._in_script = found
            self.scripts.append((found, ""))

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None


def elements(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    parser.close()
    return parser


def extract_samples(page: str) -> dict[tuple[str, str], str]:
    """(language, operationId) -> the code sample as a reader would copy it: the text of the
    pane's <code>, without the highlighting's spans."""
    found = re.findall(
        r'<pre class="pane[^"]*" data-lang="(\w+)" data-sample="([^"]+)"[^>]*>'
        r"<code>(.*?)</code></pre>",
        page,
        re.S,
    )
    return {
        (lang, html.unescape(oid)): html.unescape(re.sub(r"<[^>]*>", "", code))
        for lang, oid, code in found
    }
