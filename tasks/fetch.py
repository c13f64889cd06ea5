"""Fetch stage: find the inputs (paths, directories, globs) and read their bytes.

Unchanged inputs are skipped before parsing: same size and mtime as last time (no read at all),
or same SHA-256 after reading (a touched but identical file).
"""

from __future__ import annotations

import errno
import glob
import hashlib
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from wirecopy.schemas.records import (
    ParsedDocument,
    RawDocument,
    ReadResult,
    Reject,
    SourceRef,
    SourceState,
    SourceTouch,
)
from wirecopy.tasks.cleaning.rules import RULES_VERSION
from wirecopy.tasks.http.fetcher import FetchOutcome, FetchRequest, HttpFetcher
from wirecopy.tasks.raw_store import RawStore

# Files bigger than this are not wire copy; reading them would only waste memory.
MAX_FILE_BYTES = 10_000_000
_URL_PREFIXES = ("http://", "https://")
# "ftp://…", "file://…": URLs, not paths; the fetcher refuses every scheme but http(s).
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


class ManifestError(Exception):
    """A URL manifest that cannot be read: a systemic failure (the run's input list is unknown)."""


def read_manifest(path: str | os.PathLike[str]) -> list[str]:
    """URLs from a manifest file: one per line, blank lines and # comments ignored."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ManifestError(f"cannot read URL manifest {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ManifestError(f"URL manifest {path} is not UTF-8 text") from None
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def is_url(value: str) -> bool:
    """True for http(s) URLs."""
    return value.lower().startswith(_URL_PREFIXES)


def has_scheme(value: str) -> bool:
    """True for anything written as a URL (`scheme://…`), fetchable or not."""
    return _SCHEME.match(value) is not None


def _ref(path: Path) -> SourceRef:
    try:
        st = path.stat()
    except OSError:
        return SourceRef(str(path))
    return SourceRef(str(path), st.st_size, st.st_mtime_ns)


def _walk(root: Path) -> Iterator[Path | Reject]:
    """Files under a directory, recursively, in a stable order; hidden entries skipped.

    Nothing is skipped silently: an unreadable directory is a reject, and a symlinked
    directory is followed, each directory (by device and inode) walked once; a link back into
    one already walked (a loop, or a second link to it) is a reject naming both paths.
    """
    errors: list[OSError] = []
    walked: dict[tuple[int, int], str] = {}
    try:
        top = root.stat()
        walked[(top.st_dev, top.st_ino)] = os.path.abspath(root)
    except OSError:
        pass  # os.walk reports it through onerror
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append, followlinks=True):
        yield from _walk_errors(errors)
        kept: list[str] = []
        for name in sorted(d for d in dirnames if not d.startswith(".")):
            path = os.path.abspath(os.path.join(dirpath, name))
            try:
                st = os.stat(path)
            except OSError as exc:
                yield Reject(path, "discover", "unreadable directory", _strerror(exc))
                continue
            first = walked.setdefault((st.st_dev, st.st_ino), path)
            if first == path:
                kept.append(name)
            elif path.startswith(os.path.join(first, "")):
                yield Reject(path, "discover", "symlink loop", f"leads back to {first}")
            else:
                yield Reject(path, "discover", "directory already walked", f"same as {first}")
        dirnames[:] = kept
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name
    yield from _walk_errors(errors)


def _walk_errors(errors: list[OSError]) -> Iterator[Reject]:
    """The directories os.walk could not list, as rejects (then forgotten)."""
    for exc in errors:
        where = os.path.abspath(exc.filename) if exc.filename else "?"
        yield Reject(where, "discover", "unreadable directory", _strerror(exc))
    errors.clear()


def _strerror(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def discover(
    sources: Iterable[str], exclude: Iterable[str] = (), exclude_dirs: Iterable[str] = ()
) -> Iterator[SourceRef | Reject]:
    """Expand each source to inputs, streaming; a source matching nothing yields a Reject.

    `exclude` holds absolute paths never taken as input (the database, its WAL, the snapshot);
    nothing under `exclude_dirs` (the raw store) is taken either.
    """
    seen: set[str] = set(exclude)
    skip_prefixes = tuple(os.path.join(d, "") for d in exclude_dirs)
    for source in sources:
        if has_scheme(source):
            if source not in seen:
                seen.add(source)
                yield SourceRef(source)
            continue
        path = Path(source).expanduser()
        if path.is_dir():
            candidates: Iterable[Path | Reject] = _walk(path)
        elif path.exists() or path.is_symlink():
            candidates = [path]
        else:
            matches = sorted(glob.glob(os.path.expanduser(source), recursive=True))
            candidates = (
                p for m in matches for p in (_walk(Path(m)) if Path(m).is_dir() else [Path(m)])
            )
        matched = False
        for candidate in candidates:
            if isinstance(candidate, Reject):  # a directory that could not be walked
                matched = True
                yield candidate
                continue
            # Absolute and lexically normal: `in/../bad/b.bin` is stored as `bad/b.bin`.
            uri = os.path.abspath(candidate)
            if skip_prefixes and uri.startswith(skip_prefixes):
                continue
            matched = matched or uri not in exclude
            if uri not in seen:
                seen.add(uri)
                yield _ref(Path(uri))
        if not matched:
            yield Reject(source, "discover", "no input matched", "no file, directory or glob match")


def read_batch(
    refs: list[SourceRef],
    known: dict[str, SourceState],
    fetcher: HttpFetcher | None = None,
    raw: RawStore | None = None,
) -> ReadResult:
    """Read local files and fetch URLs; skip unchanged inputs; failures become rejects.

    With a raw store, the bytes read are landed there at once, on background threads, so the
    writes are done by the time the batch is loaded (the load waits for them before COMMIT).
    """
    result = ReadResult()
    urls: list[SourceRef] = []
    for ref in refs:
        if has_scheme(ref.uri):
            urls.append(ref)
            continue
        state = known.get(ref.uri)
        loaded = state is not None and settled(state)
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
    if urls:
        _fetch_urls(urls, known, fetcher, result)
    if raw is not None:
        result.landed = raw.put_many((doc.sha256, doc.data) for doc in result.documents)
    return result


def settled(state: SourceState) -> bool:
    """Whether an input's last outcome stands while its bytes are the same: it loaded, or it was
    rejected by parse or clean (deterministic) under the rules of this version.

    >>> settled(SourceState(1, 1, "ab", None, "rejected", rules_version=RULES_VERSION,
    ...     retryable=False))
    True
    >>> settled(SourceState(1, 1, "ab", None, "rejected", rules_version="0", retryable=False))
    False
    """
    if state.status == "loaded":
        return True
    return (
        state.status == "rejected"
        and state.sha256 is not None  # the bytes were read: not a read or fetch failure
        and state.retryable is False
        and state.rules_version == RULES_VERSION
    )


def _fetch_urls(
    refs: list[SourceRef],
    known: dict[str, SourceState],
    fetcher: HttpFetcher | None,
    result: ReadResult,
) -> None:
    """Conditional GETs for URL inputs; a 304 or an unchanged body hash counts as unchanged."""
    requests: list[FetchRequest] = []
    for ref in refs:
        state = known.get(ref.uri)
        if state is not None and state.status == "gone":
            # 404/410 are permanent: not fetched again (the reject of that run stays on record).
            result.touches.append(SourceTouch(ref, None, "unchanged", state.article_id))
            continue
        if fetcher is None:
            result.rejects.append(Reject(ref.uri, "fetch", "URL input without an HTTP fetcher"))
            result.touches.append(SourceTouch(ref, None, "rejected"))
            continue
        loaded = state is not None and state.status == "loaded"
        requests.append(
            FetchRequest(
                ref.uri,
                state.etag if loaded and state else None,
                state.last_modified if loaded and state else None,
            )
        )
    if fetcher is None or not requests:
        return
    for outcome in fetcher.fetch_many(requests):
        result.fetches.append(outcome)
        ref = SourceRef(outcome.url)
        state = known.get(outcome.url)
        article_id = state.article_id if state else None
        if outcome.not_modified:
            result.touches.append(SourceTouch(ref, None, "unchanged", article_id))
        elif outcome.error or outcome.body is None:
            result.rejects.append(fetch_reject(outcome))
            gone = outcome.status in PERMANENT_STATUSES
            result.touches.append(SourceTouch(ref, None, "gone" if gone else "rejected"))
        elif state is not None and settled(state) and state.sha256 == outcome.sha256:
            result.touches.append(
                SourceTouch(
                    ref,
                    outcome.sha256,
                    "unchanged",
                    article_id,
                    outcome.etag,
                    outcome.last_modified,
                )
            )
        else:
            result.documents.append(_document(outcome))
            result.validators[outcome.url] = (outcome.etag, outcome.last_modified)


# Statuses after which a URL is not fetched again: the page is gone.
PERMANENT_STATUSES = frozenset({404, 410})


def fetch_reject(outcome: FetchOutcome) -> Reject:
    """A fetch failure as a reject: the error class or HTTP status, and whether to retry."""
    detail = f"status={outcome.status} final_url={outcome.final_url or outcome.url}"
    return Reject(
        outcome.url,
        "fetch",
        outcome.error or "empty response",
        f"{detail} ({'retryable' if outcome.retryable else 'permanent'})",
        outcome.retryable,
    )


def _document(outcome: FetchOutcome) -> RawDocument:
    body = outcome.body or b""
    sha = outcome.sha256 or hashlib.sha256(body).hexdigest()
    return RawDocument(outcome.url, body, sha, len(body), None, outcome.encoding)


def origin_urls(docs: Iterable[ParsedDocument]) -> list[str]:
    """The distinct http(s) origin URLs that parsed wire items point at."""
    urls: dict[str, None] = {}
    for doc in docs:
        url = doc.metadata.get("origin_url")
        if isinstance(url, str) and is_url(url.strip()):
            urls[url.strip()] = None
    return list(urls)


def fetch_origins(
    urls: list[str], known: dict[str, SourceState], fetcher: HttpFetcher, raw: RawStore
) -> ReadResult:
    """Fetch the pages at origin_url; a 304 or unchanged page is read back from the raw store."""
    result = ReadResult()
    requests = []
    for url in urls:
        state = known.get(url)
        usable = state is not None and state.sha256 is not None and raw.has(state.sha256)
        if state is not None and state.status == "gone":
            continue
        requests.append(
            FetchRequest(
                url,
                state.etag if usable and state else None,
                state.last_modified if usable and state else None,
            )
        )
    for outcome in fetcher.fetch_many(requests):
        result.fetches.append(outcome)
        state = known.get(outcome.url)
        if outcome.not_modified and state is not None and state.sha256:
            data = raw.get(state.sha256)
            result.documents.append(
                RawDocument(outcome.url, data, state.sha256, len(data), None, outcome.encoding)
            )
            result.validators[outcome.url] = (state.etag, state.last_modified)
        elif outcome.error or outcome.body is None:
            # The wire item still loads from its own text; the failed page is on record.
            result.rejects.append(fetch_reject(outcome))
            gone = outcome.status in PERMANENT_STATUSES
            result.touches.append(
                SourceTouch(
                    SourceRef(outcome.url), None, "gone" if gone else "rejected", role="origin"
                )
            )
        else:
            result.documents.append(_document(outcome))
            result.validators[outcome.url] = (outcome.etag, outcome.last_modified)
    return result


class _ReadError(Exception):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


# What an input that is not a regular file is, for its reject: reading a FIFO waits for a
# writer forever, a device (/dev/zero, /dev/urandom) never ends.
_FILE_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)
# Bytes asked of the kernel per read: large enough that a 10 MB file takes a few calls.
_READ_CHUNK = 1 << 20


def _kind(mode: int) -> str:
    return next((name for is_kind, name in _FILE_KINDS if is_kind(mode)), "not a file")


def _not_regular(path: str, mode: int) -> _ReadError:
    """The reject of a special file: its kind, and where a symlink to it points."""
    link = f"a symlink to {os.path.realpath(path)}" if os.path.islink(path) else ""
    return _ReadError(f"not a regular file: {_kind(mode)}", link)


def _mode(path: str) -> int | None:
    try:
        return os.stat(path).st_mode
    except OSError:
        return None


def _read(ref: SourceRef) -> bytes:
    """The bytes of a regular file, at most MAX_FILE_BYTES; _ReadError for anything else.

    Opened without blocking (a FIFO with no writer would wait forever) and checked on the open
    file (fstat), so what is read is what was checked; read in chunks up to the cap, so a file
    that grows past it while being read is refused too.
    """
    try:
        fd = os.open(ref.uri, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        # ENXIO: a socket (or a device without a driver) cannot be opened at all.
        mode = _mode(ref.uri) if exc.errno == errno.ENXIO else None
        if mode is not None:
            raise _not_regular(ref.uri, mode) from None
        raise _open_error(exc) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _not_regular(ref.uri, st.st_mode)
        if st.st_size > MAX_FILE_BYTES:
            raise _ReadError("file too large", f"{st.st_size} bytes > {MAX_FILE_BYTES}")
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_FILE_BYTES and (chunk := os.read(fd, _READ_CHUNK)):
            chunks.append(chunk)
            size += len(chunk)
        if size > MAX_FILE_BYTES:
            raise _ReadError("file too large", f"more than {MAX_FILE_BYTES} bytes (it grew)")
        return b"".join(chunks)
    except OSError as exc:
        raise _open_error(exc) from None
    finally:
        os.close(fd)


def _open_error(exc: OSError) -> _ReadError:
    """An OSError of opening or reading a file, as a reject."""
    if isinstance(exc, FileNotFoundError):
        return _ReadError("unreadable file", "file disappeared before it was read")
    if isinstance(exc, PermissionError):
        return _ReadError("unreadable file", "permission denied")
    if isinstance(exc, IsADirectoryError):
        return _ReadError("unreadable file", "is a directory")
    return _ReadError("unreadable file", f"{type(exc).__name__}: {exc.strerror}")


def replay_batch(refs: list[SourceRef], known: dict[str, SourceState], raw: RawStore) -> ReadResult:
    """The offline reader: each input's last bytes from the raw store (for reprocess)."""
    result = ReadResult()
    for ref in refs:
        state = known.get(ref.uri)
        if state is None or state.sha256 is None or not raw.has(state.sha256):
            result.rejects.append(
                Reject(
                    ref.uri, "fetch", "raw document missing", "not in the raw store; re-ingest it"
                )
            )
            continue
        data = raw.get(state.sha256)
        result.documents.append(RawDocument(ref.uri, data, state.sha256, len(data), ref.mtime_ns))
        result.validators[ref.uri] = (state.etag, state.last_modified)
    return result


def replay_origins(urls: list[str], known: dict[str, SourceState], raw: RawStore) -> ReadResult:
    """The offline reader for origin pages: their last bytes from the raw store."""
    result = replay_batch([SourceRef(u) for u in urls if u in known], known, raw)
    result.rejects.clear()  # a wire item whose page was never fetched still loads on its own
    return result


class Reader(Protocol):
    """Where a run's bytes come from: the live inputs, or the raw store (reprocess)."""

    @property
    def force(self) -> bool:
        """True: rewrite every article even when its bytes are unchanged (new rules)."""
        ...

    def read(self, refs: list[SourceRef], known: dict[str, SourceState]) -> ReadResult:
        """The batch's inputs: documents to parse, unchanged inputs, rejects."""
        ...

    def origins(self, urls: list[str], known: dict[str, SourceState]) -> ReadResult:
        """The pages at the batch's origin URLs."""
        ...


@dataclass(frozen=True, slots=True)
class LiveReader:
    """Files from disk and URLs over HTTP; the bytes read land in the raw store at once."""

    fetcher: HttpFetcher
    raw: RawStore
    force: bool = False

    def read(self, refs: list[SourceRef], known: dict[str, SourceState]) -> ReadResult:
        """Read files, fetch URLs, skip unchanged inputs."""
        return read_batch(refs, known, self.fetcher, self.raw)

    def origins(self, urls: list[str], known: dict[str, SourceState]) -> ReadResult:
        """Fetch origin pages (conditional GET; a 304 reads the page from the raw store)."""
        return fetch_origins(urls, known, self.fetcher, self.raw)


@dataclass(frozen=True, slots=True)
class ReplayReader:
    """Each input's last bytes from the raw store: no file is read and no network is used."""

    raw: RawStore
    force: bool = True

    def read(self, refs: list[SourceRef], known: dict[str, SourceState]) -> ReadResult:
        """The inputs' last bytes."""
        return replay_batch(refs, known, self.raw)

    def origins(self, urls: list[str], known: dict[str, SourceState]) -> ReadResult:
        """The origin pages' last bytes (a page never fetched is simply absent)."""
        return replay_origins(urls, known, self.raw)
