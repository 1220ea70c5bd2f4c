"""Pure: one metric across plans → rows ranked by ambition, with distances to best and median.

Only the main comparable group of each segment (the one most plans share) is
ranked; every other target is shown beside it with the reason it is not.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import NamedTuple

from plancmp.analysis.rank import (
    Key,
    ambition,
    edge,
    is_numeric,
    level_of,
    median,
    preferred,
    record_key,
    same_value,
)
from plancmp.model import Metric, Plan, Record


class Why(NamedTuple):
    """Why a target is not ranked: a kind and what the reader needs to see it."""

    kind: str
    """tier, level_unknown, unit, scope, year, text, trend, change, restated, conflicting,
    neutral, alone."""
    mine: object = None
    """This target's side of the difference (its unit, its year), or the value it restates."""
    main: object = None
    """The ranked group's side, or whether the record ranked instead is from a table."""


class Row(NamedTuple):
    """One plan's target in a comparison."""

    plan: Plan
    record: Record
    rank: int | None
    """1 = most ambitious within its group; None when not ranked."""
    delta_to_best: Decimal | None
    """This target minus the best one's (in the metric's unit)."""
    delta_to_median: Decimal | None
    why: Why | None
    """Why the row is not ranked, or None."""


def compare(
    metric: Metric, entries: Iterable[tuple[Plan, Record]], segment: str | None = None
) -> list[Row]:
    """Every target for `metric` among `entries`, ranked within each segment's main group."""
    chosen = [
        (p, r)
        for p, r in entries
        if r.metric == metric.id and (segment is None or r.segment == segment)
    ]
    by_segment: dict[str | None, list[tuple[Plan, Record]]] = {}
    for p, r in chosen:
        by_segment.setdefault(r.segment, []).append((p, r))
    rows: list[Row] = []
    for seg_entries in by_segment.values():
        rows.extend(_rank_segment(metric, seg_entries))
    return rows


def _rank_segment(metric: Metric, entries: list[tuple[Plan, Record]]) -> list[Row]:
    numeric = [(p, r, record_key(p, r)) for p, r in entries if is_numeric(level_of(r))]
    main = _main_key([(p.id, k) for p, _, k in numeric], metric)
    group, restated = _one_per_plan([(p, r) for p, r, k in numeric if k == main and k[4]])
    ranked = _ranked(metric, group)
    in_group = {id(r) for _, r in group}
    others = [
        Row(p, r, None, None, None, _why(p, r, main, restated.get(id(r))))
        for p, r in entries
        if id(r) not in in_group
    ]
    return ranked + others


def _ranked(metric: Metric, group: list[tuple[Plan, Record]]) -> list[Row]:
    if not group:
        return []
    if metric.better == "neutral":
        ordered = sorted(group, key=lambda pr: edge(level_of(pr[1]), "higher"), reverse=True)
        return [Row(p, r, None, None, None, Why("neutral")) for p, r in ordered]
    better = metric.better
    ordered = sorted(group, key=lambda pr: ambition(level_of(pr[1]), better), reverse=True)
    best = edge(level_of(ordered[0][1]), better)
    mid = median(edge(level_of(r), better) for _, r in ordered)
    rows, rank, prev = [], 0, None
    for i, (p, r) in enumerate(ordered):
        key = ambition(level_of(r), better)
        if key != prev:
            rank, prev = i + 1, key
        v = edge(level_of(r), better)
        rows.append(Row(p, r, rank, v - best, v - mid, None))
    return rows


def _why(p: Plan, r: Record, main: Key | None, kept: Record | None) -> Why:
    """Why a target outside the ranked group is there."""
    if kept is not None:
        table = kept.source.kind == "table"
        same = same_value(r.target.value, kept.target.value)
        return Why("restated" if same else "conflicting", None, table)
    if r.target.value.op == "text":
        return Why("text")
    if r.target.value.op == "trend":
        return Why("trend")
    if r.target.value.op in ("change", "growth"):
        return Why("change")
    if main is None:
        return Why("alone")
    _, unit, scope, year, level = record_key(p, r)
    if level is None:
        return Why("level_unknown")
    if level != main[4]:
        return Why("tier", level, main[4])
    if unit != main[1]:
        return Why("unit", unit, main[1])
    if scope != main[2]:
        return Why("scope", scope, main[2])
    if year != main[3]:
        return Why("year", year, main[3])
    return Why("alone")  # pragma: no cover - rows are grouped by segment first


def _one_per_plan(
    group: list[tuple[Plan, Record]],
) -> tuple[list[tuple[Plan, Record]], dict[int, Record]]:
    """Each plan once in a ranking (see rank.preferred); its other values, by id, with the
    record that stands for the plan instead."""
    by_plan: dict[str, list[Record]] = {}
    for p, r in group:
        by_plan.setdefault(p.id, []).append(r)
    chosen = {pid: rs[preferred([r.source.kind for r in rs])] for pid, rs in by_plan.items()}
    kept = [(p, r) for p, r in group if r is chosen[p.id]]
    others = {id(r): chosen[p.id] for p, r in group if r is not chosen[p.id]}
    return kept, others


def _main_key(keys: list[tuple[str, Key]], metric: Metric) -> Key | None:
    """The group most plans share (`keys` are plan id and comparable key of each target),
    preferring county-level five-year levels; plans of no known level are never ranked."""
    plans: dict[Key, set[str]] = {}
    for plan_id, k in keys:
        if k[4] is not None:
            plans.setdefault(k, set()).add(plan_id)
    if not plans:
        return None
    return max(
        plans,
        key=lambda k: (k[4] == "county", len(plans[k]), k[2] == "level", k[1] == metric.unit),
    )
