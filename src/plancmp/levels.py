"""What a target asks for as a level, and which of a plan's targets stands for it.

Plain facts about the data, shared by the store (which keeps each target's level in
its index, to rank thousands of plans without reading them) and the analyses.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from plancmp.decimals import tidy
from plancmp.model import NUMERIC_OPS, TargetRow, Value

COUNTERS = {"所": "个"}
"""Counters that count the same things within one metric: one plan counts its 老年学堂 as
10个, another its 老年大学（学堂） as 2-3所, a third its schools as 所 or 个. Targets are
grouped by the unit they count in as read here (所 as 个), so that they rank together;
each is still shown as printed."""


def unit_key(unit: str | None) -> str | None:
    """The unit targets are grouped by (COUNTERS)."""
    return COUNTERS.get(unit, unit) if unit else unit


def is_numeric(v: Value) -> bool:
    """Whether a target has a number to rank by."""
    return v.op in NUMERIC_OPS and v.value is not None


def implied(v: Value, base: Decimal | None) -> Value | None:
    """The level a change or growth target implies from its baseline: 80% + 5 个百分点 →
    85; 增长10% of 200 → 220; 提高5个百分点以上 → ≥85; 提高3-5个百分点 → 83–85. None for
    other targets, or without a baseline."""
    if v.op not in ("change", "growth") or v.value is None or base is None:
        return None

    def reached(x: Decimal) -> Decimal:
        return tidy(base + x if v.op == "change" else base * (1 + x / 100))

    low = reached(v.value)
    if v.value_max is not None:
        high = reached(v.value_max)
        return Value("range", min(low, high), max(low, high), v.unit, v.printed_unit, v.approx)
    if v.at_least:
        return Value(">=" if v.value >= 0 else "<=", low, None, v.unit, v.printed_unit, v.approx)
    return Value("=", low, None, v.unit, v.printed_unit, v.approx)


def level(v: Value, base: Decimal | None) -> Value:
    """What a target asks for as a level: its value, or the level a change implies."""
    return implied(v, base) or v


def hold_together(values: Sequence[Value]) -> bool | None:
    """Whether one number meets every one of several levels: 0.25 and 小于0.30 can, as 98.5%以上
    and 98%以上 can; 97% and 98%以上 cannot. None when one is no level (a trend, a change) or
    they are in different units."""
    low, high = (Decimal("-Infinity"), False), (Decimal("Infinity"), False)  # (bound, strict)
    if len({v.unit for v in values}) > 1:
        return None
    for v in values:
        if v.value is None or v.op not in ("=", ">=", ">", "<=", "<", "range"):
            return None
        top = v.value_max if v.op == "range" else v.value
        if v.op in ("=", ">=", ">", "range"):
            low = max(low, (v.value, v.op == ">"))
        if v.op in ("=", "<=", "<", "range") and top is not None:
            high = min(high, (top, v.op == "<"), key=lambda b: (b[0], not b[1]))
    return low[0] < high[0] or (low[0] == high[0] and not (low[1] or high[1]))


def preferred(kinds: Sequence[str]) -> int:
    """Of one plan's several targets for one comparable key (a conflict, which gaps
    reports, or a restatement), given their source kinds, the position of the one it is
    ranked by: its indicator table's, else the first printed."""
    return next((i for i, kind in enumerate(kinds) if kind == "table"), 0)


def edge(v: Value, better: str) -> Decimal:
    """The number a target commits to: a range's low end when higher is better, its
    high end when lower is better (what it guarantees); otherwise its value."""
    if better == "lower" and v.op == "range" and v.value_max is not None:
        return v.value_max
    assert v.value is not None
    return v.value


TargetGroup = tuple[str, str | None, str | None, str, int]
"""Targets that may be ranked against each other, within a tier: (metric, segment, unit,
scope, year)."""


def group_of(t: TargetRow) -> TargetGroup:
    return (t.metric, t.segment, unit_key(t.unit), t.scope, t.year)


def standing_targets(targets: Iterable[TargetRow]) -> dict[TargetGroup, TargetRow]:
    """Of one plan's targets, the numeric one that stands for it in each group (preferred)."""
    groups: dict[TargetGroup, list[TargetRow]] = {}
    for t in targets:
        if is_numeric(level(t.value, t.base)):
            groups.setdefault(group_of(t), []).append(t)
    return {k: ts[preferred([t.source_kind for t in ts])] for k, ts in groups.items()}
