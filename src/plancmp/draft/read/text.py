"""The reader for plain text (.txt, .md): structure recognised from the lines.

Markdown `#` lines become headings; numbered headings (一、 （一） 1.) stay
paragraphs, for the drafter recognises them. Tables are found in each layout of
text_tables and text_cells. Every other line is a paragraph; two lines are
joined only when the first clearly breaks off mid-sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from plancmp.draft.document import Block, Heading, Paragraph
from plancmp.draft.read.grid import RULE_LINE, TITLE_MAX, is_unit, make_table, title_above
from plancmp.draft.read.text_boxed import take_boxed
from plancmp.draft.read.text_cells import take_header_cells
from plancmp.draft.read.text_form import take_spilled_form
from plancmp.draft.read.text_glued import take_glued
from plancmp.draft.read.text_numbered import (
    take_numbered_cells,
    take_wrapped_years,
    take_year_cells,
)
from plancmp.draft.read.text_piped import take_pipe_opened_rows, take_piped_cells
from plancmp.draft.read.text_projects import take_project_cells
from plancmp.draft.read.text_tables import (
    Taken,
    take_aligned,
    take_cell_lines,
    take_pipe_table,
    take_tab_led_rows,
    take_tab_rows,
)
from plancmp.draft.text import BOUNDS, PICTOGRAPHS, REACHES_LONG

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")
_EMPHASIS = re.compile(
    r"\*\*(.+?)\*\*|</?b>|</?strong>"
    r"|(?<!\*)\*([≥≤<>＞＜]?\d[^*\n]{0,12}?[\d%％])\*(?!\*)|`([^`\n]+)`",
    re.I,
)
"""Markdown's bold, a figure in italics (`*15%*`) or code (`` `98%` ``), as an AI tool or a wiki
marks one, and HTML's bold: the text inside. Other stars are a note's mark (`带*为约束性指标`) or
what a copy masks (`我区*幼儿园`, `资金3001.*元`), kept."""
_NUMBERED = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)\s*\S|第[一二三四五六七八九十]+[章节条部分]|[-—*•·▲■●◆]|【)"
)
_ENDS_SENTENCE = (*"。！？；：:;!?”’」』）)…", "——")
"""Marks a paragraph ends on; `——` as a colon (`…一起来看——`), introducing what follows."""
_DATE_OR_META = re.compile(
    r"^(?:\d{4}年\d{1,2}月\d{1,2}日$|\d{4}-\d{1,2}-\d{1,2}"
    r"|(?:发文字号|来源|发布日期|发布时间|时间|更新|作者|编辑|责任编辑|记者|抄送|附件|索引号)\s*[:：])"
)
_BYLINE = re.compile(
    r"^.{0,30}?(?:[发發][表布]于|(?:19|20)\d\d[-/]\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d\d)"
)
"""A page's byline (`某某信息港 发表于:2020-11-26 22:02`): a site and a time of posting, which
no sentence of the text above it runs on into."""
_OPENS_WITH_FIGURE = re.compile(
    r"^\d+(?:\.\d+)?\s?(?:万|亿)?(?:所|个|班|人|名|座|间|张|套|项|家|平方米|㎡|公顷|亩|米|元|%)"
)
"""A line that opens with a figure and its unit (`52 所.其中完全小学`): where the line above
does not end its sentence, the figure belongs to that sentence's last words (a PDF's text
layer or a web copy breaks the line before the number). Years and dates are not here: a
line opening with `2025年` starts a sentence of its own as often as not."""
_OPENS_WITH_LEVEL = re.compile(rf"^(?:{REACHES_LONG}|{BOUNDS})\s*\d")
"""A line that opens with the level an indicator is to reach (`达到97%以上`, `不低于60%`): a page
set one phrase a line (an infographic's text) prints the indicator's name on the line above."""
_SECTION_NUMBER = re.compile(r"^\d+(?:\.\d+)+\s*\D")
"""A heading's dotted number (`6.1资金需求`): the line under it (`6.2人力资源需求`) is the next
heading, not the figure of a sentence."""
_OPEN_END = re.compile(r"(?:[的和与或为从由把将于]|以及|其中|包括|分别|(?:学校|项目|工程)中)$")
"""A line that ends on a word a sentence cannot end on (a particle 的, a conjunction, a
preposition, 学校中 "among the schools"): the page broke the line inside the sentence,
which runs on into the next line (`今年全县新建的` over `幼儿园5所已投用`)."""
_SPACED_CELLS = re.compile(r"\S[ \t\u3000]+\S+[ \t\u3000]+\S")
"""Three or more words set apart by spaces (`幼儿园 小学 完中`): a table's header or row,
whose last word ends no sentence of its own."""
_WIDE_GAP = re.compile(r"(?<=\S)(?:[ \u3000]{2,}|\t)(?=\S)")
"""Wide space between two runs of text: a gap between a table's cells, copied as text."""
_ROW_GAPS = 3
"""How many wide gaps a table's row copied as text sets its cells apart by, at least."""


def _table_row(text: str) -> bool:
    """A line of a table's row set apart by wide gaps (`资源配置  2  每百名学生拥有…（人）  小学
    0.82  ≥1`): however long, never prose wrapped at the page's width. A sentence copied with
    double spaces (`到2027年，…分别达到  2000元  和  2500`) still wraps: its first run is a
    clause, and no gap is wider than two columns."""
    gaps = _WIDE_GAP.findall(text)
    if len(gaps) < _ROW_GAPS:
        return False
    first = _WIDE_GAP.split(text, 1)[0]
    return not _SENTENCE_MARK.search(first) or max(_columns_wide(g) for g in gaps) > 2


def _columns_wide(gap: str) -> int:
    """How many columns a gap spans as printed: a full-width space is two, a tab at least four."""
    return sum(2 if c == "\u3000" else 4 if c == "\t" else 1 for c in gap)


_CELL_MARK = re.compile(r"[\t|]")
"""A tab or a pipe in a line: cells of a table, not a sentence running on."""
_OPEN_START = re.compile(r"^(?:共(?![同享建青产])|其中(?!\s*[:：])|并|且|而且|以及|分别|包括)")
"""A line that opens with a word no sentence opens with (共 "in all", 其中, 并, 分别…): it
goes on with the sentence of the open line above it (`新建学校3所` over `共增加学位900个`)."""
_PAGE = re.compile(r"(\d{1,3})、")
PAGE_MIN = 200
"""A document-sharing site's page, printed as one line, is hundreds of characters long; a
numbered list item that leaves its sentence open is shorter."""
_SCHOOLS = re.compile(r"\d\s*所")
_PLACES_ADDED_BY = re.compile(r"(?:新增|增加|添加|提供)[^\d，,。；;]{0,6}学位")
"""A page reflowed one phrase a line prints the schools on one line and the places they add
on the next (`8所小学今秋投用` over `新增学位3600个`): one sentence, the break a comma."""
_WRAP_MIN = 20
WRAP_SHARE = 0.8
"""A line wrapped by its width is nearly as long as the document's longest lines; a
shorter one (`幼儿园19所,建成后添加学位1.23万个` among lines of 30) ends its paragraph."""

_LAYOUTS: tuple[Callable[[list[str], int], Taken], ...] = (
    take_boxed,
    take_spilled_form,
    take_tab_led_rows,
    take_cell_lines,
    take_tab_rows,
    take_piped_cells,
    take_pipe_opened_rows,
    take_pipe_table,
    take_wrapped_years,
    take_header_cells,
    take_project_cells,
    take_numbered_cells,
    take_year_cells,
    take_glued,
    take_aligned,
)


def read_text(text: str) -> tuple[list[Block], list[str]]:
    """The blocks of a plain-text document, and what was removed as markup."""
    text, removed = _strip_markup(text)
    lines, paged = _without_pages(text.split("\n"))
    if paged:
        removed.append(f"删除从PDF复制带入的页码行及页眉页脚（{paged}行）")
    lines, marked = _without_watermarks(lines)
    if marked:
        removed.append(f"删除反复插入正文句中的水印行（{marked}行）")
    lines, inserted = _without_inserted_phrases(lines)
    if inserted:
        removed.append(f"删除插入句中分句之间的广告短语行（{inserted}行）")
    width = _wrap_width(lines)
    stopless = _stops_dropped(lines)
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        taken = _table_at(lines, i)
        if taken is not None:
            rows, i = taken
            blocks.append(make_table(rows, title=title_above(blocks)))
            continue
        heading = _MD_HEADING.match(lines[i])
        if heading and heading.group(2).strip():
            blocks.append(Heading(heading.group(2).strip(), len(heading.group(1))))
            i += 1
            continue
        paragraph, i = _paragraph(lines, i, width, stopless)
        blocks.append(Paragraph(paragraph))
    return blocks, removed


def _wrap_width(lines: list[str]) -> int:
    """The width a text's lines are wrapped at: the longest line's, unless most lines that
    break off have one length (within a few characters; a text copied out of a PDF), which one
    long unwrapped line (a covering notice's) would otherwise make look short; no more than
    two titles. A table's rows, their cells set apart by wide gaps, are no wrapped lines."""
    prose = [t for line in lines if not _table_row(t := line.strip())] or lines
    longest = max((len(line.strip()) for line in prose), default=0)
    lengths = sorted(
        len(t)
        for line in prose
        if len(t := line.strip()) >= _WRAP_MIN and not t.endswith(_ENDS_SENTENCE)
    )
    if len(lengths) >= _WRAPPED_LINES:
        width = lengths[(3 * len(lengths)) // 4]
        if sum(WRAP_SHARE * width <= n <= width + 2 for n in lengths) >= 0.7 * len(lengths):
            return min(2 * TITLE_MAX, width)
    return min(2 * TITLE_MAX, longest)


_WRAPPED_LINES = 8
"""How many lines breaking off a text needs before one width they share says it was wrapped."""


def _table_at(lines: list[str], i: int) -> Taken:
    for take in _LAYOUTS:
        taken = take(lines, i)
        if taken is not None:
            return None if _labelled_fields(taken[0][0]) else taken
    return None


_LABELLED = re.compile(r"(?!其中)[\u4e00-\u9fff]{2,6}\s*[：:]\s*\S")


def _labelled_fields(row: list[str]) -> bool:
    """A line of a page's particulars set apart by spaces (`来源：某局　发布时间：2021-12-30
    浏览次数：1523`), each cell a label and its value: no header of a table. A column of a
    part (`其中：小学全科 | 其中：学前教育`) is a header's cell."""
    return sum(bool(_LABELLED.match(cell.strip())) for cell in row) >= 2


def _paragraph(lines: list[str], i: int, width: int, stopless: bool) -> tuple[str, int]:
    """The paragraph starting at line i: the line, joined with the lines after it
    while each breaks off mid-sentence (a page break or a hard wrap; in a text whose stops
    were dropped, a line's length says nothing of that)."""
    text = lines[i].strip()
    if RULE_LINE.match(text):
        return text, i + 1  # a rule drawn under a table's header or over its rows ends there
    j = i + 1
    while True:
        runs_on = _runs_on(lines, j)
        wrapped = (
            not stopless
            and _breaks_off(lines[j - 1].strip(), width)
            and not _table_row(lines[j - 1].strip())
            and not _ENDS_ON_ATTRIBUTE.search(lines[j - 1])
        )
        wrapped = wrapped or (not stopless and _item_closes_below(lines, j, width))
        unit = not stopless and _unit_follows(lines, j, width)
        if not (runs_on or wrapped or _figure_follows(lines, j) or unit or _number_cut(lines, j)):
            break
        k = j
        while k < len(lines) and not lines[k].strip() and k - j < 3:
            k += 1
        page = _next_page(lines[j - 1], lines[k]) if k < len(lines) else None
        if page is not None:
            text += page
            j = k + 1
            continue
        if k >= len(lines) or not _continues(lines[k]) or _table_at(lines, k) is not None:
            break
        if k > j and not runs_on and _heading_alone(lines, k):
            break
        if not runs_on and _figures_of_a_label(lines[j - 1]) and _figures_of_a_label(lines[k]):
            break
        text += ("，" if runs_on == "clause" else "") + lines[k].strip()
        j = k + 1
    return text, j


_LABEL_FIGURES = re.compile(
    r"^[^\s，,。；;：:]{2,30}[：:]\s*(?:[^，,。；;：:\d]{0,12}\d[^，,。；;：:]*[，,；;]\s*)*"
    r"[^，,。；;：:\d]{0,12}\d[^，,。；;：:]*$"
)
"""A list's line that is an indicator's label and its figures (`学前教育毛入园率：2025年97.2%，2030年
98.5%以上`): a whole item, however wide."""


def _figures_of_a_label(line: str) -> bool:
    """Line is one item of a list of indicators by label: two such lines are two items, not a
    line wrapped (the second's label would name the first's last figure)."""
    return bool(_LABEL_FIGURES.match(line.strip()))


_ENDS_ON_ATTRIBUTE = re.compile(r"\d[^\s，,。；;]*\s+(?:约束性|预期性)\s*$")
"""A spaced table's row ends on its attribute after its last figure (`新建、改扩建学校 所 — [18] [12]
约束性`): the row is whole, not a line wrapped."""


def _heading_alone(lines: list[str], k: int) -> bool:
    """Line k, after blank lines, is a heading set apart by a blank line below it too (`2026年
    政府工作任务`): short, with no mark of a sentence; the paragraph above ends there, however
    long its last line (not a figure the line above leaves open: `…达到` / `95%以上`)."""
    text = lines[k].strip()
    below = lines[k + 1].strip() if k + 1 < len(lines) else ""
    return (
        not below
        and len(text) <= TITLE_MAX // 2
        and not re.search(r"[，,。；;、：:！？!?]", text)
        and not _OPENS_WITH_FIGURE.match(text)
    )


_STOPS = tuple("。！？；;!?")
_BORDER = re.compile(r"[\s│┃|]+$|^[\s│┃|]+")
"""A drawn table's cell borders around a line's text (`│…得8、6、4分。 │`)."""
_STOPLESS_MIN = 5
_STRAY_SHARE = 5
"""A text that dropped its stops holds a 。 in fewer than one in five of its lines with commas."""


def _stops_dropped(lines: list[str]) -> bool:
    """A text whose full stops were dropped, each sentence on a line of its own (a page
    that lost its 。 when copied): several lines with a comma inside and none ending on a
    stop. A text wrapped by its width still ends its paragraphs on stops, and one whose
    stops stand inside its lines (`…达到98%。某网站`, a watermark run into each paragraph's
    end) kept them: only a stray 。 is left in a text that dropped them."""
    kept = [_BORDER.sub("", PICTOGRAPHS.sub("", line)) for line in lines if line.strip()]
    commas = sum(1 for line in kept if re.search(r"[，,]", line))
    stopped = sum(1 for line in kept if "。" in line)
    return (
        commas >= _STOPLESS_MIN
        and stopped * _STRAY_SHARE < commas
        and not any(line.endswith(_STOPS) for line in kept)
    )


_TARGET_IN = re.compile(r"(?:达到|不低于|不少于|不超过|保持|控制在)\s*\d")
"""A figure a numbered line sets (`（一）预收费资金监管覆盖率达到100%，…机构全`): a list item
wrapped at the page's width, not a heading (`（三）…工程。深化…，2` runs on by its stop)."""


def _breaks_off(text: str, width: int) -> bool:
    """Prose cut off mid-sentence: long, or as long as the document's wrapped lines with
    a comma or full stop inside, and no closing punctuation. A title-like line (short, no
    comma) never is. Pictographs after the closing mark (`…成绩。📈`) leave it closed."""
    if PICTOGRAPHS.sub("", text).endswith(_ENDS_SENTENCE):
        return False
    if len(text) >= 2 * TITLE_MAX:
        return True
    if len(text) >= max(_WRAP_MIN, WRAP_SHARE * width) and text.count("《") > text.count("》"):
        return True  # `公厅《关于进一步减轻…校外培训` / `负担的意见》，…`: a book title wrapped
    return (
        len(text) >= max(_WRAP_MIN, WRAP_SHARE * width)
        and (not _NUMBERED.match(text) or "。" in text or bool(_TARGET_IN.search(text)))
        and bool(re.search(r"[。，,；]", text) or ("、" in text and re.search(r"\d", text[4:])))
    )


def _item_closes_below(lines: list[str], j: int, width: int) -> bool:
    """A numbered list item indented as a paragraph's first line and wrapped at the page's
    width with a comma inside (`　　3.实施…达标工程，对…撤销、转型`), whose next line, at the margin
    and unnumbered, closes it (`等方式整合资源，…12所左右。`): one item, though it has no stop of
    its own; so is one whose figure the wrap cut (`…教师12` / `00名，…`). A heading as long, at
    the margin, stands over a sentence of its own; a line indented as a paragraph's first is
    never the rest of the line above."""
    if j >= len(lines):
        return False
    above, below = lines[j - 1].strip(), lines[j].strip()
    wrap = max(_WRAP_MIN, WRAP_SHARE * width)
    return (
        bool(_NUMBERED.match(above))
        and len(above) >= wrap
        and not PICTOGRAPHS.sub("", above).endswith(_ENDS_SENTENCE)
        and bool(re.search(r"[，,]", above))
        and not _table_row(above)
        and below.endswith(("。", "；", ";"))
        and not _INDENT.match(lines[j])
        and (bool(_INDENT.match(lines[j - 1])) or (above[-1].isdigit() and below[:1].isdigit()))
        and not _NUMBERED.match(below)
    )


_INDENT = re.compile(r"^[ \u3000]{2,}")
"""The indent a paragraph's first line takes in a text wrapped by its width; the lines it
runs on over start at the margin."""


_CUT_BEFORE = re.compile(r"[\u4e00-\u9fff][\d—-]{1,3}$")
_CUT_AFTER = re.compile(r"^[\d.]+\s?(?:%|[\u4e00-\u9fff])")


def _number_cut(lines: list[str], j: int) -> bool:
    """A number the line break cut in two (`…专项资金1` / `2.5亿元，…`, `超过9` / `5%以上`): the
    line above ends on a digit or two right after words, the line below goes on with digits
    and the number's unit."""
    if j >= len(lines):
        return False
    return bool(_CUT_BEFORE.search(lines[j - 1].rstrip()) and _CUT_AFTER.match(lines[j].strip()))


def _figure_follows(lines: list[str], j: int) -> bool:
    """Line j opens with the figure of the sentence the line above leaves open."""
    if j >= len(lines):
        return False
    above = lines[j - 1].strip()
    return (
        bool(above)
        and not PICTOGRAPHS.sub("", above).endswith(_ENDS_SENTENCE)
        and not above[-1].isdigit()
        and not _SECTION_NUMBER.match(above)
        and bool(
            _OPENS_WITH_FIGURE.match(lines[j].strip())
            or (_OPENS_WITH_LEVEL.match(lines[j].strip()) and not re.search(r"\d", above))
        )
    )


_OPENS_WITH_UNIT = re.compile(
    r"([^\d\s，,。；;、）)]{1,5}?)(?=[，,。；;、）)]|以上|以下|以内|左右|$)"
)
"""The words a line opens with up to a stop or a bound (`元；…`, `所以上`): a unit when the
units table (data/units.yaml) knows them."""


def _unit_follows(lines: list[str], j: int, width: int) -> bool:
    """Line j opens with the unit of the figure a wrapped line above ends on (`…提高到每生每年
    1300` / `元；积极…`, the unit closing its clause or bounded): the figure was cut from its
    unit by the wrap, whatever the line holds (no comma needed)."""
    if j >= len(lines):
        return False
    above = lines[j - 1].strip()
    unit = _OPENS_WITH_UNIT.match(lines[j].strip())
    wrapped = len(above) >= max(_WRAP_MIN, WRAP_SHARE * width) and above[-1:].isdigit()
    return wrapped and unit is not None and is_unit(unit.group(1))


def _next_page(above: str, line: str) -> str | None:
    """The text of the next page, where a document-sharing site prints each page as one
    line numbered `1、`, `2、`…, cut wherever the page ends: a long page line numbered N that
    ends mid-sentence, followed by one numbered N+1, runs on into it, the number dropped."""
    here, after = _PAGE.match(above.strip()), _PAGE.match(line.strip())
    if here is None or after is None or int(after.group(1)) != int(here.group(1)) + 1:
        return None
    if len(above.strip()) < PAGE_MIN or PICTOGRAPHS.sub("", above.strip()).endswith(_ENDS_SENTENCE):
        return None
    return line.strip()[after.end() :]


def _runs_on(lines: list[str], j: int) -> str:
    """How the open line j-1 runs on into line j: "word" when it ends on a word no sentence
    ends on (joined as printed), "clause" when line j opens with a word no sentence opens
    with or with the places the schools counted above add (joined with a comma, for the
    break stood for one); "" when neither."""
    if j >= len(lines):
        return ""
    above, below = lines[j - 1].strip(), lines[j].strip()
    if not above or not below or PICTOGRAPHS.sub("", above).endswith(_ENDS_SENTENCE):
        return ""
    if _COMMA_LED.match(below):
        return "word"
    if _OPEN_END.search(above) and not _SPACED_CELLS.search(above):
        return "word"
    if (
        above.endswith(("，", ",", "、"))
        and not _NUMBERED.match(below)
        and not _CELL_MARK.search(lines[j - 1] + lines[j])
        and not _SPACED_CELLS.search(above)
    ):
        return "word"  # `…城北小学改扩建，` over `分别新增学位…`: a comma ends no sentence
    if (
        (_OPEN_START.match(below) or (_PLACES_ADDED_BY.match(below) and _SCHOOLS.search(above)))
        and not _NUMBERED.match(above)
        and not _CELL_MARK.search(lines[j - 1])
        and not _SPACED_CELLS.search(above)
        and not above.endswith(("，", ",", "、"))
    ):
        return "clause"
    return ""


def _continues(line: str) -> bool:
    text = line.strip()
    return (
        bool(text)
        and "\t" not in line
        and not RULE_LINE.match(text)
        and not _NUMBERED.match(text)
        and not _MD_HEADING.match(line)
        and not _DATE_OR_META.match(text)
        and not _BYLINE.match(text)
        and not _LABEL_OPENS.match(text)
    )


_LABEL_OPENS = re.compile(r"[\u4e00-\u9fff]{2,8}[：:](?=\s*[\u4e00-\u9fff“\"])")
"""A line opening with a short label and its colon (`资质规范化:要求…`) starts an item of its own,
however the line above ended (`…寄宿制学校增配1名`)."""


_PAGE_NUMBER = (
    r"(?:[-—–－~～·•]+[ \u3000]?\d{1,4}[ \u3000]?[-—–－~～·•]+"
    r"|第\s*\d{1,4}\s*页(?:\s*[/／,，、]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*[/／]\s*\d{1,4}\s*页)"
)
_HEADER_TEXT = r"[^\d。，,；;：:！？!?\t]{2,40}?"
_PAGE_LINE = re.compile(
    rf"^\s*(?:{_HEADER_TEXT}[ \u3000]{{2,}})?{_PAGE_NUMBER}(?:[ \u3000]{{2,}}{_HEADER_TEXT})?\s*$"
)
"""A page number as a PDF prints it (`— 12 —`, `- 3 -`, `·8·`, `第5页 共30页`), alone or set apart
by spaces from the running header on its line: text copied out of a PDF keeps it on a line of
its own, wherever the page broke, often inside a sentence. A bare number is not one (a table
copied a cell a line prints its figures so), nor a figure between dashes set apart by a wider
space or a tab (`特殊教育学校（所）    —    12    —`: a row whose other cells are empty)."""
_RUNNING_MIN = 2
_NO_HEADER = re.compile(r"^\t|[。，,；;：:！？!?]|\S(?:[ \u3000]{2,}|\t)\S")
"""A line beside page numbers with a sentence mark is a sentence, and one with cells set apart
(`指标    2024年    2027年`) or opening on a tab (a cell a line) is a table's header printed
again atop each page: neither is a running header."""


_TITLE_MIN = 8


def _title_again(text: str, elsewhere: int) -> bool:
    """A line beside a page number that stands as a line of its own elsewhere too, unnumbered
    (the plan's title, `某市…攻坚计划（2026—2028年）`): a running header printed atop one page
    only, as a short document's second page prints it."""
    return elsewhere >= 1 and len(text) >= _TITLE_MIN and not _NUMBERED.match(text)


def _without_pages(lines: list[str]) -> tuple[list[str], int]:
    """The lines without the page numbers a PDF's text brings, nor the running header or
    footer beside them (the same line printed next to a page number twice or more): the
    sentence a page broke runs on over them. Also how many lines were dropped."""
    pages = {i for i, line in enumerate(lines) if _PAGE_LINE.match(line)}
    if not pages:
        return lines, 0
    beside: dict[str, list[int]] = {}
    for i in pages:
        for j in (i - 2, i - 1, i + 1, i + 2):
            if 0 <= j < len(lines) and j not in pages and lines[j].strip():
                beside.setdefault(lines[j].strip(), []).append(j)
    elsewhere = Counter(line.strip() for line in lines)
    running = {
        j
        for text, at in beside.items()
        if len(set(at)) >= _RUNNING_MIN or _title_again(text, elsewhere[text] - len(set(at)))
        for j in at
    }
    running = {j for j in running if not _NO_HEADER.search(lines[j])}
    drop = pages | running
    gaps = {j for i in pages for j in _table_gap(lines, i, drop)}
    return [line for i, line in enumerate(lines) if i not in drop | gaps], len(drop)


_SENTENCE_MARK = re.compile(r"[。，,；;！？!?]")
_FIGURE_RUN = re.compile(r"(?<![\d.])(?!(?:19|20)\d\d(?![\d.]))\d+(?:\.\d+)?(?!\s*年|[\d.])")
"""A figure that is no year (`93.8`, `96%`; not `2020`, `2020年`, `(2020)`): a row's value,
which a header does not print."""


def _table_gap(lines: list[str], page: int, drop: set[int]) -> list[int]:
    """The blank lines around a page number that falls inside a table copied with its cells
    set apart: between its header and its rows (`指标名称    单位    2020年` / `－2－` /
    `学前三年毛入园率    %    87.3`, a rule drawn above them or not), or between rows as wide;
    the table runs on over the page break, as a sentence does. Between rows of other widths
    (two tables, perhaps, with no caption between them) the page break stays."""
    above = page - 1
    while above >= 0 and (above in drop or not lines[above].strip()):
        above -= 1
    below = page + 1
    while below < len(lines) and (
        below in drop or not lines[below].strip() or RULE_LINE.match(lines[below])
    ):
        below += 1  # a rule drawn atop the next page's rows is part of the table
    if above < 0 or below >= len(lines):
        return []
    if above > 0 and _header_tail(lines[above], lines[above - 1]):
        above -= 1
    row = [lines[above], lines[below]]
    if not all(_WIDE_GAP.search(r.strip()) and not _SENTENCE_MARK.search(r) for r in row):
        return []
    header = not _FIGURE_RUN.search(lines[above])
    same = len(_WIDE_GAP.findall(lines[above])) == len(_WIDE_GAP.findall(lines[below]))
    if not _FIGURE_RUN.search(lines[below]) or not (header or same):
        return []  # a header then its rows, or rows as wide: one table
    return [j for j in range(above + 1, below) if not lines[j].strip()]


_TAIL_MAX = 12


def _header_tail(line: str, above: str) -> bool:
    """A short line of a header's words carried under it (`(2025年)` below `指标    基期
    2026年`): the header's, not a line of prose, when the page breaks after it."""
    text = line.strip()
    return (
        len(text) <= _TAIL_MAX
        and not _WIDE_GAP.search(text)
        and not _SENTENCE_MARK.search(text)
        and bool(_WIDE_GAP.search(above.strip()))
        and not _FIGURE_RUN.search(above)
        and not _SENTENCE_MARK.search(above)
    )


_WATERMARK_MIN = 3
_WATERMARK_LIKE = re.compile(r"^[^|｜│]*[\u4e00-\u9fff]{2}[^|｜│]*$")
"""Words (a table's border or a lone figure printed again on each row is none)."""
_SPLITS_MIN = 2


def _without_watermarks(lines: list[str]) -> tuple[list[str], int]:
    """The lines without a watermark a copy printed again and again on lines of its own (a
    site's or an owner's name, `某局内部资料`), found as the same short line with no sentence
    mark standing three times or more, at least twice inside a sentence the line above
    breaks off (`…普惠性` / watermark / `幼儿园覆盖率…`): the sentence runs on over it."""
    at: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        plain = line.strip()
        if (
            _WATERMARK_LIKE.search(plain)
            and len(plain) <= TITLE_MAX
            and not _NO_HEADER.search(line)
        ):
            at.setdefault(plain, []).append(i)
    drop = {
        i
        for seen in at.values()
        if len(seen) >= _WATERMARK_MIN
        and sum(1 for i in seen if _splits_sentence(lines, i)) >= _SPLITS_MIN
        for i in seen
    }
    return [line for i, line in enumerate(lines) if i not in drop], len(drop)


_INSERTED_MAX = 12
_COMMA_LED = re.compile(r"^\s*[，,]")
"""A line that opens on a comma: no sentence opens so, the line goes on with the one above."""


def _without_inserted_phrases(lines: list[str]) -> tuple[list[str], int]:
    """The lines without the short phrases a reposting blog pushes in between a sentence's
    clauses, each clause then opening on a comma (`教育部今天表示,` / `line行销` / `,预计自…`):
    a short line with no sentence mark and no figure, between a line that ends on a comma and
    one that opens on one. The blank lines around it go with it, so the clauses join."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    drop: set[int] = set()
    for above, here, below in zip(filled, filled[1:], filled[2:], strict=False):
        phrase = lines[here].strip()
        if (
            len(phrase) <= _INSERTED_MAX
            and not re.search(r"[\d，,。；;：:！？!?、|]", phrase)
            and lines[above].rstrip().endswith(("，", ","))
            and _COMMA_LED.match(lines[below])
        ):
            drop.update(range(above + 1, below))
    kept = [line for i, line in enumerate(lines) if i not in drop]
    return kept, sum(1 for i in drop if lines[i].strip())


def _splits_sentence(lines: list[str], i: int) -> bool:
    """Line i stands between a line of prose cut off mid-sentence and the text it goes on with."""
    above = lines[i - 1].strip() if i else ""
    below = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return (
        bool(below)
        and bool(re.search(r"[，,。；;]", above))
        and not PICTOGRAPHS.sub("", above).endswith(_ENDS_SENTENCE)
    )


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Control characters a text file may carry and no one prints: a PDF copy's form feeds at its
page breaks (`万元国\f民生产总值`), stray NULs; a plan file holds printed text only."""


def _strip_markup(text: str) -> tuple[str, list[str]]:
    removed = []
    if found := _CONTROL.findall(text):
        text = _CONTROL.sub("", text)
        removed.append(f"删除不可打印的控制字符（如PDF分页符，{len(found)}处）")
    if _BOOKMARK.search(text):
        text = _BOOKMARK.sub("", text)
        removed.append("删除书签标记“[bookmark: …]”")
    if _EMPHASIS.search(text):
        text = _EMPHASIS.sub(lambda m: next((g for g in m.groups() if g), ""), text)
        removed.append("删除Markdown/HTML强调标记（**、<b>）")
    return text, removed
