"""Tables that arrive as lines of text, cells split by spaces.

A table copied from a web page often loses its grid: each row becomes a line
(`幼儿在园人数 万人 181 222`) under a header line (`单位 2015年 2020年`), with group
lines between (`学前教育`). Such a run of lines is turned back into a `Table`, so the
table reader reads it like any other; each row keeps its line as printed, for quotes.
"""

from __future__ import annotations

import re

from plancmp.draft.document import Block, Document, Paragraph, Table
from plancmp.draft.text import fold
from plancmp.draft.units import known_unit, parses

_YEAR_CELL = re.compile(r"^(?:19|20)\d\d年?(?:目标|目标值|基数|预期)?$")
_HEADER_WORD = re.compile(
    r"^(?:单位|计量单位|指标|指标名称|主要指标|目标值|基数|现状值|属性|指标属性|备注)$"
)
_SENTENCE = re.compile(r"[。，,；;：:！？!?]")
MIN_ROWS = 2


def _cells(text: str) -> list[str]:
    return text.split()


def _is_header(text: str) -> bool:
    cells = _cells(text)
    if len(cells) < 2 or _SENTENCE.search(text):
        return False
    years = sum(bool(_YEAR_CELL.match(fold(c))) for c in cells)
    words = sum(bool(_HEADER_WORD.match(c)) for c in cells)
    return years >= 1 and years + words >= 2


def _is_row(text: str) -> bool:
    cells = _cells(text)
    if len(cells) < 2 or len(cells) > 10 or _SENTENCE.search(fold(text).replace(":", "")):
        return False
    last = fold(cells[-1])
    return bool(re.search(r"[\u4e00-\u9fff]", cells[0])) and (
        (bool(re.search(r"\d", last)) and parses(last, None)) or last in ("—", "-", "/")
    )


def _is_group(text: str) -> bool:
    return bool(re.fullmatch(r"[\u4e00-\u9fff（）()]{2,14}", text.strip()))


def with_spaced_tables(doc: Document) -> tuple[Document, dict[int, tuple[str, ...]]]:
    """The document with runs of space-separated table lines made tables, and for each
    such table (by id) the lines its rows were printed as."""
    blocks = list(doc.blocks)
    out: list[Block] = []
    lines_of: dict[int, tuple[str, ...]] = {}
    i = 0
    while i < len(blocks):
        found = _table_at(blocks, i)
        if found is None:
            out.append(blocks[i])
            i += 1
            continue
        table, lines, start, end = found
        del out[len(out) - (i - start) :]  # a label line above the header belongs to it
        out.append(table)
        lines_of[id(table)] = lines
        i = end
    if not lines_of:
        return doc, {}
    return doc._replace(blocks=tuple(out)), lines_of


def _table_at(blocks: list[Block], i: int) -> tuple[Table, tuple[str, ...], int, int] | None:
    block = blocks[i]
    if not isinstance(block, Paragraph) or not _is_header(block.text):
        return None
    rows, lines, j = [], [], i + 1
    while j < len(blocks) and isinstance(blocks[j], Paragraph):
        text = blocks[j].text.strip()  # type: ignore[union-attr]
        if not (_is_row(text) or _is_group(text)):
            break
        rows.append(_cells(text))
        lines.append(text)
        j += 1
    if sum(len(r) > 1 for r in rows) < MIN_ROWS:
        return None
    start = i
    header = _cells(block.text)
    above = blocks[i - 1] if i else None
    label = None
    if (
        isinstance(above, Paragraph)
        and _is_group(above.text)
        and _HEADER_WORD.match(above.text.strip())
    ):
        label, start = above.text.strip(), i - 1
    width = max(len(r) for r in rows)
    header = [label or "指标", *header] if len(header) < width else header
    grid = [_pad(header, width)] + [_row(r, width) for r in rows]
    title = _title(blocks, start)
    return Table(tuple(tuple(r) for r in grid), title), (" ".join(header), *lines), start, j


def _pad(cells: list[str], width: int) -> list[str]:
    return ([""] * (width - len(cells)) + cells)[-width:] if len(cells) < width else cells[:width]


def _row(cells: list[str], width: int) -> list[str]:
    """A group line in the first column; a data line's name first, values at the right
    (a row without a unit leaves the unit column empty)."""
    if len(cells) == 1:
        return [cells[0]] + [""] * (width - 1)
    if len(cells) >= width:
        return [" ".join(cells[: len(cells) - width + 1]), *cells[len(cells) - width + 1 :]]
    values = cells[1:]
    if not known_unit(values[0]):
        return [cells[0], *[""] * (width - len(cells)), *values]
    return [cells[0], *_pad(values, width - 1)]


def _title(blocks: list[Block], start: int) -> str | None:
    above = blocks[start - 1] if start else None
    if (
        isinstance(above, Paragraph)
        and len(above.text.strip()) <= 40
        and not _SENTENCE.search(above.text)
    ):
        return above.text.strip()
    return None
