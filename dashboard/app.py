"""Starter wirecopy dashboard (Streamlit) over the published, read-only snapshot.

Run it with `wirecopy dashboard`, or `WIRECOPY_SNAPSHOT=data/wirecopy.published.duckdb streamlit
run dashboard/app.py`. Every query opens the snapshot read-only and closes it again: no connection
outlives a query, so the loader can swap in a new snapshot at any time.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import streamlit as st

NO_DATA = "No data yet"
# Rows shown in the article table; the search narrows it down.
ARTICLE_LIMIT = 200


def snapshot_from_env(argv: list[str]) -> Path | None:
    """The snapshot to read: $WIRECOPY_SNAPSHOT, else the first script argument."""
    value = os.environ.get("WIRECOPY_SNAPSHOT") or (argv[1] if len(argv) > 1 else "")
    return Path(value).expanduser() if value else None


def query(path: Path, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
    """Run one query on a fresh read-only connection and return the result as a DataFrame."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        con.execute("SET TimeZone='UTC'")
        cursor = con.execute(sql, params or [])
        columns = [d[0] for d in cursor.description or []]
        # Built from rows, not .df(): duckdb's pandas bridge warns under pandas 3.1.
        return pd.DataFrame(cursor.fetchall(), columns=columns)
    finally:
        con.close()


def no_data(what: str) -> None:
    """The placeholder a panel shows when the snapshot has nothing for it yet."""
    st.info(f"{NO_DATA}: {what}.")


def header(path: Path) -> None:
    """Title, snapshot age and headline numbers."""
    st.title("wirecopy")
    written = datetime.fromtimestamp(path.stat().st_mtime, UTC).strftime("%Y-%m-%d %H:%M UTC")
    st.caption(f"Published snapshot `{path}` · written {written}")
    totals = query(
        path,
        "SELECT (SELECT count(*) FROM v_articles) AS articles, "
        "(SELECT count(DISTINCT source) FROM v_articles) AS sources, "
        "(SELECT count(*) FROM v_photo_credits) AS photo_credits, "
        "(SELECT count(*) FROM v_run_health) AS runs",
    ).iloc[0]
    cols = st.columns(4)
    for col, (label, value) in zip(cols, totals.items(), strict=True):
        col.metric(label.replace("_", " "), int(value))


def daily_volume(path: Path) -> None:
    """Articles per UTC publication day by source (publisher, else wire)."""
    st.subheader("Articles per day by publisher")
    df = query(
        path,
        "SELECT published_date, source, sum(n_articles)::BIGINT AS articles FROM v_daily_volume "
        "WHERE published_date IS NOT NULL GROUP BY ALL ORDER BY published_date",
    )
    undated = query(path, "SELECT count(*) AS n FROM v_articles WHERE published_date IS NULL").iloc[
        0, 0
    ]
    if df.empty:
        no_data("no dated articles")
    else:
        st.bar_chart(df, x="published_date", y="articles", color="source")
    if undated:
        st.caption(f"{int(undated)} article(s) without a publication date are not shown.")


def stories(path: Path) -> None:
    """Stories against articles per day, the most syndicated stories, and who runs whose."""
    st.subheader("Stories")
    daily = query(
        path,
        "SELECT day, n_articles AS articles, n_stories AS stories FROM v_stories "
        "WHERE day IS NOT NULL ORDER BY day",
    )
    if daily.empty:
        no_data("no stories")
        return
    totals = query(
        path,
        "SELECT count(*) AS articles, count(DISTINCT story_id) AS stories, "
        "(SELECT count(DISTINCT story_id) FROM v_syndication) AS shared "
        "FROM story_members JOIN v_articles USING (article_id)",
    ).iloc[0]
    st.caption(
        f"{int(totals['articles'])} articles tell {int(totals['stories'])} stories; "
        f"{int(totals['shared'])} of them ran more than once (copies, updates)."
    )
    # Bars, not a line: days without articles are gaps, not a slope drawn between two dates.
    st.bar_chart(daily, x="day", y=["articles", "stories"], stack=False)
    top = query(
        path,
        "SELECT headline, agency, count(*) AS copies, count(DISTINCT outlet) AS outlets, "
        "min(first_published_at) AS first_published_at, "
        "median(delay_minutes) FILTER (WHERE NOT is_first) AS median_delay_minutes, "
        "string_agg(DISTINCT outlet, ', ' ORDER BY outlet) AS outlet_list "
        "FROM v_syndication GROUP BY story_id, headline, agency "
        "ORDER BY outlets DESC, copies DESC, first_published_at DESC NULLS LAST LIMIT 20",
    )
    st.markdown("**Most syndicated stories**")
    if top.empty:
        no_data("no story ran more than once")
        return
    st.dataframe(top, hide_index=True)
    runs_of = query(
        path,
        "SELECT agency, outlet, count(DISTINCT story_id) AS stories_run, "
        "median(delay_minutes) AS median_delay_minutes FROM v_syndication "
        "WHERE NOT is_first GROUP BY ALL ORDER BY stories_run DESC, agency, outlet LIMIT 20",
    )
    st.markdown("**Who runs whose stories** (delay from the first copy)")
    st.dataframe(runs_of, hide_index=True)


def category_mix(path: Path) -> None:
    """Articles per category (canonical: one value per category, see articles.category)."""
    st.subheader("Category mix")
    df = query(
        path,
        "SELECT coalesce(category, '(none)') AS category, count(*) AS articles FROM v_articles "
        "GROUP BY ALL ORDER BY articles DESC, category",
    )
    if df.empty:
        no_data("no articles")
        return
    st.bar_chart(df, x="category", y="articles", horizontal=True)


def photo_credits(path: Path) -> None:
    """Top photo agencies with how many photographers each credits, and the top photographers."""
    st.subheader("Top photo credits by agency")
    df = query(
        path,
        "SELECT coalesce(agency, '(photographer only)') AS agency, count(*) AS photos, "
        "count(DISTINCT article_id) AS articles, count(DISTINCT photographer) AS photographers, "
        "bool_or(agency_known) AS known_agency "
        "FROM v_photo_credits GROUP BY ALL ORDER BY photos DESC, agency LIMIT 20",
    )
    if df.empty:
        no_data("no photo credits")
        return
    st.bar_chart(df, x="agency", y="photos", horizontal=True)
    st.dataframe(df, hide_index=True)
    people = query(
        path,
        "SELECT photographer, count(*) AS photos, mode(agency) AS usual_agency "
        "FROM v_photo_credits WHERE photographer IS NOT NULL "
        "GROUP BY photographer ORDER BY photos DESC, photographer LIMIT 20",
    )
    st.markdown("**Top photographers**")
    if people.empty:
        no_data("no credit names a photographer")
    else:
        st.dataframe(people, hide_index=True)


def removed(path: Path) -> None:
    """Boilerplate the cleaning rules removed, per source and kind."""
    st.subheader("Boilerplate removed per source")
    df = query(
        path,
        "SELECT source, kind, sum(n_fragments)::BIGINT AS fragments, "
        "sum(total_chars)::BIGINT AS characters FROM v_removed GROUP BY ALL "
        "ORDER BY characters DESC, source, kind",
    )
    if df.empty:
        no_data("nothing removed")
        return
    st.bar_chart(df, x="source", y="characters", color="kind", horizontal=True)
    st.dataframe(df, hide_index=True)


def runs(path: Path) -> None:
    """The latest runs with their reject ratio, and the latest rejected inputs."""
    st.subheader("Latest runs")
    df = query(
        path,
        "SELECT run_id, started_at, status, mode, n_seen, n_new, n_updated, n_unchanged, "
        "n_rejected, reject_ratio, duration_seconds, rules_version FROM v_run_health "
        "ORDER BY started_at DESC LIMIT 20",
    )
    if df.empty:
        no_data("no runs")
    else:
        st.dataframe(
            df,
            hide_index=True,
            column_config={
                "reject_ratio": st.column_config.NumberColumn(format="percent"),
                "duration_seconds": st.column_config.NumberColumn(format="%.2f s"),
            },
        )
    st.subheader("Latest rejects")
    rejects = query(
        path,
        "SELECT rejected_at, run_id, stage, reason, source_uri, detail FROM rejects "
        "ORDER BY rejected_at DESC LIMIT 50",
    )
    if rejects.empty:
        no_data("no rejected inputs")
    else:
        st.dataframe(rejects, hide_index=True)


# Failed checks first, then warnings; skipped and passed checks last.
_CHECK_ORDER = "CASE status WHEN 'fail' THEN 0 WHEN 'warn' THEN 1 WHEN 'skip' THEN 2 ELSE 3 END"


def data_checks(path: Path) -> None:
    """The data checks of the newest checked run, failures first, and the warnings per run."""
    st.subheader("Data checks")
    df = query(
        path,
        "SELECT status, check_name, table_name, severity, observed, threshold, detail, run_id "
        f"FROM v_checks WHERE latest ORDER BY {_CHECK_ORDER}, check_name",
    )
    if df.empty:
        no_data("no run has checked the data")
        return
    counts = df["status"].value_counts()
    summary = " · ".join(
        f"{int(counts[s])} {s}" for s in ("fail", "warn", "skip", "pass") if s in counts
    )
    st.caption(f"Run `{df['run_id'].iloc[0]}`: {summary}. Error checks that fail stop publishing.")
    st.dataframe(df.drop(columns="run_id"), hide_index=True)


def articles(path: Path) -> None:
    """Searchable article table, with the captions and images of the selected article."""
    st.subheader("Articles")
    needle = st.text_input("Search titles", key="search", placeholder="words in the headline")
    df = query(
        path,
        "SELECT article_id, published_at, source, category, title, word_count, n_images, "
        "n_captions FROM v_articles WHERE contains(lower(coalesce(title, '')), lower(?)) "
        f"ORDER BY published_at DESC NULLS LAST, article_id LIMIT {ARTICLE_LIMIT}",
        [needle.strip()],
    )
    if df.empty:
        no_data(
            f"no article title contains {needle.strip()!r}" if needle.strip() else "no articles"
        )
        return
    st.dataframe(df, hide_index=True)
    titles = dict(zip(df["article_id"], df["title"].fillna("(untitled)"), strict=True))
    article_id = st.selectbox(
        "Article", list(titles), format_func=lambda a: f"{titles[a]} ({a})", key="article"
    )
    if article_id is None:
        return
    captions = query(
        path,
        "SELECT position, caption_text, credit, image_url FROM captions WHERE article_id = ? "
        "ORDER BY position",
        [article_id],
    )
    st.markdown("**Captions**")
    if captions.empty:
        no_data("this article has no captions")
    else:
        st.dataframe(captions, hide_index=True)
    images = query(
        path,
        "SELECT position, role, url AS preview, url, alt_text FROM images WHERE article_id = ? "
        "ORDER BY position",
        [article_id],
    )
    st.markdown("**Images**")
    if images.empty:
        no_data("this article has no images")
    else:
        # The browser loads the thumbnails from the publisher; the server fetches nothing.
        st.dataframe(
            images,
            hide_index=True,
            column_config={
                "preview": st.column_config.ImageColumn("preview"),
                "url": st.column_config.LinkColumn("url"),
            },
        )


PANELS = (daily_volume, stories, category_mix, photo_credits, removed, runs, data_checks, articles)


def main() -> None:
    """Render every panel from the snapshot, or one clear message when there is none."""
    st.set_page_config(page_title="wirecopy", layout="wide")
    path = snapshot_from_env(sys.argv)
    if path is None or not path.exists():
        st.error(
            f"No published snapshot {'at ' + str(path) if path else 'given'}: set "
            "WIRECOPY_SNAPSHOT or start it with `wirecopy dashboard --db FILE`."
        )
        st.stop()
        return
    try:
        has_views = not query(
            path, "SELECT 1 FROM duckdb_views() WHERE view_name = 'v_run_health'"
        ).empty
    except duckdb.Error as exc:
        st.error(f"Cannot read {path}: {str(exc).splitlines()[0]}")
        st.stop()
        return
    if not has_views:
        st.error(f"{path} has no analytics views: publish it with this version of wirecopy.")
        st.stop()
        return
    header(path)
    for panel in PANELS:
        panel(path)


main()
