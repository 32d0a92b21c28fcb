"""What the SDK's own modules need to know about the spec, read once from the loaded Spec.

openapi-python-client turns schemas into models and operations into request builders; this module
finds what it does not: which operations page (top/skip in, records + hasMore/total_count out),
which operations form a one-time-password pair (a start operation whose success response links
to a verification taking its `session_id`), and the default server. Python names follow
openapi-python-client's naming rules (`core.naming`) so that they match the modules it writes;
the TypeScript SDK (`sdk.typescript`) reads the same facts and takes its names from `core.naming`
too (`ts_*` fields).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.core.naming import FIELD_PREFIX, class_name, identifier, ts_name
from generator.core.spec import Operation, Spec


def attr(name: str) -> str:
    """The Python attribute openapi-python-client gives a wire field or operationId."""
    return identifier(name, FIELD_PREFIX)


@dataclass(frozen=True)
class Model:
    """A component schema the SDK's own modules refer to by class."""

    name: str  # component name
    cls: str
    module: str
    properties: dict[str, dict[str, Any]]
    required: tuple[str, ...]


@dataclass(frozen=True)
class Endpoint:
    operation_id: str
    method: str  # the client method and the api module
    tag_module: str
    ts_method: str  # the TypeScript client's method
    auth: bool
    request: Model | None
    response: Model | None


@dataclass(frozen=True)
class Paged:
    endpoint: Endpoint
    item: Model
    page_size: int  # the largest page the spec allows, so iteration takes the fewest calls
    has_more: str | None  # Python attribute of the has-more flag, when the response has one
    total_count: str | None
    has_more_wire: str | None = None  # the flag's wire name (`hasMore`, `has_more`, ...)
    total_count_wire: str | None = None


@dataclass(frozen=True)
class OtpPair:
    helper: str  # login, signup
    start: Endpoint
    verify: Endpoint
    otp_field: str  # wire name of the code in the verification request
    from_start_response: dict[str, str]  # verification wire field -> start response attribute
    details: tuple[tuple[str, str, str], ...]  # (wire name, python name, type) beyond email
    token_attr: str
    user_id_attr: str | None
    org_id_attr: str | None
    ts_helper: str  # the TypeScript SDK's function
    from_start_fields: dict[str, str]  # verification wire field -> start response wire field


CALLER_EXTENSION = "x-skilldeo-caller"
"""On a request field or parameter: it must be the caller's own id, which the client fills in from
the login when it is left out. The value names the client attribute (the login's answer field)."""
CALLER_IDS = ("user_id", "org_id")
IDEMPOTENT_EXTENSION = "x-idempotent"
"""On an operation whose method is not idempotent by HTTP (a POST that only reads): `true` lets
the SDK retry it like a GET."""
IDEMPOTENT_METHODS = frozenset({"get", "head", "options", "put", "delete", "trace"})
# Names every Python method (and the api module building its request) has besides the request's
# own arguments: a body field of the same name takes a trailing underscore as its argument.
OPTION_ARGUMENTS = frozenset(
    {"self", "body", "extra_headers", "extra_query", "extra_body", "timeout", "max_retries"}
    | {"limit", "caller", "options", "kwargs", "json", "params", "headers", "cookies"}
)


@dataclass(frozen=True)
class Call:
    """How the Python client's method of one operation takes its request."""

    operation_id: str
    body_args: dict[str, str]  # request body field: Python attribute -> method argument
    caller_fields: dict[str, str]  # body field wire name -> client attribute it defaults to
    caller_params: dict[str, str]  # parameter Python name -> client attribute it defaults to
    idempotent: bool  # retried on any failure (else only when it cannot have been processed)
    caller_args: tuple[str, ...] = ()  # the method's arguments that default to the caller's ids


@dataclass(frozen=True)
class SdkSpec:
    title: str
    version: str
    base_url: str
    endpoints: tuple[Endpoint, ...]
    paged: tuple[Paged, ...]
    otp_pairs: tuple[OtpPair, ...]
    calls: dict[str, Call] = field(default_factory=dict)  # Python method -> how it is called
    secrets: frozenset[tuple[str, str]] = frozenset()  # (model class, attribute) never shown


def _model(spec: Spec, node: Any, where: str) -> Model | None:
    if not isinstance(node, dict) or not isinstance(node.get("$ref"), str):
        return None
    ref = node["$ref"]
    if not ref.startswith("#/components/schemas/"):
        return None
    name = ref.rsplit("/", 1)[1]
    try:
        schema = spec.resolve(node)
    except KeyError:
        raise spec.error(where, "sdk", f"unresolvable $ref {ref}") from None
    props = {key: _resolved(spec, value) for key, value in (schema.get("properties") or {}).items()}
    return Model(name, class_name(name), attr(name), props, tuple(schema.get("required") or ()))


def _resolved(spec: Spec, node: Any) -> dict[str, Any]:
    try:
        value = spec.resolve(node)
    except KeyError:
        return {}
    return value if isinstance(value, dict) else {}


def _json_schema(content: Any) -> Any:
    if not isinstance(content, dict):
        return None
    media = content.get("application/json")
    return media.get("schema") if isinstance(media, dict) else None


def _success(spec: Spec, op: Operation) -> tuple[str, dict[str, Any]] | None:
    for status, response in (op.data.get("responses") or {}).items():
        if str(status).startswith("2"):
            return str(status), _resolved(spec, response)
    return None


def _endpoint(spec: Spec, op: Operation) -> Endpoint:
    security = op.data.get("security", spec.data.get("security") or [])
    body = _resolved(spec, op.data.get("requestBody"))
    success = _success(spec, op)
    response = None
    if success is not None:
        pointer = f"{op.pointer}/responses/{success[0]}"
        response = _model(spec, _json_schema(success[1].get("content")), pointer)
    tags = op.data.get("tags") or ["default"]
    return Endpoint(
        operation_id=op.operation_id,
        method=attr(op.operation_id),
        ts_method=ts_name(op.operation_id),
        tag_module=identifier(str(tags[0]), "tag"),
        auth=bool(security),
        request=_model(spec, _json_schema(body.get("content")), f"{op.pointer}/requestBody"),
        response=response,
    )


def _paged(spec: Spec, endpoint: Endpoint) -> Paged | None:
    req, resp = endpoint.request, endpoint.response
    if req is None or resp is None or not {"top", "skip"} <= req.properties.keys():
        return None
    records = resp.properties.get("records") or {}
    if records.get("type") != "array":
        return None
    has_more = _by_python_name(resp.properties, "has_more", "boolean")
    total_count = _by_python_name(resp.properties, "total_count", "integer")
    if has_more is None and total_count is None:
        return None
    item = _model(spec, records.get("items"), "/components/schemas")
    if item is None:
        return None
    top = req.properties["top"]
    size = top.get("maximum", top.get("default", 10))
    return Paged(
        endpoint=endpoint,
        item=item,
        page_size=int(size),
        has_more=attr(has_more) if has_more is not None else None,
        total_count=attr(total_count) if total_count is not None else None,
        has_more_wire=has_more,
        total_count_wire=total_count,
    )


def _by_python_name(properties: dict[str, dict[str, Any]], name: str, kind: str) -> str | None:
    """The wire name of the property the SDK calls `name` (`hasMore` and `has_more` alike)."""
    for wire, schema in properties.items():
        if attr(wire) == name and schema.get("type") == kind:
            return wire
    return None


_PY_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def _otp_pair(spec: Spec, op: Operation, by_id: dict[str, Endpoint]) -> OtpPair | None:
    success = _success(spec, op)
    if success is None:
        return None
    for link_name, raw in (success[1].get("links") or {}).items():
        link = _resolved(spec, raw)
        body = link.get("requestBody")
        target = by_id.get(str(link.get("operationId")))
        if not isinstance(body, dict) or target is None or target.auth:
            continue
        from_fields = {
            key: value.split("#/", 1)[1]
            for key, value in body.items()
            if isinstance(value, str)
            and value.startswith("$response.body#/")
            and value.count("/") == 1
        }
        from_response = {key: attr(value) for key, value in from_fields.items()}
        literals = [key for key, value in body.items() if not str(value).startswith("$")]
        if not from_response or len(literals) != 1:
            continue
        start, where = by_id[op.operation_id], f"{op.pointer}/responses/{success[0]}/links"
        helper = op.operation_id.removesuffix("OTP").removesuffix("Otp")
        if helper == op.operation_id or start.request is None or target.request is None:
            raise spec.error(f"{where}/{link_name}", "sdk", "an OTP start must be named *OTP")
        verified = target.response
        if verified is None or "token" not in verified.properties:
            raise spec.error(where, "sdk", f"{target.operation_id} must answer with a token")
        details = tuple(
            (name, attr(name), _PY_TYPES.get(str(schema.get("type")), "str"))
            for name, schema in start.request.properties.items()
            if name != "email"
        )
        return OtpPair(
            helper=attr(helper),
            start=start,
            verify=target,
            otp_field=literals[0],
            from_start_response=from_response,
            details=details,
            token_attr=attr("token"),
            user_id_attr=attr("user_id") if "user_id" in verified.properties else None,
            org_id_attr=attr("org_id") if "org_id" in verified.properties else None,
            ts_helper=ts_name(helper),
            from_start_fields=from_fields,
        )
    return None


def _caller(spec: Spec, node: Any, where: str) -> str | None:
    value = node.get(CALLER_EXTENSION) if isinstance(node, dict) else None
    if value is None:
        return None
    if value not in CALLER_IDS:
        allowed = ", ".join(CALLER_IDS)
        raise spec.error(where, "sdk", f"{CALLER_EXTENSION} must be one of {allowed}")
    return str(value)


def _body_properties(spec: Spec, op: Operation) -> dict[str, Any]:
    """The request body's properties as written (a `$ref` with its siblings), when it is an
    object; {} otherwise."""
    body = _resolved(spec, op.data.get("requestBody"))
    schema = _resolved(spec, _json_schema(body.get("content")))
    props = schema.get("properties")
    return props if isinstance(props, dict) else {}


def _call(spec: Spec, op: Operation) -> Call:
    params: dict[str, str] = {}
    for i, raw in enumerate(op.data.get("parameters") or []):
        param = _resolved(spec, raw)
        caller = _caller(spec, param, f"{op.pointer}/parameters/{i}")
        if caller is not None:
            params[attr(str(param.get("name")))] = caller
    taken = OPTION_ARGUMENTS | {
        attr(str(_resolved(spec, p).get("name"))) for p in op.data.get("parameters") or []
    }
    args: dict[str, str] = {}
    fields: dict[str, str] = {}
    pointer = f"{op.pointer}/requestBody"
    for name, prop in _body_properties(spec, op).items():
        python = attr(name)
        args[python] = f"{python}_" if python in taken else python
        caller = _caller(spec, prop, pointer)
        if caller is not None:
            fields[name] = caller
    method = op.method.lower()
    idempotent = method in IDEMPOTENT_METHODS or op.data.get(IDEMPOTENT_EXTENSION) is True
    callers = [*params, *(args[attr(name)] for name in fields)]
    return Call(op.operation_id, args, fields, params, idempotent, tuple(callers))


def _secrets(pairs: tuple[OtpPair, ...]) -> frozenset[tuple[str, str]]:
    """The token field of every sign-in answer: never shown in a model's repr."""
    return frozenset(
        (pair.verify.response.cls, pair.token_attr)
        for pair in pairs
        if pair.verify.response is not None
    )


def analyse(spec: Spec) -> SdkSpec:
    """Everything the SDK's hand-written templates are driven by."""
    ops = list(spec.operations())
    endpoints = tuple(_endpoint(spec, op) for op in ops)
    by_id = {e.operation_id: e for e in endpoints}
    servers = spec.data.get("servers") or []
    if not servers or not isinstance(servers[0], dict) or "url" not in servers[0]:
        raise spec.error("/servers", "sdk", "the SDK needs servers[0].url as its default base URL")
    paged = tuple(p for p in (_paged(spec, e) for e in endpoints) if p is not None)
    pairs = tuple(p for p in (_otp_pair(spec, op, by_id) for op in ops) if p is not None)
    info = spec.data.get("info") or {}
    return SdkSpec(
        title=str(info.get("title", "API")),
        version=spec.version,
        base_url=str(servers[0]["url"]),
        endpoints=endpoints,
        paged=paged,
        otp_pairs=pairs,
        calls={attr(op.operation_id): _call(spec, op) for op in ops},
        secrets=_secrets(pairs),
    )


def first_example(spec: Spec, node: Any) -> Any:
    """The first documented example of a parameter or media type, else of its schema."""
    node = spec.resolve(node) if isinstance(node, dict) else {}
    examples = node.get("examples")
    if isinstance(examples, dict) and examples:
        return spec.resolve(next(iter(examples.values()))).get("value")
    if "example" in node:
        return node["example"]
    schema = spec.resolve(node.get("schema") or {})
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    return schema.get("example", schema.get("default"))
