"""The Python names openapi-python-client gives wire names, without importing it.

openapi-python-client's `strings` module pulls in its config and pydantic (about 0.25 s), which
the docs build cannot afford just to name a method. These functions follow its 0.29.1 rules
(`sanitize`, `split_words`, `fix_reserved_words`, `PythonIdentifier`, `ClassName`);
tests/core/test_naming.py checks they agree with it on every name in openapi.yaml.
"""

from __future__ import annotations

import builtins
import re
from keyword import iskeyword

FIELD_PREFIX = "field_"
_DELIMITERS = r"\. _-"
_WORD = re.compile(rf"[^{re.escape(_DELIMITERS)}]+")
_CAMEL = re.compile("([A-Z]?[a-z]+)")
# `id` stays usable as a field name in openapi-python-client, so it is not renamed either.
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


def _sanitize(value: str) -> str:
    return "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)


def _words(value: str) -> list[str]:
    if any(c.isupper() for c in value):
        value = " ".join(_CAMEL.split(value))
    return _WORD.findall(value)


def _unreserved(value: str) -> str:
    return f"{value}_" if value in _RESERVED or iskeyword(value) else value


def _pascal(value: str) -> str:
    return "".join(w if w.isupper() else w.capitalize() for w in _words(_sanitize(value)))


def identifier(name: str, prefix: str = FIELD_PREFIX) -> str:
    """snake_case identifier, as openapi-python-client's `PythonIdentifier(name, prefix)`."""
    safe = _sanitize(name)
    value = _unreserved("_".join(_words(safe)).lower())
    if not value.isidentifier() or safe.startswith("_"):
        value = f"{prefix}{value}"
    return value


def class_name(name: str, prefix: str = FIELD_PREFIX) -> str:
    """PascalCase class name, as openapi-python-client's `ClassName(name, prefix)`."""
    value = _unreserved(_pascal(name))
    if not value.isidentifier():
        value = _unreserved(_pascal(f"{prefix}{value}"))
    return value


def python_name(name: str) -> str:
    """The attribute, argument or function name the SDK has for the wire name `name`."""
    return identifier(name, FIELD_PREFIX)


def module_name(tag: str) -> str:
    """The SDK module (`api.<module>`) that holds the operations of `tag`."""
    return identifier(tag, "tag")


def schema_class_name(name: str) -> str:
    """The SDK class of the component schema `name` (models take no prefix)."""
    return class_name(name, "")


# The TypeScript SDK keeps wire names for fields and parameters (its types are the wire's) and
# names methods, helpers and types after operationIds and schemas in its language's idiom.


def _ts_identifier(value: str) -> bool:
    # Python's identifier rules (Unicode ID_Start/ID_Continue) are ECMAScript's, but for `$`.
    return value.replace("$", "_").isidentifier()


# Members of the TypeScript client that an operation's method must not shadow.
TS_CLIENT_MEMBERS = frozenset(
    {"constructor", "request", "authenticated", "baseURL", "timeout", "maxRetries", "userId"}
    | {"orgId", "toJSON", "toString", "valueOf", "then"}
)


def ts_name(name: str) -> str:
    """camelCase identifier for a TypeScript method or function: `campaign_list` and
    `campaignList` give `campaignList`, `loginOTP` stays `loginOTP` (acronyms are kept); a
    name the client's own members take gets `Op` appended."""
    words = _words(_sanitize(name))
    if not words:
        return "operation"
    first = words[0].lower() if words[0].isupper() else words[0][:1].lower() + words[0][1:]
    value = first + _pascal("_".join(words[1:]))
    if not _ts_identifier(value):
        value = f"op{value[:1].upper()}{value[1:]}"
    return f"{value}Op" if value in TS_CLIENT_MEMBERS else value


def ts_type_name(name: str) -> str:
    """PascalCase TypeScript type for a component schema (`user-request` gives `UserRequest`)."""
    value = _pascal(name)
    return value if _ts_identifier(value) else f"T{value}"


def ts_property(name: str) -> str:
    """A wire name as a TypeScript property key: bare when it is an identifier, else quoted."""
    if _ts_identifier(name):
        return name
    escaped = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
