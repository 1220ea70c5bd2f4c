"""Every record of every plan in long (tidy) form: for Excel, pandas, DuckDB, Datasette.

One row per record, every field flat, so the table needs no joins to read;
the SQLite file and the workbook also hold `plans` and `metrics` tables for those who
join.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from plancmp.analysis.rank import base_of, implied
from plancmp.decimals import as_number
from plancmp.model import Plan, Record
from plancmp.output.table import Number, Table
from plancmp.store import Dataset

RECORD_COLUMNS = (
    "plan",
    "plan_title",
    "jurisdiction",
    "level",
    "parent_city",
    "kind",
    "metric",
    "metric_name",
    "category",
    "better",
    "name",
    "segment",
    "unit",
    "printed_unit",
    "baseline_year",
    "baseline_op",
    "baseline_value",
    "baseline_raw",
    "baseline_section",
    "target_year",
    "target_op",
    "target_value",
    "target_value_max",
    "target_raw",
    "target_scope",
    "target_approx",
    "target_direction",
    "target_at_least",
    "target_implied",
    "attribute",
    "source_section",
    "source_kind",
    "source_also",
    "note",
    "line",
)
PLAN_COLUMNS = (
    "id",
    "title",
    "names",
    "issuer",
    "doc_number",
    "issued",
    "jurisdiction",
    "level",
    "parent_city",
    "kind",
    "base_year",
    "target_year",
    "source_file",
)
METRIC_COLUMNS = ("id", "name", "aliases", "unit", "category", "better", "note")


def flat_record(plan: Plan, r: Record, data: Dataset) -> dict[str, Any]:
    """One record as a flat mapping of RECORD_COLUMNS."""
    m = data.catalog.get(r.metric)
    b, t = r.baseline, r.target
    level = implied(t.value, base_of(r))
    return {
        "plan": plan.id,
        "plan_title": plan.title,
        "jurisdiction": plan.jurisdiction,
        "level": plan.level,
        "parent_city": plan.parent_city,
        "kind": plan.kind,
        "metric": r.metric,
        "metric_name": m.name if m else None,
        "category": m.category if m else None,
        "better": m.better if m else None,
        "name": r.name,
        "segment": r.segment,
        "unit": r.unit,
        "printed_unit": r.printed_unit,
        "baseline_year": b.year if b else None,
        "baseline_op": b.value.op if b else None,
        "baseline_value": as_number(b.value.value) if b else None,
        "baseline_raw": b.raw if b else None,
        "baseline_section": b.section if b else None,
        "target_year": t.year,
        "target_op": t.value.op,
        "target_value": as_number(t.value.value),
        "target_value_max": as_number(t.value.value_max),
        "target_raw": t.raw,
        "target_scope": t.scope,
        "target_approx": t.value.approx,
        "target_direction": t.value.direction,
        "target_at_least": t.value.at_least,
        "target_implied": as_number(level.value) if level else None,
        "attribute": r.attribute,
        "source_section": r.source.section,
        "source_kind": r.source.kind,
        "source_also": "；".join(r.source.also),
        "note": r.note,
        "line": r.line,
    }


def to_records(data: Dataset) -> list[dict[str, Any]]:
    """Every record of every plan, flat: `pandas.DataFrame(plancmp.to_records(data))`."""
    return [flat_record(p, r, data) for p in data.headers.values() for r in data.records_of(p.id)]


def _rows(columns: Sequence[str], records: list[dict[str, Any]]) -> list[list[str]]:
    return [["" if d[c] is None else str(d[c]) for c in columns] for d in records]


def _numbers(columns: Sequence[str], records: list[dict[str, Any]]) -> list[list[Number | None]]:
    """The numbers of the records, for a workbook (True and False stay words)."""
    return [[_number(d[c]) for c in columns] for d in records]


def _number(value: Any) -> Number | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _flat(value: Any) -> Any:
    return "；".join(value) if isinstance(value, tuple | list) else value


def book(data: Dataset) -> list[Table]:
    """The export as tables: records (long form), plans and metrics. Formats that hold one
    table (CSV, JSON) take the first; SQLite and a workbook take them all."""
    records = to_records(data)
    plans = [{c: _flat(getattr(p, c)) for c in PLAN_COLUMNS} for p in data.headers.values()]
    metrics = [{c: _flat(getattr(m, c)) for c in METRIC_COLUMNS} for m in data.catalog]
    return [
        _table("records", RECORD_COLUMNS, records),
        _table("plans", PLAN_COLUMNS, plans),
        _table("metrics", METRIC_COLUMNS, metrics),
    ]


def _table(name: str, columns: Sequence[str], records: list[dict[str, Any]]) -> Table:
    rows, numbers = _rows(columns, records), _numbers(columns, records)
    return Table(list(columns), rows, records, title=name, numbers=numbers)


def write_sqlite(tables: Sequence[Table], path: Path) -> None:
    """A new SQLite file with one table per Table (named by its title), values typed."""
    import sqlite3

    con = sqlite3.connect(path)
    try:
        with con:
            for t in tables:
                assert t.title is not None
                names = ", ".join(f'"{c}"' for c in t.columns)
                con.execute(f'CREATE TABLE "{t.title}" ({names})')
                marks = ", ".join("?" * len(t.columns))
                values = ([_flat(d[c]) for c in t.columns] for d in t.records)
                con.executemany(f'INSERT INTO "{t.title}" VALUES ({marks})', values)
    finally:
        con.close()
