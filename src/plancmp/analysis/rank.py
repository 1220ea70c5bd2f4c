"""Pure: when two targets may be ranked against each other, and which is more ambitious.

Two targets are ranked against each other only when they are comparable: same
metric and segment, same unit, same scope, same year and the same tier of
government. These rules are shared by `compare` and `gaps`.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import NamedTuple

from plancmp.levels import edge, is_numeric, level, standing_targets, unit_key
from plancmp.model import Plan, Record, TargetRow, Value

Key = tuple[str | None, str | None, str, int, str | None]
"""A comparable key: (segment, unit, scope, year, tier)."""
GroupKey = tuple[str, str | None, str | None, str, int, str | None]
"""A comparable key with the metric first."""


TIER_LEVELS = {"county": ("区", "县", "县级市"), "city": ("市",), "province": ("省",)}
"""The levels of each tier of government (model.LEVELS)."""


def tier(plan: Plan) -> str | None:
    """County-level plans compare with each other, a city's with cities', a province's
    with provinces'; a draft whose level is not filled in with none (Plan.tier)."""
    return plan.tier


def base_of(r: Record) -> Decimal | None:
    """A record's baseline value, where it is stated exactly."""
    b = r.baseline
    return b.value.value if b is not None and b.value.op == "=" else None


def level_of(r: Record) -> Value:
    """level() of a record's target."""
    return level(r.target.value, base_of(r))


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
    return key_at(tier(plan), t)


def key_at(plan_tier: str | None, t: TargetRow) -> Key:
    """key_of for a plan whose tier is already known: one pass over many targets."""
    return (t.segment, unit_key(t.unit), t.scope, t.year, plan_tier)


def record_key(plan: Plan, r: Record) -> Key:
    return (r.segment, unit_key(r.unit), r.target.scope, r.target.year, tier(plan))


def by_group(plan: Plan, targets: Iterable[TargetRow]) -> dict[GroupKey, TargetRow]:
    """A plan's numeric targets by metric and comparable key, one per group (see preferred)."""
    plan_tier = tier(plan)
    return {(*k, plan_tier): t for k, t in standing_targets(targets).items()}


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
