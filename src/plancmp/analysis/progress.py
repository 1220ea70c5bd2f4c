"""Pure: how far a plan has come — each target's latest actual value against the straight
line from its baseline to its target (中期/终期评估).

The measure is Open SDG's: the observed change since the baseline divided by the change
the line required by the actual's year. The status follows from it (README, "Progress"):

    met              the actual already meets the target (its comparator included)
    regressed        the actual moved from the baseline the wrong way
    on_track         ratio ≥ 1
    slightly_behind  0.5 ≤ ratio < 1
    far_behind       ratio < 0.5

"The wrong way" and "meets" follow the metric's better direction: for a lower-is-better
metric a fall is progress and a target is met at or below its number. A metric with no
better direction takes the direction of its own line (target − baseline).
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from plancmp.analysis import line
from plancmp.analysis.rank import level_of
from plancmp.levels import is_numeric
from plancmp.metrics import Catalog
from plancmp.model import POINTS, Actual, Plan, Record

STATUSES = ("met", "on_track", "slightly_behind", "far_behind", "regressed")
ON_TRACK = Decimal(1)
"""A ratio at least this is on track."""
BEHIND = Decimal("0.5")
"""A ratio at least this (and below ON_TRACK) is slightly behind; below it, far behind."""


class Progress(NamedTuple):
    """One target's progress, as numbers and a status code (output/words.py says them)."""

    record: Record
    actual: Actual | None
    """The latest actual value, or None."""
    required: Decimal | None
    """The value the line from baseline to target asks for by the actual's year (the target
    itself from its year on)."""
    ratio: Decimal | None
    """Observed change ÷ required change, since the baseline."""
    status: str | None
    """One of STATUSES; None when it cannot be told (see `why`)."""
    why: str | None = None
    """Why no status: no_actual; text (no number to reach); scope (a total over the period
    or a yearly amount, not a level); relative_rate (每年下降1%: points or relative?);
    no_baseline; no_direction (a size kept as it is)."""


def latest(r: Record) -> Actual | None:
    return max(r.actuals, key=lambda a: a.year) if r.actuals else None


def progress(r: Record, better: str) -> Progress:
    """The record's progress by its latest actual value."""
    a = latest(r)
    if a is None:
        return Progress(r, None, None, None, None, "no_actual")
    target = line.end(r, better)
    if target is None:
        return Progress(r, a, None, None, None, _why_not(r))
    first = line.start(r)
    sign = _direction(better, target, first[1] if first else None)
    if sign == 0:
        return Progress(r, a, None, None, None, "no_direction")
    required = line.at(r, min(a.year, r.target.year), better)
    ratio = _ratio(a, first, required)
    if _meets(a, target, r, sign):
        return Progress(r, a, required, ratio, "met")
    if first is None or required is None or ratio is None:
        return Progress(r, a, None, None, None, "no_baseline")
    assert a.value.value is not None  # the schema accepts only actuals with a number
    if sign * (a.value.value - first[1]) < 0:
        return Progress(r, a, required, ratio, "regressed")
    if ratio >= ON_TRACK:
        return Progress(r, a, required, ratio, "on_track")
    return Progress(r, a, required, ratio, "slightly_behind" if ratio >= BEHIND else "far_behind")


def _why_not(r: Record) -> str:
    """Why a target has no line to measure progress by."""
    v = r.target.value
    if v.op == "trend" and v.value is not None and r.unit == "%" and v.printed_unit != POINTS:
        return "relative_rate"
    if v.op in ("trend", "change", "growth") and v.value is not None:
        return "no_baseline"
    return "scope" if is_numeric(v) else "text"


def _direction(better: str, target: Decimal, base: Decimal | None) -> int:
    """+1 when higher is progress, -1 when lower is, 0 when it cannot be told."""
    if better in ("higher", "lower"):
        return 1 if better == "higher" else -1
    if base is None or target == base:
        return 0
    return 1 if target > base else -1


def _meets(a: Actual, target: Decimal, r: Record, sign: int) -> bool:
    """Whether an actual meets the target in its direction; a strict comparator (＞90, <50)
    is met only beyond its number."""
    assert a.value.value is not None
    gap = sign * (a.value.value - target)
    return gap > 0 if level_of(r).op in (">", "<") else gap >= 0


def _ratio(
    a: Actual, first: tuple[int, Decimal] | None, required: Decimal | None
) -> Decimal | None:
    if first is None or required is None or a.value.value is None or required == first[1]:
        return None
    return (a.value.value - first[1]) / (required - first[1])


def progress_of(plan: Plan, catalog: Catalog, everything: bool = False) -> list[Progress]:
    """The progress of each of the plan's targets that has an actual value (`everything`:
    of each target), in file order."""
    out = []
    for r in plan.records:
        m = catalog.get(r.metric)
        if m is not None and (everything or r.actuals):
            out.append(progress(r, m.better))
    return out
