"""Raw YAML mappings → Plan and Metric objects, collecting every problem.

Validation never stops at the first problem: a curator fixing a file wants
the whole list, each with its line and what to do.
"""

from __future__ import annotations

import re
from collections.abc import Container
from decimal import Decimal
from typing import Any

from plancmp import values
from plancmp.display import fmt
from plancmp.loader import LineDict
from plancmp.model import (
    ATTRIBUTES,
    BETTER,
    CATEGORIES,
    KINDS,
    LEVELS,
    OPS,
    SCOPES,
    SEGMENTS,
    Baseline,
    Metric,
    Plan,
    Problem,
    Record,
    Source,
    Standard,
    Target,
    Value,
)

ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
PLAN_KEYS = {
    "id": True, "title": True, "names": False, "issuer": False, "doc_number": False,
    "issued": False, "jurisdiction": False, "level": False, "parent_city": False, "kind": False,
    "base_year": False, "target_year": True, "source_file": False, "records": True,
    "review": False, "conversions": False,
}  # fmt: skip
"""`review` and `conversions` are written by `plancmp draft`; a draft may leave
jurisdiction, level and kind null for the curator."""
RECORD_KEYS = {
    "metric": True, "name": True, "segment": False, "unit": False, "baseline": False,
    "target": True, "attribute": False, "source": True, "note": False, "review": False,
}  # fmt: skip
TARGET_KEYS = {
    "raw": True,
    "op": False,
    "value": False,
    "value_max": False,
    "year": False,
    "scope": False,
}
BASELINE_KEYS = {"raw": True, "year": False, "op": False, "value": False, "section": False}
SOURCE_KEYS = {"section": True, "kind": True, "also": False, "quote": False}
METRIC_KEYS = {
    "id": True, "name": True, "aliases": False, "unit": False, "category": True,
    "better": True, "note": False, "review": False,
}  # fmt: skip


class Checker:
    """Collects problems for one file; each accessor returns None when a field is bad."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []

    def add(self, line: int | None, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    def line_of(self, mapping: Any, key: str | None = None) -> int | None:
        if isinstance(mapping, LineDict):
            if key is not None and key in getattr(mapping, "key_lines", {}):
                return mapping.key_lines[key]
            return mapping.line or None
        return None

    def mapping(self, value: Any, what: str, line: int | None) -> LineDict | None:
        if isinstance(value, dict):
            return value  # type: ignore[return-value]
        self.add(line, f"{what} must be a mapping of `key: value` lines, not {_kind(value)}")
        return None

    def child(self, m: dict, key: str, what: str) -> dict | None:
        """The mapping under `key`: None when it is absent, or not a mapping (reported)."""
        v = m.get(key)
        if v is None or isinstance(v, dict):
            return v
        return self.mapping(v, f"`{key}` of {what}", self.line_of(m, key))

    def keys(self, m: dict, spec: dict[str, bool], what: str) -> None:
        if not m.keys() <= spec.keys():  # one set comparison first: most mappings are fine
            for key in m:
                if key not in spec:
                    known = ", ".join(spec)
                    self.add(
                        self.line_of(m, key),
                        f"unknown field {key!r} in {what}: the fields are {known}",
                    )
        for key, required in spec.items():
            if required and m.get(key) is None:
                self.add(self.line_of(m), f"{what} has no `{key}`: add it")

    def text(self, m: dict, key: str, what: str, required: bool = False) -> str | None:
        v = m.get(key)
        if v is None:
            return None
        if isinstance(v, str) and v.strip():
            return v
        if required or v is not None:
            self.add(
                self.line_of(m, key), f"`{key}` of {what} must be text, not {_kind(v)}: quote it"
            )
        return None

    def choice(self, m: dict, key: str, options: Container[str], what: str) -> str | None:
        v = m.get(key)
        if v is None:
            return None
        if isinstance(v, str) and v in options:
            return v
        listed = " | ".join(options) if isinstance(options, tuple) else ""
        self.add(self.line_of(m, key), f"`{key}` of {what} is {v!r}: use one of {listed}")
        return None

    def year(self, m: dict, key: str, what: str) -> int | None:
        v = m.get(key)
        if v is None:
            return None
        if isinstance(v, int) and not isinstance(v, bool) and 1949 <= v <= 2100:
            return v
        self.add(self.line_of(m, key), f"`{key}` of {what} is {v!r}: write a year such as 2025")
        return None

    def entries(self, top: Any, key: str, noun: str) -> list[tuple[str, dict]]:
        """The mappings listed under `key` (metrics, standards), each with a name for messages."""
        items = top.get(key) if isinstance(top, dict) else None
        if not isinstance(items, list):
            if items is not None:
                self.add(self.line_of(top, key), f"`{key}` must be a list of {key}")
            return []
        found = []
        for i, item in enumerate(items):
            what = f"{noun} {i + 1}"
            m = self.mapping(item, what, None)
            if m is not None:
                found.append((what, m))
        return found

    def texts(self, m: dict, key: str, what: str) -> tuple[str, ...]:
        v = m.get(key)
        if v is None:
            return ()
        if isinstance(v, list) and all(isinstance(x, str) for x in v):
            return tuple(v)
        self.add(self.line_of(m, key), f"`{key}` of {what} must be a list of quoted texts")
        return ()


def _kind(v: Any) -> str:
    if isinstance(v, bool):
        return f"true/false ({v!r})"
    if isinstance(v, dict):
        return "a mapping"
    if isinstance(v, list):
        return "a list"
    if v is None:
        return "empty"
    return f"{type(v).__name__} {v!r}"


def _decimal(v: Any) -> Decimal | None:
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, int | float | str):
        try:
            return Decimal(str(v))
        except ArithmeticError:
            return None
    return None


def _check_stored(c: Checker, m: dict, parsed: Value, what: str) -> None:
    """Stored op/value/value_max, where written, must equal what `raw` parses to."""
    op = m.get("op")
    if op == "text" and parsed.op != "text":
        _now_a_number(c, m, parsed, what)
        return
    if op is not None and op != parsed.op:
        if op not in OPS:
            c.add(c.line_of(m, "op"), f"`op` of {what} is {op!r}: use one of {' '.join(OPS)}")
        else:
            c.add(
                c.line_of(m, "op"),
                f"`op` of {what} is {op!r} but raw {m.get('raw')!r} reads as {parsed.op!r}: fix one of them",
            )
    for key, want in (("value", parsed.value), ("value_max", parsed.value_max)):
        if key not in m:
            continue
        stored = m.get(key)
        got = _decimal(stored)
        if stored is not None and got is None:
            c.add(c.line_of(m, key), f"`{key}` of {what} is {stored!r}: write a number")
        elif got != want and not (got is not None and values.same_number(got, want)):
            shown = "null" if want is None else fmt(want)
            c.add(
                c.line_of(m, key),
                f"`{key}` of {what} is {stored!r} but raw {m.get('raw')!r} reads as {shown} (unit {parsed.unit}): fix one of them",
            )


def _now_a_number(c: Checker, m: dict, parsed: Value, what: str) -> None:
    """A file written when plancmp read `raw` as words (二十所, 十五年 before numerals
    were read): one message with the whole fix."""
    fix = f'op: "{parsed.op}", value: {_yaml_number(parsed.value)}, value_max: {_yaml_number(parsed.value_max)}'
    unit = f" in {parsed.unit}" if parsed.unit else ""
    c.add(
        c.line_of(m, "op"),
        f"`op` of {what} is 'text', but plancmp now reads raw {m.get('raw')!r} as a number{unit} ({parsed.op} {_yaml_number(parsed.value)}): "
        f"write {fix} (numbers in Chinese numerals, 成, 分之 and changes such as 提高5个百分点 are read now; if this text is not a number, report it as a plancmp bug)",
    )


def _yaml_number(d: Decimal | None) -> str:
    return "null" if d is None else fmt(d)


def _value(c: Checker, m: dict, unit: str | None, what: str) -> Value | None:
    raw = m.get("raw")
    if raw is None:
        return None
    if not isinstance(raw, str):
        c.add(
            c.line_of(m, "raw"),
            f'`raw` of {what} is {_kind(raw)}: quote it exactly as printed, e.g. raw: "{raw}"',
        )
        return None
    try:
        parsed = values.parse(raw, unit)
    except values.ValueParseError as exc:
        c.add(c.line_of(m, "raw"), f"{what}: {exc}")
        return None
    _check_stored(c, m, parsed, what)
    return parsed


def _record(
    c: Checker,
    plan_id: str,
    plan_year: int,
    base_year: int | None,
    m: Any,
    index: int,
    metric_ids: Container[str] | None,
) -> Record | None:
    what = f"record {index + 1}"
    rec = c.mapping(m, what, None)
    if rec is None:
        return None
    c.keys(rec, RECORD_KEYS, what)
    metric = c.text(rec, "metric", what, True)
    if metric and metric_ids is not None and metric not in metric_ids:
        c.add(
            c.line_of(rec, "metric"),
            f"unknown metric {metric!r} in {what}: add it to a catalog file (metrics.yaml) or use an existing id (`plancmp metrics`)",
        )
    name = c.text(rec, "name", what, True)
    what = f"record {index + 1} ({name})" if name else what
    segment = c.choice(rec, "segment", SEGMENTS, what)
    unit = rec.get("unit")
    if unit is not None and not isinstance(unit, str):
        c.add(c.line_of(rec, "unit"), f"`unit` of {what} is {_kind(unit)}: quote it")
        unit = None
    try:
        base_unit, _ = values.unit_of(unit)
    except values.ValueParseError as exc:
        c.add(c.line_of(rec, "unit"), f"{what}: {exc}")
        unit, base_unit = None, None

    target = None
    tm = c.child(rec, "target", what)
    if tm is not None:
        part = f"the target of {what}"
        c.keys(tm, TARGET_KEYS, part)
        tv = _value(c, tm, unit, part)
        scope = c.choice(tm, "scope", SCOPES, part) or "level"
        year = c.year(tm, "year", part) or plan_year
        if tv is not None:
            target = Target(tm["raw"], tv, year, scope)

    baseline = None
    bm = c.child(rec, "baseline", what)
    if bm is not None:
        part = f"the baseline of {what}"
        c.keys(bm, BASELINE_KEYS, part)
        bv = _value(c, bm, unit, part)
        if bv is not None and bv.value is None:
            c.add(
                c.line_of(bm, "raw"),
                f"{part} ({bm['raw']!r}) has no number: set `baseline: null` and say why in `note`",
            )
        elif bv is not None:
            section = c.text(bm, "section", part)
            year = c.year(bm, "year", part) or base_year
            baseline = Baseline(year, bm["raw"], bv, section)
            if target is not None and year is not None and year >= target.year:
                c.add(
                    c.line_of(bm, "year") or c.line_of(bm),
                    f"the baseline of {what} is for {year}, not before the target's year {target.year}: check both years",
                )
            if (
                target is not None
                and target.value.value is not None
                and bv.unit != target.value.unit
            ):
                c.add(
                    c.line_of(bm, "raw"),
                    f"the baseline of {what} is in {bv.unit or 'no unit'} but the target in {target.value.unit or 'no unit'}: give the record the `unit` printed for the indicator",
                )

    source = None
    sm = c.child(rec, "source", what)
    if sm is not None:
        part = f"the source of {what}"
        c.keys(sm, SOURCE_KEYS, part)
        section = c.text(sm, "section", part, True)
        kind = c.choice(sm, "kind", ("table", "prose"), part)
        also = c.texts(sm, "also", part)
        c.text(sm, "quote", part)
        if section and kind:
            source = Source(section, kind, also)

    attribute = c.choice(rec, "attribute", ATTRIBUTES, what)
    note = c.text(rec, "note", what)
    c.texts(rec, "review", what)
    if not (metric and name and target and source):
        return None
    return Record(
        plan=plan_id,
        metric=metric,
        name=name,
        segment=segment,
        unit=base_unit if unit is not None else target.value.unit,
        # A trend's own printed unit (个百分点, %) is the change's, not the indicator's.
        printed_unit=unit
        if unit is not None or target.value.op == "trend"
        else target.value.printed_unit,
        target=target,
        baseline=baseline,
        attribute=attribute,
        source=source,
        note=note,
        line=c.line_of(rec),
    )


def build_plan(
    data: Any, path: str, metric_ids: Container[str] | None = None, stem: str | None = None
) -> tuple[Plan | None, list[Problem]]:
    """Check a plan file's mapping and build the Plan; return it with all problems."""
    c = Checker(path)
    top = c.mapping(data, "a plan file", 1)
    if top is None:
        return None, c.problems
    c.keys(top, PLAN_KEYS, "the plan")
    pid = c.text(top, "id", "the plan", True)
    if pid and not ID_RE.match(pid):
        c.add(
            c.line_of(top, "id"),
            f'plan id {pid!r} must be lower-case ASCII letters, digits and _ (e.g. "linan")',
        )
    if pid and stem and pid != stem:
        c.add(
            c.line_of(top, "id"),
            f"plan id {pid!r} differs from the file name {stem!r}: rename the file to {pid}.yaml",
        )
    title = c.text(top, "title", "the plan", True)
    jurisdiction = c.text(top, "jurisdiction", "the plan", True)
    level = c.choice(top, "level", LEVELS, "the plan")
    kind = c.choice(top, "kind", KINDS, "the plan")
    target_year = c.year(top, "target_year", "the plan")
    base_year = c.year(top, "base_year", "the plan")
    issued = c.text(top, "issued", "the plan")
    if issued and not re.match(r"^\d{4}-\d{2}-\d{2}$", issued):
        c.add(c.line_of(top, "issued"), f'`issued` is {issued!r}: write the date as "YYYY-MM-DD"')
    names = c.texts(top, "names", "the plan")
    c.texts(top, "review", "the plan")
    c.texts(top, "conversions", "the plan")
    records: list[Record] = []
    raw_records = top.get("records")
    if raw_records is not None and not isinstance(raw_records, list):
        c.add(
            c.line_of(top, "records"),
            f"`records` must be a list of records (lines starting with `- `), not {_kind(raw_records)}",
        )
    elif raw_records:
        for i, m in enumerate(raw_records):
            r = _record(c, pid or "?", target_year or 0, base_year, m, i, metric_ids)
            if r is not None:
                records.append(r)
    if c.problems or not (pid and title and target_year):
        return None, c.problems
    plan = Plan(
        id=pid,
        title=title,
        names=names,
        issuer=c.text(top, "issuer", "the plan"),
        doc_number=c.text(top, "doc_number", "the plan"),
        issued=issued,
        jurisdiction=jurisdiction or "",
        level=level or "",
        parent_city=c.text(top, "parent_city", "the plan"),
        kind=kind or "",
        base_year=base_year,
        target_year=target_year,
        source_file=c.text(top, "source_file", "the plan"),
        records=tuple(records),
        path=path,
    )
    return plan, c.problems


def build_metrics(data: Any, path: str) -> tuple[list[Metric], list[Problem]]:
    """Check a catalog file's mapping and build its metrics."""
    c = Checker(path)
    top = c.mapping(data, "a catalog file", 1)
    if top is None:
        return [], c.problems
    c.keys(top, {"metrics": False, "standards": False}, "the catalog")
    out: list[Metric] = []
    for what, m in c.entries(top, "metrics", "metric"):
        c.keys(m, METRIC_KEYS, what)
        mid = c.text(m, "id", what, True)
        if mid and not ID_RE.match(mid):
            c.add(c.line_of(m, "id"), f"metric id {mid!r} must be lower-case ASCII snake_case")
        what = f"metric {mid}" if mid else what
        name = c.text(m, "name", what, True)
        unit = m.get("unit")
        if unit is not None and not isinstance(unit, str):
            c.add(
                c.line_of(m, "unit"), f'`unit` of {what} is {_kind(unit)}: quote it, e.g. unit: "%"'
            )
            unit = None
        try:
            base, factor = values.unit_of(unit)
            if unit is not None and (base != unit or factor != 1):
                c.add(
                    c.line_of(m, "unit"),
                    f"`unit` of {what} is {unit!r}: a catalog names the base unit ({base})",
                )
        except values.ValueParseError as exc:
            c.add(c.line_of(m, "unit"), f"{what}: {exc}")
        category = c.choice(m, "category", CATEGORIES, what)
        better = c.choice(m, "better", BETTER, what)
        c.texts(m, "review", what)
        if mid and name and category and better:
            out.append(
                Metric(
                    mid,
                    name,
                    c.texts(m, "aliases", what),
                    unit,
                    category,
                    better,
                    c.text(m, "note", what),
                )
            )
    return out, c.problems


STANDARD_KEYS = {"metric": True, "limit": True, "unit": False, "raw": True, "document": True,
                 "doc_number": False, "checked_against": True}  # fmt: skip


def build_standards(data: Any, path: str) -> tuple[list[Standard], list[Problem]]:
    """The `standards:` list of a catalog file: national floors with their citations."""
    c = Checker(path)
    out: list[Standard] = []
    for what, m in c.entries(data, "standards", "standard"):
        c.keys(m, STANDARD_KEYS, what)
        metric, raw = c.text(m, "metric", what, True), c.text(m, "raw", what, True)
        document, checked = (
            c.text(m, "document", what, True),
            c.text(m, "checked_against", what, True),
        )
        limit = _decimal(m.get("limit"))
        if m.get("limit") is not None and limit is None:
            c.add(c.line_of(m, "limit"), f"`limit` of {what} is {m.get('limit')!r}: write a number")
        unit = m.get("unit")
        if unit is not None and not isinstance(unit, str):
            c.add(c.line_of(m, "unit"), f"`unit` of {what} is {_kind(unit)}: quote it")
            unit = None
        if metric and raw and document and checked and limit is not None:
            out.append(
                Standard(metric, limit, unit, raw, document, c.text(m, "doc_number", what), checked)
            )
    return out, c.problems


def metric_refs(data: Any) -> tuple[tuple[str, int | None, int], ...]:
    """(metric id, line, record number) of every record that names one, valid or not."""
    records = data.get("records") if isinstance(data, dict) else None
    if not isinstance(records, list):
        return ()
    return tuple(
        (r["metric"], r.key_lines.get("metric") if isinstance(r, LineDict) else None, n)
        for n, r in enumerate(records, 1)
        if isinstance(r, dict) and isinstance(r.get("metric"), str)
    )


def is_unit_file(data: Any) -> bool:
    """The unit table (data/units.yaml, top-level `units:`) is neither a plan nor a catalog."""
    from plancmp.units import is_unit_file

    return is_unit_file(data)


def check_units(data: Any, path: str) -> list[Problem]:
    """The unit table's problems; plancmp reads only the built-in one (values.py)."""
    from plancmp.units import UnitTableError, build

    try:
        build(data)
    except UnitTableError as exc:
        return [Problem(path, None, str(exc))]
    return []


def is_catalog(data: Any) -> bool:
    """Catalog files (metrics, standards) are told from plan files by their top-level keys."""
    return (
        isinstance(data, dict)
        and ("metrics" in data or "standards" in data)
        and "records" not in data
    )
