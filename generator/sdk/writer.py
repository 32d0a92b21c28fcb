"""Write the Python SDK (distribution skilldeo-client) from the loaded spec.

openapi-python-client renders models and request builders through our template overrides in
templates/python/ (layered over its stock templates); our own jinja2 templates in
templates/python_extra/ add the modules it cannot (transport and retries, pagination, the OTP
helpers), driven by what `sdk.analysis.analyse` finds in the spec. Then every file gets the
do-not-edit header and the configured ruff hooks run, so a rerun is byte-identical.
"""

from __future__ import annotations

import contextlib
import io
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from generator.core.spec import Spec
from generator.diff import changelog
from generator.sdk import deprecation, distribution
from generator.sdk.analysis import SdkSpec, analyse
from generator.sdk.refs import for_generator

__all__ = ["write"]

CONFIG = Path(__file__).resolve().parent / "client-config.yaml"
TEMPLATES = Path(__file__).resolve().parent / "templates"
OVERRIDES = TEMPLATES / "python"
EXTRAS = TEMPLATES / "python_extra"
PROJECT_FILES = TEMPLATES / "python_project"  # beside pyproject.toml: LICENSE, MANIFEST.in


def _settings() -> tuple[dict[str, Any], list[str]]:
    """The checked-in generator config, and its post-hooks bound to this interpreter."""
    data = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    hooks = [hook.format(python=shlex.quote(sys.executable)) for hook in data.pop("post_hooks", [])]
    return data, hooks


def _describe(error: GeneratorError) -> str:
    return f"{error.header or 'error'}: {error.detail or ''}".strip()


def _project(spec: Spec, sdk: SdkSpec, settings: dict[str, Any], out: Path) -> Project:
    config = Config.from_sources(
        ConfigFile(**settings, post_hooks=[]),
        MetaType.UV,  # any meta other than none: our pyproject.toml template decides the build
        document_source=Path(spec.name),
        file_encoding="utf-8",
        overwrite=True,
        output_path=out,
    )
    openapi = GeneratorData.from_dict(for_generator(spec), config=config)
    if isinstance(openapi, GeneratorError):
        raise spec.error("", "sdk", _describe(openapi))
    project = Project(openapi=openapi, config=config, custom_template_path=OVERRIDES)
    project.env.globals.update(
        sdk=sdk, dist=distribution.metadata(spec), deprecations=deprecation.deprecations(spec)
    )
    return project


def _render_extras(sdk: SdkSpec, project: Project) -> None:
    env = Environment(
        loader=FileSystemLoader(str(EXTRAS)),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # Python source, not HTML
    )
    names = {
        "sdk": sdk,
        "base_url": sdk.base_url,
        "version": sdk.version,
        "project_name": project.project_name,
        "package_name": project.package_name,
        "env_prefix": project.package_name.split("_")[0].upper(),
    }
    for name in sorted(env.list_templates(extensions=["jinja"])):
        target = project.package_dir / name.removesuffix(".jinja")
        target.write_text(env.get_template(name).render(**names), encoding="utf-8")
    env.loader = FileSystemLoader(str(PROJECT_FILES))
    names["dist"] = project.env.globals["dist"]
    for name in sorted(env.list_templates(extensions=["jinja"])):
        target = project.project_dir / name.removesuffix(".jinja")
        target.write_text(env.get_template(name).render(**names), encoding="utf-8")


def _stamp(out: Path, source: str) -> None:
    """Put the do-not-edit header on every generated file."""
    note = f"Generated from {source} by `skilldeo-api client`; do not edit."
    for path in sorted(out.rglob("*")):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        header = f"<!-- {note} -->\n\n" if path.suffix == ".md" else f"# {note}\n"
        path.write_text(header + text, encoding="utf-8")


def _run_hooks(hooks: list[str], out: Path, spec: Spec) -> None:
    for hook in hooks:
        proc = subprocess.run(
            shlex.split(hook), cwd=out, capture_output=True, text=True, check=False
        )
        if proc.returncode != 0:
            detail = (proc.stderr or proc.stdout).strip()
            raise spec.error("", "sdk", f"post-hook `{hook}` failed: {detail}")


def write(spec: Spec, out: Path) -> None:
    """Write the whole SDK project (pyproject.toml, README.md, skilldeo_client/) into `out`."""
    sdk = analyse(spec)
    settings, hooks = _settings()
    project = _project(spec, sdk, settings, out)
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <dir>"
        problems = project.build()
    if problems:
        raise spec.error("", "sdk", "; ".join(_describe(p) for p in problems))
    _render_extras(sdk, project)
    _stamp(out, Path(spec.name).name)
    _run_hooks(hooks, out, spec)
    changelog.write(spec, out)  # CHANGELOG.md, one entry per info.version
