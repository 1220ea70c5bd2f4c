"""All rich objects live here, so other paths never import rich."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, TextIO

from plancmp.output.table import Table

if TYPE_CHECKING:
    from rich.console import Console

MIN_LONG = 10
"""Terminal columns left at least for each column that may wrap."""
SHORT_CELLS = 12
"""Cells up to this many terminal columns wide (6 Chinese characters: 绍兴市越城区) never wrap."""


def print_table(table: Table, stream: TextIO) -> None:
    """A rich table for a person at a terminal; CJK cells fold instead of being cut."""
    from rich import box
    from rich.cells import cell_len
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
    # Columns with nothing in them are left out; short ones (places, years, values)
    # never wrap, so that long ones (sections, reasons) give up the width, as long as
    # the short ones fit with room for the others (else each row prints as a card).
    keep = [i for i in range(len(table.columns)) if any(row[i] for row in table.rows)]
    if not table.rows:
        keep = list(range(len(table.columns)))
    widths = {
        i: max([cell_len(table.columns[i]), *(cell_len(row[i]) for row in table.rows)])
        for i in keep
    }
    short = {i for i in keep if widths[i] <= SHORT_CELLS}
    needed = sum(widths[i] + 3 for i in short) + (len(keep) - len(short)) * (MIN_LONG + 3)
    if needed > console.width and table.rows:
        _print_cards(table, keep, console)
    else:
        caps = _caps(table, keep, widths, short, console.width)
        for i in keep:
            grid.add_column(
                escape(table.columns[i]), overflow="fold", no_wrap=i in short, max_width=caps.get(i)
            )
        for row in table.rows:
            grid.add_row(*(escape(row[i]) for i in keep))
        console.print(grid)
    for note in table.notes:
        console.print(escape(note), style="dim")


def _print_cards(table: Table, keep: list[int], console: Console) -> None:
    """Each row as a card of `column  value` lines, as psql's expanded display does: when
    the short cells cannot all stay whole side by side, a table would fold every cell into
    a column of single characters."""
    from rich.markup import escape
    from rich.table import Table as RichTable

    if table.title:
        console.print(escape(table.title))
    for n, row in enumerate(table.rows, 1):
        card = RichTable.grid(padding=(0, 2))
        card.add_column(style="dim", no_wrap=True)
        card.add_column(overflow="fold")
        for i in keep:
            if row[i]:
                card.add_row(escape(table.columns[i]), escape(row[i]))
        console.print()
        console.print(f"{n}/{len(table.rows)}", style="bold")
        console.print(card)


def _caps(
    table: Table, keep: list[int], widths: dict[int, int], short: set[int], width: int
) -> dict[int, int]:
    """Widest each long column may be when they do not all fit: the `room_for` column
    (a reason) keeps three fifths of what the long columns share; the others fold."""
    if table.room_for not in table.columns:
        return {}
    room = table.columns.index(table.room_for)
    long = [i for i in keep if i not in short]
    if room not in long or sum(widths[i] + 3 for i in keep) <= width:
        return {}
    shared = width - sum(widths[i] + 3 for i in short) - 3 * len(long)
    others = [i for i in long if i != room]
    if not others:
        return {}
    each = max(MIN_LONG, (shared - min(widths[room], shared * 3 // 5)) // len(others))
    return {i: each for i in others if widths[i] > each}
