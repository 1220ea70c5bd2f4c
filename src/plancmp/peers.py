"""Groups of plans, and the plans a comparison is made among (`--peers`).

Value objects like those of model.py, kept in a module of their own: every command
imports model.py at start-up, and only the commands that compare need these (defining
a NamedTuple costs about a million instructions).
"""

from __future__ import annotations

from typing import NamedTuple


class Group(NamedTuple):
    """Plans a user compares with one another, named: from a groups file, or derived from
    the plans themselves (every plan, every plan of a tier, the plans of one city)."""

    id: str
    name: str
    members: tuple[str, ...]
    """Plan ids, in the order the group lists them."""
    note: str | None = None
    kind: str = "file"
    """file (a groups file); all, tier or city (derived from the plans)."""
    names: tuple[str, ...] = ()
    """Other names a user may type (derived groups)."""
    path: str | None = None
    line: int | None = None


class Peers(NamedTuple):
    """The plans a comparison is made among, and how they were named (`--peers`)."""

    plans: tuple[str, ...]
    """Plan ids, each once, in the order named; a group's members in the group's order."""
    groups: tuple[Group, ...] = ()
    """The groups named (their members are in `plans`)."""
    named: tuple[str, ...] = ()
    """The plan ids named one by one."""
