"""A draft as files a curator edits: a plan file in the schema of data/README.md, and a
catalog file for the metrics the catalog lacks.

The text is written out here rather than by a YAML dumper so that it reads like the
hand-curated files: the same field order, every string quoted, one record a block.
Strings are JSON-quoted, which YAML reads as the same double-quoted scalars.
"""

from __future__ import annotations

import json
from decimal import Decimal

from plancmp.draft.build import Draft, Drafted
from plancmp.draft.units import known_unit
from plancmp.model import Actual, Metric

HEADER_NOTE = (
    "# 由 plancmp draft 从 {source} 起草：每条记录须与原文逐条核对，核对后删去其 review。\n"
    "# Schema: data/README.md. `plancmp validate` checks this file.\n"
)

UNCHECKED = "未见具体疑点：核对指标、数值、年份和学段与原句一致后，删去本条 review"
"""The review of a record the drafter has no doubt about: every drafted record carries
one, since the analyses take a record without `review` as checked by a person."""


def _q(value: str | None) -> str:
    return "null" if value is None else json.dumps(value, ensure_ascii=False)


def _n(value: Decimal | int | None) -> str:
    if value is None:
        return "null"
    d = Decimal(value)
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def _texts(values: list[str] | tuple[str, ...]) -> str:
    return "[" + ", ".join(_q(v) for v in values) + "]"


def _block(key: str, values: list[str] | tuple[str, ...], indent: str) -> list[str]:
    if not values:
        return [f"{indent}{key}: []"]
    return [f"{indent}{key}:", *(f"{indent}  - {_q(v)}" for v in values)]


def plan_text(draft: Draft) -> str:
    """The plan file: header fields (null where the document does not state them, each
    named in `review`), `conversions`, and the drafted records."""
    p, h = draft.plan, draft.header
    lines = [HEADER_NOTE.format(source=draft.source_file).rstrip("\n")]
    lines += [
        f"id: {_q(p.id)}",
        f"title: {_q(p.title)}",
        f"names: {_texts(list(p.names))}",
        f"issuer: {_q(h.issuer)}",
        f"doc_number: {_q(h.doc_number)}",
        f"issued: {_q(h.issued)}",
        f"jurisdiction: {_q(h.jurisdiction)}",
        f"level: {_q(h.level)}",
        f"parent_city: {_q(h.parent_city)}",
        f"kind: {_q(h.kind)}",
        f"base_year: {_n(h.base_year)}",
        f"target_year: {_n(p.target_year or None)}",  # the latest target's, if no period
        f"source_file: {_q(draft.source_file)}",
        *_block("review", list(draft.review), ""),
        *(
            [f"# `plancmp draft {draft.source_file} --text` prints the converted text."]
            if draft.conversions
            else []
        ),
        *_block("conversions", list(draft.conversions), ""),
        "records:" if draft.records else "records: []",
    ]
    for d in draft.records:
        lines.extend(_record(d, p.target_year or None))
    return "\n".join(lines) + "\n"


def _record(d: Drafted, plan_year: int | None) -> list[str]:
    r, t = d.record, d.record.target
    unit = known_unit(r.printed_unit) if r.printed_unit else None
    out = [
        f"  - metric: {_q(r.metric)}",
        f"    name: {_q(r.name)}",
        f"    segment: {_q(r.segment)}",
        f"    unit: {_q(unit)}",
    ]
    if r.baseline is None:
        out.append("    baseline: null")
    else:
        b = r.baseline
        out += [
            "    baseline:",
            f"      year: {_n(b.year)}",
            f"      raw: {_q(b.raw)}",
            f"      value: {_n(b.value.value)}",
        ]
        if b.section:
            out.append(f"      section: {_q(b.section)}")
    out += [
        "    target:",
        f"      raw: {_q(t.raw)}",
        f"      op: {_q(t.value.op)}",
        f"      value: {_n(t.value.value)}",
        f"      value_max: {_n(t.value.value_max)}",
    ]
    if d.comparator is not None:
        out.append(f"      comparator: {_q(d.comparator)}")
    if t.year and t.year != plan_year:
        out.append(f"      year: {t.year}")
    out += [
        f"      scope: {_q(t.scope)}",
        f"    attribute: {_q(r.attribute)}",
        "    source:",
        f"      section: {_q(r.source.section)}",
        f"      kind: {_q(r.source.kind)}",
        f"      also: {_texts(list(r.source.also))}",
        f"      quote: {_q(d.quote)}",
        "    note: null",
        *_block("review", list(d.review) or [UNCHECKED], "    "),
        *_actuals(r.actuals),
    ]
    return out


def _actuals(actuals: tuple[Actual, ...]) -> list[str]:
    """A record's `actuals:` (data/README.md, "Actual values"); no lines for none."""
    out = ["    actuals:"] if actuals else []
    for a in actuals:
        out += [
            f"      - year: {a.year}",
            f"        raw: {_q(a.raw)}",
            f"        value: {_n(a.value.value)}",
            "        source:",
            f"          document: {_q(a.document)}",
        ]
        if a.section:
            out.append(f"          section: {_q(a.section)}")
    return out


def catalog_text(metrics: tuple[Metric, ...], review: dict[str, list[str]], plan_id: str) -> str:
    """The catalog file for the draft's new metrics (`metrics-<id>.yaml`)."""
    lines = [
        f"# 草稿 {plan_id} 中目录未收录的指标：核对后并入 metrics.yaml，或改用已有指标的 id。",
        "metrics:" if metrics else "metrics: []",
    ]
    for m in metrics:
        lines += [
            f"  - id: {_q(m.id)}",
            f"    name: {_q(m.name)}",
            f"    aliases: {_texts(list(m.aliases))}",
            f"    unit: {_q(m.unit)}",
            f"    category: {_q(m.category)}",
            f"    better: {_q(m.better)}",
            *_block("review", review.get(m.id, []), "    "),
        ]
    return "\n".join(lines) + "\n"
