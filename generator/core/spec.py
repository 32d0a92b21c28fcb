"""The spec: load openapi.yaml once, remember where everything came from, resolve $refs.

Every job (validate, sdk, docs, fuzz, diff, the mock) takes a `Spec` from `load()` and never reads
the file itself. Each node's source line is kept by JSON pointer so that any problem can be
reported as `openapi.yaml:LINE: RULE: message`.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# libyaml's parser when PyYAML was built with it (its wheels are): the same nodes and line marks,
# about seven times faster than the pure-Python one on openapi.yaml.
_COMPOSER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SpecError(Exception):
    """A spec that cannot be used, with the place it went wrong."""

    def __init__(self, file: str, line: int, rule: str, message: str) -> None:
        super().__init__(f"{file}:{line}: {rule}: {message}")
        self.file, self.line, self.rule, self.message = file, line, rule, message


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


@dataclass(frozen=True)
class Operation:
    """One method on one path, with its JSON pointer in the document."""

    path: str
    method: str
    data: dict[str, Any]
    pointer: str

    @property
    def operation_id(self) -> str:
        return str(self.data.get("operationId", f"{self.method} {self.path}"))


@dataclass
class Spec:
    """A loaded OpenAPI document and the source line of each of its nodes."""

    name: str
    text: str
    data: dict[str, Any]
    lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, pointer: str) -> int:
        """The line of the node at `pointer`, or of its nearest ancestor that has one."""
        while pointer:
            if pointer in self.lines:
                return self.lines[pointer]
            pointer = pointer.rsplit("/", 1)[0]
        return 1

    def error(self, pointer: str, rule: str, message: str) -> SpecError:
        return SpecError(self.name, self.line_of(pointer), rule, message)

    def get(self, pointer: str) -> Any:
        """The node at a JSON pointer ('' is the root); KeyError when there is none."""
        node: Any = self.data
        if not pointer:
            return node
        for raw in pointer.lstrip("/").split("/"):
            token = unescape_pointer_token(raw)
            if isinstance(node, list):
                node = node[int(token)]
            elif isinstance(node, dict):
                node = node[token]
            else:
                raise KeyError(pointer)
        return node

    def resolve(self, node: Any) -> Any:
        """Follow local $refs until a node that is not a reference."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#") or ref in seen:
                raise KeyError(ref)
            seen.add(ref)
            node = self.get(ref[1:])
        return node

    def operations(self) -> Iterator[Operation]:
        """Every operation in document order."""
        for path, item in (self.data.get("paths") or {}).items():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    pointer = f"/paths/{escape_pointer_token(path)}/{method}"
                    yield Operation(path, method, op, pointer)

    def operation(self, operation_id: str) -> Operation:
        for op in self.operations():
            if op.data.get("operationId") == operation_id:
                return op
        raise KeyError(operation_id)

    @property
    def version(self) -> str:
        return str((self.data.get("info") or {}).get("version", "0.0.0"))


def _construct(
    node: yaml.Node, pointer: str, lines: dict[str, int], scalars: yaml.SafeLoader
) -> Any:
    lines[pointer] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            child = f"{pointer}/{escape_pointer_token(key)}"
            result[key] = _construct(value_node, child, lines, scalars)
            # A problem with a value is reported on the line of its key, where a reader looks.
            lines[child] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _construct(item, f"{pointer}/{i}", lines, scalars) for i, item in enumerate(node.value)
        ]
    return scalars.construct_object(node, deep=True)


def parse(text: str, name: str) -> Spec:
    """Parse YAML (or JSON) text into a Spec; a syntax error becomes a SpecError with its line."""
    try:
        root = yaml.compose(text, Loader=_COMPOSER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise SpecError(name, line, "yaml-syntax", str(exc.problem or exc).strip()) from None
    if root is None:
        raise SpecError(name, 1, "yaml-syntax", "the document is empty")
    lines: dict[str, int] = {}
    scalars = yaml.SafeLoader("")
    try:
        data = _construct(root, "", lines, scalars)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark is not None else 1
        raise SpecError(name, line, "yaml-syntax", str(exc.problem or exc).strip()) from None
    finally:
        scalars.dispose()
    if not isinstance(data, dict):
        raise SpecError(name, 1, "yaml-syntax", "the document is not a mapping")
    return Spec(name=name, text=text, data=data, lines=lines)


def load(source: str | Path) -> Spec:
    """Load a spec from a file, or from `REV:PATH` / a bare git revision (then ./openapi.yaml)."""
    path = Path(source)
    if path.is_file():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise SpecError(str(source), 1, "read", str(exc)) from None
        return parse(text, str(source))
    rev, _, rel = str(source).partition(":")
    if not rel and path.suffix in {".yaml", ".yml", ".json"}:
        raise SpecError(str(source), 1, "read", "no such file")
    rel = rel or "openapi.yaml"
    proc = subprocess.run(
        ["git", "show", f"{rev}:{rel}"], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        detail = proc.stderr.strip().removeprefix("fatal: ")
        raise SpecError(
            str(source), 1, "read", f"neither a file nor a git revision holding {rel} ({detail})"
        )
    return parse(proc.stdout, f"{rev}:{rel}")
