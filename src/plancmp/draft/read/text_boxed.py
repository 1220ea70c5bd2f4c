"""A table drawn with box characters, as a text copy of a Word table prints it:

    ┌───┬──────┬─────┐
    │序号  │指标        │2028年目标  │
    ├───┼──────┼─────┤
    │1     │生师比      │≤18:1      │
    └───┴──────┴─────┘

Cells are set apart by `│`; a rule of `─` parts the rows. A cell too long for its box runs on
onto the next line, the row's other cells blank there (`│ │ │ │…县(区` over `│ │ │ │)得10分`):
one row, each cell's lines joined. The drawn widths are not read, only the marks. A box of
one column (a 专栏 drawn round lines of text) is no table: its lines are read as text.
"""

from __future__ import annotations

import re

from plancmp.draft.read.text_tables import Rows, Taken

_RULE = re.compile(r"^\s*[┌├└╔╠╚┏┣┗][─━═┬┼┴╤╪╧╦╬╩┳╋┻┐┤┘╗╣╝┓┫┛]+\s*$")
_ROW = re.compile(r"^\s*[│┃║].*[│┃║]\s*$")
_BAR = re.compile(r"[│┃║]")
_LEAST_ROWS = 2
_LEAST_COLUMNS = 2


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in _BAR.split(line.strip())[1:-1]]


def take_boxed(lines: list[str], i: int) -> Taken:
    """The rows of a box-drawn table starting at line i (its top rule or first row)."""
    if not (_RULE.match(lines[i]) or _ROW.match(lines[i])):
        return None
    rows: Rows = []
    current: list[str] | None = None
    j = i
    while j < len(lines) and (_RULE.match(lines[j]) or _ROW.match(lines[j])):
        if _RULE.match(lines[j]):
            if current is not None:
                rows.append(current)
            current = None
        else:
            cells = _cells(lines[j])
            if current is not None and len(cells) == len(current) and not cells[0]:
                current = [a + b for a, b in zip(current, cells, strict=True)]  # runs on
            else:
                if current is not None:
                    rows.append(current)
                current = cells
        j += 1
    if current is not None:
        rows.append(current)
    if len(rows) < _LEAST_ROWS or max(len(row) for row in rows) < _LEAST_COLUMNS:
        return None  # a box drawn round a 专栏's lines of text is no table
    return rows, j
