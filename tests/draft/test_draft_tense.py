"""Results or targets, clause by clause, and the year of each value."""

from __future__ import annotations

import re
from pathlib import Path

from draft_helpers import drafted_page

from plancmp.draft.build import draft_document
from plancmp.draft.found import Found
from plancmp.draft.prose import Paragraph, Plan, read_paragraph
from plancmp.draft.read import read_document
from plancmp.draft.tense_words import AIMS, DONE_WORD, INTENT_WORD, WILL

PLAN = Plan(2020, 2025, False)
NEWS_2023 = Plan(None, 2023, True, now=2023, news=True)
UNDATED_NEWS = Plan(None, 2020, False, news=True, ahead=(2020,))
UNDATED_GOALS = Plan(None, 2020, False)


def read(text: str, plan: Plan) -> tuple[list[tuple], list[tuple]]:
    found, baselines, _ = read_paragraph(text, Paragraph("正文", False, None, 0), plan)
    return brief(found), brief(baselines)


def brief(found: list[Found]) -> list[tuple]:
    return [(f.raw, f.year) for f in found]


def test_a_sentence_that_reports_the_present_then_sets_a_dated_target() -> None:
    targets, results = read(
        "截至目前城区公办幼儿园有16所，到2023年9月两所幼儿园投入使用后，城区公办幼儿园数量将升至18所。",
        Plan(None, None, False, now=2023),
    )
    assert (targets, results) == ([("18所", 2023)], [("16所", 2023)])


def test_a_report_opened_by_a_date_goes_on_until_a_later_year_not_a_bare_will() -> None:
    targets, results = read(
        "截至9月，秋季将新开办中小学校93所，新增各类学位15万个。至年底，将按计划完成全年任务。",
        NEWS_2023,
    )
    assert targets == []
    assert [raw for raw, _ in results] == ["93所", "15万个"]


def test_in_a_dated_news_report_an_earlier_year_is_past_and_this_year_is_its_own() -> None:
    targets, results = read(
        "2022年，全市开工新建改扩建中小学幼儿园83所，校医配备率达到83%。今年全市将开工55所。",
        NEWS_2023,
    )
    assert targets == [("55所", 2023)]
    assert [raw for raw, _ in results] == ["83所", "83%"]


def test_next_year_counts_from_the_year_written() -> None:
    targets, _ = read("明年全区新增公办幼儿园学位1770个。", NEWS_2023)
    assert targets == [("1770个", 2024)]


def test_undated_news_reports_before_the_year_it_sets_targets_for_are_results() -> None:
    targets, results = read(
        "2018年，全国学前教育毛入园率达81.7%。到2020年要确保学前三年毛入园率达到85%。",
        UNDATED_NEWS,
    )
    assert (targets, results) == ([("85%", 2020)], [("81.7%", 2018)])


def test_an_undated_plans_earlier_year_is_a_milestone_not_a_result() -> None:
    targets, results = read(
        "2015年学前三年毛入园率达到90%；2020年学前三年毛入园率达到98%。", UNDATED_GOALS
    )
    assert (targets, results) == ([("90%", 2015), ("98%", 2020)], [])


def test_a_finished_change_is_a_result() -> None:
    targets, results = read("全市学前教育毛入园率比2012年提高了17.2个百分点，新增学位2万个。", PLAN)
    assert targets == []
    assert results == [("2万个", 2020)]  # a rate of change is no starting level


def test_what_still_stands_is_a_result_not_a_target() -> None:
    """`大班额比例仍有2.3%`, `尚有3所学校未达标`: a shortfall found, what a year-end summary's
    problems print; `仍有待提高` is what remains to be done, and the target after it stands."""
    targets, results = read(
        "优质学位供给仍然不足，大班额比例仍有2.3%。部分学校仍有大班额12个，尚有3所学校未达标。",
        PLAN,
    )
    assert targets == []
    assert [raw for raw, _ in results] == ["2.3%", "12个", "3所"]
    targets, _ = read("普及水平仍有待提高，到2025年毛入园率达到95%。", PLAN)
    assert targets == [("95%", 2025)]


def test_having_stated_an_aim_is_no_result() -> None:
    targets, _ = read("方案明确了提升行动目标。全市新建改扩建幼儿园30所。", PLAN)
    assert targets == [("30所", 2025)]


def test_each_value_takes_the_year_printed_before_it() -> None:
    targets, _ = read(
        "公办幼儿园在园儿童占比2019年底达到30%、2020年底达到50%。",
        Plan(2018, 2020, False),
    )
    assert targets == [("30%", 2019), ("50%", 2020)]


def test_a_year_after_a_value_in_its_clause_dates_it() -> None:
    targets, _ = read("其中，20余个项目将在2021和2022年完工，预计可新增学位1.8万余个。", PLAN)
    assert targets == [("20余个", 2022), ("1.8万余个", 2022)]


def test_a_count_over_a_period_is_a_total_of_that_period() -> None:
    found, baselines, _ = read_paragraph(
        "“十三五”期间，全区高度重视学校建设。区教育局实施学校建设项目81个。",
        Paragraph("正文", False, None, 0),
        PLAN,
    )
    assert found == []
    assert [(b.raw, b.year, b.scope) for b in baselines] == [("81个", 2020, "cumulative")]


def test_progress_of_the_year_to_date_is_a_result_but_a_schedule_is_not() -> None:
    targets, results = read("1-9月份全市参与课后服务的学生32402人。", NEWS_2023)
    assert (targets, results) == ([], [("32402人", 2023)])
    targets, _ = read("3-4月，6所学校建设项目开复工。", NEWS_2023)
    assert targets == [("6所", 2023)]


def test_a_report_of_the_present_goes_on_until_a_sentence_sets_a_target() -> None:
    targets, results = read(
        "目前全国共有幼儿园相关企业30.8万家。山东、河南企业量分别为2.65万家、2.24万家。"
        "今年全市将新增学位5万个。",
        NEWS_2023,
    )
    assert targets == [("5万个", 2023)]
    assert [raw for raw, _ in results] == ["30.8万家", "2.65万家", "2.24万家"]


def test_a_dated_event_before_the_year_written_is_a_result() -> None:
    targets, results = read(
        "2022年9月5日，第九幼儿园新建项目正式完工，300余名幼儿走进新园。今年将新建幼儿园3所。",
        NEWS_2023,
    )
    assert targets == [("3所", 2023)]
    assert results == [("300余名", 2022)]


def test_a_sentence_that_sets_a_level_ends_a_report_of_the_present() -> None:
    targets, results = read(
        "目前全区已有省级优质幼儿园20所。普惠性幼儿园覆盖率达到95%以上，新建幼儿园10所。",
        PLAN,
    )
    assert (targets, results) == ([("95%以上", 2025), ("10所", 2025)], [("20所", 2020)])


def test_a_report_opened_by_a_date_goes_on_through_the_sentences_after_it() -> None:
    targets, results = read(
        "截至2020年底，全区共有幼儿园106所。其中，公办园在园幼儿占比达到76%。", PLAN
    )
    assert (targets, results) == ([], [("106所", 2020), ("76%", 2020)])


def test_existing_things_named_in_a_target_sentence_report_nothing() -> None:
    targets, results = read(
        "总结梳理现有教育品牌，通过建立十个品牌化的教育成果，助推教育共富。全县现有学校541所。",
        PLAN,
    )
    assert (targets, results) == ([("十个", 2025)], [("541所", 2020)])


def test_a_sentence_that_goes_on_with_a_report_of_the_present_reports_too() -> None:
    targets, results = read(
        "目前，全市共有幼儿园1000余所，公办率达55%。同时，对民办园进行补贴，使普惠率达到96%。",
        NEWS_2023,
    )
    assert (targets, [raw for raw, _ in results]) == ([], ["1000余所", "55%", "96%"])


def test_a_span_of_years_followed_by_its_length_dates_its_results() -> None:
    targets, results = read(
        "2018到2022年4年间，全市建设幼儿园项目100个。今秋开学，全市将新增幼儿园28所。",
        NEWS_2023,
    )
    assert (targets, results) == ([("28所", 2023)], [("100个", 2022)])


def test_a_period_after_a_word_of_expectation_dates_the_clause() -> None:
    targets, _ = read("预计整个“十四五”期间，全市将建设156个幼儿园项目。", NEWS_2023)
    assert targets == [("156个", 2025)]


def test_a_bracket_that_gives_a_programmes_span_dates_what_follows_by_its_end() -> None:
    targets, _ = read(
        "组织实施学前教育三年行动计划(2014年—2016年),计划三年内建设300所公办幼儿园。"
        "到2015年，入园率达到90%（2013年为80%）。",
        Plan(None, 2014, True, now=2014),
    )
    assert targets == [("300所", 2016), ("90%", 2015)]


def test_a_schedule_of_years_gives_each_value_its_own_year_and_the_same_name() -> None:
    found, _, _ = read_paragraph(
        "建设公办幼儿园2011年完成300所 2012年400所 2013年500所",
        Paragraph("正文", False, None, 0),
        Plan(None, 2011, False, now=2011, news=True, ahead=(2015,), dated=True),
    )
    assert [(f.name, f.raw, f.year) for f in found] == [
        ("建设公办幼儿园", "300所", 2011),
        ("建设公办幼儿园", "400所", 2012),
        ("建设公办幼儿园", "500所", 2013),
    ]


def test_on_a_dated_page_its_own_year_is_no_past_though_later_years_are_ahead() -> None:
    dated = Plan(None, 2011, False, now=2011, news=True, ahead=(2015,), dated=True)
    assert read("2011年建成幼儿园300所。", dated) == ([("300所", 2011)], [])
    undated = dated._replace(now=None, dated=False)
    assert read("2011年建成幼儿园300所。", undated) == ([], [("300所", 2011)])


def test_ben_nian_is_this_year() -> None:
    found, _, _ = read_paragraph(
        "本年全国可以实现学前三年毛入园率到达85%。",
        Paragraph("正文", False, None, 0),
        NEWS_2023,
    )
    assert [(f.name, f.raw, f.year) for f in found] == [("可以实现学前三年毛入园率", "85%", 2023)]


def test_a_plan_named_as_a_noun_sets_no_target() -> None:
    targets, results = read(
        "截至4月，已开工建设7所；完成投资3212万元，占年度投资计划的32.12%。", NEWS_2023
    )
    assert (targets, [raw for raw, _ in results]) == ([], ["7所", "3212万元", "32.12%"])


TAIWAN_2026 = Plan(None, None, False, now=2026, news=True)


def test_taiwan_dates_by_the_republic_of_china_calendar() -> None:
    """`115學年度` is 2026 (民國元年 = 1912); ranges end on their last school year, Chinese
    digits (`一○八`) and tens (`九十九`) read alike; an earlier school year is past."""
    targets, results = read(
        "112至114學年度已增加66班，115學年度公共化幼兒園將再增13班。", TAIWAN_2026
    )
    assert (targets, results) == ([("13班", 2026)], [("66班", 2025)])
    targets, _ = read("以112至115學年度增加200班以上為目標。", TAIWAN_2026)
    assert targets == [("200班以上", 2026)]
    targets, _ = read("一○八學年度將增設幼兒園4所。", TAIWAN_2026._replace(now=2019))
    assert targets == [("4所", 2019)]
    targets, _ = read("民國九十九年將增設幼兒園5所。", TAIWAN_2026._replace(now=2010))
    assert targets == [("5所", 2010)]


def test_a_bare_republic_of_china_year_dates_a_clause_but_no_founding_or_span() -> None:
    """`115年度…預算` is 2026 as `民國115年` is; `建党100年` and `100年来` are no years."""
    targets, results = read("108年教育预算为97.86亿元，115年度教育预算将达201亿元。", TAIWAN_2026)
    assert (targets, results) == ([("201亿元", 2026)], [("97.86亿元", 2019)])
    plan = Plan(None, None, False, now=2021)
    targets, _ = read("庆祝建党100年，2021年新建学校5所。", plan)
    assert targets == [("5所", 2021)]
    targets, _ = read("学校建校110年，2021年新建幼儿园3所。", plan)
    assert targets == [("3所", 2021)]


def test_years_in_chinese_digits_and_a_school_year_date_a_clause() -> None:
    """Formal texts print `二〇二五年` and `一九九八年八月至二零零二年八月`; a school year
    `2002-03学年` (or `二零零二/零三学年`) is dated by the year it opens."""
    plan = Plan(None, None, False)
    targets, _ = read("到二〇二五年，全市新建学校5所。", plan)
    assert targets == [("5所", 2025)]
    targets, _ = read("政府在一九九八年八月至二零零二年八月期间会增建73所小学校舍。", plan)
    assert targets == [("73所", 2002)]
    targets, _ = read("达到在2002-03学年或以前60%的小学生接受全日制教育的目标。", plan)
    assert targets == [("60%", 2002)]


def test_a_goal_dated_in_chinese_digits_counts_among_the_documents_years(tmp_path: Path) -> None:
    """`到二〇二五年，…` before `到2027年，…`: 2025 is one of the text's years ahead, as
    `到2025年` would be, not a year before the period of a plan due by 2027."""
    path = tmp_path / "goals.txt"
    path.write_text(
        "到二〇二五年，全区学前三年毛入园率达到98%。\n到2027年，义务教育巩固率达到99.5%。\n",
        encoding="utf-8",
    )
    d = draft_document(read_document(path), "goals", [])
    got = [(r.record.target.raw, r.record.target.year) for r in d.records]
    assert got == [("98%", 2025), ("99.5%", 2027)]


def test_a_fiscal_or_school_year_spanning_two_years_is_dated_by_the_first(tmp_path: Path) -> None:
    """Budgets and school calendars print a year that spans two, the second cut to two
    digits (`二〇二三至二四年度`, `2023至24财政年度`, `2023-24學年度`): the year it opens,
    left out of the name, in simplified or traditional characters."""
    years = ("二〇二三至二四年度", "二○二三至二四財政年度", "2023至24年度", "2023-24学年度")
    for year in years:
        for line in (
            f"{year}學前教育的經常開支撥款為88億元。",
            f"{year}学前教育的经常开支拨款为88亿元。",
        ):
            path = tmp_path / "page.txt"
            path.write_text(line, encoding="utf-8")
            page = [
                (r.record.name, r.record.target.raw, r.record.target.year)
                for r in draft_document(read_document(path), "n", []).records
            ]
            assert page == [("学前教育的经常开支拨款", "88亿元", 2023)], line


def test_a_fiscal_year_spanning_two_is_dated_by_the_year_it_opens() -> None:
    """A budget's `二〇二四至二五财政年度` (or `2024至25年度`) spans two years as a school year
    does, so it dates by the first; `2021至25年度` spans five and is no such year."""
    plan = Plan(None, None, False)
    targets, _ = read("二〇二四至二五财政年度，教育经常开支拨款为960亿元。", plan)
    assert targets == [("960亿元", 2024)]
    targets, _ = read("2024至25年度，教育经常开支拨款为950亿元。", plan)
    assert targets == [("950亿元", 2024)]
    targets, _ = read("2021至25年度，教育经常开支拨款为940亿元。", plan)
    assert targets == [("940亿元", None)]


def test_a_rank_or_a_same_period_comparison_reports_the_whole_sentence() -> None:
    """`…达98.5%，位居全省第一`, `较上年同期增长12%`: statistics of where things stand, the
    value before the rank too; `力争位居全省前列` is a target's word and sets nothing back."""
    assert read("全市学前教育毛入园率达98.5%，位居全省第一。", PLAN) == ([], [("98.5%", 2020)])
    assert read("全区新增学位2万个，较上年同期增长12%。", PLAN) == ([], [("2万个", 2020)])
    assert read("到2025年，学前教育毛入园率达到98%，力争位居全省前列。", PLAN) == (
        [("98%", 2025)],
        [],
    )


def test_a_rank_alone_among_targets_leaves_the_targets_after_it() -> None:
    """Among a plan's targets, `…经费在全省排名前五位` is one more aim with no figure of its own:
    the bare levels after it (`教师满意度85%`) are still targets; a rank beside a figure reports."""
    text = "到2025年，普惠率达到92%。生均经费在全省排名前五位。教师满意度85%，家长满意度88%。"
    assert read(text, PLAN) == ([("92%", 2025), ("85%", 2025), ("88%", 2025)], [])
    text = "到2025年，普惠率达到92%。生均经费达1.2万元，在全省排名前五位。教师满意度85%。"
    assert read(text, PLAN)[0] == [("92%", 2025)]
    # a rank to keep is an aim like the levels beside it; after a report it reports still
    text = "到2025年，普惠率达到92%。体质健康优良率达到58%以上，教育教学质量稳居全市第一方阵。"
    assert read(text, PLAN)[0] == [("92%", 2025), ("58%以上", 2025)]
    text = "到2025年，普惠率达到92%。高考本科上线率连续三年保持在85%以上，稳居全市前列。"
    assert read(text, PLAN)[0] == [("92%", 2025)]  # held for years running: a record
    text = "2020年，全市普惠率达92%。高考本科上线率达85%，稳居全市前列。"
    assert read(text, PLAN) == ([], [("92%", 2020), ("85%", 2020)])


def test_a_sentence_told_as_an_example_reports_a_case() -> None:
    """`例如，…`, `以某校为例，…`: what was done somewhere, shown to illustrate a measure; a
    word of a target in it (`将`) still sets one."""
    text = "例如，某市机电联合体对接整车工厂，联合培养技术人才，毕业生留用率超85%。"
    assert read(text, PLAN)[0] == []
    text = "以某技术学院为例，学校开展焊接工艺训练，学生焊接合格率提升到97%。"
    assert read(text, PLAN)[0] == []
    assert read("以西部地区为例，将新增学位超100万个。", PLAN)[0] == [("超100万个", 2025)]


def test_virtual_or_simulated_is_no_word_of_intent() -> None:
    """`虚拟`, `模拟` hold 拟 (intends) but mean "virtual", "simulated": a statistic's sentence
    that names them still reports."""
    text = "该校利用模拟课堂开展教学，学生合格率提升到97%，位居全省第一。"
    assert read(text, PLAN) == ([], [("97%", 2020)])
    text = "全市学前教育毛入园率达98.5%，位居全省第一，建成虚拟仿真实训室12间。"
    assert read(text, PLAN)[0] == []


def test_a_rise_over_last_year_with_a_margin_is_a_goal() -> None:
    """`同比增长5.5%` measures a rise that happened; `同比增长6%以上`, `增长10%左右` set one, as a
    year's plan indicators print them (at least, about), and the clauses after go on with them."""
    plan = Plan(None, 2021, False, now=2021, news=True)
    text = "其中，地区生产总值同比增长6%以上，一般公共预算收入增长3%，企业总收入增长10%左右。"
    assert read(text, plan) == (
        [("增长6%以上", 2021), ("增长3%", 2021), ("增长10%左右", 2021)],
        [],
    )
    assert read("全区地区生产总值同比增长5.5%，收入增长3%。", plan)[0] == []


def test_the_target_of_a_span_of_years_already_over_is_past() -> None:
    """A programme run over 2019-2022, reported in 2023: the target it set (`目标是…至少180班
    以上`) is that programme's, past; a target with its own later year is not."""
    targets, results = read(
        "自2019至2022年实施公办园倍增计划，目标是4年内增加公办园至少180班以上，最终增加了214班。"
        "2024年将再增加13班。",
        NEWS_2023,
    )
    assert targets == [("13班", 2024)]
    assert [raw for raw, _ in results] == ["至少180班以上", "214班"]


def test_the_past_year_reviewed_reports_results() -> None:
    """`过去的一年` opens a review of last year, as `过去一年` and `过去五年` do."""
    targets, results = read(
        "过去的一年，65个新改扩建学校投入使用。今年全市将新增学位12500个。", NEWS_2023
    )
    assert targets == [("12500个", 2023)]
    assert [raw for raw, _ in results] == ["65个"]


def test_a_count_takes_the_year_the_next_clause_says_it_is_finished_in() -> None:
    """`其余14所幼儿园，2024年秋季交付使用`: due in 2024, not in the report's year; a year
    printed before the count dates it still."""
    targets, _ = read("今年新建幼儿园29所。其余14所幼儿园，2024年秋季交付使用。", NEWS_2023)
    assert targets == [("29所", 2023), ("14所", 2024)]
    targets, _ = read("2023年新建学校3所，2025年建成投用。", NEWS_2023)
    assert targets == [("3所", 2023)]


def test_work_under_way_is_where_a_programme_stands() -> None:
    """`其余50所主体在建，2所正在抓紧推进前期手续` reports progress; `正在建设的5所学校将于年底
    完工` says what they will reach."""
    targets, results = read("其余50所主体在建，2所正在抓紧推进前期手续办理。", NEWS_2023)
    assert (targets, [raw for raw, _ in results]) == ([], ["50所", "2所"])
    targets, _ = read("正在建设的5所学校将于年底完工。", NEWS_2023)
    assert targets == [("5所", 2023)]


def test_a_sentence_that_says_its_year_plan_was_met_reports_every_clause() -> None:
    """`超额完成…目标` ends a report: the year's amounts before it are results, not targets."""
    targets, results = read(
        "2022年，完成新建学校项目39个，新增学位4.5万个，超额完成年度任务目标。今年将新增学位2万个。",
        Plan(None, 2022, False, news=True),
    )
    assert targets == [("2万个", 2022)]
    assert [raw for raw, _ in results] == ["39个", "4.5万个"]


def test_a_sentence_that_means_to_meet_its_plan_still_sets_targets() -> None:
    targets, _ = read(
        "2023年新增学位5000个，确保完成年度目标任务。", Plan(None, 2023, False, news=True)
    )
    assert targets == [("5000个", 2023)]


def test_a_target_set_for_a_year_before_the_page_was_written_is_that_years_past() -> None:
    """`2022年…，年度目标设定为…37所` in a page of 2023: the target of a year gone, not one to
    review; `今年` starts the page's own."""
    targets, results = read(
        "2022年继续推进学校建设，年度目标设定为新建学校37所。今年将新建学校20所。", NEWS_2023
    )
    assert targets == [("20所", 2023)]
    assert [raw for raw, _ in results] == ["37所"]


def test_a_projects_sizes_are_due_when_its_works_are_not_in_its_programmes_year() -> None:
    """`该项目是2019年…实事项目，总投资…，预计2020年3月份完工`: 2019 names the programme, the
    cost and areas are reached when the works are done."""
    text = (
        "该项目是2019年省为民办实事项目，总投资500万元，建筑面积1500平方米，预计2020年3月份完工。"
    )
    targets, _ = read(text, Plan(None, 2019, True, now=2019, news=True))
    assert targets == [("500万元", 2020), ("1500平方米", 2020)]
    dated, _ = read(
        text.replace("是2019年", "于2019年开工，是"), Plan(None, 2019, True, now=2019, news=True)
    )
    # the year its works start is no due year: the figures are reached when they are done
    assert dated == [("500万元", 2020), ("1500平方米", 2020)]


def test_a_bracket_telling_where_a_total_stands_leaves_the_total_a_target() -> None:
    """`将完成97所(已建成18所、在建34所,剩余45所)学校建设任务`: the bracket's parts are where the
    work stands today, reports; the total after 将 and the places beside it are targets, named
    by the words after the bracket."""
    text = "未来三年内，新区还将完成97所(已建成18所、在建34所,剩余45所)学校建设任务、新增学位10.79万个。"
    found, _, _ = read_paragraph(text, Paragraph("正文", False, None, 0), NEWS_2023)
    assert [(f.name, f.raw) for f in found] == [
        ("完成学校建设任务", "97所"),
        ("新增学位", "10.79万个"),
    ]
    plain = "新区还将完成97所(其中小学40所)学校建设任务。"
    found, _, _ = read_paragraph(plain, Paragraph("正文", False, None, 0), NEWS_2023)
    assert "40所" in [f.raw for f in found]


def test_a_level_reached_up_to_now_is_a_result() -> None:
    targets, _ = read(
        "今年将新增公办学位720个。公办学位由2016年的1200个增加到现在6000多个。", NEWS_2023
    )
    assert targets == [("720个", 2023)] and ("6000多个", 2023) not in targets


def test_a_year_opening_a_clause_without_its_character_dates_it() -> None:
    targets, _ = read(
        "报告指出，2024，该县将新建小学2所。新建一批公办幼儿园，实现公办幼儿园占比50%以上。",
        NEWS_2023,
    )
    assert targets == [("2所", 2024), ("50%以上", 2024)]


def test_what_a_document_was_made_to_hold_is_reported() -> None:
    targets, _ = read("规划制定了10项发展工程，完成后将新增学位2万个。", NEWS_2023)
    assert targets == [("2万个", 2023)]


def test_a_change_over_last_year_leaves_the_clauses_after_it_targets() -> None:
    """`比上年提高3个百分点` compares with last year; it does not date the sentence as `上年…`
    does, so `力争达到28%以上` after it is a target."""
    plan = Plan(None, None, False, now=2018)
    targets, _ = read("本科上线率比上年提高3个百分点，高等教育毛入学率力争达到28%以上。", plan)
    assert [raw for raw, _ in targets] == ["28%以上"]
    _, results = read("上年全市招生3000人，毛入学率达到26%。", plan)
    assert [raw for raw, _ in results] == ["3000人", "26%"]


def test_a_period_after_but_or_whereas_dates_its_clause() -> None:
    """`而在“十二五”期间，…近100所`: the past period, as `在“十二五”期间` would be."""
    from plancmp.draft.prose import Paragraph as Where
    from plancmp.draft.prose import Plan, read_paragraph

    news_2017 = Plan(None, 2017, True, now=2017, news=True)
    text = "今年新建学校17所。而在“十二五”期间，全市新建公办普通高中10所。"
    found, past, _ = read_paragraph(text, Where("正文", False, None, 0), news_2017)
    assert [f.raw for f in found] == ["17所"]
    assert [(f.raw, f.year) for f in past] == [("10所", 2015)]


def test_a_sentence_led_by_statistics_reports_even_this_years_work() -> None:
    """`据统计，今年该县共启动…项目35个，总投资达2.67亿元`: counted, not planned; a word of a
    target in it (`据统计，今年该县将新建…`) still sets one."""
    news = Plan(None, 2017, True, now=2017, news=True)
    targets, baselines = read("据统计，今年该县共启动教育方面项目35个，总投资达2.67亿元。", news)
    assert (targets, [b[0] for b in baselines]) == ([], ["35个", "2.67亿元"])
    targets, _ = read("据统计，今年该县将新建学校3所。", news)
    assert [t[0] for t in targets] == ["3所"]
    counted = "经统计，全县本学年幼儿园整体供应量计2万6,467名，而2至5岁儿童约有2万3,205人。"
    targets, baselines = read(counted, news)
    assert (targets, [b[0] for b in baselines]) == ([], ["2万6,467名", "2万3,205人"])
    quoted = "据中国教育部统计，2024年全国普通高中在校生达2922.28万人。"  # whose statistics
    targets, baselines = read(quoted, news)
    assert (targets, [b[0] for b in baselines]) == ([], ["2922.28万人"])


def test_a_sentence_led_by_a_reviews_finding_reports() -> None:
    """`经评估，你县…差异系数为0.43，达到国家标准；…调查结果为91.3%`: what a review found, no
    target (the figures had been drafted as the letter's targets); `经评估，…将新建` still sets one."""
    plan = Plan(None, 2026, True, now=2026)
    found = "经评估，你县小学校际综合差异系数为0.43，达到国家标准；社会认可度调查结果为91.3%。"
    targets, results = read(found, plan)
    assert (targets, [raw for raw, _ in results]) == ([], ["0.43", "91.3%"])
    targets, _ = read("经督导检查，全县将新建学校3所。", plan)
    assert [t[0] for t in targets] == ["3所"]


def test_a_task_exceeded_is_a_plan_met_whatever_it_is_called() -> None:
    """`超额完成市区级新增任务`: beyond the task set, so done; `确保超额完成` still aims."""
    targets, results = read("全年新增托位2364个，超额完成市区级新增任务。", UNDATED_GOALS)
    assert (targets, [raw for raw, _ in results]) == ([], ["2364个"])
    targets, _ = read("全年将新增托位2364个，确保超额完成任务。", UNDATED_GOALS)
    assert [raw for raw, _ in targets] == ["2364个"]


def test_a_level_with_its_rise_since_an_earlier_year_is_a_review() -> None:
    """`毛入园率达83.4%，比2015年提高8.4个百分点`: how far a level moved since a named year
    reports it; a plan comparing its target with its own base year, or with a word of a
    target, still sets one."""
    text = "全国学前三年毛入园率达83.4%，比2015年提高8.4个百分点。"
    assert read(text, NEWS_2023)[0] == []
    assert read("学前三年毛入园率达到95%，比2020年提高3个百分点。", PLAN) == (
        [("95%", 2025)],
        [],
    )
    assert read("到2025年，毛入园率达到95%，比2015年提高3个百分点。", PLAN)[0] == [("95%", 2025)]


def test_a_base_year_set_apart_by_spaces_dates_nothing() -> None:
    """`比 2000 年翻一番` (a PDF's text sets its figures apart): the year a change is counted
    from, as `比2000年` is, not the year the text's targets are due."""
    plan = Plan(None, None, False)
    assert read("人均国内生产总值比 2000 年翻一番。", plan)[0] == [("翻一番", None)]


def test_a_bare_headcount_that_goes_on_with_a_list_of_targets_is_a_target() -> None:
    """`到2025年，在校生5.5万人；毕业生18万人`: the list the dated clause opened goes on past
    the `；`; a bare headcount after a report (`全市招生1万人；在校生5万人`) is still a statistic."""
    assert read("到2025年，在校生5.5万人；毕业生18万人。", PLAN) == (
        [("5.5万人", 2025), ("18万人", 2025)],
        [],
    )
    assert read("全市招生1万人；在校生5万人。", PLAN)[0] == []


def test_the_year_whose_prices_a_sum_is_counted_at_dates_nothing() -> None:
    """`到2025年按2020年价格计算的…达到500亿元`: 2020 is the year of the prices, the base of the
    figure, not the year it stands in; the target is due 2025, and named without the prices."""
    found, baselines, _ = read_paragraph(
        "到2025年按2020年价格计算的地区生产总值达到500亿元左右，人均地区生产总值达到9万元。",
        Paragraph("正文", False, None, 0),
        PLAN,
    )
    assert [(f.name, f.raw, f.year) for f in found] == [
        ("地区生产总值", "500亿元左右", 2025),
        ("人均地区生产总值", "9万元", 2025),
    ]
    assert baselines == []
    assert read("到2025年，按2020年不变价计算的地区生产总值达到500亿元。", PLAN)[0] == [
        ("500亿元", 2025)
    ]


def test_the_main_goals_a_text_sets_for_a_period_date_its_targets(tmp_path: Path) -> None:
    """`“十一五”时期要努力实现以下…主要目标：` over lines that print no year: the targets are
    due at the period's end, 2010."""
    path = tmp_path / "goals.txt"
    path.write_text(
        "第三章 主要目标\n根据总体要求，“十一五”时期要努力实现以下经济社会发展的主要目标：\n"
        "国民平均受教育年限增加到9年\n城镇化率提高到47%\n",
        encoding="utf-8",
    )
    d = draft_document(read_document(path), "goals", [])
    assert [(r.record.target.raw, r.record.target.year) for r in d.records] == [
        ("9年", 2010),
        ("47%", 2010),
    ]


def test_levels_with_their_rise_since_years_ago_are_a_review() -> None:
    """`分别达到87.7%、96.9%，比十年前分别提高了…个百分点`: levels measured from some years ago
    report what was reached, in a plan as in news; a word of a target still sets one."""
    text = "毛入园率、巩固率分别达到87.7%、96.9%，比十年前分别提高了42.5、16.9个百分点。"
    assert read(text, NEWS_2023)[0] == []
    assert read(text, PLAN)[0] == []
    assert read("毛入园率达到90%，比5年前提高10个百分点。", PLAN)[0] == []
    targets = read("到2025年，毛入园率力争达到95%，比五年前提高5个百分点。", PLAN)[0]
    assert targets[0] == ("95%", 2025)


def test_a_level_with_a_rise_said_done_is_a_review() -> None:
    """`毛入园率达到91%，提高了11个百分点`: a move said done (`了`) reports the level reached; a
    rise with no `了` beside a target year, or with a word of a target, still sets one."""
    assert read("全区毛入园率达到91%，提高了11个百分点，高于全国平均水平。", NEWS_2023)[0] == []
    assert read("学前三年毛入园率达到95%，提高5个百分点。", PLAN)[0] == [("95%", 2025)]
    assert read("全区毛入园率力争达到96%，提高了3个百分点。", PLAN)[0] == [("96%", 2025)]


def test_a_fall_of_any_verb_of_change_since_a_year_or_said_done_is_a_review() -> None:
    """Every verb of change of the value grammar (`压减`, `缩小`, not only `下降`) tells how far a
    level moved: `比2015年压减5个百分点` or `压减了5个百分点` beside a level reports it."""
    assert read("全区大班额比例控制在3%，压减了5个百分点。", PLAN)[0] == []
    assert read("全区大班额比例降至3%，比2015年压减5个百分点。", NEWS_2023)[0] == []
    assert read("全县大班额比例降至2%，较2018年缩小8个百分点。", PLAN)[0] == []


def test_a_programme_of_so_many_years_from_a_year_is_due_at_its_end() -> None:
    """`从2011年起分三年建设1200所`, `自2021年开始用五年时间…`: the total is due in the
    programme's last year, not the year it starts."""
    news = Plan(None, 2013, False, now=2011, news=True, ahead=(2013,))
    text = "省行动计划确定，从2011年起分三年在全省建设1200所公办幼儿园。"
    assert read(text, news)[0] == [("1200所", 2013)]
    text = "自2021年开始用五年时间新建幼儿园30所。"
    assert read(text, PLAN)[0] == [("30所", 2025)]
    assert read("从2021年起，全市新建幼儿园30所。", PLAN)[0] == [("30所", 2021)]


def test_a_year_a_target_counts_from_does_not_date_it() -> None:
    """`在2020年基础上新增约30万个学位`: 2020 is where the count starts; the target is the
    plan's, while `2020年新增学位3万个` in the same plan reports its base year."""
    text = "在2020年基础上新增约30万个公办幼儿园学位、新增约370万个公办义务教育学位。"
    assert read(text, PLAN)[0] == [("约30万个", 2025), ("约370万个", 2025)]
    assert read("在2020年的基础上，新增学位2万个。", PLAN)[0] == [("2万个", 2025)]
    assert read("2020年新增学位3万个。", PLAN)[0] == []


def test_a_progress_report_sets_each_task_against_what_is_done() -> None:
    targets, results = read(
        "截至10月底，各县区建设情况如下：甲县新建3所、改扩建1所，目前完工4所；"
        "乙县新建幼儿园10所，现已全部立项，完成设计8所。",
        NEWS_2023,
    )
    assert [raw for raw, _ in targets] == ["3所", "1所", "10所"]
    assert [raw for raw, _ in results] == ["4所", "8所"]


def test_a_count_of_work_done_or_standing_is_no_task_before_its_progress() -> None:
    targets, results = read(
        "截至10月底，全市开工建设项目1588个，竣工1335个；共摸排出需要治理的幼儿园974所，"
        "已完成整改872所；去年新建幼儿园5所，目前已全部投用。",
        NEWS_2023,
    )
    assert targets == []
    assert [raw for raw, _ in results] == ["1588个", "1335个", "974所", "872所", "5所"]


def test_works_all_started_and_a_check_carried_out_are_reported() -> None:
    targets, results = read(
        "某区新建改扩建3处幼儿园全部开工，对11处幼儿园进行了认定。今年将新建幼儿园2所。",
        NEWS_2023,
    )
    assert targets == [("2所", 2023)]
    assert [raw for raw, _ in results] == ["3处", "11处"]


def test_a_period_after_a_word_of_a_plan_dates_what_follows() -> None:
    undated = Plan(None, None, False)
    targets, _ = read(
        "某市计划在“十四五”期间，通过新建、改扩建中小学16个，新增学位9930个。", undated
    )
    assert targets == [("16个", 2025), ("9930个", 2025)]
    targets, _ = read("全区学位数约为“十二五”期间的1.5倍，新建学校12所。", undated)
    assert [year for _, year in targets] == [None] * len(targets)


def test_a_level_followed_by_its_rise_since_last_year_is_a_statistic() -> None:
    """`今年…共招收18.57万人，比上年增加13362人`: the year's count, done; with 计划 or a margin
    (`招生规模8.5万人左右，比上年增加3000人左右`) it is the year's plan."""
    targets, _ = read("今年全市义务教育阶段共招收18.57万人，比上年增加13362人。", NEWS_2023)
    assert targets == []
    targets, _ = read("今年全市计划招生5000人，比上年增加300人。", NEWS_2023)
    assert ("5000人", 2023) in targets
    targets, _ = read("今年全市普通高中招生规模8.5万人左右，比上年增加3000人左右。", NEWS_2023)
    assert ("8.5万人左右", 2023) in targets


def test_an_intake_planned_against_the_intake_done_reports_both() -> None:
    """`普通高中计划招收57075人，实际录取56503人`: the report of an enrolment, not a plan."""
    targets, results = read("全市普通高中计划招收57075人，实际录取56503人。", NEWS_2023)
    assert targets == []
    assert [raw for raw, _ in results] == ["57075人", "56503人"]


def test_a_period_followed_by_a_plan_written_within_it_dates_by_its_end() -> None:
    """`某县2014年规划“十二五”期间计划新建…`: a programme written in 2014 for the period to 2015;
    its counts are due at the period's end, even on a page nothing else dates."""
    text = "某县2014年规划“十二五”期间计划新建项目学校15所，扩建项目学校31所。"
    targets, _ = read(text, Plan(None, None, False))
    assert targets == [("15所", 2015), ("31所", 2015)]
    targets, _ = read("全县“十二五”期间计划新建学校15所。", Plan(None, None, False, now=2013))
    assert targets == [("15所", 2015)]


def test_a_total_over_years_up_to_the_pages_year_is_a_result() -> None:
    """`2020年至2023年，共安排…` on a 2023 page sums what was done so far; a span that starts
    with the page's year (`2023—2025年，共新建…`) is a plan's own."""
    dated = Plan(None, 2023, False, now=2023, news=True, dated=True)
    text = "2020年至2023年，我国共安排中央预算内投资36亿元，新建48个托育综合服务中心。"
    assert read(text, dated) == ([], [("36亿元", 2023), ("48个", 2023)])
    plan = "2023年至2025年，全市共新建幼儿园30所。"
    assert read(plan, dated) == ([("30所", 2025)], [])


def test_a_sentence_closing_on_last_year_reports_its_figures() -> None:
    """Closing words after the last figure (`…北京去年交出一份答卷`) make its figures last year's."""
    text = "普惠性幼儿园覆盖率达到88%，累计增加18万个学位……北京去年交出一份亮丽的答卷。"
    assert read(text, NEWS_2023)[0] == []
    assert read("普惠性幼儿园覆盖率达到88%，在去年的基础上再提高。", NEWS_2023)[0] == [
        ("88%", 2023)
    ]


def test_a_ceremony_held_and_what_it_brought_are_results() -> None:
    """`…举行联合开幕仪式，使…达130家`: what the opening brought; a later clause with 今年 and 将
    sets the target."""
    dated = Plan(None, 2026, False, now=2026, news=True, dated=True)
    text = (
        "两家公托今天举行联合开幕仪式，使公共托育中心达130家。今年下半年公共托育中心将达到132家。"
    )
    assert read(text, dated) == ([("132家", 2026)], [("130家", 2026)])


def test_a_bracket_that_gives_a_span_in_roc_years_dates_by_its_end() -> None:
    """`未来4年内(110-113年)将再增加…`: 民國 113 is 2024; the span's end dates the amount."""
    targets, _ = read(
        "未来4年内(110-113年)将再增加公共化幼儿园名额超过5万个。", Plan(None, None, False)
    )
    assert targets == [("超过5万个", 2024)]


def test_necessary_is_no_word_of_a_target() -> None:
    """必要 (necessary), like 重要 and 主要, holds 要 but states no intent: a report since a year
    goes on through it."""
    text = (
        "2011年以来，全市已建成幼儿园35所。增加幼儿班220个，并配备必要的玩教具，"
        "使公办幼儿园扩容近6500人。"
    )
    assert read(text, NEWS_2023)[0] == []


def test_a_counties_task_count_before_its_progress_is_a_target() -> None:
    """`平阳县任务数是11所，已完成5所`: a progress report sets the task against what is done;
    the name drops its copula (`任务数是` → `任务数`)."""
    found, _, _ = read_paragraph(
        "目前全市已主体结顶67所。其中平阳县任务数是11所，已完成5所，开工10所。",
        Paragraph("正文", False, None, 0),
        NEWS_2023,
    )
    assert [(f.name, f.raw) for f in found] == [("平阳县任务数", "11所")]


def test_the_level_an_earlier_year_is_before_a_later_goal_is_where_it_starts() -> None:
    """`2010年，…年限为9.94年，确定2015年目标值为12.2年以上`: with no base year known, the level
    the earlier year is (为) is a baseline, not a target of that year; two dated amounts to
    build (`2023年新建5所，2025年新建10所`) stay targets."""
    goal = Plan(None, 2015, False)
    text = "2010年，全省劳动年龄人口平均受教育年限为9.94年，确定2015年目标值为12.2年以上。"
    assert read(text, goal)[1] == [("9.94年", 2010)]
    text = "2010年，全省高中阶段毛入学率为86%，确定2015年目标值为95%以上。"
    assert read(text, goal) == ([("95%以上", 2015)], [("86%", 2010)])
    text = "2020年，全市学前教育毛入园率为95%，到2025年毛入园率达到98%。"
    assert read(text, Plan(None, 2025, False)) == ([("98%", 2025)], [("95%", 2020)])
    text = "2023年新建幼儿园5所，2025年新建幼儿园10所。"
    assert read(text, UNDATED_GOALS) == ([("5所", 2023), ("10所", 2025)], [])


def test_what_there_is_now_is_a_result_beside_the_goal() -> None:
    targets, results = read("幼儿园公共化目标要达到七十%，现在才四十四%，还有成长空间。", PLAN)
    assert ([raw for raw, _ in targets], [raw for raw, _ in results]) == (["七十%"], ["四十四%"])


def test_a_schools_particulars_before_when_it_opens_are_what_it_will_give() -> None:
    targets, results = read(
        "目前，某中学已进入建设收尾阶段，规划总建筑面积约为16550平方米，可提供约1080个学位，"
        "预计今年可投入使用。",
        NEWS_2023,
    )
    assert (targets, results) == ([("16550平方米", 2023), ("约1080个", 2023)], [])


def test_works_done_before_the_opening_still_report() -> None:
    targets, results = read(
        "今年计划建成学校6所，目前已完工4所，可提供学位900个，预计今年9月全部投入使用。", NEWS_2023
    )
    assert (targets, results) == ([("6所", 2023), ("900个", 2023)], [("4所", 2023)])


def test_the_opening_year_that_ends_a_sentence_dates_the_particulars_before_its_semicolons() -> (
    None
):
    targets, _ = read(
        "这所学校规划建成一所九年一贯制学校，其中，小学24个班；初中36个班，计划于2015年9月前投入使用。",
        Plan(None, 2014, True, now=2014, news=True),
    )
    assert targets == [("24个", 2015), ("36个", 2015)]


def test_a_programme_decided_after_a_dated_story_of_its_drafting_lists_targets() -> None:
    """`去年11月起…征集意见` dates how the programme was drawn up; once it is decided
    (`最终确定了20项民生实事项目`), the items it lists are still to be done."""
    targets, results = read(
        "2022年11月起，县政府通过多种途径征集意见。经人大代表票决，最终确定了20项民生实事项目。"
        "具体为：新建幼儿园3所，新增学位1350个。",
        NEWS_2023,
    )
    assert (targets, results) == ([("3所", 2023), ("1350个", 2023)], [])


def test_a_dated_year_of_results_still_makes_the_next_sentence_results() -> None:
    targets, results = read("2022年，全县新建幼儿园3所。新增学位1350个。", NEWS_2023)
    assert targets == []
    assert [raw for raw, _ in results] == ["3所", "1350个"]


def test_a_month_dated_story_with_no_figure_leaves_later_levels_to_their_words() -> None:
    """`2022年11月起，县政府…征集意见`: the story of what happened, dated to its month, counts
    nothing; a later sentence that sets an amount (新建, 新增) is a target again."""
    targets, results = read(
        "2022年11月起，县政府通过多种途径征集意见。具体为：新建幼儿园3所，新增学位1350个。",
        NEWS_2023,
    )
    assert (targets, results) == ([("3所", 2023), ("1350个", 2023)], [])


def test_a_month_dated_sentence_with_a_figure_still_reports() -> None:
    targets, results = read("2022年9月，全县新建幼儿园3所。新增学位1350个。", NEWS_2023)
    assert targets == []
    assert [raw for raw, _ in results] == ["3所", "1350个"]


def test_works_already_planned_are_targets_not_results() -> None:
    """`已规划增设…`, `已计划新建…`: a plan already made sets what is still to be done; `已建成`
    reports what was done."""
    targets, results = read("下一学年已规划增设公立幼儿园至少30班，其中公幼12班。", NEWS_2023)
    assert (targets, results) == ([("至少30班", 2023), ("12班", 2023)], [])
    targets, results = read("该县已计划新建小学4所。", NEWS_2023)
    assert targets == [("4所", 2023)]
    targets, results = read("该县已建成小学4所。", NEWS_2023)
    assert (targets, results) == ([], [("4所", 2023)])


def test_an_honour_conferred_is_a_result_not_a_target() -> None:
    """`决定命名…等20个县为示范县`, `为…授牌`: a decision already taken, an honour given; a
    plan that will name schools (`将命名10所…`) still sets a target."""
    targets, results = read("日前，两部门决定命名某某县等20个县为首批校园足球示范县。", NEWS_2023)
    assert (targets, results) == ([], [("20个", 2023)])
    targets, _ = read("会上，两部门为入选的20个示范县授牌。", NEWS_2023)
    assert targets == []
    targets, _ = read("明年将命名10所市级示范学校。", NEWS_2023)
    assert targets == [("10所", 2024)]


def test_the_shared_words_of_intent_and_of_work_done() -> None:
    """`将` is "will" but not in `即将`, `将近`, `将其`; `争取` is an intent unless funds are won,
    and in a sentence that looks back (AIMS) never; `为了` is no perfective `了`."""
    will = re.compile(WILL)
    assert will.search("明年将新增两所小学")
    assert not any(will.search(t) for t in ("新校即将开工", "将近四百名学生", "将其纳入考评"))
    assert INTENT_WORD.search("争取创成一所省级示范园")
    assert not any(INTENT_WORD.search(t) for t in ("共争取到省级资金", "争取420万元专项资金"))
    assert not re.search(AIMS, "2021年争取省级专项资金")
    assert DONE_WORD.search("当年新建了三所小学")
    assert not DONE_WORD.search("为了提高办园质量")


def test_works_or_money_said_planned_with_guihua_are_targets() -> None:
    """`规划新建…`: 规划 before a verb of works plans them, as 计划 does, so an earlier year of
    an undated page (one setting goals for 2020) is what it planned for then, not its past."""
    assert read("2016年前规划新建小学6所。", UNDATED_NEWS) == ([("6所", 2016)], [])
    assert read("2016年前计划新建小学6所。", UNDATED_NEWS) == ([("6所", 2016)], [])
    assert read("2016年新建小学6所。", UNDATED_NEWS) == ([], [("6所", 2016)])


def test_a_sentence_opening_on_before_tells_how_things_stood() -> None:
    """`此前，…近3000名孩子要到…借读`: how things stood before the work the page reports."""
    targets, results = read(
        "此前,某镇近3100名孩子要到邻村借读,约650名孩子寄宿在亲戚家。", NEWS_2023
    )
    assert (targets, [raw for raw, _ in results]) == ([], ["近3100名", "约650名"])


def test_a_total_from_a_past_year_up_to_this_year_is_a_result() -> None:
    """`2019至今年累计增设…班`: a total to now; `至今年底` is still a deadline."""
    targets, results = read("2019至今年累计增设公办幼儿园约1800班。", NEWS_2023)
    assert (targets, [raw for raw, _ in results]) == ([], ["约1800班"])
    targets, _ = read("至今年底,新建公办幼儿园6所。", NEWS_2023)
    assert targets == [("6所", 2023)]


def test_a_total_so_far_is_a_result() -> None:
    """`迄今累计达到88间`: how many there are up to now, like `至今`; the year's new ones before it
    stay targets of the year."""
    text = "今年新添3间非营利幼儿园，共13班；迄今累计达到88间非营利幼儿园，共提供7723个名额。"
    targets, results = read(text, NEWS_2023)
    assert ([raw for raw, _ in targets], [raw for raw, _ in results]) == (
        ["3间", "13班"],
        ["88间", "7723个"],
    )


def test_what_was_added_up_to_this_year_is_a_result() -> None:
    """`到今年就增加…班`: what was added so far, beside the target still ahead; `到今年底`
    is still a deadline."""
    targets, results = read(
        "全县公办园到今年增加95班,县长说到今年就增加95班,往后三年还要再增加40班。", NEWS_2023
    )
    assert [raw for raw, _ in results] == ["95班", "95班"]
    assert [raw for raw, _ in targets] == ["40班"]
    targets, _ = read("到今年底新增公办学位1800个。", NEWS_2023)
    assert targets == [("1800个", 2023)]


def test_investment_measured_against_time_elapsed_is_progress() -> None:
    """`进度快于序时进度`: only a report of progress measures itself so."""
    targets, results = read(
        "校舍改造和食堂新建两项工程完成投资分别为740万元和520万元,进度都快于序时进度。",
        NEWS_2023,
    )
    assert (targets, [raw for raw, _ in results]) == ([], ["740万元", "520万元"])


def test_a_rise_on_last_year_after_a_planned_level_is_planned_too() -> None:
    """`招生规模6.4万人左右，比上年增加1500人左右`: the year's intake plan and the rise it sets;
    an exact rise after an exact count (`招生6.4万人，比上年增加1500人`) is the year's statistic."""
    targets, _ = read("某省2023年普通高中招生规模6.4万人左右,比上年增加1500人左右。", NEWS_2023)
    assert [raw for raw, _ in targets] == ["6.4万人左右", "增加1500人左右"]
    targets, _ = read("某省2023年普通高中招生6.4万人,比上年增加1500人。", NEWS_2023)


def test_a_programme_launched_sets_out_its_works() -> None:
    """`…N所的项目已启动`: the programme has started, its schools are still to be built; a
    count of works already started (`已启动改造学校8所`) stays a result."""
    targets, _ = read("今年全区新建改扩建学校12所的实事工程现已启动。", NEWS_2023)
    assert targets == [("12所", 2023)]
    targets, _ = read("今年已启动改造学校8所。", NEWS_2023)
    assert targets == []


def test_a_count_its_clause_ends_by_saying_is_done_is_progress() -> None:
    """`计划改扩建的学校120所基本完成`, `有80个投入使用，25个主体完工`: how far the year's
    programme has got, results; `将有30所投入使用` says what will be, a target."""
    targets, _ = read(
        "今年计划改扩建的学校120所基本完成。年度建设项目中，有80个投入使用，25个主体完工。",
        NEWS_2023,
    )
    assert targets == []
    targets, _ = read("明年将有30所投入使用。", NEWS_2023)
    assert targets == [("30所", 2024)]


def test_what_works_can_give_once_finished_is_to_come_after_a_since() -> None:
    """`2016年以来…，所有项目建成后可提供4200个学位`: what the works can give once finished is
    still to come, and the year of `…以来` dates no target; works the sentence reports finished already
    (`共建成9所，建成后可提供…`) gave their places."""
    targets, _ = read(
        "2016年以来，纳入建设库的新建项目共有14个，总投资6.3亿元，所有项目建成后可提供4200个学位。",
        NEWS_2023,
    )
    assert targets == [("4200个", 2023)]  # the page's year, not the year counting starts
    targets, _ = read("2016年以来，全县共建成学校9所，建成后可提供学位3900个。", NEWS_2023)
    assert targets == []
    targets, _ = read("2016年以来，全县新增学位3900个。", NEWS_2023)
    assert targets == []


def test_a_total_of_works_to_build_is_not_what_stands() -> None:
    """`共有4所新扩建学校，提供…学位`: 共有 counting the works a programme holds is what will be
    built; `共有中小学120所` counts the schools that stand."""
    targets, _ = read("其中东片共有4所新扩建公办学校，提供3600个学位。", UNDATED_NEWS)
    assert [raw for raw, _ in targets] == ["4所", "3600个"]
    targets, _ = read("今年该区共有6所中小学建设项目。", NEWS_2023)
    assert targets == [("6所", 2023)]
    targets, _ = read("全县共有中小学120所，其中完全中学8所。", UNDATED_NEWS)
    assert targets == []


def test_a_move_over_last_year_with_a_range_or_margin_is_set() -> None:
    """`比上年提高2-4个百分点`, `比上年增长6%以上`: a year's plan sets the move with a range or a
    margin; `比上年增加900人` counts a move that happened."""
    targets, _ = read("高考本科上线率比上年提高2-4个百分点。", PLAN)
    assert [raw for raw, _ in targets] == ["提高2-4个百分点"]  # a change, as `增长6%以上` is
    targets, _ = read("全年学前教育投入比上年增长6%以上。", PLAN)
    assert [raw for raw, _ in targets] == ["增长6%以上"]
    targets, _ = read("全县在校学生比上年增加900人。", PLAN)
    assert targets == []


def test_an_estimated_cost_after_works_begun_is_planned() -> None:
    """`…集中开工，投资估算3.2亿元`: what works are estimated to cost is still to be spent, though
    the clause before reports the works begun; `完成投资5亿元` is money spent."""
    targets, _ = read("昨日，全区6所学校集中开工，投资估算3.2亿元。", NEWS_2023)
    assert [raw for raw, _ in targets] == ["3.2亿元"]
    targets, _ = read("去年全县完成教育投资5亿元。", NEWS_2023)
    assert targets == []


def test_a_sentence_that_brings_a_level_by_any_verb_ends_a_report_of_today() -> None:
    """After `目前共有…`, a sentence that brings a level (`降至`, `上升至`, not only `达到`) sets a
    target again."""
    text = "目前全县共有幼儿园52所。大班额比例降至3%以下。"
    assert read(text, PLAN) == ([("3%以下", 2025)], [("52所", 2020)])
    assert read("目前全县共有幼儿园52所。普惠性幼儿园覆盖率上升至90%。", PLAN)[0] == [("90%", 2025)]


def test_the_next_few_years_that_will_see_works_set_targets() -> None:
    """`近三年，某市还将建设39所幼儿园`: 近三年 with what 将 be done is the years ahead; without
    it (`近三年，全市新建幼儿园39所`) the years behind."""
    ahead = [
        raw for _, raw, _ in drafted_page("近三年,某市还将建设39所幼儿园,预计新增学位7680个。")
    ]
    behind = [raw for _, raw, _ in drafted_page("近三年,全市新建幼儿园39所。")]
    assert (ahead, behind) == (["39所", "7680个"], [])
