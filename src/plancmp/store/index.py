"""The on-disk index: a checked dataset kept as one SQLite file, read lazily.

Parsing thousands of YAML files takes seconds; once they have been read and
checked, the index answers a command by reading only what it asks for (one
metric's records, one plan's, a count per metric). A file is written once,
under a temporary name, and moved into place whole, so a reader never sees
half an index; it is then only ever read (`immutable`), so no locks are needed.
SQLite ships with Python and loading it runs no code from the file.

A damaged index is never worse than none: any error reading it (a truncated
file, wrong types, a folder in its place) throws it away, rebuilds it from the
data files and answers from the new one.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Collection, Iterator
from json import JSONDecodeError
from pathlib import Path
from typing import Any, TypeVar

from plancmp.metrics import Catalog
from plancmp.model import Cell, Plan, Record, TargetRow
from plancmp.store.base import Setters, Store
from plancmp.store.rows import (
    METRIC_COLUMNS,
    PLAN_COLUMNS,
    RECORD_COLUMNS,
    STANDARD_COLUMNS,
    VALUE_FIELDS,
    cells_value,
    metric_row,
    plan_row,
    record_row,
    row_metric,
    row_plan,
    row_record,
    row_standard,
    standard_row,
)

FORMAT = 10
"""Bump when the tables below change; an index of another format is rebuilt."""
T = TypeVar("T")
DAMAGE = (sqlite3.Error, ValueError, TypeError, KeyError, IndexError, ArithmeticError,
          JSONDecodeError, OSError)  # fmt: skip
"""What reading a damaged index can raise (a truncated file, text where a number was)."""

_Q = '"'  # column names are quoted: some (`unit`, `line`) are SQL words
_RECORDS = ", ".join(f"{_Q}{c}{_Q}" for c in RECORD_COLUMNS)
_PLANS = ", ".join(f"{_Q}{c}{_Q}" for c in PLAN_COLUMNS)
_TARGET_COLUMNS = ("plan", "metric", "segment", "unit", "printed_unit", "s_kind", "t_raw",
                   "t_year", "t_scope", *(f"t_{f}" for f in VALUE_FIELDS))  # fmt: skip
_SCHEMA = f"""
CREATE TABLE meta (key TEXT, format INTEGER);
CREATE TABLE plans (pos INTEGER PRIMARY KEY, n_records INTEGER, n_table INTEGER, {_PLANS});
CREATE TABLE records (plan_pos INTEGER, pos INTEGER, {_RECORDS});
CREATE TABLE metrics (pos INTEGER PRIMARY KEY, {", ".join(f"{_Q}{c}{_Q}" for c in METRIC_COLUMNS)});
CREATE TABLE standards ({", ".join(f"{_Q}{c}{_Q}" for c in STANDARD_COLUMNS)});
CREATE TABLE notes (pos INTEGER PRIMARY KEY, text TEXT);
"""
_INDEXES = """
CREATE INDEX records_by_metric ON records (metric, plan_pos, pos);
CREATE INDEX records_by_plan ON records (plan, pos);
CREATE UNIQUE INDEX plans_by_id ON plans (id);
"""


class IndexWriter:
    """Writes one index file from a checked dataset (an assemble.Sink)."""

    def __init__(self, path: Path, key: str):
        self.path, self.key = path, key
        self.tmp = path.with_name(f".tmp-{os.getpid()}-{path.name}")
        self.tmp.unlink(missing_ok=True)
        self.con = sqlite3.connect(self.tmp)
        # A file no one reads until it is finished: no journal, no waiting for the disk.
        self.con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        self.pos = 0

    def add_plan(self, plan: Plan, rows: tuple[tuple[Any, ...], ...]) -> None:
        self.pos += 1
        self._insert(self.pos, plan, rows)

    def replace_plan(self, plan: Plan, rows: tuple[tuple[Any, ...], ...]) -> None:
        (pos,) = self.con.execute("SELECT pos FROM plans WHERE id = ?", (plan.id,)).fetchone()
        self.con.execute("DELETE FROM plans WHERE pos = ?", (pos,))
        self.con.execute("DELETE FROM records WHERE plan_pos = ?", (pos,))
        self._insert(pos, plan, rows)

    def _insert(self, pos: int, plan: Plan, rows: tuple[tuple[Any, ...], ...]) -> None:
        if not rows:
            rows = tuple(record_row(r) for r in plan.records)
        kind = RECORD_COLUMNS.index("s_kind")
        n_table = sum(1 for x in rows if x[kind] == "table")
        marks = ", ".join("?" * (len(PLAN_COLUMNS) + 3))
        self.con.execute(
            f"INSERT INTO plans VALUES ({marks})", (pos, len(rows), n_table, *plan_row(plan))
        )
        marks = ", ".join("?" * (len(RECORD_COLUMNS) + 2))
        self.con.executemany(
            f"INSERT INTO records VALUES ({marks})", ((pos, i, *x) for i, x in enumerate(rows))
        )

    def finish(self, catalog: Catalog, notes: list[str]) -> None:
        con = self.con
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
        con.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        """Leave nothing behind: the temporary file goes."""
        self.con.close()
        self.tmp.unlink(missing_ok=True)


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
        sql = f"SELECT {_RECORDS} FROM records WHERE plan = ? ORDER BY pos"
        return self._ask(
            lambda: tuple(row_record(x) for x in self.con.execute(sql, (plan_id,))),
            lambda s: s.records_of(plan_id),
        )

    def records_for(self, metric_id: str) -> list[Record]:
        sql = f"SELECT {_RECORDS} FROM records WHERE metric = ? ORDER BY plan_pos, pos"
        return self._ask(
            lambda: [row_record(x) for x in self.con.execute(sql, (metric_id,))],
            lambda s: s.records_for(metric_id),
        )

    def metrics_of(self, plan_id: str) -> frozenset[str]:
        sql = "SELECT DISTINCT metric FROM records WHERE plan = ?"
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

    def setters(self, among: Collection[str] | None = None, first: int = 0) -> dict[str, Setters]:
        return self._ask(lambda: self._setters(among, first), lambda s: s.setters(among, first))

    def _setters(self, among: Collection[str] | None, first: int) -> dict[str, Setters]:
        where = self._among("plans", among)
        pairs = (f"SELECT metric, plan_pos, plan, MAX(t_scope = 'level') AS level "
                 f"FROM records {where} GROUP BY metric, plan_pos")  # fmt: skip
        counts = {m: (n, level) for m, n, level in self.con.execute(
            f"SELECT metric, COUNT(*), SUM(level) FROM ({pairs}) GROUP BY metric")}  # fmt: skip
        firsts: dict[str, list[str]] = {}
        if first:
            ranked = (f"SELECT metric, plan, ROW_NUMBER() OVER "
                      f"(PARTITION BY metric ORDER BY plan_pos) AS k FROM ({pairs})")  # fmt: skip
            for metric, plan in self.con.execute(
                f"SELECT metric, plan FROM ({ranked}) WHERE k <= ? ORDER BY metric, k", (first,)
            ):
                firsts.setdefault(metric, []).append(plan)
        return {m: Setters(n, tuple(firsts.get(m, ())), level)
                for m, (n, level) in sorted(counts.items())}  # fmt: skip

    def targets_for(
        self, metric_ids: Collection[str], among: Collection[str] | None = None
    ) -> list[TargetRow]:
        return self._ask(
            lambda: self._targets(metric_ids, among), lambda s: s.targets_for(metric_ids, among)
        )

    def _targets(
        self, metric_ids: Collection[str], among: Collection[str] | None
    ) -> list[TargetRow]:
        self._fill("metrics_wanted", metric_ids)
        where = self._among("plans", among, "AND")
        cols = ", ".join(f"{_Q}{c}{_Q}" for c in _TARGET_COLUMNS)
        sql = (f"SELECT {cols} FROM records WHERE metric IN (SELECT id FROM temp.metrics_wanted) "
               f"{where} ORDER BY plan_pos, pos")  # fmt: skip
        return [
            TargetRow(plan, metric, seg, unit, printed, kind, raw, year, scope, cells_value(v))
            for plan, metric, seg, unit, printed, kind, raw, year, scope, *v in self.con.execute(
                sql
            )
        ]

    def cells(self) -> Iterator[Cell]:
        sql = "SELECT plan, metric, segment, t_raw, printed_unit, t_printed_unit FROM records ORDER BY rowid"
        try:
            rows = self._guard(lambda: self.con.execute(sql).fetchall())
        except _Healed:
            assert self._fallback is not None
            yield from self._fallback.cells()
            return
        for row in rows:
            yield Cell(*row)

    def _fill(self, table: str, ids: Collection[str]) -> None:
        """A temporary table of ids, to join on (thousands of ids do not fit in an IN list)."""
        self.con.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} (id TEXT PRIMARY KEY)")
        self.con.execute(f"DELETE FROM temp.{table}")
        self.con.executemany(f"INSERT OR IGNORE INTO temp.{table} VALUES (?)", ((i,) for i in ids))

    def _among(self, table: str, among: Collection[str] | None, word: str = "WHERE") -> str:
        if among is None:
            return ""
        self._fill(table, among)
        return f"{word} plan IN (SELECT id FROM temp.{table})"

    def close(self) -> None:
        self.con.close()


class _Healed(Exception):
    """The index was damaged and replaced: ask the new store."""
