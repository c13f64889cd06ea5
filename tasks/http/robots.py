"""robots.txt per RFC 9309 (parsed by protego), cached per origin, fetched once each.

Rules are matched by protego: `*` and `$` wildcards, the longest matching rule wins and Allow
wins a tie, groups for one agent are merged, percent-encodings compare equal. What a fetch
failure means is RFC 9309 §2.3.1: 4xx is "unavailable" (everything allowed), 5xx or no answer is
"unreachable" (everything disallowed until a later run reads the file).
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import SplitResult

from protego import Protego

from wirecopy.tasks.http.errors import DeadlineExceededError, FetchError

logger = logging.getLogger(__name__)

# Fetches a robots.txt URL before a monotonic deadline: (final HTTP status, body on 2xx).
RobotsLoader = Callable[[str, float], tuple[int, bytes | None]]

# RFC 9309 §2.2.1: the product token is the name part of the User-Agent ("wirecopy/0.1 (+…)").
_PRODUCT_TOKEN = re.compile(r"[A-Za-z_-]+")
# Statuses that make robots.txt "unreachable" (§2.3.1.4): server errors, and 429, which says
# "too many requests", i.e. the server is struggling, not that the file does not exist.
_UNREACHABLE_STATUS = (range(500, 600), range(429, 430))


@dataclass(frozen=True, slots=True)
class RobotsRules:
    """What one origin's robots.txt says to our crawler."""

    parser: Protego | None = None  # None: no robots.txt (404 and the like), every path allowed
    crawl_delay: float = 0.0  # seconds between two requests to the host (Crawl-delay)
    unreachable: bool = False  # 5xx or no answer: RFC 9309 says assume complete disallow
    fetched_at: float = 0.0  # time.monotonic() of the robots.txt request (a request, too)

    def allows(self, url: str, product_token: str) -> bool:
        """True when url may be fetched (callers check `unreachable` first)."""
        if self.unreachable:
            return False
        return self.parser is None or self.parser.can_fetch(url, product_token)


def product_token(user_agent: str) -> str:
    """The token robots.txt groups are matched for: "wirecopy/0.1 (+https://…)" -> "wirecopy"."""
    match = _PRODUCT_TOKEN.match(user_agent.strip())
    return match.group(0) if match else user_agent


def parse_robots(text: str, user_agent: str, fetched_at: float = 0.0) -> RobotsRules:
    """The rules and Crawl-delay of a robots.txt body for user_agent's product token."""
    # Matching costs 2-4 us per URL (protego 0.7), so even a file without rules is kept as parsed.
    parser = Protego.parse(text)
    delay = parser.crawl_delay(product_token(user_agent)) or 0.0
    return RobotsRules(parser, delay, False, fetched_at)


class RobotsCache:
    """Per-origin robots.txt rules; fetched on first use, kept for the fetcher's lifetime.

    Thread-safe: concurrent first requests to one origin wait for a single robots.txt fetch.
    """

    def __init__(self, user_agent: str, load: RobotsLoader) -> None:
        self._user_agent = user_agent
        self._token = product_token(user_agent)
        self._load = load
        self._rules: dict[str, RobotsRules] = {}
        self._origin_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    @property
    def token(self) -> str:
        """The product token rules are matched for."""
        return self._token

    def rules(self, parts: SplitResult, deadline: float) -> RobotsRules:
        """The robots.txt rules of the URL's origin, fetching them on first use."""
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        rules = self._rules.get(origin)
        return rules if rules is not None else self._rules_for(origin, deadline)

    def _rules_for(self, origin: str, deadline: float) -> RobotsRules:
        """The cached rules for origin, fetching robots.txt under the origin's lock."""
        with self._lock:
            origin_lock = self._origin_locks.setdefault(origin, threading.Lock())
        if not origin_lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise DeadlineExceededError(f"waiting for {origin}/robots.txt")
        try:
            if origin not in self._rules:
                self._rules[origin] = self._fetch(origin, deadline)
            return self._rules[origin]
        finally:
            origin_lock.release()

    def _fetch(self, origin: str, deadline: float) -> RobotsRules:
        """Fetch and parse origin's robots.txt, mapping failures as RFC 9309 §2.3.1 says."""
        url = f"{origin}/robots.txt"
        started = time.monotonic()
        try:
            status, body = self._load(url, deadline)
        except FetchError as exc:
            # Transient failures (timeouts, resets, DNS hiccups) leave the file unknown: the
            # crawler must not assume it is allowed. Permanent ones (redirect loops, a redirect
            # to a refused address) mean there is no robots.txt to be had: "unavailable".
            logger.info("robots.txt failed (%s): %s", exc, url)
            return RobotsRules(unreachable=exc.retryable, fetched_at=started)
        if any(status in codes for codes in _UNREACHABLE_STATUS):
            logger.info("robots.txt unreachable (HTTP %s), disallowing: %s", status, url)
            return RobotsRules(unreachable=True, fetched_at=started)
        if not 200 <= status < 300 or body is None:
            return RobotsRules(fetched_at=started)  # 4xx (and oddities): unavailable
        # RFC 9309 §2.3: robots.txt is UTF-8; stray bytes must not void the whole file.
        return parse_robots(body.decode("utf-8", errors="replace"), self._user_agent, started)
