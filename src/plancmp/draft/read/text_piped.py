"""A web table copied one cell a line, each cell closed by ` |`, a row opened by a line
that is only `|`:

    |
    序号 |
    项目名称 |
    年度投资金额 (万元) |
    |
    1 |
    某某学校改造项目 |
    300 |

A line may hold two cells when the copy lost a line break (`…全覆盖。 |3000 |`). Nothing
but the lone `|` lines says where a row ends, so without them this layout is not taken
(a run of ` |` cells with no row marks is read as paragraphs).
"""

from __future__ import annotations

import re

from plancmp.draft.read.text_tables import Rows, Taken

_ROW_MARK = re.compile(r"^\s*\|+\s*$")
_CELL_LINE = re.compile(r"^[^|]\S?.*\|\s*$")
_HEADER_LEAST = 3
"""A header row of fewer cells is a caption inside the copied table, not its columns."""


def _row_mark(line: str) -> bool:
    return bool(_ROW_MARK.match(line))


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("|") if c.strip()]


def _row_at(lines: list[str], i: int) -> tuple[list[str], int]:
    """The cells of the row whose mark is line i, and the index of the line after them."""
    j = i + 1
    row: list[str] = []
    while j < len(lines) and _CELL_LINE.match(lines[j].strip()) and not _row_mark(lines[j]):
        row.extend(_cells(lines[j]))
        j += 1
    return row, j


def take_piped_cells(lines: list[str], i: int) -> Taken:
    """Rows of ` |` cells, each after a lone `|` line, from a header of three or more
    cells on; a row the width of the header or narrower is a row of the table."""
    if not _row_mark(lines[i]):
        return None
    header, j = _row_at(lines, i)
    if len(header) < _HEADER_LEAST:
        return None
    rows: Rows = [header]
    while j < len(lines) and _row_mark(lines[j]):
        row, end = _row_at(lines, j)
        if not row or len(row) > len(header):
            break
        rows.append(row)
        j = end
    return (rows, j) if len(rows) >= 2 else None
