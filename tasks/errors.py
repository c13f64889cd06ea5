"""Which failures are worth retrying: transient ones (a busy disk, a lock) and no others.

dlt's split: a *transient* error may pass on its own, so the step is retried; a *terminal* one
(a bug, a full disk, a file that is not a database) fails the same way every time, so retrying
only delays the message. Per-document problems never get here: they are rejects.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re

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
    if disk_full(exc) is not None:  # DuckDB reports a failed COMMIT as a TransactionException
        return False
    if isinstance(exc, duckdb.TransactionException):  # a conflict with another transaction
        return True
    if isinstance(exc, OSError):
        return exc.errno in TRANSIENT_ERRNOS
    return False


# errno values of a full disk: no space, the user's quota, the file size limit (`ulimit -f`).
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
# The same as DuckDB words them: it raises its own exception types with the C library's message
# inside ('Could not write file "x.wal": No space left on device').
_DISK_FULL_MESSAGES = {os.strerror(n).lower(): os.strerror(n) for n in DISK_FULL_ERRNOS}
_DISK_FULL_TEXT = re.compile("|".join(map(re.escape, _DISK_FULL_MESSAGES)), re.IGNORECASE)
_QUOTED_PATH = re.compile(r'"(/[^"]+)"')


class DiskFullError(Exception):
    """The disk (or quota, or file size limit) is full: the run stops, with one clear line."""


def disk_full(exc: BaseException | None) -> str | None:
    """What a full disk said, and the file when known, if exc or an exception that led to it
    is one; else None.

    >>> disk_full(OSError(errno.ENOSPC, "No space left on device", "/data/x.gz"))
    'No space left on device (/data/x.gz)'
    >>> disk_full(duckdb.IOException('Could not write file "/d/w.wal": No space left on device'))
    'No space left on device (/d/w.wal)'
    >>> disk_full(ValueError("a bug")) is None
    True
    """
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS:
            where = f" ({exc.filename})" if exc.filename else ""
            return f"{exc.strerror or os.strerror(exc.errno)}{where}"
        if isinstance(exc, duckdb.Error) and (found := _DISK_FULL_TEXT.search(str(exc))):
            path = _QUOTED_PATH.search(str(exc))
            where = f" ({path[1]})" if path else ""
            return f"{_DISK_FULL_MESSAGES[found[0].lower()]}{where}"
        exc = exc.__cause__ or exc.__context__
    return None


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back the open transaction, if there still is one: a COMMIT that failed (a full
    disk) has ended it already, and "cannot rollback" must not hide why it failed."""
    with contextlib.suppress(duckdb.TransactionException):
        con.execute("ROLLBACK")
