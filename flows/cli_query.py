"""Query commands: `wirecopy sql` (read-only SQL) and `wirecopy schema` (the table contract)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from wirecopy.flows.settings import Settings

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help="DuckDB file (default: $WIRECOPY_DB or data/wirecopy.duckdb)."),
]


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]wirecopy:[/] {message}", highlight=False)
    return typer.Exit(code)


def register(app: typer.Typer) -> None:
    """Add the `sql` and `schema` commands to the wirecopy Typer app."""

    @app.command()
    def sql(
        query: Annotated[str, typer.Argument(help="A SQL query (read-only).")],
        db: DbOption = None,
        csv: Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table.")] = False,
        json_out: Annotated[
            bool, typer.Option("--json", help="Print a JSON array of row objects.")
        ] = False,
        max_width: Annotated[
            int, typer.Option(help="Truncate cells to this many characters.")
        ] = 80,
    ) -> None:
        """Run a read-only SQL query against the database and print the result."""
        import duckdb

        if csv and json_out:
            raise _fail("use either --csv or --json")
        db_path = Path(db or Settings().db)
        if not db_path.exists():
            raise _fail(f"database {db_path} does not exist yet: run `wirecopy ingest` first")
        try:
            con = duckdb.connect(str(db_path), read_only=True)
            con.execute("SET TimeZone='UTC'")
            cursor = con.execute(query)
            columns = [d[0] for d in cursor.description or []]
            rows = cursor.fetchall()
            con.close()
        except duckdb.Error as exc:
            raise _fail(str(exc).splitlines()[0]) from None
        if json_out:
            import json

            json.dump(
                [dict(zip(columns, row, strict=True)) for row in rows],
                sys.stdout,
                default=lambda v: v.isoformat() if hasattr(v, "isoformat") else str(v),
                ensure_ascii=False,
            )
            sys.stdout.write("\n")
            return
        if csv:
            import csv as csv_module

            writer = csv_module.writer(sys.stdout)
            writer.writerow(columns)
            writer.writerows(rows)
            return
        table = Table(*columns, show_lines=False)
        for row in rows:
            table.add_row(*[_cell(v, max_width) for v in row])
        out.print(table)
        out.print(f"[dim]{len(rows)} row(s)[/]")

    @app.command()
    def schema(
        db: DbOption = None,
        markdown: Annotated[bool, typer.Option("--markdown", help="Print docs/schema.md.")] = False,
    ) -> None:
        """Print the table contract (name, type, description) from the database's own comments."""
        import duckdb

        from wirecopy.schemas.docs import dictionary_markdown, read_dictionary, read_views
        from wirecopy.tasks.store import Store, StoreError

        db_path = Path(db or Settings().db)
        try:
            if not db_path.exists():
                # A fresh in-memory database shows the contract this version of wirecopy creates.
                con = duckdb.connect()
                Store(con, Path(":memory:")).migrate()
            else:
                con = duckdb.connect(str(db_path), read_only=True)
        except (duckdb.Error, StoreError) as exc:
            raise _fail(str(exc).splitlines()[0]) from None
        if markdown:
            sys.stdout.write(dictionary_markdown(con))
            return
        entries = [(f"{n}: {d}", c) for n, d, c in read_dictionary(con)]
        entries += [(f"{n} (view): {d}", c) for n, d, c in read_views(con)]
        for title, columns in entries:
            table = Table("column", "type", "description", title=title)
            for column in columns:
                table.add_row(*column)
            out.print(table)


def _cell(value: Any, width: int) -> str:
    text = "NULL" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"
