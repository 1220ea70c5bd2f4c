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
from plancmp.draft.segments import leading_segment, segment_of, segment_run
from plancmp.draft.spans import Span, find_spans
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
_MONEY_NOT_TARGET = re.compile(r"补助|补贴|资助|奖励|奖补|收费|价格|学费|保育费|住宿费|工资|薪酬|津贴")
_COUNT_VERBS = re.compile(
    r"新增|新建|新改扩建|改扩建|扩建|改建|迁建|建设|建成|培养|培育|引进|创建|创成|打造|开设|评选|选树"
    r"|选拔|选派|选用|完成|开发|形成|签订|实施|设立|组建|成立|举办|招聘|认定|挖掘|孵化|争创|建立|提供"
    r"|开展|结对|帮助|投入|投资|开通|推出|遴选|命名|培训|累计|合计|期间"
)
_LEVEL_WORDS = re.compile(r"达到|达|保持|覆盖|总数|总量|规模|比例|占比")
_PER_YEAR = re.compile(r"每年|年均|每半年|每学年|年度")
_FROM_TO = re.compile(r"^(?:提高|提升|增加|增长|上升|下降|降低|减少)(?:到|至)$")
_QUALIFIER = re.compile(r"^以(.{2,12}?)计$")
"""`以持证残疾儿童少年计，…入学率达到96%`: the clause says whose rate it is."""
_INTENSIVE = (None, "%", "元/生", "年", "小时", "岁", "分钟")


class Plan(NamedTuple):
    """What prose reading needs to know of the plan."""

    base_year: int | None
    target_year: int | None
    annual: bool
    """Annual work points: a count is that year's amount (per_year)."""


class Named(NamedTuple):
    """A value in a clause with the name it stands for."""

    span: Span
    name: str
    segment: str | None
    guessed: bool
    baseline: Span | None = None
    """`由A提高到B`: A, printed in the same sentence."""


def read_paragraph(text: str, section: str, review: bool, heading_year: int | None,
                   plan: Plan, order: int) -> tuple[list[Found], list[Found]]:  # fmt: skip
    """(targets, baselines) of one paragraph."""
    targets: list[Found] = []
    baselines: list[Found] = []
    anchor = heading_year
    state: dict[str, list[str]] = {}
    for k, (start, end) in enumerate(sentences(text)):
        sentence = text[start:end]
        year = _anchor(sentence)
        if year is not None:
            anchor = year
        past = review or (anchor is not None and plan.base_year is not None and anchor <= plan.base_year)
        past = past or bool(_PAST_SENTENCE.search(sentence))
        for named in _name_values(sentence, state):
            past_here = past or bool(_PAST_CLAUSE.search(_clause_of(sentence, named.span.start)))
            found = _found(sentence, named, section, anchor, plan, order + k * 100 + named.span.start)
            if found is None:
                continue
            if past_here:
                if named.span.kind in ("trend", "change") or not found.raw or _is_trend(found.raw):
                    continue  # a past rate of change is no starting level
                baselines.append(found._replace(year=anchor if anchor and anchor <= (plan.base_year or 0) else plan.base_year))
            else:
                targets.append(found)
    return targets, baselines


def _clause_of(sentence: str, at: int) -> str:
    for start, end in clauses(sentence, 0, len(sentence)):
        if start <= at < end:
            return sentence[start:end]
    return sentence


def _is_trend(raw: str) -> bool:
    try:
        return parse(raw).op in ("trend", "text")
    except ValueParseError:
        return True


def _anchor(sentence: str) -> int | None:
    """The year a sentence sets its targets for (`到2025年`, `2023年底前`), if any."""
    folded = fold(sentence)
    for m in _ANCHOR.finditer(folded):
        if "《" in folded[: m.start()] and "》" not in folded[: m.start()].rsplit("《", 1)[-1]:
            continue  # inside a document's title
        return int(m.group(1))
    return None


def _found(sentence: str, named: Named, section: str, anchor: int | None, plan: Plan,
           order: int) -> Found | None:  # fmt: skip
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
    name = names.share_name(named.name) if value.unit == "%" else named.name
    return Found(name, raw, None, year, scope, "prose", section, sentence.strip(), named.segment,
                 None, baseline, None, tuple(review), order)  # fmt: skip


def _scope(span: Span, number: object, unit: str | None, left: str, name: str, sentence: str,
           plan: Plan, year: int | None) -> str:  # fmt: skip
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


def _name_values(sentence: str, state: dict[str, list[str]]) -> list[Named]:
    """Each value of a sentence with its indicator's name, clause by clause."""
    spans = find_spans(sentence)
    if not spans:
        return []
    out: list[Named] = []
    carry = {"verb": "", "previous": ""}
    qualifier = ""
    clause_list = clauses(sentence, 0, len(sentence))
    for ci, (cs, ce) in enumerate(clause_list):
        q = _QUALIFIER.match(sentence[cs:ce].strip())
        if q:
            qualifier = q.group(1)
        inside = [s for s in spans if cs <= s.start < ce]
        if not inside:
            continue
        earlier = [sentence[a:b] for a, b in clause_list[:ci]]
        for named in _name_clause(sentence, cs, ce, inside, earlier, carry, state):
            if qualifier and qualifier not in named.name:
                named = named._replace(name=qualifier + named.name)
            out.append(named)
    return out


def _name_clause(sentence: str, cs: int, ce: int, spans: list[Span], earlier: list[str],
                 carry: dict[str, str], state: dict[str, list[str]]) -> list[Named]:  # fmt: skip
    clause = sentence[cs:ce]
    spans = _drop_quoted(sentence, spans)
    spans, base_of = _from_to(sentence, spans)
    if not spans:
        return []
    distributed = _distribute(sentence, cs, spans, earlier, state)
    if distributed is not None:
        return distributed
    out = []
    cursor = cs
    for i, span in enumerate(spans):
        if span.kind == "word" and _in_slogans(sentence, span):
            continue
        nxt = spans[i + 1].start if i + 1 < len(spans) else ce
        start = base_of[span.start].start if span.start in base_of else span.start
        left = names.clean(sentence[cursor:start])
        right = sentence[span.end : nxt]
        name, used = _name_one(left, sentence[cursor:start], right, span, i + 1 < len(spans), carry)
        guessed = not name or (not left and not used)
        cursor = span.end + used
        if name and span.kind == "word" and "全覆盖" in sentence[span.start : span.end]:
            name = name if re.search(r"覆盖[面率]?$", name) else name + "覆盖面"
        segment, _ = leading_segment(name)
        if not name:
            continue
        if segment_of(name):  # `初中达到13.5：1` after `生师比小学达到17：1`
            segment = segment_of(name)
            name = _with_segment(carry["previous"], name) or name
        carry["previous"] = name
        run = segment_run(name)
        if run and span.kind != "trend":
            out.extend(Named(span, n, seg, guessed, base_of.get(span.start)) for seg, n in run)
        else:
            out.append(Named(span, name, segment, guessed, base_of.get(span.start)))
    del clause
    return out


def _name_one(left: str, raw_left: str, right: str, span: Span, more: bool,
              carry: dict[str, str]) -> tuple[str, int]:  # fmt: skip
    """The name for one value from the words left and right of it in its clause, and how
    many characters after the value the name took.

    A share names its subject on either side (`学前教师100%持有教师资格证`); a count
    after a verb, or opening a list item, counts the noun after it (`新建15所中小学`,
    `、十个品牌化的教育成果`); otherwise the name is what precedes the value.
    """
    noun = names.noun_after(right)
    counted = span.kind == "value" and span.unit not in (None, "%", "个百分点", "百分点")
    if left and names.ends_with_verb(left):
        carry["verb"] = left
    if not noun:
        return left, 0
    if span.unit == "%":
        return left + noun, len(right)
    listed = raw_left.rstrip().endswith(("、", "，", ","))
    if counted and (not left or listed or names.ends_with_verb(left)):
        verb = left if names.ends_with_verb(left) else carry["verb"]
        verb = "" if names.starts_with_verb(noun) and not left else verb
        return verb + noun, len(right)
    if span.kind == "word" and not left:
        return noun, len(right)
    if left and len(noun) <= 4 and not more and re.fullmatch(r"[\u4e00-\u9fff]+", noun):
        return left + noun, len(right)
    return left, 0


def _in_slogans(sentence: str, span: Span) -> bool:
    """`零拒绝、全覆盖、深融合`: a word among slogans, not a target."""
    return sentence[span.start - 1 : span.start] == "、" or sentence[span.end : span.end + 1] == "、"


def _with_segment(previous: str, word: str) -> str | None:
    """`生师比小学` and then `初中` → `生师比初中`."""
    if not previous:
        return None
    seg, rest = leading_segment(previous)
    if seg:
        return word + rest
    for known in ("小学", "初中", "高中", "学前", "幼儿园", "义务教育", "中职"):
        if known in previous:
            return previous.replace(known, word, 1)
    return previous + "（" + word + "）"


def _drop_quoted(sentence: str, spans: list[Span]) -> list[Span]:
    """Values inside short quotes are names of programmes (`“4个100”`), not targets."""
    out = []
    for s in spans:
        before = sentence[: s.start]
        opened = before.rfind("“")
        if opened > before.rfind("”") and "”" in sentence[s.end : s.end + 12]:
            continue
        out.append(s)
    return out


def _from_to(sentence: str, spans: list[Span]) -> tuple[list[Span], dict[int, Span]]:
    """`由43.5%提升到58.2%`: the first value is where the second starts from."""
    keep, base_of = [], {}
    skip = set()
    for a, b in zip(spans, spans[1:], strict=False):
        between = fold(sentence[a.end : b.start]).strip()
        opener = sentence[max(0, a.start - 2) : a.start]
        if _FROM_TO.match(between) and ("由" in opener or "从" in opener):
            base_of[b.start] = a
            skip.add(a.start)
    keep = [s for s in spans if s.start not in skip]
    return keep, base_of


def _distribute(sentence: str, cs: int, spans: list[Span], earlier: list[str],
                state: dict[str, list[str]]) -> list[Named] | None:  # fmt: skip
    """`A、B和C分别达到a、b和c` (or `A、B提高到a、b`): one name per value, in order."""
    if len(spans) < 2:
        return None
    joins = [fold(sentence[a.end : b.start]).strip() for a, b in zip(spans, spans[1:], strict=False)]
    if not all(j in ("、", "和", "及", "与", ",", "，", "以及") for j in joins):
        return None
    head_text = sentence[cs : spans[0].start]
    marked = "分别" in head_text
    head = names.clean(head_text.split("分别")[0])
    items = names.complete(names.split_list(head))
    k = len(spans)
    if len(items) != k:
        listed = next((names.split_list(names.clean(e)) for e in reversed(earlier)
                       if len(names.split_list(names.clean(e))) == k), None)  # fmt: skip
        if listed and marked:
            items = [names.clean(x) + head for x in listed]
        elif marked and len(state.get(str(k), [])) == k and not head:
            items = state[str(k)]
        elif marked:
            items = [f"{head}（{i + 1}）" for i in range(k)]
        else:
            return None
    state[str(k)] = items
    out = []
    for span, item in zip(spans, items, strict=True):
        segment = segment_of(item) or leading_segment(item)[0]
        out.append(Named(span, item, segment, not head))
    return out
