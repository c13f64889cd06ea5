"""DNS rebinding: the connection goes to the address the safety check approved, never re-resolved.

The resolver is patched (socket.getaddrinfo answers differently on each call, as a rebinding
DNS server would); the servers are real, on 127.0.0.x. A public address named by a test is never
contacted: the `loopback_only` guard aborts such a connect before any packet is sent.
"""

from __future__ import annotations

import errno
import socket
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

from tests.http_server import (  # noqa: F401 (the fixtures register by being imported)
    Reply,
    ScriptedServer,
    connects_fixture,
    http_server_fixture,
    loopback_only_fixture,
    make_certificates,
    make_http_server_fixture,
)
from wirecopy.tasks.http.fetcher import FetchRequest, FetchSettings, HttpFetcher
from wirecopy.tasks.http.transport import (
    build_session,
    host_header,
    new_pool_manager,
    pinned_request,
)

NAME = "rebind.test"  # .test never resolves for real (RFC 2606): only the patched resolver knows it
PUBLIC = "93.184.215.14"  # a public address: passes the check; the guard refuses to connect to it

FAST = FetchSettings(
    connect_timeout=1.0,
    read_timeout=1.0,
    deadline=5.0,
    retries=1,
    backoff_factor=0.01,
    respect_robots=False,
)

Answers = Callable[[list[list[str]]], None]


@pytest.fixture
def rebinding_dns(monkeypatch: pytest.MonkeyPatch) -> Iterator[Answers]:
    """Script the resolver for NAME: call n gets answers[n] (the last one repeats)."""
    real = socket.getaddrinfo
    script: list[list[str]] = []
    calls: list[int] = [0]

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host != NAME:
            return real(host, port, *args, **kwargs)
        answer = script[min(calls[0], len(script) - 1)]
        calls[0] += 1
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, int(port))) for ip in answer]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield script.extend


def twin_servers(make: Callable[..., ScriptedServer]) -> tuple[ScriptedServer, ScriptedServer]:
    """Servers on 127.0.0.2 and 127.0.0.1 with the same port, so a URL's port fits either."""
    for _ in range(10):
        good = make("127.0.0.2")
        try:
            return good, make("127.0.0.1", good.port)
        except OSError as exc:  # the port is taken on 127.0.0.1: try another
            if exc.errno != errno.EADDRINUSE:
                raise
    raise RuntimeError("no port free on both 127.0.0.1 and 127.0.0.2")


def test_rebinding_to_loopback_after_the_check_is_not_reached(
    http_server: ScriptedServer,
    rebinding_dns: Answers,
    connects: list[object],
    loopback_only: None,
) -> None:
    # The check sees a public address; a second lookup (the connect's own) would say loopback.
    rebinding_dns([[PUBLIC], ["127.0.0.1"]])
    http_server.route("/secret", Reply(body=b"internal"))
    with HttpFetcher(replace(FAST, allow_hosts=frozenset())) as f:
        out = f.fetch(FetchRequest(f"http://{NAME}:{http_server.port}/secret"))
    assert http_server.hits("/secret") == 0
    assert out.body is None and out.error == "ConnectionError"  # the guard refused PUBLIC
    assert connects and all(addr == (PUBLIC, http_server.port) for addr in connects)


@pytest.mark.parametrize("via_redirect", [False, True])
def test_the_connection_uses_the_checked_address(
    make_http_server: Callable[..., ScriptedServer], rebinding_dns: Answers, via_redirect: bool
) -> None:
    checked, other = twin_servers(make_http_server)
    rebinding_dns([["127.0.0.2"], ["127.0.0.1"]])
    url = f"http://{NAME}:{checked.port}/page"
    checked.route("/page", Reply(body=b"checked"))
    other.route("/page", Reply(body=b"rebound"))
    if via_redirect:  # the first hop is an allowed IP literal; the second hop is the name
        checked.route("/start", Reply(status=302, headers={"Location": url}))
        url = checked.url("/start")
    with HttpFetcher(replace(FAST, allow_hosts=frozenset({"127.0.0.2"}))) as f:
        out = f.fetch(FetchRequest(url))
    assert (out.error, out.body) == (None, b"checked")
    assert other.hits("/page") == 0
    page = [r for r in checked.requests if r.path == "/page"]
    assert [r.headers["host"] for r in page] == [f"{NAME}:{checked.port}"]


def test_a_refused_address_falls_over_to_the_next_without_retries(
    http_server: ScriptedServer, rebinding_dns: Answers, connects: list[object]
) -> None:
    rebinding_dns([["127.0.0.3", "127.0.0.1"]])  # nothing listens on 127.0.0.3
    http_server.route("/a", Reply(body=b"ok"))
    settings = replace(FAST, retries=3, allow_hosts=frozenset({"127.0.0.0/8"}))
    with HttpFetcher(settings) as f:
        out = f.fetch(FetchRequest(f"http://{NAME}:{http_server.port}/a"))
    assert (out.error, out.body) == (None, b"ok")
    assert connects == [("127.0.0.3", http_server.port), ("127.0.0.1", http_server.port)]


def test_pinned_https_sends_the_name_as_sni(
    tmp_path: Path, make_http_server: Callable[..., ScriptedServer], rebinding_dns: Answers
) -> None:
    certs = make_certificates(tmp_path, NAME)
    server = make_http_server("127.0.0.1", 0, certs.server_context())
    server.route("/a", Reply(body=b"tls"))
    rebinding_dns([["127.0.0.1"]])
    with HttpFetcher(replace(FAST, allow_hosts=frozenset({"127.0.0.1"}))) as f:
        out = f.fetch(FetchRequest(f"https://{NAME}:{server.port}/a"))
    # The fetcher trusts the public CAs only, so the test CA's certificate is refused...
    assert out.error == "SSLError" and server.hits("/a") == 0
    # ...but the handshake went to the pinned IP and named the host, not the IP.
    assert server.sni_names and set(server.sni_names) == {NAME}


def test_pinned_https_verifies_the_certificate_against_the_name(
    tmp_path: Path, make_http_server: Callable[..., ScriptedServer]
) -> None:
    certs = make_certificates(tmp_path, NAME)
    server = make_http_server("127.0.0.1", 0, certs.server_context())
    server.route("/a", Reply(body=b"tls"))
    _session, adapter = build_session("wirecopy-test", new_pool_manager(4, 1))

    def get(name: str) -> requests.Response:
        url = f"https://{name}:{server.port}/a"
        request = pinned_request(url, "127.0.0.1")  # no resolver: .test names do not resolve
        request.prepare_headers({"Host": host_header(urlsplit(url))})
        return adapter.send(request, verify=str(certs.ca_file), timeout=5)

    ok = get(NAME)
    assert (ok.status_code, ok.content) == (200, b"tls")  # the IP is not in the certificate
    assert server.requests[0].headers["host"] == f"{NAME}:{server.port}"
    with pytest.raises(requests.exceptions.SSLError):
        get("other.test")  # same IP, a name the certificate does not cover
    adapter.close()
