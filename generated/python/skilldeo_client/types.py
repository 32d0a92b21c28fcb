# Generated from openapi.yaml by `skilldeo-api client`; do not edit.
"""Shared types: `UNSET`, the value of every field and argument that was not given.

`UNSET` is one object (`Unset()` returns it too): test for it with `is UNSET` or
`isinstance(value, Unset)`. It is falsy, shows as `<unset>`, and stays the same object through
`copy`, `deepcopy` and `pickle`, so a copied request still leaves its unset fields out.
"""

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeGuard, TypeVar


class Unset:
    """The type of `UNSET`: a field or argument that was left out (it is not sent)."""

    __slots__ = ()
    _instance: "Unset | None" = None

    def __new__(cls) -> "Unset":
        if Unset._instance is None:
            Unset._instance = super().__new__(cls)
        return Unset._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "<unset>"

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> "Unset":
        return self

    def __reduce__(self) -> str:
        return "UNSET"  # pickled by name: unpickling gives this module's UNSET


UNSET: Unset = Unset()


def is_json_array(value: object) -> TypeGuard[list[Any]]:
    """Whether a parsed JSON value is an array: its items typed `Any` until each is checked."""
    return isinstance(value, list)


def redacted(value: object) -> str:
    """The repr of a secret field (a bearer token): whether it is set, never its value."""
    return repr(value) if isinstance(value, Unset) else "'<redacted>'"


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "is_json_array", "redacted"]
