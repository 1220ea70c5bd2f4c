"""When a school's works are due: the year a schedule gives the figures printed before it.

News of a school project prints its design (classes, places, floor area) with no year, then
says when the works are finished: in the next clause (`…，预计2025年落成`), later in the
sentence, or in a sentence or paragraph of its own (`预计2026年11月竣工交付。`). Those figures
are reached then (corpus/README.md: due when it is to be finished or open). The year works
start (`2023年4月动工`) dates none of them.
"""

from __future__ import annotations

import re

from plancmp.draft.dating import (
    BREAKS_GROUND,
    DUE,
    DUE_LEAD,
    DUE_YEAR,
    FINISH_SPAN,
    FINISHED,
    OPENS,
)
from plancmp.draft.text import PARTS_OPEN, PRINTED_YEAR, YEAR_WRITTEN, fold, western_year

_DUE_NEXT = re.compile(
    rf"[，,]\s*(?:{DUE_LEAD}(?:于|在)?|于)?\s*(?:{FINISH_SPAN})?{DUE_YEAR}[^，,。；;\d]{{0,6}}?{FINISHED}"
)
"""The clause right after a value's own, saying the year its works are finished (over a span,
`，预计2024年至2025年落成`: by its last year)."""
_DUE_LATER = re.compile(
    rf"(?:[，,]|[、）)](?=\s*\d))\s*(?:(?:该|本|整个)?(?:项目|学校|工程|校区|该校)(?={DUE_LEAD}))?"
    rf"(?:{DUE_LEAD}(?:于|在|到)?|于)?\s*(?:{FINISH_SPAN})?{DUE_YEAR}(?:\d{{1,2}}月)?"
    rf"[^，,。；;\d]{{0,6}}?(?:{OPENS}|完成(?=\s*(?:[，,。；;]|$)))"
)
"""A later clause of the sentence saying the year its school is finished or opens, of no
subject or of the works themselves (`，学校预计于2015年建成投入使用`), the words after a school's
bracketed sizes (`城东幼儿园（9个班，可提供学位270个）2024年9月投入使用`), or the step after its
start (`力争2028年开工、2030年建成`); or when its works are done, a clause of its own
(`…，加固面积6800平方米，投资约950万元，2026年12月完成；`)."""
_TO_BRACKET_CLOSE = re.compile(r"[^（()）]*(?=[）)])")


def due_after_bracket(sentence: str, end: int, clause_end: int) -> int | None:
    """The year the words right after the bracket a value stands in say its school opens
    (`城东幼儿园（9个班，可提供学位270个）2024年9月投入使用`: the 270 places are due in 2024)."""
    inside = _TO_BRACKET_CLOSE.match(sentence, end, clause_end)
    m = _DUE_LATER.match(sentence, inside.end(), clause_end) if inside else None
    return western_year(m.group(1)) if m else None


_FULL_STOP = re.compile(r"[。!！?？\n]")
_MET_NEXT = re.compile(
    rf"[，,]\s*(?:{DUE_LEAD}(?:于|在)?|于|到)?\s*{DUE_YEAR}(?:底|末)?前?\s*(?:全部|全面|基本)?"
    r"(?:达标|到位|配齐|配备到位|完成)(?=\s*(?:[，,。；;]|$))"
)
"""The clause right after a requirement's own saying the year it is met (`…不低于1:3000的师生比
配备…，2027年全部达标`, `…，到2028年配备到位`) or its works done (`新建…幼儿园12所，2027年完成`):
the figure is due then."""


_PERIOD_NEXT = re.compile(
    r"[，,]\s*(?:项目)?(?:建设)?(?:年限|期限|周期)(?:为|是|[:：])?\s*(?:19|20)\d\d\s*年?\s*(?:\d{1,2}\s*月\s*)?"
    r"[-—–~至到]+\s*((?:19|20)\d\d)\s*年"
)
"""The clause right after a value's own giving the works' span of years (`，建设年限为2020年-2022年`):
the figures are reached by its last year."""


def due_next(text: str, start: int, end: int, now: int | None = None) -> int | None:
    """The year the clause right after a value's own (its sentence starts at `start` in `text`,
    its clause ends at `end` in the sentence) says its works are finished or its requirement
    met in, when no year came before the value in its sentence; or, further on to the full
    stop (over `；`) with no other year between, the year a school's run of particulars ends on its completion or opening
    (`占地面积…，规划建设18个班，计划于2026年建成`, `…，要到2019年秋季才能招生`, `其中，小学24个班；
    初中36个班，计划于2015年9月前投入使用`); or, on a page of the year `now`, the year counted
    from it (`…，规划设置15个班，预计明年秋季建成投用`)."""
    stop = _FULL_STOP.search(text, max(start, start + end - 1))  # a clause may end on it
    limit = stop.start() if stop else len(text)
    m = (
        _DUE_NEXT.match(text, start + end, limit)
        or _PERIOD_NEXT.match(text, start + end, limit)
        or _MET_NEXT.match(text, start + end, limit)
    )
    if m:
        return western_year(m.group(1))
    later = _DUE_LATER.search(text, start + end, limit)
    if later is None:
        return _due_ahead(text, start + end, limit, now)
    if _other_year(text, start + end, later.start()):
        return None
    return western_year(later.group(1))


def _due_ahead(text: str, at: int, limit: int, now: int | None) -> int | None:
    """The year a later clause before `limit` says the school is finished or opens, counted
    from the page's year `now` (`，预计明年秋季建成投用`; `，年内建成，明年春季投入使用`: when it
    opens), with no year printed between and no completion the count does not date before it
    (`，预计年底完工，明年春季开园`: left to the page's year, as a reader takes the first)."""
    steps = list(_NEXT_STEP.finditer(text, at, limit)) if now is not None else []
    if now is None or not steps:
        return None
    between = text[at : steps[0].start()]
    if _other_year(text, at, steps[0].start()) or re.search(OPENS, between):
        return None
    return now + max(_AHEAD[s["rel"]] for s in steps)


_WORKS_START = re.compile(
    rf"{PRINTED_YEAR}\s*年(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?(?:底|份)?[^，,。；;\d已]{{0,4}}?{BREAKS_GROUND}"
)
"""The year works start (`该项目于2023年4月动工`): a schedule's start, not when its figures are
due. One told as done (`2024年已开工`) is a report, which keeps the figures before it apart."""


_THIS_YEAR_STARTS = re.compile(
    rf"[于在]?(?:今年|明年|本年|当年)(?:[上下]半年|\d{{1,2}}月)?(?:底|份)?[^，,。；;\d已]{{0,4}}?{BREAKS_GROUND}"
)
"""`该项目计划今年开工建设，投资…，预计将在2022年启动招生`: a year counted from the page's that
starts works whose finish the sentence goes on to date; without one (`今年新开工项目42个`) it
dates what starts."""


def starts_works(folded: str, at: int) -> bool:
    """Whether the year printed from `at` (after a `于` the anchor may take in) starts works."""
    if (start := _THIS_YEAR_STARTS.match(folded, at)) and _other_year(
        folded, start.end(), len(folded)
    ):
        return True
    year = _A_YEAR.search(folded, at)
    return (
        year is not None
        and year.start() <= at + 2
        and bool(_WORKS_START.match(folded, year.start()))
    )


_A_YEAR = re.compile(rf"{PRINTED_YEAR}\s*年")
"""A year written out with 年, ours or Taiwan's 民國 year (`113年9月完成发包`)."""


def _other_year(text: str, start: int, end: int) -> bool:
    """A year in text[start:end] other than the start of the works (`…，该项目于2023年4月动工，
    预计2024年4月交付使用`): the finish after a start still dates the works' figures."""
    return any(
        not _WORKS_START.match(text, m.start()) for m in YEAR_WRITTEN.finditer(text, start, end)
    )


_TOLD_BY = (
    r"(?:(?:据[^，,。；;]{0,16}?(?:介绍|了解|透露|表示)"
    r"|[^，,。；;\d]{1,8}?(?:表示|预料|估计|透露|指出|相信))[，,：:]\s*)?"
)
"""Whom a news report has the schedule from (`据该园负责人介绍，`, `她预料，`): the sentence
still opens with it."""
_SCHEDULE = re.compile(
    rf"\s*{_TOLD_BY}(?:该|本|整个)?(?:项目|学校|工程|校区)?(?:[^，,。；;\d]{{0,4}}工期[^，,。；;]{{0,10}}[，,]\s*)?"
    rf"(?:{DUE.pattern})"
)
"""A sentence that opens with when the works are finished, of no subject or of the works
themselves (`预计2025年10月竣工交付。`, `学校工期18个月，预计2027年6月竣工。`), told by whom
(`据负责人介绍，项目预计…`)."""


_SEASON = r"(?:春季|秋季|春|秋|年底|年中|底|\d{1,2}月(?:底|份)?)?(?:前)?"
_AHEAD_STEP = (
    rf"(?P<rel>今年|本年|年内|明年|后年|[1一]年后|[2两二]年后){_SEASON}[^，,。；;\d]{{0,6}}?"
    rf"(?:{OPENS}|投入[^，,。；;\d]{{0,4}}?使用)"
)
_SCHEDULE_AHEAD = re.compile(
    rf"\s*(?:该|本|整个)?(?:项目|学校|工程|校区)?(?:均|将)?{DUE_LEAD}(?:于|在)?\s*{_AHEAD_STEP}"
)
"""A sentence that opens with when the works are finished, counted from the year the page is
written in (`预计明年秋季建成投用。`, `预计年内完工，明年春季投入使用。`)."""
_NEXT_STEP = re.compile(rf"[，,]\s*(?:{DUE_LEAD}(?:于|在)?)?\s*{_AHEAD_STEP}")
_AHEAD = {
    **{"今年": 0, "本年": 0, "年内": 0, "明年": 1, "后年": 2},
    **{"1年后": 1, "一年后": 1, "2年后": 2, "两年后": 2, "二年后": 2},  # `预计1年后可竣工`
}
"""How many years after the page's own each word of a time ahead counts."""
_HEADLINE_DUE = re.compile(rf"(明年|后年)[^，,。；;\d]{{0,4}}?{OPENS}")


def due_in_headline(title: str, now: int | None) -> int | None:
    """The year a dated report's headline says its works open in, counted from the page's
    year (`五所新建高中后年启用`), else None."""
    m = _HEADLINE_DUE.search(fold(title))
    return now + _AHEAD[m.group(1)] if m and now is not None else None


def schedule_year(sentence: str, now: int | None = None) -> int | None:
    """The year `sentence` says the works it goes on about are finished in (_SCHEDULE), or
    with a page's year `now`, the one it counts from it (_SCHEDULE_AHEAD): when it goes on to
    a later step (`年内建成，明年春季投入使用`), the school's figures are reached when it opens."""
    folded = fold(sentence)
    m = _SCHEDULE.match(folded)
    if m:
        return western_year(m.group(1))
    ahead = _SCHEDULE_AHEAD.match(folded) if now is not None else None
    if ahead is None or now is None:
        return None
    steps = [ahead, *_NEXT_STEP.finditer(folded, ahead.end())]
    return now + max(_AHEAD[s["rel"]] for s in steps)


_STARTED = re.compile(rf"{BREAKS_GROUND}[^，,。；;\d]{{0,6}}$")


def started(sentence: str, at: int) -> bool:
    """`开工建设学校3所。…计划2029年建成。`: a count of works started is the year's, whenever
    the works will be finished."""
    return bool(_STARTED.search(sentence, 0, at))


def due_later(
    text: str, later: list[tuple[int, int]], due_next: int | None, now: int | None = None
) -> int | None:
    """A school's figures printed with no year, in a paragraph that goes on to say when the
    works are finished in a sentence of their own (`…规划学生总数2700人。项目建成后，…。预计2026年
    11月竣工交付。`), or whose next paragraph opens by saying it (`due_next`): they are due then,
    when no other year is printed between."""
    for start, end in later:
        sentence = text[start:end]
        if (
            year := schedule_year(sentence, now)
            or _closing_schedule(sentence, now)
            or _started_then_due(sentence)
        ):
            return year
        if YEAR_WRITTEN.search(text, start, end):
            return None
    return due_next


def _started_then_due(sentence: str) -> int | None:
    """`该项目于2021年6月开工建设，截至目前已完成投资约5300万元，预计于2022年底完工，2023年4月投入
    使用。`: a sentence that tells the works' start and then when they are finished or open, with
    no other year; the figures before it are reached when the works open (the last step told)."""
    folded = fold(sentence)
    start = _WORKS_START.search(folded)
    due = DUE.search(folded) or (start and _DUE_LATER.search(folded, start.end()))
    if due is None or not _WORKS_START.search(folded, 0, due.start()):
        return None  # (`计划2027年底开工，2029年9月投入使用`: the opening is the first step due)
    steps = [due, *_DUE_LATER.finditer(folded, due.end())]  # `，2023年4月投入使用`: when it opens
    told = {m.start() for m in YEAR_WRITTEN.finditer(folded)}
    started = {m.start() for m in _WORKS_START.finditer(folded, 0, due.start())}
    dated = {m.start(1) for m in steps}
    if told - started - dated:
        return None  # another year between: another work's, or a report's
    return western_year(steps[-1].group(1))


_LAST_CLAUSE = re.compile(r"[，,]([^，,；;。]*)[。！!]?\s*$")


_PROGRESS_OPEN = re.compile(r"\s*(?:目前|当前|现在|截至目前|截止目前)\s*[，,]?")
"""A sentence that opens on how far the works have come (`目前土建工程已基本完成，…`)."""


def _closing_schedule(sentence: str, now: int | None = None) -> int | None:
    """The year the last clause of a sentence that breaks down the money before it, or tells
    how far the works have come, says the works are finished in, when no year comes before it
    (`其中省补助…、县自筹…，工期420日历天，预计2019年底完工。`; on a page of the year `now`,
    `目前土建工程已基本完成，即将进入装修阶段，预计明年投入使用。`): the sentence goes on about the
    same works, so the school's figures before it are due then too. A sentence of another
    subject (`这所学校…，计划于…投入使用`) dates its own school only."""
    last = _LAST_CLAUSE.search(sentence)
    if (
        last is None
        or not (PARTS_OPEN.match(sentence) or _PROGRESS_OPEN.match(sentence))
        or YEAR_WRITTEN.search(sentence, 0, last.start())
    ):
        return None
    clause = fold(last.group(1))
    if m := _SCHEDULE.match(clause):
        return western_year(m.group(1))
    ahead = _SCHEDULE_AHEAD.fullmatch(clause.rstrip("。！! ")) if now is not None else None
    return now + _AHEAD[ahead["rel"]] if ahead and now is not None else None


_LABEL = re.compile(
    r"(?:是|为|属于|列入|纳入)\s*((?:19|20)\d\d)\s*年度?[^，,。；;\d]{0,14}?(?:项目|工程)(?![\u4e00-\u9fff])"
)
"""`该项目是2019年省为民办实事项目`: a year that names the programme a project belongs to."""


_EVENT_DAY_LEAD = re.compile(
    r"\s*(?:今年|(?:19|20)\d\d\s*年)\s*\d{1,2}\s*月(?:\d{1,2}\s*日)?(?:份|初|上旬|中旬|下旬)?\s*[，,]"
)
"""A sentence opening on the month of what happened (`今年3月，区里与某校签约，…`): the day
of an event, not when the works the sentence goes on to plan are due."""


def dated_before(sentence: str, before: list[tuple[int, int]]) -> bool:
    """Whether a year before a value may date it: any but the month an event happened in at
    the sentence's opening, so that a due year later in the sentence still dates the works."""
    folded = fold(sentence)
    return any(not (p < 2 and _EVENT_DAY_LEAD.match(folded)) for p, _ in before)


def due_after_label(sentence: str, before: list[tuple[int, int]]) -> int | None:
    """When every year before a value only names its project's programme (`是2019年…项目`) and
    the sentence says when the works are due (`预计2020年3月份完工`), the project's cost and
    sizes are reached then."""
    folded = fold(sentence)
    labels = {m.start(1) for m in _LABEL.finditer(folded)}
    if any(p not in labels for p, _ in before):
        return None
    due = [western_year(y) for y in DUE.findall(folded)]
    return due[-1] if len(set(due)) == 1 and due[-1] > max(y for _, y in before) else None
