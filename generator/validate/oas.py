"""OpenAPI 3.1 itself, checked by openapi-spec-validator, with each error placed on its line.

Two passes: the OpenAPI 3.1 meta-schema, whose errors carry their path in the document; then the
library's semantic checks (schema defaults, required properties that exist, path parameters,
duplicate parameters). Those do not say where they are, so the keyword validators are wrapped to
tag each error with the node being checked. The semantic pass follows `$ref`s, so it runs only
on a document whose structure, schemas and references are sound; it never fetches anything.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping
from typing import Any, cast

from jsonschema.exceptions import (  # type: ignore[import-untyped]
    SchemaError,
    UnknownType,
    ValidationError,
    best_match,
)
from jsonschema_path.paths import SchemaPath
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.exceptions import OpenAPIError
from openapi_spec_validator.validation import keywords
from openapi_spec_validator.validation.exceptions import (
    DuplicateOperationIDError,
    OpenAPIValidationError,
)
from referencing.exceptions import Unresolvable

from generator.core.spec import Spec
from generator.validate import refs as rules_refs
from generator.validate import schemas as rules_schemas
from generator.validate.base import Problem, join, problem

RULE = "oas3-schema"
WHERE = "_skilldeo_pointer"
# What the library, and the reference and schema machinery under it, raise when a document
# trips it up: reported as a problem, not a traceback. Anything else is a bug here, and shows.
LIBRARY_FAILURES = (
    OpenAPIError,
    Unresolvable,
    SchemaError,
    UnknownType,
    LookupError,
    TypeError,
    ValueError,
    AttributeError,
    RecursionError,
)


def _tag(errors: Iterator[ValidationError], node: SchemaPath) -> Iterator[ValidationError]:
    """Remember the innermost node an error was found at (outer wrappers keep it)."""
    for error in errors:
        if not isinstance(error, OpenAPIValidationError):
            # the library re-creates other errors further up, which would drop the tag
            error = OpenAPIValidationError.create_from(error)
        if not hasattr(error, WHERE):
            setattr(error, WHERE, join("", *(str(part) for part in node.parts)))
        yield error


class _Schema(keywords.SchemaValidator):
    def __call__(
        self, schema: SchemaPath, require_properties: bool = True
    ) -> Iterator[ValidationError]:
        yield from _tag(super().__call__(schema, require_properties), schema)


class _Parameters(keywords.ParametersValidator):
    def __call__(self, parameters: SchemaPath) -> Iterator[ValidationError]:
        yield from _tag(super().__call__(parameters), parameters)


class _Operation(keywords.OperationValidator):
    def __call__(
        self, url: str, name: str, operation: SchemaPath, path_parameters: SchemaPath | None
    ) -> Iterator[ValidationError]:
        yield from _tag(super().__call__(url, name, operation, path_parameters), operation)


class _Located(OpenAPIV31SpecValidator):
    # The base class declares both as plain attributes, so ClassVar is not allowed here.
    resolver_handlers: Any = {}  # noqa: RUF012 - no file or network access for external refs
    keyword_validators: Any = {  # noqa: RUF012
        **OpenAPIV31SpecValidator.keyword_validators,
        "schema": _Schema,
        "parameters": _Parameters,
        "operation": _Operation,
    }


def check(spec: Spec) -> Iterator[Problem]:
    structural = list(_meta_schema(spec))
    yield from structural
    # The semantic pass trusts structure, schemas and references; other rules report those.
    if structural or any(rules_refs.resolution(spec)) or any(rules_schemas.meta_schema(spec)):
        return
    yield from _semantic(spec)


def _meta_schema(spec: Spec) -> Iterator[Problem]:
    for error in OpenAPIV31SpecValidator.schema_validator.iter_errors(spec.data):
        # anyOf/oneOf errors say only "not valid under any"; best_match descends to the reason
        deepest = best_match([error])
        pointer = join("", *deepest.absolute_path)
        yield problem(spec, pointer, RULE, _one_line(deepest.message))


def _semantic(spec: Spec) -> Iterator[Problem]:
    try:
        for error in _Located(cast("Mapping[Hashable, Any]", spec.data)).iter_errors():
            if isinstance(error, DuplicateOperationIDError):
                continue  # operation-id-unique says it with both lines
            yield problem(spec, getattr(error, WHERE, ""), RULE, _one_line(error.message))
    except LIBRARY_FAILURES as exc:
        yield problem(spec, "", RULE, f"openapi-spec-validator stopped: {_one_line(str(exc))}")


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
