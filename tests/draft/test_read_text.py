"""The plain-text reader: encodings, headings, paragraphs, and tables in every
layout that converted plan documents come in."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml
from draft_helpers import (
    INDICATOR_GRID,
    aligned,
    bare_cells,
    cell_lines,
    normalized,
    pipe,
    seed,
    tab_rows,
)

from plancmp.draft.build import draft_document
from plancmp.draft.document import Document, Heading, Paragraph, Table
from plancmp.draft.read import document_text, read_document
from plancmp.draft.read.grid import looks_like_value
from plancmp.draft.read.text import read_text

BEFORE = "二、发展目标\n\n到2025年，全区教育现代化水平显著提升。\n\n某区教育事业发展主要指标\n\n"
AFTER = "\n\n三、主要任务\n\n坚持立德树人根本任务，全面提升教育质量。\n"


def _read(tmp_path: Path, text: str, name: str = "plan.txt", encoding: str = "utf-8") -> tuple:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return read_document(path), path


@pytest.mark.parametrize("layout", [cell_lines, tab_rows, aligned, pipe, bare_cells])
def test_indicator_table_in_every_text_layout(tmp_path: Path, layout) -> None:
    doc, _ = _read(tmp_path, BEFORE + layout() + AFTER)
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert normalized(tables[0].rows) == normalized(INDICATOR_GRID)
    assert tables[0].title == "某区教育事业发展主要指标"
    # the rows stop at the table: the heading and paragraph after it stay text
    after = doc.blocks[doc.blocks.index(tables[0]) + 1 :]
    assert after == (
        Paragraph("三、主要任务"),
        Paragraph("坚持立德树人根本任务，全面提升教育质量。"),
    )


def test_bare_cells_with_sub_rows_and_section_rows(tmp_path: Path) -> None:
    text = "\n\n".join([
        "指  标", "2020年", "2025年", "属性",
        "一、发展水平", " ",
        "1.学前教育毛入园率(%)", "99%", "99%以上", "约束性",
        "2.九年义务教育巩固率(%)", "100", "100", "约束性",
        "其中：小学", "初中", "100", "99.5", "100", "100", "预期性",
        "二、教育保障",
        "3.生均公用经费(元)", "逐年只增不减", "逐年只增不减", "约束性",
        "说明：以上指标为全区平均。",
    ])  # fmt: skip
    doc, _ = _read(tmp_path, text)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert table.rows == (
        ("指标", "2020年", "2025年", "属性"),
        ("一、发展水平", "", "", ""),
        ("1.学前教育毛入园率(%)", "99%", "99%以上", "约束性"),
        ("2.九年义务教育巩固率(%)", "100", "100", "约束性"),
        ("其中：小学\n初中", "100\n99.5", "100\n100", "预期性"),
        ("二、教育保障", "", "", ""),
        ("3.生均公用经费(元)", "逐年只增不减", "逐年只增不减", "约束性"),
    )
    assert doc.blocks[-1] == Paragraph("说明：以上指标为全区平均。")


def test_short_rows_repeat_the_name_over_the_segment_column(tmp_path: Path) -> None:
    text = "\n\n".join([
        "\t类型\n\t指标\n\t2025年\n\t指标属性",
        "\t义务教育\n\t随迁子女公办学校就读比例（%）\n\t90\n\t约束性",
        "\t\n\t校际优质均衡系数\n\t小学\n\t0.30\n\t约束性",
        "\t\n\t\n\t初中\n\t0.25\n\t约束性",
    ])  # fmt: skip
    doc, _ = _read(tmp_path, text)
    table = doc.blocks[0]
    assert isinstance(table, Table)
    assert table.rows == (
        ("类型", "指标", "指标", "2025年", "指标属性"),
        (
            "义务教育",
            "随迁子女公办学校就读比例（%）",
            "随迁子女公办学校就读比例（%）",
            "90",
            "约束性",
        ),
        ("", "校际优质均衡系数", "小学", "0.30", "约束性"),
        ("", "", "初中", "0.25", "约束性"),
    )
    assert table.merged == frozenset({(0, 2), (1, 2)})


def test_headings_and_paragraphs(tmp_path: Path) -> None:
    text = (
        "# 某区教育事业发展规划\n\n## **一、发展基础**\n\n（一）主要成就\n\n"
        "“十三五”期间，全区新增学位1.2万个，普惠性幼儿园覆盖面达到\n\n"
        "94.9%，公办幼儿园覆盖率提高到76.36%。\n\n1.学前教育\n"
    )
    doc, _ = _read(tmp_path, text, "plan.md")
    assert doc.blocks == (
        Heading("某区教育事业发展规划", 1),
        Heading("一、发展基础", 2),
        Paragraph("（一）主要成就"),
        Paragraph(
            "“十三五”期间，全区新增学位1.2万个，普惠性幼儿园覆盖面达到94.9%，公办幼儿园覆盖率提高到76.36%。"
        ),
        Paragraph("1.学前教育"),
    )
    assert doc.conversions == ("删除Markdown/HTML强调标记（**、<b>）",)


def test_a_figure_in_markdown_italics_or_code_is_its_text_and_a_lone_or_masking_star_stays(
    tmp_path: Path,
) -> None:
    """`提高到 *15%*`, ``达到`98%` ``: an AI tool's or a wiki's marks on a figure (they drafted the
    name `…比例提高到 *`); a note's star and the stars a copy masks names or sums with stay."""
    text = (
        "研究生学历比例提高到 *15%*，毛入学率达到`98%`。\n\n"
        "注：带*为约束性指标。\n\n投入资金*万元，为*小学、*小学改善条件。\n"
    )
    doc, _ = _read(tmp_path, text, "plan.md")
    assert doc.blocks == (
        Paragraph("研究生学历比例提高到 15%，毛入学率达到98%。"),
        Paragraph("注：带*为约束性指标。"),
        Paragraph("投入资金*万元，为*小学、*小学改善条件。"),
    )


def test_title_lines_are_not_joined_to_what_follows(tmp_path: Path) -> None:
    text = "杭州市教育局关于印发2023年工作要点的通知\n\n发文字号:杭教〔2023〕1号  \n\n来源:市教育局办公室  发布日期:2023-07-21 23:01:30  浏览次数:\n"
    doc, _ = _read(tmp_path, text)
    assert [type(b) for b in doc.blocks] == [Paragraph, Paragraph, Paragraph]
    assert doc.blocks[2] == Paragraph(
        "来源:市教育局办公室  发布日期:2023-07-21 23:01:30  浏览次数:"
    )


def test_lines_each_an_indicator_and_its_figures_stay_apart(tmp_path: Path) -> None:
    """`学前教育毛入园率：2025年97.2%，2030年98.5%以上` / `普惠性幼儿园覆盖率：…`: each line is an item of
    a list, however alike their widths; joined, the second's label named the first's last figure."""
    text = (
        "主要指标如下：\n学前教育毛入园率：2025年97.2%，2030年98.5%以上\n"
        "普惠性幼儿园覆盖率：2025年91%，2030年95%\n九年义务教育巩固率：2025年99.3%，2030年99.5%以上\n"
    )
    doc, _ = _read(tmp_path, text)
    assert [b.text for b in doc.blocks] == [
        "主要指标如下：",
        "学前教育毛入园率：2025年97.2%，2030年98.5%以上",
        "普惠性幼儿园覆盖率：2025年91%，2030年95%",
        "九年义务教育巩固率：2025年99.3%，2030年99.5%以上",
    ]


def test_a_spaced_row_ending_on_its_attribute_is_not_joined_to_the_next(tmp_path: Path) -> None:
    """`办学条件 新建、改扩建学校 所 — [18] [12] 约束性`: a row of a table spaced one space a cell
    ends on its attribute; the next row stays a line of its own."""
    text = (
        "类别 指标 单位 2020年 2025年 2030年 属性\n"
        "学前教育 学前三年毛入园率 % 88.6 ≥93 ≥96 预期性\n"
        "学前教育 普惠性幼儿园覆盖率 % 82.3 ≥90 ≥92 约束性\n"
        "学前教育 公办园在园幼儿占比 % 41.5 ≥52 ≥55 约束性\n"
        "义务教育 九年义务教育巩固率 % 97.8 ≥99 ≥99.5 约束性\n"
        "高中教育 高中阶段毛入学率 % 90.2 ≥95 ≥97 预期性\n"
        "职业教育 中职学校“双师型”教师比例 % 48.0 ≥60 ≥70 预期性\n"
        "教育信息化 中小学智慧校园达标率 % 35.0 80 — 预期性\n"
        "办学条件 新建、改扩建学校 所 — [18] [12] 约束性\n"
        "办学条件 新增学位 万个 — [1.35] [0.9] 约束性\n"
        "人力资源 劳动年龄人口平均受教育年限 年 10.3 10.8 11.2 预期性\n"
    )
    doc, _ = _read(tmp_path, text)
    assert [b.text for b in doc.blocks] == [line for line in text.split("\n") if line]


def test_a_level_on_the_line_under_its_indicators_name_joins_it(tmp_path: Path) -> None:
    """An infographic's text, one phrase a line: `学前三年毛入园率` / `达到97%以上` is one target, the
    name above the level; a line with figures of its own above a level stays apart."""
    text = "到2030年\n\n学前三年毛入园率\n达到97%以上\n公办园在园幼儿占比\n不低于60%\n"
    doc, _ = _read(tmp_path, text)
    assert [b.text for b in doc.blocks] == [
        "到2030年",
        "学前三年毛入园率达到97%以上",
        "公办园在园幼儿占比不低于60%",
    ]
    doc, _ = _read(tmp_path, "全市新增学位9800个\n达到97%以上\n")
    assert len(doc.blocks) == 2


def test_a_headline_is_not_joined_to_the_date_line_under_it(tmp_path: Path) -> None:
    text = "盘点2021丨某市深化创新改革,办好人民满意教育\n\n2022-01-14 09:46:20 大字体 小字体\n\n作者:某网小编 字体:\n"
    doc, _ = _read(tmp_path, text)
    assert [b.text for b in doc.blocks] == [
        "盘点2021丨某市深化创新改革,办好人民满意教育",
        "2022-01-14 09:46:20 大字体 小字体",
        "作者:某网小编 字体:",
    ]


def test_a_paragraph_ending_on_a_dash_pair_introduces_the_heading_after_it(tmp_path: Path) -> None:
    """`…一起来看——` ends its paragraph as a colon would: the heading after it stays a line of
    its own, and dates what follows it."""
    text = (
        "3月5日上午9时,某会议在某大会堂举行开幕会。总理作政府工作报告时,回顾了2025年工作,"
        "介绍了“十五五”时期主要目标和重大任务。我们梳理了其中教育相关的主要内容,一起来看——\n\n"
        "“十五五”时期主要目标和重大任务\n\n>>劳动年龄人口平均受教育年限提高到11.7年\n"
    )
    doc, _ = _read(tmp_path, text)
    assert [b.text for b in doc.blocks][1] == "“十五五”时期主要目标和重大任务"


def test_a_short_heading_set_apart_by_blank_lines_is_not_run_into_a_long_line_above(
    tmp_path: Path,
) -> None:
    """A long last line with no stop, a blank line, `2026年政府工作任务`, a blank line: a heading,
    not the rest of the sentence; a figure the line above leaves open still runs on."""
    long = (
        "围绕社会主义文化繁荣发展、高质量教育体系建设、健康中国建设、优化“一老一小”服务、社会关爱服务、"
        "城乡区域协调发展、生态环境保护和安全发展等方面提出25项重大工程"
    )
    assert len(long) >= 80  # a line this long with no stop reads as wrapped
    doc, _ = _read(tmp_path, f"{long}\n\n2026年政府工作任务\n\n新增学位10万个。\n")
    assert [b.text for b in doc.blocks][:2] == [long, "2026年政府工作任务"]


def test_short_list_lines_among_longer_ones_end_their_paragraphs(tmp_path: Path) -> None:
    lines = [
        "2020年市政府立项新建改扩建中小学幼儿园40所的实事项目",
        "幼儿园19所,建成后添加学位1.23万个",
        "小学13所,建成后添加学位2.61万个",
    ]
    doc, _ = _read(tmp_path, "\n".join(lines) + "\n")
    assert [b.text for b in doc.blocks] == lines


def test_each_line_of_a_text_whose_stops_were_dropped_is_a_sentence(tmp_path: Path) -> None:
    """A page that lost its 。 prints each sentence on a line of its own, however long:
    `…提高到0.53` does not run on into `人均预期寿命…` (`0.53人`). A text that keeps its
    stops still joins a long line cut off mid-sentence."""
    lines = [
        "国内生产总值年均增长7%，城镇新增就业4500万人，城镇登记失业率控制在5%以内",
        "服务业增加值比重提高4个百分点，城镇化率提高4个百分点",
        "九年义务教育巩固率达到93%，高中阶段教育毛入学率提高到87%",
        "单位工业增加值用水量降低30%，农业灌溉用水有效利用系数提高到0.53",
        "人均预期寿命提高1岁，总人口控制在13.9亿人以内",
    ]
    doc, _ = _read(tmp_path, "\n".join(lines) + "\n")
    assert [b.text for b in doc.blocks] == lines
    stopped = [*lines[:-1], lines[-1] + "。"]
    doc, _ = _read(tmp_path, "\n".join(stopped) + "\n")
    assert len(doc.blocks) < len(lines)


def test_a_text_whose_stops_stand_inside_its_lines_is_joined_as_wrapped(tmp_path: Path) -> None:
    """Lines cut by the page's width, every paragraph ending `…。某区教育网` (a watermark run
    into its last line): no line ends on a stop, yet the stops inside the lines show they
    were kept, so a line cut off mid-sentence runs on into the next."""
    paragraphs = [
        "到2025年，全区学前教育毛入园率达到98%以上，普惠性幼儿园覆盖率达到90%。"
        "义务教育巩固率保持在100%，高中阶段毛入学率达到99%以上。",
        "新建中小学、幼儿园15所，新增学位6000个，培养骨干教师200名，"
        "全区中小学生体质健康优良率达到55%。",
        "建成市级以上名师工作室20个，骨干教师占比达到30%，专任教师本科以上学历比例达到95%。",
    ]
    lines = []
    for text in paragraphs:
        cut = [text[i : i + 30] for i in range(0, len(text), 30)]
        lines += [*cut[:-1], cut[-1] + "某区教育网"]
    doc, _ = _read(tmp_path, "\n".join(lines) + "\n")
    texts = [b.text for b in doc.blocks]
    assert texts[0] == paragraphs[0] + "某区教育网"
    assert len(texts) < len(lines) and all("培养骨干教师200名" in t for t in texts[1:2])


def test_a_watermark_line_printed_again_inside_sentences_is_dropped(tmp_path: Path) -> None:
    """`某区教育局内部资料` on a line of its own, again and again, where the page's lines break
    sentences: the sentence runs on over it (`高` + `中阶段…` is 高中阶段), and the reader
    says what it dropped. A line said twice, or between paragraphs, stays."""
    mark = "某区教育局内部资料"
    lines = [
        "到2025年，全区学前教育毛入园率达到98%以上，普惠性",
        "幼儿园覆盖率达到90%。义务教育巩固率保持在100%，高",
        mark,
        "中阶段毛入学率达到99%以上，残疾儿童少年入学率达到97",
        "%。新建中小学、幼儿园15所，新增学位6000个，培养骨",
        mark,
        "干教师200名。全区中小学生体质健康优良率达到55%。",
        mark,
    ]
    doc, _ = _read(tmp_path, "\n".join(lines) + "\n")
    (only,) = doc.blocks
    assert "高中阶段毛入学率" in only.text and "培养骨干教师" in only.text and mark not in only.text
    assert "删除反复插入正文句中的水印行（3行）" in doc.conversions
    doc, _ = _read(tmp_path, "\n".join(lines[:-1]) + "\n")  # twice only: kept
    assert any(mark in b.text for b in doc.blocks)


def test_phrases_pushed_in_between_clauses_that_open_on_a_comma_are_dropped(
    tmp_path: Path,
) -> None:
    """`教育部今天表示,` / `关键字行销` / `,预计自106至108年…`: a blog pushes a short phrase in
    between a sentence's clauses, each then opening on a comma; the phrases go, the clauses
    join, and the reader says what it dropped. A short line between two sentences stays."""
    lines = [
        "补强国中小老旧校舍", "", "教育部今天表示,", "", "关键字行销", "",
        ",预计自106至108年进行国中小校舍改善,", "line行销", ",包括补强1702栋及拆除重建246栋。",
        "图文报道", "今年再补强100栋。",
    ]  # fmt: skip
    doc, _ = _read(tmp_path, "\n".join(lines) + "\n")
    assert [b.text for b in doc.blocks] == [
        "补强国中小老旧校舍",
        "教育部今天表示,预计自106至108年进行国中小校舍改善,包括补强1702栋及拆除重建246栋。",
        "图文报道",
        "今年再补强100栋。",
    ]
    assert "删除插入句中分句之间的广告短语行（2行）" in doc.conversions


def test_a_pdf_copys_form_feeds_are_dropped_and_said(tmp_path: Path) -> None:
    """A form feed at a page break, even inside a word (`万元国\f民生产总值`), is no printed
    text: it is dropped, and the conversions say so, so a drafted plan file holds none."""
    doc, _ = _read(tmp_path, "\f第四章 教育\n每万元国\f民生产总值能耗下降到1.7吨。\n")
    assert [b.text for b in doc.blocks] == ["第四章 教育", "每万元国民生产总值能耗下降到1.7吨。"]
    assert any("控制字符" in c for c in doc.conversions)


def test_table_of_contents_lines_are_not_a_table(tmp_path: Path) -> None:
    text = "## 目 录\n\n一、“十三五”教育发展成就·····\t4\n（一）聚焦党建引领·····\t5\n（二）聚焦教育投入·····\t5\n"
    doc, _ = _read(tmp_path, text)
    assert not any(isinstance(b, Table) for b in doc.blocks)
    assert doc.blocks[0] == Heading("目录", 2)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "gbk"])
def test_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    doc, _ = _read(tmp_path, "普惠性幼儿园覆盖面达到95%以上。\n", encoding=encoding)
    assert doc.blocks == (Paragraph("普惠性幼儿园覆盖面达到95%以上。"),)


def test_traditional_pinyin_and_spacing_are_converted_and_recorded(tmp_path: Path) -> None:
    text = (
        "濟(jì)寧市教育事業發展規(guī)劃\n\n"
        "依據《城市居住區規劃設計標準》(GB50180)，學(xué)前教育毛入園率(%)達到99%，在校生(万人)，規劃期(2021-2025)。\n\n"
        "指  标\n"
    )
    doc, _ = _read(tmp_path, text)
    assert document_text(doc) == (
        "济宁市教育事业发展规划\n"
        "依据《城市居住区规划设计标准》(GB50180)，学前教育毛入园率(%)达到99%，在校生(万人)，规划期(2021-2025)。\n"
        "指标"
    )
    assert doc.conversions == (
        "繁体字转为简体字（OpenCC t2s，19字）",
        "删除汉字后括注的拼音，如“规(guī)划”（3处）",
        "删除汉字间多余空格，如“指  标”（1处）",
    )


def test_a_pdf_layers_sentence_loses_the_spaces_inside_its_words(tmp_path: Path) -> None:
    """A sentence whose figures all stand apart from their words (`至 2028 年`, `6 所`) is a
    PDF's text layer: a space between two characters in it splits a word."""
    text = "至 2028 年，全县新建小学 6 所，优质 学校覆盖率达 到 75%以上，高中 学位 1800 个。\n"
    doc, _ = _read(tmp_path, text)
    assert document_text(doc) == (
        "至 2028 年，全县新建小学 6 所，优质学校覆盖率达到 75%以上，高中学位 1800 个。"
    )
    assert doc.conversions == ("删除汉字间多余空格，如“指  标”（3处）",)


def test_a_headlines_phrases_and_a_numbered_heading_keep_their_spaces(tmp_path: Path) -> None:
    """A headline sets its figures close (`3亿元`) and spaces its phrases; a numbered heading run
    into its text ends at its space, in a PDF's text layer too."""
    text = (
        "投入3亿元 今年新建幼儿园5所，新增学位900个。\n\n"
        "2、学位数量 规划新建 4 所小 学，新增学位 2700 个。\n"
    )
    doc, _ = _read(tmp_path, text)
    assert document_text(doc) == (
        "投入3亿元 今年新建幼儿园5所，新增学位900个。\n"
        "2、学位数量 规划新建 4 所小学，新增学位 2700 个。"
    )


def test_a_word_split_in_a_pdf_layer_is_named_whole(tmp_path: Path) -> None:
    _, path = _read(
        tmp_path, "到 2029 年，全镇新建幼儿园 3 所，公办 园在园幼儿占比达 到 60%以上。\n"
    )
    drafted = draft_document(read_document(path), "n", []).records
    assert [(d.record.name, d.record.target.raw) for d in drafted] == [
        ("新建幼儿园", "3 所"),
        ("公办园在园幼儿占比", "60%以上"),
    ]


def test_pinyin_repeated_after_a_character_is_removed_whole(tmp_path: Path) -> None:
    """A reposting site may print a character's pinyin two or more times (`學(xue)(xue)`)."""
    doc, _ = _read(
        tmp_path, "共新增公辦普(pu)(pu)(pu)高學(xue)(xue)(xue)(xue)位0.9萬(wan)個(ge)。\n"
    )
    assert document_text(doc) == "共新增公办普高学位0.9万个。"
    assert "删除汉字后括注的拼音，如“规(guī)划”（9处）" in doc.conversions


def test_a_pages_notes_on_its_pictures_are_removed_and_recorded(tmp_path: Path) -> None:
    text = "今年计划新建幼儿园8所(网络配图)花山区幼儿园(新建)建成后新增学位360个。(相关资料图)\n"
    doc, _ = _read(tmp_path, text)
    assert document_text(doc) == "今年计划新建幼儿园8所花山区幼儿园(新建)建成后新增学位360个。"
    assert doc.conversions == ("删除网页的图片说明，如“(网络配图)”（2处）",)


def test_a_few_traditional_characters_in_simplified_text(tmp_path: Path) -> None:
    text = "於潜镇中心小学扩建。全区中小學生12.6万人，在编教職工9000人。\n"
    doc, _ = _read(tmp_path, text)
    assert document_text(doc) == "於潜镇中心小学扩建。全区中小学生12.6万人，在编教职工9000人。"
    assert doc.conversions == ("繁体字转为简体字（OpenCC t2s，2字）",)


def test_clean_simplified_text_is_used_as_it_is(tmp_path: Path) -> None:
    doc, _ = _read(tmp_path, "於潜镇中心小学扩建，新增学位540个。\n")
    assert doc.conversions == ()


# --- the five seed documents ---


def _tables(path: Path) -> list[Table]:
    return [b for b in read_document(path).blocks if isinstance(b, Table)]


def test_linan_indicator_table() -> None:
    table = _tables(seed("linan.txt"))[0]
    assert table.title == "临安教育事业发展“十四五”指标"
    assert len(table.rows) == 31  # the header and 30 rows
    assert table.rows[0] == ("类型", "指标", "指标", "2025年", "指标属性")
    assert ("", "校际优质均衡系数", "小学", "0.30", "约束性") in table.rows
    assert ("", "", "初中", "0.25", "约束性") in table.rows


def test_yuecheng_indicator_table() -> None:
    table = _tables(seed("yuecheng.txt"))[0]
    assert table.title == "（四）核心指标"
    assert len(table.rows) == 26  # the header and 25 rows
    assert table.rows[0] == ("类别", "指标项目", "指标项目", "单位", "十三五\n数据", "2025年")
    assert (
        "",
        "财政一般公共预算教育支出",
        "财政一般公共预算教育支出",
        "万元",
        "160165.74",
        "逐年只增不减",
    ) in table.rows


def test_shangcheng_indicator_table() -> None:
    tables = _tables(seed("shangcheng.txt"))
    assert len(tables) == 1  # the table of contents is not a table
    table = tables[0]
    assert table.title == "“十四五”期间上城教育事业发展主要预期指标"
    assert len(table.rows) == 25  # the header and 24 rows
    assert ("", "校际优质均衡系数", "小学段", "0.305", "0.3", "约束性") in table.rows
    assert table.rows[4][1:] == (
        "普惠性幼儿园覆盖面(%)",
        "普惠性幼儿园覆盖面(%)",
        "94.9",
        ">95",
        "约束性",
    )


def test_shangcheng_traditional_characters() -> None:
    doc = read_document(seed("shangcheng.txt"))
    text = document_text(doc)
    assert "中小学生" in text and "中小學生" not in text
    assert any(c.startswith("繁体字转为简体字（OpenCC t2s") for c in doc.conversions)


@pytest.mark.parametrize("name", ["linhai", "hangzhou2023"])
def test_seeds_without_a_table(name: str) -> None:
    doc = read_document(seed(f"{name}.txt"))
    assert not any(isinstance(b, Table) for b in doc.blocks)
    assert len(doc.blocks) > 10


def test_bare_cells_with_row_numbers(tmp_path: Path) -> None:
    text = "\n\n".join([
        "序号", "指标", "单位", "2020年", "2025年", "属性",
        "一、发展水平",
        "1", "学前教育毛入园率", "%", "99", "99以上", "约束性",
        "二、教育保障",
        "2", "生均公用经费", "元", "1000", "逐年只增不减", "约束性",
        "以上指标到2025年全部实现，并纳入年度考核。",
    ])  # fmt: skip
    doc, _ = _read(tmp_path, text)
    assert doc.blocks == (
        Table((
            ("序号", "指标", "单位", "2020年", "2025年", "属性"),
            ("一、发展水平", "", "", "", "", ""),
            ("1", "学前教育毛入园率", "%", "99", "99以上", "约束性"),
            ("二、教育保障", "", "", "", "", ""),
            ("2", "生均公用经费", "元", "1000", "逐年只增不减", "约束性"),
        )),
        Paragraph("以上指标到2025年全部实现，并纳入年度考核。"),
    )  # fmt: skip


def test_bare_cells_with_row_numbers_and_who_is_responsible_last(tmp_path: Path) -> None:
    """`序号 | 指标 | 目标值 | 责任单位`, one cell a line: each row's last cell names who is
    responsible, before the next row's number or after the last row (the values had been
    shifted a column, the names read as the targets)."""
    text = "\n".join([
        "序号", "指标", "目标值", "责任单位",
        "1", "县级研学实践教育基地", "12个", "县教育局、县文旅局",
        "2", "中小学生研学实践参与率", "≥90%", "各中小学校",
        "3", "市级国防教育特色学校", "5所", "县教育局、县人武部",
        "4", "高中学生军训参训率", "100%",
        "5", "研学实践安全责任事故", "0起", "县教育局",
        "",
        "三、主要工作",
    ])  # fmt: skip
    doc, _ = _read(tmp_path, text)
    assert doc.blocks[0] == Table((
        ("序号", "指标", "目标值", "责任单位"),
        ("1", "县级研学实践教育基地", "12个", "县教育局、县文旅局"),
        ("2", "中小学生研学实践参与率", "≥90%", "各中小学校"),
        ("3", "市级国防教育特色学校", "5所", "县教育局、县人武部"),
        ("4", "高中学生军训参训率", "100%", ""),  # names no one: the next number follows
        ("5", "研学实践安全责任事故", "0起", "县教育局"),
    ))  # fmt: skip


def test_bare_cells_under_years_in_full_width_digits(tmp_path: Path) -> None:
    """`２０２５年` / `２０２８年` heading the value columns, one cell a line: years as `2025年`
    is (the header had not been known, and the table read as paragraphs)."""
    text = "\n".join([
        "类别", "指标", "２０２５年", "２０２８年",
        "基础环境", "中小学千兆光纤接入率（%）", "92", "100",
        "教学终端", "中小学生机比", "6.8:1", "5:1",
    ])  # fmt: skip
    doc, _ = _read(tmp_path, text)
    assert doc.blocks == (
        Table((
            ("类别", "指标", "２０２５年", "２０２８年"),
            ("基础环境", "中小学千兆光纤接入率（%）", "92", "100"),
            ("教学终端", "中小学生机比", "6.8:1", "5:1"),
        )),
    )  # fmt: skip


def test_pipe_rows_under_a_header_with_no_closing_pipe_keep_an_empty_last_cell(
    tmp_path: Path,
) -> None:
    """`学校名称 | … | 建设年限` over `合计（2个） |  | 60 | 2700 | 30000 | `: the row's last `|` closes
    an empty cell, so its figures stay under their columns (they had been shifted one column
    right, the places read as the money)."""
    text = "\n".join([
        "学校名称 | 建设性质 | 班数 | 新增学位 | 总投资（万元） | 建设年限",
        "合计（2个） |  | 60 | 2700 | 30000 | ",
        "城东小学 | 新建 | 36 | 1620 | 18000 | 2027—2028",
        "城西小学 | 扩建 | 24 | 1080 | 12000 | 2027",
    ])  # fmt: skip
    doc, _ = _read(tmp_path, text)
    assert doc.blocks[0].rows[1] == ("合计（2个）", "", "60", "2700", "30000", "")


def test_bare_cells_with_a_category_printed_once_over_its_rows(tmp_path: Path) -> None:
    text = "\n".join([
        "类别", "指标", "2020年", "2025年", "属性",
        "学前教育", "毛入园率(%)", "99", "99以上", "约束性",
        "普惠性幼儿园覆盖面(%)", "90", "95", "约束性",
        "义务教育", "巩固率(%)", "100", "100", "约束性",
    ])  # fmt: skip
    doc, _ = _read(tmp_path, text)
    assert doc.blocks == (
        Table((
            ("类别", "指标", "2020年", "2025年", "属性"),
            ("学前教育", "毛入园率(%)", "99", "99以上", "约束性"),
            ("学前教育", "普惠性幼儿园覆盖面(%)", "90", "95", "约束性"),
            ("义务教育", "巩固率(%)", "100", "100", "约束性"),
        )),
    )  # fmt: skip


def _raws(node: object) -> list[str]:
    """Every printed value (`raw`) in a curated plan file, wherever it sits."""
    if isinstance(node, dict):
        return [v for k, v in node.items() if k == "raw" and isinstance(v, str)] + [
            raw for k, v in node.items() if k != "raw" for raw in _raws(v)
        ]
    if isinstance(node, list):
        return [raw for item in node for raw in _raws(item)]
    return []


@pytest.mark.parametrize("plan", ["linan", "yuecheng", "shangcheng", "linhai", "hangzhou2023"])
def test_every_curated_value_is_in_the_read_text(plan: str) -> None:
    """What the drafter checks its values against holds every value a person
    curated from the same document (whitespace and full-width forms aside)."""
    curated = Path(__file__).resolve().parents[2] / "data" / f"{plan}.yaml"
    raws = _raws(yaml.safe_load(curated.read_text(encoding="utf-8")))
    assert raws
    text = normalized(((document_text(read_document(seed(f"{plan}.txt"))),),))[0][0]
    missing = [raw for raw in raws if normalized(((raw,),))[0][0] not in text]
    assert missing == []


def test_a_sites_notes_and_bare_pinyin_inside_words_are_removed(tmp_path: Path) -> None:
    text = "新建公办(繁体:辦)幼儿园5[繁体:萬]所,其中{拼音:zhōng}:古浪làng 县4所,推进5G和IPv6。\n"
    doc, _ = _read(tmp_path, text)
    assert document_text(doc) == "新建公办幼儿园5所,其中:古浪县4所,推进5G和IPv6。"
    assert doc.conversions == (
        "繁体字转为简体字（OpenCC t2s，2字）",
        "删除汉字后括注的拼音，如“规(guī)划”（1处）",
        "删除转载网站插在字间的注释，如“公办(繁体:辦)”（3处）",
    )


def test_cells_closed_by_a_pipe_with_a_lone_pipe_opening_each_row(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "某县民生实事项目清单 |", "||||", "|", "序号 |", "项目名称 |", "建设内容 |", "投资(万元) |",
            "|", "1 |", "某小学改造项目 |", "改造运动场。 |", "300 |",
            "|", "2 |", "某幼儿园新建项目 |", "建成后新增学位180个。 |1360 |",
            "说明:以上为计划数。",
        ]
    )  # fmt: skip
    doc, _ = _read(tmp_path, text)
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert [list(r) for r in table.rows] == [
        ["序号", "项目名称", "建设内容", "投资(万元)"],
        ["1", "某小学改造项目", "改造运动场。", "300"],
        ["2", "某幼儿园新建项目", "建成后新增学位180个。", "1360"],
    ]
    assert doc.blocks[-1] == Paragraph("说明:以上为计划数。")


def test_a_ruled_pipe_rows_first_cell_left_on_a_line_of_its_own_stays_in_the_row(
    tmp_path: Path,
) -> None:
    """`PS2 (注1至4)` over `| 北区 | … |`: the copy broke the row after its first cell; the
    line below, one cell short of the header, is the rest of that row."""
    text = "\n".join(
        [
            "项目编号 | 所属区域 | 课室数目 | 预计最早落成日期 |", "---|",
            "PS1 | 北区 | 设有30个课室 | 2027年 |", "PS2 (注1至4)", "| 北区 | 设有24个课室 | 2028年 |",
            "注:", "- 校舍将尽可能采用环保的设施。",
        ]
    )  # fmt: skip
    doc, _ = _read(tmp_path, text)
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert [list(r)[:2] for r in table.rows] == [
        ["项目编号", "所属区域"],
        ["PS1", "北区"],
        ["PS2 (注1至4)", "北区"],
    ]
    assert doc.blocks[-2] == Paragraph("注:")


def test_cells_opened_by_a_pipe_with_a_lone_pipe_closing_each_row(tmp_path: Path) -> None:
    """`北 京` / `| 72000` / `|`: a page's table copied cell by cell with its separators, the
    first cell bare, the others opened by `|`, a lone `|` closing the row."""
    text = "\n".join(
        [
            "附件:分省招生计划", "(单位:人)", "省份", "| 招生计划", "|",
            "北 京", "| 72000", "|", "天 津", "| 70000", "|", "河 北", "| 492000", "|",
            "说明:以上为指导性计划。",
        ]
    )  # fmt: skip
    doc, _ = _read(tmp_path, text)
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert [list(r) for r in table.rows] == [
        ["省份", "招生计划"],
        ["北京", "72000"],
        ["天津", "70000"],
        ["河北", "492000"],
    ]
    assert doc.blocks[-1] == Paragraph("说明:以上为指导性计划。")


def test_a_line_with_one_pipe_note_is_no_table(tmp_path: Path) -> None:
    doc, _ = _read(tmp_path, "某县新建学校3所。\n| 注：含改扩建\n|\n正文第二段。")
    assert not any(isinstance(b, Table) for b in doc.blocks)


def test_cells_closed_by_a_pipe_without_row_marks_stay_paragraphs(tmp_path: Path) -> None:
    doc, _ = _read(
        tmp_path, "序号 |\n目标与任务 |\n责任单位 |\n80 |\n新增托位400个。 |\n县教育局 |"
    )
    assert not any(isinstance(b, Table) for b in doc.blocks)


def test_a_long_headline_does_not_run_on_into_the_pages_byline() -> None:
    """A headline too long to look like a title, then the site's byline with its posting
    time (`某某信息港 发表于:2020-11-26 22:02`): two paragraphs, not one sentence."""
    headline = "某市今年新增中小学、幼儿园学位5.7万多个，计划新建、改扩建中小学、幼儿园103所"
    blocks, _ = read_text(f"{headline}\n某某信息港 发表于:2020-11-26 22:02\n正文第一句。\n")
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
        headline,
        "某某信息港 发表于:2020-11-26 22:02",
        "正文第一句。",
    ]


def test_a_line_broken_before_its_figure_runs_on_into_the_next() -> None:
    """A PDF's text layer or a web copy breaks a sentence at the line's end so that the
    number opens the next line (`共规划中小学校` / `12 所.其中小学`): a line that ends no
    sentence runs on into a next line opening with a figure and its unit."""
    text = "规划期末,某区共规划各类中小学校\n12 所.其中小学\n7 所,初中\n5 所.\n"
    blocks, _ = read_text(text)
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
        "规划期末,某区共规划各类中小学校12 所.其中小学7 所,初中5 所."
    ]


def test_a_wrapped_line_cut_between_its_figure_and_unit_runs_on() -> None:
    """`…拨款标准提高到每生每年1300` / `元；积极稳妥…`: a line as long as the text's wrapped ones,
    ending on a figure, runs on into the unit that opens the next, though it holds no comma
    (the figure had lost its unit and the sentence its target); a short line ending on a
    figure stays apart."""
    wrapped = (
        "（四）规范招生管理秩序。严格落实属地招生政策，严禁违规跨区域招生、提前招\n"
        "生。完善优质普通高中招生指标分配到校办法，指标到校比例不低于60%，并向农\n"
        "村初中和薄弱初中倾斜。建立普通高中经费稳定投入机制，确保按时足额拨付\n"
        "自2026年起普通高中生均公用经费拨款标准提高到每生每年1300\n"
        "元；积极稳妥化解普通高中债务，严禁新增债务。\n"
    )
    blocks, _ = read_text(wrapped)
    assert [b.text for b in blocks if isinstance(b, Paragraph)][-1].endswith(
        "提高到每生每年1300元；积极稳妥化解普通高中债务，严禁新增债务。"
    )
    short = "二、2026年\n个人所得税减免\n"
    assert [b.text for b in read_text(short)[0]] == ["二、2026年", "个人所得税减免"]


def test_lines_that_stand_apart_do_not_run_on_into_a_figure() -> None:
    """A line that ends its sentence, a dotted heading followed by the next one
    (`6.1资金需求` / `6.2人力资源需求`) and a line opening with a year stay apart."""
    text = "新建小学3所。\n20 所学校完成改造。\n6.1资金需求\n6.2人力资源需求\n一、总体目标\n2025年,学位充足。\n"
    blocks, _ = read_text(text)
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
        "新建小学3所。",
        "20 所学校完成改造。",
        "6.1资金需求",
        "6.2人力资源需求",
        "一、总体目标",
        "2025年,学位充足。",
    ]


def test_a_line_ending_on_a_word_no_sentence_ends_on_runs_on() -> None:
    """A news page reflowed one phrase a line breaks its sentence after a particle or a
    locative (`…新建的`, `…学校中`): the line runs on into the next, joined as printed."""
    text = "今年春季,某镇新建的\n9所幼儿园陆续开园\n全县初中学校中\n新建有4所,扩建有7所\n"
    blocks, _ = read_text(text)
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
        "今年春季,某镇新建的9所幼儿园陆续开园",
        "全县初中学校中新建有4所,扩建有7所",
    ]


def test_a_line_opening_with_a_word_no_sentence_opens_with_joins_the_line_above() -> None:
    """`共…` (in all), `其中…`, `并…` go on with the open line above them, the break read
    as a comma; a table's `其中：` sub-row label, a closed line and a heading stay apart."""
    text = (
        "新建有3所,改建有5所\n共增加学位4200个\n其中镇区新建学校1所\n"
        "年度资金总额:20\n其中:省级资金20\n完成改造。\n共计9所\n"
    )
    blocks, _ = read_text(text)
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
        "新建有3所,改建有5所，共增加学位4200个，其中镇区新建学校1所",
        "年度资金总额:20",
        "其中:省级资金20",
        "完成改造。",
        "共计9所",
    ]


def test_a_document_sharing_sites_numbered_pages_run_on_into_each_other() -> None:
    """Such a site prints each page as one long line numbered `1、`, `2、`…, cut wherever the
    page ends: a page that ends mid-sentence runs on into the next, its number dropped; short
    numbered items that leave a sentence open stay items."""
    page = "某县教育局上半年工作回顾,推进校舍改造与设备更新," * 9
    text = f"1、{page}计划年内完成镇区9所\n2、小学的校舍改造任务,为迎接评估做好准备。\n"
    blocks, _ = read_text(text)
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
        f"1、{page}计划年内完成镇区9所小学的校舍改造任务,为迎接评估做好准备。"
    ]
    blocks, _ = read_text("1、新建小学\n2、改建初中\n")
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == ["1、新建小学", "2、改建初中"]


def test_the_places_that_schools_add_join_the_line_that_counts_the_schools() -> None:
    """`8所小学今秋投用` over `新增学位3600个`: a page reflowed one phrase a line; the places
    are the schools', one sentence. A line naming a school with no count stays apart."""
    text = "今年秋季,某区改建的\n8所小学今秋投用\n新增学位3600个\n某路小学\n新增学位900个\n"
    blocks, _ = read_text(text)
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
        "今年秋季,某区改建的8所小学今秋投用，新增学位3600个",
        "某路小学",
        "新增学位900个",
    ]


def test_a_letter_spaced_figure_of_a_pdf_layer_is_joined(tmp_path: Path) -> None:
    """A PDF's letter-spaced layer sets every digit apart (`到2 0 2 8年`, `增长7 .5 %`,
    `3 4 ∶5 1 ∶1 5`), after a mark and a space too (`， 2 3项`): one figure each."""
    doc, _ = _read(
        tmp_path,
        "到2 0 2 8年 , 地区生产总值年均增长7 .5 %左右 , 三次产业结构调整为3 4 ∶5 1 ∶1 5 ,"
        " 2 3项重点指标全部完成 。\n",
    )
    assert document_text(doc) == (
        "到2028年 , 地区生产总值年均增长7.5%左右 , 三次产业结构调整为34∶51∶15,"
        " 23项重点指标全部完成 。"
    )


def test_a_figure_split_by_a_stray_space_in_a_sentence_is_joined(tmp_path: Path) -> None:
    """`改扩建4 0所`, `，8 0%以上`: one digit, a space, one digit and a unit inside a sentence
    is one figure the typesetting split; digits grouped in threes and cells standing apart
    from the words before them are left."""
    doc, _ = _read(
        tmp_path, "每年改扩建4 0所学校，8 0%以上幼儿园普惠，增加1 000个学额。\n\n学校 3 5所\n"
    )
    assert (
        document_text(doc) == "每年改扩建40所学校，80%以上幼儿园普惠，增加1 000个学额。\n学校 3 5所"
    )
    assert doc.conversions == ("删除数字间多余空格，如“4 0所”（2处）",)


def test_a_single_digit_set_close_to_its_sign_is_no_join_to_report(tmp_path: Path) -> None:
    """`占7%`, `为2∶1`: a one-digit figure set close to its sign has no space to remove, so
    the page reports no figures joined."""
    doc, _ = _read(tmp_path, "全镇留守儿童占7%，师生比为2∶1，新建食堂3所。\n")
    assert document_text(doc) == "全镇留守儿童占7%，师生比为2∶1，新建食堂3所。"
    assert doc.conversions == ()


def test_a_pdf_layers_spaced_figure_loses_the_spaces_around_its_point_and_percent(
    tmp_path: Path,
) -> None:
    """A PDF's text layer that sets every figure apart (`到 2028 年`, `新建 4 所`) also spaces
    a figure's decimal point and percent sign (`96 . 5 %`): one figure. A sentence set close
    keeps what it prints."""
    doc, _ = _read(
        tmp_path,
        "到 2028 年 ， 全区新建 4 所 幼儿园 ， 入园率达到 96 . 5 % 。\n\n"
        "到2028年，新建4所，比例为 96 . 5。\n",
    )
    assert document_text(doc) == (
        "到 2028 年 ， 全区新建 4 所幼儿园 ， 入园率达到 96.5% 。\n"
        "到2028年，新建4所，比例为 96 . 5。"
    )


def test_an_items_number_before_a_spaced_year_is_no_whole_part(tmp_path: Path) -> None:
    """`3. 2029 年 ，…` in a PDF's spaced layer: the number and point open the item, and the
    year after them is no decimal part (`3.2029`); a figure's own point is still joined."""
    doc, _ = _read(tmp_path, "3. 2029 年 ， 全区新建 6 所 幼儿园 ， 入园率达到 97. 5 % 。\n")
    assert document_text(doc) == "3. 2029 年 ， 全区新建 6 所幼儿园 ， 入园率达到 97.5% 。"


def test_page_numbers_and_running_headers_copied_from_a_pdf_are_dropped() -> None:
    """Text copied out of a PDF keeps its page numbers (`— 7 —`, `第8页 共20页`) and the
    running header beside each on lines of their own, wherever the page broke: they are
    dropped and the sentence runs on. A line beside one page number only, and a bare
    number (a table's cell), stay."""
    width = "某区推进教育优质均衡发展，全面提升办学条件和保障水平，"
    text = (
        f"{width}到2030年全区小学生均\n— 7 —\n某区教育发展规划\n"
        f"体育场馆面积达标率达到95%，{width}义务教育学校\n第8页 共20页\n某区教育发展规划\n"
        "数字化校园覆盖率达到100%。\n说明\n— 9 —\n12\n"
    )
    blocks, removed = read_text(text)
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
        f"{width}到2030年全区小学生均体育场馆面积达标率达到95%，{width}义务教育学校"
        "数字化校园覆盖率达到100%。",
        "说明",
        "12",
    ]
    assert removed == ["删除从PDF复制带入的页码行及页眉页脚（5行）"]


def test_a_running_header_beside_its_page_number_on_one_line_is_dropped() -> None:
    """`某区教育发展规划      ·6·`: a PDF's header and page number copied onto one line, set
    apart by spaces; an indicator table's row (a name, spaces, a figure) stays."""
    width = "某区推进教育优质均衡发展，全面提升办学条件和保障水平，"
    text = (
        f"{width}到2030年全区小学生均体育场\n"
        "某区教育发展规划                                ·6·\n"
        f"馆面积达标率达到95%，{width}。\n"
        "学校数量（所）        12\n"
    )
    blocks, removed = read_text(text)
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
        f"{width}到2030年全区小学生均体育场馆面积达标率达到95%，{width}。",
        "学校数量（所）        12",
    ]
    assert removed == ["删除从PDF复制带入的页码行及页眉页脚（1行）"]


def test_a_table_row_of_a_figure_between_empty_cells_is_no_page_number() -> None:
    """`— 7 —` is a page number; a row whose cells but one are dashes, set apart by wide
    spaces or tabs (`午餐供应点（个）    —    16    —`), is a table's row and stays."""
    text = (
        "指标    2024年    2027年    2030年\n午餐供应点（个）    —    16    —\n\t—\t9\t—\n— 7 —\n"
    )
    blocks, removed = read_text(text)
    tables = [b for b in blocks if isinstance(b, Table)]
    assert [t.rows[-1] for t in tables] == [("午餐供应点（个）", "—", "16", "—")]
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == ["—\t9\t—"]
    assert removed == ["删除从PDF复制带入的页码行及页眉页脚（1行）"]


def test_a_tables_header_row_printed_again_atop_each_page_is_no_running_header() -> None:
    """A table that runs over a page prints its header row again under the page number; a
    line of cells set apart by wide spaces, or a cell a line opening on a tab, is that header,
    kept, not a running header."""
    head = "指标                        2024年    2027年    属性"
    text = (
        f"— 5 —\n{head}\n心理健康教师配备率（%）     70        90        约束性\n"
        f"— 6 —\n{head}\n校园安全设施达标率（%）     85        100       约束性\n"
    )
    blocks, removed = read_text(text)
    tables = [b for b in blocks if isinstance(b, Table)]
    columns = ("指标", "2024年", "2027年", "属性")
    assert [t.rows for t in tables] == [
        (
            columns,
            ("心理健康教师配备率（%）", "70", "90", "约束性"),
            columns,
            ("校园安全设施达标率（%）", "85", "100", "约束性"),
        )
    ]
    assert removed == ["删除从PDF复制带入的页码行及页眉页脚（2行）"]
    cells = "\t指标\n\t2027年\n\n"  # a cell a line, each after a tab
    text = (
        f"— 5 —\n{cells}\t心理健康教师配备率（%）\n\t90\n\n— 6 —\n{cells}\t视力筛查率（%）\n\t100\n"
    )
    assert read_text(text)[1] == ["删除从PDF复制带入的页码行及页眉页脚（2行）"]


def test_a_tables_lines_run_on_over_a_page_break_between_header_and_rows() -> None:
    """`指标名称    单位    2025年    2030年`, blank lines and `－2－`, then the rows: one table
    with its header (the header had stood alone as a line, its rows a table with no years).
    Blank lines around a page number between sentences still part them."""
    text = (
        "指标名称            单位    2025年    2030年\n\n－2－\n\n"
        "学前三年毛入园率    %       93.8      96\n普惠性幼儿园覆盖率  %       90.5      95\n"
        "\n注：2030年为预期值。\n\n— 3 —\n\n三、主要任务\n"
    )
    blocks, removed = read_text(text)
    tables = [b for b in blocks if isinstance(b, Table)]
    assert [t.rows for t in tables] == [
        (
            ("指标名称", "单位", "2025年", "2030年"),
            ("学前三年毛入园率", "%", "93.8", "96"),
            ("普惠性幼儿园覆盖率", "%", "90.5", "95"),
        )
    ]
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [
        "注：2030年为预期值。",
        "三、主要任务",
    ]
    assert removed == ["删除从PDF复制带入的页码行及页眉页脚（2行）"]
    two = (  # two tables, no caption between them: the page break still parts them
        "指标名称            单位    2025年    2030年\n学前三年毛入园率    %       93.8      96\n"
        "\n－2－\n\n序号    项目名称          学位（个）    完成时间\n1       城东幼儿园        360           2027年\n"
    )
    assert len([b for b in read_text(two)[0] if isinstance(b, Table)]) == 2
    rows = (  # rows as wide either side of a page break, the header of bare years: one table
        "指标名称            单位    2020      2025\n学前三年毛入园率    %       93.8      96\n"
        "\n－2－\n\n义务教育巩固率      %       95.1      97\n"
    )
    assert [len(b.rows) for b in read_text(rows)[0] if isinstance(b, Table)] == [3]
    ruled = (  # a rule drawn atop the next page's rows: still one table
        "指标名称            单位    2025年    2030年\n\n－2－\n\n────────────────────\n"
        "学前三年毛入园率    %       93.8      96\n普惠性幼儿园覆盖率  %       90.5      95\n"
    )
    assert [len(b.rows) for b in read_text(ruled)[0] if isinstance(b, Table)] == [3]


def test_a_header_carried_onto_a_second_line_and_a_title_atop_one_page_run_on() -> None:
    """`指标    基期    2026年` over `(2025年)`, then `－1－`, a form feed and the plan's title
    printed atop the next page only, then the rows: one table, `基期` dated by its second line
    (the rows had stood apart from their header, under the title as a paragraph). The title
    line where it first stands stays; a numbered heading beside a page number is no title."""
    title = "某市高中阶段教育普及攻坚计划（2026—2028年）"
    text = (
        f"{title}\n二、攻坚目标\n"
        "  指标                        基期       2026年     2027年\n"
        "                              (2025年)\n\n"
        f"                   －1－\n\f\n       {title}\n\n"
        "  高中阶段教育毛入学率（%）    91.2       92.5       94.0\n"
        "  新增普通高中学位（个）       —         3000       4500\n"
    )
    blocks, removed = read_text(text)
    assert [t.rows for t in blocks if isinstance(t, Table)] == [
        (
            ("指标", "基期\n(2025年)", "2026年", "2027年"),
            ("高中阶段教育毛入学率（%）", "91.2", "92.5", "94.0"),
            ("新增普通高中学位（个）", "—", "3000", "4500"),
        )
    ]
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == [title, "二、攻坚目标"]
    assert removed[-1] == "删除从PDF复制带入的页码行及页眉页脚（2行）"
    heading = "三、主要任务（2026—2028年）"
    again = f"{heading}\n正文一句。\n\n－1－\n\n{heading}\n正文二句。\n"
    kept = [b.text for b in read_text(again)[0] if isinstance(b, Paragraph)]
    assert kept.count(heading) == 2


def test_a_table_drawn_with_box_characters_is_read_by_its_bars() -> None:
    """`┌───┬───┐` / `│序号  │指标   │2028年目标│` / `├───┼───┤`: cells set apart by `│`, rows by
    rules (the lines had been split on their spaces, the bars left in the cells, and a table
    whose widths the bars skewed not read at all); a cell run on onto the next line, the row's
    other cells blank there, is one cell, but a row of its own fills its values, and a name's
    first line over such a row is its; a box round a 专栏's lines is text, and one whose
    header merges cells the bars cannot place is left as it was."""
    text = (
        "┌───┬──────────┬────┬──────┐\n"
        "│序号  │指标                    │单位    │2028年目标  │\n"
        "├───┼──────────┼────┼──────┤\n"
        "│1     │“双师型”教师占专业课教师│%       │≥65        │\n"
        "│      │比例                    │        │            │\n"
        "├───┼──────────┼────┼──────┤\n"
        "│2     │生师比                  │—      │≤18:1      │\n"
        "└───┴──────────┴────┴──────┘\n"
    )
    tables = [b for b in read_text(text)[0] if isinstance(b, Table)]
    assert [t.rows for t in tables] == [
        (
            ("序号", "指标", "单位", "2028年目标"),
            ("1", "“双师型”教师占专业课教师比例", "%", "≥65"),
            ("2", "生师比", "—", "≤18:1"),
        )
    ]
    grouped = (  # no rules between rows; a group cell left blank below its first row
        "┌─────┬──────────────┬───┬───┐\n"
        "│类别      │指标                        │2025年│2030年│\n"
        "├─────┼──────────────┼───┼───┤\n"
        "│学前教育  │毛入园率（%）               │92    │95    │\n"
        "│          │普惠性幼儿园覆盖率（%）     │88    │92    │\n"
        "│义务教育  │巩固率（%）                 │96.5  │98    │\n"
        "│          │县域义务教育优质均衡发展    │      │      │\n"
        "│          │县比例（%）                 │0     │60    │\n"
        "└─────┴──────────────┴───┴───┘\n"
    )
    (table,) = [b for b in read_text(grouped)[0] if isinstance(b, Table)]
    assert [row[1:] for row in table.rows[1:]] == [
        ("毛入园率（%）", "92", "95"),
        ("普惠性幼儿园覆盖率（%）", "88", "92"),
        ("巩固率（%）", "96.5", "98"),
        ("县域义务教育优质均衡发展县比例（%）", "0", "60"),
    ]
    merged = "┌──┬──┐\n│指标│2025年│2030年│\n├──┼──┤\n│生师比│小学│初中│小学│初中│\n└──┴──┘\n"
    assert not [b for b in read_text(merged)[0] if isinstance(b, Table)]  # widths unplaced
    box = (
        "┌────────────────────┐\n"
        "│专栏１　产教融合重点工程　　　　　　　│\n"
        "│（1）产业学院建设工程：共建产业学院30个。│\n"
        "└────────────────────┘\n"
    )
    assert not [b for b in read_text(box)[0] if isinstance(b, Table)]


def test_a_numbered_item_wrapped_without_a_stop_runs_on_into_the_line_closing_it() -> None:
    """`3.实施…达标工程，对…撤销、转型` / `等方式整合资源，…12所左右。`: one item, though its first
    line has no stop (it had stood as a heading); a figure cut by the wrap (`教师12` / `00名`)
    is one figure. A heading as long stays apart from a paragraph's first, indented line, and
    one at the margin from the sentence under it."""
    text = (
        "　　一、总体要求\n"
        "　　到2028年，全市高中阶段教育全面普及，毛入学率达到95.5%以上，普职招生\n"
        "比例保持大体相当，普通高中大班额问题基本解决，中等职业学校全部达到国家办\n"
        "学标准，高中阶段教育质量明显提升，人民群众满意度持续提高。\n"
        "　　3.实施中职学校办学条件达标工程，对达标困难的学校通过合并、撤销、转型\n"
        "等方式整合资源，全市中职学校调整至12所左右。\n"
        "　　7.按照普通高中生师比13.5:1标准核定教职工编制，三年补充普通高中教师12\n"
        "00名，到2028年普通高中生师比不高于12.5:1。\n"
        "　　（三）健全经费投入保障机制，确保教育经费两个只增不减要求全面落实到位\n"
        "　　各级政府要把教育作为财政支出重点领域予以优先保障。\n"
        "4.实施县域普通高中振兴计划，扩大优质教育资源供给，推进县中标准化建设\n"
        "全县普通高中在校生达到1.2万人。\n"
    )
    paragraphs = [b.text for b in read_text(text)[0] if isinstance(b, Paragraph)]
    assert paragraphs[2:] == [
        "3.实施中职学校办学条件达标工程，对达标困难的学校通过合并、撤销、转型等方式整合资源，"
        "全市中职学校调整至12所左右。",
        "7.按照普通高中生师比13.5:1标准核定教职工编制，三年补充普通高中教师1200名，"
        "到2028年普通高中生师比不高于12.5:1。",
        "（三）健全经费投入保障机制，确保教育经费两个只增不减要求全面落实到位",
        "各级政府要把教育作为财政支出重点领域予以优先保障。",
        "4.实施县域普通高中振兴计划，扩大优质教育资源供给，推进县中标准化建设",
        "全县普通高中在校生达到1.2万人。",
    ]


def test_two_cells_a_row_wrapped_onto_a_line_of_words_are_joined() -> None:
    """`通过国家督导` / `评估认定` beside `通过省级` / `评估`: a line of words under neither the
    number nor the name is the rest of the cells above it, one phrase each (it had stood as
    a row of its own, and each half was drafted as a target); a row of figures stays a row."""
    text = (
        "序号  指标名称              2025年    2030年        2027年\n"
        "1     学前三年毛入园率      90.4      ≥94           92.7\n"
        "2     优质均衡发展          —         通过国家督导  通过省级\n"
        "                                      评估认定      评估\n"
        "3     高中阶段毛入学率      91.5      ≥94           92.8\n"
    )
    tables = [b for b in read_text(text)[0] if isinstance(b, Table)]
    assert [t.rows[2:] for t in tables] == [
        (
            ("2", "优质均衡发展", "—", "通过国家督导评估认定", "通过省级评估"),
            ("3", "高中阶段毛入学率", "91.5", "≥94", "92.8"),
        )
    ]
    # a row of its own under merged cells: it fills the 指标 column and ends on an attribute
    merged = (
        "序号    领域        指标                        2025年      2030年      属性\n"
        "二      义务教育    九年义务教育巩固率（%）     97.2        98          约束性\n"
        "                    县域义务教育发展水平        基本均衡    优质均衡    约束性\n"
    )
    tables = [b for b in read_text(merged)[0] if isinstance(b, Table)]
    assert [len(t.rows) for t in tables] == [3]


def _padded(*cells: str) -> str:
    """Cells lined up at fixed display columns (a CJK character two wide), as a PDF prints."""
    stops = (0, 6, 32, 53, 60, 74)
    line = ""
    for stop, cell in zip(stops, cells, strict=False):
        width = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
        line += " " * max(stop - width, 1 if line else 0) + cell
    return line


def test_aligned_columns_with_a_label_spaced_to_its_column_stay_a_table() -> None:
    """A 合计 row set out as `合  计` under `2026年` rows: one cell (its two characters had been
    two, and the table read as paragraphs)."""
    text = "\n".join([
        "年度      新增研学实践基地(个)   新增劳动教育实践基地(个)   新增研学营地(个)",
        "2026年            12                       20                        2",
        "2027年            14                       25                        3",
        "合  计            26                       45                        5",
    ])  # fmt: skip
    (table,) = [b for b in read_text(text)[0] if isinstance(b, Table)]
    assert table.rows[-1] == ("合计", "26", "45", "5")
    assert len(table.rows) == 4


def test_aligned_columns_with_a_cell_run_into_the_next_by_one_space_stay_a_table() -> None:
    """A table copied out of a PDF lined up by display width, one row's standard run into its
    stage by one space (`小学≤0.50，初中≤0.45 小学`): the columns the widest rows give, that
    cell split at its space (the run had merged two columns, the table was left to the wrap
    joiner, and its rows were run together into paragraphs)."""
    width = "某县创建义务教育优质均衡发展县实施方案，力争到2027年通过省级督导评估认定"
    text = "\n".join([
        *[width + "，"] * 8,  # prose wrapped at one width: the wrap joiner is on
        _padded("序号", "指标", "国家标准", "学段", "2024年现状", "2027年目标"),
        _padded("1", "生均教学仪器设备值（元）", "小学2000，初中2500", "小学", "1780", "≥2000"),
        _padded("", "", "", "初中", "2310", "≥2500"),
        _padded("2", "资源配置综合差异系数", "小学≤0.50，初中≤0.45 小学", "", "0.53", "≤0.50"),
        _padded("", "", "", "初中", "0.47", "≤0.45"),
    ])  # fmt: skip
    (table,) = [b for b in read_text(text)[0] if isinstance(b, Table)]
    assert table.rows[0] == ("序号", "指标", "国家标准", "学段", "2024年现状", "2027年目标")
    assert table.rows[3] == (
        "2", "资源配置综合差异系数", "小学≤0.50，初中≤0.45", "小学", "0.53", "≤0.50"
    )  # fmt: skip


def test_a_line_of_cells_set_apart_is_never_wrapped_prose() -> None:
    """In a text wrapped at one width, a long line of runs set apart by wide gaps (a table's
    row no table reader took) ends where it ends: it is not run into the next line. A sentence
    copied with double spaces still wraps."""
    width = "某县创建义务教育优质均衡发展县实施方案，力争到2027年通过省级督导评估认定"
    row = "资源配置  1     每百名学生拥有高于规定学历教师数（人），小学4.2     小学   3.86   ≥4.2"
    text = "\n".join([*[width + "，"] * 8 + [width + "。"], row, "初中4.91，到2027年达到5.3。"])
    paragraphs = [b.text for b in read_text(text)[0] if isinstance(b, Paragraph)]
    assert paragraphs[-2:] == [row, "初中4.91，到2027年达到5.3。"]
    row = "资源配置  2  每百名学生拥有县级以上骨干教师数（人），小学1.0  小学  0.82  ≥1"  # double
    text = "\n".join([*[width + "，"] * 8 + [width + "。"], row, "普惠性幼儿园覆盖率达到92%。"])
    paragraphs = [b.text for b in read_text(text)[0] if isinstance(b, Paragraph)]
    assert paragraphs[-2:] == [row, "普惠性幼儿园覆盖率达到92%。"]
    spaced = "到2027年，全县小学、初中生均教学仪器设备值分别达到  2000元  和  2500"  # two gaps
    text = "\n".join([*[width + "，"] * 8 + [width + "。"], spaced, "元，巩固率达到99%。"])
    paragraphs = [b.text for b in read_text(text)[0] if isinstance(b, Paragraph)]
    assert paragraphs[-1] == spaced + "元，巩固率达到99%。"  # a sentence with wide spaces wraps


def test_a_trend_cell_of_any_verb_of_change_is_a_value() -> None:
    """A table's trend in words may use any verb of change of the value grammar (`稳步缩小`,
    `逐步压减`), as `稳步提高` does; a name is no value."""
    assert looks_like_value("稳步缩小")
    assert looks_like_value("逐步压减")
    assert not looks_like_value("大班额比例")


def test_a_section_row_of_a_word_table_copied_as_text_is_a_row_of_its_own() -> None:
    # Word copies a row merged across the table as its text alone, with no tab
    text = "\n".join(
        [
            "主要指标",
            "指标\t单位\t2025年\t2030年\t属性",
            "一、普及水平",
            "学前教育毛入园率\t%\t96.0\t≥98\t预期性",
            "义务教育巩固率\t%\t99.1\t99.5\t约束性",
            "二、教育质量",
            "体质健康优良率\t%\t55\t≥65\t预期性",
        ]
    )
    blocks, _ = read_text(text)
    (table,) = [b for b in blocks if isinstance(b, Table)]
    assert table.rows[0][4] == "属性"
    assert table.rows[1][0] == "一、普及水平"
    assert table.rows[3][4] == "约束性"
    assert table.rows[4][0] == "二、教育质量"


def test_a_comma_set_before_another_mark_is_removed_and_recorded(tmp_path: Path) -> None:
    """A reposting site sets a comma before another mark (`面积,、`, `收悉,,`): the list and the
    sentence go on as the second mark says, so `分别` pairs names and figures again."""
    text = "您的建议收悉,,现答复如下。力争到2018年,村小生均占地面积,、生均校舍面积分别达到20平方米、6平方米,。\n"
    doc, path = _read(tmp_path, text)
    assert document_text(doc) == (
        "您的建议收悉,现答复如下。力争到2018年,村小生均占地面积、生均校舍面积分别达到20平方米、6平方米。"
    )
    assert doc.conversions == ("删除转载网站在标点前多加的逗号，如“面积,、”“收悉,,”（3处）",)
    drafted = draft_document(read_document(path), "n", []).records
    first = drafted[0].record
    assert (first.name, first.target.raw, first.segment) == ("村小生均占地面积", "20平方米", "小学")
    assert drafted[1].record.name == "生均校舍面积"


def test_a_comma_before_a_thousands_group_or_in_an_empty_cell_is_kept(tmp_path: Path) -> None:
    doc, _ = _read(tmp_path, "补助经费3,941万元,新增学位1,200个。\n")
    assert document_text(doc) == "补助经费3,941万元,新增学位1,200个。"
    assert doc.conversions == ()


def test_a_full_width_comma_grouping_thousands_is_made_half_width(tmp_path: Path) -> None:
    """`2，567亿元`: a full-width comma between a figure's thousands would end a clause inside
    the figure; it becomes `,`, recorded, and the figure is drafted whole. A list of figures
    (`1，2，3`) and of years (`2018，2019年`) are no figures grouped in threes."""
    text = (
        "到2025年，财政收入达到2，567亿元，五年合计为11，194亿元。分别为1，2，3所，2018，2019年。\n"
    )
    doc, path = _read(tmp_path, text)
    assert document_text(doc) == (
        "到2025年，财政收入达到2,567亿元，五年合计为11,194亿元。分别为1，2，3所，2018，2019年。"
    )
    assert doc.conversions == (
        "数字中分隔千位的全角逗号改为半角，如“2，567亿元”→“2,567亿元”（2处）",
    )
    drafted = draft_document(read_document(path), "n", []).records
    assert [d.record.target.raw for d in drafted][:2] == ["2,567亿元", "11,194亿元"]
    listed = "小学和初中生均公用经费分别提高到650，850元。三年招生120，150和180人。\n"
    doc, _ = _read(tmp_path, listed)  # a list of three-digit figures, one for each
    assert (document_text(doc), doc.conversions) == (listed.strip(), ())


def test_a_line_opening_on_a_label_and_its_colon_starts_an_item(tmp_path: Path) -> None:
    """`资质规范化:要求…` after `…增配1名`: the label heads an item of its own, though the line
    above ends with no stop."""
    text = "配备标准化:明确师生比不低于1:500,寄宿制学校增配1名\n资质规范化:要求100%持证上岗\n"
    doc, _ = _read(tmp_path, text)
    assert [b.text for b in doc.blocks] == [
        "配备标准化:明确师生比不低于1:500,寄宿制学校增配1名",
        "资质规范化:要求100%持证上岗",
    ]


def test_a_pages_particulars_set_apart_by_spaces_are_no_table() -> None:
    """`来源：某局　发布时间：…　浏览次数：1523` over `【字号：大 中 小】　【打印】`, as a page saved as
    text prints them: each cell a label and its value, no header; they had made a table whose
    `【打印】` was drafted as a target."""
    text = (
        "某区“十四五”教育发展规划主要指标\n\n"
        "来源：某区教育局　　发布时间：2021-12-30 10:25　　浏览次数：1523\n"
        "【字号：大 中 小】　【打印】\n\n"
        "为便于社会各界了解和监督规划实施，现将主要指标公布如下。\n"
    )
    blocks, _ = read_text(text)
    assert not any(isinstance(b, Table) for b in blocks)


_STOCK_WRAPPED = (
    "截至2023年底，全县共有义务教育学校47所，其中小",
    "学35所、初中10所、九年一贯制学校2所，在校学生3",
    "1286人，专任教师2417人，城区学校学位供给偏紧，",
)
"""A county's stock of schools, copied out of a PDF wrapped at one width."""


def test_a_text_copied_out_of_a_pdf_joins_its_wrapped_lines_past_one_long_line() -> None:
    """Lines wrapped at about 30 characters (digits print narrower, so they vary), under one
    long unwrapped line of a covering notice, and a numbered task whose heading ends in `。`
    on a wrapped line: each paragraph is joined whole (the long line made every wrapped line
    look short, and a numbered line was never joined)."""
    text = "\n".join([
        "某县推进义务教育优质均衡发展实施方案",
        "《某县推进义务教育优质均衡发展实施方案（2024—2027年）》已经县人民政府常务会议研究同意，现印发给你们。",
        "一、基本情况",
        *_STOCK_WRAPPED,
        "乡村学校师资结构性缺编问题较为突出。",
        "二、重点任务",
        "（一）实施学校建设工程。2024—2025年，新建学",
        "校2所，改扩建乡镇学校9所，新增义务教育学位396",
        "0个。到2025年，全县义务教育学校生均教学及辅助用",
        "房面积小学达到4.5平方米以上、初中达到5.8平方米",
        "以上；生均体育运动场馆面积小学达到7.5平方米以上。",
        "（二）实施教师队伍建设工程。深化管理改革，202",
        "4—2027年累计补充义务教育教师400名以上，其中体育",
        "、艺术教师不少于80名，优先保障乡村学校和薄弱学校。",
    ])  # fmt: skip
    blocks, _ = read_text(text)
    paragraphs = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert paragraphs[-2:] == [
        "（一）实施学校建设工程。2024—2025年，新建学校2所，改扩建乡镇学校9所，新增义务教育学位"
        "3960个。到2025年，全县义务教育学校生均教学及辅助用房面积小学达到4.5平方米以上、初中达到"
        "5.8平方米以上；生均体育运动场馆面积小学达到7.5平方米以上。",
        "（二）实施教师队伍建设工程。深化管理改革，2024—2027年累计补充义务教育教师400名以上，"
        "其中体育、艺术教师不少于80名，优先保障乡村学校和薄弱学校。",
    ]
    assert "截至2023年底，全县共有义务教育学校47所，其中小学35所、初中10所" in paragraphs[3]


def test_a_caption_listing_stages_with_a_mark_of_a_list_is_no_wrapped_line() -> None:
    """`专栏1 学前教育、义务教育、高中阶段教育主要发展指标` in a text wrapped at its width: a
    caption, not a line cut off (it ran on into the text under it)."""
    text = "\n".join([
        *_STOCK_WRAPPED,
        "乡村学校师资结构性缺编问题较为突出，农村学校",
        "办学条件仍需改善，优质教育资源总量不足，教师",
        "队伍结构不尽合理，骨干教师流失问题依然存在，",
        "信息化应用水平有待提升，教育治理能力有待加",
        "强，人民群众对优质教育的需求日益增长，城乡",
        "之间、校际之间的差距依然明显。",
        "专栏1 学前教育、义务教育、高中阶段教育主要发展指标",
        "到2025年，学前三年毛入园率达到98%。",
    ])  # fmt: skip
    blocks, _ = read_text(text)
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert "专栏1 学前教育、义务教育、高中阶段教育主要发展指标" in texts


def test_a_tables_padded_rows_set_no_wrap_width_for_the_prose() -> None:
    """Prose wrapped at about thirty characters above a table whose rows are padded to sixty:
    the prose's lines still run on (the rows had set the width, and every prose line looked
    short, so `新增中小` / `学幼儿园学位1.5万个` named `学幼儿园学位`)."""
    prose = [
        "3.实施学位扩容工程。全年新建、改扩建中小学幼儿园32所，新增中小",
        "学幼儿园学位1.5万个，秋季新开办学校12所。",
        "4.推进学前教育普惠发展。普惠性幼儿园覆盖率稳定在92%以上，学前",
        "三年毛入园率达到97%，推动具备条件的幼儿园开设托班。",
    ]
    rows = [f"{k}    新增中小学幼儿园学位              1.5万个       发展规划处         2026年9月"
            for k in range(1, 10)]  # fmt: skip
    paragraphs = [
        b.text for b in read_text("\n".join([*prose, "", *rows]))[0] if isinstance(b, Paragraph)
    ]
    assert paragraphs[:2] == [prose[0] + prose[1], prose[2] + prose[3]]


def test_a_caption_indented_above_an_aligned_table_is_no_row_of_it() -> None:
    """`          专栏1　某县…主要指标` (number and title one ideographic space apart) over
    columns lined up with spaces: the caption is the table's title, and the header and first
    row are read (the caption had been taken for a row, so the table began at the first row's
    wrapped name and lost its header and first row)."""
    text = "\n".join([
        "          专栏1\u3000某县乡村教育振兴主要指标",
        "序号  指标                  单位  2025年  2028年  属性",
        "1     乡村小规模学校基本办  %     71.7    100     约束性",
        "      学条件达标率",
        "2     九年义务教育巩固率    %     97.3    ≥97.5   约束性",
    ])  # fmt: skip
    blocks, _ = read_text(text)
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert tables[0].title == "专栏1\u3000某县乡村教育振兴主要指标"
    assert [row[1] for row in tables[0].rows] == [
        "指标",
        "乡村小规模学校基本办\n学条件达标率",
        "九年义务教育巩固率",
    ]


def test_rules_drawn_with_dashes_inside_an_aligned_table_break_it_nowhere() -> None:
    """`学段  2025年…` / `------` / rows / `------` / `合计 …` / `注：…；合计不含…80名。`: one table
    with its header and total row (the rule after the header had cut the header off), and the
    note under it, whose first clause reads as a run-in heading, sets no target."""
    text = "\n".join([
        "某县中小学教师编制管理三年行动方案（2026—2028年）",
        "一、编制配置",
        "    表1  某县中小学教职工编制配置目标（单位：名）",
        "",
        "  学段            2025年核定编制    2028年目标编制    增减",
        "  ------------------------------------------------------",
        "  小学                 1850              1920          +70",
        "  初中                 1120              1185          +65",
        "  ------------------------------------------------------",
        "  合计                 2970              3105         +135",
        "  注：中职学校编制另行核定；合计不含县级统筹周转编制80名。",
    ])  # fmt: skip
    blocks, _ = read_text(text)
    (table,) = [b for b in blocks if isinstance(b, Table)]
    assert [row[0] for row in table.rows] == ["学段", "小学", "初中", "合计"]
    doc = Document("plan.txt", tuple(blocks))
    got = [d.record.target.raw for d in draft_document(doc, "plan", []).records]
    assert got == ["1920", "1185", "3105"]


def test_a_year_report_copied_from_a_pdf_sets_only_its_closing_targets(tmp_path: Path) -> None:
    """A `…工作` / `情况报告` title on two lines, an opening that reports (`现将有关情况报告如下`),
    a table of the last three years' figures and a closing `三、2027年工作目标和举措` whose numbered
    items wrap at the page's width: the title is read whole, the table's figures are the
    baselines of the closing targets (they had been drafted as 2025 and 2026 targets), and the
    items are targets (they had been read as results, and their wrapped first lines as
    headings)."""
    text = "\n".join([
        "                     某县人民政府教育督导委员会办公室",
        "",
        "某县2026年度校外培训治理暨“双减”工作",
        "              情况报告",
        "",
        "县人民政府：",
        "    2026年，我县深入贯彻落实中共中央办公厅、国务院办",
        "公厅《关于进一步减轻义务教育阶段学生作业负担和校外培训",
        "负担的意见》，持续规范校外培训行为，“双减”工作取得阶段",
        "性成效。现将有关情况报告如下。",
        "    一、工作开展情况",
        "    （一）预收费监管全面落地。全县纳入平台管理的机构38家，",
        "预收费资金监管覆盖率达到92.1%，全年受理培训类投诉举报",
        "156件，办结153件，办结率98.1%。",
        "    表1  2024—2026年某县“双减”主要工作数据",
        "   指  标                        2024年    2025年    2026年",
        "   预收费资金监管覆盖率（%）     71.5      84.3      92.1",
        "   培训类投诉办结率（%）         95.2      97.0      98.1",
        "",
        "    三、2027年工作目标和举措",
        "    2027年，我县将以巩固提升为主线，重点做好以下工作：",
        "    （一）预收费资金监管覆盖率达到100%，校外培训机构全",
        "部纳入全国平台管理，无证无照培训机构保持动态清零；",
        "    （二）开展校外培训联合执法检查不少于15次，培训类投",
        "诉办结率不低于98.5%。",
        "",
        "                        某县人民政府教育督导委员会办公室",
        "                                  2026年12月28日",
    ])  # fmt: skip
    doc, _ = _read(tmp_path, text, "report.txt")
    draft = draft_document(doc, "report", [])
    assert draft.header.title == "某县2026年度校外培训治理暨“双减”工作情况报告"
    got = [
        (d.record.target.raw, d.record.target.year, d.record.baseline and d.record.baseline.raw)
        for d in draft.records
    ]
    assert got == [
        ("100%", 2027, "92.1"),
        ("动态清零", 2027, None),
        ("不少于15次", 2027, None),
        ("不低于98.5%", 2027, "98.1"),
    ]


def test_a_statistics_bulletins_table_of_the_year_beside_the_year_before_is_results(
    tmp_path: Path,
) -> None:
    """`指标名称 | 单位 | 2025年 | 2026年 | 比上年增减` in `2026年…教育事业发展统计快报` dated 2027:
    the year's figures beside the year before's are results (they had been drafted as 2026
    targets, the 2025 column their baselines); the closing part's 2027 targets are targets."""
    text = "\n".join([
        "2026年某省教育事业发展统计快报",
        "发布时间：2027-03-16 10:30",
        "一、总体情况",
        "表1　2026年全省教育主要指标",
        "  指标名称                        单位       2025年      2026年     比上年增减",
        "  学前三年毛入园率                  %          92.8        93.4        +0.6",
        "  高中阶段毛入学率                  %          91.5        92.1        +0.6",
        "九、下一步工作",
        "2027年，力争全省学前三年毛入园率达到94%以上。",
    ])  # fmt: skip
    doc, _ = _read(tmp_path, text, "bulletin.txt")
    draft = draft_document(doc, "bulletin", [])
    got = [(d.record.target.raw, d.record.target.year) for d in draft.records]
    assert got == [("94%以上", 2027)]


def test_the_texts_next_heading_right_under_a_spaced_table_is_no_part_of_it() -> None:
    """`义务教育巩固率（%）    96.5    98    约束性` then `二、主要任务`: the heading had been read as the
    rest of the last row's name (`义务教育巩固率（%）二、主要任务`)."""
    text = (
        "指标    2025年    2030年    属性\n"
        "学前教育毛入园率（%）    92    95    预期性\n"
        "义务教育巩固率（%）    96.5    98    约束性\n"
        "二、主要任务\n"
        "（一）扩大学前教育资源。\n"
    )
    blocks = read_text(text)[0]
    (table,) = [b for b in blocks if isinstance(b, Table)]
    assert [row[0] for row in table.rows] == [
        "指标",
        "学前教育毛入园率（%）",
        "义务教育巩固率（%）",
    ]
    assert [b.text for b in blocks if isinstance(b, Paragraph)][:1] == ["二、主要任务"]


def test_a_number_the_line_break_cut_is_joined() -> None:
    """`…专项资金1` / `2.5亿元，…`: a PDF's line break inside a number; the paragraph goes on and
    the number is whole (`12.5亿元`). A table row's last figure, set apart by a space, is not
    joined to a next row's."""
    blocks, _ = read_text(
        "省级财政每年安排职业教育专项资金1\n2.5亿元，重点支持中职学校改善实训条件。"
    )
    assert [b.text for b in blocks] == [
        "省级财政每年安排职业教育专项资金12.5亿元，重点支持中职学校改善实训条件。"
    ]
    blocks, _ = read_text("学前三年毛入园率 98.9 99\n2所幼儿园建成。")
    assert len(blocks) == 2


def test_a_numbered_list_a_cell_a_line_whose_last_cells_name_several_bodies(
    tmp_path: Path,
) -> None:
    """`序号 | 项目名称 | 主要建设内容及目标 | 完成时限 | 责任单位`, one cell a line, with sentences
    for cells and a second responsible body on a line of its own: a row runs from its number to
    the next, the bodies are its last cell (the list had not been read as a table, and its
    projects' sizes were drafted under no project's name). It ends at the line that is none."""
    lines = [
        "某区2027年教育民生实事项目清单",
        "序号", "项目名称", "主要建设内容及目标", "完成时限", "责任单位",
        "1", "新建第三实验幼儿园", "建筑面积8200平方米，可提供学位360个。", "2027年8月底前", "区教育局",
        "区城投集团",
        "2", "幼儿园托班建设", "支持公办幼儿园开设托班，新增普惠性托位200个。", "2027年9月底前",
        "区教育局",
        "备注：上述项目计划总投资约1.86亿元。",
    ]  # fmt: skip
    doc, _ = _read(tmp_path, "\n".join(lines))
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert table.rows[1:] == (
        ("1", "新建第三实验幼儿园", "建筑面积8200平方米，可提供学位360个。", "2027年8月底前",
         "区教育局\n区城投集团"),
        ("2", "幼儿园托班建设", "支持公办幼儿园开设托班，新增普惠性托位200个。", "2027年9月底前",
         "区教育局"),
    )  # fmt: skip
    got = [
        (d.record.name, d.record.segment, d.record.target.raw)
        for d in draft_document(doc, "list", []).records
    ]
    assert got[:2] == [
        ("第三实验幼儿园建筑面积", "学前", "8200平方米"),
        ("第三实验幼儿园提供学位", "学前", "360个"),
    ]


def test_a_line_ending_on_a_comma_runs_on_into_the_next(tmp_path: Path) -> None:
    """`3．实施第一小学、城北小学改扩建，` over `分别新增学位720个、630个，…`: no sentence ends on a
    comma, so the break was a stray one inside the sentence (the second line had been a
    paragraph of its own, its list named by nothing). A numbered line after it starts anew."""
    text = (
        "某区学校建设三年行动计划\n\n"
        "    3．实施第一小学、城北小学改扩建，\n分别新增学位720个、630个，2028年投入使用。\n"
        "责任单位：区教育局、\n4．新建幼儿园2所。\n"
    )
    doc, _ = _read(tmp_path, text)
    texts = [b.text.strip() for b in doc.blocks if isinstance(b, Paragraph)]
    assert "3．实施第一小学、城北小学改扩建，分别新增学位720个、630个，2028年投入使用。" in texts
    assert "4．新建幼儿园2所。" in texts


def test_a_table_of_years_a_cell_a_line(tmp_path: Path) -> None:
    """`年度` / `一般公共预算教育支出` / `学前教育` over `2025年（基数）`, `2026年`, … and `三年合计`, one
    cell a line: each row runs from its year (or its total's label) across the header's width
    (the table had been read as paragraphs, and drafted nothing). A row whose cells are not all
    values ends it."""
    lines = [
        "表1　某县2026—2028年一般公共预算教育支出计划表",
        "单位：万元",
        "年度", "一般公共预算教育支出", "学前教育", "义务教育",
        "2025年（基数）", "58900", "5400", "39600",
        "2026年", "61500", "5800", "41200",
        "三年合计", "194500", "19000", "129300",
        "注：2025年为决算数。",
    ]  # fmt: skip
    doc, _ = _read(tmp_path, "\n".join(lines))
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert table.rows == (
        ("年度", "一般公共预算教育支出", "学前教育", "义务教育"),
        ("2025年（基数）", "58900", "5400", "39600"),
        ("2026年", "61500", "5800", "41200"),
        ("三年合计", "194500", "19000", "129300"),
    )


def test_a_table_of_places_a_cell_a_line_under_measures(tmp_path: Path) -> None:
    """`乡镇` / `2026年底疑似辍学人数（人）` / `春季学期劝返（人）` / `九年义务教育巩固率目标（%）`, one
    cell a line: rows of places under measures (one dated by the year-end it counts at) are a
    table (it had been read as paragraphs, and drafted nothing); the year-end column of the
    year before the table's own is its baseline, not a target."""
    lines = [
        "附表　2027年各乡镇控辍保学劝返任务分解表",
        "乡镇", "2026年底疑似辍学人数（人）", "春季学期劝返（人）", "九年义务教育巩固率目标（%）",
        "泗城镇", "9", "5", "98.5",
        "逻楼镇", "7", "4", "97.5",
        "注：巩固率以2027年秋季学期统计为准。",
    ]  # fmt: skip
    doc, _ = _read(tmp_path, "\n".join(lines))
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert table.rows == (
        ("乡镇", "2026年底疑似辍学人数（人）", "春季学期劝返（人）", "九年义务教育巩固率目标（%）"),
        ("泗城镇", "9", "5", "98.5"),
        ("逻楼镇", "7", "4", "97.5"),
    )
    drafted = draft_document(
        Document("plan.txt", (Paragraph("某县2027年控辍保学工作实施方案"), table)), "plan", []
    ).records
    assert [(d.record.name, d.record.target.raw, d.record.target.year) for d in drafted] == [
        ("九年义务教育巩固率（泗城镇）", "98.5", 2027),
        ("九年义务教育巩固率（逻楼镇）", "97.5", 2027),
    ]


def test_a_numbered_table_whose_year_columns_wrap_onto_two_lines(tmp_path: Path) -> None:
    """`序号` / `指标名称` / `单位` / `2026年` / `（基数）` / `2027年` / `目标`, one cell a line: a year's
    header cell wrapped onto a second line is one cell (`2027年目标`), so each row runs from its
    number across six cells (the second lines had been read as cells, every row shifted)."""
    lines = [
        "附表",
        "序号", "指标名称", "单位", "2026年", "（基数）", "2027年", "目标", "2029年", "目标",
        "1", "校园封闭化管理达标率", "%", "88", "100", "100",
        "2", "每校专职保安员", "名", "1", "≥2", "≥2",
        "注：2026年为实际数。",
    ]  # fmt: skip
    doc, _ = _read(tmp_path, "\n".join(lines))
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert table.rows == (
        ("序号", "指标名称", "单位", "2026年（基数）", "2027年目标", "2029年目标"),
        ("1", "校园封闭化管理达标率", "%", "88", "100", "100"),
        ("2", "每校专职保安员", "名", "1", "≥2", "≥2"),
    )


def test_a_pipe_tables_columns_of_parts_are_its_header(tmp_path: Path) -> None:
    """`| 年度 | 招生总数 | 其中：小学全科 | 其中：学前教育 |`: two columns of parts, each opening
    on `其中：`, are header cells, not a page's labelled fields (the header had been read as a
    paragraph, and the rule under it taken for the header)."""
    lines = [
        "表1　2026—2030年公费师范生招生计划（单位：人）",
        "",
        "| 年度 | 招生总数 | 其中：小学全科 | 其中：学前教育 |",
        "|---|---|---|---|",
        "| 2026年 | 3200 | 1200 | 600 |",
        "| 2027年 | 3350 | 1250 | 650 |",
    ]
    doc, _ = _read(tmp_path, "\n".join(lines))
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert table.rows[0] == ("年度", "招生总数", "其中：小学全科", "其中：学前教育")
    assert len(table.rows) == 3
