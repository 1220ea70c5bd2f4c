"""Where a number stands among the targets of a group (base.Ask, base.Standing), reckoned
from targets in memory: the in-memory store's answer, and the rule the index's SQL
answer is held to (the tests ask both stores the same questions)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from plancmp.levels import TargetGroup, edge, level
from plancmp.model import TargetRow
from plancmp.store.base import Ask, Standing, middle_ranks


def group_asked(ask: Ask) -> TargetGroup:
    return (ask.metric, ask.segment, ask.unit, ask.scope, ask.year)


def number(t: TargetRow, higher: bool) -> Decimal:
    """The number a target counts by: the end of a range it commits to (levels.edge)."""
    return edge(level(t.value, t.base), "higher" if higher else "lower")


def exclusive(t: TargetRow, higher: bool) -> bool:
    return level(t.value, t.base).op == (">" if higher else "<")


def stand(ask: Ask, targets: Sequence[TargetRow]) -> Standing:
    """`targets`: each plan's standing target in the ask's group, in plan order."""
    sign = 1 if ask.higher else -1

    def reach(t: TargetRow) -> tuple[Decimal, bool]:
        return sign * number(t, ask.higher), exclusive(t, ask.higher)

    mine = (sign * ask.value, ask.exclusive)
    further = [t for t in targets if reach(t) > mine]
    numbers = sorted(number(t, ask.higher) for t in targets)
    ranks = middle_ranks(len(numbers))
    return Standing(
        len(numbers),
        sum(1 for n in numbers if n < ask.value),
        len(further),
        max(further, key=reach) if further else None,  # max keeps the first of equals
        tuple(numbers[r] for r in ranks),
        ranks.start,
    )
