"""Pure: one plan + its peers + its city + national standards → findings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from plancmp.compare import (
    ambition,
    edge,
    group_key,
    is_numeric,
    median,
    no_progress,
    targets_by_group,
    value_ambition,
)
from plancmp.display import amount, fmt
from plancmp.metrics import Catalog
from plancmp.model import POINTS, Metric, Plan, Record, Value
from plancmp.values import INTENSIVE_UNITS, with_unit

KINDS = (
    "conflict",
    "below_national_standard",
    "not_above_baseline",
    "below_city",
    "below_peers",
    "missing",
    "qualitative",
)
MAX_NAMES = 5
"""How many setters a `missing` reason names before it says how many there are."""
KIND_ZH = {
    "below_peers": "低于同类",
    "below_city": "低于市级",
    "missing": "缺少指标",
    "not_above_baseline": "未高于基线",
    "conflict": "前后矛盾",
    "below_national_standard": "低于国家标准",
    "qualitative": "定性目标",
}


@dataclass(frozen=True)
class Finding:
    """One thing a report writer should look at, with its numbers and reason."""

    kind: str
    metric: Metric
    segment: str | None
    record: Record | None
    """The plan's own record, when it has one."""
    reason: str
    size: Decimal = Decimal(0)
    """How far off, in the metric's unit, for sorting (larger first)."""
    others: tuple[tuple[Plan, Record], ...] = field(default=())
    """The records it was compared with (best first)."""
    values: dict[str, object] = field(default_factory=dict)
    """The compared numbers, for JSON."""


def _show(r: Record) -> str:
    return with_unit(r.target.raw, r.printed_unit)


def project(r: Record, year: int) -> Decimal | None:
    """The plan's value at `year` on a straight line from its baseline to its target."""
    b = r.baseline
    if b is None or b.year is None or b.value.value is None or r.target.value.value is None:
        return None
    span = r.target.year - b.year
    if span <= 0:
        return None
    start, end = b.value.value, r.target.value.value
    return start + (end - start) * Decimal(year - b.year) / Decimal(span)


def find_gaps(
    plan: Plan,
    peers: Sequence[Plan],
    cities: Sequence[Plan],
    catalog: Catalog,
    metric_sets: Mapping[str, frozenset[str]] | None = None,
    groups: Mapping[tuple, list[PeerTarget]] | None = None,
) -> list[Finding]:
    """All findings for `plan`, sorted by kind then size.

    With `metric_sets` (plan id → the metrics it sets) and `groups` (the peers'
    targets by comparable group, see peer_groups), peers need carry no records:
    that is how the on-disk index answers without loading every plan.
    """
    findings: list[Finding] = []
    findings += _conflicts(plan, catalog)
    findings += _below_standard(plan, catalog)
    findings += _not_above_baseline(plan, catalog)
    findings += _below_city(plan, cities, catalog)
    findings += _below_peers(plan, groups if groups is not None else peer_groups(peers), catalog)
    findings += _missing(plan, peers, cities, catalog, metric_sets)
    findings += _qualitative(plan, catalog)
    order = {k: i for i, k in enumerate(KINDS)}
    return sorted(findings, key=lambda f: (order[f.kind], -abs(f.size), f.metric.id))


def _conflicts(plan: Plan, catalog: Catalog) -> list[Finding]:
    groups: dict[tuple, list[Record]] = {}
    for r in plan.records:
        groups.setdefault((r.metric, r.segment, r.target.year, r.target.scope), []).append(r)
    out = []
    for (metric_id, segment, _, _), recs in groups.items():
        distinct = {
            (r.target.value.op, r.target.value.value, r.target.value.value_max) for r in recs
        }
        if len(recs) < 2 or len(distinct) < 2:
            continue
        m = catalog.get(metric_id)
        if m is None:
            continue
        parts = "；".join(f"{_show(r)}（{r.source.section}）" for r in recs)
        out.append(
            Finding(
                "conflict",
                m,
                segment,
                recs[0],
                f"同一指标前后两个目标：{parts}",
                others=tuple((plan, r) for r in recs[1:]),
                values={
                    "targets": [{"raw": r.target.raw, "section": r.source.section} for r in recs]
                },
            )
        )
    return out


def _below_standard(plan: Plan, catalog: Catalog) -> list[Finding]:
    """County targets weaker than the national supervision standard for the metric."""
    if plan.is_city:
        return []
    out = []
    for r in plan.records:
        st = catalog.standards.get(r.metric)
        m = catalog.get(r.metric)
        if (
            st is None
            or m is None
            or not is_numeric(r)
            or r.target.scope != "level"
            or r.unit != st.unit
        ):
            continue
        mine = edge(r.target.value, m.better)
        weaker = mine > st.limit if m.better == "lower" else mine < st.limit
        if weaker:
            cite = f"《{st.document}》" + (f"（{st.doc_number}）" if st.doc_number else "")
            out.append(Finding("below_national_standard", m, r.segment, r,
                               f"目标 {_show(r)} 低于国家督导评估标准 {st.raw}{cite}", abs(mine - st.limit),
                               values={"standard": st.raw, "limit": float(st.limit), "document": st.document}))  # fmt: skip
    return out


def _not_above_baseline(plan: Plan, catalog: Catalog) -> list[Finding]:
    out = []
    for r in plan.records:
        m = catalog.get(r.metric)
        word = no_progress(r, m.better) if m is not None else None
        if m is None or word is None:
            continue
        b, v = r.baseline, r.target.value
        assert b is not None and b.value.value is not None and v.value is not None
        out.append(
            Finding(
                "not_above_baseline",
                m,
                r.segment,
                r,
                f"目标 {_show(r)} {word}{b.year or ''}年基线 {with_unit(b.raw, r.printed_unit)}：不要求进步",
                abs(b.value.value - v.value),
                values={"baseline": float(b.value.value), "target": float(v.value)},
            )
        )
    return out


def _below_city(plan: Plan, cities: Sequence[Plan], catalog: Catalog) -> list[Finding]:
    out = []
    for city in cities:
        for c in city.records:
            m = catalog.get(c.metric)
            if m is None or m.better == "neutral":
                continue
            mine = [r for r in plan.records if r.metric == c.metric and r.segment == c.segment]
            for r in mine:
                f = _against_city(r, c, city, m)
                if f:
                    out.append(f)
    return out


def _against_city(r: Record, c: Record, city: Plan, m: Metric) -> Finding | None:
    cv, rv = c.target.value, r.target.value
    if cv.op == "trend" and cv.value is not None and m.better != "neutral":
        # The city asks for a yearly change; compare with the plan's implied yearly change.
        if cv.printed_unit == "%" or r.unit != c.unit:
            return None  # 每年下降1%: points or relative? The document does not say.
        if r.unit == "%" and cv.printed_unit != POINTS:
            return None  # a rate's yearly change is compared only when given in points
        if (
            r.baseline is None
            or r.baseline.year is None
            or not is_numeric(r)
            or r.baseline.value.value is None
        ):
            return None
        years = r.target.year - r.baseline.year
        if years <= 0:
            return None
        implied = (rv.value - r.baseline.value.value) / years  # type: ignore[operator]
        weaker = implied > cv.value if m.better == "lower" else implied < cv.value
        if not weaker:
            return None
        return Finding(
            "below_city",
            m,
            r.segment,
            r,
            f"{city.jurisdiction}要求{c.target.raw}；本规划从基线 {with_unit(r.baseline.raw, r.printed_unit)} 到 {_show(r)}，年均 {fmt(implied.quantize(Decimal('0.01')))}",
            abs(implied - cv.value),
            ((city, c),),
            {
                "city": c.target.raw,
                "implied_per_year": float(implied),
                "city_per_year": float(cv.value),
            },
        )
    if not (is_numeric(r) and cv.op in ("=", ">", ">=", "<", "<=") and cv.value is not None):
        return None
    if r.unit != c.unit or r.target.scope != "level" or c.target.scope != "level":
        return None
    projected = project(r, c.target.year) if r.target.year != c.target.year else None
    mine_value = projected if projected is not None else rv.value
    assert mine_value is not None
    city_value = cv.value
    weaker = mine_value > city_value if m.better == "lower" else mine_value < city_value
    if not weaker:
        return None
    how = (
        f"按基线 {with_unit(r.baseline.raw, r.printed_unit)}（{r.baseline.year}）线性推算至{c.target.year}年约 {amount(mine_value.quantize(Decimal('0.1')), r.unit)}"
        if projected is not None and r.baseline
        else f"本规划{r.target.year}年目标 {_show(r)}（无基线，未推算）"
    )
    return Finding(
        "below_city",
        m,
        r.segment,
        r,
        f"{city.jurisdiction}{c.target.year}年要求 {_show(c)}；{how}",
        abs(city_value - mine_value),
        ((city, c),),
        {
            "city": c.target.raw,
            "city_value": float(city_value),
            "plan_value": float(mine_value),
            "projected": projected is not None,
        },
    )


class PeerTarget(NamedTuple):
    """A peer's numeric target, as much of it as `below_peers` needs."""

    plan: str
    place: str
    """The peer's jurisdiction, for the reason."""
    raw: str
    printed_unit: str | None
    value: Value


def peer_groups(peers: Iterable[Plan]) -> dict[tuple, list[PeerTarget]]:
    """The peers' numeric targets by comparable group, one per peer (compare.preferred):
    built once, linear in the peers."""
    groups: dict[tuple, list[PeerTarget]] = {}
    for p in peers:
        for key, o in targets_by_group(p).items():
            groups.setdefault(key, []).append(
                PeerTarget(p.id, p.jurisdiction, o.target.raw, o.printed_unit, o.target.value)
            )
    return groups


def _below_peers(
    plan: Plan, groups: Mapping[tuple, list[PeerTarget]], catalog: Catalog
) -> list[Finding]:
    out = []
    for r in targets_by_group(plan).values():  # a second, conflicting value is a `conflict`
        m = catalog.get(r.metric)
        if m is None or m.better == "neutral" or r.unit not in INTENSIVE_UNITS:
            continue  # absolute counts depend on a district's size: `compare` shows them
        group = [t for t in groups.get(group_key(plan, r), ()) if t.plan != plan.id]
        mine = ambition(r, m.better)
        better = [t for t in group if value_ambition(t.value, m.better) > mine]
        if not better:
            continue
        best = max(better, key=lambda t: value_ambition(t.value, m.better))
        mid = median([edge(t.value, m.better) for t in group] + [edge(r.target.value, m.better)])
        size = abs(edge(best.value, m.better) - edge(r.target.value, m.better))
        out.append(
            Finding(
                "below_peers",
                m,
                r.segment,
                r,
                f"本规划 {_show(r)}；最优 {best.place} {with_unit(best.raw, best.printed_unit)}；中位数 {amount(mid, r.unit)}（含本规划，共 {len(group) + 1} 个）",
                size,
                values={
                    "best_plan": best.plan,
                    "best": best.raw,
                    "median": float(mid),
                    "compared": len(group) + 1,
                    "more_ambitious": len(better),
                },
            )
        )
    return out


def _missing(
    plan: Plan,
    peers: Sequence[Plan],
    cities: Sequence[Plan],
    catalog: Catalog,
    metric_sets: Mapping[str, frozenset[str]] | None,
) -> list[Finding]:
    have = {r.metric for r in plan.records}
    setters: dict[str, list[Plan]] = {}
    for p in [*cities, *peers]:
        sets = metric_sets[p.id] if metric_sets is not None else {r.metric for r in p.records}
        for mid in sorted(sets):
            setters.setdefault(mid, []).append(p)
    city_ids = {p.id for p in cities}
    out = []
    for mid, who in setters.items():
        if mid in have:
            continue
        by_city = [p for p in who if p.id in city_ids]
        by_peers = [p for p in who if p.id not in city_ids]
        if not by_city and len(by_peers) < 2:
            continue
        m = catalog.get(mid)
        if m is None:
            continue
        setters_shown = [p.jurisdiction for p in [*by_city, *by_peers]]
        names = "、".join(setters_shown[:MAX_NAMES])
        if len(setters_shown) > MAX_NAMES:
            names += f"等 {len(setters_shown)} 个地区"
        out.append(
            Finding(
                "missing",
                m,
                None,
                None,
                f"{names}设有此指标，本规划没有",
                Decimal(len(who)),
                values={"set_by": [p.id for p in [*by_city, *by_peers]]},
            )
        )
    return out


def _qualitative(plan: Plan, catalog: Catalog) -> list[Finding]:
    out = []
    for r in plan.records:
        m = catalog.get(r.metric)
        if m is None or r.target.value.op not in ("text", "trend"):
            continue
        if r.target.value.op == "trend" and r.target.value.value is not None:
            continue
        out.append(Finding("qualitative", m, r.segment, r, f"{r.target.raw}：无法按数值核对"))
    return out
