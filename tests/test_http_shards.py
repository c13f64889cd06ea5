"""Fetch shards: fetch_many across worker processes, against real local servers (no mocks)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest

from tests.http_server import (  # noqa: F401 (the fixtures register by being imported)
    Reply,
    ScriptedServer,
    connects_fixture,
    http_server_fixture,
    make_http_server_fixture,
)
from tests.test_http_fetch import FAST
from wirecopy.tasks.http.fetcher import FetchOutcome, FetchRequest, FetchSettings, HttpFetcher
from wirecopy.tasks.http.robots import RobotsCache
from wirecopy.tasks.http.schedule import map_per_host
from wirecopy.tasks.http.shards import shard_of
from wirecopy.tasks.http.transport import prepare_url

# Two shards; 127.0.0.1 and 127.0.0.4 belong to different ones (asserted below).
SHARDED = replace(FAST, processes=2, shard_min=1, allow_hosts=frozenset({"127.0.0.1", "127.0.0.4"}))


@pytest.fixture
def two_hosts(
    make_http_server: Callable[[str], ScriptedServer],
) -> tuple[ScriptedServer, ScriptedServer]:
    """Servers on 127.0.0.1 and 127.0.0.4, each answering /p?<i> with an ETag'd page."""
    servers = make_http_server("127.0.0.1"), make_http_server("127.0.0.4")
    for server in servers:
        server.route("/p", Reply(body=b"<p>page</p>", etag='"v1"', delay=0.02))
    return servers


def _requests(servers: tuple[ScriptedServer, ...], n: int) -> list[FetchRequest]:
    """n requests alternating between the servers."""
    return [FetchRequest(servers[i % len(servers)].url(f"/p?{i}")) for i in range(n)]


def test_hosts_map_to_different_shards() -> None:
    assert shard_of("127.0.0.1", 2) != shard_of("127.0.0.4", 2)
    assert shard_of("example.com", 3) == shard_of("example.com", 3)  # stable, unlike hash()


def test_sharded_fetch_runs_in_other_processes(
    two_hosts: tuple[ScriptedServer, ScriptedServer], connects: list[object]
) -> None:
    reqs = _requests(two_hosts, 40)
    with HttpFetcher(SHARDED) as f:
        outcomes = list(f.fetch_many(reqs))
    assert sorted(o.url for o in outcomes) == sorted(r.url for r in reqs)
    assert all(o.ok and o.body == b"<p>page</p>" and o.etag == '"v1"' for o in outcomes)
    # The audit hook sees only this process's sockets: every request came from a shard.
    assert connects == []
    for server in two_hosts:
        assert len(server.requests) == 20
        assert max(server.max_in_flight.values()) <= 2  # per-host limit held inside the shard


def test_sharded_revalidation_gets_304s(two_hosts: tuple[ScriptedServer, ScriptedServer]) -> None:
    reqs = [replace(r, etag='"v1"') for r in _requests(two_hosts, 30)]
    with HttpFetcher(SHARDED) as f:
        outcomes = list(f.fetch_many(reqs))
        again = list(f.fetch_many(reqs))  # the same shard processes, warm connections
    assert all(o.not_modified and o.status == 304 and o.body is None for o in outcomes + again)
    assert sum(s.connections for s in two_hosts) <= 4  # kept alive between the two calls


def test_small_calls_stay_in_process(
    two_hosts: tuple[ScriptedServer, ScriptedServer], connects: list[object]
) -> None:
    with HttpFetcher(replace(SHARDED, shard_min=50)) as f:
        outcomes = list(f.fetch_many(_requests(two_hosts, 10)))
    assert len(outcomes) == 10 and all(o.ok for o in outcomes)
    assert connects  # below shard_min: fetched by this process's threads


def test_one_host_is_not_sharded(
    two_hosts: tuple[ScriptedServer, ScriptedServer], connects: list[object]
) -> None:
    with HttpFetcher(SHARDED) as f:
        outcomes = list(f.fetch_many(_requests(two_hosts[:1], 10)))
    assert len(outcomes) == 10 and connects  # a second process would have nothing to do


def test_a_dead_shard_loses_nothing(two_hosts: tuple[ScriptedServer, ScriptedServer]) -> None:
    slow, fast = two_hosts
    slow.route("/p", Reply(body=b"slow", delay=1.0))
    reqs = _requests(two_hosts, 20)
    with HttpFetcher(SHARDED) as f:
        outcomes: list[FetchOutcome] = []
        for outcome in f.fetch_many(reqs):
            if not outcomes:  # the fast host answered first: kill the slow host's shard
                assert f._shards is not None
                victim = f._shards._shards[shard_of("127.0.0.1", 2)]
                victim.process.kill()
            outcomes.append(outcome)
        assert sorted(o.url for o in outcomes) == sorted(r.url for r in reqs)
        lost = [o for o in outcomes if o.error]
        assert lost and all(o.url.startswith(slow.origin) for o in lost)
        assert all(o.error == "InternalError" and o.retryable for o in lost)
        assert all(o.ok for o in outcomes if o.url.startswith(fast.origin))
        # The shard is replaced: the next call fetches the slow host again.
        slow.route("/p", Reply(body=b"back"))
        retry = list(f.fetch_many([FetchRequest(o.url) for o in lost] + reqs[1::2]))
    assert all(o.ok for o in retry)
    assert {o.body for o in retry if o.url.startswith(slow.origin)} == {b"back"}


def test_stopping_early_does_not_leak_into_the_next_call(
    two_hosts: tuple[ScriptedServer, ScriptedServer],
) -> None:
    reqs = _requests(two_hosts, 20)
    with HttpFetcher(SHARDED) as f:
        for _ in f.fetch_many(reqs):
            break  # abandon the rest mid-run
        other = [FetchRequest(s.url(f"/p?again{i}")) for i in range(6) for s in two_hosts]
        outcomes = list(f.fetch_many(other))
    assert sorted(o.url for o in outcomes) == sorted(r.url for r in other)


def test_stopping_while_a_dead_shard_is_reported_does_not_leak(
    two_hosts: tuple[ScriptedServer, ScriptedServer],
) -> None:
    slow = two_hosts[0]
    slow.route("/p", Reply(body=b"slow", delay=0.5))
    with HttpFetcher(SHARDED) as f:
        list(f.fetch_many(_requests(two_hosts, 4)))  # start both shards
        assert f._shards is not None
        f._shards._shards[shard_of("127.0.0.4", 2)].process.kill()
        f._shards._shards[shard_of("127.0.0.4", 2)].process.join(5)
        for outcome in f.fetch_many(_requests(two_hosts, 20)):
            assert outcome.error == "InternalError"  # the dead shard's URLs come first
            break  # ... and the caller stops while they are being reported
        slow.route("/p", Reply(body=b"<p>page</p>"))
        again = [FetchRequest(s.url(f"/p?next{i}")) for i in range(5) for s in two_hosts]
        outcomes = list(f.fetch_many(again))
    assert sorted(o.url for o in outcomes) == sorted(r.url for r in again)
    assert all(o.ok for o in outcomes)


def test_global_limit_below_the_shard_count_stays_in_process(
    two_hosts: tuple[ScriptedServer, ScriptedServer], connects: list[object]
) -> None:
    with HttpFetcher(replace(SHARDED, global_concurrency=1)) as f:
        outcomes = list(f.fetch_many(_requests(two_hosts, 6)))
    assert len(outcomes) == 6 and all(o.ok for o in outcomes) and connects


def test_close_stops_the_shard_processes(
    two_hosts: tuple[ScriptedServer, ScriptedServer],
) -> None:
    f = HttpFetcher(SHARDED)
    list(f.fetch_many(_requests(two_hosts, 10)))
    assert f._shards is not None
    processes = [shard.process for shard in f._shards._shards]
    assert all(p.is_alive() for p in processes)
    f.close()
    assert not any(p.is_alive() for p in processes)


def test_settings_reject_negative_processes() -> None:
    with pytest.raises(ValueError, match="processes"):
        FetchSettings(processes=-1)
    assert FetchSettings(processes=3).shard_processes == 3
    assert 1 <= FetchSettings().shard_processes <= 4


# -- robots.txt without Disallow rules allows everything ---------------------------------------


@pytest.mark.parametrize(
    ("robots", "expect_rules"),
    [
        ("", False),
        ("User-agent: *\nDisallow:\n", False),  # an empty Disallow allows everything
        ("# comments only\nSitemap: https://example.com/s.xml\n", False),
        ("User-agent: *\nAllow: /\n", False),
        ("User-agent: *\nDisallow: /private # members\n", True),
        ("user-agent: *\ndisallow: /priv\n", True),  # field names are case-insensitive
    ],
)
def test_robots_files_without_a_disallow_allow_everything(robots: str, expect_rules: bool) -> None:
    cache = RobotsCache("wirecopy", lambda url, deadline: (200, robots.encode()))
    parts = prepare_url("http://example.com/private/a")
    rules = cache.rules(parts, time.monotonic() + 5)
    assert rules.allows(parts.geturl(), cache.token) is not expect_rules


# -- the per-host scheduler --------------------------------------------------------------------


def test_scheduler_ends_when_the_executor_cancels_an_idle_worker() -> None:
    pool = ThreadPoolExecutor(1)  # room for one of the two workers asked for
    gate = threading.Event()
    results: list[int] = []

    def slow_identity(x: int) -> int:
        gate.wait(5)
        return x

    def consume() -> None:
        results.extend(map_per_host(pool, slow_identity, [1, 2, 3], str, limit=2, per_host=1))

    consumer = threading.Thread(target=consume)
    consumer.start()
    time.sleep(0.2)  # the first worker is running, the second still queued
    pool.shutdown(wait=False, cancel_futures=True)  # as HttpFetcher.close() does
    gate.set()
    consumer.join(5)
    assert not consumer.is_alive()  # the cancelled worker counted as stopped
    assert sorted(results) == [1, 2, 3]  # the running worker took every item
