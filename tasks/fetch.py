"""Fetch stage: find the inputs (paths, directories, globs) and read their bytes.

Unchanged inputs are skipped before parsing: same size and mtime as last time (no read at all),
or same SHA-256 after reading (a touched but identical file).
"""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from schemas.records import RawDocument, Reject, SourceRef
from tasks.load import SourceState, SourceTouch

# Files bigger than this are not wire copy; reading them would only waste memory.
MAX_FILE_BYTES = 10_000_000
_URL_PREFIXES = ("http://", "https://")


def is_url(value: str) -> bool:
    """True for http(s) URLs."""
    return value.lower().startswith(_URL_PREFIXES)


def _ref(path: Path) -> SourceRef:
    try:
        st = path.stat()
    except OSError:
        return SourceRef(str(path))
    return SourceRef(str(path), st.st_size, st.st_mtime_ns)


def _walk(root: Path) -> Iterator[Path]:
    """Files under a directory, recursively, in a stable order; hidden entries skipped."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def discover(sources: Iterable[str], exclude: Iterable[str] = ()) -> Iterator[SourceRef | Reject]:
    """Expand each source to inputs, streaming; a source matching nothing yields a Reject.

    `exclude` holds absolute paths never taken as input (the database file and its WAL).
    """
    seen: set[str] = set(exclude)
    for source in sources:
        if is_url(source):
            if source not in seen:
                seen.add(source)
                yield SourceRef(source)
            continue
        path = Path(source).expanduser()
        if path.is_dir():
            candidates: Iterable[Path] = _walk(path)
        elif path.exists() or path.is_symlink():
            candidates = [path]
        else:
            matches = sorted(glob.glob(os.path.expanduser(source), recursive=True))
            candidates = (
                p for m in matches for p in (_walk(Path(m)) if Path(m).is_dir() else [Path(m)])
            )
        matched = False
        for candidate in candidates:
            uri = str(candidate.absolute())
            matched = matched or uri not in exclude
            if uri not in seen:
                seen.add(uri)
                yield _ref(candidate.absolute())
        if not matched:
            yield Reject(source, "discover", "no input matched", "no file, directory or glob match")


@dataclass(slots=True)
class ReadResult:
    """A read batch: documents to parse, inputs known unchanged, and rejects."""

    documents: list[RawDocument] = field(default_factory=list)
    touches: list[SourceTouch] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)


def read_batch(refs: list[SourceRef], known: dict[str, SourceState]) -> ReadResult:
    """Read local inputs; skip the unchanged ones; unreadable files become rejects."""
    result = ReadResult()
    for ref in refs:
        state = known.get(ref.uri)
        loaded = state is not None and state.status == "loaded"
        if loaded and state and (state.size, state.mtime_ns) == (ref.size, ref.mtime_ns):
            result.touches.append(SourceTouch(ref, None, "unchanged", state.article_id))
            continue
        try:
            data = _read(ref)
        except _ReadError as exc:
            result.rejects.append(Reject(ref.uri, "fetch", exc.reason, exc.detail))
            result.touches.append(SourceTouch(ref, None, "rejected"))
            continue
        digest = hashlib.sha256(data).hexdigest()
        if loaded and state and state.sha256 == digest:
            result.touches.append(SourceTouch(ref, digest, "unchanged", state.article_id))
            continue
        result.documents.append(RawDocument(ref.uri, data, digest, len(data), ref.mtime_ns))
    return result


class _ReadError(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


def _read(ref: SourceRef) -> bytes:
    if is_url(ref.uri):
        raise _ReadError("URL inputs need the HTTP fetcher", ref.uri)
    path = Path(ref.uri)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _ReadError("file too large", f"{path.stat().st_size} bytes > {MAX_FILE_BYTES}")
        return path.read_bytes()
    except IsADirectoryError:
        raise _ReadError("unreadable file", "is a directory") from None
    except FileNotFoundError:
        raise _ReadError("unreadable file", "file disappeared before it was read") from None
    except PermissionError:
        raise _ReadError("unreadable file", "permission denied") from None
    except OSError as exc:
        raise _ReadError("unreadable file", f"{type(exc).__name__}: {exc.strerror}") from None


@task(name="fetch", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5])
def fetch_task(refs: list[SourceRef], known: dict[str, SourceState]) -> ReadResult:
    """Prefect wrapper: read one batch of inputs."""
    return read_batch(refs, known)
