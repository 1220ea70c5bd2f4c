"""Every record of every plan in long (tidy) form: for Excel, pandas, DuckDB, Datasette.

One row per record, every field flat, so the table needs no joins to read;
the SQLite file also holds `plans` and `metrics` tables for those who join.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from plancmp.display import as_number

if TYPE_CHECKING:
    from plancmp.dataset import Dataset
    from plancmp.model import Plan, Record

RECORD_COLUMNS = (
    "plan", "plan_title", "jurisdiction", "level", "parent_city", "kind",
    "metric", "metric_name", "category", "better",
    "name", "segment", "unit", "printed_unit",
    "baseline_year", "baseline_op", "baseline_value", "baseline_raw", "baseline_section",
    "target_year", "target_op", "target_value", "target_value_max", "target_raw", "target_scope",
    "target_approx", "target_direction",
    "attribute", "source_section", "source_kind", "source_also", "note", "line",
)  # fmt: skip
PLAN_COLUMNS = ("id", "title", "names", "issuer", "doc_number", "issued", "jurisdiction", "level",
                "parent_city", "kind", "base_year", "target_year", "source_file")  # fmt: skip
METRIC_COLUMNS = ("id", "name", "aliases", "unit", "category", "better", "note")


def flat_record(plan: Plan, r: Record, data: Dataset) -> dict[str, Any]:
    """One record as a flat mapping of RECORD_COLUMNS."""
    m = data.catalog.get(r.metric)
    b, t = r.baseline, r.target
    return {
        "plan": plan.id, "plan_title": plan.title, "jurisdiction": plan.jurisdiction,
        "level": plan.level, "parent_city": plan.parent_city, "kind": plan.kind,
        "metric": r.metric, "metric_name": m.name if m else None,
        "category": m.category if m else None, "better": m.better if m else None,
        "name": r.name, "segment": r.segment, "unit": r.unit, "printed_unit": r.printed_unit,
        "baseline_year": b.year if b else None, "baseline_op": b.value.op if b else None,
        "baseline_value": as_number(b.value.value) if b else None,
        "baseline_raw": b.raw if b else None, "baseline_section": b.section if b else None,
        "target_year": t.year, "target_op": t.value.op, "target_value": as_number(t.value.value),
        "target_value_max": as_number(t.value.value_max), "target_raw": t.raw, "target_scope": t.scope,
        "target_approx": t.value.approx, "target_direction": t.value.direction,
        "attribute": r.attribute, "source_section": r.source.section, "source_kind": r.source.kind,
        "source_also": "；".join(r.source.also), "note": r.note, "line": r.line,
    }  # fmt: skip


def to_records(data: Dataset) -> list[dict[str, Any]]:
    """Every record of every plan, flat: `pandas.DataFrame(plancmp.to_records(data))`."""
    return [flat_record(p, r, data) for p in data.plans.values() for r in data.records_of(p.id)]


def write_sqlite(path: Path, data: Dataset) -> int:
    """Write tables records, plans and metrics to a new SQLite file; return the record count."""
    import sqlite3

    rows = to_records(data)
    con = sqlite3.connect(path)
    try:
        with con:
            _table(
                con, "records", RECORD_COLUMNS, [[row[c] for c in RECORD_COLUMNS] for row in rows]
            )
            _table(con, "plans", PLAN_COLUMNS,
                   [[_cell(getattr(p, c)) for c in PLAN_COLUMNS] for p in data.plans.values()])  # fmt: skip
            _table(
                con,
                "metrics",
                METRIC_COLUMNS,
                [[_cell(getattr(m, c)) for c in METRIC_COLUMNS] for m in data.catalog],
            )
    finally:
        con.close()
    return len(rows)


def _cell(value: Any) -> Any:
    return "；".join(value) if isinstance(value, tuple) else value


def _table(con: Any, name: str, columns: tuple[str, ...], rows: list[list[Any]]) -> None:
    con.execute(f"CREATE TABLE {name} ({', '.join(columns)})")
    con.executemany(f"INSERT INTO {name} VALUES ({', '.join('?' * len(columns))})", rows)
