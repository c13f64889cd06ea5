"""URL safety: only http(s), and no private/loopback/link-local/reserved/multicast targets."""

from __future__ import annotations

import functools
import ipaddress
import os
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import SplitResult

from wirecopy.tasks.http.errors import (
    DNSError,
    InvalidURLError,
    UnsafeAddressError,
    UnsupportedSchemeError,
)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

ALLOWED_SCHEMES = frozenset({"http", "https"})
ALLOW_HOSTS_ENV = "WIRECOPY_ALLOW_HOSTS"


def allow_hosts_from_env() -> frozenset[str]:
    """Hosts, IPs or CIDRs from WIRECOPY_ALLOW_HOSTS, comma-separated: "127.0.0.1,intranet"."""
    raw = os.environ.get(ALLOW_HOSTS_ENV, "")
    return frozenset(part.strip().lower() for part in raw.split(",") if part.strip())


@dataclass(frozen=True, slots=True)
class AllowList:
    """Host names, IPs and networks that may be fetched even though they are not public."""

    names: frozenset[str]
    networks: tuple[IPNetwork, ...]

    @classmethod
    def parse(cls, entries: Iterable[str]) -> AllowList:
        """Split entries into names and networks: AllowList.parse(["localhost", "127.0.0.0/8"])."""
        names: set[str] = set()
        networks: list[IPNetwork] = []
        for entry in entries:
            entry = entry.strip().lower().strip("[]")
            if not entry:
                continue
            try:
                # A bare IP becomes a /32 (or /128) network.
                networks.append(ipaddress.ip_network(entry, strict=False))
            except ValueError:
                names.add(entry.rstrip("."))
        return cls(frozenset(names), tuple(networks))

    def allows_ip(self, ip: IPAddress) -> bool:
        """True when ip is inside one of the allowed networks."""
        return any(ip.version == net.version and ip in net for net in self.networks)


@functools.lru_cache(maxsize=4096)  # a run asks about the same few hundred hosts again and again
def is_public_ip(ip: IPAddress) -> bool:
    """True for globally routable unicast addresses only."""
    # IPv4-mapped IPv6 (::ffff:10.0.0.1) would otherwise sneak a private v4 target through.
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
    ):
        return False
    # is_global also rules out shared/CGNAT space (100.64.0.0/10) that the flags above miss.
    return ip.is_global


def ip_literal(host: str) -> IPAddress | None:
    """The address when host is an IP literal ("10.0.0.1", "::1"), else None."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def resolve(host: str, port: int) -> list[IPAddress]:
    """All addresses host resolves to (an IP literal resolves to itself, without DNS)."""
    literal = ip_literal(host)
    if literal is not None:
        return [literal]
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        # EAI_AGAIN is a temporary resolver failure; NXDOMAIN and friends are permanent.
        raise DNSError(f"{host}: {exc}", retryable=exc.errno == socket.EAI_AGAIN) from exc
    except UnicodeError as exc:
        raise InvalidURLError(f"bad host name {host!r}") from exc
    # sockaddr[0] is the address text; drop an IPv6 zone id ("fe80::1%eth0").
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]


def check_url(parts: SplitResult, allow: AllowList) -> tuple[IPAddress, ...]:
    """Raise unless parts is an http(s) URL whose host resolves only to public (or allowed) IPs.

    Runs before any connection is opened, for the first URL and for every redirect hop. Returns
    the checked addresses, in resolver order, which the connection must use: resolving again to
    connect would let a DNS answer that changed in between (rebinding) reach a private address.
    An empty tuple means connect to the host as written: an IP literal (no resolver involved) or
    a name on the allow-list (any answer for it is fine).
    """
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise UnsupportedSchemeError(scheme or "<none>")
    try:
        host = parts.hostname
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError as exc:  # e.g. a non-numeric port
        raise InvalidURLError(str(exc)) from exc
    if not host:
        raise InvalidURLError("no host")
    host = host.rstrip(".")
    if host in allow.names:
        return ()
    addresses = tuple(dict.fromkeys(resolve(host, port)))  # getaddrinfo repeats per protocol
    for ip in addresses:
        if not is_public_ip(ip) and not allow.allows_ip(ip):
            # One bad address is enough: the connection may fall back to any of them.
            raise UnsafeAddressError(f"{host} -> {ip}")
    return () if ip_literal(host) is not None else addresses
