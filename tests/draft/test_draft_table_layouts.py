"""Indicator tables in the layouts web pages and converted files leave them in, read
from text to targets: each test builds a small table in one layout."""

from __future__ import annotations

from pathlib import Path

import plancmp
from plancmp.draft.build import draft_document, read_all
from plancmp.draft.document import Document, Paragraph, Table
from plancmp.draft.found import Found
from plancmp.draft.header import Header
from plancmp.draft.read import read_document
from plancmp.draft.scope import table_scope


def header(base: int | None = 2020, target: int | None = 2025) -> Header:
    return Header(
        "某区教育事业发展规划",
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        base,
        target,
        (),
        False,
        False,
    )


def drafted(
    tmp_path: Path, text: str, base: int | None = 2020, target: int | None = 2025
) -> list[Found]:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    found, _ = read_all(read_document(path), header(base, target))
    return found


def brief(f: Found) -> tuple:
    return (f.name, f.segment, f.raw, f.year, f.baseline.raw if f.baseline else None)


def grid(tmp_path: Path, text: str) -> tuple[tuple[str, ...], ...]:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    (table,) = [b for b in read_document(path).blocks if isinstance(b, Table)]
    return table.rows


def drafted_under(title: str, heading: str, *tables: Table) -> list:
    """The drafted records of a plan titled `title` whose `heading` stands over `tables`."""
    blocks = (Paragraph(title), Paragraph(heading), *tables)
    return list(draft_document(Document("plan.txt", blocks), "plan", []).records)


def test_a_cell_a_spreadsheet_quotes_for_its_line_break_is_its_text_one_name(
    tmp_path: Path,
) -> None:
    """Copied out of Excel or WPS, a cell holding a line break comes wrapped in quotes (its own
    quotes doubled): the text inside, and a name wrapped in its cell joins with no space (it
    drafted `"义务教育学校 达标率"`)."""
    text = "\n".join([
        "序号\t指标\t2020年\t2025年",
        '1\t"义务教育学校',
        '达标率（%）"\t90\t100',
        '2\t"""双减""政策',
        '落实率（%）"\t80\t100',
    ])  # fmt: skip
    assert grid(tmp_path, text)[1] == ("1", "义务教育学校\n达标率（%）", "90", "100")
    assert [brief(f)[0] for f in drafted(tmp_path, text)] == [
        "义务教育学校达标率（%）",
        '"双减"政策落实率（%）',
    ]


def test_a_second_header_row_left_short_keeps_its_labels_under_the_years(tmp_path: Path) -> None:
    """`指标 2020年 2025年 属性` over `\t基期值\t目标值` with the last empty cell left off: the
    labels sit under the years their row starts from (the table drafted nothing)."""
    text = "\n".join([
        "指标\t2020年\t2025年\t属性",
        "\t基期值\t目标值",
        "初中生体质达标率（%）\t90\t94\t约束性",
    ])  # fmt: skip
    assert grid(tmp_path, text)[1] == ("", "基期值", "目标值", "")
    assert [brief(f) for f in drafted(tmp_path, text)] == [
        ("初中生体质达标率（%）", "初中", "94", 2025, "90"),
    ]


def test_lines_without_a_blank_between_them_are_one_cell_where_blanks_separate_cells(
    tmp_path: Path,
) -> None:
    text = "\n\n".join([
        "指 标", "单位", "2015年", "2020年",
        "在学总规模", "万人", "148", "159",
        "在校生\n其中:研究生", "万人\n万人", "133\n6.35", "144\n8",
        "毛入学率", "%", "56", "62",
        "从业人员继续教育", "万人次", "800", "1000",
    ])  # fmt: skip
    assert grid(tmp_path, text)[2:] == (
        ("在校生\n其中:研究生", "万人\n万人", "133\n6.35", "144\n8"),
        ("毛入学率", "%", "56", "62"),
        ("从业人员继续教育", "万人次", "800", "1000"),  # a unit, not a name
    )
    got = drafted(tmp_path, text, base=2015, target=2020)
    assert [(f.name, f.unit, f.raw, f.baseline.raw if f.baseline else None) for f in got[1:3]] == [
        ("在校生", "万人", "144", "133"),
        ("研究生", "万人", "8", "6.35"),
    ]


def test_a_name_with_its_qizhong_line_after_it_gives_two_value_cells(tmp_path: Path) -> None:
    text = "\n\n".join([
        "指标", "2020年", "2025年", "属性",
        "三、师资队伍",
        "1.幼儿教师专科及以上学历比例(%)", "其中:本科及以上学历比例(%)",
        "97.74%", "49.85%", "100%", "50%", "预期性",
        "2.普通初中教师本科及以上学历比例(%)", "其中:研究生学历比例(%)",
        "99.82%", "2.41%", "100%", "8%", "预期性",
        "3.高中教师研究生学历比例(%)", "12.59%", "20%", "预期性",
    ])  # fmt: skip
    assert grid(tmp_path, text)[2] == (
        "1.幼儿教师专科及以上学历比例(%)\n其中:本科及以上学历比例(%)",
        "97.74%\n49.85%",
        "100%\n50%",
        "预期性",
    )
    assert [brief(f) for f in drafted(tmp_path, text)] == [
        ("幼儿教师专科及以上学历比例(%)", "学前", "100%", 2025, "97.74%"),
        ("幼儿教师本科及以上学历比例(%)", "学前", "50%", 2025, "49.85%"),
        ("普通初中教师本科及以上学历比例(%)", "初中", "100%", 2025, "99.82%"),
        ("普通初中教师研究生学历比例(%)", "初中", "8%", 2025, "2.41%"),
        ("高中教师研究生学历比例(%)", "高中段", "20%", 2025, "12.59%"),
    ]


def test_an_indicator_over_its_segment_lines_is_no_group_of_the_rows_below(
    tmp_path: Path,
) -> None:
    text = "\n\n".join([
        "指标", "2020年", "2025年", "属性",
        "4.义务教育标准班额比例(%)", "     ",
        "其中:小学", "初中", "34.52%", "77.34%", "80%以上", "85%以上", "预期性",
        "5.智慧校园比例(%)", "60%", "100%", "预期性",
    ])  # fmt: skip
    assert [brief(f) for f in drafted(tmp_path, text)] == [
        ("义务教育标准班额比例(%)", "小学", "80%以上", 2025, "34.52%"),
        ("义务教育标准班额比例(%)", "初中", "85%以上", 2025, "77.34%"),
        ("智慧校园比例(%)", None, "100%", 2025, "60%"),  # no segment from the row above
    ]


PERFORMANCE = "\n\n".join([
    "项目支出绩效目标表",
    "（2021年度）",
    "项目名称", "某某学校改造",
    "一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)",
    "二级指标(年度)", "三级指标(年度)", "指标值(年度)",
    "产出指标", "数量指标", " ", " ", "数量指标", "改造学校数", "3所",
    "产出指标", "质量指标", " ", " ", "质量指标", "工程验收合格率", "100%",
    "效益指标", "社会效益指标", " ", " ", "社会效益指标", "办学条件", "持续改善",
    "满意度指标", "服务对象满意度指标", " ", " ", "服务对象满意度指标", "家长满意度", "≥90%",
    " ",
    "附件:",
])  # fmt: skip


def test_a_performance_table_that_kept_its_empty_cells_is_read_in_runs_of_its_width(
    tmp_path: Path,
) -> None:
    rows = grid(tmp_path, PERFORMANCE)
    assert rows[0] == ("一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)",
                       "二级指标(年度)", "三级指标(年度)", "指标值(年度)")  # fmt: skip
    assert rows[1] == ("产出指标", "数量指标", "", "", "数量指标", "改造学校数", "3所")
    assert len(rows) == 5


def test_long_term_and_annual_indicators_side_by_side_take_the_year_above_the_table(
    tmp_path: Path,
) -> None:
    got = drafted(tmp_path, PERFORMANCE, base=None, target=None)
    assert [(f.name, f.raw, f.year, f.category, f.scope) for f in got] == [
        ("改造学校数", "3所", 2021, "数量指标", "level"),
        ("工程验收合格率", "100%", 2021, "质量指标", "level"),
        ("办学条件", "持续改善", 2021, "社会效益指标", "level"),
        ("家长满意度", "≥90%", 2021, "服务对象满意度指标", "level"),
    ]


def test_rows_ending_in_the_attribute_are_a_table_without_their_header(tmp_path: Path) -> None:
    text = "\n".join([
        "城镇登记失业率(%) 2.6% ≤ 4% 约束性",
        "文化体育 人均公共文化财政支出(元) - 150 预期性",
        "全县公共图书馆年流通人次 - 120万 预期性",
        "人均体育场地面积(平方米) 1.8 2 预期性",
        "注:以上为全县指标。",
    ])  # fmt: skip
    got = drafted(tmp_path, text)
    assert [(*brief(f), f.attribute, f.category) for f in got] == [
        ("城镇登记失业率(%)", None, "≤ 4%", 2025, "2.6%", "约束性", None),
        ("人均公共文化财政支出(元)", None, "150", 2025, None, "预期性", "文化体育"),
        ("全县公共图书馆年流通人次", None, "120万", 2025, None, "预期性", "文化体育"),
        ("人均体育场地面积(平方米)", None, "2", 2025, "1.8", "预期性", "文化体育"),
    ]
    assert got[0].quote == "城镇登记失业率(%) 2.6% ≤ 4% 约束性"
    assert "年份由上下文推断" in got[0].review  # no header printed the year


def test_a_name_cell_wrapped_onto_its_own_line_runs_on(tmp_path: Path) -> None:
    """A table copied out of a PDF wraps a long name cell: its end and unit (`班率（%）`) stand
    on a line of their own under the row's values, and belong to the name above them."""
    text = "\n".join([
        "义务教育学校标准 88 96 预期性",
        "班率（%）",
        "小学专任教师本科学 72 85 预期性",
        "历比例（%）",
        "初中巩固率（%） 97.5 99 约束性",
    ])  # fmt: skip
    got = drafted(tmp_path, text)
    assert [(f.name, f.raw, f.baseline.raw if f.baseline else None) for f in got] == [
        ("义务教育学校标准班率（%）", "96", "88"),
        ("小学专任教师本科学历比例（%）", "85", "72"),
        ("初中巩固率（%）", "99", "97.5"),
    ]


def test_a_line_numbering_a_table_after_the_rows_is_no_wrapped_name(tmp_path: Path) -> None:
    """`附表（三）`, `主要指标（续）` under the last row look like a wrapped name's end, but a
    bracket of an ordinal or 续 numbers a table: no unit, no part of the name above."""
    for line in ("附表（三）", "主要指标（续）"):
        text = f"普通高中标准化学校比例 61 80 预期性\n初中毕业升学率 94 97 预期性\n{line}"
        assert [(f.name, f.raw) for f in drafted(tmp_path, text)] == [
            ("普通高中标准化学校比例", "80"),
            ("初中毕业升学率", "97"),
        ]


def test_a_unit_line_after_rows_of_three_cells_runs_on_no_name(tmp_path: Path) -> None:
    """Rows of three cells open on a value (`新增5所 7所 预期性`) and have no name cell: a
    unit line after them (`园率（%）`) runs on none, and the rows stay a table."""
    text = "新增5所 7所 预期性\n新增2所 4所 约束性\n园率（%）"
    assert [(f.name, f.raw, f.kind) for f in drafted(tmp_path, text)] == [
        ("新增5所", "7所", "table"),
        ("新增2所", "4所", "table"),
    ]


def test_one_row_ending_in_an_attribute_is_no_table(tmp_path: Path) -> None:
    got = drafted(tmp_path, "学前教育毛入园率 98% 99% 约束性\n全区将新建幼儿园5所。")
    assert [f.kind for f in got if f.raw == "5所"] == ["prose"]
    assert not any(f.kind == "table" for f in got)


TASKS = "\n".join(
    [
        "类别 | 民生事项 | 2023年度任务目标 | 责任单位 | 1-6月份完成情况 | 监督电话 |",
        "一、教育 | 1.新建幼儿园 | 新建公办幼儿园3所,新增学位900个。 | 教育局 | 已完成主体施工60%。 | 电话0531-1234567 |",
        "2.课后服务 | 实现义务教育学校课后服务全覆盖,稳步提高服务质量。 | 教育局 | 参与率达到95%。 | 电话0531-1234567 | |",
        "索引号: | 0001/2023-01 | 成文日期: | 2023-07-01 |",
    ]
)


def test_pipe_rows_without_a_rule_keep_their_cells_to_the_right(tmp_path: Path) -> None:
    rows = grid(tmp_path, TASKS)
    assert len(rows) == 3  # the page's index line is no row
    assert rows[2][:3] == ("", "2.课后服务", "实现义务教育学校课后服务全覆盖,稳步提高服务质量。")
    assert rows[2][-1] == "电话0531-1234567"


def test_a_task_table_reads_its_target_column_in_its_year_and_not_its_progress(
    tmp_path: Path,
) -> None:
    got = drafted(tmp_path, TASKS, base=None, target=None)
    assert [(f.raw, f.year, f.kind) for f in got] == [
        ("3所", 2023, "prose"),
        ("900个", 2023, "prose"),
        ("全覆盖", 2023, "prose"),
    ]
    assert got[0].section.endswith("1.新建幼儿园")


GLUED = "\n".join([
    "绩效目标表",
    "(2022年度)",
    "发布时间:2022-01-05  |  发布单位:区教育局",
    "绩效指标一级指标二级指标指标内容指标值",
    "产出指标数量指标新建幼儿园数3所",
    "质量指标工程验收合格率100%",
    "效益指标社会效益指标办学条件持续改善",
    "家长满意度≥90%",
    "附件:",
])  # fmt: skip


def test_a_table_whose_cells_ran_together_splits_at_its_header_words_and_values(
    tmp_path: Path,
) -> None:
    rows = grid(tmp_path, GLUED)  # the page's `… | …` line above is no table of its own
    assert rows == (
        ("绩效指标", "一级指标", "二级指标", "指标内容", "指标值"),
        ("", "产出指标", "数量指标", "新建幼儿园数", "3所"),
        ("", "", "质量指标", "工程验收合格率", "100%"),
        ("", "效益指标", "社会效益指标", "办学条件", "持续改善"),
        ("", "", "", "家长满意度", "≥90%"),
    )
    got = drafted(tmp_path, GLUED, base=None, target=None)
    assert [(f.name, f.raw, f.year, f.category) for f in got] == [
        ("新建幼儿园数", "3所", 2022, "数量指标"),
        ("工程验收合格率", "100%", 2022, "质量指标"),
        ("办学条件", "持续改善", 2022, "社会效益指标"),
        ("家长满意度", "≥90%", 2022, "社会效益指标"),
    ]


SCORED = "\n".join([
    "某县学生资助项目绩效评价表",
    "评价指标评价内容指标名称目标值分值备注",
    "项目绩效目标制度指标制度健全与否20",
    "产出数量指标受助人数达到预计值120030",
    "资助覆盖率100%20",
    "质量指标学生满意度90%以上30",
    "总分",
])  # fmt: skip


def test_a_glued_rows_trend_in_words_is_its_value_as_a_grids_would_be(tmp_path: Path) -> None:
    """A trend a table prints in words (`进一步加强`, `有效降低`) is a value cell whether the
    cells stand apart or ran together: one list of such trends serves both readers."""
    text = "\n".join([
        "绩效指标一级指标二级指标指标内容指标值",
        "产出指标数量指标改造旧校舍数4所",
        "效益指标社会效益指标家校沟通进一步加强",
        "可持续影响指标学生近视发生率有效降低",
    ])  # fmt: skip
    assert [row[-2:] for row in grid(tmp_path, text)[1:]] == [
        ("改造旧校舍数", "4所"),
        ("家校沟通", "进一步加强"),
        ("学生近视发生率", "有效降低"),
    ]


def test_a_score_glued_to_a_value_reads_apart_only_where_the_value_ends_in_a_unit(
    tmp_path: Path,
) -> None:
    # `120030` may be 1200 and 30 or 12003 and 0: its row keeps the digits and gives no value
    assert grid(tmp_path, SCORED) == (
        ("评价指标", "评价内容", "指标名称", "目标值", "分值", "备注"),
        ("", "项目绩效目标制度指标", "制度健全与否20", "", "", ""),
        ("", "产出数量指标", "受助人数达到预计值120030", "", "", ""),
        ("", "", "资助覆盖率", "100%", "20", ""),
        ("", "质量指标", "学生满意度", "90%以上", "30", ""),
    )
    got = drafted(tmp_path, SCORED, base=None, target=2019)
    assert [(f.name, f.raw) for f in got] == [("资助覆盖率", "100%"), ("学生满意度", "90%以上")]


def test_a_table_printed_on_its_side_is_a_name_and_a_value_a_row(tmp_path: Path) -> None:
    text = "\n".join([
        "项目绩效目标表",
        "资金需求(万元)",
        "2021年金额",
        "三级指标 新建学校数 工程质量达标率(%)",
        "开工率(%)",
        "年度目标值",
        "7 100% 100%",
        "实施周期目标值",
    ])  # fmt: skip
    got = drafted(tmp_path, text, base=None, target=None)
    assert [(f.name, f.raw, f.year, f.kind) for f in got] == [
        ("新建学校数", "7", 2021, "table"),  # the year of the budget: 2021年金额
        ("工程质量达标率(%)", "100%", 2021, "table"),
        ("开工率(%)", "100%", 2021, "table"),
    ]
    assert (
        got[0].quote == "三级指标 新建学校数 工程质量达标率(%)\n开工率(%)\n年度目标值\n7 100% 100%"
    )


def test_names_and_values_that_do_not_pair_are_no_table(tmp_path: Path) -> None:
    text = "三级指标 新建学校数 工程质量达标率(%)\n年度目标值\n7 100% 100%"
    assert not any(f.kind == "table" for f in drafted(tmp_path, text))


def test_the_funds_of_a_performance_table_in_the_unit_above_them(tmp_path: Path) -> None:
    text = "\n\n".join([
        "项目支出绩效目标表", "（2020年度）",
        "项目资金", "资金总额", "800万元", "当年资金总额:", "800万元",
        "其中:财政拨款", "600万元", "其中:当年财政拨款", "600万元", "其他资金", " ",
        "资金情况", "(万元)", "年度资金总额:16", "其中 :上级资金12",
    ])  # fmt: skip
    got = drafted(tmp_path, text, base=None, target=None)
    assert [(f.name, f.raw, f.unit, f.year, f.scope) for f in got] == [
        ("资金总额", "800万元", None, 2020, "per_year"),
        ("财政拨款", "600万元", None, 2020, "per_year"),  # 当年… says the same again
        ("年度资金总额", "16", "万元", 2020, "per_year"),
        ("上级资金", "12", "万元", 2020, "per_year"),
    ]


def test_each_column_of_a_two_column_funds_form_keeps_its_own_qizhong_row(
    tmp_path: Path,
) -> None:
    text = "\n".join([
        "项目支出绩效目标表 | ||||", "(2021 年度) | ||||",
        "项目资金 (万元) | 中期资金总额: | 900 | 年度资金总额: | 300 | ||",
        "其中:财政拨款 | 800 | 其中:财政拨款 | 250 | ||",
        "其他资金 | 其他资金 | ||||",
    ])  # fmt: skip
    got = drafted(tmp_path, text, base=None, target=None)
    assert [(f.name, f.raw, f.unit) for f in got if f.kind == "table"] == [
        ("中期资金总额", "900", "万元"),
        ("年度资金总额", "300", "万元"),
        ("中期资金（其中：财政拨款）", "800", "万元"),
        ("年度资金（其中：财政拨款）", "250", "万元"),
    ]


def test_a_budget_forms_last_and_this_years_columns_give_baseline_and_target(
    tmp_path: Path,
) -> None:
    text = "\n".join([
        "项目支出预算绩效目标申报表", "(2023年度)",
        "项目资金情况 项目资金申请(万元) 项 目  上年度安排资金 本年度申请资金",
        "合 计 120 150", "市级资金", "县级资金 120 150",
        "支出明细预算(万元) 项 目 上年度安排资金  本年度申请资金 测算依据及说明",
        "合 计 120 150 按在校生人数测算", "初中学生生活补助 120 150",
        "项目年度实施进度计划 项目实施内容 开始时间 结束时间",
        "1、发放补助 2023.1 2023.12",
    ])  # fmt: skip
    got = [f for f in drafted(tmp_path, text, base=None, target=None) if f.kind == "table"]
    assert [(*brief(f), f.unit, f.baseline.year if f.baseline else None) for f in got] == [
        ("项目资金申请（合计）", None, "150", 2023, "120", "万元", 2022),
        ("县级资金", None, "150", 2023, "120", "万元", 2022),  # not 120150
        ("初中学生生活补助", "初中", "150", 2023, "120", "万元", 2022),  # the 合计 said again
    ]


def test_money_lines_outside_a_budget_or_performance_table_are_left_to_prose(
    tmp_path: Path,
) -> None:
    got = drafted(tmp_path, "学校建设\n\n资金总额\n\n800万元")
    assert not any(f.kind == "table" for f in got)


def test_a_column_of_the_kind_of_works_does_not_name_the_project() -> None:
    """A year's list of works with a `建设性质` column (新建, 改扩建) between the project's name and
    its size: each size is the project's, named by it and of its stage (it was named `班`, of
    no stage, as if `新建` were the project)."""
    table = Table(
        (
            ("序号", "项目名称", "建设性质", "建设规模", "计划竣工时间"),
            ("1", "某区实验幼儿园分园", "新建", "12个班，建筑面积6200平方米", "2026年8月"),
            ("2", "某区第三小学", "改扩建", "新增教学班18个，建筑面积9800平方米", "2026年8月"),
        ),
        "某区2026年教育基础设施建设项目计划表",
    )
    got, _ = read_all(Document("plan.txt", (table,)), header(2025, 2026))
    assert [(f.name, f.segment, f.raw) for f in got] == [
        ("某区实验幼儿园分园班", "学前", "12个"),
        ("某区实验幼儿园分园建筑面积", "学前", "6200平方米"),
        ("某区第三小学新增教学班", "小学", "18个"),
        ("某区第三小学建筑面积", "小学", "9800平方米"),
    ]


def test_a_listed_projects_cost_is_due_when_its_row_says_it_is_finished() -> None:
    """A list of works with each project's `总投资（万元）` and `计划竣工时间`: each project's whole
    cost is its design figure, due the year it is finished and of its stage; the 合计 row stays the
    list's total."""
    table = Table(
        (
            ("序号", "项目名称", "建设规模", "总投资（万元）", "计划竣工时间"),
            ("1", "某区实验幼儿园分园", "12个班", "4800", "2026年8月"),
            ("2", "某区第三小学", "新增教学班18个", "7600", "2027年8月"),
            ("合计", "", "", "12400", ""),
        ),
        "某区教育基础设施建设项目计划表",
    )
    got, _ = read_all(Document("plan.txt", (table,)), header(2025, 2026))
    money = [(f.name, f.segment, f.raw, f.year, f.scope) for f in got if "总投资" in f.name]
    assert money == [
        ("总投资", None, "12400", 2026, "cumulative"),
        ("某区实验幼儿园分园总投资", "学前", "4800", 2026, "cumulative"),
        ("某区第三小学总投资", "小学", "7600", 2027, "cumulative"),
    ]


def test_a_listed_projects_sizes_are_due_with_it_and_of_the_stage_its_row_gives() -> None:
    """`项目名称 | 学段 | 班级数（个） | 学位数（个） | 总投资（万元） | 建成年份`: each project's
    classes and places are figures of its design too, due the year it is built, of the stage
    its `学段` cell names (`九年一贯制` is 义务教育's; `十二年一贯制` spans stages, so none)."""
    table = Table((
        ("项目名称", "学段", "班级数（个）", "学位数（个）", "总投资（万元）", "建成年份"),
        ("东升第三幼儿园新建工程", "幼儿园", "12", "360", "4800", "2027"),
        ("彭镇九年一贯制学校新建工程", "九年一贯制", "45", "2115", "41500", "2029"),
        ("公兴十二年一贯制学校新建工程", "十二年一贯制", "60", "2880", "56000", "2029"),
    ))  # fmt: skip
    got, _ = read_all(Document("plan.txt", (table,)), header(2026, 2029))
    assert [(f.name, f.segment, f.raw, f.unit, f.year) for f in got] == [
        ("东升第三幼儿园新建工程班级数", "学前", "12", "个", 2027),
        ("东升第三幼儿园新建工程学位数", "学前", "360", "个", 2027),
        ("东升第三幼儿园新建工程总投资", "学前", "4800", "万元", 2027),
        ("彭镇九年一贯制学校新建工程班级数", "义务教育", "45", "个", 2029),
        ("彭镇九年一贯制学校新建工程学位数", "义务教育", "2115", "个", 2029),
        ("彭镇九年一贯制学校新建工程总投资", "义务教育", "41500", "万元", 2029),
        ("公兴十二年一贯制学校新建工程班级数", None, "60", "个", 2029),
        ("公兴十二年一贯制学校新建工程学位数", None, "2880", "个", 2029),
        ("公兴十二年一贯制学校新建工程总投资", None, "56000", "万元", 2029),
    ]
    # a `类型` cell that names no stage (`新建`) leaves the project's own name to give it
    kinds = Table((
        ("项目名称", "类型", "学位数（个）", "总投资（万元）", "建成年份"),
        ("某区第三幼儿园", "新建", "360", "4800", "2027"),
    ))  # fmt: skip
    got, _ = read_all(Document("plan.txt", (kinds,)), header(2026, 2029))
    assert {f.segment for f in got} == {"学前"}


def test_the_total_rows_of_a_project_list_set_its_targets() -> None:
    table = Table(
        (
            ("序号", "项目名称", "建设地点", "总投资（亿元）", "2021-2023年投资额（亿元）", "备注"),
            ("（一）教育事业项目12个", "", "", "30.5", "20.1", ""),
            ("1", "某某小学", "城东街道", "2.5", "2", ""),
            ("2", "某某幼儿园", "城西街道", "0.8", "0.8", ""),
            ("合计", "", "", "45.2", "28", ""),
        ),
        "重大建设项目",
    )
    got, _ = read_all(Document("plan.txt", (table,)), header())
    assert [(f.name, f.raw, f.unit, f.year, f.scope) for f in got] == [
        ("教育事业项目", "12个", None, 2025, "cumulative"),
        ("教育事业项目总投资", "30.5", "亿元", 2025, "cumulative"),
        ("教育事业项目2021-2023年投资额", "20.1", "亿元", 2023, "cumulative"),
        ("总投资", "45.2", "亿元", 2025, "cumulative"),
        ("2021-2023年投资额", "28", "亿元", 2023, "cumulative"),
    ]
    assert "年份由上下文推断" in got[1].review and "年份由上下文推断" not in got[2].review


def test_a_project_lists_total_sums_its_sizes_and_its_stages_parts_are_read_too() -> None:
    """A county's list of boarding-school projects: under a merged `建设规模`, the total row
    (`合计（14个项目）`) sums the floor area and beds as well as the money, and the stage rows
    after it (`其中：小学（7个）`, `初中（7个）`) are its parts; each is due by the end of its
    `建设年限`. Project rows set none (it had read nothing: the label named a count, and the
    size columns stood between it and the money)."""
    head = ("序号", "乡镇", "学校名称", "建设规模", "建设规模", "估算总投资（万元）", "建设年限")
    sub = (
        "序号",
        "乡镇",
        "学校名称",
        "建筑面积（平方米）",
        "新增床位（个）",
        "估算总投资（万元）",
        "建设年限",
    )
    table = Table(
        (
            head,
            sub,
            ("合计（14个项目）", "合计（14个项目）", "合计（14个项目）", "40100", "4200", "11620", "2026—2028年"),
            ("其中：小学（7个）", "其中：小学（7个）", "其中：小学（7个）", "14600", "1400", "4120", "2026—2028年"),
            ("初中（7个）", "初中（7个）", "初中（7个）", "25500", "2800", "7500", "2026—2028年"),
            ("1", "某镇", "某镇中心小学", "3200", "320", "900", "2026—2027年"),
        ),
        "乡镇寄宿制学校建设项目库",
    )  # fmt: skip
    got, _ = read_all(Document("plan.txt", (table,)), header())
    assert [(f.name, f.segment, f.raw, f.unit, f.year) for f in got] == [
        ("建筑面积", None, "40100", "平方米", 2028),
        ("新增床位", None, "4200", "个", 2028),
        ("估算总投资", None, "11620", "万元", 2028),
        ("建筑面积（小学）", "小学", "14600", "平方米", 2028),  # each part named by its stage
        ("新增床位（小学）", "小学", "1400", "个", 2028),
        ("估算总投资（小学）", "小学", "4120", "万元", 2028),
        ("建筑面积（初中）", "初中", "25500", "平方米", 2028),
        ("新增床位（初中）", "初中", "2800", "个", 2028),
        ("估算总投资（初中）", "初中", "7500", "万元", 2028),
    ]
    # a year's work plan: a total row that leaves its span blank is due by the projects' last
    # year, over their span (it had been the plan's year, per year)
    works = Table(
        (
            ("序号", "项目名称", "建筑面积（平方米）", "总投资（万元）", "建设年限"),
            ("合计（2个项目）", "合计（2个项目）", "51000", "20400", ""),
            ("1", "城东学校", "26000", "11000", "2025—2027年"),
            ("2", "城西学校", "25000", "9400", "2026—2027年"),
        ),
        "2026年教育重点项目",
    )
    yearly = header(2025, 2026)._replace(title="某县2026年教育工作要点", one_year=True, now=2026)
    got, _ = read_all(Document("plan.txt", (works,)), yearly)
    assert [(f.name, f.raw, f.year, f.scope) for f in got] == [
        ("建筑面积", "51000", 2027, "cumulative"),
        ("总投资", "20400", 2027, "cumulative"),
    ]


def test_a_performance_table_one_cell_a_line_with_words_for_values(tmp_path: Path) -> None:
    text = "\n".join([
        "某区2023年项目绩效目标表",
        "一级指标", "二级指标", "三级指标", "指标值",
        "产出指标", "数量指标", "新建幼儿园数", "≥5所",
        "新增学位数", "≥1500个",
        "质量指标", "工程验收合格率", "100%",
        "效益指标", "社会效益指标", "办学条件", "巩固提高",
        "满意度指标", "服务对象满意度指标", "家长满意度", "≥90%",
        "附件：",
    ])  # fmt: skip
    got = drafted(tmp_path, text, base=None, target=None)
    assert [(f.name, f.raw, f.year, f.category) for f in got] == [
        ("新建幼儿园数", "≥5所", 2023, "数量指标"),
        ("新增学位数", "≥1500个", 2023, "数量指标"),
        ("工程验收合格率", "100%", 2023, "质量指标"),
        ("办学条件", "巩固提高", 2023, "社会效益指标"),
        ("家长满意度", "≥90%", 2023, "服务对象满意度指标"),
    ]


def test_a_performance_table_row_is_its_kinds_then_a_name_and_any_value(tmp_path: Path) -> None:
    text = "\n".join([
        "一级指标", "二级指标", "三级指标", "指标值",
        "产出指标", "数量指标", "新建幼儿园数", "5所",
        "成本指标", "建设项目成本", "参照政府采购成本控制",
        "时效指标", "按期完成率", "100%",
        "附件：",
    ])  # fmt: skip
    assert grid(tmp_path, text)[1:] == (
        ("产出指标", "数量指标", "新建幼儿园数", "5所"),
        ("产出指标", "成本指标", "建设项目成本", "参照政府采购成本控制"),
        ("产出指标", "时效指标", "按期完成率", "100%"),
    )


def test_a_unit_line_above_a_table_gives_its_columns_their_units(tmp_path: Path) -> None:
    text = "\n".join([
        "到2025年学校建设目标",
        "单位：所、个",
        "类别 新建学校 新增学位",
        "合计 30 12000",
        "幼儿园 12 3600",
        "小学 10 4500",
    ])  # fmt: skip
    got = drafted(tmp_path, text, base=None, target=2025)
    assert [(f.name, f.raw, f.unit, f.segment) for f in got] == [
        ("新建学校（合计）", "30", "所", None),
        ("新增学位（合计）", "12000", "个", None),
        ("新建学校（幼儿园）", "12", "所", "学前"),
        ("新增学位（幼儿园）", "3600", "个", "学前"),
        ("新建学校（小学）", "10", "所", "小学"),
        ("新增学位（小学）", "4500", "个", "小学"),
    ]
    assert got[0].section == "到2025年学校建设目标"


def test_one_unit_above_an_indicator_table_is_every_bare_values_unit(tmp_path: Path) -> None:
    text = "\n".join([
        "教育投入主要指标",
        "（单位：万元）",
        "指标 2020年 2025年",
        "教育经费总投入 52000 68000",
        "生均公用经费增长率(%) 3 5",
    ])  # fmt: skip
    got = drafted(tmp_path, text)
    assert [(f.name, f.raw, f.unit) for f in got] == [
        ("教育经费总投入", "68000", "万元"),
        ("生均公用经费增长率(%)", "5", "%"),  # its own unit, not the table's
    ]


def test_a_web_page_table_under_its_title_and_unit_line(tmp_path: Path) -> None:
    page = (
        "<html><head><meta charset='utf-8'></head><body><div id='zoom'>"
        "<p>教育投入主要指标</p><p>（单位：万元）</p><table>"
        "<tr><td>指标</td><td>2020年</td><td>2025年</td></tr>"
        "<tr><td>教育经费总投入</td><td>52000</td><td>68000</td></tr>"
        "<tr><td>生均公用经费增长率(%)</td><td>3</td><td>5</td></tr>"
        "</table></div></body></html>"
    )
    path = tmp_path / "plan.html"
    path.write_text(page, encoding="utf-8")
    (table,) = [b for b in read_document(path).blocks if isinstance(b, Table)]
    assert table.title == "教育投入主要指标"
    got, _ = read_all(read_document(path), header())
    assert [(f.name, f.raw, f.unit, f.section) for f in got] == [
        ("教育经费总投入", "68000", "万元", "教育投入主要指标"),
        ("生均公用经费增长率(%)", "5", "%", "教育投入主要指标"),
    ]


def test_a_table_titled_with_its_base_year_keeps_the_plans_target_year() -> None:
    table = Table(
        (("指标", "基期值", "目标值"), ("学前教育毛入园率(%)", "98", "99")), "（以2020年为基期）"
    )
    got, _ = read_all(Document("plan.txt", (table,)), header())
    assert [(f.raw, f.year) for f in got] == [("99", 2025)]
    titled = table._replace(title="2023年重点任务指标")
    got, _ = read_all(Document("plan.txt", (titled,)), header())
    assert [(f.raw, f.year) for f in got] == [("99", 2023)]


def test_a_qizhong_cell_of_parts_names_each_part_of_the_indicator_above() -> None:
    table = Table(
        (
            ("指标", "2020年", "2025年"),
            ("在园幼儿数(人)", "", ""),
            ("其中：公办\n民办", "3200\n1800", "4000\n1500"),
        ),
        "主要指标",
    )
    got, _ = read_all(Document("plan.txt", (table,)), header())
    assert [(f.name, f.segment, f.raw, f.baseline.raw if f.baseline else None) for f in got] == [
        ("在园幼儿数(人)（公办）", "学前", "4000", "3200"),
        ("在园幼儿数(人)（民办）", "学前", "1500", "1800"),
    ]


FORM = """<html><head><meta charset="utf-8"></head><body><div id="zoom">
<p>绩效目标表</p><p>（2020年度）</p><table>
<tr><td>项目名称</td><td colspan=4>薄弱学校改造补助资金</td></tr>
<tr><td rowspan=2>资金情况<br>(万元)</td><td colspan=2>年度资金总额：</td><td colspan=2>16</td></tr>
<tr><td colspan=2>其中：上级资金</td><td colspan=2>12</td></tr>
<tr><td>总体目标</td><td colspan=4>年度目标：改造农村学校校舍，新建食堂2个。</td></tr>
<tr><td rowspan=4>绩效指标</td><td>一级指标</td><td>二级指标</td><td>指标内容</td><td>指标值</td></tr>
<tr><td rowspan=2>产出指标</td><td>数量指标</td><td>学校改造覆盖率</td><td>100%</td></tr>
<tr><td>质量指标</td><td>校舍维修改造质量合格率</td><td>100%</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>学生家长满意度</td><td>≥90%</td></tr>
</table></div></body></html>"""


def test_a_form_holding_an_indicator_table_reads_its_funds_text_and_indicators(
    tmp_path: Path,
) -> None:
    path = tmp_path / "form.html"
    path.write_text(FORM, encoding="utf-8")
    got, _ = read_all(read_document(path), header(base=None, target=None))
    assert sorted((f.name, f.raw, f.unit, f.year, f.kind) for f in got) == sorted(
        [
            ("学校改造覆盖率", "100%", None, 2020, "table"),
            ("校舍维修改造质量合格率", "100%", None, 2020, "table"),
            ("学生家长满意度", "≥90%", None, 2020, "table"),
            ("年度资金总额", "16", "万元", 2020, "table"),
            ("上级资金", "12", "万元", 2020, "table"),
            ("新建食堂", "2个", None, 2020, "prose"),
        ]
    )


def test_pipe_rows_under_a_header_with_kept_empty_cells_keep_their_cells_in_place(
    tmp_path: Path,
) -> None:
    text = "\n".join([
        "工作任务 | 实际已完成工作量 | 完成工作进度(%) | 预计完成工作量 | |",
        "建设品质县中10所(其中某县4所)。 | 建设品质县中4所 | 已完成。 | 100 | ||",
        "新增学位1000个。 | 新增学位1000个 | 已完成。 | 100 | ||",
    ])  # fmt: skip
    rows = grid(tmp_path, text)
    assert rows[1] == ("建设品质县中10所(其中某县4所)。", "建设品质县中4所", "已完成。", "100")
    got = drafted(tmp_path, text, base=None, target=2024)
    assert [(f.name, f.raw, f.segment) for f in got] == [
        ("建设品质县中", "10所", "高中段"),
        ("建设品质县中（某县）", "4所", "高中段"),
        ("新增学位", "1000个", None),
    ]


COMPLETION = "\n".join([
    "某市2024年民生实事项目完成情况",
    "序号 | 项目名称 | 年度目标任务 | 完成情况",
    "1 | 新建中小学 | 新建中小学6所，新增学位8000个 | 已完成",
    "2 | 托育服务 | 新增托位1500个 | 已完成新增托位1620个",
])  # fmt: skip


def test_a_completion_reports_task_column_states_the_years_targets(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(COMPLETION, encoding="utf-8")
    d = draft_document(read_document(path), "report", [])
    assert d.header.looks_back
    assert [(r.record.name, r.record.target.raw, r.record.target.year) for r in d.records] == [
        ("新建中小学", "6所", 2024),
        ("新增学位", "8000个", 2024),
        ("新增托位", "1500个", 2024),
    ]


PERFORMANCE_PIPES = "\n".join([
    "项目绩效目标表 | ||||",
    "(2021年度) | ||||",
    "绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |",
    "产出指标 | 数量指标 | 补贴幼儿园数量 | 12个 | |",
    "补贴面积 | 8000平方米 | |||",
    "质量指标 | 补贴发放合规率 | ≥95% | ||",
    "效益指标 | 社会效益指标 | 办学条件 | 持续改善 | |",
    "扶持力度 | 显著提升了扶持力度,支持了幼儿园发展。 | |||",
    "满意度指标 | 服务对象满意度指标 | 家长满意度 | ≥90% |",
    "附件:",
])  # fmt: skip


def test_a_performance_tables_pipe_rows_under_merged_kinds_are_rows(tmp_path: Path) -> None:
    got = drafted(tmp_path, PERFORMANCE_PIPES, base=None, target=None)
    assert [(f.name, f.raw, f.year, f.kind) for f in got] == [
        ("补贴幼儿园数量", "12个", 2021, "table"),
        ("补贴面积", "8000平方米", 2021, "table"),
        ("补贴发放合规率", "≥95%", 2021, "table"),
        ("办学条件", "持续改善", 2021, "table"),
        ("家长满意度", "≥90%", 2021, "table"),
    ]  # an account of what was done (`显著提升了…`) is no level to reach


def test_pipe_rows_of_two_cells_end_a_table_that_is_no_performance_table(
    tmp_path: Path,
) -> None:
    text = "\n".join([
        "指标 | 2020年 | 2025年 | 属性 | |",
        "学前教育毛入学率 | 95% | 98% | 预期性 | |",
        "说明 | 按常住人口计 | |||",
    ])  # fmt: skip
    assert len(grid(tmp_path, text)) == 2


def test_a_list_of_one_years_works_sets_each_projects_money_and_works() -> None:
    table = Table(
        (
            ("序号", "项目名称", "建设地点", "2024年建设内容", "年度投资金额（万元）", "责任单位"),
            ("1", "某小学改造项目", "城东街道", "改造运动场1处。", "300", "教育局"),
            (
                "2",
                "某幼儿园新建项目",
                "城西街道",
                "新建幼儿园1所，新增学位180个。",
                "1360",
                "教育局",
            ),
        ),
        "某县2024年民生实事项目清单",
    )
    got, _ = read_all(Document("list.txt", (table,)), header(None, 2024))
    assert sorted((f.name, f.raw, f.unit, f.year, f.scope) for f in got if f.kind == "table") == [
        ("某小学改造项目年度投资金额", "300", "万元", 2024, "per_year"),
        ("某幼儿园新建项目年度投资金额", "1360", "万元", 2024, "per_year"),
    ]
    assert sorted(f.raw for f in got if f.kind == "prose") == ["180个", "1处", "1所"]


def test_a_rectification_list_reads_its_goals_by_their_deadlines_not_its_problems() -> None:
    """A school's `存在问题 | 整改目标 | 整改措施 | 责任人 | 整改时限`: the problems print where the
    school stands (they had been drafted as targets), the goals are due by the row's deadline
    (they had all taken the page's year)."""
    table = Table(
        (
            ("序号", "存在问题", "整改目标", "整改措施", "责任人", "整改时限"),
            (
                "1",
                "生均教学及辅助用房面积5.2平方米，低于省定标准（5.8平方米）。",
                "生均教学及辅助用房面积达到5.8平方米。",
                "实施综合楼扩建工程，2026年9月开工。",
                "校长 某某",
                "2027年8月",
            ),
            (
                "2",
                "未配备专职心理健康教育教师。",
                "配备专职心理健康教育教师1名以上。",
                "在2026年教师招聘计划中单列心理健康教育岗位。",
                "校长 某某",
                "2026年9月",
            ),
        ),
        "四、某区南湖初级中学",
    )
    got, _ = read_all(Document("list.txt", (table,)), header(None, 2026))
    assert sorted((f.raw, f.year) for f in got) == [("1名以上", 2026), ("5.8平方米", 2027)]


def test_a_list_of_works_with_what_each_is_to_reach_sets_its_targets_but_not_its_note() -> None:
    """A 民生实事 list headed `主要建设内容及目标 | 完成时限`: what each item is to do is a target
    of the year (the list was taken for a plan's pipeline of projects, and nothing drafted), and
    so is each item's cost, due with it. The note row spanning the table (`说明：…应出席代表458名…`)
    is no task."""
    note = "说明：本次大会应出席代表458名，实际出席代表431名。"
    table = Table(
        (
            ("序号", "项目名称", "主要建设内容及目标", "总投资（万元）", "完成时限"),
            (
                "1",
                "扩充学位",
                "新建、改扩建中小学校14所，新增中小学学位12000个。",
                "5000",
                "2026年12月底",
            ),
            ("2", "校园食堂提质改造", "改造提升中小学校食堂45所。", "900", "2026年12月底"),
            (note, note, note, note, note),
        ),
        "某市2026年民生实事项目",
        merged=frozenset({(3, c) for c in range(1, 5)}),
    )
    got, _ = read_all(Document("list.txt", (table,)), header(None, 2026))
    assert sorted((f.raw, f.year) for f in got) == [
        ("12000个", 2026), ("14所", 2026), ("45所", 2026), ("5000", 2026), ("900", 2026)
    ]  # fmt: skip
    pipeline = Table(  # each project with its span of years: a plan's pipeline, described
        (
            ("项目名称", "主要建设内容及目标", "建设年限"),
            ("城东小学", "新建小学1所，新增学位1800个。", "2026—2028年"),
            ("城西中学", "新建初中1所，新增学位1500个。", "2027—2029年"),
        ),
    )
    assert read_all(Document("list.txt", (pipeline,)), header(2025, 2030))[0] == []


PROJECT_CELLS = "\n".join([
    "三、建设项目",
    "学校名称", "建设性质", "班数", "新增学位", "总投资（万元）", "建设年限",
    "城东小学", "新建", "36", "1620", "16800", "2026—2027",
    "第五初级中学", "新建", "48", "2400", "26500", "2026—2028",
    "滨河学校（九年一贯制）", "新建", "54", "2520", "29800", "2027—2028",
    "合计（3个）", "", "138", "6540", "73100", "2026—2028",
    "其中：小学（1个）", "", "36", "1620", "16800", "",
    "初中（1个）", "", "48", "2400", "26500", "",
    "九年一贯制学校（1个）", "", "54", "2520", "29800", "",
    "注：新增学位为建成后较现有学位的净增数。",
])  # fmt: skip


def test_a_project_list_copied_a_cell_a_line_keeps_its_blank_cells_and_totals(
    tmp_path: Path,
) -> None:
    """A project list one cell a line with no blank line between cells, whose empty cells are
    blank lines (under `建设性质` in its total rows): rows of the header's width, the total's and
    its parts' too (the header had not been known, `学校名称` and `新增学位` being no cues)."""
    rows = grid(tmp_path, PROJECT_CELLS)
    assert len(rows) == 8
    assert rows[1] == ("城东小学", "新建", "36", "1620", "16800", "2026—2027")
    assert rows[4] == ("合计（3个）", "", "138", "6540", "73100", "2026—2028")
    assert rows[7] == ("九年一贯制学校（1个）", "", "54", "2520", "29800", "")


def test_a_numbered_project_list_a_cell_a_line_with_its_due_dates(tmp_path: Path) -> None:
    """`序号 | 项目名称 | 建设性质 | 学段 | 新增学位（个） | 总投资（万元） | 计划竣工时间`, one cell a
    line: the row numbers stand under 序号 and the due dates are a column of the list (the
    header had not been known past 总投资, and the list drafted nothing); each project's places
    and cost are due when it is finished, of its 学段."""
    text = "\n".join([
        "序号", "项目名称", "建设性质", "学段", "新增学位（个）", "总投资（万元）", "计划竣工时间",
        "1", "郫都区德源小学（新校区）", "新建", "小学", "2160", "26500", "2026年8月",
        "2", "郫都区友爱学校", "新建", "十二年一贯制", "3600", "68000", "2028年8月",
        "合计", "", "", "", "5760", "94500", "",
    ])  # fmt: skip
    short = text.replace("计划竣工时间", "计划建成")  # the due column's header without 时间
    assert [f.year for f in drafted(tmp_path, short, 2025, 2028) if "郫都" in f.name] == [
        2026, 2026, 2028, 2028,
    ]  # fmt: skip
    assert grid(tmp_path, text)[1] == (
        "1", "郫都区德源小学（新校区）", "新建", "小学", "2160", "26500", "2026年8月",
    )  # fmt: skip
    got = [brief(f)[:4] for f in drafted(tmp_path, text, 2025, 2028) if "郫都" in f.name]
    assert got == [
        ("郫都区德源小学(新校区)新增学位", "小学", "2160", 2026),
        ("郫都区德源小学(新校区)总投资", "小学", "26500", 2026),
        ("郫都区友爱学校新增学位", None, "3600", 2028),
        ("郫都区友爱学校总投资", None, "68000", 2028),
    ]


def test_a_totals_amounts_are_read_past_figures_of_columns_not_summed(tmp_path: Path) -> None:
    """`合计（3个） | | 138 | 6540 | 73100`: the total's and its stages' money is read past the
    class and place columns (the rows had been taken for no total), and those columns are summed
    too, counting what their header names (`班数`, `新增学位`: 个); `九年一贯制学校（1个）` is a stage's
    part (义务教育), each part named by its stage."""
    got = [
        (f.name, f.segment, f.raw, f.unit)
        for f in drafted(tmp_path, PROJECT_CELLS, base=2025, target=2028)
        if f.kind == "table"
    ]
    assert got[:3] == [("班数", None, "138", "个"), ("新增学位", None, "6540", "个"),
                       ("总投资", None, "73100", "万元")]  # fmt: skip
    assert [(n, s, r) for n, s, r, _ in got[3:] if n.startswith("总投资")] == [
        ("总投资（小学）", "小学", "16800"), ("总投资（初中）", "初中", "26500"),
        ("总投资（九年一贯制学校）", "义务教育", "29800"),
    ]  # fmt: skip


def test_a_stages_part_counted_after_its_schools_is_read_as_one() -> None:
    """`初中（2个）` after the schools of 小学 (each part over its own schools): a stage's part of
    the total by its count, though no total or part stands right above it (it had been dropped)."""
    table = Table(
        (
            ("学校名称", "新增学位", "总投资（万元）"),
            ("合计（3个）", "3000", "30000"),
            ("其中：小学（2个）", "2000", "18000"),
            ("城东小学", "1000", "9000"),
            ("城西小学", "1000", "9000"),
            ("初中（1个）", "1000", "12000"),
            ("城北初中", "1000", "12000"),
        ),
    )
    got, _ = read_all(Document("plan.txt", (table,)), header(2025, 2028))
    assert [(f.name, f.raw) for f in got if f.name.endswith("（初中）")] == [
        ("新增学位（初中）", "1000"), ("总投资（初中）", "12000")
    ]  # fmt: skip


def test_a_total_row_told_again_in_prose_is_one_target_of_the_proses_stage(
    tmp_path: Path,
) -> None:
    """`…义务教育学校建设项目3个，总投资7.31亿元` and the list's `合计` row under `总投资（万元）`:
    the same sum under the same name, one target (it had been two, the prose's of 义务教育)."""
    path = tmp_path / "plan.txt"
    text = PROJECT_CELLS.replace(
        "三、建设项目", "某县义务教育学位建设三年攻坚方案（2026—2028年）\n"
        "二、总体目标\n全县实施义务教育学校建设项目3个，总投资7.31亿元。\n三、建设项目",
    )  # fmt: skip
    path.write_text(text, encoding="utf-8")
    got = [
        (d.record.segment, d.record.target.raw)
        for d in draft_document(read_document(path), "plan", []).records
        if d.record.name == "总投资" and d.record.target.value.value == 731000000
    ]
    assert got == [("义务教育", "73100")]


def test_a_list_of_works_with_a_column_of_aims_or_deadlines_sets_its_targets() -> None:
    """`项目 | 建设内容 | 目标任务 | 完成时限`: works beside what each is to reach, or beside when each
    is to be done, are a programme of works to do (the list had been taken for a plan's pipeline
    of projects, and a county's twelve 民生实事 drafted nothing)."""
    rows = (
        ("1", "城南小学扩建工程", "新建教学综合楼，增加教学班18个", "新增小学学位810个"),
        ("2", "农村学校温暖工程", "为农村中小学教室安装空调1260台", "空调覆盖率达到100%"),
    )
    aims = Table((("序号", "项目", "建设内容", "目标任务"), *rows))
    got, _ = read_all(Document("list.txt", (aims,)), header(None, 2027))
    assert sorted(f.raw for f in got) == ["100%", "1260台", "18个", "810个"]
    due = Table((("序号", "项目", "建设内容", "完成时限"), *((*r[:3], "2027年8月") for r in rows)))
    got, _ = read_all(Document("list.txt", (due,)), header(None, 2027))
    assert sorted(f.raw for f in got) == ["1260台", "18个"]


def test_a_standards_table_copied_a_cell_a_line_reads_its_unnumbered_rows_and_ratios(
    tmp_path: Path,
) -> None:
    text = "\n\n".join([
        "序号", "指标", "国家标准",
        "1", "学前三年毛入园率(%)", "≥85",
        "2", "公办园生均公用经费财政拨款标准(元/年)", "500",
        "民办园生均财政补助标准(元/年)", "500",
        "3", "专任教师总数与在园幼儿总数之比", "≤1:15",
    ])  # fmt: skip
    assert grid(tmp_path, text)[1:] == (
        ("1", "学前三年毛入园率(%)", "≥85"),
        ("2", "公办园生均公用经费财政拨款标准(元/年)", "500"),
        ("", "民办园生均财政补助标准(元/年)", "500"),  # the number above spans both rows
        ("3", "专任教师总数与在园幼儿总数之比", "≤1:15"),
    )
    got = drafted(tmp_path, text, base=None, target=None)
    assert [(f.name, f.raw) for f in got] == [
        ("学前三年毛入园率(%)", "≥85"),
        ("公办园生均公用经费财政拨款标准(元/年)", "500"),
        ("民办园生均财政补助标准(元/年)", "500"),
        ("专任教师总数与在园幼儿总数之比", "≤1:15"),
    ]


def test_a_row_naming_an_indicator_with_its_standard_in_brackets_is_its_target(
    tmp_path: Path,
) -> None:
    text = "\n\n".join([
        "序号", "指标", "国家标准",
        "1", "学前三年毛入园率(%)", "≥85",
        "幼儿园生均建筑面积(≥10.44平方米)",
        "新建园达标率(%)", "100",
    ])  # fmt: skip
    got = drafted(tmp_path, text, base=None, target=None)
    assert [(f.name, f.raw) for f in got] == [
        ("学前三年毛入园率(%)", "≥85"),
        ("幼儿园生均建筑面积", "≥10.44平方米"),
        ("新建园达标率(%)", "100"),
    ]


def test_a_rate_under_a_bracketed_standard_with_no_subject_is_that_indicators(
    tmp_path: Path,
) -> None:
    """`2017年规划设计的达标率(%)` under two standards: each the rate of its own indicator."""
    text = "\n\n".join([
        "序号", "指标", "国家标准",
        "1", "学前三年毛入园率(%)", "≥85",
        "幼儿园生均建筑面积(≥10.44平方米)",
        "2017年规划设计的达标率(%)", "100",
        "幼儿园室外游戏场地生均面积(≥4平方米)",
        "2017年规划设计的达标率(%)", "90",
        "2", "社会认可度(%)", "≥85",
    ])  # fmt: skip
    got = drafted(tmp_path, text, base=None, target=None)
    assert [(f.name, f.raw) for f in got] == [
        ("学前三年毛入园率(%)", "≥85"),
        ("幼儿园生均建筑面积", "≥10.44平方米"),
        ("幼儿园生均建筑面积2017年规划设计的达标率(%)", "100"),
        ("幼儿园室外游戏场地生均面积", "≥4平方米"),
        ("幼儿园室外游戏场地生均面积2017年规划设计的达标率(%)", "90"),
        ("社会认可度(%)", "≥85"),
    ]


def test_a_zero_under_a_target_column_is_a_target_not_none_planned(tmp_path: Path) -> None:
    """Only in a table of whole counts by kind does a 0 say none is planned: under a
    baseline and a target a 0 is what the row aims at (大班额 cleared)."""
    text = "\n".join([
        "主要发展指标",
        "指标 现状值 目标值",
        "大班额比例 5.2 0",
        "学前三年毛入园率 96.1 98",
    ])  # fmt: skip
    got = drafted(tmp_path, text, base=2020, target=2025)
    assert [(f.name, f.raw) for f in got] == [("大班额比例", "0"), ("学前三年毛入园率", "98")]


def test_a_header_without_a_name_over_the_label_column_reads_its_rows(tmp_path: Path) -> None:
    """Column names with none over the row labels, and a 0 for a kind none is planned of."""
    text = "\n".join([
        "“十四五”新城学校建设项目",
        "幼儿园 小学 完中",
        "甲镇 5 3 0",
        "乙镇 6 0 2",
    ])  # fmt: skip
    got = drafted(tmp_path, text, base=None, target=2025)
    assert [(f.name, f.raw, f.segment) for f in got] == [
        ("幼儿园（甲镇）", "5", "学前"),
        ("小学（甲镇）", "3", "小学"),
        ("幼儿园（乙镇）", "6", "学前"),
        ("完中（乙镇）", "2", None),
    ]


ALLOCATION = "\n".join([
    "2024年某项奖补资金安排表 |",
    "序号 | 地区 | 实施单位 | 项目内容 | 金额 (万元) | 备注 |",
    "1 | 甲县 | 甲县教育局 | 支持甲县创建学前教育普及普惠县。 | 600 |",
    "|",
    "2 | 乙区 | 乙区第一中学 | 改善校区办学条件。 | 200 |",
    "|",
    "| 合计 |",
    "|",
    "| 800 |",
    "|",
])  # fmt: skip


def test_pipe_rows_whose_last_cells_went_onto_lines_of_their_own_keep_their_cells_in_place(
    tmp_path: Path,
) -> None:
    rows = grid(tmp_path, ALLOCATION)
    assert rows[1] == ("1", "甲县", "甲县教育局", "支持甲县创建学前教育普及普惠县。", "600", "")
    assert rows[3] == ("", "", "合计", "", "800", "")


def test_an_allocation_tables_rows_are_its_places_and_its_amounts_the_titles_money(
    tmp_path: Path,
) -> None:
    got = drafted(tmp_path, ALLOCATION, base=None, target=2024)
    assert [(f.name, f.raw, f.unit, f.segment) for f in got] == [
        ("某项奖补资金（甲县）", "600", "万元", "学前"),
        ("某项奖补资金（乙区）", "200", "万元", None),
        ("某项奖补资金（合计）", "800", "万元", None),
    ]


_DUE_TABLE = """某区新建学校校舍一览

编号
所在街道
地址

班级数 /
建筑面积

{due}

X1

东城街道

建设路8号
北侧地块

设有12个班 /

9 600平方米

2026年8月

(暂定)

X2

西湖街道
湖滨路21号

设有24个班 /

15 200平方米

2027年6月

(暂定)

返回顶部
"""


def test_a_project_table_one_cell_a_line_dates_each_projects_figures_by_its_due_date(
    tmp_path: Path,
) -> None:
    found = drafted(tmp_path, _DUE_TABLE.format(due="预计竣工日期"), None, None)
    got = {(f.name, f.raw, f.year) for f in found}
    assert got == {
        ("班级数（X1）", "设有12个班", 2026),
        ("建筑面积（X1）", "9 600平方米", 2026),
        ("班级数（X2）", "设有24个班", 2027),
        ("建筑面积（X2）", "15 200平方米", 2027),
    }


def test_a_plans_schools_with_the_year_each_is_built_are_due_then(tmp_path: Path) -> None:
    """`学校 | 类型 | 班级 | 学位 | 建成时间`: each school's figures are due the year its own cell
    names (they had all been dated by the plan's end), and one still to be fixed (`待定`) by it."""
    text = "\n".join([
        "某大学城配套中小学幼儿园建设规划（2026—2030年）",
        "| 序号 | 学校 | 类型 | 班级 | 学位 | 建成时间 |",
        "|---|---|---|---|---|---|",
        "| 1 | 大学城第一幼儿园 | 幼儿园 | 12 | 360 | 2027年 |",
        "| 2 | 大学城实验小学 | 小学 | 30 | 1350 | 2029年 |",
        "| 3 | 大学城第三幼儿园 | 幼儿园 | 12 | 270 | 待定 |",
    ])  # fmt: skip
    got = [(f.raw, f.year) for f in drafted(tmp_path, text, 2025, 2030)]
    assert got == [("12", 2027), ("360", 2027), ("30", 2029), ("1350", 2029), ("12", 2030),
                   ("270", 2030)]  # fmt: skip


def test_a_project_table_without_a_due_date_column_is_no_dated_table(tmp_path: Path) -> None:
    found = drafted(tmp_path, _DUE_TABLE.format(due="竣工日期"), None, None)
    assert not any(f.kind == "table" for f in found)


def test_a_premises_table_in_traditional_characters_splits_its_two_measures(
    tmp_path: Path,
) -> None:
    text = (
        "幼稚園新校舍資料\n\n項目編號\n所屬地區\n地點\n\n課室數 /\n樓面面積\n\n預計落成日期\n\n"
        "A1\n\n南區\n\n海濱道3號\n\n設有5間課室 /\n\n620平方米\n\n2027年3月\n\n"
        "A2\n\n東區\n山景路10號\n地下\n\n設有7間課室 /\n\n840平方米\n\n2028年1月\n"
    )
    found = drafted(tmp_path, text, None, None)
    got = {(f.name, f.raw, f.year, f.segment) for f in found}
    assert got == {
        ("课室数（A1）", "设有5间课室", 2027, "学前"),
        ("楼面面积（A1）", "620平方米", 2027, "学前"),
        ("课室数（A2）", "设有7间课室", 2028, "学前"),
        ("楼面面积（A2）", "840平方米", 2028, "学前"),
    }


def test_a_column_of_two_measures_splits_in_a_table_of_any_layout(tmp_path: Path) -> None:
    """`课室数目/ (地盘面积)` over `设有30个课室/ (约6 400平方米)` in a ruled pipe table: two
    measures, each its own column, each row dated by `预计最早落成日期`."""
    text = (
        "计划中的新小学校舍\n"
        "项目编号 | 所属区域 | 课室数目/ (地盘面积) | 预计最早落成日期 |\n---|\n"
        "PS1 | 北区 | 设有30个课室/ (约6 400平方米) | 2027年 (暂定) |\n"
        "PS2 | 北区 | 设有24个课室/ (约5 500平方米) | 2028年 (暂定) |\n"
    )
    got = {(f.name, f.raw, f.year, f.segment) for f in drafted(tmp_path, text, None, None)}
    assert got == {
        ("课室数目（PS1）", "设有30个课室", 2027, "小学"),
        ("地盘面积（PS1）", "约6 400平方米", 2027, "小学"),
        ("课室数目（PS2）", "设有24个课室", 2028, "小学"),
        ("地盘面积（PS2）", "约5 500平方米", 2028, "小学"),
    }


NUMBERED = "\n".join([
    "地区 年度安排",
    "项目校数 班数 学生数 校舍面积 新增学位数 投资额",
    "合计 新建 扩建 合计 其中:",
    "省级补助",
    "其中:县级配套",
    "平方米 万元 万元 万元",
    "1 2 3 4 5 6 7 8 9 10",
    "{total} 5 2 3 40 1800 9600 900 2500 2100 {own}",
    "丙县 5 2 3 40 1800 9600 900 2500 2100 400",
])  # fmt: skip


def test_a_form_with_numbered_columns_splits_the_columns_its_totals_add_up_in(
    tmp_path: Path,
) -> None:
    """Header lines over a line of column numbers: the sub-columns (`合计 新建 扩建`) are the
    ones whose total is the sum of the figures after it; the units line gives the columns
    that count nothing their units; a total row repeating its one row is read once."""
    got = drafted(tmp_path, NUMBERED.format(total="合计", own="400"), base=None, target=2024)
    assert [(f.name, f.raw, f.unit) for f in got] == [
        ("项目校数（丙县）", "5", None),
        ("项目校数新建（丙县）", "2", None),
        ("项目校数扩建（丙县）", "3", None),
        ("班数（丙县）", "40", None),
        ("学生数（丙县）", "1800", None),
        ("校舍面积（丙县）", "9600", "平方米"),
        ("新增学位数（丙县）", "900", None),
        ("投资额（丙县）", "2500", "万元"),
        ("投资额省级补助（丙县）", "2100", "万元"),
        ("投资额县级配套（丙县）", "400", "万元"),
    ]
    assert {f.year for f in got} == {2024}


def test_a_numbered_form_whose_totals_do_not_add_up_is_no_table(tmp_path: Path) -> None:
    """Where no one way of splitting the columns makes each total the sum of its parts, the
    names cannot be laid over the figures: nothing is read from the rows."""
    got = drafted(tmp_path, NUMBERED.format(total="合计", own="700"), base=None, target=2024)
    assert got == []


def test_a_total_row_over_rows_that_differ_is_read_with_them(tmp_path: Path) -> None:
    """Only a total row repeating the one row under it is read once: two places are two
    rows, each read."""
    got = drafted(tmp_path, NUMBERED.format(total="丁县", own="400"), base=None, target=2024)
    assert [f.name for f in got][:2] == ["项目校数（丁县）", "项目校数新建（丁县）"]
    assert len(got) == 20


def test_a_numbered_form_may_letter_its_label_column(tmp_path: Path) -> None:
    text = NUMBERED.format(total="合计", own="400").replace("\n1 2 3", "\n甲 1 2 3")
    got = drafted(tmp_path, text, base=None, target=2024)
    assert [(f.name, f.raw) for f in got][-2:] == [
        ("投资额省级补助（丙县）", "2100"),
        ("投资额县级配套（丙县）", "400"),
    ]


def test_a_count_of_schools_to_build_in_a_plans_table_is_made_over_its_period() -> None:
    """`规划建设…学校（所）` in a table of a plan's targets is how many it builds by then, as
    `新建…` is; a stock (`优质学校`) and a rate (`…建设达标率`) stay levels."""
    assert table_scope("规划建设示范性高中（所）", "6左右", "所", False) == "cumulative"
    assert table_scope("规划建设示范性高中（所）", "6左右", "所", True) == "per_year"
    assert table_scope("示范性高中（所）", "6", "所", False) == "level"
    assert table_scope("标准化学校建设达标率（%）", "95", "%", False) == "level"


def test_a_value_in_square_brackets_is_the_periods_total(tmp_path: Path) -> None:
    """`[1.8]` under a target year in a `(万个)` row, as tables mark a total over the period
    (`[ ]内为累计数`): the number inside, cumulative; a bare cell beside it is a level."""
    text = "\n".join([
        "指标\t2025年\t2030年\t属性",
        "普惠性幼儿园覆盖率（%）\t91\t94\t约束性",
        "新增公办学位（万个）\t—\t[1.8]\t预期性",
        "注：[ ]内为五年累计数。",
    ])  # fmt: skip
    got = drafted(tmp_path, text, base=2025, target=2030)
    assert [(f.raw, f.year, f.scope) for f in got] == [
        ("94", 2030, "level"),
        ("[1.8]", 2030, "cumulative"),
    ]
    assert table_scope("新增公办学位", "〔1.8〕", "万个", one_year=True) == "cumulative"


def test_a_web_table_whose_cells_end_with_a_tab_and_a_break_is_read_row_by_row(
    tmp_path: Path,
) -> None:
    """Each row opens on a line of its own, its other cells on lines opening with a tab (two may
    share one), a bare tab closes it; a first cell may wrap onto a second line (`普通` / `学校`).
    A category cell that spanned rows leaves the rows below short, and a name cell that spanned
    its stages' rows leaves theirs short; the level headers' last level is the name."""
    text = "\n".join([
        "某区规划", "一级指标", "\t二级指标", "\t2020年", "\t2025年", "\t",
        "入学机会", "\t托位覆盖率（%）\t61.5", "\t70", "\t",
        "学位达标率（%）", "\t88", "\t95", "\t",
        "生师比差异系数", "\t小学段", "\t0.42", "\t0.38", "\t",
        "初中段", "\t0.37", "\t0.33", "\t",
        "办学质量", "\t标准化学校比例（%）", "\t90.5", "\t97", "\t",
        "普通", "学校", "\t12", "\t15", "\t",
        "下一段文字。",
    ])  # fmt: skip
    rows = grid(tmp_path, text)
    assert rows[0] == ("一级指标", "二级指标", "2020年", "2025年")
    assert rows[-1][0] == "普通\n学校"
    assert [brief(f) for f in drafted(tmp_path, text)][:5] == [
        ("托位覆盖率（%）", None, "70", 2025, "61.5"),
        ("学位达标率（%）", None, "95", 2025, "88"),
        ("生师比差异系数", "小学", "0.38", 2025, "0.42"),
        ("生师比差异系数", "初中", "0.33", 2025, "0.37"),
        ("标准化学校比例（%）", None, "97", 2025, "90.5"),
    ]


def test_cells_set_apart_by_gaps_that_do_not_line_up_are_read_in_their_order(
    tmp_path: Path,
) -> None:
    text = "\n".join([
        "指标          2020年    2025年    属性",
        "小学入学率（%）   97.5      99        约束性",
        "幼儿园教师持证率（%）     88      95        预期性",
        "初中辍学率（%）   0.6       0.2       约束性",
    ])  # fmt: skip
    got = drafted(tmp_path, text)
    assert [(*brief(f), f.attribute) for f in got] == [
        ("小学入学率（%）", "小学", "99", 2025, "97.5", "约束性"),
        ("幼儿园教师持证率（%）", "学前", "95", 2025, "88", "预期性"),
        ("初中辍学率（%）", "初中", "0.2", 2025, "0.6", "约束性"),
    ]


def test_a_category_printed_once_over_its_rows_with_unaligned_gaps_heads_each_row(
    tmp_path: Path,
) -> None:
    text = "\n".join([
        "类别  指标  2020年  2025年  属性",
        "基础教育  小学入学率（%）  97.5  99  约束性",
        "幼儿园教师持证率（%）  88  95  预期性",
        "职业教育  中职毕业生就业率（%）  90  ≥95  预期性",
    ])  # fmt: skip
    got = drafted(tmp_path, text)
    assert [(*brief(f), f.category) for f in got] == [
        ("小学入学率（%）", "小学", "99", 2025, "97.5", "基础教育"),
        ("幼儿园教师持证率（%）", "学前", "95", 2025, "88", "基础教育"),
        ("中职毕业生就业率（%）", "中职", "≥95", 2025, "90", "职业教育"),
    ]


def test_a_tab_that_ends_a_row_as_wide_as_the_header_is_its_empty_last_cell(
    tmp_path: Path,
) -> None:
    text = "\n".join([
        "指标\t2020年\t2025年\t备注",
        "初中生体质达标率（%）\t90\t94\t",
        "社区学院数（所）\t3\t5\t含分院",
    ])  # fmt: skip
    assert grid(tmp_path, text)[1] == ("初中生体质达标率（%）", "90", "94", "")
    got = drafted(tmp_path, text)
    assert [brief(f) for f in got] == [
        ("初中生体质达标率（%）", "初中", "94", 2025, "90"),
        ("社区学院数（所）", None, "5", 2025, "3"),
    ]


def test_lines_indented_under_headings_with_no_bare_tab_closing_them_are_no_table(
    tmp_path: Path,
) -> None:
    """Short lines opened by a tab under headings of their own are a page's paragraphs, not
    the cells of a web table: no bare tab closes them. What the review section says stays a
    result, the baseline of the goal that names it."""
    text = "\n".join([
        "某镇教育发展规划（2021—2025年）",
        "一、发展基础",
        "\t全镇小学入学率达到97.4%。",
        "\t新建校舍3处。",
        "二、规划目标",
        "\t到2025年，全镇小学入学率达到99%。",
        "\t新建校舍5处。",
        "三、实施步骤",
        "\t分两期推进。",
        "\t逐年评估。",
    ])  # fmt: skip
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    assert not [b for b in read_document(path).blocks if isinstance(b, Table)]
    records = [d.record for d in draft_document(read_document(path), "mou", ()).records]
    assert [(r.name, r.target.raw, r.baseline and r.baseline.raw) for r in records] == [
        ("小学入学率", "99%", "97.4%"),
        ("新建校舍", "5处", "3处"),
    ]


def test_rows_spaced_under_a_header_with_a_unit_column_and_the_attribute_last(
    tmp_path: Path,
) -> None:
    """`指标 单位 2025年 2030年 属性` over `…巩固率 % 98.5 99 约束性`: the attribute ends each
    row, after the target; a sign printed apart from its number (`≤ 4`) stays with it."""
    text = (
        "指标 单位 2025年 2030年 属性\n"
        "学前三年毛入园率 % 94 97 预期性\n"
        "义务教育巩固率 % 98.5 99 约束性\n"
        "大班额比例 % 1.5 ≤ 1 约束性\n"
    )
    assert [(f.name, f.raw, f.baseline.raw if f.baseline else None, f.attribute) for f in
            drafted(tmp_path, text, 2025, 2030)] == [
        ("学前三年毛入园率", "97", "94", "预期性"),
        ("义务教育巩固率", "99", "98.5", "约束性"),
        ("大班额比例", "≤ 1", "1.5", "约束性"),
    ]  # fmt: skip


def test_a_sub_row_spaced_under_a_category_column_leaves_the_category_cell_empty(
    tmp_path: Path,
) -> None:
    """`其中：初中在校生 万人 2.05 2.31 预期性` under `类别 指标 单位 …`: a cell narrower than the rows
    around it, with no category of its own; the rows after it keep their columns."""
    text = (
        "类别 指标 单位 2020年 2025年 属性\n"
        "义务教育 义务教育在校生 万人 6.42 6.80 预期性\n"
        " 其中：初中在校生 万人 2.05 2.31 预期性\n"
        "义务教育 随迁子女在公办学校就读比例 % 86.0 ≥90 预期性\n"
    )
    assert [(f.name, f.raw, f.baseline.raw if f.baseline else None) for f in
            drafted(tmp_path, text, 2020, 2025)] == [
        ("义务教育在校生", "6.80", "6.42"),
        ("初中在校生", "2.31", "2.05"),
        ("随迁子女在公办学校就读比例", "≥90", "86.0"),
    ]  # fmt: skip


def test_rows_spaced_under_a_category_printed_once_are_rows_of_that_category(
    tmp_path: Path,
) -> None:
    """`类别 指标 单位 2020年 2025年 属性` over `学前教育 学前三年毛入园率 % 91.5 95 预期性` and then
    `普惠性幼儿园覆盖率 % 83.2 90 约束性`: a PDF prints the category once, on its first row (a cell
    merged down); the rows without it are rows of the table all the same."""
    text = (
        "类别 指标 单位 2020年 2025年 属性\n"
        "学前教育 学前三年毛入园率 % 91.5 95 预期性\n"
        "普惠性幼儿园覆盖率 % 83.2 90 约束性\n"
        "义务教育 九年义务教育巩固率 % 96.8 ≥97.5 约束性\n"
        "小学50人以上大班额比例 % 1.2 0 约束性\n"
    )
    assert [(f.name, f.raw, f.baseline.raw if f.baseline else None) for f in
            drafted(tmp_path, text, 2020, 2025)] == [
        ("学前三年毛入园率", "95", "91.5"),
        ("普惠性幼儿园覆盖率", "90", "83.2"),
        ("九年义务教育巩固率", "≥97.5", "96.8"),
        ("小学50人以上大班额比例", "0", "1.2"),
    ]  # fmt: skip


def test_aligned_columns_under_a_two_row_header_of_spans_over_measures(tmp_path: Path) -> None:
    """`片区  现状  近期（2030年）  远期（2035年）` over `园数(所) 学位(个)` three times: the rows
    print six figures apart, so the columns are theirs (the header's spans had merged each
    pair of figures into one cell)."""
    text = "\n".join(
        [
            "片区              现状             近期（2030年）       远期（2035年）",
            "              园数(所) 学位(个)   园数(所) 学位(个)    园数(所) 学位(个)",
            "荷城中心片区      22      6930       23      7290        23      7290",
            "西江新城片区       6      1980       10      3420        14      4860",
        ]
    )
    rows = grid(tmp_path, text)
    assert rows[2] == ("荷城中心片区", "22", "6930", "23", "7290", "23", "7290")
    assert rows[1][1:3] == ("园数(所)", "学位(个)")


def test_a_spaced_indicators_stage_rows_are_rows_of_their_stages(tmp_path: Path) -> None:
    """A PDF's `义务教育校际优质均衡差异系 — 小学 0.38 ≤0.35 约束性` (a cell wider than the header,
    the stage after the unit) over `数 初中 0.32 ≤0.30 约束性` (the name's wrapped end, the next
    stage under the unit): two rows of the indicator, each of its stage (the table had ended
    at the first, and the rows after it were read as prose)."""
    text = (
        "类别 指标 单位 2025年 2030年 属性\n"
        "义务 九年义务教育巩固率 % 99.8 99.9 约束性\n"
        "教育 义务教育校际优质均衡差异系 — 小学 0.38 ≤0.35 约束性\n"
        "数 初中 0.32 ≤0.30 约束性\n"
        "特殊 残疾儿童少年入学率 % 97.5 98 约束性\n"
    )
    assert [brief(f) for f in drafted(tmp_path, text, 2025, 2030)] == [
        ("九年义务教育巩固率", "义务教育", "99.9", 2030, "99.8"),
        ("义务教育校际优质均衡差异系（小学）", "小学", "≤0.35", 2030, "0.38"),
        ("义务教育校际优质均衡差异系（初中）", "初中", "≤0.30", 2030, "0.32"),
        ("残疾儿童少年入学率", None, "98", 2030, "97.5"),
    ]


def test_numbered_rows_spaced_under_a_serial_column_with_the_attribute_last(tmp_path: Path) -> None:
    text = (
        "序号 指标 单位 2025年 2030年 属性\n"
        "1 普惠性幼儿园覆盖率 % 91 93 约束性\n"
        "2 残疾儿童入学率 % 96 98 预期性\n"
    )
    assert [(f.name, f.raw, f.baseline.raw if f.baseline else None) for f in
            drafted(tmp_path, text, 2025, 2030)] == [
        ("普惠性幼儿园覆盖率", "93", "91"),
        ("残疾儿童入学率", "98", "96"),
    ]  # fmt: skip


def test_numbered_rows_set_apart_by_one_wide_space_keep_wrapped_names_words_and_sub_rows(
    tmp_path: Path,
) -> None:
    """Text copied from a PDF, each cell one ideographic space from the next (no column lines
    up): a row whose name ran onto the next line is one row, a target in words beside its
    baseline (`动态清零`) is a row's, and the `其中：` lines, with no number and no attribute, sit
    under the name and year columns (the rows from the first of these on had been lost)."""
    text = (
        "表1　某县“十五五”教育事业发展主要指标\n"
        "序号　指标　单位　2025年（基期）　2030年　属性\n"
        "1　学前三年毛入园率　%　92.6　≥96　预期性\n"
        "2　义务教育56人以上大班额比例　%　0.8　动态清零　约束性\n"
        "3　中等职业学校“双师型”教师占专业课\n"
        "　　教师比例　%　48　≥60　预期性\n"
        "4　中小学专任教师中研究生学历占比　%　—　—　预期性\n"
        "　　其中：小学　%　3.2　6\n"
        "　　　　　初中　%　5.1　10\n"
        "5　新增劳动力平均受教育年限　年　14.1　14.5　预期性\n"
    )
    assert [(f.name, f.segment, f.raw, f.baseline.raw if f.baseline else None) for f in
            drafted(tmp_path, text, 2025, 2030)] == [
        ("学前三年毛入园率", "学前", "≥96", "92.6"),
        ("义务教育56人以上大班额比例", "义务教育", "动态清零", "0.8"),
        ("中等职业学校“双师型”教师占专业课教师比例", "中职", "≥60", "48"),
        ("中小学专任教师中研究生学历占比", "小学", "6", "3.2"),
        ("中小学专任教师中研究生学历占比", "初中", "10", "5.1"),
        ("新增劳动力平均受教育年限", None, "14.5", "14.1"),
    ]  # fmt: skip


def test_spaced_rows_under_a_header_in_words_numbered_or_with_sub_rows_attributed(
    tmp_path: Path,
) -> None:
    """Under a header set apart by ideographic spaces: a row with both values in words (`全覆盖
    全覆盖 约束性`, which had lost the whole table), numbered rows with no attribute column, `其中：`
    rows that print their own attribute, and a header a row's column lines up with by chance."""
    words = (
        "序号　指标　单位　2025年（基期）　2030年　属性\n"
        "1　学前三年毛入园率　%　92.6　≥96　预期性\n"
        "2　义务教育56人以上大班额比例　%　全覆盖　全覆盖　约束性\n"
        "3　中小学专任教师中研究生学历占比　%　—　—　预期性\n"
        "　　其中：小学　%　3.2　6　预期性\n"
        "　　　　　初中　%　5.1　10　预期性\n"
    )
    assert [(f.name, f.raw) for f in drafted(tmp_path, words, 2025, 2030)] == [
        ("学前三年毛入园率", "≥96"),
        ("义务教育56人以上大班额比例", "全覆盖"),
        ("中小学专任教师中研究生学历占比", "6"),
        ("中小学专任教师中研究生学历占比", "10"),
    ]
    numbered = (
        "序号　指标　单位　2025年　2030年\n"
        "1　学前三年毛入园率　%　92.6　≥96\n"
        "2　义务教育56人以上大班额比例　%　0.8　动态清零\n"
        "3　新增劳动力平均受教育年限　年　14.1　14.5\n"
    )
    assert [(f.name, f.raw, f.baseline.raw if f.baseline else None) for f in
            drafted(tmp_path, numbered, 2025, 2030)] == [
        ("学前三年毛入园率", "≥96", "92.6"),
        ("义务教育56人以上大班额比例", "动态清零", "0.8"),
        ("新增劳动力平均受教育年限", "14.5", "14.1"),
    ]  # fmt: skip
    chance = (
        "表1　某县“十五五”教育事业发展主要指标\n"
        "序号　指标　单位　2025年（基期）　2030年　属性\n"
        "1　学前三年毛入园率　%　92.6　≥96　预期性\n"
        "2　义务教育巩固率　%　98.5　99.5　约束性\n"
        "3　普惠性幼儿园覆盖率　%　90　≥92　预期性\n"
    )
    assert [f.raw for f in drafted(tmp_path, chance, 2025, 2030)] == ["≥96", "99.5", "≥92"]


def test_a_statistics_table_with_measure_columns_each_cell_closed_by_a_tab_line(
    tmp_path: Path,
) -> None:
    """A page's markup indented, each cell closed by a tab on a line of its own, the unit of a
    header cell on the next line (`投资规模` / `（亿元）`): the columns are measures named with
    their units or as counts and shares, and the lines of spaces are indentation, not cells."""
    cell = "\n    \n        {}\n    \n\t"
    lines = ["项目类型", "项目个数（项）", "投资规模", "（亿元）", "占总投资比例"]
    lines += ["合计", "191", "10.581", "1", "交\xa0 通", "40", "0.7828", "0.074"]
    lines += ["水\xa0 利", "19", "0.8163", "0.077"]
    text = "按项目类型划分投资规模统计表\n" + "".join(cell.format(x) for x in lines)
    assert grid(tmp_path, text) == (
        ("项目类型", "项目个数（项）", "投资规模（亿元）", "占总投资比例"),
        ("合计", "191", "10.581", "1"),
        ("交通", "40", "0.7828", "0.074"),
        ("水利", "19", "0.8163", "0.077"),
    )


def test_stage_columns_make_the_rows_the_indicators(tmp_path: Path) -> None:
    """`指标 | 小学 | 初中` under a title that dates its targets: each row is an indicator, in
    its row's unit, each column a stage (it drafted nothing, and with 目标 in the title it
    named each value `小学（生均校舍建筑面积（平方米））`)."""
    text = "\n".join(
        [
            "到2030年，义务教育学校办学条件达到以下标准：",
            "指标\t小学\t初中",
            "生均校舍建筑面积（平方米）\t7.5\t9.8",
            "生均教学仪器设备值（元）\t2500\t3200",
        ]
    )
    found = drafted(tmp_path, text)
    assert [(*brief(f)[:4], f.unit) for f in found] == [
        ("生均校舍建筑面积（平方米）", "小学", "7.5", 2030, "平方米"),
        ("生均校舍建筑面积（平方米）", "初中", "9.8", 2030, "平方米"),
        ("生均教学仪器设备值（元）", "小学", "2500", 2030, "元"),
        ("生均教学仪器设备值（元）", "初中", "3200", 2030, "元"),
    ]


def test_a_growth_column_named_with_its_period_is_no_target_column(tmp_path: Path) -> None:
    """`“十四五”年均增长（%）` and `2021-2025年均增长` beside `2020年 | 2025年` give the growth the
    two columns imply, not a second 2025 value (it drafted `2.3` as 2.3万人 in 2025)."""
    for growth in ("“十四五”年均增长（%）", "2021-2025年均增长（%）"):
        text = "\n".join(
            [
                "“十四五”时期主要指标",
                f"指标\t2020年\t2025年\t{growth}\t属性",
                "小学在校生数（万人）\t2.1\t2.35\t2.3\t预期性",
            ]
        )
        assert [brief(f) for f in drafted(tmp_path, text)] == [
            ("小学在校生数（万人）", "小学", "2.35", 2025, "2.1")
        ], growth


def test_years_over_stage_columns_pair_each_stages_baseline_and_target(tmp_path: Path) -> None:
    """`2020年 | 2025年` each over `小学 | 初中`, as a web page's colspan prints it: one record
    per indicator and stage, its baseline the same stage's (it drafted both stages' targets
    with no stage and the 小学 baseline for each)."""
    path = tmp_path / "plan.html"
    path.write_text(
        "<html><body><p>主要指标</p><table>"
        '<tr><td rowspan="2">指标</td><td colspan="2">2020年</td><td colspan="2">2025年</td></tr>'
        "<tr><td>小学</td><td>初中</td><td>小学</td><td>初中</td></tr>"
        "<tr><td>生师比</td><td>17.5</td><td>13.2</td><td>17</td><td>12.5</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    found, _ = read_all(read_document(path), header())
    assert [brief(f) for f in found] == [
        ("生师比", "小学", "17", 2025, "17.5"),
        ("生师比", "初中", "12.5", 2025, "13.2"),
    ]
    (quote,) = {f.quote for f in found}
    assert quote == "生师比\t17.5\t13.2\t17\t12.5"


def test_a_text_header_printing_each_year_once_over_its_stages_keeps_its_cells_in_place(
    tmp_path: Path,
) -> None:
    """Copied as text, a year spanning two stage columns leaves an empty cell after it and
    the row's last empty cells are cut off (`指标\t2020年\t\t2025年`): the years stay over their
    own columns (the name cell was repeated into the row, shifting the years right)."""
    text = "\n".join(
        [
            "主要指标",
            "指标\t2020年\t\t2025年",
            "\t小学\t初中\t小学\t初中",
            "生师比\t17.5\t13.2\t17\t12.5",
        ]
    )
    assert grid(tmp_path, text)[0] == ("指标", "2020年", "", "2025年", "")
    assert [brief(f) for f in drafted(tmp_path, text)] == [
        ("生师比", "小学", "17", 2025, "17.5"),
        ("生师比", "初中", "12.5", 2025, "13.2"),
    ]


def test_a_short_row_of_two_figures_per_cell_repeats_its_name_not_its_first_figures(
    tmp_path: Path,
) -> None:
    """A row left short under a category column (`高水平中职学校/高水平专业（所/个） | 6/19 |
    5/16`): `6/19` is the row's figures, so the name spans the category, as in a row of plain
    figures (`6/19` was repeated as a label, and named the records `6` and `19`)."""
    text = "\n".join(
        [
            "类别\t指标\t2020年\t2025年",
            "更优质的教育\t省一级幼儿园比例（%）\t11.51\t14",
            "高水平中职学校/高水平专业（所/个）\t6/19\t5/16",
        ]
    )
    assert grid(tmp_path, text)[2][:2] == ("高水平中职学校/高水平专业（所/个）",) * 2
    assert [brief(f) for f in drafted(tmp_path, text)][1:] == [
        ("高水平中职学校（所）", "中职", "5", 2025, "6"),
        ("高水平专业（个）", "中职", "16", 2025, "19"),
    ]


def test_a_stage_row_under_a_row_with_its_stage_is_the_same_indicators(tmp_path: Path) -> None:
    """`普通高中 | 12.81 | 21` under `…研究生学历的比例 | 初中 | …`: the indicator's next stage,
    not an indicator named 普通高中."""
    text = "\n".join(
        [
            "指标\t学段\t2020年\t2025年",
            "教师中研究生学历的比例（%）\t初中\t3.48\t8",
            "普通高中\t12.81\t21",
        ]
    )
    assert [brief(f) for f in drafted(tmp_path, text)] == [
        ("教师中研究生学历的比例（%）", "初中", "8", 2025, "3.48"),
        ("教师中研究生学历的比例（%）", "高中段", "21", 2025, "12.81"),
    ]


def test_a_column_of_words_among_the_values_takes_no_label_from_the_rows_start(
    tmp_path: Path,
) -> None:
    """`一级指标 | 二级指标 | 现状（2020年）| 目标（2025年）| 变化 | 指标属性`: `变化` names no role,
    but it stands among the values, so the rows' labels are their first two cells (the
    category was taken for the name's column and lost, and with it the stage it names)."""
    text = "\n".join(
        [
            "一级指标\t二级指标\t现状（2020年）\t目标（2025年）\t变化\t指标属性",
            "学前教育\t毛入园率（%）\t92.5\t≥96\t+3.5\t约束性",
            "\t普惠率（%）\t85\t90\t+5\t约束性",
            "义务教育\t巩固率（%）\t98.6\t99\t+0.4\t约束性",
        ]
    )
    assert [brief(f) for f in drafted(tmp_path, text)] == [
        ("毛入园率（%）", "学前", "≥96", 2025, "92.5"),
        ("普惠率（%）", "学前", "90", 2025, "85"),
        ("巩固率（%）", "义务教育", "99", 2025, "98.6"),
    ]


def test_the_header_printed_again_where_the_table_runs_onto_a_new_page_is_no_row(
    tmp_path: Path,
) -> None:
    """`指标 | 2020年 | 2025年 | 属性` again among the rows, as a table copied across a page break
    prints it: no record (it drafted `指标` with the value `2025年`)."""
    text = "\n".join(
        [
            "指标\t2020年\t2025年\t属性",
            "义务教育巩固率（%）\t99\t100\t约束性",
            "指标\t2020年\t2025年\t属性",
            "高中阶段毛入学率（%）\t97\t99\t预期性",
        ]
    )
    assert [brief(f) for f in drafted(tmp_path, text)] == [
        ("义务教育巩固率（%）", "义务教育", "100", 2025, "99"),
        ("高中阶段毛入学率（%）", "高中段", "99", 2025, "97"),
    ]


def test_stage_columns_under_a_title_of_what_stood_are_no_targets(tmp_path: Path) -> None:
    """`截止到2020年底…如下：`, `到2020年底…达到以下水平：` over `指标 | 小学 | 初中` in a
    2021–2025 plan are statistics; `到2025年…达到以下标准：` sets targets."""
    rows = "指标\t小学\t初中\n生均校舍建筑面积（平方米）\t7.5\t9.8\n生均教学仪器设备值（元）\t2500\t3200"
    for title in (
        "截止到2020年底，全区学校办学条件如下：",
        "到2020年底，全区学校办学条件达到以下水平：",
    ):
        assert drafted(tmp_path, f"{title}\n{rows}") == [], title
    found = drafted(tmp_path, f"到2025年，全区学校办学条件达到以下标准：\n{rows}")
    assert [(f.name, f.segment, f.raw) for f in found][:2] == [
        ("生均校舍建筑面积（平方米）", "小学", "7.5"),
        ("生均校舍建筑面积（平方米）", "初中", "9.8"),
    ]


def test_places_under_stage_columns_are_named_by_column_and_row(tmp_path: Path) -> None:
    """`镇街 | 幼儿园 | 小学` over `东城街道 | 2 | 3`: the rows are places, not indicators, so each
    value is named by its column and row, as any column table's."""
    text = "各镇街新建学校计划（单位：所）\n镇街\t幼儿园\t小学\n东城街道\t2\t3\n西城街道\t1\t4"
    assert [(f.name, f.segment, f.raw) for f in drafted(tmp_path, text)] == [
        ("幼儿园（东城街道）", "学前", "2"),
        ("小学（东城街道）", "小学", "3"),
        ("幼儿园（西城街道）", "学前", "1"),
        ("小学（西城街道）", "小学", "4"),
    ]


def test_a_layout_plans_columns_named_by_its_phases_are_due_at_their_ends(tmp_path: Path) -> None:
    """`街道 | 现状小学（所） | 近期新建小学（所） | 远期新建小学（所）` in a plan whose 近期 ends in
    2030 and 远期 in 2035: the counts of what stands are no targets, each phase's column is
    due at the phase's end (the table had been read as one of baselines, and drafted nothing)."""
    text = "\n".join(
        [
            "某市义务教育学校布局专项规划（2026—2035年）",
            "规划期限为2026—2035年。其中，近期为2026—2030年，远期为2031—2035年。",
            "表4-1  各街道规划新建学校情况",
            "街道\t现状小学（所）\t近期新建小学（所）\t远期新建小学（所）",
            "梧桐街道\t9\t2\t1",
            "凤鸣街道\t7\t1\t2",
        ]
    )
    got = [
        (f.name, f.raw, f.year) for f in drafted(tmp_path, text, None, 2035) if f.kind == "table"
    ]
    assert got == [
        ("近期新建小学（梧桐街道）", "2", 2030),
        ("远期新建小学（梧桐街道）", "1", 2035),
        ("近期新建小学（凤鸣街道）", "1", 2030),
        ("远期新建小学（凤鸣街道）", "2", 2035),
    ]


def test_stages_under_places_or_a_header_printed_again_are_read_as_they_stand() -> None:
    """Only years, baselines or targets over stages are turned into a row per stage (not
    `东城 | 西城`); the header printed again among the rows is left out of them."""
    from plancmp.draft.table_parts import stage_rows

    places = Table(
        (
            ("项目", "东城", "", "西城", ""),
            ("", "小学", "初中", "小学", "初中"),
            ("新建学校（所）", "2", "1", "3", "1"),
        )
    )
    assert stage_rows(places, None) == (places, None)
    header = (("指标", "2020年", "", "2025年", ""), ("", "小学", "初中", "小学", "初中"))
    table = Table((*header, ("生师比", "17.5", "13.2", "17", "12.5"), *header))
    staged, _ = stage_rows(table, None)
    assert staged.rows == (
        ("学段", "指标", "2020年", "2025年"),
        ("小学", "生师比", "17.5", "17"),
        ("初中", "生师比", "13.2", "12.5"),
    )


def test_a_row_left_short_of_its_attribute_keeps_its_values_under_their_years(
    tmp_path: Path,
) -> None:
    """`普惠性幼儿园覆盖率 % 85 90` under `指标 单位 2020年 2025年 属性`: a copy that dropped the
    empty attribute cell leaves the values where they are printed (85 was read as the target,
    without its %), in tabs or in spaces; in spaces a short row no longer makes the rows a
    table of columns by position, which had read no target at all."""
    rows = [
        ["指标", "单位", "2020年", "2025年", "属性"],
        ["学前教育毛入园率", "%", "92", "95", "预期性"],
        ["普惠性幼儿园覆盖率", "%", "85", "90"],
        ["九年义务教育巩固率", "%", "98.5", "99", "约束性"],
    ]
    for sep in ("\t", "  "):
        text = "表1 主要发展指标\n" + "\n".join(sep.join(r) for r in rows) + "\n"
        got = [
            (f.name, f.raw, f.unit, f.baseline.raw if f.baseline else None)
            for f in drafted(tmp_path, text)
        ]
        assert got[1] == ("普惠性幼儿园覆盖率", "90", "%", "85"), sep
        assert len(got) == 3
    rows[2] = ["普惠性幼儿园覆盖率", "85", "90"]  # no unit and no attribute
    rows.insert(3, ["公办园在园幼儿占比", "%", "—", "55", "预期性"])
    for sep in ("\t", "  "):
        text = "表1 主要发展指标\n" + "\n".join(sep.join(r) for r in rows) + "\n"
        got = [
            (f.name, f.raw, f.baseline.raw if f.baseline else None) for f in drafted(tmp_path, text)
        ]
        assert got == [
            ("学前教育毛入园率", "95", "92"),
            ("普惠性幼儿园覆盖率", "90", "85"),
            ("公办园在园幼儿占比", "55", None),
            ("九年义务教育巩固率", "99", "98.5"),
        ], sep


def test_stages_over_a_baseline_and_a_target_beside_a_standard(tmp_path: Path) -> None:
    """`小学 | 初中` each over `现状（2022年） | 目标（2026年）`, after a `国家标准` column: a row per
    indicator and stage, its baseline the same stage's; the standard the table's own targets
    are set against is no target (it had drafted `（1）`, `（2）` of no stage, and the stages'
    targets had no stage)."""
    html = (
        "<html><body><h1>某县义务教育优质均衡发展创建规划</h1><table>"
        '<tr><td rowspan="2">指标</td><td rowspan="2">国家标准</td>'
        '<td colspan="2">小学</td><td colspan="2">初中</td></tr>'
        "<tr><td>现状（2022年）</td><td>目标（2026年）</td><td>现状（2022年）</td>"
        "<td>目标（2026年）</td></tr>"
        "<tr><td>生均体育运动场馆面积（㎡）</td><td>小学≥7.5，初中≥10.2</td>"
        "<td>8.1</td><td>8.5</td><td>9.6</td><td>10.5</td></tr>"
        "</table></body></html>"
    )
    path = tmp_path / "plan.html"
    path.write_text(html, encoding="utf-8")
    found, _ = read_all(read_document(path), header(2022, 2026))
    assert [(f.name, f.segment, f.raw, f.baseline.raw if f.baseline else None) for f in found] == [
        ("生均体育运动场馆面积（㎡）", "小学", "8.5", "8.1"),
        ("生均体育运动场馆面积（㎡）", "初中", "10.5", "9.6"),
    ]
    text = "\n".join(
        [
            "指标\t小学\t\t初中\t",
            "\t现状\t目标\t现状\t目标",
            "生均体育运动场馆面积（㎡）\t8.1\t8.5\t9.6\t10.5",
        ]
    )
    assert [
        (f.segment, f.raw, f.baseline.raw if f.baseline else None)
        for f in drafted(tmp_path, text, 2022, 2026)
    ] == [("小学", "8.5", "8.1"), ("初中", "10.5", "9.6")]


def test_a_stage_over_one_column_beside_other_headers_is_no_stages_header() -> None:
    """A header whose one stage stands over a single column among other words over targets
    (`小学 | 近期 | 近期 | 国家标准` over `目标值 | 目标值 | 目标值 | 目标（2026年）`) is no header of
    stages over years: the table is left as it stands (it had stopped the draft with an
    internal error)."""
    from plancmp.draft.table_parts import stage_rows

    table = Table(
        (
            ("小学", "近期", "近期", "国家标准"),
            ("目标值", "目标值", "目标值", "目标（2026年）"),
            ("九年一贯制", "48", "近期", ""),
        )
    )
    assert stage_rows(table, None) == (table, None)


def test_a_target_column_named_a_standard_alone_is_the_tables_targets(tmp_path: Path) -> None:
    """`2025年目标标准` as the only target column: the table's own targets, no yardstick beside
    them (it had drafted none)."""
    text = "表1 主要指标\n指标\t2020年\t2025年目标标准\n生均教学仪器设备值（元）\t1856\t2300\n"
    assert [(f.raw, f.baseline.raw if f.baseline else None) for f in drafted(tmp_path, text)] == [
        ("2300", "1856")
    ]


def test_a_row_that_ends_on_its_attribute_lacks_another_cell(tmp_path: Path) -> None:
    """`普惠性幼儿园覆盖率 85 90 约束性` under `指标 单位 2020年 2025年 属性`: the row has its
    attribute, so the cell it lacks is the unit, not the attribute (约束性 had been read as the
    target)."""
    text = (
        "表1 主要发展指标\n指标\t单位\t2020年\t2025年\t属性\n"
        "普惠性幼儿园覆盖率\t85\t90\t约束性\n九年义务教育巩固率\t%\t98.5\t99\t约束性\n"
    )
    got = [(f.raw, f.baseline.raw if f.baseline else None) for f in drafted(tmp_path, text)]
    assert got == [("90", "85"), ("99", "98.5")]


def test_a_provinces_standard_beside_the_present_values_is_the_tables_target(
    tmp_path: Path,
) -> None:
    """`省定标准 | 2023年现状` in a plan to meet the province's standards: the standard is the
    target and the present value its baseline (no row was drafted: only 国家/省/省级标准 were
    read as targets). Prose that dates the same figures (`到2026年，…分别不高于0.50、0.45`) tells
    the rows again, whose header names no year in a plan due in two years: one target each
    (the rows had stood apart)."""
    html = (
        "<html><body><h1>某县创建义务教育优质均衡发展县实施方案</h1>"
        "<p>到2025年底，资源配置指标基本达到省定标准；"
        "到2026年，小学、初中校际差异系数分别不高于0.50、0.45。</p>"
        "<p>附表　某县资源配置指标现状与省定标准对照表</p><table>"
        '<tr><th rowspan="2">指标</th><th rowspan="2">学段</th><th rowspan="2">省定标准</th>'
        '<th colspan="2">2023年现状</th></tr>'
        "<tr><th>县域均值</th><th>达标校数/学校数</th></tr>"
        '<tr><td rowspan="2">生均教学及辅助用房面积（平方米）</td><td>小学</td><td>≥4.5</td>'
        "<td>4.62</td><td>35/46</td></tr>"
        "<tr><td>初中</td><td>≥5.8</td><td>5.41</td><td>8/14</td></tr>"
        '<tr><td rowspan="2">校际差异系数</td><td>小学</td><td>≤0.50</td><td>0.53</td><td>—</td></tr>'
        "<tr><td>初中</td><td>≤0.45</td><td>0.47</td><td>—</td></tr>"
        "</table></body></html>"
    )
    path = tmp_path / "plan.html"
    path.write_text(html, encoding="utf-8")
    got = draft_document(read_document(path), "plan", list(plancmp.load().catalog)).records
    assert [
        (d.record.name, d.record.segment, d.record.target.raw, d.record.target.year) for d in got
    ] == [
        ("生均教学及辅助用房面积（平方米）", "小学", "≥4.5", 2026),
        ("生均教学及辅助用房面积（平方米）", "初中", "≥5.8", 2026),
        ("校际差异系数", "小学", "≤0.50", 2026),
        ("校际差异系数", "初中", "≤0.45", 2026),
    ]
    assert [d.record.baseline.raw for d in got if d.record.baseline] == [
        "4.62", "5.41", "0.53", "0.47",
    ]  # fmt: skip


def test_rows_named_by_a_year_are_that_years_tasks(tmp_path: Path) -> None:
    """`年度 | 新建改扩建公办园（所） | 新增公办学位（个）` over rows `2024年`, `2025年`: each row's
    figures are due in its year, one year's amounts, named by their column (they were named
    `新增公办学位（2024年）` and all dated the plan's end)."""
    text = "\n".join([
        "某县2024—2026年公办幼儿园建设年度任务表",
        "年度\t新建改扩建公办园（所）\t新增公办学位（个）\t备注",
        "2024年\t4\t1200\t含城区第三幼儿园",
        "2025年度\t5\t1400\t",
    ])  # fmt: skip
    got = drafted(tmp_path, text, base=2023, target=2026)
    assert [(f.name, f.raw, f.unit, f.year, f.scope) for f in got] == [
        ("新建改扩建公办园", "4", "所", 2024, "per_year"),
        ("新增公办学位", "1200", "个", 2024, "per_year"),
        ("新建改扩建公办园", "5", "所", 2025, "per_year"),
        ("新增公办学位", "1400", "个", 2025, "per_year"),
    ]


def test_rows_named_by_years_to_come_are_a_schedule_though_nothing_names_a_task(
    tmp_path: Path,
) -> None:
    """`年度 | 综合督导中小学校数（所） | 专项督导（次）` over `2026 | 24 | 3`, `2027 | 24 | 4` under a
    caption of an arrangement (`…年度安排表`): rows of years after the plan's base year are what
    each year is to do, though no column or caption says 目标 or 新建 (the table drafted
    nothing); a table whose rows are years past stays one of results."""
    text = "\n".join([
        "表2　某县学校督导年度安排表",
        "年度\t综合督导中小学校数（所）\t专项督导（次）",
        "2026\t24\t3",
        "2027\t24\t4",
    ])  # fmt: skip
    got = drafted(tmp_path, text, base=2025, target=2030)
    assert [(f.name, f.raw, f.year) for f in got] == [
        ("综合督导中小学校数", "24", 2026),
        ("专项督导", "3", 2026),
        ("综合督导中小学校数", "24", 2027),
        ("专项督导", "4", 2027),
    ]
    assert drafted(tmp_path, text, base=2027, target=2030) == []


def test_a_column_of_what_there_is_now_is_the_baseline() -> None:
    """`2024年现有 | 2029年目标` in a text whose years are unknown: what there is now is the
    baseline, not a target of 2024 (it drafted 市级名师 62 beside 100)."""
    from plancmp.draft.table_header import read_header

    assert [
        c.role for c in read_header(["层次", "单位", "2024年现有", "2029年目标"], None, None)
    ] == [
        "label",
        "unit",
        "base",
        "target",
    ]


_PHASED_PLAN = (
    "某市中心城区中小学布局规划（2021—2035年）",
    "规划分近期（2021—2025年）和远期（2026—2035年）两个阶段实施。",
)
"""A layout plan's title and the phases it defines (近期 to 2025, 远期 to 2035)."""


def test_a_layout_plans_schedule_column_dates_each_school_by_year_or_phase(
    tmp_path: Path,
) -> None:
    """`建设时序` of a layout plan whose 近期 is 2021—2025年 and 远期 2026—2035年: a school marked
    `2024年` is due then, one marked `近期` or `远期` at its phase's end (all were dated 2035)."""
    text = "\n".join([
        *_PHASED_PLAN,
        "表6-1　中心城区规划新建中小学校一览表",
        "序号 | 学校名称 | 学段 | 办学规模（班） | 学位（个） | 建设时序",
        "1 | 甲小学 | 小学 | 36 | 1620 | 近期",
        "2 | 乙小学 | 小学 | 30 | 1350 | 2024年",
        "3 | 丙中学 | 初中 | 30 | 1500 | 远期",
    ])  # fmt: skip
    got = draft_document(read_document(write(tmp_path, text)), "plan", []).records
    assert [(d.record.target.raw, d.record.target.year) for d in got] == [
        ("36", 2025), ("1620", 2025), ("30", 2024), ("1350", 2024), ("30", 2035), ("1500", 2035),
    ]  # fmt: skip


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_short_cell_of_a_projects_list_is_no_subhead_of_an_earlier_result(
    tmp_path: Path,
) -> None:
    """A page reviews last year's projects (`…工程 | 覆盖率达到100% | 已完成`), then lists this
    year's (`校内午餐 | 中小学校内午餐供餐覆盖率达到100%`): the short cell is a target of its own,
    not a news subhead restating the earlier 100% (it was dropped)."""
    html = (
        "<html><body><h1>某区教育民生实事项目</h1><h3>一、2024年项目完成情况</h3><table>"
        "<tr><th>序号</th><th>项目</th><th>目标</th><th>完成情况</th></tr>"
        "<tr><td>1</td><td>中小学食堂“明厨亮灶”工程</td><td>覆盖率达到100%</td>"
        "<td>已完成，覆盖全区86所中小学</td></tr>"
        "<tr><td>2</td><td>近视防控教室照明改造</td><td>改造教室照明600间</td><td>完成640间</td></tr>"
        "</table><h3>二、2025年教育民生实事项目安排</h3><table>"
        "<tr><th>序号</th><th>项目名称</th><th>2025年目标</th><th>责任单位</th></tr>"
        "<tr><td>1</td><td>校内午餐</td><td>中小学校内午餐供餐覆盖率达到100%</td><td>区教育局</td></tr>"
        "<tr><td>2</td><td>暑期托管</td><td>开设暑期托管班不少于40个</td><td>区教育局</td></tr>"
        "</table></body></html>"
    )
    path = tmp_path / "plan.html"
    path.write_text(html, encoding="utf-8")
    got = draft_document(read_document(path), "plan", []).records
    assert [(d.record.name, d.record.target.raw, d.record.target.year) for d in got] == [
        ("中小学校内午餐供餐覆盖率", "100%", 2025),
        ("开设暑期托管班", "不少于40个", 2025),
    ]


def test_rows_named_by_a_republic_of_china_school_year_are_that_years(tmp_path: Path) -> None:
    """`學年度 | 新設園數 | 增加招收名額` over rows `113`, `114`: each row is the school year's,
    民國113學年度 opening in 2024 (they were named `新设园数（113）` and left undated)."""
    text = "\n".join([
        "某縣擴大設置非營利幼兒園第三期計畫（113學年度至116學年度）",
        "參、分年度目標",
        "學年度\t新設園數\t增加招收名額",
        "113\t3\t270",
        "114\t4\t300",
    ])  # fmt: skip
    got = draft_document(read_document(write(tmp_path, text)), "plan", []).records
    assert [(d.record.name, d.record.target.raw, d.record.target.year) for d in got] == [
        ("新设园数", "3", 2024),
        ("增加招收名额", "270", 2024),
        ("新设园数", "4", 2025),
        ("增加招收名额", "300", 2025),
    ]


def test_a_table_whose_rows_are_only_stages_is_of_the_indicator_its_caption_names(
    tmp_path: Path,
) -> None:
    """`表2  某区…校际综合差异系数` over `学段 | 国家标准 | 现状（2023年） | 2025年目标` with rows
    `小学`, `初中`: each row is that indicator's, of its stage (no row was drafted)."""
    text = "\n".join([
        "表2  某区义务教育学校资源配置校际综合差异系数",
        "学段\t国家标准\t现状（2023年）\t2025年目标",
        "小学\t≤0.50\t0.46\t≤0.45",
        "初中\t≤0.45\t0.41\t≤0.40",
    ])  # fmt: skip
    got = drafted(tmp_path, text, base=2023, target=2025)
    assert [brief(f) for f in got] == [
        ("某区义务教育学校资源配置校际综合差异系数", "小学", "≤0.45", 2025, "0.46"),
        ("某区义务教育学校资源配置校际综合差异系数", "初中", "≤0.40", 2025, "0.41"),
    ]


def test_a_column_summing_the_yearly_targets_is_the_total_due_in_the_last_year(
    tmp_path: Path,
) -> None:
    """`项目 | 单位 | 2024年 | 2025年 | 2026年 | 三年合计`: the total is a target of its own, due
    with the last year and counted over the years (it was not read)."""
    text = "\n".join([
        "表2 2024—2026年普惠托位建设年度任务",
        "项目\t单位\t2024年\t2025年\t2026年\t三年合计",
        "新增普惠性托位\t个\t250\t300\t350\t900",
        "新建社区嵌入式托育服务点\t个\t4\t5\t6\t15",
    ])  # fmt: skip
    found = drafted(tmp_path, text, base=2023, target=2026)
    got = [(f.name, f.raw, f.year) for f in found if f.name.endswith("（合计）")]
    assert got == [
        ("新增普惠性托位（合计）", "900", 2026),
        ("新建社区嵌入式托育服务点（合计）", "15", 2026),
    ]
    assert len(found) == 8


def test_a_base_years_row_and_a_rates_last_year_are_no_targets(tmp_path: Path) -> None:
    """A row named by the year before the plan (`2023年 | 48 | 11500` in a plan of 2024—2026)
    is where things stand, no target; a `三年合计` that is no sum of the years (a rate's `70`
    after `50 | 60 | 70`) is that rate again, no total."""
    text = "\n".join([
        "年度\t新建幼儿园（所）\t新增学位（个）",
        "2023年\t48\t11500",
        "2024年\t2\t900",
    ])  # fmt: skip
    assert [(f.raw, f.year) for f in drafted(tmp_path, text, base=2023, target=2026)] == [
        ("2", 2024), ("900", 2024),
    ]  # fmt: skip
    text = "\n".join([
        "项目\t单位\t2024年\t2025年\t2026年\t三年合计",
        "普惠托位覆盖率\t%\t50\t60\t70\t70",
    ])  # fmt: skip
    assert [(f.raw, f.year) for f in drafted(tmp_path, text, base=2023, target=2026)] == [
        ("50", 2024), ("60", 2025), ("70", 2026),
    ]  # fmt: skip


def test_schedule_cells_of_spans_and_phrases_and_captions_of_boxes(tmp_path: Path) -> None:
    """A `建设时序` cell of a span (`2024—2025年`) is due at its end and one naming a phase in a
    phrase (`近期建设`) at the phase's end; a table whose rows are stages under a box's caption
    (`专栏3 …校际综合差异系数（单位：%）`) is named without the box's number and the unit note."""
    text = "\n".join([
        *_PHASED_PLAN,
        "学校名称 | 学段 | 学位（个） | 建设时序",
        "甲小学 | 小学 | 1620 | 2024—2025年",
        "乙小学 | 小学 | 1350 | 近期建设",
    ])  # fmt: skip
    got = draft_document(read_document(write(tmp_path, text)), "plan", []).records
    assert [(d.record.target.raw, d.record.target.year) for d in got] == [
        ("1620", 2025),
        ("1350", 2025),
    ]
    text = "\n".join([
        "专栏3  某区义务教育学校校际综合差异系数（单位：%）",
        "学段\t现状（2023年）\t2025年目标",
        "小学\t0.46\t≤0.45",
    ])  # fmt: skip
    assert [f.name for f in drafted(tmp_path, text, base=2023, target=2025)] == [
        "某区义务教育学校校际综合差异系数"
    ]


def test_a_year_column_named_its_base_or_its_aim_heads_a_table_copied_a_cell_a_line(
    tmp_path: Path,
) -> None:
    """`指标` / `2025年基数` / `2026年` / `2027年`, one cell a line: a year with 基数 (or 基准值,
    实际值, 完成值) names a column of values as `2025年基期值` did, so the table is read (it was
    left as lines of text, and its yearly targets lost)."""
    for base in ("2025年基数", "2025年基准值", "2025年完成值"):
        text = "\n".join(["指标", base, "2026年", "2027年", "学前三年毛入园率（%）", "93.4",
                          "95", "96", "普惠性幼儿园覆盖率（%）", "89.1", "90.5", "92"])  # fmt: skip
        assert grid(tmp_path, text) == (
            ("指标", base, "2026年", "2027年"),
            ("学前三年毛入园率（%）", "93.4", "95", "96"),
            ("普惠性幼儿园覆盖率（%）", "89.1", "90.5", "92"),
        )


def test_years_over_measures_give_a_row_for_each_label_and_measure(tmp_path: Path) -> None:
    """A layout plan's `现状（2025年） | 近期（2027年）`, each over `学校数（所） | 学位数（个）`: each
    stage's count of schools and of places, with its baseline (the measures' row had been read
    as a row of words, and every value named by the caption). A PDF may print the second cell
    of a year's merged header as the measure below it: the same table."""
    for second in ("现状（2025年）", "学位数（个）"):
        text = "\n".join([
            "学段\t现状（2025年）\t" + second + "\t近期（2027年）\t近期（2027年）",
            "学段\t学校数（所）\t学位数（个）\t学校数（所）\t学位数（个）",
            "幼儿园\t186\t47,100\t178\t46,800",
            "小学\t97\t80,200\t95\t84,600",
        ])  # fmt: skip
        assert [brief(f) for f in drafted(tmp_path, text, 2025, 2035)] == [
            ("幼儿园学校数（所）", "学前", "178", 2027, "186"),
            ("幼儿园学位数（个）", "学前", "46,800", 2027, "47,100"),
            ("小学学校数（所）", "小学", "95", 2027, "97"),
            ("小学学位数（个）", "小学", "84,600", 2027, "80,200"),
        ]


def test_a_note_printed_as_an_indicator_tables_last_row_is_no_indicator(tmp_path: Path) -> None:
    """`注：特殊教育学校生均公用经费国家基本标准为每生每年6000元` spanning an indicator table's last row:
    a note (it drafted 6000元 named by the whole note, once for each year)."""
    note = "注：特殊教育学校生均公用经费国家基本标准为每生每年6000元。"
    text = "\n".join([
        "指标\t2025年\t2030年",
        "残疾儿童少年入学率（%）\t96\t98",
        "\t".join([note] * 3),
    ])  # fmt: skip
    assert [brief(f)[:4] for f in drafted(tmp_path, text, 2025, 2030)] == [
        ("残疾儿童少年入学率（%）", None, "98", 2030)
    ]


def test_years_over_bare_measures_or_places_and_a_category_before_the_stage(tmp_path: Path) -> None:
    """Measures printed without a unit (`学校 | 班级`) are measures too, each row named by the
    lead column nearest the values (`学段` after `类别`); columns of places (`城区 | 乡村`) are no
    measures, and such a table stays as printed."""
    text = "\n".join([
        "类别\t学段\t2025年\t2025年\t2030年\t2030年",
        "类别\t学段\t学校\t班级\t学校\t班级",
        "义务教育\t小学\t97\t1800\t95\t1900",
        "义务教育\t初中\t38\t800\t40\t860",
    ])  # fmt: skip
    assert [brief(f)[0] + f"@{f.raw}" for f in drafted(tmp_path, text, 2025, 2030)] == [
        "小学学校@95", "小学班级@1900", "初中学校@40", "初中班级@860",
    ]  # fmt: skip
    places = text.replace("学校\t班级\t学校\t班级", "城区\t乡村\t城区\t乡村")
    assert not any("城区" in brief(f)[0] for f in drafted(tmp_path, places, 2025, 2030))


def test_a_task_tables_deadline_column_dates_its_row_and_names_nothing(tmp_path: Path) -> None:
    """`任务 | 具体目标 | 计划完成时间 | 牵头单位`: each row's target is due in the year its
    deadline cell names (`2026年底`, `2027年6月`, `2027年9月底前`, `2027年6月30日前`, `2026年上半年`),
    or the plan's end when the cell names none or a start (`长期坚持`, `2026年起`). A short target
    cell before the deadline cell is the target, not the row's name (`完成20所中小学食堂改造` was
    read as a label and dropped). A count a term is read from its period word as a yearly one
    (`每学期开展应急疏散演练不少于2次`, data/README.md)."""
    rows = [
        ("1", "一键报警", "中小学幼儿园一键式紧急报警装置覆盖率达到100%", "2026年底"),
        ("2", "专职保安", "专职保安员配备率达到100%", "2027年6月"),
        ("3", "食堂改造", "完成20所中小学食堂改造", "2027年9月底前"),
        ("4", "应急演练", "每学期开展应急疏散演练不少于2次", "长期坚持"),
        ("5", "食品安全", "学校食堂量化等级A级比例达到90%以上", "2026年起"),
        ("6", "视频监控", "视频监控系统联网率达到100%", "2027年6月30日前"),
        ("7", "护学岗", "护学岗设置率达到100%", "2026年上半年"),
    ]
    cells = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in (*row, "县教育局")) + "</tr>" for row in rows
    )
    page = (
        "<html><body><h1>某县校园安全三年行动计划（2026—2028年）</h1><p>重点任务清单</p><table>"
        "<tr><th>序号</th><th>任务</th><th>具体目标</th><th>计划完成时间</th><th>牵头单位</th></tr>"
        f"{cells}</table></body></html>"
    )
    path = tmp_path / "plan.html"
    path.write_text(page, encoding="utf-8")
    got = draft_document(read_document(path), "plan", []).records
    assert [(d.record.target.raw, d.record.target.year) for d in got] == [
        ("100%", 2026),
        ("100%", 2027),
        ("20所", 2027),
        ("每学期开展应急疏散演练不少于2次", 2028),
        ("90%以上", 2028),
        ("100%", 2027),
        ("100%", 2026),
    ]
    # what a row makes by its deadline is made over the years to it, and the row is named by
    # its task, not its number
    assert [(d.record.target.scope, d.record.source.section) for d in got][2] == (
        "cumulative",
        "重点任务清单 / 食堂改造",
    )


def test_a_table_breaking_an_indicator_down_by_place_names_each_places_own(
    tmp_path: Path,
) -> None:
    """`各县市区公办幼儿园在园幼儿占比目标分解表` over `序号 | 县市区 | 2025年现状（%） | 2027年目标（%）`:
    each row is that place's share, in the unit its header prints (rows had been named by the
    place alone, with no unit), without the caption's place (`某市各县（市、区）`); the whole's
    row (`全市`), which the main table gave with the same baseline, is no second record."""
    main = Table(
        (("指标", "单位", "2025年", "2027年"), ("公办幼儿园在园幼儿占比", "%", "52.3", "56")),
        title="表1 主要指标",
    )
    broken = Table(
        (
            ("序号", "县市区", "2025年现状（%）", "2027年目标（%）"),
            ("1", "甲阳区", "48.6", "52"),
            ("2", "乙溪经开区", "36.5", "45"),
            ("", "全市", "52.3", "56"),
        ),
        title="表2 某市各县（市、区）公办幼儿园在园幼儿占比目标分解表",
    )
    got = drafted_under("某市基础教育发展规划（2026—2027年）", "二、主要目标", main, broken)
    assert [(d.record.name, d.record.target.raw, d.record.target.value.unit) for d in got] == [
        ("公办幼儿园在园幼儿占比", "56", "%"),
        ("甲阳区公办幼儿园在园幼儿占比", "52", "%"),
        ("乙溪经开区公办幼儿园在园幼儿占比", "45", "%"),
    ]


def test_rows_alike_in_two_tables_but_for_their_baselines_are_each_tables_own() -> None:
    """`表1 小学主要发展指标` and `表2 初中主要发展指标` both print `新建学校（所） | 3 | 6` and
    `| 2 | 6`: the same name, target and year, but other baselines, are two records (the
    second had been merged into the first as a row printed again)."""

    def table(title: str, base: str) -> Table:
        return Table((("指标", "2025年", "2028年"), ("新建学校（所）", base, "6")), title=title)

    got = drafted_under(
        "某县基础教育发展规划（2026—2028年）",
        "二、主要目标",
        table("表1 小学主要发展指标", "3"),
        table("表2 初中主要发展指标", "2"),
    )
    assert [(d.record.target.raw, d.record.baseline and d.record.baseline.raw) for d in got] == [
        ("6", "3"),
        ("6", "2"),
    ]


def test_a_breakdowns_whole_row_with_no_baseline_is_the_main_tables_row_again() -> None:
    """Neither table gives a baseline: the whole's row (`全市 | 56`) is the main table's record
    printed again, one record (it had been drafted twice)."""
    main = Table(
        (("指标", "单位", "2028年目标值"), ("公办幼儿园在园幼儿占比", "%", "56")), title="表1"
    )
    broken = Table(
        (
            ("序号", "县市区", "2028年（%）"),
            ("1", "甲阳区", "52"),
            ("2", "乙溪县", "60"),
            ("", "全市", "56"),
        ),
        title="表2 各县（市、区）公办幼儿园在园幼儿占比目标分解表",
    )
    got = drafted_under("某市学前教育发展规划（2026—2028年）", "二、主要目标", main, broken)
    assert [d.record.target.raw for d in got] == ["56", "52", "60"]


def test_a_table_of_areas_with_a_two_row_header_and_a_deadline_column() -> None:
    """`片区 | 新建、改扩建学校（所） | 新增学位（个）` over `片区 | … | 合计 | 小学 | 初中 | 完成时限`:
    each area's figures, named by both header rows and due in the year its deadline cell names
    (`完成时限` had been read as a baseline column, so the table drafted nothing, and the second
    header row had been read as a row of figures)."""
    table = Table(
        (
            ("片区", "新建、改扩建学校（所）", "新增学位（个）", "新增学位（个）", "完成时限"),
            ("片区", "新建、改扩建学校（所）", "小学", "初中", "完成时限"),
            ("东部片区", "6", "2430", "3240", "2027年8月"),
            ("高新片区", "5", "2700", "2160", "2028年8月"),
        ),
        title="表2 分片区新建、改扩建学校及新增学位计划表",
    )
    got = drafted_under(
        "某区义务教育学位供给保障三年行动方案（2026—2028年）", "三、重点任务", table
    )
    assert [(d.record.name, d.record.target.raw, d.record.target.year) for d in got] == [
        ("新建、改扩建学校（东部片区）", "6", 2027),
        ("新增学位小学（东部片区）", "2430", 2027),
        ("新增学位初中（东部片区）", "3240", 2027),
        ("新建、改扩建学校（高新片区）", "5", 2028),
        ("新增学位小学（高新片区）", "2700", 2028),
        ("新增学位初中（高新片区）", "2160", 2028),
    ]


def test_a_row_of_the_base_year_in_a_table_of_yearly_rows_sets_no_target() -> None:
    """`年度 | 学前三年毛入园率 | …` over `2025年（基期） | 95.8` and `2026年 | 96.5`: the base
    year's row is where things stand (it had been drafted as targets of the plan's last year)."""
    table = Table(
        (
            ("年度", "学前三年毛入园率（%）", "新增公办学位（个）"),
            ("2025年（基期）", "95.8", "—"),
            ("2026年", "96.5", "900"),
            ("2027年", "97", "1080"),
        ),
        title="表 某区学前教育三年行动分年度目标",
    )
    got = drafted_under("某区学前教育三年行动计划（2026—2028年）", "二、年度目标", table)
    assert [(d.record.target.raw, d.record.target.year) for d in got] == [
        ("96.5", 2026),
        ("900", 2026),
        ("97", 2027),
        ("1080", 2027),
    ]


def test_a_table_copied_a_cell_a_line_with_categories_merged_after_the_number(
    tmp_path: Path,
) -> None:
    """`序号 | 类别 | 指标 | …`, one cell a line, each 类别 printed once over its rows: a row's
    number stays under 序号 and its category is the one above (the category had taken the
    number's column and the number the category's, and the table ended at the next row); a
    name with a figure inside many words (`义务教育56人以上大班额`) is a name, and `动态清零` a
    value (the table had stopped at that row)."""
    cells = ["序号", "类别", "指标", "单位", "2025年", "2030年",
             "1", "学前教育", "学前三年毛入园率", "%", "99.1", "≥99.5",
             "2", "普惠性幼儿园覆盖率", "%", "93.6", "95以上",
             "3", "义务教育", "义务教育56人以上大班额", "个", "0", "动态清零",
             "4", "九年义务教育巩固率", "%", "99.8", "100"]  # fmt: skip
    assert grid(tmp_path, "\n".join(cells)) == (
        ("序号", "类别", "指标", "单位", "2025年", "2030年"),
        ("1", "学前教育", "学前三年毛入园率", "%", "99.1", "≥99.5"),
        ("2", "学前教育", "普惠性幼儿园覆盖率", "%", "93.6", "95以上"),
        ("3", "义务教育", "义务教育56人以上大班额", "个", "0", "动态清零"),
        ("4", "义务教育", "九年义务教育巩固率", "%", "99.8", "100"),
    )


def test_a_spaced_table_under_a_drawn_rule_with_a_count_before_its_years(tmp_path: Path) -> None:
    """`设区市 县（市、区）数 截至2025年已通过 2026年 2027年 2028年 累计 占比` over a rule of dashes:
    the rule ends the header's paragraph (it had run into the first row, `----…临淮市`), the rows
    below it are the table's, a row as wide as the header with its last cell filled has every
    cell in its column though a label column holds a figure (the years had moved one column to
    the right, 68.2 read as the 累计), and that figure (`22` counties) is no word of the name."""
    rule = "-" * 88  # as wide as the rows, longer than any title
    text = "\n".join([
        "各设区市督导评估任务分解表",
        "                                                        单位：个、%",
        "设区市    县（市、区）数  截至2025年已通过    2026年   2027年   2028年   累计   占比",
        rule,
        "临淮市    22              4                   3        4        4        15     68.2",
        "清渠市    18              3                   2        4        4        13     72.2",
        "合  计    40              7                   5        8        8        28     70.0",
        rule,
    ])  # fmt: skip
    assert [brief(f) for f in drafted(tmp_path, text, 2025, 2028)] == [
        ("临淮市设区市督导评估", None, "3", 2026, "4"),
        ("临淮市设区市督导评估", None, "4", 2027, "4"),
        ("临淮市设区市督导评估", None, "4", 2028, "4"),
        ("清渠市设区市督导评估", None, "2", 2026, "3"),
        ("清渠市设区市督导评估", None, "4", 2027, "3"),
        ("清渠市设区市督导评估", None, "4", 2028, "3"),
        ("设区市督导评估", None, "5", 2026, "7"),
        ("设区市督导评估", None, "8", 2027, "7"),
        ("设区市督导评估", None, "8", 2028, "7"),
    ]


def test_a_column_of_required_frequencies_holds_targets() -> None:
    """`检查主体 | 检查方式 | 频次要求`: how often each check is to be made is the plan's target,
    as a plan's prose frequencies are (the table had been read as text: `每学期` taken for a
    name, `每月不少于1次` lost)."""
    table = Table(
        (
            ("检查主体", "检查方式", "频次要求"),
            ("区市场监管局", "日常监督检查", "每学期不少于2次"),
            ("学校（幼儿园）", "食品安全自查", "每周至少1次"),
        ),
        title="表2 校园食品安全检查频次",
    )
    got = drafted_under("某区校园食品安全工作方案（2026—2027年）", "三、主要任务", table)
    assert [(d.record.name, d.record.target.raw) for d in got] == [
        ("区市场监管局日常监督检查", "每学期不少于2次"),
        ("食品安全自查", "每周至少1次"),  # 学校（幼儿园） reads as its stage
    ]


def test_a_three_line_tables_title_is_the_line_above_its_top_rule(tmp_path: Path) -> None:
    """`表2  各县（市、区）…创建计划` over a rule, the header, a rule and the rows (a three-line
    table): the caption above the top rule titles the table, as it does with no rule between
    (the rows had been named by their place alone)."""
    rule = "-" * 72
    text = "\n".join([
        "表2  各县（市、区）义务教育优质均衡发展县创建计划",
        rule,
        "县（市、区）   学校数   截至2025年已达标   2026年   2027年   2028年   累计",
        rule,
        "甲县           45       20                 8        9        8        45",
        "乙区           38       18                 6        7        7        38",
        rule,
    ])  # fmt: skip
    got = drafted(tmp_path, text, 2025, 2028)
    assert {f.name for f in got} == {
        "甲县义务教育优质均衡发展县创建计划",
        "乙区义务教育优质均衡发展县创建计划",
    }


def test_a_rule_drawn_a_run_of_dashes_a_column_is_no_row(tmp_path: Path) -> None:
    """`----------  ----  --------` under a header printed again atop the table's next page
    (`续表1`): a rule, each column's run of dashes apart (it had been drafted as a row)."""
    rule = "----------  ----  --------------------------  ------  --------  --------"
    text = "\n".join([
        "表1  某市教育事业发展主要指标",
        "类别        序号  指标                        单位    2025年    2030年",
        rule,
        "学前教育    1     学前三年毛入园率            %       92.6      ≥95",
        "",
        "续表1",
        "类别        序号  指标                        单位    2025年    2030年",
        rule,
        "义务教育    2     九年义务教育巩固率          %       96.8      97.5",
    ])  # fmt: skip
    got = [(f.name, f.raw) for f in drafted(tmp_path, text, 2025, 2030)]
    assert got == [("学前三年毛入园率", "≥95"), ("九年义务教育巩固率", "97.5")]


def test_a_standard_beside_an_assessments_result_is_no_target() -> None:
    """`评估指标 | 国家标准 | 禾湾区现状 | 自评结果` in a self-assessment: the national floors are
    what the district was measured against (they had been drafted as its targets); a 国家标准
    column beside no result and no own target is still read as the table's targets."""
    assessed = Table(
        (
            ("序号", "评估指标", "国家标准", "禾湾区现状", "自评结果"),
            ("1", "学前三年毛入园率", "≥85%", "97.35%", "达标"),
            ("2", "普惠性幼儿园覆盖率", "≥80%", "92.17%", "达标"),
        ),
        title="表1 主要指标自评情况",
    )
    got = drafted_under(
        "某区学前教育普及普惠督导评估自评报告", "三、对照评估指标自评情况", assessed
    )
    assert got == []
    plain = Table(
        (
            ("序号", "评估指标", "国家标准", "禾湾区现状"),
            ("1", "学前三年毛入园率", "≥85%", "97.35%"),
        ),
        title="表1 主要指标",
    )
    got = drafted_under("某区学前教育普及普惠督导评估自评报告", "三、对照评估指标自评情况", plain)
    assert [d.record.target.raw for d in got] == ["≥85%"]


def test_a_schedule_of_kinds_of_works_by_year_is_no_project_list() -> None:
    """`建设内容 | 单位 | 2026年 | 2027年 | 2028年 | 备注` over kinds of works (`新建、改扩建学校
    食堂 | 所 | 8 | 7 | 5`): a plan's yearly targets (the table had been read as a list of
    projects and drafted nothing); named projects' yearly investment under the same header
    (`县第一中学新校区建设 | 万元 | 5000 | 8000 | 3000`) is still a project list; rows counted in
    several units after a row number (`序号 | 建设内容 | … | 合计`) are yearly targets."""
    header = ("建设内容", "单位", "2026年", "2027年", "2028年", "备注")
    works = Table(
        (header, ("新建、改扩建学校食堂", "所", "8", "7", "5", "含餐厅及附属用房")),
        title="表2 年度建设任务",
    )
    got = drafted_under("某县农村学校暖心工程三年计划（2026—2028年）", "二、目标任务", works)
    assert [(d.record.target.raw, d.record.target.year) for d in got] == [
        ("8", 2026),
        ("7", 2027),
        ("5", 2028),
    ]
    invested = Table(
        (header, ("县第一中学新校区建设", "万元", "5000", "8000", "3000", "续建")),
        title="重点教育建设项目年度投资计划",
    )
    assert drafted_under("某县教育事业发展规划（2026—2028年）", "二、目标任务", invested) == []
    # rows counted in several units, money among them, after a row number: yearly targets too
    numbered = Table((
        ("序号", "建设内容", "单位", "2026年", "2027年", "2028年", "合计"),
        ("1", "新建（改造）智慧教室", "间", "120", "160", "120", "400"),
        ("2", "数字校园示范校", "所", "6", "8", "10", "24"),
        ("3", "年度投入资金", "万元", "3200", "3600", "3000", "9800"),
    ))  # fmt: skip
    got = drafted_under("某区教育数字化转型行动计划（2026—2028年）", "二、目标任务", numbered)
    assert [(d.record.target.raw, d.record.target.year) for d in got][:4] == [
        ("120", 2026), ("160", 2027), ("120", 2028), ("400", 2028),
    ]  # fmt: skip
    assert len(got) == 12


def test_a_word_table_a_cell_a_line_with_dated_header_cells_and_a_parts_line(
    tmp_path: Path,
) -> None:
    """A Word table copied one cell a line with no blank lines: `现状值` / `（2025年）` is one
    header cell, dating its column; a value cell's second line `其中乡村学校≥15` is a part's
    target; a yearly change and a goal in words are values, though their words are many."""
    text = "\n".join([
        "序号", "领域", "指标", "单位", "现状值", "（2025年）", "目标值", "（2030年）", "牵头单位",
        "1", "普及水平", "学前三年毛入园率", "%", "97.8", "≥98.5", "县教育局",
        "2", "队伍建设", "骨干教师占专任教师比例", "%", "18", "≥22", "其中乡村学校≥15", "县教育局",
        "3", "健康发展", "儿童青少年总体近视率", "%", "53.4", "每年降低1个百分点以上", "县卫健局",
        "4", "县域义务教育优质均衡发展", "—", "未通过", "通过国家督导评估", "县人民政府",
    ])  # fmt: skip
    rows = grid(tmp_path, text)
    assert rows[0][4:6] == ("现状值（2025年）", "目标值（2030年）")
    assert rows[2][4:6] == ("18", "≥22\n其中乡村学校≥15")
    assert [brief(f) for f in drafted(tmp_path, text)] == [
        ("学前三年毛入园率", "学前", "≥98.5", 2030, "97.8"),
        ("骨干教师占专任教师比例（乡村学校）", None, "≥15", 2030, None),
        ("骨干教师占专任教师比例", None, "≥22", 2030, "18"),
        ("儿童青少年总体近视率", None, "每年降低1个百分点以上", 2030, "53.4"),
        ("县域义务教育优质均衡发展", "义务教育", "通过国家督导评估", 2030, None),
    ]


def test_a_target_cell_with_a_parts_target_after_the_wholes_gives_each() -> None:
    """`≥22，其中乡村学校≥15`: the whole's target keeps the row's baseline; the part, named
    by the row and its part, has none of its own."""
    table = Table((
        ("指标", "2025年", "2030年"),
        ("骨干教师比例（%）", "18", "≥22，其中乡村学校≥15"),
        ("专任教师本科学历比例（%）", "80", "≥90（其中小学达到85%）"),
    ))  # fmt: skip
    got = [
        (r.record.name, r.record.segment, r.record.target.raw,
         r.record.baseline.raw if r.record.baseline else None)
        for r in drafted_under("某县教育发展规划（2026—2030年）", "主要指标", table)
    ]  # fmt: skip
    assert got == [
        ("骨干教师比例（乡村学校）", None, "≥15", None),
        ("骨干教师比例（%）", None, "≥22", "18"),
        ("专任教师本科学历比例（小学）", "小学", "85%", None),
        ("专任教师本科学历比例（%）", None, "≥90", "80"),
    ]


def test_columns_padded_by_a_count_of_characters_are_read_in_their_order(
    tmp_path: Path,
) -> None:
    """Each line prints five cells set apart by spaces, padded to a count of characters, not
    to a width, so no column lines up: the cells are read in their order."""
    text = "\n".join(
        [
            "指标                                    单位    2025年    2030年              属性",
            "学前三年毛入园率                          %       98.6      ≥99                 预期性",
            "省二级及以上幼儿园在园幼儿覆盖面            %       78.5      85                  预期性",
            "九年义务教育巩固率                        %       99.2      ≥99.5               约束性",
            "儿童青少年总体近视率                        %       51.6      每年下降0.5个百分点以上  约束性",
        ]
    )
    assert grid(tmp_path, text)[1:3] == (
        ("学前三年毛入园率", "%", "98.6", "≥99", "预期性"),
        ("省二级及以上幼儿园在园幼儿覆盖面", "%", "78.5", "85", "预期性"),
    )
    assert [brief(f)[2:] for f in drafted(tmp_path, text, 2025, 2030)] == [
        ("≥99", 2030, "98.6"),
        ("85", 2030, "78.5"),
        ("≥99.5", 2030, "99.2"),
        ("每年下降0.5个百分点以上", 2030, "51.6"),
    ]


def test_an_indicator_whose_qizhong_rows_carry_its_values_heads_them(tmp_path: Path) -> None:
    """`X` / `其中：小学` / `0.38` / `≤0.35` / `约束性` / `初中` / …, a cell a line with no blank
    lines: X has no cells of its own and names the stage rows below it, which keep their
    category; a yearly change the plan strives for (`力争每年降低1个百分点`) is a value cell."""
    text = "\n".join([
        "类别", "指标", "2025年", "2030年", "属性",
        "义务教育", "九年义务教育巩固率（%）", "98.9", "99.3", "约束性",
        "义务教育学校校际综合差异系数", "其中：小学", "0.38", "≤0.35", "约束性",
        "初中", "0.31", "≤0.30", "约束性",
        "学生发展", "儿童青少年总体近视率（%）", "49.8", "力争每年降低1个百分点", "约束性",
    ])  # fmt: skip
    assert grid(tmp_path, text)[2:5] == (
        ("义务教育", "义务教育学校校际综合差异系数", "", "", ""),
        ("义务教育", "其中：小学", "0.38", "≤0.35", "约束性"),
        ("义务教育", "初中", "0.31", "≤0.30", "约束性"),
    )
    assert [brief(f) for f in drafted(tmp_path, text, 2025, 2030)] == [
        ("九年义务教育巩固率（%）", "义务教育", "99.3", 2030, "98.9"),
        ("义务教育学校校际综合差异系数", "小学", "≤0.35", 2030, "0.38"),
        ("义务教育学校校际综合差异系数", "初中", "≤0.30", 2030, "0.31"),
        ("儿童青少年总体近视率（%）", None, "力争每年降低1个百分点", 2030, "49.8"),
    ]


def test_a_standard_for_each_stage_side_by_side_is_due_the_plans_year(tmp_path: Path) -> None:
    """`序号 | 指标 | 小学 | 初中`, no year over the stages, under a title that names none and no
    word of a target: the bounds its cells print (`≥30`) make them standards to meet, each a
    target of its stage, due the plan's year."""
    text = "\n".join(
        [
            "表1 义务教育学校资源配置指标标准",
            "序号\t指标\t小学\t初中",
            "1\t生均图书（册）\t≥30\t≥45",
            "\t县域校际综合差异系数\t≤0.50\t≤0.45",
        ]
    )
    assert [brief(f) for f in drafted(tmp_path, text, 2025, 2030)] == [
        ("生均图书（册）", "小学", "≥30", 2030, None),
        ("生均图书（册）", "初中", "≥45", 2030, None),
        ("县域校际综合差异系数", "小学", "≤0.50", 2030, None),
        ("县域校际综合差异系数", "初中", "≤0.45", 2030, None),
    ]


def test_a_goal_of_being_about_equal_is_a_value_cell(tmp_path: Path) -> None:
    """`普职招生比 | — | 6.2:3.8 | 大体相当`, one cell a line: `大体相当` is the row's goal in words,
    a value cell, and the rows after it are read (the table had ended there)."""
    text = "\n\n".join([
        "序号", "指标名称", "单位", "2025年", "2030年", "属性",
        "1", "普职招生比", "—", "6.2:3.8", "大体相当", "预期性",
        "2", "中小学生体质健康测试优良率", "%", "52.7", "≥60", "约束性",
        "3", "残疾儿童少年义务教育入学率", "%", "97.8", "≥98", "约束性",
    ])  # fmt: skip
    assert [f.raw for f in drafted(tmp_path, text, 2025, 2030)] == ["大体相当", "≥60", "≥98"]


YEAR_PROJECTS = "\n".join([
    "某县2027年中小学幼儿园建设项目计划",
    "",
    "\t".join(("序号", "项目名称", "建设性质", "建设内容及规模", "新增学位（个）", "总投资（万元）",
               "2027年计划投资（万元）", "建设起止年限")),
    "\t".join(("1", "城南小学新建工程", "新建", "占地40亩，建筑面积2.4万平方米，36个班", "1620",
               "12000", "5000", "2026.03—2027.08")),
    "\t".join(("2", "第二高级中学新建工程", "新建", "占地150亩，建筑面积9.6万平方米，60个班",
               "3000", "58000", "18000", "2026.06—2028.08")),
    "\t".join(("", "合计", "", "", "4620", "70000", "23000", "")),
])  # fmt: skip


def test_a_years_project_list_sets_each_projects_figures_due_at_its_spans_end(
    tmp_path: Path,
) -> None:
    """A year's list of projects (`2027年计划投资（万元）` beside `建设起止年限`): a programme of
    that year's works, though its projects run over years; each project's places, cost and
    sizes (`建设内容及规模`) are due when its span ends (`2026.06—2028.08`: 2028), named by the
    project, of its stage; its year's money is that year's, of the same stage (it had been of
    none). It had been read as a plan's pipeline: only the totals, the sizes named by no
    project. Works outside a school its name names (`城北小学门前道路建设项目`) are of no stage."""
    path = tmp_path / "plan.txt"
    path.write_text(YEAR_PROJECTS, encoding="utf-8")
    got = [d.record for d in draft_document(read_document(path), "plan", []).records]
    high = [(r.name, r.segment, r.target.raw, r.target.year) for r in got if "高级中学" in r.name]
    assert high == [
        ("第二高级中学新建工程新增学位", "高中段", "3000", 2028),
        ("第二高级中学新建工程总投资", "高中段", "58000", 2028),
        ("第二高级中学新建工程2027年计划投资", "高中段", "18000", 2027),
        ("第二高级中学占地", "高中段", "150亩", 2028),
        ("第二高级中学建筑面积", "高中段", "9.6万平方米", 2028),
        ("第二高级中学班", "高中段", "60个", 2028),
    ]
    road = YEAR_PROJECTS.replace("城南小学新建工程", "城北小学门前道路建设项目")
    path.write_text(road, encoding="utf-8")
    got = [d.record for d in draft_document(read_document(path), "plan", []).records]
    assert {r.segment for r in got if "门前道路" in r.name} == {None}


def test_stage_rows_under_measures_printed_below_spans_of_years_are_named_by_the_measure() -> None:
    """`学段 | 新建(所) | 新增学位(个)` under `近期（2026—2030年）` and `远期（2031—2035年）`: the row of
    measures is the header's second row, not a row of words to draft; each stage's figures are
    named by their measure (`新建`, `新建（九年一贯制）`), due at its span's end, made over the
    span (they had all been named by the table's title, and the measures drafted as goals in
    words)."""
    spans = (
        "",
        "现状（2025年）",
        "近期（2026—2030年）",
        "近期（2026—2030年）",
        "远期（2031—2035年）",
    )
    rows = (
        spans,
        ("学段", "学校数(所)", "新建(所)", "新增学位(个)", "新建(所)"),
        ("小学", "46", "9", "18,900", "6"),
        ("九年一贯制", "6", "2", "4,860", "2"),
    )
    got = drafted_under(
        "某市中小学幼儿园布局规划（2026—2035年）", "三、规划布局", Table(rows, "建设规划汇总表")
    )
    assert [
        (r.record.name, r.record.segment, r.record.target.raw, r.record.target.year,
         r.record.target.scope)
        for r in got
    ] == [
        ("新建", "小学", "9", 2030, "cumulative"),
        ("新建", "小学", "6", 2035, "cumulative"),
        ("新建（九年一贯制）", "义务教育", "2", 2030, "cumulative"),
        ("新建（九年一贯制）", "义务教育", "2", 2035, "cumulative"),
        ("新增学位", "小学", "18,900", 2030, "cumulative"),
        ("新增学位（九年一贯制）", "义务教育", "4,860", 2030, "cumulative"),
    ]  # fmt: skip


def test_a_list_of_schools_due_in_the_autumn_they_open_sets_each_schools_figures() -> None:
    """`学校名称 | … | 投用时间` over `第九实验小学 | … | 2027年秋季`: a list of schools to build, each
    due in the autumn it opens, its figures named by the school (a list named by `学校名称`,
    not `项目名称`, had drafted nothing, and `2027年秋季` had named no year)."""
    rows = (
        (
            "序号",
            "学校名称",
            "建设性质",
            "建筑面积(㎡)",
            "新增学位(个)",
            "总投资(万元)",
            "投用时间",
        ),
        ("1", "郓城县第九实验小学", "新建", "24000", "1620", "11500", "2027年秋季"),
        ("2", "郓城县北城初级中学", "新建", "32000", "1800", "16500", "2029年秋季"),
        ("", "合计", "", "56000", "3420", "28000", ""),
    )
    got = drafted_under(
        "某县义务教育学位供给保障攻坚计划（2027—2030年）",
        "二、目标任务",
        Table(rows, "建设项目计划表"),
    )
    school = [
        (r.record.name, r.record.segment, r.record.target.year)
        for r in got
        if "北城" in r.record.name
    ]
    assert school == [
        ("郓城县北城初级中学建筑面积", "初中", 2029),
        ("郓城县北城初级中学新增学位", "初中", 2029),
        ("郓城县北城初级中学总投资", "初中", 2029),
    ]


def test_a_plans_list_of_schools_with_the_month_each_is_finished_sets_each_schools_figures() -> (
    None
):
    """`学校名称 | 办学规模（班） | 新增学位（个） | 总投资（万元） | 竣工时间` over `…城东小学 | 36 |
    1620 | 13,500 | 2027年8月`: a plan's schools, each due when it is finished (a bare
    `竣工时间` had been read as a list of works done: only its total drafted)."""
    rows = (
        ("序号", "学校名称", "建设性质", "办学规模（班）", "新增学位（个）", "总投资（万元）", "竣工时间"),
        ("1", "桐溪县城东小学", "新建", "36", "1620", "13,500", "2027年8月"),
        ("2", "桐溪县第三初级中学", "新建", "30", "1500", "16,800", "2028年7月"),
        ("", "合计", "", "", "3120", "30,300", ""),
    )  # fmt: skip
    got = drafted_under(
        "某县义务教育学校新改扩建三年行动计划（2026—2028年）",
        "三、建设项目",
        Table(rows, "义务教育学校新改扩建项目表"),
    )
    school = [
        (r.record.name, r.record.segment, r.record.target.raw, r.record.target.year)
        for r in got
        if "第三初级中学" in r.record.name
    ]
    assert school == [
        ("桐溪县第三初级中学办学规模", "初中", "30", 2028),
        ("桐溪县第三初级中学新增学位", "初中", "1500", 2028),
        ("桐溪县第三初级中学总投资", "初中", "16,800", 2028),
    ]


def test_place_rows_under_columns_of_several_measures_are_named_by_measure_and_place(
    tmp_path: Path,
) -> None:
    """`设区市 | 2025年毛入园率 | 2030年毛入园率 | 2030年普惠性幼儿园` over a second header line of
    units (`（%） | （%） | 覆盖率（%）`), rows of cities, aligned with spaces: each figure is named by
    its measure and its place (`毛入园率（福州市）`), with the base of the same measure, in the unit
    the wrapped line gives (the units line had been read as a row, and every figure named by its
    city alone)."""
    text = "\n".join([
        "各设区市学前教育主要发展目标",
        "",
        "设区市           2025年毛入园率   2030年毛入园率   2030年普惠性幼儿园",
        "                    （%）            （%）          覆盖率（%）",
        "福州市               97.6             98.5              93",
        "三明市               97.0             98                94",
    ])  # fmt: skip
    got = drafted(tmp_path, text, base=2025, target=2030)
    assert [(f.name, f.raw, f.unit, f.baseline.raw if f.baseline else None) for f in got] == [
        ("毛入园率（福州市）", "98.5", "%", "97.6"),
        ("毛入园率（三明市）", "98", "%", "97.0"),
        ("普惠性幼儿园覆盖率（福州市）", "93", "%", None),
        ("普惠性幼儿园覆盖率（三明市）", "94", "%", None),
    ]
    # a column that is only a goal (`2030年目标`) is the goal of the measure before it; a
    # measure's goal word (`普惠率目标`) names no measure of its own; the caption gives the stage
    text = "\n".join([
        "表　各设区市学前教育普及普惠主要目标",
        "",
        "市            2025年毛入园率    2030年目标    普惠率目标",
        "南昌市            94.2%           ≥97%          ≥92%",
        "九江市            92.6%           ≥95%          ≥90%",
    ])  # fmt: skip
    got = drafted(tmp_path, text, base=2025, target=2030)
    assert [(f.name, f.segment, f.raw, f.baseline.raw if f.baseline else None) for f in got] == [
        ("毛入园率（南昌市）", "学前", "≥97%", "94.2%"),
        ("毛入园率（九江市）", "学前", "≥95%", "92.6%"),
        ("普惠率（南昌市）", "学前", "≥92%", None),
        ("普惠率（九江市）", "学前", "≥90%", None),
    ]


def test_place_rows_beside_a_column_of_what_stands_take_no_whole_places_baseline(
    tmp_path: Path,
) -> None:
    """`市（州） | 现有县中（所） | 2030年省级示范县中（所） | “十五五”新增普通高中学位（个） | …`: the
    column of what stands is no measure to read (the table had not been read a measure at a
    time), a period's column beside a year's of the same end is no baseline (`“十五五”新增…`
    had been read as the 2030 base), and a place's target takes no level the prose gives the
    whole province as its baseline."""
    text = "\n".join([
        "某省县域普通高中振兴行动计划（2026—2030年）",
        "",
        "2025年，全省高中阶段毛入学率为93.8%。",
        "",
        "各市（州）县域普通高中发展主要目标",
        "",
        "市（州）      现有县中    2030年省级示范    “十五五”新增普通     2030年高中阶段",
        "              （所）      县中（所）        高中学位（个）       毛入学率（%）",
        "临江市          14            9               12000               ≥96",
        "安平市          11            7                9500               ≥95",
    ])  # fmt: skip
    got = drafted(tmp_path, text, base=2025, target=2030)
    rows = [
        (f.name, f.raw, f.baseline.raw if f.baseline else None) for f in got if f.kind == "table"
    ]
    assert rows == [
        ("省级示范县中（临江市）", "9", None),
        ("省级示范县中（安平市）", "7", None),
        ("新增普通高中学位（临江市）", "12000", None),
        ("新增普通高中学位（安平市）", "9500", None),
        ("高中阶段毛入学率（临江市）", "≥96", None),
        ("高中阶段毛入学率（安平市）", "≥95", None),
    ]
    drafted_records = draft_document(read_document(tmp_path / "plan.txt"), "plan", []).records
    city = [r.record for r in drafted_records if "临江市" in r.record.name]
    assert [(r.target.raw, r.baseline) for r in city] == [
        ("9", None),
        ("12000", None),
        ("≥96", None),
    ]


def test_a_part_column_after_a_target_column_is_a_target_of_that_year(tmp_path: Path) -> None:
    """`县市区 | 2025年托位数（个） | 2028年托位数（个） | 其中：普惠性托位（个）`: the part's column is a
    target of the year of the column it is part of, read for each place (it had been read as
    words and dropped)."""
    text = "\n".join([
        "各县市区托育服务目标任务",
        "",
        "县市区      2025年托位数（个）   2028年托位数（个）   其中：普惠性托位（个）",
        "镜湖区          3120                 4000                   2400",
        "弋江区          2480                 3300                   2000",
    ])  # fmt: skip
    got = drafted(tmp_path, text, base=2025, target=2028)
    assert [(f.raw, f.year) for f in got] == [
        ("4000", 2028), ("2400", 2028), ("3300", 2028), ("2000", 2028),
    ]  # fmt: skip


def test_item_rows_under_year_columns_of_one_measure_are_named_by_it(tmp_path: Path) -> None:
    """`专业（群） | 中职在校生2025年（人） | 中职在校生2030年目标（人）`: the one measure the year
    columns print names each row's figure (`中职在校生（电子商务）`) and gives its stage (the
    rows had been named by the item alone, of no stage). Columns of a year that print no
    measure (`2025年 | 2030年`) name rows by themselves."""
    text = "\n".join([
        "表1  重点专业（群）建设目标",
        "",
        "专业（群）          中职在校生2025年（人）   中职在校生2030年目标（人）",
        "电子商务                  380                      500",
        "合计                     2080                     2910",
    ])  # fmt: skip
    got = drafted(tmp_path, text, base=2025, target=2030)
    assert [(f.name, f.segment, f.raw, f.baseline.raw if f.baseline else None) for f in got] == [
        ("中职在校生（电子商务）", "中职", "500", "380"),
        ("中职在校生（合计）", "中职", "2910", "2080"),
    ]
    plain = "\n".join(
        ["主要指标", "", "指标          2025年     2030年", "学前三年毛入园率   96   98"]
    )
    got = drafted(tmp_path, plain, base=2025, target=2030)
    assert [(f.name, f.raw) for f in got] == [("学前三年毛入园率", "98")]


def test_a_tables_total_row_printed_again_in_prose_is_one_record() -> None:
    """`合计 | 11 | 1620` under `新建改扩建幼儿园 | 新增学前学位` (their units given once above
    the table), and the prose's `新建、改扩建公办幼儿园11所，新增学位1,620个`: each total once,
    as the table gives it (they had been drafted twice, the row's names and the prose's)."""
    rows = (
        ("乡镇", "新建改扩建幼儿园", "新增学前学位"),
        ("桃坪镇", "3", "540"),
        ("河口镇", "8", "1080"),
        ("合计", "11", "1620"),
    )
    blocks = (
        Paragraph("某县学前教育普惠保障行动计划（2026—2028年）"),
        Paragraph("二、发展目标"),
        Paragraph("到2028年，全县新建、改扩建公办幼儿园11所，新增学位1,620个。"),
        Table(rows, "各乡镇学前教育发展目标"),
    )
    got = draft_document(Document("plan.txt", blocks), "plan", []).records
    raws = [r.record.target.raw for r in got]
    assert sorted(raws) == sorted(["3", "8", "11", "540", "1080", "1620"])
