"""The reader for PDF files, with pdfplumber (MIT).

The text layer is read line by line; lines repeated at the top or bottom of
most pages (running headers and footers) and bare page numbers (`- 3 -`) are
dropped, and the wrapped lines of a paragraph are joined: a paragraph ends at
a line ending in 。 (or ！？), at a short line, or before an indented line.
Tables come from pdfplumber's table finder (ruled tables), placed where they
stand on the page, and their text is not repeated as paragraphs. A merged cell
(which pdfplumber reports as None) takes the text of the cell covering it.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any, NamedTuple

from plancmp.draft.document import Block, Paragraph, Table
from plancmp.draft.read.errors import DocumentError
from plancmp.draft.read.grid import make_table, title_above
from plancmp.draft.read.pdf_layout import (
    Line,
    cell_text,
    chars_to_lines,
    join_wrapped,
    paragraphs,
    running_lines,
)
from plancmp.draft.read.pdf_stacked import split_stacked
from plancmp.i18n import _


class _Item(NamedTuple):
    page: int
    top: float
    block: Table | Line
    lines: tuple[Line, ...] = ()
    """A one-row table's text as lines: what it reads as unless it continues a table."""


def read_pdf(path: Path, data: bytes) -> list[Block]:
    """The blocks of a PDF file."""
    import pdfplumber  # heavy: only for PDF files

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as err:  # pdfminer raises many types for one cause
        raise _open_error(path, err) from None
    with pdf:
        items: list[_Item] = []
        chars = 0
        try:
            for number, page in enumerate(pdf.pages):
                chars += len(page.chars)
                items.extend(_page_items(number, page))
                page.close()  # frees the page's parsed objects: memory stays flat
        except Exception as err:  # a damaged page: pdfminer raises many types
            raise _open_error(path, err) from None
    if chars == 0:
        raise DocumentError(
            _(
                "{path}: the PDF has no text layer (a scanned document, 扫描件) — run OCR on it first, or copy its text into a .txt file"
            ).format(path=path)
        )
    return _blocks(items, len(pdf.pages))


def _open_error(path: Path, err: Exception) -> DocumentError:
    name = type(err).__name__ + " " + " ".join(type(a).__name__ for a in getattr(err, "args", ()))
    if "Password" in name or "Encrypt" in name or "password" in str(err).lower():
        return DocumentError(
            _(
                "{path}: the PDF is password-protected — open it with its password and save or print it to a PDF without one"
            ).format(path=path)
        )
    return DocumentError(
        _(
            "{path}: not a readable PDF ({kind}) — export the document from its program as PDF again"
        ).format(path=path, kind=type(err).__name__)
    )


def _page_items(number: int, page: Any) -> list[_Item]:
    items: list[_Item] = []
    free: list[dict[str, Any]] = page.chars
    if page.rects or page.lines or page.curves:
        tables = page.find_tables()
        cut = _cut_rows(page.edges, tables) if tables else _open_top(page.edges)
        if cut:
            tables = page.find_tables(table_settings={"explicit_horizontal_lines": cut})
        for table in split_stacked(page, tables):
            chars = [char for char in free if _centre_in(char, table.bbox)]
            grid = _grid(table, chars)
            if grid.rows and len(grid.rows) >= 2 and len(grid.rows[0]) >= 2:
                items.append(_Item(number, table.bbox[1], grid))
            elif len(grid.rows) == 1 and len(grid.rows[0]) >= 2:
                # a table's last row carried alone onto this page, or a boxed line
                lines = chars_to_lines(chars, number, page.width, page.height)
                items.append(_Item(number, table.bbox[1], grid, tuple(lines)))
            else:
                continue
            free = [char for char in free if not _centre_in(char, table.bbox)]
    for line in chars_to_lines(free, number, page.width, page.height):
        items.append(_Item(number, line.top, line))
    items.sort(key=lambda item: item.top)
    return items


Box = tuple[float, float, float, float]


def _centre_in(char: dict[str, Any], box: Box) -> bool:
    """A character belongs to the table its centre is in: set tight in its cells (as Word
    documents exported by LibreOffice are), a glyph's box pokes past the table's top or
    bottom rule, and a test for lying wholly inside would lose the first or last row."""
    x = (char["x0"] + char["x1"]) / 2
    y = (char["top"] + char["bottom"]) / 2
    return bool(box[0] <= x <= box[2] and box[1] <= y <= box[3])


def _cut_rows(edges: list[dict[str, Any]], tables: list[Any]) -> list[float]:
    """Where a row cut by a page break ends: the table's side rules run on past its last
    (or before its first) horizontal rule to the page's edge, with no rule closing them;
    a cell merged down over the break (Chromium draws its sides from where it starts) does
    the same from inside the table. Closing them there lets the table finder keep the cut
    part on this page."""
    cut: list[float] = []
    for table in tables:
        top, bottom = table.bbox[1], table.bbox[3]
        sides = [e for e in edges if e["orientation"] == "v"]
        inside = [e for e in sides if top - 2 < e["top"] < bottom + 2]
        below = [e["bottom"] for e in inside if e["bottom"] > bottom + 2]
        ending = [e for e in sides if top - 2 < e["bottom"] < bottom + 2]
        above = [e["top"] for e in ending if e["top"] < top - 2]
        cut.extend([max(below)] if below else [])
        cut.extend([min(above)] if above else [])
        cut.extend([] if _ruled_across(edges, table.bbox, bottom) else [bottom])
    return cut


def _open_top(edges: list[dict[str, Any]]) -> list[float]:
    """Where a row alone at a page's top begins: with collapsed borders Chromium draws
    no rule above a table's row carried onto a new page, so the finder sees no cell
    until a rule closes the row's side rules there."""
    sides = [e for e in edges if e["orientation"] == "v"]
    rules = [e for e in edges if e["orientation"] == "h"]
    if len(sides) < 3:
        return []
    top = min(e["top"] for e in sides)
    ends = [e for e in sides if abs(e["top"] - top) < 2]
    ruled = any(abs(r["top"] - top) < 2 and r["x1"] - r["x0"] > 3 for r in rules)
    return [] if ruled or len(ends) < 3 else [top]


def _ruled_across(edges: list[dict[str, Any]], box: Box, y: float) -> bool:
    """Whether a rule runs the table's whole width at `y`. With collapsed borders Chromium
    leaves a cell merged down to the page's foot open there, and the table finder then
    loses that cell's box and its text."""
    spans = sorted(
        (e["x0"], e["x1"]) for e in edges if e["orientation"] == "h" and abs(e["top"] - y) < 2
    )
    reach = box[0] + 3
    for x0, x1 in spans:
        if x0 > reach:
            return False
        reach = max(reach, x1 + 3)
    return reach >= box[2] - 3


def _grid(table: Any, chars: list[dict[str, Any]]) -> Table:
    """The table's cells from its characters; a merged position (None in
    pdfplumber's rows) takes the text of the cell whose box covers it."""
    boxes: list[list[Box | None]] = [list(row.cells) for row in table.rows]
    cells = [box for row in boxes for box in row if box is not None]
    inside: dict[Box, list[dict[str, Any]]] = {box: [] for box in cells}
    for char in chars:
        box = _box_at(cells, (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2)
        if box is not None:
            inside[box].append(char)
    columns = [column.bbox for column in table.columns]
    merged: set[tuple[int, int]] = set()
    grid: list[tuple[str, ...]] = []
    for r, row in enumerate(boxes):  # (rows left empty are dropped below)
        texts: list[str] = []
        for c, box in enumerate(row):
            if box is None:
                merged.add((r, c))
                row_box, column_box = table.rows[r].bbox, columns[c]
                box = _box_at(
                    cells, (column_box[0] + column_box[2]) / 2, (row_box[1] + row_box[3]) / 2
                )
            texts.append(cell_text(inside[box], box) if box is not None else "")
        grid.append(tuple(texts))
    keep = [r for r, row in enumerate(grid) if _own_text(row, r, merged)]
    where = {r: k for k, r in enumerate(keep)}
    merged = {(where[r], c) for r, c in merged if r in where}
    return Table(rows=tuple(grid[r] for r in keep), merged=frozenset(merged))


def _own_text(row: tuple[str, ...], r: int, merged: set[tuple[int, int]]) -> bool:
    """A row with text of its own: a cut row's empty part, or a band only the cells
    merged down from above reach (where a page break cut them), is no row."""
    return any(text for c, text in enumerate(row) if (r, c) not in merged)


def _box_at(boxes: list[Box], x: float, y: float) -> Box | None:
    for box in boxes:
        if box[0] <= x <= box[2] and box[1] <= y <= box[3]:
            return box
    return None


def _blocks(items: list[_Item], pages: int) -> list[Block]:
    """Paragraphs and tables in reading order; a table that goes on over a page
    break (nothing between its two parts, the same columns) is one table, though only its
    last row went over; a one-row table that continues none is read as its lines."""
    lines = [item.block for item in items if isinstance(item.block, Line)]
    lines += [line for item in items for line in item.lines]
    drop = running_lines(lines, pages)
    blocks: list[Block] = []
    run: list[Line] = []
    table_page = -2
    lone: tuple[_Item, int, int] | None = None  # a one-row table read as lines: where in run
    for item in items:
        if isinstance(item.block, Table):
            previous = blocks[-1] if blocks else None
            goes_on = (
                not run
                and isinstance(previous, Table)
                and table_page == item.page - 1
                and _same_columns(previous, item.block)
            )
            if item.lines and not goes_on:
                start = len(run)
                run.extend(line for line in item.lines if id(line) not in drop)
                lone = (item, start, len(run))
                continue  # one row that continues no table: its text
            table = item.block
            if not goes_on and lone and _heads(lone[0], item) and len(run) == lone[2]:
                table = _headed(lone[0].block, table)
                run = run[: lone[1]]
            blocks.extend(Paragraph(text) for text in paragraphs(run))
            if goes_on:
                assert isinstance(previous, Table)
                blocks[-1] = _continued(previous, table)
            else:
                blocks.append(table._replace(title=title_above(blocks)))
            run, lone = [], None
            table_page = item.page
        elif id(item.block) not in drop:
            run.append(item.block)
    blocks.extend(Paragraph(text) for text in paragraphs(run))
    return blocks


def _heads(row: _Item, table: _Item) -> bool:
    """A table's header row left alone at the foot of a page (the rest of the table
    begins the next one): the same columns, nothing between them."""
    assert isinstance(row.block, Table) and isinstance(table.block, Table)
    return row.page == table.page - 1 and len(row.block.rows[0]) == len(table.block.rows[0])


def _headed(header: Table | Line, table: Table) -> Table:
    """`table` under the header row the page break parted from it."""
    assert isinstance(header, Table)
    merged = {(0, c) for r, c in header.merged if r == 0}
    merged |= {(r + 1, c) for r, c in table.merged}
    return table._replace(rows=header.rows[:1] + table.rows, merged=frozenset(merged))


def _same_columns(first: Table, second: Table) -> bool:
    """The same columns, or one more or fewer: a name cell spanning two columns on one
    page (no row there splits it) shows one column where the other page shows two."""
    return abs(len(first.rows[0]) - len(second.rows[0])) <= 1


def _continued(first: Table, second: Table) -> Table:
    """`first` with the rows of `second`, less a header row repeated on the new page; a
    part one column narrower is widened as plain text is (grid.make_table)."""
    second = _unboxed_span(first, second)
    skip = 1 if second.rows[0] == first.rows[0] else 0
    cut = _rest_of_row(first.rows[-1], second.rows[skip])
    second = _carried_down(first.rows[-1], second, skip, cut)
    if cut and len(first.rows[0]) == len(second.rows[0]):
        joined = tuple(_join(a, b) for a, b in zip(first.rows[-1], second.rows[skip], strict=True))
        first = first._replace(rows=(*first.rows[:-1], joined))
        skip += 1
    offset = len(first.rows) - skip
    rows = first.rows + second.rows[skip:]
    moved = {(r + offset, c) for r, c in second.merged if r >= skip}
    if len(first.rows[0]) == len(second.rows[0]):
        return first._replace(rows=rows, merged=first.merged | frozenset(moved))
    widened = make_table(rows, first.title)
    wide = first.merged if len(first.rows[0]) > len(second.rows[0]) else frozenset(moved)
    narrow = frozenset(moved) if wide is first.merged else first.merged
    kept = wide | {(r, c) for r, c in narrow if c <= 1}  # the label columns keep their places
    return widened._replace(merged=widened.merged | kept)


def _unboxed_span(first: Table, second: Table) -> Table:
    """A cell merged down over the page break whose part on the new page has no box the
    table finder can see: that part reads one column narrower. The column is the one
    merged down to the first part's last row, and its text runs on over every row."""
    last = len(first.rows) - 1
    if len(second.rows[0]) != len(first.rows[0]) - 1 or last < 2:
        return second
    down = [
        c
        for c, text in enumerate(first.rows[last])
        if (last, c) in first.merged
        and text == first.rows[last - 1][c]
        and (c == 0 or text != first.rows[last][c - 1])
    ]
    if len(down) != 1:
        return second
    c, text = down[0], first.rows[last][down[0]]
    rows = tuple((*row[:c], text, *row[c:]) for row in second.rows)
    merged = {(r, k + (k >= c)) for r, k in second.merged} | {(r, c) for r in range(len(rows))}
    return second._replace(rows=rows, merged=frozenset(merged))


def _carried_down(last: tuple[str, ...], second: Table, top: int, cut: bool) -> Table:
    """A cell merged down over the page break (属性 预期性 for a run of rows) keeps its text
    where it began: its part on the new page is empty yet spans rows. That part takes the
    text above the break, as a reader carries it on; the rest of a `cut` row is joined to
    the row above, so it takes nothing."""
    if len(last) != len(second.rows[top]) or top + 1 >= len(second.rows):
        return second
    rows = [list(row) for row in second.rows]
    merged = set(second.merged)
    for c, text in enumerate(last):
        if not text or rows[top][c] or (top + 1, c) not in second.merged:
            continue
        r = top
        while r < len(rows) and (r == top or (r, c) in second.merged) and not rows[r][c]:
            if r > top or not cut:
                rows[r][c] = text
                merged.add((r, c))
            r += 1
    return second._replace(rows=tuple(tuple(row) for row in rows), merged=frozenset(merged))


def _rest_of_row(last: tuple[str, ...], first: tuple[str, ...]) -> bool:
    """The first row on the new page is the rest of the row the page break cut: the row
    above has its number (or name) in the first cell, this one none."""
    return bool(last[0].strip()) and not first[0].strip() and any(c.strip() for c in first)


def _join(a: str, b: str) -> str:
    """Two parts of a cell cut by a page break: the text runs on."""
    return join_wrapped(a, b) if a and b else a or b
