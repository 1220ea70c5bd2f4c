"""Heading paths (`二、发展目标 / （二）总体目标 / 主要指标表`) for every block of a document.

Plans number their headings (第一章, 一、, （一）, 1., （1）, ①) more reliably than any
format marks them, so a heading's level is the place of its numbering style in the
order the styles first appear: the usual 一、 > （一） > 1. nesting, read from the document
itself rather than assumed. Headings the format marks (Word styles, <h2>) without a
number nest by their own level.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from plancmp.draft.document import Block, Document, Heading, Paragraph, Table
from plancmp.draft.sites import GENERIC_SCHOOL
from plancmp.draft.spans import COUNTER, find_spans
from plancmp.draft.tense_words import PLANNED
from plancmp.draft.text import (
    OWN_START,
    PERIODS,
    PICTOGRAPHS,
    SCHOOL_KIND,
    YEAR,
    YEAR_SPAN,
    compact,
    later_periods,
    looked_back_on,
    past_periods,
)

_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(r"^第[一二三四五六七八九十百\d]+[章节部分篇]")),
    ("cn", re.compile(r"^[一二三四五六七八九十]+[、．.]")),
    ("cn_paren", re.compile(r"^[（(][一二三四五六七八九十]+[）)]")),
    ("ar", re.compile(r"^\d{1,2}[.．、](?:(?!\d)|(?=(?:19|20)\d\d\s*年))")),
    ("ar_paren", re.compile(r"^[（(]\d{1,2}[）)]")),
    ("circled", re.compile(r"^[①-⑳]")),
    (
        "box",
        re.compile(
            r"^(?:【?专栏[一二三四五六七八九十\d]*】?|重点任务[一二三四五六七八九十\d]+[：:]|专项行动[一二三四五六七八九十\d]+)"
        ),
    ),
    ("item", re.compile(r"^[一二三四五六七八九十]+是")),
)
_STYLES_BY_NAME = dict(_STYLES)
_LEADERS = re.compile(r"[·.…．]{3,}\s*\d*\s*$")
"""A table-of-contents line: `一、现实基础······4`."""
_TOC = re.compile(r"^目\s*录$")
_PAGED = re.compile(r"^[^，,。；;：:%％]{2,60}?\s+\d{1,3}$")
"""A line of a table of contents without leaders: a heading, a space, its page
(`三、主要任务 18`); after a `目录` line such lines are the contents, not values, until
a line of prose (a sentence's punctuation, or longer than a heading) opens the text. The
contents' part titles printed without a page (`“十四五”时期发展规划`) do not end them."""
_PROSE_LINE = re.compile(r"[，,。；;]")
_CONTENTS_LINE = 60
_FURNITURE = re.compile(
    r"^(?:关键词|关键字|标签|责任编辑|编辑|来源|相关稿件|相关阅读|转载请注明|附件|上一[篇条]|下一[篇条])\s*[:：]"
    r"|^【?(?:特别声明|免责声明|版权声明)】?\s*[:：]?"
    r"|^(?:\d+\s*小时)?[^，,。；;：:\d]{0,8}排行榜?$"
    r"|^(?=.{0,40}$).*\d+\s*(?:人参与|条评论|条留言|条跟帖|人评论)"
    rf"|^(?=.{{0,60}}$).*(?:{COUNTER}\s*\d+|\d+\s*次(?:浏览|点击|阅读|查看))"
    r"|^[-–•·*]?\s*约?\s*[\d.]+\s*(?:千字|万字|页)\s*$"
)
"""A web page's furniture: a keyword line repeats the article's numbers, it sets none; a link
to the page before or after (`下一条：…总投资5.7亿元`) and a chart of the most read
(`24小时新闻排行榜`) give other pages' headlines; a reposting site's disclaimer (`免责声明：…
在48小时内删除`) sets its own terms; a comment box's counters (`评论 0人参与,0条评论`)
count its readers, as a page's hit counter does (`点击: 0 次浏览`, `浏览:20734`); a document-sharing
site's line of a file's size (`- 约6.4千字`, `12页`) counts the file."""
_LINK_LINE = re.compile(r"^[-–•·*]\s*(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?=\S)")
"""A line of a site's list of links: a list mark and the day of another article
(`- 08-08163家公司公布半年报`): its numbers are other pages'."""
_REVIEW = re.compile(
    r"成就|(?<!预期)成效|回顾|总结|发展基础|现实基础|工作基础|发展现状|基本情况|主要成绩|肯定成绩|取得的"
    r"|完成情况|执行情况|进展情况|主要进展|工作进展|工作的?情况|(?:达成|开展|实施|落实)情况\s*[:：]?$"
    r"|(?:自评|自查|评估)(?:结果|情况|结论)"
    r"|经验做法|做法(?:和|与|及)(?:成效|经验)"
    r"|(?:编制|起草|修订|征求意见)(?:工作)?(?:过程|经过|情况)|意见(?:采纳|吸收|征集|办理)情况"
    r"|^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）])?\s*现状\s*[:：]?$"
    r"|^(?!(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])?\s*"
    r"(?:加快|加速|着力|全力|持续|切实|进一步|大力|全面|有效|努力|集中)?\s*"
    r"(?:补齐|补足|补强|补上|弥补|解决|破解|化解|缩小|消除|突破))"
    r"[^，,。；;]{0,12}(?:问题|矛盾|短板|不足|差距)(?:与挑战|和挑战|凸显|突出|清单)?\s*[:：]?$"
)
"""A heading over what was done or how things stand (`“十三五”发展成就`, `1-9月份工作完成情况`,
`评估指标达成情况`, a report's `二、经验做法` (a plan's `主要做法` are measures to take),
a speech's `一、充分肯定成绩，…`, `现状`, a self-assessment's `二、自评结果概述`), or a short one
over the problems found now (`存在的主要问题`, `二、问题清单`, `①核心矛盾凸显`): its figures are results and
shortfalls, not targets. A task that remedies them (`（二）补齐师资短板`, `（一）加快补齐公办资源短板`)
heads targets."""
_REVIEW_OPENING = re.compile(
    r"^(?:过去五年|近五年|(?:工作)?(?:进展|进度|完成情况|落实情况|执行情况)\s*[:：])"
)
"""A paragraph that opens on a review (`过去五年`; a past period's `“十三五”期间`, `_PERIOD_OPENING`)
or on a label of progress (`目标：…` then `进展：…累计完成投资65亿元`): what it tells is done,
not set."""
_PERIOD_OPENING = r"^[“\"]?(?:(?:{})[”\"]?(?:期间|以来|时期)|(?:{})[”\"]?以来)"
"""A paragraph that opens on a period (`“十三五”期间`), a review when that period is past, or
on the time since one began (`“十四五”以来` in a text written in its third year)."""
_LOOKED_BACK = re.compile(r"^(?!.*(?:展望|目标|任务|思路|计划|打算|安排)).*回顾\s*$")
"""`一、2025年及“十四五”工作回顾`: a heading that says it looks back, over results, whatever period
it names (a 十四五 not yet known to be past)."""
_PAST_HEADING = re.compile(r"^(?:过去|近)(?:的)?[一二三四五两几]年(?:来|以来|间)?$")
"""A line alone naming the years behind (`过去五年`, `过去一年`): a digest's review part."""
_LINKS_BELOW = re.compile(
    r"^(?:猜你喜欢|相关阅读|相关文章|相关新闻|相关推荐|推荐阅读|延伸阅读|热门推荐|热点推荐|更多阅读)"
    r"[^，,。；;\d]{0,4}$"
)
"""A page's box of links to other pages (`猜你喜欢`, `相关阅读 换一换`): after the article's
figures it ends the article, and the headlines below it are other pages' figures."""
_WILL_AFTER_OPENING = re.compile(
    r"^[^，,。；;\s]{2,14}(?:[，,]|\s+)[^，,。；;]{0,8}?(?:将|要|力争|计划|拟)"
    rf"|^[^，,。；;\s]{{2,14}}(?:[，,]|\s+)[^，,。；;]{{0,16}}?{PLANNED}"
)
"""`“十三五”期间，海口将建成…`: the period's own plan says what it will do; its opening is no review.
So does one whose first clause says what it plans (`“十二五”期间，某区教育项目共规划投资…`).
A space may stand for the comma (`“十二五”期间 某市计划建设…`, a line a page set in spaces)."""
_ACHIEVED = re.compile(
    r"^[^。！？!?]{0,8}(?:期间|以来|时期|[一二三四五六七八九十两多\d]年来)[，,]"
    r"[^。！？!?]{0,40}(?:取得了?[^。！？!?]{0,6}(?:成就|成效|成绩|进展)|实现了?[^，,。！？!?]{0,8}(?:跨越|飞跃))"
    r"[。！!：:]?$"
)
"""A paragraph that only announces what a period achieved (`“十四五”期间，…在教育领域均取得显著
成就。`, `“十四五”期间，我国高等教育实现历史性跨越：`): a round-up's opening, over the results
it goes on to list, as a heading would be."""
_HEADING_YEAR = re.compile(rf"{YEAR.pattern}(?=\s*年|\s*[-—–~至到]\s*(?:19|20)\d\d)")
"""A year a heading states (`2021年工作举措`, `2021-2025`), not a count (`培训2000名`)."""
_CITED_PLAN = re.compile(r"《[^《》]*》")
_BASE_NOTE = re.compile(
    r"[（(]\s*(?:19|20)\d\d\s*年(?:底|末)?\s*(?:[:：]|为|是)?\s*[\d.]+\s*"
    r"(?:%|％|‰|[个所人名元年项家万亿])[^（）()]*[)）]"
)
"""`（1）学前三年毛入园率：98%以上（2025年：97.2%）`: a list item short enough to head what
follows gives its base year in a bracket beside the base; that year dates no heading."""


def _heading_years(heading: str) -> tuple[set[int], bool]:
    """The years a heading states, and whether it states a span of its own: a span's end
    (`（一）近期目标（2024—2025年）` dates its goals 2025), and a year alone (`二、2021年工作举措`);
    not a cited plan's span (`深入实施《…计划（2017—2020年）》…工程`)."""
    own = _BASE_NOTE.sub("", _CITED_PLAN.sub("", heading))
    ends = {int(m.group(1)) for m in YEAR_SPAN.finditer(own)}
    if not ends:
        return {int(y) for y in _HEADING_YEAR.findall(own)}, False
    return ends | {int(y) for y in _HEADING_YEAR.findall(YEAR_SPAN.sub("", own))}, True


_BARE_HEADING = re.compile(
    r"^(?=.*(?:(?:19|20)\d\d\s*年|十[一二三四五]五|今年|去年|上年|本年|回顾$))"
    r"[^，,。；;：:！？!?、]*"
    r"(?:回顾|任务|重点工作|工作重点|主要工作|工作安排|工作举措|主要目标|发展目标|工作目标|主要成绩|主要成效"
    r"|工作成果)$"
)
"""An unnumbered short line that names a part of a report (`2021年重点工作`, `“十四五”时期任务`,
`上年工作回顾`, `回顾2023年工作成果`, `展望2024年工作目标`): a digest or a speech marks its
sections so, and what it says of them (a year, a review) holds for the lines below. A blog's
pictographs after it (`…工作成果🏆`) are no part of it."""
MAX_BARE = 16
_SCHOOL_NAME = r"[^，,。；;：:！？!?、\d]{2,20}(?:幼儿园|小学|中学|初中|高中|学校)"
"""A school's name as a heading line prints it (`某村配套小学`, `沈丘高中`)."""
SCHOOL_HEADING = re.compile(
    rf"^(?P<school>{_SCHOOL_NAME})"
    r"(?:\s*[:：]|\s+(?:19|20)\d\d\s*年(?:\d{1,2}\s*月)?(?:底|前)?"
    r"(?:建成|竣工|完工|开工|投用|投入使用|开学|招生)(?:验收|投用|使用)?)$"
)
"""A line that names one school and a colon (`沈丘高中:`, `第四幼儿园：`) or when it is due
(`某村配套小学 2012年8月竣工验收`), over the lines that give its project (`新建项目,总投资约5.54
亿元,…新增学位5000个。`): the part of a list the figures below belong to, whose stage they take
when they name none; the next such line replaces it."""
_SCHOOL_HEADLINE = re.compile(
    rf"(?P<school>{_SCHOOL_NAME})"
    r"(?:[^，,。；;：:！？!?、\d\s]{0,8}(?:项目|工程))?[:：]\s*[^。；;！？!?]{2,24}"
)
"""A school's line heading its paragraph with a headline of it (`某区第八幼儿园:可容纳360名幼儿`,
`某小学新建校舍项目:预计2025年9月招生`): the figures below are that school's."""
NO_ORDINAL = r"(?i:no)\.?\s*\d{1,2}\s*[│|｜]"
"""An item numbered `NO1│`, as a reposting site lists a page's parts."""
_NUMBERED_SCHOOL = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,2}[、．.]|\d{1,2}(?=\s)"
    rf"|{NO_ORDINAL})\s*"
    r"(?P<school>(?!普通|职业|特殊|中等|高等|农村|乡村|城区|城镇|义务教育|民族|寄宿|优质)"
    r"(?![^，,。；;]*办(?:幼儿园|小学|中学|初中|高中|学校))"
    r"[^，,。；;：:！？!?、\s]{2,16}(?:幼儿园|小学|中学|初中|高中|学校)\d{0,2}"
    r"(?:[^，,。；;：:！？!?、\s()（）]{1,4}(?:校区|园区|分园|分校))?)"
    r"(?:[（(][^()（）。；;\d]{1,12}[）)])?$"
)
"""A numbered heading that is one school's name (`(二)华阳标准化幼儿园2`, `NO1│某幼儿园`, `01 某小学`, `(四)某幼儿园
新园区(扩建项目)`: a campus, and the kind of works or school in brackets, `某学校（九年一贯制，新建）`), not a kind's (`（三）普通高中`, `二、农村学校`,
`（一）教育部门办幼儿园`)."""


QUESTION = re.compile(
    r"^(?:问|记者|主持人)\s*[:：](?=.*(?:[？?]|吗|呢|如何|怎么|怎样|什么|哪些|多少|请|谈谈))"
)
"""An interviewer's question (`问：…明年在学位供给上有什么安排？`): it heads the answer below it,
which it dates; its own figures are the asker's. A byline (`记者：刘晓雯`) asks nothing."""
_ASKED_YEAR = {"明年": 1, "今年": 0}


def _asked_years(heading: str, start: int | None) -> set[int]:
    """The year a question asks about by 明年 or 今年, counted from the text's own year."""
    if start is None or not QUESTION.match(heading):
        return set()
    return {start + k for word, k in _ASKED_YEAR.items() if word in heading}


def _unnumbered_heading(text: str, bare: str) -> str | None:
    """The kind of heading a line with no numbering is: `bare` for a past period's heading or a
    short bare one (_PAST_HEADING, _BARE_HEADING), `question` for an interviewer's (QUESTION),
    `achieved` for a heading of what was won (_ACHIEVED); None for a line of text. `bare`: the
    line without its pictographs."""
    if _PAST_HEADING.match(text):
        return "bare"
    if QUESTION.match(text):
        return "question"
    if _ACHIEVED.match(text):
        return "achieved"
    return "bare" if len(bare) <= MAX_BARE and _BARE_HEADING.match(bare) else None


def _school_line(bare: str, text: str, below: list[Block]) -> tuple[str, bool, bool] | None:
    """A line with no numbering style that heads a school's figures: (the heading, whether it
    heads only the paragraph below, whether its own figures are read too); None otherwise.
    A school's name alone (_named_over), with a colon or its due date (SCHOOL_HEADING) or a
    number (_NUMBERED_SCHOOL); or its headline (_SCHOOL_HEADLINE), read for its figures too."""
    named = _named_over(bare, below)
    if named or SCHOOL_HEADING.match(bare) or _NUMBERED_SCHOOL.match(bare):
        return text, named, False
    if headline := _SCHOOL_HEADLINE.fullmatch(bare):
        return headline.group("school") + "：", False, True
    return None


@functools.cache
def school_heading(line: str) -> str | None:
    """The school a heading names, whose figures are listed under it (SCHOOL_HEADING,
    _NUMBERED_SCHOOL, or a school's name alone, BARE_SCHOOL); None for a heading of anything
    else."""
    if m := SCHOOL_HEADING.match(line):
        return m.group("school")
    m = _NUMBERED_SCHOOL.match(line) or BARE_SCHOOL.fullmatch(line)
    return m.group("school") if m and not GENERIC_SCHOOL.search(m.group("school")) else None


_ADDRESSED = re.compile(r"\s*(?:你|您)(?:单位|校|们|局|园|院)")
"""A letter's first words to its addressee (`你单位报来…`, `你校…`): the line before names whom
it is written to."""
PERIOD = re.compile(r"十[一二三四五]五")
"""A five-year period's name (`十四五`), wherever a text prints it."""
MAX_HEADING = 40
"""A numbered line longer than this is a paragraph with a run-in heading, not a heading."""
MAX_RUN_IN = 30


_INNER_MARK = re.compile(
    r"(?:第[一二三四五六七八九十]+[章部分篇]|[一二三四五六七八九十]+、(?![一二三四五六七八九十])"
    r"|[（(][一二三四五六七八九十]+[）)])"
)
"""A numbered heading's mark of the upper styles (`第二章`, `二、`, `（二）`) met inside a
paragraph (`一、二年级` counts grades, no heading)."""
_SENTENCE_END = re.compile(r"[。！？!?][”\"』」]?$")


def pieces(text: str) -> list[str]:
    """A paragraph cut at the numbered headings run into it: a page that prints a whole
    plan as one line (`…特制定本规划。一、现实基础与形势（一）现实基础…`) still numbers its
    parts, each opening after a sentence's end or straight after the short heading (or the
    title the line opens with) above it."""
    out: list[str] = []
    last = 0
    for m in _INNER_MARK.finditer(text):
        at = m.start()
        if at == last:
            continue
        before = text[last:at]
        ends = _SENTENCE_END.search(before.rstrip()) is not None
        heading = not re.search(r"[，,。；;：:！？!?]", before) and (
            (last == 0 and len(before.strip()) <= MAX_HEADING)
            or (
                numbering(before.strip()) in {"chapter", "cn", "cn_paren"}
                and len(before.strip()) <= MAX_RUN_IN
            )
        )
        if ends or heading:
            out.append(before.strip())
            last = at
    out.append(text[last:].strip())
    return [piece for piece in out if piece]


class Part(NamedTuple):
    """A block with where it stands: its heading path, and what that path says."""

    block: Paragraph | Table
    path: tuple[str, ...]
    review: bool
    """In a review of the last period (十三五 achievements): values are baselines, not targets."""
    year: int | None
    """A year the path states (`二、2021年工作举措`), else None."""
    span: bool = False
    """A heading of the path states a span of years (`（一）近期目标（2026—2030年）`): the year,
    when it is that span's end, is the end of a span, not one year's."""


def numbering(text: str) -> str | None:
    """The numbering style a heading or paragraph starts with, or None."""
    for style, pattern in _STYLES:
        if pattern.match(text):
            return style
    return None


def run_in(text: str) -> str | None:
    """The heading a paragraph opens with (`加强学前保教队伍建设。逐年提高…` → its first
    sentence) when that sentence is short and more text follows."""
    m = re.match(rf"^([^。；;！？]{{2,{MAX_RUN_IN}}})[。；;](?=.)", text.strip())
    if not m:
        return None
    lead = m.group(1).strip()
    if lead[0] in '“"「『':
        return None  # `“学位是群众最关心的问题。”陈建华说，…`: a speaker's words, not a heading
    if re.search(r"[，,]", re.sub(r"[（(][^()（）]*[）)]", "", lead)):
        return None  # a sentence, not a heading (`某学校（九年一贯制，新建）` is one)
    style = numbering(lead)
    body = _STYLES_BY_NAME[style].sub("", lead) if style else lead
    return None if re.search(r"\d", body) else lead


_SENTENCE_MARK = re.compile(r"[。；;，,！!？?]")


def _body_start(blocks: tuple[Block, ...], starts: list[int]) -> int:
    """Where the body begins: at the title's line, or at a later printing of it when only
    short lines with no sentence stand between (a page's menu of headlines that lists its
    own among others' before the article: `标题导航` / `…降费30%` / `西安83所…投用` / …)."""
    start = starts[0]
    for later in starts[1:]:
        between = blocks[start + 1 : later]
        if any(isinstance(b, Table) or _SENTENCE_MARK.search(b.text) for b in between):
            break
        start = later
    return start


def parts(doc: Document, title: str | None = None, start: int | None = None) -> Iterator[Part]:
    """Every paragraph and table of `doc` with its heading path, in reading order.

    A heading equal to `title` starts the plan's body: what came before it (a covering
    notice) is left behind. Tables of contents are skipped. `start` is the first year of the
    text's own time (a plan's first year), which tells the periods it reviews.
    """
    stack: list[tuple[str, str]] = []
    figures = False  # whether the article has printed a figure yet
    title_key = compact(title) if title else None
    blocks = doc.blocks
    starts = [
        i
        for i, b in enumerate(blocks)
        if title_key and not isinstance(b, Table) and compact(b.text.strip()) == title_key
    ]
    if starts:
        blocks = blocks[_body_start(blocks, starts) :]
    contents = False  # inside a table of contents opened by its `目录` line
    cut = list(_cut(blocks, start))
    once = -2  # the one paragraph a school's name on a line of its own heads
    for k, block in enumerate(cut):
        if k == once + 1 and stack and stack[-1][0] == "school":
            stack.pop()
        if isinstance(block, Table):
            yield _part(block, stack, start)
            continue
        text = block.text.strip()
        toc = _TOC.match(compact(text)) is not None
        if toc:
            contents = True
        elif _PROSE_LINE.search(text) or len(text) > _CONTENTS_LINE:
            contents = False
        if (
            not text
            or (contents and _PAGED.match(text))
            or _LEADERS.search(text)
            or toc
            or _FURNITURE.match(text)
            or _LINK_LINE.match(text)
        ):
            continue
        if title_key and compact(text) == title_key:
            stack.clear()
            continue
        if _LINKS_BELOW.match(text):
            if figures:
                return
            continue  # a site's box of links above the article: its lines are skipped one by one
        figures = figures or bool(re.search(r"\d", text))
        style = numbering(text)
        bare = PICTOGRAPHS.sub("", text).strip()
        if kind := (None if style else _unnumbered_heading(text, bare)):
            _push(stack, kind, text)
            continue
        school = None if style else _school_line(bare, text, cut[k + 1 : k + 2])
        if school is not None:
            heading, named, figures_too = school
            _push(stack, "school", heading)
            once = k + 1 if named else once  # a name alone heads the one paragraph below
            if figures_too:
                yield _part(Paragraph(block.text), stack, start)  # a headline's figures
            continue
        if isinstance(block, Heading) or _is_heading(text, style):
            key = style or f"h{block.level if isinstance(block, Heading) else 9}"
            _push(stack, key, text)
            if find_spans(text):  # `1.新建幼儿园5所`: an item of a list, and a heading
                yield _part(Paragraph(block.text), stack, start)
            continue
        if stack and stack[-1][0] == "school" and _ADDRESSED.match(text):
            stack.pop()  # `某学校:` over `你单位报来…`: the letter's addressee, no list's part
        lead = run_in(text)
        if style and lead and style != "item":
            _push(stack, style, lead)
            yield _part(block, stack, start)
        else:
            _end_sibling(stack, style)
            yield _part(block, stack, start, lead)


def _named_over(line: str, below: list[Block]) -> bool:
    """A line that is only one school's name (`香城小学五龙山校区`) over a paragraph that opens
    with no subject of its own (`2023年1月9日完成施工招标，…新增学位1620个。`, `由某小学领办，…`):
    the school the paragraph tells of, as `某小学：` would head it. A caption (`施工中的某小学`)
    says 的, and a paragraph that names its subject needs no heading."""
    return bool(
        BARE_SCHOOL.fullmatch(line)
        and not GENERIC_SCHOOL.search(line)
        and below
        and isinstance(below[0], Paragraph)
        and _NO_SUBJECT.match(below[0].text.strip())
    )


BARE_SCHOOL = re.compile(
    r"(?P<school>[^，,。；;：:！？!?、的\d\s()（）]{2,16}"
    rf"(?:{SCHOOL_KIND}|校区|分校|分园|[一二三四五六七八九]幼))"
)
"""A line that is one school's name and nothing else (`南丰小学东校区`, `新都二幼`)."""
_NO_SUBJECT = re.compile(
    r"(?:(?:19|20)\d\d\s*年|由|预计|计划|拟|将|已|于|位于|坐落|占地|总投资|项目|建成后|建设规模)"
)
"""How a paragraph opens that names no subject of its own: a date, an agent (`由…领办`), a
plan, a site or a size."""


def _cut(blocks: tuple[Block, ...] | list[Block], start: int | None) -> Iterator[Block]:
    """The blocks with every plain paragraph cut at its run-in headings (`pieces`) and
    where a review turns to the plan (`turned`)."""
    for block in blocks:
        if type(block) is Paragraph:
            found = [part for piece in pieces(block.text) for part in turned(piece, start)]
            if len(found) > 1:
                yield from (Paragraph(piece) for piece in found)
                continue
        yield block


_TURN = r"(?<=[。；;，,！!])\s*(?=[“\"]?(?:{})[”\"]?(?:期间|时期|末|期末)|(?:到|至)\s*(?:19|20)\d\d\s*年)"


@functools.cache
def _turn(start: int | None) -> re.Pattern[str]:
    """_TURN for a text whose own time begins in `start`: made once per start."""
    return re.compile(_TURN.format("|".join(later_periods(start))))


def turned(text: str, start: int | None) -> list[str]:
    """A paragraph that opens on a past period's review (`“十三五”期间，全县新建学校8所`)
    cut where a sentence or clause opens on the text's own or a later period (`，“十四五”
    期间新建…`) or a year still ahead (`到2025年…`): the review ends there and the plan's
    targets follow, as a summary sets what was done beside what is to be done."""
    if not _opens_on_review(text, start):
        return [text]
    first = start if start is not None else OWN_START
    for m in _turn(start).finditer(text):
        year = re.match(r"(?:到|至)\s*((?:19|20)\d\d)", text[m.end() :])
        if year is None or int(year.group(1)) >= first:
            return [text[: m.start()].strip(), text[m.end() :].strip()]
    return [text]


_STOPPED_HEADING = re.compile(r"^[^。；;，,：:、\d]{2,30}。$")
"""`（一）现实基础。`, `（一）“十二五”教育事业发展取得的成绩与经验。`: a short numbered name with a
full stop and nothing else (no comma, no figure) is still a heading."""


def _is_heading(text: str, style: str | None) -> bool:
    """A numbered line that is not a sentence: short, with no full stop but a closing one."""
    return (
        style is not None
        and len(text) <= MAX_HEADING
        and (not re.search(r"[。；;]", text) or bool(_STOPPED_HEADING.match(text)))
        and style != "item"
    )


def _end_sibling(stack: list[tuple[str, str]], style: str | None) -> None:
    """A numbered item with no heading of its own (`2．新建梧桐幼儿园、云栖幼儿园2所，…`) ends the
    heading its sibling ran in (`1．某外国语学校（九年一贯制，新建）。`): that school's figures
    are over."""
    keys = [k for k, _ in stack]
    if style and style != "item" and style in keys:
        del stack[keys.index(style) :]


def _push(stack: list[tuple[str, str]], key: str, text: str) -> None:
    if key != "achieved":  # a heading ends what an announcement of results stood over
        stack[:] = [(k, t) for k, t in stack if k != "achieved"]
    keys = [k for k, _ in stack]
    if key in keys:
        del stack[keys.index(key) :]
    stack.append((key, text))


def is_review(heading: str, start: int | None = None) -> bool:
    """A heading over results (`“十三五”期间取得的成效`, `1-9月份工作完成情况`, `过去五年`, a
    drafting note's `编制过程` and `征求意见情况`, which count meetings held and comments taken): one
    with a word of a review, or naming a period finished before the text's own time began
    (`start`, text.past_periods), unless it names that time's own period or a later one."""
    if _PAST_HEADING.match(heading) or _LOOKED_BACK.search(heading):
        return True
    if any(name in heading for name in later_periods(start)):
        return False
    told = _LAYS_BASIS.sub("", heading)
    return bool(_REVIEW.search(told)) or any(name in heading for name in past_periods(start))


_LAYS_BASIS = re.compile(r"(?:夯实|筑牢|打牢|奠定|厚植)[^，,。；;]{0,10}?基础")
"""A task of laying a foundation (`五、聚焦队伍，夯实督导工作基础`): what is to be done, not the
`工作基础` a review reports."""


_FORECAST = re.compile(
    r"预测(?:分析|研判)?\s*$|(?:面临|发展)的?(?:新)?形势|(?:机遇|机会)(?:与|和|及)挑战|^[^，,。；;]{0,12}发展环境"
)
"""A heading over a forecast (`学龄人口预测`, `学位需求预测分析`) or over the situation a plan
faces (`面临的形势`, `机遇与挑战`, `发展环境`): what is expected to happen."""
_SET_HERE = re.compile(r"目标|任务|举措|措施|规划|布局|要求|思路")


_AHEAD_HEADING = re.compile(
    r"下一步|下步|今后|整改|打算|建议|展望|思路|工作计划|年度?计划|计划安排|安排|目标|任务|重点"
)
"""A heading over what is to be done (`三、下一步工作建议`, `五、整改措施和下一步工作打算`,
`五、“十五五”时期发展思路和主要目标`, `二、2024年工作重点`)."""
AHEAD_ONLY = re.compile(r"下一步|下步|打算|展望")
"""Words of what is to be done that no heading of results holds (`主要任务完成情况`,
`整改措施落实情况` and `今后发展的基础` are results)."""
_RESULTS_WORD = re.compile(r"情况|进展|推进|基础|成效|成果|落实|完成|实现|达成|程度")
"""Words of how things went or stand, in a heading that may also name goals (`2023年目标任务进展`)."""


def looks_ahead(path: tuple[str, ...]) -> bool:
    """Whether the nearest heading that says either names what is to be done rather than what
    was: in a report on how a plan went (a mid-term review, a self-assessment), its closing
    section sets targets. A heading that says both (`主要指标完成情况及“十四五”目标建议`,
    `2023年目标任务进展`) looks ahead only with a word no results heading holds (`下一步`)."""
    for heading in reversed(path):
        review = is_review(heading)
        mixed = review or _RESULTS_WORD.search(heading)  # `主要指标完成情况及“十四五”目标建议`
        if _AHEAD_HEADING.search(heading) and (not mixed or AHEAD_ONLY.search(heading)):
            return True
        if review:
            return False
    return False


def is_forecast(path: tuple[str, ...]) -> bool:
    """Under a heading of a forecast or of the situation faced (`第二节 学龄人口预测`,
    `二、“十五五”时期面临的形势`): its figures (在校生将增至6万人, 年均减少约2000人) are what the
    text expects of births and pupils, neither targets it sets nor results. The nearest heading
    that says either decides: one that also names results or goals (`发展基础与面临形势`,
    `需求预测与规划目标`) is none, nor is a part of results under it (`第一节 发展基础`)."""
    for heading in reversed(path):
        if _REVIEW.search(heading) or _SET_HERE.search(heading):
            return False
        if _FORECAST.search(heading):
            return True
    return False


@functools.cache
def _period_opening(start: int | None) -> re.Pattern[str]:
    """_PERIOD_OPENING for a text whose own time begins in `start`: made once per start, not
    once per paragraph."""
    return re.compile(_PERIOD_OPENING.format(*looked_back_on(start)))


def _opens_on_review(text: str, start: int | None) -> bool:
    """A paragraph that opens on a review (`过去五年`, a past period's `“十二五”期间`) and says
    nothing it plans in its first clause."""
    opens = _REVIEW_OPENING.match(text) or _period_opening(start).match(text)
    return bool(opens) and not _WILL_AFTER_OPENING.match(text)


_OUTCOME = re.compile(r"成效|成就")
"""Outcomes, a heading's only word of a review when it states a goal (`近视防控成效明显`)."""
_GOALS = re.compile(r"目标|任务")
"""A heading of goals (`二、主要目标`, `三、重点任务`), under which an outcome heading is a goal."""


def _heads_results(path: tuple[str, ...], start: int | None) -> bool:
    """Whether a heading of the path heads results (each heading's review read once): under a
    heading of goals (`二、主要目标`), one whose only word of a review is an outcome
    (`（二）近视防控成效明显`) states a goal."""
    goals = False  # a heading of goals above
    for heading in path:
        if _ACHIEVED.match(heading):
            return True
        if not is_review(heading, start):
            goals = goals or bool(_GOALS.search(heading))
        elif not goals or is_review(_OUTCOME.sub("", heading), start):
            return True
    return False


_CARRIED = re.compile(r"结转|续建")
"""A heading of works carried over from a year before (`一、2025年结转项目` in a plan for
2026): they are the plan's own works, due in its year (or as their text says), not that
year's results; a heading of how they went (`…续建项目完成情况`) still reports results."""


def _part(
    block: Paragraph | Table,
    stack: list[tuple[str, str]],
    start: int | None,
    lead: str | None = None,
) -> Part:
    path = tuple(text for _, text in stack) + ((lead,) if lead else ())
    review = _heads_results(path, start)
    text = block.text.strip() if isinstance(block, Paragraph) else ""
    if _opens_on_review(text, start):
        review = True
    stated = [_heading_years(p) for p in path if not (_CARRIED.search(p) and "情况" not in p)]
    years = {y for own, _ in stated for y in own} | {
        y for p in path for y in _asked_years(p, start)
    }
    spans = any(spanned for _, spanned in stated)
    if len(years) == 1 and start is not None and max(years) < start and not spans:
        review = True  # `一、2030年工作亮点` atop a plan for 2031: that year's results
    if not years and not review:  # `“十四五”时期任务`: the period's end
        years = {PERIODS[m] for p in path for m in PERIOD.findall(p)}
    return Part(block, path, review, years.pop() if len(years) == 1 else None, spans)


def join(path: tuple[str, ...], *more: str | None) -> str:
    """The path as `data/README.md` writes a section: headings joined by ` / `."""
    items = [p for p in (*path, *more) if p]
    out: list[str] = []
    for item in items:
        if not out or compact(out[-1]) != compact(item):
            out.append(item)
    return " / ".join(out)
