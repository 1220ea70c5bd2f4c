"""Targets in running text: names, years, scopes, baselines, and the numbers left out."""

from __future__ import annotations

from decimal import Decimal

from draft_helpers import drafted_page

from plancmp.draft import document
from plancmp.draft.build import draft_document
from plancmp.draft.found import Found
from plancmp.draft.prose import Paragraph, Plan, read_paragraph
from plancmp.values import parse

FIVE_YEAR = Plan(2020, 2025, False)


def read(
    text: str, plan: Plan = FIVE_YEAR, review: bool = False, year: int | None = None
) -> tuple[list[Found], list[Found]]:
    found, baselines, _ = read_paragraph(text, Paragraph("一、发展目标", review, year, 0), plan)
    return found, baselines


def brief(found: list[Found]) -> list[tuple]:
    return [(f.name, f.raw, f.year, f.scope) for f in found]


def test_a_target_with_its_year_name_and_quote() -> None:
    (f,), _ = read("到2023年，全区普惠性幼儿园覆盖面达到90%以上。")
    assert (f.name, f.raw, f.year, f.scope, f.segment) == (
        "普惠性幼儿园覆盖面",
        "90%以上",
        2023,
        "level",
        "学前",
    )
    assert f.quote == "到2023年，全区普惠性幼儿园覆盖面达到90%以上。"
    assert f.kind == "prose" and f.review == ()


def test_a_year_the_sentence_does_not_give_is_the_plans_and_is_flagged() -> None:
    (f,), _ = read("义务教育巩固率达到99.5%。")
    assert f.year == 2025
    assert f.review == ("年份由上下文推断",)


def test_names_and_values_given_as_two_lists_are_paired_for_each_year() -> None:
    found, baselines = read(
        "2023年，学前三年毛入园率、九年义务教育巩固率分别达到98%、99%；2025年分别达到99%、100%。"
    )
    assert brief(found) == [
        ("学前三年毛入园率", "98%", 2023, "level"),
        ("九年义务教育巩固率", "99%", 2023, "level"),
        ("学前三年毛入园率", "99%", 2025, "level"),
        ("九年义务教育巩固率", "100%", 2025, "level"),
    ]
    assert [f.segment for f in found] == ["学前", "义务教育", "学前", "义务教育"]
    assert baselines == []


def test_fen_bie_with_no_names_takes_the_names_the_line_before_gave_one_each() -> None:
    """`2026年，覆盖率达到88%，占比达到55%；` / `2027年，分别达到90%、58%；` / `2028年，分别…`,
    a line each: a bare `分别` list takes the names the line before gave its values, in order,
    and passes them on (they had been named `（1）`, `（2）`). A line between with names of its
    own breaks the chain."""
    lines = (
        "2026年，普惠性幼儿园覆盖率达到88%，公办园在园幼儿占比达到55%；",
        "2027年，分别达到90%、58%；",
        "2028年，分别达到92%以上、60%以上。",
    )
    got = drafted_page("某县学前教育三年行动计划（2026—2028年）", *lines)
    assert got == [
        ("普惠性幼儿园覆盖率", "88%", 2026),
        ("公办园在园幼儿占比", "55%", 2026),
        ("普惠性幼儿园覆盖率", "90%", 2027),
        ("公办园在园幼儿占比", "58%", 2027),
        ("普惠性幼儿园覆盖率", "92%以上", 2028),
        ("公办园在园幼儿占比", "60%以上", 2028),
    ]
    got = drafted_page(
        "某县学前教育三年行动计划（2026—2028年）", lines[0], "全县幼儿园达到60所。", lines[1]
    )
    assert ("普惠性幼儿园覆盖率", "90%", 2027) not in got
    # a list naming its own measure after 分别 takes no names from the line before
    got = drafted_page(
        "某区学校建设三年行动计划（2027—2029年）",
        "新建梧桐幼儿园、云栖幼儿园2所，新增学位630个，总投资8400万元。",
        "分别新增学位720个、810个、630个，2028年秋季学期投入使用。",
    )
    assert [name for name, raw, _ in got if raw == "630个"][-1] != "总投资"
    # `上述三项指标分别达到…`: the indicators the line before named, pointed back at
    got = drafted_page(
        "某县学前教育三年行动计划（2026—2028年）",
        "2026年：学前三年毛入园率达到96%，普惠性幼儿园覆盖率达到88%，公办园在园幼儿占比达到52%；",
        "2027年：上述三项指标分别达到97%、90%和56%；",
    )
    assert got[3:] == [
        ("学前三年毛入园率", "97%", 2027),
        ("普惠性幼儿园覆盖率", "90%", 2027),
        ("公办园在园幼儿占比", "56%", 2027),
    ]


def test_a_goal_named_only_by_the_plan_that_sets_it_is_of_the_indicator_before() -> None:
    """`…占比达到53.6%，《规划》要求到2030年达到55%以上`, `…毛入学率达到97.4%，《规划》目标为98%`:
    a goal named only by the plan it is quoted from is of the indicator the clause before
    named (it had been named `《规划》`, `《规划》目标`)."""
    plan = Plan(2025, 2030, False)
    found, _ = read(
        "公办园在园幼儿占比达到53.6%，《规划》要求到2030年达到55%以上，完成难度不大。", plan
    )
    assert [(f.name, f.raw) for f in found][-1] == ("公办园在园幼儿占比", "55%以上")
    found, _ = read("高中阶段毛入学率达到97.4%，《规划》目标为98%；特色高中达到5所。", plan)
    assert [(f.name, f.raw) for f in found][1] == ("高中阶段毛入学率", "98%")


def test_a_later_years_bare_figures_are_named_as_the_first_years() -> None:
    """`其中：2026年新建改扩建4所、新增学位1080个；2027年5所、1620个；2028年3所、900个。`: each later
    year's bare figures are named as the figures in the same place of the first year's, in the
    same unit, whether the years are split by `；` or not (the second figure of each later year
    had been lost, the first named `；2027年`). A figure in another unit takes no such name."""
    plan = Plan(2025, 2028, False)
    text = "其中：2026年新建改扩建4所、新增学位1080个；2027年5所、1620个；2028年3所、900个。"
    found, _ = read(text, plan)
    assert [(f.name, f.raw, f.year) for f in found] == [
        ("新建改扩建", "4所", 2026),
        ("新增学位", "1080个", 2026),
        ("新建改扩建", "5所", 2027),
        ("新增学位", "1620个", 2027),
        ("新建改扩建", "3所", 2028),
        ("新增学位", "900个", 2028),
    ]
    found, _ = read("其中：2026年新建改扩建4所、新增学位1080个；2027年5名、1620个。", plan)
    assert ("新建改扩建", "5名") not in [(f.name, f.raw) for f in found]


def test_figures_and_years_in_full_width_digits_are_read_as_half_width_ones() -> None:
    """`其中２０２６年３５０套、２０２７年４５０套`: each part is due in its year as in half-width
    digits (the parts had been lost, and the total named by its span of years), each raw and
    quote as printed."""
    text = "２０２６—２０２８年全市新建乡村教师周转宿舍１２００套，其中２０２６年３５０套、２０２７年４５０套。"
    found, _ = read(text, Plan(2025, 2028, False))
    assert [(f.name, f.raw, f.year) for f in found] == [
        ("新建乡村教师周转宿舍", "１２００套", 2028),
        ("新建乡村教师周转宿舍", "３５０套", 2026),
        ("新建乡村教师周转宿舍", "４５０套", 2027),
    ]
    assert found[1].quote == text


def test_a_year_after_a_list_items_dash_dates_its_item() -> None:
    """`——2027年目标：组建紧密型教育集团25个…`: the item's dash is no word of its sentence, and
    the year after it dates the item as it would with no dash (it had been the plan's year);
    the quote is the item's sentence as printed, its dash left off as a list's mark."""
    text = "——2027年目标：组建紧密型教育集团25个，县级新优质学校累计达到20所。"
    found, _ = read(text, Plan(2025, 2030, False))
    assert [(f.raw, f.year) for f in found] == [("25个", 2027), ("20所", 2027)]
    assert found[0].quote == text.removeprefix("——")


def test_fen_bie_after_a_comma_gives_each_item_of_the_list_before() -> None:
    """`小学和初中巩固率，分别达到…`: the list is the clause before; one value goes to each item,
    two to the items in order, each item with the measure the list shares."""
    found, _ = read("到2025年，小学和初中入学率，分别达到100%。")
    assert [(f.name, f.raw) for f in found] == [("小学入学率", "100%"), ("初中入学率", "100%")]
    found, _ = read("到2025年，小学和初中巩固率，分别达到100%和98%。")
    assert [(f.name, f.raw) for f in found] == [("小学巩固率", "100%"), ("初中巩固率", "98%")]
    found, _ = read("到2025年，小学、初中入学率达到100%，分别为99%。")
    assert "小学入学率达到100%" not in [f.name for f in found]


def test_a_yearly_rate_for_a_list_is_each_items_when_fen_bie_or_alike_names_say_so() -> None:
    """`甲和乙分别年均增长8%`: each grows 8% a year, 分别 in neither name; so do two whole
    measures ending alike; two measures unlike (`教育经费和财政教育支出`) keep one rate."""
    found, _ = read("到2025年，小学和初中教育经费分别年均增长8%。")
    assert [(f.name, f.raw) for f in found] == [
        ("小学教育经费", "年均增长8%"),
        ("初中教育经费", "年均增长8%"),
    ]
    found, _ = read("到2025年，城镇居民人均可支配收入和农村居民人均纯收入年均增长5%左右。")
    assert [f.name for f in found] == ["城镇居民人均可支配收入", "农村居民人均纯收入"]
    found, _ = read("到2025年，教育经费和财政教育支出年均增长8%。")
    assert [f.name for f in found] == ["教育经费和财政教育支出"]


def test_a_rate_of_adults_after_a_stages_rate_takes_no_stage() -> None:
    """`初中阶段入学率…，青壮年文盲率降到5%左右`: the illiteracy of young adults, not 初中's."""
    found, _ = read("到2025年，初中阶段入学率达到85%左右，青壮年文盲率降到5%左右。")
    assert [f.name for f in found] == ["初中阶段入学率", "青壮年文盲率"]


def test_the_share_of_the_people_in_areas_that_reach_a_goal_is_a_target() -> None:
    """`在占全国总人口85%的地区普及九年义务教育`: how much of the people the goal reaches, named
    by the goal and the stage it reaches; `…占学生总数30%以上的县区` still only picks places."""
    found, _ = read(
        "到2025年，在占全国总人口百分之八十五的地区普及九年义务教育，"
        "在占总人口30%以上的地区基本普及初中阶段义务教育。"
    )
    assert [(f.name, f.raw, f.segment) for f in found] == [
        ("普及九年义务教育的地区占全国总人口比重", "百分之八十五", "义务教育"),
        ("基本普及初中阶段义务教育的地区占总人口比重", "30%以上", "初中"),
    ]
    found, _ = read("到2025年，外来务工子女占学生总数30%以上的县区控制在10所。")
    assert [f.raw for f in found] == ["10所"]


def test_ge_gives_each_item_of_the_list_before_the_value() -> None:
    """`新建小学和初中各2所`: 2 each, not 2 in all; `各` is no part of a name."""
    found, _ = read("到2025年，新建小学和初中各2所，城镇新增就业和转移农业劳动力各达到4000万人。")
    assert [(f.name, f.raw) for f in found] == [
        ("新建小学", "2所"),
        ("新建初中", "2所"),
        ("城镇新增就业", "4000万人"),
        ("转移农业劳动力", "4000万人"),
    ]


def test_two_lists_either_side_of_zhan_pair_their_items() -> None:
    """`甲招生数和在校生数占乙招生数和在校生数的比例，分别为…`: the intake's share of the intake,
    the enrolment's of the enrolment, each with the heads the first items print; one whole
    (`…占总数的比例`) is each part's."""
    found, _ = read(
        "到2025年，中职招生数和在校生数占高中阶段招生数和在校生数的比例，分别为百分之五十左右。"
    )
    assert [(f.name, f.segment, f.raw) for f in found] == [
        ("中职招生数占高中阶段招生数的比例", "中职", "百分之五十左右"),
        ("中职在校生数占高中阶段在校生数的比例", "中职", "百分之五十左右"),
    ]
    found, _ = read("到2025年，民办幼儿园数和在园幼儿数占总数的比例分别为30%。")
    assert [f.name for f in found] == ["民办幼儿园数占总数的比例", "在园幼儿数占总数的比例"]


def test_segments_in_one_list_with_one_head_each_get_the_head() -> None:
    found, _ = read("全市学前段、义务教育段和高中段残疾儿童少年入学率分别达到94%、98.5%和88%。")
    assert [(f.name, f.segment, f.raw) for f in found] == [
        ("学前段残疾儿童少年入学率", "学前", "94%"),
        ("义务教育段残疾儿童少年入学率", "义务教育", "98.5%"),
        ("高中段残疾儿童少年入学率", "高中段", "88%"),
    ]


def test_stages_listed_before_a_stage_led_measure_share_what_follows_its_stage() -> None:
    """`高中和中职教师研究生学历比例`, `学前教育和义务教育经费`: 中职 and 义务教育 stand where
    高中 and 学前教育 stand, so each stage takes what follows them (not `高中职…`)."""
    found, _ = read("到2025年，全区高中和中职教师研究生学历比例分别达到20%和10%。")
    assert [(f.name, f.segment) for f in found] == [
        ("高中教师研究生学历比例", "高中段"),
        ("中职教师研究生学历比例", "中职"),
    ]
    found, _ = read("到2025年，学前教育和义务教育经费分别增长7%和8%左右。")
    assert [(f.name, f.raw) for f in found] == [
        ("学前教育经费", "增长7%"),
        ("义务教育经费", "8%左右"),
    ]
    found, _ = read("到2025年，普通高中和中等职业学校专任教师本科学历比例分别达到99%和95%。")
    assert [(f.name, f.segment) for f in found] == [
        ("普通高中专任教师本科学历比例", "高中段"),
        ("中等职业学校专任教师本科学历比例", "中职"),
    ]


def test_one_value_for_a_list_of_segments_is_one_target_each() -> None:
    found, _ = read("实现残疾儿童少年学前教育、义务教育、高中教育入学率达到95%以上。")
    assert [(f.segment, f.raw) for f in found] == [
        ("学前", "95%以上"),
        ("义务教育", "95%以上"),
        ("高中段", "95%以上"),
    ]


def test_counts_name_what_they_count_and_period_totals_are_cumulative() -> None:
    found, _ = read(
        "“十四五”期间，新建15所中小学，新增学位6.1万个，培养200名骨干教师、50名名校长。"
    )
    assert brief(found) == [
        ("新建中小学", "15所", 2025, "cumulative"),
        ("新增学位", "6.1万个", 2025, "cumulative"),
        ("培养骨干教师", "200名", 2025, "cumulative"),
        ("培养名校长", "50名", 2025, "cumulative"),
    ]


def test_any_verb_that_counts_what_a_plan_makes_sums_over_the_period() -> None:
    """Every verb of text.COUNT_VERBS (`新办`, `创办`), not only `新建`, makes a count an amount
    made over the plan, and so are the parts of its list."""
    assert brief(read("到2025年，新办幼儿园5所。")[0]) == [
        ("新办幼儿园", "5所", 2025, "cumulative")
    ]
    found, _ = read("规划期内创办幼儿园8所，其中公办园6所，民办园2所。")
    assert [f.scope for f in found] == ["cumulative"] * 3


def test_each_year_amounts_are_per_year_and_a_one_year_programme_counts_per_year() -> None:
    assert brief(read("每年帮助10000名老人跨越数字鸿沟。")[0]) == [
        ("帮助老人跨越数字鸿沟", "10000名", 2025, "per_year")
    ]
    annual = Plan(None, 2023, True)
    assert brief(read("新建成中小学、幼儿园72所。", annual)[0]) == [
        ("新建成中小学、幼儿园", "72所", 2023, "per_year")
    ]


def test_a_forecast_of_people_led_by_its_yuji_is_no_target_even_under_goals() -> None:
    """`预计到2025年，全区学龄人口将减少到4.1万人左右`: what the plan expects of its people, not what it
    sets, under a heading of goals too; the places it then plans stay a target."""
    found, _ = read("预计到2025年，全区学龄人口将减少到4.1万人左右，需新增学位6000个。")
    assert [(f.name, f.raw) for f in found] == [("需新增学位", "6000个")]
    found, _ = read("预计到2025年，全区培训教师将达到1万人。")
    assert [f.raw for f in found] == ["1万人"]


def test_long_run_goals_after_dated_ones_take_no_year_of_theirs() -> None:
    """`到2025年，…。远景目标：…`: the long-run goals print no year, and the one the goals
    before them were set for is not theirs: left to the plan's year and marked for review;
    a year they print dates them."""
    plan = Plan(2020, 2030, False)
    found, _ = read("到2025年，学前教育毛入园率达到98%。远景目标：学前教育毛入园率达到99%。", plan)
    assert [(f.raw, f.year, f.review) for f in found] == [
        ("98%", 2025, ()),
        ("99%", 2030, ("年份由上下文推断",)),
    ]
    found, _ = read("到2025年，毛入园率达到98%。远期，到2035年毛入园率达到99%。", plan)
    assert [(f.raw, f.year) for f in found] == [("98%", 2025), ("99%", 2035)]


def test_a_year_by_year_schedule_gives_each_year_its_own_amount_the_last_year_too() -> None:
    """`2023年新增…，2024年新增…，2025年新增…`: each clause is dated one year, so each amount
    is what that year makes, the plan's last year's as well, not a total to it."""
    found, _ = read("2023年新增学位3000个，2024年新增4000个，2025年新增5000个。")
    assert [(f.raw, f.year, f.scope) for f in found] == [
        ("3000个", 2023, "per_year"),
        ("4000个", 2024, "per_year"),
        ("5000个", 2025, "per_year"),
    ]


def test_a_schedules_running_total_stays_a_total() -> None:
    """`2023年新建学校2所，2025年累计新建10所`: the last clause says it is a running total
    (累计), as a schedule table's row may: a total to that year, not that year's own."""
    found, _ = read("2023年新建学校2所，2025年累计新建学校10所。")
    assert [(f.raw, f.year, f.scope) for f in found] == [
        ("2所", 2023, "per_year"),
        ("10所", 2025, "cumulative"),
    ]


def test_a_rate_of_the_year_is_a_level_and_a_yearly_amount_per_year() -> None:
    """`年度毕业率` is the rate the year ends with (a level); `年度新增…` is the year's amount."""
    annual = Plan(None, 2023, True)
    assert brief(read("年度毕业率初中达到99.2%。", annual)[0]) == [
        ("年度毕业率", "99.2%", 2023, "level")
    ]
    assert brief(read("年度新增托位300个。")[0])[0][3] == "per_year"


def test_nearly_a_ratio_keeps_its_word_and_the_name_before_it() -> None:
    """`接近3:2` is nearly (approximate, `=`), as `近` is; `促使` before the name is a verb."""
    (f,), _ = read("促使公民办在校生比例接近3:2。")
    assert (f.name, f.raw) == ("公民办在校生比例", "接近3:2")
    value = parse(f.raw, None)
    assert (value.op, value.value, value.approx) == ("=", Decimal("1.5"), True)


def test_comparators_and_rates_of_change() -> None:
    found, _ = read("送教上门人数控制在3%以内，近视率每年下降1个百分点以上，生均公用经费逐年增长。")
    assert [(f.name, f.raw, f.scope) for f in found] == [
        ("送教上门人数", "3%以内", "level"),
        ("近视率", "每年下降1个百分点以上", "per_year"),
        ("生均公用经费", "逐年增长", "level"),
    ]


def test_a_yearly_rate_given_as_a_range_and_an_average_is_one_rate_of_its_indicator() -> None:
    """`平均每年增长2—4个百分点`: the rate's two ends and its 平均 are the rate's words, not a
    cut `每年增长2` under a name ending in 平."""
    (f,), _ = read("到2030年，农村学生升入本科的比例平均每年增长2—4个百分点。")
    assert (f.name, f.raw, f.scope) == (
        "农村学生升入本科的比例",
        "平均每年增长2—4个百分点",
        "per_year",
    )
    value = parse(f.raw, None)
    assert (value.op, value.value, value.value_max) == ("trend", Decimal("2"), Decimal("4"))


def test_a_bound_before_the_verb_of_having_bounds_the_count_after_what_is_had() -> None:
    """`每个县至少应有老年大学一所`: 至少 bounds the count printed after the noun, and with the
    modal and the verb it is no part of the name."""
    found, _ = read(
        "到2025年，每个县至少应有老年大学一所，每校至少配备心理教师1名，每个乡镇至少应当建成1所老年学校。"
    )
    assert [(f.name, f.raw, f.comparator) for f in found] == [
        ("每个县老年大学", "一所", "至少"),
        ("每校心理教师", "1名", "至少"),
        ("每个乡镇老年学校", "至少应当建成1所", None),
    ]


def test_a_bound_before_any_verb_bounds_the_values_its_object_and_list_run_to() -> None:
    """`至少交流义务教育学校校长80人、教师1000人`: 至少 before the verb bounds the value its object
    runs to and each item listed after it; it is no part of the name. A comma parts the next
    clause from it (`，新增学位900个` is as printed)."""
    found, _ = read(
        "2023年，至少交流义务教育学校校长80人、教师1000人，至少新建幼儿园3所，新增学位900个。"
    )
    assert [(f.name, f.raw, f.comparator) for f in found] == [
        ("交流义务教育学校校长", "80人", "至少"),
        ("交流义务教育学校教师", "1000人", "至少"),
        ("新建幼儿园", "3所", "至少"),
        ("新增学位", "900个", None),
    ]


def test_a_bound_before_a_one_character_verb_bounds_each_item_of_its_list() -> None:
    """`至少上2节公开课、帮扶2名困难学生(…)、参与3次…`: 至少 before a verb of one character bounds
    its value, and each item of the list after it, though an item's object and bracketed note
    follow its value."""
    found, _ = read(
        "2023年，党员教师每学期至少上2节公开课、帮扶2名困难学生(重点关注留守儿童、单亲家庭学生)、"
        "参与3次社区志愿服务。"
    )
    assert [(f.raw, f.comparator) for f in found] == [
        (
            "每学期至少上2节",
            None,
        ),  # a count a term: its raw reads it as a yearly one, bound and all
        ("2名", "至少"),
        ("3次", "至少"),
    ]


def test_two_named_full_coverages_in_one_list_are_two_targets_and_slogans_none() -> None:
    """`课后服务全覆盖、结对帮扶全覆盖`: each word is its name's level; a word that is the whole
    item of its list (`零拒绝、全覆盖、深融合`) is a slogan, and one among the means to a goal
    (`通过实施…全覆盖、…等具体举措`) a measure taken."""
    found, _ = read("到2025年，实现义务教育学校课后服务全覆盖、城乡学校结对帮扶全覆盖。")
    assert [(f.name, f.raw) for f in found] == [
        ("义务教育学校课后服务覆盖面", "全覆盖"),
        ("城乡学校结对帮扶覆盖面", "全覆盖"),
    ]
    assert read("到2025年，坚持零拒绝、全覆盖、深融合。")[0] == []
    found, _ = read(
        "通过实施农村学前教育全覆盖、扩大城镇学前教育资源等具体举措，确保到2025年普惠性幼儿园覆盖率达到80%。"
    )
    assert [(f.name, f.raw) for f in found] == [("普惠性幼儿园覆盖率", "80%")]


def test_so_many_in_each_place_is_a_standard_each_keeps_not_an_amount_a_year() -> None:
    """`每个街道都设有1所…`, `各县至少建2所…`: a standard each place keeps (a level); a count
    made in the districts together (`各区县新增学位…`) is still made over the period."""
    plan = Plan(2015, 2018, True)  # a programme of one year: counts made are per_year
    found, _ = read("到2018年，每个街道都设有1所社区学校，各县至少建2所寄宿制学校。", plan)
    assert [(f.raw, f.scope) for f in found] == [("1所", "level"), ("至少建2所", "level")]
    found, _ = read("到2018年，各区县新增学位6000个。", plan)
    assert [(f.raw, f.scope) for f in found] == [("6000个", "per_year")]


def test_a_goal_clause_after_where_things_stand_is_of_the_same_rate() -> None:
    """`目前…覆盖率为81%，目标是到2025年提高到93%` (or `计划2025年…`): the goal's clause names no
    rate of its own, so it is the rate the clause before stands at; 目前 is no part of a name."""
    for goal in ("目标是到2025年提高到93%", "计划2025年提高到93%", "到2025年提高到93%"):
        found, baselines = read(f"目前全区普惠性幼儿园覆盖率为81%，{goal}。")
        assert [(f.name, f.raw, f.year) for f in found] == [("普惠性幼儿园覆盖率", "93%", 2025)]
        assert [(b.name, b.raw) for b in baselines] == [("普惠性幼儿园覆盖率", "81%")]


def test_a_deadline_or_goal_printed_after_the_name_is_no_part_of_it() -> None:
    """`巩固率到2025年达到…`, `…力争到2025年提高到…`, `…目标是…`, `…确保达到…`: the name ends
    at the rate."""
    for text in (
        "全区义务教育巩固率到2025年达到98.5%。",
        "全区义务教育巩固率力争到2025年提高到98.5%。",
        "全区义务教育巩固率目标是2025年达到98.5%。",
        "到2025年，全区义务教育巩固率确保达到98.5%。",
        "到2025年，全区义务教育巩固率确保98.5%。",
    ):
        (f,), _ = read(text)
        assert (f.name, f.raw, f.year) == ("义务教育巩固率", "98.5%", 2025), text


def test_an_inclusive_mark_after_a_bound_is_no_part_of_the_name() -> None:
    """`50%以上（含）`, `30人以下(含)`: the bound includes itself, as 以上 already reads; the
    bracket names nothing (it drafted `公办幼儿园在园幼儿占比（含）比例`)."""
    for text, name, raw in (
        (
            "到2025年，公办幼儿园在园幼儿占比达到50%以上（含）。",
            "公办幼儿园在园幼儿占比",
            "50%以上",
        ),
        ("到2025年，幼儿园班额控制在30人以下(含)。", "幼儿园班额", "30人以下"),
    ):
        (f,), _ = read(text)
        assert (f.name, f.raw, parse(f.raw).op) == (name, raw, parse(raw).op), text


def test_a_bare_rate_after_a_clause_naming_a_piece_of_work_is_that_works_rate() -> None:
    """`组织学生体质健康测试，合格率达到95%`: the 合格率 of the test (it drafted 合格率 alone); a
    clause that names no work lends nothing."""
    found, _ = read("2025年，全年组织学生体质健康测试，合格率达到95%，优良率不低于55%。")
    assert [f.name for f in found] == ["学生体质健康测试合格率", "学生体质健康测试优良率"]
    found, _ = read("到2025年，完成学校食堂明厨亮灶建设，覆盖率达98%。")
    assert [f.name for f in found] == ["学校食堂明厨亮灶建设覆盖率"]
    found, _ = read("到2025年，为全县学生免费提供课后服务，参与率不低于90%。")
    assert [f.name for f in found] == ["课后服务参与率"]
    found, _ = read("到2025年，质量稳步提高，合格率达到95%。")
    assert [f.name for f in found] == ["合格率"]


def test_a_bare_rate_after_a_clause_telling_what_is_done_is_the_rate_of_doing_it() -> None:
    """`二是普遍将体重管理纳入学校健康教育，覆盖率达100%。三是…开展…科普宣传，覆盖率达100%`: each
    覆盖率 is of what its clause does (two bare 覆盖率 were one record); a clause that links or
    hedges lends nothing."""
    found, _ = read(
        "二是普遍将体重管理纳入学校健康教育，覆盖率达100%。三是各县普遍开展体重管理科普宣传，"
        "覆盖率达100%。四是公共体育场所普遍免费或低收费开放，比例达100%。"
    )
    assert [f.name for f in found] == [
        "体重管理纳入学校健康教育覆盖率",
        "各县普遍开展体重管理科普宣传覆盖率",
        "公共体育场所普遍免费或低收费开放比例",
    ]
    found, _ = read("到2025年，同时，覆盖率达到95%。")
    assert [f.name for f in found] == ["覆盖率"]


def test_a_level_striven_for_after_an_assured_one_is_named_for_review() -> None:
    """`确保达到95%、力争达到98%`: the target is the level assured; the one striven for has no
    name of its own and is named in the review (it was dropped without a word), not drafted."""
    found, _ = read("到2025年，全县学前三年毛入园率确保达到95%、力争达到98%。")
    assert [(f.name, f.raw) for f in found] == [("学前三年毛入园率", "95%")]
    assert "另有力争目标98%，未录入" in found[0].review
    found, _ = read("到2025年，毛入园率达到95%，力争高中阶段毛入学率达到98%。")
    assert [f.raw for f in found] == ["95%", "98%"]
    assert not any("力争" in note for f in found for note in f.review)


def test_a_later_year_alone_then_a_bare_level_is_of_the_indicator_named_before() -> None:
    """`…县达到5个；到2027年，实现全覆盖`, `…覆盖率达到90%，2027年实现全覆盖`: the later level
    is the same indicator's (it was dropped); a bare level with no year names nothing."""
    found, _ = read("到2025年，义务教育优质均衡发展县达到5个；到2027年，实现全覆盖。")
    assert [(f.name, f.raw, f.year) for f in found] == [
        ("义务教育优质均衡发展县", "5个", 2025),
        ("义务教育优质均衡发展县覆盖面", "全覆盖", 2027),
    ]
    found, _ = read("到2025年，课后服务覆盖率达到90%，2027年实现全覆盖。")
    assert [(f.name, f.raw, f.year) for f in found] == [
        ("课后服务覆盖率", "90%", 2025),
        ("课后服务覆盖率", "全覆盖", 2027),
    ]
    found, _ = read("到2025年，新建学校5所；实现全覆盖。")
    assert [f.raw for f in found] == ["5所"]


def test_a_ratio_bettered_from_one_level_to_another_is_a_target_with_its_baseline() -> None:
    """`生师比由1:14改善至1:13`: the second ratio is the target, the first where it starts (a
    colon between digits ends no clause, and the second is no clock time)."""
    found, _ = read("到2025年，全区幼儿园生师比由1:14改善至1:13。")
    assert [(f.name, f.raw, f.baseline.raw if f.baseline else None) for f in found] == [
        ("幼儿园生师比", "1:13", "1:14")
    ]


def test_a_total_broken_down_by_year_gives_each_year_its_part() -> None:
    """`新建学校14所，其中2026年5所、2027年9所`: each part is what its year builds (per year),
    of the thing the total counts, the first part too."""
    plan = Plan(2025, 2027, False)
    found, _ = read("新建、改扩建学校14所，其中2026年5所、2027年9所。", plan)
    assert [(f.name, f.raw, f.year, f.scope) for f in found] == [
        ("新建、改扩建学校", "14所", 2027, "cumulative"),
        ("新建、改扩建学校", "5所", 2026, "per_year"),
        ("新建、改扩建学校", "9所", 2027, "per_year"),
    ]


def test_a_level_reached_after_a_change_is_of_the_same_rate() -> None:
    """`入园率提高4个百分点，达到93%`: the clause that reaches a level names nothing of its own,
    so it is the level of the rate the change moved; both are drafted."""
    found, _ = read("到2025年，全区学前教育毛入园率提高4个百分点，达到93%以上。")
    assert [(f.name, f.raw) for f in found] == [
        ("学前教育毛入园率", "提高4个百分点"),
        ("学前教育毛入园率", "93%以上"),
    ]
    found, _ = read("到2025年，劳动年龄人口平均受教育年限提高0.5年，达到11.3年。")
    assert [(f.name, f.raw) for f in found] == [
        ("劳动年龄人口平均受教育年限", "提高0.5年"),
        ("劳动年龄人口平均受教育年限", "11.3年"),
    ]
    found, _ = read("到2025年，人均预期寿命提高1岁，达到78.5岁。")  # an age a measure reaches
    assert [(f.name, f.raw) for f in found] == [
        ("人均预期寿命", "提高1岁"),
        ("人均预期寿命", "78.5岁"),
    ]


def test_a_stock_a_place_will_have_is_a_level_named_by_what_it_holds() -> None:
    """`将拥有…N所`, `将有…N所` in a one-year programme: a stock held by then, not an amount
    made that year, named by what is held; a verb of making in the clause still counts."""
    plan = Plan(2015, 2018, True)
    found, _ = read("到2018年底，全县将拥有公办初中21所，将有乡镇幼儿园9所。", plan)
    assert [(f.name, f.raw, f.scope) for f in found] == [
        ("公办初中", "21所", "level"),
        ("乡镇幼儿园", "9所", "level"),
    ]
    found, _ = read("到2018年底，全县将有4所新建小学建成。", plan)
    assert [(f.raw, f.scope) for f in found] == [("4所", "per_year")]


def test_a_count_over_a_span_of_years_is_their_sum_on_a_page_of_one_year() -> None:
    """A page titled by one year reads a count made as that year's, unless its clause adds
    up years (`4年内`, `“十五五”期间`)."""
    plan = Plan(None, 2031, True)
    found, _ = read("为应对生源高峰，4年内全县将新建小学12所，本年新建初中2所。", plan)
    assert [(f.raw, f.scope) for f in found] == [("12所", "cumulative"), ("2所", "per_year")]


def test_a_deadline_printed_with_spaces_is_still_a_deadline() -> None:
    """`到 2031 年` as copied from a PDF is `到2031年`: the total due by then, not one year's."""
    plan = Plan(None, 2031, False)
    found, _ = read("到 2031 年，全县新增幼儿园7所。2031 年新建小学1所。", plan)
    assert [(f.raw, f.scope) for f in found] == [("7所", "cumulative"), ("1所", "per_year")]


def test_a_count_due_by_a_later_year_is_its_total_even_in_a_one_year_page() -> None:
    """`到2026年，新增…` on a page of 2022 (news of plans, a year's work plan): the total made
    by then, not one year's amount; a count of that year itself stays the year's."""
    plan = Plan(None, 2022, True)
    found, _ = read("到2026年，全区新增幼儿园14所。2022年底前新建学校3所。", plan)
    assert [(f.raw, f.year, f.scope) for f in found] == [
        ("14所", 2026, "cumulative"),
        ("3所", 2022, "per_year"),
    ]


def test_a_count_due_by_a_year_inside_the_plan_is_the_total_by_then() -> None:
    """`到2023年，新建…` in a plan to 2025 is what is made by 2023, not 2023's amount; a count
    of the year itself (`2023年新建…`) is that year's; `未来三年` is a stretch."""
    found, _ = read("到2023年，全区新建学校6所。2023年新建幼儿园2所。未来三年新增学位4000个。")
    assert [(f.raw, f.scope) for f in found] == [
        ("6所", "cumulative"),
        ("2所", "per_year"),
        ("4000个", "cumulative"),
    ]


def test_a_count_over_a_stretch_of_years_is_its_total() -> None:
    """`2023—2025年，新建…`, `4年内新增…`, `预计3年投入…`: a count made over several years is
    their total, as over a five-year period; `每年` still makes it each year's."""
    plan = Plan(None, 2023, True)
    text = "2023—2025年，全市新建学校16所。4年内新增学位3.2万个。预计3年投入12亿元。"
    found, _ = read(text, plan)
    assert [(f.raw, f.scope) for f in found] == [
        ("16所", "cumulative"),
        ("3.2万个", "cumulative"),
        ("12亿元", "cumulative"),
    ]
    found, _ = read("2023—2025年，每年新建学校4所。", plan)
    assert [(f.raw, f.scope) for f in found] == [("4所", "per_year")]


def test_a_count_dated_one_year_in_a_page_of_no_period_is_that_years() -> None:
    """A page that gives no plan period (news of a year's works): `2024年，…新建学校5所` and
    `今秋…新增` are that year's amounts; `到2027年` is a total by then; in a plan of five
    years a count dated by one of them is that year's too."""
    plan = Plan(None, 2024, False)
    text = "2024年，全县计划新建学校5所，新增学位4200个。今秋开学，将新增幼儿园2所。"
    found, _ = read(text, plan)
    assert [(f.raw, f.scope) for f in found] == [
        ("5所", "per_year"),
        ("4200个", "per_year"),
        ("2所", "per_year"),
    ]
    found, _ = read("到2027年，全县新增学位9000个。", plan)
    assert [(f.raw, f.scope) for f in found] == [("9000个", "cumulative")]
    found, _ = read("2024年，全县计划新建学校5所。", FIVE_YEAR)
    assert [(f.raw, f.scope) for f in found] == [("5所", "per_year")]


def test_the_parts_of_a_list_after_a_verb_of_making_are_made_as_the_first() -> None:
    """`规划新建学校30所，其中小学17所，初中13所`: each part is made over the period, as the
    total; a part that names a state (`在校生规模…`) stays a level."""
    found, _ = read("全区规划新建学校30所，其中小学17所，初中13所，在校生规模2.1万人。")
    assert [(f.raw, f.scope) for f in found] == [
        ("30所", "cumulative"),
        ("17所", "cumulative"),
        ("13所", "cumulative"),
        ("2.1万人", "level"),
    ]


def test_a_sum_of_money_is_an_amount_spent_but_a_standard_is_a_level() -> None:
    """`改造需资金1.8亿元，其中省级资金6000万元`: money to be spent over the period; a
    standard per pupil (`每生每天5元`) is a level."""
    found, _ = read("校舍改造需资金1.8亿元，其中省级资金6000万元。膳食补助标准为每生每天5元。")
    assert [(f.raw, f.scope) for f in found] == [
        ("1.8亿元", "cumulative"),
        ("6000万元", "cumulative"),
        ("5元", "level"),
    ]


def test_a_growth_is_the_years_in_a_year_programme_and_the_periods_over_a_plan() -> None:
    """`增长6.5%左右` in a year's work report is that year's growth; `到2025年…增长40%` in a
    five-year plan is over the period; neither is a state."""
    found, _ = read("今年全县生产总值增长6.5%左右。", Plan(None, 2024, True))
    assert [(f.raw, f.scope) for f in found] == [("增长6.5%左右", "per_year")]
    found, _ = read("到2025年，全区教育经费投入增长40%。")
    assert [(f.raw, f.scope) for f in found] == [("增长40%", "cumulative")]


def test_a_standard_or_a_capacity_in_a_year_programme_stays_a_level() -> None:
    """In a one-year programme a count is the year's, but a standard per pupil (`公用经费标准
    每生每年…`), what a school can hold (`可容纳…`) or a term of works (`工期`) is a level;
    `标准化` names a kind of thing made, no standard."""
    plan = Plan(None, 2024, True)
    text = "小学公用经费标准提高到720元。新校可容纳学生2400名，工期14个月。改造标准化考场36个。"
    found, _ = read(text, plan)
    assert [(f.raw, f.scope) for f in found] == [
        ("720元", "level"),
        ("2400名", "level"),
        ("14个月", "level"),
        ("36个", "per_year"),
    ]


def test_the_review_of_the_last_period_gives_baselines_not_targets() -> None:
    found, baselines = read("公办幼儿园覆盖率由43.5%提升到58.2%，新增省特级教师11名。", review=True)
    assert found == []
    assert [(b.name, b.raw, b.year) for b in baselines] == [
        ("公办幼儿园覆盖率", "58.2%", 2020),
        ("新增省特级教师", "11名", 2020),
    ]


def test_results_reported_in_a_plan_section_are_baselines() -> None:
    text = "截至2020年底，全区共有幼儿园106所。其中，公办园在园幼儿占比达76%。到2025年，公办园在园幼儿占比达到85%。"
    found, baselines = read(text)
    assert brief(found) == [("公办园在园幼儿占比", "85%", 2025, "level")]
    assert [(b.raw, b.year) for b in baselines] == [("106所", 2020), ("76%", 2020)]


def test_from_a_to_b_in_a_target_sentence_gives_the_baseline_beside_the_target() -> None:
    (f,), _ = read("普惠性幼儿园覆盖面由90%提高到95%。")
    assert (f.raw, f.baseline.raw if f.baseline else None) == ("95%", "90%")
    assert "基线年份由上下文推断" in f.review


def test_a_from_to_of_counts_that_name_what_they_count_after_each() -> None:
    """`从15个县（市）扩大到57个县（市）`: what both counts count stands after each; the first is
    still where the second starts from."""
    (f,), _ = read("推动县中托管帮扶从15个县（市）扩大到57个县（市）。")
    assert (f.raw, f.baseline.raw if f.baseline else None) == ("57个", "15个")


def test_a_from_to_whose_verb_a_comma_parts_from_its_start() -> None:
    """`由2025年的90%，提高到95%`, `可从目前的341所，增加到355所`: the comma does not part the
    from-to; the start is the target's baseline, no target of its own."""
    (f,), _ = read("到2025年，普惠率由2020年的90%，提高到95%。")
    assert (f.name, f.raw, f.baseline.raw if f.baseline else None) == ("普惠率", "95%", "90%")
    (f,), _ = read("4年内幼儿园可从目前的341所，增加到355所。")
    assert (f.name, f.raw, f.baseline.raw if f.baseline else None) == ("幼儿园", "355所", "341所")
    found, _ = read("到2025年，普惠率由2020年的90%，提高到较高水平，公办率达到50%。")
    assert [(f.raw, f.baseline) for f in found] == [("50%", None)]  # no from-to: 90% is no start


def test_numbers_that_are_not_targets_are_left_out() -> None:
    text = (
        "根据《某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》（某政发〔2021〕129号），"
        "2022年7月4日印发。第一，实施“4个100”工程，对家庭经济困难学生每生每年补助1000元，"
        "保育费每月收费800元。"
    )
    assert read(text) == ([], [])


def test_slogans_and_programme_names_are_no_targets() -> None:
    found, _ = read("做到零拒绝、全覆盖、深融合，推进“双2+”工程和“1+X”证书。")
    assert found == []


def test_names_read_against_the_values_before_them() -> None:
    found, _ = read(
        "“十四五”期间，新建、改扩建中小学校40所、幼儿园60所；生师比小学达到17：1，初中达到13.5：1；"
        "学生体质健康达标率达到92%以上，优良率达到50%以上；全市建成示范性高中12所，占比达到60%；"
        "到2023年，60%的县通过督导评估；到2025年，这一比例达到80%。"
    )
    assert [(f.name, f.segment, f.raw) for f in found] == [
        ("新建、改扩建中小学校", None, "40所"),
        ("新建、改扩建幼儿园", "学前", "60所"),
        ("生师比", "小学", "17：1"),
        ("生师比", "初中", "13.5：1"),
        ("学生体质健康达标率", None, "92%以上"),
        ("学生体质健康优良率", None, "50%以上"),
        ("建成示范性高中", "高中段", "12所"),
        ("示范性高中占比", "高中段", "60%"),
        ("县通过督导评估比例", None, "60%"),
        ("县通过督导评估比例", None, "80%"),
    ]


def test_reported_speech_in_quotes_is_read_like_any_sentence() -> None:
    found, _ = read(
        "“按照决策部署，到2020年要确保全国学前三年毛入园率、九年义务教育巩固率、"
        "高中阶段教育毛入学率分别达到85%、95%和90%，为实现基础教育现代化夯实基础。”",
        Plan(2015, 2020, False),
    )
    assert [(f.name, f.segment, f.raw, f.year) for f in found] == [
        ("学前三年毛入园率", "学前", "85%", 2020),
        ("九年义务教育巩固率", "义务教育", "95%", 2020),
        ("高中阶段教育毛入学率", "高中段", "90%", 2020),
    ]


def test_items_of_a_list_lend_each_other_no_segment() -> None:
    found, _ = read("预计新增学位2885个，其中中职学位600个、中学学位1250个、小学学位675个。")
    assert [(f.name, f.segment) for f in found] == [
        ("新增学位", None),
        ("新增中职学位", "中职"),
        ("新增中学学位", None),
        ("新增小学学位", "小学"),
    ]


def test_a_total_or_a_count_of_examples_takes_no_segment_from_its_context() -> None:
    found, _ = read("未来三年将新增6660个小学学位，新增4200个初中学位，总共新增10860个学位。")
    assert [f.segment for f in found] == ["小学", "初中", None]
    found, _ = read("继续实施幼儿园建设、高考综合改革等项目9大类57个单体项目。")
    assert [(f.raw, f.segment) for f in found] == [("57个", None)]


def test_one_count_for_two_stages_is_one_total_but_one_rate_is_reached_by_each() -> None:
    found, _ = read("为县城新增学前和义务教育学位4140个，学前和义务教育残疾儿童入学率达到95%。")
    assert [(f.raw, f.segment) for f in found] == [
        ("4140个", None),
        ("95%", "学前"),
        ("95%", "义务教育"),
    ]


def test_childcare_for_infants_is_no_preschool_education() -> None:
    (f,), _ = read("到2025年，每千人口拥有3岁以下婴幼儿托位数4.5个。")
    assert (f.raw, f.segment) == ("4.5个", None)


def test_one_rate_for_a_list_of_rates_or_given_to_each_is_a_target_each() -> None:
    found, _ = read(
        "到2017年，残疾儿童入园率和接受康复教育训练率达到90%以上，"
        "全省普惠性幼儿园数、在园幼儿数分别占总数80%以上。",
        Plan(2014, 2017, False),
    )
    assert [(f.name, f.segment, f.raw) for f in found] == [
        ("残疾儿童入园率", "学前", "90%以上"),
        ("接受康复教育训练率", "学前", "90%以上"),
        ("普惠性幼儿园数占总数比例", "学前", "80%以上"),
        ("在园幼儿数占总数比例", "学前", "80%以上"),
    ]


def test_a_count_of_the_places_just_listed_is_no_target() -> None:
    found, _ = read("补齐滨海新区、河西区、南开区等3个区的学位缺口，新组建风景小学等3个教育集团。")
    assert [(f.name, f.raw) for f in found] == [("新组建教育集团", "3个")]


def test_a_count_of_the_works_a_verb_lists_is_a_target() -> None:
    """`新建甲园、乙园、丙园等3所幼儿园`: the verb leads the list, the count is of works to do."""
    found, _ = read("今年将新建县直第二幼儿园、县直第三幼儿园、城关镇中心幼儿园等3所幼儿园。")
    assert [f.raw for f in found] == ["3所"]


def test_each_item_of_a_list_of_counts_takes_its_own_kind() -> None:
    found, _ = read("今年将推进12个普通高中建设项目、5个职业学校新建扩建项目、3个高校建设项目。")
    assert [f.segment for f in found] == ["高中段", "中职", None]


def test_schools_and_places_of_vocational_education_are_of_secondary_vocational_schools() -> None:
    found, _ = read(
        "建成2个省级职业教育改革发展示范学校，新增职业教育学位800个，"
        "建成1个高等职业教育示范学校，建设职业教育公共实训基地3个。"
    )
    assert [(f.raw, f.segment) for f in found] == [
        ("2个", "中职"),
        ("800个", "中职"),
        ("1个", None),
        ("3个", None),
    ]


def test_the_sizes_of_the_one_school_a_sentence_builds_are_named_by_it() -> None:
    found, _ = read(
        "该区还将建设某某市第二小学，规划设置36个教学班，学校建成投入使用后可容纳学生1620人。"
    )
    assert [(f.name, f.raw, f.segment) for f in found] == [
        ("某某市第二小学教学班", "36个", "小学"),
        ("某某市第二小学可容纳学生", "1620人", "小学"),
    ]
    found, _ = read("某某学校(某某教育集团)是某区新建的一所九年一贯制公办学校，总学位1680个。")
    assert [(f.name, f.segment) for f in found] == [("某某学校总学位", "义务教育")]


def test_sizes_shared_by_several_schools_are_not_named_by_one() -> None:
    found, _ = read("通过新建某山学校、改扩建某园小学，提供中小学学位3840个。")
    assert [f.name for f in found] == ["提供中小学学位"]


def test_a_total_takes_the_stage_its_bracketed_breakdown_gives() -> None:
    found, _ = read(
        "配置学校22所(小学7所、初中1所、九年一贯制14所)，建设试点校6个(小学2所、高中1所)。"
    )
    assert [(f.raw, f.segment) for f in found if f.raw in ("22所", "6个")] == [
        ("22所", "义务教育"),
        ("6个", None),
    ]
    found, _ = read("新建城区学校10所(含幼儿园4所)。")
    assert [(f.raw, f.segment) for f in found if f.raw == "10所"] == [("10所", None)]


def test_school_and_kindergarten_places_counted_together_are_of_no_one_stage() -> None:
    found, _ = read("新增学位(园位)共31305个，新增园位600个。")
    assert [(f.raw, f.segment) for f in found] == [("31305个", None), ("600个", "学前")]


def test_a_count_before_its_breakdown_counts_the_noun_after_the_bracket() -> None:
    found, _ = read("到2025年，建设6个(小学2所、初中3所、高中1所)国际交流试点校，引进国际课程。")
    assert (found[0].name, found[0].raw) == ("建设国际交流试点校", "6个")


def test_a_size_its_breakdown_follows_is_named_after_the_bracket_too() -> None:
    """`为72班(初中24班,小学48班)规模的九年一贯制学校`: the total says only `为` before it, so
    its name is after the bracket, even when the breakdown's own commas split the clause."""
    for text in (
        "新校在河东路北侧，为72班(初中24班,小学48班)规模的九年一贯制学校，预计2026年投用。",
        "新校在河东路北侧，为72班（初中24班、小学48班）规模的九年一贯制学校，预计2026年投用。",
    ):
        found, _ = read(text)
        assert [(f.raw, f.segment) for f in found] == [
            ("72班", "义务教育"),
            ("24班", "初中"),
            ("48班", "小学"),
        ]
        assert found[0].name == "九年一贯制学校班级"


def test_a_count_against_a_year_before_is_a_change_of_the_amount_before_it() -> None:
    found, _ = read("到2025年，普通高中招生总计划7440人，比2024年增加670人。")
    assert [(f.name, f.raw, parse(f.raw).op) for f in found] == [
        ("普通高中招生总计划", "7440人", "="),
        ("普通高中招生总计划比2024年增加", "增加670人", "change"),
    ]


def test_a_growth_rate_against_a_year_before_is_a_change_of_the_count_before_it() -> None:
    """`招生5.5万人，比2020年增长17%`: the count grows by 17%, a target of its own; after a rate
    (`达到90%，比2020年提高5%`) the rise only restates the level, and is left out."""
    found, _ = read(
        "到2025年，研究生招生5.5万人，比2020年增长17%；毕业生近10万人，比“十三五”时期增长1.1倍。"
    )
    assert [(f.name, f.raw) for f in found] == [
        ("研究生招生", "5.5万人"),
        ("研究生招生比2020年增长", "增长17%"),
        ("毕业生", "近10万人"),
        ("毕业生比“十三五”时期增长", "增长1.1倍"),
    ]
    found, _ = read("到2025年，学前教育毛入园率达到90%，比2020年提高5%。")
    assert [f.raw for f in found] == ["90%"]


def test_an_average_each_year_is_no_part_of_the_name() -> None:
    """`平均每年新增学位2000个`, `…率平均每年控制在…`: a yearly figure, as after 每年 alone."""
    found, _ = read("到2025年，平均每年新增学位2000个，人口自然增长率平均每年控制在12.4‰左右。")
    assert [(f.name, f.raw, f.scope) for f in found] == [
        ("新增学位", "2000个", "per_year"),
        ("人口自然增长率", "12.4‰左右", "per_year"),
    ]


def test_an_earlier_period_opening_a_name_is_no_part_of_it() -> None:
    """`“七五”期间人口自然增长率…`, `十五期间新建学校…`: when, as `“十四五”期间` is; `十五五期间`
    is the later period, not 十五."""
    plan = Plan(1985, 1990, False)
    (f,), _ = read("“七五”期间人口自然增长率平均12.4‰左右。", plan)
    assert f.name == "人口自然增长率"
    (f,), _ = read("十五期间新建学校5所。", plan)
    assert f.name == "新建学校"


def test_a_period_a_change_is_counted_from_is_no_name() -> None:
    """`比“十三五”时期增长50%`: against the last five-year period, as `比2020年` is against a year;
    neither the name of what grows nor a name of its own."""
    (f,), _ = read("到2025年，中等职业学校招生比“十三五”时期增长50%。")
    assert (f.name, f.raw) == ("中等职业学校招生", "增长50%")
    found, _ = read("到2025年，新建幼儿园10所，比“十三五”期间增加3所。")
    assert [(f.name, f.raw, parse(f.raw).op) for f in found] == [
        ("新建幼儿园", "10所", "="),
        ("新建幼儿园比“十三五”期间增加", "增加3所", "change"),
    ]


def test_words_around_a_name_that_are_no_part_of_it() -> None:
    found, _ = read(
        "今年涉及教育补短板项目超过110个，总学位预计新增近26万个，天津2025年计划新建中小学校11所，"
        "三年内新增公办幼儿园600所。",
        Plan(None, 2025, True, now=2025),
    )
    assert [f.name for f in found] == [
        "教育补短板项目",
        "总学位预计新增",
        "新建中小学校",
        "新增公办幼儿园",
    ]


def test_schools_of_any_stage_take_no_segment_from_the_sentence() -> None:
    found, _ = read("到2025年，省义务教育标准化学校比例要达100%，精心培育新优质学校36所。")
    assert [(f.raw, f.segment) for f in found] == [("100%", "义务教育"), ("36所", None)]


def test_a_place_with_a_modal_verb_opens_no_name_and_a_long_run_of_words_is_none() -> None:
    found, _ = read(
        "马鞍山市计划新建、改扩建幼儿园8所赶紧来看看你家附近有吗？"
        "花山区玖璋台幼儿园新建雨山区东湖幼儿园改扩建博望区荣博幼儿园改扩建8所幼儿园建成投入使用。",
        Plan(None, None, True),
    )
    assert [f.name for f in found] == ["新建、改扩建幼儿园", "幼儿园"]


def test_a_place_before_this_years_spending_opens_no_name() -> None:
    """`某州今年投资…`: a place (with or without 市, 县) before 今年/明年 and the work or spending is
    who spends, no part of the name; a stage before 今年 (`学前教育今年新增…`) stays."""
    found, _ = read("东岭今年投资3.6亿元，新改扩建中小学15所。")
    assert [(f.name, f.raw) for f in found] == [("投资", "3.6亿元"), ("新改扩建中小学", "15所")]
    found, _ = read("学前教育明年新增学位2600个。")
    assert [(f.name, f.raw) for f in found] == [("学前教育明年新增学位", "2600个")]


def test_a_part_named_by_its_verb_alone_counts_the_totals_kind() -> None:
    found, _ = read("三年内，全市新建、改扩建公办幼儿园56所，其中，新建22所，改扩建34所。")
    assert [(f.name, f.segment, f.raw) for f in found] == [
        ("新建、改扩建公办幼儿园", "学前", "56所"),
        ("新建公办幼儿园", "学前", "22所"),
        ("改扩建公办幼儿园", "学前", "34所"),
    ]


def test_a_part_of_the_place_reaching_its_own_rate_shares_the_rates_name() -> None:
    found, _ = read(
        "2007年，市区学前第四年幼儿入园率达到50%以上，县(市)达到30%以上；"
        "学前三年入园率达到85%，东部地区达到95%以上。",
        Plan(2005, 2010, False),
    )
    assert [(f.name, f.raw) for f in found] == [
        ("市区学前第四年幼儿入园率", "50%以上"),
        ("县(市)学前第四年幼儿入园率", "30%以上"),
        ("学前三年入园率", "85%"),
        ("东部地区学前三年入园率", "95%以上"),
    ]


def test_the_thing_counted_ends_where_the_sentence_says_what_is_done_with_it() -> None:
    found, _ = read(
        "2020年，我市将建设43所普惠性幼儿园列入十大民生实事之一。", Plan(None, 2020, True)
    )
    assert [(f.name, f.raw) for f in found] == [("建设普惠性幼儿园", "43所")]


def test_a_bracketed_note_of_where_a_rate_stands_is_its_baseline() -> None:
    found, _ = read(
        "到2027年，公办园在园幼儿占比力争达到60%以上（2022年为54%）；"
        "特教学校基本实现全覆盖，残疾儿童义务教育入学率保持在97%以上（2022年为96%）。",
        Plan(None, 2027, False),
    )
    assert [
        (f.name, f.raw, f.year, f.baseline.raw if f.baseline else None,
         f.baseline.year if f.baseline else None)
        for f in found
    ] == [
        ("公办园在园幼儿占比", "60%以上", 2027, "54%", 2022),
        ("特教学校覆盖面", "全覆盖", 2027, None, None),
        ("残疾儿童义务教育入学率", "97%以上", 2027, "96%", 2022),
    ]  # fmt: skip


def test_a_bracketed_note_of_a_year_and_a_colon_is_the_baseline_too() -> None:
    """`（2020年：98.9%）` says where the rate stands as `（2020年为98.9%）` does."""
    (f,), _ = read("到2025年，高中阶段教育毛入学率保持在99%以上（2020年：98.9%）。")
    assert (f.raw, f.baseline and (f.baseline.raw, f.baseline.year)) == ("99%以上", ("98.9%", 2020))


def test_a_clause_of_a_year_and_its_count_after_a_target_is_where_it_stood() -> None:
    """`…达到600人，2020年为420人`: the clause after a target that gives only a year and a count
    is that count's level in the year, a baseline of the same measure, not an amount made that
    year; a count a verb makes in a year stays that year's."""
    found, baselines = read("到2025年，市级以上名优教师数量达到600人，2020年为420人。")
    assert [(f.raw, f.scope) for f in found] == [("600人", "level")]
    assert [(b.name, b.raw, b.year, b.scope) for b in baselines] == [
        ("市级以上名优教师数量", "420人", 2020, "level")
    ]
    _, baselines = read("到2025年，新建学校20所，2020年新建学校5所。")
    assert [(b.raw, b.scope) for b in baselines] == [("5所", "per_year")]


def test_schools_and_kindergartens_together_are_of_no_one_segment() -> None:
    found, _ = read("今年新改扩建学校和幼儿园1200所，其中新建幼儿园300所。")
    assert [(f.name, f.segment) for f in found] == [
        ("新改扩建学校和幼儿园", None),
        ("新建幼儿园", "学前"),
    ]


def test_a_subsidy_raised_to_a_new_level_is_a_target() -> None:
    found, _ = read("居民基本医保财政补助标准提高到每人每年640元，对困难学生每生每年补助1000元。")
    assert [(f.name, f.raw) for f in found] == [("居民基本医保财政补助标准", "640元")]
    found, _ = read("提高村卫生室基本运行经费补助至6000元。")
    assert [(f.name, f.raw) for f in found] == [("村卫生室基本运行经费补助", "6000元")]
    found, _ = read("拟将民办园生均公用经费补助提标至750元，与公办园一致。")
    assert [(f.name, f.raw) for f in found] == [("民办园生均公用经费补助", "750元")]


def test_the_whole_sum_of_a_subsidy_programme_is_a_target_a_rate_is_not() -> None:
    """`推出8亿元的新一期学术资助计划`: the size of the programme or fund it opens, a budget
    like any other; a sum paid out (`发放补助资金600万元`) is not."""
    found, _ = read("今年教育局会推出8亿元的新一期学术资助计划，并发放补助资金600万元。")
    assert [(f.name, f.raw) for f in found] == [("推出新一期学术资助计划", "8亿元")]
    found, _ = read("今年将设立2,500万元的乡村教师奖励基金。")
    assert [(f.name, f.raw) for f in found] == [("设立乡村教师奖励基金", "2,500万元")]


def test_a_speakers_will_is_no_part_of_the_name() -> None:
    """`我们会…`, `教育局亦会在…`: who speaks and that they will, as `将` is, not the name."""
    found, _ = read("今年我们会增设科技课程30个，教育局亦会在发展基金拨款设立四项奖学金。")
    assert [(f.name, f.raw) for f in found] == [
        ("增设科技课程", "30个"),
        ("发展基金拨款设立奖学金", "四项"),
    ]


def test_a_cap_loosened_or_lowered_to_a_value_is_named_by_the_cap() -> None:
    """`放宽…名额上限至30%`, `下调…班额至40人`: named by what is loosened or lowered."""
    found, _ = read("逐步放宽社区学院外地学员名额上限至30%，下调小学起始年级班额至40人。")
    assert [(f.name, f.raw) for f in found] == [
        ("社区学院外地学员名额上限", "30%"),
        ("小学起始年级班额", "40人"),
    ]


def test_a_from_to_of_a_share_of_something_starts_at_the_first_share() -> None:
    """`由相当于招生总数的25%增至35%`: the first share is where the second starts, and what it
    is a share of names neither; `亦由…增至…` goes on with the clause before's subject."""
    text = "到2027年，每所书院的寄宿生人数上限，由相当于招生总数的25%增至35%；走读生名额上限，亦由80%增至90%。"
    found, _ = read(text)
    assert [(f.name, f.raw, f.year) for f in found] == [
        ("每所书院的寄宿生人数上限", "35%", 2027),
        ("走读生名额上限", "90%", 2027),
    ]
    found, _ = read("到2027年，寄宿生人数上限由招生总数的25%提高到35%。")
    assert [(f.name, f.raw) for f in found] == [("寄宿生人数上限", "35%")]


def test_a_count_of_things_a_latin_name_opens_is_read() -> None:
    """`新增12个VR实验室`, `建设4所STEM学校`: a count on its unit, then a noun opening with a
    Latin acronym; a code (`5G`) stays part of the name after it."""
    found, _ = read("今年全市新增12个VR实验室，建设4所STEM学校，建成5G教室60间。")
    assert [(f.name, f.raw) for f in found] == [
        ("新增VR实验室", "12个"),
        ("建设STEM学校", "4所"),
        ("建成5G教室", "60间"),
    ]


def test_a_total_broken_down_over_several_stages_is_of_none() -> None:
    """`学位4410个(小学2160个、初中1800个、幼儿园450个)`: a total whose breakdown spans the
    stages is of no one stage, though the clause before speaks of kindergartens."""
    found, _ = read("幼儿园建筑面积5896平方米，学位4410个(小学2160个、初中1800个、幼儿园450个)。")
    assert [(f.raw, f.segment) for f in found][:2] == [("5896平方米", "学前"), ("4410个", None)]
    found, _ = read("新建学校一所，学位900个(小学500个、初中400个)。")
    assert [(f.raw, f.segment) for f in found][-3] == ("900个", "义务教育")


def test_a_part_of_its_own_name_takes_no_stage_from_the_part_before() -> None:
    """`其中新建中小学3所，幼儿园4所，扩建项目2个`: the parts of a total are siblings; the
    projects are not the kindergartens'. The area of the schools just counted is theirs."""
    found, _ = read("今年实施项目9个，其中新建中小学3所，幼儿园4所，扩建项目2个。")
    assert [(f.raw, f.segment) for f in found] == [
        ("9个", None),
        ("3所", None),
        ("4所", "学前"),
        ("2个", None),
    ]
    found, _ = read("今年实施项目9个，其中新建幼儿园4所，校舍面积3万平方米。")
    assert [(f.raw, f.segment) for f in found][-1] == ("3万平方米", "学前")


def test_a_later_years_goal_with_no_noun_is_of_the_indicator_before() -> None:
    """`2020年，全区学前教育毛入园率为95%，到2025年达到98%`: the goal's clause names nothing;
    it is the indicator the clause before named, and the level before is its baseline."""
    found, baselines = read("2020年，全区学前教育毛入园率为95%，到2025年达到98%。")
    assert [(f.name, f.raw, f.year) for f in found] == [("学前教育毛入园率", "98%", 2025)]
    assert [(b.name, b.raw) for b in baselines] == [("学前教育毛入园率", "95%")]
    found, _ = read("全区高中阶段毛入学率2020年为96%，2025年达到99%。")
    assert [(f.name, f.raw, f.year) for f in found] == [("高中阶段毛入学率", "99%", 2025)]


def test_a_standard_set_per_pupil_is_a_target_even_for_a_subsidy() -> None:
    """`…补助标准为每个学生每天3元，…，每个学生每学年共600元`: the standard a plan sets per
    pupil, where a subsidy given (`对困难学生每生每年补助1000元`) is not."""
    found, _ = read("膳食补助标准为每个学生每天3元，全年按200天计算，每个学生每学年共600元。")
    assert [f.raw for f in found] == ["3元", "600元"]
    found, _ = read("学生补助标准17元/人.每天。")
    assert [(f.name, f.raw) for f in found] == [("学生补助标准", "17元")]
    assert read("今年为困难学生发放生活补助500元。")[0] == []


def test_a_standard_per_head_after_a_floor_or_paid_by_is_named_by_the_pay() -> None:
    """`生活补助标准不低于每人每月600元`, `…每人每月不低于600元`, `乡村教师生活补助按照不低于每人每月
    600元的标准发放`: a standard per head the plan sets (they had been left out as subsidies),
    named by the pay the clause, or the one before, opens on (not `…按照标准发放`)."""
    found, _ = read("乡村教师生活补助标准不低于每人每月600元。")
    assert [(f.name, f.raw) for f in found] == [("乡村教师生活补助标准", "600元")]
    found, _ = read("班主任津贴每人每月不低于400元。")
    assert [(f.name, f.raw) for f in found] == [("班主任津贴", "不低于400元")]
    found, _ = read("乡村教师生活补助按照不低于每人每月600元的标准发放，并向艰苦边远学校倾斜。")
    assert [(f.name, f.raw) for f in found] == [("乡村教师生活补助标准", "600元")]
    found, _ = read(
        "乡镇工作补贴按每人每月不低于500元标准发放，班主任津贴按每人每月300元标准发放。"
    )
    assert [(f.name, f.raw) for f in found] == [
        ("乡镇工作补贴标准", "不低于500元"),
        ("班主任津贴标准", "300元"),
    ]
    found, _ = read("继续落实乡村教师生活补助政策，按每人每月400元至800元标准发放。")
    assert [(f.name, f.raw) for f in found] == [("乡村教师生活补助标准", "400元至800元")]
    assert read("今年为困难学生每人发放生活补助500元。")[0] == []
    assert read("家庭经济困难学生生活补助每人每月不低于300元。")[0] == []  # aid to pupils


def test_the_standard_of_aid_paid_to_students_is_a_subsidy() -> None:
    """`扶贫专项助学金，标准为1000元/生•年`, `免教科书费，标准为400元/生•年`: aid per pupil, left out
    as subsidies are (a unit per pupil too); a funding standard per pupil stays a target."""
    assert read("（1）扶贫专项助学金，标准为1000元/生•年；")[0] == []
    assert read("（2）免教科书费，标准为400元/生•年。")[0] == []
    found, _ = read("到2025年，生均公用经费标准为1200元/生•年。")
    assert [f.raw for f in found] == ["1200元/生"]


def test_a_dated_start_in_a_from_to_phrase_is_the_baseline_not_the_targets_year() -> None:
    annual = Plan(None, 2025, True, now=2025)
    found, baselines = read("全县学前教育毛入园率由2024年的92.5%提高到95%以上。", annual)
    assert [(f.name, f.raw, f.year) for f in found] == [("学前教育毛入园率", "95%以上", 2025)]
    b = found[0].baseline
    assert b is not None and (b.raw, b.year) == ("92.5%", 2024)
    assert baselines == []
    found, _ = read("到2025年，寄宿生由2024年的3.1万人增加到4.25万人。", annual)
    assert [(f.name, f.raw, f.year) for f in found] == [("寄宿生", "4.25万人", 2025)]
    found, _ = read("到2025年，近视率由2020年的50%降至45%。")  # a one-character verb, 降至
    assert [(f.name, f.raw, f.year) for f in found] == [("近视率", "45%", 2025)]


def test_a_from_to_phrase_with_an_adverb_and_the_due_year_between() -> None:
    """`由现在每年约25亿元大幅增加至2024/25学年的约41亿元`: the adverb and the school year
    the new level is due in stand between the two; the first is still where the second starts."""
    plan = Plan(None, 2024, True, now=2023)
    found, _ = read("当局说，资助开支由现在每年约25亿元大幅增加至2024/25学年的约41亿元。", plan)
    assert [(f.name, f.raw) for f in found] == [("资助开支", "约41亿元")]
    b = found[0].baseline
    assert b is not None and b.raw == "约25亿元"
    found, _ = read("师生比由每班48人逐步降至2026年的每班42人。", plan)
    assert [f.raw for f in found] == ["42人"]


def test_a_year_a_level_holds_from_dates_it() -> None:
    """`从2009年起，…提高到…300元`: from 2009 on the standard is 300元, dated 2009."""
    plan = Plan(None, None, False)
    found, _ = read("从2009年起，农村义务教育学生公用经费标准提高到每人每年300元。", plan)
    assert [(f.raw, f.year) for f in found] == [("300元", 2009)]
    found, _ = read("从2026年秋季学期起，公办园生均公用经费标准提高到每生每年800元。", plan)
    assert [(f.raw, f.year) for f in found] == [("800元", 2026)]  # a term of the year: it too


def test_a_change_on_last_year_is_a_target_not_a_report() -> None:
    found, _ = read("高中阶段毛入学率较上年提高1个百分点。", Plan(None, 2025, True, now=2025))
    assert [(f.name, f.raw) for f in found] == [("高中阶段毛入学率", "提高1个百分点")]


def test_a_segment_after_one_a_name_ends_with_shares_that_name() -> None:
    found, _ = read("全年教育经费投入12.5亿元，生均公用经费小学不低于800元、初中不低于1000元。")
    assert [(f.name, f.raw, f.segment) for f in found] == [
        ("教育经费投入", "12.5亿元", None),
        ("生均公用经费", "不低于800元", "小学"),
        ("生均公用经费", "不低于1000元", "初中"),
    ]


def test_a_sum_in_wan_yi_is_money_in_yuan() -> None:
    (f,), _ = read("到2025年，教育经费投入达到1.2万亿元。")
    assert (f.name, f.raw, f.year) == ("教育经费投入", "1.2万亿元", 2025)
    assert (parse(f.raw).value, parse(f.raw).unit) == (1200000000000, "元")


def test_what_a_project_allows_once_built_is_named_without_the_when() -> None:
    found, _ = read("预计建成后可新增学位约5400个。", Plan(None, 2020, True, now=2020))
    assert [(f.name, f.raw) for f in found] == [("新增学位", "约5400个")]


def test_primary_and_middle_schools_of_compulsory_education_are_its_segment() -> None:
    """`义务教育中小学` are the two stages of compulsory education; bare `中小学` are mixed."""
    found, _ = read("今年增补义务教育中小学学位20000个，新增中小学学位5000个。")
    assert [(f.raw, f.segment) for f in found] == [("20000个", "义务教育"), ("5000个", None)]


def test_the_land_area_money_and_places_of_schools_built_are_of_their_segment() -> None:
    """`新建公办幼儿园13所，共占地103.6亩，…新增学位4590个`: the kindergartens' own; schools
    of any stage, or examples before 等, lend none."""
    found, _ = read("新建公办幼儿园13所，共占地103.6亩，计划投资10925万元，新增学位4590个。")
    assert [f.segment for f in found] == ["学前"] * 4
    found, _ = read("新改扩建甲小学、乙小学等11所学校，建筑面积近25万平方米，新增学位1万余个。")
    assert [f.segment for f in found] == [None] * 3
    found, _ = read("某县新改扩建小学1所，幼儿园1所，建筑面积0.38万平方米；某区新建幼儿园1所。")
    assert [(f.raw, f.segment) for f in found] == [
        ("1所", "小学"),
        ("1所", "学前"),
        ("0.38万平方米", None),  # of both stages built
        ("1所", "学前"),
    ]


def test_money_and_area_of_kindergartens_built_are_theirs_however_counted() -> None:
    """`首批计划投资3050万元，在…新建6所乡镇幼儿园`: the first batch's money is the
    kindergartens'; so is the floor area of `新建的6个幼儿园` (counted in 个)."""
    found, _ = read("今年首批计划投资3050万元，在甲镇、乙镇新建6所乡镇幼儿园。")
    assert [(f.raw, f.segment) for f in found] == [("3050万元", "学前"), ("6所", "学前")]
    found, _ = read("今年新建的6个幼儿园分布在6个乡镇，建筑面积达16035平方米。")
    assert [(f.raw, f.segment) for f in found][-1] == ("16035平方米", "学前")


def test_the_new_floor_area_and_places_of_schools_finished_are_of_their_segment() -> None:
    """`竣工交付使用15所幼儿园、新增建筑面积8万平方米、新增学位6000个`: schools finished count
    as schools built; their new floor area and places are the kindergartens'."""
    found, _ = read("8月底，竣工交付使用15所幼儿园、新增建筑面积8万平方米、新增学位6000个。")
    assert [(f.raw, f.segment) for f in found] == [
        ("15所", "学前"),
        ("8万平方米", "学前"),
        ("6000个", "学前"),
    ]
    found, _ = read("竣工交付使用小学1所、幼儿园2所，新增建筑面积1万平方米。")
    assert [f.segment for f in found][-1] is None  # of both stages finished


def test_the_money_of_schools_built_counted_before_their_kind_over_two_stages_is_of_none() -> None:
    """`新建和改扩建80所义务教育学校和9所普通高中，投资总额…`: counts printed before each kind,
    of two stages; the money is of both, so of none. One kind still lends its own."""
    found, _ = read("到2028年，某市将新建和改扩建80所义务教育学校和9所普通高中，投资总额约60亿元。")
    assert [(f.raw, f.segment) for f in found] == [
        ("80所", "义务教育"),
        ("9所", "高中段"),
        ("约60亿元", None),
    ]
    found, _ = read("到2028年，某市将新建和改扩建80所义务教育学校，投资总额约60亿元。")
    assert found[-1].segment == "义务教育"


def test_a_programme_of_schools_and_kindergartens_lends_no_segment() -> None:
    """`中小学幼儿园建设任务为，…中小学30所，增加学位30000个`: the places are the schools'."""
    found, _ = read("今年中小学幼儿园建设任务为，新建中小学30所，增加学位30000个以上。")
    assert [(f.raw, f.segment) for f in found] == [("30所", None), ("30000个以上", None)]


def test_places_listed_after_a_count_of_one_stages_schools_are_theirs() -> None:
    """`幼儿园项目71个、新增学位2.6万个`: the kindergartens' places; after counts of several
    stages (`幼儿园项目5个、高中教育项目3个，计划总投资…`) a total is of none."""
    found, _ = read("今年拟建成中小学项目47个、新增学位7.9万个，幼儿园项目71个、新增学位2.6万个。")
    assert [(f.raw, f.segment) for f in found] == [
        ("47个", None),
        ("7.9万个", None),
        ("71个", "学前"),
        ("2.6万个", "学前"),
    ]
    found, _ = read("其中幼儿园项目5个、高中教育项目3个，计划总投资近40亿元。")
    assert found[-1].segment is None


def test_a_count_of_schools_or_classes_naming_no_kind_is_of_the_one_stage_its_sentence_speaks_of() -> (
    None
):
    """`今年将新建幼儿园9所，…年底前交付4所`: kindergartens; a site's classes in brackets
    (`甲家园（15班）`) are named by the site; a sentence about several stages lends none."""
    found, _ = read(
        "今年将新建幼儿园9所，计36个班，其中甲家园(15班)、乙家园(12班)，年底前交付4所。"
    )
    assert [(f.name, f.raw, f.segment) for f in found][2:] == [
        ("甲家园", "15班", "学前"),
        ("乙家园", "12班", "学前"),
        ("年底前交付", "4所", "学前"),
    ]
    found, _ = read("今年新建中小学幼儿园9所，年底前交付投用4所。")
    assert [f.segment for f in found] == [None, None]


def test_a_count_opening_its_clause_before_jun_describes_what_was_counted_before() -> None:
    """`据悉，9所幼儿园均为公办幼儿园`: the nine already counted; `均将…` still sets a target."""
    found, _ = read("今年将新建幼儿园9所。据悉，9所幼儿园均为公办幼儿园，3所幼儿园均将于9月开园。")
    assert [f.raw for f in found] == ["9所", "3所"]
    found, _ = read("今年，26所公办中等职业学校全部达到省定标准，12所学校均已达到省级标准。")
    assert [f.raw for f in found] == ["26所"]  # a standard all are to reach; one all have reached


def test_the_count_just_given_that_all_reach_or_build_is_no_target_again() -> None:
    """`新建幼儿园9所，9所幼儿园均达到…`, `其中5所学校全部建成…`: 均 and 建成 go on about those
    counted (only `全部达到` a standard sets one of its own): no second record of them."""
    found, _ = read("今年新建幼儿园9所，9所幼儿园均达到省级示范标准。")
    assert [f.raw for f in found] == ["9所"]
    found, _ = read("到2025年，新建学校12所，其中5所学校全部建成并投入使用。")
    assert [f.raw for f in found] == ["12所"]


def test_a_count_opening_its_clause_before_the_names_it_lists_describes_what_was_counted() -> None:
    """`据了解，6所学校、幼儿园分别为…`: the six counted before, named one by one; a count its
    own clause sets (`新建学校6所，分别为…`) is still a target."""
    found, _ = read(
        "今年将新建学校6所。据了解，6所新建学校、幼儿园分别为甲小学、乙幼儿园、丙中学等。"
    )
    assert [f.raw for f in found] == ["6所"]
    found, _ = read("今年将新建学校6所，分别为甲小学、乙小学等。")
    assert [f.raw for f in found] == ["6所"]


def test_a_share_of_places_that_reach_balance_is_a_target_not_a_group_described() -> None:
    """`25%的县市实现基本均衡`: 均衡 is a word of its own, not 均 (all of them)."""
    found, _ = read("今年将加快义务教育均衡发展，25%的县市实现基本均衡。")
    assert [f.raw for f in found] == ["25%"]


def test_a_counted_programme_and_the_places_it_spreads_over_are_no_new_targets() -> None:
    """`16所中小学幼儿园建设项目涉及8个县市区`: the 16 counted before, and where they are."""
    found, _ = read(
        "今年新建中小学幼儿园16所。16所中小学幼儿园建设项目涉及8个县市区，其中甲区3所。"
    )
    assert [(f.name, f.raw) for f in found] == [("新建中小学幼儿园", "16所"), ("甲区", "3所")]


def test_places_of_a_kind_a_programme_reaches_are_no_targets() -> None:
    """`涉及3个市州的28个农村县`, `实施范围以甲县、乙县等12个重点帮扶县为主`: where the programme
    reaches, counted; the works beside them stay targets."""
    found, _ = read("今年项目涉及3个市州的28个农村县，新建学校40所。")
    assert [f.raw for f in found] == ["40所"]
    found, _ = read("今年计划的实施范围以甲县、乙县等12个重点帮扶县为主，新建学校40所。")
    assert [f.raw for f in found] == ["40所"]


def test_places_that_all_reach_a_goal_count_the_places_not_a_target() -> None:
    """`到2030年，42个县（区）将全部实现…全覆盖`: the count opens the clause and 全部 says every
    one of them reaches the goal; the goal is the target, not how many places there are. A count
    of places that pass a review (no 全部) stays a target."""
    found, _ = read("到2030年，42个县（区）将全部实现村级公办幼儿园全覆盖。")
    assert [f.raw for f in found] == ["全覆盖"]
    found, _ = read("到2030年，42个乡镇均建成1所标准化寄宿制学校。")
    assert [f.raw for f in found] == ["1所"]
    found, _ = read("到2030年，12个县通过省级学前教育达标验收。")
    assert [f.raw for f in found] == ["12个"]


def test_places_with_one_school_each_count_schools_of_the_kind_last_named() -> None:
    """`…等4个安置点各1所`: four kindergartens at the sites; a housing estate (`丙家园`) in a
    site's name is no school, so its classes are the kindergartens' too."""
    found, _ = read("今年将新建幼儿园6所，其中甲家园、乙小区等4个安置点各1所，丙家园二期(9班)。")
    assert [(f.name, f.raw, f.segment) for f in found] == [
        ("新建幼儿园", "6所", "学前"),
        ("幼儿园（安置点）", "4个", "学前"),
        ("丙家园二期", "9班", "学前"),
    ]


def test_classes_and_pupils_listed_after_one_stages_schools_are_theirs() -> None:
    """`增设4处非营利幼儿园、增加19班、增加招收人数500名`: the classes and pupils added are the
    kindergartens'; a list that counted two stages before lends its pupils none."""
    found, _ = read("明年将增设4处非营利幼儿园、增加19班、增加招收人数500名。")
    assert [(f.raw, f.segment) for f in found] == [
        ("4处", "学前"),
        ("19班", "学前"),
        ("500名", "学前"),
    ]
    found, _ = read("明年将新建小学2所、幼儿园3所、增加招收人数900名。")
    assert [(f.raw, f.segment) for f in found] == [
        ("2所", "小学"),
        ("3所", "学前"),
        ("900名", None),
    ]


def test_a_school_year_in_a_name_does_not_make_it_name_what_it_counts() -> None:
    """`专班115学年度再增加至少10班`: 学年度 says when; the classes are of the one stage the
    sentence speaks of (幼儿园), as a name that names no kind would be."""
    found, _ = read("专班115学年度再增加至少10班，让幼儿顺利衔接至幼儿园生活。")
    assert [(f.raw, f.segment) for f in found] == [("至少10班", "学前")]
    found, _ = read("新建老校区10班，让幼儿顺利衔接至幼儿园生活。")
    assert [(f.raw, f.segment) for f in found] == [("10班", None)]


def test_from_the_present_level_to_a_target_reads_the_target() -> None:
    """`由现在的40%增至50%`, `由目前的75%提升至85%`: the first value is where the target
    starts (目前 there qualifies the start, not the clause); 增至 reaches a level."""
    found, _ = read("到2025年，非本地生人数上限将由现在的40%增至50%。")
    assert [(f.raw, f.baseline.raw if f.baseline else None) for f in found] == [("50%", "40%")]
    found, _ = read("到2025年，学前三年毛入园率由目前的75%提升至85%。")
    assert [(f.raw, f.baseline.raw if f.baseline else None) for f in found] == [("85%", "75%")]


def test_from_the_number_there_is_now_to_a_target_reads_the_target() -> None:
    """`由原有合共5000个增至8000个`, `由现有的3所增加到5所`: what there is (原有, 现有, with a
    total word) is where the count starts; the name is the thing counted, not `原有`."""
    found, _ = read("资助学额由原有合共5000个增至8000个。")
    assert [(f.name, f.raw, f.baseline.raw if f.baseline else None) for f in found] == [
        ("资助学额", "8000个", "5000个")
    ]
    found, _ = read("到2025年，示范性高中由现有的3所增加到5所。")
    assert [(f.name, f.raw, f.baseline.raw if f.baseline else None) for f in found] == [
        ("示范性高中", "5所", "3所")
    ]


def test_every_part_of_a_bracketed_breakdown_is_of_the_stage_its_total_counts() -> None:
    """`14所公办幼儿园(甲区2所,乙区2所,丙区1所,丁区1所)`: the fourth part is a kindergarten
    count as much as the first; a part after the bracket closes is not."""
    found, _ = read(
        "今年将新建14所公办幼儿园(甲区2所,乙区2所,丙区1所,丁区1所,戊区8所),另外新建学校3所。"
    )
    assert [(f.raw, f.segment) for f in found] == [
        ("14所", "学前"),
        ("2所", "学前"),
        ("2所", "学前"),
        ("1所", "学前"),
        ("1所", "学前"),
        ("8所", "学前"),
        ("3所", None),
    ]


def test_before_term_starts_is_no_pre_school() -> None:
    """`今秋开学前…完成126所中小学及幼儿园项目，新增学位…`: 开学前 says when; the places are of
    schools of several stages together, of no one segment."""
    from plancmp.draft.segments import topic_segment

    context = "今秋开学前，某市计划完成126所新建、改扩建中小学及幼儿园项目，"
    assert topic_segment("新增学位", context) is None
    assert topic_segment("新增学位", "今秋开学前，新建幼儿园3所，") == "学前"
    assert topic_segment("投入学前教育发展资金") == "学前"


def test_an_estates_and_a_projects_kindergartens_are_pre_school_but_not_a_park() -> None:
    """`配套园` (a housing estate's kindergarten) and `项目园` (a project's) count kindergartens;
    a `项目园区` is an industrial park."""
    from plancmp.draft.segments import topic_segment

    assert topic_segment("新区配套园数") == "学前"
    assert topic_segment("年度项目园个数") == "学前"
    assert topic_segment("入驻项目园区企业数") is None


def test_a_senior_high_school_by_its_full_name_is_of_the_senior_high_stage() -> None:
    """`高级中学` is the full name of a 高中: its rates are of 高中段."""
    found, _ = read("某区高级中学高考上线率提升至80%左右。")
    assert [(f.segment, f.raw) for f in found] == [("高中段", "80%左右")]


def test_a_breakdown_clause_naming_one_stage_is_about_that_stage() -> None:
    """`其中幼儿园将新增2070个学位，小学将新增4590个学位`: each clause's own stage, though the
    clauses before name others (`小学及幼儿园`)."""
    found, _ = read(
        "6所小学及幼儿园年底可再完成建设，全年新增学位7860个，"
        "其中幼儿园将新增2070个学位，小学将新增4590个学位，中职将新增1200个学位。"
    )
    assert [(f.raw, f.segment) for f in found if f.name == "新增学位"] == [
        ("7860个", None),
        ("2070个", "学前"),
        ("4590个", "小学"),
        ("1200个", "中职"),
    ]


def test_the_whole_a_share_is_taken_of_is_no_target() -> None:
    """`占全国5个省、42个县投资总额的21%`: the provinces and counties count the whole the
    share is of; the amount before it is the plan's."""
    found, _ = read("到2025年，安排资金32800万元，占全国5个省、42个县投资总额的21%。")
    assert [f.raw for f in found] == ["32800万元"]


def test_a_single_schools_project_lends_its_stage_to_its_money_and_areas() -> None:
    """`东关小学(新校建设)项目是…工程，总投资…，总建筑面积…`: one school's project, so its
    money and floor area are that stage's; a sentence with two schools' projects lends none."""
    one = "东关小学(新校建设)项目是县里的一项民生工程，总投资8533.15万元，总建筑面积19842平方米。"
    assert [(f.name, f.segment) for f in read(one)[0]] == [
        ("总投资", "小学"),
        ("总建筑面积", "小学"),
    ]
    two = "甲小学项目和乙幼儿园项目是县里的民生工程，总投资8533.15万元。"
    assert [(f.name, f.segment) for f in read(two)[0]] == [("总投资", None)]


def test_a_project_of_any_kind_of_school_is_one_schools_project() -> None:
    """A school of any kind of text.SCHOOL_KIND (`乙中学`, `乙学校`) has a project of its own: two
    schools' projects lend no stage to the money beside them."""
    for two in (
        "甲初中项目和乙中学项目是县里的民生工程，总投资8533.15万元。",
        "甲小学项目和乙学校项目是县里的民生工程，总投资8533.15万元。",
    ):
        assert [(f.name, f.segment) for f in read(two)[0]] == [("总投资", None)]


def test_a_schools_planned_intake_is_a_target_not_a_headcount() -> None:
    """`规划招生36个班级` sets a new school's intake; a bare `招生1869万人` is a statistic."""
    found, _ = read("新校规划招生36个班级，总学生数1620人。")
    assert [f.raw for f in found] == ["36个", "1620人"]
    found, _ = read("普通小学招生1869万人，在校生10561万人。")
    assert found == []


def test_a_projects_site_classes_and_pupils_are_its_schools_stage() -> None:
    """Land, classes and pupils are measures of a building project as its money is: after
    `东关小学(新校建设)项目…`, every one of them is the school's stage."""
    text = (
        "东关小学(新校建设)项目是县里的一项民生工程，总投资8533.15万元，项目总用地面积19439.51平方米，"
        "建筑占地面积4409.4平方米，总建筑面积19842平方米，规划招生36个班级，总学生数1620人。"
    )
    found, _ = read(text)
    assert [f.segment for f in found] == ["小学"] * 6


def test_a_list_mark_before_a_verb_of_capacity_opens_the_next_item() -> None:
    """`可开设64个班、容纳学生2600人`: 容纳 names the pupils, not more of what 64 counts."""
    found, _ = read("综合楼建成后，可开设64个班、容纳学生2600人。")
    assert [(f.name, f.raw) for f in found] == [("班级", "64个"), ("容纳学生", "2600人")]


def test_a_count_of_classes_is_named_by_the_classes_not_by_how_a_school_holds_them() -> None:
    """`共30个班`, `计划设置20个教学班`, `可容纳42个班级`: 共, 设置, 容纳 give a school room for
    its classes and are no part of what is counted; `托班`, `专班` are kinds of class, and
    `规划建设12个班` keeps its work."""
    found, _ = read("新校区拟建建筑面积约28000平方米，共30个班。")
    assert [(f.name, f.raw) for f in found] == [
        ("建筑面积", "约28000平方米"),
        ("班级", "30个"),
    ]
    found, _ = read("新园投用后计划设置20个教学班，教学楼可容纳42个班级。")
    assert [(f.name, f.raw) for f in found] == [("新园教学班", "20个"), ("教学楼班级", "42个")]
    found, _ = read("今年各公办园计划开设托班40个。")
    assert [f.name for f in found] == ["各公办园计划开设托班"]


def test_going_to_kindergarten_and_to_school_is_of_no_one_stage() -> None:
    """`解决近万名孩子的入园、就学问题`: kindergartens and schools both, no one segment."""
    from plancmp.draft.segments import topic_segment

    assert topic_segment("解决辖区孩子的入园、就学问题") is None
    assert topic_segment("解决适龄儿童入园入学") is None
    assert topic_segment("解决幼儿入园难") == "学前"


def test_a_list_counting_schools_of_several_stages_lends_no_stage_to_what_follows() -> None:
    """`新建甲中学等7所中学和乙小学等20所小学及丙幼儿园等19所幼儿园，新增学位5.5万余个`: the places
    are of all the schools listed, not of the last stage; one stage listed still lends its own."""
    found, _ = read(
        "今年，某区将新建甲中学、乙中学等7所中学和丙小学、丁小学等20所小学及戊幼儿园、己幼儿园等"
        "19所幼儿园，新增学位5.5万余个。"
    )
    assert (found[-1].raw, found[-1].segment) == ("5.5万余个", None)
    found, _ = read("今年，某区将新建甲幼儿园、乙幼儿园等3所幼儿园，新增学位500个。")
    assert (found[-1].raw, found[-1].segment) == ("500个", "学前")


def test_kindergartens_and_schools_counted_by_their_own_noun_are_counts() -> None:
    """Taiwan counts kindergartens in 園 and schools in 校 (`核定補助27園`, `再增35校`): counts,
    as 所 is; a count of 园 is of kindergartens."""
    assert parse("27园").unit == "园" and parse("35校").value == 35
    found, _ = read("到2025年，核定补助公共化建设共27园，再增35校。")
    assert [(f.raw, f.segment) for f in found] == [("27园", "学前"), ("35校", None)]


def test_a_total_split_place_by_place_gives_every_part_its_stage() -> None:
    text = "今年全市公办幼儿园建设任务如下，其中，甲县新建3所；乙区新建5所；丙区新建2所。"
    found, _ = read(text, Plan(None, 2023, True, now=2023))
    assert [(f.raw, f.segment) for f in found] == [
        ("3所", "学前"),
        ("5所", "学前"),
        ("2所", "学前"),
    ]


def test_parts_that_name_their_own_stage_lend_it_to_no_other_part() -> None:
    text = "今年新建学校3所，其中，甲小学建筑面积1.2万平方米；乙学校建筑面积3万平方米。"
    found, _ = read(text, Plan(None, 2023, True, now=2023))
    assert [(f.raw, f.segment) for f in found][-2:] == [
        ("1.2万平方米", "小学"),
        ("3万平方米", None),
    ]


def test_places_of_a_primary_and_a_middle_school_are_of_no_one_stage() -> None:
    plan = Plan(None, 2021, False)
    where = Paragraph("正文", False, None, 0)
    both, _, _ = read_paragraph("某区将新建小学1所、中学1所，新增学位3020个。", where, plan)
    assert [(f.raw, f.segment) for f in both][-1] == ("3020个", None)
    one, _, _ = read_paragraph("某区将新建小学1所，新增学位1620个。", where, plan)
    assert [(f.raw, f.segment) for f in one][-1] == ("1620个", "小学")


def test_schools_and_kindergartens_written_together_are_of_no_one_stage() -> None:
    from plancmp.draft.segments import topic_segment

    assert topic_segment("学校幼儿园总数") is None
    assert topic_segment("新建学校幼儿园") is None
    assert topic_segment("中心学校幼儿园") == "学前"  # a school's own kindergarten


def test_a_later_years_goal_written_with_wei_is_of_the_indicator_before() -> None:
    """`2023年毛入园率为95%，2025年为98%`: the later year's level, written with 为 and no noun,
    is a goal of the same indicator; a year before the plan stays a baseline."""
    found, _ = read("2023年全区学前教育毛入园率为95%，2025年为98%。")
    assert [(f.name, f.raw, f.year) for f in found] == [
        ("学前教育毛入园率", "95%", 2023),
        ("学前教育毛入园率", "98%", 2025),
    ]
    found, baselines = read("2019年全区学前教育毛入园率为90%，2020年为95%。")
    assert found == []
    assert [(b.raw, b.year) for b in baselines] == [("90%", 2019), ("95%", 2020)]


def test_a_goal_named_only_as_the_goal_is_of_the_indicator_before() -> None:
    """`…平均受教育年限为9.94年，确定2015年目标值为12.2年以上`: 目标值 names no indicator; it is
    the one the clause before named, and years of schooling named there are a level, not a
    span of time."""
    plan = Plan(2010, 2015, False)
    text = "2010年，全区平均受教育年限为9.94年，确定2015年目标值为12.2年以上。"
    found, baselines = read(text, plan)
    assert [(f.name, f.raw, f.year) for f in found] == [("平均受教育年限", "12.2年以上", 2015)]
    assert found[0].review == ("指标名由上下文推断，请核对",)
    assert [(b.raw, b.year) for b in baselines] == [("9.94年", 2010)]
    found, _ = read("2010年，全区学前教育毛入园率为80%，确定2015年目标值为90%以上。", plan)
    assert [(f.name, f.raw) for f in found] == [("学前教育毛入园率", "90%以上")]
    found, _ = read("平均受教育年限达到11年，3年内完成。")
    assert [f.raw for f in found] == ["11年"]


def test_a_part_after_a_semicolon_that_names_several_stages_takes_no_stage_from_the_list() -> None:
    """`其中建成14所幼儿园，…；建成19所中小学，可新增25000个学位`: a stage a `其中…；` list lends
    its later parts stops at a part that names schools of several stages (中小学 is null)."""
    found, _ = read(
        "今年将建成33所中小学幼儿园，其中建成14所幼儿园，可新增4250个学位；"
        "建成19所中小学，可新增25000个学位。"
    )
    assert [(f.raw, f.segment) for f in found] == [
        ("33所", None),
        ("14所", "学前"),
        ("4250个", "学前"),
        ("19所", None),
        ("25000个", None),
    ]
    found, _ = read("公办园建设情况，其中，甲县新建3所；乙县新建5所。")
    assert [f.segment for f in found] == ["学前", "学前"]


def test_having_planned_and_the_present_a_plan_starts_from_are_no_results() -> None:
    """`根据目前…的建设进度，…已对各年度学位供应进行规划，每年新增学位约在7万~9万个左右`: a plan
    made (已对…进行规划) and the present it starts from (根据目前) make what follows no result;
    `已对学校进行改造` and `目前全区有学校20所` report where things stand."""
    text = (
        "根据目前各阶段学校的建设进度，并综合考虑人口因素，全市已对各年度学位供应进行规划，"
        "每年新增学位约在7万~9万个左右。"
    )
    found, baselines = read(text)
    assert [(f.name, f.raw) for f in found] == [("新增学位", "7万~9万个左右")]
    assert baselines == []
    found, baselines = read("全区已对学校进行改造，新增学位2万个。")
    assert found == [] and [b.raw for b in baselines] == ["2万个"]
    found, baselines = read("目前全区有学校20所。")
    assert found == [] and [b.raw for b in baselines] == ["20所"]


def test_a_per_pupil_funds_rate_is_a_standard_named_by_its_fund() -> None:
    """`幼儿园生均公用经费 每生每年补助500元`: a per-pupil fund's rate is its standard, even
    as a subsidy, and takes the fund's name and stage; a subsidy to needy pupils is not."""
    found, _ = read("项目概况 幼儿园生均公用经费 每生每年补助500元。")
    assert [(f.name, f.segment, f.raw) for f in found] == [
        ("幼儿园生均公用经费（每生每年补助）", "学前", "500元")
    ]
    assert read("对家庭经济困难学生每生每年补助1000元。") == ([], [])


def test_a_slogan_in_straight_quotes_that_counts_its_parts_is_no_target() -> None:
    """`落实校园安全防范"四个100%"`: a slogan's name, as `“4个100”` in curly quotes is; the
    rates the text goes on to set are targets."""
    found, _ = read('会议要求,落实校园安全防范"四个100%"。校园封闭管理达100%。')
    assert [(f.name, f.raw) for f in found] == [("校园封闭管理", "100%")]


def test_a_value_right_after_the_things_a_count_counts_is_their_measure_flagged_as_named_from_afar() -> (
    None
):
    """`对…等9个续建项目投入8.3亿元`: the words the count took name the money too; `…等4个安置点
    各1所` gives each one school, and is no name."""
    found, _ = read("2025年，对甲小学、乙中学等9个续建项目投入8.3亿元。")
    assert [(f.name, f.raw) for f in found] == [
        ("续建项目投入", "9个"),
        ("续建项目投入", "8.3亿元"),
    ]
    assert found[1].review == ("指标名由上下文推断，请核对", "指标名取自数值较远处的文字，请核对")
    found, _ = read("2025年，甲园等4个安置点各1所。")
    assert [f.raw for f in found] == ["4个"]


def test_a_clause_that_is_only_a_measures_name_names_the_level_in_the_next() -> None:
    """`研究生课程的收生上限，由100%增至120%`: the clause before is the measure's name alone."""
    (f,), _ = read("到2025年，研究生课程超额收生学额上限，由100%增至120%。")
    assert (f.name, f.raw, f.year) == ("研究生课程超额收生学额上限", "120%", 2025)
    assert "指标名取自数值较远处的文字，请核对" in f.review


def test_a_bracket_after_a_name_gives_each_years_level() -> None:
    """`某率（2028年达到90%，2036年达到96%）`: the bracket dates each value, which is the rate's
    before it; `2028年均达到` is a year and 均, no yearly average."""
    found, _ = read(
        "核心指标包括义务教育巩固率（2028年达到97%，2036年达到99%）、"
        "体质健康优良率（2028年均达到55%，2036年均达到65%）。"
    )
    assert brief(found) == [
        ("义务教育巩固率", "97%", 2028, "level"),
        ("义务教育巩固率", "99%", 2036, "level"),
        ("体质健康优良率", "55%", 2028, "level"),
        ("体质健康优良率", "65%", 2036, "level"),
    ]


def test_a_year_in_a_bracket_that_says_where_things_stand_dates_nothing() -> None:
    """`（2019年为88%）` reports; the target is the plan's, not that year's."""
    found, _ = read("到2023年，普惠性幼儿园覆盖面达到92%（2019年为88%）。")
    assert brief(found) == [("普惠性幼儿园覆盖面", "92%", 2023, "level")]


def test_a_count_resized_from_a_figure_to_another_starts_from_the_first() -> None:
    """`由目前近300所调整到260所左右`: 调整到 is a from-to as 提高到 is; the first is the start."""
    (f,), _ = read("到2025年，全省普通高中数由目前近300所调整到260所左右。")
    assert (f.name, f.raw) == ("普通高中数", "260所左右")
    assert f.baseline is not None and f.baseline.raw == "近300所"
    # 调整为 (and 压缩为, 合并为…) is one too: the start had been drafted as a target
    (f,), _ = read("到2030年，全县义务教育学校（含教学点）由168所（个）调整为98所（个）。")
    assert (f.name, f.raw) == ("义务教育学校（含教学点）", "98所")
    assert f.baseline is not None and f.baseline.raw == "168所"
    # as are a change's own verbs with 为 (`调减为`, `下降为`): the start had named the target
    (f,), _ = read("到2025年，公办园在园幼儿占比由50%调减为48%。")
    assert (f.name, f.raw) == ("公办园在园幼儿占比", "48%")
    (f,), _ = read("到2025年，小学辍学率由0.5%下降为0.3%。")
    assert (f.name, f.raw) == ("小学辍学率", "0.3%")


def test_a_rate_that_reaches_one_figure_from_another_starts_from_the_first() -> None:
    """`从99.38%达到99.88%`: 达到 after a starting figure is a from-to, as 提升至 is."""
    (f,), _ = read("到2025年，九年义务教育巩固率从99.38%达到99.88%。")
    assert (f.name, f.raw) == ("九年义务教育巩固率", "99.88%")
    assert f.baseline is not None and f.baseline.raw == "99.38%"


def test_a_year_in_brackets_after_a_share_is_no_word_of_its_name() -> None:
    """`…提升至92.28%(2024年)`: the bracket says when, the name stays the indicator's."""
    found, _ = read(
        "普惠性幼儿园覆盖率从85.64%提升至92.28%(2024年)，巩固率从99.38%达到99.88%(2024年)。"
    )
    assert [f.name for f in found] == ["普惠性幼儿园覆盖率", "巩固率"]


def test_amounts_by_a_standard_are_named_by_what_the_standard_pays() -> None:
    """`按照小学…、初中…的标准拨付X`: each amount is the standard of X, per pupil a year; so are
    the same standards of a subsidy paid (`发放住宿生交通补助`, as the corpus curates
    `…的标准给予寄宿制生活补助`), but not of aid to students (`国家助学金`)."""
    found, _ = read("按照小学900元/年/生、初中1100元/生/年的标准拨付生均公用经费。")
    assert [(f.name, f.segment, f.raw) for f in found] == [
        ("生均公用经费", "小学", "900元/年/生"),
        ("生均公用经费", "初中", "1100元/生/年"),
    ]
    assert parse(found[0].raw).unit == "元/生"
    found, _ = read("按照小学900元/年/生、初中1100元/生/年的标准发放住宿生交通补助。")
    assert [(f.name, f.segment, f.raw) for f in found] == [
        ("住宿生交通补助", "小学", "900元/年/生"),
        ("住宿生交通补助", "初中", "1100元/生/年"),
    ]
    assert read("按照1000元/生/年的标准发放国家助学金。")[0] == []


def test_a_decimal_typed_half_in_words_is_one_amount() -> None:
    """`37.五亿元` (a rewriter's half-typed decimal) is 37.5亿元, not 五亿元 after `37.`."""
    (f,), _ = read("到2025年，全区教育项目总投资37.五亿元。")
    assert (f.name, f.raw) == ("教育项目总投资", "37.五亿元")
    assert parse(f.raw).value == Decimal("3750000000")


def test_numbers_a_bare_wan_scales_after_a_counting_verb_are_counts() -> None:
    """`培训40万农民工、8万退役军人`: 万 scales each number before what it counts, the list's
    second item counted as the first."""
    found, _ = read("到2025年，培训40万农民工、8万退役军人。")
    assert [(f.name, f.raw, parse(f.raw).value) for f in found] == [
        ("培训农民工", "40万", Decimal("400000")),
        ("培训退役军人", "8万", Decimal("80000")),
    ]


def test_a_rise_in_yuan_without_a_new_level_is_a_change() -> None:
    """`每生每天提高2元` raises a standard by an amount: a change, as 提高5个百分点 is."""
    (f,), _ = read("从2025年起，午餐补助标准每生每天提高2元。")
    assert f.raw == "提高2元"
    assert parse(f.raw).op == "change"


def test_coverage_not_yet_reached_is_no_target() -> None:
    """`尚未完全覆盖`, `未实现全覆盖` report a lack; 全覆盖 inside them is no goal."""
    found, baselines = read(
        "目前全县有5所学校饮水设施尚未完全覆盖。到2025年，学校饮水设施实现全覆盖。"
    )
    assert [(f.raw, f.year) for f in found] == [("全覆盖", 2025)]
    assert [b.raw for b in baselines] == ["5所"]


def test_a_count_in_words_right_after_a_bare_build_verb_is_an_amount() -> None:
    """`…的县应建一所…`: 建 counts what is to be built, as 新建 does."""
    found, _ = read("人口50万以上的县必须建一所特殊教育学校。")
    assert [(f.raw, parse(f.raw).value) for f in found] == [("一所", Decimal("1"))]


def test_the_bound_of_a_lists_last_value_holds_for_all_of_it() -> None:
    """`分别控制在0.3%和0.8%以下`, `分别达到97%、93%和88%以上`: the bound printed once, after the
    last value, is each value's; a value that a word parts from the next (`5所和初中2所以上`)
    keeps its own."""
    found, _ = read("到2025年，小学、初中年辍学率分别控制在0.3%和0.8%以下。")
    assert [(f.raw, f.comparator) for f in found] == [("0.3%", "≤"), ("0.8%以下", None)]
    found, _ = read("到2025年，小学、初中、高中巩固率分别达到97%、93%和88%以上。")
    assert [f.comparator for f in found] == ["≥", "≥", None]
    found, _ = read("到2025年，新建小学5所和初中2所以上。")
    assert [(f.raw, f.comparator) for f in found] == [("5所", None), ("2所以上", None)]
    found, _ = read("到2025年，小学、初中、普通高中生师比分别控制在19:1、13.5:1和12.5:1以内。")
    assert [f.comparator for f in found] == ["≤", "≤", None]  # ratios too (had been =)
    found, _ = read("到2025年，小学、初中、高中生师比分别不高于19:1、13.5:1和12.5:1。")
    assert [f.comparator for f in found] == [None, "不高于", "不高于"]  # a bound before ratios too
    found, _ = read("到2025年，入园率、入学率和受教育年限分别达到96%、50%以上和14.2年。")
    assert [(f.raw, f.comparator) for f in found] == [
        ("96%", None),
        ("50%以上", None),
        ("14.2年", None),
    ]


def test_a_verb_of_change_before_a_list_is_each_values() -> None:
    """`分别增长7%和8%左右`: the verb printed once, before the first value, makes each later
    value a change too; `提高到95%和98%` lists levels."""
    found, _ = read("到2025年，学前教育经费和义务教育经费分别增长7%和8%左右。")
    assert [(f.raw, f.comparator) for f in found] == [("增长7%", None), ("8%左右", "增长")]
    found, _ = read("到2025年，小学和初中近视率分别下降3个百分点、2个百分点。")
    assert [(f.raw, f.comparator) for f in found] == [
        ("下降3个百分点", None),
        ("2个百分点", "下降"),
    ]
    found, _ = read("到2025年，小学和初中巩固率分别提高到95%和98%。")
    assert [f.comparator for f in found] == [None, None]
    found, _ = read("到2025年，学位和班额分别扩大10%和5%。")
    assert [(f.raw, f.comparator) for f in found] == [("扩大10%", None), ("5%", "扩大")]
    found, _ = read("到2025年，小学和初中超大班额分别压减10%和5%。")  # any verb of the grammar's
    assert [(f.raw, f.comparator) for f in found] == [("压减10%", None), ("5%", "压减")]


def test_a_list_that_prints_its_unit_once_gives_it_to_each_value() -> None:
    """`分别提高3个和5个百分点`, `分别达到95和98%`: the unit printed after the last value is
    each value's, and the verb of change before the first makes each a change."""

    def targets(text: str) -> list[tuple[str, str, str | None]]:
        doc = document.Document("page.txt", (document.Paragraph(text),))
        values = [d.record.target.value for d in draft_document(doc, "n", []).records]
        return [(v.op, str(v.value), v.printed_unit) for v in values]

    points = [("change", "3", "个百分点"), ("change", "5", "个百分点")]
    assert targets("到2025年，甲比重和乙比重分别提高3个和5个百分点。") == points
    assert targets("到2025年，甲比重和乙比重分别提高3和5个百分点。") == points
    assert targets("到2025年，甲率和乙率分别达到95和98%。") == [
        ("=", "95", "%"),
        ("=", "98", "%"),
    ]
    found, _ = read("到2025年，甲率和乙率分别达到95和98%。")
    assert [(f.raw, f.unit) for f in found] == [("95", "%"), ("98%", None)]
    found, _ = read("到2025年，甲率、乙率和丙率分别达到95、96和98%。")
    assert [(f.name, f.raw, f.unit) for f in found] == [
        ("甲率", "95", "%"),
        ("乙率", "96", "%"),
        ("丙率", "98%", None),
    ]
    assert targets("到2025年，甲、乙和丙比重分别提高3个、4个和5个百分点。") == [
        ("change", "3", "个百分点"),
        ("change", "4", "个百分点"),
        ("change", "5", "个百分点"),
    ]


def test_a_yearly_rate_of_change_before_a_list_makes_no_change_over_the_period() -> None:
    """`分别年均增长7%和8%`: the verb is a yearly rate's (年均, 每年, 逐年), whose later values
    are yearly rates too, not the period's growth the bare verb would make them."""
    for text in (
        "到2025年，城乡居民收入分别年均增长7%和8%。",
        "到2025年，城乡居民收入每年分别增长7%、8%。",
    ):
        found, _ = read(text)
        assert found[1].comparator is None, text


def test_bare_values_after_a_list_of_changes_are_the_levels_of_the_same_names() -> None:
    """`城乡居民收入分别增长7%、8%，达到5万元和2万元`: the clause after the list names nothing of
    its own, so its values are the levels the listed names reach, in the same order."""
    found, _ = read("到2025年，小学、初中生均公用经费分别增长10%、12%，达到1200元、1500元。")
    assert [(f.name, f.raw, f.scope) for f in found][2:] == [
        ("小学生均公用经费", "1200元", "level"),
        ("初中生均公用经费", "1500元", "level"),
    ]
    found, _ = read("到2025年，城乡居民收入分别增长7%、8%，达到5万元和2万元。")
    assert [(f.name, f.raw) for f in found][2:] == [
        ("城镇居民收入", "5万元"),
        ("农村居民收入", "2万元"),
    ]


def test_sessions_held_are_counted_in_qi_but_a_phase_or_an_issue_is_none() -> None:
    """`举办教师培训200期`: a count of sessions a plan will hold (期, a count as 场 and 批 are);
    `二期工程`, `前两期计划`, `2017年5期` name a phase or a journal's issue, no amount; issues a
    plan puts out (`编发《…简报》不少于12期`) are an amount."""
    found, _ = read("“十四五”期间，举办教师培训200期，培训教师1万人次。")
    assert [(f.name, f.raw, f.scope) for f in found] == [
        ("举办教师培训", "200期", "cumulative"),
        ("培训教师", "1万人次", "cumulative"),
    ]
    assert (parse("200期").value, parse("200期").unit) == (Decimal(200), "期")
    found, _ = read("二期工程新增学位1200个，总结前两期行动计划的经验。")
    assert [f.raw for f in found] == ["1200个"]
    assert read("见《教育》2017年5期。")[0] == []
    # issues put out (编发, 编印) are counted too
    found, _ = read("督导报告向社会公开，编发《某县教育督导简报》不少于12期。")
    assert [f.raw for f in found] == ["不少于12期"]


def test_a_bound_before_the_rate_a_value_is_per_is_the_values() -> None:
    """`不低于每生每年800元` reads as `每生每年不低于800元` (and `不超过每班45人` as `每班不超过45人`):
    the bound is the value's, printed before the rate it is per, and no part of the name."""
    found, _ = read("到2025年，初中生均公用经费标准不低于每生每年950元，班额不超过每班45人。")
    assert [(f.name, f.raw, f.comparator) for f in found] == [
        ("初中生均公用经费标准", "950元", "不低于"),
        ("班额", "45人", "不超过"),
    ]


def test_a_bound_before_a_list_or_before_the_whole_of_a_share_is_the_values() -> None:
    """`分别不超过40人、48人`: the bound before the first value is each one's; `不低于教师总数的15%`:
    the bound before the whole a share is of, which names the share (as 占 does), a share in
    words (`三分之一`) as one in %."""
    found, _ = read("到2025年，小学、初中班额分别不超过40人、48人。")
    assert [(f.raw, f.comparator) for f in found] == [("不超过40人", None), ("48人", "不超过")]
    found, _ = read("到2025年，名师不低于教师总数的15%，年轻教师的比例不少于全体教师的30%。")
    assert [(f.name, f.raw, f.comparator) for f in found] == [
        ("名师占教师总数比例", "15%", "不低于"),
        ("年轻教师的比例", "30%", "不少于"),
    ]
    found, _ = read("到2025年，教师交流轮岗比例不少于符合条件教师总数的三分之一。")
    assert [(f.name, f.raw, f.comparator) for f in found] == [
        ("教师交流轮岗比例", "三分之一", "不少于")
    ]


def test_a_bound_before_words_naming_a_share_is_of_what_the_share_counts() -> None:
    """`不超过两年的新教师占比`, `不低于市定标准的学校比例`: the words after the bound already name
    the share, so the bound is of what it counts, neither the share's whole nor its comparator;
    a whole with no 的 or with a bracket names the share and bounds it alike."""
    found, _ = read(
        "到2025年，教龄不超过两年的新教师占比控制在25%左右，"
        "生均公用经费不低于市定标准的学校比例达到98%。"
    )
    assert [(f.name, f.raw, f.comparator) for f in found] == [
        ("教龄不超过两年的新教师占比", "25%左右", None),
        ("生均公用经费不低于市定标准的学校比例", "98%", None),
    ]
    found, _ = read("到2025年，名师不低于教师总数12%，艺术经费不低于公用经费（含专项）的4%。")
    assert [(f.name, f.raw, f.comparator) for f in found] == [
        ("名师占教师总数比例", "12%", "不低于"),
        ("艺术经费占公用经费（含专项）比例", "4%", "不低于"),
    ]


def test_a_minimum_before_the_verb_that_gives_a_value_is_the_values_bound() -> None:
    """`每天至少安排50分钟`: the minimum stands before the verb, the value after it; the
    name keeps the verb but not the bound (`每周开设劳动课`)."""
    found, _ = read("到2025年，小学每天至少安排50分钟的阅读时间，每周至少开设3节劳动课。")
    assert [(f.name, f.raw, f.comparator) for f in found] == [
        ("小学每天阅读时间", "50分钟", "至少"),
        ("每周开设劳动课", "3节", "至少"),
    ]


def test_a_count_per_week_is_a_level_and_a_count_per_term_a_yearly_count() -> None:
    """`每周开设劳动课不少于2课时`: a standard kept every week, a level as printed, not an amount
    made by 2030. `每学期至少开展3次演练`, `每季度召开一次`, `每月1次`: a count each period,
    read from its period word as a yearly count (data/README.md: `每学期1次` → 2); they had been
    kept as printed, a level of 3 and 1."""
    found, _ = read(
        "到2030年，中小学每周开设劳动课不少于2课时，每所学校每学期至少开展3次应急疏散演练。"
    )
    assert [(f.name, f.raw, f.comparator, f.scope) for f in found] == [
        ("中小学每周开设劳动课", "不少于2课时", None, "level"),
        ("每所学校开展应急疏散演练", "每学期至少开展3次", None, "per_year"),
    ]
    assert parse(found[1].raw).value == 6
    found, _ = read("工作专班每季度召开一次调度会，区级联合巡查每月1次，街道巡查每周不少于1次。")
    assert [(f.name, f.raw, parse(f.raw).value, f.scope) for f in found] == [
        ("工作专班召开调度会", "每季度召开一次", 4, "per_year"),
        ("区级联合巡查", "每月1次", 12, "per_year"),
        ("街道巡查每周", "不少于1次", 1, "level"),
    ]
    found, _ = read("开展师徒结对，每学期每位青年教师上公开课不少于一节。")
    assert [(f.raw, parse(f.raw).value) for f in found] == [
        ("每学期每位青年教师上公开课不少于一节", 2)
    ]
    found, _ = read("进校园的专题教育活动每学期不超过3项。")
    assert [(f.raw, parse(f.raw).value, f.scope) for f in found] == [
        ("每学期不超过3项", 6, "per_year")
    ]


def test_a_count_of_each_year_of_a_period_stays_yearly() -> None:
    found, _ = read("“十四五”期间，每年新建公办幼儿园6所；新增学位8000个。")
    assert [(f.raw, f.year, f.scope) for f in found] == [
        ("6所", 2025, "per_year"),
        ("8000个", 2025, "cumulative"),
    ]


def test_a_sum_given_by_subsidies_named_in_a_later_clause_is_still_a_budget() -> None:
    found, _ = read("到2023年，预计带动各级财政投入超800亿元，以奖代补方式支持300个县。")
    assert [f.raw for f in found][:1] == ["超800亿元"]
    found, _ = read("到2023年，家长每学期最多缴1500元，减轻家庭负担。")
    assert found == []


def test_a_budget_line_beside_a_subsidy_is_a_budget() -> None:
    """`中央编列预算…，省里编列补助款…，地方自筹…`: the lines of a works budget; a subsidy named
    in one line leaves that line out, not the budget lines beside it."""
    found, _ = read(
        "今年再扩编经费改善旧校舍，中央编列预算96亿元，省里拨付补助款21.5亿元，"
        "地方自筹17.2亿元，将在未来两年用于校舍加固工程。"
    )
    assert [f.raw for f in found] == ["96亿元", "17.2亿元"]


def test_a_rate_whose_page_lost_its_percent_sign_is_read_in_percent() -> None:
    """`巩固率与入学率99 ，`, `入学率97 以上`: a rate of at most 100 with no unit is a
    percentage whose sign the page lost; each of two rates sharing it gets a record, and
    the unit taken from the name is flagged."""
    found, _ = read("到2028年，初中巩固率与入学率99 ；视障儿童入学率97 以上，职校就业率达到96。")
    assert [(f.name, f.raw, f.unit) for f in found] == [
        ("初中巩固率", "99", "%"),
        ("初中入学率", "99", "%"),
        ("视障儿童入学率", "97 以上", "%"),
        ("职校就业率", "96", "%"),
    ]
    assert all("原文数值无单位，按指标名（率、比例）读作百分数，请核对" in f.review for f in found)
    assert parse(found[2].raw, found[2].unit).unit == "%"


def test_a_goal_of_none_is_a_value_of_zero() -> None:
    """`重大心理危机事件为零`, `安全责任事故为0`: none of what must not happen; other bare zeros
    and `零` in words (`零距离`, `零件`) are no value."""
    found, _ = read("2026年，重大心理危机事件为零，校园安全责任事故为0，审计问题为零。")
    assert [(f.name, f.raw) for f in found] == [
        ("重大心理危机事件", "零"),
        ("校园安全责任事故", "0"),
        ("审计问题", "零"),
    ]
    assert all(parse(f.raw, f.unit).value == 0 for f in found)
    found, _ = read("2026年，实现家校零距离，更换零件，编号为0。")
    assert found == []


def test_a_rate_reported_to_two_places_without_its_sign_is_no_target() -> None:
    """`录取率达61.83`: a rate to two places is measured and reported; a goal's rate is round."""
    found, _ = read("全县本科录取率达61.83，重点录取率达22.47。")
    assert brief(found) == []


def test_two_rates_joined_share_one_value() -> None:
    found, _ = read("到2028年，小学入学率和巩固率达到99.5%。")
    assert brief(found) == [
        ("小学入学率", "99.5%", 2028, "level"),
        ("小学巩固率", "99.5%", 2028, "level"),
    ]


def test_the_word_goal_before_a_count_verb_is_no_part_of_the_name() -> None:
    """`目标新建小学4所`: 目标 says the count is a goal; `目标完成率` is a rate's own name."""
    found, _ = read("到2025年，全县目标新建小学4所，目标完成率100%。")
    assert [f.name for f in found] == ["新建小学", "目标完成率"]


def test_the_period_a_change_is_counted_from_is_no_part_of_the_name() -> None:
    found, _ = read("到2025年，职业学校双师型教师比例比“十三五”末提高8个百分点。")
    assert [(f.name, f.raw) for f in found] == [("职业学校双师型教师比例", "提高8个百分点")]


def test_a_list_of_years_read_with_fenbie_dates_its_values_one_by_one() -> None:
    """The years are what 分别 lists: one name for every value, with no year in it, before
    or after a comma, and only for the one list of values (not a later clause's)."""
    found, _ = read("校园绿化覆盖率到2023年、2025年分别达到40%、45%。")
    assert [(f.name, f.raw, f.year) for f in found] == [
        ("校园绿化覆盖率", "40%", 2023),
        ("校园绿化覆盖率", "45%", 2025),
    ]
    found, _ = read(
        "到2028年和2031年，全县残疾儿童入学率分别达到96%和97.5%，随班就读比例达到60%。",
        Plan(2025, 2031, False),
    )
    assert [(f.name, f.raw, f.year) for f in found] == [
        ("残疾儿童入学率", "96%", 2028),
        ("残疾儿童入学率", "97.5%", 2031),
        ("随班就读比例", "60%", 2031),
    ]
    found, _ = read(
        "全县学前三年毛入园率在2028年和2031年分别达到95%、97%，小学、初中教师本科率分别达到82%、71%。",
        Plan(2025, 2031, False),
    )
    assert [(f.name, f.raw, f.year) for f in found] == [
        ("学前三年毛入园率", "95%", 2028),
        ("学前三年毛入园率", "97%", 2031),
        ("小学教师本科率", "82%", 2031),  # a list of its own names: by stage, not by year
        ("初中教师本科率", "71%", 2031),
    ]


def test_a_bound_printed_before_the_whole_a_share_is_of_bounds_the_share() -> None:
    found, _ = read("到2025年，校舍维修资金不低于学校年度预算的6%。")
    assert [(f.raw, f.comparator) for f in found] == [("6%", "不低于")]


def test_a_level_then_the_value_of_a_year_before_and_the_change_gives_its_baseline() -> None:
    """`达到98.4%，较2020年的97.9%提高0.5个百分点`: the level is the target, the value after
    `较…年的` where it starts (that year's), and the change between them is no record."""
    found, _ = read("到2025年，全县小学净入学率达到98.4%，较2020年的97.9%提高0.5个百分点。")
    assert [
        (f.name, f.raw, f.baseline.raw if f.baseline else None, f.baseline and f.baseline.year)
        for f in found
    ] == [("小学净入学率", "98.4%", "97.9%", 2020)]


def test_between_closing_a_range_is_no_part_of_the_name() -> None:
    """`稳定在55%—65%之间`: 之间 closes the range; the name is what stands before it."""
    found, _ = read("到2025年，全市高职院校毕业生就业率稳定在55%—65%之间。")
    assert [(f.name, f.raw) for f in found] == [("高职院校毕业生就业率", "55%—65%")]


def test_every_verb_of_change_of_the_value_grammar_makes_a_change() -> None:
    """`上升2个百分点`, `压缩10%`: the drafter reads the verbs of change the value grammar reads
    (phrases.CHANGE_VERBS), so none of them is left in the name with its value a level."""
    for text, name, raw in (
        ("到2025年，学前教育毛入园率上升2个百分点。", "学前教育毛入园率", "上升2个百分点"),
        ("到2025年，超大班额压缩10%。", "超大班额", "压缩10%"),
    ):
        found, _ = read(text)
        assert [(f.name, f.raw) for f in found] == [(name, raw)], text
        assert parse(raw).op in ("change", "growth"), text


def test_a_year_taken_from_an_earlier_sentence_is_named_for_review() -> None:
    """`到2023年，…。中小学每年开展应急演练不少于2次。`: the second sentence prints no year and
    is dated by the first's, 2023, not the plan's 2025: the draft keeps it and says where the
    year came from; a year of its own sentence, or the plan's, needs no such word."""
    goal, first, second = read("到2023年，义务教育学校全部达到省定办学标准，巩固率达到99%。中小学每年开展应急演练不少于2次。")[0]  # fmt: skip
    assert (goal.raw, goal.year) == ("全部达到省定办学标准", 2023)  # a goal in words before a comma
    assert (first.raw, first.year) == (
        "99%",
        2023,
    ) and "年份取自上文（2023年），请核对" not in first.review
    assert (second.raw, second.year) == ("不少于2次", 2023)
    assert "年份取自上文（2023年），请核对" in second.review
    (third,) = read("到2025年，巩固率达到99%。中小学每年开展应急演练不少于2次。")[0][1:]
    assert third.year == 2025 and not any(r.startswith("年份取自上文") for r in third.review)


def test_a_sum_in_a_bare_wan_after_a_word_of_money_is_in_yuan() -> None:
    """`投资概算11601万`: the writer left the 元 off a sum; a bare 万 elsewhere is no amount."""
    found, _ = read("2021年，新建甲小学，设计36个教学班，投资概算11601万。")
    f = found[-1]
    assert (f.name, f.raw, parse(f.raw, f.unit).value, f.unit) == (
        "投资概算",
        "11601万",
        Decimal("116010000"),
        "元",
    )
    assert [f.raw for f in read("全市常住人口1200万，")[0]] == []


def test_a_headcount_told_right_after_whom_it_counts_is_no_target() -> None:
    """`水上乡人口约4.7万人，其中0至2岁婴幼儿约360人`: who live there; `服务人口23万人` (the people a
    school serves) and `常住人口达到120万人` (a level reached) stay figures."""
    found, _ = read("2025年，水上乡人口约4.7万人，其中0至2岁婴幼儿约360人，新增收托名额约200个。")
    assert [f.raw for f in found] == ["约200个"]
    found, _ = read("到2025年，城区服务人口23万人，常住人口达到120万人。")
    assert [f.raw for f in found] == ["23万人", "120万人"]


def test_a_share_in_cheng_before_what_it_counts_is_named_as_a_share_in_percent_is() -> None:
    """`三成以上的初中成为优质学校` reads as `60%以上的初中…` does: the share of 初中 that become
    so (the clause drafted nothing)."""
    found, _ = read("到2025年，全区三成以上的初中成为优质学校。")
    assert [(f.name, f.raw, f.segment) for f in found] == [
        ("初中成为优质学校比例", "三成以上", "初中")
    ]


def test_a_level_counted_from_in_a_basis_clause_is_the_targets_baseline() -> None:
    """`在2025年91.6%的基础上提高到93%`: 91.6% is where 93% starts from, as in `由…提高到…`
    (the target had been dropped, its name left to the basis), and 2025 is the baseline's year,
    no date of the clauses after it (they had been dated 2025, in the past)."""
    lines = (
        "某市2026年教育工作要点", "一、主要目标",
        "2026年，普惠性幼儿园覆盖率在2025年91.6%的基础上提高到93%；新增省级特色高中2所。",
    )  # fmt: skip
    doc = document.Document("p.txt", tuple(document.Paragraph(t) for t in lines))
    got = [
        (d.record.name, d.record.target.raw, d.record.target.year, d.record.baseline)
        for d in draft_document(doc, "x", []).records
    ]
    assert [(n, raw, year) for n, raw, year, _ in got] == [
        ("普惠性幼儿园覆盖率", "93%", 2026),
        ("新增省级特色高中", "2所", 2026),
    ]
    base = got[0][3]
    assert base is not None and (base.raw, base.year) == ("91.6%", 2025)
    # a change from the level, or a level 现有, counts from it too
    for text, raw, base_raw in (
        ("到2028年，学生近视率在2025年55%的基础上降低5个百分点。", "降低5个百分点", "55%"),
        ("普惠性幼儿园覆盖率在现有88%的基础上提高到93%。", "93%", "88%"),
        # the indicator named inside the basis, its level reached after a comma and 力争
        ("在去年普惠性幼儿园覆盖率达到92.6%的基础上，今年力争达到94%以上。", "94%以上", "92.6%"),
    ):
        lines = ("某市2026年教育工作要点", "一、主要目标", text)
        doc = document.Document("p.txt", tuple(document.Paragraph(t) for t in lines))
        (d,) = draft_document(doc, "x", []).records
        assert (d.record.target.raw, d.record.baseline and d.record.baseline.raw) == (raw, base_raw)
        assert d.record.name in ("学生近视率", "普惠性幼儿园覆盖率")
        assert d.record.name in ("学生近视率", "普惠性幼儿园覆盖率")


def test_a_goal_word_whose_clause_only_reaches_it_is_of_the_clause_before() -> None:
    """`…，全市所有乡村学校都要纳入城乡学校共同体，实现全覆盖`: the coverage is of what the clause
    before does for all (it was dropped, having no name); a clause before that is only a date
    names nothing, and one with a count of its own keeps the count."""

    def named(text: str) -> list[tuple[str, str]]:
        lines = ("某市基础教育扩优提质行动方案（2026—2028年）", "二、工作目标", text)
        doc = document.Document("p.txt", tuple(document.Paragraph(t) for t in lines))
        return [(d.record.name, d.record.target.raw) for d in draft_document(doc, "x", []).records]

    assert named("到2028年，全市所有乡村学校都要纳入城乡学校共同体，实现全覆盖。") == [
        ("乡村学校纳入城乡学校共同体覆盖面", "全覆盖")
    ]
    assert named("到2028年，实现全覆盖。") == []
    assert named("加强与高校合作，基本实现全覆盖。") == []  # what is covered is not said
    assert named("推进城区学校与乡村学校结对帮扶，实现全覆盖。") == [
        ("城区学校与乡村学校结对帮扶覆盖面", "全覆盖")
    ]
    assert named("到2028年，推进乡村学校纳入城乡学校共同体，实现全覆盖。") == [
        ("乡村学校纳入城乡学校共同体覆盖面", "全覆盖")
    ]
    assert named("到2028年，新建幼儿园3所，实现全覆盖。") == [("新建幼儿园", "3所")]


def test_a_rule_or_standard_a_sentence_opens_on_is_restated_not_set() -> None:
    """`按照国家规定，…班额小学不超过45人`, `根据《…睡眠管理工作的通知》，小学生每天睡眠时间应达到
    10小时`, `按照《…配备标准》要求，…1:5至1:7`: the rule's figures (they were drafted as the
    plan's), wherever the clause naming the rule stands, and so is a figure inside the words
    naming a national rule or a requirement the plan keeps (`落实国家关于…各1小时…的要求`,
    `落实…不低于2小时的要求`); the plan's own are
    dated, of its own place or striven for before the figure's clause ends."""
    for text in (
        "这里说明一下，按照国家规定，义务教育学校班额小学不超过45人、初中不超过50人。",
        "根据《教育部办公厅关于进一步加强中小学生睡眠管理工作的通知》，小学生每天睡眠时间应达到10小时，"
        "学校要统筹作业与睡眠时间，确保学生充足睡眠。",
        "按照《幼儿园教职工配备标准（暂行）》要求，全日制幼儿园教职工与幼儿比达到1:5至1:7。",
        "按照国家要求，落实乡村教师5年一周期不少于360学时的培训。",
        "落实国家关于学生每天校内、校外各1小时体育活动时间的要求。",
        "严格执行教师每五年一周期不少于360学时的培训要求，构建区、校两级培训体系。",
        "落实中小学生每天综合体育活动时间不低于2小时的要求，支持建设校外体育活动中心。",
        "严格落实国家规定的城乡义务教育学校生均公用经费基准定额（小学每生每年720元、初中每生每年940元），"
        "不得挤占挪用。",
        "严格执行国家中小学教职工编制标准（高中1:12.5、初中1:13.5、小学1:19），建立编制周转池。",
        "严格执行国家标准班额（小学45人、初中50人），严禁产生新的大班额。",
    ):
        assert read(text) == ([], []), text
    kept = "落实3万人口以上乡镇至少办好2所标准化公办中心幼儿园的要求。"  # works counted
    assert [f.raw for f in read(kept)[0]] == ["至少办好2所"]
    assert [f.raw for f in read("推动8所农村学校达到标准化建设的要求。")[0]] == ["8所"]
    assert read("幼儿园班额严格执行小班25人、中班30人、大班35人的规定。") == ([], [])
    raised = (
        "落实国家规定的生均公用经费基准定额（小学每生每年720元），县级标准提高到每生每年800元。"
    )
    assert [f.raw for f in read(raised)[0]] == ["800元"]
    text = "市属高校按照不低于1:3000的师生比配备专职心理健康教育教师（国家要求为不低于1:4000）。"
    assert [f.raw for f in read(text)[0]] == ["不低于1:3000"]  # the national one beside it: none
    assert brief(read("按照省定标准，到2027年全县中小学标准化达标率达到100%。")[0])[0][1] == "100%"
    assert brief(read("根据《某省教育厅关于…的通知》要求，全市新建幼儿园5所。")[0])[0][1] == "5所"
    for text, raws in (
        (
            "按照《城市幼儿园建设标准》要求，新建、改扩建幼儿园12所，新增学位3600个。",
            ["12所", "3600个"],
        ),
        ("根据《关于印发某县学前教育普及普惠发展实施方案的通知》，公办园占比提高到60%。", ["60%"]),
        ("依据《义务教育学校管理标准》，县域内学校标准化达标率达到100%。", ["100%"]),
        ("按照国家标准改造照明不达标的中小学校教室2000间。", ["2000间"]),
        ("按照国家要求，为农村学校配备计算机3000台。", ["3000台"]),
        ("根据《国家中长期教育改革和发展规划纲要》精神，建设教师周转宿舍1200套。", ["1200套"]),
    ):  # works counted, a plan's own notice, a share meeting the standard: the plan's
        assert [f.raw for f in read(text)[0]] == raws, text


def test_a_fen_bie_list_after_a_semicolon_takes_the_years_of_the_list_before_it() -> None:
    """`到2026年、2027年、2028年，…分别达到42%、48%、55%；市级一级…分别达到46%、52%、60%`: the
    second list is of the same years and one indicator (it took the plan's last year, and names
    numbered `（1）`…); a list of its own names after it (`小学、初中…分别…`) is not by year."""

    def got(text: str) -> list[tuple[str, str, int]]:
        lines = ("某区行动计划（2026—2030年）", "二、目标", text)
        doc = document.Document("p.txt", tuple(document.Paragraph(t) for t in lines))
        return [
            (d.record.name, d.record.target.raw, d.record.target.year)
            for d in draft_document(doc, "x", []).records
        ]

    assert got(
        "到2026年、2027年、2028年，全区省优质幼儿园占比分别达到42%、48%、55%；"
        "市级一级及以上幼儿园占比分别达到46%、52%、60%。"
    )[3:] == [
        ("市级一级及以上幼儿园占比", "46%", 2026),
        ("市级一级及以上幼儿园占比", "52%", 2027),
        ("市级一级及以上幼儿园占比", "60%", 2028),
    ]
    assert got("到2027年、2030年，毛入园率分别达到92%、95%；小学、初中巩固率分别达到99%、98%。")[
        2:
    ] == [
        ("小学巩固率", "99%", 2030),
        ("初中巩固率", "98%", 2030),
    ]


def test_a_clause_saying_when_a_requirement_is_met_dates_it() -> None:
    """`…按照不低于1:3000的师生比配备…，2027年全部达标`, `…配备率达到100%，到2026年配备到位`: the
    level is due the year its requirement is met (it took the plan's last year); a clause of
    another kind after the value dates nothing."""
    text = "市属高校按照不低于1:3000的师生比配备专职心理健康教育教师，2027年全部达标。"
    assert [(f.raw, f.year) for f in read(text)[0]] == [("不低于1:3000", 2027)]
    text = "中小学专职心理健康教育教师配备率达到100%，到2026年配备到位。"
    assert [(f.raw, f.year) for f in read(text)[0]] == [("100%", 2026)]
    text = "新建改扩建幼儿园12所，2027年完成。"
    assert [(f.raw, f.year) for f in read(text)[0]] == [("12所", 2027)]
    text = "中小学专职心理健康教育教师配备率达到100%，2027年开展专项督导。"
    assert [(f.raw, f.year) for f in read(text)[0]] == [("100%", 2025)]


def test_a_goal_in_words_quoted_whole_is_drafted() -> None:
    """`实现“应助尽助”`, `守住…事故“零发生”底线`: a goal word quoted whole is the target (values in
    short quotes are mostly programmes' names, and these had been dropped as such); all who
    should are (`应入尽入`, `应贷尽贷`); a slogan counting its parts (`两个“只增不减”`) is none."""
    got = read("家庭经济困难学生资助实现“应助尽助”，生源地信用助学贷款应贷尽贷。")[0]
    assert [(f.name, f.raw) for f in got] == [
        ("家庭经济困难学生资助", "应助尽助"),
        ("生源地信用助学贷款", "应贷尽贷"),
    ]
    got = read("工作推进中，坚决守住校园食品安全事故“零发生”底线。")[0]
    assert [f.raw for f in got] == ["零发生"]
    got = read('确保校园食品安全事故"零发生"。')[0]  # straight quotes alike
    assert [(f.name, f.raw) for f in got] == [("校园食品安全事故", "零发生")]
    assert read("会议再次强调了对教育投入两个“只增不减”的要求。")[0] == []
    assert read("坚持应助尽助原则，完善资助体系。")[0] == []
    text = "建立健全学生资助动态监测机制，坚持应保尽保，确保不让一个学生因家庭经济困难而失学。"
    assert read(text)[0] == []  # a principle kept


def test_pairs_are_counted_in_dui() -> None:
    """`结对学校总数不少于60对，其中义务教育学校45对`: pairs are a count (they had been read as a
    bare 60, and the parts not at all); `1对1帮扶` is no count of pairs."""
    found, _ = read("到2028年，两地结对学校总数不少于60对，其中义务教育学校45对、幼儿园10对。")
    assert [(f.raw, parse(f.raw).unit, f.year) for f in found] == [
        ("不少于60对", "对", 2028),
        ("45对", "对", 2028),
        ("10对", "对", 2028),
    ]
    assert read("开展1对1帮扶。")[0] == []


def test_dui_opening_a_word_stays_in_the_name() -> None:
    """`对口帮扶学校200所`, `对接周边行政村3个`: 对 opens the word, no preposition before the
    name (the names had lost it: `口帮扶学校`); `对3所薄弱学校实施托管` still drops it."""
    found, _ = read("到2030年，对口帮扶学校200所，对接周边行政村3个。")
    assert [(f.name, f.raw) for f in found] == [
        ("对口帮扶学校", "200所"),
        ("对接周边行政村", "3个"),
    ]
    found, _ = read("到2030年，对3所薄弱学校实施托管。")
    assert [(f.name, f.raw) for f in found] == [("薄弱学校实施托管", "3所")]


def test_counts_named_only_by_their_step_take_the_works_the_lead_names() -> None:
    """`（一）分年度推进寄宿制学校改扩建。2026年完成8所，2027年完成5所`: each count is of the
    works the paragraph's lead names (they had been named `完成`); a count with its own name
    keeps it."""
    found, _ = read("（一）分年度推进寄宿制学校改扩建。2026年完成8所，2027年完成5所，新建食堂3个。")
    assert [(f.name, f.raw, f.year) for f in found] == [
        ("寄宿制学校改扩建", "8所", 2026),
        ("寄宿制学校改扩建", "5所", 2027),
        ("新建食堂", "3个", 2027),
    ]


def test_a_number_of_hundreds_after_a_list_is_an_amount_not_the_lists_count() -> None:
    """`培养区级名师、名校长两百名`: 两百 is 200, no count of the two kinds listed (it had been
    dropped as one); `打造教研员、班主任、心理教师三支队伍` still counts its list."""
    found, _ = read(
        "“十五五”期间累计培养区级名师、名校长两百名，打造教研员、班主任、心理教师三支队伍。"
    )
    assert [(f.name, f.raw) for f in found] == [("累计培养区级名师、名校长", "两百名")]


def test_the_yu_of_a_word_parts_no_list() -> None:
    """`小学、初中有需求学生参与率分别达到95%、88%以上`: 参与 is one word, so the list is of two
    stages (they had been named `…（1）`, `…（2）`, both 小学's)."""
    found, _ = read("到2027年，小学、初中有需求学生参与率分别达到95%、88%以上。")
    assert [(f.name, f.segment, f.raw) for f in found] == [
        ("小学有需求学生参与率", "小学", "95%"),
        ("初中有需求学生参与率", "初中", "88%以上"),
    ]


def test_a_bound_with_de_before_the_whole_a_share_is_of_bounds_the_share() -> None:
    """`引进第三方服务的课时不得超过学校课后服务总课时的30%`: the share of the whole, bounded as
    `不超过` bounds it (it had been an `=` named by the bound's words)."""
    found, _ = read("到2027年，引进第三方服务的课时不得超过学校课后服务总课时的30%。")
    assert [(f.name, f.raw, f.comparator) for f in found] == [
        ("引进第三方服务的课时占学校课后服务总课时比例", "30%", "不得超过")
    ]
    from plancmp.values import compared

    assert compared(found[0].raw, "不得超过", "%").op == "<="
    assert compared("90%", "不得低于", "%").op == ">="
