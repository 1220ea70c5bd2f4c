"""Statistics quoted beside targets, and the years that end a report of last year: how news
reports and bulletins set results and targets side by side, stated on invented sentences."""

from __future__ import annotations

from plancmp.draft.naming import name_values
from plancmp.draft.prose import Paragraph as Where
from plancmp.draft.prose import Plan, read_paragraph
from plancmp.draft.segments import topic_segment

NEWS_2022 = Plan(None, None, False, now=2022, news=True, ahead=(), dated=True)
UNDATED = Plan(None, 2025, False)


def read(text: str, plan: Plan) -> tuple[list[tuple[str, int | None]], list[str]]:
    found, baselines, _ = read_paragraph(text, Where("正文", False, None, 0), plan)
    return [(f.raw, f.year) for f in found], [f.raw for f in baselines]


def test_bare_counts_of_pupils_are_statistics() -> None:
    """`招生…万人，在校生…万人，毕业生…万人` with no verb or year of a target: where things stand."""
    targets, results = read(
        "普通小学招生1800.5万人，在校生10200.3万人，毕业生1600.1万人。", NEWS_2022
    )
    assert targets == []
    assert results == ["1800.5万人", "10200.3万人", "1600.1万人"]


def test_a_count_of_pupils_set_by_a_verb_or_a_year_is_a_target() -> None:
    assert read("普通高中在校生达到5万人。", NEWS_2022)[0] == [("5万人", None)]
    assert read("到2025年，中职在校生3万人。", NEWS_2022)[0] == [("3万人", 2025)]


def test_a_later_year_ends_a_report_of_last_year() -> None:
    """`在去年新增…基础上，今明两年计划新增…`: 去年 reports, 今明两年 sets targets, whether or
    not the page says which year it is."""
    text = "在去年全省新增学位60万个基础上，今明两年计划新增公办学位13万个。"
    assert read(text, NEWS_2022) == ([("13万个", 2023)], ["60万个"])
    assert read(text, UNDATED)[0] == [("13万个", 2025)]


def test_a_stock_after_a_bracketed_place_is_a_result() -> None:
    """`开发区(新区)现有中小学12所`: 现有 after the place's bracket reports where things stand."""
    assert read("开发区(新区)现有中小学12所，学生30000人。", NEWS_2022)[0] == []


def test_this_year_and_next_open_no_name() -> None:
    (named,) = name_values("今明两年计划新增公办学位13万个。", {})
    assert named.name == "新增公办学位"


def test_places_for_children_under_three_have_no_school_segment() -> None:
    """`新增幼儿托位` is care for the under-threes; a class of a school is of its school."""
    assert topic_segment("新增幼儿托位") is None
    assert topic_segment("普惠性托育服务机构") is None
    assert topic_segment("新增公办幼儿园托班托额") == "学前"
    assert topic_segment("新增幼儿园学位") == "学前"
