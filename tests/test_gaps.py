"""Findings of SPEC §6 on small synthetic plans."""

from decimal import Decimal

from conftest import METRICS, plan, rec

from plancmp.analysis.city import project
from plancmp.analysis.gaps import gaps_among
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
    assert reason(f) == "同一指标前后两个目标：97%（指标表）；96%以上（（五））"


def test_projection_to_the_city_year():
    r = rec("me", "puhui", "90", base="80")
    assert project(r, 2023) == Decimal(86)


def test_below_city_uses_projection_and_says_so():
    city = plan("hz", rec("hz", "puhui", "达到88%", None, year=2023), level="市")
    me = plan("me", rec("me", "puhui", "90", base="80"))
    (f,) = gaps_among(me, [], [city], METRICS)
    assert f.kind == "below_city"
    assert reason(f) == "杭州市2023年要求 达到88%；按基线 80%（2020）线性推算至2023年约 86%"
    assert f.facts.projected is True


def test_below_city_without_baseline_compares_the_target():
    city = plan("hz", rec("hz", "puhui", "达到92%", None, year=2023), level="市")
    me = plan("me", rec("me", "puhui", "90"))
    (f,) = gaps_among(me, [], [city], METRICS)
    assert f.facts.projected is False


def test_city_trend_against_implied_yearly_change():
    city = plan(
        "hz",
        rec("hz", "myopia", "逐年下降1个百分点以上", "%", scope="per_year", year=2023),
        level="市",
    )
    slow = plan("me", rec("me", "myopia", "<55", "%", base="57"))  # -0.4 a year
    fast = plan("me2", rec("me2", "myopia", "<50.78", "%", base="56.78"))  # -1.2 a year
    assert [f.kind for f in gaps_among(slow, [], [city], METRICS)] == ["below_city"]
    assert [f.kind for f in gaps_among(fast, [], [city], METRICS)] == []


def test_a_city_trend_in_percent_is_not_read_as_points():
    """每年下降1% may be relative: it is not held against a change in points."""
    city = plan(
        "hz", rec("hz", "myopia", "每年下降1%", "%", scope="per_year", year=2023), level="市"
    )
    slow = plan("me", rec("me", "myopia", "<55", "%", base="57"))
    assert gaps_among(slow, [], [city], METRICS) == []


def test_a_city_trend_is_compared_only_in_points_and_the_same_unit():
    slow = plan("me", rec("me", "myopia", "<55", "%", base="57"))
    unitless = plan(
        "hz", rec("hz", "myopia", "每年下降1%", None, scope="per_year", year=2023), level="市"
    )
    assert gaps_among(slow, [], [unitless], METRICS) == []
    places = plan("me", rec("me", "places", "5000个", None, base="4000个"))
    growth = plan(
        "hz", rec("hz", "places", "年均增长5%", None, scope="per_year", year=2023), level="市"
    )
    assert gaps_among(places, [], [growth], METRICS) == []


def test_missing_needs_the_city_or_two_peers():
    city = plan("hz", rec("hz", "places", "6.1万个", None, scope="per_year", year=2023), level="市")
    p1 = plan("p1", rec("p1", "myopia", "50", "%"), rec("p1", "public_kg", "80"))
    p2 = plan("p2", rec("p2", "myopia", "52", "%"))
    me = plan("me", rec("me", "puhui", "90"))
    found = {(f.kind, f.metric.id) for f in gaps_among(me, [p1, p2], [city], METRICS)}
    assert found == {("missing", "places"), ("missing", "myopia")}


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
