"""Tables as an Excel workbook (openpyxl): one worksheet per Table.

A sheet is named by its table's title and starts with that title in row 1, the header
in row 2 (frozen, so it stays in view, and with a filter), then the rows: numbers as
numbers, the printed form in its own column (sheet.grid). Untitled (`--no-title`), the
header is row 1. Text is always written as text: `=1+1` or `@x` is never a live formula.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from plancmp.output.sheet import Cell, Grid, grid, text_width, widths
from plancmp.output.table import Table

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

SHEET_NAME_MAX = 31
"""Excel's limit on a sheet's name."""
_NOT_IN_NAMES = str.maketrans(":\\/?*[]", "：＼／？＊［］")
_BRACKETED = re.compile(r"（[^（）]*）")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Characters a worksheet cannot hold (openpyxl refuses them)."""
FORMULA_START = ("=", "+", "-", "@")
"""What Excel would read as a formula if the cell were typed in again."""
HEADER_FILL = "DDE6F0"
LINE_HEIGHT = 15
"""Points per line of wrapped text (Excel's default row height)."""


def write_workbook(tables: Sequence[Table], path: Path, titled: bool = True) -> None:
    """A new .xlsx file at `path`, one sheet per table."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    used: set[str] = set()
    for i, table in enumerate(tables, 1):
        name = sheet_name(table.title or f"表{i}", used)
        used.add(name.casefold())
        _fill(book.create_sheet(name), table, titled)
    book.save(path)


def sheet_name(title: str, used: set[str]) -> str:
    """A name Excel accepts: without : \\ / ? * [ ] (their full-width forms instead), at
    most 31 characters (a long title without its brackets, else cut with …), unique in
    the workbook (`used`, casefolded)."""
    name = title.translate(_NOT_IN_NAMES).strip("'").strip() or "表"
    if len(name) > SHEET_NAME_MAX:
        name = _BRACKETED.sub("", name) or name
    if len(name) > SHEET_NAME_MAX:
        name = name[: SHEET_NAME_MAX - 1] + "…"
    base, n = name, 2
    while name.casefold() in used:
        tail = f"（{n}）"
        name, n = base[: SHEET_NAME_MAX - len(tail)] + tail, n + 1
    return name


def _fill(sheet: Worksheet, table: Table, titled: bool) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    g = grid(table)
    top = 1
    if titled and table.title:
        sheet.cell(1, 1, _text(table.title)).font = Font(bold=True, size=14)
        top = 2
    for j, name in enumerate(g.columns, 1):
        cell = sheet.cell(top, j, _text(name))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for i, row in enumerate(g.rows, top + 1):
        for j, value in enumerate(row, 1):
            _put(sheet, i, j, value)
    _layout(sheet, g, top)
    if titled:
        for k, line in enumerate(table.notes, top + len(g.rows) + 2):
            _put(sheet, k, 1, line)


def _put(sheet: Worksheet, row: int, column: int, value: Cell) -> None:
    """One cell: a number as a number, text always as text (never a formula or an error
    code such as #N/A), and marked so that Excel keeps it text when it is edited."""
    if value is None or value == "":
        return
    cell = sheet.cell(row, column)
    if isinstance(value, str):
        text = _text(value)
        cell.value = text
        cell.data_type = "s"  # openpyxl would make `=…` a formula
        if text.startswith(FORMULA_START):
            cell.quotePrefix = True
    else:
        cell.value = value


def _lines(cell: Cell, width: int) -> int:
    """How many lines a cell's text wraps to in a column `width` characters wide."""
    if not isinstance(cell, str):
        return 1
    return sum(max(1, -(-text_width(line) // width)) for line in cell.split("\n"))


def _text(value: str) -> str:
    return _CONTROL.sub("", value)


def _layout(sheet: Worksheet, g: Grid, top: int) -> None:
    """Column widths that fit Chinese text (wrapping the widest), the header frozen and
    filtered, and a printout that fits the page's width with the header on every page."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    wrap, number = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
    columns = widths(g.columns, g.rows)
    for j, width in enumerate(columns, 1):
        sheet.column_dimensions[get_column_letter(j)].width = width + 2
        for (cell,) in sheet.iter_rows(min_row=top + 1, min_col=j, max_col=j):
            cell.alignment = number if g.numeric[j - 1] else wrap
    for i, row in enumerate(g.rows, top + 1):
        lines = max((_lines(c, w) for c, w in zip(row, columns, strict=True)), default=1)
        if lines > 1:  # not every reader fits a row to its wrapped text
            sheet.row_dimensions[i].height = LINE_HEIGHT * lines
    last = get_column_letter(max(len(g.columns), 1))
    sheet.freeze_panes = f"A{top + 1}"
    sheet.auto_filter.ref = f"A{top}:{last}{top + len(g.rows)}"
    sheet.print_title_rows = f"{top}:{top}"
    sheet.page_setup.orientation = "landscape" if len(g.columns) > 6 else "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
