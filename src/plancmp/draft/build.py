"""Document → draft: the plan's header, its targets from tables and prose, each with a
proposed metric, a baseline where the document gives one, and the reasons to review it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import NamedTuple

from plancmp.draft import (
    captions,
    cell_lines,
    column_tables,
    fund_columns,
    funds,
    merge,
    names,
    prose,
    quoted,
    schedule,
    spaced,
    table_context,
    table_header,
    table_parts,
    table_text,
    tables,
    topic,
    totals,
    unit_tables,
)
from plancmp.draft.dating import (
    campaign_end,
    completion_date,
    due_year,
    form_in_use,
    future_years,
    plan_phases,
    stock_year,
    works_end,
)
from plancmp.draft.document import Document, Paragraph, Table
from plancmp.draft.found import BLOCK, OF_PLACE, WHOLE_BEFORE_PLACES, Found
from plancmp.draft.header import TARGET_YEAR_OPEN, Header, issued_year, read_header
from plancmp.draft.newmetrics import NEW_METRIC, NewMetrics
from plancmp.draft.read import document_text
from plancmp.draft.scope import scheduled_rows, table_scope
from plancmp.draft.sections import (
    AHEAD_ONLY,
    Part,
    is_forecast,
    join,
    looks_ahead,
    numbering,
    parts,
)
from plancmp.draft.suggest import Matcher, Suggestion
from plancmp.draft.tense import HISTORY_ENDS, anchors, period_start
from plancmp.draft.tense_words import INTENT_WORD
from plancmp.draft.text import PERIODS, PLACE_END, YEAR_SPAN, YEAR_WRITTEN, compact, fold
from plancmp.draft.title import PROSE
from plancmp.model import Actual, Baseline, Metric, Plan, Record, Source, Target, Value
from plancmp.values import ValueParseError, compared, parse

ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")


BODY = "正文"
"""The section of a target printed before any heading (a news report, a short notice):
the document's body."""


class Drafted(NamedTuple):
    """A drafted record with what a reviewer needs beside it."""

    record: Record
    quote: str
    review: tuple[str, ...]
    comparator: str | None = None
    """The comparator printed in a cell of its own, or once after a list for all its values
    (Found.comparator), which gave the target its op."""


class Draft(NamedTuple):
    """Everything `plancmp draft` prints or writes."""

    plan: Plan
    header: Header
    records: tuple[Drafted, ...]
    new_metrics: tuple[Metric, ...]
    metric_review: dict[str, list[str]]
    """Why each new metric is to be checked, by id."""
    review: tuple[str, ...]
    """Plan-level reasons to review (header fields left empty, a guessed id)."""
    conversions: tuple[str, ...]
    source_file: str


def plan_id_from(stem: str) -> str | None:
    """An ASCII plan id from a file name (`Yuhang-2021.txt` → yuhang_2021), or None."""
    text = re.sub(r"[^a-z0-9]+", "_", stem.lower()).strip("_")
    return text if ID_RE.match(text) else None


def _reading_plan(doc: Document, header: Header) -> tuple[Header, prose.Plan]:
    """The header with the year its targets are due settled, and the plan prose reads by:
    what the title leaves out, the text says (a budget table's year, the one year ahead)."""
    if header.target_year is None and (year := table_context.year_line(doc)) is not None:
        header = header._replace(target_year=year, one_year=True)  # a year's budget table
    text = document_text(doc)
    if header.target_year is None and (in_use := form_in_use(text)) is not None:
        header = header._replace(target_year=in_use)  # a project form's own date of use
    ahead = tuple(future_years(text, by_finish=header.now is None))
    if header.target_year is None:  # the one year the text sets targets for, else this year
        own = header.now if header.news and header.dated else None  # a dated report's undated
        due = due_year(text)  # unless it reports works due later: then theirs
        if own is not None and due is not None and due > own and _single(ahead) == due:
            own = due
        elif header.dated and (now := header.now) is not None and not ahead:
            # a dated page's `计划竣工日期为2024年9月30日`, `…后年启用`: its works' figures are due then
            later = max(
                completion_date(text) or now, schedule.due_in_headline(header.title, now) or now
            )
            own = later if later > now else own
        header = header._replace(
            target_year=own
            or _single(ahead)
            or _horizon(header, ahead)
            or _now_unless_later(header.now, ahead)
        )
    header = _to_campaign_end(header, text, ahead)
    header = _to_works_end(header, text)
    plan = prose.Plan(
        _base_after_stock(header, text),
        header.target_year,
        header.one_year,
        header.looks_back,
        places_of(header),
        header.now or issued_year(header),  # `某政办发〔2023〕27号`: its 2022 is past
        header.news,
        ahead,
        header.dated,
        header.reads_back,
        {},
        plan_phases(text),
    )
    return header, plan


def _base_after_stock(header: Header, text: str) -> int | None:
    """A plan's base year, or a later year of its period whose end the text counts its stock at
    (`规划(2022-2035年)` over `2022年，全县新建小学5所。截至2022年末，全县已有小学64所`):
    the plan was written after that year, whose figures are its results, not its first year's targets."""
    base, target = header.base_year, header.target_year
    stock = stock_year(text)
    if base is None or stock is None or (target is not None and stock >= target):
        return base
    return max(base, stock)


def read_all(doc: Document, header: Header) -> tuple[list[Found], list[Found]]:
    """(targets, baselines) of every table and paragraph, in reading order."""
    header, plan = _reading_plan(doc, header)
    targets: list[Found] = []
    baselines: list[Found] = []
    past = listing = False
    last: int | None = None
    subject: str | None = None  # the name cell of a list copied one cell a line
    lead: Lead | None = None
    doc, lines_of = spaced.with_spaced_tables(captions.with_captions_joined(doc))
    doc = table_parts.split_forms(doc, header.base_year, header.target_year)
    years = table_context.table_years(doc)
    units = table_context.table_units(doc)
    every = list(parts(doc, _heading_title(header), _own_start(header, plan.ahead)))
    for n, part in enumerate(every):
        order = n * BLOCK
        block = part.block
        if is_forecast(part.path):
            continue
        if isinstance(block, Table):
            lead = None
            if quoted.quoted_table(every, n):
                continue
            stated = (years, units, plan.phases)
            found = _table_targets(part, header, stated, order, lines_of.get(id(block)))
            if found is not None and _results_table(part, plan, found):
                baselines.extend(found + merge.table_baselines(found))
                continue
            if found is not None:
                targets.extend(found)
                baselines.extend(merge.table_baselines(found))
                if not (block.rows and table_header.is_year_works(list(block.rows[0]))):
                    continue
            texts = table_text.text_cells(block)
        elif _a_note(block.text, every, n):
            continue  # a note: what a table's words mean, no target
        else:
            own = quoted.without_higher_quote(block.text, header.jurisdiction)
            texts = [table_text.TextCell(own, None)]
            listing = listing and bool(numbering(block.text.strip()))
            part = part._replace(review=part.review or listing)
            part, last = _goes_on(part, block.text, last, plan.now)
            part, lead = _under_lead(part, block.text, lead, plan.now)
        bullet = not isinstance(block, Table) and bool(_BULLET.match(block.text))
        start = len(targets)
        due = _schedule_next(every[n + 1 :], plan.now) if not isinstance(block, Table) else None
        where = (past, past and bullet)
        past = _read_texts(texts, part, order, where, plan, targets, baselines, due)
        past = past and not _lists_approved(block)
        targets[start:] = cell_lines.named_by(targets[start:], subject)
        subject = None if isinstance(block, Table) else cell_lines.subject_line(block.text)
        if not isinstance(block, Table):
            listing = listing or (past and bool(_LIST_FOLLOWS.search(block.text)))
    targets = table_context.with_marked_attributes(targets, table_context.mark_legend(doc))
    places = _place_lines(every)
    cells = {n for n, part in enumerate(every) if isinstance(part.block, Table)}
    targets = _without_subheads(targets, baselines, places, cells)
    money = funds.read_funds(doc, header.target_year)
    money += fund_columns.read_fund_columns(doc, header.target_year)
    read = targets + money
    headline = _headline(doc, header.title, plan, read + baselines) if header.titled else []
    if header.titled:
        headline += _lead_above(doc, header.title, plan, headline + read + baselines)
    # the fund readers number their records by block, not by part: no place line is before them
    return _by_place(headline + targets, places) + money, baselines


_PLACE_LINE = re.compile(
    r"(?!各|全|本|我|该|其他|中心|主城|老城)[\u4e00-\u9fff]{2,8}"
    rf"(?:{PLACE_END}|盟)"
)
"""A line that is a place's name alone (`某山区`, `某某县`) in the body: it heads the part about
that place (a round-up of a city's districts, or an excerpt of one of them). A school's
district, a campus, a park or a neighbourhood (`第一学区`, `东校区`, `教育园区`, `新社区`) is
no place of a plan. A league (`某某盟`), a region of counties, may head a part too; in a clause
before a count `盟` is mostly a schools' alliance (`教育联盟`), so only a line alone reads it."""


def _results_table(part: Part, plan: prose.Plan, found: list[Found]) -> bool:
    """A table of figures year by year up to the text's own year in a report's part on results
    (`表1 2024—2026年…主要工作数据` under `一、工作开展情况` of a `…工作情况报告` dated 2026): what
    was reached, the baselines of the targets its closing part sets, not targets; so is a
    year's figures beside the year before's (`指标 | 2025年 | 2026年 | 比上年增减` in a
    statistics bulletin of 2026). A table of one year's works (a report's list of its year's
    projects) still sets them, and so does one whose header names its goals (`2027年目标` beside
    the years monitored, in a monitoring report published early in 2027)."""
    if isinstance(part.block, Table) and any("目标" in c for c in part.block.rows[0][1:]):
        return False
    done = part.review or (plan.looks_back and not looks_ahead(part.path))
    now = plan.now
    printed = [f.baseline for f in found if f.baseline and not f.baseline.inferred]
    years = {f.year for f in found} | {b.year for b in printed}
    if not done or now is None or len(years) < 2:
        return False
    return all(year and year <= now for year in years)


def _place_lines(every: list[Part]) -> list[tuple[int, str]]:
    """(order, place) of each line of the body that is a place's name alone."""
    return [
        (n * BLOCK, part.block.text.strip())
        for n, part in enumerate(every)
        if not isinstance(part.block, Table) and _PLACE_LINE.fullmatch(part.block.text.strip())
    ]


def _by_place(found: list[Found], lines: list[tuple[int, str]]) -> list[Found]:
    """Targets marked with the place whose part they are in, their names without it (as a
    plan's own place is dropped); those before the first place are the whole's (the city's
    figures above its districts'). A single place's lines head a part only with figures
    both before and after the first (not a signature under the text)."""
    orders = [f.order for f in found]
    if not lines or (
        len({place for _, place in lines}) < 2
        and not (min(orders, default=0) < lines[0][0] < max(orders, default=0))
    ):
        return found
    named = "、".join(list(dict.fromkeys(place for _, place in lines))[:3])
    out = []
    for f in found:
        before = [place for order, place in lines if order <= f.order]
        note = OF_PLACE.format(before[-1]) if before else WHOLE_BEFORE_PLACES.format(named)
        name = names.strip_place(f.name, (before[-1],)) if before else f.name
        out.append(f._replace(name=name, review=(*f.review, note)))
    return out


def _own_start(header: Header, ahead: tuple[int, ...]) -> int | None:
    """The first year of the plan's own time: after its base year; in a text its title and
    date leave undated, the start of the period of the first year it sets targets for
    (`到2020年` in an excerpt: 2016, as tense reads it); else None (text.OWN_START)."""
    if header.base_year is not None:
        return header.base_year + 1
    if header.one_year and header.target_year is not None:
        return header.target_year  # a year's plan or work points: that year is its own
    if header.now is None and ahead:
        return period_start(min(ahead))
    return None


def _heading_title(header: Header) -> str | None:
    """The title line the body starts after. Where no title was found the first line stands
    for one, unless it ends a sentence (`——…青壮年文盲率低于5%。`) or runs on as text does
    (_RUNNING_TEXT): a plan excerpt's text; and none is a section's heading, a later one's
    (`_LATER_SECTION`) or, where it was taken for want of a title, the first's
    (`_FIRST_SECTION`): the text it heads is read under it."""
    if not header.titled and (
        re.search(r"[。；;！!]\s*$", header.title) or _RUNNING_TEXT.fullmatch(header.title)
    ):
        return None
    if _LATER_SECTION.match(header.title):
        return None
    if not header.titled and _FIRST_SECTION.match(header.title):
        return None  # `一、工作总结`, taken for want of a title: a heading whose text it heads
    return header.title


_RUNNING_TEXT = re.compile(r"(?=.{61,})[^，,]+[，,].*")
"""A first line longer than a title that runs on past a comma (a PDF's copy drops the stop at
its end): the excerpt's text, not a title it stands for."""
_FIRST_SECTION = re.compile(r"\s*(?:一[、.．]|[（(]一[)）]|1[、.．](?!\d))")
"""A first section's heading (`一、工作总结`) taken for the title for want of another: it heads
the text after it (a review, perhaps), no notice to leave behind."""
_LATER_SECTION = re.compile(
    r"\s*(?:[二三四五六七八九十]+[、.．]|[（(][二三四五六七八九十]+[)）]|(?:[2-9]|[1-9]\d)[、.．](?!\d))"
)
"""A title that is a later section's heading (`三、学校建设规划`, taken for want of a better one):
what comes before it is the text's earlier sections, not a notice to leave behind."""


_APPROVED_LIST = re.compile(r"(?:立项|批复|批准|核准)[^。；;，,]{0,8}[:：]\s*$")


def _lists_approved(block: Paragraph | Table) -> bool:
    """A lead saying works were approved (`某项目已由市发改委正式立项：`), over the items of what
    was approved (`1、建设规模：…`): the design the works are to reach, not results."""
    return isinstance(block, Paragraph) and bool(_APPROVED_LIST.search(block.text))


_LIST_FOLLOWS = re.compile(r"[:：]\s*$")
"""A paragraph of results that ends announcing a list (`…已全部竣工。具体情况如下：`): the
numbered items below it are the results it details."""


class Lead(NamedTuple):
    """A paragraph announcing a list of goals for a year (`到2028年，具体实现以下目标：`)."""

    year: int
    path: tuple[str, ...]
    by: bool
    """The goals are reached by that year (`到2028年`), over the years before it: what is made
    is made over them. A year's own list (`2028年目标：`) is that year's."""


_YEARS_OWN = re.compile(r"(?:19|20)\d\d\s*年度?(?:主要|工作|具体)?(?:目标|任务)")


def _under_lead(
    part: Part, text: str, lead: Lead | None, now: int | None
) -> tuple[Part, Lead | None]:
    """The paragraph dated by the lead above it when it is one of the numbered items the lead
    announces (same section, no paragraph between without a number); and the lead that holds
    for the next paragraph. A lead dates its list by its one year, later than the document's
    own (of several deadlines, `到2026年底，…；到2027年底，…。具体目标为：`, by the last): the list's
    goals are due then, whatever period the plan or its heading spans. Only a
    year the lead gives as a deadline (`到2028年`, `2028年底前`) dates the list: one it starts
    from (`自2026年起`) or measures against (`以2025年为基数`) does not."""
    if lead is not None and _led(part.path, text, lead):
        if any(_HEADING_DUE.search(fold(h)) for h in part.path[len(lead.path) :]):
            return part, lead  # `（一）2026年目标` under `到2027年，分两个阶段实现以下目标：`
        return part._replace(year=lead.year, span=lead.by), lead
    if not _LIST_FOLLOWS.search(text):
        return part, None
    years = {year for _, year, period, _ in anchors(text, now) if not period}
    due = {int(y) for y in _DEADLINE.findall(fold(text))}
    if not years or due != years or (now is not None and max(years) <= now):
        return part, None
    # `到2026年底，…阶段性成效；到2027年底，…。具体目标为：`: the list is of the last deadline
    return part, Lead(max(years), part.path, not _YEARS_OWN.search(fold(text)))


def _led(path: tuple[str, ...], text: str, lead: Lead) -> bool:
    """Whether a paragraph is one of the items a lead announces: an item of the lead's own
    section (numbered, or after `——` or a bullet), or any paragraph under the sub-headings that
    part its list (`（一）学前教育` / `学前三年毛入园率达到98%`). A lead before the first heading
    (a work report's opening, `2026年，…：`) heads no section: its sub-headings are the report's."""
    if path[: len(lead.path)] != lead.path:
        return False
    deeper = len(path) > len(lead.path) and bool(lead.path)
    return deeper or bool(numbering(text.strip()) or _ITEM.match(text))


_HEADING_DUE = re.compile(
    r"(?:到|至)\s*(?:19|20)\d\d\s*年|(?:19|20)\d\d\s*年度?(?:底|末|前)?(?:主要|阶段|工作|具体)?(?:目标|任务)"
)
"""A sub-heading that gives its items their own deadline (`（一）2026年目标`, `（一）到2026年`),
not a year they start in (`（一）扩充资源（2026年启动）`)."""
_ITEM = re.compile(r"\s*(?:—|[●•▪■◆◇◎▲△►√])")
"""A list item marked by a dash or a bullet (`——学前三年毛入园率达到98%`, `● …`)."""


_DEADLINE = re.compile(
    r"(?<![自从以照止\d])((?:19|20)\d\d)\s*年"
    r"(?!\s*(?:\d{1,2}\s*月)?\s*(?:起|开始|以来|为|的|度?基|省|市|县|区|国家|[秋春]季学期起|[-—–~至到]))"
)
"""A year a lead gives as a deadline (`到2028年`, `2028年底前`, `力争2028年实现`, `2028年目标：`), not
one work starts from (`自2026年起`, `2026年秋季学期起`), a base (`以2025年为基数`), a standard's
(`对照2027年省级验收标准`) or a span's first year (`2026—2028年`)."""


_BULLET = re.compile(r"\s*[●•▪■◆◇◎▲△►]")
"""A bullet item: after a paragraph that ended on results, it goes on with them (a review's
points under `自2016年以来，…做了一系列工作。`) unless a word of its own sets a target."""


_GOES_ON = re.compile(
    r"\s*(?:同时|与此同时|此外|另外|其中|届时|到那时|到时|为此"
    r"|[要为]?(?:完成|实现|达到|达成)(?:这一|这个|这些|上述|以上|该)(?:目标|任务))"
)
"""A paragraph that goes on from the one before (`同时，该县将…`) keeps its year; so does one
that opens by splitting the total the one before gave (`其中，安排…`), by pointing back to its
year (`届时，…`, `到那时，…`) or by setting out how its goal is met (`要完成这一目标，…`)."""


def _goes_on(part: Part, text: str, last: int | None, now: int | None) -> tuple[Part, int | None]:
    """The paragraph with the year the one before printed last, if it goes on from it and
    its section gives none; and the year it leaves the next."""
    if part.year is None and last is not None and _GOES_ON.match(text):
        part = part._replace(year=last)
    printed = [y for _, y, period, _ in anchors(text, now) if not period]
    return part, printed[-1] if printed else part.year


def _schedule_next(after: list[Part], now: int | None) -> int | None:
    """The year the next paragraph opens by saying the works are finished in (schedule.schedule_year),
    or, further on, the completion date the first paragraph that writes a year gives
    (`…根据计划,拟完工时间为2021年3月`, dating.completion_date): no other year comes between, so the
    page is still telling of the same works."""
    for k, part in enumerate(after):
        if isinstance(part.block, Table):
            return None
        text = part.block.text
        if not k and (due := schedule.schedule_year(text, now)):
            return due
        if YEAR_WRITTEN.search(text):
            return completion_date(text)
    return None


def _a_note(text: str, every: list[Part], n: int) -> bool:
    """Whether part n is a note (`注：…`, table_text.NOTE) that sets no target: it defines a
    word or says how a figure is reckoned (table_text.DEFINES), or it follows a table under the
    same heading with only notes between (`注：…` / `数据来源：…` / `说明：…`)."""
    if not table_text.NOTE.match(text):
        return False
    if table_text.DEFINES.search(text):
        return True
    path = every[n].path
    if path and table_text.NOTE.match(path[-1]):
        path = path[:-1]  # `注：…核定；合计…`: the note's first clause read as a run-in heading
    for part in reversed(every[:n]):
        if part.path != path:
            return False
        if isinstance(part.block, Table):
            return True
        if not table_text.NOTE.match(part.block.text):
            return False
    return False


def _read_texts(
    texts: list[table_text.TextCell],
    part: Part,
    order: int,
    before: tuple[bool, bool],
    plan: prose.Plan,
    targets: list[Found],
    baselines: list[Found],
    due_next: int | None = None,
) -> bool:
    """Read a paragraph (or a table's text cells) into `targets` and `baselines`; whether
    it ended on results. `before`: whether the one before ended on results, and whether this
    one goes on with them (a bullet item after them). `due_next`: the year the next paragraph
    says the works are finished in."""
    past, continues = before
    ahead = looks_ahead(part.path)  # a review's closing section on what is to be done
    for k, (text, heading, year, tasks, by) in enumerate(texts):
        where = prose.Paragraph(
            join(part.path, getattr(part.block, "title", None), heading),
            part.review,
            year or part.year,
            order + k * 1000,
            past,
            continues and not k,
            due_next if k == len(texts) - 1 else None,
        )
        own = plan._replace(
            looks_back=False, reads_back=plan.reads_back and not _next_years(part, plan)
        )
        own = own if tasks or ahead else plan
        if part.span and part.year is not None:
            own = own._replace(span_end=part.year)
        if by:
            own = own._replace(span_end=year)
        t, b, past = prose.read_paragraph(text, where, own)
        targets.extend(t)
        baselines.extend(b)
    return past


def _next_years(part: Part, plan: prose.Plan) -> bool:
    """A section on what comes next (`三、2027年工作目标和举措` in a report dated 2026,
    `四、下一步工作打算`, or `三、2027年…项目安排` in one dated early in 2027): its items are targets
    even where the report's opening says it reports; a report's `二、发展目标` restates the goals
    it reviews."""
    path = fold(" ".join(part.path))
    if AHEAD_ONLY.search(path):
        return True
    for heading in part.path:
        years = [int(y[:4]) for y in YEAR_WRITTEN.findall(fold(heading))]
        if plan.now is not None and any(
            y > plan.now or (y == plan.now and looks_ahead((heading,))) for y in years
        ):
            return True
    return False


def _headline(doc: Document, title: str, plan: prose.Plan, found: list[Found]) -> list[Found]:
    """Figures a news headline prints that its text never repeats (`未来新增36750个学位!`):
    targets of their own. A headline's other figures restate the text's."""
    if not any(not isinstance(b, Table) and compact(b.text) == compact(title) for b in doc.blocks):
        return []
    where = prose.Paragraph(title, review=False, year=None, order=-1)
    printed = {_amount(f) for f in found}
    return [f for f in prose.read_paragraph(title, where, plan)[0] if _amount(f) not in printed]


def _lead_above(doc: Document, title: str, plan: prose.Plan, found: list[Found]) -> list[Found]:
    """A news lead printed above the line taken for the title (a subhead under the lead:
    `…2023年，某区投资17.5亿元，实施19件民生实事…。` over `聚焦民生改善`), or an excerpt's
    first paragraph above a line of it taken for want of a title (long, or opening with the
    deadline of its goals), is text, not a covering notice: its figures that the body never
    repeats are targets of their own."""
    key = compact(title)
    above: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Table):
            return []
        if compact(block.text.strip()) == key:
            break
        above.append(block.text.strip())
    else:
        return []
    printed = {_amount(f) for f in found}
    out: list[Found] = []
    for n, text in enumerate(above):
        if PROSE.fullmatch(text) or _UNSTOPPED_PROSE.fullmatch(text) or _GOALS.fullmatch(text):
            # read before the headline (order -1), in the order printed
            where = prose.Paragraph("", review=False, year=None, order=-1000 + n)
            out += [
                f for f in prose.read_paragraph(text, where, plan)[0] if _amount(f) not in printed
            ]
    return out


_GOALS = re.compile(r"\s*(?:到|至)\s*(?:19|20)\d\d\s*年(?:底|末)?\s*[，,][^，,]+[，,].*[。！!]\s*")
"""A paragraph of goals, however short: it opens with their deadline (`到2025年，…。`)."""
_UNSTOPPED_PROSE = re.compile(r"(?=.{100,})(?:[^，,]*[，,]){3}.*[^。！!\s]")
"""A paragraph of running text whose stop a PDF's copy dropped (a hundred characters or more,
three commas or more, no stop at its end)."""


SUBHEAD = 30
"""A line this short with no stop or comma in it is a subhead (`未来五年 将投入40亿元建77所学校`)."""
HEADLINE = 60
"""A line with no stop or comma up to this long reads as a headline (printed again in the
text, `…攻坚部署将新增学位29340个`): its one figure, printed by a sentence, is the sentence's."""


def _without_subheads(
    found: list[Found], baselines: list[Found], places: list[tuple[int, str]], cells: set[int]
) -> list[Found]:
    """A news subhead restates the paragraph it heads: when its two or more figures are all
    printed in one other sentence, it adds no target (and would name them badly); when its
    one figure is printed again, of the same indicator, by a sentence of the text (a target
    or a result: `…巩固率达到94.8%` over `2019年…巩固率为94.8%`), the sentence says what it is
    and of which year (a headline's `明年` may count from a repost's date). A repost's copy of
    the original headline restates the text likewise, and so does a headline printed again
    in the text (a line of up to HEADLINE characters with no stop or comma), and a headline's
    count that a target sentence of the same year tells again in its own words (`_retold`), or
    that a sentence with no word of intent tells as done (`…活动，当天共有7个学校项目同日开工`).
    A table's cell (`cells`: the tables' blocks) is no subhead, however short."""
    quotes: dict[str, set[object]] = {}
    for f in found:
        if f.kind == "prose":
            quotes.setdefault(f.quote, set()).add(_amount(f))
    others = [f for f in found + baselines if f.kind == "prose"]
    targets = {id(f) for f in found}  # a fact told again as a target

    def restates(quote: str) -> bool:
        if len(quote) > SUBHEAD or re.search(r"[。；;，,！？!?]", quote):
            return False
        amounts = quotes[quote]
        return len(amounts) >= 2 and any(
            other != quote and amounts <= more for other, more in quotes.items()
        )

    def repeated(f: Found) -> bool:
        if len(f.quote) > HEADLINE or re.search(r"[。；;，,！？!?]", f.quote):
            return False
        if f.order // BLOCK in cells:
            return False  # `中小学校内午餐供餐覆盖率达到100%` in a list of a year's projects
        one = len(quotes[f.quote]) == 1
        return any(
            o.quote != f.quote
            and _amount(o) == _amount(f)
            and (
                (
                    one
                    and not _places_apart(o, f, places)
                    and (_alike(o.name, f.name) or _same_head(o, f) or _printed_again(f, o.quote))
                )
                or (id(o) in targets and o.year == f.year and _retold(f, o.quote))
                or (id(o) not in targets and _retold(f, o.quote) and not _plans(o.quote))
            )
            for o in others
        )

    def copied(f: Found) -> bool:
        return _in_original_headline(f) and any(
            o is not f and _amount(o) == _amount(f) and not _in_original_headline(o) for o in others
        )

    dropped = {q for q in quotes if restates(q)}
    return [
        f
        for f in found
        if f.kind != "prose" or (f.quote not in dropped and not repeated(f) and not copied(f))
    ]


def _places_apart(a: Found, b: Found, places: list[tuple[int, str]]) -> bool:
    """Two figures with a place's line between them (`甲区` / `新建6所幼儿园` / `乙区` /
    `新建6所中小学`): each place's own, not a subhead and the sentence it restates."""
    low, high = sorted((a.order, b.order))
    return any(low < order <= high for order, _ in places)


def _plans(quote: str) -> bool:
    """Whether a sentence speaks of what is to be done (`该县全年共计划投资…`), though read as a
    result: a headline's figure it tells again is not thereby done."""
    return bool(INTENT_WORD.search(quote))


def _printed_again(f: Found, quote: str) -> bool:
    """A headline's figure in words printed as it is in a sentence that shares its words
    (`安徽实现乡镇公办园全覆盖` over `…实现了乡镇公办幼儿园100%全覆盖`): the same fact, which the
    sentence names and dates, though the names drawn from the two differ."""
    if f.raw not in quote or re.search(r"\d", f.raw):
        return False  # a count (`500所`) recurs in other facts; a word figure (全覆盖) is read
    words = {f.quote[i : i + 2] for i in range(len(f.quote) - 1)} - {f.raw[:2]}
    return sum(1 for w in words if w in quote) >= SHARED_WORDS


SHARED_WORDS = 4
"""Two-character pieces of a headline a sentence must share to print the same fact."""


def _retold(f: Found, quote: str) -> bool:
    """A headline's count printed again by a sentence that tells the same fact in its own words
    (`某市五年内预计新增公办学位超20万个` over `…预计五年内新增优质公办学位超过20万个。`): the
    sentence's record, though a tag or place before the headline's name (`[某省]`, `教育丨`)
    keeps the two names apart. The words of the headline's part that holds the count are
    compared: a headline of two facts parts them by a space (`…占比超55% 力争新建2所…`). The
    other must be a sentence, not another line of a list, and (see `_without_subheads`) a
    target of the same year, or a result of any year told with no word of intent."""
    if not re.search(r"\d", f.raw) or not re.search(r"[。；;，,]", quote):
        return False  # two short lines alike (`公办园…500所` over `民办园…500所`) are two facts
    part = next((p for p in _HEADLINE_PARTS.split(f.quote) if f.raw in p), "").replace(f.raw, " ")
    words = {part[i : i + 2] for i in range(len(part) - 1)}
    return sum(1 for w in words if w in quote) >= SHARED_WORDS


_HEADLINE_PARTS = re.compile(r"\s+|[丨|｜]")
"""What parts a headline's facts, and its tag (`教育丨`) from them."""


def _in_original_headline(f: Found) -> bool:
    """A repost prints the report's own headline (`（原标题：今年建200所公办幼儿园）`,
    `【原标题】…`): its figures restate the text's."""
    before = fold(f.quote).split(fold(f.raw), 1)[0]
    at = before.rfind("原标题")
    return at >= 0 and not re.search(r"[。；;！？!?]", before[at:])


def _same_head(a: Found, b: Found) -> bool:
    """A count of one thing, of one stage, under two names that end alike (`某区再添公办幼儿园
    学位1800个` over `力争明年增加学位1800个`): the same places, the headline naming them at
    length. A headline naming a stage the sentence does not is kept: it says more."""
    from plancmp.draft.suggest import key

    ka, kb = key(a.name), key(b.name)
    count = bool(re.search(r"\d", a.raw)) and not a.raw.rstrip().endswith(("%", "％"))
    same = a.segment == b.segment and len(ka) >= 2 and len(kb) >= 2 and ka[-2:] == kb[-2:]
    return count and same


def _alike(a: str, b: str) -> bool:
    """Two names of one indicator: one inside the other, or alike as keys."""
    from plancmp.draft.suggest import key, similarity

    ka, kb = key(a), key(b)
    return bool(ka and kb) and (ka in kb or kb in ka or similarity(a, b) >= NAMES_ALIKE)


NAMES_ALIKE = 60
"""How alike (0-100) a subhead's name and a sentence's must be to be one indicator."""


def _amount(f: Found) -> object:
    try:
        value = parse(f.raw, f.unit)
    except ValueParseError:
        return None
    return (value.value, value.unit)


def _to_campaign_end(header: Header, text: str, ahead: tuple[int, ...]) -> Header:
    """A dated report of a campaign running into a later year (`从…起至2015年1月底…开展…行动`)
    with no target year of its own: the programme's targets are due when the campaign ends."""
    end, now = campaign_end(text), header.now
    ongoing = header.news and now is not None and header.target_year == now and not ahead
    if ongoing and end is not None and now is not None and end > now:
        return header._replace(target_year=end)
    return header


def _to_works_end(header: Header, text: str) -> Header:
    """A project card (`建设期限：2012-2015年`) whose title prints no period of its own: its
    figures are the works', due when they are finished (corpus/README.md), at the span's end,
    whatever the period of a plan it cites (`按照《…计划(2011—2013年)》，将新建…`)."""
    end = works_end(text)
    if end is None or (header.target_year is not None and str(header.target_year) in header.title):
        return header
    return header._replace(target_year=end)


def _horizon(header: Header, ahead: tuple[int, ...]) -> int | None:
    """A programme's or plan's last year (`某县创建…实施方案` dated 2026, setting targets for
    2026 and 2027): its undated targets are due when it ends, as the draft's header says; a
    report or a page of news has no horizon of its own."""
    if header.news or header.kind not in ("action_plan", "five_year_plan") or not ahead:
        return None
    return max(ahead) if header.now is not None and max(ahead) > header.now else None


def _now_unless_later(now: int | None, ahead: tuple[int, ...]) -> int | None:
    """The year a text was written, as the year of its targets, unless every year it sets
    targets for is later (a plan of 2005 for 2007 and 2010): then none of its own is said."""
    if now is not None and ahead and min(ahead) > now:
        return None
    return now


def _single(years: tuple[int, ...]) -> int | None:
    """The one year of several mentions, None when they name more than one."""
    return years[0] if years and len(set(years)) == 1 else None


def _table_targets(
    part: Part,
    header: Header,
    stated: tuple[dict[int, int], dict[int, tuple[str, ...]], tuple[tuple[str, int], ...]],
    order: int,
    lines: tuple[str, ...] | None,
) -> list[Found] | None:
    """The targets of a table that sets its own (indicators by row or by column, a project
    list's total rows); none for a page's open-information box (索引号, 文号…); None for a
    table of running text, read as prose. `stated` are the years and units tables state for
    themselves (table_context.table_years, table_units) and the plan's phases."""
    block = part.block
    assert isinstance(block, Table)
    section = join(part.path, block.title)
    years, units, phases = stated
    own = years.get(id(block))
    if own is not None and header.base_year is not None and own <= header.base_year:
        own = None  # `（以2020年为基期）`: the title names the base, not the target
    year = own or header.target_year
    one_year = header.one_year or own is not None
    unit = units.get(id(block), ())
    if (
        table_header.is_page_fields(block)
        or table_header.is_pay_scale(block)
        or table_header.is_assessment(block)
    ):
        return []
    block, lines = table_parts.stage_rows(block, lines)
    block, lines = table_parts.measure_rows(block, lines)
    by_unit = column_tables.paired_columns(block)
    if unit_tables.is_unit_task_table(by_unit, header.base_year, year):
        return unit_tables.read_unit_task_table(by_unit, section, year, order, header.base_year)
    if table_header.is_indicator_table(block, header.base_year, year):
        one_unit = unit[0] if len(unit) == 1 else None
        found = tables.read_table(block, section, header.base_year, year, order, lines, one_unit)
        spans = any(YEAR_SPAN.search(c) for row in block.rows[:2] for c in row)
        yearly = set() if spans else scheduled_rows([(f.name, f.year) for f in found])
        return [
            f._replace(scope=table_scope(f.name, f.raw, f.unit, one_year or f.name in yearly))
            for f in found
        ]
    paired = column_tables.paired_columns(block)
    if column_tables.is_column_table(paired, header.base_year, year):
        return column_tables.read_column_table(
            paired, section, part.year or year, one_year, order, unit, phases, header.base_year
        )
    if block.rows and table_header.is_project_list(list(block.rows[0])):
        found = totals.read_totals(block, section, year, one_year, order)
        if table_header.is_year_works(list(block.rows[0])):
            found += totals.read_year_works(block, section, year, order)
        return found or (None if table_header.one_project(block) else [])  # its text is read
    return None


def _in_plan_year(d: Drafted, year: int) -> Drafted:
    """A target whose text gives no year is due in the plan's year: the draft written out
    leaves its year unsaid (write.py), and reading it back gives it the plan's
    (store/plain_record.py); the drafted record says so from the start."""
    target = d.record.target
    if target.year or not year:
        return d
    return d._replace(record=d.record._replace(target=target._replace(year=year)))


def _year_taken(text: str, now: int | None) -> tuple[int, str]:
    """How a draft whose targets name no year takes the plan's year, for its review: the
    latest year the text names, else the page's own, else the year of drafting (a plan file
    needs one; the reviewer puts the right one)."""
    if told := _latest_year_told(text):
        return told, f"文中无目标年份，暂取文中最晚的年份（{told}年）"
    if now:
        return now, f"文中无目标年份，暂取页面日期的年份（{now}年）"
    this_year = date.today().year
    return this_year, f"文中未写任何年份，暂取起草当年（{this_year}年）"


def _header_review(header: Header, year: int, told: str = "") -> tuple[str, ...]:
    """The header's review reasons; where the title gave no period, the plan's year is the
    latest its targets name, else the one `told` says was taken, and the reason says so."""
    if header.target_year is not None or not year:
        return header.review
    taken = told or f"暂取文中目标的最晚年份（{year}年）"
    return tuple(
        f"target_year：标题未写明规划期，{taken}，请核对" if r == TARGET_YEAR_OPEN else r
        for r in header.review
    )


def _latest_year_told(text: str) -> int:
    """The latest year a text names (`2024年`, or the end of a plan period it names: `十四五`
    is 2025), for a draft whose targets name none: a plan file needs a target year, and the
    reviewer is told it was taken so. 0 when the text names none, or only years of history
    (tense.HISTORY_ENDS: `创建于1911年`)."""
    years = [int(m.group()[:4]) for m in YEAR_WRITTEN.finditer(text)]
    years = [y for y in years if y >= HISTORY_ENDS]
    years += [end for period, end in PERIODS.items() if period in text]
    return max(years, default=0)


def places_of(header: Header) -> tuple[str, ...]:
    """The plan's place as a name may open with it (`济宁市`, `济宁`)."""
    found = []
    for text in (header.jurisdiction or "", header.title):
        m = re.match(r"^([\u4e00-\u9fff]{2,4}?[省市区县])", text)
        if m:
            found.extend([m.group(1), m.group(1)[:-1]])
    return tuple(dict.fromkeys(p for p in found if len(p) >= 2))


def draft_document(doc: Document, plan_id: str, metrics: Iterable[Metric]) -> Draft:
    """Draft the records of `doc` as plan `plan_id`, proposing metrics from `metrics`."""
    header = read_header(doc)
    matcher = Matcher(metrics)
    targets, baselines = read_all(doc, header)
    cache: dict[tuple[str, str | None], Suggestion] = {}

    def suggest(f: Found) -> Suggestion:
        k = (f.name, _base_unit(f))
        if k not in cache:
            cache[k] = matcher.suggest(*k)
        return cache[k]

    targets = merge.merge(targets, suggest)
    targets = merge.link_baselines(targets, baselines, suggest)
    new = NewMetrics(plan_id, {m.id for m in matcher.metrics})
    document = header.title or Path(doc.path).name
    drafted = [_drafted(f, suggest(f), new, plan_id, document) for f in targets]
    if topic.mixed(header.title or ""):
        drafted = [_outside_education(d) for d in drafted]
    year = header.target_year or max((d.record.target.year for d in drafted), default=0)
    drafted = [_in_plan_year(d, year) for d in drafted]
    # a plan file needs a year; one taken for want of any target's is the header's alone
    year, told = (year, "") if year else _year_taken(document_text(doc), header.now)
    plan = Plan(
        plan_id,
        header.title,
        (),
        header.issuer,
        header.doc_number,
        header.issued,
        header.jurisdiction or "",
        header.level or "",
        header.parent_city,
        header.kind or "",
        header.base_year,
        year,
        None,
        tuple(d.record for d in drafted),
    )
    return Draft(
        plan,
        header,
        tuple(drafted),
        tuple(new.metrics),
        new.review,
        _header_review(header, year, told),
        doc.conversions,
        Path(doc.path).name,
    )


def _outside_education(d: Drafted) -> Drafted:
    """The record named for review when, in a document not on education alone, its name
    speaks of none (`城镇新增就业` in a government work report)."""
    if topic.about_education(d.record.name):
        return d
    return d._replace(review=(*d.review, topic.NOT_EDUCATION))


def _base_unit(f: Found) -> str | None:
    try:
        return parse(f.raw, f.unit).unit
    except ValueParseError:
        return None


def _compared(f: Found) -> tuple[Value, str | None]:
    """The value with the comparator printed apart from it (values.compared), and that
    comparator; one a value states itself (`≥95%` before a list's `以上`) is left out."""
    if f.comparator is not None:
        try:
            return compared(f.raw, f.comparator, f.unit), f.comparator
        except ValueParseError:
            pass
    return parse(f.raw, f.unit), None


def _drafted(f: Found, s: Suggestion, new: NewMetrics, plan_id: str, document: str) -> Drafted:
    review = list(f.review)
    value, comparator = _compared(f)
    if s.strong and s.metric is not None:
        metric = s.metric
    elif s.metric is not None:
        metric = s.metric
        others = "、".join(m.name for m in s.candidates if m.id != metric.id)
        review.append(
            f"指标匹配较弱：暂取 {metric.name}（{metric.id}）"
            + (f"，其他候选 {others}" if others else "")
        )
    else:
        metric = new.get(
            f.name, value.unit, f.section, f.category, tuple(m.id for m in s.candidates)
        )
        near = "、".join(m.name for m in s.candidates)
        review.append(NEW_METRIC + (f"（最接近：{near}）" if near else ""))
    baseline = None
    if f.baseline is not None:
        b = f.baseline
        baseline = Baseline(b.year, b.raw, parse(b.raw, f.unit), b.section)
        if b.inferred:
            review.append("基线由上下文推断")
    printed = f.unit if f.unit is not None or value.op == "trend" else value.printed_unit
    record = Record(
        plan_id,
        metric.id,
        f.name,
        f.segment,
        value.unit,
        printed,
        Target(f.raw, value, f.year or 0, f.scope),
        baseline,
        f.attribute,
        Source(f.section or BODY, f.kind, f.also),
        None,
        actuals=_actuals(f, value, document),
    )
    return Drafted(record, f.quote, tuple(dict.fromkeys(review)), comparator)


def _actuals(f: Found, target: Value, document: str) -> tuple[Actual, ...]:
    """The values the record reached (Found.actuals), read from the plan itself, as the schema
    takes them: one number each, in the target's unit."""
    out = []
    for a in f.actuals:
        value = parse(a.raw, f.unit)
        one = value.value is not None and value.op not in ("range", "trend", "text")
        if one and (target.value is None or value.unit == target.unit):
            out.append(Actual(a.year, a.raw, value, document, f.section or None))
    return tuple(out)
