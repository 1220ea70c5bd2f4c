"""The one module that turns numbers and kinds into words a report writer reads.

The analyses return numbers, records and kinds; this module says them in
Chinese: amounts with their units, signed distances, periods, the names of plan
kinds, scopes and finding kinds, and the reason of every finding. Nothing here
parses a printed value again.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from plancmp.decimals import fmt
from plancmp.model import POINTS, Plan, Record, Value

if TYPE_CHECKING:  # the analyses' types are imported where a finding is worded
    from plancmp.analysis.city import BelowCity
    from plancmp.analysis.compare import Why
    from plancmp.analysis.gaps import Finding
    from plancmp.analysis.rank import Stall

SCOPE_ZH = {"level": "水平", "cumulative": "期间累计", "per_year": "每年"}
PLAN_KIND_ZH = {
    "five_year_plan": "五年规划",
    "five_year_outline": "五年思路",
    "annual_work_points": "年度工作要点",
}
FINDING_ZH = {
    "below_peers": "低于同类",
    "below_city": "低于市级",
    "missing": "缺少指标",
    "not_above_baseline": "未高于基线",
    "conflict": "前后矛盾",
    "below_national_standard": "低于国家标准",
    "qualitative": "定性目标",
}
BETTER_ZH = {"higher": "越高越好", "lower": "越低越好", "neutral": "规模（无方向）"}
RELATION_ZH = {"below": "低于", "equal": "等于", "above": "高于"}
OP_TEXT = {">": ">", ">=": "≥", "<": "<", "<=": "≤", "=": "", "range": "", "trend": "", "text": ""}
MAX_NAMES_SHOWN = 5


def amount(value: Decimal, unit: str | None) -> str:
    """A normalized number for people: 4325500000 元 → 43.255亿元, 61000 个 → 6.1万个;
    at most four decimals (1400余亩 → >93.3333万平方米, not 93.33333333)."""
    if unit in (None, "%", "元/生"):
        return f"{_short(value)}{unit or ''}"
    for factor, prefix in ((Decimal(100_000_000), "亿"), (Decimal(10_000), "万")):
        if abs(value) >= factor:
            return f"{_short(value / factor)}{prefix}{unit}"
    return f"{_short(value)}{unit}"


def _short(d: Decimal) -> str:
    exponent = d.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -4:
        d = d.quantize(Decimal("0.0001"))
    return fmt(d)


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


def with_unit(raw: str, value: Value, printed_unit: str | None) -> str:
    """A printed value with the indicator's unit where only the row's heading printed it:
    a table cell `96.5` in a `（%）` row reads `96.5%`; `90%以上` and `通过` stay as they are."""
    if not printed_unit or printed_unit in ("—", "-"):
        return raw
    return cell_with_unit(raw, printed_unit, value.printed_unit)


def cell_with_unit(raw: str, printed_unit: str | None, value_unit: str | None) -> str:
    """with_unit for what a matrix cell knows: the raw text, the indicator's printed unit and
    the unit the value was read in (different when the value printed its own)."""
    if not printed_unit or printed_unit in ("—", "-") or value_unit != printed_unit:
        return raw
    if printed_unit in raw or not any(ch.isdigit() for ch in raw):
        return raw
    return f"{raw}{printed_unit}"


def target_text(r: Record) -> str:
    """A record's target as printed, with its unit (with_unit)."""
    return with_unit(r.target.raw, r.target.value, r.printed_unit)


def baseline_text(r: Record) -> str:
    """The baseline as printed, with its unit and year: `97.6%（2020）`."""
    b = r.baseline
    if b is None:
        return ""
    shown = with_unit(b.raw, b.value, r.printed_unit)
    return f"{shown}（{b.year}）" if b.year else shown


def delta(d: Decimal | None, unit: str | None) -> str:
    """A signed difference: `+4 个百分点`, `-1.5万个`, `0`."""
    if d is None:
        return ""
    if d == 0:
        return "0"
    sign = "+" if d > 0 else "-"
    if unit == "%":
        return f"{sign}{fmt(abs(d))} 个百分点"
    return f"{sign}{amount(abs(d), unit)}"


def period(p: Plan) -> str:
    """A plan's period: `2020—2025年`, or `2023年` for work points."""
    return f"{p.base_year}—{p.target_year}年" if p.base_year else f"{p.target_year}年"


def why(w: Why | None) -> str:
    """Why a row of a comparison is not ranked, in a report writer's words."""
    if w is None:
        return ""
    if w.kind == "restated":
        return f"同一规划另一处的重述，与排名所用的{_where(w)}目标相同"
    if w.kind == "conflicting":
        return f"同一规划另一处的目标，与排名所用的{_where(w)}目标不一致（前后矛盾）"
    if w.kind == "unit":
        return f"单位不同：{w.mine or '无单位'} 与 {w.main or '无单位'}"
    if w.kind == "year":
        return f"年份不同：{w.mine} 年与 {w.main} 年"
    return WHY_ZH[w.kind]


WHY_ZH = {
    "text": "定性目标：无法按数值比较",
    "trend": "趋势目标：只有方向或年变化率，无水平值",
    "change": "变化目标：相对基线的变化量，不与水平值一同排名",
    "neutral": "规模指标：无优劣方向，不排名",
    "tier": "范围不同：市级目标与区县目标不直接比较",
    "scope": "口径不同：累计/每年/水平值不同",
    "alone": "无可比较的目标",
    "level_unknown": "级别未填写：规划文件的 level 为空，无法确定同级规划",
}


def _where(w: Why) -> str:
    return "指标表" if w.main else "前文"


def implied_note(r: Record) -> str:
    """For a change target ranked by the level it implies: `由基线推算：80%（2020）+5 个百分点
    → 85%`; '' for any other target."""
    from plancmp.analysis.rank import base_of, implied

    level = implied(r.target.value, base_of(r))
    if level is None:
        return ""
    return f"由基线推算：{baseline_text(r)} {show_value(r.target.value)} → {show_value(level)}"


def stall(s: Stall | None, year: int | None) -> str:
    """What compare's 说明 says of a ranked target that asks for no progress."""
    if s is None:
        return ""
    return f"目标{RELATION_ZH[s.relation]}{year or ''}年基线，不要求进步"


# --- findings ---------------------------------------------------------------------------------


def reason(f: Finding) -> str:
    """A finding's reason, with the numbers a reader can check."""
    from plancmp.analysis.city import BelowCity
    from plancmp.analysis.gaps import BelowPeers, BelowStandard, Conflict, Missing
    from plancmp.analysis.rank import Stall

    facts, r = f.facts, f.record
    if isinstance(facts, Conflict):
        parts = "；".join(f"{target_text(x)}（{x.source.section}）" for x in facts.records)
        return f"同一指标前后两个目标：{parts}"
    if isinstance(facts, Missing):
        names = "、".join(p.place for p in facts.setters[:MAX_NAMES_SHOWN])
        more = f"等 {facts.total} 个地区" if facts.total > MAX_NAMES_SHOWN else ""
        return f"{names}{more}设有此指标，本规划没有"
    assert r is not None
    if isinstance(facts, BelowStandard):
        st = facts.standard
        cite = f"《{st.document}》" + (f"（{st.doc_number}）" if st.doc_number else "")
        return f"目标 {target_text(r)} 低于国家督导评估标准 {st.raw}{cite}"
    if isinstance(facts, Stall):
        assert r.baseline is not None
        base = with_unit(r.baseline.raw, r.baseline.value, r.printed_unit)
        word = RELATION_ZH[facts.relation]
        return f"目标 {target_text(r)} {word}{r.baseline.year or ''}年基线 {base}：不要求进步"
    if isinstance(facts, BelowCity):
        return _below_city(r, facts)
    if isinstance(facts, BelowPeers):
        best = facts.best
        shown = with_unit(best.target.raw, best.target.value, best.target.printed_unit)
        mid = amount(facts.median, r.unit)
        return f"本规划 {target_text(r)}；最优 {best.plan.place} {shown}；中位数 {mid}（含本规划，共 {facts.compared} 个）"
    return f"{r.target.raw}：无法按数值核对"


def _below_city(r: Record, f: BelowCity) -> str:
    c, city = f.city_record, f.city
    if f.per_year:
        assert r.baseline is not None
        base = with_unit(r.baseline.raw, r.baseline.value, r.printed_unit)
        rate = fmt(f.mine.quantize(Decimal("0.01")))
        return (
            f"{city.place}要求{c.target.raw}；本规划从基线 {base} 到 {target_text(r)}，年均 {rate}"
        )
    if f.projected and r.baseline is not None:
        base = with_unit(r.baseline.raw, r.baseline.value, r.printed_unit)
        at = amount(f.mine.quantize(Decimal("0.1")), r.unit)
        how = f"按基线 {base}（{r.baseline.year}）线性推算至{c.target.year}年约 {at}"
    else:
        how = f"本规划{r.target.year}年目标 {target_text(r)}（无基线，未推算）"
    return f"{city.place}{c.target.year}年要求 {target_text(c)}；{how}"
