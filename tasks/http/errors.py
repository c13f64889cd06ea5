"""Named per-URL fetch failures, each carrying its outcome code and retry policy."""

from __future__ import annotations

from typing import ClassVar, Literal

# The closed set of non-HTTP error codes a FetchOutcome can carry ("HTTP 404" etc. come on top).
ErrorCode = Literal[
    "UnsupportedScheme",
    "InvalidURL",
    "InvalidHeader",
    "UnsafeAddress",
    "DNSError",
    "RobotsDisallowed",
    "RobotsUnreachable",
    "ConnectTimeout",
    "ReadTimeout",
    "ConnectionError",
    "SSLError",
    "DeadlineExceeded",
    "TooLarge",
    "DecodeError",
    "TooManyRedirects",
    "RedirectLoop",
    "InternalError",
]


class FetchError(Exception):
    """A per-URL failure: becomes FetchOutcome.error; never escapes HttpFetcher.fetch."""

    default_code: ClassVar[ErrorCode] = "InternalError"
    # Transient failures (worth a later retry) override this; permanent ones keep False.
    default_retryable: ClassVar[bool] = False

    def __init__(
        self, detail: str = "", *, code: ErrorCode | None = None, retryable: bool | None = None
    ) -> None:
        self.code: ErrorCode = code or self.default_code
        self.retryable = self.default_retryable if retryable is None else retryable
        self.detail = detail
        super().__init__(f"{self.code}: {detail}" if detail else self.code)


class UnsupportedSchemeError(FetchError):
    """The URL scheme is not http or https."""

    default_code = "UnsupportedScheme"


class InvalidURLError(FetchError):
    """The URL cannot be parsed or has no host."""

    default_code = "InvalidURL"


class UnsafeAddressError(FetchError):
    """The host is, or resolves to, a private/loopback/link-local/reserved/multicast address."""

    default_code = "UnsafeAddress"


class DNSError(FetchError):
    """The host name did not resolve (retryable only for temporary resolver failures)."""

    default_code = "DNSError"


class RobotsDisallowedError(FetchError):
    """robots.txt forbids our user agent from fetching the URL."""

    default_code = "RobotsDisallowed"


class RobotsUnreachableError(FetchError):
    """robots.txt answered 5xx or not at all: RFC 9309 §2.3.1.4 says assume complete disallow."""

    default_code = "RobotsUnreachable"
    default_retryable = True


class TransportError(FetchError):
    """A network-level failure (timeouts, resets, TLS), after urllib3's retries."""

    default_code = "ConnectionError"
    default_retryable = True


class ConnectFailedError(TransportError):
    """No connection could be opened (refused, unreachable, connect timeout): nothing was sent.

    The host's next address may still work, so the fetcher tries it before giving up.
    """


class DeadlineExceededError(FetchError):
    """The document took longer than FetchSettings.deadline end to end."""

    default_code = "DeadlineExceeded"
    default_retryable = True


class TooLargeError(FetchError):
    """The decoded body exceeded FetchSettings.max_bytes (also stops compression bombs)."""

    default_code = "TooLarge"


class ContentDecodeError(FetchError):
    """The Content-Encoding stream (gzip, deflate, …) was corrupt."""

    default_code = "DecodeError"


class TooManyRedirectsError(FetchError):
    """More redirects than FetchSettings.max_redirects."""

    default_code = "TooManyRedirects"


class RedirectLoopError(FetchError):
    """A redirect pointed back to a URL already visited in this chain."""

    default_code = "RedirectLoop"
