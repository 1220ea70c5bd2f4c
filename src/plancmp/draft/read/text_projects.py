"""A web table of projects copied one cell a line: the header cells first, then each
project's cells, each project opening with its number.

    项目编号
    所在区
    地点
    课室数 /
    校舍面积
    预计完工日期
    P1
    东区
    某某路1号
    设有6间课室 /
    800平方米
    2026年9月
    (暂定)

The header names a key column first (项目编号, 序号) and a due date (预计完工日期), so the rows
are works still to be done, each dated by its own due date. A row runs from one key to the
next (the keys share a shape: `P1`, `P2`; `1`, `2`). Its cells between the key and the date are
its words (a district, an address over several lines) and then its figures; a cell that ends
with ` /` goes on in the next line (`课室数 / 校舍面积`: two measures in one cell, which the
drafter splits: column_tables.paired_columns). Pages are copied in either script, so the
header words are matched in both.
"""

from __future__ import annotations

import re

from plancmp.draft.read.text_tables import Rows, Taken
from plancmp.draft.spans import find_spans
from plancmp.draft.table_header import DUE_COLUMN

_KEY = re.compile(r"^(?:[项項]目)?(?:[编編][号號]|序[号號])$")
_DATE = re.compile(r"^(?:19|20)\d\d\s*(?:年(?:\s*\d{1,2}\s*月)?(?:底|末|前|[内內])?|[-./]\d{1,2})$")
_CELL_MAX = 24
_KEY_MAX = 8
_NOTE = re.compile(r"^[(（][^()（）]{1,8}[)）]$")
"""A bracketed word after a date (`(暂定)`): the date's own note."""
_SENTENCE = re.compile(r"[。；;：:，,！!？?]")
_TWO_MEASURES = re.compile(r"\s+/\s*|\s*/\s+")
"""The slash between two measures in one cell (`设有6间课室 / 800平方米`), spaced; a unit's
own slash (`平方米/生`) is not spaced."""


def take_project_cells(lines: list[str], i: int) -> Taken:
    """A dated project table starting at `lines[i]` (see the module docstring), or None."""
    header, j = _cells(lines, i, header=True)
    if len(header) < 3 or not _KEY.match(_bare(header[0][0])):
        return None
    due = next((c for c, (text, _) in enumerate(header) if DUE_COLUMN.match(_bare(text))), None)
    if due is None or due < 2:
        return None
    tokens, _ = _cells(lines, j, header=False)
    rows, used = _rows([text for text, _ in tokens], len(header), due)
    if len(rows) < 2:
        return None
    return [[text for text, _ in header], *rows], tokens[used - 1][1]


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _cells(lines: list[str], j: int, header: bool) -> tuple[list[tuple[str, int]], int]:
    """The cell lines from j, each with the index of the line after it: a line ending in
    ` /` joins the next. A header cell holds no digit; any cell is short and no sentence."""
    out: list[tuple[str, int]] = []
    open_slash = False
    while j < len(lines):
        text = lines[j].strip()
        if not text:
            j += 1
            continue
        if "\t" in lines[j] or len(text) > _CELL_MAX or _SENTENCE.search(text):
            break
        if header and re.search(r"\d", text):
            break
        if open_slash and out:
            out[-1] = (f"{out[-1][0]} {text}", j + 1)
        else:
            out.append((text, j + 1))
        open_slash = text.endswith("/")
        j += 1
    return out, j


def _rows(texts: list[str], width: int, due: int) -> tuple[Rows, int]:
    """The rows, each from one key to the next, while each has its date and a figure; and
    how many cells they use. The figure columns are as many as every row fills."""
    if not texts or not re.search(r"\d", texts[0]) or len(texts[0]) > _KEY_MAX:
        return [], 0
    shape = re.compile(re.sub(r"\d+", r"\\d+", re.escape(texts[0])) + "$")
    starts = [t for t, text in enumerate(texts) if shape.match(text)]
    spans: list[tuple[int, int, int]] = []
    for a, b in zip(starts, [*starts[1:], len(texts)], strict=True):
        at = _dated(texts[a:b])
        if at is None:
            break
        spans.append((a, b, at))
    figures = min((_figures(texts[a:b], at, due) for a, b, at in spans), default=0)
    rows: Rows = []
    used = 0
    for a, b, at in spans:
        row = _row(texts[a:b], at, figures, width, due)
        if row is None or (b < len(texts) and row[1] != b - a):
            break
        rows.append(row[0])
        used = a + row[1]
    return rows, used


def _dated(cells: list[str]) -> int | None:
    """Where a row's due date stands."""
    return next((k for k, c in enumerate(cells) if k and _DATE.match(_bare(c))), None)


def _figures(cells: list[str], at: int, due: int) -> int:
    """How many cells before the date print figures, at most the columns before it."""
    middle = cells[1:at]
    n = 0
    while n < min(len(middle), due - 1) and _figure(middle[len(middle) - 1 - n]):
        n += 1
    return n


def _row(
    cells: list[str], at: int, figures: int, width: int, due: int
) -> tuple[list[str], int] | None:
    """One project's cells placed under the header, and how many it uses: its words in the
    columns after the key (the last taking any more lines), its `figures` in the columns
    before the date, the date with its bracketed notes (`(暂定)`), any columns after it."""
    middle = cells[1:at]
    words = middle[: len(middle) - figures]
    spare = due - 1 - figures
    if not figures or (words and not spare):
        return None
    if len(words) > spare:
        words = [*words[: spare - 1], "\n".join(words[spare - 1 :])]
    end = at + 1
    while end < len(cells) and _NOTE.match(cells[end]):
        end += 1
    date = "\n".join(cells[at:end])
    rest = cells[end : end + width - due - 1]
    row = [cells[0], *words, *[""] * (spare - len(words)), *middle[len(middle) - figures :]]
    row += [date, *rest]
    return (row + [""] * width)[:width], end + len(rest)


def _figure(cell: str) -> bool:
    """A cell that prints a figure with its unit (`800平方米`; `设有6间课室 / 800平方米`, of
    whose two measures one may have lost its unit)."""
    return any(find_spans(p) for p in _TWO_MEASURES.split(cell))
