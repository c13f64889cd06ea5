#!/usr/bin/env bash
# Set up a virtualenv with the dev extras, then lint, type-check and run the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
# dbt in its own environment (dbt-core pins libraries our dev tools need newer): the test that
# runs `dbt parse` and `dbt test` on the generated sources.yml uses it through WIRECOPY_DBT.
[ -x .venv-dbt/bin/dbt ] || "$PYTHON" -m venv .venv-dbt
.venv-dbt/bin/python -m pip install --quiet --disable-pip-version-check \
    "dbt-core>=1.8,<1.12" "dbt-duckdb>=1.9,<1.12"
export WIRECOPY_DBT="$PWD/.venv-dbt/bin/dbt"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy -p wirecopy
.venv/bin/pytest "$@"
