"""A scripted local HTTP server for tests: real sockets on 127.0.0.x, random port, own thread.

Routes map a path to one Reply, a sequence of Replies (served in order, the last repeating) or
a function of the request. Unknown paths get 404. The server records every request and the
peak number of requests in flight per Host header, so tests can assert politeness limits.

Use the fixtures `http_server`, `make_http_server` and `connects` (import
`http_server_fixture`, `make_http_server_fixture` and `connects_fixture` into a test module,
or list this module in a root conftest's `pytest_plugins`):

    def test_ok(http_server: ScriptedServer) -> None:
        http_server.route("/a", Reply(body=b"hi"))
        ... fetch http_server.url("/a") ...

    def test_two_hosts(make_http_server: Callable[[str], ScriptedServer]) -> None:
        other = make_http_server("127.0.0.2")
"""

from __future__ import annotations

import gzip
import ipaddress
import ssl
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest


@dataclass(frozen=True, slots=True)
class Reply:
    """One scripted response; conditional GET is answered by the server itself."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # before the status line: latency, read timeouts
    drip: float = 0.0  # pause between body pieces: slow bodies, deadlines
    drip_size: int = 1024
    chunked: bool = False  # Transfer-Encoding: chunked instead of Content-Length
    gzip: bool = False  # gzip the body and send Content-Encoding: gzip
    etag: str | None = None  # sent as ETag; a matching If-None-Match gets 304
    last_modified: str | None = None  # sent as Last-Modified; an equal If-Modified-Since gets 304
    not_modified_delay: float | None = None  # delay for those 304s (None: same as delay)


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """What the server saw of one request."""

    method: str
    path: str
    headers: dict[str, str]  # lower-case names
    connection_id: int
    at: float  # time.monotonic()


Handler = Callable[[RecordedRequest], Reply]
Route = Reply | Sequence[Reply] | Handler


class _Handler(BaseHTTPRequestHandler):
    """Dispatches to the owning ScriptedServer; HTTP/1.1 so connections are kept alive."""

    protocol_version = "HTTP/1.1"
    timeout = 10  # idle keep-alive connections end on their own after a test
    # TCP_NODELAY: otherwise a body written after the headers waits ~40 ms for a delayed ACK.
    disable_nagle_algorithm = True
    server: _Server

    def setup(self) -> None:
        """Number each accepted connection (tests check keep-alive reuse)."""
        super().setup()
        self.connection_id = self.server.owner._new_connection()

    def do_GET(self) -> None:
        """Serve the scripted reply for this path."""
        self.server.owner._serve(self)

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""


# What a client does on purpose in these tests: hang up mid-reply (deadlines, size caps,
# refused redirects), time out, or refuse the certificate. Not a fault of the server.
CLIENT_GONE = (ConnectionError, TimeoutError, ssl.SSLError)


class _Server(ThreadingHTTPServer):
    """ThreadingHTTPServer that knows its ScriptedServer."""

    daemon_threads = True
    owner: ScriptedServer

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that went away is expected (socketserver would print its traceback into
        the test output); any other error still prints."""
        if isinstance(sys.exc_info()[1], CLIENT_GONE):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class ScriptedServer:
    """A ThreadingHTTPServer on host:random port serving scripted routes from a thread."""

    def __init__(
        self, host: str = "127.0.0.1", port: int = 0, tls: ssl.SSLContext | None = None
    ) -> None:
        self.host = host
        self.scheme = "https" if tls is not None else "http"
        self.sni_names: list[str | None] = []  # server names TLS clients asked for
        self._routes: dict[str, Route] = {}
        self._served: dict[str, int] = {}
        self._lock = threading.Lock()
        self._in_flight: dict[str, int] = {}
        self.max_in_flight: dict[str, int] = {}  # Host header -> peak concurrent requests
        self.requests: list[RecordedRequest] = []
        self.connections = 0
        self._httpd = _Server((host, port), _Handler)
        self._httpd.owner = self
        if tls is not None:
            tls.sni_callback = self._record_sni
            # The handshake runs on accept; a failed one only drops that connection.
            self._httpd.socket = tls.wrap_socket(self._httpd.socket, server_side=True)
        self.port: int = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def start(self) -> ScriptedServer:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the listening socket."""
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> ScriptedServer:
        """Start; returns self."""
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        """Stop."""
        self.stop()

    def _record_sni(self, _sock: ssl.SSLObject, name: str | None, _ctx: ssl.SSLContext) -> None:
        """TLS callback: remember the server name (SNI) the client sent."""
        with self._lock:
            self.sni_names.append(name)

    @property
    def origin(self) -> str:
        """Scheme, host and port, e.g. http://127.0.0.1:38211."""
        return f"{self.scheme}://{self.host}:{self.port}"

    def url(self, path: str = "/") -> str:
        """Absolute URL of path on this server."""
        return self.origin + path

    def route(self, path: str, *replies: Reply | Handler) -> None:
        """Script path: one Reply, several (served in order, last repeats) or a handler."""
        if len(replies) == 1:
            self._routes[path] = replies[0]
        elif all(isinstance(r, Reply) for r in replies):
            self._routes[path] = tuple(r for r in replies if isinstance(r, Reply))
        else:
            raise TypeError("several replies must all be Reply objects")

    def hits(self, path: str) -> int:
        """How many requests path has received."""
        with self._lock:
            return sum(1 for r in self.requests if r.path == path)

    # -- server side --------------------------------------------------------------------------

    def _new_connection(self) -> int:
        """Count a new connection; returns its id."""
        with self._lock:
            self.connections += 1
            return self.connections

    def _pick(self, req: RecordedRequest) -> Reply:
        """The reply scripted for req (404 when the path is unknown)."""
        route = self._routes.get(req.path) or self._routes.get(req.path.split("?", 1)[0])
        if route is None:
            return Reply(status=404, body=b"not found")
        if isinstance(route, Reply):
            return route
        if isinstance(route, Sequence):
            with self._lock:
                n = self._served.get(req.path, 0)
                self._served[req.path] = n + 1
            return route[min(n, len(route) - 1)]
        return route(req)

    def _serve(self, h: _Handler) -> None:
        """Record, count in-flight, wait, then write the reply."""
        req = RecordedRequest(
            method=h.command,
            path=h.path,
            headers={k.lower(): v for k, v in h.headers.items()},
            connection_id=h.connection_id,
            at=time.monotonic(),
        )
        host = req.headers.get("host", "")
        with self._lock:
            self.requests.append(req)
            self._in_flight[host] = self._in_flight.get(host, 0) + 1
            self.max_in_flight[host] = max(self.max_in_flight.get(host, 0), self._in_flight[host])
        reply = self._pick(req)
        not_modified = (
            reply.etag is not None and req.headers.get("if-none-match") == reply.etag
        ) or (
            reply.last_modified is not None
            and req.headers.get("if-modified-since") == reply.last_modified
        )
        delay = reply.delay
        if not_modified and reply.not_modified_delay is not None:
            delay = reply.not_modified_delay
        try:
            if delay:
                time.sleep(delay)
        finally:
            # Leave "in flight" before writing: once the client has the bytes it may start its
            # next request, which must not be counted as overlapping this one.
            with self._lock:
                self._in_flight[host] -= 1
        try:
            self._write(h, reply, not_modified)
        except (BrokenPipeError, ConnectionResetError):
            h.close_connection = True  # the client gave up (timeout, size cap): expected

    @staticmethod
    def _write(h: _Handler, reply: Reply, not_modified: bool) -> None:
        """Write status, headers and (possibly dripped, chunked or gzipped) body."""
        headers = dict(reply.headers)
        if reply.etag is not None:
            headers.setdefault("ETag", reply.etag)
        if reply.last_modified is not None:
            headers.setdefault("Last-Modified", reply.last_modified)
        h.send_response(304 if not_modified else reply.status)
        if not_modified:
            for name in ("ETag", "Last-Modified"):
                if name in headers:
                    h.send_header(name, headers[name])
            h.end_headers()
            return
        body = gzip.compress(reply.body) if reply.gzip else reply.body
        if reply.gzip:
            headers["Content-Encoding"] = "gzip"
        if reply.chunked:
            headers["Transfer-Encoding"] = "chunked"
        else:
            headers.setdefault("Content-Length", str(len(body)))
        for name, value in headers.items():
            h.send_header(name, value)
        h.end_headers()
        step = reply.drip_size if reply.drip or reply.chunked else max(len(body), 1)
        for start in range(0, len(body), step):
            piece = body[start : start + step]
            if reply.chunked:
                piece = b"%x\r\n%s\r\n" % (len(piece), piece)
            h.wfile.write(piece)
            if reply.drip:
                h.wfile.flush()
                time.sleep(reply.drip)
        if reply.chunked:
            h.wfile.write(b"0\r\n\r\n")
        h.wfile.flush()


@dataclass(frozen=True, slots=True)
class Certificates:
    """A throw-away CA and a server certificate it signed, as PEM files."""

    ca_file: Path  # what a client trusts
    cert_file: Path
    key_file: Path

    def server_context(self) -> ssl.SSLContext:
        """A server-side TLS context presenting the certificate."""
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(self.cert_file, self.key_file)
        return ctx


def make_certificates(folder: Path, name: str) -> Certificates:
    """A CA and a certificate for DNS name `name` signed by it (cryptography comes with Prefect)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    def pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
        return key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )

    now = datetime.now(UTC)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "wirecopy test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    files = Certificates(folder / "ca.pem", folder / "cert.pem", folder / "key.pem")
    files.ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    files.cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    files.key_file.write_bytes(pem_key(key))
    return files


@pytest.fixture(name="make_http_server")
def make_http_server_fixture() -> Iterator[Callable[..., ScriptedServer]]:
    """Factory fixture: make_http_server("127.0.0.2", port=0, tls=None) starts another server."""
    servers: list[ScriptedServer] = []

    def make(
        host: str = "127.0.0.1", port: int = 0, tls: ssl.SSLContext | None = None
    ) -> ScriptedServer:
        server = ScriptedServer(host, port, tls).start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture(name="http_server")
def http_server_fixture(make_http_server: Callable[..., ScriptedServer]) -> ScriptedServer:
    """A started ScriptedServer on 127.0.0.1, stopped after the test."""
    return make_http_server("127.0.0.1")


# -- observing outgoing connections without mocking: the interpreter's audit hook ------------

_connects: list[object] | None = None
_loopback_only = False


def _audit(event: str, args: tuple[object, ...]) -> None:
    """Record TCP connect targets (host, port) while a test is watching; refuse if told to."""
    # Unix sockets (e.g. the forkserver's listener) are paths, not tuples: not network traffic.
    if event != "socket.connect" or not isinstance(args[1], tuple):
        return
    if _connects is not None:
        _connects.append(args[1])
    if _loopback_only and not _is_loopback(str(args[1][0])):
        # Raising from the audit hook aborts the connect before any packet leaves the machine.
        raise ConnectionRefusedError(f"test guard: no connections to {args[1][0]}")


def _is_loopback(host: str) -> bool:
    """True for a loopback IP literal (a name, resolved inside connect, counts as not)."""
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


sys.addaudithook(_audit)


@pytest.fixture(name="loopback_only")
def loopback_only_fixture() -> Iterator[None]:
    """Refuse every connect to a non-loopback address (a test that must name a public IP)."""
    global _loopback_only
    _loopback_only = True
    try:
        yield
    finally:
        _loopback_only = False


@pytest.fixture(name="connects")
def connects_fixture() -> Iterator[list[object]]:
    """Addresses this process connects to during the test."""
    global _connects
    _connects = []
    try:
        yield _connects
    finally:
        _connects = None
