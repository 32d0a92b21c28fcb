"""Code samples for the docs job: curl and JavaScript fetch, written from `docs.request`.

Samples run as they are: the base URL (`SKILLDEO_BASE_URL`, default the first server), the token
(`SKILLDEO_TOKEN`) and every carried value come from the environment. Python samples come from
the SDK job (`generator.sdk.sample.python_samples`), all formatted in one go; the JavaScript tab
shows the TypeScript SDK's sample (`generator.sdk.tssample`), and the plain fetch one has a tab of
its own. Each comes as a `view.Sample`: the plain code, the code highlighted by Pygments at build
time (`docs.highlight`), the line installing the SDK it imports, the variables it reads.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from generator.core.spec import Operation, Spec
from generator.docs import highlight
from generator.docs.request import ENV, Request, env_name, request_of
from generator.docs.view import Sample
from generator.sdk import sample as python_sdk
from generator.sdk import tssample

# sdk.sample alone: the whole SDK writer (generator.sdk.writer) imports openapi-python-client.
from generator.sdk.sample import python_samples as sdk_samples
from generator.sdk.tssample import EMAILED_CODE, PROMPT_IMPORT, typescript_samples
from generator.sdk.variables import OTP, OTP_PROMPT

_VARIABLE = re.compile(rf"\b{ENV}_[A-Z0-9_]+")


def _sentinel(i: int) -> str:
    return f"\x00{i}\x00"


def _json_with_holes(body: Any, body_vars: dict[str, str], fill: Callable[[str, Any], str]) -> str:
    """The body as indented JSON text, each carried field replaced by `fill(var, example)`."""
    if not isinstance(body, dict) or not body_vars:
        return json.dumps(body, indent=2, ensure_ascii=False)
    holes: dict[str, str] = {}
    shown = dict(body)
    for i, (key, var) in enumerate(body_vars.items()):
        holes[json.dumps(_sentinel(i))] = fill(var, body[key])
        shown[key] = _sentinel(i)
    text = json.dumps(shown, indent=2, ensure_ascii=False)
    for token, replacement in holes.items():
        text = text.replace(token, replacement)
    return text


def _dq(text: str) -> str:
    """Escape for the inside of a double-quoted shell word."""
    return re.sub(r'([\\"$`}])', r"\\\1", text)


def _plain(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _shell_value(var: str, value: Any) -> str:
    """A value in a double-quoted shell word: `${VAR:-example}`, or the example itself."""
    return f"${{{var}:-{_dq(_plain(value))}}}" if var else _dq(_plain(value))


def _url_part(var: str, value: Any) -> str:
    encoded = quote(_plain(value), safe="")
    return f"${{{var}:-{encoded}}}" if var else encoded


def curl(req: Request, base_url: str) -> str:
    path = re.sub(r"[\\\"$`]", lambda m: "\\" + m.group(0), req.path)
    for name, value, var in req.path_params:
        path = path.replace("{" + _dq(name) + "}", _url_part(var or env_name(name), value))
    query = "&".join(f"{quote(n, safe='')}={_url_part(var, v)}" for n, v, var in req.query)
    url = f"${{{ENV}_BASE_URL:-{_dq(base_url)}}}{path}" + (f"?{query}" if query else "")
    lines = ["curl -sS" + (f" -X {req.method}" if req.method not in ("GET",) else "") + f' "{url}"']
    if req.has_body:
        lines.append("-H 'Content-Type: application/json'")
    if req.needs_token:
        lines.append(f'-H "Authorization: Bearer ${ENV}_TOKEN"')
    lines += [f'-H "{_dq(n)}: {_shell_value(var, v)}"' for n, v, var in req.headers]
    if req.has_body:

        def hole(var: str, value: Any) -> str:
            inner = json.dumps(value, ensure_ascii=False)
            default = (
                "" if var == OTP else f":-{_dq(inner[1:-1] if isinstance(value, str) else inner)}"
            )
            if isinstance(value, str):
                return f'"\'"${{{var}{default}}}"\'"'
            return f"'\"${{{var}{default}}}\"'"

        text = _json_with_holes(req.body, req.body_vars, hole)
        # The holes already close and reopen the single quotes; escape only the literal parts.
        parts = re.split(r"('\"\$\{[A-Z0-9_]+(?::-(?:[^}\\]|\\.)*)?\}\"')", text)
        quoted = "".join(p if i % 2 else p.replace("'", "'\\''") for i, p in enumerate(parts))
        lines.append(f"-d '{quoted}'")
    return _shell_prompt(req) + " \\\n  ".join(lines)


def _asks_code(req: Request) -> bool:
    """Whether the request sends the e-mailed code: then the sample asks for it when unset."""
    return OTP in req.body_vars.values()


def _shell_prompt(req: Request) -> str:
    if not _asks_code(req):
        return ""
    return (
        f"# The code from the e-mail: {OTP}, else typed in once it arrives.\n"
        f'[ -n "${{{OTP}:-}}" ] || {{ printf {shlex.quote(OTP_PROMPT)}; read -r {OTP}; }}\n'
    )


def _js_env(var: str, value: Any) -> str:
    fallback = json.dumps(_plain(value), ensure_ascii=False)
    return f"process.env.{var} ?? {fallback}"


def _js_hole(var: str, value: Any) -> str:
    """A body field read from its variable in the fetch sample; the e-mailed code asked for."""
    if var == OTP:
        return "await emailedCode()"
    if isinstance(value, str):
        return _js_env(var, value)
    return f"JSON.parse(process.env.{var} ?? {json.dumps(json.dumps(value))})"


def javascript(req: Request, base_url: str) -> str:
    """A Node 18+ ES module (top-level await) using the built-in fetch."""
    lines = ["// Node 18+ ES module (save as .mjs): fetch is built in."]
    if _asks_code(req):
        lines += [PROMPT_IMPORT, "", *EMAILED_CODE, ""]
    lines.append(f"const baseUrl = process.env.{ENV}_BASE_URL ?? {json.dumps(base_url)};")
    path_expr = json.dumps(req.path, ensure_ascii=False)
    for name, value, var in req.path_params:
        token = json.dumps("{" + name + "}", ensure_ascii=False)
        path_expr += (
            f".replace({token}, encodeURIComponent({_js_env(var or env_name(name), value)}))"
        )
    lines.append(f"const url = new URL(baseUrl + {path_expr});")
    for name, value, var in req.query:
        shown = _js_env(var, value) if var else json.dumps(_plain(value), ensure_ascii=False)
        lines.append(f"url.searchParams.set({json.dumps(name, ensure_ascii=False)}, {shown});")
    headers: list[str] = []
    if req.has_body:
        headers.append('"Content-Type": "application/json"')
    if req.needs_token:
        headers.append(f"Authorization: `Bearer ${{process.env.{ENV}_TOKEN}}`")
    for name, value, var in req.headers:
        shown = _js_env(var, value) if var else json.dumps(_plain(value), ensure_ascii=False)
        headers.append(f"{json.dumps(name, ensure_ascii=False)}: {shown}")
    lines.append("const response = await fetch(url, {")
    lines.append(f"  method: {json.dumps(req.method)},")
    if headers:
        lines.append("  headers: {")
        lines += [f"    {h}," for h in headers]
        lines.append("  },")
    if req.has_body:
        body = _json_with_holes(req.body, req.body_vars, _js_hole).replace("\n", "\n  ")
        lines.append(f"  body: JSON.stringify({body}),")
    lines.append("});")
    if req.json_answer:
        lines.append("const data = await response.json();")
        lines.append("if (!response.ok) throw new Error(`${response.status}: ${data.message}`);")
        lines.append("console.log(data);")
    else:
        lines.append(
            "if (!response.ok) throw new Error(`${response.status}: ${await response.text()}`);"
        )
        lines.append("console.log(response.status);")
    return "\n".join(lines)


@dataclass(frozen=True)
class SdkSamples:
    """operationId -> each SDK's sample, for every operation the SDKs have a method for: made
    once a page (`docs.model`), so the spec is analysed once rather than once an operation."""

    python: dict[str, str]
    typescript: dict[str, str]


def _sdk_ids(spec: Spec) -> list[str]:
    # The SDKs name their methods after operationIds; an operation without one gets no sample.
    return [op.operation_id for op in spec.operations() if "operationId" in op.data]


def python_samples(spec: Spec) -> dict[str, str]:
    """operationId -> the Python SDK's sample, for every operation the SDK has a method for."""
    return sdk_samples(spec, _sdk_ids(spec))


def sdk_samples_of(spec: Spec) -> SdkSamples:
    """Both SDKs' samples of every operation they have a method for."""
    ids = _sdk_ids(spec)
    return SdkSamples(python=sdk_samples(spec, ids), typescript=typescript_samples(spec, ids))


def samples(
    spec: Spec, op: Operation, carried: dict[str, set[str]], sdk: SdkSamples
) -> list[Sample]:
    """Each language's sample, in the order the tabs show them, highlighted; the SDK ones with
    the line that installs the SDK."""
    servers = spec.data.get("servers") or [{"url": "/"}]
    base_url = str(servers[0].get("url", "/")).rstrip("/")
    req = request_of(spec, op, carried)
    found = [_sample("curl", "curl", curl(req, base_url))]
    python = sdk.python.get(op.operation_id)
    if python is not None:
        found.append(_sample("python", "Python", python, python_sdk.install_line()))
    typescript = sdk.typescript.get(op.operation_id)
    if typescript is not None:
        found.append(_sample("js", "JavaScript", typescript, tssample.install_line()))
    found.append(_sample("fetch", "fetch", javascript(req, base_url)))
    return found


def _sample(lang: str, label: str, code: str, install: str = "") -> Sample:
    return Sample(
        lang=lang,
        label=label,
        code=code,
        html=highlight.html(code, lang),
        install=install,
        install_html=highlight.html(install, "shell") if install else Markup(""),
        variables=list(dict.fromkeys(_VARIABLE.findall(code))),
    )
