"""`skilldeo-api validate`: the real spec is clean, and each rule catches a small broken spec.

Each broken spec is MINIMAL (a clean one-operation spec) with one edit, so the expected line of
every problem can be read off the numbered listing below.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.core.paths import ROOT, SPEC
from generator.core.spec import Spec
from generator.validate import oas as rules_oas

MINIMAL = """\
openapi: 3.1.0
info:
  title: Pets
  version: 1.0.0
tags:
  - name: Pets
    description: Pets and their owners.
paths:
  /pets:
    post:
      tags: [Pets]
      operationId: createPet
      summary: Create a pet
      description: Registers a pet.
      security:
        - bearerAuth: []
      parameters:
        - name: dryRun
          in: query
          required: false
          description: Check only, do not create.
          schema:
            type: boolean
          example: true
      requestBody:
        required: true
        description: The pet.
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Pet'
            examples:
              rex:
                value:
                  name: Rex
                  owner: ann@example.com
                  born: '2020-02-29T10:00:00Z'
                  photo: https://pets.example/rex.jpg
      responses:
        '200':
          description: The pet was created.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Pet'
              example:
                name: Rex
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
  schemas:
    Email:
      type: string
      format: email
      description: An e-mail address.
    Pet:
      type: object
      description: A pet.
      required: [name]
      properties:
        name:
          type: string
          minLength: 1
          description: The pet's name.
        owner:
          $ref: '#/components/schemas/Email'
        born:
          type: string
          format: date-time
          description: When the pet was born.
        photo:
          type: string
          format: uri
          description: A picture of the pet.
"""
MINIMAL_LINES = MINIMAL.splitlines()

runner = CliRunner()


def line_of(text: str) -> int:
    """The 1-based line of MINIMAL holding text (exactly one must)."""
    hits = [i + 1 for i, line in enumerate(MINIMAL_LINES) if text in line]
    assert len(hits) == 1, f"{text!r} is on lines {hits}"
    return hits[0]


def edited(old: str, new: str) -> str:
    assert MINIMAL.count(old) == 1, f"{old!r} must occur once in MINIMAL"
    return MINIMAL.replace(old, new)


def validate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[int, list[str]]:
    """Run the CLI on text saved as spec.yaml; (exit code, lines printed)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "spec.yaml").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", "spec.yaml"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output.splitlines()


def problems(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> list[str]:
    code, lines = validate(tmp_path, monkeypatch, text)
    assert code == 1, lines
    assert lines[-1] == f"spec.yaml: {len(lines) - 1} problem(s)"
    return lines[:-1]


def test_real_spec_is_clean(spec: Spec, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, ["validate", str(SPEC)])
    count = len(list(spec.operations()))
    assert result.output == f"openapi.yaml: valid OpenAPI 3.1.0, {count} operations, 0 problems\n"
    assert result.exit_code == 0


def test_minimal_spec_is_clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, lines = validate(tmp_path, monkeypatch, MINIMAL)
    assert lines == ["spec.yaml: valid OpenAPI 3.1.0, 1 operation, 0 problems"]
    assert code == 0


# (old text, new text, the one expected problem) per rule. A problem is on the line of the key of
# the node at fault (`post:` for an operation), or of the faulty entry itself when there is one.
CASES = {
    "oas3-schema": (
        "          in: query\n",
        "",
        "spec.yaml:18: oas3-schema: 'in' is a required property",
    ),
    "oas3-schema-semantic": (
        "  /pets:",
        "  /pets/{petId}:",
        "spec.yaml:10: oas3-schema: Path parameter 'petId' for 'post' operation in "
        "'/pets/{petId}' was not resolved",
    ),
    "json-schema": (
        "          type: string\n          minLength: 1",
        "          type: text\n          minLength: 1",
        'spec.yaml:64: json-schema: schema Pet is not valid JSON Schema: "text" is not valid '
        "under any of the schemas listed in the 'anyOf' keyword",
    ),
    "operation-id": (
        "      operationId: createPet\n",
        "",
        "spec.yaml:10: operation-id: operation POST path /pets has no operationId",
    ),
    "operation-one-tag": (
        "tags: [Pets]",
        "tags: []",
        "spec.yaml:11: operation-one-tag: operation createPet has 0 tags; it needs exactly one",
    ),
    "tag-declared": (
        "tags: [Pets]",
        "tags: [Dogs]",
        "spec.yaml:11: tag-declared: tag 'Dogs' of operation createPet is not declared under "
        "the top-level `tags`",
    ),
    "tag-description": (
        "    description: Pets and their owners.\n",
        "",
        "spec.yaml:6: tag-description: tag 'Pets' has no description",
    ),
    "operation-summary": (
        "      summary: Create a pet\n",
        "",
        # missing: the line of the operation lacking it
        "spec.yaml:10: operation-summary: operation createPet has no summary",
    ),
    "operation-description": (
        "      description: Registers a pet.",
        "      description: '  '",
        # blank: the line of the blank text itself
        "spec.yaml:14: operation-description: operation createPet has no description",
    ),
    "parameter-description": (
        "          description: Check only, do not create.\n",
        "",
        "spec.yaml:18: parameter-description: parameter dryRun of operation createPet has no "
        "description",
    ),
    "property-description": (
        "          description: The pet's name.\n",
        "",
        "spec.yaml:63: property-description: property 'name' of schema Pet has no description",
    ),
    "property-description-ref": (
        "      description: An e-mail address.\n",
        "",
        # one line is gone above: `owner:` moves up from 67
        "spec.yaml:66: property-description: property 'owner' of schema Pet has no description",
    ),
    "example-present-parameter": (
        "          example: true\n",
        "",
        "spec.yaml:18: example-present: parameter dryRun of operation createPet has no example "
        "(`example` or `examples`)",
    ),
    "example-present-request": (
        "            examples:\n              rex:\n                value:\n"
        "                  name: Rex\n                  owner: ann@example.com\n"
        "                  born: '2020-02-29T10:00:00Z'\n"
        "                  photo: https://pets.example/rex.jpg\n",
        "",
        "spec.yaml:29: example-present: request body of operation createPet (application/json) "
        "has no example (`example` or `examples`)",
    ),
    "example-present-response": (
        "              example:\n                name: Rex\n",
        "",
        "spec.yaml:43: example-present: response 200 of operation createPet (application/json) "
        "has no example (`example` or `examples`)",
    ),
    "example-valid-type": (
        "          example: true",
        "          example: maybe",
        "spec.yaml:24: example-valid: example 'example' of parameter dryRun of operation "
        'createPet does not match its schema: "maybe" is not of type "boolean" (at the root)',
    ),
    "example-valid-required": (
        "              example:\n                name: Rex\n",
        "              example:\n                owner: ann@example.com\n",
        "spec.yaml:46: example-valid: example 'example' of response 200 of operation createPet "
        '(application/json) does not match its schema: "name" is a required property '
        "(at the root)",
    ),
    "example-valid-email": (
        "owner: ann@example.com",
        "owner: ann at example.com",
        "spec.yaml:36: example-valid: example 'rex' of request body of operation createPet "
        '(application/json) does not match its schema: "ann at example.com" is not a "email" '
        "(at /owner)",
    ),
    "example-valid-date-time": (
        "born: '2020-02-29T10:00:00Z'",
        "born: '2021-02-29T10:00:00Z'",
        "spec.yaml:37: example-valid: example 'rex' of request body of operation createPet "
        '(application/json) does not match its schema: "2021-02-29T10:00:00Z" is not a '
        '"date-time" (at /born)',
    ),
    "example-valid-uri": (
        "photo: https://pets.example/rex.jpg",
        "photo: rex.jpg",
        "spec.yaml:38: example-valid: example 'rex' of request body of operation createPet "
        '(application/json) does not match its schema: "rex.jpg" is not a "uri" (at /photo)',
    ),
    "example-valid-schema-examples": (
        "      description: An e-mail address.\n",
        "      description: An e-mail address.\n      examples: [nobody]\n",
        "spec.yaml:58: example-valid: example 0 of schema Email does not match its schema: "
        '"nobody" is not a "email" (at the root)',
    ),
    "ref-resolves": (
        "              $ref: '#/components/schemas/Pet'\n            examples:",
        "              $ref: '#/components/schemas/Pets'\n            examples:",
        "spec.yaml:31: ref-resolves: $ref '#/components/schemas/Pets' does not resolve",
    ),
    "sdk-extension-caller": (
        "          description: Check only, do not create.\n",
        "          description: Check only, do not create.\n          x-skilldeo-caller: me\n",
        "spec.yaml:22: sdk-extension: x-skilldeo-caller of parameter dryRun of operation "
        "createPet must be one of user_id, org_id",
    ),
    "sdk-extension-idempotent": (
        "      summary: Create a pet\n",
        "      summary: Create a pet\n      x-idempotent: 'yes'\n",
        "spec.yaml:14: sdk-extension: x-idempotent of operation createPet must be true or false",
    ),
    "info-version": (
        "  version: 1.0.0\n",
        "  version: '1.0'\n",
        "spec.yaml:4: info-version: info.version '1.0' is not MAJOR.MINOR.PATCH (e.g. 1.0.0)",
    ),
    "ref-local": (
        "                $ref: '#/components/schemas/Pet'",
        "                $ref: 'common.yaml#/Pet'",
        "spec.yaml:45: ref-local: external $ref 'common.yaml#/Pet': the contract is one file, "
        "define it under components",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_rule_catches_broken_spec(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new, expected = CASES[case]
    assert problems(tmp_path, monkeypatch, edited(old, new)) == [expected]


def test_expected_lines_match_the_listing() -> None:
    """The line numbers written in CASES are where their text sits in MINIMAL."""
    assert line_of("    post:") == 10
    assert line_of("operationId: createPet") == 12
    assert line_of("description: Registers a pet.") == 14
    assert line_of("name: dryRun") == 18
    assert line_of("examples:") == 32  # its media type `application/json:` is on 29
    assert line_of("owner: ann@example.com") == 36
    assert line_of("$ref: '#/components/schemas/Email'") == 68  # under `owner:` on 67
    assert line_of("minLength: 1") == 65  # under `name:` on 63 and `type: string` on 64


def test_duplicate_operation_id_names_both_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listing = (
        "  /pets:\n"
        "    get:\n"
        "      tags: [Pets]\n"
        "      operationId: createPet\n"
        "      summary: List pets\n"
        "      description: Lists the pets.\n"
        "      security: []\n"
        "      responses:\n"
        "        '204':\n"
        "          description: There are no pets.\n"
    )
    found = problems(tmp_path, monkeypatch, edited("  /pets:\n", listing))
    assert found == [
        "spec.yaml:21: operation-id-unique: operationId 'createPet' is already used at line 12"
    ]


def test_root_level_security_does_not_excuse_an_operation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = edited("      security:\n        - bearerAuth: []\n", "").replace(
        "paths:\n", "security:\n  - bearerAuth: []\npaths:\n"
    )
    assert problems(tmp_path, monkeypatch, text) == [
        "spec.yaml:12: security-stated: operation createPet does not state `security` (`[]` "
        "when public): SDK generators ignore the root-level one"
    ]


def test_undeclared_security_scheme(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = problems(tmp_path, monkeypatch, edited("- bearerAuth: []", "- apiKey: []"))
    assert found == [
        "spec.yaml:16: security-scheme-declared: security scheme 'apiKey' of operation "
        "createPet is not declared",
        "spec.yaml:50: no-unused-component: component securitySchemes/bearerAuth is never used",
    ]


UNUSED = {
    "schemas": "    Spare:\n      type: string\n      description: Unused.\n",
    "responses": "  responses:\n    Spare:\n      description: Unused.\n",
    "parameters": (
        "  parameters:\n    Spare:\n      name: spare\n      in: query\n"
        "      description: Unused.\n      schema:\n        type: string\n      example: x\n"
    ),
    "examples": "  examples:\n    Spare:\n      value: 1\n",
    "requestBodies": (
        "  requestBodies:\n    Spare:\n      description: Unused.\n      content:\n"
        "        application/json:\n          schema:\n            type: string\n"
        "          example: x\n"
    ),
    "headers": "  headers:\n    Spare:\n      description: Unused.\n      schema:\n"
    "        type: string\n",
}


@pytest.mark.parametrize("kind", UNUSED, ids=list(UNUSED))
def test_unused_component(kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = MINIMAL + UNUSED[kind]
    # a component's line is that of its name; the other kinds first open their section
    line = len(MINIMAL_LINES) + (1 if kind == "schemas" else 2)
    found = problems(tmp_path, monkeypatch, text)
    assert found == [f"spec.yaml:{line}: no-unused-component: component {kind}/Spare is never used"]


def test_unused_security_scheme(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spare = "      scheme: bearer\n    spare:\n      type: http\n      scheme: basic\n"
    found = problems(tmp_path, monkeypatch, edited("      scheme: bearer\n", spare))
    assert found == [
        "spec.yaml:53: no-unused-component: component securitySchemes/spare is never used"
    ]


def test_component_used_only_by_an_unused_one_is_unused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chain = (
        "    Spare:\n      type: array\n      description: Unused.\n"
        "      items:\n        $ref: '#/components/schemas/Spare2'\n"
        "    Spare2:\n      type: string\n      description: Used only by Spare.\n"
    )
    found = problems(tmp_path, monkeypatch, MINIMAL + chain)
    first = len(MINIMAL_LINES) + 1
    assert found == [
        f"spec.yaml:{first}: no-unused-component: component schemas/Spare is never used",
        f"spec.yaml:{first + 5}: no-unused-component: component schemas/Spare2 is never used",
    ]


def test_ref_with_its_own_description_counts_as_described(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = edited("      description: An e-mail address.\n", "").replace(
        "          $ref: '#/components/schemas/Email'\n",
        "          $ref: '#/components/schemas/Email'\n          description: The owner.\n",
    )
    code, lines = validate(tmp_path, monkeypatch, text)
    assert (code, lines) == (0, ["spec.yaml: valid OpenAPI 3.1.0, 1 operation, 0 problems"])


def test_every_problem_at_once_sorted_by_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        edited("      summary: Create a pet\n", "")
        .replace("    description: Pets and their owners.\n", "")
        .replace("owner: ann@example.com", "owner: nobody")
    )
    found = problems(tmp_path, monkeypatch, text)
    assert [line.split(": ")[1] for line in found] == [
        "tag-description",
        "operation-summary",
        "example-valid",
    ]
    assert [int(line.split(":")[1]) for line in found] == [6, 9, 34]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"openapi: 3.1.0\ninfo: [oops\n  title: x\n", "spec.yaml:3: yaml-syntax: "),
        (b"- just\n- a list\n", "spec.yaml:1: yaml-syntax: the document is not a mapping"),
        (b"", "spec.yaml:1: yaml-syntax: the document is empty"),
        (b"openapi: 3.1.0\ninfo: \xff\n", "spec.yaml:1: read: 'utf-8' codec can't decode"),
    ],
    ids=["syntax", "not-a-mapping", "empty", "not-utf8"],
)
def test_unreadable_spec_is_one_message_without_traceback(
    content: bytes, expected: str, tmp_path: Path
) -> None:
    (tmp_path / "spec.yaml").write_bytes(content)
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "validate", "spec.yaml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        # rich wraps stderr at 80 columns when it is not a terminal; wide, a message is one line
        env={"PYTHONPATH": str(ROOT), "COLUMNS": "200"},
    )
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.startswith(expected), proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_file_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["validate", "missing.yaml"])
    assert result.exit_code == 1
    assert result.output.startswith("missing.yaml:1: read: no such file")
    assert isinstance(result.exception, SystemExit)


def test_bad_option_is_a_usage_error() -> None:
    result = runner.invoke(app, ["validate", "--no-such-option"])
    assert result.exit_code == 2
    assert "No such option" in result.output


def test_reference_loop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    loop = (
        "    Loop1:\n      $ref: '#/components/schemas/Loop2'\n"
        "    Loop2:\n      $ref: '#/components/schemas/Loop1'\n"
    )
    first = len(MINIMAL_LINES) + 1
    never = "leads to a loop of references that never reaches a definition"
    # each component on its name, each reference on its `$ref`
    assert problems(tmp_path, monkeypatch, MINIMAL + loop) == [
        f"spec.yaml:{first}: no-unused-component: component schemas/Loop1 is never used",
        f"spec.yaml:{first + 1}: ref-resolves: $ref '#/components/schemas/Loop2' {never}",
        f"spec.yaml:{first + 2}: no-unused-component: component schemas/Loop2 is never used",
        f"spec.yaml:{first + 3}: ref-resolves: $ref '#/components/schemas/Loop1' {never}",
    ]


def test_referenced_example_is_checked_where_it_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inline = (
        "              rex:\n                value:\n"
        "                  name: Rex\n                  owner: ann@example.com\n"
        "                  born: '2020-02-29T10:00:00Z'\n"
        "                  photo: https://pets.example/rex.jpg\n"
    )
    text = edited(inline, "              rex:\n                $ref: '#/components/examples/Rex'\n")
    text += "  examples:\n    Rex:\n      value:\n        name: ''\n"
    assert problems(tmp_path, monkeypatch, text) == [
        "spec.yaml:76: example-valid: example 'rex' of request body of operation createPet "
        '(application/json) does not match its schema: "" is shorter than 1 character (at /name)'
    ]


LINK = (
    "          description: The pet was created.\n"
    "          links:\n"
    "            again:\n"
    "              operationId: {op}\n"
    "              parameters:\n"
    "                {param}: $request.query.dryRun\n"
    "              requestBody: $request.body\n"
)


@pytest.mark.parametrize(
    ("op", "param", "expected"),
    [
        ("createPet", "dryRun", []),
        ("createPet", "query.dryRun", []),
        (
            "createPets",
            "dryRun",
            [
                "spec.yaml:44: link-target: link again of response 200 of operation createPet "
                "names operation 'createPets', which does not exist"
            ],
        ),
        (
            "createPet",
            "dryrun",
            [
                "spec.yaml:46: link-target: link again of response 200 of operation createPet: "
                "operation 'createPet' has no parameter 'dryrun'"
            ],
        ),
    ],
    ids=["valid", "qualified-name", "unknown-operation", "unknown-parameter"],
)
def test_link_target(
    op: str, param: str, expected: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    link = LINK.format(op=op, param=param)
    text = edited("          description: The pet was created.\n", link)
    code, lines = validate(tmp_path, monkeypatch, text)
    if expected:
        assert (code, lines) == (1, [*expected, "spec.yaml: 1 problem(s)"])
    else:
        assert (code, lines) == (0, ["spec.yaml: valid OpenAPI 3.1.0, 1 operation, 0 problems"])


def test_validator_failure_is_a_problem_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def trips(self: object) -> Iterator[object]:
        raise KeyError("petId")
        yield  # a generator, like the library's

    monkeypatch.setattr(rules_oas._Located, "iter_errors", trips)
    assert problems(tmp_path, monkeypatch, MINIMAL) == [
        "spec.yaml:1: oas3-schema: openapi-spec-validator stopped: 'petId'"
    ]
