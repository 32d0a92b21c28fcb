"""Extract the JSON samples of the published API documentation into committed test data.

    .venv/bin/python scripts/extract_doc_samples.py DOCUMENTATION.txt [tests/data/doc_samples.json]

For each operation the documentation shows, it takes the request body of its curl, Python and
JavaScript samples (they differ), the query string of the GET samples, and the 200 response;
each with the method and path it was sent to and the line of the documentation it comes from.
The page's e-mail protection scrubbed every address to "[email protected]"; each one becomes a
distinct valid address. tests/validate/test_fidelity.py checks the result against openapi.yaml,
so the repository needs no copy of the documentation; rerun this when the documentation changes.
"""

from __future__ import annotations

import ast
import itertools
import json
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

SCRUBBED = "[email protected]"
URL = re.compile(r"https://api\.skilldeo\.com/api/v1(/[^\s\"'?]+)(?:\?([^\s\"']*))?")
METHOD = re.compile(r"curl -X (\w+)")
PYTHON_DICT = re.compile(r"(?:json=|payload = |params=)(?=\{)")
JS_KEY = re.compile(r"([{,]\s*)([A-Za-z_$][\w$]*)\s*:")
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "doc_samples.json"

Sample = dict[str, Any]


def balanced(text: str, start: int) -> str:
    """The {...} that opens at text[start], strings taken into account."""
    depth, quote = 0, ""
    for i in range(start, len(text)):
        char = text[i]
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return text[start : i + 1]
    raise ValueError(f"unbalanced braces from: {text[start : start + 60]!r}")


def js_object(text: str) -> Any:
    """A JavaScript object literal with bare keys, as JSON."""
    return json.loads(JS_KEY.sub(r'\1"\2":', text))


def unscrubbed(text: str) -> str:
    counter = itertools.count(1)
    return re.sub(re.escape(SCRUBBED), lambda _: f"person{next(counter)}@example.com", text)


def _sample(where: dict[str, Any], kind: str, source: str, line: int, value: Any) -> Sample:
    return {**where, "kind": kind, "source": source, "line": line, "value": value}


def _requests(where: dict[str, Any], lines: list[str], start: int, js: int) -> list[Sample]:
    """The request body, or the query string, of the curl, Python and JavaScript samples."""
    curl, python, script = lines[start], "\n".join(lines[start + 1 : js]), lines[js]
    found = []
    query = URL.search(curl)
    if query and query.group(2):
        found.append(_sample(where, "query", "curl", start + 1, dict(parse_qsl(query.group(2)))))
    body = re.search(r"-d '(\{.*?\})'", curl)
    if body:
        found.append(_sample(where, "request", "curl", start + 1, json.loads(body.group(1))))
    at = PYTHON_DICT.search(python)
    if at:
        kind = "query" if at.group(0) == "params=" else "request"
        line = start + 2 + python[: at.start()].count("\n")
        value = ast.literal_eval(balanced(python, at.end()))
        found.append(_sample(where, kind, "python", line, value))
    query = URL.search(script)
    if query and query.group(2):
        found.append(_sample(where, "query", "js", js + 1, dict(parse_qsl(query.group(2)))))
    stringify = script.find("JSON.stringify(")
    if stringify >= 0:
        value = js_object(balanced(script, script.index("{", stringify)))
        found.append(_sample(where, "request", "js", js + 1, value))
    return found


def read_samples(text: str) -> list[Sample]:
    """Every sample of the documentation's text, in page order."""
    lines = unscrubbed(text).splitlines()
    curls = [i for i, line in enumerate(lines) if line.startswith("curl ")]
    samples: list[Sample] = []
    for n, start in enumerate(curls):
        end = curls[n + 1] if n + 1 < len(curls) else len(lines)
        js = next(i for i in range(start, end) if lines[i].startswith("const "))
        url, method = URL.search(lines[start]), METHOD.search(lines[start])
        if url is None or method is None:
            raise ValueError(f"line {start + 1}: a curl sample without method or URL")
        where = {"method": method.group(1).lower(), "path": url.group(1)}
        samples += _requests(where, lines, start, js)
        first = next(i for i in range(js + 1, end) if lines[i] == "{")
        response = json.loads(balanced("\n".join(lines[first:end]), 0))
        samples.append(_sample(where, "response", "", first + 1, response))
    return samples


def main(argv: list[str]) -> int:
    if not 1 <= len(argv) <= 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    source = Path(argv[0])
    out = Path(argv[1]) if len(argv) == 2 else DEFAULT_OUT
    samples = read_samples(source.read_text(encoding="utf-8"))
    document = {"source": source.name, "samples": samples}
    out.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"extract_doc_samples: {len(samples)} samples from {source.name} -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
