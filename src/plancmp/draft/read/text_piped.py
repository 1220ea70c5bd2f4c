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

The mirror of it opens each cell but the first with `| ` and closes the row with a lone `|`
(take_pipe_opened_rows):

    北 京
    | 72000
    |
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


_OPENED_CELL = re.compile(r"^\|\s*[^|\s][^|]*$")
_FEWEST_ROWS = 3
"""Three rows at least (a header and two), so that a line and its one `| …` note is no table."""


def _opened_row(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The row whose bare first cell is line i, its other cells the `| …` lines after it, closed
    by a lone `|`; and the index of the line after it. None when line i opens no such row."""
    first = lines[i].strip() if i < len(lines) else ""
    if not first or "|" in first:
        return None
    j = i + 1
    row = [first]
    while j < len(lines) and _OPENED_CELL.match(lines[j].strip()):
        row.append(lines[j].strip().lstrip("|").strip())
        j += 1
    if len(row) < 2 or j >= len(lines) or not _row_mark(lines[j]):
        return None
    return row, j + 1


def take_pipe_opened_rows(lines: list[str], i: int) -> Taken:
    """Rows each printed as a bare first cell, `| …` lines for the others and a lone `|`
    closing the row (a page's table copied cell by cell with its separators), all of one
    width; three rows at least."""
    rows: Rows = []
    j = i
    while (taken := _opened_row(lines, j)) is not None:
        row, after = taken
        if rows and len(row) != len(rows[0]):
            break
        rows.append(row)
        j = after
        while j < len(lines) and not lines[j].strip():
            j += 1
    return (rows, j) if len(rows) >= _FEWEST_ROWS else None
