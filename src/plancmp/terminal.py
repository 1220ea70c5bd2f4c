"""All rich objects live here, so other paths never import rich."""

from __future__ import annotations

import os
from typing import TextIO

from plancmp.render import Table


def print_table(table: Table, stream: TextIO) -> None:
    """A rich table for a person at a terminal; CJK cells fold instead of being cut."""
    from rich import box
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table as RichTable

    plain = bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"
    console = Console(file=stream, highlight=False, color_system=None if plain else "auto")
    grid = RichTable(
        title=escape(table.title) if table.title else None,
        box=box.SIMPLE_HEAD,
        title_justify="left",
    )
    for name in table.columns:
        grid.add_column(escape(name), overflow="fold")
    for row in table.rows:
        grid.add_row(*(escape(cell) for cell in row))
    console.print(grid)
    for note in table.notes:
        console.print(escape(note), style="dim")
