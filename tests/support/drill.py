"""The change drill's catalogue: realistic edits an API team makes to openapi.yaml.

Each change finds what it edits by its role in the spec (the first paged list operation, its
request's page size, its item's enum, ...) through the SDK's own discovery, never by a name copied
from today's openapi.yaml, and says what a user must see afterwards: the version bump and the
kinds of change the diff reports, what the reference page shows, a check on the regenerated SDK,
and what the mock answers.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from generator.core.naming import python_name
from generator.core.spec import Spec
from generator.diff.audience import refs
from generator.sdk.analysis import Paged, SdkSpec, analyse, attr

Data = dict[str, Any]
NEW_OPERATION = "drillCreate"
NEW_FIELD = "drill_note"
RENAMED = "has_more"
SORT = "sort"


@dataclass
class Expect:
    """What the pipeline must show for one change."""

    bump: str  # major, minor or patch
    kinds: set[str]  # change kinds the diff must report
    page: list[str] = field(default_factory=list)  # on the reference page
    not_on_page: list[str] = field(default_factory=list)
    sdk: str = ""  # Python run against the regenerated SDK; must exit 0
    sample: str = ""  # the operation whose Python sample must run against the mock
    operation: str = ""  # the operation the mock and fuzz checks aim at
    mock: str = ""  # what the mock check does (see tests/drill/test_change_drill.py)
    fuzz_exit: int = 0
    # What the diff must say to each audience: "wire", "sdk", "migration" -> text some change of
    # that kind carries in that note (tests/diff/test_audience.py).
    says: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Change:
    name: str
    apply: Callable[[Data, Spec, SdkSpec], Expect]


def schemas(d: Data) -> Data:
    found: Data = d["components"]["schemas"]
    return found


def paged(sdk: SdkSpec) -> Paged:
    return sdk.paged[0]


def operation(d: Data, operation_id: str) -> tuple[str, str, Data]:
    for path, item in d["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return path, method, op
    raise KeyError(operation_id)


def target(d: Data, node: Data) -> Data:
    """The schema a property refers to, or the property itself when it is inline."""
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        found: Data = schemas(d)[ref.rsplit("/", 1)[1]]
        return found
    return node


def rename_keys(node: Any, old: str, new: str) -> None:
    """Rename a key wherever it occurs in examples and `required` lists."""
    if isinstance(node, dict):
        if old in node:
            node[new] = node.pop(old)
        for value in node.values():
            rename_keys(value, old, new)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            if item == old:
                node[i] = new
            else:
                rename_keys(item, old, new)


CREATE_EXAMPLE = {"name": "Drill", "due": "2026-12-31T00:00:00Z"}
CREATE_FIELDS: Data = {
    "name": {"type": "string", "minLength": 1, "description": "What to call it."},
    "due": {"type": "string", "format": "date-time", "description": "When it is due."},
}


def _json(schema: Data, example: Any) -> Data:
    return {"application/json": {"schema": schema, "examples": {"documented": {"value": example}}}}


def _create_response() -> Data:
    record: Data = {"type": "object", "description": "What was created.", "required": ["id"]}
    record["properties"] = {
        "id": {"type": "integer", "minimum": 1, "description": "Its new id."},
        **copy.deepcopy(CREATE_FIELDS),
    }
    schema: Data = {"type": "object", "required": ["message", "records"]}
    schema["properties"] = {
        "message": {"type": "string", "description": "What happened."},
        "records": record,
    }
    answer = {"message": "Success", "records": {"id": 1, **CREATE_EXAMPLE}}
    return {"description": "The record, with its new id.", "content": _json(schema, answer)}


def _errors_of(listing: Data) -> Data:
    """The error answers the sibling operation documents, as a team would copy them."""
    return {
        code: copy.deepcopy(answer)
        for code, answer in listing["responses"].items()
        if not str(code).startswith("2")
    }


def add_operation(d: Data, spec: Spec, sdk: SdkSpec) -> Expect:
    """A create operation beside the first paged list, with a date-time field."""
    path, _, listing = operation(d, paged(sdk).endpoint.operation_id)
    request: Data = {"type": "object", "required": list(CREATE_FIELDS)}
    request["properties"] = copy.deepcopy(CREATE_FIELDS)
    d["paths"][path.rsplit("/", 1)[0] + "/drill-create"] = {
        "post": {
            "operationId": NEW_OPERATION,
            "tags": listing["tags"][:1],
            "summary": "Create a drill record",
            "description": "Creates one record from its name and due date.",
            "security": copy.deepcopy(listing.get("security", [])),
            "requestBody": {"required": True, "content": _json(request, CREATE_EXAMPLE)},
            "responses": {"200": _create_response(), **_errors_of(listing)},
        }
    }
    return Expect(
        bump="minor",
        kinds={"operation-added"},
        page=[NEW_OPERATION],
        sdk="from skilldeo_client import Skilldeo\nassert hasattr(Skilldeo, 'drill_create')",
        sample=NEW_OPERATION,
        operation=NEW_OPERATION,
        mock="generic",
        says={"sdk": f"new method `client.{python_name(NEW_OPERATION)}()`"},
    )


def add_request_field_with_default(d: Data, spec: Spec, sdk: SdkSpec) -> Expect:
    """An optional `sort` enum with a default on the paged list's request."""
    listing = paged(sdk)
    request = listing.endpoint.request
    assert request is not None
    schemas(d)[request.name]["properties"][SORT] = {
        "type": "string",
        "enum": ["newest", "oldest"],
        "default": "newest",
        "description": "The order of the records.",
    }
    check = (
        f"from skilldeo_client.models import {request.cls}\n"
        f"assert {request.cls}().to_dict() == {{}}, 'an unset field with a default was sent'\n"
    )
    return Expect(
        bump="minor",
        kinds={"property-added-with-default"},
        page=["The order of the records."],
        sdk=check,
        sample=listing.endpoint.operation_id,
        operation=listing.endpoint.operation_id,
        mock="sort",
        says={"sdk": f"new optional argument `{SORT}=` of `client.{listing.endpoint.method}()`"},
    )


def add_response_field(d: Data, spec: Spec, sdk: SdkSpec) -> Expect:
    """An optional date-time field on the paged list's items."""
    item = paged(sdk).item
    schemas(d)[item.name]["properties"][NEW_FIELD] = {
        "type": "string",
        "format": "date-time",
        "description": "A note added by the drill.",
    }
    check = (
        f"from skilldeo_client.models import {item.cls}\n"
        f"assert '{NEW_FIELD}' in {item.cls}.__annotations__ or hasattr({item.cls}, '{NEW_FIELD}')"
    )
    return Expect(
        bump="minor",
        kinds={"property-added"},
        page=["A note added by the drill."],
        sdk=check,
        sample=paged(sdk).endpoint.operation_id,
        operation=paged(sdk).endpoint.operation_id,
        mock="list",
        says={
            "wire": f"responses may carry `{NEW_FIELD}`",
            "sdk": f"new attribute `{item.cls}.{NEW_FIELD}`",
        },
    )


def rename_response_field(d: Data, spec: Spec, sdk: SdkSpec) -> Expect:
    """The paged list response's has-more flag changes its wire spelling (camelCase <-> snake)."""
    listing = paged(sdk)
    response = listing.endpoint.response
    assert response is not None and listing.has_more is not None
    wire = next(name for name in response.properties if attr(name) == listing.has_more)
    renamed = RENAMED if wire != RENAMED else "hasMore"
    rename_keys(schemas(d)[response.name], wire, renamed)
    for media in _examples_of(d, listing.endpoint.operation_id):
        rename_keys(media, wire, renamed)
    return Expect(
        bump="major",
        kinds={"property-renamed"},
        page=[renamed],
        operation=listing.endpoint.operation_id,
        mock="renamed",
        says={
            "wire": f"responses carry `{renamed}` instead of `{wire}`",
            "migration": f"use `{renamed}` instead of `{wire}`",
        },
    )


def _examples_of(d: Data, operation_id: str) -> list[Any]:
    _, _, op = operation(d, operation_id)
    found = []
    for response in op.get("responses", {}).values():
        for media in (response.get("content") or {}).values():
            found.append(media)
    return found


def lower_maximum(d: Data, spec: Spec, sdk: SdkSpec) -> Expect:
    """The paged list's page size maximum is halved."""
    listing = paged(sdk)
    request = listing.endpoint.request
    assert request is not None
    top = schemas(d)[request.name]["properties"]["top"]
    holder = top if "maximum" in top else target(d, top)
    holder["maximum"] = listing.page_size // 2
    return Expect(
        bump="major",
        kinds={"constraint-tightened"},
        page=[f"{listing.page_size // 2}"],
        sdk="",
        operation=listing.endpoint.operation_id,
        mock="maximum",
        says={
            "wire": f"every released SDK's `client.iter_{listing.endpoint.method}()` sends it",
            "sdk": "nothing to change",
            "migration": f"pass a smaller `top=` to `client.iter_{listing.endpoint.method}()`",
        },
    )


def add_enum_value(d: Data, spec: Spec, sdk: SdkSpec) -> Expect:
    """A new value in an enum of a paged list's items."""
    for listing in sdk.paged:
        for name, resolved in listing.item.properties.items():
            if "enum" in resolved:
                prop = schemas(d)[listing.item.name]["properties"][name]
                target(d, prop)["enum"].append("drilled")
                return Expect(
                    bump="minor",
                    kinds={"enum-value-added"},
                    page=["drilled"],
                    operation=listing.endpoint.operation_id,
                    mock="list",
                    says={"wire": "a new value", "sdk": "gains a member"},
                )
    raise AssertionError("no paged item has an enum property")


# Calls `method` on a client whose server is unreachable, with `arguments`; asserts what
# DeprecationWarnings it raised, and that they point at this code (stacklevel), not the SDK's.
DEPRECATION_CHECK = """
import warnings
from skilldeo_client import Skilldeo, errors

client = Skilldeo(base_url="http://127.0.0.1:9", token="t", user_id=1, org_id=1, max_retries=0)


def warned(method, **arguments):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            getattr(client, method)(**arguments)
        except (errors.APIConnectionError, errors.APIStatusError, ValueError, TypeError):
            pass
    found = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    assert all(w.filename == "<string>" for w in found), [w.filename for w in found]
    return [str(w.message) for w in found]
"""


def deprecate_field(d: Data, spec: Spec, sdk: SdkSpec) -> Expect:
    """An optional request field of the paged list is deprecated."""
    listing = paged(sdk)
    request = listing.endpoint.request
    assert request is not None
    optional = [n for n in request.properties if n not in request.required and n != "top"]
    schemas(d)[request.name]["properties"][optional[0]]["deprecated"] = True
    method = listing.endpoint.method
    arg = sdk.calls[method].body_args[attr(optional[0])]
    check = DEPRECATION_CHECK + (
        f"assert warned({method!r}) == []\n"
        f"[message] = warned({method!r}, {arg}=1)\n"
        f"assert message.startswith('{method}(): argument `{arg}` is deprecated'), message\n"
    )
    return Expect(
        bump="minor",
        kinds={"schema-deprecated"},
        page=['<span class="badge dep">deprecated</span>'],
        sdk=check,
        operation=listing.endpoint.operation_id,
        mock="list",
        says={
            "sdk": f"argument `{arg}=` of `client.{method}()` still works and now warns "
            "(DeprecationWarning)"
        },
    )


def deprecate_operation(d: Data, spec: Spec, sdk: SdkSpec) -> Expect:
    """The paged list operation itself is deprecated."""
    listing = paged(sdk)
    _, _, op = operation(d, listing.endpoint.operation_id)
    op["deprecated"] = True
    method = listing.endpoint.method
    check = DEPRECATION_CHECK + (
        f"[message] = warned({method!r})\n"
        f"assert message.startswith('{method}(): this operation'), message\n"
        f"assert 'deprecated by the API' in message, message\n"
    )
    return Expect(
        bump="minor",
        kinds={"operation-deprecated"},
        page=['<span class="badge dep">deprecated</span>'],
        sdk=check,
        operation=listing.endpoint.operation_id,
        mock="list",
        says={"sdk": f"`client.{method}()` still works and now warns (DeprecationWarning)"},
    )


def remove_operation(d: Data, spec: Spec, sdk: SdkSpec) -> Expect:
    """The last secured operation that is neither paged nor part of a sign-in goes."""
    kept = {p.endpoint.operation_id for p in sdk.paged}
    kept |= {e.operation_id for pair in sdk.otp_pairs for e in (pair.start, pair.verify)}
    gone = [e for e in sdk.endpoints if e.auth and e.operation_id not in kept][-1]
    path, method, _ = operation(d, gone.operation_id)
    del d["paths"][path][method]
    if not [k for k in d["paths"][path] if k != "parameters"]:
        del d["paths"][path]
    _drop_links_to(d, gone.operation_id)
    _drop_unused_components(d)
    return Expect(
        bump="major",
        kinds={"operation-removed"},
        not_on_page=[f'id="op-{gone.operation_id}"'],
        sdk=f"from skilldeo_client import Skilldeo\nassert not hasattr(Skilldeo, '{gone.method}')",
        operation=gone.operation_id,
        mock="removed",
        says={
            "sdk": f"`client.{python_name(gone.operation_id)}()` is gone",
            "migration": f"stop calling `client.{python_name(gone.operation_id)}()`",
        },
    )


def _drop_links_to(node: Any, operation_id: str) -> None:
    if isinstance(node, dict):
        links = node.get("links")
        if isinstance(links, dict):
            for name in [n for n, link in links.items() if link.get("operationId") == operation_id]:
                del links[name]
            if not links:
                del node["links"]
        for value in node.values():
            _drop_links_to(value, operation_id)
    elif isinstance(node, list):
        for item in node:
            _drop_links_to(item, operation_id)


def _drop_unused_components(d: Data) -> None:
    """What nothing refers to any more goes too, as an API team would tidy up."""
    components = d.get("components", {})
    reached = refs({k: v for k, v in d.items() if k != "components"})
    reached |= {
        f"#/components/securitySchemes/{name}" for name in components.get("securitySchemes", {})
    }
    while True:
        more = set().union(*(refs(_component(d, ref)) for ref in reached)) - reached
        if not more:
            break
        reached |= more
    for kind, members in components.items():
        for name in [n for n in members if f"#/components/{kind}/{n}" not in reached]:
            del members[name]


def _component(d: Data, ref: str) -> Any:
    parts = ref.removeprefix("#/").split("/")
    node: Any = d
    for part in parts:
        node = node.get(part, {}) if isinstance(node, dict) else {}
    return node


CATALOGUE = [
    Change("add-operation", add_operation),
    Change("add-request-field-with-default", add_request_field_with_default),
    Change("add-response-field", add_response_field),
    Change("rename-response-field", rename_response_field),
    Change("lower-maximum", lower_maximum),
    Change("add-enum-value", add_enum_value),
    Change("deprecate-field", deprecate_field),
    Change("deprecate-operation", deprecate_operation),
    Change("remove-operation", remove_operation),
]


def changed(spec: Spec, change: Change) -> tuple[Data, Expect]:
    """A copy of the spec's data with `change` applied, and what the pipeline must show."""
    data = copy.deepcopy(spec.data)
    expect = change.apply(data, spec, analyse(spec))
    return data, expect
