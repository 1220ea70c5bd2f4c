"""Targets in running text: `到2025年，普惠性幼儿园覆盖面达到90%以上`.

A paragraph is read sentence by sentence. Each value the span finder reports gets a
name (names.py), a year (the last one printed before it: `到2025年`, `今年`; else a heading's
year, else the plan's target year, flagged), a scope (每年 → per_year; 新建/培养… a count
over the plan period → cumulative; else level). In a review of the last period (十三五
achievements), or in a clause that reports results (tense.py: 已, 现有, 截至…, a past
year), values are baselines, never targets.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from plancmp.draft import names
from plancmp.draft.dating import (
    BREAKS_GROUND,
    DUE,
    DUE_LEAD,
    FINISHED,
    FOUNDED,
    MILESTONE,
    ONCE_DONE,
    OPENS,
    PHASE_WORD,
    THIS_YEAR,
    YEARS_SPAN,
)
from plancmp.draft.found import Found, FoundBaseline
from plancmp.draft.naming import (
    BY_STANDARD,
    NAMED,
    YEAR_PARTS_OPEN,
    Named,
    in_quoted_target,
    name_values,
    opening_pointer,
)
from plancmp.draft.schedule import (
    dated_before,
    due_after_bracket,
    due_after_label,
    due_later,
    due_next,
    started,
    starts_works,
)
from plancmp.draft.sections import PERIOD, QUESTION, school_heading
from plancmp.draft.segments import mixed, stages_named, topic_segment, topics
from plancmp.draft.sentence_stages import (
    ATTRIBUTE,
    SCHOOL,
    one_segment,
    sentence_stage,
    stage_lent,
)
from plancmp.draft.sites import GENERIC_SCHOOL
from plancmp.draft.spans import SUM_BEFORE, Span, find_spans
from plancmp.draft.tense import (
    DEADLINE_NOTE,
    FIRM,
    GAP_TO_GOAL,
    SOFT,
    TARGET,
    TASK_LABEL,
    TASK_SET,
    TASK_SHARE,
    Clause,
    Dating,
    Year,
    anchors,
    forecast_before,
    read_clauses,
    year_at,
)
from plancmp.draft.text import (
    ALL_TOLD,
    BOUND_BEFORE_OBJECT,
    BOUND_BEFORE_VERB,
    BOUND_VERBS,
    BOUNDS,
    CHANGE,
    COUNT_VERBS,
    EVERY_ONE,
    LIST_UNIT,
    PARTS_OPEN,
    PER,
    PLACE_END,
    REACHES,
    RESPECTIVE,
    RESPECTIVE_YEARS,
    RUNNING_TOTAL,
    SCHOOL_KIND,
    YEAR_BY_YEAR,
    YEAR_WRITTEN,
    clauses,
    compact,
    counted_in_turn,
    fold,
    fold_figures,
    listed_years,
    sentences,
    western_year,
)
from plancmp.model import NUMERIC_OPS, Value
from plancmp.phrases import PER_PERSON, YEARLY_PERIODS
from plancmp.values import ValueParseError, compared, parse

YEAR_INFERRED = "年份由上下文推断"
YEAR_CARRIED = "年份取自上文（{}年），请核对"
"""A sentence that prints no year, dated by one an earlier sentence of its paragraph printed,
other than the plan's: `到2028年，…。中小学每年开展演练不少于2次。` may not be due in 2028."""
NAME_GUESSED = "指标名由上下文推断，请核对"
NAME_FAR = "指标名取自数值较远处的文字，请核对"
PERCENT_INFERRED = "原文数值无单位，按指标名（率、比例）读作百分数，请核对"
_STUDENT_AID = re.compile(r"助学金|奖学金|免[^，,；;。\d]{1,4}?费|资助")
"""Aid paid to students (`扶贫专项助学金，标准为1000元/生•年`, `免教科书费`): its standard per pupil
is a subsidy's, not a plan's funding standard."""
_MONEY_NOT_TARGET = re.compile(
    rf"补助|补贴|奖励|奖补|收费|价格|学费|保育费|住宿费|教科书费|书本费|工资|薪酬|津贴|缴|{_STUDENT_AID.pattern}"
)
_PER_PUPIL = r"每(?:个|名|位)?(?:学生|生|人)[^，,；;。\d]{0,6}"
_FLOOR = r"(?:不低于|不少于)?\s*"
_STANDARD = re.compile(
    rf"标准(?:为|是)?\s*(?:{_PER_PUPIL})?$|^\s*{_PER_PUPIL}$|生均[^，,；;。\d]{{0,12}}{_PER_PUPIL}$"
)
_PAY_STANDARD = re.compile(
    rf"标准(?:为|是)?\s*{_FLOOR}(?:{_PER_PUPIL})?$|(?:补助|补贴|津贴)\s*{_PER_PUPIL}$"
    rf"|按照?\s*{_FLOOR}{_PER_PUPIL}$"
)
_PUPILS = re.compile(r"学生|幼儿|儿童|寄宿生|困难")
"""Who aid goes to (`家庭经济困难学生生活补助每人每月不低于300元`): a pay standard's floor
(_PAY_STANDARD) is staff's, not aid to pupils, which is left out as 助学金 is."""
"""`学生补助标准17元/人`, `膳食补助标准为每个学生每天3元，…，每个学生每学年共600元`,
`生均公用经费 每生每年补助500元`, `生活补助标准不低于每人每月600元`, `生活补助每人每月不低于600元`,
`按照不低于每人每月600元的标准发放`: the standard a plan sets per head, a target even where it
is a subsidy."""
_SHARE_OPENS = re.compile(r"占[^，,。；;占]*$")
_SHARE_CLOSES = re.compile(r"[^，,。；;占%]*?的\s*(?:比[重例])?\s*[\d.]+\s*[%％]")


_PROGRAMME_SUM = re.compile(r"[\d.,，]+\s*[万亿]元\s*的[^，,。；;\d]{0,24}?(?:计划|基金)")
"""`推出12亿元的新一轮资助计划`: a sum printed as the size of the programme or fund it opens."""


_BUDGET_LINE = re.compile(r"预算(?!内)|自筹|(?<!补助)(?<!补贴)配套资金")
"""`中央编列预算120亿元`, `地方自筹24亿元`: a line of a budget, what the works will cost."""


def _paid_out(sentence: str, clause_left: str, value_on: str) -> bool:
    """Subsidies, fees and pay rates are not plan targets, unless raised to a new level or
    set as a standard per pupil (_RAISED, _STANDARD); the whole sum of a subsidy programme
    or fund (`value_on`: the value and what follows it) is what the programme spends, a
    target as any budget is. A subsidy named only in a later clause (`投入3000亿元，通过中央奖补
    方式支持…`) says how the sum is given, not that it is paid out; and a budget line whose
    own clause names no subsidy (`中央编列预算120亿元，…补助款36亿元，地方自筹24亿元`) is a
    budget, whatever the clauses beside it say."""
    first = re.split(r"[，,；;。]", value_on)[0]
    own = sentence[: len(sentence) - len(value_on)] + first
    if _BUDGET_LINE.search(clause_left) and not _MONEY_NOT_TARGET.search(clause_left + first):
        return False
    return bool(
        _MONEY_NOT_TARGET.search(own)
        and not _RAISED.search(clause_left)
        and not (_STANDARD.search(clause_left) and not _STUDENT_AID.search(own))
        and not (
            _PAY_STANDARD.search(clause_left)
            and not _PUPILS.search(own)
            and not _STUDENT_AID.search(own)
        )
        and not _PROGRAMME_SUM.match(value_on)
        and not _per_pupil_standard(clause_left, value_on)
    )


_PER_PUPIL_UNIT = re.compile(r"[\d.]+\s*元\s*/\s*(?:(?:学年|年)\s*/\s*)?生")
_STANDARD_AHEAD = re.compile(r"[^，,；;。]*?的?标准")


def _per_pupil_standard(clause_left: str, value_on: str) -> bool:
    """`按照小学1000元/年/生、初中1250元/年/生的标准给予寄宿制生活补助`: amounts per pupil a year a
    subsidy is paid by, the standard a plan sets (corpus/README.md); not aid to students."""
    return bool(
        BY_STANDARD.search(clause_left)
        and _PER_PUPIL_UNIT.match(value_on)
        and _STANDARD_AHEAD.match(value_on)
        and not _STUDENT_AID.search(clause_left + re.split(r"[，,；;。]", value_on)[0])
    )


def _share_base(sentence: str, start: int, end: int) -> bool:
    """Whether a value stands inside `占…的21%`: it counts the whole the share is taken
    of (`占全国5个省、42个未普九县投资总额的21%`), not an amount the plan sets."""
    return bool(_SHARE_OPENS.search(sentence[:start]) and _SHARE_CLOSES.match(sentence, end))


_FILLED = re.compile(r"(?:补齐|补足|填补|消除|解决)[^，,。；;]{0,16}缺口$")
"""`到2028年补齐中小学教师缺口1200名`: a shortfall to fill, which is a target."""
_SHORTFALL = re.compile(r"(?:缺口|无学位)$|(?:还需|尚需|仍需|还要|还差|尚差|仅差)$")
"""`学位缺口7000个`, `每年有400余人入小学无学位`, `…要达到90%，还需提高0.5个百分点`: what is
lacking, not a target."""
_RESTATED = re.compile(r"\s*(?:即|也就是说?|这)?\s*相当于")
"""A clause opened by 相当于 (`…新增学位5万个，相当于现有学位翻番`): the figure before it told
again in other terms, no target of its own (but `收入相当于城市的90%` names a measure)."""
_ITEMS = re.compile(r"实事|项目|事项")
"""Items of a programme counted in 件 or 项 (`民生实事10件`, `教育项目2件`): its parts."""
_CARRIED_OUT = re.compile(r"(?:实施|建设|推进|开工|谋划|启动)[^，,；;。的]*项目$")
"""A verb of carrying works out, then the projects (`实施…续建项目24项`), no 的 between (`从建设规划中
遴选…具备条件的项目18项` picks projects, it does not carry them out)."""


def _works_to_do(name: str, clause_left: str, unit: str) -> bool:
    """Whether a count of 项目 in 项, printed right after them and after a verb of carrying out
    works (`计划实施学校建设项目24项`), is the projects to build, not the items a programme of
    livelihood or public-good work lists (`民生实事项目10项`, `民生公益项目15项`)."""
    return (
        unit == "项"
        and name.endswith("项目")
        and not re.search(r"实事|事项|民生|惠民|民心|公益", name)
        and bool(_CARRIED_OUT.search(clause_left.rstrip()))
    )


def _programme_parts(name: str, raw: str, clause_left: str, unit: str | None) -> bool:
    """A count of a programme's items in 件 or 项 (`民生实事10件`), unless it counts projects to
    carry out (_works_to_do)."""
    return (
        unit in ("件", "项")
        and bool(_ITEMS.search(name + raw))
        and not _works_to_do(name, clause_left, unit)
    )


_PLACE_AREA = re.compile(
    r"总面积|国土面积|辖区面积|区域面积|行政区域|全域|[县市区]域|城区面积|规划面积|规划范围|面积为"
)
"""Words of the area a place covers (`某区全域，总面积312平方公里`), not land a plan builds on."""


def _places_counted(sentence: str, clause_left: str, end: int, unit: str | None) -> bool:
    """A count of the places a programme spreads over (`涉及8个县市区`, `…所在的12个农村县`),
    of all the places a jurisdiction has (`全市25个区县要实现…`) or is made of (`包括12个镇`),
    or of places every one of which reaches a goal (_every_place): not an amount to reach."""
    if _SPREAD.search(clause_left) and (
        _PLACES.match(sentence, end) or _KIND_OF_PLACE.match(sentence, end)
    ):
        return True
    if _SPREAD_IN.search(clause_left) and _SPREADS_OVER.match(sentence, end):
        return True
    if _MADE_OF.search(clause_left) and _PLACES_ALONE.match(sentence, end):
        return True  # `某新区包括12个镇和1个街道`: what the place is made of
    if unit != "个":
        return False
    if _SCOPE_LISTED.search(sentence, 0, end) and (
        _PLACES.match(sentence, end) or _PLACE_BEFORE.search(clause_left)
    ):
        return True  # `实施范围包括，…地区26个县、国家级贫困县31个`: where it applies
    whole = _WHOLE.fullmatch(clause_left) and _PLACES.match(sentence, end)
    return bool(whole) or _every_place(sentence, clause_left, end)


_GROUP_OPENER = re.compile(r"\s*(?:据悉|据了解|另外|此外|同时|其中|这|上述|以上)?\s*")
_ALL_OF = re.compile(
    r"[^，,；;。、\d]{1,12}?(?:均(?![衡等匀值])|都|全[部都](?!达到|达标)|涉及|分布在|分布于)"
    r"(?!将|要|需|须)"
    r"|[^，,；;。\d]{1,16}?分别(?:为|是)"
)
"""A count that opens its clause as the subject of 均/都 (`9所幼儿园均为公办幼儿园`), of
where they are (`16所…建设项目涉及8个县市区`) or of the names that follow (`5所学校、幼儿园分别
为甲小学、乙幼儿园…`) speaks of things already counted; `均将`, `都要` still set what they will
do, and `全部达到` a standard is a goal for all of them (`26所…学校全部达到省定标准`; `均达到`,
`均已达到` say what those counted reach or have). 均衡, 均等 are words of their own
(`25%的县市实现基本均衡`)."""
_PART_PLACED = re.compile(r"\s*其中\s*[^，,；;。、\d]{0,12}?(?:分布在|分布于|位于)")
"""`…新建4000所幼儿园，其中3100所幼儿园分布在南部`: after 其中, the part of a total that lies in
one place, a part of the breakdown (corpus/README.md: each part is a record), not the
places of things counted before."""


def _described_again(sentence: str, clause_left: str, end: int) -> bool:
    """A count opening its clause as the subject of what all of them are or where they are
    (_ALL_OF), unless it is a part after 其中 that lies in one place (_PART_PLACED)."""
    return bool(
        _GROUP_OPENER.fullmatch(clause_left)
        and _ALL_OF.match(sentence, end)
        and not _PART_PLACED.match(clause_left + sentence[end:])
    )


_SPREAD = re.compile(
    r"(?:涉及|分布在|分布于|覆盖)(?:全[省市区县州国])?(?:[^，,；;。]{0,12}?的)?\s*$"
    r"|(?:建在|位于|落户|落在|选址在|范围[以为包括]*)[^，,；;。]{1,30}?等\s*$"
)
_PLACE_KINDS = r"县市区|县区|县|区|市|乡镇|乡(?!村)|镇|街道|村|社区"
"""The kinds of place a plan counts (`涉及8个县市区`) or speaks of each of (`每个乡镇`)."""
_PLACES = re.compile(rf"\s*(?:个)?(?:{_PLACE_KINDS})")
"""`涉及8个县市区`, `涉及全省190个县(市)区`, `分别建在甲区、乙县等5个县区`: the places a
programme spreads over, not a target."""
_SCOPE_LISTED = re.compile(r"(?:实施|覆盖|试点|适用|规划)范围(?:包括|包含|涵盖|为|是)")
"""A programme's scope listed (`《意见》实施范围包括，…26个县`, a plan's own `规划范围为…，包括…2个
街道和…5个镇以及…1个乡`): the counts of places after it say where it applies."""
_PLACE_BEFORE = re.compile(rf"(?:{_PLACE_KINDS})\s*$")
"""A count printed after the kind of place it counts (`国家级贫困县31个`)."""
_SPREAD_IN = re.compile(r"在\s*(?:全[省市区县州国])?\s*$")
_SPREADS_OVER = re.compile(
    rf"\s*(?:个)?(?:{_PLACE_KINDS})[^，,；;。\d]{{0,10}}?(?:铺开|推开|推广|推行|覆盖|试点)"
)
"""`集团化办学在11个县区全面铺开`: the places a programme is rolled out in, not an amount."""
_MADE_OF = re.compile(
    rf"(?:包括|包含|下辖|管辖|辖有|辖)(?:\s*\d+\s*个?(?:{_PLACE_KINDS})\s*[和、及与])*\s*$"
)
"""The words a jurisdiction's parts follow (`包括`, `下辖`), with those listed before the one read."""
_PLACES_ALONE = re.compile(rf"{_PLACES.pattern}(?=[和、及与，,；;。)）]|$)")
"""`某新区包括12个镇和1个街道`: the places a jurisdiction is made of, no target; not the
things a count includes (`包括3个镇中心幼儿园`)."""
_KIND_OF_PLACE = re.compile(
    rf"[^，,；;。、\d]{{0,8}}(?:、[^，,；;。、\d]{{1,10}})?(?:{_PLACE_KINDS})(?=[，,；;。、)）]|$|为主|以及)"
)
"""Places of a kind (`28个农村县`, `12个国家、省级重点帮扶县`) a programme reaches (`涉及3个市州的`,
`实施范围以甲县、乙县等`)."""
_PROBLEM = re.compile(r"[^，,；;。]{0,24}?(?:问题|难题|短板|现象|状况)(?=[，,；;。]|$)")
_ON_BASIS = re.compile(
    r"(?:\s*[、和及与]\s*[\d.]+\s*[^\s，,。；;\d、]{0,4})*[^，,。；;\d]{0,16}?的?基础上"
)
_BASIS_OPENS = re.compile(
    r"在(?![^在，,；;。]*?(?:(?<!公)(?<!民)办|建|完成|实现|达到|保持))[^在，,；;。]*$"
)


def _on_basis(sentence: str, span: Span) -> bool:
    """`在600元、800元的基础上有所增长`, `在现有286所幼儿园的基础上再翻一番`: the figures of a
    `在…基础上` clause are the level a target counts from, a baseline; but a task the basis
    names (`在办好1所中心幼儿园的基础上`) is a target of its own (`在2026年新增公办学位4.2万个的基础上`
    names none: 公办 is whose places they are)."""
    opens = _BASIS_OPENS.search(sentence, 0, span.start)
    return opens is not None and bool(_ON_BASIS.match(sentence, span.end))


_LACKING = re.compile(
    r"[^，,；;。\d]{0,10}?(?:均未|尚未|还未|仍未|均没有|还没有|尚没有|尚无|仍无)(?![^，,；;。]{0,10}的)"
)
"""`全县9所学校均未安装空调`, `有6所学校尚未完全覆盖`: the things counted lack something now, a
state the plan answers (a baseline, as `目前…` is); but `6所尚未达标的学校` is what a work is done to, and may be its target."""
_WHOLE = re.compile(r"\s*(?:全省|全市|全区|全县|全州|全国)(?:共有|所有)?\s*")
"""`全市25个区县要实现…`: a clause opening on how many places the whole jurisdiction has counts
the ones a goal is set for; after a verb (`完成全市300个村…`) the places are the work itself."""
_EVERY_ONE = re.compile(rf"[^，,；;。]{{0,12}}?(?:{EVERY_ONE})")


def _every_place(sentence: str, clause_left: str, end: int) -> bool:
    """`到2030年，42个县（市、区）将全部实现…`: places opening a clause, then all of them (全部, 均):
    the count is how many places there are, the goal is what every one reaches."""
    places = _PLACES.match(sentence, end)
    return (
        places is not None
        and not clause_left.strip()
        and bool(_EVERY_ONE.match(sentence, places.end()))
    )


_RAISED = re.compile(r"(?:提高|提升|提标|增加|增长|上调)[^，,；;。]{0,20}?(?:到|至)|达到")
"""`补助标准提高到每人每年640元`, `提高补助至6000元`, `补助提标至800元` (its standard raised):
a subsidy raised to a new level is a target. Only verbs that raise (with `提标`, `上调`), not all
of text.CHANGE: subsidies and pay are raised to a new level; a fee cut to one is not weighed here."""
_COUNT_VERBS = re.compile(rf"{COUNT_VERBS}|{RUNNING_TOTAL}|合计|期间")
"""What makes a count an amount: a verb that counts (text.COUNT_VERBS), a running total, a
sum (`合计`) or a period (`期间`)."""
_LEVEL_WORDS = re.compile(r"达到|达|保持|覆盖|总数|总量|规模|比例|占比")
_EACH_PLACE = re.compile(
    rf"(?:每一?个?|各)(?:{_PLACE_KINDS}|乡|片区|学区)[^，,；;。]*?(?:都|均|至少)"
)
"""`每个乡镇都建有1所`, `各区、县至少办1所`: so many in each place, a standard each keeps,
not an amount made each year or over the period."""
_EXAMPLES = re.compile(r"、[^，,；;。、]*等(?![^，,；;。]*等)")
"""`幼儿园建设、高考综合改革等`: a list of examples of several kinds (one example, as in
`新组建风景小学等3个教育集团`, still says what kind)."""
_EXAMPLE_SCHOOL = re.compile(rf"[^，,；;。、]*?(?:{SCHOOL_KIND})等")
"""`启动长天小学等5个项目建设，…，新增公办学位8000个`: a school named as an example of a count
says what that count is of, not what the clauses after it are about."""
_LIST_ITEM = re.compile(r"[^，,；;。（）()]*[、和及与][^，,；;。（）()]*$")
"""What lies between two items of one list (`600个、中学学位`, `12个普通高中建设项目、`)."""
_ANY_SCHOOL = re.compile(r"(?<![小中高])学校|各级各类")
"""`新优质学校`, `改扩建学校`: schools of any stage, whatever the sentence is about."""
_PART = re.compile(r"([^，,；;。]*)[，,]\s*其中[^，,；;。]*$")


def _part_of(sentence: str, at: int) -> str:
    """The clause of the total a `其中` part belongs to (`投入使用高中14所，其中市属学校10所`):
    a part takes its total's stage, even when its own words say only `学校`; '' otherwise."""
    m = _PART.search(sentence[:at])
    return m.group(1) if m and _HAS_FIGURE.search(m.group(1)) else ""


_HAS_FIGURE = re.compile(r"\d|[一二三四五六七八九十两百千]+\s*[所个座班处项万亿]")
"""A total prints a figure: `其中` after a clause of none (`制定…幼儿园建设计划，其中拟维修
改造某某小学等30所学校`) picks items of a plan or a list, and lends their clause no stage."""


_COMPULSORY_SCHOOLS = re.compile(r"义务教育(?:阶段)?的?(?:学校|中小学|学位)|在义务教育方面")
"""Schools the sentence says are of compulsory education (`所有公办义务教育学校`, `在义务教育方面，
每年新建2-3所学校`): a count of its `学校` is of 义务教育 (corpus/README.md, `segment`). So are
the schools of a sentence whose places are all compulsory ones (`新建学校2所，改扩建学校4所，
新增义务教育学位3100个`): the places are what those schools add; not when the compulsory places are
a part of all the places (`竣工投用学校6所，新增学位6480个，其中义务教育学位4950个`)."""


_WORK_FRAME = re.compile(r"在(?!义务教育方面)[^，,；;。]{2,30}?方面")


def _schools_of(name: str, sentence: str, at: int) -> str:
    """The context a total or a name of `学校` takes its stage from: none, unless it is a part
    of a total (`其中`) or the sentence says its schools are of compulsory education and names
    no other stage."""
    part = _part_of(sentence, at) or (_listed_before(sentence, at) if _TOTAL.match(name) else "")
    cut = sentence.find("其中", at)
    whole = sentence if cut == -1 else sentence[:cut]  # `…学位6480个，其中义务教育学位…`: a part's
    plain = _WORK_FRAME.sub("", whole)  # `在义务教育学校薄弱环节的改善方面`: a programme
    if part or _TOTAL.match(name) or not _COMPULSORY_SCHOOLS.search(plain):
        return part
    return "义务教育" if topics(whole) == {"义务教育"} and not mixed(whole) else ""


_TOTAL = re.compile(r"总共|共计|合计|总计|累计|共|总")
_LISTED = re.compile(r"[^，,；;。]*[：:][^，,；;。：:]*$")


_NAMED_WORKS = re.compile(
    rf"[^，,；;。]*(?:{SCHOOL_KIND}|学院)[^，,；;。]{{0,6}}?(?:为|是|属于?)[^，,；;。\d]{{0,12}}?"
    r"(?:项目|工程)\s*[，,]\s*[^，,；;。]*$"
)
"""`甲幼儿园和乙幼儿园为第一批建设项目，总投资…`: schools named as a programme's works, then
the total of those works."""


def _value_due(
    where_in: tuple[str, str, int, int],
    years: list[tuple[int, int, bool, bool]],
    named_all: list[Named],
    named: Named,
    later: list[tuple[int, int]],
    context: tuple[Paragraph, Plan, dict[str, list[str]]],
) -> int | None:
    """When the works a value sizes are due (`where_in`: the paragraph, the sentence, where it
    starts and where the value's clause ends in it), as the sentence, a later one or a school
    named before says; None when nothing says so."""
    text, sentence, start, clause_end = where_in
    text, sentence = fold(text), fold(sentence)  # `２０２８年秋季建成招生`, one for one
    _, plan, state = context
    at = named.span.start
    before = [(p, y) for p, y, *_ in years if p < at]
    due = due_after_bracket(sentence, named.span.end, clause_end) or (
        due_next(text, start, clause_end, plan.now)
        if not dated_before(sentence, before)
        else due_after_label(sentence, before) or _respective_year(sentence, at, named_all)
    )
    if due is None:
        due = _year_by_year(sentence, at, named_all, plan)
    if due is None and not years:
        due = _respective_year_before(text[:start], sentence, at, named_all)
    if due is None and not years:
        due = _due_after(text, sentence, later, context, named)
    if due is None and not years and not _a_rate(named):
        due = _school_due(sentence, state)
    return due


_ASIDES = re.compile(r"[（(][^（）()]*[)）]")
_NO_NAME = re.compile(r"[该这此各本]|地区|全[市县区省]")
"""Words that point at schools or speak of all of them (`使该地区学校`), naming none."""
_SCHOOL_NAMED = re.compile(rf"(?:初级|高级|完全)?(?:{SCHOOL_KIND})|学院")


def _listed_before(sentence: str, at: int) -> str:
    """The clause of a total whose schools are listed before a colon (`甲幼儿园、乙幼儿园：共提供
    600个学位`) or named as the works the total is of (_NAMED_WORKS), each school of the one
    stage (not `甲初中项目和乙中学项目`): the total is of those schools, and takes their stage;
    '' otherwise."""
    if m := _LISTED.search(sentence[:at]):
        return m.group()
    m = _NAMED_WORKS.search(sentence[:at])
    if m is None:
        return ""
    each = [stages_named(s) for s in _SCHOOL_NAMED.findall(m.group())]
    return m.group() if all(each) and len(set().union(*each)) == 1 else ""


_TOTAL_HEAD = re.compile(rf"^(?:{ALL_TOLD}|合计)可?(?=(?:{COUNT_VERBS}|增加))")
"""`共提供720个学位`, `共计可新增学位…`: 共 says the figure is a total, and 可 that the works
give it once done; neither names what is counted (提供学位, 新增学位)."""
_PROGRAMME_HEADING = re.compile(r"(?:工程|项目|行动|计划)[。.；;：:]?\s*$")
"""A heading that names a programme (`二是“高中普及攻坚”办学条件提升工程`): the stage its title
names is not lent to a figure whose own words name none (corpus/README.md, `segment`)."""
_NOTE_YEAR = re.compile(r"((?:19|20)\d\d)\s*年(?:底|末)?\s*(?:为|是|达到|达|的)?\s*$")


def _printed_baseline(
    sentence: str, span: Span | None, plan: Plan, review: list[str]
) -> FoundBaseline | None:
    """The baseline a sentence prints beside its target (`由43.5%提升到58.2%`), of the year it
    names, of last year's (`由去年的62.3%`, on a dated page) or else of the plan's base year,
    which `review` then notes is inferred."""
    if span is None:
        return None
    raw = sentence[span.start : span.end].strip()
    printed = _NOTE_YEAR.search(sentence[: span.start])
    year = int(printed.group(1)) if printed else plan.base_year
    told = printed is not None
    if not told and plan.now and _LAST_YEARS.search(sentence, 0, span.start):
        year, told = plan.now - 1, True
    if not told:
        review.append("基线年份由上下文推断")
    return FoundBaseline(raw, year, None, False, not told)


_LAST_YEARS = re.compile(r"(?:去年|上一?年度?)(?:底|末)?\s*(?:的|为|是)?\s*$")
"""A baseline printed as last year's (`由去年的62.3%`): the year before the page's own."""
_PER_YEAR = re.compile(
    r"每年|(?<!(?:19|20)\d\d)年均|每半年|每学年|年度(?![\u4e00-\u9fff]{0,6}(?:率(?!先)|比例|占比|比重))"
)
"""Words of a yearly amount; but a rate of the year (`年度辍学率`) is a level that year, and
`2027年均达到80%` is a year and 均 (each of those named), no yearly average."""
_INTENSIVE = (None, "%", "元/生", "年", "小时", "岁", "分钟")
_PER_SHORT_SPAN = re.compile(r"每(?:学期|周|天|日|月|节)")
"""A count per week, day or term (`每周开设劳动课1课时`, `每学期开展2次`): a standard kept
all along, a level, not an amount made over the period."""
_PERIOD_WORD = re.compile(rf"每(?:{YEARLY_PERIODS})")
_COUNTED = re.compile(r"(?:次|场|节|课时|名|人次|期|轮|篇|批|项)$")


def _count_a_period(sentence: str, start: int, raw: str) -> str:
    """`每季度召开一次`, `每学期至少开展3次`: the words from a count's period to the count, which
    read it as a yearly count (data/README.md: `每学期1次` → 2, `每月1次` → 12); '' for any
    other value. A count a week or a day stays a level as printed."""
    clause_left = re.split(r"[，,；;。]", sentence[:start])[-1]
    period = [
        m for m in _PERIOD_WORD.finditer(clause_left) if _PERIOD_GAP.fullmatch(clause_left, m.end())
    ]
    return clause_left[period[-1].start() :] if period and _COUNTED.search(raw) else ""


_PERIOD_GAP = re.compile(rf"(?:{PER_PERSON})?[^\d０-９，,；;。每]{{0,8}}")
"""The words between a period and its count (`召开`, `至少安排`, `每位青年教师上公开课`): no number,
no other period, perhaps whom the count is per."""


class Plan(NamedTuple):
    """What prose reading needs to know of the plan."""

    base_year: int | None
    target_year: int | None
    annual: bool
    """A programme for one year: a count is that year's amount (per_year)."""
    looks_back: bool = False
    """The title reports results (盘点, 总结): a value is a state unless a word of a target
    (将, 计划, 到2030年) sets it."""
    places: tuple[str, ...] = ()
    """Place names (济宁市) that open a name without being part of it."""
    now: int | None = None
    """The year the document was written: what 今年 means, before which is the past."""
    news: bool = False
    ahead: tuple[int, ...] = ()
    """The years the document sets targets for (到2020年…将): earlier ones, in news, are past."""
    dated: bool = False
    """`now` is the page's own date: a year from it on is never past."""
    reads_back: bool = False
    """The report's lead says it reports results: a clause is a target only by its words."""
    left: dict[str, list[str]] | None = None
    """What a paragraph leaves the next: the two schools it named (`甲初中项目和乙中学项目…`),
    which the next paragraph's `前者…。后者…` size in turn. None: nothing carried."""
    phases: tuple[tuple[str, int], ...] = ()
    """The phases the plan defines and the years they end (dating.plan_phases)."""
    span_end: int | None = None
    """The end of a span of years the heading over the text states (`（一）近期目标（2026—2030年）`):
    what is made by then is made over the span, not in that year alone."""


class Paragraph(NamedTuple):
    """Where a paragraph stands and what the one before it left."""

    section: str
    review: bool
    """In a review of the last period: values are baselines."""
    year: int | None
    """A year the heading path states."""
    order: int
    past_before: bool = False
    """The paragraph before ended on results: a `其中…` opening continues them."""
    continues: bool = False
    """A bullet item after results (`自2016年以来，…做了一系列工作。` `● 普惠性幼儿园达到1290所`):
    its first sentence goes on with them, as `其中…` would."""
    due_next: int | None = None
    """The year the next paragraph opens by saying the works are finished in (`项目工期16个月，
    预计2024年5月竣工。`): the year of this paragraph's undated design figures."""


_LATIN = re.compile(r"[A-Za-z]")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def in_english(sentence: str) -> bool:
    """A sentence in English (a page's machine translation of its Chinese text, printed beside
    it): its figures are the Chinese text's again, read there."""
    latin = len(_LATIN.findall(sentence))
    return latin >= 40 and latin > 4 * len(_HAN_CHAR.findall(sentence))


def _task_restated(sentence: str) -> bool:
    """A year's task restated in its review (`考核任务：…` in a list of results, `年度任务为…`,
    `承担…实事2项，新建…`): its figures are the targets the review measures."""
    return bool(
        TASK_LABEL.match(sentence) or TASK_SET.search(sentence) or TASK_SHARE.search(sentence)
    )


_AFTER_DONE = re.compile(ONCE_DONE)
"""`完工后将设置8班`: what the works told of before will hold once done, in a sentence that
names no year: due when those works are (the year last found for them)."""
_CITED = re.compile(r"\[\d{1,3}\]\s*$")
"""A sentence a compiled round-up closes with its source's citation mark (`…[2]`): the next
item comes from another source, so a report told before does not run on into it."""


def read_paragraph(
    text: str, where: Paragraph, plan: Plan
) -> tuple[list[Found], list[Found], bool]:
    """(targets, baselines, whether it ended on results) of one paragraph, its figures read in
    half-width (text.fold_figures: `２０２６年３５０套` is a year and a count as `2026年350套` is)
    and a leading dash as a space (_DASH_LED), each figure's printed form and quote as printed."""
    folded = _DASH_LED.sub(lambda m: " " * len(m.group()), fold_figures(text))
    targets, baselines, ended = _read_folded(folded, where, plan)
    if folded == text:
        return targets, baselines, ended
    return (
        [_as_printed(f, folded, text) for f in targets],
        [_as_printed(b, folded, text) for b in baselines],
        ended,
    )


_DASH_LED = re.compile(r"^\s*(?:——|—|－|–)+")
"""A list item's dash (`——2027年目标：…`): no word of its sentence, read as a space, so that a
year after it opens the sentence as it opens an item with no dash."""


def _as_printed(found: Found, folded: str, printed: str) -> Found:
    """A figure read from folded text, its quote and printed forms as the text prints them
    (folding is one character for one: an offset in one is the same offset in the other)."""
    at = folded.find(found.quote)
    if at < 0:
        return found
    quote = printed[at : at + len(found.quote)]

    def _printed(raw: str) -> str:
        k = found.quote.find(raw)
        return quote[k : k + len(raw)] if k >= 0 else raw

    base = found.baseline
    if base is not None:
        base = base._replace(raw=_printed(base.raw))
    return found._replace(raw=_printed(found.raw), quote=quote, baseline=base)


def _read_folded(text: str, where: Paragraph, plan: Plan) -> tuple[list[Found], list[Found], bool]:
    """read_paragraph of a folded paragraph."""
    targets: list[Found] = []
    baselines: list[Found] = []
    anchor: Year = (_due_this_year(text, plan) or where.year, False)
    state: dict[str, list[str]] = dict(plan.left or {})
    back = plan.reads_back or plan.looks_back
    dating = Dating(plan.base_year, plan.now, plan.news, plan.ahead, plan.dated, back)
    carried = FIRM if where.past_before else TARGET
    chain: str | None = None  # the stage of a `其中…；…；` list of parts
    totals: set[str | None] = set()  # the stages of the targets of the sentence before
    bounds_all = sentences(text)
    lead_works = _lead_works(text, bounds_all[0]) if bounds_all else None  # read once
    for k, (start, end) in enumerate(bounds_all):
        sentence = text[start:end]
        if in_english(sentence):
            continue
        parts: list[str | None] = []
        carried, here = _opening(text, (start, end), k, where, dating, carried)
        if chain is None and PARTS_OPEN.match(sentence):
            chain = _totals_stage(totals)  # `…总投资为3亿元。其中，中央资金…`: the total's stage
        totals = set()
        marks, carried = read_clauses(sentence, carried, here)
        years = _dating_years(sentence, plan.now) + _phases_named(sentence, plan.phases)
        named_all = name_values(sentence, state)
        given: dict[int, str | None] = {}  # the segment each value before was given
        for named in named_all:
            at = named.span.start
            clause = next((c for c in marks if c.start <= at < c.end), None)
            bounds = (clause.start, clause.end) if clause else (at, at)
            year, period = year_at(_framing(sentence, years, at, anchor), at, bounds, anchor)
            due = _value_due(
                (text, sentence, start, bounds[1]), years, named_all, named, bounds_all[k + 1 :],
                (where, plan, state),
            )  # fmt: skip
            if due is not None:  # `其余14所幼儿园，2024年秋季交付使用`: when they are due
                year, period = due, False
                state["due"] = [str(due)]
            if _stale(year, years, at, clause, plan):
                year, period = where.year, False
            context = _context(sentence, named_all, at)
            own = _context(sentence, named_all, at, reach=0)
            if topic_segment("", own) is not None:  # `…6所小学及幼儿园…，其中幼儿园将新增…`
                context = own
            found = _found(
                sentence, named, context, where.section, year, plan, where.order + k * 100 + at
            )
            if found is not None and period and found.scope in ("per_year", "level"):
                found = found._replace(scope=_period_scope(found.scope, named.span, sentence))
            if found is None:
                continue
            if due is None and not years and year not in (where.year, plan.target_year):
                found = found._replace(review=(*found.review, YEAR_CARRIED.format(year)))
            found = stage_lent(sentence, named_all, named, found, (given, own, chain))
            found = _sanction_bound(sentence, named.span.end, found)
            found = _name_as_told(sentence, named, named_all, found)
            found = _named_by_lead(lead_works, found) if k else found
            found = _of_school_opening(sentence, named_all, named, found)
            given[at] = found.segment
            if "其中" in sentence[:at]:  # a part's stage lent by its total, not named by it
                parts.append(found.segment if topic_segment("", own) is None else None)
            quoted = in_quoted_target(sentence, at)
            review = where.review and not _task_restated(sentence)
            lacking = bool(_LACKING.match(sentence, named.span.end)) or _on_basis(
                sentence, named.span
            )
            if review or lacking or (not quoted and (clause.past if clause else carried != TARGET)):
                if _is_level(named.span, found.raw) and not forecast_before(sentence, at):
                    baselines.append(found._replace(year=_result_year(sentence, at, year, plan)))
            else:
                targets.append(found)
                totals.add(found.segment)
        framed = where.year is not None or plan.target_year is not None
        anchor = _anchor_after(text, bounds_all[k + 1 : k + 2], sentence, years, anchor, framed)
        chain = _chain_stage(sentence, parts, chain)
        _remember_school_due(sentence, state)
    _leave(plan.left, state)
    return targets, baselines, carried != TARGET


_PLACE = rf"(?:[\u4e00-\u9fff]{{2,8}}?{PLACE_END}|[\u4e00-\u9fff]{{2,5}}?)"
_PLACES_EACH = re.compile(
    rf"(?:^|[，,；;。：:]|其中[，,]?)\s*(?:在|于)?(?P<places>(?:{_PLACE}[、和及与])+{_PLACE})"
    r"\s*(?:将|要|均)?\s*(?:各|均|分别)(?=[^，,；;。]*\d)"
)
"""`福州、厦门、泉州将各建成不少于28个托育园、各2000个托位`, `在阳朔、全州、恭城各新建1所`: a list of
places, each of which gets the figures after it, up to the clause's end."""
_NOT_PLACES = re.compile(r"学|园|校|教育|班|中心|机构|项目|工程")
_EACH_LEAD = re.compile(r"^(?:将|要|均)?\s*(?:各|均|分别)\s*")


def _name_as_told(sentence: str, named: Named, named_all: list[Named], found: Found) -> Found:
    """A figure's name without what only says it is a total (_TOTAL_HEAD), and with the places
    it is each of (_PLACES_EACH) in brackets, unless it names one of them: `托位（福州、厦门、泉州）`,
    so that two lists' equal figures (`…各1370个托位；三明、龙岩…各1370个托位`) stay two. A goal
    a level falls short of (tense.GAP_TO_GOAL) is that level's indicator's."""
    at = named.span.start
    name = _TOTAL_HEAD.sub("", found.name) or found.name
    clause_start = max(sentence.rfind(c, 0, at) for c in "，,；;。") + 1
    level = [n for n in named_all if n.span.end <= clause_start]
    if level and GAP_TO_GOAL.match(sentence[clause_start:]):
        return found._replace(name=names.clean(level[-1].name) or level[-1].name)
    each = [m for m in _PLACES_EACH.finditer(sentence, max(clause_start - 1, 0)) if m.end() <= at]
    places = each[-1]["places"] if each else None
    if not places or _NOT_PLACES.search(places):
        return found._replace(name=name)
    if name.startswith(places):
        name = names.clean(_EACH_LEAD.sub("", name[len(places) :])) or name
    elif any(place in name for place in re.split(r"[、和及与]", places)):
        return found._replace(name=name)  # `锦江区` of `都江堰市、锦江区各2所`: one place's already
    return found._replace(name=f"{_EACH_LEAD.sub('', name)}（{places}）")


_BARE_STEP = re.compile(r"^(?:再|又|共|累计)?(?:完成|建成|实施|开工|推进)$")
"""A name that is only the step taken (`2026年完成8所`): it names no works."""
_LEAD = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])?\s*"
    r"(?:分年度|分批|有序|稳步|全面|加快|大力|扎实|持续)?(?:推进|实施|推动|开展|加快|做好)"
    r"(?P<works>[\u4e00-\u9fff]{2,14}?)(?:工作|工程|行动)?[。：:]?\s*$"
)
"""A paragraph's lead naming its works (`（一）分年度推进寄宿制学校改扩建。`)."""


def _lead_works(paragraph: str, lead: tuple[int, int]) -> str | None:
    """The works a paragraph's lead sentence names (`寄宿制学校改扩建`), if it is one (_LEAD)."""
    m = _LEAD.match(paragraph[lead[0] : lead[1]])
    return m["works"] if m else None


def _named_by_lead(works: str | None, found: Found) -> Found:
    """`（一）分年度推进寄宿制学校改扩建。2026年完成8所，2027年完成5所`: a figure named only by
    the step taken is of the works the paragraph's lead names (`寄宿制学校改扩建`)."""
    if works is None or not _BARE_STEP.match(found.name):
        return found
    return found._replace(name=works)


_A_SCHOOL_PATTERN = rf"[^\W\d_、和及与的]{{2,16}}?(?:{SCHOOL_KIND})"
"""A school by its name (`甲中学`); its users leave out kinds of school (GENERIC_SCHOOL)."""
_A_SCHOOL = re.compile(_A_SCHOOL_PATTERN)
_DOING = re.compile(
    rf"{COUNT_VERBS}|启动|竣工|验收|开工|位于|交流|按|依|参照|教育|阶段|将|像|如|为|对"
)
"""Words of what is done or compared before a school's name (`竣工验收某中学`, `像某中学`,
`按照小学…`), or of a kind of school (`义务教育学校`): the clause is not about one school's
particulars."""
_BUILDINGS = frozenset({"栋", "幢", "座", "间", "处", "套"})
"""Units of buildings and rooms: a particular after a count of them may be theirs."""
_SCHOOL_LEAD = re.compile(rf"\s*(?:其中)?\s*({_A_SCHOOL_PATTERN}(?:[北南东西新]?校区)?)")
_SCHOOL_ALONE = re.compile(rf"{_SCHOOL_LEAD.pattern}\s*[，,：:]")
"""A sentence that opens with a school's name alone (`甲幼儿园，建设面积…，新增教学班…；`), as a
list of schools prints each one's particulars."""


_ONE_OF_SEVERAL = re.compile(r"\s*[、等]")
"""`推进甲小学、乙学校等12所学校建设`: the school named first is one example of several."""


def _of_school_opening(sentence: str, named_all: list[Named], named: Named, found: Found) -> Found:
    """A bare particular after the first in a clause run about one school (`其中甲中学北校区占地
    约47亩，建筑面积约1.8万㎡，办学规模8轨24班；…`) is that school's: named with it, so that two
    schools' 建筑面积 stay two."""
    first = named_all[0].span.start if named_all else 0
    between = [n for n in named_all if n.span.start < named.span.start]
    folded = fold(sentence)
    alone = _SCHOOL_ALONE.match(folded, 0, first)
    if (
        (named is named_all[0] and alone is None)
        or not ATTRIBUTE.match(found.name)
        or _A_SCHOOL.search(found.name)
        or any((n.span.unit or "") in _BUILDINGS for n in between)
    ):
        return found  # `…，建设包括教学楼三栋，总面积达到1.36万平方米`: the buildings' area
    opens = max(folded.rfind(c, 0, first) for c in "，,；;：:") + 1
    head = alone or _SCHOOL_LEAD.match(folded, opens, first)
    school = head.group(1) if head else ""
    if (
        not school
        or _ONE_OF_SEVERAL.match(folded, head.end() if head else 0)
        or GENERIC_SCHOOL.search(school)
        or _NO_NAME.search(school)
        or _DOING.search(school)
    ):
        return found
    return found._replace(name=names.clean(school) + found.name)


SANCTION_BOUND = "原文为受罚条件（{}），按不得越过的界限录入，请核对"
_SANCTION = re.compile(
    r"[^。；;]{0,60}?的\s*[，,]?\s*(?:一律|均|将|要)?\s*(?:实行|予以|给予|进行)?\s*[“\"]?"
    r"(?:一票否决|取消[^，,。；;]{0,12}?资格|不得(?:评为|参评|申报)|不予(?:评定|验收|通过|认定))"
)
"""A condition a sanction follows (`凡…辍学率超过0.5%…的，实行“一票否决”`): the figure is the
line not to cross."""
_CROSSED = re.compile(r"(超过|高于|大于|低于|少于|不足)\s*(?=\d)")
_NOT_TO_CROSS = {
    **dict.fromkeys(("超过", "大于"), "不超过"),
    "高于": "不高于",
    **dict.fromkeys(("低于", "不足"), "不低于"),
    "少于": "不少于",
}
"""The bound a crossing punished sets (phrases.CELLS reads each)."""


def _sanction_bound(sentence: str, end: int, found: Found) -> Found:
    """A figure whose crossing a sanction punishes (_SANCTION) sets the bound not to cross:
    `超过0.5%…的，实行一票否决` is the ceiling 0.5%, as `不超过` (phrases.CELLS), raw the bare
    figure as printed; marked for review, since the document states the bound only by its
    penalty. So does a count of incidents not to happen (`不发生2起以上…事故`: fewer than 2)."""
    if re.search(r"不发生\s*\d+\s*起以上$", sentence[:end]) and found.raw.endswith("起以上"):
        return found._replace(raw=found.raw.removesuffix("以上"), comparator="<")
    crossed = _CROSSED.match(found.raw)
    if crossed is None or found.comparator or not _SANCTION.match(sentence, end):
        return found
    note = SANCTION_BOUND.format(found.raw)
    return found._replace(
        raw=found.raw[crossed.end() :],
        comparator=_NOT_TO_CROSS[crossed.group(1)],
        review=(*found.review, note),
    )


_DUE_UNDATED = re.compile(
    rf"{DUE_LEAD}(?:于|在)?\s*(?:今年)?(?:春季|秋季|今秋|年底|年内|\d{{1,2}}月(?:底|份)?)(?:前)?"
    rf"[^，,。；;\d]{{0,6}}?{OPENS}"
)


def _due_this_year(paragraph: str, plan: Plan) -> int | None:
    """The page's year, for a paragraph of a dated report that names no year and says its works
    are due in a season or month (`…，计划于秋季投入使用。该幼儿园总建筑面积…`): this autumn."""
    if not plan.dated or plan.now is None or not _DUE_UNDATED.search(fold(paragraph)):
        return None
    return None if anchors(paragraph, plan.now) else plan.now


_BUILDING = re.compile(r"正[^，,。；;]{0,6}施工中|正在(?:施工|建设)|在建中")
"""A work still being built (`二期工程正同步施工中`)."""
_DELIVERED = re.compile(r"交付[^，,。；;]{0,6}使用|竣工|落成|投入使用|建成(?!后)|完成|已")
"""A sentence that tells a work was finished or handed over."""


_UNDER_CONSTRUCTION = re.compile(
    rf"{_BUILDING.pattern}|施工现场|正在[^，,。；;\d]{{0,4}}?(?:施工|建设|推进|进行)|封顶"
    r"|批复同意|同意立项|正式立项|(?:科研|可研|立项|初步设计)批复|用地[^，,。；;]{0,4}备案"
)
"""Works still to be finished: under way (`正在加紧施工`, `正在火热建设`), topped out (`6月9日顺利
封顶`), or approved to be built (`批复同意…项目建议书`, `正式立项`, `已完成科研批复`, `项目用地在
国土资源局备案`)."""
_DESIGN_OPENING = re.compile(
    r"^(?:据[^，,。；;]{1,16}?(?:标注|显示|介绍)[，,\s]*)?[^，,。；;]{0,12}?(?:总?建筑面积|总?占地(?:面积)?|总?用地面积|(?:规划|计划)?总投资)\s*约?\s*\d"
)
"""A sentence that opens with a size of the works (`规划总投资1499万元`), maybe after whom it cites
(`据“某地图”标注 这所高中总用地面积约75亩`)."""


def _design_under_way(paragraph: str, sentence: str) -> bool:
    """A sentence that opens with the size of works its paragraph tells are being built
    (`…施工现场，工人们正在加紧…。项目建筑面积6200.5平方米，…`): the design of a school still to
    be finished (corpus/README.md), not the report of works under way before it."""
    return (
        bool(_DESIGN_OPENING.search(sentence))
        and bool(_UNDER_CONSTRUCTION.search(paragraph))
        and not _DELIVERED.search(sentence)
        and not _REPORTS_NOW.search(sentence)
    )


_REPORTS_NOW = re.compile(r"现有|已有|原有|目前|现在")


def _sentence_dating(dating: Dating, paragraph: str, start: int, end: int) -> Dating:
    """A page that reports works finished (title.reads_back) may tell of a project still
    being built: in its paragraph, a sentence that tells of nothing finished (the whole
    school's scale, the phase under way) sets that project's targets as a plan does. A
    sentence after a `；` goes on with the list before it (Dating.listed)."""
    sentence = paragraph[start:end]
    dating = dating._replace(listed=paragraph[start - 1 : start] in ("；", ";"))
    if not dating.reads_back or not _BUILDING.search(paragraph) or _DELIVERED.search(sentence):
        return dating
    return dating._replace(reads_back=False)


def _leave(left: dict[str, list[str]] | None, state: dict[str, list[str]]) -> None:
    """Two schools the paragraph named last go to the next paragraph only: a `前者` further
    on points at something nearer."""
    if left is None:
        return
    pair, before = state.get("pair"), left.pop("pair", None)
    if pair and pair is not before:  # named in this paragraph, not carried into it
        left["pair"] = pair
    if "project" in state:  # the school project named last, until another is named
        left["project"] = state["project"]
    if "due" in state:  # when the works told of last are due, for a later `建成后…`
        left["due"] = state["due"]
    if "school_due" in state:  # the one school a page said is due when, until another is
        left["school_due"] = state["school_due"]
    named, before = state.get(NAMED), left.pop(NAMED, None)
    if named and named is not before:  # the names of the paragraph's last list of values
        left[NAMED] = named


def _totals_stage(totals: set[str | None]) -> str | None:
    """The one stage every target of the sentence before has: what its total is of. A sentence
    of totals of several stages or of none (`新增中小学学位2.4万个、学前学位1500个。其中，…`)
    lends its parts none."""
    return next(iter(totals)) if len(totals) == 1 else None


def _chain_stage(sentence: str, parts: list[str | None], chain: str | None) -> str | None:
    """The stage the next sentence's parts take: a breakdown opened by `其中` whose parts name
    no stage and take one from their total, listed place by place with `；` between (`公办园
    建设情况，其中，甲县新建3所；乙县新建5所。`), lends it to the later parts too (corpus/README.md:
    a part takes its total's stage). Parts that name their own (`其中，某小学…；某学校…`) lend
    nothing. The list ends with the sentence that ends on `。`."""
    if not sentence.rstrip().endswith(("；", ";")):
        return None
    stages = set(parts)
    if len(stages) == 1 and None not in stages:
        return stages.pop()
    return chain if not parts else None


def _stale(
    year: int | None,
    years: list[tuple[int, int, bool, bool]],
    at: int,
    clause: Clause | None,
    plan: Plan,
) -> bool:
    """A target dated only by an earlier sentence's past year (`2018到2022年…建设100个。今秋，
    将新增28所`): that year dates the results before it, not this target."""
    if year is None or plan.now is None or year >= plan.now or clause is None or clause.past:
        return False
    return not any(pos < clause.end for pos, *_ in years)


_CONTINUES = re.compile(r"^\s*(?:其中|同时|此外|另外)")


def _period_scope(scope: str, span: Span, sentence: str) -> str:
    """A count dated by a five-year period (`“十三五”期间，…建成学校61所`) is its total, unless
    its clause says it is each year's (`“十三五”期间，每年新建学校20所`)."""
    if scope != "per_year" or span.kind != "value":
        return scope
    clause = re.split(r"[，,；;。]", sentence[: span.start])[-1]
    return scope if _PER_YEAR.search(clause) else "cumulative"


_ONE_YEAR_AFTER = re.compile(r"(?:19|20)\d\d\s*年|今年|明年|本年")


def _over_years(sentence: str, at: int) -> bool:
    """Whether the last dating before a value is a stretch of several years: a count made in
    it is its total, as over a five-year period (`_period_scope`). A plan's name in 《》 dates
    nothing."""
    left = re.sub(r"《[^《》]*》", "", fold(sentence[:at]))
    spans = list(YEARS_SPAN.finditer(left))
    return bool(spans) and not _ONE_YEAR_AFTER.search(left, spans[-1].end())


_LAST_YEAR_OPENS = re.compile(
    r"(?:^|[，,。；;：:\s])(?:截至|截止|到)?去年(?:底|末|年底)?(?:[，,]|(?![的同]))"
)
"""`去年，全区…达到58.3%`: a result dated last year, which a page of known year can put a number
to (not `比去年`, `去年的基础上`, `去年同期`)."""


def _last_year(sentence: str, at: int, now: int | None) -> int | None:
    """The year before the page's own for a result its sentence dates by 去年, when no other
    year (nor 今年) stands between the two; None otherwise."""
    if now is None:
        return None
    before = fold(sentence[:at])
    last = next(reversed(list(_LAST_YEAR_OPENS.finditer(before))), None)
    if last is None or YEAR_WRITTEN.search(before, last.end()) or "今年" in before[last.end() :]:
        return None
    return now - 1


def _result_year(sentence: str, at: int, year: int | None, plan: Plan) -> int | None:
    """The year of a result at `at`: of 去年 on a dated page (_last_year), else _base_year's."""
    return _base_year(_last_year(sentence, at, plan.now) or year, plan)


def _base_year(year: int | None, plan: Plan) -> int | None:
    """The year of a result: its own when it is no later than the plan's base year; else
    the base year, or the year the document was written (`截至目前`)."""
    if year is not None and year <= (plan.base_year or year):
        return year
    return plan.base_year or plan.now


def _is_level(span: Span, raw: str) -> bool:
    """A past value that can be a starting level (not a rate of change, not words)."""
    if span.kind in ("trend", "change") or span.unit in ("个百分点", "百分点"):
        return False
    try:
        return parse(raw).op in NUMERIC_OPS
    except ValueParseError:
        return False


def _dating_years(sentence: str, now: int | None) -> list[tuple[int, int, bool, bool]]:
    """The years of a sentence that may date its figures: all but the year its works start
    (`新校区于2019年初动工，用地30亩`), which is when building began, not when the design
    figures after it are reached (corpus/README.md: due when it is to be finished or open)."""
    folded = fold(sentence)
    return [a for a in anchors(sentence, now) if not starts_works(folded, a[0])]


def _phases_named(
    sentence: str, phases: tuple[tuple[str, int], ...]
) -> list[tuple[int, int, bool, bool]]:
    """`近期新建18所`: a phase the plan defines dates what follows it as the year it ends does, a
    count over the phase (tense.anchors' tuples). Most plans define none: nothing to look for."""
    if not phases:
        return []
    ends = dict(phases)
    found = [
        (m.start(), ends.get(m.group(), 0), True, False)
        for m in PHASE_WORD.finditer(fold(sentence))
    ]
    return sorted(a for a in found if a[1])


_FAR_GOALS = re.compile(r"\s*(?:远景|远期|长远)(?:发展)?(?:目标|展望)?\s*[：:，,]")
"""A sentence that opens the long-run goals (`远景目标：…`, `远期，…`): the year the goals before
it were set for is not theirs."""


_WORKS_ITEM = re.compile(
    rf"(?![^，,；;。\d]*?(?:{BREAKS_GROUND}|{FINISHED}|在建))\s*[^，,；;。：:\d]{{2,30}}?(?:项目|工程)(?!已|正在|现已|目前)"
)
"""An item of a `；` list that opens by naming another project (`乙中学新校区项目总用地规模…`):
how far the last item's works had come is no report on this one's design. Not a count of
works by their progress (`未开工项目67个`)."""


def _opening(
    text: str, bounds: tuple[int, int], k: int, where: Paragraph, dating: Dating, carried: int
) -> tuple[int, Dating]:
    """What the k-th sentence of `text` (at `bounds`) goes on with from the one before, and how
    it is dated: a paragraph's first sentence, an item after a citation closing a round-up's
    item, and a plan's sentence with no report before it open on targets."""
    start, end = bounds
    sentence = text[start:end]
    if not k and not _CONTINUES.match(sentence) and not where.continues:
        carried = TARGET
    elif k and _CITED.search(text, 0, start):
        carried = TARGET  # a round-up's item closed by its citation: the next is another's
    elif (
        carried == SOFT
        and text[:start].rstrip().endswith(("；", ";"))
        and _WORKS_ITEM.match(sentence)
    ):
        carried = TARGET  # `…，现时该项目主体已完工；乙中学新校区项目总用地规模约121.3亩，…`
    here = _sentence_dating(dating, text, start, end)
    if here.reads_back != dating.reads_back or _design_under_way(text, sentence):
        carried = TARGET  # a plan's sentence goes on with no report before it
    return carried, here


def _remember_school_due(sentence: str, state: dict[str, list[str]]) -> None:
    """The one school a sentence names and the year it says it is due (`某小学举行项目施工奠基仪式，
    预计2020年秋季投入使用`), for the school's figures told later where it is named again."""
    folded = _ASIDES.sub("", fold(sentence))  # `甲小学（又名第二十七小学）`: one school
    due = {western_year(m.group(1)) for m in DUE.finditer(folded)}
    schools = {
        m.group()
        for m in _A_SCHOOL.finditer(folded)
        if not (GENERIC_SCHOOL.search(m.group()) or _NO_NAME.search(m.group()))
    }
    if len(due) == 1 and len(schools) == 1:
        state["school_due"] = [schools.pop(), str(due.pop())]
    elif schools - set(state.get("school_due", [])[:1]):
        state.pop("school_due", None)  # another school: the year told was not its


def _school_due(sentence: str, state: dict[str, list[str]]) -> int | None:
    """When a school named again is due (`…。据了解，某小学迁建项目占地约70亩，…`): the year a
    sentence before said it is, when this one prints none."""
    school = state.get("school_due")
    return int(school[1]) if school and school[0] in fold(sentence) else None


def _due_after(
    text: str,
    sentence: str,
    later: list[tuple[int, int]],
    context: tuple[Paragraph, Plan, dict[str, list[str]]],
    named: Named,
) -> int | None:
    """When the works whose figure a sentence with no year prints are due: as a later sentence
    or paragraph says (schedule.due_later); or, for what they hold once done (`完工后将设置8班`,
    _AFTER_DONE), when the works told of last were found due (the state's `due`)."""
    where, plan, state = context
    at = named.span.start
    # `全县“十五五”教育总投入…`: a figure the sentence gives a plan period is over that period
    works = not _a_rate(named) and not started(sentence, at) and not PERIOD.search(sentence, 0, at)
    if works and (due := due_later(text, later, where.due_next, plan.now)) is not None:
        return due
    if _AFTER_DONE.search(sentence, 0, at) and state.get("due"):
        return int(state["due"][0])
    return None


def _anchor_after(
    text: str,
    following: list[tuple[int, int]],
    sentence: str,
    years: list[tuple[int, int, bool, bool]],
    anchor: Year,
    headed: bool = False,
) -> Year:
    """The year that dates the next sentence: the one this sentence leaves, unless the next
    opens the long-run goals, which print their own year or are left to the plan's; a next
    sentence that points back at the school or works of this one (`…将于2016年3月前竣工。
    根据相关规划，该幼儿园有…12个班`) gives that work's design, due with it. `headed`: the
    paragraph's heading (`二、2024年工作安排`) or the plan gives its year."""
    if following and _FAR_GOALS.match(text, following[0][0]):
        return (None, False)
    if following and opening_pointer(text[following[0][0] :]):
        return year_at(years, len(sentence), (0, 0), anchor)  # the work's due year too
    framed = headed or anchor[0] is not None
    return year_at(_carried_years(sentence, years, framed), len(sentence), (0, 0), anchor)


def _carried_years(
    sentence: str, years: list[tuple[int, int, bool, bool]], framed: bool
) -> list[tuple[int, int, bool, bool]]:
    """The years of a sentence that date the sentences after it: not the date a work is due
    (`新建城东小学，确保2027年9月投入使用。`) or the day it passed a step (`2012年10月21日立项`),
    which are that work's schedule; nor, when a heading (`2024年工作安排`), the text before
    (`到2030年，…`) or the plan (`（2026—2030年）`) frames the goals with a year, a goal in words
    given its own year after a clause (`…发展，确保2025年通过国家督导评估。`): the next
    sentence's targets keep that year.
    Nor do the years that belong to one figure: from when a standard holds (`2025年起`), one
    indicator's (`覆盖率2025年达到100%`), one part's (`其中2025年底前完成9所`) and one task's,
    bracketed (`用三年时间（至2029年）补充…`), nor a list of years read with 分别 after the
    deadline that frames the sentence (_read_before)."""
    folded = fold(sentence)
    due = [m.span() for m in DUE.finditer(folded)]  # from its 确保/预计 to 投入使用
    due += [m.span() for m in MILESTONE.finditer(folded)]  # `于2012年10月21日立项被批准`
    due += [m.span() for m in FOUNDED.finditer(folded)]  # `创建于1911年`
    words = [m.span() for m in _WORDS_DUE.finditer(folded)]
    opened = bool(words and years) and years[0][0] < words[0][0]  # `到2030年，…，力争2027年…`
    if framed or opened:  # `二、2024年工作安排` … `确保2025年…评估`: that goal's deadline only
        due += words
    due += [m.span() for m in _FROM_ON.finditer(folded)]  # `2025年起，…标准不低于800元`
    due += [m.span() for m in _NAMES_YEAR.finditer(folded)]  # `覆盖率2025年达到100%；…`
    due += [m.span() for m in _MILESTONE_YEAR.finditer(folded)]  # `…达到70%，2028年达到67.5%；`
    due += [m.span() for m in _PART_YEAR.finditer(folded)]  # `…16所，其中2025年底前完成9所；…`
    due += [m.span() for m in DEADLINE_NOTE.finditer(folded)]  # `用三年时间（至2029年）补充…`
    due += [  # `到2028年底，…，2026年底、2027年底分别降至10%、7%左右，…`: the first frames on
        m.span() for m in RESPECTIVE_YEARS.finditer(folded) if _read_before(folded, m, len(folded))
    ]
    return [a for a in years if not any(s <= a[0] < e for s, e in due)]


def _framing(
    sentence: str, years: list[tuple[int, int, bool, bool]], at: int, anchor: Year
) -> list[tuple[int, int, bool, bool]]:
    """The years that may date the value at `at`: not that of a goal in words given its own
    year in a clause before it (`到2030年，…；…，力争2027年通过国家督导评估；本科上线率提高到87%`),
    which is that goal's deadline, nor a milestone's in a clause before it (_MILESTONE_YEAR),
    when the sentence or the text before it frames the value with another year."""
    folded = fold(sentence)
    goals = [m.span() for m in _WORDS_DUE.finditer(folded) if m.end() <= at]
    goals += [
        m.span()
        for m in _MILESTONE_YEAR.finditer(folded)
        if _CLAUSE_BREAK.search(folded, m.end(), at) and not _ITS_PARTS.match(folded, m.end(), at)
    ]
    goals += [m.span() for m in RESPECTIVE_YEARS.finditer(folded) if _read_before(folded, m, at)]
    kept = [a for a in years if not any(s <= a[0] < e for s, e in goals)]
    framed = anchor[0] is not None or any(a[0] < at for a in kept)
    return kept if framed else years


def _read_before(folded: str, years: re.Match[str], at: int) -> bool:
    """Whether a list of years read with 分别 (`2026年底、2027年底分别降至10%、7%左右`) after a
    deadline (`到2028年底，`) has had its values in a clause before `at`: its years date those
    values, not the clauses after them, which the deadline dates."""
    respectively = folded.find("分别", years.end(), at)
    if respectively < 0 or not _DEADLINE_BEFORE.search(folded, 0, years.start()):
        return False
    return _CLAUSE_BREAK.search(folded, respectively, at) is not None


_DEADLINE_BEFORE = re.compile(r"(?:到|至)\s*(?:19|20)\d\d\s*年")
"""`到2028年底，…`: the deadline that frames a sentence, before the milestones it lists."""


_MILESTONE_YEAR = re.compile(
    r"(?<=[，,])\s*(?:19|20)\d\d\s*年(?:底|末)?\s*(?:要|将|力争|争取)?\s*"
    r"(?=(?:达到|(?:提高|提升|增加|增长|下降|降低|降)(?:到|至))\s*\d)"
)
"""`…毛入学率达到70%左右，2027年达到66%，2028年达到67.5%；力争3—5所…`: a year that opens a clause
of a milestone of the indicator before it dates that clause alone, not the clauses after it."""
_CLAUSE_BREAK = re.compile(r"[，,；;]")
_ITS_PARTS = re.compile(r"[^，,；;。]*[，,]\s*其中[^；;。]*$")
"""`…，2028年达到90%以上，其中义务教育学校实现全覆盖，公办幼儿园…达到80%`: the parts of the last
milestone's level, due with it."""


_FROM_ON = re.compile(
    r"(?:(?:19|20)\d\d)\s*年(?:度|秋季|春季)?(?:学期)?\s*(?:起|开始)(?!\s*(?:实施|施行|执行)的)"
)
"""`2025年起，公办园生均公用经费标准不低于800元`: from when a standard holds, no deadline of
the sentences after it (`三年…安排专项资金不少于1.5亿元` keeps the plan's year)."""
_NAMES_YEAR = re.compile(
    r"(?<=[\u4e00-\u9fff）)])(?<![到至在于从自止省市区县镇乡州旗])(?:19|20)\d\d\s*年(?:底|末)?前?"
    r"(?=\s*(?:要|将|力争|争取)?\s*(?:达到|(?:提高|提升|增加|增长|下降|降低|降)(?:到|至)|实现|控制在|保持在|稳定在))"
)
"""`幼儿园智慧安防覆盖率2025年达到100%；支持…基地10个`: a year between an indicator's name and
its verb is that indicator's, no date of the clauses after it."""


_PART_YEAR = re.compile(r"(?<=其中)[，,：:]?\s*(?:19|20)\d\d\s*年")
"""`新建、改扩建公办幼儿园16所，其中2025年底前完成9所；新增公办学位5400个`: a part of a total
given its own earlier year, no date of what follows, which the total's period dates."""


_WORDS_DUE = re.compile(
    r"(?<=[，,])\s*(?:确保|力争|争取|努力)(?:于|在)?\s*(?:19|20)\d\d\s*年(?:底|前|底前)?[^，,。；;\d]*"
    r"(?=[，,。；;]|$)"
)
"""A goal in words given its own year after a clause (`…发展，确保2025年通过国家督导评估。`): that
goal's deadline, not the year a work programme's heading gives its tasks; `力争到2027年基本实现…`,
which frames its sentence, is not one."""


def _a_rate(named: Named) -> bool:
    """A share or rate (`普惠率达到90%`) is a state the plan sets, never one of a work's design
    figures, so a later sentence saying when works finish does not date it."""
    return named.span.unit == "%" or named.name.endswith(("率", "比例", "覆盖面"))


_RESPECTIVELY = re.compile(r"分别")
_CLAUSE_END = re.compile(r"[。；;]")
_COMMA = re.compile(r"[，,]")


def _respective_year(sentence: str, at: int, named: list[Named]) -> int | None:
    """`到2027年、2030年分别达到92%、95%`: a list of years read with 分别 dates the values
    after it one by one, in each list after a 分别 the first as many as it has years, printed
    as one list (no comma between them, as in `…分别达到97%和98.5%，普惠性…达到92%`) of one
    indicator (a list of its own names, `小学、初中…分别达到…`, is not by year); None
    otherwise."""
    starts = [n.span.start for n in named]
    for m in RESPECTIVE_YEARS.finditer(sentence):
        years = listed_years(m)
        stop = _CLAUSE_END.search(sentence, m.end())
        end = stop.start() if stop else len(sentence)
        cuts = [m.end(), *(r.end() for r in _RESPECTIVELY.finditer(sentence, m.end(), end)), end]
        for a, b in itertools.pairwise(cuts):  # `…分别达到a、b，…分别达到c、d`: each list
            listed = [p for p in starts if a <= p < b][: len(years)]
            if (
                at in listed
                and len(listed) == len(years)
                and not _COMMA.search(sentence, listed[0], listed[-1])
                and len({n.name for n in named if n.span.start in listed}) == 1
            ):
                return years[listed.index(at)]
    return None


def _respective_year_before(before: str, sentence: str, at: int, named: list[Named]) -> int | None:
    """`到2026年、2027年、2028年，…分别达到42%、48%、55%；市级一级…分别达到46%、52%、60%`: a
    分别 list after a `；` takes the years the list before it in the same sentence took, when
    it prints as many values of one indicator as one list and no year of its own."""
    head = before[before.rfind("。") + 1 :]
    found = list(RESPECTIVE_YEARS.finditer(head))
    if not found or not _RESPECTIVELY.search(sentence):
        return None
    years = listed_years(found[-1])
    starts = [n.span.start for n in named]
    for m in _RESPECTIVELY.finditer(sentence):
        listed = [p for p in starts if p >= m.end()][: len(years)]
        names = {_NUMBERED_NAME.sub("", n.name) for n in named if n.span.start in listed}
        if (
            at in listed
            and len(listed) == len(years)
            and not _COMMA.search(sentence, listed[0], listed[-1])
            and len(names) == 1
        ):
            return years[listed.index(at)]
    return None


_NUMBERED_NAME = re.compile(r"[（(]\d[）)]$")
"""The number naming gives each of several values of one name (`…占比（1）`, `…占比（2）`)."""


def _year_by_year(sentence: str, at: int, named: list[Named], plan: Plan) -> int | None:
    """`普惠性幼儿园覆盖率逐年提高到88%、90%、92%` in a plan of 2024—2026: the levels of its years
    in turn (the values after `…到` up to the clause's end), when it lists as many as the plan
    has years; None otherwise."""
    if plan.base_year is None or plan.target_year is None:
        return None
    folded = fold(sentence)
    for m in YEAR_BY_YEAR.finditer(folded, 0, at):
        stop = _CLAUSE_END.search(sentence, m.end())
        end = stop.start() if stop else len(sentence)
        listed = [n.span.start for n in named if m.end() <= n.span.start < end]
        years = plan.target_year - plan.base_year
        if at in listed and len(listed) == years and counted_in_turn(folded, m, years):
            return plan.base_year + 1 + listed.index(at)
    return None


def _sibling_part(sentence: str, before: list[int], between: str) -> bool:
    """`其中新建中小学3所，幼儿园4所，扩建项目2个`: after 其中, a part of its own name
    (not the land, money or places of the part before) is a sibling, whose stage it does not
    share."""
    if not before or "其中" not in sentence[min(before) : max(before)]:
        return False  # 其中 opens the parts of a total printed before it
    m = re.fullmatch(r"\s*[，,]\s*([^，,；;。、]+)", between)
    return bool(
        m
        and not ATTRIBUTE.match(m.group(1))
        and not re.search(r"面积|投资|投入|资金|学位|班", m.group(1))
        and not topics(m.group(1))
    )


_PROGRAMME = re.compile(r"[^，,。；;、和及与\s]{2,24}?行动计划(?=[，,。；;、和及与]|$)")
"""A programme's name (`普通高中扩容提质三年行动计划`): the stage it names is the programme's,
not lent to the figures after it (the corpus's segment convention)."""


def _context(sentence: str, named: list[Named], at: int, reach: int = 2) -> str:
    """The words before a value that say what it is about (`推进义务教育优质均衡发展，…`),
    for a name that says no segment: its clause and the two before it, without quoted
    slogans or programmes' names, without the names of values about several stages (中小学), without the other
    items of its list (`中职学位600个、中学学位1250个`) or a bracketed breakdown, and without
    examples (`幼儿园建设、高考综合改革等项目57个` counts projects of every kind). `reach`: how
    many clauses before its own; a stage its own clause names alone is the one it is about."""
    bounds = clauses(sentence, 0, len(sentence))
    index = next((i for i, (s, e) in enumerate(bounds) if s <= at < e), 0)
    start = bounds[max(0, index - reach)][0]
    before = [n.span.end for n in named if n.span.end <= at]
    between = sentence[max(before) : at] if before else ""
    if _LIST_ITEM.match(between):  # from the last list mark: the items before are others
        start = max(start, max(before) + max(between.rfind(c) for c in "、和及与") + 1)
    elif _sibling_part(sentence, before, between):
        start = max(start, max(before))
    text = _without_figures(sentence, bounds, index, start, at, named)
    examples = _EXAMPLES.search(text)
    if examples and len(_counted_stages(text)) < 2:
        text = text[examples.end() :]
    cut = max(text.rfind(c) for c in "，,；;") + 1
    text = _EXAMPLE_SCHOOL.sub(" ", text[:cut]) + text[cut:]
    text = _total_before(sentence, at) + _total_split_after(sentence, at) + text
    text = re.sub(r"[（(][^（）()]*[）)]", " ", text)  # a bracketed breakdown qualifies its total
    text = re.sub(r"“[^”]*”", " ", text)
    text = _PROGRAMME.sub(" ", text)
    for n in named:
        if mixed(n.name):
            text = text.replace(n.name, " ")
    return text


_WHOSE = re.compile(r"(?:学生|儿童|少年|子女)[^，,；;。\d]*(?:率|比例)")
"""A rate of a group of pupils its own name says (`原建档立卡学生巩固率`)."""


def _without_figures(
    sentence: str,
    bounds: list[tuple[int, int]],
    index: int,
    start: int,
    at: int,
    named: list[Named],
) -> str:
    """sentence[start:at] without the clauses before its own that end in a figure of their
    own (`义务教育阶段入学率保持100%，原建档立卡学生巩固率达到…`) when the value's own clause
    names a group of pupils, or when the value is a rate named in full and theirs are shares
    (`学前三年毛入园率将达95%，优质教育资源覆盖面达70%`), or when the value is a task of its own
    (_own_task): a stage such a clause names is its own figure's, not lent to the next."""
    chars = list(sentence[start:at])
    own = next((n for n in named if n.span.start == at), None)
    shares = own is not None and _is_share(sentence, own) and bool(_RATE_NAME.search(own.name))
    task = own is not None and _own_task(own.name)
    if not _WHOSE.search(sentence, bounds[index][0], at) and not shares and not task:
        return sentence[start:at]
    for s, e in bounds[:index]:
        if s < start:
            continue
        inside = [n for n in named if s <= n.span.start and n.span.end <= e]
        if inside and (not shares or all(_is_share(sentence, n) for n in inside)):
            chars[s - start : e - start] = " " * (e - s)
    return "".join(chars)


_OF_SCHOOLS = re.compile(
    r"学位|学额|名额|托|班|校|园|学生|[小中大]学|[入就办]学|教室|面积|投资|资金|经费|床位|宿舍"
    r"|食堂|操场|设备|工期"
)
"""What the schools counted before have or hold (`新建小学2所，新增学位1800个`), or schools
themselves: such a figure shares their stage; a task of its own (`创建名师工作室62个` after
`创建特色高中30所`, `培育数学名师工作室`: 学 of a subject is no school's) does not."""


def _own_task(name: str) -> bool:
    """A figure named by its own verb and a thing no school has or is (_OF_SCHOOLS)."""
    return bool(names.leading_verb(name)) and not _OF_SCHOOLS.search(name)


_RATE_NAME = re.compile(r"(?:率|覆盖面|比例|占比|比重)$")
"""A rate named in full (`优质教育资源覆盖面`): it names its own subject; a bare qualifier
(`本科及以上学历达到65%` after `学前教师…`) goes on about the group named before."""


def _is_share(sentence: str, n: Named) -> bool:
    """A figure printed as a percentage (a rate, a share)."""
    return sentence[n.span.start : n.span.end].rstrip().endswith(("%", "％"))


_STAGE_COUNT = re.compile(r"[\d一二三四五六七八九十]+\s*所[^，,；;。、\d]{0,6}")


def _counted_stages(text: str) -> set[str]:
    """The stages a list counts school by stage (`…等7所中学和…等20所小学及…等19所幼儿园`): with
    two or more, what follows (`计划投入31亿元`) is of them all, not of the last one's stage."""
    return {s for m in _STAGE_COUNT.finditer(text) for s in stages_named(m.group())}


def _total_before(sentence: str, at: int) -> str:
    """Inside a bracketed breakdown (`14所公办幼儿园(高新区2所,…,阎良区1所`), the clause of the
    total the bracket opens after: every part is of what the total counts, however many
    parts come between."""
    left = sentence[:at]
    opened = max(left.rfind("("), left.rfind("（"))
    if opened < 0 or max(left.rfind(")"), left.rfind("）")) > opened:
        return ""
    start = max(left.rfind(c, 0, opened) for c in "，,；;。：:）)") + 1
    return left[start:opened] + " "


_SPLIT_AFTER = re.compile(
    r"([\d一二三四五六七八九十两]+\s*[个所项][^，,；;。\d]{1,16}?)中\s*[，,:：]"
    r"(?:[^，,；;。\d]{1,10}?[\d一二三四五六七八九十两]+\s*[个所项]\s*[，,、])*[^，,；;。\d]{1,10}$"
)


def _total_split_after(sentence: str, at: int) -> str:
    """`全市12个幼儿园项目中，甲区3个，乙区4个，丙区5个`: a total opened by `…中，` and split
    part by part, however many parts: every part is of what the total counts."""
    m = _SPLIT_AFTER.search(sentence[:at])
    return m.group(1) + " " if m else ""


_EACH_ONE = re.compile(r"\s*(?:个)?\s*(?P<where>[^，,；;。\d个]{1,6}?)各\s*[1一]\s*所")


def _one_school_each(sentence: str, span: Span) -> str | None:
    """`…等4个安置点各1所`: four schools, of the kind the sentence named last before them
    (`幼儿园（安置点）`); None when the count is no such thing or no kind was named."""
    each = _EACH_ONE.match(sentence, span.end)
    kinds = SCHOOL.findall(fold(sentence[: span.start]))
    if each is None or not kinds:
        return None
    return f"{kinds[-1]}（{each.group('where')}）"


_FUND_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,24}(?:经费|资金|补助|补贴))[\s，,:：]*$")


def _per_pupil_rate(before: str, name: str, segment: str | None) -> tuple[str, str | None]:
    """A rate named only `每生每年补助` (`幼儿园生均公用经费 每生每年补助500元`) is the rate of
    the fund named just before it, and of the stage that names."""
    if not re.match(_PER_PUPIL, name):
        return name, segment
    m = _FUND_BEFORE.search(before[: before.rfind(name[:2])] if name[:2] in before else before)
    return (f"{m.group(1)}（{name}）" if m else name), segment or one_segment(before)


_PEOPLE_FORECAST = re.compile(
    r"^(?![^，,；;]*满足)[^，,；;]*?(?:人口|出生人数|新生儿|毕业生)[^，,；;]{0,8}?(?:预计|预测|预估)"
)
"""A forecast of how many people there will be (`全市户籍人口预计平均每年将新增2-3万人`) or will
leave school (`今年高校毕业生预计1270万人`): what the schools and jobs must answer; `满足…就学人口`
is what they provide."""
_PEOPLE_EXPECTED = re.compile(
    r"(?:预计|预测|预估)[^；;。]*?(?:人口|出生人数|新生儿)[^，,；;。]*?将[^，,；;。]*$"
)
"""The same forecast led by its 预计 (`预计到2030年，学龄人口将减少至4.1万人`): what is expected
to happen (将), not what the plan sets."""


_RECKONS_SHORTFALL = re.compile(r"(?:测算|预测|推算|估算)[^。；;]*缺口")
_ASSUMED = re.compile(r"(?:按照?|(?:如果|假如|假设|若)?以)[^，,；;]*$")
_BY_RECKONING = re.compile(r"[^，,；;。]{0,8}?(?:来|进行)?(?:测算|预测|推算|估算|计算)")


def _reckoned(sentence: str, clause_left: str, end: int, unit: str | None) -> bool:
    """A figure a reckoning of a shortfall starts from (`到2020年，户籍适龄儿童45.5万人，…按照
    85%的入园率来测算，仍将面临约17万个学位缺口`, `如果以一个班级45人计算`): the children
    expected and the rate assumed are the sum's inputs, not targets; a goal the gap is
    reckoned against (`按照…达到100%的目标测算`) is one."""
    if unit == "人" and _RECKONS_SHORTFALL.search(sentence):
        return True
    assumed = _ASSUMED.search(clause_left) and _BY_RECKONING.match(sentence, end)
    return bool(assumed) and "目标" not in sentence[: end + 12]


_PRINCIPLE_AFTER = re.compile(r"[^，,；;。]{0,20}?的?原则")


_BASIS = re.compile(r"(?:根据|结合|立足|基于)[^，,；;]*$")
_FACTS_AFTER = re.compile(r"[^，,；;。]{0,30}?的?(?:实际|实际情况|现状)(?=[，,；;。]|$)")


def _by_principle(sentence: str, clause_left: str, end: int) -> bool:
    """A figure inside `按照…的原则` (`按照每万人口设置1所幼儿园的原则，优化布局`): the rule a
    layout follows, stated as a norm, not an amount the plan sets; or inside `根据…的实际`
    (`根据全县118所中小学校、96所幼儿园的实际，…`): the facts a plan starts from."""
    if _BASIS.search(clause_left) and _FACTS_AFTER.match(sentence, end):
        return True
    return bool(_ASSUMED.search(clause_left)) and bool(_PRINCIPLE_AFTER.match(sentence, end))


_BY_HIGHER_RULE = re.compile(
    r"(?:按照|根据|依据|参照)\s*(?:(?:国家|教育部|国务院)(?:有关|相关)?[^，,。；;\d]{0,6}?(?:规定|标准|要求)"
    r"|《(?:(?:教育部|国务院|国家)(?:(?!方案|规划|计划|意见|纲要)[^《》])*|(?:(?!方案|规划|计划|意见)[^《》])*(?:标准|规定|办法|规程|指南)"
    r"(?:(?!方案|规划|计划|意见)[^《》])*)》(?:[(（][^()（）]{1,30}[)）])?"
    r"(?:的|中|有关)?(?:要求|规定)?)\s*[，,]?"
)
"""A national rule or a standard's document named before a figure (`按照国家规定，`, `根据《…标准》
要求，`, `根据《教育部…通知》，`), not a plan (`《…实施方案的通知》`, `《…纲要》`)."""
_RULE_KEPT = re.compile(
    r"(?:落实|执行)(?:国家|教育部|国务院)[^，,。；;（(]{0,40}?(?:要求|规定|标准|定额)[^，,。；;（(\d]{0,30}"
    r"[（(][^）)]{0,80}[）)]"
    r"|(?:落实|执行|达到|符合)(?:国家|教育部|国务院)(?:关于)?[^，,。；;]{0,40}?的?(?:要求|规定|标准)"
    r"|[（(](?:国家|教育部|国务院|省定?|省级)的?(?:要求|标准|规定)(?:为|是)?[^（）()]{0,40}[）)]"
)
"""`落实国家关于学生每天校内、校外各1小时体育活动时间的要求`: a national rule the plan keeps,
its figure inside the words that name it; so is one it names and then prints in brackets
(`落实国家规定的…生均公用经费基准定额（小学每生每年720元、初中每生每年940元）`, `严格执行国家中小学
教职工编制标准（高中1:12.5、初中1:13.5、小学1:19）`, `严格执行国家标准班额（小学45人、初中50人）`), or
a bracket beside the plan's own figure (`不低于1:3000…（国家要求为不低于1:4000）`)."""
_REQUIREMENT_KEPT = re.compile(
    r"(?:落实|执行|推动)[^，,。；;]{0,30}?\d[^，,。；;\d]{0,12}?的(?:国家|有关|相关)?[^，,。；;\d的]{0,4}?"
    r"(?:要求|规定)"
)
"""`落实中小学生每天综合体育活动时间不低于2小时的要求`, `严格执行教师每五年一周期不少于360学时的
培训要求`: a requirement the plan keeps, named by its figure, as a rule quoted is."""
_THINGS_COUNTED = frozenset(("所", "个", "项", "处", "间", "套", "台", "家", "园", "校"))
"""Units of schools and works: a requirement that counts them (`推动8所农村学校达到标准化
建设的要求`) sets the plan's own number, not a rule's."""
_OWN_SETTING = re.compile(
    r"(?:19|20)\d\d\s*年|[全我本](?:省|市|区|县|州|旗)|[省市县区]域|今年|明年|力争|确保"
)
"""What makes a figure after a rule the plan's own: its year, its own place, a word of striving."""


_WORKS_DONE = re.compile(
    rf"{COUNT_VERBS}|改造|改建|扩建|维修|建设|补充|配备|配齐|资助|消除|招录|招聘|培养|购置|添置|办好"
)
"""Works a plan counts, whatever standard they are done to (`按照国家标准改造…教室2000间`,
`按照国家要求，为农村学校配备计算机3000台`)."""


def _standard_quoted(sentence: str, at: int, clause_left: str, unit: str | None) -> bool:
    """A figure in a sentence that opens on a national rule or a standard's document it
    restates (`按照国家规定，义务教育学校班额小学不超过45人`, `根据《…睡眠管理工作的通知》，小学生
    每天睡眠时间应达到10小时`, `按照《幼儿园教职工配备标准》要求，…1:5至1:7`) or a requirement
    it keeps (`落实…不低于2小时的要求`, not one counting schools or works): the rule's, not the
    plan's, unless the sentence up to the figure's clause dates it, names its own place or
    strives for it (`按照省定标准，到2027年全县…`, `根据《…通知》要求，2026年全市…`). Works a
    plan counts (`按照《…建设标准》要求，新建幼儿园12所`) and a share that meets the standard
    (`…标准化达标率达到100%`) are the plan's; so is what a plan of its own sets (`根据《…实施
    方案的通知》，…`)."""
    if any(
        m.start() < at < m.end() and not _OWN_SETTING.search(sentence, m.start(), at)
        for m in _RULE_KEPT.finditer(sentence)
    ):
        return True  # not the plan's own figure the rule's words hold (`（到2030年…达到95%）`)
    kept = unit not in _THINGS_COUNTED and any(
        m.start() < at < m.end() for m in _REQUIREMENT_KEPT.finditer(sentence)
    )
    quoted = _BY_HIGHER_RULE.search(sentence, 0, at)
    works = _WORKS_DONE.search(clause_left + sentence[at : at + 6])  # `至少办好2所`
    if (quoted is None and not kept) or unit == "%" or works:
        return False
    clause_end = re.search(r"[，,；;。]|$", sentence[at:])
    said = sentence[: at + (clause_end.start() if clause_end else 0)]
    return not _OWN_SETTING.search(said)


_STRIVE = re.compile(rf"\s*[，,、；;]?\s*(?:力争|争取)\s*{REACHES}?\s*([^，,、；;。）)]+)")


def _striven(sentence: str, end: int) -> str | None:
    """The level striven for right after a target (`确保达到95%、力争达到98%`): the target is the
    level assured; the other, with no name of its own, is named for review, not drafted."""
    m = _STRIVE.match(sentence, end)
    text = m.group(1).strip() if m else ""
    spans = find_spans(text)
    if not spans or spans[0].start != 0 or spans[0].end != len(text) or spans[0].kind != "value":
        return None  # `力争高中阶段毛入学率达到98%`: a target of its own
    return text


def _year_and_review(
    sentence: str, named: Named, anchor: int | None, plan: Plan
) -> tuple[int | None, list[str]]:
    """A figure's year (the plan's target year where the text dates it by none) and what its
    reviewer is told of how it was read."""
    review = []
    year = anchor
    if year is None:
        year = plan.target_year
        review.append(YEAR_INFERRED)
    review.extend([NAME_GUESSED] if named.guessed else [])
    review.extend([NAME_FAR] if named.far else [])
    if hoped := _striven(sentence, named.span.end):
        review.append(f"另有力争目标{hoped}，未录入")
    return year, review


_POPULATION_NOW = re.compile(
    r"(?:(?<![务盖增益及])人口|\d+\s*[至到~\-—]\s*\d+\s*岁[^，,。；;\d]{0,4}?(?:婴幼儿|幼儿|儿童|孩童|孩子)|平均年龄"
    r"|(?:小学|初中|高中)毕业生(?:人数)?)"
    r"\s*(?:有|为|共有)?\s*$"
)
"""A headcount or an age told right after whom it counts (`人口约4.7万人`, `0至2岁婴幼儿约360人`,
`平均年龄约39岁`, `每年小学毕业生4000余人`, `初中毕业生有3600人`): who live in a place or
leave its schools, not what a plan sets; a level reached (`常住人口达到…`) has its verb
between."""


def _people_not_set(unit: str, sentence: str, clause_left: str, at: int) -> bool:
    """People a plan answers or who live in a place, not a number it sets: a projection
    (`户籍人口预计每年将新增2-3万人`) or a headcount (`水上乡人口约4.7万人`, `0至2岁婴幼儿约360人`)."""
    if unit == "人" and (
        _PEOPLE_FORECAST.search(clause_left) or _PEOPLE_EXPECTED.search(sentence, 0, at)
    ):
        return True
    return unit in ("人", "岁") and bool(_POPULATION_NOW.search(clause_left))


def _found(
    sentence: str,
    named: Named,
    context: str,
    section: str,
    anchor: int | None,
    plan: Plan,
    order: int,
) -> Found | None:
    span = named.span
    raw, list_unit = _list_unit(sentence, span.start, sentence[span.start : span.end].strip())
    period = None if list_unit else _count_a_period(sentence, span.start, raw)
    raw = period + raw if period else raw
    read = _value_of(sentence, span.start, raw, list_unit)
    if read is None:
        return None
    value, change = read
    clause_left = re.split(r"[，,；;。]", sentence[: span.start])[-1]
    if _programme_parts(named.name, raw, clause_left, value.unit):
        return None  # `确定今年为民办实事项目21件`: how many items the programme lists
    if _places_counted(sentence, clause_left, span.end, value.unit):
        return None
    if _PLACE_AREA.search(sentence, 0, span.start) and sentence[: span.end].endswith("平方公里"):
        return None  # `全域，总面积312平方公里`: the area a place covers, a fact of it
    if "针对" in clause_left and _PROBLEM.match(sentence, span.end):
        return None  # `针对9所学校校舍老化的问题`: the problem a measure answers, not its goal
    if _described_again(sentence, clause_left, span.end):
        return None  # `9所幼儿园均为公办幼儿园`: the nine counted before, described
    if str(value.unit)[:1] == "元" and _paid_out(sentence, clause_left, raw + sentence[span.end :]):
        return None
    if _people_not_set(str(value.unit), sentence, clause_left, span.start):
        return None
    if _reckoned(sentence, clause_left, span.end, value.unit) or _RESTATED.match(clause_left):
        return None  # or `…，相当于现有学位翻番`: the figure before, in other terms
    if _by_principle(sentence, clause_left, span.end) or _standard_quoted(
        sentence, span.start, clause_left, value.unit
    ):
        return None
    year, review = _year_and_review(sentence, named, anchor, plan)
    left = sentence[: span.start]
    scope = "per_year" if period else _scope(span, value, left, named.name, sentence, plan, year)
    baseline = _printed_baseline(sentence, named.baseline, plan, review)
    name = names.strip_place(named.name, plan.places)
    name = re.sub(rf"{_PERIOD_WORD.pattern}(?:至少|最少)?", "", name) if period else name
    if _share_base(sentence, span.start, span.end):
        return None  # `占全国5个省、42个县投资总额的21%`: the whole a share is of
    if _SHORTFALL.search(name) and span.kind != "word" and not _FILLED.search(name):
        return None  # `学位缺口7000个`: what is lacking (`学位缺口动态清零` is the goal)
    name = names.share_name(name) if value.unit == "%" else name
    name = _one_school_each(sentence, span) or name
    headed = _of_the_school_heading(name, section)
    nearest = _nearest_headings(section)
    if headed == name and (_TOTAL.match(name) or _ANY_SCHOOL.search(name)):
        context = nearest = _schools_of(name, sentence, span.start)
    name = headed  # a school the heading names: its stage is the heading's (`（九年一贯制）`)
    own_words = name.replace(named.borrowed, " ", 1) if named.borrowed else name
    segment = named.segment or topic_segment(own_words, context)
    segment = segment or topic_segment(own_words, nearest)
    if segment is None:
        segment = sentence_stage(sentence, span, own_words.strip(), value.unit)
    name, segment = _per_pupil_rate(sentence[: span.start], name, segment)
    lost = None if list_unit else _lost_percent(name, value)
    return Found(
        name,
        raw,
        list_unit or lost,
        year,
        scope,
        "prose",
        section,
        sentence.strip(),
        segment,
        None,
        baseline,
        None,
        (*review, PERCENT_INFERRED) if lost else tuple(review),
        order,
        comparator=change or (_bound(sentence, span, raw) if value.op == "=" else None),
    )


def _bound(sentence: str, span: Span, raw: str) -> str | None:
    """A bound printed apart from its value, as a comparator: after a list (_bound_of_list),
    before a list (_BOUND_IN_LIST) or a verb (_BOUND_BEFORE_VERB), before the rate it is per
    (`不低于每生每年800元`, as `每生每年不低于800元` reads), or before the whole a percentage is
    of (_bound_of_share)."""
    before = (
        _BOUND_BEFORE_RATE.search(sentence, 0, span.start)
        or _BOUND_IN_LIST.search(sentence, 0, span.start)
        or _BOUND_BEFORE_VERB.search(sentence, 0, span.start)
        or _BOUND_BEFORE_OBJECT.search(sentence, 0, span.start)
        or _BOUND_OVER_CLAUSE.search(sentence, 0, span.start)
    )
    return (
        _bound_of_list(sentence, span.end, raw)
        or (before.group(1) if before else None)
        or _bound_of_share(sentence, span.start, raw)
    )


_BOUND_IN_LIST = re.compile(
    rf"分别\s*({BOUNDS})(?:\s*\d+(?:\.\d+)?(?:\s*[:：∶]\s*\d+(?:\.\d+)?)?"
    r"\s*[^\d、和及与，,。；;\s]{0,4}\s*[、和及与])+\s*$"
)
"""`分别不超过45人、50人`, `分别不高于19:1、13.5:1和12.5:1`: the bound before a list's first value is
each value's."""
_BOUND_BEFORE_VERB = re.compile(rf"{BOUND_BEFORE_VERB}(?:{BOUND_VERBS})\s*$")
"""`每天至少安排25分钟`, `至少配备2名`: the bound before the verb that gives the value."""
_BOUND_BEFORE_OBJECT = re.compile(BOUND_BEFORE_OBJECT)
_ITEM_TAIL = r"(?:[^\d，,。；;、\s（()）]|[（(][^（()）]*[)）]){0,16}"
"""What follows an item's value in a list: its unit and object (`2节公开课`), a bracketed note
(`2名困难学生(重点关注留守儿童、单亲家庭学生)`) too."""
_ITEM = rf"[\u4e00-\u9fff（）()]{{1,12}}\d+(?:\.\d+)?{_ITEM_TAIL}"
_BOUND_OVER_CLAUSE = re.compile(
    rf"(至少|最少)[\u4e00-\u9fff（）()“”]{{1,20}}(?:\d+(?:\.\d+)?{_ITEM_TAIL}(?:、{_ITEM})*、"
    r"[\u4e00-\u9fff（）()]{1,12})?\s*$"
)
"""`至少交流义务教育学校校长80人、教师1000人`: a bound before the verb and its object that no mark
or figure parts from the value, and the items listed after it in one run: each value's bound."""


_CHANGED = r"\d+(?:\.\d+)?\s*(?:个百分点|百分点|[%％])"
"""A value a verb of change makes a change: percent or points (`7%`, `3个百分点`)."""
_CHANGE_BEFORE_LIST = re.compile(
    rf"({CHANGE})\s*(?:(?:{_CHANGED}|\d+(?:\.\d+)?\s*个?)\s*(?:以上|左右)?\s*[、和及与]\s*)+$"
)
"""A verb of change before a list (`分别增长7%和8%`); an earlier value may leave its unit to
the last (`分别提高3个和5个百分点`)."""
_CHANGE_IN_LIST = re.compile(rf"{_CHANGED}\s*(?:以上|左右)?\s*$")
_CHANGE_BEFORE_FIRST = re.compile(rf"分别\s*({CHANGE})\s*$")
_YEARLY_BEFORE = re.compile(r"(?:年均|每年|逐年)\s*(?:分别)?\s*$")
"""A yearly rate's words before its verb (`分别年均增长7%和8%`): each value is a rate a year."""


def _value_of(
    sentence: str, start: int, raw: str, unit: str | None
) -> tuple[Value, str | None] | None:
    """The value as printed (with the unit its list prints once, _list_unit), or the change a
    verb before its list makes it, and that verb (_change_of_list); None for no value."""
    change = _change_of_list(sentence, start, raw + (unit or ""))
    try:
        return (parse(raw, unit) if change is None else compared(raw, change, unit)), change
    except ValueParseError:
        return None


def _list_unit(sentence: str, start: int, raw: str) -> tuple[str, str | None]:
    """`分别提高3个和5个百分点`, `分别达到95和98%`: the first value of a list after 分别 takes
    the unit printed once, after the last: its number (`3`, `95`) and that unit (`个百分点`,
    `%`); any other value as printed, with no unit of its list but 元 for a sum in a bare 万
    (_sum_in_wan)."""
    listed = LIST_UNIT.match(sentence, start + len(raw))
    if not listed or not RESPECTIVE.search(re.split(r"[，,；;。]", sentence[:start])[-1]):
        return raw, _sum_in_wan(sentence, start, raw)
    number = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(个?)", raw)
    if number is None or (number.group(2) and listed.group(1) != "个百分点"):
        return raw, None
    return number.group(1), listed.group(1)


def _sum_in_wan(sentence: str, start: int, raw: str) -> str | None:
    """`元` for a sum printed in a bare 万 after a word of money (`投资概算11601万`), which the
    writer left its 元 off; None for any other value."""
    clause = re.split(r"[，,；;。]", sentence[:start])[-1]
    return "元" if raw.endswith("万") and SUM_BEFORE.search(clause) else None


def _change_of_list(sentence: str, start: int, raw: str) -> str | None:
    """The verb of change printed once before a list of changes (`分别增长7%和8%左右`,
    `分别提高5个百分点、3个百分点`): each later value is the change it states, as a comparator
    (values.compared); `提高到95%和98%` is a list of levels, `年均增长7%和8%` of yearly rates.
    The list's first value, when its unit is printed after the last, has the verb right
    before it (`分别提高3个和5个百分点`)."""
    if not _CHANGE_IN_LIST.match(raw):
        return None
    verb = _CHANGE_BEFORE_LIST.search(sentence, 0, start) or _CHANGE_BEFORE_FIRST.search(
        sentence, 0, start
    )
    if verb is None or _YEARLY_BEFORE.search(sentence, 0, verb.start()):
        return None
    return verb.group(1)


_BOUND_BEFORE_RATE = re.compile(rf"({BOUNDS})(?:\s*{PER}){{1,2}}\s*$")


def _lost_percent(name: str, value: Value) -> str | None:
    """`%` for a rate whose value prints no unit (`入学率99 以上`): a rate of at most 100
    is a percentage whose sign the page lost; None for any other value."""
    if value.unit is not None or value.value is None or value.op not in NUMERIC_OPS:
        return None
    top = value.value_max if value.value_max is not None else value.value
    return "%" if _RATE_NAME.search(name) and 0 <= top <= 100 else None


_LIST_BOUND = {"以下": "≤", "以内": "≤", "以上": "≥"}
_NUMBER_AT = re.compile(r"\d+(?:\.\d+)?")
_RATIO = re.compile(r"\d+(?:\.\d+)?\s*[:：∶]\s*\d+(?:\.\d+)?")


def _bound_of_list(sentence: str, end: int, raw: str) -> str | None:
    """The bound the last value of a list prints for all of it (`分别控制在0.3%和0.8%以下`,
    `达到96%、92%和88%以上`, ratios: `19:1、13.5:1和12.5:1以内`): a bare value followed by more
    values of its unit, the last of them bounded and ending the list, takes that bound, as a
    comparator (phrases.CELLS)."""
    first = _NUMBER_AT.match(raw)
    unit = raw[first.end() :].strip() if first else ""
    if _RATIO.fullmatch(raw):
        item = rf"\s*[、和及与]\s*{_RATIO.pattern}"  # `生师比分别控制在19:1、13.5:1和12.5:1以内`
    elif not unit or _NUMBER_AT.search(unit):
        return None
    else:
        item = rf"\s*[、和及与]\s*\d+(?:\.\d+)?\s*{re.escape(unit)}"
    last = r"(?!\s*[、和及与]\s*\d)"  # `…60%以上和13.5年`: the bound is of that value only
    bounded = re.match(rf"(?:{item})+\s*(?:及)?(以下|以内|以上){last}", sentence[end:])
    return _LIST_BOUND[bounded.group(1)] if bounded else None


def _bound_of_share(sentence: str, start: int, raw: str) -> str | None:
    """The bound printed before the whole a share is of (`培训经费不低于公用经费的5%`, `不少于
    教师总数的三分之一`): it bounds the share, as a comparator (phrases.CELLS)."""
    bound = names.bound_of_whole(sentence, start)
    return bound.group(1) if bound and _a_share(raw) else None


def _a_share(raw: str) -> bool:
    """A value printed as a percentage, or a fraction the grammar reads as one (三分之一)."""
    try:
        return parse(raw).unit == "%"
    except ValueParseError:
        return False


def _of_the_school_heading(name: str, section: str) -> str:
    """`甲小学：`, `甲小学 2012年8月竣工` or `(二)甲幼儿园2` over `…实际用地26600平方米`: the
    figure is that school's, and its name says so unless it names a school itself."""
    school = school_heading(section.rsplit(" / ", 1)[-1].strip())
    if school is None or re.search(SCHOOL_KIND, name):
        return name
    return school + name


def _nearest_headings(section: str) -> str:
    """The two headings over a figure, whose stage a name that says none takes; a heading
    that names a programme (`二是“高中普及攻坚”办学条件提升工程`) lends its stage to none
    (corpus/README.md, `segment`), the one above it still does; an interviewer's question
    (`记者：义务教育优质均衡是今年的重点工作之一…`) lends none, the answer names its own."""
    parts = [p for p in section.split(" / ") if not QUESTION.match(p)]  # an asker's words
    if not parts:
        return ""
    if _PROGRAMME_HEADING.search(parts[-1]):
        return parts[-2] if len(parts) > 1 else ""
    return " ".join(parts[-2:])


def _due_by_later(left: str, year: int | None, programme: int | None) -> bool:
    """A count due by a year other than the programme's own (`到2027年，新增学位5000个` on a
    page of 2024's work or news, `到2023年` in a plan to 2025), or in a page of no year: the
    total made by then, no one year's."""
    if year is None or (programme is not None and year == programme):
        return False
    return bool(
        re.search(rf"(?:到|至|截至|截止)\s*{year}\s*年|{year}\s*年[底末]?(?:以)?前", fold(left))
    )


_STOCK_WORDS = re.compile(
    rf"{_LEVEL_WORDS.pattern}|人均|生均|每[百千万]?[人生户班校所]|每天|每年|标准(?!化|班)|可?容纳|在校生|学生数|工期"
    r"|收入|产值|总值|增加值|营业额|拥有|(?:将|共|总共)有"
)
"""Words of a state or a rate (a total to be held (`全区将拥有…`, `共有…`), a standard per pupil, places one can hold,
a term of works, an income): with no verb of making in its clause, a figure is a level, even
in a one-year programme; nor does a list's verb or a sum's unit make it an amount."""
_LIST_PART_END = re.compile(r"\d\s*[^\d，,；;。、]{0,4}$")


def _listed_after_verb(left: str) -> bool:
    """A part of a list after a verb of making (`规划新建学校40所，其中小学22所，初中18所`, `…包括
    幼儿园30所，小学12所`): the clause before it ends on a count, and a count verb opens the
    list; each part is made as its first is."""
    pieces = re.split(r"[，,]", re.split(r"[；;。]", left)[-1])
    return (
        len(pieces) >= 2
        and bool(_LIST_PART_END.search(pieces[-2]))
        and bool(_COUNT_VERBS.search("".join(pieces[:-1])))
    )


def _a_sum(unit: str | None) -> bool:
    """A sum of money (`需资金3200万元`, `省级补助800万元`) is spent, an amount, never a state."""
    return unit is not None and unit.endswith("元") and unit not in _INTENSIVE


_ONE_YEAR_DATE = re.compile(
    r"(?<![到至止\d~\-—–])(?:19|20)\d\d\s*年度?(?![底末]?(?:以)?前|\s*[-—–~至到]|以来|来)"
    rf"|{THIS_YEAR}"
)
_ANY_DATE = re.compile(
    rf"{_ONE_YEAR_DATE.pattern}|(?:19|20)\d\d\s*年|明年|后年|期间|[一二三四五六七八九十两\d]年"
)


_YEARS_PART = re.compile(rf"(?:{YEAR_PARTS_OPEN.pattern}|、\s*(?:19|20)\d\d\s*年度?\s*)$")
"""`…14所，其中2025年5所、2026年6所`: a total's part printed after its year is that year's."""


def _dated_one_year(left: str) -> bool:
    """Whether the last date before a count is one year's (`2024年，全区新建学校3所`, `今秋
    新增学位…`), not a deadline (`到2025年`) nor a stretch: in a document that gives no plan
    period, the count made that year is that year's amount. Spaces copied into the date
    (`到 2025 年`) are not read as a break before its year."""
    text = re.sub(r"《[^《》]*》", "", compact(left))
    dates = list(_ANY_DATE.finditer(text))
    return bool(dates) and bool(_ONE_YEAR_DATE.match(text, dates[-1].start()))


def _a_years_own(left: str, own: str) -> bool:
    """A clause of a schedule (`2023年新增学位3000个，2024年新增4000个，2025年新增5000个`):
    it is dated one year, as a clause before it in the sentence is, so what it makes is that
    year's own, the plan's last year too, not a total to that year, unless it says it is
    one (`2025年累计新建10所`)."""
    before = left[: len(left) - len(own)]
    dated = bool(_ONE_YEAR_DATE.match(compact(own))) and _dated_one_year(before)
    return dated and RUNNING_TOTAL not in own


def _growth_scope(left: str, plan: Plan, year: int | None) -> str:
    """A growth (`增长5%左右`, `翻一番`) is a change over a span of time, never a state: the
    year's in a one-year programme or a year's own targets, the period's over a plan."""
    if _over_years(left, len(left)) or _due_by_later(left, year, plan.target_year):
        return "cumulative"
    annual = plan.annual or (year is not None and year != plan.target_year)
    return "per_year" if annual or _dated_one_year(left) else "cumulative"


_BY_YEAR_END = re.compile(r"(?:19|20)\d\d\s*年\s*(?:底|末|年底|前)")
"""`2028年底`, `2028年前`: by that year's end, a deadline, not one year's amount."""
_YEAR_STOOD = re.compile(r"\s*(?:19|20)\d\d\s*年(?:底|末)?\s*(?:为|是)\s*")
"""A clause that is a year and its value (`…达到600人，2025年为420人`): where the measure stood
that year, a level, not an amount made in it."""


def _scope(
    span: Span,
    value: Value,
    left: str,
    name: str,
    sentence: str,
    plan: Plan,
    year: int | None,
) -> str:
    number, unit = value.value, value.unit
    if value.op == "growth":
        return _growth_scope(left, plan, year)
    if span.kind == "trend":
        return "per_year" if number is not None else "level"
    if span.kind == "word":
        return "level"
    own = re.split(r"[，,；;。]", left)[-1]
    clause_left = own + name
    if _PER_YEAR.search(clause_left) or _YEARS_PART.search(left):
        return "per_year"
    if _YEAR_STOOD.fullmatch(own):
        return "level"
    if _PER_SHORT_SPAN.search(clause_left):
        return "level"
    if unit in _INTENSIVE or _EACH_PLACE.search(clause_left + sentence[span.start : span.end]):
        return "level"
    # not `2028年，新建…`, that year's own; `2028年底，…` is by then, over the span
    spanned = year == plan.span_end and (not _dated_one_year(left) or _BY_YEAR_END.search(left))
    annual = plan.annual or (year is not None and year != plan.target_year and not spanned)
    if _due_by_later(left, year, plan.target_year):
        annual = False
    verb = _COUNT_VERBS.search(clause_left) or (
        not _STOCK_WORDS.search(clause_left) and (_listed_after_verb(left) or _a_sum(unit))
    )
    if verb and plan.base_year is None and _dated_one_year(left):
        annual = True
    if verb and _a_years_own(left, own):
        annual = True
    if _STOCK_WORDS.search(clause_left) and not verb:
        return "level"
    # `5年内新建40所`, `“十四五”期间新建…`: a sum of years, on a page of one year too
    if _over_years(sentence, span.start) or (annual and verb and "期间" in clause_left):
        return "cumulative"
    if annual:
        return "per_year" if verb or not _LEVEL_WORDS.search(clause_left) else "level"
    if verb or re.search(r"期间|累计|合计", sentence):
        return "cumulative"
    return "level"
