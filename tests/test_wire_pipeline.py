"""Wire files through the whole pipeline (`run_ingest`) into a real DuckDB file.

Every format of our fixtures and the IPTC's wire-dev examples; versions (v2 then v1), kills,
embargoes, multi-item files, re-runs, hostile XML beside a good file, link-only feeds fetched
from a real local HTTP server.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import rows
from tests.http_server import (  # noqa: F401 (the fixtures register by being imported)
    Reply,
    ScriptedServer,
    http_server_fixture,
    make_http_server_fixture,
)
from tests.wire_helpers import WIRE_DEV, WIRE_FIXTURES, needs_wire_dev
from wirecopy.flows.pipeline import QualityGateError, RunSummary, run_ingest, run_reprocess
from wirecopy.tasks.http.fetcher import FetchSettings
from wirecopy.tasks.publish import snapshot_path

# Markup or JSON that must never reach a text column: tags, escaped tags, JSON objects.
MARKUP = re.compile(
    r"<\s*/?\s*[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>|&lt;\s*/?[A-Za-z]|\{\s*\"[\w@$]+\"\s*:"
)
# UTF-8 read as Latin-1/cp1252 ("Ã©", "â€™") or replacement characters: mojibake.
MOJIBAKE = re.compile(r"Ã[\x80-\xbf©¨§¢ª«¹¼½¾¶]|â€|Â[\xa0-\xbf]|\ufffd")
TEXT_SQL = "SELECT article_id, title, description, body_text FROM articles"


def ingest(sources: list[Path | str], db: Path, **kwargs: Any) -> RunSummary:
    """One run into db: rejects allowed (some fixtures are hostile on purpose), no snapshot."""
    kwargs.setdefault("max_reject_ratio", 1.0)
    kwargs.setdefault("publish", False)
    return run_ingest([str(s) for s in sources], str(db), **kwargs)


def counts(summary: RunSummary) -> tuple[int, int, int, int, int]:
    """(seen, new, updated, unchanged, rejected) of a run."""
    c = summary.counts
    return (c.seen, c.new, c.updated, c.unchanged, c.rejected)


def by_file(db: Path, sql: str) -> dict[str, list[tuple[Any, ...]]]:
    """Rows of `sql` (first column a source_uri) grouped by file name."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for uri, *rest in rows(db, sql):
        out.setdefault(Path(uri).name, []).append(tuple(rest))
    return out


def assert_clean_text(db: Path) -> None:
    """No markup, JSON or mojibake in any text column of any article."""
    for article_id, *texts in rows(db, TEXT_SQL):
        for text in texts:
            if text:
                assert not MARKUP.search(text), (article_id, MARKUP.search(text))
                assert not MOJIBAKE.search(text), (article_id, MOJIBAKE.search(text))


# -- our fixtures: every format, hostile XML beside good files ---------------------------------

# File → (article id, headline) of each item it holds, in file order.
FIXTURE_ARTICLES: dict[str, list[tuple[str, str]]] = {
    "anpa_harbour_budget.txt": [
        (
            "AP:BC-Harbour-Budget:2024-11-20",
            "Harbourton council approves ferry budget after late-night vote",
        )
    ],
    "atom_full.xml": [
        ("tag:northwind.example,2024:bridge-repairs", "Bridge repairs finish early"),
        ("tag:northwind.example,2024:school-choir", "School choir to sing at the cathedral"),
    ],
    "iptc7901_lawinen.txt": [
        ("dpa:Wetter/Alpen/Lawinen/:2024-11-21", "Lawinenwarnstufe in Tirol auf vier erhöht")
    ],
    "newsml1_afp_style.xml": [
        (
            "urn:newsml:northwind.example:20241120:EXP-ORCHARD-77",
            "Late frost spares most of the valley's apple orchards",
        )
    ],
    "newsml_g2_escaped_html.xml": [
        ("tag:northwind.example,2024:bakery", "Village bakery wins national sourdough prize")
    ],
    "newsml_g2_kill.xml": [
        ("urn:newsml:northwind.example:20241119:quarry", "KILL - Quarry expansion story withdrawn")
    ],
    "newsml_g2_message.xml": [
        (
            "urn:newsml:northwind.example:20241120:lighthouse",
            "Island lighthouse relit after 40 years in the dark",
        )
    ],
    "newsml_g2_misdeclared.xml": [
        ("urn:newsml:aen.example:20240412:marche", "Le marché de Noël déménage près de l'église")
    ],
    "ninjs_envelope.json": [
        ("urn:ninjs:northwind.example:ferry-strike", "Ferry crews vote to strike over rota changes")
    ],
    "ninjs_list_v3.json": [
        ("http://northwind.example/text/glacier-museum", "Gletschermuseum öffnet im Frühjahr"),
        (
            "http://northwind.example/text/glacier-museum-correction",
            "Gletschermuseum: Meldung zurückgezogen",
        ),
    ],
    "nitf_30_latin1.xml": [
        (
            "Agence Évian Nouvelles:EVN-7781",
            "Festival d'été: la ville dévoile sa programmation",
        )
    ],
    "nitf_36_embargo.xml": [("NWA:NWA-20241120-0042", "Tidal turbine array to power coastal town")],
    "rss_full.xml": [("news.example.org:nwa-seals-1119", "Harbour seals return to the estuary")],
}
FIXTURE_REJECTS = {
    "hostile_billion_laughs.xml": ("parse", "unsafe XML: entity declarations"),
    "hostile_xxe.xml": ("parse", "unsafe XML: entity declarations"),
    "rss_links.xml": (
        "clean",
        "link-only feed entry (its page is fetched with --fetch-origin)",
    ),
    "unsupported_config.json": ("parse", "unsupported format: JSON object"),
    "unsupported_sitemap.xml": ("parse", "unsupported format: urlset"),
}


@pytest.fixture(scope="module")
def fixtures_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, RunSummary]:
    """Every fixture loaded once (the hostile ones beside the good ones)."""
    db = tmp_path_factory.mktemp("wire") / "wirecopy.duckdb"
    return db, ingest([WIRE_FIXTURES], db)


def test_every_fixture_is_loaded_or_rejected_per_input(
    fixtures_db: tuple[Path, RunSummary],
) -> None:
    db, summary = fixtures_db
    n_files = len(list(WIRE_FIXTURES.iterdir()))
    assert n_files == len(FIXTURE_ARTICLES) + len(FIXTURE_REJECTS)
    # Counts are per input: a file of two items is one new input.
    assert counts(summary) == (n_files, len(FIXTURE_ARTICLES), 0, 0, len(FIXTURE_REJECTS))
    got = by_file(db, "SELECT source_uri, article_id, title FROM articles ORDER BY article_id")
    assert got == {name: sorted(items) for name, items in FIXTURE_ARTICLES.items()}
    rejects = by_file(db, "SELECT source_uri, stage, reason FROM rejects")
    assert rejects == {name: [reason] for name, reason in FIXTURE_REJECTS.items()}
    sources = by_file(db, "SELECT source_uri, status, article_ids FROM sources")
    for name, items in FIXTURE_ARTICLES.items():
        assert sources[name] == [("loaded", [aid for aid, _ in items])]
    for name in FIXTURE_REJECTS:
        assert sources[name] == [("rejected", None)]


def test_fixture_fields_land_in_the_contract(fixtures_db: tuple[Path, RunSummary]) -> None:
    db, _ = fixtures_db
    [lighthouse] = rows(
        db,
        "SELECT wire, language, category, authors, published_at, modified_at, description, "
        "wire_version, version_created, pub_status, withdrawn, metadata FROM articles "
        "WHERE article_id = 'urn:newsml:northwind.example:20241120:lighthouse'",
    )
    wire, lang, category, authors, published, modified, summary, version, created = lighthouse[:9]
    assert (wire, lang, category, authors) == (
        "Northwind Agency",
        "en-GB",
        "maritime transport",
        ["Rhona MacAulay"],
    )
    assert published.isoformat() == "2024-11-20T05:40:00+00:00"
    assert modified.isoformat() == created.isoformat() == "2024-11-20T07:58:00+00:00"
    assert summary == "A restored lamp shone from the Skerryvane light on Tuesday night."
    assert (version, lighthouse[9], lighthouse[10]) == ("3", "usable", False)
    meta = json.loads(lighthouse[11])
    assert meta["slugline"] == "UK-LIGHTHOUSE/RESTORATION"
    assert meta["urgency"] == 4
    assert meta["subjects"] == [{"code": "medtop:20000297", "name": "maritime transport"}]
    assert meta["ed_note"] == "Updates with keeper's quote in paragraph 3."
    assert meta["signals"] == ["sig:update"] and meta["wire_format"] == "newsml-g2"
    # The video of the same message is accounted for in the article's metadata.
    assert [(s["item_class"], s["item_id"]) for s in meta["skipped_items"]] == [
        ("video", "urn:newsml:northwind.example:20241120:lighthouse-video")
    ]
    # The picture tied by the package is the article's image, caption and credit split.
    assert rows(
        db,
        "SELECT i.url, i.role, c.caption_text, c.credits FROM images i JOIN captions c "
        "USING (article_id) WHERE article_id = 'urn:newsml:northwind.example:20241120:lighthouse'",
    ) == [
        (
            "https://img.example.org/nwa/skerryvane-hires.jpg",
            "lead",
            "The Skerryvane lighthouse lamp is lit for the first time since 1984.",
            ["NWA/Eilidh Grant"],
        )
    ]
    # The dateline paragraph is kept as sent (the provider is known; it is not a wire tag).
    [(body,)] = rows(
        db,
        "SELECT body_text FROM articles WHERE article_id = ?",
        ["urn:newsml:northwind.example:20241120:lighthouse"],
    )
    assert body.startswith("SKERRYVANE, Scotland (NWA) - The lamp of the Skerryvane lighthouse")
    assert body.endswith("said Alasdair Munro, 81, the last keeper.")


def test_no_markup_json_or_mojibake_reaches_the_tables(
    fixtures_db: tuple[Path, RunSummary],
) -> None:
    db, _ = fixtures_db
    assert_clean_text(db)
    # The file that declares ISO-8859-1 but holds UTF-8 reads right.
    [(title, authors)] = rows(
        db,
        "SELECT title, authors FROM articles WHERE article_id = ?",
        ["urn:newsml:aen.example:20240412:marche"],
    )
    assert (title, authors) == ("Le marché de Noël déménage près de l'église", ["Hélène Dœuvre"])


def test_rerun_of_the_same_files_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(WIRE_FIXTURES, folder)
    db = tmp_path / "wirecopy.duckdb"
    ingest([folder], db)
    tables = ["articles", "images", "captions", "removed_fragments"]
    before = {t: sorted(map(repr, rows(db, f"SELECT * FROM {t}"))) for t in tables}
    sources = sorted(rows(db, "SELECT source_uri, sha256, article_ids, status FROM sources"))
    n_files = len(FIXTURE_ARTICLES) + len(FIXTURE_REJECTS)

    again = ingest([folder], db)
    # The rejected files are settled too (same bytes, same rules), except the link-only feed,
    # which waits for a run with --fetch-origin and is tried again.
    assert counts(again) == (n_files, 0, 0, n_files - 1, 1)
    # Touched but identical (a multi-item file re-delivered): still unchanged, nothing written.
    os.utime(folder / "atom_full.xml", ns=(1, 1))
    touched = ingest([folder / "atom_full.xml"], db)
    assert counts(touched) == (1, 0, 0, 1, 0)
    assert {t: sorted(map(repr, rows(db, f"SELECT * FROM {t}"))) for t in tables} == before
    assert sorted(rows(db, "SELECT source_uri, sha256, article_ids, status FROM sources")) == (
        sources
    )


@needs_wire_dev
def test_every_wire_dev_file_is_accounted_for(tmp_path: Path) -> None:
    db = tmp_path / "wirecopy.duckdb"
    summary = ingest([WIRE_DEV], db)
    files = sorted(p.name for p in WIRE_DEV.iterdir() if p.is_file())
    assert summary.counts.seen == len(files)
    outcome = by_file(db, "SELECT source_uri, status FROM sources WHERE role = 'input'")
    assert all(len(v) == 1 and v[0][0] in ("loaded", "rejected") for v in outcome.values())
    assert sorted(outcome) == files
    loaded = {name for name, [(status,)] in outcome.items() if status == "loaded"}
    rejected = by_file(db, "SELECT source_uri, reason FROM rejects")
    assert loaded.isdisjoint(rejected)
    assert set(outcome) == loaded | set(rejected)
    # Every reject names what the file is: a non-article class, an unknown root, an empty item.
    reasons = {reason for [(reason,)] in rejected.values()}
    known = re.compile(r"^(not an article: .+|unsupported format: .+|wire item has no body)$")
    assert all(known.match(r) for r in reasons), reasons
    assert_clean_text(db)
    # Text items of every family are loaded with a headline.
    formats = rows(
        db,
        "SELECT json_extract_string(metadata, '$.wire_format') f, count(*), "
        "count(*) FILTER (WHERE title IS NOT NULL AND title <> '') FROM articles GROUP BY f",
    )
    assert {f for f, _, _ in formats} >= {"newsml-g2", "newsml1", "ninjs"}
    assert sum(n for _, n, _ in formats) >= 20
    titled = sum(t for _, _, t in formats) / sum(n for _, n, _ in formats)
    assert titled >= 0.9, formats


# -- versions, kills, embargoes ------------------------------------------------------------------

GUID = "urn:newsml:test.example:20241120:harbour"


def g2_item(
    version: int,
    created: str,
    headline: str,
    paragraphs: list[str],
    *,
    status: str = "usable",
    embargoed: str | None = None,
    guid: str = GUID,
    picture: bool = False,
) -> bytes:
    """An invented NewsML-G2 text item (with a tied picture in a newsMessage when asked)."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    embargo = f"<embargoed>{embargoed}</embargoed>" if embargoed else ""
    text = f"""<newsItem guid="{guid}" version="{version}" standard="NewsML-G2" xml:lang="en">
  <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:TWA"/>
    <versionCreated>{created}</versionCreated><firstCreated>2024-11-20T06:00:00Z</firstCreated>
    <pubStatus qcode="stat:{status}"/>{embargo}</itemMeta>
  <contentMeta><headline>{headline}</headline><by>By Ida Strand</by></contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml">
    <html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>
  </inlineXML></contentSet>
</newsItem>"""
    if not picture:
        xml = text.replace("<newsItem ", '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" ')
        return f'<?xml version="1.0" encoding="UTF-8"?>\n{xml}'.encode()
    photo = f"""<newsItem guid="{guid}-photo" version="1" standard="NewsML-G2">
  <itemMeta><itemClass qcode="ninat:picture"/><versionCreated>{created}</versionCreated>
    <pubStatus qcode="stat:usable"/></itemMeta>
  <contentMeta><creditline>TWA/Per Lund</creditline>
    <description role="drol:caption">Cranes over the harbour on Wednesday.</description>
  </contentMeta>
  <contentSet><remoteContent rendition="rnd:highRes" href="https://img.test.example/cranes.jpg"
    contenttype="image/jpeg"/></contentSet>
</newsItem>"""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>'
        f"{text}{photo}</itemSet></newsMessage>"
    ).encode()


V1 = ("2024-11-20T08:00:00Z", "Harbour cranes arrive", ["Two cranes arrived on Wednesday."])
V2 = (
    "2024-11-20T09:30:00Z",
    "Harbour cranes arrive, work starts Monday",
    ["Two cranes arrived on Wednesday.", "Work on the new quay starts on Monday."],
)
ARTICLE = "SELECT title, wire_version, withdrawn, pub_status, body_text FROM articles"


def write(folder: Path, name: str, data: bytes) -> Path:
    """Write one input file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def test_an_older_version_never_overwrites_a_newer_one(tmp_path: Path) -> None:
    db = tmp_path / "wirecopy.duckdb"
    v2 = write(tmp_path / "in", "a-v2.xml", g2_item(2, *V2))
    v1 = write(tmp_path / "in", "b-v1.xml", g2_item(1, *V1))
    assert counts(ingest([v2], db)) == (1, 1, 0, 0, 0)
    loaded = rows(db, ARTICLE)
    assert loaded == [(V2[1], "2", False, "usable", "\n\n".join(V2[2]))]

    # v1 arrives later: accounted for (loaded input, same article) but never written.
    assert counts(ingest([v1], db)) == (1, 0, 0, 1, 0)
    assert rows(db, ARTICLE) == loaded
    assert rows(db, "SELECT source_uri, article_ids FROM sources ORDER BY 1") == [
        (str(v2), [GUID]),
        (str(v1), [GUID]),
    ]
    # Reprocessing replays both inputs with the current rules: v2 still wins.
    run_reprocess(str(db), publish=False)
    assert rows(db, ARTICLE) == loaded


def test_the_newest_version_in_one_batch_wins_whatever_the_order(tmp_path: Path) -> None:
    db = tmp_path / "wirecopy.duckdb"
    # File order puts v2 first and v1 last: arrival order would keep v1.
    folder = tmp_path / "in"
    write(folder, "a-v2.xml", g2_item(2, *V2))
    write(folder, "b-v1.xml", g2_item(1, *V1))
    assert counts(ingest([folder], db)) == (2, 1, 0, 1, 0)
    assert rows(db, "SELECT title, wire_version FROM articles") == [(V2[1], "2")]
    # A newer version later updates it.
    write(folder, "c-v3.xml", g2_item(3, "2024-11-20T11:00:00Z", "Cranes at work", V2[2]))
    assert counts(ingest([folder], db)) == (3, 0, 1, 2, 0)
    assert rows(db, "SELECT title, wire_version FROM articles") == [("Cranes at work", "3")]


def test_a_kill_withdraws_the_story_and_keeps_it(tmp_path: Path) -> None:
    db = tmp_path / "wirecopy.duckdb"
    folder = tmp_path / "in"
    write(folder, "a-v1.xml", g2_item(1, *V1, picture=True))
    ingest([folder], db, publish=True)
    snapshot = snapshot_path(db)
    assert rows(snapshot, "SELECT title FROM v_articles") == [(V1[1],)]
    assert rows(snapshot, "SELECT credit FROM v_photo_credits") == [("TWA/Per Lund",)]

    kill = g2_item(
        2,
        "2024-11-20T12:00:00Z",
        "KILL - harbour cranes story",
        ["This story has been withdrawn."],
        status="canceled",
    )
    write(folder, "b-kill.xml", kill)
    assert counts(ingest([folder], db, publish=True)) == (2, 0, 1, 1, 0)
    # The row stays with the story's text and picture; its status and version change.
    assert rows(db, ARTICLE) == [(V1[1], "2", True, "canceled", V1[2][0])]
    assert rows(db, "SELECT count(*) FROM images") == [(1,)]
    [(meta,)] = rows(db, "SELECT metadata FROM articles")
    assert json.loads(meta)["withdrawal"]["notice"] == "This story has been withdrawn."
    # Views (and so the dashboard) leave it out, with its photo credits.
    assert rows(snapshot, "SELECT count(*) FROM v_articles") == [(0,)]
    assert rows(snapshot, "SELECT count(*) FROM v_photo_credits") == [(0,)]
    assert rows(snapshot, "SELECT count(*) FROM v_daily_volume") == [(0,)]

    # The original v1 delivered again later is older than the kill: still withdrawn.
    write(folder, "c-v1-again.xml", g2_item(1, *V1, picture=True) + b"\n")
    ingest([folder], db)
    assert rows(db, "SELECT withdrawn, wire_version FROM articles") == [(True, "2")]


def test_a_kill_seen_first_is_loaded_withdrawn(tmp_path: Path) -> None:
    db = tmp_path / "wirecopy.duckdb"
    kill = g2_item(5, "2024-11-20T12:00:00Z", "KILL", [], status="canceled")
    assert counts(ingest([write(tmp_path, "kill.xml", kill)], db)) == (1, 1, 0, 0, 0)
    assert rows(db, ARTICLE) == [("KILL", "5", True, "canceled", "")]


def test_a_withheld_item_is_hidden_until_a_usable_version_releases_it(tmp_path: Path) -> None:
    db = tmp_path / "wirecopy.duckdb"
    folder = tmp_path / "in"
    write(folder, "a-v1.xml", g2_item(1, *V1, status="withheld"))
    ingest([folder], db, publish=True)
    assert rows(db, ARTICLE) == [(V1[1], "1", True, "withheld", V1[2][0])]
    assert rows(snapshot_path(db), "SELECT count(*) FROM v_articles") == [(0,)]
    # Withheld is not a kill: a later version's text replaces it, and it is released.
    write(folder, "b-v2.xml", g2_item(2, *V2))
    ingest([folder], db, publish=True)
    assert rows(db, ARTICLE) == [(V2[1], "2", False, "usable", "\n\n".join(V2[2]))]
    assert rows(snapshot_path(db), "SELECT title FROM v_articles") == [(V2[1],)]


def test_embargoed_articles_are_hidden_until_their_time(tmp_path: Path) -> None:
    db = tmp_path / "wirecopy.duckdb"
    folder = tmp_path / "in"
    write(
        folder, "future.xml", g2_item(1, *V1, guid="urn:t:future", embargoed="2099-01-01T00:00:00Z")
    )
    write(folder, "past.xml", g2_item(1, *V2, guid="urn:t:past", embargoed="2001-01-01T00:00:00Z"))
    ingest([folder], db, publish=True)
    assert sorted(rows(db, "SELECT article_id, embargoed_until FROM articles")) == [
        ("urn:t:future", rows(db, "SELECT TIMESTAMPTZ '2099-01-01 00:00:00+00'")[0][0]),
        ("urn:t:past", rows(db, "SELECT TIMESTAMPTZ '2001-01-01 00:00:00+00'")[0][0]),
    ]
    snapshot = snapshot_path(db)
    assert rows(snapshot, "SELECT article_id FROM v_articles") == [("urn:t:past",)]


# -- multi-item files ----------------------------------------------------------------------------


def test_items_of_a_feed_stay_when_they_roll_off_it(tmp_path: Path) -> None:
    db = tmp_path / "wirecopy.duckdb"
    feed = tmp_path / "feed.xml"
    source = (WIRE_FIXTURES / "atom_full.xml").read_text(encoding="utf-8")
    feed.write_text(source, encoding="utf-8")
    ingest([feed], db)
    # The next fetch of the feed holds only the second entry (the first rolled off).
    first = source.index("<entry>")
    second = source.index("<entry>", first + 1)
    feed.write_text(source[:first] + source[second:], encoding="utf-8")
    assert counts(ingest([feed], db)) == (1, 0, 1, 0, 0)
    assert rows(db, "SELECT count(*) FROM articles") == [(2,)]
    assert rows(db, "SELECT article_ids FROM sources") == [
        (["tag:northwind.example,2024:school-choir"],)
    ]


def test_item_failures_in_a_loaded_file_are_noted_not_rejected(tmp_path: Path) -> None:
    db = tmp_path / "wirecopy.duckdb"
    good = g2_item(1, *V1).decode().split("\n", 1)[1]
    empty = g2_item(1, "2024-11-20T08:00:00Z", "Headline only", [], guid="urn:t:empty")
    empty_item = empty.decode().split("\n", 1)[1]
    ns = 'xmlns="http://iptc.org/std/nar/2006-10-01/" '
    message = (
        f"<newsMessage {ns}><itemSet>{good.replace(ns, '')}{empty_item.replace(ns, '')}"
        "</itemSet></newsMessage>"
    )
    path = write(tmp_path, "message.xml", message.encode())
    assert counts(ingest([path], db)) == (1, 1, 0, 0, 0)
    [(meta,)] = rows(db, "SELECT metadata FROM articles")
    assert json.loads(meta)["skipped_items"] == [
        {"item": "item urn:t:empty", "stage": "clean", "reason": "wire item has no body"}
    ]
    assert rows(db, "SELECT count(*) FROM rejects") == [(0,)]


# -- link-only feeds: their pages are fetched (--fetch-origin) -----------------------------------

PAGE = """<!DOCTYPE html><html lang="en"><head><title>{title}</title>
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{title}",
"datePublished": "2024-11-19T10:00:00Z", "author": {{"@type": "Person", "name": "Ola Vik"}}}}
</script></head><body><article><h1>{title}</h1>
<p>{first} said on Tuesday, after a long meeting of the harbour board in the town hall.</p>
<p>The board will publish its full plan for the northern quay early next year.</p>
</article></body></html>"""


def test_link_only_feed_pages_are_fetched_with_fetch_origin(
    http_server: ScriptedServer, tmp_path: Path
) -> None:
    for n, title in ((1, "Quay plan approved"), (2, "Ferry timetable changes")):
        page = PAGE.format(title=title, first=f"Story {n}: the harbour master")
        http_server.route(f"/news/{n}", Reply(body=page.encode(), etag=f'"p{n}"'))
    items = "".join(
        f"<item><title>Teaser {n}</title><link>{http_server.url(f'/news/{n}')}</link>"
        f"<description>Short teaser {n}.</description></item>"
        for n in (1, 2)
    )
    feed = write(
        tmp_path, "links.xml", f'<rss version="2.0"><channel>{items}</channel></rss>'.encode()
    )
    settings = FetchSettings(retries=0, respect_robots=False, allow_hosts=frozenset({"127.0.0.1"}))

    db = tmp_path / "wirecopy.duckdb"
    # Without --fetch-origin the feed yields no article: a reject, and the run fails its gate.
    with pytest.raises(QualityGateError):
        ingest([feed], db, fetch_settings=settings)
    assert rows(db, "SELECT reason FROM rejects") == [
        ("link-only feed entry (its page is fetched with --fetch-origin)",)
    ]

    summary = ingest([feed], db, fetch_settings=settings, fetch_origin=True)
    assert counts(summary) == (1, 1, 0, 0, 0)
    got = rows(db, "SELECT origin_url, title, authors, body_text FROM articles ORDER BY origin_url")
    assert [(u, t, a) for u, t, a, _ in got] == [
        (http_server.url("/news/1"), "Quay plan approved", ["Ola Vik"]),
        (http_server.url("/news/2"), "Ferry timetable changes", ["Ola Vik"]),
    ]
    assert got[0][3].startswith("Story 1: the harbour master said on Tuesday")
    # Keyed by URL, as the same page given as a URL input would be; pages kept as origins.
    assert all(aid.startswith("url-") for (aid,) in rows(db, "SELECT article_id FROM articles"))
    assert rows(db, "SELECT count(*) FROM sources WHERE role = 'origin'") == [(2,)]


def test_a_by_line_opening_a_wire_body_without_a_byline_field_gives_the_authors() -> None:
    # A feed's full text or an ANPA story carries its byline as the body's first line.
    from wirecopy.schemas.records import RawDocument
    from wirecopy.tasks.clean import clean_document
    from wirecopy.tasks.parse import parse_input

    feed = (
        "<rss version='2.0'><channel><title>News</title><item><title>Cold storage</title>"
        "<link>https://agency.example/news/1</link><description><![CDATA[<p>By Joan Dela Cruz</p>"
        "<p>ILOILO CITY – The department turned over 12 cold storage units on Wednesday.</p>"
        "<p>Each unit keeps two tonnes of fish.</p><p>The units cost PHP48 million.</p>]]>"
        "</description></item></channel></rss>"
    ).encode()
    (doc,) = parse_input(RawDocument("file:///feed.xml", feed, "0" * 64, len(feed)))
    article = clean_document(doc)
    assert article.authors == ["Joan Dela Cruz"]
    assert article.body_text.startswith("ILOILO CITY – The department")
