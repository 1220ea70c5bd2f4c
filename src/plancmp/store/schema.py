"""Raw YAML mappings → Plan, Metric and Standard objects, collecting every problem.

Validation never stops at the first problem: a curator fixing a file wants
the whole list, each with its line and what to do. The schema is written in
prose in data/README.md; the field lists below are its checkable form.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from plancmp import values
from plancmp.decimals import MAX_DIGITS, fmt, sensible
from plancmp.i18n import N_, _, chinese
from plancmp.model import (
    ATTRIBUTES,
    BETTER,
    BETTER_ZH,
    CATEGORIES,
    KINDS,
    LEVELS,
    OPS,
    PLAN_KIND_ZH,
    SCOPE_ZH,
    SCOPES,
    SEGMENTS,
    Actual,
    Baseline,
    Metric,
    Plan,
    Problem,
    Record,
    Source,
    Standard,
    Target,
    Value,
    place_key,
)
from plancmp.store.yamlread import LineDict

ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FIRST_YEAR, LAST_YEAR = 1949, 2100
"""The years a plan file may give (a target's, a baseline's, an actual's)."""


class Fields(NamedTuple):
    """The fields a mapping may hold and those it must, as Checker.keys checks them (for
    every record of every file a first load reads: a set and a short tuple, not a scan)."""

    known: frozenset[str]
    required: tuple[str, ...]
    listed: str
    """The fields in the order written, as a message lists them."""


def fields(spec: dict[str, bool]) -> Fields:
    """Fields from `field → required`, in the order a message lists them."""
    return Fields(frozenset(spec), tuple(k for k, r in spec.items() if r), ", ".join(spec))


# Each schema: field → required. Drafted plans may leave jurisdiction, level and kind
# empty (null) for a person to fill in; `review` lists what is left.
PLAN_KEYS = fields(
    {
        "id": True,
        "title": True,
        "names": False,
        "issuer": False,
        "doc_number": False,
        "issued": False,
        "jurisdiction": False,
        "level": False,
        "parent_city": False,
        "kind": False,
        "base_year": False,
        "target_year": True,
        "source_file": False,
        "conversions": False,
        "review": False,
        "parents": False,
        "records": True,
    }
)
RECORD_KEYS = fields(
    {
        "metric": True,
        "name": True,
        "segment": False,
        "unit": False,
        "baseline": False,
        "target": True,
        "attribute": False,
        "source": True,
        "note": False,
        "review": False,
        "actuals": False,
    }
)
ACTUAL_KEYS = fields({"year": True, "raw": True, "value": False, "source": True})
ACTUAL_SOURCE_KEYS = fields({"document": True, "section": False, "url": False})
TARGET_KEYS = fields(
    {
        "raw": True,
        "op": False,
        "value": False,
        "value_max": False,
        "year": False,
        "scope": False,
        "comparator": False,
    }
)
BASELINE_KEYS = fields({"raw": True, "year": False, "op": False, "value": False, "section": False})
SOURCE_KEYS = fields({"section": True, "kind": True, "also": False, "quote": False})
METRIC_KEYS = fields(
    {
        "id": True,
        "name": True,
        "aliases": False,
        "unit": False,
        "category": True,
        "better": True,
        "note": False,
        "operational": False,
        "review": False,
        "related": False,
    }
)
STANDARD_KEYS = fields(
    {
        "metric": True,
        "limit": True,
        "unit": False,
        "raw": True,
        "document": True,
        "doc_number": False,
        "checked_against": True,
    }
)
CATALOG_KEYS = fields({"metrics": False, "standards": False})
MAX_SHOWN = 60
"""Characters of a bad value quoted in a message; the rest is counted, not printed."""


class Checker:
    """Collects problems for one file; each accessor returns None when a field is bad."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []

    def add(self, line: int | None, message: str, **fields: object) -> None:
        """A problem; with `fields`, `message` is an English template, put in the user's
        language here, where a problem is found (the schema check of valid data calls
        nothing that translates, so it never opens the catalog)."""
        if fields:
            message = _(message).format(**{k: _described(k, v) for k, v in fields.items()})
        self.problems.append(Problem(self.path, line, message))

    def line_of(self, mapping: object, key: str | None = None) -> int | None:
        if isinstance(mapping, LineDict):
            if key is not None and key in getattr(mapping, "key_lines", {}):
                return mapping.key_lines[key]
            return mapping.line or None
        return None

    def mapping(self, value: object, what: str, line: int | None) -> dict[str, Any] | None:
        if isinstance(value, dict):
            return value
        self.add(
            line,
            N_("{what} must be a mapping of `key: value` lines, not {kind}"),
            what=what,
            kind=_kind(value),
        )
        return None

    def child(self, m: Mapping[str, Any], key: str, what: str) -> dict[str, Any] | None:
        """The mapping under `key`: None when it is absent, or not a mapping (reported)."""
        v = m.get(key)
        if v is None or isinstance(v, dict):
            return v
        return self.mapping(v, f"`{key}` of {what}", self.line_of(m, key))

    def keys(self, m: Mapping[str, Any], spec: Fields, what: str) -> None:
        if not m.keys() <= spec.known:  # one set comparison first: most mappings are fine
            for key in m:
                if key not in spec.known:
                    known = spec.listed
                    self.add(
                        self.line_of(m, key),
                        N_("unknown field {key} in {what}: the fields are {known}"),
                        key=_shown(key),
                        what=what,
                        known=known,
                    )
        for key in spec.required:
            if key in m and m[key] is None:  # written, left empty: its own line
                words = N_("`{key}` of {what} is empty: write it")
                self.add(self.line_of(m, key), words, key=key, what=what)
            elif m.get(key) is None:
                self.add(self.line_of(m), N_("{what} has no `{key}`: add it"), what=what, key=key)

    def text(self, m: Mapping[str, Any], key: str, what: str) -> str | None:
        v = m.get(key)
        if v is None:
            return None
        if isinstance(v, str) and v.strip():
            return v
        if isinstance(v, str):
            self.add(
                self.line_of(m, key),
                N_("`{key}` of {what} is empty: write it, or leave the key out"),
                key=key,
                what=what,
            )
            return None
        self.add(
            self.line_of(m, key),
            N_("`{key}` of {what} must be text, not {kind}: quote it"),
            key=key,
            what=what,
            kind=_kind(v),
        )
        return None

    def choice(
        self,
        m: Mapping[str, Any],
        key: str,
        options: tuple[str, ...],
        what: str,
        labels: Mapping[str, str] | None = None,
    ) -> str | None:
        """`m[key]`, one of `options` or its Chinese label (`五年规划` is `five_year_plan`, as
        the outputs print it); a problem otherwise, listing them with their labels."""
        v = m.get(key)
        if v is None:
            return None
        if isinstance(v, str) and v in options:
            return v
        labels = labels or {}
        named = [o for o in options if labels.get(o) == v]
        if len(named) == 1:
            return named[0]
        self.not_one_of(
            m, key, what, (f"{o}（{labels[o]}）" if o in labels else o for o in options)
        )
        return None

    def not_one_of(self, m: Mapping[str, Any], key: str, what: str, listed: Iterable[str]) -> None:
        """The problem of `m[key]` being none of the words `listed`."""
        self.add(
            self.line_of(m, key),
            N_("`{key}` of {what} is {value}: use one of {listed}"),
            key=key,
            what=what,
            value=_shown(m.get(key)),
            listed=" | ".join(listed),
        )

    def year(self, m: Mapping[str, Any], key: str, what: str) -> int | None:
        v = m.get(key)
        if v is None:
            return None
        if isinstance(v, int) and not isinstance(v, bool) and FIRST_YEAR <= v <= LAST_YEAR:
            return v
        self.add(
            self.line_of(m, key),
            N_("`{key}` of {what} is {value}: write a year such as 2025"),
            key=key,
            what=what,
            value=_shown(v),
        )
        return None

    def flag(self, m: Mapping[str, Any], key: str, what: str) -> bool:
        v = m.get(key)
        if v is None or isinstance(v, bool):
            return bool(v)
        self.add(
            self.line_of(m, key),
            N_("`{key}` of {what} is {value}: write true or false"),
            key=key,
            what=what,
            value=_shown(v),
        )
        return False

    def entries(self, top: object, key: str, noun: str) -> list[tuple[str, dict[str, Any]]]:
        """The mappings listed under `key` (metrics, standards), each with a name for messages."""
        items = top.get(key) if isinstance(top, dict) else None
        if not isinstance(items, list):
            if items is not None:
                self.add(self.line_of(top, key), N_("`{key}` must be a list of {key}"), key=key)
            return []
        found = []
        for i, item in enumerate(items):
            what = f"{noun} {i + 1}"
            m = self.mapping(item, what, None)
            if m is not None:
                found.append((what, m))
        return found

    def texts(self, m: Mapping[str, Any], key: str, what: str) -> tuple[str, ...]:
        v = m.get(key)
        if v is None:
            return ()
        if isinstance(v, list) and all(isinstance(x, str) for x in v):
            return tuple(v)
        self.add(
            self.line_of(m, key),
            N_("`{key}` of {what} must be a list of quoted texts"),
            key=key,
            what=what,
        )
        return ()

    def number(self, m: Mapping[str, Any], key: str, what: str) -> Decimal | None:
        """A finite number of sensible length, or None (reported when present but bad)."""
        stored = m.get(key)
        if stored is None:
            return None
        got = _decimal(stored)
        if got is None:
            self.add(
                self.line_of(m, key),
                N_("`{key}` of {what} is {value}: write a number"),
                key=key,
                what=what,
                value=_shown(stored),
            )
        return got


def _kind(v: object) -> str:
    """What a value is, as a message names it (in English: `_described` translates it)."""
    if isinstance(v, bool):
        return f"true/false ({_shown(v)})"
    if isinstance(v, dict):
        return "a mapping"
    if isinstance(v, list):
        return "a list"
    if v is None:
        return "empty"
    return f"{type(v).__name__} {_shown(v)}"


DESCRIPTIONS = (
    (r"the plan$", N_("the plan")),
    (r"record (?P<n>\d+) \((?P<name>.*)\)$", N_("record {n} ({name})")),
    (r"record (?P<n>\d+)$", N_("record {n}")),
    (r"metric (?P<n>\d+)$", N_("metric {n}")),
    (r"standard (?P<n>\d+)$", N_("standard {n}")),
    (r"metric (?P<id>\S+)$", N_("metric {id}")),
    (r"group (?P<n>\d+)$", N_("group {n}")),
    (r"group (?P<id>\S+)$", N_("group {id}")),
    (r"the target of (?P<what>.+)$", N_("the target of {what}")),
    (r"the baseline of (?P<what>.+)$", N_("the baseline of {what}")),
    (r"the source of (?P<what>.+)$", N_("the source of {what}")),
    (r"actual (?P<n>\d+) of (?P<what>.+)$", N_("actual {n} of {what}")),
    (r"`(?P<key>[^`]+)` of (?P<what>.+)$", N_("`{key}` of {what}")),
    (r"a mapping$", N_("a mapping")),
    (r"a list$", N_("a list")),
    (r"empty$", N_("empty")),
    (r"str (?P<value>.+)$", N_("the text {value}")),
    (r"(?:int|float) (?P<value>.+)$", N_("the number {value}")),
    (r"true/false \((?P<value>.*)\)$", N_("true/false ({value})")),
    (r"a plan file$", N_("a plan file")),
    (r"a catalog file$", N_("a catalog file")),
    (r"a groups file$", N_("a groups file")),
    (r"the catalog$", N_("the catalog")),
)  # fmt: skip
"""How messages name a part of a file ("the baseline of record 3 (…)"), which the
checks build in English as they go, and the same words to translate."""


def _described(key: str, value: object) -> object:
    """A message's field in the user's language: the part of the file it names, or what
    a value is; other fields (values quoted from the file, ids) as they are."""
    if key not in ("what", "part", "kind") or not isinstance(value, str) or not chinese():
        return value
    for pattern, words in DESCRIPTIONS:
        found = re.match(pattern, value)
        if found:
            parts = {k: _described("what", v) for k, v in found.groupdict().items()}
            return _(words).format(**parts)
    return value


def stored_agrees(stored: object, want: Decimal | None) -> bool:
    """Whether a stored `value` or `value_max` is what `raw` reads as (`want`): the same
    number, or the same at units.PRECISION; null where raw gives none."""
    if stored is None:
        return want is None
    got = _decimal(stored)
    return got is not None and (got == want or values.same_number(got, want))


def _decimal(v: object) -> Decimal | None:
    """A finite number of sensible size (decimals.sensible) from an int, float or text
    in ASCII digits; None otherwise."""
    if (type(v) is int or type(v) is float) and v:  # nearly every stored number: one of a few
        return _number_decimal(v)
    if v is None:  # value_max: null, in nearly every record
        return None
    return _any_decimal(v)


@lru_cache(maxsize=4096, typed=True)  # 90 and 90.0 kept apart; zeros (-0.0) never come here
def _number_decimal(v: int | float) -> Decimal | None:
    """_decimal of a YAML number: plans repeat the same few (100, 95, 2025), and converting
    each afresh cost a first load of 10,000 plans a second and a half of work."""
    return _any_decimal(v)


def _any_decimal(v: object) -> Decimal | None:
    if isinstance(v, bool) or not isinstance(v, int | float | str):
        return None
    if isinstance(v, int) and v.bit_length() > MAX_DIGITS * 4:
        return None  # str() of a huge int is slow, and refused past 4,300 digits
    text = str(v)
    if len(text) > MAX_DIGITS + 10 or not text.isascii():  # Decimal("٩٠") would be 90
        return None
    try:
        d = Decimal(text)
    except ArithmeticError:
        return None
    return d if sensible(d) else None


def _cut(text: str) -> str:
    """Text as a message names it (a record's name), cut short when long."""
    return text if len(text) <= MAX_SHOWN else f"{text[: MAX_SHOWN - 1]}…"


def _shown(v: object) -> str:
    """A value as a message quotes it: repr, cut short when long (a 5,000-digit number)."""
    text = repr(v)
    if len(text) <= MAX_SHOWN:
        return text
    return f"{text[: MAX_SHOWN - 10]}…{text[-5:]} ({len(text):,} characters)"


# --- values ----------------------------------------------------------------------------------


def _check_stored(c: Checker, m: Mapping[str, Any], parsed: Value, what: str) -> None:
    """Stored op/value/value_max, where written, must equal what `raw` parses to."""
    op = m.get("op")
    if op == "text" and parsed.op != "text":
        _now_a_number(c, m, parsed, what)
        return
    if op is not None and op != parsed.op:
        if op not in OPS:
            c.not_one_of(m, "op", what, OPS)
        else:
            c.add(
                c.line_of(m, "op"),
                N_("`op` of {what} is {op} but raw {raw} reads as {read!r}: fix one of them"),
                what=what,
                op=_shown(op),
                raw=_shown(m.get("raw")),
                read=parsed.op,
            )
    for key, want in (("value", parsed.value), ("value_max", parsed.value_max)):
        if key not in m:
            continue
        stored = m.get(key)
        if stored is not None and c.number(m, key, what) is None:
            continue  # not a number: said so
        if not stored_agrees(stored, want):
            shown = "null" if want is None else fmt(want)
            c.add(
                c.line_of(m, key),
                N_(
                    "`{key}` of {what} is {value} but raw {raw} reads as {read} (unit {unit}): fix one of them"
                ),
                key=key,
                what=what,
                value=_shown(stored),
                raw=_shown(m.get("raw")),
                read=shown,
                unit=parsed.unit or _("no unit"),
            )


def _now_a_number(c: Checker, m: Mapping[str, Any], parsed: Value, what: str) -> None:
    """A file written when plancmp read `raw` as words (二十所, 十五年 before numerals
    were read): one message with the whole fix."""
    value, value_max = _yaml_number(parsed.value), _yaml_number(parsed.value_max)
    c.add(
        c.line_of(m, "op"),
        N_(
            "`op` of {what} is 'text', but plancmp now reads raw {raw} as a number ({op} {value}, unit {unit}): "
            "write {fix} (numbers in Chinese numerals, 成, 分之 and changes such as 提高5个百分点 are read now; if this text is not a number, report it as a plancmp bug)"
        ),
        what=what,
        raw=_shown(m.get("raw")),
        op=parsed.op,
        value=value,
        unit=parsed.unit or _("no unit"),
        fix=f'op: "{parsed.op}", value: {value}, value_max: {value_max}',
    )


def _yaml_number(d: Decimal | None) -> str:
    return "null" if d is None else fmt(d)


def _value(
    c: Checker, m: Mapping[str, Any], unit: str | None, what: str, comparator: str | None = None
) -> Value | None:
    """The value `raw` reads as, its op given by `comparator` where one is printed in a cell
    of its own; stored op/value/value_max checked against it."""
    raw = m.get("raw")
    if raw is None:
        return None
    if not isinstance(raw, str):
        c.add(
            c.line_of(m, "raw"),
            N_('`raw` of {what} is {kind}: quote it exactly as printed, e.g. raw: "{raw}"'),
            what=what,
            kind=_kind(raw),
            raw=raw,
        )
        return None
    try:
        parsed = values.parse(raw, unit)
    except values.ValueParseError as exc:
        c.add(c.line_of(m, "raw"), N_("{what}: {problem}"), what=what, problem=exc)
        return None
    if comparator is not None:
        parsed = _compared(c, m, parsed, comparator, unit, what)
    _check_stored(c, m, parsed, what)
    return parsed


def _compared(
    c: Checker, m: Mapping[str, Any], parsed: Value, comparator: str, unit: str | None, what: str
) -> Value:
    """A number whose comparator is printed apart from it: a bound in a cell of its own
    (`≥ | 735 | 人次`) or after a list, a verb of change before a list (`分别增长7%和8%`)."""
    from plancmp.phrases import CELLS, CHANGE_VERBS  # the value grammar: not at start-up

    if comparator.strip() not in CELLS and comparator.strip() not in CHANGE_VERBS:
        c.not_one_of(m, "comparator", what, (*CELLS, *CHANGE_VERBS))
        return parsed
    try:
        return values.compared(m["raw"], comparator, unit)
    except values.ValueParseError:
        c.add(
            c.line_of(m, "comparator"),
            N_("raw {raw} of {what} states its own comparator ({op}): remove `comparator`"),
            raw=_shown(m.get("raw")),
            what=what,
            op=parsed.op,
        )
    return parsed


# --- records ---------------------------------------------------------------------------------


class _Context:
    """What a record needs from its plan: its id and its years."""

    def __init__(self, plan_id: str, target_year: int, base_year: int | None):
        self.plan_id, self.target_year, self.base_year = plan_id, target_year, base_year


def _unit(c: Checker, rec: Mapping[str, Any], what: str) -> tuple[str | None, str | None]:
    """(unit as printed, its base unit); both None when absent or unknown (reported)."""
    unit = rec.get("unit")
    if unit is None:
        return None, None
    if not isinstance(unit, str):
        c.add(
            c.line_of(rec, "unit"),
            N_("`unit` of {what} is {kind}: quote it"),
            what=what,
            kind=_kind(unit),
        )
        return None, None
    try:
        base = values.unit_of(unit)[0]
    except values.ValueParseError as exc:
        c.add(c.line_of(rec, "unit"), N_("{what}: {problem}"), what=what, problem=exc)
        return None, None
    return unit, base


def _target(
    c: Checker, rec: Mapping[str, Any], unit: str | None, ctx: _Context, what: str
) -> Target | None:
    tm = c.child(rec, "target", what)
    if tm is None:
        return None
    part = f"the target of {what}"
    c.keys(tm, TARGET_KEYS, part)
    tv = _value(c, tm, unit, part, c.text(tm, "comparator", part))
    scope = c.choice(tm, "scope", SCOPES, part, SCOPE_ZH) or "level"
    year = c.year(tm, "year", part) or ctx.target_year
    return Target(tm["raw"], tv, year, scope) if tv is not None else None


def _baseline(
    c: Checker,
    rec: Mapping[str, Any],
    unit: str | None,
    target: Target | None,
    ctx: _Context,
    what: str,
) -> Baseline | None:
    bm = c.child(rec, "baseline", what)
    if bm is None:
        return None
    part = f"the baseline of {what}"
    c.keys(bm, BASELINE_KEYS, part)
    bv = _value(c, bm, unit, part)
    if bv is None:
        return None
    if bv.value is None:
        c.add(
            c.line_of(bm, "raw"),
            N_("{part} ({raw}) has no number: set `baseline: null` and say why in `note`"),
            part=part,
            raw=_shown(bm["raw"]),
        )
        return None
    year = c.year(bm, "year", part) or ctx.base_year
    # a plan's target year left unread (0) is reported once, where it is written
    if target is not None and year is not None and target.year and year >= target.year:
        c.add(
            c.line_of(bm, "year") or c.line_of(bm),
            N_(
                "the baseline of {what} is for {year}, not before the target's year {target}: check both years"
            ),
            what=what,
            year=year,
            target=target.year,
        )
    if target is not None and target.value.value is not None and bv.unit != target.value.unit:
        c.add(
            c.line_of(bm, "raw"),
            N_(
                "the baseline of {what} is in {unit} but the target in {target}: give the record the `unit` printed for the indicator"
            ),
            what=what,
            unit=bv.unit or _("no unit"),
            target=target.value.unit or _("no unit"),
        )
    return Baseline(year, bm["raw"], bv, c.text(bm, "section", part))


def _source(c: Checker, rec: Mapping[str, Any], what: str) -> Source | None:
    sm = c.child(rec, "source", what)
    if sm is None:
        return None
    part = f"the source of {what}"
    c.keys(sm, SOURCE_KEYS, part)
    section = c.text(sm, "section", part)
    kind = c.choice(sm, "kind", ("table", "prose"), part)
    also = c.texts(sm, "also", part)
    quote = c.text(sm, "quote", part)
    return Source(section, kind, also, quote) if section and kind else None


def _record(c: Checker, m: object, index: int, ctx: _Context) -> Record | None:
    what = f"record {index + 1}"
    rec = c.mapping(m, what, None)
    if rec is None:
        return None
    c.keys(rec, RECORD_KEYS, what)
    metric = c.text(rec, "metric", what)
    name = c.text(rec, "name", what)
    what = f"record {index + 1} ({_cut(name)})" if name else what
    segment = c.choice(rec, "segment", SEGMENTS, what)
    unit, base_unit = _unit(c, rec, what)
    target = _target(c, rec, unit, ctx, what)
    baseline = _baseline(c, rec, unit, target, ctx, what)
    source = _source(c, rec, what)
    actuals = _actuals(c, rec, unit, target, baseline, what)
    attribute = c.choice(rec, "attribute", ATTRIBUTES, what)
    note = c.text(rec, "note", what)
    review = c.texts(rec, "review", what)
    if not (metric and name and target and source):
        return None
    # A trend's or change's own printed unit (个百分点, %) is the change's, not the indicator's.
    trend = target.value.op in ("trend", "change", "growth")
    return Record(
        plan=ctx.plan_id,
        metric=metric,
        name=name,
        segment=segment,
        unit=base_unit if unit is not None else target.value.unit,
        printed_unit=unit if unit is not None or trend else target.value.printed_unit,
        target=target,
        baseline=baseline,
        attribute=attribute,
        source=source,
        note=note,
        line=c.line_of(rec),
        review=review,
        actuals=actuals,
    )


def _actuals(
    c: Checker,
    rec: Mapping[str, Any],
    unit: str | None,
    target: Target | None,
    baseline: Baseline | None,
    what: str,
) -> tuple[Actual, ...]:
    """The values reached, oldest first; each year once, after the baseline's year."""
    items = rec.get("actuals")
    if items is None:
        return ()
    if not isinstance(items, list):
        c.add(c.line_of(rec, "actuals"), N_("`actuals` of {what} must be a list of `- year: …` entries, not {kind}"), what=what, kind=_kind(items))  # fmt: skip
        return ()
    found: dict[int, tuple[Actual, int | None]] = {}
    for i, item in enumerate(items):
        part = f"actual {i + 1} of {what}"
        m = c.mapping(item, part, c.line_of(rec, "actuals"))
        a = _actual(c, m, unit, target, baseline, part) if m is not None else None
        if a is None or m is None:
            continue
        if a.year in found:
            other = found[a.year][1]
            c.add(c.line_of(m, "year"), N_("{what} has two actuals for {year} (the other on line {other}): keep one"), what=what, year=a.year, other=other)  # fmt: skip
            continue
        found[a.year] = (a, c.line_of(m, "year"))
    return tuple(a for _, (a, _) in sorted(found.items()))


def _actual(
    c: Checker,
    m: Mapping[str, Any],
    unit: str | None,
    target: Target | None,
    baseline: Baseline | None,
    part: str,
) -> Actual | None:
    c.keys(m, ACTUAL_KEYS, part)
    year = c.year(m, "year", part)
    value = _value(c, m, unit, part)
    sm = c.child(m, "source", part)
    document = section = url = None
    if sm is not None:
        where = f"the source of {part}"
        c.keys(sm, ACTUAL_SOURCE_KEYS, where)
        document, section = c.text(sm, "document", where), c.text(sm, "section", where)
        url = c.text(sm, "url", where)
    if value is not None and (value.value is None or value.op in ("range", "trend", "text")):
        c.add(c.line_of(m, "raw"), N_('{part} ({raw!r}) is not one number: an actual is the value reached, e.g. "82.5%"'), part=part, raw=m["raw"])  # fmt: skip
        return None
    if value is not None and target is not None and target.value.value is not None and value.unit != target.value.unit:  # fmt: skip
        c.add(c.line_of(m, "raw"), N_("{part} is in {unit} but the target in {target}: give the value in the indicator's unit"), part=part, unit=value.unit or _("no unit"), target=target.value.unit or _("no unit"))  # fmt: skip
    base_year = baseline.year if baseline is not None else None
    if year is not None and base_year is not None and year <= base_year:
        c.add(c.line_of(m, "year"), N_("{part} is for {year}, not after the baseline's year {base}: an actual is a value reached since the baseline"), part=part, year=year, base=base_year)  # fmt: skip
        return None
    if year is None or value is None or document is None:
        return None
    return Actual(year, m["raw"], value, document, section, url)


# --- plans -----------------------------------------------------------------------------------


def _plan_id(c: Checker, top: Mapping[str, Any], stem: str | None) -> str | None:
    pid = c.text(top, "id", "the plan")
    if pid and not ID_RE.match(pid):
        c.add(
            c.line_of(top, "id"),
            N_('plan id {id} must be lower-case ASCII letters, digits and _ (e.g. "linan")'),
            id=_shown(pid),
        )
    if pid and stem and pid != stem:
        c.add(
            c.line_of(top, "id"),
            N_("plan id {id!r} differs from the file name {stem!r}: rename the file to {id}.yaml"),
            id=pid,
            stem=stem,
        )
    return pid


def _records(c: Checker, top: Mapping[str, Any], ctx: _Context) -> list[Record]:
    raw_records = top.get("records")
    if raw_records is not None and not isinstance(raw_records, list):
        c.add(
            c.line_of(top, "records"),
            N_("`records` must be a list of records (lines starting with `- `), not {kind}"),
            kind=_kind(raw_records),
        )
        return []
    from plancmp.store.plain_record import plain_record  # it uses this module's checks

    records = []
    plan_id, target_year, base_year = ctx.plan_id, ctx.target_year, ctx.base_year
    for i, m in enumerate(raw_records or ()):
        r = plain_record(m, plan_id, target_year, base_year) or _record(c, m, i, ctx)
        if r is not None:
            records.append(r)
    return records


def build_plan(
    data: object, path: str, stem: str | None = None
) -> tuple[Plan | None, list[Problem]]:
    """Check a plan file's mapping and build the Plan; return it with all problems."""
    c = Checker(path)
    top = c.mapping(data, "a plan file", 1)
    if top is None:
        return None, c.problems
    c.keys(top, PLAN_KEYS, "the plan")
    pid = _plan_id(c, top, stem)
    title = c.text(top, "title", "the plan")
    target_year = c.year(top, "target_year", "the plan")
    base_year = c.year(top, "base_year", "the plan")
    _check_period(c, top, base_year, target_year)
    issued = c.text(top, "issued", "the plan")
    if issued and not DATE_RE.match(issued):
        c.add(
            c.line_of(top, "issued"),
            N_('`issued` is {value}: write the date as "YYYY-MM-DD"'),
            value=_shown(issued),
        )
    what = "the plan"
    level, kind = (
        c.choice(top, "level", LEVELS, what),
        c.choice(top, "kind", KINDS, what, PLAN_KIND_ZH),
    )
    jurisdiction, names = c.text(top, "jurisdiction", what), c.texts(top, "names", what)
    issuer, doc_number = c.text(top, "issuer", what), c.text(top, "doc_number", what)
    parent_city, source_file = c.text(top, "parent_city", what), c.text(top, "source_file", what)
    conversions, review = c.texts(top, "conversions", what), c.texts(top, "review", what)
    parents = _parents(c, top, parent_city)
    records = _records(c, top, _Context(pid or "?", target_year or 0, base_year))
    if c.problems or not (pid and title and target_year):
        return None, c.problems
    plan = Plan(
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
        tuple(records),
        path,
        conversions,
        review,
        parents,
    )
    return plan, c.problems


def _check_period(
    c: Checker, top: Mapping[str, Any], base_year: int | None, target_year: int | None
) -> None:
    """A plan's period runs forward: a typo in either year would otherwise date every record
    that has no baseline of its own to the wrong year, with nothing said."""
    if base_year is not None and target_year is not None and base_year >= target_year:
        c.add(
            c.line_of(top, "target_year"),
            N_(
                "`base_year` of the plan is {base}, not before its `target_year` {target}: check both years"
            ),
            base=base_year,
            target=target_year,
        )


def _parents(c: Checker, top: Mapping[str, Any], parent_city: str | None) -> tuple[str, ...]:
    """The jurisdictions above the plan's, nearest first; `parent_city`, when also given,
    must be among them."""
    parents = c.texts(top, "parents", "the plan")
    if any(not p.strip() for p in parents):
        c.add(c.line_of(top, "parents"), _("`parents` of the plan has an empty name: remove it"))
    keys = [place_key(p) for p in parents]
    if parents and parent_city and place_key(parent_city) not in keys:
        c.add(c.line_of(top, "parent_city"), N_("`parent_city` {city!r} is not among `parents` ({parents}): list the city first in `parents`, or remove `parent_city`"), city=parent_city, parents=", ".join(parents))  # fmt: skip
    return parents


# --- catalog files ---------------------------------------------------------------------------


def _metric(c: Checker, what: str, m: Mapping[str, Any]) -> Metric | None:
    c.keys(m, METRIC_KEYS, what)
    mid = c.text(m, "id", what)
    if mid and not ID_RE.match(mid):
        c.add(
            c.line_of(m, "id"),
            N_("metric id {id} must be lower-case ASCII snake_case"),
            id=_shown(mid),
        )
    what = f"metric {mid}" if mid else what
    name = c.text(m, "name", what)
    unit = m.get("unit")
    if unit is not None and not isinstance(unit, str):
        c.add(
            c.line_of(m, "unit"),
            N_('`unit` of {what} is {kind}: quote it, e.g. unit: "%"'),
            what=what,
            kind=_kind(unit),
        )
        unit = None
    try:
        base, factor = values.unit_of(unit)
        if unit is not None and (base != unit or factor != 1):
            c.add(
                c.line_of(m, "unit"),
                N_("`unit` of {what} is {value}: a catalog names the base unit ({base})"),
                what=what,
                value=_shown(unit),
                base=base,
            )
    except values.ValueParseError as exc:
        c.add(c.line_of(m, "unit"), N_("{what}: {problem}"), what=what, problem=exc)
    category = c.choice(m, "category", CATEGORIES, what)
    better = c.choice(m, "better", BETTER, what, BETTER_ZH)
    aliases, note = c.texts(m, "aliases", what), c.text(m, "note", what)
    operational, review = c.flag(m, "operational", what), c.texts(m, "review", what)
    related = c.texts(m, "related", what)
    if not (mid and name and category and better):
        return None
    return Metric(mid, name, aliases, unit, category, better, note, operational, review, related)


def build_metrics(data: object, path: str) -> tuple[list[Metric], list[Problem]]:
    """Check a catalog file's mapping and build its metrics."""
    c = Checker(path)
    top = c.mapping(data, "a catalog file", 1)
    if top is None:
        return [], c.problems
    c.keys(top, CATALOG_KEYS, "the catalog")
    out = []
    for what, m in c.entries(top, "metrics", "metric"):
        metric = _metric(c, what, m)
        if metric is not None:
            out.append(metric)
    return out, c.problems


def build_standards(data: object, path: str) -> tuple[list[Standard], list[Problem]]:
    """The `standards:` list of a catalog file: national floors with their citations."""
    c = Checker(path)
    out: list[Standard] = []
    for what, m in c.entries(data, "standards", "standard"):
        c.keys(m, STANDARD_KEYS, what)
        metric, raw = c.text(m, "metric", what), c.text(m, "raw", what)
        document, checked = c.text(m, "document", what), c.text(m, "checked_against", what)
        limit = c.number(m, "limit", what)
        unit = m.get("unit")
        if unit is not None and not isinstance(unit, str):
            c.add(
                c.line_of(m, "unit"),
                N_("`unit` of {what} is {kind}: quote it"),
                what=what,
                kind=_kind(unit),
            )
            unit = None
        if metric and raw and document and checked and limit is not None:
            out.append(
                Standard(metric, limit, unit, raw, document, c.text(m, "doc_number", what), checked)
            )
    return out, c.problems


def metric_refs(data: object) -> tuple[tuple[str, int | None, int], ...]:
    """(metric id, line, record number) of every record that names one, valid or not."""
    records = data.get("records") if isinstance(data, dict) else None
    if not isinstance(records, list):
        return ()
    return tuple(
        (r["metric"], r.key_lines.get("metric") if isinstance(r, LineDict) else None, n)
        for n, r in enumerate(records, 1)
        if isinstance(r, dict) and isinstance(r.get("metric"), str)
    )


def check_units(data: object, path: str) -> list[Problem]:
    """The unit table's problems; plancmp reads only the built-in one (units.table)."""
    from plancmp.units import UnitTableError, build

    try:
        build(data)
    except UnitTableError as exc:
        return [Problem(path, None, str(exc))]
    return []


def file_kind(data: object) -> str:
    """`plan`, `catalog` (metrics, standards), `groups` or `units`, told by the top-level keys."""
    if isinstance(data, dict) and "records" not in data:
        if "units" in data:
            return "units"
        if "groups" in data and "metrics" not in data and "standards" not in data:
            return "groups"
        if "metrics" in data or "standards" in data:
            return "catalog"
    return "plan"
