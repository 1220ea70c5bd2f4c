"""What the readers of tables and prose find: a target as printed, before metric matching."""

from __future__ import annotations

from typing import NamedTuple


class FoundBaseline(NamedTuple):
    """A value the plan reports for its starting point."""

    raw: str
    year: int | None
    section: str | None = None
    """Where it is printed, when that is not where the target is."""
    inferred: bool = False
    """True when it was joined to the target by the indicator's name, not printed beside it."""
    year_inferred: bool = False


class FoundActual(NamedTuple):
    """A value the indicator reached in a year since its baseline, as the plan prints it
    (a mid-term plan's `2023年实际` column)."""

    raw: str
    year: int


BLOCK = 100_000
"""Found.order steps by this from one block (a paragraph, a table) to the next; the records
of one block count up within the step."""


class Found(NamedTuple):
    """One target of one indicator (and segment) as the document prints it."""

    name: str
    raw: str
    unit: str | None
    """The unit printed for the indicator (a table's `（%）`), or None."""
    year: int | None
    """The year the document gives the target, None when it gives none."""
    scope: str
    kind: str
    """`table` or `prose`."""
    section: str
    quote: str
    """The sentence or table row, exactly as printed."""
    segment: str | None = None
    attribute: str | None = None
    baseline: FoundBaseline | None = None
    category: str | None = None
    """A category the table or section names (学前教育), a hint for new metrics."""
    review: tuple[str, ...] = ()
    order: int = 0
    """Position in the document, to keep the draft in reading order."""
    also: tuple[str, ...] = ()
    """Other sections that print the same target."""
    comparator: str | None = None
    """The comparator a cell of its own prints before the value, as printed (a performance form's
    `指标性质` column: `≥ | 95 | %`), or the bound a list prints once after its last value for
    all of it (`分别控制在0.2%和0.6%以下`: ≤ for the 0.2%); None when the value carries its own."""
    actuals: tuple[FoundActual, ...] = ()
    """Values reached since the baseline, oldest first."""


WHOLE_BEFORE_PLACES = "此数在分地段落（{}）之前，应为总体之数，请核对"
"""The review note of a figure printed before a round-up's place lines: the whole's."""
OF_PLACE = "属“{}”一节，请核对"
"""The review note of a figure printed in one place's part of a round-up."""
_PLACE_NOTES = tuple(note.split("{")[0] for note in (WHOLE_BEFORE_PLACES, OF_PLACE))


def place_part(f: Found) -> str | None:
    """The note of the place part a figure was read in (build.py marks them), or None."""
    return next((r for r in f.review if r.startswith(_PLACE_NOTES)), None)
