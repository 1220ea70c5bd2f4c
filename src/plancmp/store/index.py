"""The on-disk index: a checked dataset kept as one SQLite file, read lazily.

Parsing thousands of YAML files takes seconds; once they have been read and
checked, the index answers a command by reading only what it asks for (one
metric's records, one plan's, a count per metric). A file is written once,
under a temporary name, and moved into place whole, so a reader never sees
half an index; it is then only ever read (`immutable`), so no locks are needed.
SQLite ships with Python and loading it runs no code from the file.

A damaged index is never worse than none. A finished index is sealed: its
modification time is set to one computed from its key and size (`seal`), and
any later write to the file, by anything, changes that time. So one `lstat`
tells a changed, truncated or replaced index (or a folder, a pipe, a link in its
place) before a byte of it is trusted; and any error reading an index that looks
whole still throws it away, rebuilds it from the data files and answers from
the new one.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import zlib
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from json import JSONDecodeError
from pathlib import Path
from time import time_ns
from typing import TYPE_CHECKING, Any, TypeVar

from plancmp.metrics import Catalog
from plancmp.model import Cell, Plan, Record, TargetRow
from plancmp.store.base import Ask, Setters, Standing, Store
from plancmp.store.index_levels import (
    add_levels,
    create_levels,
    drop_plan_levels,
    finish_levels,
    placed,
    plan_levels,
    sort_levels,
    standing,
)
from plancmp.store.rows import (
    GROUP_COLUMNS,
    METRIC_COLUMNS,
    PLAN_COLUMNS,
    STANDARD_COLUMNS,
    group_row,
    metric_row,
    plan_row,
    record_row,
    row_group,
    row_metric,
    row_plan,
    row_standard,
    standard_row,
    stored_record,
    stored_target,
)
from plancmp.store.shards import (
    RECORDS_TABLE,
    STRIDE,
    Stored,
    copy_shards,
    insert_records,
    record_rows,
    rowid,
    shard_files,
    stored,
)

if TYPE_CHECKING:
    from plancmp.peers import Group
    from plancmp.store.parse import Parsed

FORMAT = 24
"""Bump when the tables below change; an index of another format is rebuilt."""
T = TypeVar("T")
BATCH = 20_000
"""Record rows written at a time while an index is built."""
DAMAGE = (
    sqlite3.Error,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    ArithmeticError,
    JSONDecodeError,
    OSError,
)
"""What reading a damaged index can raise (a truncated file, text where a number was)."""

_Q = '"'  # column names are quoted: some (`unit`, `line`) are SQL words
_PLANS = ", ".join(f"{_Q}{c}{_Q}" for c in PLAN_COLUMNS)
_SCHEMA = f"""
CREATE TABLE meta (key TEXT, format INTEGER);
CREATE TABLE plans (pos INTEGER PRIMARY KEY, n_records INTEGER, n_table INTEGER, {_PLANS});
{RECORDS_TABLE}
CREATE TABLE metrics (pos INTEGER PRIMARY KEY, {", ".join(f"{_Q}{c}{_Q}" for c in METRIC_COLUMNS)});
CREATE TABLE standards ({", ".join(f"{_Q}{c}{_Q}" for c in STANDARD_COLUMNS)});
CREATE TABLE notes (pos INTEGER PRIMARY KEY, text TEXT);
CREATE TABLE groups (pos INTEGER PRIMARY KEY, {", ".join(f"{_Q}{c}{_Q}" for c in GROUP_COLUMNS)});
"""
_INDEXES = """
CREATE INDEX records_by_metric ON records (metric, plan_pos, pos);
CREATE UNIQUE INDEX plans_by_id ON plans (id);
CREATE TABLE metric_levels (metric TEXT, level TEXT, plans INTEGER, at_level INTEGER);
"""
"""Written once the records are in: faster than keeping indexes up to date row by row.
`metric_levels` counts the plans of each level that set each metric (SetterCounts), so
that "how many county plans set it" is read, not counted, among thousands of plans."""
_RECORDS_OF = f"r.rowid >= p.pos * {STRIDE} AND r.rowid < (p.pos + 1) * {STRIDE}"
"""A plan's (`p`) records (`r`), found by their rowids (shards.rowid): no index of records
by plan need be built."""
_OF_PLAN = f"FROM plans p JOIN records r ON {_RECORDS_OF} WHERE p.id = ?"

SEAL_FROM = 946_684_800
"""2000-01-01: seals are times in the three years after it, long before any index was
written, so a file written since (the time the system sets) never matches one."""


def seal_time(key: str, size: int) -> int:
    """The modification time, in whole even seconds (FAT keeps no finer ones), that the
    index for `key` of `size` bytes is given when it is finished."""
    return SEAL_FROM + 2 * (zlib.crc32(f"{key}/{size}".encode()) % 50_000_000)


def seal(path: Path, key: str) -> None:
    """Mark a finished index as whole (see the module's docstring); its access time, the
    cache's record of when it was last used, is set to now."""
    size = os.stat(path).st_size
    os.utime(path, ns=(time_ns(), seal_time(key, size) * 1_000_000_000))


def is_sealed(path: Path, key: str) -> bool:
    """Whether `path` is a regular file (not a link, folder, pipe or device) as it was
    sealed: unchanged since it was written whole."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_mtime_ns == (
        seal_time(key, info.st_size) * 1_000_000_000
    )


class SetterCounts:
    """For each metric and plan level, how many plans set the metric and how many of them
    at a level (not only as a total or a change): the index's `metric_levels`, counted as
    plans are written rather than by grouping every record once all are in, which took
    1.8 s of a first load of 10,000 plans while nothing else could run."""

    def __init__(self) -> None:
        self.plans: dict[str | None, Counter[str]] = {}
        self.at_level: dict[str | None, Counter[str]] = {}

    def add(
        self, level: str | None, metrics: Sequence[str], leveled: Sequence[str], sign: int = 1
    ) -> None:
        """A plan's metrics and those it sets at a level; -1 takes a plan out. (Counted by
        Counter in C, from tuples: per metric in Python, 10,000 plans cost a second.)"""
        plans = self.plans.setdefault(level, Counter())
        at_level = self.at_level.setdefault(level, Counter())
        if sign > 0:
            plans.update(metrics)
            at_level.update(leveled)
        else:
            plans.subtract(metrics)
            at_level.subtract(leveled)

    def rows(self) -> Iterator[tuple[str, str | None, int, int]]:
        for level, plans in self.plans.items():
            at_level = self.at_level[level]
            for metric, n in plans.items():
                if n:
                    yield metric, level, n, at_level[metric]


class IndexWriter:
    """Writes one index file from a checked dataset (an assemble.Sink). Plans parsed in
    worker processes come with their rows already in shard files (store/shards.py), in
    the folder `shards`; the others' rows are written here."""

    def __init__(self, path: Path, key: str):
        self.path, self.key = path, key
        self.tmp = path.with_name(f".tmp-{os.getpid()}-{path.name}")
        self.shards = path.with_name(f"{self.tmp.name}-shards")
        self._remove_temporary()
        self.shards.mkdir()
        self.con = sqlite3.connect(self.tmp)
        # A file no one reads until it is finished: no journal, no waiting for the disk.
        # Building the indexes at the end, SQLite may sort on a second core.
        self.con.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA threads=2;" + _SCHEMA
        )
        create_levels(self.con)
        self.pos = 0
        """The last plan's place, for plans whose rows are written here."""
        self.pending: list[tuple[Any, ...]] = []
        """Record rows not yet written: inserted in batches, far faster than plan by plan."""
        self.pending_levels: list[tuple[Any, ...]] = []
        self.pending_plans: list[tuple[Any, ...]] = []
        """Plan rows not yet written: one statement per plan cost a first load of 10,000
        plans 2 s of the one process that writes."""
        self.setters = SetterCounts()
        self.settle: Callable[[], tuple[Path, str]] | None = None
        """For an index begun before its key was known: gives its path and key at the end."""
        self.moves: list[tuple[int, int, int, str | None]] = []
        """(place in the shards, place taken over, the difference of their first rowids,
        level of the plan replaced) of each replacing plan whose rows are in a shard: moved
        once the shards are copied in."""

    def add_plan(self, f: Parsed) -> None:
        assert f.plan is not None
        if f.stored is None:
            self.pos += 1
            self._insert(self.pos, f.plan)
        else:
            self._insert_header(f.stored.pos, f.plan, f.stored)

    def replace_plan(self, f: Parsed) -> None:
        assert f.plan is not None
        self._flush_plans()
        (pos, level) = self.con.execute(
            "SELECT pos, level FROM plans WHERE id = ?", (f.plan.id,)
        ).fetchone()
        self.con.execute("DELETE FROM plans WHERE pos = ?", (pos,))
        if f.stored is not None:  # the rows of both are still in the shards
            self.moves.append((f.stored.pos, pos, (f.stored.pos - pos) * STRIDE, level))
            self._insert_header(pos, f.plan, f.stored)
            return
        self._flush()
        self._drop_rows(pos, level)
        self._insert(pos, f.plan)

    def _drop_rows(self, pos: int, level: str | None) -> None:
        """A replaced plan's records and levels rows, and its part in the setter counts."""
        sql = (
            "SELECT metric, MAX(t_scope = 'level') FROM records WHERE plan_pos = ? GROUP BY metric"
        )
        found = self.con.execute(sql, (pos,)).fetchall()
        self.setters.add(level, [m for m, _ in found], [m for m, at in found if at], -1)
        self.con.execute("DELETE FROM records WHERE plan_pos = ?", (pos,))
        drop_plan_levels(self.con, pos)

    def _insert(self, pos: int, plan: Plan) -> None:
        """A plan whose rows are written here, with its rows of the levels table."""
        rows = tuple(record_row(r) for r in plan.records)
        self._insert_header(pos, plan, stored(pos, rows))
        self.pending.extend(record_rows(pos, plan.level, rows))
        levels = plan_levels(plan.level, plan.records)
        self.pending_levels.extend(placed(levels, pos, rowid(pos, 0)))
        if len(self.pending) >= BATCH:
            self._flush()

    def _insert_header(self, pos: int, plan: Plan, stored: Stored) -> None:
        self.pending_plans.append((pos, stored.n_records, stored.n_table, *plan_row(plan)))
        self.setters.add(plan.level, stored.metrics, stored.leveled)
        if len(self.pending_plans) >= BATCH:
            self._flush_plans()

    def _flush_plans(self) -> None:
        marks = ", ".join("?" * (len(PLAN_COLUMNS) + 3))
        self.con.executemany(f"INSERT INTO plans VALUES ({marks})", self.pending_plans)
        self.pending_plans = []

    def _flush(self) -> None:
        self._flush_plans()
        insert_records(self.con, self.pending)
        add_levels(self.con, self.pending_levels)
        self.pending, self.pending_levels = [], []

    def _copy_shards(self) -> None:
        """The workers' records copied in; each replacing plan's records moved to the place
        of the plan it replaces, whose records go (their levels rows: finish_levels)."""
        copy_shards(self.con, self.shards)
        for new, old, shift, level in self.moves:
            self._drop_rows(old, level)
            self.con.execute(
                "UPDATE records SET rowid = rowid - ?, plan_pos = ? WHERE plan_pos = ?",
                (shift, old, new),
            )

    def finish(self, catalog: Catalog, notes: list[str], groups: Sequence[Group] = ()) -> None:
        from concurrent.futures import ThreadPoolExecutor

        if self.settle is not None:
            self.path, self.key = self.settle()
        self._flush()
        shards, presorted = shard_files(self.shards), self.shards / "levels.sqlite"
        # The shards' levels rows are sorted in a second thread while the records are copied
        # and indexed here; leaving the block waits for it, even after an error.
        with ThreadPoolExecutor(1) as pool:
            sorting = pool.submit(sort_levels, shards, presorted) if shards else None
            self._finish_records(catalog, notes, groups)
        if sorting:
            sorting.result()
        moves = [(new, old, shift) for new, old, shift, _ in self.moves]
        finish_levels(self.con, presorted if shards else None, moves)
        self.con.commit()
        self.con.close()
        shutil.rmtree(self.shards, ignore_errors=True)
        seal(self.tmp, self.key)
        os.replace(self.tmp, self.path)

    def _finish_records(self, catalog: Catalog, notes: list[str], groups: Sequence[Group]) -> None:
        """Every table but the levels, with its indexes."""
        self._copy_shards()
        con = self.con
        con.executemany(
            f"INSERT INTO groups VALUES ({', '.join('?' * (len(GROUP_COLUMNS) + 1))})",
            ((i, *group_row(g)) for i, g in enumerate(groups)),
        )
        con.executemany(
            f"INSERT INTO metrics VALUES ({', '.join('?' * (len(METRIC_COLUMNS) + 1))})",
            ((i, *metric_row(m)) for i, m in enumerate(catalog)),
        )
        con.executemany(
            f"INSERT INTO standards VALUES ({', '.join('?' * len(STANDARD_COLUMNS))})",
            (standard_row(s) for s in catalog.standards.values()),
        )
        con.executemany("INSERT INTO notes VALUES (?, ?)", enumerate(notes))
        con.execute("INSERT INTO meta VALUES (?, ?)", (self.key, FORMAT))
        con.commit()
        con.executescript(_INDEXES)
        con.executemany("INSERT INTO metric_levels VALUES (?, ?, ?, ?)", self.setters.rows())

    def abort(self) -> None:
        """Leave nothing behind: the temporary file and the shards go."""
        self.con.close()
        self._remove_temporary()

    def _remove_temporary(self) -> None:
        self.tmp.unlink(missing_ok=True)
        shutil.rmtree(self.shards, ignore_errors=True)


class IndexStore:
    """A written index, read lazily. On damage it calls `heal` for a new store (the index
    rebuilt, or the data parsed in memory) and answers from that instead."""

    def __init__(self, con: sqlite3.Connection, heal: Callable[[], Store]):
        self.con, self._heal = con, heal
        self._fallback: Store | None = None
        self._headers: list[Plan] | None = None
        self._counts: dict[str, tuple[int, int]] = {}
        self.catalog, self.notes = self._ask(self._read_catalog, lambda s: (s.catalog, s.notes))

    @classmethod
    def open(cls, path: Path, key: str, heal: Callable[[], Store]) -> Store:
        """The index at `path` if it is whole and is the one for `key`; else `heal()`."""
        if not is_sealed(path, key):  # changed since it was written, or not a file at all
            return heal()
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        except DAMAGE:
            return heal()
        try:
            if con.execute("SELECT key, format FROM meta").fetchall() != [(key, FORMAT)]:
                raise sqlite3.DatabaseError(f"{path} is not the index it is named as")
        except DAMAGE:
            con.close()
            return heal()
        return cls(con, heal)

    def _read_catalog(self) -> tuple[Catalog, tuple[str, ...]]:
        cols = ", ".join(f"{_Q}{c}{_Q}" for c in METRIC_COLUMNS)
        metrics = [
            row_metric(x) for x in self.con.execute(f"SELECT {cols} FROM metrics ORDER BY pos")
        ]
        cols = ", ".join(f"{_Q}{c}{_Q}" for c in STANDARD_COLUMNS)
        standards = [row_standard(x) for x in self.con.execute(f"SELECT {cols} FROM standards")]
        notes = tuple(t for (t,) in self.con.execute("SELECT text FROM notes ORDER BY pos"))
        return Catalog(metrics, standards), notes

    def _guard(self, query: Callable[[], T]) -> T:
        """Run a query; on any sign of damage, heal once and ask the new store instead."""
        if self._fallback is not None:
            raise _Healed
        try:
            return query()
        except DAMAGE:
            self.con.close()
            self._fallback = self._heal()
            self.catalog, self.notes = self._fallback.catalog, self._fallback.notes
            raise _Healed from None

    def _ask(self, query: Callable[[], T], again: Callable[[Store], T]) -> T:
        try:
            return self._guard(query)
        except _Healed:
            assert self._fallback is not None
            return again(self._fallback)

    def headers(self) -> list[Plan]:
        if self._headers is None:
            self._headers = self._ask(self._read_headers, lambda s: s.headers())
        return list(self._headers)

    def _read_headers(self) -> list[Plan]:
        plans = []
        for n, n_table, *row in self.con.execute(
            f"SELECT n_records, n_table, {_PLANS} FROM plans ORDER BY pos"
        ):
            plan = row_plan(row)
            self._counts[plan.id] = (n, n_table)
            plans.append(plan)
        return plans

    def records_of(self, plan_id: str) -> tuple[Record, ...]:
        sql = f"SELECT r.row {_OF_PLAN} ORDER BY r.rowid"
        return self._ask(
            lambda: tuple(stored_record(x) for (x,) in self.con.execute(sql, (plan_id,))),
            lambda s: s.records_of(plan_id),
        )

    def records_for(self, metric_id: str) -> list[Record]:
        sql = "SELECT row FROM records WHERE metric = ? ORDER BY plan_pos, pos"
        return self._ask(
            lambda: [stored_record(x) for (x,) in self.con.execute(sql, (metric_id,))],
            lambda s: s.records_for(metric_id),
        )

    def metrics_of(self, plan_id: str) -> frozenset[str]:
        sql = f"SELECT DISTINCT r.metric {_OF_PLAN}"
        return self._ask(
            lambda: frozenset(m for (m,) in self.con.execute(sql, (plan_id,))),
            lambda s: s.metrics_of(plan_id),
        )

    def counts(self, plan_id: str) -> tuple[int, int]:
        if plan_id not in self._counts:
            self.headers()
        if self._fallback is not None:
            return self._fallback.counts(plan_id)
        return self._counts[plan_id]

    def setters(
        self,
        among: Collection[str] | None = None,
        first: int = 0,
        *,
        levels: Collection[str] | None = None,
    ) -> dict[str, Setters]:
        return self._ask(
            lambda: self._setters(among, first, levels),
            lambda s: s.setters(among, first, levels=levels),
        )

    def _setters(
        self, among: Collection[str] | None, first: int, levels: Collection[str] | None
    ) -> dict[str, Setters]:
        if among is None:
            where, args = self._levels(levels)
            sql = (
                f"SELECT metric, SUM(plans), SUM(at_level) FROM metric_levels WHERE {where} "
                "GROUP BY metric"
            )
            counts = {m: (n, at) for m, n, at in self.con.execute(sql, args)}
        else:
            self._fill("among", among)
            where = self._plan_filter(None, levels)
            pairs = (
                f"SELECT r.metric, r.plan_pos, MAX(r.t_scope = 'level') AS at_level "
                f"FROM temp.among a JOIN plans p ON p.id = a.id JOIN records r ON {_RECORDS_OF} "
                f"{where} GROUP BY r.metric, r.plan_pos"
            )
            sql = f"SELECT metric, COUNT(*), SUM(at_level) FROM ({pairs}) GROUP BY metric"
            counts = {m: (n, at) for m, n, at in self.con.execute(sql)}
        firsts: dict[str, tuple[str, ...]] = {}
        if first:
            where = self._plan_filter(among, levels, "AND")
            for metric in counts:
                rows = self.con.execute(
                    f"SELECT DISTINCT r.plan_pos, r.plan FROM records r "
                    f"WHERE r.metric = ? {where} ORDER BY r.plan_pos LIMIT ?",
                    (metric, first),
                )
                firsts[metric] = tuple(plan for _, plan in rows)
        return {m: Setters(n, firsts.get(m, ()), at) for m, (n, at) in sorted(counts.items())}

    def _levels(self, levels: Collection[str] | None) -> tuple[str, list[str]]:
        if levels is None:
            return "1", []
        return f"level IN ({', '.join('?' * len(levels))})", list(levels)

    def _plan_filter(
        self, among: Collection[str] | None, levels: Collection[str] | None, word: str = "WHERE"
    ) -> str:
        """A condition on a record's plan (`r`), by id and by level: ids through a temporary
        table (thousands of ids do not fit in an IN list), levels spelled out."""
        parts = []
        if among is not None:
            self._fill("among", among)
            parts.append("r.plan IN (SELECT id FROM temp.among)")
        if levels is not None:  # each record carries its plan's level: no join needed
            listed = ", ".join("'" + level.replace("'", "''") + "'" for level in levels)
            parts.append(f"r.plan_level IN ({listed})")
        return f"{word} {' AND '.join(parts)}" if parts else ""

    def standings(
        self,
        asks: Sequence[Ask],
        among: Collection[str] | None = None,
        *,
        levels: Collection[str] | None = None,
        leave_out: str | None = None,
    ) -> list[Standing]:
        return self._ask(
            lambda: self._standings(asks, among, levels, leave_out),
            lambda s: s.standings(asks, among, levels=levels, leave_out=leave_out),
        )

    def _standings(
        self,
        asks: Sequence[Ask],
        among: Collection[str] | None,
        levels: Collection[str] | None,
        leave_out: str | None,
    ) -> list[Standing]:
        where = self._plan_filter(among, levels, "AND")
        return [standing(self.con, a, where, leave_out, self._target_at) for a in asks]

    def _target_at(self, record: int) -> TargetRow:
        sql = "SELECT row FROM records WHERE rowid = ?"
        return stored_target(self.con.execute(sql, (record,)).fetchone()[0])

    def groups(self) -> list[Group]:
        cols = ", ".join(f"{_Q}{c}{_Q}" for c in GROUP_COLUMNS)
        sql = f"SELECT {cols} FROM groups ORDER BY pos"
        return self._ask(
            lambda: [row_group(x) for x in self.con.execute(sql)], lambda s: s.groups()
        )

    def cells(self) -> Iterator[Cell]:
        sql = "SELECT plan, metric, segment, shown, t_year FROM records ORDER BY rowid"
        try:
            rows = self._guard(lambda: self.con.execute(sql))
        except _Healed:
            assert self._fallback is not None
            yield from self._fallback.cells()
            return
        yield from rows  # streamed: 600,000 rows need not sit in memory

    def _fill(self, table: str, ids: Collection[str]) -> None:
        """A temporary table of ids, to join on (thousands of ids do not fit in an IN list)."""
        self.con.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} (id TEXT PRIMARY KEY)")
        self.con.execute(f"DELETE FROM temp.{table}")
        self.con.executemany(f"INSERT OR IGNORE INTO temp.{table} VALUES (?)", ((i,) for i in ids))

    def close(self) -> None:
        self.con.close()


class _Healed(Exception):
    """The index was damaged and replaced: ask the new store."""
