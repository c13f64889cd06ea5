"""robots.txt rules cached per origin, fetched once each through the caller's own HTTP path."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from urllib.parse import SplitResult, urlunsplit
from urllib.robotparser import RobotFileParser

from wirecopy.tasks.http.errors import DeadlineExceededError, FetchError

logger = logging.getLogger(__name__)

# Fetches a robots.txt URL before a monotonic deadline: the body on HTTP 200, else None.
RobotsLoader = Callable[[str, float], bytes | None]


class RobotsCache:
    """Per-origin robots.txt parsers; a missing or unfetchable robots.txt allows everything.

    Thread-safe: concurrent first requests to one origin wait for a single robots.txt fetch.
    """

    def __init__(self, user_agent: str, load: RobotsLoader) -> None:
        self._user_agent = user_agent
        self._load = load
        self._parsers: dict[str, RobotFileParser | None] = {}
        self._origin_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def allowed(self, parts: SplitResult, deadline: float) -> bool:
        """True when robots.txt of the URL's origin lets our user agent fetch it."""
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        parser = (
            self._parsers[origin] if origin in self._parsers else self._parser_for(origin, deadline)
        )
        # None: no robots.txt or no rules in it, so every path is allowed without matching.
        return parser is None or parser.can_fetch(self._user_agent, urlunsplit(parts))

    def _parser_for(self, origin: str, deadline: float) -> RobotFileParser | None:
        """The cached parser for origin (None: no rules), fetching robots.txt on first use."""
        with self._lock:
            origin_lock = self._origin_locks.setdefault(origin, threading.Lock())
        if not origin_lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise DeadlineExceededError(f"waiting for {origin}/robots.txt")
        try:
            if origin not in self._parsers:
                self._parsers[origin] = self._fetch(origin, deadline)
            return self._parsers[origin]
        finally:
            origin_lock.release()

    def _fetch(self, origin: str, deadline: float) -> RobotFileParser | None:
        """Fetch and parse origin's robots.txt; None (allow all) on failure, non-200 or no rules."""
        url = f"{origin}/robots.txt"
        parser = RobotFileParser(url)
        try:
            body = self._load(url, deadline)
        except FetchError as exc:
            logger.info("robots.txt unavailable, allowing all: %s (%s)", url, exc)
            body = None
        # No rules at all (parse of nothing) allows everything. RFC 9309: robots.txt is UTF-8;
        # stray bytes must not void the whole file. parse() also records the check time, without
        # which can_fetch() refuses everything.
        text = body.decode("utf-8", errors="replace") if body is not None else ""
        parser.parse(text.splitlines())
        # RFC 9309: only Disallow rules restrict; without one every path is allowed unmatched.
        return parser if _disallows_something(text) else None


def _disallows_something(robots_txt: str) -> bool:
    """True when some group has a non-empty Disallow rule (an empty one allows everything)."""
    for line in robots_txt.splitlines():
        field, _, value = line.split("#", 1)[0].partition(":")
        if field.strip().lower() == "disallow" and value.strip():
            return True
    return False
