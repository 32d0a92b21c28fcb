"""Syntax colours for the code samples, at build time: Pygments lexes, the page gets spans.

The page ships no highlighter: `html(code, lang)` returns the inside of a `<pre><code>`, each
token Pygments finds wrapped in `<i class=X>`, X one of a few classes (`PALETTE`), and `css()` the
rules for them in the light and the dark theme. Only the coloured kinds are wrapped (names,
punctuation and spaces stay plain text), neighbouring tokens of one kind share an element, and
the element is the shortest there is, which keeps the page light; the text content of the
result is the code exactly, so what a reader copies is what the sample says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from html import escape

from markupsafe import Markup
from pygments import lex
from pygments.lexer import Lexer
from pygments.lexers import BashLexer, JavascriptLexer, PythonLexer
from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Operator,
    String,
    _TokenType,
    is_token_subtype,
)

__all__ = ["LEXERS", "PALETTE", "css", "html"]

# Sample language (the tab's key) -> its lexer.
LEXERS: dict[str, type[Lexer]] = {
    "curl": BashLexer,
    "shell": BashLexer,
    "python": PythonLexer,
    # The SDK samples are ES modules that are also strict TypeScript, without annotations: the
    # TypeScript lexer would read `{ otp: emailedCode }` as a type.
    "js": JavascriptLexer,
    "fetch": JavascriptLexer,
}

# class -> (the token kinds it colours, light colour, dark colour). Each colour keeps at least
# 4.5:1 against the page's code background in its theme (WCAG AA, axe's color-contrast rule);
# tests/docs/test_highlight.py measures it.
PALETTE: dict[str, tuple[tuple[_TokenType, ...], str, str]] = {
    "c": ((Comment,), "#5b6472", "#a3adbd"),
    "k": ((Keyword, Operator.Word), "#8a2bb3", "#d6a2f5"),
    "s": ((String,), "#0f6b2f", "#8fd6a0"),
    "m": ((Number, Keyword.Constant, Name.Builtin.Pseudo), "#9a4a00", "#f2b36b"),
    "f": ((Name.Function, Name.Builtin, Name.Class), "#1f4fb3", "#8ab4ff"),
    "v": ((Name.Variable,), "#a3243b", "#ff9aa8"),
}
# An environment variable's name, as the samples write them.
_ENV_NAME = re.compile(r"\$?[A-Z_][A-Z0-9_]*")


@cache
def _kind(token: _TokenType) -> str:
    """The palette class of a token ("" for plain text): the most specific kind that holds it."""
    best, depth = "", -1
    for cls, (kinds, _light, _dark) in PALETTE.items():
        for kind in kinds:
            if is_token_subtype(token, kind) and len(kind) > depth:
                best, depth = cls, len(kind)
    return best


@lru_cache(maxsize=1024)
def html(code: str, lang: str) -> Markup:
    """`code` as escaped HTML with colour spans, for inside `<pre><code>`; KeyError for a
    language without a lexer. Kept for the process: a build renders the page of each released
    version too, whose samples are mostly the same."""
    # With the final newline the lexers expect (a last-line `# comment` needs it), taken off again.
    lexer = LEXERS[lang](stripnl=False, ensurenl=True)
    tokens: Iterable[tuple[_TokenType, str]] = lex(code, lexer)
    if not code.endswith("\n"):
        tokens = _without_last_newline(list(tokens))
    if LEXERS[lang] is BashLexer:
        tokens = _shell_strings(tokens)
    parts: list[str] = []
    current, text = "", ""
    for token, value in tokens:
        kind = _kind(token) if value.strip() else current  # spaces join their neighbours
        if kind != current and text:
            parts.append(_span(current, text))
            text = ""
        current, text = kind, text + value
    if text:
        parts.append(_span(current, text))
    return Markup("".join(parts))


def _without_last_newline(
    tokens: list[tuple[_TokenType, str]],
) -> list[tuple[_TokenType, str]]:
    while tokens and tokens[-1][1] == "":
        tokens.pop()
    if tokens and tokens[-1][1].endswith("\n"):
        token, value = tokens[-1]
        tokens[-1] = (token, value[:-1])
    return [(token, value) for token, value in tokens if value]


def _shell_strings(
    tokens: Iterable[tuple[_TokenType, str]],
) -> Iterator[tuple[_TokenType, str]]:
    """Inside a double-quoted shell word all is string but the variables' names: Pygments splits
    `"${SKILLDEO_ORG_ID:-88}"` into five kinds (and part of a URL default into none)."""
    quoted = False
    for token, value in tokens:
        if is_token_subtype(token, String.Double) and re.sub(r"\\.", "", value).count('"') % 2:
            quoted = not quoted
            yield String.Double, value
        elif quoted:
            variable = is_token_subtype(token, Name.Variable) and _ENV_NAME.fullmatch(value)
            yield (Name.Variable if variable else String.Double), value
        else:
            yield token, value


def _span(kind: str, text: str) -> str:
    """A run of one kind: `<i class=k>` (unquoted, one letter: the page's weight counts)."""
    return f"<i class={kind}>{escape(text, quote=False)}</i>" if kind else escape(text, False)


def css() -> str:
    """The colour rules: `.hl .X` in the light theme, `[data-theme=dark] .hl .X` in the dark."""
    light = "".join(f".hl .{cls}{{color:{colour}}}" for cls, (_k, colour, _d) in PALETTE.items())
    dark = "".join(
        f"[data-theme=dark] .hl .{cls}{{color:{colour}}}"
        for cls, (_k, _l, colour) in PALETTE.items()
    )
    return f".hl i{{font-style:normal}}{light}\n{dark}\n.hl .c{{font-style:italic}}\n"
