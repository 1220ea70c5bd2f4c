"""How close a draft is to a hand-read list of targets: recall and precision.

A hand-read target is found when a drafted record has the same op, value, value_max,
target year and baseline (value and year, or both none); the two lists are paired one
to one, preferring the same segment and the most alike name. Names are not required to
agree: a reviewer fixes a name in seconds, a wrong number is what costs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import NamedTuple

from plancmp.model import Record


class Key(NamedTuple):
    op: str
    value: Decimal | None
    value_max: Decimal | None
    year: int
    base_value: Decimal | None
    base_year: int | None


class Item(NamedTuple):
    """One target to pair: its key and what helps choose between equal keys."""

    key: Key
    name: str
    segment: str | None
    kind: str
    """table or prose."""
    label: str
    """How to print it: name and raw."""

    @property
    def numeric(self) -> bool:
        return self.key.value is not None


PLACES = Decimal("0.0001")


def figure(value: Decimal | None) -> Decimal | None:
    """A value as compared: to four decimal places where it runs longer, since a ratio such
    as 4:6 is 0.6666… and a hand-read list writes it 0.6667."""
    if value is None or value == value.quantize(PLACES):
        return value
    return value.quantize(PLACES)


def item_of(r: Record) -> Item:
    """A curated or drafted record as an item to pair."""
    t, b = r.target, r.baseline
    key = Key(
        t.value.op,
        figure(t.value.value),
        figure(t.value.value_max),
        t.year,
        figure(b.value.value) if b else None,
        b.year if b else None,
    )
    return Item(key, r.name, r.segment, r.source.kind, f"{r.name} {t.raw}")


def same_key(e: Item, d: Item) -> bool:
    """The rule for the curated plans: op, value, value_max, year and baseline agree."""
    return e.key == d.key


def pair(
    expected: Sequence[Item], drafted: Sequence[Item], same: Callable[[Item, Item], bool] = same_key
) -> dict[int, int]:
    """expected index → drafted index, one to one, for items `same` accepts (equal keys)."""
    from plancmp.draft.suggest import similarity

    out: dict[int, int] = {}
    used: set[int] = set()
    options = []
    for i, e in enumerate(expected):
        for j, d in enumerate(drafted):
            if e.key.value == d.key.value and same(e, d):
                rank = (e.segment == d.segment, similarity(e.name, d.name))
                options.append((rank, i, j))
    for _, i, j in sorted(options, key=lambda o: o[0], reverse=True):
        if i not in out and j not in used:
            out[i] = j
            used.add(j)
    return out


class Score(NamedTuple):
    table_found: int
    table_total: int
    prose_found: int
    """Hand-read prose targets with a number that the draft found."""
    prose_total: int
    drafted_matched: int
    drafted_total: int

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def table_recall(self) -> float:
        return self.ratio(self.table_found, self.table_total)

    @property
    def prose_recall(self) -> float:
        return self.ratio(self.prose_found, self.prose_total)

    @property
    def recall(self) -> float:
        return self.ratio(self.table_found + self.prose_found, self.table_total + self.prose_total)

    @property
    def precision(self) -> float:
        return self.ratio(self.drafted_matched, self.drafted_total)


def score(
    expected: Sequence[Item],
    drafted: Sequence[Item],
    pairs: dict[int, int],
    optional: Sequence[bool] | None = None,
) -> Score:
    """Recall counts tables and numeric prose targets, leaving out the `optional` ones
    (qualitative targets a drafter need not find); precision counts every drafted record,
    one that matches an optional target as right."""
    skip = set(i for i, o in enumerate(optional or ()) if o)
    tables = [i for i, e in enumerate(expected) if e.kind == "table" and i not in skip]
    prose = [i for i, e in enumerate(expected) if e.kind != "table" and e.numeric and i not in skip]
    return Score(
        sum(i in pairs for i in tables),
        len(tables),
        sum(i in pairs for i in prose),
        len(prose),
        len(pairs),
        len(drafted),
    )
