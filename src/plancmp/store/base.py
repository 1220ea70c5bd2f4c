"""What the rest of plancmp may ask of the data, whichever backend holds it.

Two backends answer it: `memory.MemoryStore` (files parsed in this process) and
`index.IndexStore` (the on-disk index, read lazily). They give the same answers;
tests run the same queries against both. Nothing here knows of an analysis:
the questions are about plans, records and metrics only.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
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

    def targets_for(
        self,
        metric_ids: Collection[str],
        among: Collection[str] | None = None,
        *,
        levels: Collection[str] | None = None,
        numeric: bool = False,
    ) -> list[TargetRow]:
        """The targets of these metrics, of the plans `among` (default: all) of one of
        `levels` (default: any), in plan order; with `numeric`, only those with a number."""
        ...

    def cells(self) -> Iterator[Cell]:
        """Every record as `matrix` shows it: plans in any order, each one's records in
        file order."""
        ...

    def groups(self) -> list[Group]:
        """The groups of the groups files, built-in first (a user's replacing one of the
        same id in its place)."""
        ...
