"""Dashboard-ready views over the table contract, with a comment on every view and column.

The views are the surface for the data team and BI tools: dates are UTC calendar days whatever
the client's TimeZone, sums are BIGINT (not HUGEINT, which many BI drivers do not map) and
photo credits come split into agency and photographer (by the clean stage,
tasks/cleaning/credit_parts.py; the alias table is schemas/agencies.py, shown as v_agency_aliases).
`apply_views(con)` recreates them all (idempotent); the writer calls it from `Store.migrate()`,
and the published snapshot copies them.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from wirecopy.schemas.agencies import AGENCY_ALIASES

__all__ = ["AGENCY_ALIASES", "VIEWS", "VIEWS_BY_NAME", "View", "apply_views", "view_statements"]


@dataclass(frozen=True, slots=True)
class View:
    """One view: its name, what a row is, the SELECT and a description of every column."""

    name: str
    description: str
    sql: str
    columns: tuple[tuple[str, str], ...]


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _aliases_sql() -> str:
    rows = ",\n        ".join(f"({_quote(a)}, {_quote(b)})" for a, b in AGENCY_ALIASES)
    return f"SELECT alias, agency FROM (VALUES\n        {rows}\n    ) AS t(alias, agency)"


# Articles the data team may see: not withdrawn by their agency, and past any embargo (checked
# when the view is read, so an embargoed article appears by itself when its time comes).
_VISIBLE = (
    "NOT coalesce(a.withdrawn, false) "
    "AND (a.embargoed_until IS NULL OR a.embargoed_until <= current_timestamp)"
)
_HIDDEN = f"SELECT a.article_id FROM articles AS a WHERE NOT ({_VISIBLE})"
# UTC calendar day of a TIMESTAMPTZ, independent of the reading session's TimeZone setting.
_UTC_DAY = "CAST(timezone('UTC', {x}) AS DATE)"

_ARTICLES_SQL = f"""
SELECT
    a.article_id,
    a.publisher,
    a.wire,
    coalesce(a.publisher, a.wire, 'unknown') AS source,
    a.category,
    a.language,
    a.published_at,
    {_UTC_DAY.format(x="a.published_at")} AS published_date,
    a.title,
    a.word_count,
    coalesce(i.n_images, 0) AS n_images,
    coalesce(c.n_captions, 0) AS n_captions,
    a.first_seen_at,
    a.updated_at,
    a.run_id,
    a.origin_url,
    a.authors
FROM articles AS a
LEFT JOIN (SELECT article_id, count(*) AS n_images FROM images GROUP BY article_id) AS i
    ON i.article_id = a.article_id
LEFT JOIN (SELECT article_id, count(*) AS n_captions FROM captions GROUP BY article_id) AS c
    ON c.article_id = a.article_id
WHERE {_VISIBLE}
"""

_DAILY_VOLUME_SQL = """
SELECT
    published_date,
    publisher,
    wire,
    source,
    category,
    count(*) AS n_articles,
    CAST(coalesce(sum(word_count), 0) AS BIGINT) AS total_words,
    count(*) FILTER (WHERE n_images > 0) AS n_with_images
FROM v_articles
GROUP BY published_date, publisher, wire, source, category
"""

_PHOTO_CREDITS_SQL = f"""
WITH parts AS (
    SELECT
        article_id,
        position AS caption_position,
        caption_text,
        image_url,
        unnest(credit_parts) AS part,
        generate_subscripts(credit_parts, 1) - 1 AS credit_position
    FROM captions
)
SELECT
    p.article_id,
    p.caption_position,
    p.credit_position,
    a.publisher,
    a.source,
    a.published_date,
    p.part.credit AS credit,
    p.part.agency AS agency,
    coalesce(p.part.agency IN (SELECT agency FROM v_agency_aliases), false) AS agency_known,
    p.part.origin_agency AS origin_agency,
    p.part.photographer AS photographer,
    p.caption_text,
    p.image_url
FROM parts AS p
LEFT JOIN v_articles AS a ON a.article_id = p.article_id
WHERE p.article_id NOT IN ({_HIDDEN})
"""

_REMOVED_SQL = f"""
SELECT
    coalesce(a.published_date, {_UTC_DAY.format(x="a.first_seen_at")}) AS day,
    CASE WHEN a.published_date IS NULL THEN 'first_seen' ELSE 'published' END AS day_basis,
    a.publisher,
    a.source,
    r.kind,
    r.rule,
    count(*) AS n_fragments,
    count(DISTINCT r.article_id) AS n_articles,
    CAST(coalesce(sum(length(r.text)), 0) AS BIGINT) AS total_chars
FROM removed_fragments AS r
LEFT JOIN v_articles AS a ON a.article_id = r.article_id
WHERE r.article_id NOT IN ({_HIDDEN})
GROUP BY ALL
"""

# Visible story members with the time that orders a story's copies: published_at, else when
# wirecopy first saw the copy.
_MEMBERS_SQL = f"""
    SELECT
        m.story_id,
        m.article_id,
        m.role,
        m.similarity,
        a.publisher,
        a.wire,
        a.source,
        a.title,
        a.published_at,
        coalesce(a.published_at, a.first_seen_at) AS story_time,
        coalesce(a.published_date, {_UTC_DAY.format(x="a.first_seen_at")}) AS day
    FROM story_members AS m
    JOIN v_articles AS a ON a.article_id = m.article_id
"""

_STORIES_SQL = f"""
WITH m AS ({_MEMBERS_SQL}),
firsts AS (
    SELECT story_id, min(story_time) AS first_time, count(*) AS n FROM m GROUP BY story_id
)
SELECT
    m.day,
    count(*) AS n_articles,
    count(DISTINCT m.story_id) AS n_stories,
    count(DISTINCT m.story_id) FILTER (WHERE m.story_time = f.first_time) AS n_new_stories,
    count(DISTINCT m.story_id) FILTER (WHERE f.n > 1) AS n_shared_stories,
    count(*) FILTER (WHERE m.role = 'copy') AS n_copies,
    count(*) FILTER (WHERE m.role = 'update') AS n_updates,
    CAST(count(*) AS DOUBLE) / count(DISTINCT m.story_id) AS articles_per_story
FROM m
JOIN firsts AS f ON f.story_id = m.story_id
GROUP BY m.day
"""

_SYNDICATION_SQL = f"""
WITH m AS ({_MEMBERS_SQL}),
s AS (
    SELECT
        story_id,
        count(*) AS n_articles,
        count(DISTINCT source) AS n_sources,
        min(published_at) AS first_published_at,
        arg_min(article_id, (story_time, article_id)) AS first_article_id,
        arg_min(source, (story_time, article_id)) AS first_source,
        arg_min(title, (story_time, article_id)) AS headline,
        arg_min(wire, (story_time, article_id)) FILTER (WHERE wire IS NOT NULL) AS first_wire
    FROM m
    GROUP BY story_id
)
SELECT
    m.story_id,
    s.headline,
    coalesce(s.first_wire, s.first_source) AS agency,
    m.source AS outlet,
    m.article_id,
    m.publisher,
    m.wire,
    m.role,
    m.similarity,
    m.published_at,
    m.day,
    m.article_id = s.first_article_id AS is_first,
    s.first_article_id,
    s.first_published_at,
    (epoch(m.published_at) - epoch(s.first_published_at)) / 60.0 AS delay_minutes,
    s.n_articles,
    s.n_sources
FROM m
JOIN s ON s.story_id = m.story_id
WHERE s.n_articles > 1
"""

_RUN_HEALTH_SQL = """
SELECT
    run_id,
    started_at,
    finished_at,
    status,
    json_extract_string(params, '$.mode') AS mode,
    logical_date,
    n_seen,
    n_new,
    n_updated,
    n_unchanged,
    n_rejected,
    CASE WHEN n_seen > 0 THEN CAST(n_rejected AS DOUBLE) / n_seen END AS reject_ratio,
    epoch(finished_at) - epoch(started_at) AS duration_seconds,
    stage_seconds,
    TRY_CAST(json_extract_string(stage_seconds, '$.fetch') AS DOUBLE) AS fetch_seconds,
    TRY_CAST(json_extract_string(stage_seconds, '$.parse') AS DOUBLE) AS parse_seconds,
    TRY_CAST(json_extract_string(stage_seconds, '$.clean') AS DOUBLE) AS clean_seconds,
    TRY_CAST(json_extract_string(stage_seconds, '$.load') AS DOUBLE) AS load_seconds,
    TRY_CAST(json_extract_string(stage_seconds, '$.publish') AS DOUBLE) AS publish_seconds,
    rules_version,
    error,
    TRY_CAST(json_extract_string(stage_seconds, '$.stories') AS DOUBLE) AS stories_seconds
FROM runs
"""

_CHECKS_SQL = """
SELECT
    c.run_id,
    r.started_at,
    r.logical_date,
    r.status AS run_status,
    c.check_name,
    c.table_name,
    c.column_name,
    c.severity,
    c.status,
    c.observed,
    c.threshold,
    c.detail,
    c.checked_at,
    c.run_id = (SELECT run_id FROM checks ORDER BY checked_at DESC LIMIT 1) AS latest
FROM checks AS c
LEFT JOIN runs AS r ON r.run_id = c.run_id
"""

_ARTICLE = "Article (articles.article_id)."
_PUBLISHER = "Host of origin_url without www.; for an agency's own copy (no URL), the agency."
_SOURCE = "publisher, else the wire agency, else 'unknown'."
_CATEGORY = "Canonical category (lower case, see articles.category); NULL when none was given."

# In dependency order: a view is created after the views it reads.
VIEWS: tuple[View, ...] = (
    View(
        "v_agency_aliases",
        "Photo agency spellings (lower case, without a trailing 'photo'/'images') and the "
        "agency name captions and v_photo_credits report for them (schemas/agencies.py).",
        _aliases_sql(),
        (
            ("alias", "Lower-cased spelling in a credit, e.g. 'getty' for 'Getty Images'."),
            ("agency", "Normalised agency name, e.g. 'Getty Images'."),
        ),
    ),
    View(
        "v_articles",
        "One row per article with UTC dates and image/caption counts (no body text); "
        "withdrawn articles and embargoed ones (until their embargo ends) are left out.",
        _ARTICLES_SQL,
        (
            ("article_id", "Article id (articles.article_id)."),
            ("publisher", _PUBLISHER),
            ("wire", "Agency named by the wire tag, copyright line or byline (e.g. Bloomberg)."),
            ("source", _SOURCE),
            ("category", _CATEGORY),
            ("language", "Language code; NULL when the source gives none."),
            ("published_at", "Publication time (TIMESTAMPTZ, UTC); NULL when unknown."),
            ("published_date", "Calendar day of published_at in UTC; NULL when unknown."),
            ("title", "Headline."),
            ("word_count", "Words in the clean body text."),
            ("n_images", "Image links of the article (images rows)."),
            ("n_captions", "Photo captions of the article (captions rows)."),
            ("first_seen_at", "When wirecopy first loaded the article (UTC)."),
            ("updated_at", "When the article last changed (UTC): the last time it was seen new."),
            ("run_id", "Run that last changed the article (v_run_health.run_id)."),
            ("origin_url", "Original article URL; NULL for agency copy."),
            ("authors", "Author names in byline order; empty when unknown."),
        ),
    ),
    View(
        "v_daily_volume",
        "Articles and words per UTC publication day × publisher × wire × category.",
        _DAILY_VOLUME_SQL,
        (
            ("published_date", "UTC publication day; NULL groups the undated articles."),
            ("publisher", _PUBLISHER),
            ("wire", "Wire agency; NULL when none was named."),
            ("source", _SOURCE),
            ("category", _CATEGORY),
            ("n_articles", "Articles in the group."),
            ("total_words", "Sum of word_count in the group."),
            ("n_with_images", "Articles in the group with at least one image."),
        ),
    ),
    View(
        "v_photo_credits",
        "One row per photo credit of a caption, split into agency and photographer "
        "(captions.credit_parts). 'X via Getty Images' counts for Getty Images (the "
        "distributor), with X as origin_agency.",
        _PHOTO_CREDITS_SQL,
        (
            ("article_id", _ARTICLE),
            ("caption_position", "Caption's position within the article (captions.position)."),
            ("credit_position", "0-based order of this credit within the caption's credits."),
            ("publisher", _PUBLISHER),
            ("source", _SOURCE),
            ("published_date", "UTC publication day of the article; NULL when unknown."),
            ("credit", "The credit as stored (an element of captions.credits, or part of one)."),
            (
                "agency",
                "Agency the picture came from: named as in v_agency_aliases when known "
                "(Reuters, Getty Images, AP, …), else as written ('Alder Times'); NULL when "
                "the credit names only a photographer.",
            ),
            ("agency_known", "True when agency is a name from v_agency_aliases."),
            (
                "origin_agency",
                "Agency that took the photo when it is distributed by another "
                "('AFP via Getty Images' → AFP); else NULL.",
            ),
            (
                "photographer",
                "Photographer(s) named in the credit ('REUTERS/Jane Doe' → Jane Doe, "
                "'Ana Sato/Alder Times' → Ana Sato), several joined by '; '; NULL when none.",
            ),
            ("caption_text", "Caption text with the credit removed."),
            ("image_url", "URL of the captioned image; NULL when no image is linked."),
        ),
    ),
    View(
        "v_removed",
        "Boilerplate removed by the cleaning rules per day × publisher × kind × rule.",
        _REMOVED_SQL,
        (
            (
                "day",
                "UTC publication day of the article, else the UTC day it was first seen.",
            ),
            ("day_basis", "'published' or 'first_seen': which date gave the day."),
            ("publisher", _PUBLISHER),
            ("source", _SOURCE),
            ("kind", "What was removed: ad, promo, related, copyright, caption, wire_tag, …"),
            ("rule", "Name of the cleaning rule that removed it."),
            ("n_fragments", "Fragments removed."),
            ("n_articles", "Articles they were removed from."),
            ("total_chars", "Characters removed (each fragment is stored up to 2,000)."),
        ),
    ),
    View(
        "v_stories",
        "Stories against articles per UTC day: how many distinct stories the day's articles "
        "tell, how many started that day, and copies per story. Withdrawn and embargoed copies "
        "are left out (as in v_articles).",
        _STORIES_SQL,
        (
            (
                "day",
                "UTC publication day of the articles, else the UTC day they were first seen.",
            ),
            ("n_articles", "Articles of the day."),
            ("n_stories", "Distinct stories among them (story_members.story_id)."),
            ("n_new_stories", "Stories whose earliest visible copy is of this day."),
            ("n_shared_stories", "Stories of the day with more than one visible copy (any day)."),
            ("n_copies", "Articles of the day that are copies of an earlier outlet's story."),
            ("n_updates", "Articles of the day that re-file their own source's story."),
            ("articles_per_story", "n_articles / n_stories."),
        ),
    ),
    View(
        "v_syndication",
        "Which outlets ran which agency's story, and how long after its first copy: one row "
        "per visible article of a story with at least two visible copies.",
        _SYNDICATION_SQL,
        (
            ("story_id", "Story (stories.story_id)."),
            ("headline", "Headline of the story's earliest visible copy."),
            (
                "agency",
                "Whose story it is: the wire named by its earliest copy that names one, else "
                "the publisher (else wire) of its earliest copy.",
            ),
            ("outlet", "Who ran this copy: " + _SOURCE),
            ("article_id", _ARTICLE),
            ("publisher", _PUBLISHER),
            ("wire", "Wire agency named by this copy; NULL when none."),
            ("role", "original, copy or update (story_members.role)."),
            ("similarity", "Similarity of this copy to the story's original (0.30–1)."),
            ("published_at", "Publication time of this copy (UTC); NULL when unknown."),
            ("day", "UTC publication day of this copy, else the UTC day it was first seen."),
            (
                "is_first",
                "True for the story's earliest visible copy (by published_at, else first seen).",
            ),
            ("first_article_id", "The story's earliest visible copy (articles.article_id)."),
            (
                "first_published_at",
                "Earliest publication time of a visible copy (UTC); NULL when none is dated.",
            ),
            (
                "delay_minutes",
                "Minutes from first_published_at to this copy's publication; NULL when this "
                "copy is undated.",
            ),
            ("n_articles", "Visible copies of the story."),
            ("n_sources", "Distinct outlets (publisher, else wire) among them."),
        ),
    ),
    View(
        "v_run_health",
        "One row per ingest run: outcome counts, reject ratio and timings.",
        _RUN_HEALTH_SQL,
        (
            ("run_id", "Run id (Prefect flow-run id when orchestrated)."),
            ("started_at", "Start time (UTC)."),
            ("finished_at", "End time (UTC); NULL while running or when the process died."),
            ("status", "running, completed, failed or aborted."),
            ("mode", "local (in-process) or prefect (orchestrated)."),
            ("logical_date", "The date the run is for."),
            ("n_seen", "Inputs seen."),
            ("n_new", "Inputs that created a new article."),
            ("n_updated", "Inputs that changed an existing article."),
            ("n_unchanged", "Inputs whose content was already loaded."),
            ("n_rejected", "Inputs rejected (see the rejects table)."),
            ("reject_ratio", "n_rejected / n_seen; NULL when nothing was seen."),
            ("duration_seconds", "finished_at - started_at in seconds; NULL while running."),
            ("stage_seconds", "Seconds per stage as JSON: fetch, parse, clean, load, publish."),
            ("fetch_seconds", "Seconds spent fetching (from stage_seconds)."),
            ("parse_seconds", "Seconds spent parsing (from stage_seconds)."),
            ("clean_seconds", "Seconds spent cleaning (from stage_seconds)."),
            ("load_seconds", "Seconds spent loading (from stage_seconds)."),
            ("publish_seconds", "Seconds spent publishing the snapshot (from stage_seconds)."),
            ("rules_version", "Version of the cleaning rules the run used."),
            ("error", "Why the run failed (systemic error or quality gate); else NULL."),
            (
                "stories_seconds",
                "Seconds of the story step in the main process (from stage_seconds; part of "
                "load_seconds, plus the index's preparation at the run's start).",
            ),
        ),
    ),
    View(
        "v_checks",
        "One row per run × data check (the checks table with its run), newest run flagged.",
        _CHECKS_SQL,
        (
            ("run_id", "Run that ran the check."),
            ("started_at", "When that run started (UTC)."),
            ("logical_date", "The date that run was for."),
            ("run_status", "Outcome of the run: completed, failed, running or aborted."),
            ("check_name", "Check name (tasks/checks.py)."),
            ("table_name", "Table or view the check reads."),
            ("column_name", "Column or expression checked; NULL for table checks."),
            ("severity", "'error' (fails the quality gate) or 'warn' (reported only)."),
            ("status", "pass, warn, fail or skip."),
            ("observed", "What was measured (failing rows, hours, ratio)."),
            ("threshold", "What passes, e.g. '<= 0'."),
            ("detail", "What the check tests and, on failure, an example."),
            ("checked_at", "When the check ran (UTC)."),
            ("latest", "True for the checks of the newest run that ran checks."),
        ),
    ),
)

VIEWS_BY_NAME = {v.name: v for v in VIEWS}


def view_statements() -> list[str]:
    """CREATE OR REPLACE VIEW and COMMENT ON statements for every view, in dependency order."""
    statements: list[str] = []
    for view in VIEWS:
        statements.append(f"CREATE OR REPLACE VIEW {view.name} AS {view.sql.strip()}")
        statements.append(f"COMMENT ON VIEW {view.name} IS {_quote(view.description)}")
        statements.extend(
            f"COMMENT ON COLUMN {view.name}.{column} IS {_quote(description)}"
            for column, description in view.columns
        )
    return statements


def apply_views(con: duckdb.DuckDBPyConnection) -> None:
    """Create or replace every view with its comments, in one transaction (idempotent)."""
    con.execute("BEGIN")
    try:
        for statement in view_statements():
            con.execute(statement)
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
