"""The PDF reader: text layer, running headers and page numbers, wrapped
paragraphs, tables in reading order."""

from __future__ import annotations

from pathlib import Path

from draft_helpers import (
    INDICATOR_GRID,
    indicator_pdf,
    print_pdf,
)

from plancmp.draft.document import Paragraph, Table
from plancmp.draft.read import read_document
from plancmp.draft.read.pdf_layout import (
    Line,
    _kept_together,
    chars_to_lines,
    paragraphs,
    running_lines,
)

LONG = (
    "“十四五”期间，全区坚持教育优先发展战略，持续加大教育投入，新建、改扩建中小学和幼儿园{}所，"
    "新增学位一万二千个，普惠性幼儿园覆盖面达到百分之九十五以上，公办幼儿园在园幼儿占比达到百分之八十五，"
    "义务教育阶段学校全部达到省标准化学校要求，高中段教育毛入学率保持在百分之九十九以上。"
)
SECOND = "到2025年，全面建成优质均衡的基本公共教育服务体系。"


def _pages_html(pages: int) -> str:
    body = []
    for number in range(1, pages + 1):
        body.append(
            f'<div class="page"><div class="hd">某区教育事业发展“十四五”规划</div>'
            f"<p class='h'>{number}、发展任务</p><p>{LONG.format(20 + number)}</p><p>{SECOND}</p>"
            f'<div class="ft">- {number} -</div></div>'
        )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
        "@page { size: A4; margin: 15mm } body { margin: 0; font-size: 12pt }"
        ".page { height: 260mm; position: relative; break-after: page }"
        ".hd { text-align: center; font-size: 9pt } .ft { position: absolute; bottom: 0; width: 100%; text-align: center }"
        "p { text-indent: 2em; margin: 0 0 6pt 0; line-height: 1.6 } p.h { text-indent: 0 }"
        "</style></head><body>" + "".join(body) + "</body></html>"
    )


def test_indicator_table_in_reading_order() -> None:
    blocks = read_document(indicator_pdf()).blocks
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.rows == INDICATOR_GRID
    assert table.merged == frozenset({(1, 2), (1, 3), (5, 2), (5, 3)})
    assert table.title == "某区教育事业发展主要指标"
    before, after = blocks[: blocks.index(table)], blocks[blocks.index(table) + 1 :]
    assert Paragraph("某区教育事业发展“十四五”规划") in before
    assert after[0] == Paragraph("注：带%的指标为比例。")
    # the table's text is not repeated as paragraphs
    assert not any("约束性" in text for text in texts)


def test_running_headers_and_page_numbers_dropped_paragraphs_joined(tmp_path: Path) -> None:
    pdf = print_pdf(_pages_html(3), tmp_path)
    texts = [b.text for b in read_document(pdf).blocks]
    assert texts == [
        *("1、发展任务", LONG.format(21), SECOND),
        *("2、发展任务", LONG.format(22), SECOND),
        *("3、发展任务", LONG.format(23), SECOND),
    ]


def _line(page: int, text: str, x0: float, x1: float, top: float) -> Line:
    return Line(page, text, x0, x1, top, 12.0, 600.0, 842.0)


def test_paragraphs_that_open_with_an_indent() -> None:
    lines = [
        _line(0, "一、发展基础", 50, 122, 100),  # a short line ends its paragraph
        _line(
            0, "全区新增学位一万二千个，普惠性幼儿园覆盖面达", 74, 550, 120
        ),  # indented: opens one
        _line(0, "到百分之九十五，公办幼儿园覆盖率达到百分之八", 50, 550, 140),
        _line(0, "十五。", 50, 86, 160),
        _line(0, "义务教育阶段学校全部达到省标准化学校要求。", 74, 550, 180),
        _line(0, "高中段教育毛入学率保持在百分之九十九以上。", 50, 550, 200),  # 。 at the margin
        _line(1, "（一）主要任务", 50, 134, 60),  # a one-line heading after a full stop
        _line(1, "到2025年，建成", 74, 160, 80),
    ]
    assert paragraphs(lines) == [
        "一、发展基础",
        "全区新增学位一万二千个，普惠性幼儿园覆盖面达到百分之九十五，公办幼儿园覆盖率达到百分之八十五。",
        "义务教育阶段学校全部达到省标准化学校要求。高中段教育毛入学率保持在百分之九十九以上。",
        "（一）主要任务",
        "到2025年，建成",
    ]


def test_spaces_padding_a_signature_reach_no_edge_of_the_text() -> None:
    """`2026年3月2日　　　` set flush right with ideographic spaces: the line ends at its last
    character, not its last space (the spaces pushed the text's right edge out past every full
    line, so each read as short and was a paragraph of its own)."""

    def chars(text: str, x: float, top: float) -> list[dict[str, object]]:
        return [
            {
                "text": c,
                "x0": x + 16 * i,
                "x1": x + 16 * (i + 1),
                "top": top,
                "bottom": top + 16,
                "size": 16.0,
            }
            for i, c in enumerate(text)
        ]

    signed = chars_to_lines(chars("2026年3月2日\u3000\u3000\u3000", 360, 300), 0, 595, 842)
    assert [(x.text, x.x0, x.x1) for x in signed] == [("2026年3月2日", 360, 360 + 16 * 9)]
    first = "为加快推进教育现代化，全面改善中职学校办学条件，制"  # 25 wide, indented two
    second = "定本方案。到2027年，全市中职学校办学条件达标率达到百分"  # 27 wide, to the edge
    body = [
        *chars_to_lines(chars(first, 112, 200), 0, 595, 842),
        *chars_to_lines(chars(second, 80, 220), 0, 595, 842),
        *chars_to_lines(chars("之百。", 80, 240), 0, 595, 842),
        *signed,
    ]
    assert paragraphs(body) == [first + second + "之百。", "2026年3月2日"]


def test_paragraphs_without_indents_end_at_a_full_stop() -> None:
    lines = [
        _line(0, "全区新增学位一万二千个，普惠性幼儿园覆盖面达", 50, 550, 120),
        _line(0, "到百分之九十五。", 50, 550, 140),
        _line(0, "公办幼儿园覆盖率达到百分之八十五，义务教育阶段", 50, 550, 160),
        _line(1, "学校全部达到省标准化学校要求。", 50, 300, 60),  # across a page break
    ]
    assert paragraphs(lines) == [
        "全区新增学位一万二千个，普惠性幼儿园覆盖面达到百分之九十五。",
        "公办幼儿园覆盖率达到百分之八十五，义务教育阶段学校全部达到省标准化学校要求。",
    ]


def test_a_line_left_short_by_a_number_that_did_not_fit_is_wrapped_not_ended() -> None:
    """A typesetter carries `100%。` down whole, so the line above it ends a few ems short
    of the margin; the number is still that line's (达 / 100%)."""
    lines = [
        _line(0, "一、发展目标", 50, 122, 100),  # short by far more than its next line's start
        _line(0, "2、巩固义务教育。巩固提高九年义务教育水平，巩固率达99.5%。保障", 50, 550, 120),
        _line(0, "残疾儿童少年义务教育入学率达到国家规定的要求，入学率达", 50, 520, 140),
        _line(0, "100%。", 50, 86, 160),
        _line(0, "3、发展素质教育。", 50, 152, 180),
    ]
    assert paragraphs(lines) == [
        "一、发展目标",
        "2、巩固义务教育。巩固提高九年义务教育水平，巩固率达99.5%。保障"
        "残疾儿童少年义务教育入学率达到国家规定的要求，入学率达100%。",
        "3、发展素质教育。",
    ]


def test_lines_that_all_end_well_short_of_the_text_edge_were_not_wrapped() -> None:
    """A page of short lines only (600 wide, margins of 50): the longest ends at 400, far from
    the edge a wrap would reach (about 540), so each line is its own paragraph, though they
    differ in length by less than an em."""
    lines = [
        _line(0, "1.《某县教育发展实施方案（2016—2020年）》", 50, 400, 100),
        _line(0, "2.《某县教育基金实施方案(2016—2018年)》", 50, 392, 120),
        _line(0, "《实施方案》共实施项目191项，总投资规模10.581亿元", 50, 396, 140),
    ]
    assert paragraphs(lines) == [
        "1.《某县教育发展实施方案（2016—2020年）》",
        "2.《某县教育基金实施方案(2016—2018年)》",
        "《实施方案》共实施项目191项，总投资规模10.581亿元",
    ]


def test_a_landscape_pages_wider_edge_leaves_the_portrait_pages_lines_wrapped() -> None:
    """A plan whose last page is landscape (842 wide, a wide table's caption across it): the
    portrait pages' full lines, ending near 550, still wrap into the next (each line had been
    a paragraph of its own, measured against the landscape page's edge)."""
    lines = [
        _line(0, "第十条 近期目标（2026—2030年）。新建中小学9所、改扩建", 50, 550, 100),
        _line(0, "6所，新增小学学位9405个。", 50, 200, 120),
        Line(
            1, "附表 近期建设项目表（2026—2030年）建设规模与投资", 50, 790, 60, 12.0, 842.0, 600.0
        ),
    ]
    assert paragraphs(lines) == [
        "第十条 近期目标（2026—2030年）。新建中小学9所、改扩建6所，新增小学学位9405个。",
        "附表 近期建设项目表（2026—2030年）建设规模与投资",
    ]


def test_pages_a_fraction_of_a_point_apart_are_one_size() -> None:
    """Pages 595.45 and 595.55 wide: one set of margins, so the indent opening a paragraph on the
    second page is seen (measured on its own, that page's margin was the indent itself, and
    the paragraph ran into the one before)."""

    def line(page: int, text: str, x0: float, width: float) -> Line:
        return Line(page, text, x0, 550, 100, 12.0, width, 842.0)

    lines = [
        line(0, "为加快推进教育现代化，全面提升教育质量，促进教育公", 74, 595.45),
        line(0, "平，办好人民满意的教育，根据有关文件精神，结合本区实", 50, 595.45),
        line(0, "际，制定本规划，规划期为2021年至2025年，展望到二〇三", 50, 595.45),
        line(0, "五年，是指导全区教育改革发展的纲领性文件，各级各部门", 50, 595.45),
        line(1, "到2025年，学前三年毛入园率达到95%，义务教育巩固率达到", 74, 595.55),
    ]
    assert len(paragraphs(lines)) == 2


def test_a_change_of_size_is_a_heading() -> None:
    heading = Line(0, "第一章 总则", 50, 550, 100, 16.0, 600.0, 842.0)
    body = _line(0, "为加快推进教育现代化，制定本规划。", 50, 550, 130)
    assert paragraphs([heading, body]) == ["第一章 总则", "为加快推进教育现代化，制定本规划。"]


def test_running_lines_rule() -> None:
    lines = []
    for page in range(4):
        lines.append(_line(page, "某区教育事业发展规划", 250, 350, 20))
        lines.append(_line(page, f"第{page + 1}章 正文", 50, 200, 60))
        lines.append(_line(page, "正文内容。", 50, 550, 400))
        lines.append(_line(page, "正文最后一行。", 50, 550, 700))
        lines.append(_line(page, f"— {page + 1} —", 290, 310, 800))
    dropped = {line.text for line in lines if id(line) in running_lines(lines, 4)}
    assert dropped == {"某区教育事业发展规划", "— 1 —", "— 2 —", "— 3 —", "— 4 —"}


def test_a_bracketed_unit_goes_down_whole_but_an_items_number_does_not() -> None:
    """`（所）` cannot be split, so the line above it may stop its width short of the cell's
    edge; `（2）` opening a line is the next item of a list, no unit carried down."""
    assert [
        _kept_together(t) for t in ("（所）", "（万人）", "（2）新建", "（三）改建", "新建")
    ] == [
        3,
        4,
        1,
        1,
        1,
    ]
