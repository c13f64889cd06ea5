"""Which failures are worth retrying: transient ones (a busy disk, a lock) and no others.

dlt's split: a *transient* error may pass on its own, so the step is retried; a *terminal* one
(a bug, a full disk, a file that is not a database) fails the same way every time, so retrying
only delays the message. Per-document problems never get here: they are rejects.
"""

from __future__ import annotations

import errno

import duckdb

# errno values of I/O that may succeed when tried again a moment later.
TRANSIENT_ERRNOS = frozenset(
    {
        errno.EAGAIN,  # resource temporarily unavailable
        errno.EBUSY,  # device or resource busy
        errno.EINTR,  # interrupted system call
        errno.ETIMEDOUT,  # a network file system timed out
        errno.ECONNRESET,  # a network file system dropped the connection
        errno.ESTALE,  # stale NFS handle: the next open gets a fresh one
    }
)


def is_transient(exc: BaseException | None) -> bool:
    """True for failures a retry may fix: transient OS errors and DuckDB write conflicts.

    >>> is_transient(OSError(errno.EBUSY, "busy")), is_transient(OSError(errno.ENOSPC, "full"))
    (True, False)
    >>> is_transient(ValueError("a bug"))
    False
    """
    if isinstance(exc, duckdb.TransactionException):  # a conflict with another transaction
        return True
    if isinstance(exc, OSError):
        return exc.errno in TRANSIENT_ERRNOS
    return False
