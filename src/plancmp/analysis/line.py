"""Pure: the straight line from a record's baseline to its target.

A five-year plan says where an indicator stands in its base year and where it must
stand in its target year; the straight line between the two is what the plan asks for
in every year between. Its slope is the target's pace (`compare --by pace`), its value
in a given year the target projected to that year (`compare --at`), and what an actual
value is measured against (`progress`).
"""

from __future__ import annotations

from decimal import Decimal

from plancmp.analysis.rank import level_of
from plancmp.levels import edge, is_numeric
from plancmp.model import POINTS, Record


def start(r: Record) -> tuple[int, Decimal] | None:
    """The line's start: the baseline's year and number, when the record has both."""
    b = r.baseline
    if b is None or b.year is None or b.value.value is None:
        return None
    return b.year, b.value.value


def end(r: Record, better: str) -> Decimal | None:
    """The number the line ends at in the target's year: a level target's number (a range's
    end that counts in the metric's direction, see rank.edge), the level a change implies
    from the baseline (提高5个百分点, 翻一番: rank.level_of), or the level a yearly change
    in the indicator's own unit implies (每年下降1个百分点以上). None for targets with no
    number to reach."""
    v = level_of(r)
    if r.target.scope == "level" and is_numeric(v):
        return edge(v, better)
    v = r.target.value
    first = start(r)
    if first is None or v.value is None or r.target.year <= first[0]:
        return None
    if v.op != "trend" or (r.unit == "%" and v.printed_unit != POINTS):
        return None  # 每年下降1%: points or relative? The document does not say.
    return first[1] + v.value * (r.target.year - first[0])


def pace(r: Record, better: str) -> Decimal | None:
    """The yearly change a level target asks for from its own baseline:
    (target − baseline) ÷ (target year − baseline year); None without a baseline."""
    first, v = start(r), level_of(r)
    if first is None or r.target.scope != "level" or not is_numeric(v):
        return None
    years = r.target.year - first[0]
    if years <= 0:
        return None
    return (edge(v, better) - first[1]) / years


def at(r: Record, year: int, better: str) -> Decimal | None:
    """The value the line reaches in `year` (beyond the target's year, the line extended);
    None without a baseline, or for a year before it."""
    first, last = start(r), end(r, better)
    if first is None or last is None or year < first[0]:
        return None
    years = r.target.year - first[0]
    if years <= 0:
        return None
    return first[1] + (last - first[1]) * (year - first[0]) / years
