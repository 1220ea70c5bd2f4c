"""Findings of SPEC §6 on small synthetic plans."""

from decimal import Decimal

from conftest import METRICS, plan, rec

from plancmp.analysis.city import project
from plancmp.analysis.gaps import gaps_among, select
from plancmp.output.views import compared
from plancmp.output.words import reason


def kinds(findings):
    return [
        (f.kind, f.metric.id, f.segment, f.record.target.raw if f.record else None)
        for f in findings
    ]


def test_below_peers_shows_best_and_median():
    me = plan("me", rec("me", "puhui", "＞90"))
    p1 = plan("p1", rec("p1", "puhui", ">95"))
    p2 = plan("p2", rec("p2", "puhui", "90%以上"))
    (f,) = gaps_among(me, [p1, p2], [], METRICS)
    assert (f.kind, f.size) == ("below_peers", Decimal(5))
    assert compared(f) == {
        "best_plan": "p1",
        "best": ">95",
        "best_value": 95,
        "median": 90,
        "compared": 3,
        "more_ambitious": 1,
    }
    assert reason(f) == "本规划 ＞90%；最优 p1区 >95%；中位数 90%（含本规划，共 3 个）"


def test_a_peer_with_two_values_counts_once_by_its_table():
    me = plan("me", rec("me", "puhui", "＞90"))
    p1 = plan("p1", rec("p1", "puhui", "95%以上", kind="prose"), rec("p1", "puhui", "＞99"))
    p2 = plan("p2", rec("p2", "puhui", "90%以上"))
    (f,) = gaps_among(me, [p1, p2], [], METRICS)
    assert compared(f) == {
        "best_plan": "p1",
        "best": "＞99",
        "best_value": 99,
        "median": 90,
        "compared": 3,
        "more_ambitious": 1,
    }


def test_the_plans_own_second_value_is_a_conflict_not_another_finding():
    me = plan("me", rec("me", "puhui", "92%以上", kind="prose"), rec("me", "puhui", "94"))
    p1 = plan("p1", rec("p1", "puhui", "＞99"))
    found = gaps_among(me, [p1], [], METRICS)
    assert [(f.kind, f.record.target.raw if f.record else None) for f in found] == [
        ("conflict", "92%以上"),
        ("below_peers", "94"),
    ]


def test_equal_but_weaker_comparator_is_below_peers():
    me = plan("me", rec("me", "puhui", "90%以上"))
    p1 = plan("p1", rec("p1", "puhui", "＞90"))
    assert kinds(gaps_among(me, [p1], [], METRICS)) == [("below_peers", "puhui", None, "90%以上")]


def test_lower_is_better_peers():
    me = plan("me", rec("me", "balance", "小于0.30", None, segment="初中"))
    p1 = plan("p1", rec("p1", "balance", "0.25", None, segment="初中"))
    p2 = plan(
        "p2", rec("p2", "balance", "0.20", None, segment="小学")
    )  # other segment: not compared
    assert kinds(gaps_among(me, [p1, p2], [], METRICS)) == [
        ("below_peers", "balance", "初中", "小于0.30")
    ]


def test_not_above_baseline_is_direction_aware():
    me = plan(
        "me",
        rec("me", "puhui", "＞90", base="91.6%"),  # asks less than it has
        rec("me", "public_kg", "＞75", base="75"),  # strictly more: progress
        rec("me", "myopia", "<57", base="56.78"),  # lower is better, allows worse
        rec("me", "balance", "0.250", None, base="0.250", segment="小学"),  # equal: no progress
    )
    found = [(f.kind, f.metric.id) for f in gaps_among(me, [], [], METRICS)]
    assert found == [
        ("not_above_baseline", "puhui"),
        ("not_above_baseline", "myopia"),
        ("not_above_baseline", "balance"),
    ]


def test_full_coverage_kept_is_not_a_finding():
    me = plan("me", rec("me", "puhui", "100", base="100"))
    assert gaps_among(me, [], [], METRICS) == []


def test_conflict_between_table_and_prose():
    me = plan(
        "me",
        rec("me", "puhui", "97", segment="学前"),
        rec("me", "puhui", "96%以上", None, segment="学前", section="（五）", kind="prose"),
    )
    (f,) = gaps_among(me, [], [], METRICS)
    assert f.kind == "conflict"
    assert (
        reason(f)
        == "同一指标前后两个目标（可同时成立，写法不一）：97%（指标表）；96%以上（（五））"
    )


def test_a_conflict_says_whether_one_number_meets_both_targets():
    """0.25 and 小于0.30 are two wordings of one aim; 97% and 98%以上 are two aims."""

    def said(*raws):
        me = plan("me", *(rec("me", "puhui", r, section=f"（{n}）", kind="prose")
                          for n, r in enumerate(raws, 1)))  # fmt: skip
        (f,) = [f for f in gaps_among(me, [], [], METRICS) if f.kind == "conflict"]
        return reason(f).split("：")[0]

    assert said("97", "98%以上") == "同一指标前后两个目标（不能同时成立）"
    assert said("＜90", "90") == "同一指标前后两个目标（不能同时成立）"
    assert said("≤90", "90") == "同一指标前后两个目标（可同时成立，写法不一）"
    assert said("提高5个百分点", "95") == "同一指标前后两个目标"


def test_projection_to_the_city_year():
    r = rec("me", "puhui", "90", base="80")
    assert project(r, 2023) == Decimal(86)


def city_plan(*records):
    return plan("hz", *records, level="市")


def city_kinds(me, city):
    """Every city pair's kind and code (or form), quiet ones included."""
    return [
        (f.kind, f.metric.id, getattr(f.facts, "code", None) or f.facts.form)
        for f in gaps_among(me, [], [city], METRICS)
        if f.kind in ("below_city", "not_below_city", "city_not_compared")
    ]


def test_below_city_uses_projection_and_says_so():
    city = city_plan(rec("hz", "puhui", "达到88%", None, year=2023))
    me = plan("me", rec("me", "puhui", "90", base="80"))
    (f,) = gaps_among(me, [], [city], METRICS)
    assert f.kind == "below_city"
    assert (
        reason(f)
        == "杭州市2023年要求 达到88%；按基线 80%（2020）线性推算至2023年：约 86% 低于市级 88%"
    )
    assert f.facts.form == "projected"
    assert compared(f)["projected"] is True


def test_below_city_without_baseline_compares_the_target():
    city = city_plan(rec("hz", "puhui", "达到92%", None, year=2023))
    me = plan("me", rec("me", "puhui", "90"))
    (f,) = gaps_among(me, [], [city], METRICS)
    assert (f.kind, f.facts.form) == ("below_city", "level")
    assert reason(f) == (
        "杭州市2023年要求 达到92%；本规划2025年目标 90%（无基线，未推算）：90% 低于市级 92%"
    )


def test_a_range_is_held_to_the_city_by_what_it_guarantees():
    """Higher is better: a range guarantees its low end, whichever side sets it."""
    city = city_plan(rec("hz", "skills", "2—3项", None, year=2023))
    low = plan("me", rec("me", "skills", "1至2项", None))
    (f,) = gaps_among(low, [], [city], METRICS)
    assert f.kind == "below_city"
    assert reason(f).endswith("：区间下限 1项 低于市级 2项")
    assert (f.facts.mine_end, f.facts.theirs_end) == ("low", "low")
    assert city_kinds(plan("me", rec("me", "skills", "2项", None)), city) == [
        ("not_below_city", "skills", "level")  # 2 guarantees what 2—3 guarantees
    ]
    assert city_kinds(plan("me", rec("me", "skills", "3至4项", None)), city) == [
        ("not_below_city", "skills", "level")
    ]


def test_a_lower_is_better_range_is_held_by_its_high_end():
    city = city_plan(rec("hz", "myopia", "<50", "%", year=2023))
    me = plan("me", rec("me", "myopia", "48-52%", "%"))
    (f,) = gaps_among(me, [], [city], METRICS)
    assert f.kind == "below_city"
    assert reason(f).endswith("：区间上限 52% 高于市级 50%")


def test_city_trend_against_implied_yearly_change():
    city = city_plan(rec("hz", "myopia", "逐年下降1个百分点以上", "%", scope="per_year", year=2023))
    slow = plan("me", rec("me", "myopia", "<55", "%", base="57"))  # -0.4 a year
    fast = plan("me2", rec("me2", "myopia", "<50.78", "%", base="56.78"))  # -1.2 a year
    (f,) = gaps_among(slow, [], [city], METRICS)
    assert f.kind == "below_city"
    assert reason(f) == (
        "杭州市要求逐年下降1个百分点以上；本规划从基线 57%（2020）到 <55%，"
        "年均 -0.4 个百分点：慢于市级每年 -1 个百分点"
    )
    assert city_kinds(fast, city) == [("not_below_city", "myopia", "per_year")]


def test_a_trend_is_held_to_a_trend_by_its_yearly_rate():
    city = city_plan(rec("hz", "myopia", "逐年下降1个百分点以上", "%", scope="per_year", year=2023))
    half = plan("me", rec("me", "myopia", "每年下降0.5个百分点", "%", scope="per_year"))
    (f,) = gaps_among(half, [], [city], METRICS)
    assert f.kind == "below_city"
    assert reason(f).endswith("年均 -0.5 个百分点：慢于市级每年 -1 个百分点")
    assert compared(f) == {
        "city_plan": "hz",
        "higher_document": "hz规划",
        "city": "逐年下降1个百分点以上",
        "form": "per_year",
        "plan_per_year": -0.5,
        "city_per_year": -1,
        "basis": "points",
    }
    same = plan("me", rec("me", "myopia", "每年下降1个百分点以上", "%", scope="per_year"))
    assert city_kinds(same, city) == [("not_below_city", "myopia", "per_year")]


def test_relative_growth_is_held_to_relative_growth():
    city = city_plan(rec("hz", "places", "年均增长5%", "个", scope="per_year", year=2023))
    slow = plan("me", rec("me", "places", "年均增长3%", "个", scope="per_year"))
    (f,) = gaps_among(slow, [], [city], METRICS)
    assert (f.kind, f.facts.basis) == ("below_city", "relative")
    assert reason(f).endswith("年均 +3%：慢于市级每年 +5%")
    implied = plan("me", rec("me", "places", "1500个", None, base="1000个"))  # +8.4% a year
    assert city_kinds(implied, city) == [("not_below_city", "places", "per_year")]
    amount = plan("me", rec("me", "places", "每年增加100个", "个", scope="per_year"))
    assert city_kinds(amount, city) == [("city_not_compared", "places", "rate_basis")]


def test_a_direction_without_a_rate_is_held_by_its_direction():
    city = city_plan(rec("hz", "puhui", "逐年只增不减", "%", scope="per_year", year=2023))
    falling = plan("me", rec("me", "puhui", "85", base="90"))
    (f,) = [f for f in gaps_among(falling, [], [city], METRICS) if f.kind != "not_above_baseline"]
    assert f.kind == "below_city"
    assert reason(f).endswith("年均 -1 个百分点：方向与市级相反")
    rising = plan("me", rec("me", "puhui", "95", base="90"))
    assert city_kinds(rising, city) == [("not_below_city", "puhui", "direction")]


def test_every_shared_pair_is_compared_or_says_why_not():
    city = city_plan(
        rec("hz", "myopia", "每年下降1%", "%", scope="per_year", year=2023),  # % of a %
        rec("hz", "places", "6.1万个", None, scope="per_year", year=2023),  # the whole city's
        rec("hz", "puhui", "达到90%", None, year=2023, segment="学前"),  # another segment
        rec("hz", "public_kg", "通过", None, year=2023),  # no number
        rec("hz", "balance", "逐年下降1个百分点", "%", scope="per_year", year=2023),
        rec("hz", "skills", "2项", None, year=2023),
        rec("hz", "pupils", "5万人", None, year=2023),  # a size
    )
    me = plan(
        "me",
        rec("me", "myopia", "<55", "%", base="57"),
        rec("me", "places", "5000个", None, scope="cumulative"),
        rec("me", "puhui", "95"),
        rec("me", "public_kg", "80"),
        rec("me", "balance", "0.3", None),  # no baseline to imply a yearly change
        rec("me", "skills", "逐年增加", "项"),  # a yearly change against a level
        rec("me", "pupils", "3万人", None),
    )
    assert sorted(city_kinds(me, city)) == [
        ("city_not_compared", "balance", "unit"),
        ("city_not_compared", "myopia", "points_or_percent"),
        ("city_not_compared", "places", "city_total"),
        ("city_not_compared", "public_kg", "text"),
        ("city_not_compared", "puhui", "segment"),
        ("city_not_compared", "pupils", "neutral"),
        ("city_not_compared", "skills", "plan_trend"),
    ]
    found = gaps_among(me, [], [city], METRICS)
    assert [f.kind for f in select(found, ["below_city"])] == []  # all quiet
    assert len(select(found, ["below_city"], everything=True)) == 7
    words = {f.metric.id: reason(f) for f in found if f.kind == "city_not_compared"}
    assert words["places"].endswith("未比较，市级为全市每年总量，不与一个区县的数量比较")
    assert words["puhui"].endswith("未比较，学段不同（市级 学前，本规划 不分学段）")
    assert words["myopia"].endswith(
        "未比较，市级的年变化以 % 表示，是百分点还是相对变化，文件未说明"
    )


def test_a_city_trend_is_compared_only_in_points_and_the_same_unit():
    slow = plan("me", rec("me", "myopia", "<55", "%", base="57"))
    unitless = city_plan(rec("hz", "myopia", "每年下降1%", None, scope="per_year", year=2023))
    assert city_kinds(slow, unitless) == [("city_not_compared", "myopia", "unit")]
    yearly_base = plan("me", rec("me", "myopia", "<55", "%"))
    points = city_plan(rec("hz", "myopia", "逐年下降1个百分点", "%", scope="per_year", year=2023))
    assert city_kinds(yearly_base, points) == [("city_not_compared", "myopia", "no_baseline")]


def test_a_restated_target_is_held_to_the_city_once():
    city = city_plan(rec("hz", "puhui", "达到92%", None, year=2023))
    me = plan(
        "me", rec("me", "puhui", "90"), rec("me", "puhui", "90", section="（三）", kind="prose")
    )
    assert [f.kind for f in gaps_among(me, [], [city], METRICS)] == ["below_city"]


def test_missing_needs_the_city_or_two_peers():
    city = plan("hz", rec("hz", "places", "6.1万个", None, scope="per_year", year=2023), level="市")
    p1 = plan("p1", rec("p1", "myopia", "50", "%"), rec("p1", "public_kg", "80"))
    p2 = plan("p2", rec("p2", "myopia", "52", "%"))
    me = plan("me", rec("me", "puhui", "90"))
    found = {(f.kind, f.metric.id) for f in gaps_among(me, [p1, p2], [city], METRICS)}
    assert found == {("missing", "places"), ("missing", "myopia")}


def missing(findings, everything=False):
    return [
        (f.metric.id, f.facts.quiet) for f in select(findings, ["missing"], everything=everything)
    ]


def test_by_default_a_missing_indicator_is_a_level_or_rate_the_city_or_peers_set():
    city = city_plan(
        rec("hz", "places", "6.1万个", None, scope="per_year", year=2023),  # a yearly count
        rec("hz", "screening", "53万名", None, scope="per_year", year=2023),  # operational
        rec("hz", "public_kg", "达到80%", None, year=2023),  # a rate
        rec("hz", "skills", "2项以上", None, year=2023),  # a level
    )
    me = plan("me", rec("me", "puhui", "90"))
    found = gaps_among(me, [], [city], METRICS)
    assert missing(found) == [("public_kg", None), ("skills", None)]
    assert missing(found, everything=True) == [
        ("public_kg", None),
        ("skills", None),
        ("places", "amount"),
        ("screening", "operational"),
    ]
    quiet = {f.metric.id: reason(f) for f in found if f.kind == "missing"}
    assert (
        quiet["places"]
        == "杭州市设有此指标，本规划没有（只以每年或期间的数量设定，不是水平或比率）"
    )
    assert quiet["screening"] == "杭州市设有此指标，本规划没有（年度工作量指标，五年规划一般不设）"


def test_peers_count_when_two_of_them_set_a_level_or_a_rate():
    me = plan("me", rec("me", "puhui", "90"))
    totals = [plan(f"p{i}", rec(f"p{i}", "places", "5000个", None, scope="cumulative"))
              for i in range(3)]  # fmt: skip
    assert missing(gaps_among(me, totals, [], METRICS), everything=True) == [("places", "amount")]
    levels = [plan(f"p{i}", rec(f"p{i}", "places", "5000个", None)) for i in range(2)]
    assert missing(gaps_among(me, levels, [], METRICS)) == [("places", None)]
    one_level = [totals[0], levels[0]]
    assert missing(gaps_among(me, one_level, [], METRICS)) == []
    rates = [plan(f"p{i}", rec(f"p{i}", "myopia", "50", "%")) for i in range(2)]
    assert missing(gaps_among(me, rates, [], METRICS)) == [("myopia", None)]


def test_findings_are_ordered_by_how_much_they_matter():
    from plancmp.metrics import Catalog
    from plancmp.model import Standard

    floor = Standard("puhui", Decimal(80), "%", "达到80%", "办法", None, "test")
    catalog = Catalog(list(METRICS), [floor])
    city = city_plan(rec("hz", "public_kg", "达到90%", None, year=2023))
    peer = plan("p1", rec("p1", "myopia", "40", "%"), rec("p1", "balance", "0.2", None,
                segment="小学"), rec("p1", "skills", "3项", None))  # fmt: skip
    me = plan(
        "me",
        rec("me", "skills", "通过", None),
        rec("me", "myopia", "45", "%"),  # 5 points behind: 5/100
        rec("me", "balance", "0.3", None, segment="小学"),  # 0.1 behind 0.2: half
        rec("me", "public_kg", "85"),
        rec("me", "puhui", "75", base="78"),
        rec("me", "puhui", "82", kind="prose", section="（三）"),
    )
    found = gaps_among(me, [peer], [city], catalog)
    assert [(f.kind, f.metric.id) for f in found] == [
        ("below_national_standard", "puhui"),
        ("below_city", "public_kg"),
        ("conflict", "puhui"),
        ("not_above_baseline", "puhui"),
        ("below_peers", "balance"),  # the larger share first, whatever the unit
        ("below_peers", "myopia"),
        ("qualitative", "skills"),
    ]


def test_a_binding_target_comes_first_within_its_kind():
    me = plan(
        "me", rec("me", "myopia", "45", "%"), rec("me", "puhui", "90")._replace(attribute="约束性")
    )
    peer = plan("p1", rec("p1", "myopia", "30", "%"), rec("p1", "puhui", "91"))
    found = gaps_among(me, [peer], [], METRICS)
    assert [f.metric.id for f in found] == ["puhui", "myopia"]


def test_kinds_are_chosen_with_their_quiet_companions():
    city = city_plan(rec("hz", "puhui", "达到88%", None, year=2023),
                     rec("hz", "public_kg", "通过", None, year=2023))  # fmt: skip
    me = plan("me", rec("me", "puhui", "90"), rec("me", "public_kg", "90", base="95"))
    found = gaps_among(me, [], [city], METRICS)
    kinds = lambda fs: sorted(f.kind for f in fs)  # noqa: E731
    assert kinds(select(found)) == ["not_above_baseline"]
    assert kinds(select(found, ["below_city"], everything=True)) == [
        "city_not_compared", "not_below_city"]  # fmt: skip
    assert kinds(select(found, ["city_not_compared"])) == ["city_not_compared"]
    assert kinds(select(found, skip=["below_city"], everything=True)) == ["not_above_baseline"]
    assert kinds(select(found, skip=["not_above_baseline"])) == []


def test_qualitative_listed_last():
    me = plan("me", rec("me", "puhui", "通过", None), rec("me", "public_kg", "＞75", base="80"))
    assert [f.kind for f in gaps_among(me, [], [], METRICS)] == [
        "not_above_baseline",
        "qualitative",
    ]


def test_absolute_counts_are_not_held_against_peers():
    """A small district building fewer schools than a large one is not a shortfall."""
    me = plan("me", rec("me", "places", "1000个", None))
    p1 = plan("p1", rec("p1", "places", "5000个", None))
    assert gaps_among(me, [p1], [], METRICS) == []


def test_missing_names_at_most_five_setters():
    peers = [plan(f"p{i}", rec(f"p{i}", "myopia", "50", "%")) for i in range(7)]
    me = plan("me", rec("me", "puhui", "90"))
    (f,) = gaps_among(me, peers, [], METRICS)
    assert reason(f) == "p0区、p1区、p2区、p3区、p4区等 7 个地区设有此指标，本规划没有"
    assert f.facts.total == 7
    assert len(f.facts.setters) == 5


def test_parent_city_may_be_written_with_shi():
    from plancmp.analysis.frame import city_plans, gaps
    from plancmp.store import Dataset
    from plancmp.store.memory import MemoryStore

    city = plan("hz", rec("hz", "puhui", "达到92%", None, year=2023), level="市")
    me = plan("me", rec("me", "puhui", "90"))._replace(parent_city="杭州市")
    data = Dataset(MemoryStore({"hz": city, "me": me}, METRICS))
    assert [c.id for c in city_plans(data, me)] == ["hz"]
    assert [f.kind for f in gaps(data, "me")[1]] == ["below_city"]


def test_below_the_national_standard():
    from plancmp.metrics import Catalog
    from plancmp.model import Standard

    floor = Standard(
        "puhui",
        Decimal(80),
        "%",
        "达到80%",
        "县域学前教育普及普惠督导评估办法",
        "教督〔2020〕1号",
        "test",
    )
    catalog = Catalog(list(METRICS), [floor])
    weak = plan("me", rec("me", "puhui", "75%以上", None))
    (f,) = gaps_among(weak, [], [], catalog)
    assert (f.kind, f.size) == ("below_national_standard", Decimal(5))
    assert (
        reason(f)
        == "目标 75%以上 低于国家督导评估标准 达到80%《县域学前教育普及普惠督导评估办法》（教督〔2020〕1号）"
    )
    assert gaps_among(plan("ok", rec("ok", "puhui", "＞80")), [], [], catalog) == []
    city = plan("hz", rec("hz", "puhui", "70%", None, year=2023), level="市")
    assert gaps_among(city, [], [], catalog) == []  # county standards do not bind a city


def test_a_later_plan_is_not_held_to_work_points_of_a_year_before_its_baseline():
    city = plan("hz", rec("hz", "puhui", "达到99%", None, year=2023), level="市")
    later = plan(
        "later", rec("later", "puhui", "96%以上", base="92%", base_year=2025, year=2030), year=2030
    )
    (f,) = gaps_among(later, [], [city], METRICS)
    assert (f.kind, f.facts.code) == ("city_not_compared", "before_baseline")
    assert reason(f).endswith("未比较，市级要求的年份早于本规划的基线年份")
    earlier = plan("earlier", rec("earlier", "puhui", "96%以上", base="92%"))
    assert [f.kind for f in gaps_among(earlier, [], [city], METRICS)] == ["below_city"]


def test_change_targets_are_held_to_peers_and_to_their_own_baseline():
    """A change is a level reckoned from the baseline: 提高0个百分点 asks for no progress,
    and 提高2个百分点 from 90 (92) is below a peer's 95."""
    me = plan(
        "me",
        rec("me", "puhui", "提高2个百分点", base="90%"),
        rec("me", "public_kg", "提高0个百分点", base="60%"),
    )
    peer = plan("p1", rec("p1", "puhui", "95%"), rec("p1", "public_kg", "70%"))
    found = {(f.kind, f.metric.id) for f in gaps_among(me, [peer], [], METRICS)}
    assert found == {
        ("below_peers", "puhui"),
        ("below_peers", "public_kg"),
        ("not_above_baseline", "public_kg"),
    }


def test_change_targets_are_held_to_the_city_and_to_a_national_floor():
    """The level a change implies is what the city and a national floor hold: 提高1个百分点
    from 70% (71%) is below a floor of 80% and below the city's 达到90%; 提高25个百分点
    from 70% (95%) is below neither (the city's figure is for the plan's own year)."""
    from plancmp.metrics import Catalog
    from plancmp.model import Standard

    floor = Standard("puhui", Decimal(80), "%", "达到80%", "办法", None, "test")
    catalog = Catalog(list(METRICS), [floor])
    city = city_plan(rec("hz", "puhui", "达到90%", None, year=2025))
    low = plan("low", rec("low", "puhui", "提高1个百分点", base="70%"))
    high = plan("high", rec("high", "puhui", "提高25个百分点", base="70%"))
    kinds = {f.kind for f in gaps_among(low, [], [city], catalog)}
    assert {"below_national_standard", "below_city"} <= kinds
    kinds = {f.kind for f in gaps_among(high, [], [city], catalog)}
    assert not kinds & {"below_national_standard", "below_city"}


def test_related_metrics_cover_each_other_both_ways():
    from plancmp.analysis.gaps import covered
    from plancmp.metrics import Catalog
    from plancmp.model import Metric

    catalog = Catalog([
        Metric("a", "A", (), "%", "综合", "higher", related=("b",)),
        Metric("b", "B", (), "%", "综合", "higher"),
        Metric("c", "C", (), "%", "综合", "higher"),
    ])  # fmt: skip
    assert covered({"a"}, catalog) == {"a", "b"}
    assert covered({"b"}, catalog) == {"a", "b"}
    assert covered({"c"}, catalog) == {"c"}
