"""The changelog: CHANGELOG.md of each SDK, one entry per version of the API.

The SDK's version is the spec's info.version. Each released version has its spec frozen in
`versions/<version>.yaml` and its entry, written once by `skilldeo-api release`, in
`versions/changelog/<language>/<version>.md`; the changelog copies released entries verbatim, so a
later change to the diff never rewrites what a release said. Only the changes not yet released
get an entry computed at build time: the spec being built against the newest release. Nothing
comes from git or the clock, so the file is byte-identical on a rerun and on a clean clone.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from generator.core.naming import module_name, python_name, ts_name
from generator.core.paths import ROOT
from generator.core.spec import Operation, Spec, SpecError, load
from generator.diff.ops import first_tag
from generator.diff.render import markdown_changes
from generator.diff.report import Report, diff, parse_version

VERSIONS = ROOT / "versions"
FILE = "CHANGELOG.md"


def versions_for(spec: Spec) -> Path:
    """The releases of a spec: the versions/ folder beside its file (so a spec elsewhere, such as
    a test's copy, has its own), or the project's for a spec read from git or from memory."""
    path = Path(spec.name)
    return path.resolve().parent / "versions" if path.is_file() else VERSIONS


# Frozen specs read in this process, by path and file state: a build asks for them several times
# (the changelogs, the gate, each version's page); an edited or replaced file is read again.
_FROZEN: dict[tuple[Path, int, int], Spec] = {}


def _load_frozen(path: Path) -> Spec:
    state = path.stat()
    key = (path.resolve(), state.st_mtime_ns, state.st_size)
    if key not in _FROZEN:
        _FROZEN[key] = load(path)
    return _FROZEN[key]


def frozen(versions: Path = VERSIONS) -> list[Spec]:
    """The frozen specs, oldest first; each file must be named after its own info.version."""
    found: list[tuple[tuple[int, int, int], Spec]] = []
    for path in sorted(versions.glob("*.yaml")) if versions.is_dir() else []:
        spec = _load_frozen(path)
        parsed = parse_version(spec.version)
        if parsed is None or path.stem != spec.version:
            message = (
                f"a frozen spec must be named <info.version>.yaml, and {spec.version!r} is not"
            )
            raise SpecError(f"versions/{path.name}", 1, "changelog", message)
        found.append((parsed, spec))
    return [spec for _, spec in sorted(found, key=lambda pair: pair[0])]


def title(spec: Spec) -> str:
    """The API a spec describes, by its info.title: versions/ keeps the releases of one."""
    return str((spec.data.get("info") or {}).get("title", ""))


def released(spec: Spec, versions: Path | None = None) -> list[Spec]:
    """The frozen specs of the spec's API (same info.title), oldest first, refusing one newer
    than the spec being built. A spec of another API (a test's small spec) has no releases."""
    versions = versions or versions_for(spec)
    current = parse_version(spec.version)
    if current is None:
        raise spec.error("/info/version", "changelog", f"{spec.version!r} is not MAJOR.MINOR.PATCH")
    chain = [s for s in frozen(versions) if title(s) == title(spec)]
    for version_spec in chain:
        if (parse_version(version_spec.version) or current) > current:
            message = f"frozen version {version_spec.version} is newer than {spec.version}"
            raise spec.error("/info/version", "changelog", message)
    return chain


def last_release(spec: Spec, versions: Path | None = None) -> Spec | None:
    """The newest released version (None before the first release)."""
    chain = released(spec, versions)
    return chain[-1] if chain else None


def _changed(old: Spec, new: Spec) -> bool:
    return old.text != new.text and bool(diff(old, new).changes)


def history(spec: Spec, versions: Path | None = None) -> list[tuple[Spec, Spec | None]]:
    """(spec of a version, the version before it or None), newest first: every released
    version, then the spec being built when it differs from the last release. The diff of a pair
    is made only where an entry must be written (`render`): released entries are kept as text."""
    chain = released(spec, versions)
    last = chain[-1] if chain else None
    if last is None or last.version != spec.version or _changed(last, spec):
        chain.append(spec)
    pairs: list[tuple[Spec, Spec | None]] = [(chain[0], None)]
    pairs += [(new, old) for old, new in itertools.pairwise(chain)]
    return pairs[::-1]


def entry_path(version: str, language: str, versions: Path = VERSIONS) -> Path:
    """Where the released entry of `version` for the SDK in `language` is kept."""
    return versions / "changelog" / language / f"{version}.md"


# The SDKs with a changelog: what the first entry calls the SDK and its operations.
LANGUAGES = {"python": ("Python SDK", "SDK function"), "typescript": ("TypeScript SDK", "method")}


def _sdk_name(op: Operation, language: str) -> str:
    if language == "typescript":
        return f"client.{ts_name(op.operation_id)}"
    return f"api.{module_name(first_tag(op))}.{python_name(op.operation_id)}"


def _first(spec: Spec, language: str) -> list[str]:
    ops = list(spec.operations())
    title = spec.data.get("info", {}).get("title", "API")
    sdk, column = LANGUAGES[language]
    lines = [f"First version of the {title} and of its {sdk}, with {len(ops)} operations:", ""]
    lines += [f"| operation | {column} |", "|---|---|"]
    for op in ops:
        name = _sdk_name(op, language)
        lines.append(f"| `{op.method.upper()} {op.path}` ({op.operation_id}) | `{name}` |")
    return [*lines, ""]


def entry(spec: Spec, report: Report | None, language: str, *, released: bool = True) -> str:
    """The changelog entry of `spec`'s version; `released=False` heads it as not released yet."""
    heading = f"## {spec.version}"
    if not released:
        unbumped = report is not None and report.base_version == spec.version
        heading = "## Unreleased" if unbumped else f"{heading} (unreleased)"
    lines = [heading, ""]
    if report is None:
        lines += _first(spec, language)
    elif not report.changes:
        lines += [f"No API changes since {report.base_version}.", ""]
    else:
        lines += [f"Changes since {report.base_version}: a **{report.bump}** release.", ""]
        if not report.reflected:
            lines += [
                f"> Warning: these changes need a {report.bump} release, so at least "
                f"{report.suggested_version}; the version number does not say so.",
                "",
            ]
        lines += markdown_changes(report.changes, level=3)
    return "\n".join(lines).rstrip("\n") + "\n"


def kept(version: str, language: str, versions: Path = VERSIONS) -> str | None:
    """The entry `skilldeo-api release` wrote for `version`, or None (frozen by hand)."""
    path = entry_path(version, language, versions)
    return path.read_text(encoding="utf-8") if path.is_file() else None


def render(spec: Spec, versions: Path | None = None, language: str = "python") -> str:
    versions = versions or versions_for(spec)
    source = Path(spec.name).name
    lines = [
        f"<!-- Generated from {source} and versions/ by `skilldeo-api build`; do not edit. -->",
        "",
        "# Changelog",
        "",
        "The SDK's version is the API's `info.version`. Each entry lists the changes against the",
        "version before it, graded for wire clients (`wire`) and for SDK users (`SDK`).",
        "",
    ]
    for version_spec, before in history(spec, versions):
        is_frozen = version_spec is not spec
        text = kept(version_spec.version, language, versions) if is_frozen else None
        if text is None:
            report = diff(before, version_spec) if before is not None else None
            text = entry(version_spec, report, language, released=is_frozen)
        lines.append(text)
    return "\n".join(lines).rstrip("\n") + "\n"


def write(
    spec: Spec, out_dir: Path, versions: Path | None = None, *, language: str = "python"
) -> None:
    """Write CHANGELOG.md into `out_dir`, the folder of the SDK in `language` (see LANGUAGES)."""
    (out_dir / FILE).write_text(render(spec, versions, language), encoding="utf-8")
