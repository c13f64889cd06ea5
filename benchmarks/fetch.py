"""Fetch-stage throughput: HttpFetcher.fetch_many against local servers with a fixed latency.

A child process serves N pages spread over H loopback hosts (127.0.0.1 ... 127.0.0.H, one
ThreadingHTTPServer each); every 200 takes --delay seconds. Run 1 fetches all pages cold and is
compared with the ideal rate min(concurrency, H * per_host) / delay (floor: 0.7 of ideal).
Run 2 repeats with each page's ETag; the server answers 304 at once, as a cache or a
validator check does, and the speed-up over run 1 is reported (floor: 3x). Each run uses a
fresh HttpFetcher (new connections, robots.txt fetched again, fetch shards started again).

    python benchmarks/fetch.py                 # N=2000, 50 ms, 32 workers, 2 per host, 16 hosts
    python benchmarks/fetch.py -n 500 --json /tmp/fetch.json

Loopback only: nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import sys
import threading
import time
from dataclasses import dataclass, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wirecopy.tasks.http.fetcher import FetchOutcome, FetchRequest, FetchSettings, HttpFetcher

RATE_FLOOR = 0.7  # achieved / ideal pages per second, run 1
SPEEDUP_FLOOR = 3.0  # run 1 time / run 2 (all 304) time


# -- server (child process, so its CPU does not compete with the fetcher for one GIL) ---------


class _PageHandler(BaseHTTPRequestHandler):
    """GET /p/<i>: 200 after the delay, or 304 at once when If-None-Match carries its ETag."""

    protocol_version = "HTTP/1.1"
    timeout = 30
    # TCP_NODELAY, as production servers set it: without it the body write after the header
    # write waits for the client's delayed ACK (~40 ms on Linux) and the benchmark measures that.
    disable_nagle_algorithm = True
    server: _PageServer

    def setup(self) -> None:
        """Count connections (shows whether keep-alive is working)."""
        super().setup()
        with self.server.counters.get_lock():
            self.server.counters[0] += 1

    def do_GET(self) -> None:
        """Serve one page, a 304, or a 404 for anything else (robots.txt included)."""
        with self.server.counters.get_lock():
            self.server.counters[1] += 1
        if not self.path.startswith("/p/"):
            self._send(404, b"", {})
            return
        etag = f'"{self.path[3:]}"'
        if self.headers.get("If-None-Match") == etag:
            self._send(304, None, {"ETag": etag})
            return
        time.sleep(self.server.delay)
        self._send(200, self.server.page, {"ETag": etag, "Content-Type": "text/html"})

    def _send(self, status: int, body: bytes | None, headers: dict[str, str]) -> None:
        """Write a response; body None means no body at all (304)."""
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if body is not None:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


class _PageServer(ThreadingHTTPServer):
    """ThreadingHTTPServer with the benchmark's page, delay and shared counters."""

    daemon_threads = True
    request_queue_size = 256  # many workers connect at once on the cold run
    delay: float
    page: bytes
    counters: Any  # multiprocessing Array('q', [connections, requests])


def _serve(hosts: list[str], delay: float, size: int, counters: Any, ready: Any) -> None:
    """Child process: one server per loopback IP; report (host, port) pairs, serve forever."""
    page = (b"<html><body><p>" + b"wire copy " * (size // 10) + b"</p></body></html>")[:size]
    addresses = []
    for host in hosts:
        server = _PageServer((host, 0), _PageHandler)
        server.delay, server.page, server.counters = delay, page, counters
        threading.Thread(target=server.serve_forever, daemon=True).start()
        addresses.append((host, server.server_address[1]))
    ready.send(addresses)
    threading.Event().wait()


# -- client ------------------------------------------------------------------------------------


@dataclass
class RunResult:
    """Timing and outcome counts of one fetch_many pass."""

    seconds: float
    pages_per_s: float
    ok: int
    not_modified: int
    errors: dict[str, int]
    connections: int
    requests: int


def _run(
    settings: FetchSettings, reqs: list[FetchRequest], counters: Any
) -> tuple[RunResult, list[FetchOutcome]]:
    """One cold pass (fresh fetcher: new connections, robots.txt fetched again)."""
    before = list(counters)
    started = time.perf_counter()
    with HttpFetcher(settings) as fetcher:
        outcomes = list(fetcher.fetch_many(reqs))
    seconds = time.perf_counter() - started
    errors: dict[str, int] = {}
    for o in outcomes:
        if o.error:
            errors[o.error] = errors.get(o.error, 0) + 1
    result = RunResult(
        seconds=round(seconds, 3),
        pages_per_s=round(len(reqs) / seconds, 1),
        ok=sum(1 for o in outcomes if o.error is None and not o.not_modified),
        not_modified=sum(1 for o in outcomes if o.not_modified),
        errors=errors,
        connections=counters[0] - before[0],
        requests=counters[1] - before[1],
    )
    return result, outcomes


def main(argv: list[str] | None = None) -> int:
    """Run both passes, print the figures, return 1 if a floor is missed."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("-n", "--pages", type=int, default=2000)
    ap.add_argument("--delay", type=float, default=0.05, help="seconds per 200 response")
    ap.add_argument("--concurrency", type=int, default=32, help="global worker limit")
    ap.add_argument("--per-host", type=int, default=2)
    ap.add_argument("--hosts", type=int, default=16, help="loopback IPs 127.0.0.1..N (max 254)")
    ap.add_argument("--size", type=int, default=8000, help="page body bytes")
    ap.add_argument(
        "--processes", type=int, default=0, help="fetch shard processes (0: auto, as wirecopy)"
    )
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)

    hosts = [f"127.0.0.{i}" for i in range(1, args.hosts + 1)]
    ctx = mp.get_context("spawn")
    counters = ctx.Array("q", [0, 0])
    parent_end, child_end = ctx.Pipe(duplex=False)
    server = ctx.Process(
        target=_serve, args=(hosts, args.delay, args.size, counters, child_end), daemon=True
    )
    server.start()
    try:
        addresses: list[tuple[str, int]] = parent_end.recv()
        reqs = [
            FetchRequest(f"http://{h}:{p}/p/{i}")
            for i in range(args.pages)
            for h, p in [addresses[i % len(addresses)]]
        ]
        settings = FetchSettings(
            global_concurrency=args.concurrency,
            per_host_concurrency=args.per_host,
            allow_hosts=frozenset({"127.0.0.0/8"}),
            processes=args.processes,
        )
        cold, outcomes = _run(settings, reqs, counters)
        etags = {o.url: o.etag for o in outcomes}
        warm_reqs = [replace(r, etag=etags.get(r.url)) for r in reqs]
        warm, _ = _run(settings, warm_reqs, counters)
    finally:
        server.terminate()
        server.join(5)

    effective = min(args.concurrency, args.hosts * args.per_host)
    ideal = effective / args.delay
    ratio = cold.pages_per_s / ideal
    speedup = cold.seconds / warm.seconds
    report = {
        "pages": args.pages,
        "delay_s": args.delay,
        "concurrency": args.concurrency,
        "per_host": args.per_host,
        "hosts": args.hosts,
        "page_bytes": args.size,
        "fetch_processes": settings.shard_processes,
        "ideal_pages_per_s": round(ideal, 1),
        "run1": cold.__dict__,
        "run1_ratio_to_ideal": round(ratio, 3),
        "run2_304": warm.__dict__,
        "run2_speedup": round(speedup, 2),
        "floors": {"ratio": RATE_FLOOR, "speedup": SPEEDUP_FLOOR},
    }
    ok_ratio, ok_speedup = ratio >= RATE_FLOOR, speedup >= SPEEDUP_FLOOR
    print(
        f"run 1 (200s): {args.pages} pages in {cold.seconds:.2f} s = {cold.pages_per_s:.0f} pages/s"
        f" | ideal {effective}/{args.delay:g} s = {ideal:.0f} pages/s"
        f" | ratio {ratio:.2f} (floor {RATE_FLOOR}) {'PASS' if ok_ratio else 'FAIL'}"
    )
    print(
        f"run 2 (304s): {args.pages} pages in {warm.seconds:.2f} s = {warm.pages_per_s:.0f} pages/s"
        f" | speed-up {speedup:.1f}x (floor {SPEEDUP_FLOOR:g}x) {'PASS' if ok_speedup else 'FAIL'}"
    )
    print(
        f"outcomes: run 1 ok={cold.ok} errors={cold.errors or 0}"
        f" | run 2 not_modified={warm.not_modified} errors={warm.errors or 0}"
        f" | connections {cold.connections}/{warm.connections},"
        f" server requests {cold.requests}/{warm.requests}"
        f" | fetch processes {settings.shard_processes}"
    )
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    clean = not cold.errors and not warm.errors and warm.not_modified == args.pages
    return 0 if ok_ratio and ok_speedup and clean else 1


if __name__ == "__main__":
    raise SystemExit(main())
