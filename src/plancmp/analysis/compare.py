"""Pure: one metric across plans → rows ranked by ambition, with distances to best and median.

Only the main comparable group of each segment (the one most plans share) is
ranked; every other target is shown beside it with the reason it is not.

Targets are ranked by their number (`by="target"`), by the yearly change they ask for
from their own baseline (`by="pace"`), or by their value in one year on the straight
line from baseline to target (`by="at"`, with `year`): the last two rank targets of
different years (a 2030 target beside 2025 ones) against each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import NamedTuple

from plancmp.analysis import line
from plancmp.analysis.rank import (
    Key,
    level_of,
    median,
    record_key,
    same_value,
)
from plancmp.levels import edge, is_numeric, preferred, unit_key
from plancmp.model import Metric, Plan, Record


class Why(NamedTuple):
    """Why a target is not ranked: a kind and what the reader needs to see it."""

    kind: str
    """tier, level_unknown, unit, scope, year, text, trend, change, restated, conflicting,
    neutral, alone; by pace or at a year also no_baseline and before_baseline."""
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
    """This target minus the best one's (in the metric's unit), whatever the direction."""
    delta_to_median: Decimal | None
    why: Why | None
    """Why the row is not ranked, or None."""
    ahead_of_best: Decimal | None = None
    """How far this target is ahead of the best one, in the metric's better direction:
    0 for the best, negative behind it (for 近视率, a higher target is behind)."""
    ahead_of_median: Decimal | None = None
    """How far ahead of the median (positive) or behind it (negative)."""
    value: Decimal | None = None
    """The number the row is ranked by: the target's, its pace, or its value in the year asked."""
    projected: bool = False
    """The value is the target projected on the straight line to another year."""


BASES = ("target", "pace", "at")


class Basis(NamedTuple):
    """What targets are ranked by."""

    by: str = "target"
    """target (its number), pace (its yearly change from its baseline) or at (its value in `year`)."""
    year: int | None = None


BY_TARGET = Basis()


def compare(
    metric: Metric,
    entries: Iterable[tuple[Plan, Record]],
    segment: str | None = None,
    basis: Basis = BY_TARGET,
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
        rows.extend(_rank_segment(metric, seg_entries, basis))
    return rows


def _key(p: Plan, r: Record, basis: Basis) -> Key:
    """The comparable key; by pace or at a year, targets of every year compare."""
    k = record_key(p, r)
    return k if basis.by == "target" else (k[0], k[1], k[2], 0, k[4])


def _rank_segment(metric: Metric, entries: list[tuple[Plan, Record]], basis: Basis) -> list[Row]:
    numeric = [(p, r, _key(p, r, basis)) for p, r in entries if is_numeric(level_of(r))]
    main = _main_key([(p.id, k) for p, _, k in numeric], metric)
    group, restated = _one_per_plan([(p, r) for p, r, k in numeric if k == main and k[4]])
    measured, unmeasured = [], []
    for p, r in group:
        value, projected, why = _measure(r, metric.better, basis)
        if why is None:
            measured.append((p, r, value, projected))
        else:
            unmeasured.append(Row(p, r, None, None, None, why))
    in_group = {id(r) for _, r in group}
    others = [
        Row(p, r, None, None, None, _why(p, r, main, restated.get(id(r))))
        for p, r in entries
        if id(r) not in in_group
    ]
    return _ranked(metric, measured) + unmeasured + others


def _measure(r: Record, better: str, basis: Basis) -> tuple[Decimal | None, bool, Why | None]:
    """The number a target is ranked by, whether it is projected, or why it has none."""
    v = level_of(r)
    if basis.by == "target" or (basis.by == "at" and r.target.year == basis.year):
        return edge(v, better if better != "neutral" else "higher"), False, None
    if r.target.scope != "level":
        return None, False, Why("scope", r.target.scope, "level")
    first = line.start(r)
    if basis.by == "pace":
        found = line.pace(r, better)
        return (found, False, None) if found is not None else (None, False, Why("no_baseline"))
    assert basis.year is not None
    if first is None:
        return None, False, Why("no_baseline", basis.year)
    if basis.year < first[0]:
        return None, False, Why("before_baseline", basis.year, first[0])
    return line.at(r, basis.year, better), True, None


Measured = tuple[Plan, Record, Decimal | None, bool]


def _ranked(metric: Metric, group: list[Measured]) -> list[Row]:
    if not group:
        return []
    if len(group) == 1:  # nothing to rank it against: rank 1 and 0 to the best would mislead
        p, r, v, projected = group[0]
        return [Row(p, r, None, None, None, Why("alone"), value=v, projected=projected)]
    if metric.better == "neutral":
        ordered = sorted(group, key=lambda x: x[2] or 0, reverse=True)
        return [
            Row(p, r, None, None, None, Why("neutral"), value=v, projected=pj)
            for p, r, v, pj in ordered
        ]
    better = metric.better

    def key(x: Measured) -> tuple[Decimal, int]:
        assert x[2] is not None
        strict = level_of(x[1]).op == ("<" if better == "lower" else ">")
        return (-x[2] if better == "lower" else x[2], 1 if strict else 0)

    ordered = sorted(group, key=key, reverse=True)
    values = [v for _, _, v, _ in ordered if v is not None]
    best, mid = values[0], median(values)
    rows, rank, prev = [], 0, None
    sign = -1 if better == "lower" else 1
    for i, x in enumerate(ordered):
        if key(x) != prev:
            rank, prev = i + 1, key(x)
        p, r, v, projected = x
        assert v is not None
        ahead = (sign * (v - best), sign * (v - mid))
        rows.append(Row(p, r, rank, v - best, v - mid, None, *ahead, v, projected))
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
    _, unit, scope, year, level = record_key(p, r)
    if level is None:  # before `alone`: with every plan's level unknown there is no group
        return Why("level_unknown")
    if main is None:
        return Why("alone")
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
        key=lambda k: (
            k[4] == "county",
            len(plans[k]),
            k[2] == "level",
            k[1] == unit_key(metric.unit),
        ),
    )
