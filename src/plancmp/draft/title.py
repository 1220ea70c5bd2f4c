"""The title of a document among its first lines: not its menu, path, date or author lines,
not a sentence of its text, not a table row.

A reposted page runs its menu, headline and date into its first lines; a covering notice
comes before a plan's own title; an excerpt may print none. The title is the first short
line that names a plan (规划, 要点…), else one with a year about schools, else a short
opening line, else a plan the opening names in book marks.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from plancmp.draft.sections import NO_ORDINAL, SCHOOL_HEADING
from plancmp.draft.tense_words import DONE_WORD, INTENT_WORD
from plancmp.draft.text import CHANGE, YEAR_SPAN

PLAN_WORDS = re.compile(
    r"规划|要点|纲要|方案|思路|举措|工作计划|行动计划|发展计划|实施计划|计划要点"
    r"|计划(?=\s*[（(]\s*(?:19|20)\d\d\s*年?\s*[-—–~至到])"  # `…振兴计划（2026—2030年）`
    r"|政府工作报告(?:[（(][^（）()]*[）)])?$"
)
_NOTICE = re.compile(r"通知|关于印发|印发给|请认真|征求.*意见的?(?:公告|通告|函)$|[。;；]$")
"""A covering notice (a call for comments on a draft among them), or a line that ends as a
sentence or a list item does (`…2000个;`)."""
_CONSULTATION = re.compile(
    r"^关于(?:(?P<plan>.+?)(?:公开)?征求|(?:公开)?征求(?P<named>.+?))意见的?(?:公告|通告|通知|函)$"
)
"""A call for comments on a draft (`关于《…规划（征求意见稿）》公开征求意见的公告`, or with the
plan after the verb: `关于公开征求《…》意见的公告`): the document is the plan it names, whose
own title the text may not print again."""
_CHROME = re.compile(
    r"[>＞]|[|｜].*[|｜]|首页|菜单|来源|图源|摄影|浏览|打印|字体|位置|发布时间|发布日期|责任编辑|扫码|关键词|附件"
    r"|转载|时间[:：]|更新[:：]|作者[:：]|投稿|索引号|注册|登录|网站|门户|\d{1,2}:\d\d|星期[一二三四五六日天]"
    r"|^[(（【\[]?\s*(?:本报|本台|本网)?(?:记者|通讯员|特约记者)"
    r"|第\s*[\d一二三四五六七八九十]+\s*版|^《[^》]{1,12}报》\s*[(（]?\s*(?:19|20)\d\d\s*年"
    r"|(?:主题分类|主题词|信息分类|发布机构|发文机关|成文(?:日期|时间)|效力状态|有效性)\s*[:：]"
    r"|(?:\d{1,2}\s*[-月./]\s*\d{1,2}\s*[日号]?|\d{1,2}\s*日)\s*(?:报道|电|讯)$"
    r"|\.(?i:jpe?g|png|gif|webp|bmp)\s*$"
)
"""Page furniture: menus and paths (more than one `|`), a picture's credit (`图源:…`), date
and author lines (a site's calendar, `2026年 / 1 月 1日 / 星期四`, is today's date, not a
headline), site names, bylines (`（记者安蓓）` after a report is who wrote it, not its
headline), a newspaper's issue line (`《…报》2027年03月09日 第04版` names the paper and its
page, not the report), a dateline (`某某网2026-03-06号报道`, `某社北京3月5日电`: when and where
a report was filed), an open-government page's labelled fields (`主题分类:工作成效及举措` files
the page under a heading, it is not the page's title), a picture's file name left as a
line of its own (`微信图片_20210824180827.jpg`)."""
TITLE_BLOCKS = 12
"""A title stands among the first blocks (after a page's menu and path)."""
_REVIEW_TITLE = re.compile(r"盘点|回顾|总结|成绩单|综述|述职|成就展|成效|(?<![业合])成绩|成就")
"""Words of a review (`…教育发展成绩`, `高考成绩再创新高`); not pupils' marks named as a measure
(`中考综合成绩`, `学业成绩`)."""
_STATISTICS = re.compile(r"统计(?:公报|快报|简报|年鉴)|(?:主要|统计)数据(?:发布|公布)")
"""A title of a year's statistics (`2025年…教育事业发展统计公报`, `…主要数据发布`): its figures
are results; only a section that looks ahead (`七、2026年主要目标`) sets targets. A text that
cites one in its opening (`根据2022年教育统计公报，…`) is not one."""
_ASSESSMENT = re.compile(r"评估报告|实施情况|执行情况|完成情况|中期评估|情况报告")
"""A report on how a plan went: it looks back even though it names the plan."""
_FORWARD_TITLE = re.compile(r"思路|计划|要点|规划|打算|安排|任务|目标|展望")
"""A title that looks back (`盘点2021`) and not forward (`…总结和2023年工作思路`): the
document reports results, it sets no targets."""


def _candidates(texts: list[str], whole: bool = False) -> list[str]:
    """Short lines, and (unless `whole`) the short pieces of long opening lines (a news
    page may run its menu, path and headline into one line)."""
    out = []
    for text in texts:
        plain = re.sub(r"^#+\s*|</?b>|\*\*", "", _LINES_OF_ONE.sub("", text)).strip()
        if len(plain) <= 60:
            out.append(plain)
        elif not whole:
            pieces = re.split(
                r"\s{2,}|[>|｜]|正文|(?<=[。?？!！])|(?=(?:19|20)\d\d-\d{1,2}-\d{1,2})", plain
            )
            out.extend(
                p.strip(" 。?？!！")
                for i, p in enumerate(pieces)
                if 4 <= len(p.strip()) <= 60
                and not _RUNNING.search(p)
                and not (i and _SENTENCE_END.search(pieces[i - 1]) and _SENTENCE_END.search(p))
            )
    return out


_LINES_OF_ONE = re.compile(r"(?<=[\u4e00-\u9fff）)])\n(?=[\u4e00-\u9fff（(])(?=[^。，,；;]*$)")
"""A title set on two lines of one paragraph (`某县学前教育普及普惠` / `督导评估自评报告`, a line
break in a Word file): one line, where no sentence runs on."""
_SENTENCE_END = re.compile(r"[。?？!！]\s*$")
"""A piece between two sentence ends (`…表示。2021年、2022年连续两年将…列入民心工程。`) is a
sentence of the text, not a headline run into a page's menu."""


CITED = re.compile(r"《[^》]*》")
"""A plan cited in book marks within a longer line (`会议审议通过了《…行动计划》`): the line
reports on the plan, it is no title of its own; a line that is all book title is one."""
_RUNNING = re.compile(r"[，,；;：:《]")
"""A piece of a long line with a comma (or citing a document) is running text, not a
headline run into a menu."""
_CELL_NUMBER = re.compile(r"(?:^|\s)[-≤≥<>＜＞]?\s?\d[\d.]*%?(?=\s|$)")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?=\s*年)")


_TITLE_YEAR = re.compile(
    r"(?<!\d)(?:19|20)\d\d(?![\d.]|\s*[个所人名万千亿元间班项套台平亩米㎡%])|今年"
)
"""A year in a headline (`今年西安新建30所…`, `2018年…`); not an amount (`新增学位2000个`)."""


_DASH_ITEM = re.compile(r"\s*[—–－-]")
"""A line opening with a dash (`——结构调整取得重大进展`): an item of a goals list, or the
subtitle under a title, never the title itself."""


_LETTER_HEAD = 5
"""A letter's title stands within its first lines: under the letterhead (`某局文件`), its number
and its issuer."""
_LETTERHEAD = re.compile(r"[^关《》]{2,24}文件\s*")
"""`桐溪县发展和改革局文件`, `某县人民政府文件`: the issuer's letterhead, never the title."""
DOC_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,10}[〔\[［(（【]\s*(?:19|20)\d\d\s*[〕\]］)）】]\s*\d{1,4}\s*号"
)
"""A document's number (`湘政办发〔2026〕28号`): the header's doc_number; alone on its line,
never the title."""


def _may_be_title(line: str) -> bool:
    return (
        not _NOTICE.search(line)
        and not DOC_NUMBER.fullmatch(line.strip())
        and not _LETTERHEAD.fullmatch(line)
        and not _DASH_ITEM.match(line)
        and not _CHROME.search(line)
        and len(_HAN.findall(line)) >= 4  # not an index number (330803-015/2023-70720)
        and len(_CELL_NUMBER.findall(line)) < 2  # not a table row (`失业率(%) 2.6% ≤ 4% 约束性`)
        and len(set(_YEARS.findall(CITED.sub("", line)))) < 3  # not a schedule (`2011年300所 …`)
    )


_FORM_FIELDS = re.compile(r"\s*(?![^:：]*标题)[\u4e00-\u9fff]{2,8}\s*[:：][^:：]*[:：]")
"""A line of labelled fields (`工程备注: 工程开始日期(主体开工): 2022年…`), a form's or a register's:
two labels, no headline."""


def find_title(texts: list[str], printed: list[str] | None = None) -> str | None:
    """The first short line naming a plan (规划, 要点, 思路…); failing that, a line with a
    year about schools (or, the page's first line, about 小学/中学/高中), or a short opening
    line (`关于…提案的答复`); never the covering notice nor page furniture. `printed`: the
    opening as printed, repeats kept, where a menu may print the headline before its text."""
    opening = _candidates(texts[:3]) + _candidates(texts[3:TITLE_BLOCKS], whole=True)
    lines = [t for t in opening if _may_be_title(t)]
    sections = _section_heads(texts[:TITLE_BLOCKS])
    subheads = _after_figures(texts[:TITLE_BLOCKS])
    for line in lines:
        named = _PLANNED_WORKS.sub("", CITED.sub("", line) or line)
        heading = line in sections or _text_heading(line)
        second = _second_line(line, texts)
        if (PLAN_WORDS.search(named) or second) and (not heading or YEAR_SPAN.search(named)):
            return line + second  # `某市…实施方案（2025—2029年）`: a plan's own
    if (plan := _consulted_on(opening)) is not None:
        return plan
    for line in _candidates(texts[:_LETTER_HEAD]):
        if _may_be_title(line) and _ABOUT_A_MATTER.fullmatch(CITED.sub("", line)):
            return line  # `某厅关于某县…督导评估的反馈意见`: a letter's own title
    later = _later_than_opening(texts)
    first = _candidates(texts[:1])  # a headline about 中小学 (no 学校 in it) opens the page
    for line in lines:
        dated = _TITLE_YEAR.search(line)
        if (
            dated
            and not later(line)
            and line not in sections  # `计划2015年开园招生的幼儿园` over `(一)某幼儿园`
            and not (line in subheads and _OPENS_DATED.match(line))
            and (
                re.search(r"教育|学校|学位|幼儿园", line)
                or (line in first and re.search(r"[小中]学|高中", line))
            )
            and not re.match(r"截至|截止", line)
            and not SCHOOL_HEADING.match(line)  # `甲小学 2012年8月竣工`: one school of a list
        ):
            return line
    if (headline := _above_date(texts[:TITLE_BLOCKS])) is not None:
        return headline
    if printed and (headline := printed_again(printed)) is not None:
        return headline
    for line in _candidates(texts[:3], whole=True):
        if (
            _may_be_title(line)
            and len(line) >= 6
            and not re.search(r"[，,。]|[：:]$", line)
            and not _SECTION_NUMBER.match(line)  # `一、…回顾`: a heading of the text
            and not _FORM_FIELDS.match(line)  # `工程备注: 工程开始日期…`: a register's fields
            and not (line in subheads and _OPENS_DATED.match(line))
        ):
            return line
    for text in texts[:TITLE_BLOCKS]:
        for m in re.finditer(r"《([^》]{4,40})》", text):
            if PLAN_WORDS.search(m.group(1)):
                return m.group(1)
    return None


_TEXT_HEADING = re.compile(r"[，,]|情况|回顾|总结|成效|基础|现状")
"""A numbered line that heads part of a text, not the text: a task (`（一）坚持规划引领，扩大普惠资源`)
or a review of one (`一、规划实施总体情况`); `三、某区学校建设规划` may still title a text
that has no other title."""


_ABOUT_A_MATTER = re.compile(
    r"[^，,。；;：:]{0,30}关于[^，,。；;：:]{4,50}(?:意见|函|答复|批复|通报|决定|报告)"
)
"""A title naming what the body says about a matter (`…关于桐峪县…督导评估的反馈意见`, under its
issuer's line: `关于…项目立项的批复`, `关于…完成情况的报告`): a letter's, opening its page before any dated heading of its
text (`（一）…（2025年…数据）`)."""


def _text_heading(line: str) -> bool:
    return bool(_SECTION_NUMBER.match(line) and _TEXT_HEADING.search(line))


_TITLE_GOES_ON = re.compile(
    r"(?:规划)?(?:实施情况)?(?:中期|终期|总结)?评估报告|自评报告|自查报告|实施方案|工作方案"
    r"|行动方案|实施意见|工作要点|(?:工作)?(?:开展|落实|实施|进展|完成|执行)?情况(?:的)?报告"
    r"|[(（]\s*(?:19|20)\d\d\s*(?:年(?:\d{1,2}月)?)?\s*[-—–~至到]\s*(?:19|20)\d\d\s*(?:年(?:\d{1,2}月)?)?\s*[)）]"
)
"""The second line of a title set on two (`某区教育事业发展“十四五”规划` / `中期评估报告`,
`某县2026年度…工作` / `情况报告`, or `某校三年发展规划` / `（2026年—2028年）`): the kind of document the first line's plan is the
subject of, or its period, and nothing more (no heading of its text, `“十三五”学前教育发展回顾与总结`)."""


_SPAN_CUT = re.compile(r"[(（]\s*(?:(?:19|20)\d\d\s*年?\s*[-—–~至到])?\s*$")
_SPAN_END = re.compile(r"\s*(?:(?:19|20)\d\d\s*年?\s*[-—–~至到]\s*)?(?:19|20)\d\d\s*年?\s*[)）]\s*")
"""A period cut by a title's line end (`…行动计划（2026—` / `2028年）`, `…行动计划（` /
`2026—2028年）`)."""


def _second_line(line: str, texts: list[str]) -> str:
    """The line after the title's first, when it finishes the title (_TITLE_GOES_ON) and the
    first has not closed on its period (`…规划（2021—2025年）`), or the first holds 关于 (not in
    a book title) and ends on no kind of document nor a bracket, and the line after ends on
    one (_KIND_END); else ''."""
    plain = [t.strip() for t in texts]
    k = plain.index(line) if line in plain else -1
    after = plain[k + 1] if 0 <= k < len(plain) - 1 else ""
    closed = line.rstrip().endswith(("）", ")"))
    if _TITLE_GOES_ON.fullmatch(after) and not closed:
        return after
    if _SPAN_CUT.search(line) and _SPAN_END.fullmatch(after):
        return after  # `…三年行动计划（2026—` / `2028年）`: the period cut by the line's end
    open_ended = "关于" in CITED.sub("", line) and not _KIND_END.search(line)
    open_ended = open_ended and not line.rstrip().endswith(("）", ")", "》"))
    return after if open_ended and _KIND_END.search(after) and _may_be_second(after) else ""


_KIND_END = re.compile(
    r"(?:通知|意见|方案|规划|计划|报告|决定|办法|细则|要点|函|答复|批复|公告|通报|纲要"
    r"|说明|汇报|措施|讲话|总结|建议|提案|请示|议案|条例|规定|标准)\s*$"
)
"""The kind of document a title ends on: `江西省教育厅关于芗阳市2025年度` / `履行教育职责情况督导
评价的反馈意见`, a title set on two lines, the first naming no kind, the second ending on one."""


def _may_be_second(line: str) -> bool:
    """A short line of words, no sentence, that may finish a title."""
    return 4 <= len(line) <= 40 and not re.search(r"[，,。；;：:]", line)


def _consulted_on(lines: list[str]) -> str | None:
    """The plan a call for comments names (book marks dropped), when no line prints its title."""
    for line in lines:
        m = _CONSULTATION.match(line)
        plan = (m.group("plan") or m.group("named")) if m else ""
        if PLAN_WORDS.search(plan):
            return re.sub(r"[《》]", "", plan)
    return None


PROSE = re.compile(r".{100,}[。！!]\s*")
"""A paragraph of running text: a hundred characters or more ending as a sentence does."""
MENU_REACH = 80
"""How many lines of a page's menus may stand before its article."""


def printed_again(texts: list[str]) -> str | None:
    """An article's headline over its first paragraph when the page's menu of headlines
    printed it already (`标题导航` / … / `西安83所新扩建中小学今秋投用` / … / the same line /
    `13日，记者…`): the line the page prints twice, the second time heading the text."""
    first = next(
        (k for k, t in enumerate(texts[:MENU_REACH]) if len(t.strip()) >= LEAD and "。" in t), None
    )
    if not first:
        return None
    line = texts[first - 1].strip()
    twice = line in (t.strip() for t in texts[: first - 1])
    sentence = re.search(r"[，,。；;：:]", line)
    return line if twice and not sentence and len(line) >= 8 and _may_be_title(line) else None


_SECTION_NUMBER = re.compile(
    rf"\s*(?:[(（][一二三四五六七八九十]{{1,2}}[)）]|[一二三四五六七八九十]{{1,2}}、|{NO_ORDINAL})"
)
"""A line numbered as a part of the text (`（一）`, `二、`, `NO1│`): a heading of it, not its title."""


def _later_than_opening(texts: list[str]) -> Callable[[str], bool]:
    """Whether a line after the text has started names a year later than any of the opening
    (a page of 2018 whose recommendations below read `2024年，我国教育…`): that is the site's
    furniture printed since, not the report's headline."""
    body = _body_start(texts)
    head = set(_candidates(texts[:3]) + _candidates(texts[3 : body + 1], whole=True))
    years = [
        int(y) for t in texts[: body + 1] for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", t)
    ]

    def later(line: str) -> bool:
        printed = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", line)]
        return line not in head and bool(years and printed) and min(printed) > max(years)

    return later


def _body_start(texts: list[str]) -> int:
    """Where the running text starts: the first paragraph of it among the opening lines."""
    return next(
        (n for n, t in enumerate(texts[:TITLE_BLOCKS]) if PROSE.fullmatch(t.strip())), len(texts)
    )


_PLANNED_WORKS = re.compile(r"规划(?=新建|新改|改扩建|扩建|新增|建设|建成|布局|选址)")
"""`规划` as a verb before works (`2018年规划新改扩建幼儿园75所`, `规划新建学校未投入使用情况`): what
was planned to be built, not the name of a plan."""
_STATED = re.compile(r"\d[\d.]*\s*(?:万|亿)?[\u4e00-\u9fff%㎡]{0,4}[，,。；;]")
"""A figure in a sentence of running text (`…新改扩建学校133所，规划新增…`)."""


def _after_figures(texts: list[str]) -> set[str]:
    """Lines after a paragraph that already stated figures in sentences (`2018年全市规划新改扩建
    学校133所，…。截至8月31日…` over `2018年规划新改扩建幼儿园75所`): the text has begun. Such a
    line that opens with a year and a figure heads one of its parts (a year's works by kind);
    it is not the page's title, whose taking would leave the figures above behind as a
    covering notice. (A news headline printed after its lead is taken still.)"""
    first = next(
        (n for n, t in enumerate(texts) if "。" in t and len(_STATED.findall(t)) >= 2), None
    )
    return set() if first is None else {t.strip() for t in texts[first + 1 :]}


_OPENS_DATED = re.compile(r"(?:19|20)\d\d\s*年?(?:度)?(?:[^，,。；;\d]{2,}?)\d")
"""A line that opens with a year and goes on to a figure (`2018年规划新改扩建幼儿园75所`)."""


def _section_heads(texts: list[str]) -> set[str]:
    """Short lines standing after a paragraph of running text over a numbered sub-heading
    (`核心政策举措` over `(一)资源扩容与普惠发展`): they head a section of the text; they name
    no plan of its own, and are not the page's headline however dated."""
    body = _body_start(texts)
    return {
        line.strip()
        for line, below in itertools.pairwise(texts[body + 1 :])
        if _SECTION_NUMBER.match(below)
    }


_DATE_LINE = re.compile(
    r"\s*(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|年\d{1,2}月\d{1,2}日)"
    r"(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s*"
)


def _above_date(texts: list[str]) -> str | None:
    """A news page's headline: the line printed just above a line that is only its date
    (`竹北西区首所非营利幼儿园10月开园…` over `2023-09-10`), before the text begins; below the
    text such a pair is its signature (`某县发展和改革委员会` over `2025年5月13日`)."""
    for line, below in itertools.pairwise(texts):
        if len(line) >= LEAD and "。" in line:
            return None  # the text has begun
        sentence = re.search(r"[，,。；;]|[：:]$", line)
        if _DATE_LINE.fullmatch(below) and len(line) >= 8 and _may_be_title(line) and not sentence:
            return line
    return None


_TASK_NOTICE = re.compile(r"(?:实事|任务)(?:项目)?(?:任务)?完成情况(?:公示|公告|通报)")
"""A notice that a year's listed tasks were done (`…民生实事项目任务完成情况公示`): it prints
the task list it measures, whose amounts are that year's targets."""


GOAL_YEAR = r"(?<![\d年截止])(?:到|至)\s*(?:19|20)\d\d\s*年"
"""A year a goal is set for (`到2030年`), not the end of a span (`2026年至2030年`) nor the date
results are counted to (`截至2025年底`)."""
_FORWARD_LEAD = re.compile(
    rf"将|力争|计划|目标|展望|部署|今后|未来|下一步|思路|打算|安排|要求|{GOAL_YEAR}"
)
"""Words of what is to come; a year a goal is set for (`到2027年，…取得阶段性成效`) among them,
not the date results are counted to (`截至2025年底`, `截止到…`)."""
LEAD = 40
"""The lead is the first text this long: the opening paragraph of a report."""


def reads_back(texts: list[str], body: str = "") -> bool:
    """Whether a report's lead says it reports results (`…“十四五”教育发展成就新闻发布会…`,
    `回顾…`) and names nothing ahead, or it reports a work report and its whole `body` names
    nothing ahead: its numbers are results unless a sentence sets a target (将, 到2025年).
    A report with a part headed by a year's work or goals (`2027年工作安排`) sets them there."""
    if PART_AHEAD.search(body):
        return False
    lead = next((t for t in texts[:TITLE_BLOCKS] if len(t) >= LEAD), "")
    opening = "。".join(re.split(r"[。！？!?]", lead)[:2])
    listed = _COMPLETED.search(opening) and not _programme_ahead(texts[:TITLE_BLOCKS])
    told = _REVIEW_TITLE.search(opening) or _ACHIEVED.search(opening) or listed
    if told and not _FORWARD_LEAD.search(_TOWARDS.sub("", opening)):
        return not _GOALS_AHEAD.search(body)
    if _year_told(lead):
        return True
    reported = any(_WORK_REPORT.search(t) for t in texts[:TITLE_BLOCKS])
    return reported and not _AHEAD.search(body or "\n".join(texts))


_GOALS_AHEAD = re.compile(
    r"(?:发展目标|主要目标|具体目标|总体目标|目标任务)\s*[。：:]\s*到\s*(?:19|20)\d\d\s*年"
)
"""A plan's part of goals (`（三）发展目标。到2025年，…`): a text that opens on its review of the
period past (`（二）发展成就。“十三五”期间…`), as an excerpt of a plan may, still sets targets."""
PART_AHEAD = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])?\s*"
    r"(?:(?:19|20)\d\d\s*年度?|今年|明年)(?:教育)?"
    r"(?:工作安排|工作计划|工作打算|工作思路|主要目标|主要预期目标|工作目标|发展目标|重点工作|工作重点"
    r"|主要任务|重点任务)\s*(?:[:：—-]{1,2}[^。；;！!，,]{0,20})?$",
    re.M,
)
"""A heading over a year's work or goals (`二、2027年主要目标`, `明年工作安排`): a work report
or a bureau's summary reviews the year past, then sets out the next under such a heading."""
_YEAR_LEAD = re.compile(r"\s*(?:19|20)\d\d\s*年(?:以来)?\s*[，,]")
_CARRIED_OUT = re.compile(r"认真贯彻|贯彻落实|深入实施|扎实推进|持续推进|大力实施|奋力实施")


def _year_told(lead: str) -> bool:
    """A lead that opens on a year and tells how the work of that year was carried out
    (`2030年，某县认真贯彻落实…，扎实推进…`) with no word of the future (将, 要, 计划, 今年):
    a review of that year, as a year's summary opens; a year's plan says 将 or 要."""
    first = re.split(r"[。！？!?]", lead)[0]
    return (
        bool(_YEAR_LEAD.match(first))
        and bool(_CARRIED_OUT.search(first))
        and not _AHEAD.search(first)
        and "要" not in first
    )


_ITEM_END = re.compile(r"[。！？!?；;\n]|\[\d{1,3}\](?=\s*(?:-|$|\s))")
"""Where a statement ends: a full stop, or a citation mark (`…覆盖[2] - …`) that closes a
compiled round-up's item."""


def mostly_done(body: str) -> bool:
    """Whether an undated text with no word of its own time is a round-up of results: at least
    three of its statements are marked done (了, 已, 成功创建, 被…录取), more than twice as many as
    state an intent (将, 计划, 到2025年). Its other figures, years and rates alike, are what was
    reached; the statements that say 将 or 计划 still set targets."""
    if _LOOKS_AHEAD.search(body):
        return False
    statements = [t for t in _ITEM_END.split(body) if re.search(r"\d", t)]
    done = sum(1 for t in statements if DONE_WORD.search(t) or _OUTCOME_TOLD.search(t))
    intents = sum(1 for t in statements if INTENT_WORD.search(t))
    return done >= MOSTLY_DONE and done > 2 * intents


_LOOKS_AHEAD = re.compile(
    r"^[^，,。；;\n]{0,16}(?:计划|规划|目标|任务|思路|打算|展望|下一步)[^，,。；;\n]{0,6}$",
    re.M,
)
"""A heading of a plan or of what lies ahead (`二、工作计划`, `下一步工作打算`): the text under it
sets targets with or without a word of intent in each, so the text is no round-up of results,
however many of its statements are done."""
_OUTCOME_TOLD = re.compile(
    r"全部(?:完工|竣工|建成)|得到(?:显著|明显|有效|切实)?(?:保障|改善)(?![的之])"
    r"|被(?:列为|授予|评为|命名为|认定为)|起到[^，,。；;]{0,8}?作用|取得新(?:成果|成效|进展|突破)"
    r"|如期(?:完成|建成|交付)|实现(?:新的?|零)?突破|落地实施"
    r"|(?<![争力拟将望])入选|(?:19|20)\d\d年以来"
)
"""Outcomes told without 了 in a year's review (`…2411名受灾群众的基本生活得到保障`, `11条背街巷道
全部完工`, `3处遗址被列为国家级重点文物保护单位`, `55项民生实事项目如期完成`, `职业本科建设实现突破`,
`10条线路入选…精品线路`, `2021年以来…输送…`): counted as statements done, in a text that must still hold more than twice as many of them as
statements of intent."""
MOSTLY_DONE = 3
"""The fewest statements marked done that make an undated text a round-up of results."""


_ACHIEVED = re.compile(
    r"取得了[^。；;！!]{0,24}?(?:成果|成效|成绩|进展|突破)"
    r"|(?:迈出|迈上|跨上|登上|跃上)了[^，,。；;！!]{0,8}?(?:步|步伐|台阶)"
)
"""A lead that says what was achieved (`…取得了“教育强县”创建的阶段性成果`, `…迈出了坚实一步`,
`…迈上了新台阶`): results, told in the past (了), unlike a goal to achieve (`力争取得明显成效`)."""
_TOWARDS = re.compile(r"(?:朝着?|向着?)[^，,。；;！!]{0,24}?目标")
"""The aim a year's results moved towards (`朝着…强市目标迈出了一大步`): the lead tells how far
it went, it sets no target."""


_COMPLETED = re.compile(
    r"新(?:完成|建成|落成|竣工|交付)的?[^，,。；;！!]{0,16}?(?:学校|项目|建设|工程)"
)
"""A lead that lists works newly finished (`今年秋季某区新完成的义务教育阶段的学校建设包括…`):
their figures are what was built, unless a sentence sets a target."""
_PROGRAMME_TITLE = re.compile(r"实事|民生工程|工作要点|工作计划|重点任务|重点工作|行动计划")


def _programme_ahead(texts: list[str]) -> bool:
    """Whether the title names a programme of work (`2027年教育民生实事项目`, `…工作要点`) and no
    report of how it went: its items (`1.新建成投用学校4所`) are what it sets, not results."""
    title = next((t for t in texts if t.strip()), "")
    return bool(_PROGRAMME_TITLE.search(title)) and not (
        _ASSESSMENT.search(title) or _REVIEW_TITLE.search(title)
    )


_WORK_REPORT = re.compile(r"作[^，,。；;]{0,6}工作报告")
_AHEAD = re.compile(rf"{_FORWARD_LEAD.pattern}|今年|明年|本年|拟|预计|确保|争取|[今明]后")
"""A report of a work report delivered to a congress (`区长…作政府工作报告`) that says
nothing of the year ahead (no 将, 计划, 今年…) carries the report's review of the year past:
a work report sets its targets in words of the future."""


_DONE_TITLE = re.compile(r"(?:全部|全面|顺利|均已|已经?)(?:完成|完工|竣工|建成|投用|交付使用|落成)")
_DUE_TITLE = re.compile(r"将|前|底|内|力争|确保|预计|计划|\d+月|今秋|今年秋|秋季|春季")
"""A headline that works or a year's programme are finished (`…教育项目全部完工`, `…2026年教育
领域民生实事全面完成`) reports them done; one that says when they will be (`…年内竣工`, `今秋投用`,
`11月前全部开园`) sets a date still."""


_MOVED_TITLE = re.compile(rf"(?:{CHANGE})了\s*[\d.]")
"""A headline that says how far a figure moved (`…入园率98.96% 提高了3.48个百分点`): the move is
done, and so is what the page reports beside it."""


_AND_AHEAD = re.compile(
    r"(?:及|和|与|暨)[^，,。；;]{0,8}?(?:(?:19|20)\d\d\s*年度?|明年|下一步|下步|今后)"
    r"[^，,。；;]{0,10}?(?:思路|计划|要点|打算|安排|任务|目标|预算)"
)
"""`…完成情况及2024年项目安排`, `…2026年预算执行情况和2027年部门预算`: a report of how the year
went joined to the next year's work or budget, which its own section sets."""


def looks_back(title: str) -> bool:
    """Whether a title reports results (盘点2021, …成效显著, 规划实施情况评估报告, …全部完工,
    …提高了3.48个百分点), and not the year ahead's work as well."""
    if _TASK_NOTICE.search(title) or _AND_AHEAD.search(title):
        return False
    if _ASSESSMENT.search(title) or _MOVED_TITLE.search(title) or _STATISTICS.search(title):
        return True
    if _DONE_TITLE.search(title) and not _DUE_TITLE.search(title):
        return True
    return bool(_REVIEW_TITLE.search(title)) and not _FORWARD_TITLE.search(title)
