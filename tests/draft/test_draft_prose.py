"""Targets in running text: names, years, scopes, baselines, and the numbers left out."""

from __future__ import annotations

from plancmp.draft.found import Found
from plancmp.draft.prose import Paragraph, Plan, read_paragraph

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


def test_segments_in_one_list_with_one_head_each_get_the_head() -> None:
    found, _ = read("全市学前段、义务教育段和高中段残疾儿童少年入学率分别达到94%、98.5%和88%。")
    assert [(f.name, f.segment, f.raw) for f in found] == [
        ("学前段残疾儿童少年入学率", "学前", "94%"),
        ("义务教育段残疾儿童少年入学率", "义务教育", "98.5%"),
        ("高中段残疾儿童少年入学率", "高中段", "88%"),
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


def test_each_year_amounts_are_per_year_and_a_one_year_programme_counts_per_year() -> None:
    assert brief(read("每年帮助10000名老人跨越数字鸿沟。")[0]) == [
        ("帮助老人跨越数字鸿沟", "10000名", 2025, "per_year")
    ]
    annual = Plan(None, 2023, True)
    assert brief(read("新建成中小学、幼儿园72所。", annual)[0]) == [
        ("新建成中小学、幼儿园", "72所", 2023, "per_year")
    ]


def test_comparators_and_rates_of_change() -> None:
    found, _ = read("送教上门人数控制在3%以内，近视率每年下降1个百分点以上，生均公用经费逐年增长。")
    assert [(f.name, f.raw, f.scope) for f in found] == [
        ("送教上门人数", "3%以内", "level"),
        ("近视率", "每年下降1个百分点以上", "per_year"),
        ("生均公用经费", "逐年增长", "level"),
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
