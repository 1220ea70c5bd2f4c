"""The unit a table prints for an indicator: a unit column, or `（%）` in the name."""

from __future__ import annotations

import re

from plancmp.draft.text import fold
from plancmp.values import ValueParseError, parse, unit_of

DASHES = ("—", "-", "/", "－", "——")
"""What a table prints in a cell for nothing: no value, no unit."""
_BRACKETED = re.compile(r"[(（]([^()（）]{1,8})[)）]")


def known_unit(text: str | None) -> str | None:
    """`text` if plancmp knows it as a unit (`%`, `万人`, `元/生`), else None."""
    if not text:
        return None
    word = fold(text).strip()
    if word in DASHES:
        return None
    try:
        unit_of(word)
    except ValueParseError:
        return None
    return word


def unit_in_name(name: str) -> str | None:
    """The last bracketed unit of a name: `幼儿园在园人数(万人)` → 万人."""
    for inner in reversed(_BRACKETED.findall(name)):
        unit = known_unit(inner)
        if unit:
            return unit
    return None


def parses(raw: str, unit: str | None) -> bool:
    """Whether `values.parse` reads `raw` in `unit` as a number, range, trend or word."""
    try:
        parse(raw, unit)
    except ValueParseError:
        return False
    return True


def numeric(raw: str, unit: str | None = None) -> bool:
    """Whether `raw` reads as a value with a number (a baseline must have one)."""
    try:
        return parse(raw, unit).value is not None
    except ValueParseError:
        return False
