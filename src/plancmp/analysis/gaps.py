"""Pure: one plan, set in its frame (peers, its city's and province's plans, national
standards) → findings.

Each finding carries numbers and records, never sentences: output/words.py says
them in a report writer's words.

By default a finding is one a report writer acts on; `--all` adds the quiet ones:
the pairs with a higher plan (the city's, the province's) that were compared and held,
those that could not be compared (with a code saying why), and indicators missing from the plan that are no plan-level
level or rate (a yearly operational count, an amount per year or over the period).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from decimal import Decimal
from typing import NamedTuple

from plancmp.analysis.city import INTENSIVE_UNITS, CityCheck, CityUnchecked, hold
from plancmp.analysis.rank import (
    GroupKey,
    Stall,
    by_group,
    level_of,
    no_progress,
    same_value,
)
from plancmp.levels import edge, is_numeric, level, unit_key
from plancmp.metrics import Catalog
from plancmp.model import Metric, Plan, Record, Standard, TargetRow, Value
from plancmp.store.base import Ask, Setters, Standing

KINDS = (
    "below_national_standard",
    "below_city",
    "below_province",
    "conflict",
    "not_above_baseline",
    "below_peers",
    "missing",
    "qualitative",
    "not_below_city",
    "city_not_compared",
    "not_below_province",
    "province_not_compared",
)
"""Finding kinds, in the order a report lists them: how much each matters to a reader.
A national floor missed, then what the city (and the province) asks of every district,
then the plan
contradicting itself, asking no progress, asking less than a peer, leaving out what
others set; targets that cannot be checked by number last. The last two are quiet:
the city pairs that held, and those that could not be compared."""
QUIET_KINDS = ("not_below_city", "city_not_compared", "not_below_province", "province_not_compared")
"""Kinds shown only with --all, or when asked for by name."""
FAMILY = {
    "not_below_city": "below_city",
    "city_not_compared": "below_city",
    "not_below_province": "below_province",
    "province_not_compared": "below_province",
}
"""A quiet kind that comes with a loud one: `-k below_city --all` lists every city pair."""
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
    """The higher plans first (city, province), then peers, as many as MAX_NAMES."""
    total: int
    """How many plans set the metric in all."""
    quiet: str | None = None
    """Why it is left to --all: `operational` (the catalog marks a yearly operational
    count), `amount` (set only as an amount per year or over the period, not as a level
    or a rate); None for a plan-level indicator."""


class Qualitative(NamedTuple):
    pass


Facts = (
    Conflict
    | BelowStandard
    | Stall
    | CityCheck
    | CityUnchecked
    | BelowPeers
    | Missing
    | Qualitative
)


class Finding(NamedTuple):
    """One thing a report writer should look at, with the numbers behind it."""

    kind: str
    metric: Metric
    segment: str | None
    record: Record | None
    """The plan's own record, when it has one."""
    size: Decimal
    """How far off, in the metric's unit."""
    facts: Facts
    share: Decimal = Decimal(0)
    """How far off as a share of the figure it is held to (points out of 100 for a
    percentage; for `missing`, how many set the metric): what orders findings of one
    kind whose units differ."""

    @property
    def quiet(self) -> bool:
        """Left out by default (see the module docstring)."""
        return self.kind in QUIET_KINDS or (
            isinstance(self.facts, Missing) and bool(self.facts.quiet)
        )


class Frame(NamedTuple):
    """Whom a plan is held to, as much of them as the findings need."""

    peers: tuple[Plan, ...]
    """The plans it is compared with (without records): chosen, else those of its tier."""
    higher: tuple[Plan, ...]
    """The plans of the jurisdictions above it (its city's work points and five-year plan,
    its province's plan), with records, nearest first."""
    standings: dict[GroupKey, Standing]
    """Where the plan's targets stand among the peers' of the same tier (peer_asks)."""
    setters: dict[str, Setters]
    """For each metric the peers set: how many do (how many as a level) and the first."""


def find_gaps(plan: Plan, frame: Frame, catalog: Catalog) -> list[Finding]:
    """All findings for `plan` (with its records), quiet ones included, in reading order
    (see `importance`)."""
    findings = [
        *_conflicts(plan, catalog),
        *_below_standard(plan, catalog),
        *_not_above_baseline(plan, catalog),
        *_against_higher(plan, frame.higher, catalog),
        *_below_peers(plan, frame, catalog),
        *_missing(plan, frame, catalog),
        *_qualitative(plan, catalog),
    ]
    position = {m.id: i for i, m in enumerate(catalog)}
    return sorted(findings, key=lambda f: importance(f, position))


def importance(f: Finding, position: dict[str, int]) -> tuple[object, ...]:
    """The reading order: default findings before quiet ones; then by kind (KINDS); within
    a kind a binding (约束性) target first, then the larger share off, then catalog order."""
    binding = f.record is not None and f.record.attribute == "约束性"
    return (
        f.quiet,
        KINDS.index(f.kind),
        not binding,
        -f.share,
        position.get(f.metric.id, len(position)),
        f.segment or "",
    )


def share(gap: Decimal, reference: Decimal | None, unit: str | None) -> Decimal:
    """`gap` as a share of `reference`: points out of 100 for a percentage."""
    if unit == "%":
        return abs(gap) / 100
    if reference:
        return abs(gap / reference)
    return abs(gap)


def select(
    findings: Sequence[Finding],
    kinds: Collection[str] = (),
    skip: Collection[str] = (),
    everything: bool = False,
) -> list[Finding]:
    """The findings a user asked for: of `kinds` (all when empty; a kind brings the quiet
    kinds of its FAMILY along), none of `skip`; quiet ones only with `everything`, or when
    their kind is named in `kinds`."""
    out = []
    for f in findings:
        family = FAMILY.get(f.kind, f.kind)
        if f.kind in skip or family in skip:
            continue
        if kinds and f.kind not in kinds and family not in kinds:
            continue
        if f.quiet and not everything and not (f.kind in QUIET_KINDS and f.kind in kinds):
            continue
        out.append(f)
    return out


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
        if r.target.scope != "level" or unit_key(r.unit) != unit_key(st.unit):
            continue
        mine = edge(level_of(r), m.better)
        if mine > st.limit if m.better == "lower" else mine < st.limit:
            gap = abs(mine - st.limit)
            out.append(
                Finding(
                    "below_national_standard",
                    m,
                    r.segment,
                    r,
                    gap,
                    BelowStandard(st, mine),
                    share(gap, st.limit, r.unit),
                )
            )
    return out


def _not_above_baseline(plan: Plan, catalog: Catalog) -> list[Finding]:
    out = []
    for r in plan.records:
        m = catalog.get(r.metric)
        stall = no_progress(r, m.better) if m is not None else None
        if m is not None and stall is not None:
            gap = abs(stall.baseline - stall.target)
            part = share(gap, stall.baseline, r.unit)
            out.append(Finding("not_above_baseline", m, r.segment, r, gap, stall, part))
    return out


def _against_higher(plan: Plan, higher: Sequence[Plan], catalog: Catalog) -> list[Finding]:
    """Every pair of a higher plan's record (a city's, a province's) and the plan's record
    of the same metric: the same segment where the plan sets it, else each of the plan's
    segments (not compared). Each finding names the higher plan (CityCheck.city)."""
    by_metric: dict[str, list[Record]] = {}
    for r in sorted(plan.records, key=lambda r: r.source.kind != "table"):  # tables first
        by_metric.setdefault(r.metric, []).append(r)
    out = []
    for city in higher:
        for c in city.records:
            m, mine = catalog.get(c.metric), by_metric.get(c.metric, [])
            if m is None or not mine:
                continue
            kept: list[Record] = []
            for r in [r for r in mine if r.segment == c.segment] or mine:
                if not any(_restates(r, k) for k in kept):
                    kept.append(r)
                    out.append(_city_finding(r, c, city, m))
    return out


def _restates(r: Record, k: Record) -> bool:
    """Whether `r` says again what `k` says (a prose restatement of a table row)."""
    a, b = r.target, k.target
    return (r.segment, a.year, a.scope) == (k.segment, b.year, b.scope) and same_value(
        a.value, b.value
    )


def _city_finding(r: Record, c: Record, city: Plan, m: Metric) -> Finding:
    facts, weaker, gap = hold(r, c, city, m)
    level = "province" if city.tier == "province" else "city"
    if isinstance(facts, CityUnchecked):
        return Finding(f"{level}_not_compared", m, r.segment, r, gap, facts)
    kind = f"below_{level}" if weaker else f"not_below_{level}"
    return Finding(kind, m, r.segment, r, gap, facts, share(gap, facts.theirs, r.unit))


def peer_asks(plan: Plan, catalog: Catalog) -> dict[GroupKey, Ask]:
    """What to ask the store of the plan's peers: where each of its rates and ratios
    stands (absolute counts depend on a district's size: `compare` shows them)."""
    out = {}
    for key, t in by_group(plan, [TargetRow.of(r) for r in plan.records]).items():
        m = catalog.get(t.metric)
        if m is None or m.better == "neutral" or t.unit not in INTENSIVE_UNITS:
            continue
        v, higher = level(t.value, t.base), m.better != "lower"
        exclusive = v.op == (">" if higher else "<")
        out[key] = Ask(
            t.metric, t.segment, t.unit, t.scope, t.year, edge(v, m.better), higher, exclusive
        )
    return out


def _below_peers(plan: Plan, frame: Frame, catalog: Catalog) -> list[Finding]:
    rows = {TargetRow.of(r): r for r in plan.records}
    mine = by_group(plan, rows)
    places = {p.id: p for p in frame.peers}
    out = []
    for key, s in frame.standings.items():
        t, m = mine[key], catalog.get(key[0])
        if s.furthest is None or m is None:
            continue
        best = Peer(places[s.furthest.plan], s.furthest)
        mine_edge = edge(level(t.value, t.base), m.better)
        gap = abs(edge(_level(best), m.better) - mine_edge)
        facts = BelowPeers(best, median_with(s, mine_edge), s.size + 1, s.further)
        part = share(gap, edge(_level(best), m.better), t.unit)
        out.append(Finding("below_peers", m, t.segment, rows[t], gap, facts, part))
    return out


def median_with(s: Standing, value: Decimal) -> Decimal:
    """The median of the group's numbers and `value`, from the few around the middle."""
    n = s.size + 1

    def at(rank: int) -> Decimal:  # the number at `rank` once `value` is in its place
        if rank == s.below:
            return value
        return s.middle[(rank if rank < s.below else rank - 1) - s.middle_from]

    return at(n // 2) if n % 2 else (at(n // 2 - 1) + at(n // 2)) / 2


def _level(p: Peer) -> Value:
    return level(p.target.value, p.target.base)


def level_or_rate(scope: str, unit: str | None, v: Value) -> bool:
    """Whether a target sets its metric as a plan sets an indicator: a level to reach, a
    rate or ratio, or a yearly rate of change — not an amount per year or over the period."""
    return scope == "level" or unit in INTENSIVE_UNITS or (v.op == "trend" and v.value is not None)


def covered(metric_ids: set[str], catalog: Catalog) -> set[str]:
    """The metrics a plan sets, with those related to them (Metric.related, both ways):
    a plan that sets 持证 enrolment is not missing the 未注明持证 one."""
    out = set(metric_ids)
    for m in catalog:
        if m.id in metric_ids:
            out.update(m.related)
        elif metric_ids.intersection(m.related):
            out.add(m.id)
    return out


def _missing(plan: Plan, frame: Frame, catalog: Catalog) -> list[Finding]:
    have = covered({r.metric for r in plan.records}, catalog)
    by_city: dict[str, list[Plan]] = {}
    city_levels: set[str] = set()
    for city in frame.higher:
        for r in city.records:
            if city not in by_city.setdefault(r.metric, []):
                by_city[r.metric].append(city)
            if level_or_rate(r.target.scope, r.unit, r.target.value):
                city_levels.add(r.metric)
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
        quiet = "operational" if m.operational else None
        if quiet is None and metric_id not in city_levels and _as_levels(peers, m) < 2:
            quiet = "amount"
        facts = Missing(tuple(shown[:MAX_NAMES]), count, quiet)
        out.append(Finding("missing", m, None, None, Decimal(count), facts, Decimal(count)))
    return out


def _as_levels(peers: Setters | None, m: Metric) -> int:
    """How many peers set `m` as a level or a rate: all who set a rate or ratio; of a
    count or a sum, those with a target at a level (not an amount per year or period)."""
    if peers is None:
        return 0
    return peers.total if m.unit in INTENSIVE_UNITS else peers.at_level


def _qualitative(plan: Plan, catalog: Catalog) -> list[Finding]:
    out = []
    for r in plan.records:
        m, v = catalog.get(r.metric), r.target.value
        if m is None or v.op not in ("text", "trend") or (v.op == "trend" and v.value is not None):
            continue
        out.append(Finding("qualitative", m, r.segment, r, Decimal(0), Qualitative()))
    return out


def frame_among(
    plan: Plan, peers: Sequence[Plan], higher: Sequence[Plan], catalog: Catalog
) -> Frame:
    """A frame from plans held in memory with their records (scripts, tests): `higher` are
    the plans of the jurisdictions above the plan's, nearest first."""
    from plancmp.store.memory import MemoryStore

    store = MemoryStore({p.id: p for p in peers}, catalog)
    asks = peer_asks(plan, catalog)
    same_tier = [p.id for p in peers if p.tier == plan.tier]
    found = store.standings(list(asks.values()), same_tier, leave_out=plan.id)
    headers = tuple(p._replace(records=()) for p in peers)
    standings = dict(zip(asks, found, strict=True))
    return Frame(headers, tuple(higher), standings, store.setters(first=MAX_NAMES))


def gaps_among(
    plan: Plan, peers: Sequence[Plan], higher: Sequence[Plan], catalog: Catalog
) -> list[Finding]:
    """find_gaps for plans held in memory with their records."""
    return find_gaps(plan, frame_among(plan, peers, higher, catalog), catalog)
