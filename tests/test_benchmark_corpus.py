"""The benchmark corpus generator: valid documents of each shape that ingest without rejects.

Small N and no timing assertions: the benchmark itself is benchmarks/pipeline.py.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from benchmarks.corpus import HTML_PAGE_CHARS, generate, iter_documents, modify
from tests.conftest import SHARED
from wirecopy.flows.pipeline import run_ingest
from wirecopy.tasks.parse import decode_text, detect_format

N = 12


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twelve generated documents (four of each shape)."""
    root = tmp_path_factory.mktemp("corpus")
    generate(root, N, seed=7)
    return root


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_shapes_are_balanced_and_detected_by_content(corpus_dir: Path) -> None:
    """Equal thirds; each file's content is detected as the shape it was generated as."""
    generated = list(iter_documents(N, seed=7))
    assert Counter(shape for shape, _, _ in generated) == {"markdown": 4, "text": 4, "html": 4}
    for shape, rel, _ in generated:
        path = corpus_dir / rel
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", path.parent.name), "nested day directories"
        assert detect_format(decode_text(path.read_bytes())) == shape, rel


def test_sizes_are_realistic(corpus_dir: Path) -> None:
    """Wire copy is a few KB; HTML pages carry publisher markup of 20-60 KB."""
    for path in _files(corpus_dir):
        size = path.stat().st_size
        if path.suffix == ".html":
            assert HTML_PAGE_CHARS[0] <= size <= HTML_PAGE_CHARS[1] * 1.1, path.name
        else:
            assert 2_000 <= size <= 12_000, path.name


def test_generation_is_deterministic(tmp_path: Path) -> None:
    """Same seed, same bytes; document i does not depend on N."""
    a = [t for _, _, t in iter_documents(6, seed=3)]
    b = [t for _, _, t in iter_documents(9, seed=3)][:6]
    assert a == b
    assert a != [t for _, _, t in iter_documents(6, seed=4)]


def test_corpus_ingests_without_rejects(corpus_dir: Path, tmp_path: Path) -> None:
    """Every document becomes an article, with captions, credits and removed boilerplate."""
    db = tmp_path / "bench.duckdb"
    summary = run_ingest([str(corpus_dir)], str(db))
    assert (summary.counts.new, summary.counts.rejected) == (N, 0)
    con = duckdb.connect(str(db), read_only=True)
    try:
        kinds = {
            k for (k,) in con.execute("SELECT DISTINCT kind FROM removed_fragments").fetchall()
        }
        credits = con.execute("SELECT count(*) FROM captions WHERE credit IS NOT NULL").fetchone()
        wires = con.execute("SELECT count(*) FROM articles WHERE wire IS NOT NULL").fetchone()
    finally:
        con.close()
    assert {"ad", "related", "promo", "copyright", "wire_tag", "caption"} <= kinds
    assert credits is not None and credits[0] > 0
    assert wires is not None and wires[0] >= 2 * N // 3


def test_modified_files_are_picked_up(tmp_path: Path) -> None:
    """modify() changes every tenth file; the next run loads exactly those again."""
    root = tmp_path / "corpus"
    generate(root, N, seed=7)
    db = tmp_path / "bench.duckdb"
    run_ingest([str(root)], str(db))
    changed = modify(root, 0.1, seed=7)
    assert len(changed) == 2  # files 0 and 10 of 12, in sorted order
    counts = run_ingest([str(root)], str(db)).counts
    assert (counts.new + counts.updated, counts.rejected) == (len(changed), 0)
    assert counts.unchanged == N - len(changed)


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="shared corpus absent")
def test_real_pages_repeat_the_corpus_as_distinct_articles(tmp_path: Path) -> None:
    from benchmarks.real_pages import corpus_pages, write_pages

    pages = corpus_pages()
    n = len(pages) + 3
    assert write_pages(tmp_path, n) == n
    repeated = sorted(tmp_path.glob("*-1.html"))
    assert len(repeated) == 3
    first = gzip.decompress(pages[0].read_bytes()).decode("utf-8", errors="replace")
    copy = repeated[0].read_text(encoding="utf-8")
    assert copy != first and "?copy=1" in copy  # its own canonical URL, so its own article
