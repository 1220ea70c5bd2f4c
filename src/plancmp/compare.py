"""Pure: one metric across plans → rows ranked by ambition, with gaps to best and median.

Two targets are ranked against each other only when they are comparable:
same metric and segment, same unit, same scope, same year and the same tier
of government. Everything else is shown beside them with the reason.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import NamedTuple

from plancmp.model import NUMERIC_OPS, Metric, Plan, Record, Value


class Row(NamedTuple):
    """One plan's target in a comparison."""

    plan: Plan
    record: Record
    rank: int | None
    """1 = most ambitious within its group; None when not ranked."""
    delta_to_best: Decimal | None
    delta_to_median: Decimal | None
    reason: str | None
    """Why the row is not ranked, or None."""


def tier(plan: Plan) -> str:
    """County-level plans compare with each other; a city's with cities'."""
    return "city" if plan.is_city else "county"


def same_value(a: Record, b: Record) -> bool:
    """The same comparator and numbers (in the base unit): a restatement, not a conflict."""
    va, vb = a.target.value, b.target.value
    return (va.op, va.value, va.value_max) == (vb.op, vb.value, vb.value_max)


def is_numeric(r: Record) -> bool:
    return r.target.value.op in NUMERIC_OPS and r.target.value.value is not None


def ambition(r: Record, better: str) -> tuple[Decimal, int]:
    """A sort key: larger is more ambitious. `>90` beats `≥90` beats nothing less.

    For a range the low end is what the plan guarantees (high is better) and
    the high end what it tolerates (lower is better).
    """
    return value_ambition(r.target.value, better)


def value_ambition(v: Value, better: str) -> tuple[Decimal, int]:
    """`ambition` of a bare value."""
    e = edge(v, better)
    return (-e if better == "lower" else e, 1 if v.op == ("<" if better == "lower" else ">") else 0)


def edge(v: Value, better: str) -> Decimal:
    """The number a target commits to: a range's low end when higher is better, its
    high end when lower is better (what it guarantees); otherwise its value."""
    if better == "lower" and v.op == "range" and v.value_max is not None:
        return v.value_max
    assert v.value is not None
    return v.value


def comparable_key(plan: Plan, r: Record) -> tuple:
    """Targets with the same key can be ranked against each other."""
    return (r.segment, r.unit, r.target.scope, r.target.year, tier(plan))


def no_progress(r: Record, better: str) -> str | None:
    """How a target that asks for no progress over its own baseline stands to it
    (低于, 等于, or for lower-is-better 高于); None when it asks for progress or
    cannot be told. Direction- and strictness-aware: `>90` against 90 is progress."""
    b, v = r.baseline, r.target.value
    if better == "neutral" or b is None or not is_numeric(r) or r.target.scope != "level":
        return None
    base = b.value.value
    if base is None or b.value.op != "=":
        return None
    assert v.value is not None
    if better == "higher":
        if v.op in ("<", "<="):
            return None
        if r.unit == "%" and base >= 100 and v.value >= 100:
            return None  # already at 100 %: keeping it is all a plan can ask
        stalls = v.value < base or (v.value == base and v.op != ">")
    else:
        if v.op in (">", ">="):
            return None
        ceiling = v.value_max if v.op == "range" and v.value_max is not None else v.value
        stalls = ceiling > base or (ceiling == base and v.op != "<")
    if not stalls:
        return None
    if v.value == base:
        return "等于"
    return "高于" if better == "lower" else "低于"


def group_key(plan: Plan, r: Record) -> tuple:
    """comparable_key with the metric: one group across every metric of every plan."""
    return (r.metric, *comparable_key(plan, r))


def preferred(records: list[Record]) -> Record:
    """Of one plan's several records for one comparable target (a conflict, which gaps
    reports, or a restatement), the one it is ranked by: its indicator table's, else
    the first printed."""
    return next((r for r in records if r.source.kind == "table"), records[0])


def targets_by_group(plan: Plan) -> dict[tuple, Record]:
    """The plan's numeric targets by group_key, one per group (see preferred)."""
    groups: dict[tuple, list[Record]] = {}
    for r in plan.records:
        if is_numeric(r):
            groups.setdefault(group_key(plan, r), []).append(r)
    return {key: preferred(records) for key, records in groups.items()}


def why_not(key: tuple, main: tuple) -> str:
    """The reason, in a report writer's words, that a target is outside the main group."""
    segment, unit, scope, year, level = key
    m_segment, m_unit, m_scope, m_year, m_level = main
    if level != m_level:
        return "范围不同：市级目标与区县目标不直接比较"
    if unit != m_unit:
        return f"单位不同：{unit or '无单位'} 与 {m_unit or '无单位'}"
    if scope != m_scope:
        return "口径不同：累计/每年/水平值不同"
    if year != m_year:
        return f"年份不同：{year} 年与 {m_year} 年"
    if segment != m_segment:  # pragma: no cover - rows are grouped by segment first
        return "学段不同"
    return ""


def median(values: Iterable[Decimal]) -> Decimal:
    """The middle value (the mean of the two middle ones for an even count), exact in Decimal."""
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def entries_of(plans: Iterable[Plan], metric_id: str) -> list[tuple[Plan, Record]]:
    """Every plan's records for one metric."""
    return [(p, r) for p in plans for r in p.records if r.metric == metric_id]


def compare(
    metric: Metric, entries: Iterable[tuple[Plan, Record]], segment: str | None = None
) -> list[Row]:
    """Every target for `metric` among `entries`, ranked within each segment's main comparable group."""
    entries = [
        (p, r)
        for p, r in entries
        if r.metric == metric.id and (segment is None or r.segment == segment)
    ]
    by_segment: dict[str | None, list[tuple[Plan, Record]]] = {}
    for p, r in entries:
        by_segment.setdefault(r.segment, []).append((p, r))
    rows: list[Row] = []
    for seg_entries in by_segment.values():
        rows.extend(_rank_segment(metric, seg_entries))
    return rows


def _rank_segment(metric: Metric, entries: list[tuple[Plan, Record]]) -> list[Row]:
    numeric = [(p, r) for p, r in entries if is_numeric(r)]
    keys = [comparable_key(p, r) for p, r in numeric]
    main = _main_key([(p.id, k) for (p, _), k in zip(numeric, keys, strict=True)], metric)
    group, restated = _one_per_plan(
        [(p, r) for (p, r), k in zip(numeric, keys, strict=True) if k == main]
    )
    ranked: list[Row] = []
    if metric.better != "neutral" and group:
        ordered = sorted(group, key=lambda pr: ambition(pr[1], metric.better), reverse=True)
        best = edge(ordered[0][1].target.value, metric.better)
        mid = median(edge(r.target.value, metric.better) for _, r in ordered)
        rank, prev = 0, None
        for i, (p, r) in enumerate(ordered):
            key = ambition(r, metric.better)
            if key != prev:
                rank, prev = i + 1, key
            v = edge(r.target.value, metric.better)
            ranked.append(Row(p, r, rank, v - best, v - mid, None))
    elif group:
        for p, r in sorted(group, key=lambda pr: pr[1].target.value.value, reverse=True):  # type: ignore[arg-type,return-value]
            ranked.append(Row(p, r, None, None, None, "规模指标：无优劣方向，不排名"))
    in_group = {id(r) for _, r in group}
    others = []
    for p, r in entries:
        if id(r) in in_group:
            continue
        if id(r) in restated:
            kept = restated[id(r)]
            where = "指标表" if kept.source.kind == "table" else "前文"
            if same_value(r, kept):
                reason = f"同一规划另一处的重述，与排名所用的{where}目标相同"
            else:
                reason = f"同一规划另一处的目标，与排名所用的{where}目标不一致（前后矛盾）"
        elif r.target.value.op == "text":
            reason = "定性目标：无法按数值比较"
        elif r.target.value.op == "trend":
            reason = "趋势目标：只有方向或年变化率，无水平值"
        elif r.target.value.op in ("change", "growth"):
            reason = "变化目标：相对基线的变化量，不与水平值一同排名"
        else:
            reason = why_not(comparable_key(p, r), main) if main else "无可比较的目标"
        others.append(Row(p, r, None, None, None, reason))
    return ranked + others


def _one_per_plan(
    group: list[tuple[Plan, Record]],
) -> tuple[list[tuple[Plan, Record]], dict[int, Record]]:
    """Each plan once in a ranking (see preferred); its other values, by id, with the
    record that stands for the plan instead."""
    by_plan: dict[str, list[Record]] = {}
    for p, r in group:
        by_plan.setdefault(p.id, []).append(r)
    chosen = {pid: preferred(records) for pid, records in by_plan.items()}
    kept = [(p, r) for p, r in group if r is chosen[p.id]]
    others = {id(r): chosen[p.id] for p, r in group if r is not chosen[p.id]}
    return kept, others


def _main_key(keys: list[tuple[str, tuple]], metric: Metric) -> tuple | None:
    """The group most plans share (`keys` are plan id and comparable key of each target),
    preferring county-level five-year levels."""
    if not keys:
        return None
    plans: dict[tuple, set[str]] = {}
    for plan_id, k in keys:
        plans.setdefault(k, set()).add(plan_id)
    return max(
        plans,
        key=lambda k: (k[4] == "county", len(plans[k]), k[2] == "level", k[1] == metric.unit),
    )
