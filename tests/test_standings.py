"""Where a number stands among the plans' targets of a group (Store.standings): the
in-memory answer by its rules, and the index's SQL answer held to it."""

from decimal import Decimal

import pytest
from conftest import METRICS, plan, rec

from plancmp.store.base import Ask, Standing
from plancmp.store.index import IndexStore, IndexWriter
from plancmp.store.memory import MemoryStore
from plancmp.store.parse import Parsed

PLANS = [
    plan("a", rec("a", "puhui", "90%"), rec("a", "myopia", "50%")),
    plan("b", rec("b", "puhui", "＞90%"), rec("b", "myopia", "＜50%")),
    plan("c", rec("c", "puhui", "85%-95%"), rec("c", "myopia", "45%-55%")),
    # a change reaches 90 from its baseline; the prose restatement does not count twice
    plan("d", rec("d", "puhui", "提高5个百分点", base="85%"),
         rec("d", "puhui", "99%", kind="prose"), rec("d", "myopia", "下降2个百分点", base="50%")),
    plan("e", rec("e", "puhui", "95%", kind="prose"), rec("e", "puhui", "80%", kind="table")),
    plan("f", rec("f", "puhui", "97%", year=2022), rec("f", "puhui", "97%", segment="城区")),
    plan("g", rec("g", "puhui", "≥92%"), rec("g", "myopia", "力争下降"), level="县"),
    plan("city", rec("city", "puhui", "100%"), level="市"),
]  # fmt: skip


def ask(metric, value, higher=True, exclusive=False, segment=None, year=2025):
    return Ask(metric, segment, "%", "level", year, Decimal(value), higher, exclusive)


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    path = tmp_path_factory.mktemp("index") / "index.sqlite"
    writer = IndexWriter(path, "key")
    for p in PLANS:
        writer.add_plan(Parsed(p.path, plan=p))
    writer.finish(METRICS, [])
    memory = MemoryStore({p.id: p for p in PLANS}, METRICS)
    index = IndexStore.open(path, "key", lambda: pytest.fail("the index was healed"))
    assert isinstance(index, IndexStore)
    return memory, index


def test_a_number_is_placed_among_each_plans_standing_target(stores):
    memory, _ = stores
    (s,) = memory.standings([ask("puhui", "90")], levels=("区", "县"), leave_out="a")
    # b >90, c 85 (the low end it commits to), d 90 (85 + 5), e 80 (its table), g ≥92
    assert (s.size, s.below, s.further) == (5, 2, 2)
    assert s.furthest is not None and (s.furthest.plan, s.furthest.raw) == ("g", "≥92%")
    assert (s.middle_from, s.middle) == (1, (Decimal(85), Decimal(90), Decimal(90)))


def test_an_exclusive_bound_goes_further_than_an_inclusive_one(stores):
    memory, _ = stores
    (inclusive, exclusive) = memory.standings(
        [ask("puhui", "92"), ask("puhui", "92", exclusive=True)], ["b", "c", "g"]
    )
    assert (inclusive.further, exclusive.further) == (0, 0)  # >90 and ≥92 do not beat 92
    (s,) = memory.standings([ask("puhui", "90")], ["b", "a"])
    assert (s.further, s.furthest.plan) == (1, "b")


def test_lower_is_better_counts_a_range_by_its_high_end(stores):
    memory, _ = stores
    (s,) = memory.standings([ask("myopia", "50", higher=False)], levels=("区", "县"))
    # a 50, b <50, c 55 (its high end), d 48 (50 − 2); g has no number
    assert (s.size, s.below, s.further) == (4, 1, 2)
    assert s.furthest.plan == "d"
    assert s.middle == (Decimal(48), Decimal(50), Decimal(50))


def test_groups_are_kept_apart_by_segment_year_and_the_levels_asked(stores):
    memory, _ = stores
    asks = [ask("puhui", "90", segment="城区"), ask("puhui", "90", year=2022)]
    assert [s.size for s in memory.standings(asks)] == [1, 1]
    (city,) = memory.standings([ask("puhui", "90")], levels=("市",))
    assert (city.size, city.furthest.plan) == (1, "city")
    assert memory.standings([ask("puhui", "90")], []) == [Standing(0, 0, 0, None, (), 0)]


@pytest.mark.parametrize("higher", [True, False])
@pytest.mark.parametrize("exclusive", [True, False])
def test_the_index_answers_as_memory_does(stores, higher, exclusive):
    memory, index = stores
    metric_values = [("puhui", v) for v in ("0", "80", "85", "90", "92", "95", "100")]
    metric_values += [("myopia", v) for v in ("40", "48", "50", "55")]
    asks = [ask(m, v, higher, exclusive) for m, v in metric_values]
    asks += [ask("puhui", "97", higher, exclusive, segment="城区")]
    for among, levels, leave_out in [
        (None, None, None),
        (None, ("区", "县"), "a"),
        (["b", "c", "d", "e"], None, "c"),
        (["a", "city"], ("市",), None),
    ]:
        expected = memory.standings(asks, among, levels=levels, leave_out=leave_out)
        assert index.standings(asks, among, levels=levels, leave_out=leave_out) == expected
