"""Domain objects → Tables: the columns a person reads and the JSON a script reads."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from plancmp.display import amount, as_number, fmt
from plancmp.metrics import Catalog
from plancmp.model import POINTS, Baseline, Plan, Record, Target, Value
from plancmp.render import Table

SCOPE_ZH = {"level": "水平", "cumulative": "期间累计", "per_year": "每年"}
KIND_ZH = {
    "five_year_plan": "五年规划",
    "five_year_outline": "五年思路",
    "annual_work_points": "年度工作要点",
}
OP_TEXT = {">": ">", ">=": "≥", "<": "<", "<=": "≤", "=": "", "range": "", "trend": "", "text": ""}


def show_value(v: Value) -> str:
    """A normalized value for people: `≥90%`, `5–7所`, `每年 -1 个百分点`, `(定性)`."""
    if v.op == "text":
        return "(定性)"
    if v.op == "trend":
        if v.value is None:
            return "逐年上升" if v.direction == "up" else "逐年下降"
        if v.printed_unit == POINTS:
            return f"每年 {fmt(v.value)} 个百分点"
        return f"每年 {fmt(v.value)}{v.printed_unit or v.unit or ''}"
    assert v.value is not None
    if v.op in ("change", "growth"):
        return _show_change(v)
    if v.op == "range":
        assert v.value_max is not None
        return f"{fmt(v.value)}–{amount(v.value_max, v.unit)}"
    approx = "约" if v.approx else ""
    return f"{approx}{OP_TEXT[v.op]}{amount(v.value, v.unit)}"


def _show_change(v: Value) -> str:
    """`+5 个百分点`, `-3 个百分点以上`, `+3–5 个百分点`, `+0.5年`, `增长10%`, `减少50%`:
    a change of a % level is in points; growth is relative, in percent."""
    assert v.value is not None
    ends = sorted({abs(v.value), abs(v.value if v.value_max is None else v.value_max)})
    down = (v.value if v.value_max is None else v.value_max) < 0
    approx, more = "约" if v.approx else "", "以上" if v.at_least else ""
    if v.op == "growth":
        return f"{approx}{'减少' if down else '增长'}{'–'.join(fmt(x) for x in ends)}%{more}"
    sign = "-" if down else "+"
    if v.unit == "%":
        return f"{approx}{sign}{'–'.join(fmt(x) for x in ends)} {POINTS}{more}"
    if len(ends) == 2:
        return f"{approx}{sign}{fmt(ends[0])}–{amount(ends[1], v.unit)}{more}"
    return f"{approx}{sign}{amount(ends[0], v.unit)}{more}"


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
    """The JSON record of `show --format json`: the contract scripts rely on."""
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


def plans_table(plans: list[Plan], counts: Callable[[str], tuple[int, int]]) -> Table:
    """`counts(plan_id)` gives (records, of which from a table)."""
    rows, records = [], []
    for p in plans:
        n_records, n_table = counts(p.id)
        rows.append(
            [
                p.id,
                p.title,
                p.jurisdiction,
                KIND_ZH.get(p.kind, "未定"),
                period(p),
                str(n_records),
                str(n_table),
            ]
        )
        records.append({
            "id": p.id, "title": p.title, "names": list(p.names), "issuer": p.issuer,
            "doc_number": p.doc_number, "issued": p.issued, "jurisdiction": p.jurisdiction,
            "level": p.level, "parent_city": p.parent_city, "kind": p.kind,
            "base_year": p.base_year, "target_year": p.target_year,
            "records": n_records, "table_records": n_table,
        })  # fmt: skip
    return Table(
        ["id", "规划", "地区", "类型", "期间", "目标数", "其中表格"], rows, records, title="规划"
    )


def baseline_text(r: Record) -> str:
    """The baseline as printed, with the indicator's unit where a table printed it in
    the row's heading, and its year: `97.6%（2020）`."""
    from plancmp.values import with_unit

    base = r.baseline
    if base is None:
        return ""
    shown = with_unit(base.raw, r.printed_unit)
    return f"{shown}（{base.year}）" if base.year else shown


TARGET_COLUMNS = ["学段", "基线", "目标（原文）", "规范值", "年份", "口径", "属性"]


def target_cells(r: Record) -> list[str]:
    """A record's segment, baseline and target as show and compare print them
    (TARGET_COLUMNS)."""
    t = r.target
    return [r.segment or "", baseline_text(r), t.raw, show_value(t.value), str(t.year),
            SCOPE_ZH[t.scope], r.attribute or ""]  # fmt: skip


def show_table(plan: Plan, records: list[Record], catalog: Catalog) -> Table:
    rows = [[r.name, *target_cells(r), r.source.section] for r in records]
    title = f"{plan.title}（{plan.id}）：{len(records)} 项目标"
    return Table(
        ["指标", *TARGET_COLUMNS, "出处"],
        rows,
        [record_dict(r, catalog) for r in records],
        title=title,
    )


BETTER_ZH = {"higher": "越高越好", "lower": "越低越好", "neutral": "规模（无方向）"}


def metrics_table(
    catalog: Catalog,
    plans: list[Plan],
    metrics_of: Callable[[str], frozenset[str]],
    query: str | None = None,
) -> Table:
    """`metrics_of(plan_id)` gives the metrics a plan sets."""
    from plancmp.lookup import norm

    setters: dict[str, list[str]] = {}
    for p in plans:
        for metric_id in sorted(metrics_of(p.id)):
            setters.setdefault(metric_id, []).append(p.id)
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
                BETTER_ZH[m.better],
                " ".join(who),
                "、".join(m.aliases),
            ]
        )
        records.append({
            "id": m.id, "name": m.name, "aliases": list(m.aliases), "unit": m.unit,
            "category": m.category, "better": m.better, "note": m.note, "plans": who,
        })  # fmt: skip
    return Table(
        ["id", "指标", "类别", "单位", "方向", "设定的规划", "别名"],
        rows,
        records,
        title=f"指标目录：{len(rows)} 项",
    )


def compare_table(metric, rows, catalog: Catalog) -> Table:
    from plancmp.compare import Row, no_progress

    out, records = [], []
    r: Row
    for r in rows:
        rec = r.record
        stalls = no_progress(rec, metric.better)
        out.append([
            str(r.rank) if r.rank else "—",
            r.plan.jurisdiction,
            *target_cells(rec),
            _delta(r.delta_to_best, rec.unit),
            _delta(r.delta_to_median, rec.unit),
            r.reason or _stalls(rec, stalls),
        ])  # fmt: skip
        d = record_dict(rec, catalog)
        d.update(
            {
                "rank": r.rank,
                "delta_to_best": as_number(r.delta_to_best),
                "delta_to_median": as_number(r.delta_to_median),
                "reason": r.reason,
                "no_progress": stalls is not None,
            }
        )
        records.append(d)
    notes = []
    if metric.note:
        notes.append(f"口径说明：{metric.note}")
    direction = BETTER_ZH[metric.better]
    return Table(
        [
            "排名",
            "地区",
            *TARGET_COLUMNS,
            "与最优差",
            "与中位数差",
            "说明",
        ],
        out,
        records,
        title=f"{metric.name}（{metric.id}，{direction}）",
        notes=notes,
    )


def _stalls(r: Record, word: str | None) -> str:
    """A ranked target that asks for no progress over its own baseline says so."""
    if word is None:
        return ""
    assert r.baseline is not None  # no_progress needs one
    return f"目标{word}{r.baseline.year or ''}年基线，不要求进步"


def _delta(d, unit: str | None) -> str:
    """A signed difference: `+4 个百分点`, `-1.5万个`, `0`."""
    if d is None:
        return ""
    if d == 0:
        return "0"
    sign = "+" if d > 0 else "-"
    if unit == "%":
        return f"{sign}{fmt(abs(d))} 个百分点"
    return f"{sign}{amount(abs(d), unit)}"


def gaps_table(plan: Plan, findings, catalog: Catalog) -> Table:
    from plancmp.gaps import KIND_ZH

    rows, records = [], []
    for f in findings:
        rec = f.record
        rows.append(
            [
                KIND_ZH[f.kind],
                f.metric.name,
                f.segment or "",
                rec.target.raw if rec else "",
                f.reason,
            ]
        )
        d = record_dict(rec, catalog) if rec else {
            "plan": plan.id, "metric": f.metric.id, "metric_name": f.metric.name, "name": None,
            "segment": f.segment, "category": f.metric.category, "unit": f.metric.unit,
            "baseline": None, "target": None, "attribute": None, "source": None, "note": None,
        }  # fmt: skip
        d.update({"kind": f.kind, "reason": f.reason, "compared": f.values})
        records.append(d)
    counts = {}
    for f in findings:
        counts[KIND_ZH[f.kind]] = counts.get(KIND_ZH[f.kind], 0) + 1
    summary = "，".join(f"{k} {v}" for k, v in counts.items())
    return Table(
        ["类型", "指标", "学段", "本规划目标", "说明"],
        rows,
        records,
        title=f"{plan.title}（{plan.id}）对标发现：{summary or '无'}",
    )


def matrix_table(
    catalog: Catalog,
    plans: list[Plan],
    targets: Iterable[tuple[str, str, str | None, str, str | None]],
    category: str | None = None,
) -> Table:
    """One row per metric and segment, one column per plan; `targets` are
    (plan id, metric, segment, raw, printed unit) as Dataset.targets gives them.
    A cell is the target as printed, with the indicator's unit where a table printed
    it in the row's heading (5 in a （万人） row reads 5万人)."""
    from plancmp.values import with_unit

    cells: dict[tuple[str, str | None], dict[str, list[str]]] = {}
    for plan_id, metric_id, segment, raw, unit in targets:
        m = catalog.get(metric_id)
        if m is None or (category and m.category != category):
            continue
        shown = with_unit(raw, unit) if unit else raw
        cells.setdefault((metric_id, segment), {}).setdefault(plan_id, []).append(shown)
    order = {m.id: i for i, m in enumerate(catalog)}
    keys = sorted(cells, key=lambda k: (order.get(k[0], 0), k[1] or ""))
    rows, records = [], []
    for metric_id, segment in keys:
        m = catalog.get(metric_id)
        assert m is not None
        by_plan = cells[(metric_id, segment)]
        rows.append(
            [m.name, segment or "", m.category, *("；".join(by_plan.get(p.id, ())) for p in plans)]
        )
        records.append(
            {
                "metric": metric_id,
                "metric_name": m.name,
                "segment": segment,
                "category": m.category,
                "targets": {p.id: by_plan.get(p.id, ()) for p in plans},
            }
        )
    return Table(
        ["指标", "学段", "类别", *(p.jurisdiction for p in plans)],
        rows,
        records,
        title=f"指标 × 规划：{len(rows)} 行" + (f"（{category}）" if category else ""),
    )


BAR_WIDTH = 40


def chart_lines(metric, rows) -> list[str]:
    """Horizontal bars, one per ranked target, scaled to the largest; Chinese names padded
    by display width so the bars start in one column."""
    from wcwidth import wcswidth

    ranked = [r for r in rows if r.rank is not None and r.record.target.value.value is not None]
    if not ranked:
        return [f"{metric.name}：没有可排名的目标"]
    top = max(abs(r.record.target.value.value) for r in ranked) or 1
    labels = [
        f"{r.rank}. {r.plan.jurisdiction}" + (f" {r.record.segment}" if r.record.segment else "")
        for r in ranked
    ]
    width = max(wcswidth(label) for label in labels)
    lines = [f"{metric.name}（{BETTER_ZH[metric.better]}）"]
    for label, r in zip(labels, ranked, strict=True):
        v = r.record.target.value
        n = max(1, round(BAR_WIDTH * float(abs(v.value) / top)))
        lines.append(
            f"{label}{' ' * (width - wcswidth(label))}  {'█' * n}{' ' * (BAR_WIDTH - n)}  {show_value(v)}"
        )
    return lines
