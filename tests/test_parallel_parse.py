"""Many files are parsed in worker processes (store/parse.py), which write each plan's
records and its rows of the levels table into shard files that the index copies in
(store/shards.py), or, for data kept in memory, send them back as plain rows. Either way
the answers are those of the data parsed in one process, a user's plan replacing a
built-in one included."""

from decimal import Decimal
from pathlib import Path

import pytest

from plancmp.store import parse
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
