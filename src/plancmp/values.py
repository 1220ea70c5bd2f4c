"""Printed value → normalized target: the public face of the value grammar.

`parse` reads a printed value (`＞90`, `90%以上`, `6.1万个`, `二十所`,
`提高5个百分点`); the grammar itself is in grammar.py, numerals.py and
phrases.py, the units in data/units.yaml. They are loaded at the first parse,
so a command that parses nothing (a warm `compare`) does not pay for them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal, localcontext
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from plancmp.i18n import N_, _
from plancmp.model import Value

if TYPE_CHECKING:
    from plancmp.units import Factor


class ValueParseError(ValueError):
    """A printed value plancmp cannot read; the message says why and how to fix it.

    `message` is an English template (marked N_) for `fields`: the exception's text is
    put in the user's language when it is shown, so the drafter, which raises and
    catches many, never opens the catalog."""

    def __init__(self, message: str, **fields: object) -> None:
        super().__init__(message.format(**fields) if fields else message)
        self.template, self.fields = message, fields

    def __str__(self) -> str:
        words = _(self.template)
        return words.format(**self.fields) if self.fields else words


def __getattr__(name: str) -> Any:
    """UNITS (printed unit → base unit, factor) and MULTIPLIERS, read from
    data/units.yaml when first asked for; the comparator words PREFIXES, SUFFIXES."""
    if name in ("UNITS", "MULTIPLIERS"):
        from plancmp import units

        table = units.table()
        return table.units if name == "UNITS" else table.multipliers
    if name in ("PREFIXES", "SUFFIXES"):
        from plancmp import phrases

        return getattr(phrases, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_SPACE = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")
_BOUND_WORDS = ("及以上", "以上", "以内", "以下", "之内", "内")
"""phrases.SUFFIXES, longest first, kept here so that showing a value loads no grammar
(a test holds the two equal): the unit goes before them, `99以上` in a `%` row → `99%以上`."""


def clean(raw: str) -> str:
    """NFKC (full-width → half-width) and no white space, so ＞90 reads as >90."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", raw))


@lru_cache(maxsize=1024)
def unit_of(printed: str | None) -> tuple[str | None, Factor]:
    """The base unit and factor of a printed unit; raises for an unknown unit."""
    if printed is None or printed == "":
        return None, 1
    from plancmp.grammar import unit_in_table

    return unit_in_table(printed)


_read: Callable[[str, str | None], Value] | None = None


@lru_cache(maxsize=65536)
def parse(raw: str, unit: str | None = None) -> Value:
    """Parse one printed value (`＞90`, `90%以上`, `6.1万个`, `二十所`, `提高5个百分点`).

    `unit` is the unit printed for the indicator (a table's `（万人）`); it
    applies when the value carries no unit of its own.
    """
    global _read
    if _read is None:
        from plancmp.grammar import read

        _read = read
    return _read(raw, unit)


def compared(raw: str, comparator: str, unit: str | None = None) -> Value:
    """`raw` read with the comparator printed apart from it (data/README.md, `comparator`).

    A bound (phrases.CELLS: `≥ | 735 | 人次`, `分别达到95%、90%以上`) gives a bare number its
    op. A verb of change printed once before a list (`分别增长7%和8%左右`: `增长` for the
    8%) makes each value the change it would be printed beside it (`增长8%左右`). Raises
    ValueParseError when `comparator` is neither, or `raw` states its own."""
    from plancmp.phrases import CELLS, CHANGE_VERBS

    parsed, word = parse(raw, unit), comparator.strip()
    if word in CELLS and parsed.op == "=":
        return parsed._replace(op=CELLS[word])
    if word in CHANGE_VERBS and parsed.op in ("=", ">=", "<="):
        changed = parse(word + raw, unit)
        if changed.op in ("change", "growth"):
            return changed
    raise ValueParseError(
        N_("{raw!r} does not take the comparator {comparator!r}"),
        raw=raw,
        comparator=comparator,
    )


def same_number(stored: Decimal, parsed: Decimal | None) -> bool:
    """A stored `value` matches the parsed one exactly, or at units.PRECISION (4 decimal
    places: 33.3333 for 三分之一)."""
    from plancmp.units import PRECISION

    if parsed is None:
        return False
    with localcontext() as ctx:
        ctx.prec = 80
        return stored == parsed or stored.quantize(PRECISION) == parsed.quantize(PRECISION)


def with_unit(raw: str, printed_unit: str | None, value_unit: str | None) -> str:
    """A printed value with the indicator's unit where only the row's heading printed it:
    a table cell `96.5` in a `（%）` row reads `96.5%`; `90%以上`, `6.1万个` and `通过` stay
    as they are. `value_unit` is the unit the value was read in (Value.printed_unit): the
    indicator's when the value printed none of its own. Read without parsing, so that a
    matrix of 660,000 targets, or an index storing them, pays a few comparisons each."""
    if not printed_unit or value_unit != printed_unit or printed_unit in ("—", "-"):
        return raw
    if printed_unit in raw or not _DIGIT.search(raw):
        return raw
    for word in _BOUND_WORDS:
        if raw.endswith(word):  # `99 以上` → `99%以上`, not `99 以上%`
            return f"{raw[: -len(word)].rstrip()}{printed_unit}{word}"
    return f"{raw}{printed_unit}"
