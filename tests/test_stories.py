"""Stories: normalisation, sketches, assignment rules and the DuckDB index (real files).

Texts are invented by the benchmark corpus generator (its small vocabulary makes unrelated
texts share more shingles than real news does, so a pass here is conservative).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import numpy as np

from benchmarks.corpus import _Writer
from wirecopy.tasks.store import Store
from wirecopy.tasks.stories.assign import Assignment, Thresholds, similarity, story_id_for
from wirecopy.tasks.stories.index import BUCKETS, SKETCHES, StoryIndex, StoryInput, transaction
from wirecopy.tasks.stories.memory import MemoryIndex
from wirecopy.tasks.stories.sketch import jaccard, sketch, sketch_many
from wirecopy.tasks.stories.text import normalise, shingle_hashes

T0 = datetime(2026, 11, 20, 6, tzinfo=UTC)


def _text(i: int) -> str:
    return "\n\n".join(_Writer(15, i).paragraphs())


def _open(path: Path) -> duckdb.DuckDBPyConnection:
    """A migrated wirecopy database (story tables included)."""
    return Store.open(path).con


def _update(index: StoryIndex, items: list[StoryInput]) -> list[Assignment]:
    with transaction(index.con):
        return index.update(items).assignments


def _remove(index: StoryIndex, ids: list[str]) -> set[str]:
    with transaction(index.con):
        return index.remove(ids)


def _exact_jaccard(a: str, b: str) -> float:
    sa, sb = set(shingle_hashes(a).tolist()), set(shingle_hashes(b).tolist())
    return len(sa & sb) / len(sa | sb)


def test_normalise_folds_quotes_dashes_case_accents_and_widths() -> None:
    assert normalise("“Zürich’s” plan — AGAIN!") == normalise('"zurich\'s" plan - again')
    assert normalise("３日　ＡＢＣ") == "3日 abc"
    assert normalise("  a\n\n b\t") == "a b"


def test_spelling_and_name_edits_keep_most_shingles() -> None:
    base = _text(1)
    edited = base.replace("a", "A", 3) + " The United States criticised it."
    variant = base + " The US criticized it."
    assert _exact_jaccard(edited, variant) > 0.9
    assert _exact_jaccard(base, _text(2)) < 0.1


def test_signature_estimates_jaccard() -> None:
    a = _text(3)
    paras = a.split("\n\n")
    b = "\n\n".join([*paras[: len(paras) // 2], _Writer(15, 99).paragraph()])
    exact = _exact_jaccard(a, b)
    est = jaccard(sketch(a).full, sketch(b).full)
    assert abs(est - exact) < 0.12, (est, exact)


def test_trimmed_copy_and_update_match_but_other_story_does_not() -> None:
    text = _text(4)
    paras = text.split("\n\n")
    trimmed = "\n\n".join(paras[: max(2, len(paras) // 3)])
    update = text + "\n\n" + "\n\n".join(_Writer(15, 500 + k).paragraph() for k in range(4))
    s, th = sketch(text), Thresholds()
    assert similarity(s, sketch(trimmed)) >= th.threshold
    assert similarity(s, sketch(update)) >= th.threshold
    assert similarity(s, sketch(_text(5))) < th.threshold
    assert similarity(s, sketch(text.upper().replace('"', "“"))) == 1.0  # exact after folding


def test_roles_and_story_ids() -> None:
    index = MemoryIndex()
    text = _text(6)
    first = index.add("a", "wire.example", sketch(text))
    copy = index.add("b", "outlet.example", sketch("(Wire) -- " + text))
    update = index.add("c", "wire.example", sketch(text + "\n\n" + _Writer(15, 600).paragraph()))
    other = index.add("d", "wire.example", sketch(_text(7)))
    assert (first.role, copy.role, update.role, other.role) == (
        "original",
        "copy",
        "update",
        "original",
    )
    assert first.story_id == copy.story_id == update.story_id != other.story_id
    assert first.story_id == story_id_for("a", sketch(text))
    assert story_id_for("a", sketch(text), {first.story_id}) != first.story_id
    assert copy.matched == "a" and 0.5 < copy.first_similarity <= 1.0


def _items(n: int, copies: int = 2) -> list[StoryInput]:
    """n stories, each with `copies` later copies from other outlets (wire tag, trimmed)."""
    rng = random.Random(15)
    out = []
    for i in range(n):
        text = _text(100 + i)
        when = T0 + timedelta(minutes=10 * i)
        out.append(StoryInput(f"s{i}-0", text, "wire.example", when))
        for c in range(1, copies + 1):
            paras = text.split("\n\n")
            keep = paras[: max(2, int(len(paras) * rng.uniform(0.5, 1.0)))]
            copy = "(Wire) -- " + "\n\n".join(keep)
            out.append(StoryInput(f"s{i}-{c}", copy, f"o{c}.example", when + timedelta(hours=c)))
    return out


def test_index_matches_memory_oracle_across_batches(tmp_path: Path) -> None:
    items = _items(12)
    oracle = MemoryIndex()
    expected = {i.article_id: oracle.add(i.article_id, i.source, sketch(i.text)) for i in items}
    con = _open(tmp_path / "stories.duckdb")
    index = StoryIndex(con)
    got = _update(index, items[:10]) + _update(index, items[10:25]) + _update(index, items[25:])
    assert {g.article_id: g for g in got} == expected
    assert len({g.story_id for g in got}) == 12
    # Re-running the same articles changes nothing and writes nothing.
    before = con.execute(f"SELECT count(*) FROM {BUCKETS}").fetchall()
    again = _update(index, items)
    assert {g.article_id: g for g in again} == expected
    assert con.execute(f"SELECT count(*) FROM {BUCKETS}").fetchall() == before
    assert con.execute("SELECT count(*) FROM story_members").fetchall() == [(len(items),)]


def test_ids_stable_across_reopen_and_rebuild(tmp_path: Path) -> None:
    items = _items(5)
    path = tmp_path / "a.duckdb"
    first = _update(StoryIndex(_open(path)), items)
    rebuilt = _update(StoryIndex(_open(tmp_path / "b.duckdb")), items[::-1])
    assert [a.story_id for a in first] == [a.story_id for a in rebuilt]  # order by time, not input
    con = _open(path)
    late = StoryInput("late", items[0].text + "\n\nA late paragraph.", "o9.example", T0)
    (joined,) = _update(StoryIndex(con), [late])
    assert joined.story_id == first[0].story_id and joined.role == "copy"


def test_changed_article_stays_or_leaves(tmp_path: Path) -> None:
    items = _items(3)
    con = _open(tmp_path / "stories.duckdb")
    index = StoryIndex(con)
    before = {a.article_id: a for a in _update(index, items)}
    small = StoryInput("s0-1", items[1].text + "\n\nCorrection: a figure was wrong.", "o1.example")
    rewritten = StoryInput("s1-1", _text(900), "o1.example", T0)
    founder = StoryInput("s2-0", items[6].text + " A correction.", "wire.example", T0)
    after = {a.article_id: a for a in _update(index, [small, rewritten, founder])}
    assert after["s0-1"].story_id == before["s0-1"].story_id
    assert after["s1-1"].story_id != before["s1-1"].story_id  # left its story
    assert after["s1-1"].role == "original"
    assert after["s2-0"].story_id == before["s2-0"].story_id
    assert after["s2-0"].role == "original"  # a founder that still matches keeps its role
    rows = con.execute("SELECT count(*), count(DISTINCT article_id) FROM story_members").fetchall()
    assert rows == [(len(items), len(items))]


def test_founder_that_leaves_gets_a_new_id_and_the_story_keeps_its_own(tmp_path: Path) -> None:
    items = _items(2)
    index = StoryIndex(_open(tmp_path / "stories.duckdb"))
    before = {a.article_id: a for a in _update(index, items)}
    founder = before["s0-0"]
    (moved,) = _update(index, [StoryInput("s0-0", _text(901), "wire.example", T0)])
    assert moved.role == "original" and moved.story_id != founder.story_id
    (late,) = _update(index, [StoryInput("s0-9", items[1].text, "o9.example", T0)])
    assert late.story_id == founder.story_id  # the copies kept the old id
    assert _remove(index, ["s0-1", "s0-2", "nope"]) == {founder.story_id}
    (alone,) = _update(index, [StoryInput("s0-8", items[2].text, "o8.example")])
    assert alone.story_id == founder.story_id  # matches s0-9, still in the story
    # A removed founder that comes back with other text cannot reuse the id its story kept.
    assert _remove(index, ["s0-0"]) == {moved.story_id}
    (back,) = _update(index, [StoryInput("s0-0", _text(902), "wire.example", T0)])
    assert back.role == "original" and back.story_id not in {founder.story_id, moved.story_id}


def test_prune_drops_old_buckets_only(tmp_path: Path) -> None:
    con = _open(tmp_path / "stories.duckdb")
    index = StoryIndex(con)
    _update(index, _items(4))
    per_doc = con.execute(
        f"SELECT count(*) FROM {BUCKETS} WHERE doc = (SELECT min(doc) FROM {BUCKETS})"
    ).fetchall()[0][0]
    removed = index.prune(T0 + timedelta(minutes=15))  # the first two originals
    assert removed == 2 * per_doc
    docs = {d for (d,) in con.execute(f"SELECT DISTINCT doc FROM {BUCKETS}").fetchall()}
    old = {
        d
        for (d,) in con.execute(
            f"SELECT doc FROM {SKETCHES} WHERE published_at < $1", [T0 + timedelta(minutes=15)]
        ).fetchall()
    }
    assert old and not (docs & old)
    assert con.execute("SELECT count(*) FROM story_members").fetchall() == [(12,)]


def test_batch_sketches_equal_single_ones() -> None:
    texts = [_text(i) for i in range(30)] + ["", "abc", "x y", "Zürich ３日", "ab" * 5]
    for one, many in zip(map(sketch, texts), sketch_many(texts), strict=True):
        assert np.array_equal(one.full, many.full) and np.array_equal(one.lead, many.lead)
        assert np.array_equal(one.keys, many.keys)
        assert (one.n_shingles, one.exact) == (many.n_shingles, many.exact)


def test_empty_and_stub_bodies_are_stories_of_their_own(tmp_path: Path) -> None:
    con = _open(tmp_path / "stories.duckdb")
    stubs = [StoryInput(f"e{i}", "", "x.example") for i in range(3)]
    stubs += [
        StoryInput(f"s{i}", "Photo gallery: the week in pictures.", "x.example") for i in range(2)
    ]
    got = _update(StoryIndex(con), stubs)
    assert len({a.story_id for a in got}) == 5 and {a.role for a in got} == {"original"}
    assert con.execute(f"SELECT count(*) FROM {BUCKETS}").fetchall() == [(0,)]
    oracle = MemoryIndex()
    assert len({oracle.add(i.article_id, i.source, sketch(i.text)).story_id for i in stubs}) == 5


def test_empty_and_tiny_texts() -> None:
    empty = sketch("")
    assert empty.n_shingles == 0 and np.all(empty.full == empty.full[0])
    assert similarity(sketch("Short note."), sketch("Other note.")) < Thresholds().threshold
