"""Issue 14, items 4, 7 and 8: bounded resources and errors in the envelope, replayed over raw
sockets against a mock on a free port (huge heads, slow bodies, slowloris, bad chunking, unknown
methods), and the purge of expired sessions in-process."""

from __future__ import annotations

import contextlib
import socket
import time
from collections.abc import Iterator

import httpx
import orjson
import pytest

from skilldeo_mock.auth import OTP_TTL_SECONDS
from tests.support.apicheck import Api, ResponseChecker
from tests.support.inprocess import InProcessMock, in_process_mock
from tests.support.seed import PEER_EMAIL, SEED_EMAIL
from tests.support.servers import TEST_OTP, MockServer, running_mock

READ_TIMEOUT = 1
MAX_HEAD = 4096
MAX_CONNECTIONS = 12

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def guarded() -> Iterator[MockServer]:
    limits = [
        *("--read-timeout", str(READ_TIMEOUT), "--keep-alive-timeout", "1"),
        *("--max-header-bytes", str(MAX_HEAD), "--max-connections", str(MAX_CONNECTIONS)),
    ]
    with running_mock(*limits) as server:
        yield server


def address(server: MockServer) -> tuple[str, int]:
    host, port = server.root.removeprefix("http://").rsplit(":", 1)
    return host, int(port)


def connect(server: MockServer) -> socket.socket:
    sock = socket.create_connection(address(server), timeout=10)
    sock.settimeout(10)
    return sock


def read_all(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection."""
    data = b""
    with contextlib.suppress(ConnectionResetError):
        while chunk := sock.recv(65536):
            data += chunk
    return data


def exchange(server: MockServer, raw: bytes) -> bytes:
    with connect(server) as sock:
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(raw)
        return read_all(sock)


def envelope(raw: bytes, status: int) -> tuple[dict[str, str], str]:
    """The status line, headers and envelope of a raw answer; its headers and message."""
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    assert lines[0].startswith(f"HTTP/1.1 {status} "), raw[:200]
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    assert headers["content-type"] == "application/json"
    data = orjson.loads(body)
    assert data == {"message": data["message"], "status_code": status, "error": True}
    return headers, str(data["message"])


def health(server: MockServer) -> float:
    started = time.monotonic()
    assert httpx.get(f"{server.root}/_mock/health", timeout=5).status_code == 200
    return time.monotonic() - started


# 4: heads, bodies and connections are bounded -----------------------------------------------
def test_a_huge_header_is_431_at_once_and_stalls_nobody(guarded: MockServer) -> None:
    with connect(guarded) as sock:
        sock.sendall(b"GET /_mock/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ")
        sent = 0
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            while sent < 64 * 1024 * 1024:  # the 64 MiB: refused long before
                sock.sendall(b"a" * 65536)
                sent += 65536
        answer = read_all(sock)
    assert sent < 16 * 1024 * 1024  # what the socket buffers took before the close
    assert "--max-header-bytes" in envelope(answer, 431)[1]
    assert health(guarded) < 1.0


def test_a_head_over_the_limit_in_one_piece_is_431(guarded: MockServer) -> None:
    headers = "".join(f"X-{n}: {'v' * 100}\r\n" for n in range(MAX_HEAD // 100))
    raw = f"GET /_mock/health HTTP/1.1\r\nHost: 127.0.0.1\r\n{headers}\r\n".encode()
    envelope(exchange(guarded, raw), 431)


def test_a_long_url_is_414(guarded: MockServer) -> None:
    raw = b"GET /api/v1/" + b"a" * (MAX_HEAD + 10) + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    envelope(exchange(guarded, raw), 414)


def test_a_body_that_never_arrives_is_408_after_the_read_timeout(guarded: MockServer) -> None:
    raw = (
        b"POST /api/v1/auth/loginOTP HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/json\r\nContent-Length: 10000000\r\n\r\n0123456789"
    )
    started = time.monotonic()
    answer = exchange(guarded, raw)
    waited = time.monotonic() - started
    assert READ_TIMEOUT <= waited < READ_TIMEOUT + 3
    assert "--read-timeout" in envelope(answer, 408)[1]


def test_slowloris_heads_are_cut_off(guarded: MockServer) -> None:
    started = time.monotonic()
    with connect(guarded) as sock:
        sock.sendall(b"GET /_mock/health HTTP/1.1\r\n")
        for _ in range(4):  # a header line every half second: each keeps it busy, none finishes
            time.sleep(READ_TIMEOUT / 2)
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                sock.sendall(b"X-Slow: 1\r\n")
        answer = read_all(sock)
    envelope(answer, 408)
    assert time.monotonic() - started < READ_TIMEOUT + 3


def test_connections_beyond_the_limit_get_503_and_the_rest_time_out(guarded: MockServer) -> None:
    socks = [connect(guarded) for _ in range(MAX_CONNECTIONS + 3)]
    try:
        for sock in socks:
            sock.sendall(b"GET /_mock/health HTTP/1.1\r\n")  # never finished
        answers = [read_all(sock) for sock in socks]
    finally:
        for sock in socks:
            sock.close()
    refused = [a for a in answers if a.startswith(b"HTTP/1.1 503")]
    assert len(refused) >= 3
    assert "retry-after" in envelope(refused[0], 503)[0]
    assert all(a.startswith(b"HTTP/1.1 408") for a in answers if a not in refused)
    assert health(guarded) < 1.0


def test_idle_keep_alive_connections_are_closed(guarded: MockServer) -> None:
    with connect(guarded) as sock:
        sock.sendall(b"GET /_mock/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        started = time.monotonic()
        answer = read_all(sock)
    assert answer.startswith(b"HTTP/1.1 200") and time.monotonic() - started < 4


# 8: what the server rejects before the app sees it is still the envelope --------------------
@pytest.mark.parametrize(
    "raw",
    [
        b"GET /api/v1/\xff HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        b"GET /api/v1/svc/campaign/getLink?campaignId=\xff HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
        b"GET /_mock/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Nul: a\x00b\r\n\r\n",
        b"POST /api/v1/auth/loginOTP HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Transfer-Encoding: chunked\r\n\r\nZZ\r\nnope\r\n0\r\n\r\n",
        b"POST /api/v1/auth/loginOTP HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        b"GET /_mock/health HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n",
    ],
    ids=["ff-in-path", "ff-in-query", "nul-in-header", "bad-chunking", "length-and-chunked", "v9"],
)
def test_malformed_requests_get_a_400_envelope(guarded: MockServer, raw: bytes) -> None:
    assert envelope(exchange(guarded, raw), 400)[1].startswith("request: not valid HTTP/1.1")


def test_an_unknown_method_is_405_with_allow(guarded: MockServer) -> None:
    answer = exchange(guarded, b"FOO /api/v1/auth/loginOTP HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    headers, message = envelope(answer, 405)
    assert "POST" in headers["allow"] and "GET" in headers["allow"]
    assert message.startswith("method")


# 7: expired sessions and their outbox rows are purged ---------------------------------------
def test_expired_sessions_and_outbox_rows_are_purged(server: InProcessMock, api: Api) -> None:
    store = server.app.world.store
    api.ok("loginOTP", json={"email": SEED_EMAIL})
    assert store.count("sessions") == 1 and len(api.outbox(SEED_EMAIL)) == 1
    api.control("clock", {"advance_seconds": OTP_TTL_SECONDS + 120}).raise_for_status()
    api.ok("loginOTP", json={"email": PEER_EMAIL})
    assert store.count("sessions") == 1  # the peer's new one only
    assert api.outbox(SEED_EMAIL) == [] and len(api.outbox(PEER_EMAIL)) == 1


def test_sessions_beyond_the_cap_are_dropped_oldest_first(
    response_checker: ResponseChecker,
) -> None:
    with in_process_mock("--otp", TEST_OTP, "--max-sessions", "100") as server:
        api = Api.over(server, response_checker)
        first = api.ok("loginOTP", json={"email": SEED_EMAIL})["session_id"]
        for _ in range(149):
            api.ok("loginOTP", json={"email": SEED_EMAIL})
        api.control("clock", {"advance_seconds": 11}).raise_for_status()  # a purge is due
        last = api.ok("loginOTP", json={"email": SEED_EMAIL})["session_id"]
        store = server.app.world.store
        assert store.count("sessions") <= 101
        kept = [m["session_id"] for m in api.outbox(SEED_EMAIL)]
        assert first not in kept and last in kept
        api.close()
