"""Shard files: where worker processes write the rows of the plans they parse, for the
index being built to copy in with SQL.

Sending 660,000 record rows from the workers to the process writing the index, and
binding them there value by value, cost that one process as much CPU as parsing cost
each worker, on a machine of two cores. So each worker writes its plans' rows into a
SQLite file of its own, in the folder the index writer gives it, and sends back only the
plan's header and counts; at the end the index copies every shard in, in C.

A record's rowid is fixed by its plan's place among the files and its own place in the
plan (`rowid`), so rows written by different processes, in any order, land where a
single process would have put them.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from plancmp.store.index_levels import SCHEMA as LEVELS_SCHEMA
from plancmp.store.index_levels import insert_levels, placed
from plancmp.store.rows import RECORD_COLUMNS, STORED_COLUMNS, stored_row

STRIDE = 1 << 20
"""Rowids a plan may use: more records than a 5 MB plan file can hold."""
_Q = '"'
STORED = ", ".join(f"{_Q}{c}{_Q}" for c in STORED_COLUMNS)
RECORDS_TABLE = f"CREATE TABLE records (plan_pos INTEGER, plan_level TEXT, pos INTEGER, {STORED});"
"""The table of records, the same in a shard and in the index."""
_METRIC, _SCOPE = RECORD_COLUMNS.index("metric"), RECORD_COLUMNS.index("t_scope")
_KIND = RECORD_COLUMNS.index("s_kind")
_INSERT = (
    f"INSERT INTO records (rowid, plan_pos, plan_level, pos, {STORED}) "
    f"VALUES ({', '.join('?' * (len(STORED_COLUMNS) + 4))})"
)


class Stored(NamedTuple):
    """What the index needs of a plan whose rows a worker wrote into its shard."""

    pos: int
    """The plan's file's place among all files (from 1): with a record's own place, its rowid."""
    n_records: int
    n_table: int
    metrics: tuple[str, ...]
    """Each metric it sets (metrics_set)."""
    leveled: tuple[str, ...]
    """Those of them it sets at a level, not only as a total or a change."""


def stored(pos: int, rows: Sequence[Sequence[Any]]) -> Stored:
    """What the index needs of a plan at `pos` whose record rows are `rows`."""
    n_table = sum(1 for x in rows if x[_KIND] == "table")
    metrics = metrics_set(rows)
    leveled = tuple(m for m, at_level in metrics.items() if at_level)
    return Stored(pos, len(rows), n_table, tuple(metrics), leveled)


def metrics_set(rows: Sequence[Sequence[Any]]) -> dict[str, bool]:
    """A plan's metrics (from its record rows), each with whether one sets it at a level."""
    out: dict[str, bool] = {}
    for x in rows:
        out[x[_METRIC]] = out.get(x[_METRIC], False) or x[_SCOPE] == "level"
    return out


def rowid(plan_pos: int, i: int) -> int:
    """The rowid of record `i` (from 0) of the plan at `plan_pos`."""
    return plan_pos * STRIDE + i


def record_rows(
    plan_pos: int, level: str | None, rows: Sequence[Sequence[Any]]
) -> Iterable[tuple[Any, ...]]:
    """A plan's record rows (rows.RECORD_COLUMNS) as rows of the records table."""
    if len(rows) >= STRIDE:
        raise ValueError(f"a plan of {len(rows)} records is more than an index holds")
    first = rowid(plan_pos, 0)
    return ((first + i, plan_pos, level, i, *stored_row(x)) for i, x in enumerate(rows))


def insert_records(con: sqlite3.Connection, rows: Iterable[tuple[Any, ...]]) -> None:
    con.executemany(_INSERT, rows)


class ShardWriter:
    """One worker process's shard: opened on its first plan, committed after each batch."""

    def __init__(self, folder: Path):
        self.path = folder / f"shard-{os.getpid()}.sqlite"
        self.con = sqlite3.connect(self.path)
        # Read once by the index writer, then deleted: no journal, no waiting for the disk.
        self.con.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + RECORDS_TABLE + LEVELS_SCHEMA
        )

    def add(
        self,
        plan_pos: int,
        level: str | None,
        rows: Sequence[Sequence[Any]],
        levels: Iterable[tuple[Any, ...]],
    ) -> None:
        """A plan's record rows and its rows of the levels table (index_levels.plan_levels)."""
        insert_records(self.con, record_rows(plan_pos, level, rows))
        insert_levels(self.con, placed(levels, plan_pos, rowid(plan_pos, 0)))

    def commit(self) -> None:
        self.con.commit()


def shard_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("shard-*.sqlite"))


def copy_shards(con: sqlite3.Connection, folder: Path) -> None:
    """Every shard's records in `folder` copied into the index `con` is writing (their
    levels rows go by index_levels.sort_levels)."""
    for shard in shard_files(folder):
        con.execute("ATTACH DATABASE ? AS shard", (str(shard),))
        con.execute(
            f"INSERT INTO records (rowid, plan_pos, plan_level, pos, {STORED}) "
            f"SELECT rowid, plan_pos, plan_level, pos, {STORED} FROM shard.records"
        )
        con.commit()  # a database is detached outside a transaction
        con.execute("DETACH DATABASE shard")
