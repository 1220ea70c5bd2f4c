"""The store of files parsed in this process: everything in memory, ready at once."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

from plancmp.metrics import Catalog
from plancmp.model import Cell, Plan, Record, TargetRow
from plancmp.store.base import Setters
from plancmp.store.rows import row_record


class MemoryStore:
    """Plans with their records, by id, in load order."""

    def __init__(self, plans: dict[str, Plan], catalog: Catalog, notes: tuple[str, ...] = ()):
        self.plans = plans
        self.catalog = catalog
        self.notes = notes

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
        for p in self._chosen(among, levels):
            for metric_id in sorted(self.metrics_of(p.id)):
                who.setdefault(metric_id, []).append(p.id)
        return {m: Setters(len(ids), tuple(ids[:first])) for m, ids in sorted(who.items())}

    def targets_for(
        self,
        metric_ids: Collection[str],
        among: Collection[str] | None = None,
        *,
        levels: Collection[str] | None = None,
        numeric: bool = False,
    ) -> list[TargetRow]:
        wanted = set(metric_ids)
        return [
            TargetRow.of(r)
            for p in self._chosen(among, levels)
            for r in p.records
            if r.metric in wanted and (not numeric or _has_number(r))
        ]

    def cells(self) -> Iterator[Cell]:
        for p in self.plans.values():
            for r in p.records:
                yield Cell(
                    p.id,
                    r.metric,
                    r.segment,
                    r.target.raw,
                    r.printed_unit,
                    r.target.value.printed_unit,
                )


def _has_number(r: Record) -> bool:
    """Levels, ranges and changes with a number (index._NUMERIC says the same)."""
    return r.target.value.op not in ("text", "trend") and r.target.value.value is not None


class MemorySink:
    """Collects a checked dataset into a MemoryStore (see assemble.Sink)."""

    def __init__(self) -> None:
        self.plans: dict[str, Plan] = {}
        self.store: MemoryStore | None = None

    def add_plan(self, plan: Plan, rows: tuple[tuple[Any, ...], ...]) -> None:
        if rows:  # from a worker process: the records come as rows
            plan = plan._replace(records=tuple(row_record(x) for x in rows))
        self.plans[plan.id] = plan

    replace_plan = add_plan  # a dict keeps the first position of a replaced key

    def finish(self, catalog: Catalog, notes: list[str]) -> None:
        self.store = MemoryStore(self.plans, catalog, tuple(notes))
