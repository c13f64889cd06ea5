#!/usr/bin/env bash
# Set up a virtualenv, ingest the bundled samples into data/wirecopy.duckdb, and query it.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e .
# Local mode: no Prefect server is started for a one-off run (see README, "Run modes").
.venv/bin/wirecopy ingest samples/
.venv/bin/wirecopy sql "
  SELECT a.publisher, a.category, a.title, count(c.credit) AS photos, string_agg(DISTINCT c.credit, '; ') AS credits
  FROM articles a LEFT JOIN captions c USING (article_id)
  GROUP BY ALL ORDER BY a.publisher NULLS LAST, a.title"
