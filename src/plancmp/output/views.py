"""Domain objects → Tables: the columns a person reads and the JSON a script reads.

JSON numbers are written in one form (decimals.as_number: 90, never 90.0); the
words come from words.py. Each table also hands a spreadsheet the number behind each cell
that stands for one (`Table.numbers`): the target 90 behind `≥90%`, the year, the rank.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from itertools import repeat
from typing import TYPE_CHECKING, Any, NamedTuple

from plancmp.analysis.rank import base_of, no_progress
from plancmp.decimals import as_number, fmt
from plancmp.levels import edge, implied, level
from plancmp.lookup import norm
from plancmp.metrics import Catalog
from plancmp.model import (
    BETTER_ZH,
    PLAN_KIND_ZH,
    SCOPE_ZH,
    Actual,
    Baseline,
    Cell,
    Metric,
    Plan,
    Record,
    Target,
    Value,
)
from plancmp.output import words
from plancmp.output.table import Lazy, Number, Table

if TYPE_CHECKING:
    from plancmp.analysis.city import CityCheck, CityUnchecked
    from plancmp.analysis.compare import Basis, Row
    from plancmp.analysis.gaps import Finding
    from plancmp.analysis.progress import Progress
    from plancmp.analysis.rank import Stall
    from plancmp.peers import Group, Peers


def value_dict(v: Value) -> dict[str, Any]:
    return {"op": v.op, "value": as_number(v.value), "value_max": as_number(v.value_max)}


def target_dict(t: Target) -> dict[str, Any]:
    d = {"year": t.year or None, **value_dict(t.value), "raw": t.raw, "scope": t.scope}
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
    source: dict[str, Any] = {
        "section": r.source.section,
        "kind": r.source.kind,
        "also": list(r.source.also),
    }
    if r.source.quote is not None:
        source["quote"] = r.source.quote
    target = target_dict(r.target)
    if r.target.value.op in ("change", "growth"):  # the level the change implies
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
    if r.actuals:
        d["actuals"] = [actual_dict(a) for a in r.actuals]
    return d


def actual_dict(a: Actual) -> dict[str, Any]:
    source = {"document": a.document, "section": a.section, "url": a.url}
    return {"year": a.year, "value": as_number(a.value.value), "raw": a.raw, "source": source}


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
        kind = PLAN_KIND_ZH.get(p.kind or "", "")
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
        str(t.year) if t.year else "",  # a draft's target whose document gives no year
        SCOPE_ZH[t.scope],
        r.attribute or "",
    ]


def target_numbers(r: Record) -> list[Number | None]:
    """The numbers behind target_cells: the baseline, the normalized target, the year."""
    baseline = number_of(r.baseline.value) if r.baseline else None
    return [None, baseline, None, number_of(r.target.value), r.target.year or None, None, None]


def show_table(
    plan: Plan, records: Sequence[Record], catalog: Catalog, only: str | None = None
) -> Table:
    """`only` names the filter the records were chosen by (a category, a metric)."""
    rows = [[r.name, *target_cells(r), r.source.section] for r in records]
    numbers = [[None, *target_numbers(r), None] for r in records]
    title = f"{plan.title}（{plan.id}）：{only + ' ' if only else ''}{len(records)} 项目标"
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
                BETTER_ZH[m.better],
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


def metric_title(metric: Metric, segment: str | None = None) -> str:
    """What a comparison is of: `普惠性幼儿园覆盖面（单位：%，越高越好）`."""
    parts = [f"单位：{metric.unit}"] if metric.unit else []
    parts.append(BETTER_ZH[metric.better])
    if segment:
        parts.append(f"学段：{segment}")
    return f"{metric.name}（{'，'.join(parts)}）"


class Among(NamedTuple):
    """Which plans an output compared among: said in its title, and as `peers` in its JSON."""

    label: str
    record: dict[str, Any]


def among(peers: Peers, plans: Mapping[str, Plan]) -> Among:
    """`peers` as a title says it and as scripts read it: `plans` lists the ids, or is null
    when a whole tier (or every plan) was compared — `groups` then says which."""
    label = words.peers_label(peers, plans)
    whole = any(g.kind in ("all", "tier") for g in peers.groups)
    record = {"name": label, "groups": [g.id for g in peers.groups], "count": len(peers.plans),
              "plans": None if whole else list(peers.plans)}  # fmt: skip
    return Among(label, record)


def _titled(title: str, shown: Among | None) -> str:
    return f"{title}；比较对象：{shown.label}" if shown else title


def compare_table(
    metric: Metric,
    rows: Sequence[Row],
    catalog: Catalog,
    segment: str | None = None,
    shown: Among | None = None,
    basis: Basis | None = None,
) -> Table:
    """`shown` says among which plans; `basis` what the rows were ranked by (default: the
    targets' numbers)."""
    from plancmp.analysis.compare import BY_TARGET

    basis = basis or BY_TARGET
    out, records, numbers = [], [], []
    for r in rows:
        rec = r.record
        stalls = no_progress(rec, metric.better)
        ahead = (r.ahead_of_best, r.ahead_of_median)
        numbers.append([r.rank, None, *target_numbers(rec), *_basis_numbers(r, basis),
                        *(_number(d, basis) for d in ahead), None])  # fmt: skip
        explained = _explain(r, stalls, rec.baseline.year if rec.baseline else None)
        notes = [words.PROJECTED, explained] if r.projected else [explained]
        out.append([str(r.rank) if r.rank else "—", r.plan.place, *target_cells(rec),
                    *_basis_cells(r, basis), *(_distance(d, rec.unit, basis) for d in ahead),
                    "；".join(x for x in notes if x)])  # fmt: skip
        d = record_dict(rec, catalog)
        d.update(
            {
                "rank": r.rank,
                "delta_to_best": _number(r.delta_to_best, basis),
                "delta_to_median": _number(r.delta_to_median, basis),
                "ahead_of_best": _number(r.ahead_of_best, basis),
                "ahead_of_median": _number(r.ahead_of_median, basis),
                "reason": words.why(r.why) or None,
                "no_progress": stalls is not None,
                "ranked_by": basis.by,
                **_basis_record(r, basis),
            }
        )
        if shown is not None:
            d["peers"] = shown.record
        records.append(d)
    notes = [f"口径说明：{metric.note}"] if metric.note else []
    columns = ["排名", "地区", *TARGET_COLUMNS, *_basis_columns(basis), AHEAD_OF_BEST,
               AHEAD_OF_MEDIAN, "说明"]  # fmt: skip
    title = _titled(metric_title(metric, segment) + _ranked_by(basis), shown)
    return Table(columns, out, records, title=title, notes=notes, numbers=numbers,
                 room_for="说明")  # fmt: skip


def _ranked_by(basis: Basis) -> str:
    if basis.by == "pace":
        return "，按年均变化排名"
    return f"，按{basis.year}年值排名（{words.PROJECTED}）" if basis.by == "at" else ""


def _basis_columns(basis: Basis) -> list[str]:
    if basis.by == "pace":
        return ["年均变化"]
    return [f"{basis.year}年值"] if basis.by == "at" else []


def _basis_cells(r: Row, basis: Basis) -> list[str]:
    if basis.by == "pace":
        return [words.per_year(r.value, r.record.unit)]
    return [words.computed(r.value, r.record.unit)] if basis.by == "at" else []


def _basis_numbers(r: Row, basis: Basis) -> list[Number | None]:
    if basis.by == "target":
        return []
    return [as_number(words.rounded(r.value)) if r.value is not None else None]


def _basis_record(r: Row, basis: Basis) -> dict[str, Any]:
    value = as_number(words.rounded(r.value)) if r.value is not None else None
    if basis.by == "pace":
        return {"pace": value}
    if basis.by == "at":
        return {"at": {"year": basis.year, "value": value, "projected": r.projected}}
    return {}


def _distance(d: Decimal | None, unit: str | None, basis: Basis) -> str:
    if d is None or basis.by == "target":
        return words.delta(d, unit)
    return words.per_year(d, unit) if basis.by == "pace" else words.delta(words.rounded(d), unit)


def _number(d: Decimal | None, basis: Basis) -> Number | None:
    if d is None or basis.by == "target":
        return as_number(d)
    return as_number(words.rounded(d))


AHEAD_OF_BEST = "比最优（+领先/-落后）"
AHEAD_OF_MEDIAN = "比中位数（+领先/-落后）"
"""The distance columns of compare say their sign: positive is ahead, in the metric's
better direction (for 近视率, a lower target is ahead)."""


def _explain(r: Row, stalls: Stall | None, year: int | None) -> str:
    """说明: why a row is not ranked; for a ranked change target, the level it was ranked by;
    for a target that asks for no progress, that."""
    if r.why is not None:
        return words.why(r.why)
    parts = [words.implied_note(r.record), words.stall(stalls, year)]
    return "；".join(p for p in parts if p)


def gaps_table(
    plan: Plan, findings: Sequence[Finding], catalog: Catalog, shown: Among | None = None
) -> Table:
    """`shown` says whom the plan was compared with."""
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
                words.target_text(rec) if rec else "",
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
        if shown is not None:
            d["peers"] = shown.record
        records.append(d)
    counts: dict[str, int] = {}
    for f in findings:
        counts[words.FINDING_ZH[f.kind]] = counts.get(words.FINDING_ZH[f.kind], 0) + 1
    summary = "，".join(f"{k} {v}" for k, v in counts.items())
    title = _titled(f"{plan.title}（{plan.id}）对标发现：{summary or '无'}", shown)
    if plan.level is None:  # said where the table is pasted, not only on stderr
        title += f"（{words.WHY_ZH['level_unknown']}，也无法确定上级规划）"
    columns = ["类型", "指标", "学段", "本规划目标", "说明"]
    return Table(columns, rows, records, title=title, numbers=numbers, room_for="说明")


def compared(f: Finding) -> dict[str, Any]:
    """The numbers a finding was drawn from, for scripts."""
    from plancmp.analysis.city import CityCheck, CityUnchecked
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
    if isinstance(facts, CityCheck | CityUnchecked):
        return _city_compared(facts)
    if isinstance(facts, BelowPeers):
        best = facts.best.target
        return {
            "best_plan": facts.best.plan.id,
            "best": facts.best.target.raw,
            "best_value": as_number(edge(level(best.value, best.base), f.metric.better)),
            "median": as_number(facts.median),
            "compared": facts.compared,
            "more_ambitious": facts.more_ambitious,
        }
    if isinstance(facts, Missing):
        return {
            "set_by": [p.id for p in facts.setters],
            "set_by_count": facts.total,
            "quiet": facts.quiet,
        }
    return {}


def _city_compared(facts: CityCheck | CityUnchecked) -> dict[str, Any]:
    from plancmp.analysis.city import CityUnchecked

    c = facts.city_record
    out: dict[str, Any] = {"city_plan": facts.city.id, "higher_document": facts.city.title,
                           "city": c.target.raw}  # fmt: skip
    if isinstance(facts, CityUnchecked):
        return {**out, "not_compared": facts.code}
    out["form"] = facts.form
    if facts.form in ("per_year", "direction"):
        return {
            **out,
            "plan_per_year": as_number(facts.mine),
            "city_per_year": as_number(facts.theirs),
            "basis": facts.basis,
        }
    return {
        **out,
        "city_value": as_number(facts.theirs),
        "plan_value": as_number(facts.mine),
        "city_end": facts.theirs_end,
        "plan_end": facts.mine_end,
        "projected": facts.form == "projected",
    }


def matrix_table(
    catalog: Catalog,
    plans: Sequence[Plan],
    cells: Iterable[Cell],
    category: str | None = None,
    shown: Among | None = None,
) -> Table:
    """One row per metric and segment, one column per plan of `plans`: each target as
    printed, with the indicator's unit where a table printed it in the row's heading
    (5 → 5万人). `shown` says which plans were chosen."""
    by_key, several, dated = _matrix_cells(catalog, plans, cells, category)
    order = {m.id: i for i, m in enumerate(catalog)}
    keys = sorted(by_key, key=lambda k: (order.get(k[0], 0), k[1] or ""))
    ids = [p.id for p in plans]
    nothing = repeat("")
    rows = []
    for metric_id, segment in keys:
        m = catalog.by_id[metric_id]
        rows.append(
            [
                m.name,
                segment or "",
                m.category,
                *map(by_key[(metric_id, segment)].get, ids, nothing),
            ]
        )

    def record(i: int) -> dict[str, Any]:
        metric_id, segment = keys[i]
        m, by_plan = catalog.by_id[metric_id], by_key[keys[i]]
        targets = {
            pid: several.get((keys[i], pid)) or ([by_plan[pid]] if pid in by_plan else [])
            for pid in ids
        }
        d = {
            "metric": metric_id,
            "metric_name": m.name,
            "segment": segment,
            "category": m.category,
            "targets": targets,
        }
        if shown is not None:
            d["peers"] = shown.record
        return d

    title = f"指标 × 规划：{len(rows)} 行" + (f"（{category}）" if category else "")
    columns = ["指标", "学段", "类别", *_plan_headings(plans)]
    notes = [words.OTHER_YEAR] if dated else []
    return Table(columns, rows, Lazy(len(rows), record), title=_titled(title, shown), notes=notes)


def _plan_headings(plans: Sequence[Plan]) -> list[str]:
    """Each plan's column heading: its place; where two plans share a place (a city's work
    points and its five-year plan) the plan's id after it, so no two columns read alike; and
    where the plans aim at different years, each one's year, so that a year's work points
    beside five-year plans are not read as aiming at the same year."""
    shared = Counter(p.place for p in plans)
    years = {p.target_year for p in plans}
    out = []
    for p in plans:
        said = [p.id] if shared[p.place] > 1 else []
        if len(years) > 1 and p.target_year:
            said.append(f"{p.target_year}年")
        out.append(f"{p.place}（{'，'.join(said)}）" if said else p.place)
    return out


MatrixKey = tuple[str, str | None]


def other_year(text: str, year: int) -> str:
    """A matrix cell's target for a year other than its column's plan's target year."""
    return f"{text}（{year}年）"


def _matrix_cells(
    catalog: Catalog, plans: Sequence[Plan], cells: Iterable[Cell], category: str | None
) -> tuple[dict[MatrixKey, dict[str, str]], dict[tuple[MatrixKey, str], list[str]], bool]:
    """Each (metric, segment)'s cell text by plan; a plan's several targets in one cell are
    joined with ；, and kept apart as well, in `several`, for JSON. A target for another
    year than the plan's own (a 2022 step of a plan to 2025) says its year, `7亿元（2022年）`,
    lest it be read as the plan's end; `dated` says whether any did. 660,000 cells at
    10,000 plans: one pass, a few operations each."""
    target_year = {p.id: p.target_year for p in plans}
    kept = {m.id for m in catalog if not category or m.category == category}
    by_key: dict[MatrixKey, dict[str, str]] = {}
    several: dict[tuple[MatrixKey, str], list[str]] = {}
    dated = False
    for plan, metric, segment, text, year in cells:
        if metric not in kept or plan not in target_year:
            continue
        if year and year != target_year[plan]:
            text, dated = other_year(text, year), True
        key = (metric, segment)
        row = by_key.get(key)
        if row is None:
            row = by_key[key] = {}
        earlier = row.get(plan)
        if earlier is None:
            row[plan] = text
        else:
            row[plan] = f"{earlier}；{text}"
            several.setdefault((key, plan), [earlier]).append(text)
    return by_key, several, dated


def progress_table(plan: Plan, found: Sequence[Progress], catalog: Catalog) -> Table:
    """Each target's latest actual against the straight line from its baseline (`progress`)."""
    rows, records, numbers = [], [], []
    for g in found:
        r, a = g.record, g.actual
        status = words.STATUS_ZH[g.status] if g.status else ""
        why = words.PROGRESS_WHY_ZH[g.why] if g.why else ""
        ratio = words.ratio_shown(g.ratio) if g.ratio is not None else None
        rows.append([r.name, r.segment or "", words.baseline_text(r), words.target_text(r),
                     str(r.target.year), words.with_unit(a.raw, a.value, r.printed_unit) if a else "",
                     str(a.year) if a else "", words.computed(g.required, r.unit),
                     fmt(ratio), status, why or words.actual_source(a)])  # fmt: skip
        required = words.rounded(g.required) if g.required is not None else None
        base = number_of(r.baseline.value) if r.baseline else None
        numbers.append([None, None, base, number_of(r.target.value), r.target.year,
                        as_number(a.value.value) if a else None, a.year if a else None,
                        as_number(required), as_number(ratio), None, None])  # fmt: skip
        d = record_dict(r, catalog)
        d.pop("actuals", None)
        d.update({"actual": actual_dict(a) if a else None, "required": as_number(required),
                  "ratio": as_number(ratio), "status": g.status,
                  "status_name": status or None, "reason": why or None})  # fmt: skip
        records.append(d)
    title = f"{plan.title}（{plan.id}）进度评估：{words.status_counts([g.status for g in found])}"
    columns = ["指标", "学段", "基线", "目标", "目标年份", "最新实际", "实际年份", "按直线应达", "进度比", "状态", "说明/出处"]  # fmt: skip
    return Table(columns, rows, records, title=title, notes=[words.PROGRESS_RULE], numbers=numbers)


MAX_MEMBERS_SHOWN = 12
"""Members a `groups` table names before it says how many there are (JSON lists all)."""


def groups_table(groups: Sequence[Group], plans: Mapping[str, Plan]) -> Table:
    """The groups `--peers` accepts: those of the groups files, then the derived ones."""
    rows, records, numbers = [], [], []
    for g in groups:
        shown = [plans[i].place for i in g.members[:MAX_MEMBERS_SHOWN] if i in plans]
        more = f" 等 {len(g.members)} 个" if len(g.members) > MAX_MEMBERS_SHOWN else ""
        members = "、".join(shown) + more
        kind = words.GROUP_KIND_ZH[g.kind]
        rows.append([g.id, g.name, kind, str(len(g.members)), members, g.note or ""])
        numbers.append([None, None, None, len(g.members), None, None])
        records.append({"id": g.id, "name": g.name, "kind": g.kind, "names": list(g.names),
                        "members": list(g.members), "note": g.note, "path": g.path})  # fmt: skip
    columns = ["id", "名称", "来源", "规划数", "成员", "说明"]
    return Table(columns, rows, records, title=f"规划分组：{len(rows)} 个", numbers=numbers)
