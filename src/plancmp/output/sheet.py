"""A Table as a spreadsheet holds it: numbers as numbers, the printed form in its own column.

Pure (no spreadsheet library): the workbook writer (office/xlsx.py) only lays out what
this module decides, and tests check the decisions without opening a file.

A column whose numbers read exactly as its text (a year, a rank, a count) becomes a
column of numbers, its other cells (`—`) kept as text. A column whose text says more
than its number (`≥90%`, `-6.5 个百分点`) stays as printed, and a column of its numbers
follows it, named `规范值（数值）`: the reader sees what the plan printed and can sort
and compute on the number beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from plancmp.decimals import fmt
from plancmp.output.table import Number, Table

Cell = str | Number | None
NUMBER_SUFFIX = "（数值）"
"""Appended to a column's name for the column of its numbers."""
MAX_WIDTH = 50
"""The widest a column is made, in half-width characters; longer text wraps."""


class Grid(NamedTuple):
    """What a sheet shows: column names, typed rows, and which columns hold numbers."""

    columns: list[str]
    rows: list[list[Cell]]
    numeric: list[bool]


def plain(n: Number) -> str:
    """A number as it is printed plainly (90, 0.25): what a cell's text must equal for the
    number to stand in its place."""
    return fmt(Decimal(repr(n))) if isinstance(n, float) else str(n)


def _kind(table: Table, j: int) -> str:
    """`text`, `same` (the numbers replace the text) or `beside` (a column of numbers
    follows the text)."""
    kind = "text"
    for row, numbers in zip(table.rows, table.numbers, strict=True):
        n = numbers[j]
        if n is None:
            continue
        if row[j] != plain(n):
            return "beside"
        kind = "same"
    return kind


def grid(table: Table) -> Grid:
    """The table's cells typed: numbers where `Table.numbers` gives them (see above)."""
    width = len(table.columns)
    kinds = [_kind(table, j) for j in range(width)] if table.numbers else ["text"] * width
    columns: list[str] = []
    numeric: list[bool] = []
    for name, kind in zip(table.columns, kinds, strict=True):
        columns.append(name)
        numeric.append(kind == "same")
        if kind == "beside":
            columns.append(name + NUMBER_SUFFIX)
            numeric.append(True)
    rows = []
    for i, row in enumerate(table.rows):
        numbers: Sequence[Number | None] = table.numbers[i] if table.numbers else [None] * width
        cells: list[Cell] = []
        for text, n, kind in zip(row, numbers, kinds, strict=True):
            if kind == "same":
                cells.append(text if n is None else n)
            else:
                cells.append(text)
                if kind == "beside":
                    cells.append(n)
        rows.append(cells)
    return Grid(columns, rows, numeric)


def text_width(text: str) -> int:
    """Display width in half-width characters: a Chinese character counts two. Of the
    longest line, for text that wraps at its line breaks."""
    from wcwidth import wcswidth

    return max((max(wcswidth(line), len(line)) for line in text.split("\n")), default=0)


def widths(columns: Sequence[str], rows: Sequence[Sequence[Cell]]) -> list[int]:
    """Each column's width in half-width characters: its widest cell or its name, at most
    MAX_WIDTH (text wraps beyond it)."""
    out = []
    for j, name in enumerate(columns):
        cells = (row[j] for row in rows)
        widest = max((text_width(_shown(c)) for c in cells), default=0)
        out.append(min(MAX_WIDTH, max(widest, text_width(name), 2)))
    return out


def _shown(cell: Cell) -> str:
    if cell is None:
        return ""
    return cell if isinstance(cell, str) else plain(cell)
