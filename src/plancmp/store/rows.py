"""Records as flat rows of plain values, named column by column.

Worker processes send records back in this form (plain tuples pickle far
faster than objects), and the on-disk index keeps each row whole as one JSON
text beside the few columns its queries use (STORED_COLUMNS). Every column is
named once, in RECORD_COLUMNS; Value fields are stored under their own names
with a `t_` (target) or `b_` (baseline) prefix, so a field added to Value is
stored without a change here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from plancmp.model import (
    Actual,
    Baseline,
    Metric,
    Plan,
    Record,
    Source,
    Standard,
    Target,
    TargetRow,
    Value,
)
from plancmp.values import with_unit

if TYPE_CHECKING:
    from plancmp.peers import Group

_DECIMAL_FIELDS = frozenset({"value", "value_max"})
_BOOL_FIELDS = frozenset(f for f, d in Value._field_defaults.items() if isinstance(d, bool))
VALUE_FIELDS: tuple[str, ...] = Value._fields

RECORD_COLUMNS: tuple[str, ...] = (
    "plan",
    "metric",
    "name",
    "segment",
    "unit",
    "printed_unit",
    "attribute",
    "note",
    "line",
    "review",
    "t_raw",
    "t_year",
    "t_scope",
    *(f"t_{f}" for f in VALUE_FIELDS),
    "s_section",
    "s_kind",
    "s_also",
    "s_quote",
    "b_year",
    "b_raw",
    "b_section",
    *(f"b_{f}" for f in VALUE_FIELDS),
    "actuals",
)
"""The columns of a record row, in order."""

TARGET_COLUMNS: tuple[str, ...] = (
    "b_op",
    "b_value",
    "plan",
    "metric",
    "segment",
    "unit",
    "printed_unit",
    "s_kind",
    "t_raw",
    "t_year",
    "t_scope",
    *(f"t_{f}" for f in VALUE_FIELDS),
)
"""The columns a TargetRow is read from (target_row)."""
_TARGET_AT = tuple(RECORD_COLUMNS.index(c) for c in TARGET_COLUMNS)
STORED_COLUMNS: tuple[str, ...] = ("plan", "metric", "segment", "t_scope", "shown", "t_year", "row")
"""The columns the index keeps for a record: those its queries select and group by, the
target as `matrix` shows it (values.with_unit), and the whole row of RECORD_COLUMNS as one
JSON text, read back only for the records a command asks for. Binding 37 values a row cost
the process writing the index more than parsing the files did. `t_year` is there for
`matrix`, which marks a target of another year than its plan's."""

PLAN_COLUMNS: tuple[str, ...] = (
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
    "path",
    "conversions",
    "review",
    "parents",
)
METRIC_COLUMNS: tuple[str, ...] = Metric._fields
STANDARD_COLUMNS: tuple[str, ...] = Standard._fields
GROUP_COLUMNS: tuple[str, ...] = ("id", "name", "members", "note", "kind", "names", "path", "line")
"""peers.Group's fields (a test checks): named here so that reading an index never needs
the class unless it holds groups."""
_TEXT_LISTS = frozenset(
    {"names", "conversions", "review", "aliases", "s_also", "related", "parents", "members"}
)
"""Columns that hold a tuple of texts, stored as a JSON list."""


def _texts(items: Sequence[str]) -> str | None:
    """A tuple of texts as a JSON list; None for none (most records: nothing to decode)."""
    return json.dumps(list(items), ensure_ascii=False) if items else None


def _untexts(cell: str | None) -> tuple[str, ...]:
    return tuple(json.loads(cell)) if cell else ()


_DECIMAL_AT = tuple(i for i, f in enumerate(VALUE_FIELDS) if f in _DECIMAL_FIELDS)
_BOOL_AT = tuple(i for i, f in enumerate(VALUE_FIELDS) if f in _BOOL_FIELDS)
_NO_VALUE = (None,) * len(VALUE_FIELDS)


def _value_cells(v: Value | None) -> tuple[Any, ...]:
    """A value's cells, its decimals as exact text (twice for every record a first load
    writes: kept to a few operations)."""
    if v is None:
        return _NO_VALUE
    cells = list(v)
    for i in _DECIMAL_AT:
        if cells[i] is not None:
            cells[i] = str(cells[i])
    return tuple(cells)


def cells_value(cells: Sequence[Any]) -> Value:
    """The Value stored in cells of VALUE_FIELDS. Runs for every target a query reads
    (150,000 for one plan's gaps among 10,000 plans): kept to a few operations."""
    out = list(cells)
    for i in _DECIMAL_AT:
        if out[i] is not None:
            out[i] = Decimal(out[i])
    for i in _BOOL_AT:
        out[i] = bool(out[i])
    return Value._make(out)


def record_row(r: Record) -> tuple[Any, ...]:
    """A record as a row of RECORD_COLUMNS."""
    t, b, s = r.target, r.baseline, r.source
    return (
        r.plan,
        r.metric,
        r.name,
        r.segment,
        r.unit,
        r.printed_unit,
        r.attribute,
        r.note,
        r.line,
        _texts(r.review),
        t.raw,
        t.year,
        t.scope,
        *_value_cells(t.value),
        s.section,
        s.kind,
        _texts(s.also),
        s.quote,
        b.year if b else None,
        b.raw if b else None,
        b.section if b else None,
        *_value_cells(b.value if b else None),
        _actual_cells(r.actuals),
    )


_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
"""json.dumps as stored rows are written, with its encoder made once: json.dumps makes a
new one on every call given any option, a tenth of writing a row."""


def stored_row(row: Sequence[Any]) -> tuple[Any, ...]:
    """A record row (RECORD_COLUMNS) as the index stores it (STORED_COLUMNS)."""
    shown = with_unit(row[_T], row[_PRINTED_UNIT], row[_T_PRINTED_UNIT])
    whole = _compact(row)
    return (row[0], row[1], row[_SEGMENT], row[_SCOPE], shown, row[_T_YEAR], whole)


def stored_record(whole: str) -> Record:
    """The record a stored row's `row` text holds."""
    return row_record(json.loads(whole))


def stored_target(whole: str) -> TargetRow:
    """The target a stored row's `row` text holds (for a levels row's record)."""
    row = json.loads(whole)
    return target_row([row[i] for i in _TARGET_AT])


def _actual_cells(actuals: Sequence[Actual]) -> str | None:
    """A record's actuals as one JSON list (most records have none: None, nothing to decode)."""
    if not actuals:
        return None
    rows = [[a.year, a.raw, _value_cells(a.value), a.document, a.section, a.url] for a in actuals]
    return json.dumps(rows, ensure_ascii=False)


def _cells_actuals(cell: str | None) -> tuple[Actual, ...]:
    if not cell:
        return ()
    return tuple(Actual(year, raw, cells_value(value), document, section, url)
                 for year, raw, value, document, section, url in json.loads(cell))  # fmt: skip


_N = len(VALUE_FIELDS)
_T = RECORD_COLUMNS.index("t_raw")
_S = RECORD_COLUMNS.index("s_section")
_B = RECORD_COLUMNS.index("b_year")
_A = RECORD_COLUMNS.index("actuals")
_SEGMENT, _SCOPE = RECORD_COLUMNS.index("segment"), RECORD_COLUMNS.index("t_scope")
_PRINTED_UNIT = RECORD_COLUMNS.index("printed_unit")
_T_PRINTED_UNIT = RECORD_COLUMNS.index("t_printed_unit")
_T_YEAR = RECORD_COLUMNS.index("t_year")


def row_record(row: Sequence[Any]) -> Record:
    """The record a row of RECORD_COLUMNS holds."""
    plan, metric, name, segment, unit, printed_unit, attribute, note, line, review = row[:_T]
    t_raw, t_year, t_scope = row[_T : _T + 3]
    target = Target(t_raw, cells_value(row[_T + 3 : _S]), t_year, t_scope)
    section, kind, also, quote = row[_S:_B]
    b_year, b_raw, b_section = row[_B : _B + 3]
    baseline = None
    if b_raw is not None:
        baseline = Baseline(b_year, b_raw, cells_value(row[_B + 3 : _B + 3 + _N]), b_section)
    source = Source(section, kind, _untexts(also), quote)
    return Record(
        plan,
        metric,
        name,
        segment,
        unit,
        printed_unit,
        target,
        baseline,
        attribute,
        source,
        note,
        line,
        _untexts(review),
        _cells_actuals(row[_A]),
    )


def plan_row(p: Plan) -> tuple[Any, ...]:
    """A plan's identity as a row of PLAN_COLUMNS."""
    return (
        p.id,
        p.title,
        _texts(p.names),
        p.issuer,
        p.doc_number,
        p.issued,
        p.jurisdiction,
        p.level,
        p.parent_city,
        p.kind,
        p.base_year,
        p.target_year,
        p.source_file,
        p.path,
        _texts(p.conversions),
        _texts(p.review),
        _texts(p.parents),
    )


def row_plan(row: Sequence[Any]) -> Plan:
    (
        pid,
        title,
        names,
        issuer,
        doc_number,
        issued,
        jurisdiction,
        level,
        parent_city,
        kind,
        base_year,
        target_year,
        source_file,
        path,
        conversions,
        review,
        parents,
    ) = row
    return Plan(
        pid,
        title,
        _untexts(names),
        issuer,
        doc_number,
        issued,
        jurisdiction,
        level,
        parent_city,
        kind,
        base_year,
        target_year,
        source_file,
        (),
        path,
        _untexts(conversions),
        _untexts(review),
        _untexts(parents),
    )


def group_row(g: Group) -> tuple[Any, ...]:
    return tuple(
        _texts(getattr(g, c)) if c in _TEXT_LISTS else getattr(g, c) for c in GROUP_COLUMNS
    )


def row_group(row: Sequence[Any]) -> Group:
    from plancmp.peers import Group

    gid, name, members, note, kind, names, path, line = row
    return Group(gid, name, _untexts(members), note, kind, _untexts(names), path, line)


def metric_row(m: Metric) -> tuple[Any, ...]:
    return tuple(
        _texts(getattr(m, c)) if c in _TEXT_LISTS else getattr(m, c) for c in METRIC_COLUMNS
    )


def row_metric(row: Sequence[Any]) -> Metric:
    mid, name, aliases, unit, category, better, note, operational, review, related = row
    return Metric(
        mid,
        name,
        _untexts(aliases),
        unit,
        category,
        better,
        note,
        bool(operational),
        _untexts(review),
        _untexts(related),
    )


def standard_row(s: Standard) -> tuple[Any, ...]:
    return tuple(str(s.limit) if c == "limit" else getattr(s, c) for c in STANDARD_COLUMNS)


def row_standard(row: Sequence[Any]) -> Standard:
    fields = dict(zip(STANDARD_COLUMNS, row, strict=True))
    fields["limit"] = Decimal(fields["limit"])
    return Standard(**fields)


def target_row(cells: Sequence[Any]) -> TargetRow:
    """A TargetRow from the cells of TARGET_COLUMNS."""
    b_op, b_value, plan, metric, seg, unit, printed, kind, raw, year, scope, *v = cells
    base = Decimal(b_value) if b_op == "=" and b_value is not None else None
    return TargetRow(plan, metric, seg, unit, printed, kind, raw, year, scope, cells_value(v), base)
