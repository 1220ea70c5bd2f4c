"""A table drawn with box characters, as a text copy of a Word table prints it:

    ┌───┬──────┬─────┐
    │序号  │指标        │2028年目标  │
    ├───┼──────┼─────┤
    │1     │生师比      │≤18:1      │
    └───┴──────┴─────┘

Cells are set apart by `│`; a rule of `─` parts the rows. A cell too long for its box runs on
onto the next line, most of the row's other cells blank there (`│ │ │ │…县(区` over
`│ │ │ │)得10分`): one row, each cell's lines joined. The drawn widths are not read, only the
marks. A box of one column (a 专栏 drawn round lines of text) is no table: its lines are read
as text.
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
    ahead: list[str] | None = None  # a name's first line printed above its row's values
    j = i
    while j < len(lines) and (_RULE.match(lines[j]) or _ROW.match(lines[j])):
        if _RULE.match(lines[j]):
            if current is not None:
                rows.append(current)
            current = None
        else:
            cells = _cells(lines[j])
            if current is not None and _runs_on(cells, current):
                if _opens_next(cells, current, lines, j):
                    ahead = cells
                else:
                    current = [a + b for a, b in zip(current, cells, strict=True)]
            else:
                if current is not None:
                    rows.append(current)
                current = cells
                if ahead is not None and len(ahead) == len(cells):
                    current = [a + b for a, b in zip(ahead, cells, strict=True)]
                ahead = None
        j += 1
    if current is not None:
        rows.append(current)
    if len(rows) < _LEAST_ROWS or max(len(row) for row in rows) < _LEAST_COLUMNS:
        return None  # a box drawn round a 专栏's lines of text is no table
    if len({len(row) for row in rows}) > 1:
        return None  # a merged header cell (`│2025年│2030年│` over four): the bars cannot place it
    return rows, j


def _opens_next(cells: list[str], row: list[str], lines: list[str], j: int) -> bool:
    """A line of words under a row whose words close on their unit (`巩固率（%）`), over a row
    of its own (`│ │县比例（%）│0│60│`): the first line of the next row's name, whose values
    its last line prints."""
    below = _cells(lines[j + 1]) if j + 1 < len(lines) and _ROW.match(lines[j + 1]) else []
    if not below or len(below) != len(cells) or _runs_on(below, cells):
        return False
    filled = [k for k, cell in enumerate(cells) if cell]
    return all(row[k].endswith(("）", ")")) for k in filled)


def _runs_on(cells: list[str], row: list[str]) -> bool:
    """A line of the row above's cells run on: as many cells, the first blank and most of
    them blank (`│ │ │ │)得10分…│`); a row whose group cell is left blank below the first
    (`│ │普惠性幼儿园覆盖率（%）│88│92│`) fills its values and is a row of its own."""
    blank = sum(not cell for cell in cells)
    return len(cells) == len(row) and not cells[0] and 2 * blank >= len(cells)
