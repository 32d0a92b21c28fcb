"""Every schema is valid JSON Schema 2020-12 (the dialect of OpenAPI 3.1).

openapi-spec-validator accepts any mapping where a schema belongs, so `type: objekt` or a pattern
that is not a regular expression would pass it and break every consumer later. Each schema
written in place is checked against the 2020-12 meta-schema that jsonschema-rs bundles (no
network), with format checks, so `pattern` must compile.
"""

from __future__ import annotations

from collections.abc import Iterator

import jsonschema_rs

from generator.core.spec import Spec
from generator.validate.base import Problem, join, problem, schema_roots

META_SCHEMA = "https://json-schema.org/draft/2020-12/schema"


def meta_schema(spec: Spec) -> Iterator[Problem]:
    validator = jsonschema_rs.Draft202012Validator({"$ref": META_SCHEMA}, validate_formats=True)
    for root in schema_roots(spec):
        for error in validator.iter_errors(root.data):
            pointer = join(root.pointer, *error.instance_path)
            message = f"{root.label} is not valid JSON Schema: {error.message}"
            yield problem(spec, pointer, "json-schema", message)


RULES = (meta_schema,)
