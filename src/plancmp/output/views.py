"""Domain objects → Tables: the columns a person reads and the JSON a script reads.

JSON numbers are written in one form (decimals.as_number: 90, never 90.0); the
words come from words.py. Each table also hands a spreadsheet the number behind each cell
that stands for one (`Table.numbers`): the target 90 behind `≥90%`, the year, the rank.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from plancmp.analysis.rank import base_of, implied, no_progress
from plancmp.decimals import as_number
from plancmp.lookup import norm
from plancmp.metrics import Catalog
from plancmp.model import Baseline, Cell, Metric, Plan, Record, Target, Value
from plancmp.output import words
from plancmp.output.table import Lazy, Number, Table

if TYPE_CHECKING:
    from plancmp.analysis.compare import Row
    from plancmp.analysis.gaps import Finding
    from plancmp.analysis.rank import Stall


def value_dict(v: Value) -> dict[str, Any]:
    return {"op": v.op, "value": as_number(v.value), "value_max": as_number(v.value_max)}


def target_dict(t: Target) -> dict[str, Any]:
    d = {"year": t.year, **value_dict(t.value), "raw": t.raw, "scope": t.scope}
    if t.value.approx:
        d["approx"] = True
    if t.value.direction:
        d["direction"] = t.value.direction
    if t.value.at_least:
        d["at_least"] = True
    return d


def baseline_dict(b: Baseline | None) -> dict[str, Any] | None:
    if b is None:
        return None
    d: dict[str, Any] = {"year": b.year, "value": as_number(b.value.value), "raw": b.raw}
    if b.value.op != "=":
        d["op"] = b.value.op
    if b.section:
        d["section"] = b.section
    return d


def record_dict(r: Record, catalog: Catalog) -> dict[str, Any]:
    """The JSON record of `show --format json`: the contract scripts rely on (SPEC §7)."""
    m = catalog.get(r.metric)
    source: dict[str, Any] = {
        "section": r.source.section,
        "kind": r.source.kind,
        "also": list(r.source.also),
    }
    if r.source.quote is not None:
        source["quote"] = r.source.quote
    target = target_dict(r.target)
    if r.target.value.op in ("change", "growth"):  # SPEC §7: the level the change implies
        level = implied(r.target.value, base_of(r))
        target["implied"] = as_number(level.value) if level else None
        if level is not None and level.value_max is not None:
            target["implied_max"] = as_number(level.value_max)
    d: dict[str, Any] = {
        "plan": r.plan,
        "metric": r.metric,
        "metric_name": m.name if m else None,
        "name": r.name,
        "segment": r.segment,
        "category": m.category if m else None,
        "unit": r.unit,
        "baseline": baseline_dict(r.baseline),
        "target": target,
        "attribute": r.attribute,
        "source": source,
        "note": r.note,
    }
    if r.review:
        d["review"] = list(r.review)
    return d


SINGLE_OPS = (">", ">=", "=", "<", "<=")
"""The ops of a value that is one number (a range is two, a trend a rate, text none)."""


def number_of(v: Value | None) -> Number | None:
    """The one number a target or baseline stands for, in its base unit (6.1万个 → 61000)."""
    return as_number(v.value) if v is not None and v.op in SINGLE_OPS else None


def plans_table(plans: Sequence[Plan], counts: Callable[[str], tuple[int, int]]) -> Table:
    """`counts(plan_id)` gives (records, of which from a table)."""
    rows, records, numbers = [], [], []
    for p in plans:
        n_records, n_table = counts(p.id)
        numbers.append([None, None, None, None, None, n_records, n_table])
        kind = words.PLAN_KIND_ZH.get(p.kind or "", "")
        rows.append(
            [
                p.id,
                p.title,
                p.jurisdiction or "",
                kind,
                words.period(p),
                str(n_records),
                str(n_table),
            ]
        )
        records.append(
            {
                "id": p.id,
                "title": p.title,
                "names": list(p.names),
                "issuer": p.issuer,
                "doc_number": p.doc_number,
                "issued": p.issued,
                "jurisdiction": p.jurisdiction,
                "level": p.level,
                "parent_city": p.parent_city,
                "kind": p.kind,
                "base_year": p.base_year,
                "target_year": p.target_year,
                "records": n_records,
                "table_records": n_table,
            }
        )
    columns = ["id", "规划", "地区", "类型", "期间", "目标数", "其中表格"]
    return Table(columns, rows, records, title="规划", numbers=numbers)


TARGET_COLUMNS = ["学段", "基线", "目标（原文）", "规范值", "年份", "口径", "属性"]


def target_cells(r: Record) -> list[str]:
    """A record's segment, baseline and target as show and compare print them
    (TARGET_COLUMNS)."""
    t = r.target
    return [
        r.segment or "",
        words.baseline_text(r),
        t.raw,
        words.show_value(t.value),
        str(t.year),
        words.SCOPE_ZH[t.scope],
        r.attribute or "",
    ]


def target_numbers(r: Record) -> list[Number | None]:
    """The numbers behind target_cells: the baseline, the normalized target, the year."""
    baseline = number_of(r.baseline.value) if r.baseline else None
    return [None, baseline, None, number_of(r.target.value), r.target.year, None, None]


def show_table(plan: Plan, records: Sequence[Record], catalog: Catalog) -> Table:
    rows = [[r.name, *target_cells(r), r.source.section] for r in records]
    numbers = [[None, *target_numbers(r), None] for r in records]
    title = f"{plan.title}（{plan.id}）：{len(records)} 项目标"
    columns = ["指标", *TARGET_COLUMNS, "出处"]
    records_ = [record_dict(r, catalog) for r in records]
    return Table(columns, rows, records_, title=title, numbers=numbers)


def metrics_table(
    catalog: Catalog, setters: dict[str, list[str]], query: str | None = None
) -> Table:
    """`setters` gives the ids of the plans that set each metric."""
    q = norm(query) if query else None
    rows, records = [], []
    for m in catalog:
        if q and not any(q in norm(n) for n in (m.id, m.name, *m.aliases)):
            continue
        who = setters.get(m.id, [])
        rows.append(
            [
                m.id,
                m.name,
                m.category,
                m.unit or "",
                words.BETTER_ZH[m.better],
                " ".join(who),
                "、".join(m.aliases),
            ]
        )
        records.append(
            {
                "id": m.id,
                "name": m.name,
                "aliases": list(m.aliases),
                "unit": m.unit,
                "category": m.category,
                "better": m.better,
                "note": m.note,
                "plans": who,
            }
        )
    columns = ["id", "指标", "类别", "单位", "方向", "设定的规划", "别名"]
    return Table(columns, rows, records, title=f"指标目录：{len(rows)} 项")


def compare_table(metric: Metric, rows: Sequence[Row], catalog: Catalog) -> Table:
    out, records, numbers = [], [], []
    for r in rows:
        rec = r.record
        stalls = no_progress(rec, metric.better)
        numbers.append(
            [
                r.rank,
                None,
                *target_numbers(rec),
                as_number(r.delta_to_best),
                as_number(r.delta_to_median),
                None,
            ]
        )
        shown_year = rec.baseline.year if rec.baseline else None
        out.append(
            [
                str(r.rank) if r.rank else "—",
                r.plan.place,
                *target_cells(rec),
                words.delta(r.delta_to_best, rec.unit),
                words.delta(r.delta_to_median, rec.unit),
                _explain(r, stalls, shown_year),
            ]
        )
        d = record_dict(rec, catalog)
        d.update(
            {
                "rank": r.rank,
                "delta_to_best": as_number(r.delta_to_best),
                "delta_to_median": as_number(r.delta_to_median),
                "reason": words.why(r.why) or None,
                "no_progress": stalls is not None,
            }
        )
        records.append(d)
    notes = [f"口径说明：{metric.note}"] if metric.note else []
    columns = ["排名", "地区", *TARGET_COLUMNS, "与最优差", "与中位数差", "说明"]
    title = f"{metric.name}（{metric.id}，{words.BETTER_ZH[metric.better]}）"
    return Table(columns, out, records, title=title, notes=notes, numbers=numbers)


def _explain(r: Row, stalls: Stall | None, year: int | None) -> str:
    """说明: why a row is not ranked; for a ranked change target, the level it was ranked by;
    for a target that asks for no progress, that."""
    if r.why is not None:
        return words.why(r.why)
    parts = [words.implied_note(r.record), words.stall(stalls, year)]
    return "；".join(p for p in parts if p)


def gaps_table(plan: Plan, findings: Sequence[Finding], catalog: Catalog) -> Table:
    rows, records, numbers = [], [], []
    for f in findings:
        rec = f.record
        reason = words.reason(f)
        numbers.append([None, None, None, number_of(rec.target.value) if rec else None, None])
        rows.append(
            [
                words.FINDING_ZH[f.kind],
                f.metric.name,
                f.segment or "",
                rec.target.raw if rec else "",
                reason,
            ]
        )
        d: dict[str, Any] = (
            record_dict(rec, catalog)
            if rec
            else {
                "plan": plan.id,
                "metric": f.metric.id,
                "metric_name": f.metric.name,
                "name": None,
                "segment": f.segment,
                "category": f.metric.category,
                "unit": f.metric.unit,
                "baseline": None,
                "target": None,
                "attribute": None,
                "source": None,
                "note": None,
            }
        )
        d.update({"kind": f.kind, "reason": reason, "compared": compared(f)})
        records.append(d)
    counts: dict[str, int] = {}
    for f in findings:
        counts[words.FINDING_ZH[f.kind]] = counts.get(words.FINDING_ZH[f.kind], 0) + 1
    summary = "，".join(f"{k} {v}" for k, v in counts.items())
    title = f"{plan.title}（{plan.id}）对标发现：{summary or '无'}"
    columns = ["类型", "指标", "学段", "本规划目标", "说明"]
    return Table(columns, rows, records, title=title, numbers=numbers)


def compared(f: Finding) -> dict[str, Any]:
    """The numbers a finding was drawn from, for scripts."""
    from plancmp.analysis.city import BelowCity
    from plancmp.analysis.gaps import BelowPeers, BelowStandard, Conflict, Missing
    from plancmp.analysis.rank import Stall

    facts = f.facts
    if isinstance(facts, Conflict):
        return {
            "targets": [{"raw": r.target.raw, "section": r.source.section} for r in facts.records]
        }
    if isinstance(facts, BelowStandard):
        st = facts.standard
        return {"standard": st.raw, "limit": as_number(st.limit), "document": st.document}
    if isinstance(facts, Stall):
        return {"baseline": as_number(facts.baseline), "target": as_number(facts.target)}
    if isinstance(facts, BelowCity):
        c = facts.city_record
        if facts.per_year:
            return {
                "city": c.target.raw,
                "implied_per_year": as_number(facts.mine),
                "city_per_year": as_number(c.target.value.value),
            }
        return {
            "city": c.target.raw,
            "city_value": as_number(c.target.value.value),
            "plan_value": as_number(facts.mine),
            "projected": facts.projected,
        }
    if isinstance(facts, BelowPeers):
        return {
            "best_plan": facts.best.plan.id,
            "best": facts.best.target.raw,
            "median": as_number(facts.median),
            "compared": facts.compared,
            "more_ambitious": facts.more_ambitious,
        }
    if isinstance(facts, Missing):
        return {"set_by": [p.id for p in facts.setters], "set_by_count": facts.total}
    return {}


def matrix_table(
    catalog: Catalog, plans: Sequence[Plan], cells: Iterable[Cell], category: str | None = None
) -> Table:
    """One row per metric and segment, one column per plan: each target as printed, with
    the indicator's unit where a table printed it in the row's heading (5 → 5万人)."""
    by_key: dict[tuple[str, str | None], dict[str, list[str]]] = {}
    for c in cells:
        m = catalog.get(c.metric)
        if m is None or (category and m.category != category):
            continue
        shown = words.cell_with_unit(c.raw, c.printed_unit, c.value_unit)
        by_key.setdefault((c.metric, c.segment), {}).setdefault(c.plan, []).append(shown)
    order = {m.id: i for i, m in enumerate(catalog)}
    keys = sorted(by_key, key=lambda k: (order.get(k[0], 0), k[1] or ""))
    ids = [p.id for p in plans]
    rows = []
    for metric_id, segment in keys:
        m = catalog.by_id[metric_id]
        by_plan = by_key[(metric_id, segment)]
        joined = {pid: "；".join(shown) for pid, shown in by_plan.items()}
        rows.append([m.name, segment or "", m.category, *(joined.get(pid, "") for pid in ids)])

    def record(i: int) -> dict[str, Any]:
        metric_id, segment = keys[i]
        m, by_plan = catalog.by_id[metric_id], by_key[keys[i]]
        return {
            "metric": metric_id,
            "metric_name": m.name,
            "segment": segment,
            "category": m.category,
            "targets": {pid: by_plan.get(pid, []) for pid in ids},
        }

    title = f"指标 × 规划：{len(rows)} 行" + (f"（{category}）" if category else "")
    columns = ["指标", "学段", "类别", *(p.place for p in plans)]
    return Table(columns, rows, Lazy(len(rows), record), title=title)
