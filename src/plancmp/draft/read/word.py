"""The reader for Word documents (.docx), with python-docx.

The body is walked in XML order so paragraphs and tables interleave as printed
(doc.paragraphs and doc.tables would lose that). A paragraph is a heading when
its style is a heading style (Heading 1…, 标题 1…) or it carries an outline
level. Tables are read from their XML too: gridSpan (horizontal merge) and
vMerge (vertical merge) expand into the full grid, and the repeats go to
`merged`. A table nested in a cell adds its text to that cell.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from plancmp.draft.document import Block, Heading, Paragraph, Table
from plancmp.draft.read.errors import DocumentError
from plancmp.draft.read.grid import SpanGrid, title_above
from plancmp.i18n import _

_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)


def read_docx(path: Path, data: bytes) -> list[Block]:
    """The blocks of a .docx file."""
    import docx  # heavy: only for Word documents
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise DocumentError(
            _(
                "{path}: not a valid .docx file (a damaged zip archive) — open it in Word or WPS and save it again as .docx"
            ).format(path=path)
        ) from None
    except (PackageNotFoundError, KeyError, ValueError):
        raise DocumentError(
            _(
                "{path}: not a valid .docx file (a zip archive with no Word document in it) — open it in Word or WPS and save it again as .docx"
            ).format(path=path)
        ) from None
    styles = _style_levels(document)
    blocks: list[Block] = []
    _body(document.element.body, styles, blocks)
    return blocks


def _body(container: Any, styles: dict[str, int], blocks: list[Block]) -> None:
    from docx.oxml.ns import qn

    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            text = _paragraph_text(child)
            if not text.strip():
                continue
            level = _outline_level(child, styles)
            blocks.append(Heading(text.strip(), level) if level else Paragraph(text.strip()))
        elif child.tag == qn("w:tbl"):
            table = _table(child)
            if table.rows:
                blocks.append(table._replace(title=title_above(blocks)))
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                _body(content, styles, blocks)


def _paragraph_text(p: Any) -> str:
    """The text of a w:p: its runs, hyperlinks and inserted text; tabs and
    breaks as white space."""
    from docx.oxml.ns import qn

    parts: list[str] = []
    for node in p.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:delText")):
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag in (qn("w:tab"),):
            parts.append("\t")
        elif node.tag in (qn("w:br"), qn("w:cr")):
            parts.append("\n")
    return "".join(parts)


def _style_levels(document: Any) -> dict[str, int]:
    """Heading level of each paragraph style id, from its name or outline level."""
    from docx.oxml.ns import qn

    levels: dict[str, int] = {}
    for style in document.styles.element.iterchildren(qn("w:style")):
        style_id = style.get(qn("w:styleId"))
        name_el = style.find(qn("w:name"))
        name = name_el.get(qn("w:val")) if name_el is not None else ""
        match = _HEADING_STYLE.match((name or "").strip())
        if match:
            levels[style_id] = int(match.group(1))
            continue
        if (name or "").strip().lower() in ("title", "标题"):
            levels[style_id] = 1
            continue
        outline = style.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
        if (
            outline is not None
            and outline.get(qn("w:val"), "9").isdigit()
            and int(outline.get(qn("w:val"))) < 9
        ):
            levels[style_id] = int(outline.get(qn("w:val"))) + 1
    return levels


def _outline_level(p: Any, styles: dict[str, int]) -> int:
    """The heading level of a paragraph, 0 for body text."""
    from docx.oxml.ns import qn

    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        return 0
    outline = ppr.find(qn("w:outlineLvl"))
    if outline is not None:
        value = outline.get(qn("w:val"), "9")
        return int(value) + 1 if value.isdigit() and int(value) < 9 else 0
    style = ppr.find(qn("w:pStyle"))
    return styles.get(style.get(qn("w:val")), 0) if style is not None else 0


def _table(tbl: Any) -> Table:
    from docx.oxml.ns import qn

    grid = SpanGrid()
    for tr in tbl.iterchildren(qn("w:tr")):
        grid.next_row()
        trpr = tr.find(qn("w:trPr"))
        before = _int_val(trpr.find(qn("w:gridBefore")) if trpr is not None else None, 0)
        grid.skip(before)
        for tc in _cells(tr):
            tcpr = tc.find(qn("w:tcPr"))
            span = _int_val(tcpr.find(qn("w:gridSpan")) if tcpr is not None else None, 1)
            vmerge = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
            if vmerge is not None and vmerge.get(qn("w:val"), "continue") == "continue":
                grid.repeat_above(span)
            else:
                grid.add(_cell_text(tc), 1, span)
    return grid.table()


def _cells(tr: Any) -> list[Any]:
    """The w:tc of a row, including those wrapped in content controls."""
    from docx.oxml.ns import qn

    out = []
    for child in tr.iterchildren():
        if child.tag == qn("w:tc"):
            out.append(child)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                out.extend(content.iterchildren(qn("w:tc")))
    return out


def _cell_text(tc: Any) -> str:
    """A cell's paragraphs as lines; a nested table's rows as lines too."""
    from docx.oxml.ns import qn

    lines: list[str] = []
    for child in tc.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(_paragraph_text(child).strip())
        elif child.tag == qn("w:tbl"):
            lines.extend(" ".join(cell for cell in row if cell) for row in _table(child).rows)
    return "\n".join(line for line in lines if line)


def _int_val(element: Any, default: int) -> int:
    from docx.oxml.ns import qn

    if element is None:
        return default
    value = element.get(qn("w:val"), "")
    return int(value) if value.isdigit() else default
