"""Numbers for people and for JSON: no parsing here, so output paths stay light."""

from __future__ import annotations

from decimal import Decimal


def as_number(d: Decimal | None) -> int | float | None:
    """A Decimal as the plainest JSON number: 90, not 90.0 or "90"."""
    if d is None:
        return None
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def tidy(d: Decimal) -> Decimal:
    """61000.0 → 61000 and 0.250 → 0.25, so equal values also print alike."""
    return Decimal(int(d)) if d == d.to_integral_value() else d.normalize()


def fmt(d: Decimal | None) -> str:
    """A Decimal for display, without trailing zeros or exponents."""
    return "" if d is None else format(tidy(d), "f")


def amount(value: Decimal, unit: str | None) -> str:
    """A normalized number for people: 4325500000 元 → 43.255亿元, 61000 个 → 6.1万个."""
    if unit in (None, "%", "元/生"):
        return f"{fmt(value)}{unit or ''}"
    for factor, prefix in ((Decimal(100_000_000), "亿"), (Decimal(10_000), "万")):
        if abs(value) >= factor:
            return f"{fmt(value / factor)}{prefix}{unit}"
    return f"{fmt(value)}{unit}"
