"""The bearer token never leaks (issue 13, item 1), sync and async.

A token that httpx would quote back in an error (whitespace, a newline read from a file, control
or non-ASCII characters) or an empty one is refused when it is set, with a message that does not
show it; a request that cannot be sent as built is not retried as a network error and its error
does not quote the header; and no exception text, repr, log line or local variable of a
traceback carries the token, whatever the failure. Sign-in answers mask their `token` in repr.
"""

from __future__ import annotations

import asyncio
import logging
import types
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from skilldeo_client import (
    APIConnectionError,
    AsyncSkilldeo,
    AuthenticationError,
    InvalidRequestError,
    ServerError,
    Skilldeo,
    SkilldeoError,
)
from skilldeo_client.models import LoginVerifyResponse, SignupVerifyResponse

from tests.sdk.examples import AGENT
from tests.support.contract import current, response_example
from tests.support.servers import MockServer, free_port

SECRET = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXBheWxvYWQ.c2lnbmF0dXJl"

BAD_TOKENS = {
    "newline from a file": SECRET + "\n",
    "space inside": SECRET[:10] + " " + SECRET[10:],
    "tab": "\t" + SECRET,
    "control character": SECRET + "\x00",
    "non-ASCII": SECRET + "é",
}


@pytest.mark.parametrize("client_class", [Skilldeo, AsyncSkilldeo])
@pytest.mark.parametrize("token", BAD_TOKENS.values(), ids=list(BAD_TOKENS))
def test_a_token_httpx_would_quote_is_refused_without_showing_it(
    client_class: type[Skilldeo] | type[AsyncSkilldeo], token: str
) -> None:
    with pytest.raises(ValueError) as refused:
        client_class(token=token, base_url="http://sdk.test")
    message = str(refused.value)
    assert "token" in message and "position" in message
    assert SECRET not in message and SECRET[:10] not in message


@pytest.mark.parametrize("client_class", [Skilldeo, AsyncSkilldeo])
def test_an_empty_token_is_refused(client_class: type[Skilldeo] | type[AsyncSkilldeo]) -> None:
    with pytest.raises(ValueError, match="empty"):
        client_class(token="", base_url="http://sdk.test")


def test_the_environment_token_and_set_token_are_checked_the_same_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SKILLDEO_TOKEN", SECRET + "\n")
    with pytest.raises(ValueError, match=r"\$SKILLDEO_TOKEN has whitespace") as refused:
        Skilldeo(base_url="http://sdk.test")
    assert SECRET not in str(refused.value)
    monkeypatch.delenv("SKILLDEO_TOKEN")
    client = Skilldeo(token=SECRET, base_url="http://sdk.test")
    with pytest.raises(ValueError) as swapped:
        client.set_token(SECRET + "\r\n")
    assert SECRET not in str(swapped.value)
    assert client._token == SECRET  # the good token stays
    client.close()


def _counting_transport(calls: list[httpx.Request]) -> httpx.HTTPTransport:
    class Counting(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            calls.append(request)
            return super().handle_request(request)

    return Counting()


def test_a_request_that_cannot_be_sent_is_not_retried_nor_quoted(
    mock: MockServer, token: str
) -> None:
    calls: list[httpx.Request] = []
    http = httpx.Client(transport=_counting_transport(calls))
    bad = "value\nInjected: " + SECRET
    with (
        Skilldeo(token=token, base_url=mock.base_url, max_retries=3, http_client=http) as client,
        pytest.raises(InvalidRequestError) as failed,
    ):
        client.campaign_link(campaign_id=AGENT, extra_headers={"X-Note": bad})
    assert len(calls) == 1  # one attempt: a local protocol error is not a network error
    assert not isinstance(failed.value, APIConnectionError)
    assert failed.value.__cause__ is None and failed.value.__context__ is None
    for text in (str(failed.value), repr(failed.value)):
        assert SECRET not in text and token not in text
    http.close()


def test_async_request_that_cannot_be_sent_is_not_retried(mock: MockServer, token: str) -> None:
    async def call() -> InvalidRequestError:
        async with AsyncSkilldeo(token=token, base_url=mock.base_url, max_retries=3) as client:
            with pytest.raises(InvalidRequestError) as failed:
                await client.campaign_link(campaign_id=AGENT, extra_headers={"X-Note": "a\nb"})
            return failed.value

    error = asyncio.run(call())
    assert error.__cause__ is None and error.__context__ is None


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current_exc = todo.pop()
        if current_exc is None or id(current_exc) in seen:
            continue
        seen.add(id(current_exc))
        yield current_exc
        todo += [current_exc.__cause__, current_exc.__context__]


def _frames(tb: types.TracebackType | None) -> Iterator[types.FrameType]:
    while tb is not None:
        yield tb.tb_frame
        tb = tb.tb_next


def leaked(exc: BaseException, token: str, skip: str | None = __file__) -> list[str]:
    """Where the token shows: an exception's text or repr, or the repr of a traceback local of
    any frame the exception chain passed through (what error trackers record), the SDK's, httpx's
    and httpcore's."""
    found = []
    for error in _chain(exc):
        if token in str(error) or token in repr(error):
            found.append(f"text of {type(error).__name__}")
        for frame in _frames(error.__traceback__):
            if frame.f_code.co_filename == skip:
                continue  # the tests' own frames hold the token they passed in
            for name, value in frame.f_locals.items():
                try:
                    shown = repr(value)
                except Exception:  # a half-built object: nothing a tracker could show either
                    continue
                if token in shown:
                    found.append(f"{frame.f_code.co_filename}:{frame.f_code.co_name}: {name}")
    return found


def _failures(mock: MockServer, token: str) -> dict[str, Callable[[], Skilldeo]]:
    """Clients that fail in every way a call can: no connection, 5xx after retries, 401."""
    busy = httpx.Client(headers={"X-Mock-Fault": "503", "X-Mock-Retry-After": "0"})
    return {
        "refused": lambda: Skilldeo(
            token=token, base_url=f"http://127.0.0.1:{free_port()}/api/v1", max_retries=1
        ),
        "server error": lambda: Skilldeo(
            token=token, base_url=mock.base_url, max_retries=1, http_client=busy
        ),
        "rejected": lambda: Skilldeo(token=token + "x", base_url=mock.base_url),
    }


def test_no_failure_shows_the_token_in_text_repr_log_or_traceback_locals(
    mock: MockServer, token: str, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("time.sleep", lambda _: None)
    caplog.set_level(logging.DEBUG)
    for name, make in _failures(mock, token).items():
        with make() as client, pytest.raises(SkilldeoError) as failed:
            client.campaign_link(campaign_id=AGENT)
        assert isinstance(failed.value, APIConnectionError | ServerError | AuthenticationError)
        secret = client._token
        assert secret is not None
        assert leaked(failed.value, secret) == [], name
        assert secret not in repr(client) and secret not in str(client)
    assert "retrying GET" in caplog.text and "-> 503" in caplog.text
    assert token not in caplog.text


def test_async_failures_show_no_token_either(mock: MockServer, token: str) -> None:
    async def fail(base_url: str) -> BaseException:
        async with AsyncSkilldeo(token=token, base_url=base_url, max_retries=0) as client:
            try:
                await client.campaign_link(campaign_id=AGENT)
            except SkilldeoError as exc:
                return exc
        raise AssertionError("the call did not fail")

    refused = asyncio.run(fail(f"http://127.0.0.1:{free_port()}/api/v1"))
    assert isinstance(refused, APIConnectionError) and leaked(refused, token) == []


@pytest.mark.parametrize("model", [LoginVerifyResponse, SignupVerifyResponse])
def test_sign_in_answers_mask_their_token(model: Any) -> None:
    operation = {LoginVerifyResponse: "loginVerify", SignupVerifyResponse: "signupVerify"}[model]
    answer = model.from_dict({**response_example(current(), operation), "token": SECRET})
    assert SECRET not in repr(answer) and SECRET not in str(answer)
    assert "token='<redacted>'" in repr(answer)
    assert answer.token == SECRET and answer.to_dict()["token"] == SECRET


def test_the_leak_finder_sees_a_local_holding_the_token() -> None:
    """The check above would catch what the SDK used to keep: the request's headers in a dict."""

    def send(token: str) -> None:
        request = {"headers": {"Authorization": f"Bearer {token}"}}
        raise APIConnectionError(f"connection failed ({len(request)})")

    with pytest.raises(APIConnectionError) as failed:
        send(SECRET)
    assert {where.rsplit(": ", 1)[1] for where in leaked(failed.value, SECRET, skip=None)} == {
        "token",
        "request",
    }
