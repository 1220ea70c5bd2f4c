"""The words around a number: comparators, verbs of change, periods and frequencies.

`split` takes them off a printed value (digits already: see numerals.py) and
says what they mean; grammar.py reads the number and unit that remain. The
grammar is in data/README.md ("Values").
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import NamedTuple

from plancmp import numerals

CELLS: dict[str, str] = {
    **dict.fromkeys(
        (
            "≥",
            "≧",
            ">=",
            "＞＝",
            "大于等于",
            "不低于",
            "不少于",
            "不得低于",
            "不得少于",
            "至少",
            "最少",
        ),
        ">=",
    ),
    **dict.fromkeys(
        ("≤", "≦", "<=", "＜＝", "小于等于", "不高于", "不超过", "不得超过", "不得高于"), "<="
    ),
    **dict.fromkeys((">", "＞", "大于", "高于"), ">"),
    **dict.fromkeys(("<", "＜", "小于", "低于"), "<"),
    **dict.fromkeys(("=", "＝", "═", "等于"), "="),
}
"""A comparator printed in a cell of its own (a performance form's `指标性质` column:
`≥ | 95 | %`), by the op it states: a target's `comparator` (data/README.md)."""

# Comparator words, tried longest first. Prefixes stand before the number,
# suffixes after it (and after its unit).
PREFIXES: dict[str, str] = {
    ">=": ">=",
    "≥": ">=",
    "=>": ">=",
    "<=": "<=",
    "≤": "<=",
    "=<": "<=",
    ">": ">",
    "<": "<",
    "=": "=",
    "不低于": ">=",
    "不少于": ">=",
    # a rule's `不得`/`不应` (`生师比不得低于1∶15`): the same bound as `不低于`, never `低于`
    **{
        f"{must}{word}": op
        for must in ("不得", "不应", "不能")
        for word, op in (
            ("低于", ">="),
            ("少于", ">="),
            ("小于", ">="),
            ("超过", "<="),
            ("高于", "<="),
            ("大于", "<="),
            ("多于", "<="),
        )
    },
    "至少": ">=",
    "至少有": ">=",  # `每个乡镇至少有1所`: at least one stands in each
    "至少要有": ">=",  # `每个医联体内至少要有一家`: the least there must be
    "最少": ">=",  # `增至最少18个`: Hong Kong's and news's word for 至少
    "最少有": ">=",  # `最少有21所公办园招生`: as 至少有
    "不小于": ">=",
    "超过": ">",
    "突破": ">",
    "逾": ">",
    "超": ">",  # `超3.5万户`: news's short 超过
    "高于": ">",
    "大于": ">",
    "多于": ">",
    "小于": "<",
    "低于": "<",
    "少于": "<",
    "不超过": "<=",
    "至多": "<=",
    "最多": "<=",
    "最高": "<=",  # `每校最高3000万元`: a cap
    "最低": ">=",  # `每生每年最低500元`: a floor
    "不高于": "<=",
    "不大于": "<=",
    "不多于": "<=",
    # `小于或等于0.50`: a standard's bound written out, as ≤ is read aloud
    **{
        f"{word}{joint}等于": op
        for joint in ("或", "")
        for word, op in (("大于", ">="), ("高于", ">="), ("小于", "<="), ("低于", "<="))
    },
    "达到": "=",
    "达": "=",
    "保持": "=",
    "为": "=",
    "实现": "=",
    "提高到": "=",
    "提升到": "=",
    "增加到": "=",
    "增长到": "=",
    "上升到": "=",
    "扩大到": "=",
    "提高至": "=",
    "提升至": "=",
    "增加至": "=",
    "增至": "=",
    "增到": "=",
    "增长至": "=",
    "上升至": "=",
    "升至": "=",  # `入学率升至98%`: the short form of 上升至
    "扩大至": "=",
    "提标至": "=",  # `补助提标至600元`: a rate's standard raised to
    "提标到": "=",
    "下降到": "=",
    "降低到": "=",
    "减少到": "=",
    "缩小到": "=",
    "降到": "=",
    "下降至": "=",
    "降低至": "=",
    "减少至": "=",
    "缩小至": "=",
    "降至": "=",
    "控制在": "=",
    "保持在": "=",
    "稳定在": "=",
    "维持在": "=",
}
SUFFIXES: dict[str, str] = {
    "及以上": ">=",
    "以上": ">=",
    "以内": "<=",
    "以下": "<=",
    "之内": "<=",
    "内": "<=",
}
"""Bounds after a value; `控制在45人之内` and `控制在92005.28万元内` bound it as `以内` does."""

CHANGE_VERBS: dict[str, int] = {
    "提高": 1,
    "提升": 1,
    "增加": 1,
    "再增": 1,
    "增长": 1,
    "上升": 1,
    "扩大": 1,
    "扩容": 1,  # `学位扩容30%`: capacity grown by
    "下降": -1,
    "降低": -1,
    "减少": -1,
    "缩小": -1,
    "压减": -1,
    "压缩": -1,
}
"""A verb of change before a number makes a change from the baseline (提高5个百分点),
or with 每年/逐年/年均 a yearly rate (每年下降1个百分点)."""

AMOUNT_VERBS = (
    "新增",
    "新建",
    "新设",
    "新办",
    "办好",
    "增设",
    "新改扩建",
    "新(改)扩建",
    "改扩建",
    "续建",
    "建成",
    "建设",
    "创建",
    "创成",
    "打造",
    "培育",
    "培养",
    "引进",
    "招聘",
    "开展",
    "举办",
    "召开",
    "组织",
    "开设",
    "建立",
    "设立",
    "认定",
    "评选",
    "遴选",
    "完成",
    "拥有",
    "建有",
    "设有",
    "配备",
    "办",  # 至少办1所: run (a school) — after a comparator, as 办好
    "建",  # 至少建1所
    "有",  # 至少应有1所: stands, after a comparator and its modal, as 至少有
)
"""A verb before an amount (新增3所, 每半年召开1次): the amount is the target, as
printed; whether it is added over the period is the record's `scope`."""

MODALS = ("应当", "应该", "必须", "需要", "应", "须", "需", "要")
"""Shall, must: a rule's words before its verb (`每校至少应配备1名`), which bound nothing."""

YEARLY = ("每年", "逐年", "年均")
_PER = re.compile(r"^每(?:(半年|学期|季度|个?月|天|日|周|星期)|(\d*|[两二三四五六七八九十])年)")
PER_PERSON = r"每(?:位|名)[\u4e00-\u9fff]{0,4}?(?:教师|老师|学生|班主任|校长|幼儿)"
"""Whom a count each period is per, after the period (`每学期每位青年教师…`)."""
_PER_HEAD = re.compile(
    rf"^每(?:生|人|名|位|校|所|班|户|学生|幼儿|儿童|教师)(?=每|\d|[不至最])|^{PER_PERSON}"
)
"""Whom an amount is per, before its period (`不低于每生每年800元`, `每人每月400元`) or after it
(`每学期每位青年教师上公开课不少于一节`): passed over as a period is, so that the bound before it
stays the value's (it had been taken for part of a name, and the bound with it)."""
_PER_YEAR = {"半年": 2, "学期": 2, "季度": 4, "月": 12, "个月": 12}
YEARLY_PERIODS = "|".join(_PER_YEAR)
"""The periods a count each of reads as a yearly count (`每学期1次` → 2)."""
"""Events per year for each period of 每…: 每半年1次 is 2 a year. 每天/每周 are not
here: 每天锻炼1小时 is a daily level, read as printed."""
_PERIOD = re.compile(
    r"^(?:(?:到|至)?(?:20\d\d年(?:底|末)?|十四五(?:期间|时期|期末|末)|规划期(?:内|间|末))"
    r"|(?:比|较)(?:20\d\d年(?:底|末)?|十三五(?:期末|末)|基期|基线|上年|去年))"
)
"""When, or from what, not how much: 十四五期间新增3所, 到2025年达到95%,
较2020年提高5个百分点."""
FILLERS = ("力争", "确保", "争取", "努力", "预计", "计划", "再", *MODALS)
"""Words of intent before a number, which change nothing in it (力争达到95%); 再
(again, further) and the modals between a comparator and its verb (至少再建成2所,
至少应配备1名 are at least 2 and 1)."""

_WORDS: dict[str, str] = {
    **dict.fromkeys(PREFIXES, "op"),
    **dict.fromkeys(CHANGE_VERBS, "change"),
    **dict.fromkeys(AMOUNT_VERBS, "amount"),
    **dict.fromkeys(FILLERS, "filler"),
    "约": "approx",
    "近": "approx",
    "接近": "approx",
}
"""Each word before a number, with its kind."""
_LENGTHS = sorted({len(w) for w in _WORDS}, reverse=True)
_WHEN = frozenset("每到至十规比较")
"""How a period or a frequency begins (每半年, 到2025年, 十四五期间, 规划期内)."""
_SUFFIX_LENGTHS = sorted({len(w) for w in SUFFIXES}, reverse=True)
GROWTH_RATES = "增长速度|增长幅度|增长率|增速|增幅"
"""A rate of growth named after 年均/每年 (`年均增速`, `每年增幅`): what follows is the rate,
as after 年均增长 (the drafter's spans read the same words)."""
_RATE = re.compile(f"(?:{GROWTH_RATES})")
_NOUN = re.compile(r"^([\u4e00-\u9fff]{1,12}?)(?=\d)")
"""A noun between a verb and its number: 新增学位5万个."""


class PhraseError(ValueError):
    """The words contradict each other (两 comparators)."""


class Lead(NamedTuple):
    """What the words around a number say; `rest` is the number with its unit."""

    rest: str
    op: str | None = None
    """A comparator: > >= < <= =, or None."""
    change: int = 0
    """+1 for 提高…, -1 for 下降…, 0 when there is no verb of change."""
    yearly: bool = False
    """每年/逐年/年均: with a verb of change, a yearly rate (trend)."""
    per_year: Fraction | None = None
    """How many times a year the amount comes (每半年 → 2); None for once (每年, or no 每)."""
    approx: bool = False


def split(s: str) -> Lead:
    """Take the words off both ends of `s`; raise PhraseError for two comparators.

    A value may begin with the name of what it measures (近视率每年下降0.5个百分点,
    达标率达到95%): when the words alone leave no number first, the name is passed
    over up to the first word before the number."""
    lead = _split(s)
    if lead.rest[:1].isdigit() or not _is_cjk(s[:1]):
        return lead
    for i in range(1, min(len(s), _LONGEST_NAME)):
        if not _is_cjk(s[i - 1]):
            break
        if _begins_phrase(s[i:]):
            named = _split(s[i:])
            if named.rest[:1].isdigit():
                return named
    return lead


_LONGEST_NAME = 25


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _begins_phrase(s: str) -> bool:
    return (
        _word(s) is not None
        or s.startswith(YEARLY)
        or (s[0] in _WHEN and (_PER.match(s) or _PERIOD.match(s)) is not None)
    )


def _split(s: str) -> Lead:
    approx = False
    if s.endswith("左右"):  # 8名左右: about 8
        approx, s = True, s[:-2]
    suffix = None
    for n in _SUFFIX_LENGTHS:
        if len(s) > n and s[-n:] in SUFFIXES:
            suffix, s = SUFFIXES[s[-n:]], s[:-n]
            break
    prefix, change, yearly, verb = None, 0, False, False
    per_year: Fraction | None = None
    while s and not ("0" <= s[0] <= "9"):  # most values: the number comes first, or next
        word = _word(s)
        if word is not None:
            kind = _WORDS[word]
            s = s[len(word) :]
            if kind == "op":
                new = PREFIXES[word]
                if prefix is not None and "=" not in (prefix, new):
                    raise PhraseError("two comparators")
                if prefix in (None, "="):  # 至少达180班: 达 reaches the bound 至少 sets
                    prefix = new
            elif kind == "change":
                change, verb = CHANGE_VERBS[word], True
            elif kind == "amount":
                verb = True
            elif kind == "approx":
                approx = True
            continue
        if s.startswith(YEARLY):
            yearly, verb, s = True, True, s[2:]
            rate = _RATE.match(s)
            if rate:  # 年均增速8%: a yearly rate of growth, as 年均增长8%
                change, s = 1, s[rate.end() :]
            continue
        m = (_PER.match(s) or _PER_HEAD.match(s) or _PERIOD.match(s)) if s[0] in _WHEN else None
        if m and m.re is _PER:  # 每半年 (召开) 1次: a noun or verb may follow
            per_year, verb = _per_year(m), True
        if m and m.end():
            s = s[m.end() :]
            continue
        noun = _NOUN.match(s) if verb else None
        own = _noun_before_word(noun.group()) if noun else ""
        if own:  # once: 新增学位5万个, 每月到校督导不少于1次 (the bound after it read next)
            s, verb = s[len(own) :], False
            continue
        break
    if prefix and suffix and prefix not in ("=", suffix):
        raise PhraseError("two comparators")  # 不少于20%以上 says one bound twice
    return Lead(s, suffix or prefix, change, yearly, per_year, approx)


def _noun_before_word(text: str) -> str:
    """The noun a verb's object opens `text` with, up to a comparator or verb after it
    (`到校督导` of `到校督导不少于`, all of `学位`); '' when the text opens with such a word or
    the noun holds one (计划下降: a clause, not a noun)."""
    at = next((i for i in range(len(text)) if _word(text[i:])), len(text))
    return "" if _has_word(text[:at]) else text[:at]


def _has_word(noun: str) -> bool:
    """Whether a would-be noun holds a comparator or verb (计划下降1个百分点): then it
    is a clause, not a noun."""
    return any(w in noun for w in _WORDS if len(w) > 1)


def _word(s: str) -> str | None:
    for n in _LENGTHS:
        if s[:n] in _WORDS:
            return s[:n]
    return None


def _per_year(m: re.Match[str]) -> Fraction | None:
    period, years = m.groups()
    if period:
        return Fraction(_PER_YEAR[period]) if period in _PER_YEAR else None
    n = int(years if years.isdigit() else numerals.number(years) or 0) if years else 0
    return Fraction(1, n) if n > 1 else None  # 每两年 (两 beside 1次): 1/2 a year
