"""What a command shows: a titled grid of text, and the same rows as JSON records."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, NamedTuple, overload

Number = int | float
"""A number as JSON and spreadsheets hold it (decimals.as_number: 90, never 90.0)."""


class Table(NamedTuple):
    """Every table output goes through this: the views build it, a format renders it."""

    columns: Sequence[str]
    rows: Sequence[Sequence[str]]
    records: Sequence[dict[str, Any]] = ()
    """The same rows for scripts (JSON), with numbers as numbers."""
    title: str | None = None
    notes: Sequence[str] = ()
    """Lines shown under a terminal table (not in machine formats)."""
    numbers: Sequence[Sequence[Number | None]] = ()
    """The number each cell stands for, where it stands for one: the same shape as `rows`,
    or empty when no cell does. Text formats ignore it; a spreadsheet writes these cells
    as numbers (sheet.py)."""


class Lazy(Sequence[dict[str, Any]]):
    """Records made when a format reads them: a wide table's JSON (matrix over thousands
    of plans) costs nothing when the output is CSV or a terminal table."""

    def __init__(self, n: int, make: Callable[[int], dict[str, Any]]):
        self._n, self._make = n, make

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, i: int) -> dict[str, Any]: ...
    @overload
    def __getitem__(self, i: slice) -> list[dict[str, Any]]: ...
    def __getitem__(self, i: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(i, slice):
            return [self._make(j) for j in range(*i.indices(self._n))]
        if not -self._n <= i < self._n:
            raise IndexError(i)
        return self._make(i % self._n)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (self._make(i) for i in range(self._n))
