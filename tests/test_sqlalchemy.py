"""SQLAlchemy users (Superset, pandas.read_sql, notebooks) reflect and query the snapshot."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

# The `sql` extra's dialect: the maintained duckdb-sqlalchemy (duckdb-engine 0.17 cannot reflect
# tables from DuckDB 2.0: "Type with name REGCLASS does not exist").
pytest.importorskip("duckdb_sqlalchemy")

import sqlalchemy as sa

from tests.conftest import build_db
from wirecopy.schemas.views import VIEWS
from wirecopy.tasks.publish import snapshot_path

TABLES = {"articles", "images", "captions", "removed_fragments", "rejects", "runs", "sources"}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sa.Engine]:
    """A read-only engine on the published snapshot of a loaded database."""
    db = build_db(tmp_path_factory.mktemp("sqlalchemy"))
    engine = sa.create_engine(f"duckdb:///{snapshot_path(db)}", connect_args={"read_only": True})
    yield engine
    engine.dispose()


def test_inspector_lists_tables_and_views(engine: sa.Engine) -> None:
    inspector = sa.inspect(engine)
    assert set(inspector.get_table_names()) >= TABLES
    assert set(inspector.get_view_names()) == {v.name for v in VIEWS}
    columns = {c["name"]: c for c in inspector.get_columns("v_photo_credits")}
    assert list(columns) == [
        name for name, _ in next(v for v in VIEWS if v.name == "v_photo_credits").columns
    ]
    assert (columns["agency"]["comment"] or "").startswith("Agency the picture came from")
    assert inspector.get_pk_constraint("articles")["constrained_columns"] == ["article_id"]


def test_metadata_reflects_tables_and_views_with_types(engine: sa.Engine) -> None:
    metadata = sa.MetaData()
    metadata.reflect(engine, views=True)
    assert TABLES | {v.name for v in VIEWS} <= set(metadata.tables)
    articles = metadata.tables["v_articles"]
    assert isinstance(articles.c.published_at.type, sa.TIMESTAMP)
    assert articles.c.published_at.type.timezone
    assert isinstance(articles.c.published_date.type, sa.Date)
    assert isinstance(articles.c.authors.type, sa.ARRAY)
    assert articles.comment and "One row per article" in articles.comment


def test_query_through_reflected_views(engine: sa.Engine) -> None:
    metadata = sa.MetaData()
    metadata.reflect(engine, views=True, only=["v_daily_volume", "v_photo_credits"])
    volume = metadata.tables["v_daily_volume"]
    credits = metadata.tables["v_photo_credits"]
    with engine.connect() as conn:
        per_day = conn.execute(
            sa.select(volume.c.published_date, sa.func.sum(volume.c.n_articles))
            .where(volume.c.published_date.is_not(None))
            .group_by(volume.c.published_date)
            .order_by(volume.c.published_date)
        ).all()
        agencies = conn.execute(
            sa.select(credits.c.agency, sa.func.count())
            .group_by(credits.c.agency)
            .order_by(credits.c.agency)
        ).all()
    assert per_day[0] == (date(2024, 12, 1), 1) and len(per_day) == 2
    assert agencies == [("AP", 2), ("Getty Images", 1), ("Reuters", 1)]


def test_engine_is_read_only(engine: sa.Engine) -> None:
    with engine.connect() as conn, pytest.raises(sa.exc.DBAPIError, match="read-only"):
        conn.execute(sa.text("DELETE FROM runs"))


def test_read_only_uri_form_used_by_superset(engine: sa.Engine) -> None:
    engine.dispose()  # DuckDB refuses a second in-process open of a file with other settings
    uri_engine = sa.create_engine(engine.url.set(query={"access_mode": "read_only"}))
    try:
        with uri_engine.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM v_articles")).scalar_one() == 3
            with pytest.raises(sa.exc.DBAPIError, match="read-only"):
                conn.execute(sa.text("DELETE FROM runs"))
    finally:
        uri_engine.dispose()
