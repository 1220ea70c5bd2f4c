"""Indicator tables → targets, in the layouts plans print them."""

from __future__ import annotations

from plancmp.draft.build import read_all
from plancmp.draft.document import Document, Paragraph, Table
from plancmp.draft.found import Found
from plancmp.draft.header import Header


def header(base: int | None = 2020, target: int | None = 2025) -> Header:
    return Header("某区教育事业发展“十四五”规划", None, None, None, None, None, None,
                  "five_year_plan", base, target, (), False, base is None)  # fmt: skip


def targets(
    *blocks: Paragraph | Table, base: int | None = 2020, target: int | None = 2025
) -> list[Found]:
    found, _ = read_all(Document("plan.txt", tuple(blocks)), header(base, target))
    return found


def brief(f: Found) -> tuple:
    b = f.baseline
    return (f.name, f.segment, f.unit, f.raw, f.year, (b.raw, b.year) if b else None, f.attribute)


def test_year_columns_give_baseline_and_target_with_attribute_and_section_rows() -> None:
    table = Table(
        (
            ("指标", "2020年", "2025年", "属性"),
            ("一、学前教育", "", "", ""),
            ("普惠性幼儿园覆盖面(%)", "94.9", ">95", "约束性"),
            ("幼儿园在园人数(万人)", "4.2", "5", "预期性"),
            ("二、健康", "", "", ""),
            ("儿童青少年总体近视率(%)", "56.78", "<50.78", ""),
        ),
        "主要指标",
    )
    assert [brief(f) for f in targets(table)] == [
        ("普惠性幼儿园覆盖面(%)", "学前", "%", ">95", 2025, ("94.9", 2020), "约束性"),
        ("幼儿园在园人数(万人)", "学前", "万人", "5", 2025, ("4.2", 2020), "预期性"),
        ("儿童青少年总体近视率(%)", None, "%", "<50.78", 2025, ("56.78", 2020), None),
    ]
    assert targets(table)[0].section == "主要指标"
    assert targets(table)[0].quote == "普惠性幼儿园覆盖面(%)\t94.9\t>95\t约束性"


def test_a_unit_column_a_baseline_named_by_period_and_sub_rows_of_segments() -> None:
    table = Table(
        (
            ("类别", "指标项目", "指标项目", "单位", "十三五\n数据", "2025年"),
            ("教育公平", "校际优质均衡差异系数", "小学", "—", "0.250", "0.250"),
            ("", "", "初中", "—", "0.334", "0.250"),
            ("", "学生体质健康测试", "合格率", "%", "97.6", "97.7"),
            ("", "", "优良率", "%", "71.5", "73"),
        ),
        "核心指标",
        frozenset({(0, 2)}),
    )
    assert [brief(f) for f in targets(table)] == [
        ("校际优质均衡差异系数", "小学", None, "0.250", 2025, ("0.250", 2020), None),
        ("校际优质均衡差异系数", "初中", None, "0.250", 2025, ("0.334", 2020), None),
        ("学生体质健康测试合格率", None, "%", "97.7", 2025, ("97.6", 2020), None),
        ("学生体质健康测试优良率", None, "%", "73", 2025, ("71.5", 2020), None),
    ]


def test_merged_name_cells_repeat_for_segment_rows_and_a_group_label_gives_way() -> None:
    table = Table(
        (
            ("类型", "指标", "指标", "2025年", "指标属性"),
            ("特殊教育", "适龄持证儿童少年入学率（%）", "学前段", "96", "约束性"),
            ("", "", "义务段", "＞99", "约束性"),
            ("高中教育", "师资", "中职双师型教师占专任教师比（%）", "≥96.6", "预期性"),
            ("", "", "高中教师研究生学历比（%）", "≥22", "预期性"),
            ("", "初中毕业生升入高中段比例（%）", "初中毕业生升入高中段比例（%）", "＞99", ""),
        ),
        "指标表",
        frozenset({(0, 2), (5, 2)}),
    )
    assert [(f.name, f.segment, f.raw, f.attribute) for f in targets(table)] == [
        ("适龄持证儿童少年入学率（%）", "学前", "96", "约束性"),
        ("适龄持证儿童少年入学率（%）", "义务教育", "＞99", "约束性"),
        ("中职双师型教师占专任教师比（%）", "中职", "≥96.6", "预期性"),
        ("高中教师研究生学历比（%）", "高中段", "≥22", "预期性"),
        ("初中毕业生升入高中段比例（%）", "初中", "＞99", None),  # the leavers' stage
    ]


def test_two_values_in_one_cell_are_split_by_name_or_by_segment() -> None:
    table = Table(
        (
            ("指标", "学段", "2025年"),
            ("高校新生体质健康合格率与优良率（%）", "", ">95；>30"),
            ("名优教师比例（%）", "小学\n初中", "34.52%\n77.34%"),
        ),
        "指标",
    )
    got = targets(table)
    assert [(f.name, f.segment, f.raw) for f in got] == [
        ("高校新生体质健康合格率（%）", None, ">95"),
        ("高校新生体质健康优良率（%）", None, ">30"),
        ("名优教师比例（%）", "小学", "34.52%"),
        ("名优教师比例（%）", "初中", "77.34%"),
    ]
    assert all("一格多值，已拆分" in f.review for f in got)


def test_stages_listed_before_a_shared_name_or_in_its_bracket_split_it_by_stage() -> None:
    """`小学/初中生师比` is 小学生师比 and 初中生师比, `…学历比例（小学/初中）` one ratio for each
    stage (it drafted `小学` and `初中生师比`, and `专任教师本科（小学）` and `以上学历比例（初中）`)."""
    table = Table(
        (
            ("指标", "2020年", "2025年"),
            ("小学/初中生师比", "17.5/13.2", "≤17/≤13"),
            ("专任教师本科及以上学历比例（小学/初中）", "80/90", "85/95"),
        ),
        "指标",
    )
    assert [
        (f.name, f.segment, f.raw, f.baseline.raw if f.baseline else None) for f in targets(table)
    ] == [
        ("小学生师比", "小学", "≤17", "17.5"),
        ("初中生师比", "初中", "≤13", "13.2"),
        ("专任教师本科及以上学历比例（小学）", "小学", "85", "80"),
        ("专任教师本科及以上学历比例（初中）", "初中", "95", "90"),
    ]


def test_a_bracketed_stage_of_a_split_name_outranks_the_stage_its_words_say() -> None:
    """`义务教育学校生均公用经费（小学/初中）`: each value is its bracketed stage's, 小学 and 初中,
    though the name's words say 义务教育."""
    table = Table(
        (
            ("指标", "2020年", "2025年"),
            ("义务教育学校生均公用经费（小学/初中）", "750/950", "900/1150"),
        ),
        "指标",
    )
    assert [(f.name, f.segment, f.raw) for f in targets(table)] == [
        ("义务教育学校生均公用经费（小学）", "小学", "900"),
        ("义务教育学校生均公用经费（初中）", "初中", "1150"),
    ]
    # stages and values parted by `；` as a list parts them (`（小学；初中）` over `900；1150`)
    table = Table(
        (("指标", "2020年", "2025年"), ("生均公用经费（小学；初中）", "750；950", "900；1150")),
        "指标",
    )
    assert [(f.name, f.segment, f.raw) for f in targets(table)] == [
        ("生均公用经费（小学）", "小学", "900"),
        ("生均公用经费（初中）", "初中", "1150"),
    ]


def test_a_cell_that_names_a_stage_before_each_value_is_a_target_for_each_stage() -> None:
    """`小学68.5；初中88.2 | 小学80；初中95`: each stage's value, with the base of the same stage (the
    row had drafted nothing); a cell with one part that names no stage is no such cell."""
    table = Table(
        (
            ("指标", "2020年", "2025年"),
            ("专任教师本科及以上学历比例（%）", "小学68.5；初中88.2", "小学80；初中95"),
            ("生师比", "小学：18；初中：13", "小学：17；初中：12.5"),
        ),
        "指标",
    )
    assert [
        (f.name, f.segment, f.raw, f.baseline.raw if f.baseline else None) for f in targets(table)
    ] == [
        ("专任教师本科及以上学历比例（小学）", "小学", "80", "68.5"),
        ("专任教师本科及以上学历比例（初中）", "初中", "95", "88.2"),
        ("生师比（小学）", "小学", "17", "18"),
        ("生师比（初中）", "初中", "12.5", "13"),
    ]


def test_two_stages_given_one_value_or_one_each_are_a_target_for_each_stage() -> None:
    """`小学、初中均≥1.1` and `小学、初中分别≤45、≤50`: each stage's target, with its stage's base
    (`小学0.82；初中0.95`); the first had been read as a goal in words named `（1）`."""
    table = Table(
        (
            ("指标", "2020年", "2025年"),
            ("每百名学生拥有骨干教师数（人）", "小学0.82；初中0.95", "小学、初中均≥1.1"),
            ("班额（人）", "", "小学、初中分别≤45、≤50"),
        ),
        "指标",
    )
    got = [
        (f.name, f.segment, f.raw, f.baseline.raw if f.baseline else None) for f in targets(table)
    ]
    assert got == [
        ("每百名学生拥有骨干教师数（小学）", "小学", "≥1.1", "0.82"),
        ("每百名学生拥有骨干教师数（初中）", "初中", "≥1.1", "0.95"),
        ("班额（小学）", "小学", "≤45", None),
        ("班额（初中）", "初中", "≤50", None),
    ]


def test_two_indicators_paired_by_a_slash_with_their_units_and_values_are_two_records() -> None:
    table = Table(
        (
            ("指标", "2020年", "2025年"),
            ("每万人口中职在校生数或中职招生占比（人/%）", "310/38.5", "330/41"),
        ),
        "指标",
    )
    assert [brief(f) for f in targets(table)] == [
        ("每万人口中职在校生数（人）", "中职", "人", "330", 2025, ("310", 2020), None),
        ("中职招生占比（%）", "中职", "%", "41", 2025, ("38.5", 2020), None),
    ]


def test_a_yearly_rate_of_change_in_a_table_cell_is_per_year_as_in_prose() -> None:
    table = Table(
        (("指标", "2025年", "2030年"), ("总体近视率（%）", "52.4", "每年下降0.5个百分点")), "指标"
    )
    assert [(f.raw, f.scope) for f in targets(table, base=2025, target=2030)] == [
        ("每年下降0.5个百分点", "per_year")
    ]


def test_a_sub_row_with_qizhong_is_its_own_record() -> None:
    table = Table(
        (
            ("指标", "单位", "2015年", "2020年"),
            ("在校生", "万人", "133", "144"),
            ("其中:研究生", "万人", "6.35", "8"),
        ),
        None,
    )
    assert [
        (f.name, f.raw, f.baseline.raw if f.baseline else None)
        for f in targets(table, base=2015, target=2020)
    ] == [
        ("在校生", "144", "133"),
        ("研究生", "8", "6.35"),
    ]


def test_a_target_value_column_without_a_year_takes_the_plans_year_and_says_so() -> None:
    table = Table((("指标名称", "现状值", "目标值"), ("学前教育毛入园率(%)", "98", "99以上")), None)
    (f,) = targets(table)
    assert (f.raw, f.year, f.baseline.year if f.baseline else None) == ("99以上", 2025, 2020)
    assert "年份由上下文推断" in f.review and "基线年份由上下文推断" in f.review


def test_a_self_assessment_table_with_verdicts_sets_no_targets_unless_it_sets_goals() -> None:
    """`评估指标 | 国家标准 | 本县现状 | 自评` with `达标` down the verdict column: where the
    county stands beside the yardstick (its 国家标准 had been drafted as 15 targets); a column
    of goals beside it (`目标（2027年）`) is read, and so is a table with a verdict that falls
    short (`未达标`)."""
    judged = Table(
        (
            ("序号", "评估指标", "国家标准", "本县现状", "自评"),
            ("1", "学前三年毛入园率", "≥90%", "93.8%", "达标"),
            ("2", "普惠性幼儿园覆盖率", "≥85%", "88.6%", "基本达标"),
            ("3", "幼儿园生师比", "≤15:1", "14.6:1", "是"),
        ),
        "督导评估指标自评情况",
    )
    assert targets(judged, base=2025, target=2027) == []
    goals = Table(
        (
            ("序号", "评估指标", "国家标准", "本县现状（2025年）", "达标情况", "目标（2027年）"),
            ("1", "学前三年毛入园率", "≥85%", "92.4%", "达标", "95%以上"),
        ),
        "主要指标自评情况",
    )
    assert [(f.name, f.raw, f.year) for f in targets(goals, base=2025, target=2027)] == [
        ("学前三年毛入园率", "95%以上", 2027)
    ]
    short = Table(
        (
            ("评估指标", "国家标准", "本县现状", "自评"),
            ("每百名学生拥有骨干教师数", "1人", "0.8人", "未达标"),
            ("生均体育运动场馆面积", "7.5平方米", "7.8平方米", "达标"),
        ),
        "主要指标",
    )  # a gap shown: the standards are what a creation plan sets out to reach
    assert [(f.name, f.raw) for f in targets(short, base=2025, target=2027)] == [
        ("每百名学生拥有骨干教师数", "1人"),
        ("生均体育运动场馆面积", "7.5平方米"),
    ]


def test_construction_project_lists_set_no_targets() -> None:
    table = Table(
        (
            ("序号", "项目名称", "建设规模", "建设地点", "起止年限", "总投资（万元）"),
            ("1", "马溪幼儿园", "15班幼儿园", "锦北街道", "2020-2021", "2784"),
        ),
        "建设项目表",
    )
    assert targets(table) == []
    # the kind of works and the start and end of each (`建设性质`, `计划开工`, `计划竣工`)
    header = ("序号", "项目名称", "所在街道", "建设性质", "新增学位（个）", "计划开工", "计划竣工")
    rows = (
        header,
        ("1", "城东幼儿园", "城东街道", "新建", "360", "2026.3", "2026.12"),
        ("2", "城西幼儿园", "城西街道", "改扩建", "270", "2026.5", "2027.6"),
    )
    assert targets(Table(rows, "新建、改扩建幼儿园项目表"), base=2025, target=2028) == []
    # works started counted a year, and 建设性质 beside no project's name: targets
    yearly = (
        ("年度", "计划开工项目（个）", "新增学位（个）"),
        ("2026年", "5", "3000"),
        ("2027年", "4", "2500"),
    )
    got = targets(Table(yearly, "年度建设任务"), base=2025, target=2028)
    assert [(f.name, f.raw, f.year) for f in got][:2] == [
        ("计划开工项目", "5", 2026),
        ("新增学位", "3000", 2026),
    ]


def test_a_cell_pointing_at_its_neighbour_is_no_value() -> None:
    """`同左` under 2028年, beside 2027年's `≥10课时`: the neighbour's value again, not a goal in
    words named 同左 (it was drafted as one); the reviewer reads the value beside it. A note
    across a header's cells (`注：…`) is none either."""
    rows = (
        ("指标", "2025年", "2027年", "2028年"),
        ("学生人工智能通识教育课时", "—", "≥10课时", "同左"),
        ("数字校园建设达标率（%）", "64", "85", "100"),
    )
    got = targets(Table(rows, "主要指标"), base=2025, target=2028)
    assert [(f.raw, f.year) for f in got] == [("≥10课时", 2027), ("85", 2027), ("100", 2028)]
    note = "注：全区性指标两栏合并填写"
    noted = (  # a note spanning the header's value cells, under each kind of kindergarten
        ("评估指标", "现状（2025年）", "现状（2025年）", "目标（2027年）", "目标（2027年）"),
        ("评估指标", "公办园", "普惠性民办园", "公办园", "普惠性民办园"),
        ("评估指标", note, note, note, note),
        ("学前三年毛入园率", "88.6%", "88.6%", "≥93%", "≥93%"),
    )
    got = targets(Table(noted, "主要指标"), base=2025, target=2027)
    assert [f.raw for f in got] == ["≥93%", "≥93%"]


def test_a_table_of_subsidy_standards_sets_no_targets() -> None:
    """`全职引进高层次教育人才补贴标准`: what each kind of teacher is paid on arrival and a month,
    by its title or by every column after the first (`安家补贴（万元） | 岗位津贴（元/月）`), is a
    subsidy standard, no target (six were drafted); a table of counts beside it is read."""
    pay = (
        ("人才类别", "安家补贴（万元）", "岗位津贴（元/月）"),
        ("A类（正高级教师）", "50", "3000"),
        ("B类（市级名师）", "30", "2000"),
    )
    assert targets(Table(pay, "表2  全职引进高层次教育人才补贴标准"), base=2025, target=2028) == []
    assert targets(Table(pay, "表2"), base=2025, target=2028) == []
    amounts = (
        ("类别", "单位", "2026年", "2027年"),
        ("一类乡镇学校", "元/月", "800", "900"),
        ("二类乡镇学校", "元/月", "600", "700"),
    )
    assert targets(Table(amounts, "乡村教师生活补助标准"), base=2025, target=2028) == []
    # a plan to raise them, its coverage among its rows, or a schedule by year: targets
    raised = (("指标", "单位", "2025年", "2028年"), ("乡村教师生活补助覆盖率", "%", "90", "100"))
    got = targets(Table(raised, "表1  提高乡村教师生活补助标准"), base=2025, target=2028)
    assert [(f.raw, f.year) for f in got] == [("100", 2028)]
    yearly = (
        ("年度", "营养膳食补助（元/天）", "乡村教师生活补助（元/月）"),
        ("2026年", "5", "600"),
        ("2028年", "6", "800"),
    )
    got = targets(Table(yearly, "表3  年度目标"), base=2025, target=2028)
    assert [f.raw for f in got] == ["5", "600", "6", "800"]
    counts = (("指标", "单位", "2028年"), ("引进高层次教育人才", "名", "60"))
    got = targets(Table(counts, "表1  人才引进培养目标"), base=2025, target=2028)
    assert [(f.name, f.raw) for f in got] == [("引进高层次教育人才", "60")]


def test_one_projects_card_reads_the_sentences_that_describe_it() -> None:
    """A notice's table of one project (`项目名称 | … | 项目概况` over its one row) sizes that
    project in sentences: they are read as prose. A list of several projects is a plan's
    pipeline, whose sizes describe its projects (above)."""
    head = ("项目名称", "建设地点", "建设单位", "项目概况")
    about = "本项目总投资8000万元,占地面积20000平方米,总建筑面积15000平方米。主要建设内容为教学楼、食堂。"
    one = Table((head, ("某某学校项目", "某区某路以南", "某区教育局", about)), None)
    assert [f.raw for f in targets(one, base=None, target=None)] == [
        "8000万元",
        "20000平方米",
        "15000平方米",
    ]
    two = Table(
        (head, ("甲学校项目", "甲地", "某区教育局", about), ("乙学校", "乙地", "某局", about)), None
    )
    assert targets(two, base=None, target=None) == []


def test_a_cell_of_sentences_names_no_column() -> None:
    """A form flattened into one row (`环评机构 | 某公司 | 项目概况 | 项目占地面积…。…主要建设内容为…`)
    is no project list because its text says `建设内容`: the sentences are read."""
    form = Table(
        (
            (
                "环评机构",
                "某有限公司",
                "项目概况",
                "项目占地面积5000平方米,总投资5000万元。主要建设内容为新建专业教室。",
            ),
            ("公众参与情况", "", "", ""),
        ),
        None,
    )
    assert [f.raw for f in targets(form, base=None, target=None)] == ["5000平方米", "5000万元"]


def test_a_table_of_indicator_columns_is_read_cell_by_cell() -> None:
    table = Table(
        (
            ("类别", "新改扩建学校（所）", "新增学位（万个）"),
            ("合计", "178", "20"),
            ("其中：新建公办普高", "18", "4"),
            ("新改扩建幼儿园", "50", "2"),
        ),
        None,
    )
    got = targets(table, base=None, target=2022)
    assert [(f.name, f.segment, f.raw, f.unit, f.scope) for f in got] == [
        ("新改扩建学校（合计）", None, "178", "所", "per_year"),
        ("新增学位（合计）", None, "20", "万个", "per_year"),
        ("新改扩建学校（新建公办普高）", "高中段", "18", "所", "per_year"),
        ("新增学位（新建公办普高）", "高中段", "4", "万个", "per_year"),
        ("新改扩建学校（新改扩建幼儿园）", "学前", "50", "所", "per_year"),
        ("新增学位（新改扩建幼儿园）", "学前", "2", "万个", "per_year"),
    ]


def test_a_table_printed_as_lines_of_text_is_read_as_a_table() -> None:
    got = targets(
        Paragraph("主要预期指标"),
        Paragraph("指标"),
        Paragraph("单位 2015年 2020年"),
        Paragraph("学前教育"),
        Paragraph("幼儿在园人数 万人 181 222"),
        Paragraph("学前三年入园率 % 97 97"),
        Paragraph("高等教育"),
        Paragraph("毛入学率 % 56 62"),
        base=2015,
        target=2020,
    )
    assert [
        (f.name, f.segment, f.unit, f.raw, f.baseline.raw if f.baseline else None) for f in got
    ] == [
        ("幼儿在园人数", "学前", "万人", "222", "181"),
        ("学前三年入园率", "学前", "%", "97", "97"),
        ("毛入学率", None, "%", "62", "56"),
    ]
    assert got[0].quote == "幼儿在园人数 万人 181 222"
    assert got[0].section == "主要预期指标"


def test_a_task_table_is_read_as_prose_under_its_title() -> None:
    table = Table(
        (
            ("项目名称", "项目内容"),
            (
                "1.普惠幼儿园建设项目",
                "普惠性幼儿园覆盖面保持在90%以上，公办幼儿园覆盖率达到75%以上。",
            ),
        ),
        "学前教育发展任务表",
    )
    got = targets(table)
    section = "学前教育发展任务表 / 1.普惠幼儿园建设项目"  # the table, then the row
    assert [(f.name, f.raw, f.kind, f.section) for f in got] == [
        ("普惠性幼儿园覆盖面", "90%以上", "prose", section),
        ("公办幼儿园覆盖率", "75%以上", "prose", section),
    ]


def test_a_task_tables_column_of_a_higher_bodys_rules_is_not_read() -> None:
    """`管理事项 | 国家和省主要规定 | 本市监测目标`: the rules the city keeps (`小学生每天睡眠时间应
    达到10小时`) are no targets of its own (they had been drafted beside its own); its own column
    is read."""
    table = Table(
        (
            ("管理事项", "国家和省主要规定", "本市监测目标"),
            (
                "睡眠管理",
                "小学生每天睡眠时间应达到10小时，初中生应达到9小时。",
                "到2027年，学生睡眠达标率达到85%以上。",
            ),
        ),
        "五项管理主要规定及市级监测目标",
    )
    assert [f.raw for f in targets(table)] == ["85%以上"]


def test_indicators_under_kinds_of_indicators_with_one_value_column() -> None:
    table = Table(
        (
            ("一级指标", "二级指标", "三级指标", "指标值"),
            ("产出指标", "数量指标", "新建改扩建幼儿园数", "≥5所"),
            ("", "", "新增学位数", "≥1500个"),
            ("效益指标", "满意度指标", "群众满意度", "≥90%"),
        ),
        "2023年项目绩效目标表",
    )
    got = targets(table, base=None, target=2023)
    assert [(f.name, f.segment, f.raw, f.year, f.category) for f in got] == [
        ("新建改扩建幼儿园数", "学前", "≥5所", 2023, "数量指标"),
        ("新增学位数", None, "≥1500个", 2023, "数量指标"),
        ("群众满意度", None, "≥90%", 2023, "满意度指标"),
    ]
    assert [f.scope for f in got] == ["per_year", "per_year", "level"]  # made in the year; a rate


def test_a_kind_of_things_counted_alone_beside_year_columns_names_its_rows() -> None:
    """`类别 | 单位 | 2025年底（现有） | 2026年 | 2027年`: the one column of kinds is the rows'
    names, as a 名称 column is (the table drafted nothing); a kind beside a name column
    stays the rows' group."""
    rows = (
        ("类别", "单位", "2025年底（现有）", "2026年", "2027年"),
        ("市级劳动教育实践基地", "个", "12", "14", "17"),
        ("市级研学实践基地", "个", "9", "11", "13"),
    )
    got = targets(Table(rows, "基地建设年度目标"), base=2025, target=2027)
    assert [(f.name, f.raw, f.year, f.baseline and f.baseline.raw) for f in got] == [
        ("市级劳动教育实践基地", "14", 2026, "12"),
        ("市级劳动教育实践基地", "17", 2027, "12"),
        ("市级研学实践基地", "11", 2026, "9"),
        ("市级研学实践基地", "13", 2027, "9"),
    ]
    # a 目标 column beside the kinds names the indicators: the kinds name none
    tasks = (
        ("类别", "目标任务", "2026年", "2027年"),
        ("学前教育", "新增公办学位（个）", "500", "500"),
        ("学前教育", "省级示范园（所）", "2", "3"),
    )
    got = targets(Table(tasks, "年度目标"), base=2025, target=2027)
    assert all(f.name != "学前教育" for f in got)
    grouped = (("类别", "指标名称", "2027年"), ("资源", "市级研学实践基地", "13"))
    got = targets(Table(grouped, "年度目标"), base=2025, target=2027)
    assert [(f.name, f.category) for f in got] == [("市级研学实践基地", "资源")]


def test_columns_named_by_periods_read_by_the_plans_own_years() -> None:
    """A plan of any period heads its columns by periods: the earlier one (or one the plan's
    base year has reached) is the baseline, the plan's own the target."""
    ends = Table((("指标", "“十一五”末", "“十二五”末"), ("高中阶段毛入学率（%）", "86", "92")), "")
    assert [brief(f) for f in targets(ends, base=2010, target=2015)] == [
        ("高中阶段毛入学率（%）", "高中段", "%", "92", 2015, ("86", 2010), None)
    ]
    pair = Table((("指标", "十四五完成", "十五五目标"), ("新增学位（个）", "5200", "3800")), "")
    assert [brief(f) for f in targets(pair, base=2025, target=2030)] == [
        ("新增学位（个）", None, "个", "3800", 2030, ("5200", 2025), None)
    ]
    lone = (("指标", "十四五期末值", "2030年"), ("学前教育毛入园率（%）", "94.2", "96"))
    assert [brief(f) for f in targets(Table(lone, ""), base=2025, target=2030)] == [
        ("学前教育毛入园率（%）", "学前", "%", "96", 2030, ("94.2", 2025), None)
    ]
    own = Table((("指标", "2010年", "“十二五”规划"), ("小学入学率（%）", "99.1", "99.5")), "")
    assert [brief(f) for f in targets(own, base=2010, target=2015)] == [
        ("小学入学率（%）", "小学", "%", "99.5", 2015, ("99.1", 2010), None)
    ]


def test_an_attribute_cut_short_or_a_mark_in_its_column_is_no_value() -> None:
    table = Table(
        (
            ("指标", "2020年", "2025年", "属性"),
            ("初中生体质达标率(%)", "90", "94", "约束"),
            ("社区学院数(所)", "3", "5", "预期"),
            ("教师培训覆盖率(%)", "80", "100", "B"),
        ),
        "主要指标",
    )
    assert [brief(f) for f in targets(table)] == [
        ("初中生体质达标率(%)", "初中", "%", "94", 2025, ("90", 2020), "约束性"),
        ("社区学院数(所)", None, "所", "5", 2025, ("3", 2020), "预期性"),
        ("教师培训覆盖率(%)", None, "%", "100", 2025, ("80", 2020), None),
    ]


def test_a_row_as_wide_as_the_header_keeps_each_cell_under_its_own_column() -> None:
    """Its empty last cells are targets left open, not cells it lacks, and its remark is a
    remark though it prints a figure; a copy that padded a short row on the right (a value
    under a label column) is still read from the right."""
    table = Table(
        (
            ("指标", "2022年", "2023年", "2024年", "属性", "备注"),
            ("新增学位(个)", "1200", "800", "", "", ""),
            ("儿童近视率(%)", "52", "51", "50", "约束", "每年下降1个百分点"),
            ("社区学院数(所)", "3", "4", "5", "", ""),
            ("教师培训覆盖率(%)", "90", "100", "", "", ""),
        ),
        "主要指标",
    )
    assert [brief(f) for f in targets(table, base=2021, target=2024)] == [
        ("新增学位(个)", None, "个", "1200", 2022, None, None),
        ("新增学位(个)", None, "个", "800", 2023, None, None),
        ("儿童近视率(%)", None, "%", "52", 2022, None, "约束性"),
        ("儿童近视率(%)", None, "%", "51", 2023, None, "约束性"),
        ("儿童近视率(%)", None, "%", "50", 2024, None, "约束性"),
        ("社区学院数(所)", None, "所", "3", 2022, None, None),
        ("社区学院数(所)", None, "所", "4", 2023, None, None),
        ("社区学院数(所)", None, "所", "5", 2024, None, None),
        ("教师培训覆盖率(%)", None, "%", "90", 2022, None, None),
        ("教师培训覆盖率(%)", None, "%", "100", 2023, None, None),
    ]
    padded = Table(
        (
            ("一级指标", "二级指标", "三级指标", "指标值"),
            ("数量指标", "受助学生人数", "≥100人", ""),
            ("时效指标", "补助及时发放率", "≥98%", ""),
        ),
        "绩效目标",
    )
    assert [brief(f) for f in targets(padded, base=None, target=2023)] == [
        ("受助学生人数", None, None, "≥100人", 2023, None, None),
        ("补助及时发放率", None, None, "≥98%", 2023, None, None),
    ]


def test_two_figures_split_by_a_slash_in_a_cell_are_a_pair_only_where_the_row_names_two() -> None:
    """A sentence's `1/3` is a share; a cell's `2/3` under `小学/初中` is a figure for each, under
    one indicator the share (it drafted `骨干教师交流比例（1）` 2 and `（2）` 3)."""
    table = Table((("指标", "2025年"), ("新建小学/初中(所)", "2/3")), "主要指标")
    assert [(f.unit, f.raw) for f in targets(table)] == [("所", "2"), ("所", "3")]
    table = Table((("指标", "2020年", "2025年"), ("骨干教师交流比例", "1/4", "1/3")), "主要指标")
    (found,) = targets(table)
    assert (found.name, found.raw, found.baseline.raw if found.baseline else None) == (
        "骨干教师交流比例",
        "1/3",
        "1/4",
    )


def test_a_level_striven_for_in_brackets_after_a_cells_target_is_no_second_value() -> None:
    """`99%（力争99.5%）`: the target is the level set, with its baseline; striving for more is
    named for review, not drafted as a second indicator `巩固率（2）`."""
    table = Table(
        (
            ("指标", "2022年", "2027年"),
            ("义务教育巩固率", "98.6%", "99%\n（力争99.5%）"),
        ),
        "主要指标",
    )
    (found,) = targets(table, base=2022, target=2027)
    assert brief(found)[3:6] == ("99%", 2027, ("98.6%", 2022))
    assert "另有力争目标99.5%，未录入" in found.review


def test_rows_ending_in_a_short_attribute_under_a_spaced_header_are_a_table() -> None:
    lines = [
        "指标 2020年 2025年 属性",
        "初中生体质达标率(%) 90 94 约束",
        "社区学院数(所) 3 5 预期",
    ]
    got = targets(*(Paragraph(t) for t in lines))
    assert [brief(f) for f in got] == [
        ("初中生体质达标率(%)", "初中", "%", "94", 2025, ("90", 2020), "约束性"),
        ("社区学院数(所)", None, "所", "5", 2025, ("3", 2020), "预期性"),
    ]


def test_year_columns_all_after_the_plans_base_year_are_each_a_target() -> None:
    table = Table(
        (
            ("指标", "2028年", "2033年"),
            ("初中生体质达标率(%)", "93", "96"),
        ),
        "主要指标",
    )
    assert [brief(f) for f in targets(table, base=2023, target=2033)] == [
        ("初中生体质达标率(%)", "初中", "%", "93", 2028, None, None),
        ("初中生体质达标率(%)", "初中", "%", "96", 2033, None, None),
    ]
    assert [brief(f) for f in targets(table, base=None, target=None)] == [
        ("初中生体质达标率(%)", "初中", "%", "96", 2033, ("93", 2028), None),
    ]


def test_stage_rows_under_a_qizhong_stage_row_keep_their_own_stage() -> None:
    table = Table(
        (
            ("指标", "2020年", "2025年"),
            ("改扩建校舍面积(万平方米)", "—", "12"),
            ("其中：初中", "—", "5"),
            ("小学", "—", "4"),
            ("幼儿园", "—", "3"),
        ),
        "主要指标",
    )
    assert [(f.name, f.segment, f.raw) for f in targets(table)] == [
        ("改扩建校舍面积(万平方米)", None, "12"),
        ("改扩建校舍面积(万平方米)", "初中", "5"),
        ("改扩建校舍面积(万平方米)", "小学", "4"),
        ("改扩建校舍面积(万平方米)", "学前", "3"),
    ]


def test_a_column_of_yearly_growth_holds_no_target_of_the_row() -> None:
    table = Table(
        (
            ("指标", "基期值", "目标值", "年均增速"),
            ("图书馆藏书量(万册)", "36", "45", "4.6%"),
            ("生均校舍面积(平方米)", "7.5", "8.2", ""),
        ),
        "主要指标",
    )
    assert [brief(f) for f in targets(table)] == [
        ("图书馆藏书量(万册)", None, "万册", "45", 2025, ("36", 2020), None),
        ("生均校舍面积(平方米)", None, "平方米", "8.2", 2025, ("7.5", 2020), None),
    ]


def test_a_word_in_the_growth_column_is_that_columns_not_the_rows_target() -> None:
    """`年均增长/累计` printing `累计` for a five-year total: the word says how the row counts,
    so the row still ends at its target, with its unit and baseline in their columns."""
    table = Table(
        (
            ("指标", "单位", "2025年基期值", "2030年目标值", "年均增长/累计", "属性"),
            ("新增公办中小学学位", "个", "〔28000〕", "〔20000〕", "累计", "预期性"),
            ("学前三年毛入园率", "%", "98.2", "99以上", "—", "预期性"),
        ),
        "主要指标",
    )
    got = targets(table, base=2025, target=2030)
    assert [brief(f) for f in got] == [
        ("新增公办中小学学位", None, "个", "〔20000〕", 2030, ("〔28000〕", 2025), "预期性"),
        ("学前三年毛入园率", "学前", "%", "99以上", 2030, ("98.2", 2025), "预期性"),
    ]
    assert got[0].scope == "cumulative"


def test_a_mark_by_an_indicator_gives_the_attribute_its_note_names() -> None:
    table = Table(
        (
            ("指标", "2020年", "2025年"),
            ("初中生体质达标率(%)※", "90", "94"),
            ("社区学院数(所)", "3", "5"),
        ),
        "主要指标",
    )
    note = Paragraph("说明：标※的指标为约束性，其余为预期性。")
    assert [brief(f) for f in targets(table, note)] == [
        ("初中生体质达标率(%)", "初中", "%", "94", 2025, ("90", 2020), "约束性"),
        ("社区学院数(所)", None, "所", "5", 2025, ("3", 2020), "预期性"),
    ]
    assert [f.attribute for f in targets(table)] == [None, None]
    other = Table((("项目", "2025年"), ("新建学校(所)", "6")), "年度任务")
    assert [f.attribute for f in targets(table, note, other)][2:] == [None]


def test_a_past_plans_targets_beside_what_was_done_by_their_year_are_no_targets() -> None:
    review = Table(
        (
            ("指标", "2015年", "2020年目标", "2020年实际"),
            ("初中生体质达标率(%)", "85", "90", "91.2"),
        ),
        "上期规划指标完成情况",
    )
    ahead = Table(
        (
            ("指标", "2020年", "2025年目标"),
            ("初中生体质达标率(%)", "91.2", "94"),
        ),
        "主要指标",
    )
    assert [brief(f) for f in targets(review, ahead)] == [
        ("初中生体质达标率(%)", "初中", "%", "94", 2025, ("91.2", 2020), None),
    ]


def test_the_lowest_of_two_levels_of_indicators_holds_their_names() -> None:
    table = Table(
        (
            ("一级指标", "二级指标", "2020年", "2025年"),
            ("办学条件", "生均校舍面积(平方米)", "7.5", "8.2"),
            ("", "社区学院数(所)", "3", "5"),
        ),
        "主要指标",
    )
    assert [(*brief(f), f.category) for f in targets(table)] == [
        ("生均校舍面积(平方米)", None, "平方米", "8.2", 2025, ("7.5", 2020), None, "办学条件"),
        ("社区学院数(所)", None, "所", "5", 2025, ("3", 2020), None, "办学条件"),
    ]


def test_a_target_cell_with_a_value_for_each_of_its_years_gives_one_a_year() -> None:
    table = Table(
        (
            ("指标", "现状值", "目标值"),
            ("社区学院数(所)", "3", "2023年：4；2025年：6"),
        ),
        "主要指标",
    )
    assert [brief(f) for f in targets(table)] == [
        ("社区学院数(所)", None, "所", "4", 2023, ("3", 2020), None),
        ("社区学院数(所)", None, "所", "6", 2025, ("3", 2020), None),
    ]
    places = Table(
        (("指标", "现状值", "目标值"), ("托位数(个)", "800", "2023年：1,200，2025年：2,600")),
        "主要指标",
    )
    assert [(f.raw, f.year) for f in targets(places)] == [("1,200", 2023), ("2,600", 2025)]


def test_a_periods_end_beside_a_later_one_is_the_baseline_whatever_the_plans_years() -> None:
    table = Table(
        (
            ("指标", "“十四五”末", "“十五五”末"),
            ("初中生体质达标率(%)", "93", "96"),
        ),
        "主要指标",
    )
    assert [brief(f) for f in targets(table)] == [
        ("初中生体质达标率(%)", "初中", "%", "96", 2030, ("93", 2025), None),
    ]


def test_a_letter_in_the_attribute_column_gives_the_attribute_its_note_names() -> None:
    table = Table(
        (
            ("指标", "2020年", "2025年", "属性"),
            ("初中生体质达标率(%)", "90", "94", "A"),
            ("社区学院数(所)", "3", "5", "B"),
        ),
        "主要指标",
    )
    note = Paragraph("注：A为约束性指标，B为预期性指标。")
    assert [f.attribute for f in targets(note, table)] == ["约束性", "预期性"]


def test_year_wrapped_before_its_nian_in_a_header_cell_is_still_a_year_column() -> None:
    table = Table(
        (
            ("指标", "单位", "2025\n年", "2030\n年", "属性"),
            ("中小学生体质健康达标率", "%", "91", "94", "约束性"),
            ("新增公办学位", "个", "", "3600", "预期性"),
        ),
        "主要指标",
    )
    assert [brief(f) for f in targets(table, base=2025, target=2030)] == [
        ("中小学生体质健康达标率", None, "%", "94", 2030, ("91", 2025), "约束性"),
        ("新增公办学位", None, "个", "3600", 2030, None, "预期性"),
    ]


def test_notes_after_cell_values_are_dropped_and_a_noted_year_dates_the_value() -> None:
    table = Table(
        (
            ("指标", "单位", "现状值", "2030年", "属性"),
            ("中小学生近视率下降幅度", "%", "2.1（2024年）", "≥3[注1]", "约束性"),
            ("乡村学校教师交流轮岗比例", "%", "15①", "25（2028年）", "预期性"),
        ),
        "主要指标",
    )
    assert [brief(f) for f in targets(table, base=2025, target=2030)] == [
        ("中小学生近视率下降幅度", None, "%", "≥3", 2030, ("2.1", 2024), "约束性"),
        ("乡村学校教师交流轮岗比例", None, "%", "25", 2028, ("15", 2025), "预期性"),
    ]


def test_year_wrapped_before_its_role_in_a_header_cell_gives_baseline_and_target() -> None:
    table = Table(
        (
            ("指标", "2025年\n现状", "2030年\n目标", "属性"),
            ("县域内义务教育校际差异系数", "0.42", "≤0.35", "约束性"),
        ),
        "主要指标",
    )
    assert [brief(f) for f in targets(table, base=2025, target=2030)] == [
        ("县域内义务教育校际差异系数", "义务教育", None, "≤0.35", 2030, ("0.42", 2025), "约束性"),
    ]


def test_indicator_value_over_two_years_gives_baseline_and_target() -> None:
    table = Table(
        (
            ("指标", "单位", "指标值", "指标值"),
            ("指标", "单位", "2025年", "2030年"),
            ("乡镇中心幼儿园达标率", "%", "76", "90"),
        ),
        "主要指标",
        frozenset({(0, 3), (1, 0), (1, 1)}),
    )
    assert [brief(f) for f in targets(table, base=2025, target=2030)] == [
        ("乡镇中心幼儿园达标率", "学前", "%", "90", 2030, ("76", 2025), None),
    ]


def _reached(f: Found) -> list[tuple[str, int]]:
    return [(a.raw, a.year) for a in f.actuals]


def test_a_column_of_values_reached_since_the_baseline_gives_actuals_not_targets() -> None:
    """A mid-term review's `2023年实际` between the baseline and the target: the value reached,
    kept as the record's actual (data/README.md, "Actual values"), not a second baseline or
    a 2023 target."""
    table = Table(
        (
            ("指标", "2020年基数", "2023年实际", "2025年目标", "属性"),
            ("学前三年毛入园率（%）", "98.5", "99.1", "99.5", "预期性"),
            ("义务教育巩固率（%）", "99.2", "—", "100", "约束性"),
        ),
        "主要指标完成情况",
    )
    found = targets(table)
    assert [(brief(f), _reached(f)) for f in found] == [
        (("学前三年毛入园率（%）", "学前", "%", "99.5", 2025, ("98.5", 2020), "预期性"),
         [("99.1", 2023)]),
        (("义务教育巩固率（%）", "义务教育", "%", "100", 2025, ("99.2", 2020), "约束性"), []),
    ]  # fmt: skip
    assert not any("实际" in r for f in found for r in f.review)


def test_one_plain_year_between_a_baseline_and_a_worded_target_is_the_value_reached() -> None:
    """`2020年 | 2022年 | 2025年目标`: the 2025 column is worded a target, the 2022 one is not,
    so it is most likely the value reached by a mid-term plan: an actual, marked for review;
    several plain years (`2021年 | 2022年 | 2023年`) are a schedule of targets, as before."""
    reached = Table(
        (("指标", "2020年", "2022年", "2025年目标"), ("普惠性幼儿园覆盖率（%）", "85", "88", "90以上")),
        "主要指标",
    )  # fmt: skip
    [found] = targets(reached)
    assert (found.raw, found.year, _reached(found)) == ("90以上", 2025, [("88", 2022)])
    assert "“2022年”一列未标“目标”，按实际达到的值录入 actuals，请核对" in found.review
    schedule = Table(
        (
            ("指标", "2020年", "2022年", "2023年", "2025年目标"),
            ("普惠性幼儿园覆盖率（%）", "85", "87", "88", "90"),
        ),
        "主要指标",
    )
    assert [(f.raw, f.year, _reached(f)) for f in targets(schedule)] == [
        ("87", 2022, []),
        ("88", 2023, []),
        ("90", 2025, []),
    ]


def test_a_count_made_scheduled_year_by_year_is_each_years_own() -> None:
    """A row of a count made, given for several years (2023年 | 2024年 | 2025年), is a
    schedule: each column is what that year makes, the plan's last year too; a row that says
    it is a running total (累计) stays one."""
    table = Table(
        (
            ("项目", "2023年", "2024年", "2025年"),
            ("新增学位（个）", "3000", "4000", "5000"),
            ("累计新增学位（个）", "3000", "7000", "12000"),
        ),
        "学位建设计划",
    )
    got = [(f.name, f.year, f.scope) for f in targets(table)]
    assert got == [
        ("新增学位（个）", 2023, "per_year"),
        ("新增学位（个）", 2024, "per_year"),
        ("新增学位（个）", 2025, "per_year"),
        ("累计新增学位（个）", 2023, "cumulative"),
        ("累计新增学位（个）", 2024, "cumulative"),
        ("累计新增学位（个）", 2025, "cumulative"),
    ]


def test_side_by_side_groups_each_keep_the_values_reached_in_their_own_columns() -> None:
    """`小学: 2020年基数 | 2023年实际 | 2025年目标  初中: …`: a row prints the 2023 value once for
    each target; each target takes the one in its own place, never both (two actuals for one
    year, which the plan file refuses)."""
    table = Table(
        (
            ("指标", "小学", "", "", "初中", "", ""),
            (
                "",
                "2020年基数",
                "2023年实际",
                "2025年目标",
                "2020年基数",
                "2023年实际",
                "2025年目标",
            ),
            ("巩固率（%）", "98", "99", "100", "95", "96", "98"),
        ),
        "主要指标完成情况",
    )
    assert [(f.raw, _reached(f)) for f in targets(table)] == [
        ("100", [("99", 2023)]),
        ("98", [("96", 2023)]),
    ]


def test_a_row_with_no_baseline_keeps_the_values_it_reached() -> None:
    """A new indicator's row has no baseline (`—`), yet prints what it reached: kept as its
    actual as on any row, not dropped unseen (a plain middle year marked for review)."""
    worded = Table(
        (("指标", "2020年基数", "2023年实际", "2025年目标"), ("新增学位（个）", "—", "8000", "12000")),
        "主要指标完成情况",
    )  # fmt: skip
    [found] = targets(worded)
    assert (found.raw, found.baseline, _reached(found)) == ("12000", None, [("8000", 2023)])
    plain = Table(
        (("指标", "2020年", "2022年", "2025年目标"), ("新增学位（个）", "—", "3000", "5000")),
        "主要指标",
    )  # fmt: skip
    [found] = targets(plain)
    assert (found.raw, _reached(found)) == ("5000", [("3000", 2022)])
    assert "“2022年”一列未标“目标”，按实际达到的值录入 actuals，请核对" in found.review


def test_a_value_before_the_plans_base_year_is_history_not_the_baseline() -> None:
    """A 2021–2025 plan that prints the 十二五 end beside the 十三五 end: the baseline is its
    base year's (2020), the earlier one history; neither is a value reached since."""
    for years in (("“十二五”末", "“十三五”末"), ("2015年", "2020年基数")):
        table = Table(
            (("指标", *years, "2025年目标"), ("学前三年毛入园率（%）", "90", "95", "98")),
            "主要指标",
        )
        [found] = targets(table, base=2020)
        assert (found.raw, found.baseline and found.baseline.raw, _reached(found)) == (
            "98",
            "95",
            [],
        )


def test_a_footnote_mark_after_a_name_is_no_part_of_it() -> None:
    table = Table(
        (
            ("指标", "单位", "2020年", "2025年", "属性"),
            ("学前教育毛入园率①", "%", "96.0", "≥98", "预期性"),
            ("义务教育巩固率（注2）", "%", "99.1", "99.5", "约束性"),
        ),
        "主要指标",
    )
    assert [f.name for f in targets(table)] == ["学前教育毛入园率", "义务教育巩固率"]


def test_the_note_on_a_plain_years_value_comes_only_with_that_value() -> None:
    """`2020年基数 | 2022年 | 2023年实际 | 2025年目标`: a row that leaves the plain 2022 cell empty
    and prints its 2023 value reached has nothing of the plain column to check."""
    table = Table(
        (
            ("指标", "2020年基数", "2022年", "2023年实际", "2025年目标"),
            ("普惠性幼儿园覆盖率（%）", "85", "", "88", "90"),
            ("学前三年毛入园率（%）", "95", "96", "97", "98"),
        ),
        "主要指标",
    )
    first, second = targets(table)
    assert _reached(first) == [("88", 2023)]
    assert not any("2022年" in r for r in first.review)
    assert _reached(second) == [("96", 2022), ("97", 2023)]
    assert "“2022年”一列未标“目标”，按实际达到的值录入 actuals，请核对" in second.review


def test_a_stage_column_after_a_standards_column_still_labels_the_row() -> None:
    """`指标 | 国家标准 | 学段 | 2024年现状 | 2027年目标`: the stage after the yardstick is the
    row's (it had been read as a column of words among the values, and lost), and `—` under
    it names no stage and is no part of the name (it was `…比例（%）—`)."""
    table = Table(
        (
            ("指标", "国家标准", "学段", "2024年现状", "2027年目标"),
            ("生均教学仪器设备值（元）", "小学2000，初中2500", "小学", "1780", "≥2000"),
            ("生均教学仪器设备值（元）", "小学2000，初中2500", "初中", "2310", "≥2500"),
            ("随迁子女在公办学校就读比例（%）", "≥85", "—", "82.4", "≥85"),
        ),
        merged=frozenset({(2, 0), (2, 1)}),
    )
    got = [(f.name, f.segment, f.raw, f.year, f.baseline.raw if f.baseline else None)
           for f in targets(table, base=2024, target=2027)]  # fmt: skip
    assert got == [
        ("生均教学仪器设备值（元）", "小学", "≥2000", 2027, "1780"),
        ("生均教学仪器设备值（元）", "初中", "≥2500", 2027, "2310"),
        ("随迁子女在公办学校就读比例（%）", None, "≥85", 2027, "82.4"),
    ]


def test_a_target_cell_that_opens_on_its_deadline_is_due_then_and_a_stage_after_a_unit_labels() -> (
    None
):
    """`2027年秋季学期前消除超规模学校` under `整改目标及时限`: the words after the deadline, due
    2027 (the cell had been read as an amount of 2027 年); `评估指标 | 单位 | 学段 | …`: the stage
    after the unit labels its row, as after a standard."""
    table = Table(
        (
            ("评估指标", "单位", "学段", "现状（2025年）", "整改目标及时限"),
            ("学校规模", "—", "初中", "1所初中2180人", "2027年秋季学期前消除超规模学校"),
            ("生均教学仪器设备值", "元", "小学", "1860", "2026年底前达到2300"),
        ),
    )
    got = [(f.name, f.segment, f.raw, f.year) for f in targets(table, base=2025, target=2027)]
    assert got == [
        ("学校规模", "初中", "消除超规模学校", 2027),
        ("生均教学仪器设备值", "小学", "2300", 2026),
    ]


def test_a_table_of_units_tasks_reads_each_units_target_and_what_it_must_add() -> None:
    """`学校名称 | 在校生数 | “双师型”比例 现状 | 目标 | 需新增工位（个） | 达标年度`: each school's
    target per measure, its present value the baseline, due in its row's year; a present
    count (`在校生数`) is no target. The rows had been read as indicators named by the
    schools, with the `目标` column only."""
    table = Table(
        (
            ("序号", "学校名称", "在校生数（人）", "“双师型”教师比例（%）", "“双师型”教师比例（%）",
             "实训工位", "达标年度"),
            ("序号", "学校名称", "在校生数（人）", "现状", "目标", "需新增工位（个）", "达标年度"),
            ("1", "城东职业中学", "4860", "52.4", "65", "880", "2027"),
            ("2", "卫生学校", "2650", "49.5", "60", "270", "2028"),
        ),
        "中职学校达标任务分解表",
    )  # fmt: skip
    assert [brief(f) for f in targets(table, base=2025, target=2028)] == [
        ("“双师型”教师比例（城东职业中学）", "中职", "%", "65", 2027, ("52.4", 2025), None),
        ("需新增工位（城东职业中学）", "中职", "个", "880", 2027, None, None),
        ("“双师型”教师比例（卫生学校）", "中职", "%", "60", 2028, ("49.5", 2025), None),
        ("需新增工位（卫生学校）", "中职", "个", "270", 2028, None, None),
    ]
    pdf = table._replace(  # the merged cell printed over the first column it spans
        rows=(
            ("序号", "学校名称", "在校生数（人）", "“双师型”教师比例（%）", "目标", "实训工位",
             "达标年度"),
            *table.rows[1:],
        )
    )  # fmt: skip
    assert [f.name for f in targets(pdf, base=2025, target=2028)][:2] == [
        "“双师型”教师比例（城东职业中学）",
        "需新增工位（城东职业中学）",
    ]
    # what a unit adds by its deadline is added over the years to it, not in that year alone
    assert [f.scope for f in targets(table, base=2025, target=2028)][1] == "cumulative"


def test_a_row_naming_the_kind_of_words_it_holds_is_no_indicator() -> None:
    """`重点方向 | 城区新建学校、高中紧缺学科 | 音体美、心理健康`: what each year's recruits go to,
    no target (each phrase had been drafted as one); the figures' row above is read."""
    table = Table(
        (
            ("年度", "2026年", "2027年", "合计"),
            ("招聘（引进）人数（名）", "230", "220", "450"),
            ("重点方向", "城区新建学校、高中紧缺学科", "音体美、心理健康", "—"),
        ),
        "教师招聘年度计划表",
    )
    assert [(f.name, f.raw, f.year) for f in targets(table, base=2025, target=2027)] == [
        ("招聘（引进）人数（名）", "230", 2026),
        ("招聘（引进）人数（名）", "220", 2027),
        ("招聘（引进）人数（名）（合计）", "450", 2027),
    ]


def test_a_scoring_tables_points_are_no_targets() -> None:
    """`序号 | 指标 | 分值 | 赋分办法`: the points each indicator weighs in a review (they had been
    drafted as targets named `分值（教育经费）`)."""
    table = Table(
        (
            ("序号", "指标", "分值", "赋分办法"),
            ("1", "教育经费", "20", "教育经费达到“三增长”要求得10分，不达要求不得分。"),
            ("2", "教育收费", "10", "获“规范教育收费示范县”得10分。"),
        ),
        "县（区）政府教育发展目标责任制考核重点项目",
    )
    assert targets(table, base=2025, target=2027) == []


def test_a_column_of_kinds_of_school_is_measured_as_units_are() -> None:
    """`学校类型 | 学校数（所、个）` over `2025年现状 | 2030年规划`: each kind's count named
    `学校数（kind）` with its baseline (the rows had been drafted as one record named by the
    caption); a 类别 column beside a 指标 column still only groups rows."""
    table = Table(
        (
            ("学校类型", "学校数（所、个）", "学校数（所、个）", "增减"),
            ("学校类型", "2025年现状", "2030年规划", "增减"),
            ("义务教育学校合计", "168", "98", "-70"),
            ("其中：小学", "42", "38", "-4"),
            ("初中", "24", "20", "-4"),
        ),
        "学校布局调整前后对比",
    )
    assert [brief(f)[:6] for f in targets(table, base=2025, target=2030)] == [
        ("学校数（义务教育学校合计）", "义务教育", None, "98", 2030, ("168", 2025)),
        ("学校数（小学）", "小学", None, "38", 2030, ("42", 2025)),
        ("学校数（初中）", "初中", None, "20", 2030, ("24", 2025)),
    ]


def test_a_units_tasks_beside_where_they_stand_are_read_and_the_present_is_not() -> None:
    """`乡镇 | 现有学校 | 撤并数量 | 新建（所） | 完成时限`, and `学校名称 | 在校生数（人） | 现有专任教师 |
    需补充专任教师（名）`: each place's tasks, due in its row's year (the table had been left
    unread for its 现有 column); neither the present nor another count of it is a target."""
    places = Table(
        (
            ("序号", "乡镇", "现有学校（所、个）", "撤并数量（所、个）", "新建（所）", "完成时限"),
            ("1", "城关镇", "14", "2", "3", "2028年"),
            ("2", "白溪镇", "18", "9", "—", "2029年"),
        ),
        "义务教育学校分乡镇调整计划",
    )
    assert [(f.name, f.raw, f.year) for f in targets(places, base=2025, target=2030)] == [
        ("撤并数量（城关镇）", "2", 2028),
        ("新建（城关镇）", "3", 2028),
        ("撤并数量（白溪镇）", "9", 2029),
    ]
    schools = Table(
        (
            (
                "序号",
                "学校名称",
                "在校生数（人）",
                "现有专任教师（名）",
                "需补充专任教师（名）",
                "达标年度",
            ),
            ("1", "县第一中学", "2860", "180", "24", "2026"),
            ("2", "城关镇中心小学", "1500", "80", "12", "2027"),
        ),
        "各学校专任教师补充计划",
    )
    assert [(f.name, f.raw, f.year) for f in targets(schools, base=2025, target=2028)] == [
        ("需补充专任教师（县第一中学）", "24", 2026),
        ("需补充专任教师（城关镇中心小学）", "12", 2027),
    ]


def test_a_breakdown_by_county_with_present_and_target_per_measure() -> None:
    """`县（市、区） | 学前教育毛入园率（%）` over `现状 | 目标`, a pair per measure: each county's
    target per measure with its own baseline (rows had been named by the county and caption,
    every measure given the first one's baseline)."""
    table = Table(
        (
            ("序号", "县（市、区）", "学前教育毛入园率（%）", "学前教育毛入园率（%）",
             "义务教育巩固率（%）", "义务教育巩固率（%）"),
            ("序号", "县（市、区）", "现状", "目标", "现状", "目标"),
            ("1", "东城区", "93.5", "96", "98.2", "99"),
            ("2", "西山县", "88", "93", "96.5", "98"),
        ),
        "各县（市、区）教育发展主要指标任务分解表",
    )  # fmt: skip
    assert [(f.name, f.raw, f.baseline and f.baseline.raw) for f in targets(table)] == [
        ("学前教育毛入园率（东城区）", "96", "93.5"),
        ("义务教育巩固率（东城区）", "99", "98.2"),
        ("学前教育毛入园率（西山县）", "93", "88"),
        ("义务教育巩固率（西山县）", "98", "96.5"),
    ]


def test_a_kinds_table_whose_measure_spans_its_base_and_target_columns() -> None:
    """`招生人数（人）` over `2026年实际录取 | 2027年计划招生`: the merged cell is the measure of
    both, the base the target's baseline (rows had been named `招生人数招生（…）` with none)."""
    table = Table(
        (
            ("学校类别", "学校数（所）", "招生人数（人）", "招生人数（人）"),
            ("学校类别", "学校数（所）", "2026年\n实际录取", "2027年\n计划招生"),
            ("普通高中合计", "45", "38900", "40800"),
            ("民办普通高中", "14", "5400", "5600"),
        ),
        "2027年高中阶段学校招生计划汇总表",
    )
    assert [(f.name, f.raw, f.year, f.baseline and f.baseline.raw) for f in targets(table)] == [
        ("招生人数（普通高中合计）", "40800", 2027, "38900"),
        ("招生人数（民办普通高中）", "5600", 2027, "5400"),
    ]
