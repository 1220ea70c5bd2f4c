"""The store of files parsed in this process: everything in memory, ready at once."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from plancmp.levels import TargetGroup, standing_targets
from plancmp.metrics import Catalog
from plancmp.model import Cell, Plan, Record, TargetRow
from plancmp.peers import Group
from plancmp.store.base import Ask, Setters, Standing
from plancmp.store.rows import row_record
from plancmp.store.standing import group_asked, stand
from plancmp.values import with_unit

if TYPE_CHECKING:
    from plancmp.store.parse import Parsed


class MemoryStore:
    """Plans with their records, by id, in load order."""

    def __init__(
        self,
        plans: dict[str, Plan],
        catalog: Catalog,
        notes: tuple[str, ...] = (),
        groups: Sequence[Group] = (),
    ):
        self.plans = plans
        self.catalog = catalog
        self.notes = notes
        self._groups = list(groups)

    def groups(self) -> list[Group]:
        return list(self._groups)

    def headers(self) -> list[Plan]:
        return [p._replace(records=()) for p in self.plans.values()]

    def records_of(self, plan_id: str) -> tuple[Record, ...]:
        return self.plans[plan_id].records

    def records_for(self, metric_id: str) -> list[Record]:
        return [r for p in self.plans.values() for r in p.records if r.metric == metric_id]

    def metrics_of(self, plan_id: str) -> frozenset[str]:
        return frozenset(r.metric for r in self.plans[plan_id].records)

    def counts(self, plan_id: str) -> tuple[int, int]:
        records = self.plans[plan_id].records
        return len(records), sum(r.source.kind == "table" for r in records)

    def _chosen(
        self, among: Collection[str] | None, levels: Collection[str] | None
    ) -> Iterator[Plan]:
        for p in self.plans.values():
            if (among is None or p.id in among) and (levels is None or p.level in levels):
                yield p

    def setters(
        self,
        among: Collection[str] | None = None,
        first: int = 0,
        *,
        levels: Collection[str] | None = None,
    ) -> dict[str, Setters]:
        who: dict[str, list[str]] = {}
        at_level: dict[str, int] = {}
        for p in self._chosen(among, levels):
            for metric_id in sorted(self.metrics_of(p.id)):
                who.setdefault(metric_id, []).append(p.id)
            for metric_id in {r.metric for r in p.records if r.target.scope == "level"}:
                at_level[metric_id] = at_level.get(metric_id, 0) + 1
        return {
            m: Setters(len(ids), tuple(ids[:first]), at_level.get(m, 0))
            for m, ids in sorted(who.items())
        }

    def standings(
        self,
        asks: Sequence[Ask],
        among: Collection[str] | None = None,
        *,
        levels: Collection[str] | None = None,
        leave_out: str | None = None,
    ) -> list[Standing]:
        found: dict[TargetGroup, list[TargetRow]] = {group_asked(a): [] for a in asks}
        for p in self._chosen(among, levels):
            if p.id == leave_out:
                continue
            for group, t in standing_targets(TargetRow.of(r) for r in p.records).items():
                if group in found:
                    found[group].append(t)
        return [stand(a, found[group_asked(a)]) for a in asks]

    def cells(self) -> Iterator[Cell]:
        for p in self.plans.values():
            for r in p.records:
                t = r.target
                shown = with_unit(t.raw, r.printed_unit, t.value.printed_unit)
                yield (p.id, r.metric, r.segment, shown, t.year)


class MemorySink:
    """Collects a checked dataset into a MemoryStore (see assemble.Sink)."""

    def __init__(self) -> None:
        self.plans: dict[str, Plan] = {}
        self.store: MemoryStore | None = None
        self.shards: Path | None = None

    def add_plan(self, f: Parsed) -> None:
        """From a worker process the records come as rows."""
        assert f.plan is not None
        plan = f.plan
        if f.rows:
            plan = plan._replace(records=tuple(row_record(x) for x in f.rows))
        self.plans[plan.id] = plan

    replace_plan = add_plan  # a dict keeps the first position of a replaced key

    def finish(self, catalog: Catalog, notes: list[str], groups: Sequence[Group] = ()) -> None:
        self.store = MemoryStore(self.plans, catalog, tuple(notes), groups)
