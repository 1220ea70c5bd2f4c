"""The index's table of levels: each plan's standing numeric target in each group (see
base.Ask), with the numbers it counts by, so that where one number stands among
thousands of plans is a few counts over an index, not 150,000 targets read into Python.

The numbers are kept twice: as REAL, to count and order by, and as exact text, for
the few read back. REALs order the decimals they come from as the decimals order while
those differ within fifteen significant digits, and equal decimals give equal REALs.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from plancmp.levels import edge, level, standing_targets
from plancmp.model import Record, TargetRow
from plancmp.store.base import Ask, Standing, middle_ranks

COLUMNS = (
    "g INTEGER, metric TEXT, segment TEXT, unit TEXT, scope TEXT, year INTEGER, plan_level TEXT, "
    "plan_pos INTEGER, rec INTEGER, plan TEXT, op TEXT, lo REAL, hi REAL, lo_text TEXT, hi_text TEXT"
)
"""`g` is the group's key (group_key): rows are kept in its order, so a group's rows lie
together and are found by one integer, not five columns compared."""
SCHEMA = f"CREATE TABLE levels ({COLUMNS});"
"""Where the rows are gathered (a worker's shard, the index's temporary table): in the
order they come, the cheapest to add to."""
_FINISHED = f"CREATE TABLE levels ({COLUMNS}, PRIMARY KEY (g, rec)) WITHOUT ROWID;"
"""The index's table, stored in group order: written once, sorted by an integer (sorting by
the five columns and then indexing them cost 3 s of 10,000 plans' one-process finish)."""
_INSERT = f"INSERT INTO {{}} VALUES ({', '.join('?' * (COLUMNS.count(',') + 1))})"
_GROUP = (
    "r.g = ? AND r.metric = ? AND r.segment IS ? AND r.unit IS ? AND r.scope = ? AND r.year IS ?"
)
_KEYS: dict[tuple[Any, ...], int] = {}
"""Group keys already computed in this process (a dataset has hundreds of groups)."""


def group_key(group: tuple[Any, ...]) -> int:
    """A stable number for a group (metric, segment, unit, scope, year), the same in every
    process; two groups may share one, so a group is still matched by its columns too."""
    key = _KEYS.get(group)
    if key is None:
        if len(_KEYS) >= 20_000:  # bounded, however many groups a folder holds
            _KEYS.clear()
        key = _KEYS[group] = zlib.crc32("\x1f".join(map(str, group)).encode())
    return key


Row = tuple[Any, ...]
"""A row of the levels table (SCHEMA's columns, in order)."""


def create_levels(con: sqlite3.Connection) -> None:
    """The table the level rows are gathered in while an index is written (add_levels)."""
    con.executescript(SCHEMA.replace("TABLE levels", "TEMP TABLE new_levels"))


def add_levels(con: sqlite3.Connection, rows: Iterable[Row]) -> None:
    con.executemany(_INSERT.format("temp.new_levels"), rows)


def drop_plan_levels(con: sqlite3.Connection, plan_pos: int) -> None:
    con.execute("DELETE FROM temp.new_levels WHERE plan_pos = ?", (plan_pos,))


def insert_levels(con: sqlite3.Connection, rows: Iterable[Row]) -> None:
    """Rows into a shard's gathering table."""
    con.executemany(_INSERT.format("levels"), rows)


_ATTACHED = 8
"""Shards read at once: SQLite attaches at most ten databases (as Debian builds it)."""


def sort_levels(shards: Sequence[Path], out: Path) -> None:
    """The shards' levels rows written into `out`'s table of levels, in group order: run in
    a second thread while the index copies the records in (neither holds the GIL while
    SQLite works), so the finish's two longest steps share the two cores."""
    con = sqlite3.connect(out)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _FINISHED)
        for start in range(0, len(shards), _ATTACHED):
            part = shards[start : start + _ATTACHED]
            for i, shard in enumerate(part):
                con.execute(f"ATTACH DATABASE ? AS s{i}", (str(shard),))
            union = " UNION ALL ".join(f"SELECT * FROM s{i}.levels" for i in range(len(part)))
            con.execute(f"INSERT INTO levels {union} ORDER BY g, rec")
            con.commit()  # a database is detached outside a transaction
            for i in range(len(part)):
                con.execute(f"DETACH DATABASE s{i}")
    finally:
        con.close()


def finish_levels(
    con: sqlite3.Connection, presorted: Path | None, moves: Sequence[tuple[int, int, int]]
) -> None:
    """The index's table of levels: the shards' rows as sort_levels wrote them (appended,
    already in order), the rows gathered here, then each replacing plan's rows moved to the
    place of the plan it replaces, whose rows go (`moves`: new place, old place and the
    difference of their first rowids, in the order the plans were replaced)."""
    con.executescript(_FINISHED)
    if presorted is not None:
        con.execute("ATTACH DATABASE ? AS presorted", (str(presorted),))
        con.execute("INSERT INTO levels SELECT * FROM presorted.levels")
        con.commit()
        con.execute("DETACH DATABASE presorted")
    con.execute("INSERT INTO levels SELECT * FROM temp.new_levels ORDER BY g, rec")
    con.execute("DROP TABLE temp.new_levels")
    for new, old, shift in moves:
        con.execute("DELETE FROM levels WHERE plan_pos = ?", (old,))
        con.execute(
            "UPDATE levels SET rec = rec - ?, plan_pos = ? WHERE plan_pos = ?", (shift, old, new)
        )


def plan_levels(plan_level: str | None, records: Sequence[Record]) -> list[Row]:
    """A plan's standing target in each of its groups, with the numbers it counts by:
    computed where the plan is parsed, in a worker process when there are many. Each row
    has plan_pos 0 and, as `rec`, the record's number in its plan; `placed` gives them
    their place in the index."""
    found: list[TargetRow] = []
    number: dict[int, int] = {}
    for i, r in enumerate(records):
        value = r.target.value
        if value.op not in ("text", "trend") and value.value is not None:
            t = TargetRow.of(r)
            found.append(t)
            number[id(t)] = i
    out: list[Row] = []
    for t in standing_targets(found).values():
        v = level(t.value, t.base)
        low, high = edge(v, "higher"), edge(v, "lower")
        group = (t.metric, t.segment, t.unit, t.scope, t.year)
        at = (plan_level, 0, number[id(t)], t.plan, v.op)
        out.append((group_key(group), *group, *at, float(low), float(high), str(low), str(high)))
    return out


def placed(rows: Iterable[Row], plan_pos: int, first_rec: int) -> Iterator[Row]:
    """plan_levels' rows with the plan's place and each record's rowid in the index."""
    for x in rows:
        yield (*x[:7], plan_pos, first_rec + x[8], *x[9:])


def standing(
    con: sqlite3.Connection,
    ask: Ask,
    where: str,
    leave_out: str | None,
    target_at: Callable[[int], TargetRow],
) -> Standing:
    """base.Standing from the levels table; `where` a further condition on its rows
    (`r`), `target_at(rowid)` a record's target read whole."""
    end, exclusive = ("lo", ">") if ask.higher else ("hi", "<")
    beyond = ">" if ask.higher else "<"
    rows = f"FROM levels r WHERE {_GROUP} AND r.plan IS NOT ? {where}"
    group = (ask.metric, ask.segment, ask.unit, ask.scope, ask.year)
    args = (group_key(group), *group, leave_out)
    value = float(ask.value)
    further = f"(r.{end} {beyond} ? OR (r.{end} = ? AND r.op = '{exclusive}' AND NOT ?))"
    size, below, n_further = con.execute(
        f"SELECT COUNT(*), TOTAL(r.{end} < ?), TOTAL({further}) {rows}",
        (value, value, value, ask.exclusive, *args),
    ).fetchone()
    furthest = None
    if n_further:
        order = "DESC" if ask.higher else "ASC"
        (rec,) = con.execute(
            f"SELECT r.rec {rows} AND {further} "
            f"ORDER BY r.{end} {order}, r.op = '{exclusive}' DESC, r.plan_pos LIMIT 1",
            (*args, value, value, ask.exclusive),
        ).fetchone()
        furthest = target_at(rec)
    ranks = middle_ranks(size)
    middle = con.execute(
        f"SELECT r.{end}_text {rows} ORDER BY r.{end} LIMIT ? OFFSET ?",
        (*args, len(ranks), ranks.start),
    )
    numbers = tuple(Decimal(x) for (x,) in middle)
    return Standing(size, int(below), int(n_further), furthest, numbers, ranks.start)
