"""Decimal helpers every layer shares: normal form, plain text, JSON number. No words here."""

from __future__ import annotations

from decimal import Decimal

MAX_DIGITS = 30
"""Digits a number in plancmp may have, and the powers of ten it may reach either way: no
plan needs more, and far longer ones are a mistake (or an attempt to make the tool spend
its time on arithmetic, or to break the printing of an integer past 4,300 digits)."""


def sensible(d: Decimal) -> bool:
    """Finite, at most MAX_DIGITS significant digits, and between 10^-30 and 10^30."""
    return (
        d.is_finite()
        and len(d.as_tuple().digits) <= MAX_DIGITS
        and -MAX_DIGITS <= d.adjusted() <= MAX_DIGITS
    )


def tidy(d: Decimal) -> Decimal:
    """61000.0 → 61000 and 0.250 → 0.25, so equal values also print alike."""
    return Decimal(int(d)) if d == d.to_integral_value() else d.normalize()


def fmt(d: Decimal | None) -> str:
    """A Decimal as plain text, without trailing zeros or exponents; '' for None."""
    return "" if d is None else format(tidy(d), "f")


def as_number(d: Decimal | None) -> int | float | None:
    """A Decimal as the plainest JSON number: 90, not 90.0 or "90"."""
    if d is None:
        return None
    if d == d.to_integral_value():
        return int(d)
    return float(d)
