"""The Word reader: body order, heading styles, merged cells, nested tables."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from draft_helpers import INDICATOR_GRID, indicator_docx

from plancmp.draft.document import Heading, Paragraph, Table
from plancmp.draft.read import read_document


def test_paragraphs_and_tables_in_body_order(tmp_path: Path) -> None:
    doc = read_document(indicator_docx(tmp_path / "plan.docx"))
    assert doc.blocks == (
        Heading("某区教育事业发展“十四五”规划", 1),
        Paragraph("到2025年，全区教育现代化水平显著提升，各项指标达到全省先进水平。"),
        Paragraph("某区教育事业发展主要指标"),
        Table(
            INDICATOR_GRID, "某区教育事业发展主要指标", frozenset({(1, 2), (1, 3), (5, 2), (5, 3)})
        ),
        Paragraph("注：带%的指标为比例。"),
    )


def test_vertical_and_horizontal_merges_and_sub_rows(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=5, cols=5)
    cells = [
        ["类别", "指标", "", "2020年", "2025年"],
        ["义务教育", "校际优质均衡系数", "小学", "0.305", "0.3"],
        ["", "", "初中", "0.277", "0.25"],
        ["", "九年义务教育巩固率(%)", "", "100", "100"],
        ["", "其中：小学\n初中", "", "100\n99.5", "100\n100"],
    ]
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    table.cell(0, 1).merge(table.cell(0, 2))  # 指标 over the segment column
    table.cell(1, 0).merge(table.cell(4, 0))  # 义务教育 down four rows
    table.cell(1, 1).merge(table.cell(2, 1))  # the indicator over its two segments
    table.cell(3, 1).merge(table.cell(3, 2))
    table.cell(4, 1).merge(table.cell(4, 2))
    path = tmp_path / "plan.docx"
    document.save(str(path))
    (result,) = read_document(path).blocks
    assert result == Table(
        (
            ("类别", "指标", "指标", "2020年", "2025年"),
            ("义务教育", "校际优质均衡系数", "小学", "0.305", "0.3"),
            ("义务教育", "校际优质均衡系数", "初中", "0.277", "0.25"),
            ("义务教育", "九年义务教育巩固率(%)", "九年义务教育巩固率(%)", "100", "100"),
            ("义务教育", "其中：小学\n初中", "其中：小学\n初中", "100\n99.5", "100\n100"),
        ),
        None,
        frozenset({(0, 2), (2, 0), (3, 0), (4, 0), (2, 1), (3, 2), (4, 2)}),
    )


def test_heading_styles_outline_levels_and_nested_tables(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("一、发展目标", style="Heading 2")
    outlined = document.add_paragraph("（一）总体目标")
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "2")
    outlined._p.get_or_add_pPr().append(level)
    run = document.add_paragraph("到2025年").add_run()
    run.add_break(WD_BREAK.LINE)
    run.add_text("基本实现教育现代化。")
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "指标"
    inner = outer.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "小学"
    inner.cell(0, 1).text = "0.30"
    path = tmp_path / "plan.docx"
    document.save(str(path))
    assert read_document(path).blocks == (
        Heading("一、发展目标", 2),
        Heading("（一）总体目标", 3),
        Paragraph("到2025年\n基本实现教育现代化。"),
        Table((("指标", "小学 0.30"),)),
    )


def test_chinese_heading_style_names(tmp_path: Path) -> None:
    document = docx.Document()
    style = document.styles["Heading 1"]
    style.element.find(qn("w:name")).set(qn("w:val"), "标题 1")
    document.add_paragraph("临安区教育事业发展规划", style=style)
    document.add_paragraph("正文。")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    assert read_document(path).blocks == (Heading("临安区教育事业发展规划", 1), Paragraph("正文。"))


def test_a_title_row_merged_across_the_table_is_its_title(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "附表 乡村小规模学校办学指标"
    for c, text in enumerate(("指标", "2025年", "2030年")):
        table.cell(1, c).text = text
    for c, text in enumerate(("音体美专职教师配备率（%）", "60", "85")):
        table.cell(2, c).text = text
    path = tmp_path / "plan.docx"
    document.save(str(path))
    assert read_document(path).blocks == (
        Table(
            (("指标", "2025年", "2030年"), ("音体美专职教师配备率（%）", "60", "85")),
            "附表 乡村小规模学校办学指标",
        ),
    )
