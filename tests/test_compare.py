"""Ranking by ambition: direction, strictness, ranges, units, scopes, ties."""

import json
from decimal import Decimal

from conftest import METRICS, plan, rec

from plancmp.analysis.compare import Basis, compare
from plancmp.output.words import why


def ranked(metric_id, *plans, segment=None):
    rows = compare(
        METRICS.get(metric_id),
        [(p, r) for p in plans for r in p.records if r.metric == metric_id],
        segment,
    )
    return [
        (r.plan.id, r.rank, r.delta_to_best, r.delta_to_median, why(r.why) or None) for r in rows
    ]


def test_strict_outranks_non_strict_and_higher_is_better():
    a = plan("a", rec("a", "puhui", "＞90"))
    b = plan("b", rec("b", "puhui", ">95"))
    c = plan("c", rec("c", "puhui", "90%以上"))
    d = plan("d", rec("d", "puhui", "达到90%"))
    assert ranked("puhui", a, b, c, d) == [
        ("b", 1, Decimal(0), Decimal(5), None),
        ("a", 2, Decimal(-5), Decimal(0), None),
        ("c", 3, Decimal(-5), Decimal(0), None),
        ("d", 3, Decimal(-5), Decimal(0), None),  # ≥90 and 达到90 tie
    ]


def test_plans_of_unknown_level_say_so_even_when_no_plan_has_one():
    """Drafted plans leave `level` null until reviewed: their rows say what is missing."""
    a, b = (
        plan("a", rec("a", "puhui", "95%以上"), level=None),
        plan("b", rec("b", "puhui", ">96"), level=None),
    )
    unknown = "级别未填写：规划文件的 level 为空，无法确定同级规划"
    assert ranked("puhui", a, b) == [
        ("a", None, None, None, unknown),
        ("b", None, None, None, unknown),
    ]
    c = plan("c", rec("c", "puhui", "90%以上"))
    assert ranked("puhui", a, c)[1] == ("a", None, None, None, unknown)


def test_a_plan_with_two_values_is_ranked_once_by_its_table():
    a = plan(
        "a",
        rec("a", "puhui", "95%以上", kind="prose", section="正文"),
        rec("a", "puhui", ">96"),
    )
    b = plan("b", rec("b", "puhui", "97"))
    c = plan("c", rec("c", "puhui", "94"))
    assert ranked("puhui", a, b, c) == [
        ("b", 1, Decimal(0), Decimal(1), None),
        ("a", 2, Decimal(-1), Decimal(0), None),
        ("c", 3, Decimal(-3), Decimal(-2), None),
        (
            "a",
            None,
            None,
            None,
            "同一规划另一处的目标，与排名所用的指标表目标不同（前后不一致）",
        ),
    ]


def test_without_a_table_value_the_first_printed_is_ranked():
    a = plan(
        "a",
        rec("a", "puhui", "90", kind="prose", section="一"),
        rec("a", "puhui", "98", kind="prose", section="二"),
    )
    b = plan("b", rec("b", "puhui", "95"))
    rows = ranked("puhui", a, b)
    assert [(p, rank) for p, rank, *_ in rows] == [("b", 1), ("a", 2), ("a", None)]
    assert rows[2][4] == "同一规划另一处的目标，与排名所用的前文目标不同（前后不一致）"


def test_a_restatement_is_not_called_a_conflict():
    a = plan("a", rec("a", "puhui", "95%以上"), rec("a", "puhui", "不低于95%", kind="prose"))
    b = plan("b", rec("b", "puhui", "97"))
    assert ranked("puhui", a, b)[2] == (
        "a",
        None,
        None,
        None,
        "同一规划另一处的重述，与排名所用的指标表目标相同",
    )


def test_the_main_group_is_the_one_most_plans_share():
    a = plan(
        "a",
        rec("a", "puhui", "5", scope="cumulative"),
        rec("a", "puhui", "6", scope="cumulative", kind="prose"),
    )
    b = plan("b", rec("b", "puhui", "90"))
    rows = ranked("puhui", a, b)
    assert rows[0] == ("b", None, None, None, "无可比较的目标")  # the main group, alone in it
    assert [(p, reason) for p, _, _, _, reason in rows[1:]] == [
        ("a", "口径不同：累计/每年/水平值不同"),
        ("a", "口径不同：累计/每年/水平值不同"),
    ]


def test_lower_is_better_ranks_smaller_first():
    a = plan("a", rec("a", "balance", "0.30", None, segment="小学"))
    b = plan("b", rec("b", "balance", "小于0.30", None, segment="小学"))
    c = plan("c", rec("c", "balance", "0.25", None, segment="小学"))
    assert [(p, rank) for p, rank, *_ in ranked("balance", a, b, c)] == [
        ("c", 1),
        ("b", 2),
        ("a", 3),
    ]


def test_segments_rank_separately_and_filter():
    a = plan(
        "a",
        rec("a", "balance", "0.30", None, segment="小学"),
        rec("a", "balance", "0.25", None, segment="初中"),
    )
    b = plan(
        "b",
        rec("b", "balance", "0.25", None, segment="小学"),
        rec("b", "balance", "0.30", None, segment="初中"),
    )
    rows = compare(
        METRICS.get("balance"), [(p, r) for p in [a, b] for r in p.records if r.metric == "balance"]
    )
    assert [(r.plan.id, r.record.segment, r.rank) for r in rows] == [
        ("b", "小学", 1),
        ("a", "小学", 2),
        ("a", "初中", 1),
        ("b", "初中", 2),
    ]
    assert [(p, rank) for p, rank, *_ in ranked("balance", a, b, segment="初中")] == [
        ("a", 1),
        ("b", 2),
    ]


def test_range_guarantees_its_low_end():
    a = plan("a", rec("a", "places", "5~7个", None))
    b = plan("b", rec("b", "places", "6个", None))
    c = plan("c", rec("c", "places", "至少6个", None))
    rows = ranked("places", b, c)
    assert [(p, rank) for p, rank, *_ in rows] == [("b", 1), ("c", 1)]
    rows = ranked("places", a, b, c)  # 5~7 guarantees 5
    assert [(p, rank) for p, rank, *_ in rows] == [("b", 1), ("c", 1), ("a", 3)]


def test_suo_and_ge_count_the_same_things_within_a_metric():
    """所 and 个 are the counters plans use for the same schools and projects (10个 老年学堂,
    2-3所 老年大学): ranked together, each shown as printed; other counts stay apart."""
    a = plan("a", rec("a", "places", "5所", None))
    b = plan("b", rec("b", "places", "6个", None))
    c = plan("c", rec("c", "places", "7人", None))
    rows = ranked("places", a, b, c)
    assert [(p, rank) for p, rank, *_ in rows[:2]] == [("b", 1), ("a", 2)]
    assert rows[2][0] == "c" and rows[2][1] is None and rows[2][4].startswith("单位不同")


def test_units_that_convert_are_compared():
    a = plan("a", rec("a", "places", "6.1万个", None))
    b = plan("b", rec("b", "places", "50000", "个"))
    assert ranked("places", a, b)[0][:3] == ("a", 1, Decimal(0))
    assert ranked("places", a, b)[1][2] == Decimal(-11000)


def test_city_scope_year_trend_and_text_are_unranked_with_reasons():
    city = plan(
        "hz",
        rec("hz", "myopia", "逐年下降1个百分点以上", "%", scope="per_year", year=2023),
        level="市",
    )
    cityl = plan("hz2", rec("hz2", "myopia", "50%", None, year=2023), level="市")
    a = plan("a", rec("a", "myopia", "<50.78", "%"))
    b = plan("b", rec("b", "myopia", "50", "%"))
    c = plan("c", rec("c", "myopia", "大幅下降", None, kind="prose"))
    d = plan("d", rec("d", "myopia", "52", "%", year=2021))
    assert ranked("myopia", city, cityl, a, b, c, d) == [
        ("b", 1, Decimal(0), Decimal("-0.39"), None),
        ("a", 2, Decimal("0.78"), Decimal("0.39"), None),
        ("hz", None, None, None, "趋势目标：只有方向或年变化率，无水平值"),
        ("hz2", None, None, None, "层级不同：市级规划的目标，不与区县规划的目标一起排名"),
        ("c", None, None, None, "定性目标：无法按数值比较"),
        ("d", None, None, None, "年份不同：2021 年与 2025 年"),
    ]


def test_a_province_plans_row_among_districts_is_named_as_a_provinces():
    # a municipality directly under the State Council is recorded at the province level
    prov = plan("sh", rec("sh", "myopia", "48%", None), level="省")
    a = plan("a", rec("a", "myopia", "<50.78", "%"))
    b = plan("b", rec("b", "myopia", "50", "%"))
    assert ranked("myopia", prov, a, b)[2] == (
        "sh",
        None,
        None,
        None,
        "层级不同：省级规划的目标，不与区县规划的目标一起排名",
    )


def test_scope_differs():
    a = plan("a", rec("a", "places", "1000个", None, scope="cumulative"))
    b = plan("b", rec("b", "places", "2000个", None, scope="cumulative"))
    c = plan("c", rec("c", "places", "500个", None, scope="per_year"))
    assert ranked("places", a, b, c)[2] == ("c", None, None, None, "口径不同：累计/每年/水平值不同")


def test_neutral_metrics_are_listed_not_ranked():
    a = plan("a", rec("a", "pupils", "5", "万人"))
    b = plan("b", rec("b", "pupils", "13.4", "万人"))
    assert ranked("pupils", a, b) == [
        ("b", None, None, None, "规模指标：无优劣方向，不排名"),
        ("a", None, None, None, "规模指标：无优劣方向，不排名"),
    ]


def test_median_is_exact():
    from plancmp.analysis.rank import median

    assert median([Decimal("0.1"), Decimal("0.2")]) == Decimal("0.15")
    assert median([Decimal(3), Decimal(1), Decimal(2)]) == Decimal(2)


def test_lower_is_better_range_counts_by_its_high_end():
    a = plan("a", rec("a", "balance", "0.2~0.4", None, segment="小学"))
    b = plan("b", rec("b", "balance", "0.3", None, segment="小学"))
    rows = ranked("balance", a, b)
    assert [(p, rank, best) for p, rank, best, _, _ in rows] == [
        ("b", 1, Decimal(0)),
        ("a", 2, Decimal("0.1")),
    ]


# --- by pace, and at a year -------------------------------------------------------------------


def by(basis, metric_id, *plans):
    rows = compare(METRICS.get(metric_id), [(p, r) for p in plans for r in p.records], None, basis)
    return [(r.plan.id, r.rank, r.value, r.projected, why(r.why) or None) for r in rows]


def test_a_target_alone_in_its_group_gets_no_rank_and_no_distance_to_itself():
    one = plan("one", rec("one", "puhui", "90"))
    two = plan("two", rec("two", "puhui", "88"))
    assert ranked("puhui", one) == [("one", None, None, None, "无可比较的目标")]
    assert ranked("puhui", one, two) == [
        ("one", 1, Decimal(0), Decimal(1), None),
        ("two", 2, Decimal(-2), Decimal(-1), None),
    ]


def test_a_2030_target_and_a_2025_target_are_ranked_by_pace():
    five = plan("five", rec("five", "puhui", "90", base="80%"))  # 2020 → 2025: +2 a year
    ten = plan("ten", rec("ten", "puhui", "92", base="80%", base_year=2025, year=2030), year=2030)
    assert ranked("puhui", five, ten) == [  # by target they are of different years
        ("five", None, None, None, "无可比较的目标"),
        ("ten", None, None, None, "年份不同：2030 年与 2025 年"),
    ]
    assert by(Basis("pace"), "puhui", five, ten) == [
        ("ten", 1, Decimal("2.4"), False, None),
        ("five", 2, Decimal(2), False, None),
    ]


def test_a_change_target_has_the_pace_of_the_level_it_implies():
    change = plan("change", rec("change", "puhui", "提高5个百分点", base="90%"))  # → 95: +1 a year
    level = plan("level", rec("level", "puhui", "93", base="90%"))  # +0.6 a year
    assert by(Basis("pace"), "puhui", level, change) == [
        ("change", 1, Decimal(1), False, None),
        ("level", 2, Decimal("0.6"), False, None),
    ]


def test_pace_is_direction_aware_and_needs_a_baseline():
    fast = plan("fast", rec("fast", "myopia", "50", base="57.8%"))  # -1.56 a year
    slow = plan("slow", rec("slow", "myopia", "<50.78", base="56.78%"))  # -1.2 a year
    bare = plan("bare", rec("bare", "myopia", "50"))
    assert by(Basis("pace"), "myopia", slow, bare, fast) == [
        ("fast", 1, Decimal("-1.56"), False, None),
        ("slow", 2, Decimal("-1.2"), False, None),
        ("bare", None, None, False, "无基线：无法计算年均变化"),
    ]


def test_at_a_year_each_target_is_read_off_its_straight_line():
    five = plan("five", rec("five", "puhui", "90", base="80%"))
    ten = plan("ten", rec("ten", "puhui", "92", base="80%", base_year=2025, year=2030), year=2030)
    bare = plan("bare", rec("bare", "puhui", "95%以上", year=2030), year=2030)
    exact = plan("exact", rec("exact", "puhui", "87%以上", year=2028), year=2028)
    assert by(Basis("at", 2028), "puhui", five, ten, bare, exact) == [
        ("five", 1, Decimal("96"), True, None),  # the line beyond 2025, extended
        ("ten", 2, Decimal("87.2"), True, None),
        ("exact", 3, Decimal("87"), False, None),  # its own year: the target itself
        ("bare", None, None, False, "无基线：无法推算至2028年"),
    ]
    assert by(Basis("at", 2024), "puhui", ten)[0][4] == "2024年早于基线年份 2025 年：不推算"


def test_compare_by_pace_and_at_on_the_command_line():
    from typer.testing import CliRunner

    from plancmp.cli import app

    runner = CliRunner()
    pace = json.loads(runner.invoke(app, ["compare", "普惠", "--by", "pace", "-f", "json"]).stdout)
    assert [(r["plan"], r["rank"], r["pace"], r["ranked_by"]) for r in pace] == [
        ("shangcheng", 1, 0.02, "pace"),
        ("yuecheng", 2, -0.22, "pace"),
        ("linan", 3, -0.32, "pace"),
        ("linhai", None, None, "pace"),
    ]
    at = runner.invoke(app, ["compare", "普惠", "--at", "2023", "-f", "csv"]).stdout.splitlines()
    assert at[0].split(",")[9] == "2023年值"
    assert at[1].split(",")[9:] == ["96.94%", "0", "+1.98 个百分点", "按直线推算；目标低于2020年基线，不要求进步"]  # fmt: skip
    both = runner.invoke(app, ["compare", "普惠", "--by", "pace", "--at", "2023"])
    assert both.exit_code == 2
    assert "--by pace and --at rank differently" in both.stderr


def test_a_change_target_is_ranked_by_the_level_it_implies_from_its_baseline():
    """提高5个百分点 from 90% asks for 95%: ranked between >95 and ＞90; without a baseline
    the change cannot be placed and is listed with the reason."""
    a = plan("a", rec("a", "puhui", "提高5个百分点", base="90%"))
    b = plan("b", rec("b", "puhui", ">95"))
    c = plan("c", rec("c", "puhui", "＞90"))
    d = plan("d", rec("d", "puhui", "提高3个百分点"))
    assert ranked("puhui", a, b, c, d) == [
        ("b", 1, Decimal(0), Decimal(0), None),
        ("a", 2, Decimal(0), Decimal(0), None),
        ("c", 3, Decimal(-5), Decimal(-5), None),
        ("d", None, None, None, "变化目标：相对基线的变化量，不与水平值一同排名"),
    ]


def test_a_decrease_and_a_growth_imply_levels_in_their_own_direction():
    from plancmp.analysis.rank import level_of
    from plancmp.levels import implied

    down = rec("a", "myopia", "下降3个百分点以上", base="55%")
    assert (level_of(down).op, level_of(down).value) == ("<=", Decimal(52))
    grow = rec("a", "places", "增长10%", "个", base="200个")
    assert (level_of(grow).op, level_of(grow).value) == ("=", Decimal(220))
    span = rec("a", "puhui", "提高3-5个百分点", base="80%")
    assert level_of(span)[:3] == ("range", Decimal(83), Decimal(85))
    assert implied(rec("a", "puhui", "＞90").target.value, Decimal(80)) is None
