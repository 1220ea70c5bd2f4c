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
import re
from pathlib import Path
from typing import Any, NamedTuple

from plancmp.draft.document import Block, Paragraph, Table
from plancmp.draft.read.errors import DocumentError
from plancmp.draft.read.pdf_layout import Line, chars_to_lines, paragraphs, running_lines


class _Item(NamedTuple):
    page: int
    top: float
    block: Table | Line


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
            f"{path}: the PDF has no text layer (a scanned document, 扫描件) — run OCR on it first, or copy its text into a .txt file"
        )
    return _blocks(items, len(pdf.pages))


def _open_error(path: Path, err: Exception) -> DocumentError:
    name = type(err).__name__ + " " + " ".join(type(a).__name__ for a in getattr(err, "args", ()))
    if "Password" in name or "Encrypt" in name or "password" in str(err).lower():
        return DocumentError(
            f"{path}: the PDF is password-protected — open it with its password and save or print it to a PDF without one"
        )
    return DocumentError(
        f"{path}: not a readable PDF ({type(err).__name__}) — export the document from its program as PDF again"
    )


def _page_items(number: int, page: Any) -> list[_Item]:
    items: list[_Item] = []
    text_page = page
    if page.rects or page.lines or page.curves:
        for table in page.find_tables():
            grid = _grid(table)
            if grid.rows and len(grid.rows) >= 2 and len(grid.rows[0]) >= 2:
                items.append(_Item(number, table.bbox[1], grid))
                text_page = text_page.outside_bbox(table.bbox)
    for line in chars_to_lines(text_page.chars, number, page.width):
        items.append(_Item(number, line.top, line))
    items.sort(key=lambda item: item.top)
    return items


def _grid(table: Any) -> Table:
    """pdfplumber's rows, with each merged position (None) given the text of
    the cell whose box covers it."""
    rows = table.extract()
    boxes = [list(row.cells) for row in table.rows]
    covering: list[tuple[tuple[float, float, float, float], str]] = [
        (box, rows[r][c] or "")
        for r, row in enumerate(boxes)
        for c, box in enumerate(row)
        if box is not None and c < len(rows[r])
    ]
    merged: set[tuple[int, int]] = set()
    grid: list[tuple[str, ...]] = []
    columns = [col.bbox for col in table.columns]
    for r, row in enumerate(rows):
        cells: list[str] = []
        for c, text in enumerate(row):
            if text is None:
                cells.append(
                    _covering_text(
                        table.rows[r].bbox, columns[c] if c < len(columns) else None, covering
                    )
                )
                merged.add((r, c))
            else:
                cells.append(re.sub(r"[ \t]*\n[ \t]*", "\n", text.strip()))
        grid.append(tuple(cells))
    return Table(rows=tuple(grid), merged=frozenset(merged))


def _covering_text(
    row_box: Any, col_box: Any, covering: list[tuple[tuple[float, float, float, float], str]]
) -> str:
    if col_box is None:
        return ""
    x = (col_box[0] + col_box[2]) / 2
    y = (row_box[1] + row_box[3]) / 2
    for (x0, top, x1, bottom), text in covering:
        if x0 <= x <= x1 and top <= y <= bottom:
            return re.sub(r"[ \t]*\n[ \t]*", "\n", text.strip())
    return ""


def _blocks(items: list[_Item], pages: int) -> list[Block]:
    lines = [item.block for item in items if isinstance(item.block, Line)]
    drop = running_lines(lines, pages)
    blocks: list[Block] = []
    run: list[Line] = []
    for item in items:
        if isinstance(item.block, Table):
            blocks.extend(Paragraph(text) for text in paragraphs(run))
            run = []
            title = (
                blocks[-1].text
                if blocks and len(blocks[-1].text) <= 40 and not blocks[-1].text.endswith("。")
                else None
            )  # type: ignore[union-attr]
            blocks.append(item.block._replace(title=title))
        elif id(item.block) not in drop:
            run.append(item.block)
    blocks.extend(Paragraph(text) for text in paragraphs(run))
    return blocks
