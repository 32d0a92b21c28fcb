"""The samples' syntax colours, made at build time: the highlighted HTML is the code exactly,
only coloured spans are added, every colour is readable in both themes, and the SDK samples come
with the line that installs the SDK they import."""

from __future__ import annotations

import html
import re
import tomllib

import pytest
import yaml

from generator import docs
from generator.core.paths import GENERATED
from generator.core.spec import Spec
from generator.docs import DOCS_TEMPLATES, highlight, model
from generator.docs.view import Sample
from generator.sdk import sample as python_sdk
from generator.sdk.typescript import PACKAGE as TS_PACKAGE
from tests.support.docs_page import SHELL, hostile_spec

SPAN = re.compile(r"<i class=([a-z]+)>|</i>")
AA = 4.5  # WCAG AA for normal text: axe's color-contrast rule


def _samples(spec: Spec) -> list[Sample]:
    page = model.build(spec)
    return [s for tag in page.tags for op in tag.operations for s in op.samples]


@pytest.fixture(scope="module")
def samples(spec: Spec) -> list[Sample]:
    return _samples(spec)


def _text(markup: str) -> str:
    return html.unescape(SPAN.sub("", markup))


def test_the_highlighted_html_is_the_code_exactly(samples: list[Sample]) -> None:
    hostile = _samples(hostile_spec())
    assert samples and hostile
    for s in [*samples, *hostile]:
        assert _text(s.html) == s.code, (s.lang, s.code)
        assert _text(s.install_html) == s.install


def test_only_coloured_elements_are_added(samples: list[Sample]) -> None:
    for s in [*samples, *_samples(hostile_spec())]:
        classes = set(re.findall(r"<i class=([a-z]+)>", s.html))
        assert classes <= set(highlight.PALETTE), classes
        assert "<" not in SPAN.sub("", s.html), s.html  # everything else is escaped text
        opened = [m.group(1) is not None for m in SPAN.finditer(s.html)]
        assert opened[::2] == [True] * len(opened[::2]) and not any(opened[1::2])  # not nested


def test_every_language_gets_colours(samples: list[Sample]) -> None:
    for lang in {s.lang for s in samples}:
        classes = {c for s in samples if s.lang == lang for c in SPAN.findall(s.html) if c}
        assert {"s", "k"} <= classes or {"s", "v"} <= classes, (lang, classes)


def test_hostile_text_stays_text() -> None:
    code = f"echo '{SHELL}' </script><!-- & &amp;"
    for lang in highlight.LEXERS:
        out = highlight.html(code, lang)
        assert "</script>" not in out and "<!--" not in out
        assert _text(out) == code


def _variables(css: str, selector: str) -> dict[str, str]:
    rule = re.search(re.escape(selector) + r"\{([^}]*)\}", css)
    assert rule, selector
    found = re.findall(r"--([a-z0-9]+):#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b", rule.group(1))
    return {
        name: "#" + (hex if len(hex) == 6 else "".join(c * 2 for c in hex)) for name, hex in found
    }


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    low, high = sorted((_luminance(a), _luminance(b)))
    return (high + 0.05) / (low + 0.05)


def test_every_colour_is_readable_on_the_code_background_in_both_themes() -> None:
    css = (DOCS_TEMPLATES / "docs.css").read_text(encoding="utf-8")
    themes = {"light": _variables(css, ":root"), "dark": _variables(css, "[data-theme=dark]")}
    for cls, (_kinds, light, dark) in highlight.PALETTE.items():
        for theme, colour in (("light", light), ("dark", dark)):
            for background in (themes[theme]["code"], themes[theme]["bg"]):
                ratio = _contrast(colour, background)
                assert ratio >= AA, f".{cls} {colour} on {background} ({theme}): {ratio:.2f}"


def test_the_css_has_a_rule_per_colour_and_theme() -> None:
    css = highlight.css()
    for cls, (_kinds, light, dark) in highlight.PALETTE.items():
        assert f".hl .{cls}{{color:{light}}}" in css
        assert f"[data-theme=dark] .hl .{cls}{{color:{dark}}}" in css
    assert ".hl i{font-style:normal}" in css  # the elements are <i class=X>, kept upright
    assert "<" not in css


def test_a_shell_word_is_one_string_but_its_variable_names() -> None:
    out = highlight.html(
        'curl "${SKILLDEO_BASE_URL:-https://x.test/v1}/a?b=${SKILLDEO_B:-1}"', "curl"
    )
    assert re.findall(r"<i class=v>([^<]*)</i>", out) == ["SKILLDEO_BASE_URL", "SKILLDEO_B"]
    assert "<i class=s>:-https://x.test/v1}/a?b=${</i>" in out


def test_the_sdk_samples_say_how_to_install_the_sdk(samples: list[Sample]) -> None:
    config = yaml.safe_load(python_sdk.CONFIG.read_text(encoding="utf-8"))
    project = tomllib.loads((GENERATED / "python" / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["name"] == config["project_name_override"]
    python = [s for s in samples if s.lang == "python"]
    assert python
    for s in python:
        assert s.install.startswith("pip install ./generated/python")
        assert config["project_name_override"] in s.install
        assert f"from {config['package_name_override']} import" in s.code
    for s in (s for s in samples if s.lang == "js"):
        assert s.install.startswith("npm install ./generated/typescript")
        assert f'from "{TS_PACKAGE}"' in s.code
    assert not [s for s in samples if s.lang in ("curl", "fetch") and s.install]


def test_each_sample_lists_the_variables_it_reads(samples: list[Sample]) -> None:
    for s in samples:
        assert s.variables == list(dict.fromkeys(re.findall(r"\bSKILLDEO_[A-Z0-9_]+", s.code)))
        assert "SKILLDEO_BASE_URL" in s.variables or s.lang == "js"  # the SDK reads it itself


@pytest.mark.parametrize(
    ("lang", "line"),
    [("shell", "pip install ./x  # note"), ("python", "x = 1  # note"), ("fetch", "f(); // note")],
)
def test_a_comment_on_the_last_line_is_coloured_and_no_newline_is_added(
    lang: str, line: str
) -> None:
    out = highlight.html(line, lang)
    assert re.search(r"<i class=c>(#|//) note</i>$", out), out
    assert _text(out) == line


def test_the_page_prints_the_highlighted_samples_and_the_install_line_above_python(
    spec: Spec,
) -> None:
    page = docs.render(spec)
    panes = re.findall(
        r'<pre class="pane[^"]*" data-lang="(\w+)"[^>]*><code>(.*?)</code></pre>', page, re.S
    )
    assert panes and all("<i class=" in code for _lang, code in panes)  # coloured, at build time
    first_python = page.index('data-lang="python" data-sample=')
    install = python_sdk.install_line()
    shown = html.unescape(SPAN.sub("", page[:first_python]))
    assert install in shown
    assert "<script" not in "".join(code for _lang, code in panes)
