"""Readers: a document file (.txt, .md, .html, .docx, .pdf) → `Document`.

`read_document` picks the reader by the file's extension *and* its content (a
.docx that is really an old .doc, a web page saved as .txt, a PDF named .txt),
reads it, and converts variant text (traditional characters, bracketed pinyin,
letter-spacing) so that every reader's output is clean simplified text.
Heavy libraries are imported inside the reader that needs them.
"""

from __future__ import annotations

from pathlib import Path

from plancmp.draft.document import Block, Document, Heading, Paragraph, Table
from plancmp.draft.read.clean import Cleaner, sample_of
from plancmp.draft.read.errors import DocumentError, NotAFile
from plancmp.draft.read.files import SUPPORTED, read_bytes, sniff
from plancmp.i18n import _

__all__ = ["SUPPORTED", "DocumentError", "NotAFile", "document_text", "read_document"]


def read_document(path: Path) -> Document:
    """The document at `path`, converted; raises DocumentError with one line
    saying what is wrong and what to do."""
    path = Path(path)
    suffix = path.suffix.lower()
    data = read_bytes(path)
    kind = sniff(data)
    if kind == "ole":
        raise DocumentError(
            _(
                "{path}: this is an old Word .doc (or another pre-2007 Office) file — open it in Word or WPS and save it as .docx"
            ).format(path=path)
        )
    if suffix not in SUPPORTED and suffix not in _OFFICE_NAMES:
        raise DocumentError(
            _(
                "{path}: unsupported file type '{suffix}' — save the plan as one of {supported}"
            ).format(path=path, suffix=path.suffix or "(none)", supported=", ".join(SUPPORTED))
        )
    blocks, removed = _read(path, suffix, data, kind)
    cleaner = Cleaner(sample_of(_strings(blocks)))
    blocks = [_cleaned(block, cleaner) for block in blocks]
    blocks = [_title_row_lifted(block) for block in blocks if _has_text(block)]
    if not blocks:
        raise DocumentError(
            _(
                "{path}: no text found in the document — check that it is the plan itself, or copy its text into a .txt file"
            ).format(path=path)
        )
    return Document(
        path=str(path), blocks=tuple(blocks), conversions=(*removed, *cleaner.conversions())
    )


_OFFICE_NAMES = (".doc", ".wps")
"""Names of old Word and WPS files, which web sites also give to .docx files, to Word's web
pages and to plain text: such a file is read by what its content is (an old binary one is
told to be saved as .docx; one of no text, that it holds none)."""


def document_text(doc: Document) -> str:
    """The whole converted text, blocks in order, a table row per line with its
    cells joined by a tab: what drafted `raw` values and quotes are checked
    against."""
    lines: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Table):
            lines.extend("\t".join(row) for row in block.rows)
        else:
            lines.append(block.text)
    return "\n".join(lines)


def _read(path: Path, suffix: str, data: bytes, kind: str | None) -> tuple[list[Block], list[str]]:
    if kind == "pdf":
        from plancmp.draft.read.pdf import read_pdf  # pdfplumber is heavy

        return read_pdf(path, data), []
    if kind == "zip":
        from plancmp.draft.read.word import read_docx  # python-docx is heavy

        return read_docx(path, data), []
    if suffix == ".docx":
        raise DocumentError(
            _(
                "{path}: not a valid .docx file (not a zip archive) — open it in Word or WPS and save it again as .docx"
            ).format(path=path)
        )
    if suffix == ".pdf":
        raise DocumentError(
            _(
                "{path}: not a valid PDF file (no %PDF header) — export the document from its program as PDF again"
            ).format(path=path)
        )
    if kind == "html" or suffix in (".html", ".htm"):
        from plancmp.draft.read.webpage import read_html  # lxml is heavy

        return read_html(path, data), []
    from plancmp.draft.read.decode import decode_text
    from plancmp.draft.read.text import read_text

    return read_text(decode_text(data, path))


def _strings(blocks: list[Block]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Table):
            out.extend(cell for row in block.rows for cell in row)
        else:
            out.append(block.text)
    return out


def _cleaned(block: Block, cleaner: Cleaner) -> Block:
    if isinstance(block, Table):
        rows = tuple(tuple(cleaner.text(cell) for cell in row) for row in block.rows)
        title = cleaner.text(block.title) if block.title else block.title
        return block._replace(rows=rows, title=title)
    if isinstance(block, Heading):
        return block._replace(text=cleaner.text(block.text))
    return Paragraph(cleaner.text(block.text))


def _title_row_lifted(block: Block) -> Block:
    """A table whose top row is one cell merged across the whole width (Word's and web
    pages' `表1 主要指标` printed inside the table) has that row as its title: it is no
    header row, and read as one it hid the header below it."""
    if not isinstance(block, Table) or len(block.rows) < 3 or len(block.rows[0]) < 2:
        return block
    top = block.rows[0]
    across = all((0, c) in block.merged for c in range(1, len(top)))
    if not across or len(set(top)) != 1 or not top[0].strip():
        return block
    merged = frozenset((r - 1, c) for r, c in block.merged if r > 0)
    return Table(block.rows[1:], block.title or top[0].strip(), merged)


def _has_text(block: Block) -> bool:
    if isinstance(block, Table):
        return any(cell.strip() for row in block.rows for cell in row)
    return bool(block.text.strip())
