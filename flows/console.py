"""What every command shares: the output consoles, the one-line failure, the --db option."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", metavar="FILE", help="DuckDB file (default: $WIRECOPY_DB or data/wirecopy.duckdb)."
    ),
]


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print `wirecopy: message` on stderr (one line, no traceback); raise the returned Exit."""
    err.print(f"[bold red]wirecopy:[/] {escape(message)}", highlight=False)
    return typer.Exit(code)
