"""Many files are parsed in worker processes (store/parse.py), which write each plan's
records and its rows of the levels table into shard files that the index copies in
(store/shards.py), or, for data kept in memory, send them back as plain rows. Either way
the answers are those of the data parsed in one process, a user's plan replacing a
built-in one included."""

from decimal import Decimal
from pathlib import Path

import pytest

from plancmp.store import InvalidData, assemble, parse
from plancmp.store.base import Ask
from plancmp.store.dataset import load
from plancmp.store.index import IndexStore

DATA = Path(__file__).resolve().parent.parent / "data"
ASKS = [
    Ask("kindergarten_puhui_coverage", None, "%", "level", 2025, Decimal("95"), True, False),
    Ask("myopia_rate", None, "%", "level", 2025, Decimal("50"), False, False),
]


@pytest.fixture
def user_folder(tmp_path):
    """The shipped linan with its 普惠 target lowered to 60%, replacing the built-in one."""
    text = (DATA / "linan.yaml").read_text(encoding="utf-8")
    target = 'raw: "＞90"\n      op: ">"\n      value: 90\n'
    assert text.count(target) == 2  # the 普惠 coverage comes first
    lowered = text.replace(target, target.replace("90", "60"), 1)
    (tmp_path / "linan.yaml").write_text(lowered, encoding="utf-8")
    return tmp_path


def test_the_index_from_workers_answers_as_memory_does(user_folder, monkeypatch):
    memory = load(user_folder)
    monkeypatch.setattr(parse, "PARALLEL_FROM", 1)  # every file in a worker process
    indexed = load(user_folder, use_cache=True)
    assert isinstance(indexed.store, IndexStore)
    in_memory = load(user_folder)
    assert list(in_memory.headers) == list(memory.headers) == list(indexed.headers)
    assert indexed.notes == memory.notes and any("replaces" in n for n in memory.notes)
    for plan_id in memory.headers:
        assert indexed.records_of(plan_id) == memory.records_of(plan_id)
        assert in_memory.records_of(plan_id) == memory.records_of(plan_id)
    for among in (None, ["linan", "shangcheng", "yuecheng", "linhai"]):
        assert indexed.standings(ASKS, among) == memory.standings(ASKS, among)
        for levels in (None, ("区",)):  # a plan's records found by their rowids
            assert indexed.setters(among, 2, levels=levels) == memory.setters(
                among, 2, levels=levels
            )
    for levels in (None, ("区",), ("市",)):  # how many plans set each metric, counted as written
        assert indexed.setters(first=2, levels=levels) == memory.setters(first=2, levels=levels)
    (puhui, _) = memory.standings(ASKS, levels=("区", "县", "县级市"))
    assert "＞60" in [r.target.raw for r in memory.records_of("linan")]
    assert puhui.size >= 3 and puhui.middle[0] == Decimal(60)


def test_every_levels_row_of_an_index_from_workers_names_its_record(user_folder, monkeypatch):
    """A replacing plan's rows, written by a worker at its own file's place, are moved to
    the place of the plan it replaces: its levels rows with them."""
    monkeypatch.setattr(parse, "PARALLEL_FROM", 1)
    indexed = load(user_folder, use_cache=True)
    assert isinstance(indexed.store, IndexStore)
    con = indexed.store.con
    orphans = (
        "SELECT COUNT(*) FROM levels l WHERE NOT EXISTS "
        "(SELECT 1 FROM records r WHERE r.rowid = l.rec AND r.plan_pos = l.plan_pos)"
    )
    assert con.execute(orphans).fetchone() == (0,)
    assert con.execute("SELECT COUNT(*) FROM levels WHERE plan = 'linan'").fetchone()[0] > 10


def test_unknown_metrics_from_workers_are_named_as_in_memory(user_folder, monkeypatch):
    """A plan written into a shard leaves its records' places in the worker; a metric no
    catalog defines has them read again, to name the same lines as a load in memory."""
    for n in (1, 2):
        text = (DATA / "shangcheng.yaml").read_text(encoding="utf-8")
        text = text.replace('metric: "kindergarten_puhui_coverage"', f"metric: happiness_index_{n}")
        text = text.replace('id: "shangcheng"', f'id: "shangcheng{n}"', 1)
        assert f"happiness_index_{n}" in text and f'id: "shangcheng{n}"' in text
        (user_folder / f"shangcheng{n}.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(InvalidData) as memory:
        load(user_folder)
    monkeypatch.setattr(parse, "PARALLEL_FROM", 1)
    left = []
    monkeypatch.setattr(assemble, "_keep_refs", _spy(assemble._keep_refs, left))
    with pytest.raises(InvalidData) as indexed:
        load(user_folder, use_cache=True)
    assert [str(p) for p in indexed.value.problems] == [str(p) for p in memory.value.problems]
    assert sum("unknown metric 'happiness_index_" in str(p) for p in memory.value.problems) >= 2
    assert left and all(f.refs_left and not f.metric_refs for f in left)


def test_a_plan_from_a_worker_leaves_its_places_only_when_its_metrics_say_them(
    tmp_path, monkeypatch
):
    """Every shipped plan parsed into a shard: its places are left in the worker, and the
    metrics it sends are exactly those its places name."""
    monkeypatch.setattr(parse, "_shard", None)  # this process's own shard, dropped after
    for pos, path in enumerate(sorted(DATA.glob("*.yaml")), 1):
        whole = parse.parse_file(path)
        if whole.kind != "plan":
            continue
        sent = parse._parse_into(tmp_path, pos, path, False)
        assert sent.refs_left and sent.metric_refs == () and sent.stored is not None
        assert set(sent.stored.metrics) == {m for m, _, _ in whole.metric_refs}


def _spy(keep, seen):
    def spied(refs, f, known):
        if f.stored is not None and not known.issuperset(f.stored.metrics):
            seen.append(f)
        return keep(refs, f, known)

    return spied
