"""Cell lists → a full grid, for every reader.

Two ways a grid gets its missing cells:

- `spans`: the format says which cell covers which positions (HTML rowspan and
  colspan, Word gridSpan and vMerge); the covering cell's text is repeated and
  the repeats are listed in `merged`.
- `widen`: plain text lost the spans, so rows come with fewer cells than the
  widest row. In plan tables the cell that spans is the indicator's name (it
  covers the segment sub-column, 小学/初中) or the empty cell before the first
  number, so a short row repeats that cell; rows of one or two cells (a section
  row, a note) are padded with empty cells instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from plancmp.draft.document import Block, Heading, Paragraph, Table
from plancmp.draft.text import TREND

_NAME_HEADER = re.compile(r"指标|项目|名称")
_VALUE = re.compile(
    r"^\s*(?:约束性|预期性|[—–\-－/／~～]+|%|‰|元|万元|亿元|万人|人|所|个|年|元/生|人次"
    r"|[^\d\n]{0,4}\d[\d.,，]*\s*(?:%|‰|[^\d\n]{0,6})(?:[；;，,、~～\-—至]\s*[^\d\n]{0,4}\d[\d.,，]*\s*(?:%|‰|[^\d\n]{0,6}))*"
    r"|[^\d\n]{0,4}\d[\d.]*\s*[:：∶/／]\s*\d[\d.]*)\s*$"
)
"""…, a ratio (`≤1:15`, `1∶12.5`), two figures of a row naming two (`6/19` under
`高水平中职学校/高水平专业（所/个）`)."""


_QUALITATIVE = re.compile(
    r"^(?:未?通过|通过[^\d]{1,8}(?:评估|验收|认定|评审|督导|检查|考核)|全覆盖|逐年[^\d]{0,6}|只增不减|持续[^\d]{0,4}|保持[^\d]{0,6}|基本[^\d]{0,4}|显著[^\d]{0,4}|有所[^\d]{0,4}|是|否|有|无"
    r"|(?:动态|全部|全面|彻底)?清零|(?:全面|彻底)消除|零发生|零事故|(?:大体|基本|大致)(?:相当|持平)"
    rf"|{TREND})$"
)


def looks_like_value(text: str) -> bool:
    """A number as a plan table prints it (`＞90`, `99%以上`, `0.30`, `5~7所`),
    a unit (`%`, `万人次`), a dash, an attribute (约束性/预期性) or a qualitative target (通过,
    逐年只增不减, 动态清零)."""
    text = text.strip()
    return len(text) <= 24 and bool(_VALUE.match(text) or _QUALITATIVE.match(text) or is_unit(text))


def is_unit(text: str) -> bool:
    """A unit plancmp knows (`万人次`, `平方米`): a unit column's cell."""
    from plancmp.values import ValueParseError, unit_of

    if not text or re.search(r"\d", text):
        return False
    try:
        unit_of(text)
    except ValueParseError:
        return False
    return True


TITLE_MAX = 40
"""A table's title is a short line: longer, it is the paragraph before the table."""


_UNIT_LINE = re.compile(r"^[(（]?\s*(?:计量)?单位\s*[:：]|^[(（][^()（）\d]{1,4}[)）]$")
"""`单位：万元`, `（万元）`: the line between a table and its title that gives its unit."""


RULE_LINE = re.compile(r"^\s*(?=[^\n]*[-─━=＝—_]{4})[-─━=＝—_]{2,}(?:[ \t]+[-─━=＝—_]{2,})*\s*$")
"""A rule drawn with dashes between a table's header and rows, or before its total row
(`------`, or one run of dashes a column: `----------  ----  --------`): a line of the table's
drawing, no row and no break in it."""


def title_above(blocks: Sequence[Block]) -> str | None:
    """The short line printed just above a table, if the last block is one; past a unit
    line (`单位：万元`) or a rule (`------`) between them."""
    if (
        len(blocks) >= 2
        and isinstance(blocks[-1], Paragraph)
        and (_UNIT_LINE.match(blocks[-1].text.strip()) or RULE_LINE.match(blocks[-1].text))
    ):
        blocks = blocks[:-1]  # a unit line, or the rule over a three-line table's header
    if blocks and isinstance(blocks[-1], Paragraph | Heading):
        text = blocks[-1].text
        if len(text) <= TITLE_MAX and not text.endswith("。"):
            return text
    return None


def make_table(rows: Sequence[Sequence[str]], title: str | None = None) -> Table:
    """A table from rows of cell text that may be ragged (plain text, PDF)."""
    grid: list[tuple[str, ...]] = []
    merged: set[tuple[int, int]] = set()
    width = max((len(row) for row in rows), default=0)
    words_after = word_columns_after(rows[0]) if rows and len(rows[0]) == width else 0
    for r, row in enumerate(rows):
        cells = words_left_empty([cell.strip() for cell in row], width, words_after)
        missing = width - len(cells)
        if missing and len(cells) > len(row):  # `普惠率	85	90`: no unit either
            first = next(k for k, cell in enumerate(cells) if looks_like_value(cell))
            cells[first:first] = [""] * missing  # the values stay under their years
        elif missing and len(cells) >= 3 and not _labels_in_place(cells):
            at = _spanning_column(cells)
            cells[at + 1 : at + 1] = [cells[at]] * missing
            merged.update((r, c) for c in range(at + 1, at + 1 + missing))
        else:
            cells.extend([""] * missing)
        grid.append(tuple(cells))
    return Table(rows=tuple(grid), title=title, merged=frozenset(merged))


_WORD_HEADER = re.compile(r"属性|性质|备注|说明")
"""A header of a column of words after the values (约束性, a remark)."""


def words_left_empty(cells: list[str], width: int, words: int) -> list[str]:
    """A short row that ends on a figure (`普惠率 % 85 90` under `指标 单位 2020年 2025年 属性`),
    with the columns of words that end the header (`words`, word_columns_after) left empty:
    its figures stand under the last columns of values. A row ending on its attribute lacks
    another cell."""
    short = min(width - len(cells), words)
    last = cells[-1].strip() if cells else ""
    figure = bool(re.search(r"\d", last) and _VALUE.match(last)) or bool(_DASH.fullmatch(last))
    return [*cells, *[""] * short] if short > 0 and len(cells) > 1 and figure else cells


_DASH = re.compile(r"[—–\-－/／]+")


def word_columns_after(header: Sequence[str]) -> int:
    """How many columns of words end the header (`…	2025年	属性`): a row that ends on a value
    and is short by no more than these left them empty, and its values stand where they are."""
    n = 0
    while n < len(header) and _WORD_HEADER.search(header[-1 - n]):
        n += 1
    return n


def _labels_in_place(cells: list[str]) -> bool:
    """A short row that opens with an empty cell and holds no value but years (`\t基期值\t目标值`
    under `指标\t2020年\t2025年\t属性`): a second header row, its cells under the columns they
    start from, the empty ones after it left off; no cell of it spans. So is a header row
    with an empty cell between its words (`指标\t2020年\t\t2025年` over `\t小学\t初中\t小学
    \t初中`): each spanning cell printed once, empty cells after it, the last ones cut off."""
    if any(looks_like_value(cell) and not _YEAR_HEADER.fullmatch(cell) for cell in cells):
        return False
    return not cells[0] or "" in cells[1:-1]


_YEAR_HEADER = re.compile(r"(?:19|20)\d\d年(?:度|末|底)?")
"""A year over its columns (`2025年`), which reads as a value to looks_like_value."""


def _spanning_column(cells: list[str]) -> int:
    for c, cell in enumerate(cells[1:], 1):
        if _NAME_HEADER.search(cell) and not looks_like_value(cell):
            return c
    for c, cell in enumerate(cells[1:], 1):
        if looks_like_value(cell):
            return c - 1
    return 1


class SpanGrid:
    """A grid filled cell by cell, left to right and top to bottom, with spans:
    the layout algorithm of HTML tables, which Word's gridSpan/vMerge also fit."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], str] = {}
        self.merged: set[tuple[int, int]] = set()
        self.row = -1
        self.col = 0

    def next_row(self) -> None:
        """Start the next row."""
        self.row += 1
        self.col = 0

    def skip(self, count: int) -> None:
        """Leave `count` positions of this row empty (Word's gridBefore)."""
        for _ in range(count):
            self._free_col()
            self.cells[(self.row, self.col)] = ""
            self.col += 1

    def add(self, text: str, rowspan: int = 1, colspan: int = 1) -> int:
        """Place a cell at the next free position of this row; returns its column."""
        start = self._free_col()
        for dr in range(max(rowspan, 1)):
            for dc in range(max(colspan, 1)):
                pos = (self.row + dr, start + dc)
                if pos in self.cells:
                    continue
                self.cells[pos] = text
                if dr or dc:
                    self.merged.add(pos)
        self.col = start + max(colspan, 1)
        return start

    def repeat_above(self, colspan: int = 1) -> None:
        """Word's vMerge continuation: the cell above covers this position."""
        start = self._free_col()
        for dc in range(max(colspan, 1)):
            pos = (self.row, start + dc)
            self.cells[pos] = self.cells.get((self.row - 1, start + dc), "")
            self.merged.add(pos)
        self.col = start + max(colspan, 1)

    def table(self, title: str | None = None) -> Table:
        """The finished grid, every row as wide as the widest."""
        if not self.cells:
            return Table(rows=(), title=title)
        height = max(r for r, _ in self.cells) + 1
        width = max(c for _, c in self.cells) + 1
        rows = tuple(tuple(self.cells.get((r, c), "") for c in range(width)) for r in range(height))
        return Table(rows=rows, title=title, merged=frozenset(self.merged))

    def _free_col(self) -> int:
        while (self.row, self.col) in self.cells:
            self.col += 1
        return self.col
