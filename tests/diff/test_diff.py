"""The diff on mutations of the spec: each one's changes, grades and bump.

The spec is tests/data/diff_base.yaml, a frozen copy of openapi.yaml (see conftest.py): the cases
name the operations, components and fields they edit, which the live spec is free to change.

Each case edits a deep copy of the spec (optionally after a `before` edit that both sides share)
and lists every change the diff must report: (kind, JSON pointer, wire grade, SDK grade).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from generator.core.spec import Spec
from generator.diff import diff

Data = dict[str, Any]
Edit = Callable[[Data], None]

B, M, S = "breaking", "possibly-breaking", "safe"
LIST = "/paths/~1svc~1campaign~1list/post"
DETAILS = "/paths/~1svc~1campaign~1getDetails/get"
LINK = "/paths/~1svc~1campaign~1getLink/get"
INVITE = "/paths/~1svc~1interview~1invite/post"
RESULT = "/paths/~1svc~1interview~1getResult/get"
INTERVIEWS = "/paths/~1svc~1interview~1list/post"
LOGIN_OTP = "/paths/~1auth~1loginOTP/post"
SCHEMAS = "/components/schemas"


def schema(d: Data, name: str) -> Data:
    found: Data = d["components"]["schemas"][name]
    return found


def op(d: Data, path: str, method: str) -> Data:
    found: Data = d["paths"][path][method]
    return found


def rename_key(mapping: Data, old: str, new: str) -> None:
    """Rename a key in place, keeping the order of the others (the spec's order matters)."""
    items = [(new if key == old else key, value) for key, value in mapping.items()]
    mapping.clear()
    mapping.update(items)


def retarget(node: Any, old: str, new: str) -> None:
    """Point every $ref at component `old` to component `new`."""
    if isinstance(node, dict):
        if node.get("$ref") == f"#/components/schemas/{old}":
            node["$ref"] = f"#/components/schemas/{new}"
        for value in node.values():
            retarget(value, old, new)
    elif isinstance(node, list):
        for item in node:
            retarget(item, old, new)


def retag(d: Data, old: str, new: str) -> None:
    for item in d["paths"].values():
        for operation in item.values():
            operation["tags"] = [new if t == old else t for t in operation.get("tags", [])]


# --- the mutations ---------------------------------------------------------------------------


def remove_operation(d: Data) -> None:
    del d["paths"]["/svc/campaign/getLink"]


def add_operation(d: Data) -> None:
    d["paths"]["/svc/campaign/archive"] = {
        "post": copy.deepcopy(op(d, "/svc/campaign/getLink", "get"))
    }
    d["paths"]["/svc/campaign/archive"]["post"]["operationId"] = "campaignArchive"


def rename_operation_id(d: Data) -> None:
    op(d, "/svc/campaign/list", "post")["operationId"] = "listCampaigns"


def recase_operation_id(d: Data) -> None:
    # signupOTP and SignupOTP are both `signup_otp` in Python and `signupOTP` in TypeScript
    op(d, "/auth/signupOTP", "post")["operationId"] = "SignupOTP"


def snake_case_operation_id(d: Data) -> None:
    # signupOTP and signup_otp are both `signup_otp` in Python, but `signupOTP` and `signupOtp`
    # in TypeScript
    op(d, "/auth/signupOTP", "post")["operationId"] = "signup_otp"


def move_operation(d: Data) -> None:
    rename_key(d["paths"], "/svc/campaign/getLink", "/svc/campaign/link")


def retag_operation(d: Data) -> None:
    op(d, "/svc/campaign/getLink", "get")["tags"] = ["Interview API"]


def rename_tag(d: Data) -> None:
    d["tags"][1]["name"] = "Agents"
    retag(d, "Agent API", "Agents")


def remove_tag(d: Data) -> None:
    del d["tags"][2]
    retag(d, "Interview API", "Agent API")


def rename_component(d: Data) -> None:
    rename_key(d["components"]["schemas"], "CampaignSummary", "AgentSummary")
    retarget(d, "CampaignSummary", "AgentSummary")


def inline_component(d: Data) -> None:
    items = schema(d, "CampaignListResponse")["properties"]["records"]
    items["items"] = copy.deepcopy(schema(d, "CampaignSummary"))
    del d["components"]["schemas"]["CampaignSummary"]


def rename_primitive_component(d: Data) -> None:
    rename_key(d["components"]["schemas"], "SearchParam", "SearchText")
    retarget(d, "SearchParam", "SearchText")


def inline_primitive_component(d: Data) -> None:
    otp = d["components"]["schemas"].pop("Otp")
    for name in ("SignupVerifyRequest", "LoginVerifyRequest"):
        schema(d, name)["properties"]["verification_code"] = copy.deepcopy(otp)


def remove_parameter(d: Data) -> None:
    del op(d, "/svc/campaign/getDetails", "get")["parameters"][1]


def rename_parameter_same_attribute(d: Data) -> None:
    op(d, "/svc/interview/getResult", "get")["parameters"][0]["name"] = "interview_id"


def rename_parameter(d: Data) -> None:
    op(d, "/svc/campaign/getDetails", "get")["parameters"][1]["name"] = "requester"


def add_required_parameter(d: Data) -> None:
    op(d, "/svc/campaign/getLink", "get")["parameters"].append(
        {"name": "channel", "in": "query", "required": True, "schema": {"type": "string"}}
    )


def add_optional_parameter(d: Data) -> None:
    op(d, "/svc/campaign/getLink", "get")["parameters"].append(
        {"name": "channel", "in": "query", "schema": {"type": "string"}}
    )


def parameter_optional(d: Data) -> None:
    op(d, "/svc/campaign/getDetails", "get")["parameters"][1]["required"] = False


def remove_request_property(d: Data) -> None:
    del schema(d, "CampaignListRequest")["properties"]["search_param"]


def rename_request_property(d: Data) -> None:
    invite = schema(d, "SendInvitesRequestDto")
    rename_key(invite["properties"], "invited_from", "source")
    invite["required"] = ["source" if r == "invited_from" else r for r in invite["required"]]


def rename_response_property_same_attribute(d: Data) -> None:
    rename_key(schema(d, "CampaignListResponse")["properties"], "hasMore", "has_more")


def request_property_required(d: Data) -> None:
    schema(d, "LoginVerifyRequest")["required"].append("session_id")


def add_required_request_property(d: Data) -> None:
    body = schema(d, "LoginOtpRequest")
    body["properties"]["locale"] = {"type": "string"}
    body["required"].append("locale")


def add_optional_request_property(d: Data) -> None:
    schema(d, "LoginOtpRequest")["properties"]["locale"] = {"type": "string"}


def add_optional_request_property_with_default(d: Data) -> None:
    schema(d, "LoginOtpRequest")["properties"]["locale"] = {"type": "string", "default": "en"}


def deprecate_request_property(d: Data) -> None:
    schema(d, "LoginOtpRequest")["properties"]["email"]["deprecated"] = True


def add_response_property(d: Data) -> None:
    schema(d, "CampaignLinkResponse")["properties"]["expires_at"] = {
        "type": "string",
        "format": "date-time",
    }


def remove_response_property(d: Data) -> None:
    link = schema(d, "CampaignLinkResponse")
    del link["properties"]["link"]
    link["required"].remove("link")


def response_property_optional(d: Data) -> None:
    schema(d, "CampaignLinkResponse")["required"].remove("link")


def response_property_nullable(d: Data) -> None:
    schema(d, "CampaignLinkResponse")["properties"]["link"]["type"] = ["string", "null"]


def response_property_required(d: Data) -> None:
    schema(d, "InterviewListResponse")["required"].append("error")


def request_type_changed(d: Data) -> None:
    otp = schema(d, "Otp")
    otp["type"] = "integer"
    del otp["pattern"]


def response_format_changed(d: Data) -> None:
    schema(d, "CampaignDetails")["properties"]["start_date"]["format"] = "date"


def request_format_widened(d: Data) -> None:
    schema(d, "Top")["format"] = "int64"


def request_max_lowered(d: Data) -> None:
    schema(d, "SearchParam")["maxLength"] = 50


def request_min_raised(d: Data) -> None:
    schema(d, "Skip")["minimum"] = 1


def pattern_added(d: Data) -> None:
    schema(d, "SessionId")["pattern"] = "^[A-Za-z0-9-]+$"


def shared_max_lowered(d: Data) -> None:
    schema(d, "Id")["maximum"] = 999999


def enum_value_removed(d: Data) -> None:
    schema(d, "InterviewStatus")["enum"].remove("expired")


def response_enum_value_added(d: Data) -> None:
    schema(d, "OverallDecision")["enum"].append("needs_review")


def closed_invited_from(d: Data) -> None:
    schema(d, "SendInvitesRequestDto")["properties"]["invited_from"]["enum"] = ["api", "dashboard"]


def request_enum_value_added(d: Data) -> None:
    schema(d, "SendInvitesRequestDto")["properties"]["invited_from"]["enum"].append("zapier")


def request_enum_added(d: Data) -> None:
    closed_invited_from(d)


def response_max_raised(d: Data) -> None:
    schema(d, "Scores")["properties"]["job_stability_score"]["maximum"] = 1000


def response_max_added(d: Data) -> None:
    schema(d, "InviteResponse")["properties"]["invited_count"]["maximum"] = 100


def success_status_removed(d: Data) -> None:
    rename_key(op(d, "/svc/campaign/getLink", "get")["responses"], "200", "201")


def error_status_removed(d: Data) -> None:
    del op(d, "/svc/campaign/getLink", "get")["responses"]["404"]


def security_added(d: Data) -> None:
    op(d, "/auth/loginOTP", "post")["security"] = [{"bearerAuth": []}]


def security_removed(d: Data) -> None:
    op(d, "/svc/campaign/getLink", "get")["security"] = []


def server_removed(d: Data) -> None:
    del d["servers"][1]


def server_added(d: Data) -> None:
    d["servers"].append({"url": "https://staging.skilldeo.com/api/v1", "description": "Staging"})


def description_changed(d: Data) -> None:
    op(d, "/svc/campaign/list", "post")["description"] = "Lists agents."


def example_changed(d: Data) -> None:
    schema(d, "Id")["examples"] = [1]


def list_property(d: Data, name: str) -> Data:
    found: Data = schema(d, "CampaignListRequest")["properties"][name]
    return found


def sibling_description_added(d: Data) -> None:
    # OpenAPI 3.1: keywords next to a $ref apply too, annotations included
    parameter = op(d, "/svc/campaign/getDetails", "get")["parameters"][1]
    parameter["schema"]["description"] = "A user id."


def sibling_description_changed(d: Data) -> None:
    list_property(d, "org_id")["description"] = "The organisation to list."


def sibling_example_changed(d: Data) -> None:
    list_property(d, "org_id")["examples"] = [7]


def sibling_max_on_request(d: Data) -> None:
    list_property(d, "top")["maximum"] = 50  # Top allows up to 100: both apply


def sibling_max_removed(d: Data) -> None:
    del list_property(d, "top")["maximum"]


def sibling_max_above_target(d: Data) -> None:
    list_property(d, "top")["maximum"] = 1000  # Top's 100 still applies: nothing changes


def target_max_lowered_under_sibling(d: Data) -> None:
    schema(d, "Top")["maximum"] = 20


def sibling_max_on_parameter(d: Data) -> None:
    op(d, "/svc/campaign/getDetails", "get")["parameters"][1]["schema"]["maximum"] = 100


def sibling_enum_on_request(d: Data) -> None:
    list_property(d, "status")["enum"] = ["active"]


def sibling_max_on_response(d: Data) -> None:
    schema(d, "LoginVerifyResponse")["properties"]["user_id"]["maximum"] = 100


def sibling_null_on_response(d: Data) -> None:
    # the target Id still says integer, and both apply: null is still not a valid user_id
    schema(d, "LoginVerifyResponse")["properties"]["user_id"]["type"] = ["integer", "null"]


def request_body_removed(d: Data) -> None:
    del op(d, "/svc/interview/invite", "post")["requestBody"]


def deprecate(d: Data) -> None:
    op(d, "/svc/campaign/getLink", "get")["deprecated"] = True


def linked_nodes(d: Data) -> None:
    for name, field in (("NodeA", "a"), ("NodeB", "b")):
        d["components"]["schemas"][name] = {
            "type": "object",
            "properties": {
                "next": {"$ref": f"#/components/schemas/{name}"},
                field: {"type": "string"},
            },
        }
    schema(d, "CampaignDetails")["properties"]["chain"] = {"$ref": "#/components/schemas/NodeA"}


def relink_nodes(d: Data) -> None:
    # a reference to another self-referencing schema: the walk must follow it once and stop
    schema(d, "CampaignDetails")["properties"]["chain"] = {"$ref": "#/components/schemas/NodeB"}


def nothing(d: Data) -> None:
    return None


@dataclass(frozen=True)
class Case:
    name: str
    edit: Edit
    changes: list[tuple[str, str, str, str]]
    bump: str
    before: Edit = nothing


CASES = [
    Case("operation removed", remove_operation, [("operation-removed", LINK, B, B)], "major"),
    Case(
        "operation added",
        add_operation,
        [("operation-added", "/paths/~1svc~1campaign~1archive/post", S, S)],
        "minor",
    ),
    Case(
        "operationId renamed",
        rename_operation_id,
        [("operation-id-changed", f"{LIST}/operationId", S, B)],
        "major",
    ),
    Case(
        "operationId recased, same SDK names",
        recase_operation_id,
        [("operation-id-changed", "/paths/~1auth~1signupOTP/post/operationId", S, S)],
        "minor",
    ),
    Case(
        "operationId recased, same Python function, new TypeScript method",
        snake_case_operation_id,
        [("operation-id-changed", "/paths/~1auth~1signupOTP/post/operationId", S, B)],
        "major",
    ),
    Case(
        "operation moved to another path",
        move_operation,
        [("operation-moved", "/paths/~1svc~1campaign~1link/get", B, S)],
        "major",
    ),
    Case(
        "operation moved to another tag",
        retag_operation,
        [("operation-tag-changed", f"{LINK}/tags", S, B)],
        "major",
    ),
    Case("tag renamed", rename_tag, [("tag-renamed", "/tags/1", S, B)], "major"),
    Case(
        "tag removed, its operations moved",
        remove_tag,
        [("tag-removed", "/tags/2", S, B)]
        + [
            ("operation-tag-changed", f"{path}/tags", S, B)
            for path in (INVITE, "/paths/~1svc~1interview~1list/post", RESULT)
        ],
        "major",
    ),
    Case(
        "component renamed",
        rename_component,
        [("component-renamed", f"{SCHEMAS}/AgentSummary", S, B)],
        "major",
    ),
    Case(
        "component removed, inlined",
        inline_component,
        [
            (
                "schema-ref-changed",
                f"{SCHEMAS}/CampaignListResponse/properties/records/items",
                S,
                B,
            ),
            ("component-removed", f"{SCHEMAS}/CampaignSummary", S, B),
        ],
        "major",
    ),
    Case(
        "primitive component renamed: the SDK has no class for it",
        rename_primitive_component,
        [("component-renamed", f"{SCHEMAS}/SearchText", S, S)],
        "minor",
    ),
    Case(
        "primitive component removed, inlined",
        inline_primitive_component,
        [
            ("component-removed", f"{SCHEMAS}/Otp", S, S),
            *(
                ("schema-ref-changed", f"{SCHEMAS}/{name}/properties/verification_code", S, S)
                for name in ("SignupVerifyRequest", "LoginVerifyRequest")
            ),
        ],
        "minor",
    ),
    Case(
        "parameter removed",
        remove_parameter,
        [("parameter-removed", f"{DETAILS}/parameters/1", B, B)],
        "major",
    ),
    Case(
        # The TypeScript SDK keeps wire names: its users see every rename.
        "parameter renamed, same Python argument",
        rename_parameter_same_attribute,
        [("parameter-renamed", f"{RESULT}/parameters/0", B, B)],
        "major",
    ),
    Case(
        "parameter renamed",
        rename_parameter,
        [("parameter-renamed", f"{DETAILS}/parameters/1", B, B)],
        "major",
    ),
    Case(
        "required parameter added",
        add_required_parameter,
        [("required-parameter-added", f"{LINK}/parameters/1", B, B)],
        "major",
    ),
    Case(
        "optional parameter added",
        add_optional_parameter,
        [("parameter-added", f"{LINK}/parameters/1", S, S)],
        "minor",
    ),
    Case(
        "parameter made optional",
        parameter_optional,
        [("parameter-became-optional", f"{DETAILS}/parameters/1", S, S)],
        "minor",
    ),
    Case(
        "request property removed",
        remove_request_property,
        [("property-removed", f"{SCHEMAS}/CampaignListRequest/properties/search_param", B, B)],
        "major",
    ),
    Case(
        "request property renamed",
        rename_request_property,
        [("property-renamed", f"{SCHEMAS}/SendInvitesRequestDto/properties/source", B, B)],
        "major",
    ),
    Case(
        "response property renamed, same Python attribute",
        rename_response_property_same_attribute,
        [("property-renamed", f"{SCHEMAS}/CampaignListResponse/properties/has_more", B, B)],
        "major",
    ),
    Case(
        "request property made required",
        request_property_required,
        [
            (
                "property-became-required",
                f"{SCHEMAS}/LoginVerifyRequest/properties/session_id",
                B,
                B,
            )
        ],
        "major",
    ),
    Case(
        "required request property added",
        add_required_request_property,
        [("required-property-added", f"{SCHEMAS}/LoginOtpRequest/properties/locale", B, B)],
        "major",
    ),
    Case(
        "optional request property added",
        add_optional_request_property,
        [("property-added", f"{SCHEMAS}/LoginOtpRequest/properties/locale", S, S)],
        "minor",
    ),
    Case(
        "request property deprecated",
        deprecate_request_property,
        [("schema-deprecated", f"{SCHEMAS}/LoginOtpRequest/properties/email", S, S)],
        "minor",
    ),
    Case(
        "optional request property added with a default",
        add_optional_request_property_with_default,
        [("property-added-with-default", f"{SCHEMAS}/LoginOtpRequest/properties/locale", S, M)],
        "minor",
    ),
    Case(
        "response property added",
        add_response_property,
        [("property-added", f"{SCHEMAS}/CampaignLinkResponse/properties/expires_at", S, S)],
        "minor",
    ),
    Case(
        "response property removed",
        remove_response_property,
        [("property-removed", f"{SCHEMAS}/CampaignLinkResponse/properties/link", B, B)],
        "major",
    ),
    Case(
        "response property made optional",
        response_property_optional,
        [("property-became-optional", f"{SCHEMAS}/CampaignLinkResponse/properties/link", B, B)],
        "major",
    ),
    Case(
        "response property made nullable",
        response_property_nullable,
        [("became-nullable", f"{SCHEMAS}/CampaignLinkResponse/properties/link", B, B)],
        "major",
    ),
    Case(
        "response property made required",
        response_property_required,
        [("property-became-required", f"{SCHEMAS}/InterviewListResponse/properties/error", S, S)],
        "minor",
    ),
    Case(
        "request type changed",
        request_type_changed,
        [
            ("type-changed", f"{SCHEMAS}/Otp", B, B),
            ("constraint-loosened", f"{SCHEMAS}/Otp", S, S),
        ],
        "major",
    ),
    Case(
        "response format changed",
        response_format_changed,
        [("format-changed", f"{SCHEMAS}/CampaignDetails/properties/start_date", B, B)],
        "major",
    ),
    Case(
        "request format widened",
        request_format_widened,
        [("format-changed", f"{SCHEMAS}/Top", S, S)],
        "minor",
    ),
    Case(
        "request maxLength lowered",
        request_max_lowered,
        [("constraint-tightened", f"{SCHEMAS}/SearchParam", B, B)],
        "major",
    ),
    Case(
        "request minimum raised",
        request_min_raised,
        [("constraint-tightened", f"{SCHEMAS}/Skip", B, B)],
        "major",
    ),
    Case(
        "pattern added to a schema used both ways",
        pattern_added,
        [("constraint-tightened", f"{SCHEMAS}/SessionId", B, B)],
        "major",
    ),
    Case(
        "maximum lowered on a schema used both ways",
        shared_max_lowered,
        [("constraint-tightened", f"{SCHEMAS}/Id", B, B)],
        "major",
    ),
    Case(
        "enum value removed",
        enum_value_removed,
        [("enum-value-removed", f"{SCHEMAS}/InterviewStatus", B, B)],
        "major",
    ),
    Case(
        "response enum value added",
        response_enum_value_added,
        [("enum-value-added", f"{SCHEMAS}/OverallDecision", M, M)],
        "minor",
    ),
    Case(
        "request enum value added",
        request_enum_value_added,
        [
            (
                "enum-value-added",
                f"{SCHEMAS}/SendInvitesRequestDto/properties/invited_from",
                S,
                S,
            )
        ],
        "minor",
        before=closed_invited_from,
    ),
    Case(
        "request enum added",
        request_enum_added,
        [("enum-added", f"{SCHEMAS}/SendInvitesRequestDto/properties/invited_from", B, B)],
        "major",
    ),
    Case(
        "response maximum raised",
        response_max_raised,
        [
            (
                "constraint-loosened",
                f"{SCHEMAS}/Scores/properties/job_stability_score",
                M,
                M,
            )
        ],
        "minor",
    ),
    Case(
        "response maximum added",
        response_max_added,
        [("constraint-tightened", f"{SCHEMAS}/InviteResponse/properties/invited_count", S, S)],
        "minor",
    ),
    Case(
        "success status replaced",
        success_status_removed,
        [
            ("success-status-removed", f"{LINK}/responses/200", B, B),
            ("response-status-added", f"{LINK}/responses/201", M, M),
        ],
        "major",
    ),
    Case(
        "error status removed",
        error_status_removed,
        [("response-status-removed", f"{LINK}/responses/404", S, S)],
        "minor",
    ),
    Case(
        "security added",
        security_added,
        [("security-added", f"{LOGIN_OTP}/security", B, B)],
        "major",
    ),
    Case(
        "security removed",
        security_removed,
        [("security-removed", f"{LINK}/security", S, S)],
        "minor",
    ),
    Case("server removed", server_removed, [("server-removed", "/servers/1", B, B)], "major"),
    Case("server added", server_added, [("server-added", "/servers/2", S, S)], "minor"),
    Case(
        "description changed",
        description_changed,
        [("description-changed", f"{LIST}/description", S, S)],
        "patch",
    ),
    Case(
        "example changed",
        example_changed,
        [("example-changed", f"{SCHEMAS}/Id/examples", S, S)],
        "patch",
    ),
    Case(
        "description added next to a $ref",
        sibling_description_added,
        [("description-changed", f"{DETAILS}/parameters/1/schema/description", S, S)],
        "patch",
    ),
    Case(
        "description changed next to a $ref",
        sibling_description_changed,
        [
            (
                "description-changed",
                f"{SCHEMAS}/CampaignListRequest/properties/org_id/description",
                S,
                S,
            )
        ],
        "patch",
    ),
    Case(
        "example changed next to a $ref",
        sibling_example_changed,
        [("example-changed", f"{SCHEMAS}/CampaignListRequest/properties/org_id/examples", S, S)],
        "patch",
    ),
    Case(
        "request maximum tightened next to a $ref",
        sibling_max_on_request,
        [
            ("constraint-tightened", f"{SCHEMAS}/CampaignListRequest/properties/top", B, B),
            # the released SDK's iter_campaign_list() sends top=100 on its own
            ("sdk-page-size-refused", f"{LIST}/requestBody", B, S),
        ],
        "major",
    ),
    Case(
        "request maximum next to a $ref removed",
        sibling_max_removed,
        [("constraint-loosened", f"{SCHEMAS}/CampaignListRequest/properties/top", S, S)],
        "minor",
        before=sibling_max_on_request,
    ),
    Case(
        "maximum next to a $ref looser than the target's",
        sibling_max_above_target,
        [],
        "none",
    ),
    Case(
        "target tightened under a sibling: reported once, on the target",
        target_max_lowered_under_sibling,
        [
            ("constraint-tightened", f"{SCHEMAS}/Top", B, B),
            ("sdk-page-size-refused", f"{LIST}/requestBody", B, S),
            ("sdk-page-size-refused", f"{INTERVIEWS}/requestBody", B, S),
        ],
        "major",
        before=sibling_max_on_request,
    ),
    Case(
        "parameter maximum tightened next to a $ref",
        sibling_max_on_parameter,
        [("constraint-tightened", f"{DETAILS}/parameters/1/schema", B, B)],
        "major",
    ),
    Case(
        "request enum narrowed next to a $ref",
        sibling_enum_on_request,
        [("enum-value-removed", f"{SCHEMAS}/CampaignListRequest/properties/status", B, B)],
        "major",
    ),
    Case(
        "response maximum added next to a $ref",
        sibling_max_on_response,
        [("constraint-tightened", f"{SCHEMAS}/LoginVerifyResponse/properties/user_id", S, S)],
        "minor",
    ),
    Case(
        "null allowed next to a $ref whose target excludes it",
        sibling_null_on_response,
        [],
        "none",
    ),
    Case(
        "request body removed",
        request_body_removed,
        [("request-body-removed", f"{INVITE}/requestBody", B, B)],
        "major",
    ),
    Case("operation deprecated", deprecate, [("operation-deprecated", LINK, S, S)], "minor"),
    Case(
        "reference to another self-referencing schema",
        relink_nodes,
        [
            ("schema-ref-changed", f"{SCHEMAS}/CampaignDetails/properties/chain", S, B),
            ("property-renamed", f"{SCHEMAS}/NodeB/properties/b", B, B),
        ],
        "major",
        before=linked_nodes,
    ),
    Case("no change", nothing, [], "none"),
]


def run(spec: Spec, case: Case) -> list[tuple[str, str, str, str]]:
    base = copy.deepcopy(spec.data)
    case.before(base)
    head = copy.deepcopy(base)
    case.edit(head)
    report = diff(Spec("base.yaml", "", base), Spec("head.yaml", "", head))
    assert report.bump == case.bump
    return sorted((c.kind, c.pointer, c.wire, c.sdk) for c in report.changes)


def test_the_table_is_large_enough() -> None:
    assert len([c for c in CASES if c.changes]) >= 30


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_mutation(diff_base: Spec, case: Case) -> None:
    assert run(diff_base, case) == sorted(case.changes)
