"""What the rest of plancmp may ask of the data, whichever backend holds it.

Two backends answer it: `memory.MemoryStore` (files parsed in this process) and
`index.IndexStore` (the on-disk index, read lazily). They give the same answers;
tests run the same queries against both. Nothing here knows of an analysis:
the questions are about plans, records and metrics only.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple, Protocol

from plancmp.metrics import Catalog
from plancmp.model import Cell, Plan, Problem, Record, TargetRow

if TYPE_CHECKING:
    from plancmp.peers import Group


class InvalidData(Exception):
    """One or more data files are invalid; `problems` lists them all."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class Setters(NamedTuple):
    """Who sets one metric."""

    total: int
    """How many plans set it."""
    first: tuple[str, ...]
    """The ids of the first of them, in load order (as many as asked for)."""
    at_level: int = 0
    """How many of them set it with a target of scope `level` (a state to reach), not
    only as an amount per year or over the period."""


class Ask(NamedTuple):
    """A number to place among the plans' numeric targets of one group: the same metric,
    segment, unit, scope and year. Each plan counts once, by the target that stands for
    it (levels.preferred); a change target by the level it implies (levels.level)."""

    metric: str
    segment: str | None
    unit: str | None
    scope: str
    year: int
    value: Decimal
    higher: bool = True
    """Whether further means higher. A range counts by the end it commits to
    (levels.edge): its low end when further is higher, its high end when lower."""
    exclusive: bool = False
    """Whether `value` is an exclusive bound (`>` when further is higher, `<` when lower):
    at the same number an exclusive target goes further than an inclusive one."""


class Standing(NamedTuple):
    """Where an Ask's number stands in its group: what ranking it needs, answered
    without reading every target of thousands of plans."""

    size: int
    """How many plans have a target in the group."""
    below: int
    """How many of those numbers are below the value."""
    further: int
    """How many of the plans go further than the value."""
    furthest: TargetRow | None
    """The target that goes furthest (of equals, the first plan's), if any goes further."""
    middle: tuple[Decimal, ...] = ()
    """The group's numbers in ascending order, from rank `middle_from` (0 the lowest): the
    few around the middle that a median of the group with the value added needs."""
    middle_from: int = 0


def middle_ranks(size: int) -> range:
    """The ranks of Standing.middle: a median of `size` numbers and one more is taken
    from the numbers at these ranks and the one added."""
    return range(max(0, (size + 1) // 2 - 2), min(size, (size + 1) // 2 + 1))


class Store(Protocol):
    catalog: Catalog
    notes: tuple[str, ...]
    """Things the user should know (a built-in plan replaced), for stderr."""

    def headers(self) -> list[Plan]:
        """Every plan's identity, without records, built-in plans first."""
        ...

    def records_of(self, plan_id: str) -> tuple[Record, ...]:
        """One plan's records, in file order."""
        ...

    def records_for(self, metric_id: str) -> list[Record]:
        """Every plan's records for one metric, in plan order."""
        ...

    def metrics_of(self, plan_id: str) -> frozenset[str]: ...

    def counts(self, plan_id: str) -> tuple[int, int]:
        """(records, of which from an indicator table)."""
        ...

    def setters(
        self,
        among: Collection[str] | None = None,
        first: int = 0,
        *,
        levels: Collection[str] | None = None,
    ) -> dict[str, Setters]:
        """For every metric that a plan `among` (default: all) of one of `levels` (default:
        any) sets: how many do, and the ids of the first `first` of them."""
        ...

    def standings(
        self,
        asks: Sequence[Ask],
        among: Collection[str] | None = None,
        *,
        levels: Collection[str] | None = None,
        leave_out: str | None = None,
    ) -> list[Standing]:
        """Where each Ask's number stands among the plans `among` (default: all) of one of
        `levels` (default: any), `leave_out` left out."""
        ...

    def cells(self) -> Iterator[Cell]:
        """Every record as `matrix` shows it: plans in any order, each one's records in
        file order."""
        ...

    def groups(self) -> list[Group]:
        """The groups of the groups files, built-in first (a user's replacing one of the
        same id in its place)."""
        ...
