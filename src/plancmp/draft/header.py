"""A plan's identity as the document prints it: title, period, issuer, number, date, place.

Only what the text states is filled in; every field left empty or read from a weak
clue is named in `review` for the curator.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from plancmp import numerals
from plancmp.draft.dating import (
    DUE,
    THIS_YEAR,
    YEARS_SPAN,
    coming_years_start,
    due_year,
    is_news,
    page_year,
    phase_years,
    planned_years,
    reported_year,
    western_years,
    written_in,
    year_after_report,
)
from plancmp.draft.document import Document, Heading, Paragraph, Table
from plancmp.draft.tense import reports_since
from plancmp.draft.text import PERIODS, compact, fold, western_year
from plancmp.draft.title import (
    CITED,
    DOC_NUMBER,
    GOAL_YEAR,
    LEAD,
    PART_AHEAD,
    PLAN_WORDS,
    TITLE_BLOCKS,
    find_title,
    looks_back,
    mostly_done,
    reads_back,
)

_NUMBER_ALONE = re.compile(r"[(（\[［【]?\s*" + DOC_NUMBER.pattern + r"\s*[)）\]］】]?")
_DATE = re.compile(r"^(?:发布日期[:：]?)?\s*((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日\s*(?:印发)?$")
_ORG = re.compile(
    r"(?:人民政府|政府办公室|办公厅|办公室|教育局|教育厅|委员会|教育委员会|局|厅|委)$"
)
_PLACE = re.compile(
    r"^([\u4e00-\u9fff]{2,4}?[省])?([\u4e00-\u9fff]{1,4}?市)?([\u4e00-\u9fff]{1,4}?[区县市])"
)
_PROVINCES = (
    "河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川"
    "|贵州|云南|陕西|甘肃|青海|台湾"
)
_REGIONS = "内蒙古|广西壮族|广西|西藏|宁夏回族|宁夏|新疆维吾尔|新疆"
_PROVINCE = re.compile(rf"^(?:(?:{_PROVINCES})省|(?:{_REGIONS})自治区|(?:北京|天津|上海|重庆)市)")
"""A province-level place opening a title: a province, an autonomous region, or one of the
four municipalities directly under the State Council (recorded with level 省), by name (the
text is in simplified characters by now): any two characters before 省 would make a province
of a headline's `今年全省…` or `推进全省…`."""
_TITLE_ORG = re.compile(r"^([\u4e00-\u9fff]{2,12}?(?:教育局|教育体育局|教育和体育局|人民政府))")
HEAD_BLOCKS = 60
"""How many blocks from the top are searched for the title and the covering notice."""


class Header(NamedTuple):
    """The plan-level fields of a drafted plan file."""

    title: str
    issuer: str | None
    doc_number: str | None
    issued: str | None
    jurisdiction: str | None
    level: str | None
    parent_city: str | None
    kind: str | None
    base_year: int | None
    target_year: int | None
    review: tuple[str, ...]
    """The fields left for the curator, each with why."""
    looks_back: bool = False
    """The title reports results (盘点, 回顾, 总结): its numbers are no targets."""
    one_year: bool = False
    """A programme for one year (a single year in the title, 工作要点): a count is that year's."""
    now: int | None = None
    """The year the document was written (dating.py): what its 今年 means."""
    news: bool = False
    """A news report: a year before `now`, or before the years it sets targets for, is past."""
    titled: bool = True
    """False when no title was found and `title` is the first line, for the curator to fix."""
    dated: bool = False
    """`now` is the page's own date (dating.page_year), not a year read from its title or, in
    a repost, from its text."""
    reads_back: bool = False
    """The lead reports results (title.reads_back): only a word of a target sets one."""


def _lines(doc: Document) -> list[str]:
    """The opening's lines as printed, repeats and menus kept."""
    texts = (b.text.strip() for b in doc.blocks[:HEAD_BLOCKS] if isinstance(b, Heading | Paragraph))
    return [t for t in texts if t]


def _texts(doc: Document) -> list[str]:
    """The opening's texts, without a web page's menu (its items, and lines it repeats)."""
    out: list[str] = []
    for b in doc.blocks[:HEAD_BLOCKS]:
        if isinstance(b, Heading | Paragraph):
            out.append(b.text.strip())
        elif isinstance(b, Table):
            out.extend(c.strip() for row in b.rows for c in row)
    seen: set[str] = set()
    kept = []
    for t in out:
        if t and not _MENU_ITEM.fullmatch(t) and t not in seen:
            kept.append(t)
        seen.add(t)
    return kept


_MENU_ITEM = re.compile(r"[•·●◆■▪►]\s*[^\d，,。；;：:]{1,10}")
"""A bulleted short item with no figure (`• 首页`, `• 生活消费`): a page's menu."""


_YEAR_OF = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年(?!\s*(?:以前|之前|前|以来))")
"""A year in the opening, but not one that bounds the past (`2008年以前安装的器材全部更换`,
`2012年以来`): that names an earlier time, not the year of this year's work."""


_DAY = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?!\s*(?:前|以前|之前))"
)


def _first_year(texts: list[str], body: str = "") -> int | None:
    """The year of this year's work in a report the page does not date: the latest day it
    names (`截至2020年11月30日`: it was written after), else the first year it opens its work
    with (`2021年，某区计划增加…`, after last year's results), else the first year its opening
    names (`记者从2023年建设项目…`), but not after the first year it says works are due in
    anywhere in the page (`今年…，计划于2026年建成；…预计2025年8月建成`): works still due fall in
    this year or later."""
    days = [int(y) for y in _DAY.findall(fold("\n".join(texts)))]
    if days:
        return max(days)
    if planned := planned_years("\n".join(texts)):
        return planned[0]
    due = [western_year(y) for y in DUE.findall(fold(body or "\n".join(texts)))]
    for text in texts:
        found = [int(y) for y in _YEAR_OF.findall(fold(text)) if int(y) >= 2000]
        if found:
            return min([found[0], *due])
    return None


_ONE_YEAR = re.compile(r"(?<![\d\-—–~至到])((?:19|20)\d\d)\s*年(?![\d\-—–~至到])")
RESTATED = 2
"""How many of 今年's figures a sentence of one year must print again to be 今年 restated."""


def restated_year(body: str) -> int | None:
    """The year of 今年 on an undated page that sets the year's targets twice, once as 今年's
    and once as one year's (`今年，某市要完成新改扩建中小学45所，新增学位4.68万个` and later
    `确定2021年要完成新改扩建中小学45所，新增学位4.68万个`): the same figures, so that year."""
    from plancmp.draft.spans import find_spans

    this_year: set[str] = set()
    by_year: dict[int, set[str]] = {}
    for sentence in re.split(r"[。！？!?\n]", fold(body)):
        raws = {sentence[s.start : s.end] for s in find_spans(sentence) if s.unit}
        years = {int(y) for y in _ONE_YEAR.findall(sentence)}
        if re.search(THIS_YEAR, sentence) and not years:
            this_year |= raws
        elif len(years) == 1:
            by_year.setdefault(years.pop(), set()).update(raws)
    found = [y for y, raws in by_year.items() if len(raws & this_year) >= RESTATED]
    return found[0] if len(found) == 1 else None


def _unfilled(field: str, why: str) -> str:
    """The review line for a header field the document leaves open."""
    return f"{field}：{why}，请核对后填写"


LEVEL_OPEN = _unfilled("level", "无法从地名判断行政级别（县级市还是地级市？）")
"""Review: the place's name leaves its level open (a 市 may be a city or a county-level city)."""
PARENT_CITY_OPEN = _unfilled("parent_city", "文中未写明所属地级市")
"""Review: the document names no city above its place."""
TARGET_YEAR_OPEN = _unfilled("target_year", "标题未写明规划期")
"""Review: the title gives no period (the draft then takes its targets' latest year)."""
_TABLE_NAME = re.compile(r"(?<!代)表[)）]?$")
"""A title that names a table (`…主要指标表`, `…项目一览表`): an excerpt's caption, which
may not be the document's own title."""


def read_header(doc: Document) -> Header:
    """The plan's identity from its first pages."""
    texts, body = _texts(doc), _body(doc)
    review: list[str] = []
    title = find_title(texts, _lines(doc))
    found = title is not None
    if title is None:
        title = texts[0][:60] if texts else "（无标题）"
        review.append("title：未找到规划标题，取了第一行，请改为文件标题")
    elif _TABLE_NAME.search(title):
        review.append("title：以“表”结尾，可能是表格的标题而非文件标题，请核对")
    at = title_at(title, texts)
    before = texts[:at] if at is not None else []
    doc_number = _doc_number(title, before, texts)
    issuer, issued = _signature(before)
    if issuer is None and at is not None:
        issuer, issued = _byline(texts[at + 1 : at + 3])
    if issuer is None and (m := _TITLE_ORG.match(title)):
        issuer = m.group(1)
    base, target, kind, now = _years(title if found else "", texts, doc)
    now = now or _delivered_year(texts) or coming_years_start(body)  # dates 今年 and the past
    dated = now is not None and now == written_in(texts, body) == page_year(texts)
    start = base + 1 if base is not None else now
    # A first line taken for want of a title is a sentence, not a name: no place from it.
    jurisdiction, level, parent = _jurisdiction(title if found else "", issuer, doc)
    for value, reason in (
        (issuer, _unfilled("issuer", "未印发文机关")),
        (doc_number, _unfilled("doc_number", "未印文号")),
        (issued, _unfilled("issued", "未印成文日期")),
        (jurisdiction, _unfilled("jurisdiction", "标题未写明地区")),
        (level, LEVEL_OPEN),
        (parent or level == "省" or None, PARENT_CITY_OPEN),  # a province has no city above it
        (kind, _unfilled("kind", "无法从标题判断规划类型")),
        (target, TARGET_YEAR_OPEN),
    ):
        if value is None:
            review.append(reason)
    if jurisdiction and not title.startswith(jurisdiction):
        review.append(f"jurisdiction：由文中“{jurisdiction}”推断，请核对")
    one_year = _one_year(title if found else "", texts, kind, base, target)
    return Header(
        title,
        issuer,
        doc_number,
        issued,
        jurisdiction,
        level,
        parent,
        kind,
        base,
        target,
        tuple(review),
        found and (looks_back(title) or looks_back(_subtitle(texts, at))),
        one_year,
        now,
        is_news(texts),
        found,
        dated,
        (reads_back(texts, body) and not _sets_out(title, found, kind))
        or (
            not (_titled_plan(title, found) or _sets_out(title, found, kind))
            and reports_since(_opening(texts), body, start)
            and not PART_AHEAD.search(body)
        )
        or (not found and now is None and target is None and mostly_done(body)),
    )


def _subtitle(texts: list[str], at: int | None) -> str:
    """The line under the title that a dash opens (`——2026年全县教育事业发展综述`): it may say
    what the title does not, that the page reviews a year; "" when there is none."""
    line = texts[at + 1] if at is not None and at + 1 < len(texts) else ""
    return line if _SUBTITLE.match(line) else ""


_SUBTITLE = re.compile(r"^\s*(?:——|──|--|－－)")


_THIS_YEARS_WORK = re.compile(
    rf"(?:{THIS_YEAR})(?!以来|来|的|元月|[初底末]|[一二三四五六七八九十\d]{{1,2}}月)"
)
"""今年 as the year of the work a page sets out (`今年，某县将新建…`, `今年秋季开学`), not
the start of a report of results (`今年以来`) nor a date in passing (`今年5月动工`)."""
_SEVERAL_YEARS = ("five_year_plan", "five_year_outline")
"""Kinds of plan set for several years (规划, 纲要, 思路): a single year in such a title
(`2021年各区教育规划出炉`) is when it was issued or reported, not the year of its programme."""


def _one_year(
    title: str, texts: list[str], kind: str | None, base: int | None, target: int | None
) -> bool:
    """Whether the document is a programme for one year: 工作要点; a span of one year; a single
    year, unless the title sets it as a deadline (`2026年前`, `到2027年`) or names a plan of
    several years with it; or, with no year found at all, an opening that speaks of 今年's
    work (`今年秋季开学，全市新建学校6所`)."""
    if kind == "annual_work_points":
        return True
    if target is None:
        return base is None and any(_THIS_YEARS_WORK.search(t) for t in [title, *texts[:6]])
    if base is None:
        if _TITLE_DEADLINE.search(fold(title)) or _leads_over_years(title, texts):
            return False
        return kind not in _SEVERAL_YEARS or not _TITLE_YEAR.search(fold(title))
    return target - base == 1


def _leads_over_years(title: str, texts: list[str]) -> bool:
    """A page whose lead opens on a total over several years (`为保障入学，5年内全市将新建学位
    9万个。`) under a title of one year (`2025年，全市新增学位9万个`): the title's year ends that
    stretch, and the page's counts are its totals, not one year's work."""
    after = texts[texts.index(title) + 1 :] if title in texts else texts
    lead = next((t for t in after[:LEAD_LINES] if len(t) >= SHORTEST_LEAD), "")
    first = re.split(r"[。！？!?]", fold(lead), maxsplit=1)[0]
    return bool(YEARS_SPAN.search(first))


LEAD_LINES = 3
"""A lead stands within the first lines under the title (after a date or source line)."""
SHORTEST_LEAD = 20
"""Shorter lines under a title are its date, source or by-line, not its lead."""


_TITLE_DEADLINE = re.compile(r"(?:19|20)\d\d\s*年[底末]?(?:以)?前|(?:到|至)\s*(?:19|20)\d\d\s*年")
"""A title's year as a deadline (`某市2026年前新增学位8万个`, `到2027年…`): the totals due by
then, no one year's programme."""


def _titled_plan(title: str, found: bool) -> bool:
    """A title naming a plan of several years (`某县“十四五”教育发展规划`, `…行动计划（2024—2026年）`):
    its opening's look back (`“十三五”以来，…`, `…取得显著成效`) is the plan's review of its past,
    not a page that only reports; its targets need no word of intent (`“十四五”期间，新建学校12所`)."""
    if not found:
        return False
    base, _, kind = _period(title)
    return base is not None and kind in ("five_year_plan", "action_plan")


_PLAN_KINDS = ("five_year_plan", "five_year_outline", "action_plan", "annual_work_points")


def _sets_out(title: str, found: bool, kind: str | None) -> bool:
    """A title naming a plan, programme or work points (`…实施方案`, `…“十五五”规划`) and no report
    on it (`…实施情况`): a lead that tells what was won (`近年来，…取得显著成绩`) is its review,
    and what follows sets targets."""
    named = _PLAN_TITLE_END.search(title) and "了" not in title
    return found and kind in _PLAN_KINDS and bool(named) and not looks_back(title)


_PLAN_TITLE_END = re.compile(
    r"[\u4e00-\u9fff”\"]{4}(?:规划|纲要|方案|计划|要点)(?:\s*[（(][^（()）]*[）)])*(?:的通知)?\s*$"
)
"""A title that is the plan's own name (`…实施方案`, `…规划（2026—2030年）（征求意见稿）`, a
covering notice `关于印发…方案的通知`), not a sentence that mentions one (`…纳入了…规划`)."""


_PROGRAMME = re.compile(
    r"((?:19|20)\d\d)\s*年度?(?:[^，,。；;、\d]{0,6}?\d{1,3}\s*[个件项大类])?[^，,。；;、\d]{0,12}?"
    r"(?:实事|民生工程|重点工作|工作要点|工作计划|重点任务|教育预算|政府工作报告)"
    r"|((?:19|20)\d\d)\s*年度?(?:(?!以来|以前|之前|建成|完成|竣工|投用|已)[^，,。；;、\d]){0,8}?项目"
)
"""A year's programme named in the opening (`2022年中山区15项重点民生工程`, `2024年将办好
十件实事`, `2024年10个民生实事项目`: its count in digits, `某县2018年教育扶贫项目…完成招标`,
`已陆续发布2025年政府工作报告`: a year's work report sets out that year's work),
but not projects of years behind (`2016年以来实施的项目`, `2019年建成的项目`)."""
_THIS_YEAR = re.compile(THIS_YEAR)


def _years(
    title: str, texts: list[str], doc: Document
) -> tuple[int | None, int | None, str | None, int | None]:
    """(base year, target year, kind, the year written) from the title's period, else
    the year a report of this year's work (今年) was written, else the plan it names."""
    body = _body(doc)
    now = written_in(texts, body) or year_after_report(body) or reported_year(body)
    base, target, kind = _period(title)
    if target is not None and base is None:
        target = _own_year(title, texts, body, target)
        if (later := _issued_after_review(title, texts, body, target)) is not None:
            return None, later, kind, later
    if _reposted(title, body, target, now) and base is None and target is not None:
        now = target  # a headline's year that the page's later date line would overrule
    phases = phase_years(body)
    if phases and target is None:  # a phased programme: its totals are due by the last phase
        if now is None or now > phases[-1]:
            now = phases[0]  # a page dated after its phases is a repost of the first year
        return phases[0] - 1, phases[-1], kind, now
    if now is None and target is not None and base is None and not _GOAL_IN_TITLE.search(title):
        # `2023年工作要点`, `2022年深圳计划新增…`: the title's year, unless it is the text's 明年
        now = target - 1 if _next_year_headline(title, body, target) else target
    if now is None and target is not None and _THIS_YEAR.search(body):
        now = _this_year_in_period(body, base, target)
    if target is not None:
        return base, target, kind, now
    opening = "".join([title, *texts[:6]])
    if (delivered := _delivered_in(title, texts)) is not None:
        return None, delivered[0], kind, delivered[1]
    programme = _PROGRAMME.search(western_years(fold(opening)))
    if programme:  # `…选出了2024年顺德十大民生实事项目`: the year's own programme
        year = int(programme.group(1) or programme.group(2))
        return None, year, kind, now or year
    if "明年" in title and now is not None:
        return None, now + 1, kind, now
    if _THIS_YEAR.search(opening):
        if _reposted(title, body, lead := _leading_year(title), now):
            now = lead
        now = now or restated_year(body)  # 今年's targets set again under their year
        now = now or lead  # an undated page's headline year (`2022某县新建幼儿园最新消息`)
        this_year = now or _first_year(texts[:6], body) or _first_year([body])
        planned = planned_years("\n".join(texts[:6]))
        if now is None and planned and this_year == planned[0]:
            now = this_year  # `2021年，…计划…` on a page of 今年: 2020 is its past
        return None, this_year, kind, now
    if now is None and (written := _year_reported_ahead(texts, body)) is not None:
        return None, None, kind, written
    if _OWN_REPORT.search(title) and not PLAN_WORDS.search(title):
        return None, None, kind, now  # a self-assessment: a plan it cites is not its period
    if _REPLY.search(title) and (due := due_year(body)) is not None:
        # an approval's works are due when it says (`项目应于2027年10月底前建成`), not a plan it cites
        return None, due, kind, now
    base, target, kind = _period_in_text(texts, kind)
    if target is None and (span := _programme_span(title, texts)) is not None:
        return span[0] - 1, span[1], kind, now
    if target is None and (end := horizon(body)) is not None:
        return end - 5, end, kind, now
    return base, target, kind, now


_REPLY = re.compile(r"(?:批复|复函|答复|函)$")
"""A letter's title (`关于…项目立项的批复`): the works it approves are due when it says, whatever
the period of a plan it cites (`根据《…三年行动方案（2026—2028年）》`)."""
_YEARS_COUNTED = re.compile(r"([二三四五两])年(?:攻坚|行动|计划|新增|新建|建设|内)")
"""A headline counting a programme's years (`三年攻坚`, `三年新增学位…`)."""
_SPAN_LEAD = re.compile(
    r"((?:19|20)\d\d)\s*(?:年)?\s*[-—–~至到]\s*((?:19|20)\d\d)\s*年\s*[，,]?[^，,。；;]{0,12}?(?:将|计划|拟)"
)
"""A lead's span of years the programme will run (`2026—2028年，我区将…`)."""


def _programme_span(title: str, texts: list[str]) -> tuple[int, int] | None:
    """The years of a programme a news headline counts (`三年新增学位4.2万个！…“三年攻坚”行动全面
    启动`) and its lead spells out (`2026—2028年，我区将新建…`): the page's targets are due by its
    last year, as a plan's are by its period's end. The span must run as many years as the
    headline counts."""
    counted = _YEARS_COUNTED.search(title)
    if counted is None:
        return None
    years = int(numerals.number(counted.group(1)) or 0)
    for text in texts[:6]:
        m = _SPAN_LEAD.search(western_years(fold(text)))
        if m and int(m.group(2)) - int(m.group(1)) + 1 == years:
            return int(m.group(1)), int(m.group(2))
    return None


_DELIVERED = re.compile(
    r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日\s*在[^。；;]{0,60}?(?:会议|大会)上"
)
_GIVEN_AT = re.compile(r"在[^。；;]{0,60}?(?:会议|大会)上的(?:工作)?(?:讲话|报告)")
_DATE_ALONE = re.compile(r"^[（(]\s*((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日\s*[)）]$")
_YEAR_END = 12
"""A report given in December sets out the next year's work (one in October may push this
year's to its end: `四季度工作推进会议`)."""


def _delivered_in(title: str, texts: list[str]) -> tuple[int, int] | None:
    """(the year a work report or speech sets out, the year it was given), from the line under
    its title that says when and where it was delivered (`政府工作报告` / `——2027年1月8日在某县
    第十九届人民代表大会第二次会议上`, or `——在全县教育工作会议上的讲话` / `（2027年2月18日）`):
    given in the first half of a year, it reviews the year before and sets that year's work,
    whatever five-year plan it names; given at a year's end, it sets the next year's. None
    for one given in between (July to November), or for a text that is neither."""
    lines = [western_years(fold(t)).strip() for t in texts[:5]]
    if "工作报告" not in title and not any(_GIVEN_AT.search(t) for t in [title, *lines]):
        return None
    for text in lines:
        m = _DELIVERED.search(text) or _DATE_ALONE.match(text)
        if m is None:
            continue
        year, month = int(m.group(1)), int(m.group(2))
        if month <= 6:
            return year, year
        return (year + 1, year) if month >= _YEAR_END else None
    return None


def _delivered_year(texts: list[str]) -> int | None:
    """The year a report was given, from the line under its title (`——2028年8月27日在某市人大
    常委会会议上`): what it tells of before then is past, whatever year its plan runs to."""
    for text in texts[:5]:
        if m := _DELIVERED.search(western_years(fold(text))):
            return int(m.group(1))
    return None


_OWN_REPORT = re.compile(r"自评报告|自查报告|评估报告|督导报告|述职报告|工作总结")
"""A report on the issuer's own work (`…督导评估自评报告`): the plans it cites (`《某县第四期学前
教育行动计划（2021—2025年）》`) give it no period of its own."""


def _this_year_in_period(body: str, base: int | None, target: int) -> int | None:
    """The year of 今年 in an undated report of a plan for a period (`《…方案(2020-2025年)》新闻
    发布会…今年预计新增…` beside `2020年深圳将新建成3所…`): the one year inside the period, before
    its end, that the text opens its own work with; None when it names none or several."""
    first = target - 5 if base is None else base
    inside = {y for y in planned_years(body) if first <= y < target}
    return inside.pop() if len(inside) == 1 else None


_LEADING_YEAR = re.compile(r"\s*((?:19|20)\d\d)(?=[\u4e00-\u9fff])")
_YEAR_OPENS = re.compile(r"\s*((?:19|20)\d\d)\s*年\s*[，,]")


def _year_reported_ahead(texts: list[str], body: str) -> int | None:
    """An undated page that opens on a year's work (`2020年，某市不断推进…`) and tells what is
    due 明年: it is written that year, as no later year is named; None otherwise."""
    first = next((fold(t) for t in texts if t.strip()), "")
    m = _YEAR_OPENS.match(first)
    if not m or "明年" not in fold(body):
        return None
    year = int(m.group(1))
    later = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?=\s*年)", fold(body))]
    return year if all(y <= year for y in later) else None


def _leading_year(title: str) -> int | None:
    """The year a web headline opens with, 年 left out (`2020某区新增多少所幼儿园`)."""
    m = _LEADING_YEAR.match(fold(title))
    return int(m.group(1)) if m else None


def _reposted(title: str, body: str, year: int | None, now: int | None) -> bool:
    """Whether a page dated later than its headline's year (`2020某区新增多少所幼儿园` over
    `更新时间:2022-07-07`) reposts that year's report: its text speaks of 今年 and never names the
    page's own year, so 今年 is the headline's year, not the year it was posted again."""
    if year is None or now is None or now <= year or str(year) not in fold(title):
        return False
    if re.search(rf"{year}\s*年?\s*(?:前|底|末|以前|之前)", fold(title)):
        return False  # `深圳2019年前新增…`: a deadline, not the year reported
    rest = fold(body).replace(fold(title), "")
    return bool(_THIS_YEAR.search(rest)) and not re.search(rf"{now}\s*年", rest)


_AHEAD_IN_TITLE = re.compile(r"(?:将|拟|计划|要)")
"""Words by which a headline sets its year's work ahead (`2016年某区将新建6所学校`)."""


_GOAL_IN_TITLE = re.compile(
    rf"{GOAL_YEAR}|(?:19|20)\d\d\s*年[^，,。；;]{{0,20}}?"
    r"(?:如何|怎样|怎么样|什么样|(?:会|能|将)[^，,。；;?？]{0,12}?吗|能否[^，,。；;?？]{0,12}?)\s*[?？]"
)
"""A title's year that a goal is set for (`…纲要发布 到2030年新增学位10万个`, or a question on
how that year will be or whether it will see a goal met: `2030年国民受教育水平如何?`, `2021年会普及
高中吗?`): the year the targets are due, not the year the page was written, as `2023年工作要点` is,
nor the date results are counted to (`截至2025年底…`)."""


def _next_year_headline(title: str, body: str, year: int) -> bool:
    """Whether an undated page's headline names, as a year ahead, what its text calls 明年
    (`2016年某区将新建6所学校` over `明年秋季开学，某区将新增6所学校`): a report of next year's
    plans whose headline writes 明年 as the year for its reader, so the page was written the
    year before. Not so when the text prints that year itself or calls the work 今年's."""
    rest = fold(body).replace(fold(title), "", 1)
    ahead = re.search(rf"{year}\s*年(.*)", fold(title))
    return (
        ahead is not None
        and bool(_AHEAD_IN_TITLE.search(ahead.group(1)))
        and "明年" in rest
        and not re.search(rf"{year}\s*年", rest)
        and not re.search(r"今年[^。；;！!？?]{0,20}?(?:将|计划|拟)", rest)
    )


_REVIEW_OF_YEAR = re.compile(
    r"(?:19|20)\d\d\s*年度?[^，,。]{0,24}?(?:督导评价|督导评估|考核|履职|履行[^，,。]{0,6}职责|评议)"
    r"[^，,。]{0,12}?(?:反馈意见|意见|通报|结果|报告)"
)
"""A title of a review of one year's work (`关于某市2025年度履行教育职责情况督导评价的反馈意见`):
the year is the one reviewed, not the year of what the review asks for."""


def _issued_after_review(title: str, texts: list[str], body: str, year: int) -> int | None:
    """The year a review of `year` was issued, when later (its number's `〔2026〕` or its
    signature's date): the year of the work it asks for, which its undated demands are due in."""
    if not _REVIEW_OF_YEAR.search(fold(title)):
        return None
    numbers = [m.group() for t in texts[:6] if (m := DOC_NUMBER.search(fold(t)))]
    signed = [m.group(1) for line in body[-300:].split("\n") if (m := _DATE.match(compact(line)))]
    years = [int(y) for text in numbers + signed for y in re.findall(r"(?:19|20)\d\d", text)]
    later = [y for y in years if y > year]
    return min(later) if later else None


def _own_year(title: str, texts: list[str], body: str, year: int) -> int:
    """The year of a one-year plan: its title's, unless the text never names that year and
    its opening names its own plan by another (a template site's title `2019…工作计划` over
    `一、2018年教育局工作计划指导思想`)."""
    rest = fold(body).replace(fold(title), "", 1)
    if re.search(rf"{year}\s*年", rest):
        return year
    opening = fold("".join(t for t in texts[:6] if t != title))
    programme = _PROGRAMME.search(opening)
    return int(programme.group(1) or programme.group(2)) if programme else year


OPENING_LINES = 4
"""A page's opening: its first lines (headline, date, a since-phrase standing alone) and its lead."""


def _opening(texts: list[str]) -> list[str]:
    """The first lines of a page and its lead paragraph (title.LEAD characters or more)."""
    lead = next((t for t in texts[:TITLE_BLOCKS] if len(t) >= LEAD), "")
    return [*texts[:OPENING_LINES], lead]


def _body(doc: Document) -> str:
    return "\n".join(b.text for b in doc.blocks if isinstance(b, Heading | Paragraph))


def issued_year(header: Header) -> int | None:
    """The year a document was issued: its signature's date, else its own number's year
    (`某政办发〔2023〕27号`)."""
    for text in (header.issued, header.doc_number):
        if text and (m := re.search(r"(?:19|20)\d\d", text)):
            return int(m.group())
    return None


def title_at(title: str, texts: list[str]) -> int | None:
    """Where the title stands among the opening texts: its line, or the first of the two
    lines it was set on (find_title joins them)."""
    if title in texts:
        return texts.index(title)
    pairs = itertools.pairwise(texts)
    return next((i for i, (a, b) in enumerate(pairs) if a.strip() + b.strip() == title), None)


def _doc_number(title: str, before: list[str], texts: list[str]) -> str | None:
    under = _line_under(title, texts)
    for text in [*before, title, *under, *(t for t in texts if t.startswith("发文字号"))]:
        m = DOC_NUMBER.search(fold(text))
        if m:
            start, end = m.span()
            return text[start:end].strip()
    return None


def _line_under(title: str, texts: list[str]) -> list[str]:
    """The line under the title when it is a document number alone, bracketed or not
    (`（某政发〔2021〕3号）`): gazettes and law databases print the number there, where a
    sentence citing another document's number never stands alone."""
    if title not in texts:
        return []
    i = texts.index(title) + 1
    if i < len(texts) and _NUMBER_ALONE.fullmatch(fold(texts[i]).strip()):
        return [texts[i]]
    return []


def _signature(before: list[str]) -> tuple[str | None, str | None]:
    """The issuing body and date under the covering notice: an organisation's name on the
    line just above a date line (`绍兴市越城区人民政府办公室` / `2022年6月20日`)."""
    for i, text in enumerate(before):
        m = _DATE.match(compact(text))
        if not m or i == 0:
            continue
        if names := _bodies(before[i - 1].strip()):
            return "、".join(names), _iso(*m.groups())
    return None, None


def _bodies(line: str) -> list[str]:
    """The organisations a signature line names, space-separated (`甲区人民政府 乙区教育局`), or
    [] when it is not such a line."""
    names = [n for n in re.split(r"\s+", line) if n]
    return names if len(line) <= 60 and names and all(_ORG.search(n) for n in names) else []


def _iso(year: str, month: str, day: str) -> str:
    """A printed date as the schema writes it (`2022`, `6`, `20` → `2022-06-20`)."""
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


_BYLINE_DATE = re.compile(r"\s((?:19|20)\d\d)年(\d{1,2})月(?:(\d{1,2})日)?$")


def _byline(after: list[str]) -> tuple[str | None, str | None]:
    """The issuing body printed under the title, alone or with a date on its line
    (`青禾区人民政府 2021年6月`): the body, and the date when it gives the day (a month alone is
    no date the schema takes)."""
    for text in after:
        line = text.strip()
        date = _BYLINE_DATE.search(line)
        if names := _bodies(line[: date.start()].strip() if date else line):
            return "、".join(names), _iso(*date.groups()) if date and date[3] else None
    return None, None


_TITLE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)(?=年|丨|[^\u4e00-\u9fff%.．]|$)")
"""A year in a title: `2023年`, `盘点2021丨`, never a count (`新建2000所`)."""


_ACTION = re.compile(r"行动计划|行动方案|实施方案|工作方案|攻坚计划|提升计划|推进计划|三年计划")
"""Titles of a programme for a few years (`学前教育第三期行动计划`, `…三年攻坚计划`)."""


_YEAR_WORK = re.compile(r"工作(?:计划|安排)\W*$")
"""A title ending in a year's work plan (`某局2019年工作计划`, `…年度工作安排`): with one year in
the title, the bureau's programme for that year, as 工作要点 is."""


_LONG_PERIOD = re.compile(r"第?十([一二三四五])个五年(?=规划|计划)")
"""`国民经济和社会发展第十四个五年规划纲要`: the period's full name, as 十四五 shortens it."""
_EARLY_PERIOD = re.compile(
    r"[“\"]([六七八九十])五[”\"]|(?<![十第\d一二三四五六七八九])([六七八九十])五(?=期间|时期|计划|规划|纲要)"
    r"|第([六七八九十])个五年(?=规划|计划)"
)
"""The periods before 十一五 (六五 1981-1985 to 十五 2001-2005), printed as `“九五”`, `十五计划`
or `第十个五年计划`: quoted or before the word of a period, never the fifteen of `十五年` nor
the first words of `十五五`."""
EARLY_PERIOD_ENDS = {"六": 1985, "七": 1990, "八": 1995, "九": 2000, "十": 2005}
"""Each early period by its number's word, and the year it ends."""


_TITLE_SPAN = re.compile(
    r"((?:19|20)\d\d)\s*[-—–~至到]\s*((?:19|20)\d\d)"
    r"|(?<=[(（])\s*((?:19|20)\d\d)\s*(?:学年|年)度?(?:\d{1,2}月)?\s*[-—–~至到]\s*((?:19|20)\d\d)"
    r"|^((?:19|20)\d\d)\s*年\s*[-—–~至到]\s*((?:19|20)\d\d)\s*年"
)
"""A title's period: `2021-2025`, in brackets with each year's 年 and perhaps its month
(`（2026年—2028年）`, `（2021年9月—2026年8月）`) or in school years (`（2023学年—2025学年）`, due
in the last school year as printed), or opening the title (`2024年—2026年某县…行动计划`); a
form's row of fields (`专项资金 2020年-2022年`) is no title's."""


def _period(title: str) -> tuple[int | None, int | None, str | None]:
    """(base year, target year, kind) from the title: `（2021-2025）`, `十四五`, `2023年工作要点`."""
    folded = _LONG_PERIOD.sub(lambda m: f"十{m.group(1)}五", fold(title))
    kind = None
    if "要点" in folded:
        kind = "annual_work_points"
    elif "思路" in folded:
        kind = "five_year_outline"
    elif re.search(r"规划|纲要", folded):
        kind = "five_year_plan"
    elif _ACTION.search(folded):
        kind = "action_plan"
    elif re.search(r"意见(?!稿)", folded):  # not a draft for comment (征求意见稿)
        kind = "opinion"
    if (school := _SCHOOL_YEAR.search(folded)) and int(school[2]) == int(school[1]) + 1:
        return int(school[1]), int(school[2]), kind or "annual_work_points"
    span = _TITLE_SPAN.search(CITED.sub("", folded)) or _TITLE_SPAN.search(folded)
    if span:
        start, end = next((span[k], span[k + 1]) for k in (1, 3, 5) if span[k])
        return int(start) - 1, int(end), kind
    named = [end for name, end in PERIODS.items() if name in folded]
    if named:  # `“十三五”总结和“十四五”规划`: the later period is the plan's, the earlier reviewed
        return max(named) - 5, max(named), kind
    early = [EARLY_PERIOD_ENDS[n] for m in _EARLY_PERIOD.finditer(folded) for n in m.groups() if n]
    if early:
        return max(early) - 5, max(early), kind
    years = {int(y) for y in _TITLE_YEAR.findall(folded)}
    if len(years) == 1:
        yearly = "要点" in folded or _YEAR_WORK.search(folded)
        return None, years.pop(), kind or ("annual_work_points" if yearly else None)
    if len(years) == 2 and max(years) - min(years) == 1:
        return min(years), max(years), kind  # `2022年工作总结和2023年工作思路`
    return None, None, kind


_SCHOOL_YEAR = re.compile(r"((?:19|20)\d\d)\s*[-—–~至到]?\s*((?:19|20)\d\d)\s*学年")
"""`2025—2026学年度工作计划` (or `20252026学年度`, the dash lost): one school year's work, begun in
the first year and done by the end of the second."""


_HORIZON = re.compile(r"(?:到|至)[“\"]?(十[一二三四五]五)[”\"]?(?:期末|末期|末)")


def horizon(body: str) -> int | None:
    """The end of the one period a plan's goals are set for (`到“十一五”期末，基本普及…`): an
    excerpt of its goals section, without the plan's title, is dated by it."""
    named = set(_HORIZON.findall(fold(body)))
    return PERIODS[named.pop()] if len(named) == 1 else None


def _period_in_text(
    texts: list[str], kind: str | None
) -> tuple[int | None, int | None, str | None]:
    """The period of the plan a news report or notice names (`《…“十三五”规划》`,
    `发布了城厢区“十四五”教育发展专项规划`, `规划期为2021—2025年`), in its first lines, a
    site's short menu lines (`快速报名`, `咨询热线:…`) not counted."""
    lines = [t for t in texts if len(t.strip()) > MENU_LINE][:12]
    for text in dict.fromkeys(texts[:12] + lines):
        named = re.findall(r"《([^》]{4,40})》", text) + _NAMED_PLAN.findall(fold(text))
        for name in named:
            if PLAN_WORDS.search(name) or name.endswith("目标"):
                base, target, found = _period(name)
                if target is not None:
                    return base, target, kind or found
    return None, None, kind


MENU_LINE = 20
"""A line this short at the top of a page is the site's menu or a button, not the report."""
_NAMED_PLAN = re.compile(
    r"(?:十[一二三四五]五|[“\"][六七八九十]五)[”\"]?[^，,。；;“”《》]{0,24}?(?:规划|纲要)"
    r"|(?:十[一二三四五]五|[“\"][六七八九十]五)[”\"]?(?:时期|期间)[^，,。；;“”《》]{0,24}?主要(?:预期|发展|奋斗)?目标"
    r"|规划期[为是]?\s*(?:19|20)\d\d\s*年?\s*[-—–~至到]\s*(?:19|20)\d\d"
    r"|[^，,。；;“”《》]{0,24}?(?:规划|纲要)\s*[(（]\s*(?:19|20)\d\d\s*年?\s*[-—–~至到]\s*(?:19|20)\d\d\s*年?\s*[)）]"
)
"""A plan a report names with its period: `“十四五”教育规划`, `规划期为2021—2025年`, or its
name with the span in brackets (`某市中小学布局规划(2021-2035年)`); or the main goals a plan's
text sets for its period (`“十一五”时期要努力实现以下…主要目标`, `“十四五”期间…的主要预期目标是`)."""


def _province(title: str) -> str | None:
    """The province-level place a title is of (`浙江省教育事业发展规划`, `北京市“十四五”…`),
    not when a place under it follows (`上海市普陀区…`, `浙江省某市…`): that plan is the
    lower place's."""
    m = _PROVINCE.match(title)
    if m is None:
        return None
    rest = _PLACE.match(title[m.end() :])
    return None if rest and not rest.group(1) else m.group()


def _jurisdiction(
    title: str, issuer: str | None, doc: Document
) -> tuple[str | None, str | None, str | None]:
    """(jurisdiction, level, parent city) as the title, the issuer or the text prints them."""
    title = re.sub(r"^#+\s*", "", title)
    if province := _province(title):
        return province, "省", None
    m = _PLACE.match(title)
    if not m:
        return None, None, None
    city, place = m.group(2), m.group(3)
    if issuer and (im := _PLACE.match(issuer)) and im.group(3) == place and im.group(2):
        city = city or im.group(2)
    if city is None and place.endswith(("区", "县", "市")):
        text = "".join(b.text for b in doc.blocks if isinstance(b, Heading | Paragraph))
        found = re.search(rf"([\u4e00-\u9fff]{{2,3}}市){re.escape(place)}", text)
        if found and found.group(1) != place:
            city = found.group(1)
    if place.endswith("市") and city is None:
        return place, None, None
    jurisdiction = f"{city or ''}{place}"
    level = {"区": "区", "县": "县"}.get(place[-1], "县级市" if city else None)
    return jurisdiction, level, city.removesuffix("市") if city else None
