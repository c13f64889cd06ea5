"""Which of two versions of an article is newer: the agency's version, not the arrival order.

Wire agencies re-file a story under the same id (corrections, write-throughs, kills). A version
older than the one loaded must never overwrite it, however late it arrives.
"""

from __future__ import annotations

import re

from wirecopy.schemas.records import Release

__all__ = ["VERSION_NUMBER", "is_kill", "is_older", "version_number"]

# How a version string gives its number: plain numbers (NewsML-G2 `version`, NewsML 1
# RevisionId, ninjs `version`), dotted ones ("1.2"), ANPA's write-through ordinals ("2ndLd").
VERSION_NUMBER = re.compile(r"^\s*v?(\d+(?:\.\d+)*)(?:st|nd|rd|th)?(?:\b|Ld)", re.IGNORECASE)


def version_number(version: str | None) -> tuple[int, ...] | None:
    """The version as a comparable number, or None when it has none.

    >>> version_number("3"), version_number("2ndLd-Writethru"), version_number("Writethru")
    ((3,), (2,), None)
    """
    m = VERSION_NUMBER.match(version or "")
    return tuple(int(p) for p in m.group(1).split(".")) if m else None


def is_older(new: Release, stored: Release) -> bool:
    """True when `new` is an older version than `stored`: version numbers first, then the
    times the versions were created; when neither tells, the later arrival wins (False).

    >>> from datetime import datetime, UTC
    >>> is_older(Release(version="1"), Release(version="2"))
    True
    >>> t1, t2 = datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 1, 2, tzinfo=UTC)
    >>> is_older(Release(version_created=t2), Release(version_created=t1))
    False
    >>> is_older(Release(), Release(version="5"))
    False
    """
    a, b = version_number(new.version), version_number(stored.version)
    if a is not None and b is not None and a != b:
        return a < b
    made, had = new.version_created, stored.version_created
    if made is not None and had is not None and made != had:
        return made < had
    return False


def is_kill(release: Release) -> bool:
    """True for a kill or withdrawal; a withheld item is withdrawn too, but for now only: its
    text is real and is released by a later version.

    >>> is_kill(Release(withdrawn=True, pub_status="canceled"))
    True
    >>> is_kill(Release(withdrawn=True, pub_status="withheld"))
    False
    """
    return release.withdrawn and release.pub_status != "withheld"
