"""Pure: one plan's target against a higher plan's (its city's work point or five-year
plan, its province's plan) for the same metric and segment.

Two comparisons, one per form the city uses: a level (the plan's line from
baseline to target is projected to the city's year) or a yearly change (the
plan's implied yearly change is set against it).
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from plancmp.analysis.rank import is_numeric
from plancmp.model import POINTS, Metric, Plan, Record

LEVEL_OPS = ("=", ">", ">=", "<", "<=")


class BelowCity(NamedTuple):
    city: Plan
    """The higher plan the finding comes from: a city's (work points or five-year plan),
    or a province's."""
    city_record: Record
    mine: Decimal
    """The plan's value at the city's year (projected when `projected`), or, against a
    yearly change, the plan's implied yearly change."""
    projected: bool
    per_year: bool
    """The city asks for a yearly change (逐年下降1个百分点以上)."""


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


def against_city(r: Record, c: Record, city: Plan, m: Metric) -> tuple[Decimal, BelowCity] | None:
    """(how far off, the facts) when the city asks for more than the plan; else None."""
    if c.target.value.op == "trend":
        return _against_yearly_change(r, c, city, m)
    return _against_level(r, c, city, m)


def _weaker(mine: Decimal, theirs: Decimal, m: Metric) -> bool:
    return mine > theirs if m.better == "lower" else mine < theirs


def _against_yearly_change(
    r: Record, c: Record, city: Plan, m: Metric
) -> tuple[Decimal, BelowCity] | None:
    cv = c.target.value
    if cv.value is None or cv.printed_unit == "%" or r.unit != c.unit:
        return None  # 每年下降1%: points or relative? The document does not say.
    if r.unit == "%" and cv.printed_unit != POINTS:
        return None  # a rate's yearly change is compared only when given in points
    b = r.baseline
    if b is None or b.year is None or b.value.value is None or not is_numeric(r.target.value):
        return None
    years = r.target.year - b.year
    assert r.target.value.value is not None
    if years <= 0:
        return None
    implied = (r.target.value.value - b.value.value) / years
    if not _weaker(implied, cv.value, m):
        return None
    return abs(implied - cv.value), BelowCity(city, c, implied, False, True)


def _against_level(r: Record, c: Record, city: Plan, m: Metric) -> tuple[Decimal, BelowCity] | None:
    cv = c.target.value
    if not (is_numeric(r.target.value) and cv.op in LEVEL_OPS and cv.value is not None):
        return None
    if r.unit != c.unit or r.target.scope != "level" or c.target.scope != "level":
        return None
    b = r.baseline
    if b is not None and b.year is not None and c.target.year < b.year:
        return None  # a later plan (十五五) says nothing of a year before its own baseline
    projected = project(r, c.target.year) if r.target.year != c.target.year else None
    mine = projected if projected is not None else r.target.value.value
    assert mine is not None
    if not _weaker(mine, cv.value, m):
        return None
    return abs(cv.value - mine), BelowCity(city, c, mine, projected is not None, False)
