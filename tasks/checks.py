"""Data checks after every load, the way dbt tests and source freshness work.

Checks are named data (`CHECKS`): a dbt-style test (unique, not_null, relationships,
accepted_values, expression) on a table or view, with a severity and a reason; two more read the
run itself (freshness of the newest article, volume of new articles against earlier runs). Each
run records every result in the `checks` table; a failed `error` check fails the quality gate
(tasks/runs.py), a failed `warn` check is reported. `wirecopy dbt-sources` writes the same tests
for dbt (flows/dbt_sources.py).
"""

from __future__ import annotations

from dataclasses import astuple, dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

import duckdb

from wirecopy.schemas.agencies import AGENCY_NAMES
from wirecopy.tasks.errors import rollback

Severity = Literal["error", "warn"]
Status = Literal["pass", "warn", "fail", "skip"]
TestKind = Literal[
    "unique", "not_null", "relationships", "accepted_values", "expression", "freshness", "volume"
]

# A nightly feed delivers every day: the newest article is at most this old (a day and a half
# leaves room for a late run and a quiet Sunday).
FRESHNESS_HOURS = 36
# Clocks and time zones slip: a publication time up to a day ahead is tolerated (embargoes).
FUTURE_TOLERANCE = "INTERVAL 1 DAY"
# Older dates are parsing errors (a year read as 1900, an epoch of 0), not news.
EARLIEST_PUBLISHED = "1990-01-01"
# New articles of a run against the median of the last runs: a feed that halves twice or
# quadruples is worth a look. Fewer earlier runs than VOLUME_MIN_RUNS: not enough to judge.
VOLUME_RUNS = 7
VOLUME_MIN_RUNS = 3
VOLUME_BOUNDS = (0.25, 4.0)

# The rules version of the newest run (the one being checked): rows made by older rules are
# judged by the rules_version check, not by checks of the current rules' guarantees.
CURRENT_RULES = "rules_version = (SELECT rules_version FROM runs ORDER BY started_at DESC LIMIT 1)"
# The canonical category form (tasks/cleaning/canonical.py): lower case, trimmed, single spaces,
# no '&'.
CATEGORY_FORM = (
    "category IS NULL OR (category = lower(category) AND category = trim(category) "
    "AND NOT regexp_matches(category, '\\s\\s|&'))"
)
# BCP 47 in canonical case: en, en-US, zh-Hant-TW, es-419.
LANGUAGE_FORM = (
    "language IS NULL OR regexp_full_match(language, "
    "'[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-[0-9]{3})?(-[a-z0-9]{1,8})*')"
)
# Spellings that name a known agency (an alias, or a name in another case).
KNOWN_AGENCY_SPELLING = (
    "lower(agency) IN (SELECT alias FROM v_agency_aliases "
    "UNION ALL SELECT lower(agency) FROM v_agency_aliases)"
)


@dataclass(frozen=True, slots=True)
class Check:
    """One named check: what it tests, on which table, how bad a failure is, and why."""

    name: str
    table: str
    test: TestKind
    why: str
    column: str | None = None
    severity: Severity = "error"
    # Only rows matching this SQL condition are tested (dbt's `where` config).
    where: str | None = None
    # relationships: the parent "table.column"; accepted_values: the values.
    to: str | None = None
    values: tuple[str, ...] = ()
    # expression: a condition every row must meet.
    expression: str | None = None
    # Failing rows allowed before the check fails.
    max_failing: int = 0


def _unique(table: str, column: str, why: str) -> Check:
    return Check(f"{table}_key_unique", table, "unique", why, column)


def _child(table: str) -> Check:
    return Check(
        f"{table}_article_exists",
        table,
        "relationships",
        "a child row without its article is lost from every join",
        "article_id",
        to="articles.article_id",
    )


CHECKS: tuple[Check, ...] = (
    # Keys: unique and present (the tables' primary keys say so; the data must too).
    _unique("articles", "article_id", "one row per article: dashboards count and join by it"),
    Check(
        "articles_article_id_not_null",
        "articles",
        "not_null",
        "an article without an id cannot be linked",
        "article_id",
    ),
    _unique("images", "article_id || '/' || position", "one image per article and position"),
    _unique("captions", "article_id || '/' || position", "one caption per article and position"),
    _unique("removed_fragments", "article_id || '/' || position", "one fragment per position"),
    _unique("runs", "run_id", "one row per run"),
    _unique("sources", "source_uri", "one bookkeeping row per input"),
    # Child rows reference an article.
    _child("images"),
    _child("captions"),
    _child("removed_fragments"),
    Check(
        "sources_article_exists",
        "sources",
        "relationships",
        "a loaded input whose article is gone is a lost row (the stable-id guarantee)",
        "article_id",
        where="status = 'loaded'",
        to="articles.article_id",
    ),
    # Stories: every article in exactly one story, every member and story real.
    _unique("stories", "story_id", "one row per story: story counts join by it"),
    _unique("story_members", "article_id", "an article belongs to one story"),
    _child("story_members"),
    Check(
        "story_members_story_exists",
        "story_members",
        "relationships",
        "a member of a story without its stories row is lost from story counts",
        "story_id",
        to="stories.story_id",
    ),
    Check(
        "stories_have_members",
        "stories",
        "relationships",
        "a story without members counts a story that no article tells",
        "story_id",
        to="story_members.story_id",
    ),
    Check(
        "articles_in_a_story",
        "articles",
        "relationships",
        "an article outside every story is missing from stories-per-day and syndication",
        "article_id",
        to="story_members.article_id",
    ),
    Check(
        "story_members_role_known",
        "story_members",
        "accepted_values",
        "roles are what the dashboards filter on",
        "role",
        values=("original", "copy", "update"),
    ),
    # Accepted values.
    Check(
        "articles_category_canonical",
        "articles",
        "expression",
        "one value per category: the chart shows one bar per category",
        "category",
        where=CURRENT_RULES,
        expression=CATEGORY_FORM,
    ),
    Check(
        "photo_credits_agency_canonical",
        "v_photo_credits",
        "accepted_values",
        "a known agency is counted under one name (v_agency_aliases)",
        "agency",
        where=KNOWN_AGENCY_SPELLING,
        values=AGENCY_NAMES,
    ),
    Check(
        "articles_language_iso",
        "articles",
        "expression",
        "language filters need ISO codes; a source may give a name instead",
        "language",
        severity="warn",
        expression=LANGUAGE_FORM,
    ),
    Check(
        "articles_published_at_not_future",
        "articles",
        "expression",
        "a publication time in the future is a time zone or parsing error",
        "published_at",
        severity="warn",
        expression=f"published_at IS NULL OR published_at <= now() + {FUTURE_TOLERANCE}",
    ),
    Check(
        "articles_published_at_after_1990",
        "articles",
        "expression",
        "a publication time before 1990 is a parsing error",
        "published_at",
        severity="warn",
        expression=f"published_at IS NULL OR published_at >= TIMESTAMPTZ '{EARLIEST_PUBLISHED}'",
    ),
    Check(
        "articles_rules_current",
        "articles",
        "expression",
        "rows made by older cleaning rules lack newer fixes: run `wirecopy reprocess`",
        "rules_version",
        severity="warn",
        expression=CURRENT_RULES,
    ),
    Check(
        "removed_fragments_repeat_evidence",
        "removed_fragments",
        "expression",
        "a line removed by repetition carries how often its source repeats it: the audit",
        "seen_docs",
        where="rule = 'repeated-line'",
        expression="seen_docs IS NOT NULL AND seen_docs BETWEEN 1 AND source_docs",
    ),
    # The run itself.
    Check(
        "articles_freshness",
        "articles",
        "freshness",
        f"the nightly feed delivers daily: the newest article is under {FRESHNESS_HOURS} h old",
        "published_at",
        severity="warn",
    ),
    Check(
        "runs_volume",
        "runs",
        "volume",
        "new articles far from the median of the last runs: a feed stalled or flooded",
        "n_new",
        severity="warn",
    ),
)

CHECKS_BY_NAME = {c.name: c for c in CHECKS}


@dataclass(frozen=True, slots=True)
class CheckRun:
    """What the checks need to know about the run being checked."""

    run_id: str
    logical_date: date
    new: int
    command: str = "ingest"


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The outcome of one check in one run (a `checks` row)."""

    check: str
    table: str
    column: str | None
    severity: Severity
    status: Status
    observed: float | None
    threshold: str
    detail: str


def _and_where(check: Check) -> str:
    return f" AND ({check.where})" if check.where else ""


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def failing_rows_sql(check: Check) -> str:
    """SQL for a row test: (failing rows or keys, one example value).

    >>> failing_rows_sql(CHECKS_BY_NAME["articles_article_id_not_null"])
    'SELECT count(*), NULL FROM articles WHERE article_id IS NULL'
    """
    col, table, where = check.column, check.table, _and_where(check)
    if check.test == "unique":
        return (
            f"SELECT count(*), any_value(k) FROM (SELECT {col} AS k FROM {table} WHERE TRUE"
            f"{where} GROUP BY k HAVING count(*) > 1 AND k IS NOT NULL)"
        )
    if check.test == "not_null":
        return f"SELECT count(*), NULL FROM {table} WHERE {col} IS NULL{where}"
    if check.test == "relationships":
        parent, key = (check.to or "").split(".")
        return (
            f"SELECT count(*), any_value(c.{col}) FROM {table} AS c WHERE c.{col} IS NOT NULL"
            f"{where} AND NOT EXISTS (SELECT 1 FROM {parent} AS p WHERE p.{key} = c.{col})"
        )
    if check.test == "accepted_values":
        values = ", ".join(_sql_literal(v) for v in check.values)
        return (
            f"SELECT count(*), any_value({col}) FROM {table} "
            f"WHERE {col} IS NOT NULL AND {col} NOT IN ({values}){where}"
        )
    if check.test == "expression":
        example = col or "NULL"
        return (
            f"SELECT count(*), any_value({example}) FROM {table} "
            f"WHERE NOT ({check.expression}){where}"
        )
    raise ValueError(f"{check.name}: {check.test} is not a row test")


_FRESHNESS_SQL = """
WITH ref AS (
    SELECT least(now(), CAST(CAST($logical_date AS DATE) + INTERVAL 1 DAY AS TIMESTAMPTZ)) AS t
)
SELECT epoch((SELECT t FROM ref) - max(published_at)) / 3600.0, max(published_at)
FROM articles WHERE published_at <= (SELECT t FROM ref)
"""

_VOLUME_SQL = f"""
SELECT median(n_new), count(*) FROM (
    SELECT n_new FROM runs
    WHERE run_id <> $run_id AND status = 'completed'
      AND json_extract_string(params, '$.command') = 'ingest'
    ORDER BY started_at DESC LIMIT {VOLUME_RUNS}
)
"""


def _status(check: Check, passed: bool | None) -> Status:
    if passed is None:
        return "skip"
    if passed:
        return "pass"
    return "fail" if check.severity == "error" else "warn"


def _result(
    check: Check, passed: bool | None, observed: float | None, threshold: str, detail: str
) -> CheckResult:
    """The check's outcome as its `checks` row."""
    status = _status(check, passed)
    return CheckResult(
        check.name, check.table, check.column, check.severity, status, observed, threshold, detail
    )


def _row_check(con: duckdb.DuckDBPyConnection, check: Check) -> CheckResult:
    failing, example = con.execute(failing_rows_sql(check)).fetchone() or (0, None)
    passed = failing <= check.max_failing
    detail = check.why
    if not passed:
        detail = f"{failing} failing row(s), e.g. {example!r}: {check.why}"
    return _result(check, passed, float(failing), f"<= {check.max_failing}", detail)


def _freshness(con: duckdb.DuckDBPyConnection, check: Check, run: CheckRun) -> CheckResult:
    hours, newest = con.execute(_FRESHNESS_SQL, {"logical_date": run.logical_date}).fetchone() or (
        None,
        None,
    )
    passed = hours is not None and hours <= FRESHNESS_HOURS
    detail = (
        f"newest article published {newest:%Y-%m-%d %H:%M} UTC, {hours:.0f} h old "
        f"(expected within {FRESHNESS_HOURS} h)"
        if newest is not None and hours is not None
        else "no dated article"
    )
    return _result(
        check,
        passed,
        None if hours is None else round(float(hours), 2),
        f"<= {FRESHNESS_HOURS} h",
        detail,
    )


def _volume(con: duckdb.DuckDBPyConnection, check: Check, run: CheckRun) -> CheckResult:
    low, high = VOLUME_BOUNDS
    median, runs = con.execute(_VOLUME_SQL, {"run_id": run.run_id}).fetchone() or (None, 0)
    ratio: float | None = None
    passed: bool | None = None
    if run.command != "ingest":
        detail = f"not an ingest run ({run.command})"
    elif runs < VOLUME_MIN_RUNS or not median:
        detail = f"{runs} earlier ingest run(s) with a median of {median or 0} new: too few"
    else:
        ratio = run.new / float(median)
        passed = low <= ratio <= high
        detail = f"{run.new} new against a median of {median:g} over {runs} earlier runs"
    return _result(
        check,
        passed,
        None if ratio is None else round(ratio, 3),
        f">= {low:g} and <= {high:g}",
        f"{detail}: {check.why}",
    )


def run_check(con: duckdb.DuckDBPyConnection, check: Check, run: CheckRun) -> CheckResult:
    """Run one check on the database."""
    if check.test == "freshness":
        return _freshness(con, check, run)
    if check.test == "volume":
        return _volume(con, check, run)
    return _row_check(con, check)


def run_checks(
    con: duckdb.DuckDBPyConnection, run: CheckRun, checks: tuple[Check, ...] = CHECKS
) -> list[CheckResult]:
    """Run every check and record the results in the `checks` table (one transaction)."""
    results = [run_check(con, check, run) for check in checks]
    now = datetime.now(UTC)
    con.execute("BEGIN")
    try:
        con.execute("DELETE FROM checks WHERE run_id = ?", [run.run_id])
        con.executemany(
            "INSERT INTO checks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(run.run_id, *astuple(r), now) for r in results],
        )
    except BaseException:
        rollback(con)
        raise
    con.execute("COMMIT")
    return results


def checks_gate(results: list[CheckResult]) -> str | None:
    """Why the run fails on its data checks (failed `error` checks), or None.

    >>> checks_gate([CheckResult("x", "t", None, "error", "fail", 2.0, "<= 0", "")])
    'data checks failed: x (observed 2, wants <= 0)'
    """
    failed = [r for r in results if r.status == "fail"]
    if not failed:
        return None
    return "data checks failed: " + ", ".join(
        f"{r.check} (observed {_number(r.observed)}, wants {r.threshold})" for r in failed
    )


def _number(value: float | None) -> str:
    return "none" if value is None else f"{value:g}"


def as_rows(results: list[CheckResult]) -> list[dict[str, Any]]:
    """The results as plain rows (for artifacts and reports)."""
    return [
        {
            "check": r.check,
            "table": r.table,
            "severity": r.severity,
            "status": r.status,
            "observed": r.observed,
            "threshold": r.threshold,
        }
        for r in results
    ]
