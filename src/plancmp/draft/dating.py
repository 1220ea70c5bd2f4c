"""When a document was written: the year its `今年` means and before which it reports results.

A five-year plan's undated targets belong to its period; a news report's or a year's
programme's belong to the year it was written. That year is printed on a page's date line
(`发布时间：2023-02-20`, `来源：深圳商报2022-08-24`) or a dated signature, never inside a
sentence (`2022年12月31日，县人大会议上…` dates an event). A page date later than years the
text still calls future (`提出到2020年，将推进…` on a page dated 2023) is a repost's date:
the text's own year is then the first year it names that is no such target.
"""

from __future__ import annotations

import re

from plancmp.draft.tense_words import CEREMONY, DONE_WORD, RECENT_YEARS, WILL
from plancmp.draft.text import PERIODS, PRINTED_YEAR, fold, one_year, western_year

DATE_LINES = 12
"""A page's date line stands among its first lines, never in the footer's list of links."""
META_LINE = 90
"""Longer lines are sentences: a date in them dates an event, not the page."""
_DATE = re.compile(
    r"((?:19|20)\d\d)(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日|/\d{1,2}/\d{1,2})"
    r"|(?<![\d.])\d{1,2}\.\d{1,2}\.((?:19|20)\d\d)(?![\d.])"
)
"""A date: `2017-03-03`, `2017年3月3日`, `2017/3/3`, or day first with dots (`03.03.2017`)."""
_OPENING_DATE = re.compile(r"\s*(?:[A-Za-z]+\s*[:：]?\s*)?((?:19|20)\d\d)-\d{1,2}-\d{1,2}(?!\d)")
"""A page whose date line was run into its first paragraph (`date 2026-01-08 【记者…】…`): a
date written with hyphens opens no sentence."""
_BRACKETED_DATE = re.compile(
    r"[^，,。；;：:！？!?]{0,40}?[\[【(（]\s*((?:19|20)\d\d)-\d{1,2}-\d{1,2}\s*[╱/|｜·\s]"
)
"""A headline run into its first paragraph with the report's date and paper in brackets
(`某小学重建 [2013-10-30╱某某时报╱记者]`): the dateline, before any sentence of the body."""
_TAGS = re.compile(r"<[^<>]{0,200}>")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_META = re.compile(
    r"来源|发布|时间|日期|更新|编辑|作者|记者|浏览|分享|\d{1,2}:\d\d|星期[一二三四五六日天]|(?<!\d)\d{1,2}\s*版"
)
"""What a date line prints beside its date: a source, a time, a weekday (`工人日报 2018年02月09日 星期五`),
a newspaper's page (`（2018年02月09日 05版）`)."""
_CLOCK = re.compile(r"今天是|今日是|注册(?:日期|时间)|加入(?:日期|时间)|最后登录")
"""Dates not the page's: a portal's clock (`今天是…`), a forum poster's profile (`注册日期：
2009-04-12`, `最后登录…`), the day they joined or were last seen."""
_LABELLED = re.compile(
    r"(?:(?:成文|发文|印发|发布)日期|发布时间|发布于|发表于)\s*[:：]?[\s|｜]*((?:19|20)\d\d)(?:-\d{1,2}-\d{1,2}|年\d{1,2}月)"
)
_NEWS = re.compile(
    r"记者|本报讯|报讯|网讯|日电|通讯员|新闻发布会|获悉|来源[:：]|发布时间|原标题|责任编辑"
)
"""What a news report prints about itself."""
_FUTURE_AT = re.compile(
    r"(?<![升高长加降少达])(?<!\d)(?<!\d年)(?:到|力争|争取|计划|预计|将于|将在|确保)\s*((?:19|20)\d\d)\s*年"
)
"""`到2025年`, but not the end of a span of years (`2018到2022年4年间`, `2016年到2020年`), nor
the 到 of 达到 (`达到2011年颁布的《…标准》`: a level reached, no deadline)."""
_OPENING_YEAR = re.compile(r"\s*((?:19|20)\d\d)\s*年度?(?![\d\-—–~至到底末前月])")
_WILL = re.compile(rf"{WILL}|计划|力争|争取|拟")
"""Words of work set ahead for a year; narrower than tense_words.INTENT, as a report of a year
gone names that year's `目标` too (`当年任务目标为…`)."""
_BARE_YEAR = re.compile(r"(?<![\d到至止])((?:19|20)\d\d)\s*年(?![\d\-—–~至到])")


def page_year(texts: list[str]) -> int | None:
    """The year of the page's own date line, if its opening prints one before the body;
    else of a date labelled as the document's (`成文日期：2022-10-08`, a post's `发布于
    2024-02-23 10:59`) wherever it stands."""
    for text in _opening_lines(texts):
        folded = _TAGS.sub("", fold(text)).strip()
        if not folded:
            continue  # a line of markup a page left behind (`<dl id="…"></dl>`): no text
        if len(folded) > META_LINE:
            if opening := _OPENING_DATE.match(folded) or _BRACKETED_DATE.match(folded):
                return int(opening.group(1))
            break  # the body has begun: later dates are the footer's
        m = _DATE.search(folded)
        if not m or _CLOCK.search(folded):
            continue  # `今天是 2025年5月31日 星期六`: a portal's clock; a poster's profile
        rest = folded.replace(m.group(0), "").strip()
        if _META.search(folded) or not rest or "-" in m.group(0):
            return int(m.group(1) or m.group(2))
    for text in texts:
        m = _LABELLED.search(fold(text))
        if m:
            return int(m.group(1))
    return (
        _headline_date(texts)
        or _foot_date(texts)
        or _year_line(texts)
        or _ceremony_year(texts)
        or _event_day_opening(texts)
    )


_DAY_OPENS = re.compile(
    r"\s*((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午|晚)?\s*[，,]"
)
"""A sentence opening on the day of the event it reports (`2022年7 月 21日，…项目正式开工`)."""


def _event_day_opening(texts: list[str]) -> int | None:
    """The year of the day an undated page's report opens on, in its first lines, when the page
    counts years from its own (明年, 后年): a report is written the year of the event it tells,
    so its 明年 counts from it."""
    if not any(re.search(r"明年|后年", fold(t)) for t in texts):
        return None
    for text in _opening_lines(texts):
        for sentence in re.split(r"(?<=[。！？!?])", fold(text)):
            if m := _DAY_OPENS.match(sentence):
                return int(m.group(1))
    return None


_CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}:\d\d(?!\d)")
_FOOT_WORDS = 8
"""How many characters a closing date line prints beside its date and time: a place and a
site's name (`哈尔滨…新浪黑龙江`), fewer than another post's headline."""


def _foot_date(texts: list[str]) -> int | None:
    """The year of a date line that closes a short copied page (`哈尔滨10:16 05.03.2016 某某网`):
    a date with the time it was posted and no more than a place and a site's name beside it
    is the page's own, as a footer's list of other posts prints headlines beside its dates."""
    lines = [fold(t).strip() for t in texts if fold(t).strip()]
    if not lines or len(lines) > DATE_LINES:
        return None
    m = _DATE.search(lines[-1])
    rest = lines[-1].replace(m.group(0), "") if m else ""
    if m is None or not _CLOCK_TIME.search(rest) or len(_HAN.findall(rest)) > _FOOT_WORDS:
        return None
    return int(m.group(1) or m.group(2))


_CEREMONY = re.compile(
    r"\s*((?:19|20)\d\d)\s*年(?:度)?[^，,。；;！!？?\d]{2,30}?"
    rf"{CEREMONY}\s*"
)
"""A headline line naming a year's ceremony (`2023年某区学校项目集中开工仪式`): a report of the
ceremony is written the year it is held."""


def _ceremony_year(texts: list[str]) -> int | None:
    """The year of the one ceremony an undated page's opening lines name on a line of their
    own (_CEREMONY), the event the page reports; None when they name none or two."""
    years = {
        int(m.group(1))
        for t in _opening_lines(texts)
        if (m := _CEREMONY.fullmatch(fold(t).strip()))
    }
    return years.pop() if len(years) == 1 else None


_YEAR_ONLY = re.compile(r"\s*((?:19|20)\d\d)\s*年\s*")


def _year_line(texts: list[str]) -> int | None:
    """The year a page opens with on a line of its own (a headline broken into lines: `2025年`
    / `某市教委` / `计划新建…`), when no other line is a bare year: two such lines (`2024年` …
    `2025年`) are headings of a report's parts, not the page's date."""
    lines = [fold(t).strip() for t in texts if fold(t).strip()]
    alone = [m for t in lines if (m := _YEAR_ONLY.fullmatch(t))]
    if len(alone) != 1 or not lines or not _YEAR_ONLY.fullmatch(lines[0]):
        return None
    return int(alone[0].group(1))


_FURNITURE = re.compile(
    r"\s*[·•›»>|｜].{0,30}|.{0,30}[·•›»>|｜]\s*|\d{1,2}\s*(?:分钟|小时|天)前|昨天|前天|刚刚"
)
"""A fragment of a page's menu or of its list of related posts, split at its separators
(`LF老乡俱乐部  ·`, `›  专栏`, `4 小时前`): no line of the page's own."""


def _opening_lines(texts: list[str]) -> list[str]:
    """The first DATE_LINES lines of a page, not counting its menu's fragments: a page that
    lists related posts above its headline still prints its date line below it."""
    out: list[str] = []
    for text in texts:
        if len(out) >= DATE_LINES:
            break
        folded = fold(text).strip()
        if _DATE.search(folded) or not _FURNITURE.fullmatch(folded):
            out.append(text)
    return out


_HEADLINE = re.compile(r"[^，,。；;：:！？!?]{8,60}")


def _headline_date(texts: list[str]) -> int | None:
    """The year of a hyphen date standing in a line with the page's own headline (a page's
    properties left in its text, `2020-07-01 … 利通区加快教育项目建设 …`): that line is about
    this page, wherever it stands, while a footer's dates stand beside other headlines."""
    folded_texts = [fold(t) for t in texts]
    heads = [
        t.strip()
        for t in folded_texts[:DATE_LINES]
        if _HEADLINE.fullmatch(t.strip()) and not _DATE.search(t)
    ]
    for folded in folded_texts:
        m = _DATE.search(folded)
        if m and "-" in m.group(0) and any(h in folded and h != folded.strip() for h in heads):
            return int(m.group(1) or m.group(2))
    return None


def is_news(texts: list[str]) -> bool:
    """Whether the opening reads as a news report (记者, 本报讯, 来源：…)."""
    return any(_NEWS.search(t) for t in texts[:DATE_LINES])


def future_years(text: str, by_finish: bool = False) -> list[int]:
    """Years the text sets targets for (`到2020年`, `力争2025年`, `2023年，全县将…`,
    `…提出，2024年我县将…`), in clauses that report nothing done (`到2022年底已建成` is a
    result). `by_finish`: a schedule's start sets none (_SCHEDULED_START) — for a page that
    does not date itself, where the start would pass for the year it was written."""
    out: list[int] = []
    for sentence in re.split(r"[。；;！？!?\n]", fold(text)):
        if by_finish:
            sentence = _SCHEDULED_START.sub(r"\1", sentence)
        for clause in re.split(r"[，,]", sentence):
            if not DONE_WORD.search(clause):
                out.extend(int(y) for y in _FUTURE_AT.findall(clause))
        out.extend(_planned_in(sentence))
        out.extend(_period_ahead(sentence))
    return out


_PERIOD_LEAD = re.compile(r"[“\"]?(十[一二三四五]五)[”\"]?(?:期间|时期)")


def _period_ahead(sentence: str) -> list[int]:
    """`“十四五”期间，我市将启动…`: a text that says what it will do over a period sets targets
    for the period's last year, even when it prints no year."""
    m = _PERIOD_LEAD.search(sentence)
    if m is None or not _WILL.search(sentence[m.end() :]) or DONE_WORD.search(sentence):
        return []
    return [PERIODS[m.group(1)]]


_MEETING_SETS = re.compile(r"(?:会议|工作报告|讲话)[^，,。；;]{0,8}?(?:强调|提出|部署|明确|要求)")
"""`2023年全市教育工作会议强调，新增…50所`: a year's meeting that sets the year's work."""


def _planned_in(sentence: str) -> list[int]:
    """The year a clause of `sentence` opens with when the rest sets work for it."""
    for start in [0, *(m.end() for m in re.finditer(r"[，,]", sentence))]:
        rest = sentence[start:]  # `…提出，2024年我县将办好十件实事`
        opening = _OPENING_YEAR.match(rest)
        own = _DISPOSAL.sub("", _own_year_part(rest))
        sets = _WILL.search(own) or _MEETING_SETS.search(own)
        back = _LOOKING_BACK.search(sentence[:start])
        if opening and sets and not DONE_WORD.search(rest) and not back:
            return [int(opening.group(1))]
    return []


_DISPOSAL = re.compile(r"将(?![把将])(?=[^，,。；;]{1,40}?(?:确定为|列为|列入|纳入|定为|认定为))")
"""`将…确定为民生实事项目`: 将 that brings forward what a verb of listing acts on (the object
marker), not "will": `2014年，某省将…列为实事` tells what that year's programme was. Before
把 (`将把…列为`), 把 is the marker and 将 is "will"."""
_LOOKING_BACK = re.compile(rf"{RECENT_YEARS}|以来|先后")
"""`近年来，…先后改善5所幼儿园…，2023年争取上级资金…`: a sentence that opens by looking back
tells of the years behind it; a year in it is one of them (`争取…资金` is funds won)."""
_NEXT_YEAR_CLAUSE = re.compile(r"[，,]\s*(?:19|20)\d\d\s*年度?(?![\d\-—–~至到底末前月])")


def _own_year_part(rest: str) -> str:
    """A year's clauses up to the next clause opening with a year of its own: in `2022年…总投入为
    1.8亿元，2023年争取…`, the later word of intent is that year's, not the first's."""
    after = _NEXT_YEAR_CLAUSE.search(rest, 1)
    return rest[: after.start()] if after else rest


def planned_years(text: str) -> list[int]:
    """Years the text opens a sentence's work with (`2021年，海淀区计划增加…`), in order: a
    year's own programme, unlike `到2025年`, which a plan of any year may aim at."""
    return [y for s in re.split(r"[。；;！？!?\n]", fold(text)) for y in _planned_in(s)]


BREAKS_GROUND = r"(?:开工|动工|开建|破土|动土|发包|启动建设)"
"""Words that say works start (`开工`, `启动建设`): a schedule's start, not when the works' figures
are reached."""
MILESTONE = re.compile(
    rf"(?:[于在]\s*)?(?:19|20)\d\d\s*年(?:\d{{1,2}}\s*月(?:\d{{1,2}}\s*日)?|[春夏秋冬]季|[上下]半年)?"
    rf"[^，,。；;\d]{{0,8}}?(?:立项|批准|批复|{BREAKS_GROUND}|封顶|奠基)"
)
"""When the works passed a step (`于2012年10月21日立项被批准`, `2018年春季经某市发改委批复`,
`2014年1月10日正式开工`): an event of their schedule, which dates no figure of the sentences
after it."""
FOUNDED = re.compile(r"(?:创建|始建|创办|创立|建校|成立|组建)\s*于\s*(?:19|20)\d\d\s*年")
"""`学校创建于1911年`, `始建于1962年`: when a school was founded; its sentence tells what the school
is now, and the year dates no figure of the sentences after it."""
FINISHED = r"(?:建成|竣工|完工|落成|投入使用|投用|交付|启用)"
"""Words that say works are finished (`落成`, as Hong Kong and Taiwan write it too): what a due
year is the year of."""
ONCE_DONE = rf"(?:完成建设|建设完成|项目完成|交付使用|{FINISHED})(?:之)?后"
"""`完工后`, `完成建设后`: once the works are done; what follows is what they hold then."""
OPENS = rf"(?:{FINISHED}|开园|开学|招生)"
"""Works finished, or the school they make opening (`…秋季开学`, `要到2019年秋季才能招生`)."""
DUE_LEAD = r"(?:预计|计划|将|要|拟|力争|确保|有望)"
"""Words that put a completion ahead of the text (`预计`, `计划于`, `拟于`, `有望于`, `要到`)."""
THIS_YEAR = r"今年|今[春夏秋冬]|本年度?|(?<![一二三四五六七八九十两几\d])年内"
"""Words for the year a text is written in (`今年`, a season of it `今秋`, `本年度`, `年内`, not
`三年内`): the year of the work a page sets out, or of a count it dates."""
_START = r"(?:19|20)\d\d\s*年(?:\d{1,2}月)?(?:底|份)?(?:前)?[^，,。；;\d]{0,4}?开工[，,、]\s*"
_QUARTER = r"(?:第[一二三四1-4]季度?|[上下]半年|[春夏秋冬]季)"
"""A quarter, half or season of a year (`第3季`, `第四季度`, `下半年`, `秋季`) a completion is set
in."""
FINISH_SPAN = r"(?:(?:(?:19|20)\d\d|(?<![\d.])1[0-2]\d)\s*年?|今年|明年)\s*[-—–~至到]\s*"
"""The first year of a span the works are finished over (`2024年至2025年`, `明年至2025年`)."""
DUE_YEAR = rf"{PRINTED_YEAR}\s*(?:年|[/／]\s*(?:19|20)?\d\d\s*学年度?)"
"""The year works are due in: `2024年`, `112年`, or a school year (`2024/2025学年`), whose
autumn it opens in."""
DUE = re.compile(
    rf"(?:(?:预计|计划|拟|力争|确保|有望)(?:于|在)?|将会?于|将会?在|应(?:当|该)?于)\s*(?:{FINISH_SPAN})?{DUE_YEAR}"
    rf"(?:\d{{1,2}}月|{_QUARTER})?(?:底|份)?(?:前)?[^，,。；;\d]{{0,6}}?{FINISHED}"
)
"""`预计2024年9月建成并投入使用`, `计划于2026年建成`, `将会在2023年第2季落成`, `预计在112年3月
竣工`, an approval's `项目应于2027年10月底前建成并投入使用`: when a project's works are due; over a span (`预计明年至2025年落成`), by its last year; in
a school year (`预计于2024/2025学年正式启用`), by the autumn it opens in."""
_SCHEDULED_START = re.compile(
    rf"((?:预计|计划|力争|确保|有望)(?:于|在)?|将于|将在)\s*{_START}"
    rf"(?=(?:19|20)\d\d\s*年[^，,。；;]{{0,10}}?{FINISHED})"
)
"""The start in a schedule of start and finish (`计划2021年6月开工,2022年9月投入使用`): the
works' figures are reached at the finish, so the start's year sets no target."""


_CAMPAIGN = re.compile(
    r"(?:从|自)[^，,。；;至到]{0,12}?起?\s*(?:至|到)\s*((?:19|20)\d\d)\s*年(?:\d{1,2}月)?(?:底|末)?"
    r"[，,]?[^。；;]{0,30}?开展[^，,。；;]{0,30}?(?:行动|活动|专项)"
)
"""`决定从5月6日起至2015年1月底，在全省开展“护校安园”行动`: a campaign's span, by whose end
what its programme sets is due."""


def campaign_end(text: str) -> int | None:
    """The one year a text's campaign runs to (_CAMPAIGN), None when it names none or several."""
    return one_year(_CAMPAIGN, text)


_WORKS_SPAN = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．](?!\d))?\s*"
    r"(?:(?:项目)?(?:建设|实施|施工)(?:期限|年限|起止年限|起止时间|周期|工期|时间)|项目(?:期限|起止年限)|工期)"
    r"\s*[:：]\s*(?:19|20)\d\d\s*年?\s*(?:\d{1,2}\s*月\s*)?"
    r"(?:[-—–~至到]+|开工\s*(?:[，,、]|至|到)\s*)\s*((?:19|20)\d\d)\s*年?"
    rf"(?:\s*\d{{1,2}}\s*月)?(?:底|末)?(?:前)?\s*(?:{FINISHED})?\s*[。.]?\s*$",
    re.MULTILINE,
)
"""A project card's field of the span its works take (`建设期限：2020-2022年`, `项目起止年限：
2019年—2021年`), or an approval's item of their schedule (`五、项目建设时间：2018年6月开工，2019年
3月完工。`, `2020年8月开工至2021年8月完工`): its figures are the works', due when they are finished,
at the span's end."""


def works_end(text: str) -> int | None:
    """The one year a text's project card says its works run to (_WORKS_SPAN), None when it
    prints no such field or fields of several ends (a list of projects, each its own)."""
    return one_year(_WORKS_SPAN, text)


_DUE_FIELD = re.compile(
    rf"(?:计划|预计|预期|拟)?(?:竣工|完工|交付|投入使用|投产|(?:工程|项目)结束)(?:日期|时间)"
    rf"\s*(?:[（(][^（）()]{{1,8}}[)）])?\s*(?:为|是|[:：])?\s*{DUE_YEAR}"
)
"""A schedule's date of completion or opening (`计划竣工日期为2024年9月30日`, a tender's `竣工日期：…`,
`拟投入使用时间为2021年9月`, a project register's `工程结束日期(交付使用):2024年第3季度`, an
environmental form's `预期投产日期 2018 年1月`)."""


def due_year(text: str) -> int | None:
    """The one year a text says its works will be finished in (`预计2024年9月建成并投入使用`),
    None when it names none or several: a project's areas and classes are due then."""
    return one_year(DUE, text)


def completion_date(text: str) -> int | None:
    """The one year a schedule's completion date field names (_DUE_FIELD), else None."""
    return one_year(_DUE_FIELD, text)


_FORM_IN_USE = re.compile(rf"(?:预期|预计)投产(?:日期|时间)\s*[:：]?\s*{DUE_YEAR}")


def form_in_use(text: str) -> int | None:
    """The one year a project form's `预期投产日期 2018年12月` names: the form is filled in before
    the works it describes, so its figures are due then, whatever later date the page that
    reposts it bears (`上传时间:2019-04-04`)."""
    return one_year(_FORM_IN_USE, text)


_THIS_IS = re.compile(
    r"今年是[^，,。；;“\"\d]{0,6}?[“\"]?(?P<period>十[一二三四五]五)[”\"]?(?:规划)?的?"
    r"(?:(?P<end>收官|决胜|最后)|(?P<start>开局|起步|开篇|第一))"
)
"""`今年是“十二五”收官之年`: the text says which year it is, whatever the page's date."""


_LAST_AND_THIS = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年(?:和|及|与|以及)今年")
"""`回顾了2019年和今年以来工作`: the year named beside 今年 is the one before it."""
_ANNOUNCED = re.compile(
    r"(?:新出炉|出炉|公布|发布|出台|印发)的?\s*((?:19|20)\d\d)\s*年度?[^，,。；;]{0,12}?"
    r"(?:民生实事|为民办实事|实事项目|工作要点)"
)
"""`新出炉的2023年宁波市10项民生实事项目`: a page reporting a year's programme as just
announced is written in that year (an undated news page's 今年)."""
_DEPLOYED = re.compile(r"(?:部署|安排|谋划)\s*((?:19|20)\d\d)\s*年度?(?:的)?(?:重点)?(?:工作|任务)")
"""`政府工作报告回顾了过去一年的工作成果，部署2025年工作安排`: a report that sets out a year's work
is written at that year's opening, so its undated targets are that year's."""
_THIS_GLOSSED = re.compile(r"今年\s*[（(]\s*((?:19|20)\d\d)\s*年?\s*[)）]")
"""`从今年(2011年)开始到2013年`: the text glosses its 今年 with the year itself."""


SPAN_FROM = (
    r"\s*(?:起|开始)[，,]?\s*(?:分|用|利用)\s*(?P<count>[二三四五六七八九十两2-9]|10)\s*年(?:时间)?"
)
"""`从2011年起分三年…`, `自2021年开始用五年时间…`: a programme of so many years from a year,
whose total is due at its last year (2013)."""
YEARS_COUNTED = {
    **{str(n): n for n in range(2, 11)},
    **{c: n for n, c in enumerate("二三四五六七八九十", start=2)},
    "两": 2,
}
"""A count of years as printed (`三`, `两`, `5`) → the number."""
_BEGUN = re.compile(rf"(?:从|自)\s*(?P<year>(?:19|20)\d\d)\s*年{SPAN_FROM}")
_YEARS_SINCE = re.compile(r"(?<![\d.一二三四五六七八九十])([两二三四五六七八九])年来")
"""`从2011年起分三年…。两年来，全省完成了…`: a programme of so many years begun in a year, and
the years gone by since it began, fewer than its length: the text is written in its next year."""


def _years_into(body: str) -> int | None:
    """The year a text writes in when it names the one programme it is part way through
    (`从2011年起分三年…`, then `两年来` → 2013); None unless both are printed once, in that order."""
    folded = fold(body)
    begun = _BEGUN.search(folded)
    if begun is None or len(_BEGUN.findall(folded)) != 1:
        return None
    since = {YEARS_COUNTED[k] for k in _YEARS_SINCE.findall(folded[begun.end() :])}
    if len(since) != 1 or (gone := since.pop()) >= YEARS_COUNTED[begun["count"]]:
        return None
    return int(begun["year"]) + gone


def stated_year(body: str) -> int | None:
    """The year a text says it is written in by naming its place in a five-year period
    (`今年是“十三五”收官之年` → 2020, `…开局之年` → 2021), or by naming last year beside
    this one (`回顾了2019年和今年以来工作` → 2020), or glossing 今年 (`今年(2011年)` → 2011),
    or announcing this year's programme (`新出炉的2023年民生实事项目`), or setting out a year's
    work (`部署2025年工作`)."""
    if glossed := _THIS_GLOSSED.search(fold(body)):
        return int(glossed.group(1))
    if "今年" in body and (announced := _ANNOUNCED.search(fold(body))):
        return int(announced.group(1))
    if deployed := _DEPLOYED.search(fold(body)):
        return int(deployed.group(1))
    m = _THIS_IS.search(fold(body))
    if m is None:
        last = _LAST_AND_THIS.search(fold(body))
        return int(last.group(1)) + 1 if last else _years_into(body)
    end = PERIODS[m["period"]]
    return end if m["end"] else end - 4


def written_in(texts: list[str], body: str) -> int | None:
    """The year the document was written: the one its text states (`今年是“十二五”收官之年`),
    else its page date, unless the text still calls earlier years future (a repost), in
    which case the first other year it names."""
    page = page_year(texts)
    if (stated := stated_year(body)) is not None and not _deployed_ahead(body, page, stated):
        return stated
    future = future_years(body)
    if page is not None and not any(y < page for y in future) and not _reported_later(texts, body):
        return page
    if page is None:
        return None
    for m in _BARE_YEAR.finditer(fold(body)):
        year = int(m.group(1))
        if year not in future and year <= page:
            return year
    return None


def _deployed_ahead(body: str, page: int | None, stated: int) -> bool:
    """Whether a page is dated the year before the year's work it sets out (`2015年12月29日` over
    `…会议…部署2016年重点工作`): a year-end meeting deploys the next year's work, so the page is
    written in its own date's year and its 明年 is the year deployed."""
    deployed = _DEPLOYED.search(fold(body))
    return (
        page is not None and deployed is not None and int(deployed.group(1)) == stated == page + 1
    )


_REPORTED_YEAR = re.compile(
    r"((?:19|20)\d\d)\s*年度?[^，,。；;“”\"]{0,20}?(?:完成情况|实施情况|执行情况)"
)


_STOCK_AT_YEAR_END = re.compile(
    r"(?:截至|截止)(?:到)?\s*((?:19|20)\d\d)\s*年(?:底|末|12月(?:底|31日))[，,]?"
    r"[^，,。；;]{0,16}?(?:共有|现有|已有|拥有|(?<![将要会])有|累计(?:建成|完成)|已)"
)
"""`截至2022年末，全县已有小学64所`: where things stood when a year had ended; not what is
to stand by then (`截至2027年底，全县将有…`, `…累计新建学校12所`), a target of a plan."""


def stock_year(body: str) -> int | None:
    """The latest year whose end the text reports a stock at (`截至2022年底，某市现有…`): a text
    that counts what stood when that year was over was written after it, so that year is gone."""
    years = [int(m.group(1)) for m in _STOCK_AT_YEAR_END.finditer(fold(body))]
    return max(years) if years else None


def reported_year(body: str) -> int | None:
    """The year an undated page reports the completion of (`…召开的“2020年某省20项民心工程完成情况”
    新闻发布会`): a report of how a year's programme went is written in that year or after,
    so the years up to it are not ahead."""
    m = _REPORTED_YEAR.search(fold(body))
    return int(m.group(1)) if m else None


_COMING_SPAN = re.compile(
    r"(?:未来|今后|接下来)\s*(?P<count>[二三四五两2-5])\s*年\s*[（(]\s*(?P<first>(?:19|20)\d\d)\s*年?"
    r"\s*(?:-|—|–|~|至|到)\s*(?P<last>(?:19|20)\d\d)\s*年?\s*[)）]"
)
"""`未来三年（2020-2022年）`: the coming years glossed with their span, which starts this year."""


def coming_years_start(body: str) -> int | None:
    """An undated page's year when it speaks of 今年 and glosses its coming years with their
    span (`今年秋季…。未来三年（2020-2022年）…` → 2020): the span counts from this year. None
    when the span's length is not its count or two spans disagree."""
    folded = fold(body)
    if "今年" not in folded:
        return None
    firsts = {
        int(m["first"])
        for m in _COMING_SPAN.finditer(folded)
        if int(m["last"]) - int(m["first"]) + 1 == YEARS_COUNTED[m["count"]]
    }
    return firsts.pop() if len(firsts) == 1 else None


_MONTH_OF = re.compile(r"((?:19|20)\d\d)(?:-|年|/)(\d{1,2})(?:-|月|/)\d{1,2}")
_EVENT_DAY = re.compile(
    r"(?:^|[。！!\n])\s*(\d{1,2})月(\d{1,2})日(?:[,，]|[^。，,]{0,12}?(?:一行|调研|召开|举行|会议|座谈))"
)


def _reported_later(texts: list[str], body: str) -> bool:
    """Whether the text reports a day later in the year than its page's date line (`2023年
    04月21日` over `8月10日，…一行调研…`): the report went out before that date line, so the
    line dates a repost, not the report, and the page's year is not the report's. A day more
    than eight months on (`12月28日召开…` on a page of January) is last year's, as year-end
    meetings are reported in the new year; a day the text looks ahead to (`将`) is not done."""
    line = next((m for t in texts[:6] if (m := _MONTH_OF.search(fold(t)))), None)
    if line is None:
        return False
    month, text = int(line.group(2)), fold(body)
    return any(
        0 < int(m.group(1)) - month <= 8 and not _WILL.search(text[m.start() : m.end() + 30])
        for m in _EVENT_DAY.finditer(text)
    )


def year_after_report(body: str) -> int | None:
    """An undated page's year when it speaks of `今年` and `去年` and the latest year it names
    is reported as done in the rest of the paragraph where it is named last (`2013年，我省…建成了…。今年，我省将在去年的基础上…`):
    that year is its 去年, so it was written the year after. A work report's `过去一年` is its 去年
    (`2022年是…的一年…实现了…。过去一年，…。今年发展主要预期目标是…` → 2023). None when it sets
    targets for a named year."""
    folded = fold(body)
    if "今年" not in folded or not _LAST_YEAR.search(folded) or future_years(body):
        return None
    latest: tuple[int, str] | None = None
    for paragraph in folded.split("\n"):
        for m in _BARE_YEAR.finditer(paragraph):
            if latest is None or int(m.group(1)) >= latest[0]:
                latest = (int(m.group(1)), paragraph[m.start() :])
    if latest is None or not DONE_WORD.search(latest[1]) or _WILL.search(latest[1]):
        return None
    return latest[0] + 1


_LAST_YEAR = re.compile(r"去年|过去(?:的)?一年")
"""How a text names the year before the one it is written in."""


_PHASED = re.compile(
    r"分(?:批|期|年度|[两三四五2-5]年|[两三四五2-5]个年度|[两三四五2-5][批期])(?:推进|实施|建设|完成|推开)"
    r"|按[两三四五]个年度"
)
"""`项目规划按三个年度分批推进，2017年…；2018年…；2019年…`: a programme in yearly phases."""
_SPAN_BEFORE = re.compile(
    r"((?:19|20)\d\d)\s*年?\s*(?:至|到|-|—|–|~)\s*((?:19|20)\d\d)\s*年?(?:内|间|期间)?\s*$"
)
"""The years a phasing is said to span just before it (`计划在2021年至2023年分3批完成`)."""


def phase_years(body: str) -> tuple[int, ...]:
    """The years of a programme's phases (the years its phasing sentence names, two or
    more), or ()."""
    for sentence in re.split(r"[。！？!?\n]", fold(body)):
        m = _PHASED.search(sentence)
        if m is None:
            continue
        years = sorted({int(y) for y in _BARE_YEAR.findall(sentence[m.start() :])})
        if len(years) >= 2:
            return tuple(years)
        if span := _SPAN_BEFORE.search(sentence[: m.start()]):
            first, last = int(span.group(1)), int(span.group(2))
            if first < last:
                return tuple(range(first, last + 1))
    return ()


ROC_BARE = (
    r"(?<![\d.○〇零一二三四五六七八九十党國国校立周])"
    r"(?P<roc_bare>1[0-2]\d|一[〇○零一二][〇○零一二三四五六七八九])"
    r"(?=\s*年度?(?![代来來]|以来|以來|历史|歷史|的))"
)
"""A bare year of 100 to 129 before 年 (`115年度…预算`; `一一五年`, spelled digit by digit) is
Taiwan's 民國 year: no year of a founding (`建党100年`, `建校110年`) nor a span of a hundred
years (`100年来`, `100年历史`)."""
_ROC_BARE = re.compile(ROC_BARE)


def western_years(text: str) -> str:
    """`text` with Taiwan's bare 民國 years written as ours (`115年度预算` → `2026年度预算`)."""
    return _ROC_BARE.sub(lambda m: str(western_year(m.group(1))), text)


YEARS_SPAN = re.compile(
    r"(?:19|20)\d\d\s*年?\s*[-—–~至到]\s*(?:19|20)\d\d\s*年(?![度)）])"
    r"|(?<![\d一二三四五六七八九十两])(?:[二三四五六七八九十两]|[2-9]|10)\s*年(?:之?内|间|时间)"
    r"|(?:用|分|预计|计划|拟|将|未来|今后)\s*(?:[二三四五六七八九十两]|[2-9]|10)\s*年"
)
"""A stretch of several years that dates a count (`2024—2026年，新建学校9所`, `5年内新增学位`,
`预计4年投入30亿元`, `未来三年…新增`)."""


_PHASE = r"近期|中期|远期"
_PHASE_TO = r"(?:规划|建设|目标)?(?:为|是|至|到|[：:])?\s*[（(]?\s*"
"""What stands between a phase and its years (`近期为`, `近期至`, `近期目标（`)."""
_PHASE_SPAN = re.compile(
    rf"(?P<p1>{_PHASE}){_PHASE_TO}(?:(?:19|20)\d\d\s*年?\s*[—–\-~～至到]+\s*)?"
    r"(?P<e1>(?:19|20)\d\d)\s*年"
    r"|(?:19|20)\d\d\s*年?\s*[—–\-~～至到]+\s*(?P<e2>(?:19|20)\d\d)\s*年?\s*"
    rf"(?:为|是)(?P<p2>{_PHASE})"
)
"""A plan's phases and their years (`其中近期为2021—2025年，远期为2026—2035年`, `近期至2025年`,
`近期目标（2021-2025年）`, `2009年-2012年为近期规划`): what `近期新建18所` is due by."""
PHASE_WORD = re.compile(rf"(?:{_PHASE})(?!{_PHASE_TO}(?:19|20)\d\d)")


def plan_phases(text: str) -> tuple[tuple[str, int], ...]:
    """Each phase a plan defines (近期, 中期, 远期) with the year it ends, as the text first gives
    it; none when it defines none (in news, `近期` is only `lately`)."""
    found: dict[str, int] = {}
    for m in _PHASE_SPAN.finditer(fold(text)):
        found.setdefault(m["p1"] or m["p2"], int(m["e1"] or m["e2"]))
    return tuple(found.items())
