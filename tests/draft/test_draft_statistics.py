"""Statistics quoted beside targets, and the years that end a report of last year: how news
reports and bulletins set results and targets side by side, stated on invented sentences."""

from __future__ import annotations

from plancmp.draft.build import draft_document
from plancmp.draft.document import Document, Paragraph
from plancmp.draft.naming import name_values
from plancmp.draft.prose import Paragraph as Where
from plancmp.draft.prose import Plan, read_paragraph
from plancmp.draft.segments import topic_segment
from plancmp.draft.spans import find_spans

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
    # a verb that adds staff makes the count how many to add (it had been a headcount)
    assert read("两年内补充公办园教职工120名。", UNDATED)[0] == [("120名", 2025)]
    assert read("全县现有教职工1532人。", UNDATED)[0] == []


def test_what_a_survey_shows_is_where_things_stand() -> None:
    """`某项监测显示，…`, `抽样调查结果显示…`: a survey's findings, as a bulletin's figures are."""
    text = "2021年全省体质健康监测显示，城区学校近视率高于乡村9个百分点。"
    assert read(text, UNDATED)[0] == []
    assert read("抽样调查结果显示，初中生睡眠达标率为42%。", NEWS_2022)[0] == []


def test_a_level_found_short_is_where_things_stand() -> None:
    """`仅达`, `仅为`, `只占`: a level said to fall short now; a target sets what to reach, and
    `不仅` is "not only"."""
    assert read("在数字化背景下，智慧校园覆盖率仅达37%。", UNDATED)[0] == []
    assert read("农村学校专任教师中硕士只占6%。", NEWS_2022)[0] == []
    text = "到2027年，智慧校园覆盖率不仅达到90%以上，还要提质增效。"
    assert read(text, UNDATED)[0] == [("90%以上", 2027)]


def test_a_count_of_pupils_set_by_a_verb_or_a_year_is_a_target() -> None:
    assert read("普通高中在校生达到5万人。", NEWS_2022)[0] == [("5万人", None)]
    assert read("到2025年，中职在校生3万人。", NEWS_2022)[0] == [("3万人", 2025)]


def test_a_later_year_ends_a_report_of_last_year() -> None:
    """`在去年新增…基础上，今明两年计划新增…`: 去年 reports, 今明两年 sets targets, whether or
    not the page says which year it is."""
    text = "在去年全省新增学位60万个基础上，今明两年计划新增公办学位13万个。"
    assert read(text, NEWS_2022) == ([("13万个", 2023)], ["60万个"])
    assert read(text, UNDATED)[0] == [("13万个", 2025)]


def test_figures_of_the_basis_a_target_counts_from_are_baselines() -> None:
    """`在600元、800元的基础上有所增长`: the figures name the level the rise starts from; a school
    the basis itself asks to run (`在办好1所中心幼儿园的基础上`) is a task, still a target."""
    text = "2022年，生均公用经费在600元、800元的基础上有所增长。"
    assert read(text, NEWS_2022) == ([], ["600元", "800元"])
    text = "2022年，在办好1所公办中心幼儿园的基础上，大镇办好2所以上。"
    assert [raw for raw, _ in read(text, NEWS_2022)[0]] == ["1所", "2所以上"]


def test_a_basis_reached_in_a_year_past_dates_nothing_after_it() -> None:
    """`在2026年底压减至38家的基础上，年底前进一步压减至30家以内；…较2026年减少50%`: the year of
    the basis is the level's, no date; the targets after it stay targets of the plan's year
    (the whole paragraph had been read as results), named without the basis's words and
    counting from it. A basis of 公办 places (`在2026年新增公办学位4.2万个的基础上`) is a level
    counted from, not a task to run."""
    plan = Plan(None, 2027, False, now=2027, ahead=(2027,), dated=True)
    text = (
        "2027年，学科类校外培训机构在2026年底压减至38家的基础上，年底前进一步压减至30家以内；"
        "无证无照培训机构数量较2026年减少50%。"
    )
    found, _, _ = read_paragraph(text, Where("二、工作目标", False, 2027, 0), plan)
    assert [(f.name, f.raw, f.year, f.baseline.raw if f.baseline else None) for f in found] == [
        ("学科类校外培训机构", "30家以内", 2027, "38家"),
        ("无证无照培训机构数量", "减少50%", 2027, None),
    ]
    text = "在2026年新增公办学位4.2万个的基础上，2027年全省新增公办幼儿园学位3万个。"
    assert read(text, plan) == ([("3万个", 2027)], ["4.2万个"])


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


def test_a_remaining_gap_to_a_target_is_no_target() -> None:
    """`要达到90%，还需提高0.5个百分点`: the target is 90%; the gap to it is no target."""
    targets, _ = read("到2025年毛入学率要达到90%，还需提高0.5个百分点。", NEWS_2022)
    assert targets == [("90%", 2025)]


def test_a_unit_sign_is_found_as_its_unit() -> None:
    """`363㎡`: the square-metre sign is a unit the grammar reads (as m2)."""
    spans = find_spans("其中新建校舍363㎡，铺设管网3㎞。")
    assert [(s.kind, s.unit) for s in spans] == [("value", "㎡"), ("value", "㎞")]


def drafted(*lines: str) -> list[tuple[str, str, int]]:
    d = draft_document(Document("page.txt", tuple(Paragraph(t) for t in lines)), "p", [])
    return [(r.record.name, r.record.target.raw, r.record.target.year) for r in d.records]


def test_a_subhead_repeating_one_figure_of_the_text_adds_nothing() -> None:
    """A headline's one figure that a sentence prints again, of the same indicator, is that
    sentence's: a result there (`2019年…巩固率为94.8%`) is no target, and a headline's `明年`
    counted from a repost's date does not make a second target."""
    news = "来源：某网 发布时间：2020-03-01 22:33:02"
    assert drafted(
        "首页 > 教育热点",
        news,
        "全国义务教育巩固率达到94.8%",
        "《公报》显示：2019年全国九年义务教育巩固率为94.8%。2020年，义务教育巩固率达到95%。",
    ) == [("义务教育巩固率", "95%", 2020)]
    assert drafted(
        "某报 > 第6版",
        "发布日期：2023年01月01日",
        "某市明年新增中小学学位2万个",
        "新增中小学学位2万个、幼儿托位6000个，记者近日获悉，2023年某市民生实事项目正式确定。",
    ) == [("新增中小学学位", "2万个", 2023), ("幼儿托位", "6000个", 2023)]


def test_a_unit_sign_after_a_magnitude_is_found_whole() -> None:
    """`4.55万㎡`: 万 and the square-metre sign are one unit (万m2)."""
    spans = find_spans("建筑面积4.55万㎡，计划投资10925万元。")
    assert [(s.kind, s.unit) for s in spans] == [("value", "万㎡"), ("value", "万元")]


def test_items_of_a_programme_counted_in_jian_or_xiang_are_its_parts() -> None:
    """`确定今年为民办实事项目21件，其中教育项目2件`: how many items the list holds; the
    items' own targets (`新建幼儿园5所`) stay."""
    targets, _ = read("今年确定为民办实事项目21件，其中教育项目2件：新建幼儿园5所。", NEWS_2022)
    assert targets == [("5所", 2022)]


def test_projects_counted_in_xiang_after_a_verb_of_building_are_works_to_do() -> None:
    """`计划实施校舍建设项目24项、续建项目9项`: the projects a year's programme carries out,
    each count a target; a programme's own items (`民生实事项目12项`) stay its parts."""
    targets, _ = read("今年计划实施校舍建设项目24项、续建项目9项，启动前期项目5项。", NEWS_2022)
    assert targets == [("24项", 2022), ("9项", 2022), ("5项", 2022)]
    targets, _ = read("今年确定民生实事项目12项，其中新建幼儿园3所。", NEWS_2022)
    assert targets == [("3所", 2022)]


def test_the_populations_schooling_is_of_no_school_segment() -> None:
    """`劳动年龄人口平均受教育年限` measures everyone, whatever stage the list spoke of before."""
    assert topic_segment("劳动年龄人口平均受教育年限", "职业院校双师型教师占比") is None
    assert topic_segment("新增劳动力受过高等教育比例") is None
    assert topic_segment("中职学校双师型教师占比") == "中职"
