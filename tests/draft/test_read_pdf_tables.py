"""Tables in PDF files where the page breaks them: a table whose parts show different
columns, a row cut in two, and cells of two values, printed by Chromium and read back."""

from __future__ import annotations

from pathlib import Path

from draft_helpers import print_pdf

from plancmp.draft.document import Paragraph, Table
from plancmp.draft.read import read_document
from plancmp.draft.read.pdf import _continued

STYLE = (
    "@page { size: A4; margin: 15mm } body { margin: 0; font-size: 11pt }"
    "table { border-collapse: collapse; width: 100% } td { border: 1px solid #000; padding: 3px }"
)


def _page(spacer_mm: int, table: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{STYLE}</style></head><body>'
        f'<div style="height: {spacer_mm}mm">某区教育事业发展规划</div>'
        f"<p>主要指标</p><table>{table}</table><p>注：以上为全区指标。</p></body></html>"
    )


def _tables(pdf: Path) -> list[Table]:
    return [b for b in read_document(pdf).blocks if isinstance(b, Table)]


def test_a_table_whose_first_page_shows_one_column_fewer_is_one_table(tmp_path: Path) -> None:
    # on the first page every name spans the segment column; on the second page it splits
    names = ["毛入园率", "普惠性覆盖面", "公办覆盖率", "优质覆盖率", "等级园比例", "教师持证率"]
    first = "".join(
        f"<tr><td>学前</td><td colspan=2>{name}（%）</td><td>9{k}</td><td>约束性</td></tr>"
        for k, name in enumerate(names)
    )
    second = (
        "<tr><td>义务</td><td rowspan=2>校际均衡系数</td><td>小学</td><td>0.30</td><td>约束性</td></tr>"
        "<tr><td></td><td>初中</td><td>0.25</td><td>约束性</td></tr>"
    )
    head = "<tr><td>类型</td><td colspan=2>指标</td><td>2025年</td><td>属性</td></tr>"
    pdf = print_pdf(_page(205, head + first + second), tmp_path)
    (table,) = _tables(pdf)
    assert table.rows[0] == ("类型", "指标", "指标", "2025年", "属性")
    assert table.rows[1] == ("学前", "毛入园率（%）", "毛入园率（%）", "90", "约束性")
    assert table.rows[-2:] == (
        ("义务", "校际均衡系数", "小学", "0.30", "约束性"),
        ("", "校际均衡系数", "初中", "0.25", "约束性"),
    )


def test_a_row_the_page_break_cuts_is_one_row(tmp_path: Path) -> None:
    tall = "<br>".join(
        ["新增用地面积1850平米，", "建筑面积13200平米，", "新建教学楼", "和运动场"] * 3
    )
    rows = "".join(
        f"<tr><td>{k}</td><td>某某小学{k}</td><td>{tall if k == 3 else '24班'}</td><td>1.{k}</td></tr>"
        for k in range(1, 6)
    )
    head = "<tr><td>序号</td><td>项目名称</td><td>建设内容</td><td>总投资（亿元）</td></tr>"
    pdf = print_pdf(_page(200, head + rows), tmp_path)  # row 3 starts near the page foot
    (table,) = _tables(pdf)
    assert [row[0] for row in table.rows] == ["序号", "1", "2", "3", "4", "5"]
    assert table.rows[3][1] == "某某小学3" and table.rows[3][3] == "1.3"
    assert table.rows[3][2].replace("\n", "").startswith("新增用地面积1850平米，建筑面积")


def test_two_values_in_a_narrow_cell_stay_two_lines(tmp_path: Path) -> None:
    table = (
        "<tr><td>指标</td><td style='width:12mm'>2020年</td><td style='width:12mm'>2025年</td></tr>"
        "<tr><td>其中:小学<br>初中</td><td style='width:12mm'>34.52%<br>77.34%</td>"
        "<td style='width:12mm'>80%<br>85%</td></tr>"
    )
    pdf = print_pdf(_page(10, table), tmp_path)
    (read,) = _tables(pdf)
    assert read.rows[1] == ("其中:小学\n初中", "34.52%\n77.34%", "80%\n85%")


def test_two_tables_printed_one_right_under_the_other_are_two_tables(tmp_path: Path) -> None:
    # no gap between them: the first table's bottom rule is the second's top rule
    page = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
        "@page { size: A4; margin: 15mm } body { margin: 0; font-size: 11pt }"
        "table { border-collapse: collapse; margin: 0 } td { border: 1px solid #000; padding: 3px }"
        "</style></head><body><p>项目资金</p>"
        "<table><tr><td>项目名称</td><td>年初预算数</td><td>全年预算数</td><td>执行率</td></tr>"
        "<tr><td>营养改善计划</td><td>120.5</td><td>130.5</td><td>100%</td></tr></table>"
        "<table><tr><td>其中：财政拨款</td><td>88.25</td></tr>"
        "<tr><td>其他资金</td><td>—</td></tr></table></body></html>"
    )
    tables = _tables(print_pdf(page, tmp_path))
    assert [t.rows for t in tables] == [
        (
            ("项目名称", "年初预算数", "全年预算数", "执行率"),
            ("营养改善计划", "120.5", "130.5", "100%"),
        ),
        (("其中：财政拨款", "88.25"), ("其他资金", "—")),
    ]


def test_a_tables_last_row_alone_on_the_next_page_is_still_its_row(tmp_path: Path) -> None:
    rows = "".join(
        f'<tr style="break-inside: avoid"><td>{k}</td><td>某某小学{k}</td><td>{k}0班</td></tr>'
        for k in range(1, 5)
    )
    head = "<tr><td>序号</td><td>项目名称</td><td>班级数</td></tr>"
    pdf = print_pdf(_page(225, head + rows), tmp_path)  # row 4 goes over to page 2
    (table,) = _tables(pdf)
    assert table.rows[-1] == ("4", "某某小学4", "40班")
    assert len(table.rows) == 5


def test_a_table_set_tight_in_its_rules_keeps_its_first_and_last_rows(tmp_path: Path) -> None:
    # no cell padding: the glyphs of the header and of the last row poke past the outer
    # rules, as in a Word table exported to PDF by LibreOffice
    tight = STYLE.replace("padding: 3px", "padding: 0; line-height: 1")
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{tight}</style></head>'
        "<body><p>发展指标</p><table><tr><td>序号</td><td>指标</td><td>2025年目标</td></tr>"
        "<tr><td>1</td><td>某类学校覆盖率（%）</td><td>95%</td></tr>"
        "<tr><td>2</td><td>某类教师占比（%）</td><td>60%</td></tr></table>"
        "<p>注：以上为全区指标。</p></body></html>"
    )
    blocks = read_document(print_pdf(page, tmp_path)).blocks
    (table,) = [b for b in blocks if isinstance(b, Table)]
    assert table.rows == (
        ("序号", "指标", "2025年目标"),
        ("1", "某类学校覆盖率（%）", "95%"),
        ("2", "某类教师占比（%）", "60%"),
    )
    texts = [b.text for b in blocks if not isinstance(b, Table)]
    assert texts == ["发展指标", "注：以上为全区指标。"]


def test_a_bracketed_unit_pushed_to_the_next_line_of_a_cell_joins_its_name(tmp_path: Path) -> None:
    # （个） cannot be split, so it goes down whole and the line above stops two
    # characters short of the cell's edge: still a wrapped line, not a line of its own
    cell = '<td style="width: 12em">'
    table = (
        f"<tr><td>序号</td>{cell}指标</td><td>2025年</td></tr>"
        f"<tr><td>1</td>{cell}城区新建改扩建公办中小学校及配套幼儿园项目数（个）</td><td>30</td></tr>"
    )
    page = _page(10, table).replace("width: 100%", "width: auto")
    (read,) = _tables(print_pdf(page, tmp_path))
    assert read.rows[1] == ("1", "城区新建改扩建公办中小学校及配套幼儿园项目数（个）", "30")


def test_a_cell_merged_down_over_the_page_break_carries_its_text_on() -> None:
    # 属性 merged over rows 2-4: its text stays on the first page, its part on the next
    # page is an empty cell spanning the rows there

    head = ("序号", "指标", "2030年", "属性")
    first = Table(
        rows=(head, ("1", "毛入园率", "98", "约束性"), ("2", "托位数", "4.5", "预期性")),
        merged=frozenset(),
    )
    second = Table(
        rows=(head, ("3", "优良率", "60", ""), ("4", "受教育年限", "11.8", "")),
        merged=frozenset({(2, 3)}),
    )
    rows = _continued(first, second).rows
    assert [row[3] for row in rows] == ["属性", "约束性", "预期性", "预期性", "预期性"]


def test_a_merged_cell_over_a_row_the_page_break_cuts_is_not_doubled() -> None:

    head = ("序号", "指标", "2030年", "属性")
    first = Table(rows=(head, ("1", "新增学位（2026", "2.4", "预期性")), merged=frozenset())
    second = Table(
        rows=(head, ("", "—2030年累计）", "", ""), ("2", "受教育年限", "11.8", "")),
        merged=frozenset({(2, 3)}),
    )
    rows = _continued(first, second).rows
    assert rows[1] == ("1", "新增学位（2026—2030年累计）", "2.4", "预期性")
    assert rows[2] == ("2", "受教育年限", "11.8", "预期性")


def _boxed_page(spacer_mm: int) -> str:
    """A page's own table (border=1 cellspacing=0, each cell boxed), 属性 merged over rows 3-7."""
    names = ["毛入园率", "普惠性覆盖率", "巩固率", "毛入学率", "托位数", "优良率", "学历比例"]
    rows = "".join(
        f"<tr><td>{k + 1}</td><td>{name}</td><td>9{k}</td>"
        + ("<td rowspan=5>预期性</td>" if k == 2 else "<td>约束性</td>" if k < 2 else "")
        + "</tr>"
        for k, name in enumerate(names)
    )
    head = "<tr><td>序号</td><td>指标</td><td>2030年</td><td>属性</td></tr>"
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
        f'<div style="height: {spacer_mm}mm">某区教育事业发展规划</div><p>主要指标</p>'
        f"<table border=1 cellspacing=0>{head}{rows}</table><p>注：以上为全区指标。</p></body></html>"
    )


def test_a_cell_merged_down_over_the_page_break_in_chromium_keeps_every_row(
    tmp_path: Path,
) -> None:
    # Chromium draws the sides of the merged cell from its top on to the page's foot,
    # with no rule closing it; rows 3-4 fall on page 1, rows 5-7 on page 2
    (table,) = _tables(print_pdf(_boxed_page(210), tmp_path))
    assert [row[0] for row in table.rows] == ["序号", "1", "2", "3", "4", "5", "6", "7"]
    assert [row[3] for row in table.rows[1:]] == ["约束性"] * 2 + ["预期性"] * 5


def test_a_header_row_alone_at_the_foot_of_a_page_heads_the_table_on_the_next(
    tmp_path: Path,
) -> None:
    (table,) = _tables(print_pdf(_boxed_page(235), tmp_path))  # only the header on page 1
    assert table.rows[0] == ("序号", "指标", "2030年", "属性")
    assert table.rows[7] == ("7", "学历比例", "96", "预期性")


def test_a_cell_merged_down_over_the_page_break_with_collapsed_borders_keeps_its_text(
    tmp_path: Path,
) -> None:
    # with collapsed borders Chromium leaves the merged cell open at the page's foot: no
    # rule closes it there, though the table's other cells are closed
    style = "<style>table { border-collapse: collapse } td { border: 1px solid #000 }</style>"
    page = _boxed_page(210).replace("<head>", "<head>" + style)
    (table,) = _tables(print_pdf(page, tmp_path))
    assert [row[0] for row in table.rows] == ["序号", "1", "2", "3", "4", "5", "6", "7"]
    assert [row[3] for row in table.rows[1:]] == ["约束性"] * 2 + ["预期性"] * 5


def test_the_last_row_alone_under_a_cell_merged_over_the_page_break_keeps_its_columns(
    tmp_path: Path,
) -> None:
    # row 7 alone on page 2: the merged cell's part there has no box, so the row reads
    # one column narrower
    (table,) = _tables(print_pdf(_boxed_page(200), tmp_path))
    assert table.rows[-1] == ("7", "学历比例", "96", "预期性")


def test_a_last_row_alone_at_a_pages_top_with_collapsed_borders_is_still_its_row(
    tmp_path: Path,
) -> None:
    # Chromium draws no rule above it: without one the row was read as text and lost
    style = "<style>table { border-collapse: collapse } td { border: 1px solid #000 }</style>"
    page = _boxed_page(200).replace("<head>", "<head>" + style)
    blocks = read_document(print_pdf(page, tmp_path)).blocks
    (table,) = [b for b in blocks if isinstance(b, Table)]
    assert [row[0] for row in table.rows] == ["序号", "1", "2", "3", "4", "5", "6", "7"]
    assert table.rows[-1][:3] == ("7", "学历比例", "96")
    assert blocks[-1] == Paragraph("注：以上为全区指标。")
