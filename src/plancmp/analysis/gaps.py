"""Pure: one plan, set in its frame (peers, its city, national standards) → findings.

Each finding carries numbers and records, never sentences: output/words.py says
them in a report writer's words.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from plancmp.analysis.city import BelowCity, against_city
from plancmp.analysis.rank import (
    GroupKey,
    Stall,
    ambition,
    by_group,
    edge,
    is_numeric,
    key_of,
    level,
    level_of,
    median,
    no_progress,
    preferred,
)
from plancmp.metrics import Catalog
from plancmp.model import Metric, Plan, Record, Standard, TargetRow, Value
from plancmp.store.base import Setters

KINDS = (
    "conflict",
    "below_national_standard",
    "not_above_baseline",
    "below_city",
    "below_peers",
    "missing",
    "qualitative",
)
"""Finding kinds, in the order a report lists them."""
INTENSIVE_UNITS = (None, "%", "元/生", "年", "小时", "岁", "分钟")
"""Units of rates, ratios, indices and per-student amounts: comparable between a small
district and a large one. Absolute counts and sums (所, 人, 元) are not: `below_peers`
leaves them to `compare`."""
MAX_NAMES = 5
"""How many setters a `missing` finding names before it says how many there are."""


class Conflict(NamedTuple):
    records: tuple[Record, ...]
    """The plan's records that give the indicator different values, in file order."""


class BelowStandard(NamedTuple):
    standard: Standard
    mine: Decimal


class Peer(NamedTuple):
    plan: Plan
    target: TargetRow


class BelowPeers(NamedTuple):
    best: Peer
    median: Decimal
    """Of the peers' and the plan's own values."""
    compared: int
    """How many plans the median is taken over, the plan included."""
    more_ambitious: int


class Missing(NamedTuple):
    setters: tuple[Plan, ...]
    """The city first, then peers, as many as MAX_NAMES."""
    total: int
    """How many plans set the metric in all."""


class Qualitative(NamedTuple):
    pass


Facts = Conflict | BelowStandard | Stall | BelowCity | BelowPeers | Missing | Qualitative


class Finding(NamedTuple):
    """One thing a report writer should look at, with the numbers behind it."""

    kind: str
    metric: Metric
    segment: str | None
    record: Record | None
    """The plan's own record, when it has one."""
    size: Decimal
    """How far off, in the metric's unit, for sorting (larger first)."""
    facts: Facts


class Frame(NamedTuple):
    """Whom a plan is held to, as much of them as the findings need."""

    peers: tuple[Plan, ...]
    """Plans of the same tier (without records)."""
    cities: tuple[Plan, ...]
    """The work points of the plan's city, with records."""
    peer_targets: tuple[TargetRow, ...]
    """The peers' targets for the plan's metrics."""
    setters: dict[str, Setters]
    """For each metric the peers set: how many do and the first of them."""


def find_gaps(plan: Plan, frame: Frame, catalog: Catalog) -> list[Finding]:
    """All findings for `plan` (with its records), sorted by kind then size."""
    findings = [
        *_conflicts(plan, catalog),
        *_below_standard(plan, catalog),
        *_not_above_baseline(plan, catalog),
        *_below_city(plan, frame.cities, catalog),
        *_below_peers(plan, frame, catalog),
        *_missing(plan, frame, catalog),
        *_qualitative(plan, catalog),
    ]
    order = {k: i for i, k in enumerate(KINDS)}
    return sorted(findings, key=lambda f: (order[f.kind], -abs(f.size), f.metric.id))


def _conflicts(plan: Plan, catalog: Catalog) -> list[Finding]:
    groups: dict[tuple[str, str | None, int, str], list[Record]] = {}
    for r in plan.records:
        groups.setdefault((r.metric, r.segment, r.target.year, r.target.scope), []).append(r)
    out = []
    for (metric_id, segment, _, _), recs in groups.items():
        values = {(r.target.value.op, r.target.value.value, r.target.value.value_max) for r in recs}
        m = catalog.get(metric_id)
        if len(recs) < 2 or len(values) < 2 or m is None:
            continue
        out.append(Finding("conflict", m, segment, recs[0], Decimal(0), Conflict(tuple(recs))))
    return out


def _below_standard(plan: Plan, catalog: Catalog) -> list[Finding]:
    """County targets weaker than the national supervision standard for the metric."""
    if plan.is_city:
        return []
    out = []
    for r in plan.records:
        st, m = catalog.standards.get(r.metric), catalog.get(r.metric)
        if st is None or m is None or not is_numeric(level_of(r)):
            continue
        if r.target.scope != "level" or r.unit != st.unit:
            continue
        mine = edge(level_of(r), m.better)
        if mine > st.limit if m.better == "lower" else mine < st.limit:
            facts = BelowStandard(st, mine)
            out.append(
                Finding("below_national_standard", m, r.segment, r, abs(mine - st.limit), facts)
            )
    return out


def _not_above_baseline(plan: Plan, catalog: Catalog) -> list[Finding]:
    out = []
    for r in plan.records:
        m = catalog.get(r.metric)
        stall = no_progress(r, m.better) if m is not None else None
        if m is not None and stall is not None:
            size = abs(stall.baseline - stall.target)
            out.append(Finding("not_above_baseline", m, r.segment, r, size, stall))
    return out


def _below_city(plan: Plan, cities: Sequence[Plan], catalog: Catalog) -> list[Finding]:
    mine: dict[tuple[str, str | None], list[Record]] = {}
    for r in plan.records:
        mine.setdefault((r.metric, r.segment), []).append(r)
    out = []
    for city in cities:
        for c in city.records:
            m = catalog.get(c.metric)
            if m is None or m.better == "neutral":
                continue
            for r in mine.get((c.metric, c.segment), ()):
                found = against_city(r, c, city, m)
                if found is not None:
                    out.append(Finding("below_city", m, r.segment, r, found[0], found[1]))
    return out


def _below_peers(plan: Plan, frame: Frame, catalog: Catalog) -> list[Finding]:
    rows = {TargetRow.of(r): r for r in plan.records}
    mine = by_group(plan, rows)
    groups = _peer_groups(plan, frame, set(mine))
    out = []
    for key, t in mine.items():
        m = catalog.get(t.metric)
        if m is None or m.better == "neutral" or t.unit not in INTENSIVE_UNITS:
            continue  # absolute counts depend on a district's size: `compare` shows them
        found = _against_peers(t, groups.get(key, []), m)
        if found is not None:
            out.append(Finding("below_peers", m, t.segment, rows[t], found[0], found[1]))
    return out


def _peer_groups(plan: Plan, frame: Frame, wanted: set[GroupKey]) -> dict[GroupKey, list[Peer]]:
    """The peers' numeric targets in the groups the plan has a target in, one per peer
    (rank.preferred). One pass over what may be 150,000 targets among 10,000 plans."""
    places = {p.id: p for p in frame.peers}
    found: dict[GroupKey, dict[str, list[TargetRow]]] = {}
    for t in frame.peer_targets:
        peer = places.get(t.plan)
        if peer is None or t.plan == plan.id or not is_numeric(level(t.value, t.base)):
            continue
        key = (t.metric, *key_of(peer, t))
        if key in wanted:
            found.setdefault(key, {}).setdefault(t.plan, []).append(t)
    return {
        key: [
            Peer(places[pid], ts[preferred([x.source_kind for x in ts])])
            for pid, ts in by_plan.items()
        ]
        for key, by_plan in found.items()
    }


def _against_peers(t: TargetRow, group: list[Peer], m: Metric) -> tuple[Decimal, BelowPeers] | None:
    mine = ambition(level(t.value, t.base), m.better)
    better = [p for p in group if ambition(_level(p), m.better) > mine]
    if not better:
        return None
    best = max(better, key=lambda p: ambition(_level(p), m.better))
    values = [edge(_level(p), m.better) for p in group] + [edge(level(t.value, t.base), m.better)]
    size = abs(edge(_level(best), m.better) - edge(level(t.value, t.base), m.better))
    return size, BelowPeers(best, median(values), len(group) + 1, len(better))


def _level(p: Peer) -> Value:
    return level(p.target.value, p.target.base)


def _missing(plan: Plan, frame: Frame, catalog: Catalog) -> list[Finding]:
    have = {r.metric for r in plan.records}
    by_city: dict[str, list[Plan]] = {}
    for city in frame.cities:
        for metric_id in dict.fromkeys(r.metric for r in city.records):
            by_city.setdefault(metric_id, []).append(city)
    places = {p.id: p for p in frame.peers}
    out = []
    for metric_id in sorted({*by_city, *frame.setters}):
        peers = frame.setters.get(metric_id)
        cities = by_city.get(metric_id, [])
        m = catalog.get(metric_id)
        if metric_id in have or m is None or (not cities and (peers is None or peers.total < 2)):
            continue
        shown = [*cities, *(places[i] for i in (peers.first if peers else ()) if i in places)]
        count = len(cities) + (peers.total if peers else 0)
        facts = Missing(tuple(shown[:MAX_NAMES]), count)
        out.append(Finding("missing", m, None, None, Decimal(count), facts))
    return out


def _qualitative(plan: Plan, catalog: Catalog) -> list[Finding]:
    out = []
    for r in plan.records:
        m, v = catalog.get(r.metric), r.target.value
        if m is None or v.op not in ("text", "trend") or (v.op == "trend" and v.value is not None):
            continue
        out.append(Finding("qualitative", m, r.segment, r, Decimal(0), Qualitative()))
    return out


def frame_among(plan: Plan, peers: Sequence[Plan], cities: Sequence[Plan]) -> Frame:
    """A frame from plans held in memory with their records (scripts, tests)."""
    metrics = {r.metric for r in plan.records}
    targets = tuple(TargetRow.of(r) for p in peers for r in p.records if r.metric in metrics)
    who: dict[str, list[str]] = {}
    for p in peers:
        for metric_id in dict.fromkeys(r.metric for r in p.records):
            who.setdefault(metric_id, []).append(p.id)
    setters = {m: Setters(len(ids), tuple(ids[:MAX_NAMES])) for m, ids in who.items()}
    headers = tuple(p._replace(records=()) for p in peers)
    return Frame(headers, tuple(cities), targets, setters)


def gaps_among(
    plan: Plan, peers: Sequence[Plan], cities: Sequence[Plan], catalog: Catalog
) -> list[Finding]:
    """find_gaps for plans held in memory with their records."""
    return find_gaps(plan, frame_among(plan, peers, cities), catalog)
