"""Targets in running text: `到2025年，普惠性幼儿园覆盖面达到90%以上`.

A paragraph is read sentence by sentence. Each value the span finder reports gets a
name (names.py), a year (the sentence's `到2025年`, a heading's year, else the plan's
target year, flagged), a scope (每年 → per_year; 新建/培养… a count over the plan period →
cumulative; else level). In a review of the last period (十三五 achievements), or in a
sentence about the present (已, 现有, 截至…), values are baselines, never targets.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from plancmp.draft import names
from plancmp.draft.found import Found, FoundBaseline
from plancmp.draft.naming import Named, name_values
from plancmp.draft.segments import mixed, topic_segment
from plancmp.draft.spans import Span
from plancmp.draft.text import clauses, fold, sentences
from plancmp.values import ValueParseError, parse

YEAR_INFERRED = "年份由上下文推断"
NAME_GUESSED = "指标名由上下文推断，请核对"
_ANCHOR = re.compile(
    r"(?<![较比\d\-—–~])(?:到|至|截至|截止|力争|争取|预计|计划|在)?\s*((?:19|20)\d\d)\s*年"
    r"(?![\d月\-—–~])(?:底|末)?"
)
_PAST_SENTENCE = re.compile(r"截至|截止|以来")
_PAST_CLAUSE = re.compile(r"已|现有|目前|获评|荣获|分获|先后|共有")
"""Words that make a value a present or past state (a baseline), not a target: in the
sentence (`截至2020年底，…`) or in the value's own clause (`全区现有学校202所`)."""
_MONEY_NOT_TARGET = re.compile(
    r"补助|补贴|资助|奖励|奖补|收费|价格|学费|保育费|住宿费|工资|薪酬|津贴"
)
_COUNT_VERBS = re.compile(
    r"新增|新建|新改扩建|改扩建|扩建|改建|迁建|建设|建成|培养|培育|引进|创建|创成|打造|开设|评选|选树"
    r"|选拔|选派|选用|完成|开发|形成|签订|实施|设立|组建|成立|举办|招聘|认定|挖掘|孵化|争创|建立|提供"
    r"|开展|结对|帮助|投入|投资|开通|推出|遴选|命名|培训|累计|合计|期间"
)
_LEVEL_WORDS = re.compile(r"达到|达|保持|覆盖|总数|总量|规模|比例|占比")
_PER_YEAR = re.compile(r"每年|年均|每半年|每学年|年度")
_INTENSIVE = (None, "%", "元/生", "年", "小时", "岁", "分钟")


class Plan(NamedTuple):
    """What prose reading needs to know of the plan."""

    base_year: int | None
    target_year: int | None
    annual: bool
    """A programme for one year: a count is that year's amount (per_year)."""
    looks_back: bool = False
    """The document reports results (盘点, 总结): every value is a state, none a target."""
    places: tuple[str, ...] = ()
    """Place names (济宁市) that open a name without being part of it."""


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


def read_paragraph(
    text: str, where: Paragraph, plan: Plan
) -> tuple[list[Found], list[Found], bool]:
    """(targets, baselines, whether it ended on results) of one paragraph."""
    targets: list[Found] = []
    baselines: list[Found] = []
    anchor = where.year
    state: dict[str, list[str]] = {}
    past = where.past_before
    for k, (start, end) in enumerate(sentences(text)):
        sentence = text[start:end]
        year = _anchor(sentence)
        if year is not None:
            anchor = year
        past = _is_past(
            sentence, year, past if k or _CONTINUES.match(sentence) else False, where, plan
        )
        named_all = name_values(sentence, state)
        past_from = _past_clause(sentence)
        for named in named_all:
            context = _context(sentence, named_all, named.span.start)
            found = _found(
                sentence,
                named,
                context,
                where.section,
                anchor,
                plan,
                where.order + k * 100 + named.span.start,
            )
            if found is None:
                continue
            if past or (past_from is not None and named.span.start >= past_from):
                if _is_level(named.span, found.raw):
                    base_year = (
                        anchor
                        if anchor and anchor <= (plan.base_year or anchor)
                        else plan.base_year
                    )
                    baselines.append(found._replace(year=base_year))
            else:
                targets.append(found)
    return targets, baselines, past


_CONTINUES = re.compile(r"^\s*(?:其中|同时|此外|另外)")
_PAST_SENTENCE = re.compile(
    r"截至|截止|以来|去年|上年|前年|过去[一二三四五\d]*年|近[一二三四五\d]年|近年来|回顾"
)
_PAST_PERIOD = re.compile(r"十[一二三]五")
_NEXT_PERIOD = re.compile(r"十[四五六]五")
_FUTURE = re.compile(r"将|计划|力争|确保|争取|预计|今年|明年|到\s*\d{4}")
_PAST_CLAUSE = re.compile(r"已|现有|目前|获评|荣获|分获|先后|共有")
"""Words that make the rest of a sentence a present or past state (`全区现有学校202所`)."""


def _is_past(sentence: str, year: int | None, before: bool, where: Paragraph, plan: Plan) -> bool:
    """Whether a sentence reports results (a starting point), not targets: in a review of
    the last period, about a year up to the plan's base year, with words such as 截至 or
    去年, naming the last period (十三五) only; else as the sentence before it."""
    if where.review or plan.looks_back:
        return True
    if year is not None:
        if plan.base_year is not None:
            return year <= plan.base_year
        return plan.target_year is not None and year < plan.target_year
    if _PAST_SENTENCE.search(sentence):
        return True
    if _PAST_PERIOD.search(sentence) and not _NEXT_PERIOD.search(sentence):
        return True
    if _FUTURE.search(sentence):
        return False
    return before


def _past_clause(sentence: str) -> int | None:
    """Where a clause that reports results begins (it and the clauses after it)."""
    for start, end in clauses(sentence, 0, len(sentence)):
        if _PAST_CLAUSE.search(sentence[start:end]):
            return start
    return None


def _is_level(span: Span, raw: str) -> bool:
    """A past value that can be a starting level (not a rate of change, not words)."""
    if span.kind in ("trend", "change"):
        return False
    try:
        return parse(raw).op not in ("trend", "text", "change", "growth")
    except ValueParseError:
        return False


def _context(sentence: str, named: list[Named], at: int) -> str:
    """The words before a value that say what it is about (`推进义务教育优质均衡发展，…`),
    for a name that says no segment: its clause and the two before it, without quoted
    slogans and without the names of values about several stages (中小学)."""
    bounds = clauses(sentence, 0, len(sentence))
    index = next((i for i, (s, e) in enumerate(bounds) if s <= at < e), 0)
    text = sentence[bounds[max(0, index - 2)][0] : at]
    text = re.sub(r"“[^”]*”", " ", text)
    for n in named:
        if mixed(n.name):
            text = text.replace(n.name, " ")
    return text


def _anchor(sentence: str) -> int | None:
    """The year a sentence sets its targets for (`到2025年`, `2023年底前`), if any."""
    folded = fold(sentence)
    for m in _ANCHOR.finditer(folded):
        if "《" in folded[: m.start()] and "》" not in folded[: m.start()].rsplit("《", 1)[-1]:
            continue  # inside a document's title
        return int(m.group(1))
    return None


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
    raw = sentence[span.start : span.end].strip()
    try:
        value = parse(raw)
    except ValueParseError:
        return None
    if value.unit == "元" and _MONEY_NOT_TARGET.search(sentence):
        return None  # subsidies, fees and pay rates are not plan targets
    review = []
    year = anchor
    if year is None:
        year = plan.target_year
        review.append(YEAR_INFERRED)
    if named.guessed:
        review.append(NAME_GUESSED)
    left = sentence[: span.start]
    scope = _scope(span, value.value, value.unit, left, named.name, sentence, plan, year)
    baseline = None
    if named.baseline is not None:
        braw = sentence[named.baseline.start : named.baseline.end].strip()
        baseline = FoundBaseline(braw, plan.base_year, None, False, True)
        review.append("基线年份由上下文推断")
    name = names.strip_place(named.name, plan.places)
    name = names.share_name(name) if value.unit == "%" else name
    nearest = " ".join(section.split(" / ")[-2:])
    segment = named.segment or topic_segment(name, context) or topic_segment(name, nearest)
    return Found(
        name,
        raw,
        None,
        year,
        scope,
        "prose",
        section,
        sentence.strip(),
        segment,
        None,
        baseline,
        None,
        tuple(review),
        order,
    )


def _scope(
    span: Span,
    number: object,
    unit: str | None,
    left: str,
    name: str,
    sentence: str,
    plan: Plan,
    year: int | None,
) -> str:
    if span.kind == "trend":
        return "per_year" if number is not None else "level"
    if span.kind == "word":
        return "level"
    clause_left = re.split(r"[，,；;。]", left)[-1] + name
    if _PER_YEAR.search(clause_left):
        return "per_year"
    if unit in _INTENSIVE:
        return "level"
    annual = plan.annual or (year is not None and year != plan.target_year)
    verb = _COUNT_VERBS.search(clause_left)
    if _LEVEL_WORDS.search(clause_left) and not verb:
        return "level"
    if annual:
        return "per_year" if verb or not _LEVEL_WORDS.search(clause_left) else "level"
    if verb or re.search(r"期间|累计|合计", sentence):
        return "cumulative"
    return "level"
