"""The HTTP layer: a lean ASGI app that routes by the compiled contract and calls the handlers.

Order per API call: route (404/405) -> latency and injected faults -> bearer token (401) ->
body and parameters against the spec (400) -> handler, its success body checked against the spec
(500 naming the handler when it does not match), or the answer generated from the schema for an
operation without one (`generic`) -> defects, if any are switched on.
"""

from __future__ import annotations

import asyncio
import sys
import traceback
from typing import Any

import orjson

from skilldeo_mock import controlroutes, defects, generic, handlers
from skilldeo_mock.asgi import (
    MAX_BODY,
    Receive,
    Scope,
    Send,
    TooLarge,
    parse_query,
    read_body,
    request_headers,
    respond,
)
from skilldeo_mock.auth import Clock, Principal, Tokens
from skilldeo_mock.contract import Contract, Route, check, conform, describe, read_param
from skilldeo_mock.controls import Faults
from skilldeo_mock.options import Options
from skilldeo_mock.replies import ApiError, Reply, failure
from skilldeo_mock.store import Control, Store

# Contract routes may be called from any web page (the reference site's try-it, also opened from
# disk: Origin null): they carry no cookies, and every call but the OTP flow needs a token.
_CORS = (
    (b"access-control-allow-origin", b"*"),
    (b"access-control-expose-headers", b"Retry-After, WWW-Authenticate, X-Skilldeo-Mock"),
)
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_, ")


def preflight(methods: dict[str, Route], headers: dict[str, str]) -> Reply:
    """The answer to OPTIONS on a contract path: what a browser may send there."""
    allow = ", ".join([*sorted(methods), "OPTIONS"])
    asked = headers.get("access-control-request-headers", "")
    wanted = asked if asked and set(asked) <= _TOKEN_CHARS else "Authorization, Content-Type"
    cors = {
        "Allow": allow,
        "Access-Control-Allow-Methods": allow,
        "Access-Control-Allow-Headers": wanted,
        "Access-Control-Max-Age": "600",
    }
    return Reply(204, {}, cors, raw=b"")


def parse_json(raw: bytes, route: Route, headers: dict[str, str]) -> Any:
    if not raw:
        raise ApiError(400, "body: a JSON request body is required")
    media = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media not in route.body_types:
        wanted = ", ".join(sorted(route.body_types))
        raise ApiError(400, f"Content-Type: must be {wanted}")
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise ApiError(400, "body: not valid JSON (UTF-8)") from None


class MockApp:
    """The whole mock as one ASGI callable."""

    def __init__(self, contract: Contract, store: Store, options: Options) -> None:
        self.contract = contract
        self.options = options
        self.bound = (options.host, options.port)  # the server sets the port it really got
        clock = Clock()
        tokens = Tokens(store, clock)
        self.world = handlers.World(store, clock, tokens, options.otp, options.limits)
        self.faults = Faults(store, options.fault_rates, options.seed, options.latency_ms)
        self.defects = options.defects
        self.start_defects = options.defects
        self._control: Control | None = None
        self._epoch = store.control().epoch
        self.operations = contract.by_operation()
        # Operations of the spec that handlers.py has no function for, in the spec's order.
        self.unhandled = tuple(op for op in self.operations if op not in handlers.HANDLERS)
        self._told: set[str] = set()  # handler mismatches already written to stderr

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        control = self.sync()
        path: str = scope["path"]
        if path.startswith("/_mock/"):
            await respond(send, await controlroutes.handle(self, scope, receive))
            return
        reply = await self._contract(path, scope, receive, control)
        await respond(send, reply, _CORS)

    def sync(self) -> Control:
        """Take the control record every worker shares (clock, defects, queued faults, the reset
        epoch): one small read per request."""
        control = self.world.store.control()
        if control is not self._control:
            self._control = control
            self.world.clock.offset = control.offset
            self.defects = frozenset(control.defects)
            if control.epoch != self._epoch:
                self._epoch = control.epoch
                self.world.tokens.rotate(self.world.store.secret())
                self.faults.reset()
        return control

    async def _contract(self, path: str, scope: Scope, receive: Receive, control: Control) -> Reply:
        methods = self.contract.routes.get(path)
        path_params: dict[str, str] = {}
        if methods is None and self.contract.templates:
            methods, path_params = self.contract.match_template(path) or (None, {})
        if methods is None:
            return failure(ApiError(404, "path: no such endpoint"))
        method = scope["method"]
        if method not in methods:
            if method == "OPTIONS":
                return preflight(methods, request_headers(scope))
            allow = ", ".join(sorted(methods))
            return failure(
                ApiError(
                    405, f"method: {method} is not allowed here; use {allow}", {"Allow": allow}
                )
            )
        return await self._call(methods[method], scope, receive, path_params, control.faults)

    async def _call(
        self,
        route: Route,
        scope: Scope,
        receive: Receive,
        path_params: dict[str, str],
        queued: int = 0,
    ) -> Reply:
        headers = request_headers(scope)
        principal: Principal | None = None
        body: dict[str, Any] = {}
        try:
            delay = self.faults.latency(headers)
            if delay:
                await asyncio.sleep(delay)
            fault = self.faults.pick(headers, route.operation_id, queued)
            if fault is not None:
                raise fault
            if route.secured:
                principal = self._authenticate(headers)
            try:
                body, params = await self._read(route, scope, receive, headers, path_params)
            except ApiError as exc:
                if "accept-invalid" in self.defects and exc.status == 400 and route.example:
                    return Reply(200, dict(route.example))
                raise
            if self.defects:
                body = defects.before(self.defects, route, body, self.world.store)
                principal = defects.caller(self.defects, route, params, self.world.store, principal)
            client = (scope.get("client") or ("",))[0]
            reply = self._answer(route, body, params, principal, client)
        except ApiError as exc:
            reply = failure(exc)
        except Exception as exc:
            if "server-error" in self.defects:
                return defects.crash_reply(exc)
            traceback.print_exc(file=sys.stderr)
            reply = failure(ApiError(500, "Internal server error"))
        if self.defects:
            reply = defects.after(self.defects, route, reply, principal, body)
            slow = defects.delay(self.defects, route, reply)
            if slow:
                await asyncio.sleep(slow)
        return reply

    def _answer(
        self,
        route: Route,
        body: Any,
        params: dict[str, Any],
        principal: Principal | None,
        client: str = "",
    ) -> Reply:
        """The handler's reply, checked against the spec; or, without one, the generic answer."""
        handler = handlers.HANDLERS.get(route.operation_id)
        if handler is None:
            fields = {**(body if isinstance(body, dict) else {}), **params}
            world = self.world
            schemas = self.contract.schemas
            return generic.answer(route, schemas, fields, world.store.fresh_id, world.clock.iso())
        reply = handler(handlers.Call(self.world, body, params, principal, route, client))
        validator = route.response_validator
        if validator is not None and reply.status == route.success:
            # Keys spelled otherwise only in case or `_` take the spec's spelling; a key the spec
            # lacks, or a body its schema refuses, is a handler the spec has moved away from.
            stray = conform(route.shapes, reply.body)
            if not validator.is_valid(reply.body):
                first = next(iter(validator.iter_errors(reply.body)), None)
                raise self._mismatch(route, describe(first, "response") if first else "response")
            if stray is not None:
                raise self._mismatch(route, f"{stray}: not in the spec")
        elif 200 <= reply.status < 300 and reply.status not in route.statuses:
            where = f"status {reply.status}: not in the spec, which answers {route.success}"
            raise self._mismatch(route, where)
        return reply

    def _mismatch(self, route: Route, where: str) -> ApiError:
        """A 500 that says which handler no longer matches the spec, and where."""
        message = (
            f"{route.operation_id}: mock handler {handlers.handler_name(route.operation_id)} "
            f"does not match the spec: {where}; edit it for the new contract"
        )
        if message not in self._told:
            self._told.add(message)
            print(f"mock: {message}", file=sys.stderr, flush=True)
        return ApiError(500, message)

    def _authenticate(self, headers: dict[str, str]) -> Principal:
        try:
            return self.world.tokens.check(headers.get("authorization"))
        except ApiError:
            if "ignore-auth" in self.defects:
                return defects.anonymous_principal()
            header = headers.get("authorization")
            lax = defects.lax_principal(self.defects, self.world.tokens, header)
            if lax is None:
                raise
            return lax

    async def _read(
        self,
        route: Route,
        scope: Scope,
        receive: Receive,
        headers: dict[str, str],
        path_params: dict[str, str],
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        query = parse_query(scope["query_string"]) if route.params else {}
        params: dict[str, Any] = {}
        for param in route.params:
            if param.location == "header":
                raw = headers.get(param.name.lower())
            elif param.location == "path":
                raw = path_params.get(param.name)
            else:
                values = query.get(param.name)
                if values is not None and len(values) > 1:
                    raise ApiError(400, f"{param.name}: give it once")
                raw = values[0] if values else None
            value = read_param(param, raw)
            if value is not None:
                params[param.name] = value
        body: Any = {}
        if route.body_validator is not None:
            try:
                raw_body = await read_body(receive)
            except TooLarge:
                raise ApiError(400, f"body: larger than {MAX_BODY} bytes") from None
            if raw_body or route.body_required:
                body = parse_json(raw_body, route, headers)
                seen = defects.validated_view(self.defects, route, body) if self.defects else body
                check(route.body_validator, seen, "body")
        return body, params

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
