"""Two ruled tables printed one right under the other share a border, and pdfplumber's
table finder reads them as one table whose columns are the union of both. Each table's
rows keep to their own vertical rules: where the rules of the rows below are not those
of the rows above, nor the rules above those below (a merged cell only drops rules, a
sub-header only adds them), a second table begins there, and each part is found again
on its own.
"""

from __future__ import annotations

from typing import Any

_NEAR = 2.0
"""Points within which two vertical rules are the same rule."""
_PAD = 1.0
"""A border's own width: the shared border belongs to both parts."""


def split_stacked(page: Any, tables: list[Any]) -> list[Any]:
    """The tables found on `page`, each table stacked on another found apart."""
    out: list[Any] = []
    for table in tables:
        out.extend(_parts(page, table, depth=0))
    return out


def _parts(page: Any, table: Any, depth: int) -> list[Any]:
    at = _stacked_at(table)
    if at is None or depth > 8:
        return [table]
    x0, top, x1, bottom = table.bbox
    cut = table.rows[at].bbox[1]
    parts: list[Any] = []
    for box in (
        (x0 - _PAD, top - _PAD, x1 + _PAD, cut + _PAD),
        (x0 - _PAD, cut - _PAD, x1 + _PAD, bottom + _PAD),
    ):
        found = page.crop(_within(box, page.bbox)).find_tables()
        if len(found) != 1:
            return [table]  # not two plain tables after all: keep what was found
        parts.append(found[0])
    return _parts(page, parts[0], depth + 1) + _parts(page, parts[1], depth + 1)


def _within(box: tuple[float, ...], page: tuple[float, ...]) -> tuple[float, ...]:
    return (max(box[0], page[0]), max(box[1], page[1]), min(box[2], page[2]), min(box[3], page[3]))


def _stacked_at(table: Any) -> int | None:
    """The first row of a second table stacked under the first, or None."""
    rules = [_rules(row) for row in table.rows]
    for r in range(1, len(rules)):
        above = set().union(*rules[:r])
        below = set().union(*rules[r:])
        if not _covers(above, below) and not _covers(below, above):
            return r
    return None


def _rules(row: Any) -> set[float]:
    return {x for cell in row.cells if cell is not None for x in (cell[0], cell[2])}


def _covers(rules: set[float], others: set[float]) -> bool:
    return all(any(abs(x - y) <= _NEAR for y in rules) for x in others)
