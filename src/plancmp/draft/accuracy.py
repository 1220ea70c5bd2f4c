"""How close a draft is to a hand-read list of targets: recall and precision.

A hand-read target is found when a drafted record has the same op, value, value_max,
target year and baseline (value and year, or both none); the two lists are paired one
to one, preferring the same segment and the most alike name. Names are not required to
agree: a reviewer fixes a name in seconds, a wrong number is what costs.
"""

from __future__ import annotations

from collections.abc import Sequence
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


def item_of(r: Record) -> Item:
    t, b = r.target, r.baseline
    key = Key(t.value.op, t.value.value, t.value.value_max, t.year,
              b.value.value if b else None, b.year if b else None)  # fmt: skip
    return Item(key, r.name, r.segment, r.source.kind, f"{r.name} {t.raw}")


def pair(expected: Sequence[Item], drafted: Sequence[Item]) -> dict[int, int]:
    """expected index → drafted index, one to one, for equal keys."""
    from plancmp.draft.suggest import similarity

    by_key: dict[Key, list[int]] = {}
    for j, d in enumerate(drafted):
        by_key.setdefault(d.key, []).append(j)
    out: dict[int, int] = {}
    used: set[int] = set()
    options = []
    for i, e in enumerate(expected):
        for j in by_key.get(e.key, []):
            rank = (e.segment == drafted[j].segment, similarity(e.name, drafted[j].name))
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


def score(expected: Sequence[Item], drafted: Sequence[Item], pairs: dict[int, int]) -> Score:
    """Recall counts tables and numeric prose targets (qualitative ones are not scored);
    precision counts every drafted record."""
    tables = [i for i, e in enumerate(expected) if e.kind == "table"]
    prose = [i for i, e in enumerate(expected) if e.kind != "table" and e.numeric]
    return Score(
        sum(i in pairs for i in tables),
        len(tables),
        sum(i in pairs for i in prose),
        len(prose),
        len(pairs),
        len(drafted),
    )
