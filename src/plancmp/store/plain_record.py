"""A record in the shape nearly every record has, built in one pass without a Checker.

Checking a record field by field (schema._record) names each part it looks at for the
messages it might write, and walks every mapping twice (known keys, then each field):
for a first load of 10,000 plans that was the largest part of parsing. Most records are
well formed, so `plain_record` reads one with plain lookups and builds the same Record,
or returns None at the first thing it does not expect (a problem, an `actuals` list, a
`comparator`, a type it does not know); schema._record then checks that record and
reports every problem, with its line. So this never decides a problem: it only builds
the records in which the checks would find none.
"""

from __future__ import annotations

from typing import Any

from plancmp import values
from plancmp.model import ATTRIBUTES, SCOPES, SEGMENTS, Baseline, Record, Source, Target, Value
from plancmp.store.schema import FIRST_YEAR, LAST_YEAR, stored_agrees
from plancmp.store.yamlread import LineDict

# The fields this module reads, named here and not taken from schema's lists: a field added
# there makes every record that holds it go to schema._record, which reads it, instead of
# being dropped here unread. (tests/test_plain_record.py says when these lists fall behind.)
_RECORD = frozenset(
    {"metric", "name", "segment", "unit", "baseline", "target", "attribute", "source"}
    | {"note", "review", "actuals"}
)
_TARGET = frozenset({"raw", "op", "value", "value_max", "year", "scope", "comparator"})
_BASELINE = frozenset({"raw", "year", "op", "value", "section"})
_SOURCE = frozenset({"section", "kind", "also", "quote"})
_KINDS = ("table", "prose")


def plain_record(m: Any, plan_id: str, target_year: int, base_year: int | None) -> Record | None:
    """The record `m` as schema._record builds it when it finds no problem; None when
    `m` is not plainly well formed (schema._record then checks it)."""
    if m.__class__ is not LineDict or not m.keys() <= _RECORD or m.get("actuals") is not None:
        return None
    metric, name, unit = m.get("metric"), m.get("name"), m.get("unit")
    segment, attribute = m.get("segment"), m.get("attribute")
    if not (isinstance(metric, str) and metric.strip() and isinstance(name, str) and name.strip()):
        return None
    if not _choice(segment, SEGMENTS):
        return None
    if not _choice(attribute, ATTRIBUTES):
        return None
    base_unit = None
    if unit is not None:
        if unit.__class__ is not str:
            return None
        try:
            base_unit = values.unit_of(unit)[0]
        except values.ValueParseError:
            return None
    target = _target(m.get("target"), unit, target_year)
    source = _source(m.get("source"))
    note, review = m.get("note"), _texts(m.get("review"))
    if target is None or source is None or not _optional_text(note) or review is None:
        return None
    baseline = None
    if m.get("baseline") is not None:
        baseline = _baseline(m["baseline"], unit, target, base_year)
        if baseline is None:
            return None
    tv = target.value
    trend = tv.op in ("trend", "change", "growth")
    return Record(
        plan_id,
        metric,
        name,
        segment,
        base_unit if unit is not None else tv.unit,
        unit if unit is not None or trend else tv.printed_unit,
        target,
        baseline,
        attribute,
        source,
        note,
        m.line or None,
        review,
        (),
    )


def _target(tm: Any, unit: str | None, target_year: int) -> Target | None:
    if tm.__class__ is not LineDict or not tm.keys() <= _TARGET:
        return None
    if tm.get("comparator") is not None:
        return None
    tv = _value(tm, unit)
    scope, year = tm.get("scope"), tm.get("year")
    if tv is None or not _choice(scope, SCOPES):
        return None
    if year is not None and not _year(year):
        return None
    return Target(tm["raw"], tv, year or target_year, scope or "level")


def _baseline(bm: Any, unit: str | None, target: Target, base_year: int | None) -> Baseline | None:
    if bm.__class__ is not LineDict or not bm.keys() <= _BASELINE:
        return None
    bv = _value(bm, unit)
    year, section = bm.get("year"), bm.get("section")
    if bv is None or bv.value is None or not _optional_text(section):
        return None
    if year is not None and not _year(year):
        return None
    year = year or base_year
    if year is not None and year >= target.year:
        return None
    if target.value.value is not None and bv.unit != target.value.unit:
        return None
    return Baseline(year, bm["raw"], bv, section)


def _source(sm: Any) -> Source | None:
    if sm.__class__ is not LineDict or not sm.keys() <= _SOURCE:
        return None
    section, kind, quote = sm.get("section"), sm.get("kind"), sm.get("quote")
    also = _texts(sm.get("also"))
    if not (isinstance(section, str) and section.strip()) or also is None:
        return None
    if kind not in _KINDS or not _optional_text(quote):
        return None
    return Source(section, kind, also, quote)


def _value(m: LineDict, unit: str | None) -> Value | None:
    """What `raw` reads as, when the stored op, value and value_max agree with it
    (schema._check_stored's checks, none of them failed)."""
    raw = m.get("raw")
    if raw.__class__ is not str:
        return None
    try:
        parsed = values.parse(raw, unit)
    except values.ValueParseError:
        return None
    op = m.get("op")
    if op is not None and op != parsed.op:
        return None
    if "value" in m and not stored_agrees(m["value"], parsed.value):
        return None
    if "value_max" in m and not stored_agrees(m["value_max"], parsed.value_max):
        return None
    return parsed


def _optional_text(v: object) -> bool:
    """Absent, or text with something in it (Checker.text's test)."""
    return v is None or (isinstance(v, str) and bool(v.strip()))


def _choice(v: object, options: tuple[str, ...]) -> bool:
    return v is None or (v.__class__ is str and v in options)


def _year(v: object) -> bool:
    return v.__class__ is int and FIRST_YEAR <= v <= LAST_YEAR


def _texts(v: object) -> tuple[str, ...] | None:
    """A list of texts as a tuple, () for none; None when `v` is anything else."""
    if v is None:
        return ()
    if isinstance(v, list) and all(x.__class__ is str for x in v):
        return tuple(v)
    return None
