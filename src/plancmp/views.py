"""Domain objects → Tables: the columns a person reads and the JSON a script reads."""

from __future__ import annotations

from typing import Any

from plancmp.metrics import Catalog
from plancmp.model import Baseline, Plan, Record, Target, Value
from plancmp.render import Table
from plancmp.values import as_number, fmt

SCOPE_ZH = {"level": "水平", "cumulative": "期间累计", "per_year": "每年"}
KIND_ZH = {"five_year_plan": "五年规划", "five_year_outline": "五年思路", "annual_work_points": "年度工作要点"}
OP_TEXT = {">": ">", ">=": "≥", "<": "<", "<=": "≤", "=": "", "range": "", "trend": "", "text": ""}


def show_value(v: Value) -> str:
    """A normalized value for people: `≥90 %`, `5–7 所`, `每年 -1 %`, `(文字)`."""
    unit = f" {v.unit}" if v.unit else ""
    if v.op == "text":
        return "(定性)"
    if v.op == "trend":
        word = "逐年上升" if v.direction == "up" else "逐年下降"
        return word if v.value is None else f"每年 {fmt(v.value)}{' 个百分点' if v.unit == '%' else unit}"
    if v.op == "range":
        return f"{fmt(v.value)}–{fmt(v.value_max)}{unit}"
    approx = "约" if v.approx else ""
    return f"{approx}{OP_TEXT[v.op]}{fmt(v.value)}{unit}"


def value_dict(v: Value) -> dict[str, Any]:
    return {"op": v.op, "value": as_number(v.value), "value_max": as_number(v.value_max)}


def target_dict(t: Target) -> dict[str, Any]:
    d = {"year": t.year, **value_dict(t.value), "raw": t.raw, "scope": t.scope}
    if t.value.approx:
        d["approx"] = True
    if t.value.direction:
        d["direction"] = t.value.direction
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
    """The JSON record of SPEC §7 — the contract scripts rely on."""
    m = catalog.get(r.metric)
    return {
        "plan": r.plan,
        "metric": r.metric,
        "metric_name": m.name if m else None,
        "name": r.name,
        "segment": r.segment,
        "category": m.category if m else None,
        "unit": r.unit,
        "baseline": baseline_dict(r.baseline),
        "target": target_dict(r.target),
        "attribute": r.attribute,
        "source": {"section": r.source.section, "kind": r.source.kind, "also": list(r.source.also)},
        "note": r.note,
    }


def period(p: Plan) -> str:
    return f"{p.base_year}→{p.target_year}" if p.base_year else str(p.target_year)


def plans_table(plans: list[Plan]) -> Table:
    rows, records = [], []
    for p in plans:
        n_table = sum(1 for r in p.records if r.source.kind == "table")
        rows.append([p.id, p.title, p.jurisdiction, KIND_ZH[p.kind], period(p), str(len(p.records)), str(n_table)])
        records.append({
            "id": p.id, "title": p.title, "names": list(p.names), "issuer": p.issuer,
            "doc_number": p.doc_number, "issued": p.issued, "jurisdiction": p.jurisdiction,
            "level": p.level, "parent_city": p.parent_city, "kind": p.kind,
            "base_year": p.base_year, "target_year": p.target_year,
            "records": len(p.records), "table_records": n_table,
        })  # fmt: skip
    return Table(["id", "规划", "地区", "类型", "期间", "目标数", "其中表格"], rows, records, title="规划")


def show_table(plan: Plan, records: list[Record], catalog: Catalog) -> Table:
    rows = []
    for r in records:
        base = r.baseline
        rows.append([
            r.name,
            r.segment or "",
            f"{base.raw}（{base.year}）" if base and base.year else (base.raw if base else ""),
            r.target.raw,
            show_value(r.target.value),
            SCOPE_ZH[r.target.scope],
            r.attribute or "",
            r.source.section,
        ])  # fmt: skip
    title = f"{plan.title}（{plan.id}）：{len(records)} 项目标"
    return Table(
        ["指标", "学段", "基线", "目标（原文）", "规范值", "口径", "属性", "出处"],
        rows,
        [record_dict(r, catalog) for r in records],
        title=title,
    )
