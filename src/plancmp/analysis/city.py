"""Pure: one plan's target held against a higher plan's for the same metric: its city's
work point or five-year plan, or its province's plan (frame.higher_plans).

Every pair the city and the plan share ends in one of two answers: compared (with
the numbers, and whether the plan asks less), or not compared, with a code that
says why (output/words.py says it in words). The forms:

- a level against a level: each by what it guarantees (a range's low end when
  higher is better, its high end when lower is better); the plan's line from
  baseline to target is projected to the city's year where it has a baseline;
- a yearly change against a yearly change: the plan's own rate, or the one its
  baseline and target imply, against the city's rate (a rate of a percentage only
  in points: 每年下降1% may be relative);
- a yearly direction without a rate (逐年只增不减): the plan's change must go that way.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from plancmp.analysis.rank import ambition, level_of
from plancmp.levels import edge, is_numeric, unit_key
from plancmp.model import POINTS, Metric, Plan, Record, Value

INTENSIVE_UNITS = (None, "%", "元/生", "年", "小时", "岁", "分钟")
"""Units of rates, ratios, indices and per-student amounts: comparable between a small
district and a large one, or with a city. Absolute counts and sums (所, 人, 元) are not."""

NOT_COMPARED = (
    "neutral",
    "segment",
    "text",
    "unit",
    "scope",
    "city_total",
    "plan_trend",
    "no_baseline",
    "change_no_baseline",
    "no_rate",
    "points_or_percent",
    "rate_basis",
    "before_baseline",
)
"""Why a shared pair is not compared (words.CITY_WHY_ZH says each):
neutral — a size with no better direction; segment — the city sets another segment;
text — one side has no number; unit — different units; scope — a level against a
total over the period, or a yearly amount against a level; city_total — a city's
yearly or period count is the whole city's, not one district's; plan_trend — the city
sets a level, the plan only a yearly change; no_baseline — the city sets a yearly
change, the plan a level with no baseline to imply its own; change_no_baseline — the
plan's target is a change (提高5个百分点) with no baseline to reckon its level from; no_rate — the city sets a
yearly rate, the plan only a direction; points_or_percent — a yearly change of a
percentage given in % (relative, or points? the document does not say); rate_basis —
one yearly rate is relative (年均增长5%), the other an amount; before_baseline — the city's
year is before the plan's baseline (a 十五五 plan against 2023 work points)."""


class CityCheck(NamedTuple):
    """A plan's target held against its city's: the numbers compared and how."""

    city: Plan
    """The higher plan (a city's, or a province's)."""
    city_record: Record
    form: str
    """level (the targets themselves), projected (the plan's line at the city's year),
    per_year (yearly changes), or direction (the city gives a direction only)."""
    mine: Decimal | None
    """The plan's number: its guaranteed value, its projection, or its yearly change;
    None when the plan gives a direction only."""
    theirs: Decimal | None
    """The city's number: its guaranteed value or its yearly rate; None for a direction."""
    mine_end: str | None = None
    """low or high: the end of the plan's range that was compared."""
    theirs_end: str | None = None
    """low or high: the end of the city's range that was compared."""
    basis: str | None = None
    """For yearly changes, what the numbers count: points, relative (%) or absolute."""


class CityUnchecked(NamedTuple):
    """A pair the city and the plan share that is not compared, and why (NOT_COMPARED)."""

    city: Plan
    city_record: Record
    code: str


Outcome = tuple["CityCheck | CityUnchecked", bool, Decimal]
"""The answer for one pair: the facts; whether the plan asks less; how far its number is
from the city's, in the metric's unit (a plain tuple: a NamedTuple costs every start)."""
NONE = Decimal(0)


def _unchecked(city: Plan, c: Record, code: str) -> Outcome:
    return CityUnchecked(city, c, code), False, NONE


def project(r: Record, year: int, end: Decimal | None = None) -> Decimal | None:
    """The plan's value at `year` on a straight line from its baseline to its target
    (to `end`, the end of a range it guarantees, when given)."""
    b = r.baseline
    end = r.target.value.value if end is None else end
    if b is None or b.year is None or b.value.value is None or end is None:
        return None
    span = r.target.year - b.year
    if span <= 0:
        return None
    start = b.value.value
    return start + (end - start) * Decimal(year - b.year) / Decimal(span)


def hold(r: Record, c: Record, city: Plan, m: Metric) -> Outcome:
    """The plan's record `r` held against the city's record `c` of the same metric."""
    code = _precondition(r, c, m)
    if code is not None:
        return _unchecked(city, c, code)
    if c.target.value.op == "trend":
        return _against_change(r, c, city, m)
    return _against_level(r, c, city, m)


def _precondition(r: Record, c: Record, m: Metric) -> str | None:
    """The reason a pair cannot be compared whatever its form, or None."""
    rv, cv = r.target.value, c.target.value
    if m.better == "neutral":
        return "neutral"
    if r.segment != c.segment:
        return "segment"
    if rv.op == "text" or cv.op == "text":
        return "text"
    if unit_key(r.unit) != unit_key(c.unit):
        return "unit"
    relative = cv.op == "trend" and _basis(cv, c.unit) == "relative"  # 年均增长5%
    if c.unit not in INTENSIVE_UNITS and c.target.scope != "level" and not relative:
        return "city_total"
    return None


def _end(v: Value, better: str) -> str | None:
    """Which end of a range `edge` takes, or None for a single value."""
    if v.op != "range":
        return None
    return "high" if better == "lower" else "low"


def _weaker(mine: Decimal, theirs: Decimal, better: str) -> bool:
    return mine > theirs if better == "lower" else mine < theirs


def _against_level(r: Record, c: Record, city: Plan, m: Metric) -> Outcome:
    rv, cv = level_of(r), c.target.value  # a change target: the level it implies
    if rv.op == "trend":
        return _unchecked(city, c, "plan_trend")
    if r.target.scope != c.target.scope:
        return _unchecked(city, c, "scope")
    if not is_numeric(rv):  # a change without a baseline to reckon its level from
        return _unchecked(city, c, "change_no_baseline")
    assert is_numeric(cv)
    b = r.baseline
    if b is not None and b.year is not None and c.target.year < b.year:
        return _unchecked(city, c, "before_baseline")
    mine, theirs = edge(rv, m.better), edge(cv, m.better)
    ends = (_end(rv, m.better), _end(cv, m.better))
    if r.target.year != c.target.year and (at := project(r, c.target.year, mine)) is not None:
        weaker = _weaker(at, theirs, m.better)
        return CityCheck(city, c, "projected", at, theirs, *ends), weaker, abs(theirs - at)
    weaker = ambition(rv, m.better) < ambition(cv, m.better)
    return CityCheck(city, c, "level", mine, theirs, *ends), weaker, abs(theirs - mine)


def _basis(v: Value, unit: str | None) -> str:
    """What a yearly rate counts: `points` (个百分点 of a percentage), `relative` (% of a
    count or sum: 年均增长5%), `absolute` (in the unit: 每年增加100元/生), or `unclear`
    (每年下降1% of a percentage: relative or points, the document does not say)."""
    if unit == "%":
        return "points" if v.printed_unit == POINTS else "unclear"
    return "relative" if v.printed_unit == "%" else "absolute"


def _against_change(r: Record, c: Record, city: Plan, m: Metric) -> Outcome:
    """The city asks for a yearly change (逐年下降1个百分点以上) or direction (逐年只增不减)."""
    cv = c.target.value
    basis = _basis(cv, c.unit) if cv.value is not None else None
    if basis == "unclear":
        return _unchecked(city, c, "points_or_percent")
    rate, direction, mine, code = _yearly_change(r, basis, m.better)
    if code is not None:
        return _unchecked(city, c, code)
    if cv.value is None:  # a direction only: the plan's change must not go the other way
        weaker = direction is not None and direction != cv.direction
        return CityCheck(city, c, "direction", rate, None, basis=mine), weaker, NONE
    if rate is None:
        return _unchecked(city, c, "no_rate")
    weaker = _weaker(rate, cv.value, m.better)
    facts = CityCheck(city, c, "per_year", rate, cv.value, basis=mine)
    return facts, weaker, abs(rate - cv.value)


Change = tuple[Decimal | None, str | None, str | None, str | None]
"""A plan's yearly change: (rate, direction, basis, code) — a rate with its direction
and what it counts (see _basis), a direction only, or only the code (NOT_COMPARED) of
why it has none the city's can be set against."""


def _yearly_change(r: Record, basis: str | None, better: str) -> Change:
    """The plan's yearly change, counted as the city's rate is (`basis`; None when the
    city gives a direction only): its own rate, else what its baseline and target imply."""
    v = r.target.value
    if v.op == "trend":
        mine = _basis(v, r.unit)
        if v.value is None or basis is None:
            return v.value, v.direction, mine if v.value is not None else None, None
        if mine == "unclear":
            return None, None, None, "points_or_percent"
        if mine != basis:
            return None, None, None, "rate_basis"
        return v.value, _sign(v.value), mine, None
    if r.target.scope != "level":
        return None, None, None, "scope"
    b = r.baseline
    if b is None or b.year is None or b.value.value is None or r.target.year <= b.year:
        return None, None, None, "no_baseline"
    start, end, years = b.value.value, edge(level_of(r), better), r.target.year - b.year
    if basis == "relative":
        if start <= 0 or end <= 0:
            return None, None, None, "no_baseline"
        rate = ((end / start) ** (Decimal(1) / years) - 1) * 100
        return rate, _sign(rate), "relative", None
    rate = (end - start) / years
    return rate, _sign(rate), "points" if r.unit == "%" else "absolute", None


def _sign(d: Decimal) -> str | None:
    return "up" if d > 0 else "down" if d < 0 else None
