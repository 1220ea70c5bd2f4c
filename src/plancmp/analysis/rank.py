"""Pure: when two targets may be ranked against each other, and which is more ambitious.

Two targets are ranked against each other only when they are comparable: same
metric and segment, same unit, same scope, same year and the same tier of
government. These rules are shared by `compare` and `gaps`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import NamedTuple

from plancmp.decimals import tidy
from plancmp.model import NUMERIC_OPS, Plan, Record, TargetRow, Value

Key = tuple[str | None, str | None, str, int, str | None]
"""A comparable key: (segment, unit, scope, year, tier)."""
GroupKey = tuple[str, str | None, str | None, str, int, str | None]
"""A comparable key with the metric first."""


TIER_LEVELS = {"county": ("区", "县", "县级市"), "city": ("市",)}
"""The levels of each tier of government (model.LEVELS)."""


def tier(plan: Plan) -> str | None:
    """County-level plans compare with each other, a city's with cities'; a draft whose
    level is not filled in with neither."""
    if plan.level is None:
        return None
    return "city" if plan.is_city else "county"


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


def base_of(r: Record) -> Decimal | None:
    """A record's baseline value, where it is stated exactly."""
    b = r.baseline
    return b.value.value if b is not None and b.value.op == "=" else None


def level_of(r: Record) -> Value:
    """level() of a record's target."""
    return level(r.target.value, base_of(r))


def edge(v: Value, better: str) -> Decimal:
    """The number a target commits to: a range's low end when higher is better, its
    high end when lower is better (what it guarantees); otherwise its value."""
    if better == "lower" and v.op == "range" and v.value_max is not None:
        return v.value_max
    assert v.value is not None
    return v.value


def ambition(v: Value, better: str) -> tuple[Decimal, int]:
    """A sort key: larger is more ambitious. `>90` beats `≥90` beats nothing less.

    For a range the low end is what the plan guarantees (high is better) and
    the high end what it tolerates (lower is better).
    """
    e = edge(v, better)
    strict = v.op == ("<" if better == "lower" else ">")
    return (-e if better == "lower" else e, 1 if strict else 0)


def same_value(a: Value, b: Value) -> bool:
    """The same comparator and numbers: a restatement, not a conflict."""
    return (a.op, a.value, a.value_max) == (b.op, b.value, b.value_max)


def key_of(plan: Plan, t: TargetRow) -> Key:
    """Targets with the same key can be ranked against each other."""
    return (t.segment, t.unit, t.scope, t.year, tier(plan))


def record_key(plan: Plan, r: Record) -> Key:
    return (r.segment, r.unit, r.target.scope, r.target.year, tier(plan))


def preferred(kinds: Sequence[str]) -> int:
    """Of one plan's several targets for one comparable key (a conflict, which gaps
    reports, or a restatement), given their source kinds, the position of the one it is
    ranked by: its indicator table's, else the first printed."""
    return next((i for i, kind in enumerate(kinds) if kind == "table"), 0)


def by_group(plan: Plan, targets: Iterable[TargetRow]) -> dict[GroupKey, TargetRow]:
    """A plan's numeric targets by metric and comparable key, one per group (see preferred)."""
    groups: dict[GroupKey, list[TargetRow]] = {}
    for t in targets:
        if is_numeric(level(t.value, t.base)):
            groups.setdefault((t.metric, *key_of(plan, t)), []).append(t)
    return {k: v[preferred([t.source_kind for t in v])] for k, v in groups.items()}


def median(values: Iterable[Decimal]) -> Decimal:
    """The middle value (the mean of the two middle ones for an even count), exact in Decimal."""
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


class Stall(NamedTuple):
    """A target that asks for no progress over its own baseline."""

    relation: str
    """below (a higher-is-better target under its baseline), equal, or above (lower-is-better)."""
    baseline: Decimal
    target: Decimal


def no_progress(r: Record, better: str) -> Stall | None:
    """How a target that asks for no progress over its own baseline stands to it; None
    when it asks for progress or cannot be told. Direction- and strictness-aware:
    `>90` against 90 is progress; a change of 提高0个百分点 asks for none."""
    b, v = r.baseline, level_of(r)
    if better == "neutral" or b is None or not is_numeric(v) or r.target.scope != "level":
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
        return Stall("equal", base, v.value)
    return Stall("above" if better == "lower" else "below", base, v.value)
