"""The 对标分析 report as a Word document: the outline of report.py in Word's own terms.

Headings are Word's heading styles (标题 1/2/3: the navigation pane and a table of
contents find them), tables are Word tables, each chart a PNG image (chart_image.py),
the writer's notes paragraphs with their bold and italic.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING

from plancmp.output.notes import paragraphs
from plancmp.output.office.docx import (
    META_STYLE,
    TABLE_STYLE,
    WIDE_TABLE,
    add_table,
    new_document,
)
from plancmp.output.report import Block, Chart, Counts, Grid, Heading, Items, Note, Text
from plancmp.output.table import Table

if TYPE_CHECKING:
    from docx.document import Document

CHART_WIDTH_MM = 150
CHART_KEY = "橙色为本规划，虚线为本规划目标。"


def write_report(blocks: Sequence[Block], path: Path) -> None:
    doc = new_document()
    for b in blocks:
        _block(doc, b)
    doc.save(str(path))


def _block(doc: Document, b: Block) -> None:
    if isinstance(b, Heading):
        doc.add_heading(b.text, level=b.level)
    elif isinstance(b, Text):
        doc.add_paragraph(b.text, style=META_STYLE if b.meta else None)
    elif isinstance(b, Counts):
        add_table(doc, Table(["发现", "条数"], [[k, n] for k, n in b.pairs]))
    elif isinstance(b, Grid):
        table, same = without_constant(b.table)
        add_table(doc, table, b.highlight)
        if same:
            doc.add_paragraph(
                "；".join(f"{name}均为{value}" for name, value in same) + "。", style=META_STYLE
            )
    elif isinstance(b, Chart):
        _chart(doc, b)
    elif isinstance(b, Items):
        for item in b.items:
            doc.add_paragraph(item, style=META_STYLE)
    else:
        _note(doc, b)


def without_constant(table: Table) -> tuple[Table, list[tuple[str, str]]]:
    """The table without the columns that say the same in every row (年份 2025, 口径 水平),
    and what they say, for a line under it: a portrait A4 page has no room to spare."""
    if len(table.rows) < 2 or len(table.columns) <= WIDE_TABLE:
        return table, []
    same = [
        j
        for j in range(2, len(table.columns))
        if table.rows[0][j] and all(row[j] == table.rows[0][j] for row in table.rows)
    ]
    keep = [j for j in range(len(table.columns)) if j not in same]
    numbers = [[row[j] for j in keep] for row in table.numbers]
    cut = Table(
        [table.columns[j] for j in keep],
        [[row[j] for j in keep] for row in table.rows],
        table.records,
        table.title,
        table.notes,
        numbers,
    )
    return cut, [(table.columns[j], table.rows[0][j]) for j in same]


def _chart(doc: Document, chart: Chart) -> None:
    import io

    from docx.shared import Mm

    from plancmp.output.chart_image import png

    image = png(chart)
    if image is None:
        return
    doc.add_picture(io.BytesIO(image), width=Mm(CHART_WIDTH_MM))
    picture = doc.paragraphs[-1]
    picture.style = doc.styles[TABLE_STYLE]  # the image's line: no indent
    key = doc.add_paragraph(CHART_KEY, style=META_STYLE)
    for paragraph in (picture, key):  # on one page with the table below
        paragraph.paragraph_format.keep_with_next = True


def _note(doc: Document, note: Note) -> None:
    """The writer's commentary: body paragraphs, lists numbered in the text, code and
    quotes set apart, inner headings in bold."""
    numbers = count(1)
    for p in paragraphs(note.markdown):
        if p.kind == "number":
            prefix = f"{next(numbers)}. "
        else:
            numbers = count(1)
            prefix = "• " if p.kind == "bullet" else ""
        paragraph = doc.add_paragraph(style=META_STYLE if p.kind in ("quote", "code") else None)
        paragraph.add_run(prefix)
        for span in p.spans:
            run = paragraph.add_run(span.text)
            run.bold = span.bold or p.kind == "heading" or None
            run.italic = span.italic or None
            if span.code:
                run.font.name = "Courier New"
