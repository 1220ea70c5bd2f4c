"""The same indicator table read from every format gives the same grid."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_helpers import (
    INDICATOR_GRID,
    aligned,
    bare_cells,
    blocks_docx,
    blocks_html,
    cell_lines,
    indicator_docx,
    indicator_html,
    indicator_pdf,
    normalized,
    pipe,
    print_pdf,
    tab_rows,
)

from plancmp.draft.build import draft_document
from plancmp.draft.document import Heading, Table
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


STAGE_ROWS = (
    ("指标", "2020年", "2025年", "属性"),
    ("1.学前教育毛入园率(%)", "91.2%", "95%以上", "预期性"),
    ("2.义务教育标准班额比例(%)", "", "", ""),
    ("其中:小学", "34.52%", "80%以上", "预期性"),
    ("初中", "77.34%", "85%以上", "预期性"),
)
"""An indicator whose stages a text copy prints a row each, and Word or a web page in one
row, the cells holding a line each (`义务教育标准班额比例\n其中:小学\n初中`)."""


def _drafted(path: Path) -> list[tuple[str, str | None, str, str | None]]:
    records = draft_document(read_document(path), "n", []).records
    return [
        (
            r.record.name,
            r.record.segment,
            r.record.target.raw,
            r.record.baseline.raw if r.record.baseline else None,
        )
        for r in records
    ]


def test_stages_in_one_cell_draft_as_their_rows_do(tmp_path: Path) -> None:
    text = tmp_path / "plan.txt"
    text.write_text(
        "某县教育事业发展主要指标\n\n" + "\n".join("\t".join(r) for r in STAGE_ROWS) + "\n",
        encoding="utf-8",
    )
    cell = tuple("\n".join(c for c in column if c) for column in zip(*STAGE_ROWS[2:], strict=True))
    blocks = (Heading("某县教育事业发展主要指标", 2), Table((*STAGE_ROWS[:2], cell)))
    page = tmp_path / "plan.html"
    page.write_text(blocks_html(blocks), encoding="utf-8")
    word = blocks_docx(blocks, tmp_path / "plan.docx")
    expected = [
        ("学前教育毛入园率(%)", "学前", "95%以上", "91.2%"),
        ("义务教育标准班额比例(%)", "小学", "80%以上", "34.52%"),
        ("义务教育标准班额比例(%)", "初中", "85%以上", "77.34%"),
    ]
    assert _drafted(text) == expected
    assert _drafted(page) == expected
    assert _drafted(word) == expected


YEARS_OVER_STAGES = (
    "<html><head><meta charset='utf-8'><style>td{border:1px solid #000;padding:4px}"
    "table{border-collapse:collapse}</style></head><body><h1>某区教育发展规划</h1><p>主要指标</p><table>"
    "<tr><td rowspan='2'>指标</td><td colspan='2'>2020年</td><td colspan='2'>2025年</td>"
    "<td rowspan='2'>属性</td></tr>"
    "<tr><td>小学</td><td>初中</td><td>小学</td><td>初中</td></tr>"
    "<tr><td>生师比</td><td>17.5</td><td>13.2</td><td>17</td><td>12.5</td><td>约束性</td></tr>"
    "</table></body></html>"
)
"""A header of years over stages, each year spanning a column per stage, in a ruled table
as Word prints one to PDF."""


def _years_over_stages_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("某区教育发展规划", 1)
    document.add_paragraph("主要指标")
    table = document.add_table(rows=3, cols=6)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "指标"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "2020年"
    table.cell(0, 3).merge(table.cell(0, 4)).text = "2025年"
    table.cell(0, 5).merge(table.cell(1, 5)).text = "属性"
    for c, text in enumerate(("小学", "初中", "小学", "初中"), start=1):
        table.cell(1, c).text = text
    for c, text in enumerate(("生师比", "17.5", "13.2", "17", "12.5", "约束性")):
        table.cell(2, c).text = text
    document.save(str(path))
    return path


def test_years_over_stages_draft_alike_from_a_page_word_and_pdf(tmp_path: Path) -> None:
    page = tmp_path / "plan.html"
    page.write_text(YEARS_OVER_STAGES, encoding="utf-8")
    word = _years_over_stages_docx(tmp_path / "plan.docx")
    pdf = print_pdf(YEARS_OVER_STAGES, tmp_path, "stages")
    expected = [("生师比", "小学", "17", "17.5"), ("生师比", "初中", "12.5", "13.2")]
    assert _drafted(page) == expected
    assert _drafted(word) == expected
    assert _drafted(pdf) == expected
