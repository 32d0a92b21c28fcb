"""The Python SDK's distribution metadata, for its pyproject.toml, LICENSE and MANIFEST.in.

Authors and project URLs come from the spec (info.contact, externalDocs, the first server), so
they follow it; the license is the spec's info.license identifier when it has one, else the one
in distribution.yaml. The classifiers say how stable the SDK is by its major version.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.core.spec import Spec
from generator.diff.report import parse_version

CONFIG = Path(__file__).resolve().parent / "distribution.yaml"

MIT = """MIT License

Copyright (c) {holder}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""
# The license texts the generator can write, by SPDX identifier.
TEXTS = {"MIT": MIT}


@dataclass(frozen=True)
class Distribution:
    license: str
    license_text: str
    authors: list[dict[str, str]]
    urls: dict[str, str]
    status: str


def metadata(spec: Spec) -> Distribution:
    """The SDK's license, authors, project URLs and development status, from the spec."""
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    info = spec.data.get("info") or {}
    license_id = str((info.get("license") or {}).get("identifier") or config["license"])
    if license_id not in TEXTS:
        known = ", ".join(TEXTS)
        raise spec.error("/info/license", "sdk", f"no license text for {license_id}; know {known}")
    contact = info.get("contact") or {}
    author = {k: str(contact[k]) for k in ("name", "email") if contact.get(k)}
    urls = {"Homepage": str(contact["url"])} if contact.get("url") else {}
    docs = (spec.data.get("externalDocs") or {}).get("url")
    if docs:
        urls["Documentation"] = str(docs)
    servers = [s for s in spec.data.get("servers") or [] if isinstance(s, dict)]
    if servers and str(servers[0].get("url", "")).startswith("https://"):
        urls["API"] = str(servers[0]["url"])
    major = (parse_version(spec.version) or (0, 0, 0))[0]
    status = "5 - Production/Stable" if major >= 1 else "4 - Beta"
    holder = str(config.get("copyright") or contact.get("name") or "the authors")
    return Distribution(
        license_id,
        TEXTS[license_id].format(holder=holder),
        [author] if author else [],
        urls,
        status,
    )
