"""The same indicator table read from every format gives the same grid."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_helpers import (
    INDICATOR_GRID,
    aligned,
    bare_cells,
    cell_lines,
    indicator_docx,
    indicator_html,
    indicator_pdf,
    normalized,
    pipe,
    tab_rows,
)

from plancmp.draft.document import Table
from plancmp.draft.read import read_document


def _table(path: Path) -> Table:
    tables = [b for b in read_document(path).blocks if isinstance(b, Table)]
    assert len(tables) == 1
    return tables[0]


@pytest.mark.parametrize("layout", [cell_lines, tab_rows, aligned, pipe, bare_cells])
def test_text_layouts(tmp_path: Path, layout) -> None:
    path = tmp_path / "plan.txt"
    path.write_text("某区教育事业发展主要指标\n\n" + layout() + "\n", encoding="utf-8")
    assert normalized(_table(path).rows) == normalized(INDICATOR_GRID)


def test_web_page(tmp_path: Path) -> None:
    path = tmp_path / "plan.html"
    path.write_text(indicator_html(), encoding="utf-8")
    assert normalized(_table(path).rows) == normalized(INDICATOR_GRID)


def test_word(tmp_path: Path) -> None:
    path = indicator_docx(tmp_path / "plan.docx")
    assert normalized(_table(path).rows) == normalized(INDICATOR_GRID)


def test_pdf() -> None:
    assert normalized(_table(indicator_pdf()).rows) == normalized(INDICATOR_GRID)


def test_every_format_gives_the_same_title(tmp_path: Path) -> None:
    html = tmp_path / "plan.html"
    html.write_text(indicator_html(), encoding="utf-8")
    docx = indicator_docx(tmp_path / "plan.docx")
    titles = {_table(path).title for path in (html, docx, indicator_pdf())}
    assert titles == {"某区教育事业发展主要指标"}


def test_content_decides_the_reader(tmp_path: Path) -> None:
    """A PDF or a Word file named .txt is read as what it is."""
    pdf = tmp_path / "plan.txt"
    pdf.write_bytes(indicator_pdf().read_bytes())
    word = tmp_path / "plan2.txt"
    word.write_bytes(indicator_docx(tmp_path / "plan.docx").read_bytes())
    for path in (pdf, word):
        assert normalized(_table(path).rows) == normalized(INDICATOR_GRID)
