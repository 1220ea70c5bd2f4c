"""Each value of a sentence with the name of the indicator it is for, clause by clause.

The shapes a name takes are described in names.py; this module walks a sentence's
clauses and values and applies them, including the two-list shape (`A、B分别达到a、b`),
`由A提高到B` (A is where B starts from), and `以X计` (whose rate a clause gives).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from decimal import Decimal
from typing import NamedTuple

from plancmp import numerals
from plancmp.draft import names
from plancmp.draft.dating import ONCE_DONE
from plancmp.draft.segments import (
    leading_segment,
    middle_schools_only,
    segment_of,
    segment_run,
    shared_stage,
    stages_named,
    topic_segment,
    trailing_segment,
)
from plancmp.draft.sites import GENERIC_SCHOOL, of_sites
from plancmp.draft.spans import (
    AREAS_COVERED,
    CURRENCY,
    DAYS,
    NONE_OF_ONE,
    PERIOD_OF_WORKS,
    TAKES_TO_BUILD,
    Span,
    find_spans,
    quotes_works,
)
from plancmp.draft.tense import ONCE_SET, status_brackets
from plancmp.draft.text import (
    ALL_TOLD,
    ALLOTS,
    BOUNDS,
    CHANGE,
    CORNER_QUOTES,
    COUNT_VERBS,
    EVERY_ONE,
    KEEPS,
    OUR_PLACE,
    PARTS_OPEN,
    PLACE_END,
    PLACE_PART,
    REACHES,
    REACHES_LONG,
    RESPECTIVE_YEARS,
    SCHOOL_KIND,
    SPENDS,
    TO_VERB,
    TREND,
    WORKS,
    YEAR_BY_YEAR,
    YEAR_WRITTEN,
    clauses,
    fold,
    listed_years,
    one_named_before,
)
from plancmp.values import UNITS, ValueParseError, parse

LONGEST_NAME = 30
"""Words before a count longer than this are not its name: the noun after it is."""
_SHARED_UNITS = (None, "%", "‰", "成")
"""Units of a rate each segment of a list reaches (`学前、义务教育入学率达到95%`); a count
for a list (`新增学前和义务教育学位4140个`) is one total, not one each."""
_NEXT_YEAR = re.compile(r"(?:\s*[、，,和]|\s)\s*(?:到|至)?\s*(?:19|20)\d\d\s*年")
YEAR_PARTS_OPEN = re.compile(r"\s*其中\s*[：:，,]?\s*(?:19|20)\d\d\s*年度?\s*")
"""`新建学校14所，其中2025年5所、2026年…`: a total broken down by year; each year's part is of
the thing the total counts."""
_BARE_LEVEL = re.compile(rf"\s*(?:并|将|力争|从而)?\s*{REACHES}\s*")
_CHANGE_BEFORE = re.compile(
    rf"(?:{CHANGE})\s*[\d.]+\s*(?:个百分点|百分点|%|年|岁)(?:以上|左右)?\s*[，,]\s*$"
)


def _level_after_change(raw_left: str, before: str) -> bool:
    """`入园率提高3个百分点，达到95%`, `受教育年限提高0.5年，达到11.3年`: a level a clause
    reaches with no name of its own, right after a change named in the clause before, is the
    level of the same measure."""
    return bool(_BARE_LEVEL.fullmatch(raw_left) and _CHANGE_BEFORE.search(before))


_LATER_LEVEL = (
    rf"\s*(?:则|也|还)?[均都]?(?:要|将|力争)?\s*(?:(?:{KEEPS})?(?:{REACHES}|实现|保持)|{KEEPS})"
)
"""The verb of a later year's level with no noun of its own (`则要达到`, `继续保持`)."""
_GOAL_YEAR = re.compile(
    r"(?:(?:目标|计划|力争|争取|预计|确保)(?:是|为)?\s*)?(?:到了?|至|在|于)?\s*(?:19|20)\d\d\s*年(?:底|末)?前?"
    + _LATER_LEVEL
)
"""`…毛入园率为95%，到2025年达到98%`, `…，到了2031年则要达到60%`, `…目前为85%，目标是到2027年
提高到92%`, `…；2027年底前达到95%以上`: a clause of a later year's goal with no noun of its own
is of the indicator the clause before named."""
_BARE_GOAL = re.compile(
    r"(?:距|较|按)?(?:《[^《》]{1,30}》(?:确定的?|提出的?|要求的?)?(?:目标|预期)?"
    r"|(?:目标|预期|规划)(?:值|数|数值|水平)?)|分别"
)
"""`…年限为9.94年，确定2015年目标值为12.2年以上`: a goal named only as a goal is of the
indicator the clause before named; so is a goal named only by the plan that sets it (`…达到53.6%，
《规划》要求到2030年达到55%以上`, `距《规划》目标（93%以上）`), and a level given only `分别`
(`…定额每年提高50元，分别达到小学850元、初中1050元`)."""
_BARE_CHANGE = re.compile(rf"(?:再|还|又|另|将)*(?:新增|增设|增开|扩增|{CHANGE})")
"""A name that is only a verb of change (`增加`, `新增`) says how, not what, grows: `已增设幼儿园
120班，…还会再增加89班`, a change with nothing named, is of the thing the clause before counted
in the same unit."""
_REACHED = re.compile(
    r"(?<!力争)(?<!争取)(?:达到|达|增至|增加到|增长到|提高到|提升到|上升到|(?:保持|稳定|维持)在)"
    r"(?:\s*每(?:个|名)?(?:学生|生|人|校|学年|年|月))*\s*$"
)
"""A clause that only reaches or keeps a level, its name left to the clause before (`…，达到2.7万人`,
`一般隐患整改率2024年不低于95%，2025年起保持在98%以上`, `…，2028年达到每生每年9000元`);
not a level striven for (`确保达到95%、力争达到98%`), which review notes instead."""
_BARE_TOTAL = re.compile(r"共|共计|合计|总计|累计")
"""A total with no name of its own (`培训10个家庭医生服务团队，共40人`): of the thing before."""
_BASE_NOTE = re.compile(r"[(（]\s*(?:19|20)\d\d\s*年(?:底|末)?\s*(?:为|是|达到|达|[:：])?")
"""`（2022年为`, `（2022年：`: a bracket giving where the value before it stands now."""
_FROM = re.compile(
    r"[由从]\s*(?:(?:19|20)\d\d\s*年(?:底|末)?的?|(?:现在|现时|目前|当前|原来|原先|原本|原有|现有|现|原)的?)?"
    rf"(?:{ALL_TOLD})?(?:每[\u4e00-\u9fff]{{1,2}}?){{0,2}}\s*$"
    r"|[由从][^，,。；;\d由从]{1,16}?的\s*$"
)
"""`由43.5%`, `由2024年的92.5%`, `由现在的40%`, `由原先的三成`, `由原有合共5 000个`: where a from-to starts;
`由相当于招生总数的30%增至45%`: a share of what is said before it;
`由每班40人增至45人`, `从每生每年600元提高到800元`: its value may be per class or per pupil."""
_FROM_YEAR_END = re.compile(
    r"[由从]\s*(?:19|20)\d\d\s*年(?:底|末)?的?\s*$"
    r"|在\s*(?:(?:19|20)\d\d\s*年(?:底|末)?的?|(?:现有|目前|当前)的?)?\s*"
    rf"(?:{TO_VERB})?\s*$"
)
"""`由2006年的`, `在2025年`, `在2026年底压减至` before a from-to's start: the year it starts from
(and how it got there), which names nothing."""
_BASIS_FROM = re.compile(
    r"在\s*(?:(?:19|20)\d\d\s*年(?:底|末)?的?|(?:现有|目前|当前)的?)?\s*$"
    r"|在\s*(?:去年|上年|(?:19|20)\d\d\s*年(?:底|末)?)?[\u4e00-\u9fff]{0,20}?(?:达到|为|"
    rf"{TO_VERB})\s*$"
)
_BASIS_TO = re.compile(
    rf"^的?基础上[，,]?\s*(?:今年|明年|年内|年底前?)?\s*(?:力争|争取|确保)?\s*(?:再|进一步|逐步|稳步)?"
    rf"(?:{TO_VERB}|(?<=[力争取确保])达到)$"
)
_BASIS_MOVE = re.compile(r"^的?基础上[，,]?\s*(?:再|进一步)?$")
"""`在2025年91.6%的基础上提高到93%`, `在2025年55%的基础上降低5个百分点`: a from-to too, or a
change from a level, the level it counts from in a `在…基础上`."""


def _name_end(sentence: str, cursor: int, span: Span, base_of: dict[int, Span]) -> int:
    """Where the words before a value that may name it end: at the value, or at the start of
    its from-to, before the year that start is of (`寄宿生由2008年的4.2万人增加到…`: no name). A
    baseline printed after the value (`稳定在92%以上（2025年为93.1%）`) moves no end."""
    if span.start not in base_of or base_of[span.start].start > span.start:
        return span.start
    start = base_of[span.start].start
    return cursor + len(_FROM_YEAR_END.sub("", sentence[cursor:start]))


_FROM_TO = re.compile(
    r"^(?:(?:到|至)?\s*(?:19|20)\d\d\s*年(?:底|末)?(?:起|前)?\s*)?"
    r"(?:分别)?(?:大幅|大大|逐步|逐年|稳步|进一步|明显|显著)?"
    rf"(?:{TO_VERB}|达到)"
    r"(?:\s*(?:(?:19|20)\d\d|[一二〇○零三四五六七八九]{4})(?:\s*[/／]\s*\S{1,4}?)?\s*(?:学年|年度|年)"
    r"(?:底|末)?的)?(?:\s*每[\u4e00-\u9fff]{1,2}?){0,2}$"
)
"""`由A提高到B`, `由A调整到B` (a count merged or resized), `由1:12改善至1:11` (a ratio bettered),
`从A达到B`, `由2025年的A，2026年起提高至B` or `…，到2028年提高到B` (the year B is due opening
the verb's clause):
A is where B starts from; so in
`由A大幅增加至2027/28学年的B`, an adverb before the verb and the year B is due between;
B may be per class or per pupil as A may (`降至每班42人`)."""
_QUALIFIER = re.compile(r"^以(.{2,12}?)计$")
"""`以持证残疾儿童少年计，…入学率达到96%`: the clause says whose rate it is."""


class Named(NamedTuple):
    """A value in a clause with the name it stands for."""

    span: Span
    name: str
    segment: str | None
    """The segment the words print (学前段, `初中达到…`), None when they print none."""
    guessed: bool
    baseline: Span | None = None
    """`由A提高到B`: A, printed in the same sentence."""
    far: bool = False
    """The name was taken from further away than the value's own words (a reviewer checks it)."""
    borrowed: str = ""
    """The school a name opens with that another sentence named (`该校区计划开设48个班`): a
    stage only it names is not this figure's (corpus/README.md, `segment`)."""


def name_values(sentence: str, state: dict[str, list[str]]) -> list[Named]:
    """Each value of a sentence with its indicator's name. `state` carries the names of
    the last `A、B分别…` list to a later `…分别达到c、d` in the same paragraph. A bracket that
    tells where a total stands (`97所(已建成18所、在建34所)学校`) is no part of a name: blanked."""
    for a, b in status_brackets(sentence):
        sentence = sentence[:a] + "\u3000" * (b - a) + sentence[b:]
    spans = find_spans(sentence)
    sentence = _from_to_joined(sentence, spans)
    for span in spans:
        note = _UNIT_NOTE.match(sentence, span.end)
        if note:  # `3万套(间)`: the unit's other word, no part of the next name
            sentence = (
                sentence[: note.start()] + "\u3000" * len(note.group()) + sentence[note.end() :]
            )
    spans, level_bases = _level_then_base(sentence, spans)
    multiplied = _from_then_multiplied(sentence, spans)
    level_bases.update(multiplied)
    clause_list = clauses(sentence, 0, len(sentence))
    school = _school_of(sentence, clause_list, state)
    carry = _carry_from_before(sentence, state.pop(_TOTAL_BEFORE, []))
    if not spans:
        return []
    out: list[Named] = []
    qualifier = label = ""
    for ci, (cs, ce) in enumerate(clause_list):
        q = _QUALIFIER.match(sentence[cs:ce].strip())
        if q:
            qualifier = q.group(1)
        inside = [s for s in spans if cs <= s.start < ce]
        if not inside:
            continue
        earlier = [sentence[a:b] for a, b in clause_list[:ci]]
        state[_SO_FAR] = [f"{n.span.start}\t{n.name}\t{n.span.unit}" for n in out]
        label = _label_of_stages(sentence, cs, earlier) or label
        listed = _place_of_items(
            sentence, _name_clause(sentence, cs, ce, inside, earlier, carry, state)
        )
        for named in listed:
            if not segment_of(named.name):
                label = ""  # the stages' list has ended
            elif label:  # `生均仪器设备值：小学达到…，初中达到…`
                named = named._replace(name=label)
            if qualifier and qualifier not in named.name:
                named = named._replace(name=qualifier + named.name)
            out.append(named)
    state.pop(_SO_FAR, None)
    told = {b.start for b in multiplied.values()} | {_after(spans, b) for b in multiplied.values()}
    out = [
        n._replace(baseline=level_bases[n.span.start])
        if n.baseline is None and n.span.start in level_bases
        else n
        for n in out
        if n.span.start not in told  # `由去年的60个翻一番，达到120个`: the level's start and move
    ]
    _leave_total(carry, state)
    out = _parts_of_their_total(sentence, out)
    sized = _sizes_named_by_school(
        school, _funds_named_by_work(sentence, _funds_of_programme(sentence, out))
    )
    sized = [n._replace(name=_classes_held(n.name, n.span)) for n in sized]
    sized = _classes_word_given_back(sentence, sized)
    sized = _areas_covered(sentence, sized)
    sized = _by_standard(
        sentence, of_sites(sentence, _rates_of_one_stage(sentence, _graded(sentence, sized)))
    )
    out = [_room_of_kind(sentence, n) for n in sized]
    _remember_named(sentence, out, state)
    _remember_year_group(sentence, out, state)
    return out


NAMED = "names given"
"""The key in a paragraph's state of the names the last sentence gave its values one each
(`2026年，覆盖率达到88%，占比达到55%；`), which a next `分别达到90%、58%` with no names takes."""


def _remember_named(sentence: str, named: list[Named], state: dict[str, list[str]]) -> None:
    """Keep a sentence's names of its values for the next when each value has a name of its
    own and no `分别` list gave them."""
    names_given = [n.name for n in named]
    if (
        len(names_given) >= 2
        and "分别" not in sentence
        and len(set(names_given)) == len(names_given)
        and all(names_given)
    ):
        state[NAMED] = names_given


_TOTAL_BEFORE = "total before"
"""The key in a paragraph's state of what the last sentence's names carried (flattened
key, value pairs), which a next sentence opening with 其中 splits."""


def _carry_from_before(sentence: str, saved: list[str]) -> dict[str, str]:
    """What naming carries from value to value in a sentence (the verb, the name before, the
    name in each unit): empty, or for a sentence that opens with 其中 (`…学位2万个。其中，小学…`)
    the sentence before's, whose total its parts split."""
    if saved and PARTS_OPEN.match(sentence):
        return dict(zip(saved[::2], saved[1::2], strict=True))
    return {"verb": "", "previous": "", "base": ""}


def _leave_total(carry: dict[str, str], state: dict[str, list[str]]) -> None:
    """Keep a sentence's carry for the next when its last total was named by a verb
    (`新增学位2万个`): its parts may follow after a full stop."""
    if carry["verb"] and names.leading_verb(carry["previous"]) == carry["verb"]:
        state[_TOTAL_BEFORE] = [word for pair in carry.items() for word in pair]


_ROOM_FOR = re.compile(r"^(?:可|能|能够)(?:容纳|满足|提供)")
"""Room a school gives (`可容纳幼儿`, `能满足学生就读`): a name that says whose room it is only by
the school the sentence names before it."""
_KIND = re.compile(SCHOOL_KIND)


def _room_of_kind(sentence: str, named: Named) -> Named:
    """`9所幼儿园…，建成后，可满足3500名幼儿上学` → `幼儿园可满足幼儿上学`: room for pupils is
    the room of the kind of school named last before it, which the name alone does not say
    (a bare 学校 says no kind; pupils of another stage are not that kind's)."""
    if not _ROOM_FOR.match(named.name) or _KIND.search(named.name):
        return named
    kinds = [k for k in _FULL_KIND.findall(sentence, 0, named.span.start) if k != "学校"]
    bare = re.sub(r"^(?:初级|高级|完全)", "", kinds[-1]) if kinds else ""
    if not kinds or topic_segment(bare + named.name) != topic_segment(named.name):
        return named  # `幼儿园…可容纳学生`: pupils of another stage than the kind before
    return named._replace(name=kinds[-1] + named.name)  # `高级中学可容纳学生`, not `中学…`


_FULL_KIND = re.compile(rf"(?:初级|高级|完全)?(?:{SCHOOL_KIND})")


_SHARE_OF_PEOPLE = re.compile(r"占([^，,。；;：:\d]{1,12})$")


def _areas_covered(sentence: str, out: list[Named]) -> list[Named]:
    """`在占全国总人口85%的地区普及九年义务教育`: the share of the people the areas that reach a
    goal hold, named as such (`普及九年义务教育的地区占全国总人口比重`)."""
    for i, named in enumerate(out):
        whole = _SHARE_OF_PEOPLE.search(sentence, 0, named.span.start)
        goal = AREAS_COVERED.match(sentence, named.span.end)
        if whole and goal:
            name = f"{goal.group(1)}的地区占{whole.group(1).strip()}比重"
            reached = re.sub(r"^(?:基本)?(?:普及|实现)", "", goal.group(1))
            segment = leading_segment(reached)[0] or topic_segment(reached) or named.segment
            out[i] = named._replace(name=re.sub(r"\s", "", name), segment=segment)
    return out


_LEVEL_THEN_BASE = re.compile(
    r"[，,]\s*(?:较|比)\s*(?:(?:19|20)\d\d\s*年(?:底|末)?|今年|去年|上年)\s*的?"
)
"""`达到99.6%，较2025年的99.2%提高0.4个百分点`, `招生计划2.8万人，比今年的2.6万人增加2000人`: after a
level, the value of a year before it."""
_CHANGE_VERB = re.compile(rf"(?:{CHANGE}|多)了?")


def _from_to_joined(sentence: str, spans: list[Span]) -> str:
    """`可从目前的341所，增加到355所`, `由2025年的90%，降至85%`: a from-to whose verb a comma parts
    from its start (the words between the two values, but that comma, are a from-to's verb as
    `_from_to` reads them), with the comma blanked by a character that ends no clause or phrase
    and keeps every position, so that `_from_to` reads the two values as one from-to."""
    for a, b in itertools.pairwise(spans):
        comma = re.match(r"\s*[，,]", sentence[a.end : b.start])
        basis = re.match(r"\s*的?基础上\s*[，,]", sentence[a.end : b.start])
        if comma and _is_from_to(sentence, a, b, a.end + comma.end()):
            at = a.end + comma.end() - 1
        elif basis and _is_from_to(sentence, a, b, a.end):  # `在…92.6%的基础上，力争达到94%`
            at = a.end + basis.end() - 1
        else:
            continue
        sentence = sentence[:at] + "\xa0" + sentence[at + 1 :]
    return sentence


def _is_from_to(sentence: str, a: Span, b: Span, verb_at: int) -> bool:
    """Whether `a` opens a from-to (`由…`, `从目前的…`) and the words from `verb_at` to `b` are
    its verb (`提高到`, `扩大到57个县` without what both count), `b` the level it reaches."""
    verb = _without_counted(
        fold(sentence[verb_at : b.start]).strip(), fold(sentence[b.end : b.end + 8])
    )
    # 20 characters, not 12: _FROM's `由…的` form (`由全县公办园的`) is 由, up to 16
    # characters and 的, 18 in all, with room left for a space or two before the value
    opener = fold(sentence[max(0, a.start - 20) : a.start])
    if _BASIS_FROM.search(opener) and (
        _BASIS_TO.match(verb) or (b.kind in ("change", "trend") and _BASIS_MOVE.match(verb))
    ):
        return True
    return bool(_FROM_TO.match(verb) and _FROM.search(opener))


def _level_then_base(sentence: str, spans: list[Span]) -> tuple[list[Span], dict[int, Span]]:
    """A level, then `较2025年的99.2%` and the change between them (`提高0.4个百分点`): the
    level is the target and the earlier value where it starts; the change says it again, so
    it is no record of its own. The spans without those two, and each level's start value."""
    bases: dict[int, Span] = {}
    dropped: set[int] = set()
    for a, b, c in zip(spans, spans[1:], spans[2:], strict=False):
        between = fold(sentence[b.end : c.start]).strip()
        changed = (c.kind == "change" and not between) or _CHANGE_VERB.fullmatch(between)
        if a.kind != "value" or not changed or a.start in dropped:
            continue
        if _LEVEL_THEN_BASE.fullmatch(fold(sentence[a.end : b.start]).strip()):
            bases[a.start] = b
            dropped.update((b.start, c.start))
    return [s for s in spans if s.start not in dropped], bases


_MULTIPLIED = re.compile(r"翻[一两二三]?番|增长\s*[\d.一两二三四五]+\s*倍")
_THEN_LEVEL = re.compile(r"[，,]?\s*(?:达到|增加到|增至|提高到|到)\s*")


def _from_then_multiplied(sentence: str, spans: list[Span]) -> dict[int, Span]:
    """`由去年的60个翻一番，达到120个`: the level reached (by its start) and the first count, where
    it starts; the multiplying between them says it again, no record of its own (nor is the
    start, a baseline)."""
    bases: dict[int, Span] = {}
    for a, b, c in zip(spans, spans[1:], spans[2:], strict=False):
        if (
            a.kind == "value"
            and c.kind == "value"
            and _MULTIPLIED.fullmatch(fold(sentence[b.start : b.end]).strip())
            and not sentence[a.end : b.start].strip()
            and _FROM.search(fold(sentence[max(0, a.start - 20) : a.start]))
            and _THEN_LEVEL.fullmatch(fold(sentence[b.end : c.start]))
        ):
            bases[c.start] = a
    return bases


def _after(spans: list[Span], span: Span) -> int:
    """Where the span after `span` starts (its own start when it is the last)."""
    later = [s.start for s in spans if s.start > span.start]
    return min(later, default=span.start)


BY_STANDARD = re.compile(r"(?:按照|依照|参照|按)[^，,；;。]*$")
"""A clause left open on 按照/按 (`按照小学900元/生…`, `按每人每月…`): amounts paid by a standard."""
_STANDARD_OF = re.compile(
    r"[^，,；;。]{0,30}?的?标准(?:足额|全额|按时)?(?:给予|发放|保障|安排|拨付|落实|补助|补贴)"
    r"([\u4e00-\u9fff“”]{2,20}?)(?=[，,；;。]|$)"
)
"""A standard of pay, then what is paid by it (`按…的标准发放交通补助`): its verbs pay people
(给予, 发放, 补助), and may set money aside for them (安排, 拨付), not a fund for works."""


def _by_standard(sentence: str, out: list[Named]) -> list[Named]:
    """`按照小学900元/生、初中1100元/生的标准发放交通补助`: the amounts are the standard of what
    the verb after `的标准` pays, which is their name (each part keeps its stage)."""
    for i, named in enumerate(out):
        if not BY_STANDARD.search(sentence, 0, named.span.start):
            continue
        paid = _STANDARD_OF.match(sentence, named.span.end)
        if paid:
            out[i] = named._replace(name=paid.group(1))
        elif _PAID_BY_IT.match(sentence, named.span.end):
            payer = _PAYS_BY.search(sentence, 0, named.span.start)
            if payer:
                out[i] = named._replace(name=payer.group(1) + "标准")
    return out


_PAID_BY_IT = re.compile(
    r"[^，,；;。]{0,30}?的?标准(?:足额|全额|按时)?(?:给予|发放|保障|拨付|落实)(?=\s*(?:[，,；;。]|$))"
)
_PAYS_BY = re.compile(
    r"(?:^|[，,；;。])\s*(?:继续)?(?:落实|执行|实施)?([\u4e00-\u9fff]{2,20}?(?:补助|补贴|津贴|奖励|工资))"
    rf"(?:政策|制度)?\s*[，,]?\s*{BY_STANDARD.pattern}"
)
"""What is paid, opening the clause or the one before, then the standard it is paid by and a
verb with no object (`乡村教师生活补助按照不低于每人每月600元的标准发放`, `落实乡村教师生活补助
政策，按每人每月400元至800元标准发放`): the amount is that pay's standard."""


_UNIT_NOTE = re.compile(r"[(（](?:[间所个座家套名人园校处班]|含(?:本数)?)[)）]|\s*之间")
"""A second unit word in brackets right after a value (`公租房3万套(间)`, `托育机构5个(所)`):
what else the count may be counted in; `(含)` after a bound (`50%以上（含）`: the bound itself
included, as 以上 already reads); `之间` closing a range (`稳定在60%—70%之间`)."""


_PLACE_ITEM = re.compile(
    rf"^((?![全本该我各])[\u4e00-\u9fff]{{1,6}}?{PLACE_END})(?=(?:{COUNT_VERBS})[^、，,]*$)"
)
"""A clause opened by a named place and its first item (`肥西县新建`; not `全市`, the whole)."""
_VERB_ITEM = re.compile(rf"^(?:{COUNT_VERBS})")


def _place_of_items(sentence: str, named: list[Named]) -> list[Named]:
    """A place that opens a list of works (`肥西县新建4所、改扩建1所`) is the place of each item:
    `改扩建1所` is 肥西县's, not another place's 改扩建 that prints the same number."""
    out = list(named)
    m = _PLACE_ITEM.match(out[0].name) if out else None
    if m is None:
        return out
    for i in range(1, len(out)):
        gap = sentence[out[i - 1].span.end : out[i].span.start]
        if not gap.startswith("、") or not _VERB_ITEM.match(out[i].name):
            break
        out[i] = out[i]._replace(name=m.group(1) + out[i].name)
    return out


def _rates_of_one_stage(sentence: str, out: list[Named]) -> list[Named]:
    """`学前教育公办率在50%以上、普惠率在90%以上`: a bare rate listed right after a rate of one
    stage is that stage's too, and its name says so — unless it names a stage of its own
    (`…，辍学率初中低于1%`)."""
    for i in range(1, len(out)):
        before, named = out[i - 1], out[i]
        between = sentence[before.span.end : named.span.start]
        word = shared_stage(before.name, named.name)
        if word and named.segment not in (None, segment_of(word)):
            continue
        if word and re.fullmatch(r"\s*[、，,][^、，,；;。]*", between):
            segment = before.segment or segment_of(word)
            out[i] = named._replace(name=word + named.name, segment=named.segment or segment)
    return out


GRADE = "一二三四五六七八九十甲乙丙丁ABCD"
"""Characters that rank the items of a list (`一等奖…、二等奖…`, `一级…、二级…`, `A类…、B类…`)."""
_GRADED = re.compile(rf"[{GRADE}](.{{1,3}})")


def _graded(sentence: str, out: list[Named]) -> list[Named]:
    """`初中在…中获一等奖1所、二等奖1所、三等奖3所`: the later grades of a list share what the
    first item says before its grade, and its segment."""
    for i in range(1, len(out)):
        before, named = out[i - 1], out[i]
        grade = _GRADED.fullmatch(named.name)
        between = sentence[before.span.end : named.span.start]
        tail = before.name[-len(named.name) :]
        if (
            grade
            and re.fullmatch(r"\s*[、，,]\s*" + re.escape(named.name) + r"\s*", between)
            and len(before.name) > len(named.name)
            and _GRADED.fullmatch(tail)
            and tail.endswith(grade.group(1))
        ):
            head = before.name[: -len(named.name)]
            out[i] = named._replace(name=head + named.name, segment=before.segment)
    return out


_SCHOOL = rf"[^\W\d_、和及与]{{2,24}}?(?:{SCHOOL_KIND}|校区|分园|分校)"
_PLACE_NOTED = r"(?:[^\W\d_、和及与]{1,10}[(（][^()（）\d]{1,10}[)）])"
"""A place with its other name in brackets before a school's name (`某区(新城区)第二幼儿园`)."""
_UNDERTAKES = "启动|实施|推进|加快|开工|建成|完成"
"""Verbs that undertake works (`启动某中学迁建工程`): no word of the school's name."""
_NOW_DOING = "目前|现在|正在|(?:计划|拟|将)(?:建设|新建|迁建|扩建|改扩建)"
"""Words of what is being or is to be done (`目前正在建设新校区`, `计划建设新校区`): they open a
clause of the works, no school's name."""
_KIND_GIVEN = r"(?:为|是)(?:一所)?(?P<kind>[^，,；;\d]{0,16}?(?:学校|幼儿园|小学|中学|高中))"
"""`为九年一贯制学校`, `是一所全日制公办小学`: the kind of school a clause says one is."""
_BUILDS_SCHOOL = re.compile(
    rf"^(?:[^，,；;、]{{0,16}}?(?:新建|建设|迁建|改扩建|扩建))(?!的|公办|民办|一批|一所|项目|工程)"
    rf"(?P<school>{_SCHOOL})(?:$|(?=占地|总建筑|建筑面积|总投资|计划投资))"
    rf"|^(?P<subject>{_SCHOOL})(?:[(（][^()（）]{{1,16}}[)）])?是[^，,；;]{{0,16}}(?:新建|建设)的一所"
    rf"|^(?P<described>{_SCHOOL})(?:[(（][^()（）]{{1,16}}[)）])?(?:则|也|还)?{_KIND_GIVEN}$"
    rf"|^(?:其中)?(?!{_UNDERTAKES}|{_NOW_DOING})(?P<site>{_PLACE_NOTED}?{_SCHOOL}|[^\W\d_、和及与]{{1,12}}?(?:高中|初中))"
    rf"(?:[(（][^()（）]{{1,16}}[)）])?(?:迁建|新建|改扩建|扩建|续建|建设)?(?:工程)?(?:[A-Z]{{2,4}})?"
    rf"(?:项目)?\s*(?:则|也|还)?(?:$|(?=位于|坐落于|地处|毗邻|紧邻|邻近|选址|已进入|正在|即将|在))"
    rf"|^(?:[^，,；;:：]{{0,10}}有[:：])?(?![全各我本该所每其新]|{_NOW_DOING})(?P<sized>{_SCHOOL})"
    rf"(?:[(（][^()（）]{{1,16}}[)）])?\s*(?:项目)?(?:$|(?=建筑面积|总建筑面积|占地面积|用地面积|将建设|将新建))"
    rf"|^(?:{_UNDERTAKES})?(?P<works>{_SCHOOL}(?:迁建|新建|改扩建|扩建|续建|建设)?(?:工程|项目))$"
)
"""A clause naming the one school a sentence goes on to size: `建设某某第二小学`,
`某某学校（…）是某区新建的一所九年一贯制学校`, a clause that says what kind of school one is
(`某实验学校为九年一贯制学校`, `某小学是一所全日制公办小学`), or a sentence that opens with a school (or its
works: `某小学扩建项目`, `某中学新建工程EPC项目`) and where it stands (`第二高中，位于…`,
`某某小学位于…`, `某幼儿园建设项目毗邻某小学`, `某校区项目在原址…`), or a named school (not 全市…, 各…) that opens a
sentence of its size or works (`某某幼儿园建筑面积…`, `某小学项目用地面积…`, `市直学校有：
某某小学（某地）`, `某某校区将建设教学楼…`), or the works on one school a clause undertakes
(`启动某中学迁建工程`), which then name its sizes (`…，总投资3.2亿元`)."""
THIS_SCHOOL = "该校区|该校|该园|该幼儿园|该小学|该中学|该学校"
"""Words that point back at the school named before (`该园计划开办15个班`)."""
THIS_WORK = "该项目|本项目|该工程|本工程"
"""Words that point back at the works named before (`该项目位于…`)."""
_SIZE = re.compile(
    rf"^(?:学校|{THIS_SCHOOL}|新校|学校建成投入使用后|建成后|{THIS_WORK}|项目|园区内|校园内|园内|校内)?"
    r"(?:规划|计划|预计|设计|拟建?)?(?:建设)?(?:共|共计)?(?:地上|地下)?(?:可|能够|能)?(?:按(?:标准|规划|计划))?(?:设置|设立|开设|开办|容纳|满足|提供|供给|供|占地|总?用地|总建筑|建筑|总学位|学位|班"
    r"|总投资|(?:办学)?规模|教学班|学生人数)"
)
"""A name of a school's size, places or cost (`规划设置教学班`, `园区内共设立班`, `可容纳学生`,
`可供学生就读`, `总学位`, `地上建筑面积`, `建设总投资`, `建设规模`, `可按标准提供学位`)."""
_ANAPHOR = re.compile(
    rf"^(?:学校建成投入使用后|学校|{THIS_SCHOOL}|新校|建成后|{THIS_WORK})"
    r"(?:规划|计划|预计)?"
)
_POINTER_OPENS = re.compile(
    rf"\s*(?P<lead>[^，,。；;]{{1,12}}[，,]\s*)?(?:(?P<school>{THIS_SCHOOL})|{THIS_WORK})"
)


def opening_pointer(sentence: str) -> re.Match[str] | None:
    """How a sentence opens by pointing back at the school or works the one before named,
    maybe after a lead clause (`根据相关规划，该幼儿园共12个班`), with the pointer to a school
    as `school`; None when it does not, or when the lead names a school of its own
    (`甲小学负责人介绍，该校…`)."""
    m = _POINTER_OPENS.match(sentence)
    if m and m.group("lead") and re.search(_ONE_SCHOOL, m.group("lead")):
        return None
    return m


_POINTS_AT_KIND = re.compile(r"(?:园|小学)$")
"""A pointer that names its school's kind (`该园`, `该小学`): its own words give the stage,
as `该校`, `该校区` do not."""


def _school_of(
    sentence: str, clause_list: list[tuple[int, int]], state: dict[str, list[str]]
) -> tuple[int, str, str | None] | None:
    """Where the one school a sentence sizes is named, and its name and clause: a clause of
    this sentence, or — when the sentence opens by pointing back (`该园计划开办15个班`) — the
    school the paragraph named last, with no clause (None): another sentence's words lend
    this one's figures no stage."""
    for a, b in clause_list:
        m = _BUILDS_SCHOOL.match(sentence[a:b].strip())
        if m:
            school = next(
                g for g in m.group("school", "subject", "described", "site", "sized", "works") if g
            )
            school = _CALLED.sub("", school)  # `学校名为甲学校`: the name is 甲学校
            state["school"] = [names.clean(school), sentence[a:b]]
            return a, state["school"][0], sentence[a:b]
    opened = opening_pointer(sentence)
    pointer = opened.group("school") if opened else None
    if pointer and (state.get("school") or state.get("named")):
        kind = pointer if _POINTS_AT_KIND.search(pointer) else None
        return 0, (state.get("school") or state["named"])[0], kind
    back = _ANAPHOR_INSIDE.search(sentence)
    named = [m.group() for m in re.finditer(_ONE_SCHOOL, sentence[: back.start()])] if back else []
    if back and named and not GENERIC_SCHOOL.search(named[-1]):
        return back.start(), names.clean(named[-1]), named[-1]
    which = _ONE_OF_TWO.match(sentence)
    if which and len(state.get("pair", [])) == 2:
        school = state["pair"][0 if which.group(1) == "前者" else 1]
        return 0, school, school
    if (_PROJECT_OPENS.match(sentence) or _PROJECT_INSIDE.search(sentence)) and state.get(
        "project"
    ):
        return 0, state["project"][0], None  # names the school, lends no stage (a pronoun)
    pair = _TWO_SCHOOLS.search(sentence)
    if pair:
        state["pair"] = [names.clean(pair.group("a")), names.clean(pair.group("b"))]
    elif project := _PROJECT.search(sentence):
        state["project"] = [names.clean(project.group("school"))]
    if last_named := _last_school(sentence):
        state["named"] = [last_named, ""]
    return None


def _last_school(sentence: str) -> str | None:
    """The one school a sentence names last (`…，某某幼儿园项目也进展顺利，…`), which a next
    sentence's `该幼儿园…` points back at. A kind of school (`公办幼儿园`) and a pointer
    (`这个幼儿园`) name no school of their own."""
    found = [m.group() for m in re.finditer(_ONE_SCHOOL, sentence)]
    found = [f for f in found if not _POINTER.search(f) and not GENERIC_SCHOOL.search(f)]
    if not found:
        return None
    return names.clean(found[-1])


_ONE_SCHOOL = rf"[^\W\d_、和及与的]{{2,16}}?(?:{SCHOOL_KIND}|校区)"
_POINTER = re.compile(rf"(?:该|这个?|这所|这座|此)(?:{SCHOOL_KIND}|校区)$")
"""A school named by pointing back (`按计划这个幼儿园`), not by its own name."""
_TWO_SCHOOLS = re.compile(
    rf"(?P<a>{_ONE_SCHOOL})(?:建设)?(?:项目)?(?:和|与|及)(?P<b>{_ONE_SCHOOL})(?:建设)?(?:项目)?"
)
"""`甲初中项目和乙中学项目也在稳步推进`: two schools a later `前者…。后者…` sizes in turn."""
_ANAPHOR_INSIDE = re.compile(r"(?<=[，,])\s*(?:该校|该园)(?!区)")
"""`甲小学负责人介绍，该校将设置36个班`: 该校 after a clause of the sentence that names the school."""
_CALLED = re.compile(r"^[^，,；;]{0,6}?(?:名为|名称为|命名为|定名为)")
_ONE_OF_TWO = re.compile(r"\s*(前者|后者)")
_PROJECT = re.compile(
    rf"(?P<school>{_ONE_SCHOOL})(?:迁建|新建|改扩建|扩建)?(?:建设)?项目?(?![一-龥]{{0,2}}(?:已建成|已完工|竣工))"
)
"""`甲小学乙校区项目完成立项`: a school project a later `该项目…` sizes."""
_PROJECT_OPENS = re.compile(rf"\s*(?:{THIS_WORK}|项目)(?!组|办)")
_PROJECT_INSIDE = re.compile(rf"[，,]\s*(?:{THIS_WORK})(?!组|办)")
"""`作为…计划的关键部分，该工程占地约…`: the project named before, pointed at after a lead clause."""


def _sizes_named_by_school(
    school_at: tuple[int, str, str | None] | None, out: list[Named]
) -> list[Named]:
    """`建设某某小学，规划设置36个教学班，…可容纳学生1620人`: the sizes after a clause that
    names the one school being built are that school's, and its name opens theirs; its
    other areas take its stage."""
    if school_at is None:
        return out
    a, school, where = school_at
    kinds = [topic_segment(n.name) for n in out if n.span.start >= a and _classes_of_kind(n)]
    lent = (topic_segment(school, where) or _kind_described(where)) if where else None
    stage = lent or (kinds[0] if len(set(kinds)) == 1 else None)
    for i, named in enumerate(out):
        if named.span.start < a or school in named.name:
            continue
        own = None if middle_schools_only(named.name) else stage  # `中学学位`: of no one stage
        borrowed = "" if where is not None else school
        if _classes_of_kind(named):
            name = school + "班数"
            out[i] = named._replace(name=name, segment=named.segment or stage, borrowed=borrowed)
        elif _SIZE.match(named.name):
            name = school + _ANAPHOR.sub("", named.name)
            out[i] = named._replace(name=name, segment=named.segment or own, borrowed=borrowed)
        elif where is not None and _an_area(named.span.unit):
            out[i] = named._replace(segment=named.segment or own)  # `其中计容建筑面积约6250㎡`
    return out


_DESCRIBED_AS = re.compile(rf"{_KIND_GIVEN}\s*$")


def _kind_described(clause: str) -> str | None:
    """The stage of the kind a clause says its school is (`某实验中学新校区为普通高中`: 高中段),
    which the school's own name (`实验中学`) does not tell."""
    m = _DESCRIBED_AS.search(clause)
    return topic_segment(m.group("kind")) if m else None


def _an_area(unit: str | None) -> bool:
    """A unit of area (data/units.yaml, base 平方米: ㎡, 亩, 万平方米): a school's other floor and
    land areas (`计容建筑面积`, `架空层`) after the clause that names it are of its stage too,
    though not named by it."""
    printed = unicodedata.normalize("NFKC", unit or "")  # ㎡ is listed as m2
    return bool(printed in UNITS and UNITS[printed][0] == "平方米")


_CLASSES_OF_KIND = re.compile(
    rf"^(?:是一所(?:拥有)?)?(?:规划|计划|拟)?(?:建设|新建|建)?(?:{SCHOOL_KIND}|九年一贯制学校)$"
)
"""`规划建设6班幼儿园`, `新建36班小学`: the size of the one school being built, in classes,
and the stage it says the school is of (`规划36班初中`: 某中学's land and places are 初中's)."""


def _classes_of_kind(named: Named) -> bool:
    return bool(_CLASSES_OF_KIND.match(named.name)) and "班" in (named.span.unit or "")


_ONCE_BUILT = re.compile(ONCE_DONE)
"""`…，完成建设后可增加学位约3.5万个`: what the works yield once done, not a work the money
before pays for."""
_BARE_FUND = re.compile(
    rf"^(?:{OUR_PLACE}|省级|市级|县级|该省|该市|该区|该县)?"
    r"(?:计划|将|拟)?(?:再|共|总)?"
    rf"(?P<word>(?:{ALLOTS}|{SPENDS})(?:专项)?资金|再投入|斥资)$"
)
"""A fund named by nothing but the act of funding (`安排资金1亿元`, `该县斥资`)."""
_ALLOTS = re.compile(ALLOTS)


def _fund_word(bare: re.Match[str]) -> str:
    """`安排专项资金` → `资金`, `再投入` → `投入`, `投入资金` → `投入资金`, `斥资` → `投资`."""
    word = bare.group("word").removeprefix("再")
    if _ALLOTS.match(word):
        return "资金"
    return "投资" if word.startswith("斥资") else word


_PLACE_SPENDS = re.compile(
    rf"^(?:[\u4e00-\u9fff]{{1,6}}?[省市区县])?(?:计划|将|拟)?(?:共|总)?(?:{SPENDS})$"
)
_PROGRAMME_AFTER = re.compile(
    r"\s*[，,]?\s*(?:用于|来)?(?:实施|办好|推进|落实)\s*[\d一二三四五六七八九十两]+\s*[件项个]"
    r"(?:重点|重大)?([\u4e00-\u9fff]{2,8}?(?:实事|工程|项目))"
)


def printed_amount(sentence: str, span: Span) -> Decimal | None:
    """The number a value prints, to add parts up to a total or weigh a part against it; None
    when it does not parse."""
    try:
        return parse(sentence[span.start : span.end]).value
    except ValueParseError:
        return None


def _parts_of_their_total(sentence: str, out: list[Named]) -> list[Named]:
    """`项目10个，年内完工2个，其中幼儿园5个、小学3个、初中2个`: parts after 其中 that add up to
    an earlier total, not to the figure right before them, are parts of that total, and take
    its name; each keeps the stage it names."""
    for j in range(2, len(out)):
        if "其中" not in sentence[out[j - 1].span.end : out[j].span.start]:
            continue
        before, unit = out[j - 1], out[j].span.unit
        k = j
        while k < len(out) and out[k].segment is not None and out[k].span.unit == unit:
            k += 1
        sums = [printed_amount(sentence, n.span) for n in out[j:k]]
        if k - j < 2 or None in sums:
            continue
        total = sum(v for v in sums if v is not None)
        if printed_amount(sentence, before.span) == total:
            continue
        whole = next(
            (
                n
                for n in reversed(out[: j - 1])
                if n.span.unit == unit and printed_amount(sentence, n.span) == total
            ),
            None,
        )
        if whole is not None:
            out[j:k] = [n._replace(name=whole.name) for n in out[j:k]]
    return out


def _funds_of_programme(sentence: str, out: list[Named]) -> list[Named]:
    """`2023年，某区投资17.5亿元，实施19件民生实事`: money a place spends, followed by the
    programme it pays for (whose count of items is no target), is that programme's
    (`民生实事投资`)."""
    for i, named in enumerate(out):
        if not (named.span.unit or "").endswith("元") or not _PLACE_SPENDS.match(named.name):
            continue
        m = _PROGRAMME_AFTER.match(sentence, named.span.end)
        if m:
            out[i] = named._replace(name=m.group(1) + named.name[-2:])
    return out


_ITEM_OF_LIST = re.compile(r"^[^，,；;。]*、[^，,；;。]*$")
"""What lies between one item of a list and the next (`农村小学、`)."""


def _funds_named_by_work(sentence: str, out: list[Named]) -> list[Named]:
    """`安排资金1亿元，在…新建教师周转宿舍900套`: a bare fund pays for the work its sentence
    goes on to measure, and is named by it and by the fund's own word (`新建教师周转宿舍资金`,
    `再投入…，新建幼儿园6所` → `新建幼儿园投入`)."""
    for i, named in enumerate(out[:-1]):
        work = out[i + 1]
        bare = _BARE_FUND.match(named.name)
        after = sentence[work.span.end : out[i + 2].span.start] if i + 2 < len(out) else ""
        if (
            bare
            and (named.span.unit or "").endswith("元")
            and not (work.span.unit or "").endswith("元")
            and not _ONCE_BUILT.match(work.name)
            and not _ITEM_OF_LIST.search(after)  # `…对8所农村小学、5所初中…`: one of its works
        ):
            out[i] = named._replace(name=work.name + _fund_word(bare), segment=work.segment)
    return out


_FIELD_LABEL = re.compile(r"(?:^|\s)([^\s:：，,。；;、\d]{2,12})[:：]")
"""A form's field label (`建设规模:`), standing after a space or at the line's start."""


def _left_of(sentence: str, at: tuple[int, int], i: int, cs: int) -> str:
    """The words before the i-th value of a clause (from `at`'s cursor to the name's end); for
    a first value with none, a form's field label (`建设规模:450m2 项目总投资:50万元`)."""
    cursor, start = at
    left = names.clean(_after_joiner(sentence[cursor:start]) if i else sentence[cursor:start])
    if not i and not left.strip():
        return _form_label(sentence, cs) or left
    return left


def _form_label(sentence: str, cs: int) -> str | None:
    """The label of the field whose value opens the clause at `cs`, when the sentence is a form's
    line of several fields (`项目名称:… 建设规模:450m2 项目总投资:50万元`); None for a lone
    colon (`原标题：…`, `某报讯：…`)."""
    labels = list(_FIELD_LABEL.finditer(sentence))
    if len(labels) < 2 or not labels[0].start(1) <= 1:
        return None
    last = next((m for m in reversed(labels) if m.end() <= cs), None)
    return last.group(1) if last and not sentence[last.end() : cs].strip() else None


_PARTS_BEFORE = re.compile(r"其中\s*[：:，,]\s*$")
"""`其中：` or `其中，` just before a clause: the parts of the total before it follow."""


def _of_parts(sentence: str, cs: int) -> bool:
    """Whether the clause at cs lists the parts of the total before it (`…，其中小学…`,
    `…。其中：小学…`)."""
    return bool(PARTS_OPEN.match(sentence, cs) or _PARTS_BEFORE.search(sentence, 0, cs))


def _stage_parts(
    listed: list[Named], parts: bool, carry: dict[str, str], state: dict[str, list[str]]
) -> list[Named]:
    """Stages a `分别` list gives values for after 其中 (`…学位1.5万个，其中小学、初中分别为
    9000个、6000个`): parts of the total, named as when listed one by one (`其中小学9000个、
    初中6000个` → 新增小学学位); any other list as it is."""
    if not parts or not all(segment_of(n.name) and n.name == names.clean(n.name) for n in listed):
        return listed
    named = [_refine(n.name, n.span, carry, state) for n in listed]
    pairs = zip(listed, named, strict=True)
    return [n._replace(name=name, segment=stage) for n, (name, stage) in pairs]


def _name_clause(
    sentence: str,
    cs: int,
    ce: int,
    spans: list[Span],
    earlier: list[str],
    carry: dict[str, str],
    state: dict[str, list[str]],
) -> list[Named]:
    spans, place_ends = _drop_places(sentence, cs, _drop_quoted(sentence, spans))
    spans, base_of = _from_to(sentence, spans)
    if not spans:
        return []
    head_end = _name_end(sentence, cs, spans[0], base_of)
    distributed = _distribute(sentence, (cs, head_end), spans, earlier, state)
    if distributed is not None:
        distributed = [n._replace(baseline=base_of.get(n.span.start)) for n in distributed]
        return _stage_parts(distributed, _of_parts(sentence, cs), carry, state)
    out: list[Named] = []
    cursor = cs
    for i, span in enumerate(spans):
        cursor = max(cursor, place_ends.get(span.start, cursor))
        opened = sentence.rfind("“", cursor, span.start)
        if opened >= 0 and in_quoted_target(sentence, span.start):
            cursor = opened + 1  # `一项指标就是“全市新建幼儿园80所”`: named inside the quote
        if span.kind == "word" and (
            _in_slogans(sentence, span) or _MEANS_AFTER.match(sentence, span.end)
        ):
            continue
        nxt = spans[i + 1].start if i + 1 < len(spans) else ce
        start = _name_end(sentence, cursor, span, base_of)
        left = _left_of(sentence, (cursor, start), i, cs)
        base = base_of.get(span.start)
        right = _words_after(sentence, span, base, nxt, i + 1 < len(spans))
        right = "" if _review_passed(sentence, span) else right  # what follows is not reviewed
        raw_left = sentence[cursor:start]
        right = _paid_for_count(right, sentence[span.end : ce], span.unit)
        own = carry if base is None else {**carry, "verb": ""}  # a from-to has its own verb
        name, used = _name_one(left, raw_left, right, span, i + 1 < len(spans), own)
        breakdown = _BREAKDOWN.match(sentence, span.end)
        if breakdown and not names.noun_after(right) and (names.ends_with_verb(left) or not left):
            # `建设6个(小学2所、…)国际交流试点校`
            tail = _clause_after(sentence, breakdown.end(), ce)
            name = _name_one(left, raw_left, tail[: _next_item(tail)], span, False, carry)[0]
        if i and not raw_left.strip():
            name = _classes_of_tracks(carry["previous"], spans[i - 1], span, right) or name
        name = _reworded(name, sentence, spans, i, ce, raw_left, right, carry["previous"])
        guessed = not name or (not left and not used)
        if not name and _changes_the_count_before(span, sentence, carry) and carry["previous"]:
            name = carry["previous"] + _compared_with(sentence, span)  # `…7440人，比上年增加670人`
        if _of_the_name_before(name, raw_left, i, sentence[:cs], sentence[span.start : span.end]):
            name = carry["previous"] or name
        if not name and not i and not carry["previous"]:
            name, guessed = _named_alone(sentence[:cs], raw_left, span, earlier, state, guessed)
        name = _after_a_count(name, raw_left, spans, i, carry["previous"])
        if not name and not i and not raw_left.strip() and not right.strip():
            name = _works_of_projects(carry["previous"], span)  # `…项目50个，1900套`
        name, guessed = _bare_named(name, span, carry, guessed, raw_left)
        cursor = span.end + used
        name = _word_goal_named(name, span, sentence) if span.kind == "word" else name
        name = _named_by_clause_before(name, raw_left, i, earlier, carry["previous"])
        if not name and not i:
            name = _named_before(sentence, cs, earlier, raw_left, carry["previous"])
        far = not name and bool(
            name := _named_from_afar(sentence, spans, i, start, earlier, raw_left)
            or _review_passed(sentence, span)
        )
        name = _like_the_first_year(sentence, spans, i, out, state) or name
        if not name or name == "等" or _restates_list(raw_left, sentence[span.start : span.end]):
            continue
        name = _part_of_a_level(raw_left, name, carry["previous"])
        part = _part_of(raw_left, name, carry["previous"])
        name, segment = _refine(part or name, span, carry, state)
        name = part or name
        carry["previous"] = carry[_IN_UNIT + str(span.unit)] = name
        carry["unit"] = str(span.unit)
        state["last"] = [name]
        each = bool(_EACH_REACHES.search(raw_left))
        out.extend(_each(Named(span, name, segment, guessed, base_of.get(span.start), far), each))
    return out


_YEAR_GROUP = re.compile(
    r"(?:^|(?<=[；;。，,：:]))\s*(?:其中\s*[：:，,]?\s*)?(?:19|20)\d\d\s*年\s*[：:，,]?\s*"
)
"""The head of one year's group of figures in a list of years (`；2027年`, `其中：2026年`)."""


def _like_the_first_year(
    sentence: str, spans: list[Span], i: int, named: list[Named], state: dict[str, list[str]]
) -> str:
    """`其中：2026年新建4所、新增学位1080个；2027年5所、1620个；2028年3所、900个`: a bare figure
    of a later year's group is named as the figure in the same place of the first year's (in
    this sentence, or the one before: YEAR_NAMES), when they are in the same unit; "" for any
    other figure."""
    heads = [m for m in _YEAR_GROUP.finditer(sentence, 0, spans[i].start) if m.group().strip()]
    if not heads or spans[i].kind != "value":
        return ""  # a goal in words (`2028年通过国家督导评估认定`) names itself
    own = [s for s in spans if heads[-1].end() <= s.start <= spans[i].start]
    gaps = [sentence[heads[-1].end() : own[0].start]] + [
        sentence[a.end : b.start] for a, b in itertools.pairwise(own)
    ]
    if gaps[0].strip() or any(g.strip() not in ("", "、", "和", "，", ",") for g in gaps):
        return ""
    if len(heads) > 1:
        before = [tuple(k.split("\t")) for k in state.get(_SO_FAR, [])]  # the clauses before
        so_far = [(int(at), name, unit) for at, name, unit in before]
        so_far += [(n.span.start, n.name, str(n.span.unit)) for n in named]
        first = [
            f"{name}\t{unit}"
            for at, name, unit in so_far
            if heads[0].end() <= at < heads[1].start()
        ]
    else:
        first = state.get(YEAR_NAMES, []) if heads[0].start() == 0 else []
    k = len(own) - 1
    name, _, unit = first[k].partition("\t") if k < len(first) else ("", "", "")
    return name if unit == str(spans[i].unit) else ""


_SO_FAR = "named so far"
"""The key in the state, while a sentence is named, of its clauses' names so far (each value's
start, name and unit): a later year's group in a clause of its own (`2026年引进120名，2027年150名`)
takes the first year's."""
YEAR_NAMES = "year group"
"""The key in a paragraph's state of the names a year's group of figures gave them
(`其中：2026年新建改扩建4所、新增学位1080个；`), each with its unit, for the next years' bare ones."""


def _remember_year_group(sentence: str, named: list[Named], state: dict[str, list[str]]) -> None:
    """Keep the names of a sentence that opens on a year and names its figures (two or more)."""
    head = _YEAR_GROUP.match(sentence)
    if head and head.group().strip() and len(named) > 1 and all(n.name for n in named):
        state[YEAR_NAMES] = [f"{n.name}\t{n.span.unit}" for n in named]


def _named_alone(
    before: str,
    raw_left: str,
    span: Span,
    earlier: list[str],
    state: dict[str, list[str]],
    guessed: bool,
) -> tuple[str, bool]:
    """A name for a sentence's first value that has none and follows none: the last one named
    after a later year alone (`…5个；到2027年，实现全覆盖`), or what the clause before does for
    all, for a goal word (_covered_before); "" if neither."""
    if _later_year_alone(before, raw_left):
        return (state.get("last") or [""])[0], True
    if span.kind == "word" and earlier and (covered := _covered_before(raw_left, earlier[-1])):
        return covered, True
    return "", guessed


_REACH_ONLY = re.compile(r"\s*(?:基本|全面|逐步)?(?:实现|达到|做到)\s*")
_ALL_OF = re.compile(
    r"^(?:所有|全部|各)|(?:都要|均要|都将|均将|都|均|要|将|全部)(?=纳入|参加|参与|接入|配备|建成|开展|达到)"
)


def _covered_before(raw_left: str, before: str) -> str:
    """`…，全市所有乡村学校都要纳入城乡学校共同体，实现全覆盖`: a goal word whose clause only
    reaches it is of what the clause before says is done for all (`乡村学校纳入城乡学校共同体`)."""
    clean = names.clean(before)
    if not _REACH_ONLY.fullmatch(raw_left) or not (_ALL_OF.search(clean) or _JOINS.search(clean)):
        return ""  # `加强与高校合作，基本实现全覆盖`: what is covered is not said
    said = _ALL_OF.sub("", clean)
    return (
        said
        if len(re.findall(r"[\u4e00-\u9fff]", said)) >= 4 and not re.search(r"\d", said)
        else ""
    )


_JOINS = re.compile(
    r"纳入|接入|加入|配备|配齐|开设|设立|建立|建成|建设|组建|开通|覆盖|结对|帮扶|共建"
)
"""What brings each place or school in (`乡村学校纳入城乡学校共同体`): what 全覆盖 is of."""


def _review_passed(sentence: str, span: Span) -> str:
    """`力争2028年通过国家督导评估认定`: a review to pass, when nothing before it names what is
    reviewed, names itself (`国家督导评估认定`)."""
    text = sentence[span.start : span.end]
    return text.removeprefix("通过") if span.kind == "word" and text.startswith("通过") else ""


def _bare_named(
    name: str, span: Span, carry: dict[str, str], guessed: bool, raw_left: str
) -> tuple[str, bool]:
    """A name that is only a goal (`目标值`) or a change (`还会再增加`), or none before a level
    reached (`在园生数将增加0.5万人，达到2.7万人`), given the one the clause before named in the
    same unit (then guessed); or only what each holds (`每个班30人` → `每班人数`)."""
    if _BARE_GOAL.fullmatch(name) and carry["previous"]:
        return carry["previous"], True
    same_unit = _named_in_unit(carry, span.unit) if span.unit else None
    if same_unit and (_BARE_CHANGE.fullmatch(name) or (not name and _REACHED.search(raw_left))):
        return same_unit, True
    one = _PER_ONE.fullmatch(name)
    if span.unit in ("人", "名", "个人") and one and not one.group("qualified"):
        return f"每{one.group('one')}人数", guessed  # not `每所乡镇中心学校30人`: its own name
    return name, guessed


_PEOPLE = ("人", "名", "位")
"""Counters of people: `培养2千位教师，…达到5千人` counts the same people."""


def _named_in_unit(carry: dict[str, str], unit: str) -> str | None:
    """The name the sentence last gave a value in `unit`, or in its thousands, ten thousands
    or units (`增加3000人，达到2.5万人`), or in another counter of people."""
    bare = unit.lstrip("十百千万亿")
    kinds = _PEOPLE if bare in _PEOPLE else (bare,)
    for kind in (unit, *kinds):
        for printed in (kind, "千" + kind, "万" + kind):
            if name := carry.get(_IN_UNIT + printed):
                return name
    return None


def _words_after(sentence: str, span: Span, base: Span | None, nxt: int, more: bool) -> str:
    """The words after a value up to the next value (or its from-to's start), cut at the next
    item of a list (unless they list the works it counts) and at a source note."""
    right = sentence[span.end : base.start if base and base.start > span.end else nxt]
    if not _WORKS_OF.match(right):
        right = right[: _next_item(right, more)]
    return _SOURCE_NOTE.split(right, maxsplit=1)[0]


_SOURCE_NOTE = re.compile(r"[(（]\s*(?:数据|资料|信息)?来源\s*[:：]")
"""`…患病率达4.7%(来源:WHO《…报告》)`: where a figure was taken from, no part of its name."""
_IN_UNIT = "in unit "
"""The key in a sentence's carry of the last name given a value in a unit (`in unit 所`)."""


def _of_the_name_before(name: str, raw_left: str, i: int, before: str, raw: str = "") -> bool:
    """Whether a value is of the name before it: its own words are a bare total (`10个团队，
    共40人`), or name nothing but a later year (`占比2019年底达到30%、2020年底达到50%`,
    `2011年260所 2012年410所`), a goal's year (_GOAL_YEAR, or _YEAR_CLAUSE before; a year
    alone before a bounded value: `…教师不少于180名，2027年不少于200名`), a year's part of a total
    (YEAR_PARTS_OPEN) or a level reached after a change (_level_after_change)."""
    if _BARE_TOTAL.fullmatch(name):
        return True
    if name:
        return False
    if i:
        return bool(_NEXT_YEAR.match(raw_left))
    return bool(
        _GOAL_YEAR.fullmatch(raw_left.strip())
        or (_YEAR_ONLY.fullmatch(raw_left.strip()) and _BOUND_OPENS.match(raw))
        or _YEAR_AIMED.fullmatch(raw_left)
        or YEAR_PARTS_OPEN.fullmatch(raw_left)
        or _level_after_change(raw_left, before)
        or (_BARE_REACH.fullmatch(raw_left) and _YEAR_CLAUSE.search(before))
    )


_YEAR_ONLY = re.compile(
    r"(?:到了?|至|在)?\s*(?:19|20)\d\d\s*年(?:底|末)?\s*(?:则|也|还)?(?:要|将)?"
)
_BOUND_OPENS = re.compile(rf"(?:{BOUNDS}|至少|最少|不多于|不大于)")
_YEAR_AIMED = re.compile(
    r"\s*(?:到了?|至)?\s*(?:19|20)\d\d\s*年(?:底|末)?\s*(?:则|也|还)?(?:要|将|力争|争取)\s*"
)
"""`近视率为51.3%，2025年力争下降0.5个百分点以上`: a later year and what is aimed at, then a change
that holds its own verb: of the indicator named before."""


_OPENING_YEAR = re.compile(r"\s*(?:到了?|至)\s*(?:19|20)\d\d\s*年(?:底|末)?\s*[，,]?\s*")


def _later_year_alone(before: str, raw_left: str) -> bool:
    """A sentence that opens with a later year and reaches a level it names nothing for
    (`到2027年，实现全覆盖` after `…县达到5个；`): the level of the indicator the sentence
    before named last."""
    if before.strip() and _OPENING_YEAR.fullmatch(before):
        return bool(_BARE_REACH.fullmatch(raw_left))
    return not before.strip() and bool(_GOAL_YEAR.fullmatch(raw_left.strip()))


_BARE_REACH = re.compile(_LATER_LEVEL + r"\s*")
_YEAR_CLAUSE = re.compile(r"[，,；;]\s*(?:到了?|至)\s*(?:19|20)\d\d\s*年(?:底|末)?\s*[，,]\s*$")
"""`…达到5个；到2027年，实现全覆盖`: a clause that only gives a later year, then a bare level
in the next: the level is the indicator's named before, as in one clause (_GOAL_YEAR)."""


def _reworded(
    name: str,
    sentence: str,
    spans: list[Span],
    i: int,
    ce: int,
    raw_left: str,
    right: str,
    previous: str,
) -> str:
    """A value's name as a phrase around it gives it instead: an amount in a bracket after a
    count, a count of a kind named after a size, money 用于 a count of works, a total investment
    of the works after it, a size listed after a count of works; and without an aside of
    examples (`新建包括甲中学在内的4所中小学`)."""
    name = _bracketed_amount(raw_left, right, previous) or name
    name = _kind_after_size(name, sentence, spans, i, ce) or name
    name = _use_counted(name, sentence, spans, i, ce) or name
    name = _investment_of(sentence, spans, i, ce) or name
    name = _size_of_works(name, raw_left, previous) or name
    return _INCLUDING.sub("", name)


_BARE_SIZE = re.compile(r"(?:校舍|建筑|总建筑|占地|用地|总占地|总用地)?面积|总投资|投资|总投入")


def _size_of_works(name: str, raw_left: str, previous: str) -> str:
    """A bare size listed right after a count of works (`新改扩建义务教育学校100所、校舍面积30万
    平方米`): the size of those works, named by them; "" for anything else."""
    if not _BARE_SIZE.fullmatch(name) or not raw_left.lstrip().startswith("、"):
        return ""
    return previous + name if names.leading_verb(previous) else ""


def _named_by_clause_before(
    name: str, raw_left: str, i: int, earlier: list[str], previous: str
) -> str:
    """A name the clause before gives a value whose own words name nothing: a bare length
    (`铺设供热管网，全长约4公里`: of the 管网), a bare spending (`加大产业投入，投资67亿元`), a bare
    total opening the clause (`…下达两批招聘计划，共637名`), a clause opened by 即 that glosses
    the measure before it (`…覆盖率，即…占比达到80%`), a bare rate of the work the clause
    before names (_ACTIVITY), a bare `分别为` after a list (`甲率和乙率，分别为…`)."""
    if not earlier:
        return name
    before = names.clean(earlier[-1])
    if _OF_CLAUSE_BEFORE.fullmatch(name) and not previous:
        name = before or name
    if _BARE_SPEND.fullmatch(name) and not previous:
        stated = _SPENDING.fullmatch(before)
        name = stated.group(1) if stated else name
    if _BARE_TOTAL.fullmatch(name) and not i:
        name = before or name
    if _BARE_CHANGE.fullmatch(name) and not i and not previous and _a_subject(earlier[-1]):
        name = before  # `县以上医院病床，五年增加40万张`: what grows is the clause before
    if not i and raw_left.lstrip().startswith("即"):
        name = _measure_clause_before(earlier[-1]) or name
    if not i and not previous and _BARE_RATE.fullmatch(name):
        done = _ACTIVITY.search(before)
        name = done.group(1) + name if done else _rate_of_clause(before, earlier[-1], name)
    if (
        name == "分别"
        and not i
        and len(names.split_list(before)) > 1
        and not _FIGURE.search(earlier[-1])
    ):
        name = before + name  # `A和B的比例，分别为60%左右`: each item of the list before
    return name


_FIGURE = re.compile(r"\d|百分之")
"""A figure printed in a clause: then the clause is no list of names alone."""


_SUBJECT_LONGEST = 10
"""A subject alone in its clause is a short noun phrase (`县以上医院病床`); a longer clause says
something of its own (`市府努力广设公共化幼儿园`)."""


def _a_subject(clause: str) -> bool:
    """A clause that only names a thing (short, no figure, no verb before it), as the subject
    a value in the next clause is of."""
    text = names.clean(clause)
    return (
        0 < len(text) <= _SUBJECT_LONGEST
        and not _FIGURE.search(clause)
        and not names.starts_with_verb(text)
    )


_BARE_RATE = re.compile(
    r"(?:覆盖|参与|合格|优良|达标|完成|普及|及格|优秀|通过|满意|知晓|检出)率|覆盖面|比例|占比"
)
_ACTIVITY = re.compile(
    r"(?:组织|开展|完成|实施|推进|推动|深化|落实|举办|进行|做好|抓好|提供|开设)"
    r"([^，,。；;\d]{2,20}?(?:测试|测评|检测|筛查|监测|体检|建设|改造|工程|行动|办学|评估|培训"
    r"|服务|活动|课程))(?:工作)?$"
)
"""`全年组织学生体质健康测试，合格率达到95%`, `完成学校食堂…建设，覆盖率达98%`, `为…学生免费
提供课后服务，参与率不低于90%`: a bare rate opening the clause after one that ends on a piece
of work is that work's rate."""


_CONNECTIVE = re.compile(
    r"为此|同时|其中|此外|另外|目前|当前|届时|最终|总体|整体|力争|确保|预计"
    rf"|(?:{CHANGE}|改善|加强|优化)$"
)
"""A clause that only links or hedges (`同时，覆盖率达到…`), or tells a state changing (`质量稳步
提高`): it names no work a rate is of."""


def _rate_of_clause(before: str, clause: str, rate: str) -> str:
    """`二是普遍将体重管理纳入学校健康教育，覆盖率达100%`: a bare rate after a clause that tells
    what is done, with no figure of its own, is the rate of doing it; else the rate alone."""
    if len(before) < 4 or _FIGURE.search(clause) or _CONNECTIVE.search(before):
        return rate
    return before + rate


def _after_joiner(between: str) -> str:
    """The words between two values without the `和` that joins the second to the first
    (`占比达到55%和覆盖率达到85%`): the second's name starts after it."""
    joiner = names.JOINED_NEXT.match(between)
    return between[joiner.end() :] if joiner else between


_RAISED_RATE = re.compile(
    r"(?:逐步|进一步|持续|稳步|大力)?(?:"
    + CHANGE
    + r")([\u4e00-\u9fff]{2,20}?(?:率|占比|比例|比重|覆盖面))"
)
"""A clause that raises a rate, named before a clause that gives only its level (`提高…占比，到
2020年原则上达到50%`): the level is of that rate."""


def _named_from_afar(
    sentence: str, spans: list[Span], i: int, start: int, earlier: list[str], raw_left: str
) -> str:
    """A name for a value that has none of its own, from further away: the words between it
    and the value before, or a clause before that is a measure's name alone."""
    if i:
        return _words_between(sentence, spans[i - 1], start)
    if earlier and not names.clean(raw_left):
        return (
            _measure_clause_before(earlier[-1])
            or _cleared_topic(earlier, spans[i], sentence)
            or _made_before(earlier[-1], spans[i])
        )
    return ""


_MADE_BEFORE = re.compile(
    rf"(?P<verb>{COUNT_VERBS})(?:[^，,。；;的]{{0,16}}的)?(?P<thing>[\u4e00-\u9fff“”]{{2,14}})$"
)


def _made_before(clause: str, span: Span) -> str:
    """`开发覆盖中小学主要学科的市级精品数字课程资源，三年内不少于500节`: a count whose clause
    says only its time and bound counts what the clause before makes or does (named as that
    clause's work would be: `开发市级精品数字课程资源`)."""
    if span.kind != "value" or span.unit in (None, "%") or str(span.unit).endswith("元"):
        return ""
    made = _MADE_BEFORE.search(clause.strip())
    return made["verb"] + made["thing"] if made else ""


def _word_goal_named(name: str, span: Span, sentence: str) -> str:
    """A goal in words named as what it is of: the coverage of what is covered (`…覆盖面`), or
    the accident not to happen, printed after the goal (`不发生较大及以上安全责任事故`)."""
    if name and "全覆盖" in sentence[span.start : span.end]:
        return name if re.search(r"覆盖[面率]?$", name) else name + "覆盖面"
    if not_to_happen := _NOT_TO_HAPPEN.match(sentence, span.end):
        what = not_to_happen.group()
        one = NONE_OF_ONE.match(what)  # `不发生1起…事故`: the count says none, names nothing
        return names.clean(what[one.end() :] if one else what) or name
    return name


_NOT_TO_HAPPEN = re.compile(
    r"(?<=不发生)(?:[^，,。；;、]{2,24}?(?:事故|事件)、)*"
    r"[^，,。；;、]{2,40}?(?:事故|事件)(?=\s*(?:[，,。；;、）)]|$))"
    r"|(?<=不发生)[^，,。；;、]{2,24}?(?:事故|事件)"
)
"""What is not to happen, named after the goal (`确保不发生较大及以上安全责任事故`), all of it
when it joins several (`不发生重大网络安全事件和重大食品安全事故`, `不发生A、B和C`)."""
_TOPIC = re.compile(r"[\u4e00-\u9fff（）()“”\d]{2,16}")
_ACTION = re.compile(
    r"(?:严格|全面|切实|认真|扎实|坚决|进一步|大力|着力|持续|不断|多措并举)"
    r"|(?:加强|强化|压实|落实|完善|健全|推进|推动|深化|加大|坚持|巩固|确保|做好|抓好|建立"
    r"|实施|开展|加快|狠抓|抓实|夯实|守住|筑牢|提高|提升|规范|优化|改善|保障|加力)"
)
"""Words that open a task (`加强督查`, `压实责任`, `多措并举`), not the thing a goal is about."""
_GONE = re.compile(r"清零|零发生|零事故|消除")
"""The goals in words that say something is gone, whose topic may name them."""


def _cleared_topic(earlier: list[str], span: Span, sentence: str) -> str:
    """`56人以上的大班额，今年要继续保持动态清零`, `校园安全事故，力争零发生`: what a goal in words
    says is gone, set as the sentence's topic in a clause of its own before it, when that clause
    is a noun alone (not a task: `加强督查，确保动态清零`)."""
    if span.kind != "word" or len(earlier) != 1:
        return ""
    topic = earlier[0].strip()
    plain = names.clean(topic)
    if plain and topic.startswith(plain):
        plain = topic  # `…违规办学行为`: 为 closes the noun, no copula
    if (
        not plain
        or not topic.endswith(plain)
        or not _TOPIC.fullmatch(plain)
        or _ACTION.match(plain)
        or names.starts_with_verb(plain)
    ):
        return ""
    return plain if _GONE.search(sentence, span.start, span.end) else ""


_WORDS_BETWEEN = re.compile(r"[\u4e00-\u9fff（）()]{2,12}(?<![各至到的])[（(]?")
"""Words, not `…各` (each of the things before gets the value), `…至` (a figure it goes to)
nor `…的` (`占…总额的21%`: a share of a whole)."""


def _words_between(sentence: str, previous: Span, start: int) -> str:
    """`等9个续建项目投入8.3亿元`, `开展2次线下培训（310人次）`: the words the count before took
    as the noun it counts, when they run straight up to the next value, name that value too
    (a measure of the same things); "" when anything but such words lies between."""
    gap = sentence[previous.end : start]
    plain = _ASIDE.sub("", gap.strip())  # `增配（更换）空调`: an aside makes the noun no longer
    return names.clean(gap) if _WORDS_BETWEEN.fullmatch(plain) else ""


_ASIDE = re.compile(r"[（(][\u4e00-\u9fff]{1,6}[)）](?=[\u4e00-\u9fff])")


_MEASURE_NOUN = re.compile(
    r"[\u4e00-\u9fff]{2,24}(?:率|比例|比重|占比|覆盖面|上限|下限|标准|规模|总数|人数|年限)"
)
"""`…自资学额上限，由100%增至120%`, `…平均受教育年限，达到12年`: a clause that is a measure's
name alone, before a clause that is only its level."""


def _measure_clause_before(clause: str) -> str:
    """The measure a clause before names, when that clause is nothing but its name (also
    before a clause opened by 即, which says what the measure counts: `某覆盖率，即公办与普惠
    民办幼儿园在园儿童所占比例达到…`)."""
    name = names.clean(clause)
    return name if _MEASURE_NOUN.fullmatch(name) else ""


_LABEL = re.compile(r"[\u4e00-\u9fff（）()]{2,12}")
_LONG_LABEL = re.compile(
    r"[\u4e00-\u9fff（）()、]{2,30}?(?:率|比例|比重|占比|覆盖面|数量|人数|年限|班额|面积|标准)"
)
"""A longer label a list of indicators prints (`中等职业学校双师型教师占专业课教师比例：不低于65%`,
`省一级、二级幼儿园覆盖面：75%左右`): the name of a measure, by the word it ends on."""
_NO_LABEL = re.compile(
    r"其中|包括|如下|目标|任务|要求|内容|情况|[提指]出|明确|强调|规定|时间|日期|地点"
)
"""What a colon closes that names no figure: a breakdown's or a list's lead, a goal's, a
quotation's, a date's or a place's label."""


def _named_before(
    sentence: str, cs: int, earlier: list[str], raw_left: str, previous: str = ""
) -> str:
    """A name for a clause's first value that has none of its own: the rate the clause before
    raises (`逐步提高公办园在园幼儿占比，到2020年全国达到50%`), the label a colon closes
    (`用地面积:65221.18㎡`), or the indicator of the value a year led in the clause before
    (`学前教育毛入园率：2025年97.2%，2030年98.5%以上`: one indicator's figures year by year)."""
    if earlier and (raised := _RAISED_RATE.fullmatch(names.clean(earlier[-1]))):
        return raised.group(1)
    dated = bool(_YEAR_ALONE.fullmatch(raw_left))  # `每千常住人口托位数：2025年3.4个`: that year's
    if dated and previous and _YEAR_LED.search(earlier[-1] if earlier else ""):
        return previous
    return "" if raw_left.strip() and not dated else _label_before(sentence, cs, earlier)


_YEAR_ALONE = re.compile(rf"\s*{YEAR_WRITTEN.pattern}(?:底|末)?\s*")
_YEAR_LED = re.compile(rf"{YEAR_WRITTEN.pattern}(?:底|末)?\s*[\d.]+")


def _label_before(sentence: str, cs: int, earlier: list[str]) -> str:
    """The label a colon closes right before a clause that is its value alone (`用地面积:
    65221.18㎡`, `可容纳学生：2700人`, a project's particulars line by line): it names the value."""
    if not cs or sentence[cs - 1] not in ":：" or not earlier:
        return ""
    label = names.clean(earlier[-1])
    bare = re.sub(r"[“”]", "", label)  # `中职学校“双师型”教师比例：`: the quote marks are no words
    named = _LABEL.fullmatch(bare) or _LONG_LABEL.fullmatch(bare)
    return label if named and not _NO_LABEL.search(label) else ""


_STAGE_LABEL = re.compile(r"[\u4e00-\u9fff（）()、]{4,30}")
_INDICATOR_END = re.compile(r"(?:率|比例|比重|占比|值|标准|定额|经费|面积|人数|年限|班额)$")


def _label_of_stages(sentence: str, cs: int, earlier: list[str]) -> str:
    """The indicator a colon closes before values named only by their stages (`生均教学仪器设备值：
    小学达到2000元以上、初中达到2500元以上`), or a comma after an indicator's name
    (`教师本科以上学历比例，小学达到80%，初中达到95%`): the name each stage's value is of."""
    if not cs or sentence[cs - 1] not in ":：，," or not earlier:
        return ""
    label = names.clean(earlier[-1])
    if not _STAGE_LABEL.fullmatch(label) or _NO_LABEL.search(label[-4:]) or segment_of(label):
        return ""
    if sentence[cs - 1] in "，," and not _INDICATOR_END.search(label):
        return ""  # a comma closes an indicator's name only (`…学历比例，小学达到80%`)
    if not leading_segment(sentence[cs:].strip())[0]:
        return ""
    return names.TASK_LEAD.sub("", label) or label  # `严格落实…基准定额，小学…`


_MEASURES = (
    ("面积", re.compile(r"平方米|平米|m2|㎡|亩|公顷|万方$")),
    ("长度", re.compile(r"公里|千米|km|㎞|米$")),
)


_CLASS_COUNT = re.compile(r"^个?班$")
_ROOM_FOR_CLASSES = re.compile(
    r"(?:项目|建成后|建成投用后|投用后)?(?:共|总共|可|能|计划|将|拟|预计|规划)*"
    r"(?:开设|开办|设置|设有|共设|(?<!建)设|容纳|共有|有)?(?:[\d一二三四五六七八九十]{1,2}轨)?"
    r"(教学班|班级|班)$"
)
"""`共36个班`, `可开设64个班`, `建成后计划设置36个教学班`, `可容纳60个班级`: the words that give a
school room for its classes (共, 开设, 容纳…) are no part of what is counted, its classes; nor
are the streams a grade has (`小学4轨24个班`)."""


_CLASSES_TWICE = re.compile(r"(班级|教学班)班$")
"""`计划班级40个班` named `计划班级班`: classes said before the count and again after it."""
_CLASSES_GIVEN = re.compile(r"(?:可|将|能|可以)?(?:提供|开设|设置)")
"""A name that is only the verb a count in 班 gives classes by (`可提供8班`): the classes are
what it counts (`提供班级`)."""
_BUILT_FOR = re.compile(r"按照?(配建|设计|建设|规划建设|规划)")
"""`按36班配建`: the classes a school is built for, its words left round the count."""
_ONE_DESIGNED = re.compile(r"是?一所(?:拥有)?(设计|规划)$")
"""`某项目是一所设计24班、840名学生规模的初级中学`: the classes the one school is designed for."""
_CLASSES_OF = re.compile(rf"(?:初级|高级|完全|九年一贯制)?(?:{SCHOOL_KIND})(?=(?:规模)?$)")
"""`规划42班初级中学`, `30班初级中学规模`: classes printed before the kind of school they make."""
_DESIGNED = re.compile(r"规划|规模|设计")
"""Words of a school's design: its classes, not classes added to a stage's stock."""


_CLASSES_WORD = re.compile(r"\s*(班级?|教学班)\s*、")
"""`30个班、` right after a count in 个: the classes it counts, before the list's next item."""


def _classes_word_given_back(sentence: str, out: list[Named]) -> list[Named]:
    """`办学规模为30个班、1350个学位`: the 班 after `30个` is what that count counts, so the
    next item's name does not open with it (`学位`, not `班学位`)."""
    for i in range(1, len(out)):
        before, named = out[i - 1], out[i]
        m = _CLASSES_WORD.match(sentence, before.span.end, named.span.start)
        word = m.group(1) if m and before.span.unit == "个" else ""
        if word and named.name.startswith(word) and len(named.name) > len(word):
            out[i] = named._replace(name=named.name[len(word) :].lstrip("、 "))
    return out


def _classes_held(name: str, span: Span) -> str:
    """A count of a school's classes named by its classes, not by how it holds them: `该校区
    计划开设班` → `该校区班级`, `共班` → `班级`; `规划建设18个班` keeps its work. A name that
    says classes before the count and again after it (`计划班级40个班`) says it once. A count in
    班 whose name holds no 班 is of classes too: `按配建` → `配建班级`, `规划初级中学` →
    `规划初级中学班级`."""
    name = _CLASSES_TWICE.sub(r"\1", name)
    if span.unit in ("班", "个班") and "班" not in name:
        if _CLASSES_GIVEN.fullmatch(name):  # `可提供8班、156名…`: classes given
            return name + "班级"
        if built := _BUILT_FOR.fullmatch(name):
            return built.group(1) + "班级"
        if one := _ONE_DESIGNED.search(name):  # `某项目是一所设计24班…的初级中学`
            return name[: one.start()] + one.group(1) + "班级"
        kind = _CLASSES_OF.search(name)
        if kind and _DESIGNED.search(name):  # not a bare `初中30班`, nor `增加100班幼儿园`
            return name[: kind.end()] + "班级"
    m = _ROOM_FOR_CLASSES.search(name)
    if not m or span.unit not in ("个", "班", "个班") or m.group() == m.group(1):
        return name  # `托班`, `专班`: a kind of class
    return name[: m.start()] + ("班级" if m.group(1) == "班" else m.group(1))


def _after_a_count(name: str, raw_left: str, spans: list[Span], i: int, previous: str) -> str:
    """The name of a figure printed straight after a count (`3条29公里`: its length; `18个班540人`:
    the classes' pupils), from the name the count was given; `name` otherwise."""
    if not i or not previous:
        return name
    if not name and raw_left.strip() in ("", "、"):
        return _measure_of(previous, spans[i - 1], spans[i])
    if _CLASSES_THEN_PEOPLE.fullmatch(raw_left):
        return _people_of_classes(previous, spans[i - 1], spans[i]) or name
    return name


_CLASSES_THEN_PEOPLE = re.compile(r"\s*(?:教学)?班(?:级)?\s*")
"""The class word a count of classes ends on, right before a count of people (`18个班540人`)."""


def _people_of_classes(previous: str, classes: Span, people: Span) -> str:
    """`规划招收幼儿18个班540人`: the people the classes hold, named as the classes were (with
    人数 when that name says no people); "" unless classes are followed by people."""
    if classes.unit not in ("个", "班") or people.unit not in ("人", "名"):
        return ""
    name = re.sub(r"(?:教学)?班(?:级)?$", "", previous)
    return name if re.search(r"(?:幼儿|学生|儿童|人)$", name) else name + "人数"


def _measure_of(thing: str, count: Span, size: Span) -> str:
    """A size printed straight after a count of things (`老旧小区831个、2662万平方米`,
    `街巷步道3条29公里`): the things' area or length; classes after a count of schools
    (`新建幼儿园6所、40班`, `8园40班`) are the schools' classes; "" for any other figure."""
    if count.unit is None or size.unit is None:
        return ""
    if count.unit in _SCHOOL_UNITS and _CLASS_COUNT.match(size.unit):
        return thing + "班级"
    for noun, units in _MEASURES:
        if units.search(size.unit) and not units.search(count.unit):
            return thing + noun
    return ""


def _classes_of_tracks(previous: str, tracks: Span, classes: Span, right: str) -> str:
    """`小学4轨24个班`, `30轨90教学班`: the classes counted straight after a school's classes per
    grade are that school's classes in all, named by what the 轨 were (`小学班级`); "" else."""
    if tracks.unit != "轨" or not previous.endswith(_UNIT_NOUNS["轨"]):
        return ""
    if classes.unit not in ("班", "教学班") and not right.strip().startswith(("班", "教学班")):
        return ""
    return previous.removesuffix(_UNIT_NOUNS["轨"]) + "班级"


_PROJECTS = re.compile(r"(.{2,}?)(?:建设|改造)?(?:项目|工程)$")


def _works_of_projects(previous: str, size: Span) -> str:
    """A bare amount in a clause of its own after a count of projects (`周转宿舍建设项目50个，
    1900套`): the works the projects build, counted in their own unit; "" for anything else."""
    m = _PROJECTS.fullmatch(previous[len(names.leading_verb(previous)) :])
    if not m or size.unit is None or size.unit in ("个", "项"):
        return ""
    return m.group(1)


_BREAKDOWN = re.compile(r"\s*[(（][^()（）]*\d[^()（）]*[)）]")
"""A bracketed breakdown right after a count, before the noun it counts: the count's name
follows it (`为72班(初中24班、小学48班)规模的学校`), the count itself gives none (`为`)."""


def _clause_after(sentence: str, at: int, ce: int) -> str:
    """The words after a breakdown up to the end of their clause: the count's clause, or the
    one the breakdown's own commas carried it into (`72班(初中24班,小学48班)规模的学校`)."""
    if at <= ce:
        return sentence[at:ce]
    mark = re.search(r"[，,；;。：:]", sentence[at:])
    return sentence[at : at + mark.start()] if mark else sentence[at:]


_POINTS = (None, "%", "个百分点", "百分点", "倍")


def _changes_the_count_before(span: Span, sentence: str, carry: dict[str, str]) -> bool:
    """`招生5.5万人，比2020年增加3000人` and `…，比2020年增长17%`: a change of the count just
    before it; a rise of a rate (`达到90%，比2020年提高5个百分点`) restates the rate's level."""
    if span.kind != "change":
        return False
    if span.unit not in _POINTS:
        return True
    counted = carry.get("unit", "None") not in map(str, _POINTS)
    return counted and bool(_compared_with(sentence, span))


def _compared_with(sentence: str, span: Span) -> str:
    """`比2024年增加` of `比2024年增加670人`: what a change is measured against, and its verb."""
    m = re.search(r"比[^，,。；;比]{1,10}$", sentence[: span.start])
    verb = re.match(r"[\u4e00-\u9fff]{2}", sentence[span.start : span.end])
    return (m.group() if m else "") + (verb.group() if verb else "")


def _bracketed_amount(raw_left: str, right: str, previous: str) -> str:
    """`完成52所民办幼儿园(1.2万个学位)转公办园`: an amount in a bracket right after a count is of
    the things counted (`民办幼儿园学位`); its noun ends at the bracket. '' for any other value."""
    if raw_left.strip() not in ("(", "（") or not previous:
        return ""
    inside = re.split(r"[)）]", right, maxsplit=1)[0]
    if len(inside) == len(right):
        return ""  # the bracket does not close after the value: a breakdown, named otherwise
    noun = names.noun_after(inside)
    thing = previous[len(names.leading_verb(previous)) :]
    return thing + noun if noun and thing and not names.starts_with_verb(noun) else ""


_NEXT_ITEM = re.compile(rf"[、，,；;](?=\s*(?:{COUNT_VERBS}|增加|增设|增建|可?容纳))")
"""A list mark before a counting verb opens the next item (`新建4所幼儿园、增加19个班`)."""


_NEXT_LEAD = re.compile(r"[、，,；;]\s*(?![\u4e00-\u9fff]*等$)[\u4e00-\u9fff]{1,4}$")
"""A list mark and a short word running up to the next value (`…中小学、打通3条…`): that
word leads the next value (its verb or its noun), no part of this value's noun; but not the
last of a list of examples its 等 closes (`…和丙小学、丁小学等20所`)."""


def _next_item(right: str, more: bool = False) -> int:
    """Where the words after a value stop being its noun: at the next item of its list, whose
    verb counts something else (`四处非营利幼儿园、增加十九班` names 十九班 by 增加); when a
    value follows, at the mark before the word that leads it (`新建3所小学、铺设2条跑道`)."""
    m = _NEXT_ITEM.search(right)
    if m:
        return m.start()
    lead = _NEXT_LEAD.search(right) if more else None
    return lead.start() if lead and lead.start() > 0 else len(right)


_EACH_REACHES = re.compile(
    r"(?:[均都]\s*(?:要|将|应)?\s*(?:达到|达|不低于|不少于|保持在?|为)|(?<=[\u4e00-\u9fff])各\s*(?:达到|达|为)?)\s*$"
)
"""`小学、初中均达到1.2人以上`, `新建小学和初中各2所`: a value each item of the list before reaches."""


def _each(named: Named, each: bool = False) -> list[Named]:
    """One value for several names: a rate each segment of a list reaches (`学前教育、义务教育
    入学率达到95%`), each of a list of rates (`入园率和康复训练率达到90%以上`), or each
    item `分别` gives it (`幼儿园数、在园幼儿数分别占总数80%以上`, `能耗、排放分别降低13%`,
    `入学率、巩固率分别达到98%`). A count for a list is
    one total, unless `each` (`均达到`) says every stage reaches it
    (`骨干教师数小学、初中均达到1.2人以上`)."""
    span, name = named.span, named.name
    if span.kind == "trend":
        return _each_trend(named)
    if span.unit not in _SHARED_UNITS and not each:
        return [named]
    head, sep, tail = name.partition("分别")
    shares = _paired_shares(head) if sep else None
    if shares:  # `甲数和乙数占丙数和丁数的比例，分别为…`
        return [named._replace(name=x + tail, segment=_segment_of_share(x, named)) for x in shares]
    run = segment_run(head + tail)
    if run:  # `小学、初中辍学率分别控制在…`: 分别 is no part of either name
        return [named._replace(name=_without_stage(n, seg), segment=seg) for seg, n in run]
    items = names.split_list(head)
    rates = all(_RATE_END.search(x) for x in items)
    if len(items) < 2 or not (sep or rates or each):
        return [named]
    return [
        named._replace(name=x + tail, segment=_segment_of_item(x, named))
        for x in names.complete(items)
    ]


def _segment_of_share(share: str, named: Named) -> str | None:
    """A share's stage is its part's (`中职招生数占高中阶段招生数的比例`: 中职)."""
    part = share.split("占")[0]
    return topic_segment(part) or _segment_of_item(part, named)


def _segment_of_item(item: str, named: Named) -> str | None:
    """The stage an item of a list names, else the stage of the whole name."""
    whole = named.segment or topic_segment(named.name)
    return segment_of(item) or leading_segment(item)[0] or whole


_SHARE_OF = re.compile(r"^([^占]+)占([^占]+?)(的?(?:比例|比重))$")


def _each_trend(named: Named) -> list[Named]:
    """A yearly rate for a list: each item's when `分别` says so (`小学和初中经费分别年均增长8%`)
    or the items are whole measures ending alike (`城镇居民人均可支配收入和农村居民人均纯收入
    年均增长5%`); else one rate of the whole (`教育经费和财政教育支出年均增长8%`)."""
    head, sep, tail = named.name.partition("分别")
    items = names.split_list(head)
    alike = len({x[-2:] for x in items}) == 1 and min(map(len, items), default=0) > 4
    run = segment_run(head + tail) if sep else None
    if run:
        return [named._replace(name=_without_stage(n, seg), segment=seg) for seg, n in run]
    if len(items) < 2 or not (sep or alike):
        return [named._replace(name=head + tail)] if sep else [named]
    return [named._replace(name=x + tail, segment=_segment_of_item(x, named)) for x in items]


def _paired_shares(name: str) -> list[str] | None:
    """`中职招生数和在校生数占高中阶段招生数和在校生数的比例`: two lists of equal length on either
    side of 占, the first item's share of the first whole, the second's of the second, each
    given the head the first items print (`中职`, `高中阶段`); or one whole all items are shares
    of (`民办园数和在园幼儿数占总数的比例`). None for any other name."""
    m = _SHARE_OF.match(name)
    if m is None:
        return None
    parts, wholes = names.split_list(m.group(1)), names.split_list(m.group(2))
    paired = len(wholes) > 1
    if not paired:
        wholes *= len(parts)  # `甲数和乙数占总数的比例`: one whole for each
    if len(parts) < 2 or len(parts) != len(wholes):
        return None
    shared = _shared_tail(parts[0], wholes[0]) if paired else 0
    part_head = parts[0][: len(parts[0]) - shared] if shared else ""
    whole_head = wholes[0][: len(wholes[0]) - shared] if shared else ""
    return [
        _headed(part, part_head) + "占" + _headed(whole, whole_head) + m.group(3)
        for part, whole in zip(parts, wholes, strict=True)
    ]


def _shared_tail(a: str, b: str) -> int:
    """How many characters `a` and `b` end alike in (`中职招生数`, `高中阶段招生数`: 3)."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _headed(item: str, head: str) -> str:
    return item if item.startswith(head) else head + item


def _without_stage(name: str, segment: str) -> str:
    """`骨干教师数小学` → `骨干教师数`: a measure's name without the stage it ends with."""
    seg, base = trailing_segment(name)
    return base if seg == segment else name


def _restates_list(raw_left: str, raw: str) -> bool:
    """`甲区、乙区…丙区等9个区`: a count of the places just listed, not a target; so is
    a count spelled in words right after a list of kinds (`打造教研员、班主任、心理教师三支队伍`):
    how many kinds the list named, a part of a plan's slogan."""
    spelled = _SPELLED_COUNT.match(raw)
    if not raw_left.rstrip().endswith("等") and not (spelled and raw_left.strip()):
        return False
    items = names.split_list(re.split(r"[，,；;：:]", raw_left.rstrip().removesuffix("等"))[-1])
    number = re.match(r"\d+", raw) or spelled
    if all(_WORK_DONE.search(x) for x in items) or (items and _BUILDS.search(items[0])):
        return False  # `甲中学迁建、乙小学新建等2项工程`, `新建甲园、乙园等2所`: works, counted
    count = _count_of(number.group()) if number else None
    return len(items) >= 2 and count == len(items)


def _count_of(printed: str) -> int | None:
    """`9` → 9, `三` → 3."""
    digits = printed if printed.isdigit() else numerals.number(printed)
    return int(digits) if digits else None


_SPELLED_COUNT = re.compile(r"[两二三四五六七八九](?![所个座处项校园家十百千万亿])")
"""A count in words of kinds (`三支`, `两类`), not of schools or works (`建成甲校、乙校两所`), nor a
number of tens or more (`名师、名校长两百名`)."""


_WORK_DONE = re.compile(rf"(?:{WORKS})$")
_BUILDS = re.compile(r"(?:迁建|新建|扩建|续建|改建|建设)(?=[\u4e00-\u9fff]{2})")
"""A list led by a verb of building (`新建县直第二幼儿园、…等4所幼儿园`): the count is of the
works to do, a target, not a count of places named."""


_USED_FOR = re.compile(r"\s*用于([^，,。；;：:（(]{2,40})")
_ALLOCATED = re.compile(rf"(?:其中|另外|另|并)?[\u4e00-\u9fff]{{0,4}}?(?:{ALLOTS})?")
"""Money named only by who sets it aside (`县府编列`, `其中`): what it is 用于 names it."""


_FUND_END = re.compile(rf"^(?!{ALLOTS}|{SPENDS})[\u4e00-\u9fff]{{2,}}(?:资金|经费)$")
"""A fund named by what kind it is (`专项资金`, not `安排资金`): it keeps its name whatever the
money is 用于."""
_MEASURED_BY_NEXT = re.compile(
    r"(?:总投资|总投入|投资|总建筑面积|建筑面积|总占地面积|占地面积|用地面积|总用地面积|面积)\s*(?:为|约|约为|达)?\s*$"
)
"""What the noun after a leading count ends on when the next value measures it (`20项…项目
总投资3600万元`): the name of that value, no part of what the count counts."""


_WORK = r"(?:新建|改扩建|扩建|改建|迁建|新改扩建|配套改造|改造|维修改造|提升改造|加固)"
_WORKS_OF = re.compile(
    rf"\s*([\u4e00-\u9fff]{{0,8}}?(?:{SCHOOL_KIND}))的"
    rf"({_WORK}(?:[、和及与]{_WORK})+)(?:工程|项目|工作)?"
)
"""`13所中小学校的新建、改扩建及配套改造工程`, `19所中学的迁建、扩建工作`: the schools
counted, then the works done to them; named by the works and the schools (`新建、改扩建及配套改造
中小学校`)."""
_SCALE_OF_CLASSES = re.compile(r"\s*班级?\s*的\s*办学规模")
"""`具备24个班级的办学规模`: a count of classes that a school's scale is stated in."""


_CLASSES_OF_PART = re.compile(
    rf"\s*(?:教学班\s*的\s*((?:初中|小学|高中)部|{SCHOOL_KIND})|班级?\s*的\s*((?:初中|小学|高中)部))"
    r"(?![\u4e00-\u9fff])"
)
"""`建成后将设置包含18个教学班的初中部、30个教学班的小学部、12个教学班的幼儿园`: teaching classes
counted before the part of the school that has them (its classes); not the kind of school a
scale describes (`班级规模为36个班的小学`)."""
_SIZE_OF_THING = re.compile(
    r"\s*的([\u4e00-\u9fff]{1,10}?(?:房|厅|馆|场|楼|室|池|跑道|长廊|操场|运动场|球场|食堂|宿舍))"
)
_AREA = re.compile(r"总?(?:建筑|占地|用地)?面积")
_MEASURE_WORD = {"米": "长度", "公里": "长度", "平方米": "面积", "万平方米": "面积", "亩": "面积"}
"""`320米的阳光房…`, `240平方米的报告厅可容纳…`: a size printed before the building it measures is
that building's length or area."""
_SCHOOLS_TO_GET = re.compile(
    rf"^([\u4e00-\u9fff]{{0,6}}?(?:{SCHOOL_KIND}))(?:将|要|计划|拟)"
    r"((?:建设|建成|新建|配备|配齐|完成|实现|改造)[^，,。；;\d]{2,20})$"
)
"""`某县33所学校将建设塑胶运动场`: a count of schools to get a work is named by the work (the
schools that will build it), not by the place before it."""


_YEAR_BRACKET = re.compile(r"^\s*[(（]\s*(?:19|20)\d\d\s*年?(?:底|末)?\s*[)）]")
_QUOTE_OPENS = re.compile(r"[\"“「『]\s*$")
_QUOTE_CLOSES = re.compile(r"[\"”」』]")


_UNIT_NOUNS = {"学位": "学位", "轨": "轨数", "教学班": "教学班"}
"""Units that are what they count (data/units.yaml): `可提供3000学位`, `小学8轨`, `90教学班`."""


def _with_unit_noun(left: str, unit: str | None) -> str:
    """`可提供3000学位`, `小学8轨`: a unit that is what is counted ends the name."""
    noun = _UNIT_NOUNS.get(unit or "")
    return left + noun if noun and not left.endswith(noun) else left


_WILL_HAVE = re.compile(r"将会?拥?有\s*$")


def _who_will_have(raw_left: str) -> str:
    """`小学将有79所`: with nothing named after a count, the words before `将有` (`将拥有`) name
    what will have it; "" when the count has no such words."""
    held = _WILL_HAVE.search(raw_left)
    return names.clean(raw_left[: held.start()]) if held else ""


def _name_one(
    left: str, raw_left: str, right: str, span: Span, more: bool, carry: dict[str, str]
) -> tuple[str, int]:
    """The name for one value from the words left and right of it in its clause, and how
    many characters after the value the name took.

    A share names its subject on either side (`学前教师100%持有教师资格证`); a count
    after a verb, or opening a list item, counts the noun after it (`新建15所中小学`,
    `、十个品牌化的教育成果`); otherwise the name is what precedes the value. A bracket the next
    value is in (`14所公办幼儿园(甲区2所`) is that value's: the name takes none of it.
    """
    right = re.sub(r"[(（][^)）]*$", "", names.CITATION.sub("", right))
    right = _YEAR_BRACKET.sub("", right)  # `92.28%(2024年)`: when it stood, no name's word
    quoted = _QUOTE_OPENS.search(raw_left) and _QUOTE_CLOSES.search(right)
    if span.unit == "%" and quoted:  # `其中"100%配备专职心理健康教师"的硬性要求`: the quote's words
        right = right[: quoted.start()]
    if re.search(rf"(?:元|{CURRENCY})$", span.unit or "") and (
        gloss := _CURRENCY_AFTER.match(right)
    ):
        right = right[gloss.end() :]
    if (works := _WORKS_OF.match(right)) and span.unit in ("所", "个"):
        return works.group(2) + works.group(1), works.end()  # `13所中小学校的新建、改扩建工程`
    right = _own_part(right, more)
    if phrase := _phrase_after(left, raw_left, right, span):
        return phrase
    if (span.unit or "").endswith("元") and (work := _work_paid(left, right)):
        return work
    noun = "" if span.unit in _UNIT_NOUNS else names.noun_after(right, share=span.unit == "%")
    if (span.unit or "").endswith("元") and _PURPOSE.match(noun):
        noun = ""  # `投资5亿元为乡村教师建设周转宿舍`: what the money is for, no noun of it
    if more and names.leading_verb(right.strip()) == right.strip():
        noun = ""  # `投资800万元新建4所幼儿园`: 新建 is the next value's verb, no noun of this
    counted = span.kind == "value" and span.unit not in ("%", "个百分点", "百分点", "‰", "成")
    if left and names.ends_with_verb(left) and len(left) <= LONGEST_NAME:
        carry["verb"] = left
    if not noun:
        named = (_named_schools(left) or _kind_of_examples(left)) if counted else None
        if named:  # `新建甲路小学、乙村学校2所`: schools listed by name, then counted
            return named, 0
        return _with_unit_noun(left or _who_will_have(raw_left), span.unit), 0
    if counted and _AREA.fullmatch(left):
        return noun + left, len(right)  # `面积达5万㎡校舍`: the area of the thing after it
    if span.unit in ("%", "成"):  # `50%以上的学校拥有…`, `三成以上的初中…`: the share that do
        share = left + noun
        return share if _RATE_END.search(share) else share + "比例", len(right)
    if counted and len(left) > LONGEST_NAME:
        return noun, len(right)  # a run of words with no mark in it is no name
    if counted and (worked := _worked_on(raw_left, noun)):
        return worked, len(right)  # `对9处危旧校舍进行加固`, `对剩余的9个教学点全部进行改造`
    listed = raw_left.rstrip().endswith(("、", "，", ","))
    if counted and (left.count("、") >= 2 or "等" in left or _examples_after_verb(left)):
        # `甲校、乙校、丙校6所学校建设项目开复工`, `新组建风景小学等3个教育集团`,
        # `建成甲校、乙校两所学校`: the examples are no name, the verb is
        return names.leading_verb(left) + noun, len(right)
    verbish = names.ends_with_verb(left) or 0 < len(left) <= 2  # 寻访100个红色文化基地
    if counted and (not left or listed or verbish):
        return _verb_of_count(left, verbish, noun, right, carry) + noun, len(right)
    if span.kind == "word" and not left:
        return noun, len(right)
    if counted and _KIND_END.search(left) and (classes := _CLASS_NOUN.match(noun)):
        word = classes.group(1)  # `办学规模为小学24个教学班`: the 小学's classes
        return left + word, right.find(word) + len(word)
    if (
        counted
        and not _MEASURE_END.search(left)
        and not _THING_END.search(left)
        and _SHORT_NOUN.fullmatch(noun)
    ):
        return left + noun, len(right)  # `学生掌握1至2项体育运动技能`
    if left and len(noun) <= 4 and not more and re.fullmatch(r"[\u4e00-\u9fff]+", noun):
        return left + noun, len(right)
    if counted and _PER_ONE.search(left):
        return left + noun, len(right)  # `中小学每校至少配备1名心理教师`: what each school has
    return left, 0


_OWN_VERB = re.compile(rf"^[\u4e00-\u9fff]{{1,6}}?(?:{COUNT_VERBS}|达到|通过|参加|参与|接受|获得)")
"""`3万名教师完成轮训`: the things counted, then a verb of their own; the clause says what
they do, and the verb of the list before it (`新增学位…，`) is not theirs."""


def _verb_of_count(left: str, verbish: bool, noun: str, right: str, carry: dict[str, str]) -> str:
    """The verb of a count printed before its noun: its own words' (`新建15所中小学`), else
    the verb of the list before it (`新增学位…，、12所小学`); none when the noun opens the clause
    and does something of its own (_OWN_VERB, _OWN_PREDICATE)."""
    if left:
        return left if verbish else carry["verb"]
    after = right.find(noun) + len(noun)
    acts = bool(_OWN_VERB.search(noun)) and not _COMPOUND_HEAD.search(noun)
    own = acts or names.starts_with_verb(noun) or bool(_OWN_PREDICATE.match(right, after))
    return "" if own else carry["verb"]


_OWN_PREDICATE = re.compile(r"\s*(?:将|要|已经?|预计|计划)")
"""`20余个项目将在2022年完工`: the things counted are the subject of a verb still to come in
their clause; the verb of the total before (`新增学位…。其中，`) is not theirs."""
_COMPOUND_HEAD = re.compile(rf"(?:{SCHOOL_KIND}|基地|中心|平台|站|室|馆|园|校|点|项目|工程|机构)$")
"""A noun that ends on a place or a work (`教师培训基地`): its verb-like word (培训) is part of
the compound, no verb of its own."""
_DONE_TO = re.compile(r"对[^，,。；;：:\d对]{0,8}$")
"""`对`, and words that qualify what follows (`对剩余的`, `对全县`), before a count of the things a
work is done to."""
_ALL_OF_THEM = re.compile(r"(?:全部|均|都|全面|统一|逐一|分别|一律)+$")


def _worked_on(raw_left: str, noun: str) -> str:
    """`对9处危旧校舍进行加固` → `加固危旧校舍`: a count after 对 is of the things a work
    (the verb after 进行) is done to, named by both; `全部`, `均` before 进行 say all of them are,
    no part of the name. '' when no 对 leads to the count, or (past words that qualify it) no
    进行 follows."""
    lead = _DONE_TO.search(raw_left.rstrip())
    if not lead:
        return ""
    thing, done, verb = noun.partition("进行")
    if not done:
        return noun if lead.group() == "对" else ""
    return verb + _ALL_OF_THEM.sub("", thing) if verb else noun


_CLASS_NOUN = re.compile(r"(教学班|班级|班)(?:$|[、，,和及与])")
"""The classes a count after a kind of school counts (`小学24个教学班`): that kind's classes."""


_CURRENCY_AFTER = re.compile(
    rf"\s*{CURRENCY}?\s*(?:[(（]\s*(?:约合?|折合|合)?\s*{CURRENCY}[^()（）]*[)）])?"
)
"""`三十亿元人民币（约台币一百二十亿元）`: the currency of a sum and its gloss in another one, after
it: no noun the sum is of."""

_PER_ONE = re.compile(
    r"每(?:所|个|间)?(?P<qualified>(?:乡镇|农村|城区|城镇|中心|寄宿制|公办|民办|普通|义务教育)*)"
    rf"(?P<one>校|园|班|乡镇|乡|镇|县|区|村|{SCHOOL_KIND})$"
)
"""A subject of each one (`中小学每校`, `每所中小学`, `每所乡镇中心学校`) before a count: the count
is of the thing after it, which each of them is to have, so the name is both."""


_PURPOSE = re.compile(r"(?:为|对)(?=[\u4e00-\u9fff“]|$)")
"""Words after a sum of money that open whom it is for or what work it does (`投资5亿元为乡村
教师建设周转宿舍`, `投入300万元对乡村小学操场进行改造`), or alone before a count of those
(`安排资金300万元为20所学校…`): no noun of the sum, which the spending verb before it names
(but `用于…` says the very spending: `用于校舍达标建设`)."""


_SPEND_END = re.compile(r"(投入|投资)(?:资金)?$")
"""The nouns of spending that end what pays for a work (`投入`, `投资`) and name it; 斥资 is a verb
only, so it is none (text.SPENDS has the verbs)."""
_DONE_FOR_MONEY = re.compile(
    r"\s*对\s*(?P<count>[\d.]+\s*[所个处间座]\s*)?([^，,。；;：:\d]{2,30}?)\s*进行"
    r"\s*([^，,。；;：:\d]{2,12})"
)
"""`对甲小学校舍进行设施改造`, `对28所学校的操场进行改造` (the count is a value of its own)."""
_PROPER_SCHOOL = re.compile(rf"^[^\d]*?({SCHOOL_KIND})")
"""A school's own name up to its kind (`甲镇东小学`, `乙小学校舍`), whether or not more follows:
the last of schools listed one by one gives them all only its kind."""


def _work_paid(left: str, right: str) -> tuple[str, int] | None:
    """`投入360万元对甲小学、乙小学校舍进行设施改造`: money spent on a work done to things is
    that work's spending, named by the things, the work and the verb (`小学校舍设施改造投入`);
    of schools listed one by one, the last gives their kind. None when the money is not spent
    so (`为…`, whom it serves, leaves the spending verb its name)."""
    spend = _SPEND_END.search(left)
    done = _DONE_FOR_MONEY.match(right)
    if not spend or not done:
        return None
    things = done.group(2).split("、")
    thing = things[-1]
    if len(things) > 1:  # schools named one by one: `甲小学、乙小学校舍` → `小学校舍`
        thing = _PROPER_SCHOOL.sub(r"\1", thing)
    used = 0 if done["count"] else done.end()  # the count is a value of its own, named after
    return names.clean(thing + done.group(3)) + spend.group(1), used


def _paid_for_count(right: str, rest: str, unit: str | None) -> str:
    """The words after a sum to name it by: up to the next value, but past a count of the
    things its work is done to (`投入300万元对9处校舍进行加固`: 9处 is the next value)."""
    if (unit or "").endswith("元") and right.strip() == "对" and _DONE_FOR_MONEY.match(rest):
        return rest
    return right


_NEXT_NAMED_ITEM = re.compile(r"、(?![^、]*\d{4})(?=[^、，,。；;将可的等()（）]{1,8}$)")
"""`、` before a short name that runs into the next value (`2班32个名额、3至5岁班2班…`): the next
list item's name, no part of this value's (not a year, a bracket's inside or examples with 等)."""


def _own_part(right: str, more: bool) -> str:
    """The words after a value up to where the next item or the next value's name begins."""
    if item := names.NEXT_ITEM.search(right):
        right = right[: item.start()]  # `…改扩建施工、实现安置房建设`: the next item's verb
    measure = _MEASURED_BY_NEXT.search(right) if more else None
    if measure:
        right = right[: measure.start()]  # `20项社会事业项目总投资3600万元`: the next value's name
    if more and (item := _NEXT_NAMED_ITEM.search(right)):
        right = right[: item.start()]  # `32个名额、3至5岁班2班…`: the next item's own name
    return right


_CLASS_STANDARD = re.compile(rf"\s*制的?((?:初级|高级|完全|九年一贯制)?(?:{SCHOOL_KIND}))")
"""`24班制的完全中学`: the number of classes a kind of school is built to, its class standard."""


def _phrase_after(left: str, raw_left: str, right: str, span: Span) -> tuple[str, int] | None:
    """The name a phrase after the value gives it whole, and how much of `right` it took: the
    time works take, the scale classes make, what money is for, what a size measures, the
    work a count of schools is to get. None when no such phrase follows."""
    if span.unit == "班" and (standard := _CLASS_STANDARD.match(right)):
        return standard.group(1) + "班制", standard.end()  # `新建一所24班制的完全中学`
    if span.unit == "个" and raw_left.rstrip().endswith("用") and TAKES_TO_BUILD.match(right):
        return "建设工期", len(right)  # `计划用11个月时间建成`: the months the works take
    works_days = span.unit in DAYS and "工期" not in left
    if works_days and PERIOD_OF_WORKS.search(fold(raw_left)):
        return "工期", 0  # `工程将花费480日历天`: the days the works take
    if scale := _SCALE_OF_CLASSES.match(right):
        return "办学规模", scale.end()  # `将具备24个班级的办学规模`: the classes are the scale
    if span.unit in ("个", "班", "教学班") and (part := _CLASSES_OF_PART.match(right)):
        return (part.group(1) or part.group(2)) + "教学班", part.end()  # `18个教学班的初中部`
    use = _USED_FOR.match(right)
    if (
        use
        and (span.unit or "").endswith("元")
        and _ALLOCATED.fullmatch(left)
        and not _FUND_END.search(left)
    ):
        return names.clean(use.group(1)), use.end()  # `编列1412.9万元用于幼童车汰换`
    sized = _SIZE_OF_THING.match(right)
    if sized and span.unit in _MEASURE_WORD and (not left or names.ends_with_verb(left)):
        return sized.group(1) + _MEASURE_WORD[span.unit], sized.end()
    counts_schools = _SCHOOLS_TO_GET.match(right.strip().rstrip("。；;！!"))
    if counts_schools and span.kind == "value" and span.unit in ("所", "个", "家"):
        return counts_schools.group(2) + "的" + counts_schools.group(1), len(right)
    return None


_ONE_NAMED = re.compile(rf"[\u4e00-\u9fff]{{2,}}?({SCHOOL_KIND})")
_QUALIFIED_KIND = re.compile(
    r"(?:公办|民办|城镇|城区|农村|乡镇|普惠性?|寄宿制|九年一贯制|义务教育|完全|薄弱)*"
    rf"(?:{SCHOOL_KIND})"
)
"""A kind of school, qualified (`公办幼儿园`, `城镇中小学`): no one school's name."""


def _named_schools(left: str) -> str | None:
    """`新建甲路小学、乙村规模学校` before `2所`: a list of schools named one by one after its
    verbs, which the count sums up, is named by the verbs and the last school's kind
    (`新建学校`); None for a list of kinds (`新建、改扩建中小学、幼儿园`)."""
    verbs = _verbs_opening(left)
    items = left[len(verbs) :].split("、") if verbs else []
    if len(items) < 2 or any(_QUALIFIED_KIND.fullmatch(i) for i in items):
        return None
    matched = [_ONE_NAMED.fullmatch(i) for i in items]
    last = matched[-1]
    return verbs + last.group(1) if last and all(matched) else None


def _verbs_opening(text: str) -> str:
    """The verbs a text opens with, one after another (`新建及改扩建甲校、乙校` → `新建及改扩建`)."""
    verbs = ""
    while step := names.leading_verb(text[len(verbs) :]):
        verbs += step
    return verbs


_KIND_END = re.compile(rf"({SCHOOL_KIND})$")


_EXAMPLES_THEN_NOUN = re.compile(r"(?<![高中初同平均对次])等([\u4e00-\u9fff]{1,4})$")
"""The noun after a list of examples closed by 等 (`甲小学、乙幼儿园等项目`): what they are, when
each is a school named (a list of kinds, `学前教育、义务教育等学位`, or qualifiers, `心理、法律等
个案服务`, is part of the name)."""


def _kind_of_examples(left: str) -> str | None:
    """`新建甲片区配套中学、乙片区配套小学等` before `12所`: schools given as examples after
    the verbs, closed by 等, are no name; the count is of the verbs' work on the kind they
    share (`新建中学`), or on schools when the kinds differ (`新建学校`). Examples closed by
    `等` and a noun (`续建甲小学、乙幼儿园等项目`) are that noun's (`续建项目`)."""
    body = _MANNER.sub("", left)
    verbs = _verbs_opening(body)
    named = _EXAMPLES_THEN_NOUN.search(body) if verbs and "、" in body else None
    examples = body[len(verbs) : named.start()].split("、") if named else []
    schools = all(_KIND_END.search(e) and not _BARE_KIND.fullmatch(e) for e in examples)
    if named and schools and not names.starts_with_verb(named.group(1)):
        return verbs + named.group(1)  # `续建甲小学、乙幼儿园等项目` before `5个`: 续建项目
    if not verbs or not body.endswith("等"):
        return None
    kinds = {
        m.group(1) if (m := _KIND_END.search(i)) else "" for i in body[len(verbs) : -1].split("、")
    }
    if "" in kinds:
        return None
    return verbs + (kinds.pop() if len(kinds) == 1 else "学校")


_INVESTED = re.compile(r"(总投资|总投入)\s*(?:约|达|为|约为)?\s*$")
_OF_THING = re.compile(r"\s*的")
_COUNTS_OPEN = re.compile(r"^(?:\s*[\d一二三四五六七八九十两]+\s*[件项个所座处])+")
"""`10件40项` before the works an investment is of: how many, no part of their name."""
_WHEN_AFTER = re.compile(r"今年|明年|年内|预计|计划|已经|已|将|正在|于")


def _investment_of(sentence: str, spans: list[Span], i: int, ce: int) -> str:
    """`总投资3.5亿元的某中学迁建项目`, `推进总投资12亿元的8件民生实事`: an investment printed
    before the works it is of (joined by 的) is named by those works (`民生实事总投资`), up to
    when they are done; '' otherwise."""
    span = spans[i]
    invested = _INVESTED.search(sentence, 0, span.start)
    of = _OF_THING.match(sentence, span.end)
    if not invested or not of or not (span.unit or "").endswith("元"):
        return ""
    start = of.end()
    for counted in spans[i + 1 :]:  # `…的10件40项民生实事`: counts of the works, before them
        if sentence[start : counted.start].strip():
            break
        start = counted.end
    later = [s.start for s in spans if s.start >= start]
    text = sentence[start : min([*later, ce])]
    text = text[: m.start()] if (m := _WHEN_AFTER.search(text)) else text
    works = names.noun_after(_COUNTS_OPEN.sub("", text))
    return works + invested.group(1) if works else ""


_INCLUDING = re.compile(r"包括[^，,。；;、]{1,24}?在内的?")
"""`包括甲中学在内的`: examples among the things counted, no part of their name."""
_SPENT_ON = re.compile(r"(?P<verb>[\u4e00-\u9fff]{0,4}?)用于$")


def _use_counted(name: str, sentence: str, spans: list[Span], i: int, ce: int) -> str:
    """`投入3000万元用于12项医疗卫生补短板项目`: money whose use is a count of works is named
    by those works and the verb that spends it (`医疗卫生补短板项目投入`); '' otherwise."""
    spent = _SPENT_ON.fullmatch(name)
    if not spent or not (spans[i].unit or "").endswith("元") or i + 1 >= len(spans):
        return ""
    count = spans[i + 1]
    if sentence[spans[i].end : count.start].strip() != "用于":
        return ""
    end = spans[i + 2].start if i + 2 < len(spans) else ce
    works = names.noun_after(sentence[count.end : end])
    return works + (spent.group("verb") or "资金") if works else ""


def _kind_after_size(name: str, sentence: str, spans: list[Span], i: int, ce: int) -> str:
    """`新建甲园、乙园等5所面积达1.2万㎡的公办幼儿园`: a count closing a list of examples, with
    no noun before the next value (a size), counts the kind of school named after that size;
    named by the list's verbs and that kind. '' otherwise."""
    if not name.endswith("等") or i + 1 >= len(spans) or spans[i].unit not in _SCHOOL_UNITS:
        return ""
    end = spans[i + 2].start if i + 2 < len(spans) else ce
    kind = names.noun_after(sentence[spans[i + 1].end : end])
    verbs = _verbs_opening(name)
    return verbs + kind if verbs and _QUALIFIED_KIND.fullmatch(kind) else ""


_OPEN_PART = re.compile(r"[(（]\s*其中([^()（）]*)$")


_LEVEL_PART = re.compile(r"(?:国家|省|市|县|区)级(?:以上|及以上)?")


def _part_of_a_level(raw_left: str, name: str, previous: str) -> str:
    """`特色学校30所，其中国家级10所`: a part named only by the level that recognised it is
    that many of the total's things at that level (`国家级特色学校`), the total's verb first."""
    opens_part = "其中" in raw_left
    listed = raw_left.strip().removesuffix(name) in ("、", "和", "及", "与")
    if not previous or not _LEVEL_PART.fullmatch(name) or not (opens_part or listed):
        return name
    if _LEVEL_PART.search(previous):  # `省级以上名师30名，其中国家级5名`, `…、市级6所`
        return _LEVEL_PART.sub(name, previous, count=1)
    verb = names.leading_verb(previous) if opens_part else None
    return name if verb is None else verb + name + previous[len(verb) :]


def _part_of(raw_left: str, name: str, previous: str) -> str:
    """`建设品质县中10所(其中浏阳4所)`: a part of the total before the bracket, named by a
    place or a group too short to be an indicator: the total's name with the part in
    brackets (`建设品质县中（浏阳）`); '' for any other value. A part that is a kind of
    school (`其中幼儿园10所`) or a year of classes (`其中小班2个`) is named by itself."""
    m = _OPEN_PART.search(raw_left)
    if not m:
        return ""
    inner = names.clean(m.group(1))
    outer = names.clean(raw_left[: m.start()]) or previous
    if not outer or not inner or len(inner) > 4 or inner != name:
        return ""
    if topic_segment(inner) or _THING_END.search(inner) or _RATE_END.search(inner):
        return ""  # `其中小班2个`: a kindergarten's classes of that year, named by themselves
    return f"{outer}（{inner}）"


def _examples_after_verb(left: str) -> bool:
    """`建成甲校、乙校`, `完成甲镇和乙镇`: a verb, then a list of the things themselves (not
    `新建、改扩建`, `新建和改扩建`)."""
    verb = names.leading_verb(left)
    return bool(verb) and re.search(r"[、和及与]", left[len(verb) :]) is not None


def _in_slogans(sentence: str, span: Span) -> bool:
    """`零拒绝、全覆盖、深融合`: a word among slogans, not a target; the word is the whole item of
    its list. One a name runs into (`课后服务全覆盖、结对帮扶全覆盖`) is that name's level."""
    if "、" not in (sentence[span.start - 1 : span.start], sentence[span.end : span.end + 1]):
        return False
    item = _SLOGAN_ITEM.search(sentence, 0, span.start)
    return (
        item is None or len(names.clean(item.group(1))) < 3
    )  # `实现零拒绝、全覆盖`, `坚持全覆盖、`


_MEANS_AFTER = re.compile(r"[^，,；;。]*?等[^，,；;。]{0,4}(?:举措|措施|方式|途径|手段|办法)")
"""`通过实施农村学前教育全覆盖、扩大…等具体举措`: a word in a list of the means to a goal names
a measure taken, not a level reached."""
_SLOGAN_ITEM = re.compile(r"(?:^|[、，,；;：:。])([^、，,；;：:。]*)$")
"""The part of a list item before a word in it."""


_SIZE_ONLY = re.compile(r"全长|总长|总长度|长度")
"""A length with no subject (`铺设供热管网，全长约4.3公里`): of what the clause before builds."""
_IN_KINDS = r"(?:共|总共)?分(?:为|成)?[\d一二三四五六七八九十两]+大?类"
"""`共分3类` before a total: how many kinds the total falls into, no name of it; the total is of
what the clause before names (`教育重大项目，共分3类266个`)."""
_OF_CLAUSE_BEFORE = re.compile(rf"{_SIZE_ONLY.pattern}|{_IN_KINDS}")
_BARE_SPEND = re.compile(r"投资|投入|资金")
_SPENDING = re.compile(r"(?:加大|加强|增加|扩大|强化)([\u4e00-\u9fff]{1,8}(?:投入|投资))")
"""`加大产业投入，投资67亿元`: a bare amount is the spending its clause before announces."""
_MEASURE = re.compile(r"(?:这一|该|此)?(?:比例|占比|比重|比率|覆盖率|覆盖面|指标)")
"""A name that is only a measure (`占比达到60%`, `这一比例达到80%`): of what came before."""
_AFTER_WHEN = re.compile(
    rf"^[^，,；;\d]{{1,10}}?(?:后|以后|之后)(?=(?:这一|该|此){_MEASURE.pattern}$)"
)
"""`政策实施后这一比例将提升至30%`: when, before a measure that points back; the measure is named."""
_MEASURE_END = re.compile(r"(?:数|量|率|比例|规模|面积|总数|个数|指数|系数|得分)$")
"""A left context that is already an indicator: what follows the value is another clause."""
_PLACE_WORDS = rf"(?:{PLACE_PART}|[\u4e00-\u9fff]{{1,4}}城区|县[(（]市[)）]|城市)"
_PLACE = re.compile(_PLACE_WORDS)
_PLACE_HEAD = re.compile("^" + _PLACE_WORDS)
"""`…入园率达到95%以上，农村达到80%以上`, `西部山区和民族地区达到88%左右`: the same rate for a
part of the place."""
_PLACES_END = re.compile(r"(?:学位|学额|托位|名额)$")
"""What a total of places ends on (`新增义务教育学位`): a stage's part of it is that stage's."""
_THING_END = re.compile(rf"(?:{SCHOOL_KIND}|学位|项目|园|校|机构)$")
"""A left context that already names what a count counts (`新建、改扩建幼儿园8所赶紧…`)."""
_BARE_KIND = re.compile(
    rf"(?:公办|民办|完全)?(?!学校)(?:{SCHOOL_KIND})校?"
    r"|(?:九年一贯制|十二年一贯制|特殊教育)学校"
)
"""A kind of school with no verb of its own (`中小学`, `九年一贯制学校`): counted in schools
after a list's first item, it shares that item's verb, as a bare stage does (`小学3所`); a
bare 学校 may be the noun after a count (`改扩建…等8所学校`), whose verb is its own."""
_SCHOOL_UNITS = ("所", "园", "校")
"""Counts of schools: a bare kind counted so (`教育设施60所（其中幼儿园30所…）`) is a number of
schools of that kind, named by itself, where a bare stage beside a measure (`新增学位900个，
其中幼儿园300个`) is a part of that measure."""
_SHORT_NOUN = re.compile(r"[\u4e00-\u9fff“”（）()、A-Za-z]{1,20}")
_RATE_END = re.compile(r"(?:率|比例|比重|占比|覆盖面|系数)$")
_QUALIFIED_RATE = re.compile(r"(?:合格|优良|优秀|达标|及格)率$")
"""Rates that need a subject (`体质健康` …): a bare one shares the one before it."""
_MANNER = re.compile(r"^(?:(?:高标准|高质量|高水平|高起点|高规格|加快|全力|积极)[、，,和及与]?)+")
"""How a thing will be done (`高标准、高质量新建…`): the verb after it is what the parts share."""
_VERB_HEAD = re.compile(
    rf"^(?:{COUNT_VERBS})(?:[、和及与](?:{COUNT_VERBS})|改扩建|扩建|改建|迁建|续建)*(?![后时])"
)
"""The verbs a list's first item opens with, which its bare items share: joined by a mark
(`新建、改扩建`), or building verbs run together (`新建改扩建中小学12所、幼儿园8所`); not
the time once a work is done (`建成后可提供…`)."""


def _refine(
    name: str, span: Span, carry: dict[str, str], state: dict[str, list[str]]
) -> tuple[str, str | None]:
    """A name read against the values before it in the sentence: a bare segment
    (`初中达到13.5：1` after `生师比小学达到17：1`; `幼儿园60所` after `新建中小学校40所`),
    a bare measure (`占比`, `这一比例`), a short rate sharing a head (`优良率` after
    `体质健康达标率`), a bare verb (`改扩建34所` after `新建、改扩建公办幼儿园56所`), a bare
    part of the place (`县(市)达到30%以上` after `市区…入园率达到50%以上`); and the segment
    a name ends or begins with."""
    counted = span.unit not in (None, "%", "个百分点", "百分点")
    # `新建幼儿园12所，新增学位3600个，其中…新建4所`: the last thing counted in the same unit
    previous = carry.get(_IN_UNIT + str(span.unit), "") or carry["previous"]
    verb_before = names.leading_verb(previous)
    money = (span.unit or "").endswith("元")  # `计划投入31亿元`: no kind of school's
    classes = span.unit in ("班", "个班")  # `增设4所幼儿园、增加19班`: classes, not schools
    kind = previous[len(verb_before) :]
    if counted and not money and not classes and names.leading_verb(name) == name and verb_before:
        name += "" if names.leading_verb(kind) == kind else kind  # `其中，改扩建34所`: of its kind
    head = _VERB_HEAD.match(_MANNER.sub("", name))
    if head:
        carry["verb"] = head.group()
    if _PLACE.fullmatch(name) and _RATE_END.search(carry["previous"]):
        return name + _PLACE_HEAD.sub("", carry["previous"]), leading_segment(carry["previous"])[0]
    stage_places = _stage_places(name, span, carry)
    if stage_places:
        return stage_places
    if _GRADES.fullmatch(name) and (grade := _of_grades(name, carry["base"])):
        return grade
    word = segment_of(name)
    trailed, carry["trailed"] = carry.get("trailed", ""), ""
    if word:
        if counted and carry["verb"] and not trailed:
            # `新增学位3.2万个，其中小学1.9万个`: the stage's places, not schools
            places = _PLACES_END.search(carry["base"]) if span.unit not in _SCHOOL_UNITS else None
            # `新建中小学12所、新增学位…。其中，小学5所`: the verb of the total in the same unit
            in_unit = carry.get(_IN_UNIT + str(span.unit), "")
            verb = carry["verb"]
            if in_unit and not in_unit.startswith(verb):
                verb = names.leading_verb(in_unit) or verb
            return verb + name + (places.group() if places else ""), word
        base = carry["base"]
        if _GRADES.match(base):  # `三至六年级书面作业…不超过60分钟，初中不超过90分钟`
            return name + _GRADES.sub("", base, count=1), word
        had, rest = leading_segment(base)
        if counted and (_THING_END.search(base) or span.unit in _SCHOOL_UNITS):
            return name, word  # `中学13所、小学22所`: a kind of school beside another
        return (name + _GRADES.sub("", rest, count=1) if had else base or name), word
    if span.unit in _SCHOOL_UNITS and carry["verb"] and not trailed and _BARE_KIND.fullmatch(name):
        return carry["verb"] + name, None  # `新建幼儿园4所、中小学3所`: built too
    name = _AFTER_WHEN.sub("", name) if _AFTER_WHEN.match(name) else name
    if _MEASURE.fullmatch(name):
        last = (state.get("last") or [""])[0]
        if name.startswith(("这一", "该", "此")) and last:
            return last, None
        noun = _VERB_HEAD.sub("", carry["previous"].removeprefix("共"))
        return (noun + name if noun else name), None
    previous = carry["previous"]
    if _QUALIFIED_RATE.fullmatch(name) and _QUALIFIED_RATE.search(previous):
        name = previous[: len(previous) - len(name)] + name  # 体质健康达标率, 优良率
    elif counted and (shared := _sharing_head(previous, name) or _sharing_role(previous, name)):
        name = shared  # `…课程改革示范区12个、示范校40所`: the 示范校 of the same programme
    seg, base = trailing_segment(name)
    if seg:
        if _BARE_GOAL.fullmatch(names.clean(base)) and previous:
            base = previous  # `…定额提高50元，分别达到小学850元、初中1050元`
        carry["base"] = carry["trailed"] = base  # `生均公用经费小学…、初中…`: 初中 is of it
        return base, seg
    carry["base"] = name
    return name, _one_stage(name)


_GRADES = re.compile(
    r"^(?:[一二三四五六七八九](?:[、至到—\-]?[一二三四五六七八九])*|[低中高]|高[一二三])年级(?:学生)?"
)
"""Grades of a stage (`一、二年级学生`, `一二年级`, `三至六年级`, `高年级`, `高一年级`)."""


def _of_grades(name: str, base: str) -> tuple[str, str | None] | None:
    """`小学一、二年级学生每周家庭劳动时间不少于2小时，三至六年级不少于3小时`: a clause that names
    only grades measures what the clause before measured, for those grades, of their own stage
    where their numbers say it (_stage_of_grades), else of the stage before."""
    stage, rest = leading_segment(base)
    measure = _GRADES.sub("", rest, count=1)
    if not measure or (measure == rest and stage is None):
        return None
    # `初中…优良率达到55%，四至六年级不低于50%`: the grades' own stage, not the one before
    return name + measure, _stage_of_grades(name) or stage


def _stage_of_grades(grades: str) -> str | None:
    """The stage whose grades a run names by number: 一 to 六 小学, 七 to 九 初中, 高一 to 高三
    高中段."""
    numbers = set(re.findall(r"[一二三四五六七八九]", grades))
    if re.match(r"高[一二三]", grades):
        return "高中段"
    if numbers and numbers <= set("一二三四五六"):
        return "小学"
    return "初中" if numbers and numbers <= set("七八九") else None


_PLACES_PART = re.compile(r"([\u4e00-\u9fff]{1,6}?)(?:学校)?(?:学位|学额)?")
"""A part of a total of places: a short noun of a stage or a kind of school (`中职学位`,
`义务教育学校`), no clause with a verb of its own (`它们总共可以增加学位`)."""


def _stage_places(name: str, span: Span, carry: dict[str, str]) -> tuple[str, str | None] | None:
    """A part of a total of places, or the next item in a list of them, that names its stage
    with the places or its schools (`新增学位10万个，其中幼儿园学位2万个、义务教育学校4万个`):
    that stage's new places, and the total stays what later parts are of. None for any other
    name."""
    places = _PLACES_END.search(carry["base"])
    if span.unit in _SCHOOL_UNITS or not carry["verb"] or not places:
        return None
    part = _PLACES_PART.fullmatch(name)
    if not part or part.group(1) == name or re.search(rf"{COUNT_VERBS}|增加", name):
        return None
    word = segment_of(part.group(1))
    if _PLACES_END.search(name):
        return carry["verb"] + name, word or _one_stage(name)  # `其中中学学位1250个`
    return (carry["verb"] + part.group(1) + places.group(), word) if word else None


def _sharing_head(previous: str, name: str) -> str:
    """`培育市级课程改革示范区12个、示范校40所`: a short noun next in a list that shares its
    opening with the last word of the name before (示范区, 示范校: a word of the same length
    and the same first two characters) is one of the same kind, and shares all that qualifies
    it (`培育市级课程改革示范校`). '' otherwise."""
    size = len(name)
    tail = previous[-size:]
    if not 3 <= size <= 4 or len(previous) <= size or tail == name or tail[:2] != name[:2]:
        return ""
    if not re.fullmatch(r"[\u4e00-\u9fff]+", name) or names.leading_verb(name):
        return ""
    if segment_of(name) or topic_segment(name) != topic_segment(tail):
        return ""  # `小学`, `幼儿园` after another kind: a kind of school beside another
    return previous[:-size] + name


_ROLE = r"(?:骨干)?(?:校长|园长|教师|班主任|辅导员|保育员)"
_ROLE_END = re.compile(rf"(?<=[\u4e00-\u9fff]){_ROLE}$")
_ROLE_ALONE = re.compile(_ROLE)


def _sharing_role(previous: str, name: str) -> str:
    """`交流义务教育学校校长80人、教师1000人`: people of another role next in a list share the
    schools whose staff the role before is, and what qualifies them (`交流义务教育学校教师`).
    '' otherwise."""
    end = _ROLE_END.search(previous)
    if end is None or not _ROLE_ALONE.fullmatch(name) or end.group() == name:
        return ""
    if not _OF_SCHOOLS_END.search(previous[: end.start()]):
        return ""  # `专任教师…、校长…`, `特岗教师…`: a kind of teacher, no school's staff
    return previous[: end.start()] + name


_OF_SCHOOLS_END = re.compile(rf"(?:{SCHOOL_KIND}|中小学)$")


def _one_stage(name: str) -> str | None:
    """The stage a name opens with, unless it names another beside it (`小学部、初中部规划建筑
    面积`): a figure of two stages together has none."""
    seg = leading_segment(name)[0]
    own = re.sub(r"[(（][^()（）]*[)）]", "", name)  # `初中（含九年一贯制学校）`: a qualifier
    return seg if seg is None or len(stages_named(own)) <= 1 else None


def _drop_places(sentence: str, cs: int, spans: list[Span]) -> tuple[list[Span], dict[int, int]]:
    """`在17个乡镇硬化道路10万平方米`: a count after 在 (`在全省…`, and `…以外的其他65个县`)
    says where the work is done when a
    later value of the clause measures the work; alone (`在3所中小学试点开通…`) it is the
    count of places the work covers. Also where the next value's name starts: after the
    places (`硬化道路`)."""
    out: list[Span] = []
    name_from: dict[int, int] = {}
    placed = False
    for i, s in enumerate(spans):
        before = sentence[spans[i - 1].end if i else cs : s.start]
        more = _MORE_PLACES.fullmatch(before) or _AREAS.fullmatch(before)
        where = _AT.search(before) or (placed and more)  # `13个市州61个县区`: areas within areas
        where = where or (_SAVE.search(before) and _SAVE_END.match(sentence, s.end))
        where = where or (_LISTED_PLACES.search(before) and _LISTED_AREAS.match(sentence, s.end))
        places = _AREAS.match(sentence, s.end)
        if i + 1 < len(spans) and places and places.end() == spans[i + 1].start:
            where = places  # `我县25个乡镇(街道)103所幼儿园`: where the next count stands
        if not i and places and not before.strip() and _EVERY_ONE.match(sentence, places.end()):
            where = places  # `42个县（区）将全部实现…全覆盖`: every one of them reaches it
        placed = bool(where) and i + 1 < len(spans)
        if placed:
            place = _PLACE_NOUN.match(sentence, s.end)
            name_from[spans[i + 1].start] = place.end() if place else s.end
            continue
        out.append(s)
    return out, name_from


_AT = re.compile(
    r"(?:^|[，,；;\s])(?:[\u4e00-\u9fff]{0,8}?(?:计划|将|拟|要|还|并|也|均|分别|重点)"
    rf"|[\u4e00-\u9fff]{{1,8}}?{PLACE_END})?"
    r"在(?:(?:全省|全市|全区|全县|全国|[该本我](?:省|市|区|县))?\s*除?"
    r"|[^，,；;。：:\d]{1,16}?的)\s*$"
)
"""`在17个乡镇`, `在全省23个重点帮扶县`, `在该县6个乡镇`, `在全省除23个重点帮扶县以外…`,
`在学位供给矛盾突出的14个市州`: 在 opening a clause, before the count of places; also after
the clause's subject or a word of intent (`某县计划在5个乡镇配备…`, `某市在6个乡镇…`), but not
after a verb it completes (`控制在`, `保持在`)."""
_SAVE = re.compile(r"除\s*$")
_SAVE_END = re.compile(r"[^，,；;。：:\d]{0,12}?(?:以外|之外)")
"""`除23个重点帮扶县以外`: what is counted out is never the target."""
_MORE_PLACES = re.compile(r"[^，,；;。：:\d]{0,12}?(?:以外|之外|以内|之内)的?(?:其他|其余)?")
"""`在全省23个重点帮扶县以外的其他65个县`: places counted out of others."""


_LISTED_PLACES = re.compile(r"、[^，,；;。：:\d、]{1,12}?等\s*$")
"""`为甲市、乙县等15个市县200所学校…`, `在甲市、乙市等5个城市新增…`: places listed and closed by
等 with their count, before a later value of the clause: they say where the work is done.
Not a count of what is set up (`增设甲校、乙校等四处幼儿园`): the count must be of areas."""
_LISTED_AREAS = re.compile(
    r"\s*个?[^，,；;。：:\d]{0,10}?(?:市县|城市|市州|县区|乡镇|街道|县|市)"
    r"(?=\s*\d|[^，,；;。：:\d]{1,6}?\d)"
)
_EVERY_ONE = re.compile(rf"[^，,；;。\d]{{0,6}}?(?:{EVERY_ONE})")
"""All of the places just counted (`…县将全部实现`, `…乡镇均建成`)."""
_PLACE_NOUN = re.compile(
    r"[\u4e00-\u9fff]{0,10}?(?:乡镇|街道办|街道|社区|村|镇|乡|县市区|县市|县|区|校|园|城市)(?:\s*[(（][^)）]{1,8}[)）])?"
)
"""The places a count after 在 names (`个乡镇(街道办)`, `个村`)."""
_AREAS = re.compile(
    r"\s*(?:乡镇|街道办|街道|社区|行政村|村|镇|乡|县区|县市区|县市|县|市州)(?:\s*[(（][^)）]{1,8}[)）])?\s*的?\s*"
)
"""Areas counted right before another count (`25个乡镇(街道)103所幼儿园`, `6个乡镇的20所学校`):
they say where."""


_QUOTED_SENTENCE = re.compile(
    rf"(?:至少|不少于|不低于|{REACHES_LONG}|{COUNT_VERBS})\s*(?:\d|[一二三四五六七八九十两]+[所个])"
)
_CITES = re.compile(
    r"(?:(?:提出|要求|明确|指出|强调|规定|目标是)\s*[：:]?\s*|(?:^|[，,：:])\s*)"
    r"(?:到\s*(?:19|20)\d\d\s*年(?:底|末)?\s*[，,]\s*)?$"
)
"""A quote a citing verb opens whose words lead to the value as a sentence does (`提出“每个县
至少建成3所…”`), the year it is due between them or alone before it (`目标是，到2020年，“…比例
达到20%以上”`): a target cited from another plan, not a programme's name (`将“新建改扩建1000所
幼儿园”列入民生实事` names an item — unless it is a task listed as such, _LISTED_AS_TASK)."""


_TASK_BEFORE = re.compile(
    r"(?:指标|目标|任务)(?:就|分别|主要)?(?:是|为|有)\s*[：:]?\s*(?:[“][^“”]*[”]\s*[、，,和及]?\s*)*$"
)
_TASK_AFTER = re.compile(
    r"[^“”]*”\s*(?:的|等)?[^，,。；;“”\d]{0,6}?(?:目标|任务|指标)"
    r"|[^“”]*”\s*(?:是|为|被列为)[^，,。；;“”\d]{0,12}?(?:实事|民生工程|重点工作)"
)
"""A quote a target's noun introduces (`一项指标就是“全市新建幼儿园80所”`, `两项任务指标，分别是“…”“…”`)
or closes on (`确定了“新建公办幼儿园200所”的目标任务`), or that the sentence then calls a task of
the year (`“新建幼儿园20所”是今年全市十件民生实事之一`): a programme's target quoted, not a
programme's name (`将“…”列入民生实事` names the item a list takes in)."""


_LISTED_AS_TASK = re.compile(
    r"\s*”\s*(?:被)?(?:列入|列为|纳入|确定为)[^，,。；;“”\d]{0,12}?(?:实事|工程|项目|任务)"
)
"""A quote of works listed as one of the year's tasks (`把“新建公办幼儿园9所”列为十大民生实事
之一`): the quote is the task's target, not a programme's name, when it opens on a verb that
counts what is made (COUNT_VERBS) and closes on the figure (`“新建…316所幼儿园工程”` names one)."""


_TO_DO_BEFORE = re.compile(r"(?:要|将|须|确保|力争)[^，,。；;“”]{0,6}?(?:完成|实现|落实)\s*$")
"""A quote opened by what is still to be done (`明确今年要高质量完成“新建改扩建幼儿园80所，建成投用
38所公办园”民生实事项目`): the work it quotes is the target (`已完成“…”` is done)."""


def _quotes_a_target(sentence: str, opened: int, end: int) -> bool:
    """Whether the quote opened at `opened` holding a value ending at `end` states a target."""
    before = sentence[:opened]
    return bool(
        _TASK_BEFORE.search(before)
        or _TO_DO_BEFORE.search(before)
        or _TASK_AFTER.match(sentence[end:])
        or (
            bool(_LISTED_AS_TASK.match(sentence[end:]))
            and bool(re.match(COUNT_VERBS, sentence[opened + 1 : end]))
        )
    )


def in_quoted_target(sentence: str, at: int) -> bool:
    """Whether the value at `at` sits in a quoted target (`确定了“…新建200所…”的目标任务`):
    it is the target, whatever the report around it says was done — unless the report says
    it was met (`已超额完成“新建幼儿园1000所”目标`). Corner quotes quote alike (_drop_quoted)."""
    sentence = sentence.translate(CORNER_QUOTES)
    before = sentence[:at]
    opened = before.rfind("“")
    if opened < before.rfind("”") or _MET_BEFORE.search(sentence[:opened]):
        return False
    if ONCE_SET.search(sentence, max(0, opened - 30), opened):
        return False  # `曾…提出“…”的目标`: an earlier plan's target, quoted as history
    return _quotes_a_target(sentence, opened, at)


_MET_BEFORE = re.compile(r"(?:完成|达成|实现|达到)了?\s*$")


def _drop_quoted(sentence: str, spans: list[Span]) -> list[Span]:
    """Values inside short quotes are names of programmes (`“4个100”`), not targets, unless
    the quote is a sentence leading to the value (`“每个县至少建成3所…”`) or a goal in words
    quoted whole (`实现“应助尽助”`, `…事故“零发生”`). Corner quotes
    (`「10万个以上」`, as Hong Kong, Taiwan and some mainland pages print them) quote alike."""
    sentence = sentence.translate(CORNER_QUOTES)
    out = []
    for s in spans:
        before = sentence[: s.start]
        opened = before.rfind("“")
        whole_word = (
            s.kind == "word"
            and opened == s.start - 1
            and sentence[s.end : s.end + 1] == "”"
            and not _COUNTED_SLOGANS.search(before[:opened])
        )  # `实现“应助尽助”`, not `两个“只增不减”`
        if opened > before.rfind("”") and "”" in sentence[s.end : s.end + 12] and not whole_word:
            cited = _CITES.search(sentence[:opened])
            if not (cited and _QUOTED_SENTENCE.search(sentence[opened + 1 : s.end])) and not (
                _quotes_a_target(sentence, opened, s.end) or quotes_works(sentence, opened)
            ):
                continue
        if before.count('"') % 2 and _SLOGAN.search(before) and '"' in sentence[s.end : s.end + 2]:
            continue  # `落实"四个100%"`, quoted with straight marks: a slogan's name
        out.append(s)
    return out


_COUNTED_SLOGANS = re.compile(r"[一二三四五六七八九十两\d]{1,2}个\s*$")
"""The count of a slogan's parts before its quote (`两个“只增不减”`, `"四个100%"`)."""
_SLOGAN = re.compile('"' + _COUNTED_SLOGANS.pattern)
"""A straight-quoted slogan that counts its parts (`"四个100%"`, `"两个只增不减"`)."""


def _from_to(sentence: str, spans: list[Span]) -> tuple[list[Span], dict[int, Span]]:
    """`由43.5%提升到58.2%`: the first value is where the second starts from;
    `达到60%以上（2022年为54%）`: the bracketed one is."""
    keep, base_of = [], {}
    skip = set()
    for a, b in itertools.pairwise(spans):
        if _is_from_to(sentence, a, b, a.end):
            base_of[b.start] = a
            skip.add(a.start)
        elif _BASE_NOTE.fullmatch(fold(sentence[a.end : b.start]).strip()) and re.match(
            r"\s*[)）]", sentence[b.end :]
        ):
            base_of[a.start] = b
            skip.add(b.start)
    for starts, ends in _listed_from_to(sentence, spans):
        for a, b in zip(starts, ends, strict=True):
            base_of[b.start] = a
            skip.add(a.start)
    keep = [s for s in spans if s.start not in skip]
    return keep, base_of


_LIST_JOIN = re.compile(r"\s*(?:、|和|及|与|,|，)\s*")


def _listed_from_to(sentence: str, spans: list[Span]) -> list[tuple[list[Span], list[Span]]]:
    """`普惠率、公办园占比由2025年的85%、50%分别提高到90%、55%`: a list of starts, a from-to's
    verb, and as many levels reached, paired in order."""
    out = []
    i = 0
    while i < len(spans) - 3:
        for k in range(min(4, (len(spans) - i) // 2), 1, -1):
            starts, ends = spans[i : i + k], spans[i + k : i + 2 * k]
            if (
                _joined(sentence, starts)
                and _joined(sentence, ends)
                and _is_from_to(sentence, starts[0], ends[0], starts[-1].end)
            ):
                out.append((starts, ends))
                i += 2 * k - 1
                break
        i += 1
    return out


def _joined(sentence: str, spans: list[Span]) -> bool:
    """Whether the values are one list (`85%、50%`, `85%和50%`)."""
    return all(
        _LIST_JOIN.fullmatch(sentence[a.end : b.start]) for a, b in itertools.pairwise(spans)
    )


def _without_counted(between: str, after: str) -> str:
    """What lies between a from-to's two counts without what both count, printed after each
    (`从15个县（市）扩大到57个县（市）`): the verb of the from-to."""
    for n in range(1, 5):
        noun = re.match(rf"[\u4e00-\u9fff]{{{n}}}(?:[（(][\u4e00-\u9fff]{{1,4}}[)）])?", between)
        if noun and after.startswith(noun.group()) and _FROM_TO.match(between[noun.end() :]):
            return between[noun.end() :]
    return between


_PAIRED = {"城乡": ("城镇", "农村"), "男女": ("男", "女")}
"""A word that names two groups at once, in the order 分别 gives their values (`城乡居民收入分别
增长7%和8%`: 城镇 then 农村)."""
_PAIRED_WORD = re.compile("|".join(_PAIRED))


def _named_by_years(
    sentence: str, head_text: str, spans: list[Span], earlier: list[str]
) -> list[Named] | None:
    """`巩固率到2027年、2030年分别达到…`: the years are what 分别 lists, and every value has the
    one name without them; None unless a list of as many years stands before the values, or
    when the clause lists as many names of its own (`…，小学、初中…分别达到…`)."""
    years = list(RESPECTIVE_YEARS.finditer(sentence, 0, spans[0].start))
    if not years or len(listed_years(years[-1])) != len(spans):
        return None
    before, _, after = RESPECTIVE_YEARS.sub("", head_text).partition("分别")
    # `其中2026年、2027年分别建设三千套、三千五百套`: nothing before the years, the verb after;
    # `覆盖率稳步提高，2026年、2028年分别达到90%、95%`: the clause before
    head = (
        names.clean(before) or names.clean(after) or _without_trend(earlier[-1] if earlier else "")
    )
    if len(names.split_list(head)) == len(spans):
        return None
    segment = segment_of(head) or leading_segment(head)[0]
    return [Named(s, head, segment, False) for s in spans]


_VERB_ONLY_AFTER = re.compile(
    r"\s*(?:(?:要|将|应)?(?:达到|达|为|是|提高到|提升到|增至|降至|降低到|下降到|控制在|保持在|稳定在)\s*)?"
)
"""What may stand between 分别 and a list's first value when the list names no measure of its
own: a verb of reaching, or nothing."""


_POINTS_BACK = re.compile(r"(?:上述|以上|前述)(?:[一二三四五六七八九十两\d]{1,2}项)?(?:指标|目标)?")
"""`上述三项指标分别达到97%、90%和56%`: the indicators the line before named, in its order."""


def _reached_only(sentence: str, spans: list[Span]) -> bool:
    """Whether a `分别` list names nothing after 分别 but a verb of reaching (`分别达到90%、58%`),
    not a measure of its own (`分别新增学位720个、810个`)."""
    at = sentence.rfind("分别", 0, spans[0].start)
    return at >= 0 and bool(_VERB_ONLY_AFTER.fullmatch(sentence, at + 2, spans[0].start))


def _goes_on_list(earlier: list[str]) -> bool:
    """A clause of bare values right after a `分别` list of the same sentence (`城乡居民收入
    分别增长7%、8%，达到5万元和2万元`): it goes on with that list's names, in its order."""
    return bool(earlier) and "分别" in earlier[-1]


def _without_trend(clause: str) -> str:
    """The name a clause before a `分别` list gives (`普惠性幼儿园覆盖率、公办园占比稳步提高，分别达到
    85%、60%`), without the trend it closes on."""
    return names.clean(re.sub(rf"{TREND}\s*$", "", clause))


def _distribute(
    sentence: str,
    head_at: tuple[int, int],
    spans: list[Span],
    earlier: list[str],
    state: dict[str, list[str]],
) -> list[Named] | None:
    """`A、B和C分别达到a、b和c` (or `A、B提高到a、b`): one name per value, in order; the words from
    the clause's start to where the first value's name ends (`head_at`, before a from-to's start
    list: `A、B由a、b分别提高到c、d`) name them."""
    if len(spans) < 2:
        return None
    joins = [fold(sentence[a.end : b.start]).strip() for a, b in itertools.pairwise(spans)]
    if not all(j in ("、", "和", "及", "与", ",", "，", "以及") for j in joins):
        return None
    cs = head_at[0]
    head_text = sentence[cs : head_at[1]]
    marked = "分别" in sentence[cs : spans[0].start]
    k = len(spans)
    by_year = _named_by_years(sentence, head_text, spans, earlier)
    if by_year is not None:
        state["years"] = [str(k)]  # a 分别 list after a `；` may take the same years
        return by_year
    yearly = YEAR_BY_YEAR.search(sentence, cs, spans[0].start)
    if (
        yearly
        and not sentence[yearly.end() : spans[0].start].strip()  # `覆盖率逐年提高到88%、90%、92%`
        and one_named_before(sentence, yearly)
    ):
        head = names.clean(head_text)
        if yearly.group("count") and not names.clean(sentence[cs : yearly.start()]) and earlier:
            head = _without_trend(earlier[-1])  # `覆盖率逐年提高，三年分别达到85%、88%、90%`
        if len(names.split_list(head)) != len(spans):  # not `小学、初中巩固率逐年提高到…`
            segment = segment_of(head) or leading_segment(head)[0]
            return [Named(s, head, segment, False) for s in spans]
    head = names.clean(head_text.split("分别")[0])
    items = names.complete(names.split_list(head))
    if len(items) != k:
        listed = next(
            (
                names.split_list(_without_trend(e))
                for e in reversed(earlier)
                if len(names.split_list(_without_trend(e))) == k and "分别" not in e
            ),
            None,
        )
        if listed and marked:
            items = names.complete([names.clean(x) + head for x in listed])
        elif marked and k == 2 and (pair := _PAIRED_WORD.match(head)):
            items = [word + head[pair.end() :] for word in _PAIRED[pair.group()]]
        elif (marked or _goes_on_list(earlier)) and len(state.get(str(k), [])) == k and not head:
            items = state[str(k)]
        elif (
            marked
            and (not head or _POINTS_BACK.fullmatch(head))
            and len(state.get(NAMED, [])) == k
            and _reached_only(sentence, spans)
        ):
            # `覆盖率达到88%，占比达到55%；` / `2027年，分别达到90%、58%；` / `2028年，分别…`
            items = state[NAMED] = list(state[NAMED])  # and for a next year's (kept anew)
        elif marked and head and state.get("years") == [str(k)]:
            items = [head] * k  # `…分别达到42%、48%、55%；…占比分别达到46%、52%、60%`: by year
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
