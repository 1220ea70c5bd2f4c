"""The one module that turns numbers and kinds into words a report writer reads.

The analyses return numbers, records and kinds; this module says them in
Chinese: amounts with their units, signed distances, periods, the names of plan
kinds, scopes and finding kinds, and the reason of every finding. Nothing here
parses a printed value again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from plancmp import values
from plancmp.decimals import fmt
from plancmp.levels import hold_together
from plancmp.model import POINTS, SCOPE_ZH, Actual, Plan, Record, Value

if TYPE_CHECKING:  # the analyses' types are imported where a finding is worded
    from plancmp.analysis.city import CityCheck, CityUnchecked
    from plancmp.analysis.compare import Why
    from plancmp.analysis.gaps import Finding
    from plancmp.analysis.rank import Stall
    from plancmp.peers import Peers

FINDING_ZH = {
    "below_peers": "低于同类",
    "below_city": "低于市级",
    "below_province": "低于省级",
    "missing": "缺少指标",
    "not_above_baseline": "未高于基线",
    "conflict": "前后不一致",
    "below_national_standard": "低于国家标准",
    "qualitative": "定性目标",
    "not_below_city": "达到市级",
    "city_not_compared": "未与市级比较",
    "not_below_province": "达到省级",
    "province_not_compared": "未与省级比较",
}
FORMER_FINDING_ZH = {"前后矛盾": "conflict"}
"""Names a kind was once shown by, still read where a user types one (`-k`, a notes heading):
two targets of one indicator are not always contradictory (0.25 and 小于0.30 hold together)."""
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
    """A normalized value for people: `≥90%`, `5–7所`, `每年 -1 个百分点`, `每年 1–2 个百分点`,
    `(定性)`."""
    if v.op == "text":
        return "(定性)"
    if v.op == "trend":
        if v.value is None:
            return "逐年上升" if v.direction == "up" else "逐年下降"
        rate = fmt(v.value) + ("" if v.value_max is None else f"–{fmt(v.value_max)}")
        if v.printed_unit == POINTS:
            return f"每年 {rate} 个百分点"
        return f"每年 {rate}{v.printed_unit or v.unit or ''}"
    assert v.value is not None
    if v.op in ("change", "growth"):
        return _show_change(v)
    if v.op == "range":
        assert v.value_max is not None
        return f"{_short(v.value)}–{amount(v.value_max, v.unit)}"
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
    """A printed value with the indicator's unit where only the row's heading printed it
    (values.with_unit): a table cell `96.5` in a `（%）` row reads `96.5%`."""
    return values.with_unit(raw, printed_unit, value.printed_unit)


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
    """A plan's period as its readers name it: `2021—2025年` for a 十四五 plan, whose
    `base_year` 2020 is the year of its baselines, not of its period; `2023年` for work points."""
    if p.base_year is None or p.base_year + 1 >= p.target_year:
        return f"{p.target_year}年"
    return f"{p.base_year + 1}—{p.target_year}年"


def why(w: Why | None) -> str:
    """Why a row of a comparison is not ranked, in a report writer's words."""
    if w is None:
        return ""
    if w.kind == "restated":
        return f"同一规划另一处的重述，与排名所用的{_where(w)}目标相同"
    if w.kind == "conflicting":
        return f"同一规划另一处的目标，与排名所用的{_where(w)}目标不同（前后不一致）"
    if w.kind == "unit":
        return f"单位不同：{w.mine or '无单位'} 与 {w.main or '无单位'}"
    if w.kind == "year":
        return f"年份不同：{w.mine} 年与 {w.main} 年"
    if w.kind == "tier":  # the row's tier and the ranked group's, both known (compare._why)
        return f"层级不同：{TIER_ZH[str(w.mine)]}规划的目标，不与{TIER_ZH[str(w.main)]}规划的目标一起排名"
    if w.kind == "no_baseline":
        return f"无基线：无法推算至{w.mine}年" if w.mine else "无基线：无法计算年均变化"
    if w.kind == "before_baseline":
        return f"{w.mine}年早于基线年份 {w.main} 年：不推算"
    return WHY_ZH[w.kind]


WHY_ZH = {
    "text": "定性目标：无法按数值比较",
    "trend": "趋势目标：只有方向或年变化率，无水平值",
    "change": "变化目标：相对基线的变化量，不与水平值一同排名",
    "neutral": "规模指标：无优劣方向，不排名",
    "scope": "口径不同：累计/每年/水平值不同",
    "alone": "无可比较的目标",
    "level_unknown": "级别未填写：规划文件的 level 为空，无法确定同级规划",
}


TIER_ZH = {"county": "区县", "city": "市级", "province": "省级"}
"""A plan's tier as a row's reason names it: a province's row among districts' is 省级."""


def _where(w: Why) -> str:
    return "指标表" if w.main else "前文"


def implied_note(r: Record) -> str:
    """For a change target ranked by the level it implies: `由基线推算：80%（2020）+5 个百分点
    → 85%`; '' for any other target."""
    from plancmp.analysis.rank import base_of
    from plancmp.levels import implied

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


HOLD_ZH = {True: "（可同时成立，写法不一）", False: "（不能同时成立）", None: ""}
"""Whether one number meets both of a conflict's targets (levels.hold_together): two wordings
of one aim, or two aims."""


def reason(f: Finding) -> str:
    """A finding's reason, with the numbers a reader can check."""
    from plancmp.analysis.city import CityCheck, CityUnchecked
    from plancmp.analysis.gaps import BelowPeers, BelowStandard, Conflict, Missing
    from plancmp.analysis.rank import Stall

    facts, r = f.facts, f.record
    if isinstance(facts, Conflict):
        parts = "；".join(f"{target_text(x)}（{x.source.section}）" for x in facts.records)
        together = hold_together([x.target.value for x in facts.records])
        return f"同一指标前后两个目标{HOLD_ZH[together]}：{parts}"
    if isinstance(facts, Missing):
        names = "、".join(p.place for p in facts.setters[:MAX_NAMES_SHOWN])
        more = f"等 {facts.total} 个地区" if facts.total > MAX_NAMES_SHOWN else ""
        quiet = f"（{QUIET_ZH[facts.quiet]}）" if facts.quiet else ""
        return f"{names}{more}设有此指标，本规划没有{quiet}"
    assert r is not None
    if isinstance(facts, BelowStandard):
        st = facts.standard
        cite = f"《{st.document}》" + (f"（{st.doc_number}）" if st.doc_number else "")
        return f"目标 {target_text(r)} 低于国家督导评估标准 {st.raw}{cite}"
    if isinstance(facts, Stall):
        assert r.baseline is not None
        word = RELATION_ZH[facts.relation]
        return f"目标 {target_text(r)} {word}{r.baseline.year or ''}年基线 {_base(r)}：不要求进步"
    if isinstance(facts, CityCheck):
        weaker = f.kind in ("below_city", "below_province")
        return city_reason(r, facts, weaker, f.metric.better)
    if isinstance(facts, CityUnchecked):
        c = facts.city_record
        return (
            f"{higher_name(facts.city)}{c.target.year}年 {target_text(c)}；本规划 {target_text(r)}："
            f"未比较，{city_why(r, facts)}"
        )
    if isinstance(facts, BelowPeers):
        best = facts.best
        shown = with_unit(best.target.raw, best.target.value, best.target.printed_unit)
        mid = amount(facts.median, r.unit)
        return f"本规划 {target_text(r)}；最优 {best.plan.place} {shown}；中位数 {mid}（含本规划，共 {facts.compared} 个）"
    return f"{r.target.raw}：无法按数值核对"


QUIET_ZH = {
    "operational": "年度工作量指标，五年规划一般不设",
    "amount": "只以每年或期间的数量设定，不是水平或比率",
}
"""Why a missing indicator is left to --all (gaps.Missing.quiet)."""
END_ZH = {"low": "区间下限", "high": "区间上限"}
BASIS_UNIT = {"points": f" {POINTS}", "relative": "%"}
"""The unit of a yearly change by what it counts (city._basis); else the metric's own."""


def _base(r: Record) -> str:
    assert r.baseline is not None
    return with_unit(r.baseline.raw, r.baseline.value, r.printed_unit)


def _rule(f: CityCheck, weaker: bool, better: str, unit: str | None) -> str:
    """The comparison as a rule a reader can check: `区间下限 1项 低于市级 2项`."""
    assert f.mine is not None and f.theirs is not None
    mine = amount(f.mine.quantize(Decimal("0.1")) if f.form == "projected" else f.mine, unit)
    if f.form == "projected":
        mine = f"约 {mine}"
    side = f"{END_ZH[f.mine_end]} " if f.mine_end else ""
    if weaker:
        word = "不及" if f.mine == f.theirs else "低于" if better != "lower" else "高于"
    else:
        word = "不低于" if better != "lower" else "不高于"
    return f"{side}{mine} {word}{above_word(f.city)} {amount(f.theirs, unit)}"


def yearly(d: Decimal, basis: str | None, unit: str | None) -> str:
    """A yearly change with its unit: `-0.4 个百分点`, `+5%`, `+100元/生`."""
    shown = fmt(d.quantize(Decimal("0.01")))
    sign = "+" if d > 0 else ""
    if basis in BASIS_UNIT:
        return f"{sign}{shown}{BASIS_UNIT[basis]}"
    return f"{sign}{amount(Decimal(shown), unit)}"


def city_reason(r: Record, f: CityCheck, weaker: bool, better: str) -> str:
    """What a city comparison found, with the rule it applied."""
    c, city, level = f.city_record, f.city, above_word(f.city)
    if f.form in ("per_year", "direction"):
        how = (
            f"本规划从基线 {_base(r)}（{r.baseline.year}）到 {target_text(r)}"
            if r.baseline is not None and r.target.value.op != "trend"
            else f"本规划 {target_text(r)}"
        )
        if f.mine is not None:
            how += f"，年均 {yearly(f.mine, f.basis, r.unit)}"
        if f.form == "direction":
            rule = f"方向与{level}相反" if weaker else f"方向与{level}一致"
        else:
            assert f.mine is not None and f.theirs is not None
            theirs = yearly(f.theirs, f.basis, r.unit)
            rule = f"{'慢于' if weaker else '不慢于'}{level}每年 {theirs}"
            if weaker and f.mine * f.theirs < 0:
                rule = f"方向与{level}每年 {theirs} 相反"
        return f"{higher_name(city)}要求{c.target.raw}；{how}：{rule}"
    if f.form == "projected":
        assert r.baseline is not None
        how = f"按基线 {_base(r)}（{r.baseline.year}）线性推算至{c.target.year}年"
    elif r.target.year != c.target.year:
        how = f"本规划{r.target.year}年目标 {target_text(r)}（无基线，未推算）"
    else:
        how = f"本规划目标 {target_text(r)}"
    rule = _rule(f, weaker, better, r.unit)
    return f"{higher_name(city)}{c.target.year}年要求 {target_text(c)}；{how}：{rule}"


def above_word(p: Plan) -> str:
    """市级 or 省级: how a finding names the level of the higher plan it is held to."""
    return "省级" if p.tier == "province" else "市级"


def higher_name(p: Plan) -> str:
    """How a finding names the higher plan it comes from: a city's work points by the city
    (杭州市2023年要求 …), any other plan by its title (《浙江省教育事业发展“十四五”规划》)."""
    return p.place if p.kind == "annual_work_points" else f"《{p.title}》"


def city_why(r: Record, f: CityUnchecked) -> str:
    """Why a pair the higher plan and the plan share is not compared (city.NOT_COMPARED),
    with the higher plan's level (市级, 省级)."""
    said = _city_why(r, f)
    return said.replace("市级", above_word(f.city)) if f.city.tier == "province" else said


def _city_why(r: Record, f: CityUnchecked) -> str:
    c = f.city_record
    if f.code == "segment":
        return f"学段不同（市级 {c.segment or '不分学段'}，本规划 {r.segment or '不分学段'}）"
    if f.code == "text":
        side = "本规划" if r.target.value.op == "text" else "市级"
        return f"{side}目标为定性表述，无数值可比"
    if f.code == "unit":
        return f"单位不同（本规划 {r.unit or '无单位'}，市级 {c.unit or '无单位'}）"
    if f.code == "scope":
        return f"口径不同（本规划为{SCOPE_ZH[r.target.scope]}，市级为{SCOPE_ZH[c.target.scope]}）"
    if f.code == "city_total":
        return f"市级为全市{SCOPE_ZH[c.target.scope]}总量，不与一个区县的数量比较"
    if f.code == "points_or_percent":
        side = "市级" if c.target.value.printed_unit == "%" else "本规划"
        return f"{side}的年变化以 % 表示，是百分点还是相对变化，文件未说明"
    return CITY_WHY_ZH[f.code]


CITY_WHY_ZH = {
    "neutral": "规模指标，无优劣方向",
    "plan_trend": "市级为水平值，本规划只给年变化",
    "no_baseline": "市级要求年变化，本规划无基线，推算不出年均变化",
    "change_no_baseline": "本规划目标为相对基线的变化量，无基线，推算不出水平值",
    "no_rate": "市级要求年变化幅度，本规划只给方向",
    "rate_basis": "一方为相对增长率（%），一方为绝对变化量",
    "before_baseline": "市级要求的年份早于本规划的基线年份",
}


# --- peers, pace, projection, progress -------------------------------------------------------

OTHER_YEAR = (
    "括注年份（如“（2022年）”）的单元格是该规划为那一年定的目标，不是其目标年份（规划期末）的目标。"
)
"""Under a matrix where some target is for another year than its plan's target year."""
PROJECTED = "按直线推算"
"""The mark of a value read off the straight line from a baseline to a target."""
STATUS_ZH = {
    "met": "已实现",
    "on_track": "进度正常",
    "slightly_behind": "略有滞后",
    "far_behind": "明显滞后",
    "regressed": "退步",
}
PROGRESS_WHY_ZH = {
    "no_actual": "无实际值",
    "text": "定性目标：无法按数值评估",
    "scope": "期间累计或每年数量：不按直线评估",
    "relative_rate": "每年变化以%表示，未说明是百分点还是相对变化：不评估",
    "no_baseline": "无基线：无法算出应达到的值",
    "no_direction": "规模指标，目标与基线相同：无进退方向",
}
PROGRESS_RULE = (
    "进度比 = 实际变化 ÷ 按直线应有的变化（自基线起）。已实现：已达到目标；退步：向相反方向变化；"
    "进度比 ≥ 1 进度正常，≥ 0.5 略有滞后，< 0.5 明显滞后。"
)
GROUP_KIND_ZH = {"file": "分组文件", "all": "全部规划", "tier": "同级规划", "city": "同一地市"}
MAX_PEERS_SHOWN = 8


def peers_label(peers: Peers, plans: Mapping[str, Plan]) -> str:
    """Which plans a comparison was made among, for a title: `全部区县规划（4 个）`,
    `杭州市辖区（2 个）`, `临安、上城、越城`. Plans are shown by their short name."""
    parts = [g.name for g in peers.groups]
    parts += [_short_name(plans[i]) for i in peers.named if i in plans]
    if len(parts) > MAX_PEERS_SHOWN:
        parts = [*parts[:MAX_PEERS_SHOWN], "…"]
    shown = "、".join(parts) or "无"
    return f"{shown}（{len(peers.plans)} 个）" if peers.groups else shown


def _short_name(p: Plan) -> str:
    """A plan's shortest name a user would type (临安), else where it is (杭州市临安区)."""
    return min(p.names, key=len) if p.names else p.place


def rounded(d: Decimal) -> Decimal:
    """A computed value (a pace, a projection, a required value) to two decimals."""
    return d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def ratio_shown(d: Decimal) -> Decimal:
    """A progress ratio to two decimals, rounded down, so that the figure shown agrees
    with the status (0.999 is 0.99, 略有滞后, never 1.00)."""
    return d.quantize(Decimal("0.01"), rounding=ROUND_FLOOR)


def per_year(d: Decimal | None, unit: str | None) -> str:
    """A yearly change: `+2 个百分点/年`, `-0.32 个百分点/年`."""
    return f"{delta(rounded(d), unit)}/年" if d is not None else ""


def computed(d: Decimal | None, unit: str | None) -> str:
    """A computed level with its unit: `90.64%`."""
    return amount(rounded(d), unit) if d is not None else ""


def status_counts(statuses: Sequence[str | None]) -> str:
    """`已实现 1，略有滞后 2`, in the order of STATUS_ZH; `无可评估的目标` when none."""
    parts = [f"{zh} {statuses.count(code)}" for code, zh in STATUS_ZH.items() if code in statuses]
    return "，".join(parts) or "无可评估的目标"


def actual_source(a: Actual | None) -> str:
    """Where an actual value was read: `document / section`."""
    if a is None:
        return ""
    return f"{a.document} / {a.section}" if a.section else a.document


def frame_line(peers: str, higher: Sequence[Plan], other_periods: Sequence[Plan] = ()) -> str:
    """Whom a report holds its plan to: `比较对象：全部区县规划（4 个）；上级规划：《…》。`;
    higher plans of another period are named as not held to, so none seems forgotten."""
    above = "、".join(f"《{q.title}》" for q in higher) or (
        "无同期规划" if other_periods else "未收录"
    )
    if other_periods:
        titles = "、".join(f"《{q.title}》" for q in other_periods)
        above += f"（{titles}与本规划不同期，未作对照）"
    return f"比较对象：{peers}；上级规划：{above}。"


def other_period_line(year: int, peer_years: Sequence[int]) -> str:
    """What a report says when none of its peers aims at the plan's year (a 2010 plan among
    plans for 2025; `peer_years` as frame.peer_years_apart gives them, empty when one does):
    its reader would else take an empty ranking for a plan without gaps."""
    if not peer_years:
        return ""
    years = "、".join(f"{y}年" for y in peer_years)
    return (
        f"本规划目标年为{year}年，比较对象的目标年为{years}：年份不同的目标不作排名，"
        "“缺少指标”只说明另一时期的规划设有此指标。"
    )
