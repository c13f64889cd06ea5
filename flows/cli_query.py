"""Query commands: `wirecopy sql` (read-only SQL) and `wirecopy schema` (the table contract)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from wirecopy.flows.console import DbOption, fail, out
from wirecopy.flows.settings import Settings


def register(app: typer.Typer) -> None:
    """Add the `sql` and `schema` commands to the wirecopy Typer app."""

    @app.command()
    def sql(
        query: Annotated[str, typer.Argument(metavar="QUERY", help="A SQL query (read-only).")],
        db: DbOption = None,
        csv: Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table.")] = False,
        json_out: Annotated[
            bool, typer.Option("--json", help="Print a JSON array of row objects.")
        ] = False,
        max_width: Annotated[
            int,
            typer.Option(
                min=0, metavar="N", help="Truncate cells to this many characters (0: never)."
            ),
        ] = 80,
    ) -> None:
        """Run a read-only SQL query against the database and print the result."""
        import duckdb

        if csv and json_out:
            raise fail("use either --csv or --json")
        db_path = Path(db or Settings().db)
        if not db_path.exists():
            raise fail(f"database {db_path} does not exist yet: run `wirecopy ingest` first")
        try:
            con = duckdb.connect(str(db_path), read_only=True)
            con.execute("SET TimeZone='UTC'")
            cursor = con.execute(query)
            columns = [d[0] for d in cursor.description or []]
            rows = cursor.fetchall()
            con.close()
        except duckdb.Error as exc:
            raise fail(str(exc).splitlines()[0]) from None
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
        cells = [[_cell(v, max_width) for v in row] for row in rows]
        print_rows(columns, cells)
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
            raise fail(str(exc).splitlines()[0]) from None
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
    return text if not width or len(text) <= width else text[: width - 1] + "…"


# Below this width a column's values are unreadable in a table: use one record per block.
_MIN_COLUMN = 12


def print_rows(columns: list[str], cells: list[list[str]]) -> None:
    """A table that fits the terminal (long values wrap), or, when the columns cannot fit, one
    block per row (`column  value` lines, like psql's expanded display). Piped output is not
    squeezed to 80 characters: the table takes the width it needs."""
    console = out if out.is_terminal else Console(soft_wrap=True, width=1_000_000)
    needed = sum(min(len(c), _MIN_COLUMN) + 3 for c in columns) + 1
    if out.is_terminal and needed > console.width:
        label = max((len(c) for c in columns), default=0)
        for i, row in enumerate(cells, 1):
            console.print(f"[dim]-- row {i} --[/]", highlight=False)
            for column, value in zip(columns, row, strict=True):
                console.print(f"{column.ljust(label)}  {value}", highlight=False, markup=False)
        return
    table = Table(show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold", min_width=min(len(column), _MIN_COLUMN))
    for row in cells:
        table.add_row(*row)
    if out.is_terminal:
        console.print(table)
    else:  # the natural width, without trailing padding to the fake console width
        width = console.measure(table).maximum
        Console(soft_wrap=True, width=width, file=out.file).print(table)
