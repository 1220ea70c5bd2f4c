"""Lists copied one cell a line whose rows open with a key: a number (序号), or a year.

    序号
    项目名称
    主要建设内容及目标
    完成时限
    责任单位
    1
    新建某幼儿园
    占地面积约9600平方米，…可提供学位360个。
    2027年8月底前建成投用
    区教育局
    区城投集团
    2
    …

The header is short lines with no figure, the first naming the row number (序号). Each row
opens with its number, one more than the row before's, and fills every column; a column of
who answers for the row (`责任单位`) may list several bodies a line each, which are its last
cell's lines. A work list pasted from a Word table often comes so: its cells of running text
are sentences, longer than the cells other layouts take.

Its header may wrap a year's column onto two lines (`2027年` / `目标`). A table of years (`年度` over `2025年（基数）`, `2026年`, … and `三年合计`) opens each row with its
year, or its total's label, and fills every column with a value.
"""

from __future__ import annotations

import re

from plancmp.draft.read.grid import looks_like_value
from plancmp.draft.read.text_tables import Rows, Taken

_KEY = re.compile(r"^(?:序号|编号|项目编号)$")
_HEADER_CELL = re.compile(r"^[^\d\s。，,；;：:！？]{2,12}$")
"""A short cell of words, no figure or stop: a header's, or a body's name in a last column
of who answers (`区城投集团`)."""
_WHO = re.compile(r"单位|部门|牵头|责任")
"""A last column of who answers for the row: it may name several bodies, a line each."""
_ROWS_LEAST = 2


def _header(lines: list[str], i: int) -> tuple[list[str], int]:
    """The header cells from `lines[i]`, and the index of the line after them."""
    header = [lines[i].strip()]
    j = i + 1
    while j < len(lines) and _HEADER_CELL.match(lines[j].strip()):
        header.append(lines[j].strip())
        j += 1
    return header, j


_YEAR_KEY = re.compile(r"^(?:年度|年份)$")
_YEAR_ROW = re.compile(r"^(?:19|20)\d\d\s*年?度?(?:[（(][^（）()]{1,6}[）)])?$")
_TOTAL_ROW = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:合计|总计|小计)$")


def take_year_cells(lines: list[str], i: int) -> Taken:
    """The table of years starting at `lines[i]` (see the module docstring), or None."""
    if not _YEAR_KEY.match(lines[i].strip()):
        return None
    header, j = _header(lines, i)
    width = len(header)
    rows: Rows = [header]
    while j + width <= len(lines) and (
        _YEAR_ROW.match(key := lines[j].strip()) or _TOTAL_ROW.match(key)
    ):
        cells = [lines[k].strip() for k in range(j + 1, j + width)]
        if not all(looks_like_value(c) for c in cells):
            break
        rows.append([key, *cells])
        j += width
    if width < 3 or len(rows) - 1 < _ROWS_LEAST:
        return None
    return rows, j


_YEAR_HEAD = re.compile(r"^(?:19|20)\d\d\s*年度?$")
_YEAR_WORD = re.compile(r"^(?:[（(][^（）()]{1,6}[）)]|(?:目标|基数|基期|现状|预期|实际|规划)值?)$")
"""The rest of a year's header cell wrapped onto a line of its own (`2026年` / `（基数）`,
`2027年` / `目标`)."""


def _numbered_header(lines: list[str], i: int) -> tuple[list[str], int, bool]:
    """The header cells from `lines[i]` up to the first row's number: words, or a year with the
    word under it that says what the year's column holds (`2027年` / `目标` is `2027年目标`); the
    index of the line after them; whether a year's cell was so wrapped."""
    header = [lines[i].strip()]
    wrapped = False
    j = i + 1
    while j < len(lines) and lines[j].strip() != "1":
        cell = lines[j].strip()
        if _YEAR_WORD.match(cell) and _YEAR_HEAD.match(header[-1]):
            header[-1] += cell
            wrapped = True
        elif _HEADER_CELL.match(cell) or _YEAR_HEAD.match(cell):
            header.append(cell)
        else:
            break
        j += 1
    return header, j, wrapped


def take_wrapped_years(lines: list[str], i: int) -> Taken:
    """A numbered list whose header wraps a year's column onto two lines (`2027年` / `目标`):
    read before the readers that take each header line for a cell of its own."""
    if not _KEY.match(lines[i].strip()) or not _numbered_header(lines, i)[2]:
        return None
    return take_numbered_cells(lines, i)


def take_numbered_cells(lines: list[str], i: int) -> Taken:
    """The numbered list starting at `lines[i]` (see the module docstring), or None."""
    if not _KEY.match(lines[i].strip()):
        return None
    header, j, _ = _numbered_header(lines, i)
    width = len(header)
    if width < 3 or j >= len(lines) or lines[j].strip() != "1":
        return None
    several = bool(_WHO.search(header[-1]))
    rows: Rows = [header]
    number = 1
    while j < len(lines) and lines[j].strip() == str(number):
        cells = [lines[k].strip() for k in range(j + 1, min(j + width, len(lines)))]
        if len(cells) < width - 1 or not all(cells):
            break
        end = j + width
        while several and end < len(lines) and _more_bodies(lines, end, number + 1):
            cells[-1] += "\n" + lines[end].strip()
            end += 1
        rows.append([str(number), *cells])
        j, number = end, number + 1
    if len(rows) - 1 < _ROWS_LEAST:
        return None
    return rows, j


def _more_bodies(lines: list[str], k: int, next_number: int) -> bool:
    """Whether `lines[k]` names one more body of the row's last cell: not the next row's
    number, and a short name."""
    line = lines[k].strip()
    return line != str(next_number) and bool(_HEADER_CELL.match(line))
