"""Printed value → normalized target: comparators, units, 万/亿, ranges, trends.

The grammar is in data/README.md ("Values", "Units"). Every unit is declared once in UNITS; a value whose
unit is not there is an error, never a guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from plancmp.decimals import tidy
from plancmp.model import POINTS, Value


class ValueParseError(ValueError):
    """A printed value plancmp cannot read; the message says why and how to fix it."""


# printed unit → (base unit, factor). Multiplied forms (万人) are derived below.
BASE_UNITS: dict[str, tuple[str | None, int]] = {
    "%": ("%", 1),
    "元": ("元", 1),
    "元/生": ("元/生", 1),
    "平方米": ("平方米", 1),
    "平米": ("平方米", 1),
    "方": ("平方米", 1),
    "亩": ("亩", 1),
    "年": ("年", 1),
    "小时": ("小时", 1),
    "分钟": ("分钟", 1),
    "岁": ("岁", 1),
    "人次": ("人次", 1),
}
COUNT_UNITS = (
    "所",
    "个",
    "名",
    "人",
    "项",
    "家",
    "班",
    "张",
    "间",
    "条",
    "门",
    "次",
    "位",
    "套",
    "台",
    "支",
    "场",
    "批",
    "堂",
    "节",
    "处",
    "种",
    "座",
    "本",
    "篇",
    "课时",
)
MULTIPLIERS = {"万": 10_000, "亿": 100_000_000, "千": 1_000}

UNITS: dict[str, tuple[str | None, int]] = dict(BASE_UNITS)
for _u in COUNT_UNITS:
    UNITS[_u] = (_u, 1)
for _m, _f in MULTIPLIERS.items():
    for _u, (_base, _factor) in list(UNITS.items()):
        if _u != "%" and not _u.startswith(tuple(MULTIPLIERS)):
            UNITS[_m + _u] = (_base, _factor * _f)
UNITS["亿"] = ("元", 100_000_000)  # 总投资30.36亿: money in these documents
UNITS["—"] = (None, 1)
UNITS["-"] = (None, 1)


def _lengths(words: Iterable[str]) -> list[int]:
    """The lengths of `words`, longest first: a prefix or suffix of `s` is looked up
    as s[:n] for each n, so the longest word wins (万人 before 万) in a few dict lookups."""
    return sorted({len(w) for w in words}, reverse=True)


_UNIT_LENGTHS = _lengths(UNITS)

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
    "至少": ">=",
    "不小于": ">=",
    "超过": ">",
    "高于": ">",
    "大于": ">",
    "多于": ">",
    "小于": "<",
    "低于": "<",
    "少于": "<",
    "不超过": "<=",
    "不高于": "<=",
    "不大于": "<=",
    "不多于": "<=",
    "达到": "=",
    "达": "=",
    "保持": "=",
    "为": "=",
    "提高到": "=",
    "提升到": "=",
    "增加到": "=",
    "下降到": "=",
    "降到": "=",
    "降至": "=",
    "提高至": "=",
    "提升至": "=",
    "控制在": "=",
}
SUFFIXES: dict[str, str] = {"及以上": ">=", "以上": ">=", "以内": "<=", "以下": "<="}
_PREFIX_LENGTHS = _lengths(PREFIXES)
_SUFFIX_LENGTHS = _lengths(SUFFIXES)

_NUMBER = r"\d+(?:\.\d+)?"
_NUMBERS = re.compile(_NUMBER)
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")
_LIST_MARK = re.compile(r"[;；,，、]")
_RANGE_SEP = r"[~\-—–－至到]"
_RANGE = re.compile(rf"^({_NUMBER})([^\d~\-—–－至到]*?){_RANGE_SEP}({_NUMBER})(.*)$")
_RATIO = re.compile(rf"^({_NUMBER}):({_NUMBER})$")
_LEAD = re.compile(rf"^({_NUMBER})(.*)$")
_TREND_RATE = re.compile(
    rf"^(?:每年|逐年|年均)(下降|降低|减少|提高|提升|增加|上升|增长)({_NUMBER})个?(百分点|%)?(以上)?$"
)
_TREND_UP = (
    "只增不减",
    "逐年提高",
    "逐年提升",
    "逐年增加",
    "逐年递增",
    "逐年上升",
    "逐年增长",
    "逐年扩大",
)
_TREND_DOWN = ("逐年下降", "逐年降低", "逐年减少", "逐年递减")
_CN_DIGITS = {
    "一": "1",
    "二": "2",
    "两": "2",
    "三": "3",
    "四": "4",
    "五": "5",
    "六": "6",
    "七": "7",
    "八": "8",
    "九": "9",
    "十": "10",
}
_CN_NUMBER = re.compile(
    r"^(至少|不少于|不低于|超过|达到|达|约|每年|)([一二两三四五六七八九十])(?=所|个|名|次|小时|项|门|家|批|节)"
)
_DOWN_WORDS = ("下降", "降低", "减少")


def clean(raw: str) -> str:
    """NFKC (full-width → half-width) and no white space, so ＞90 reads as >90."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", raw))


@lru_cache(maxsize=1024)
def unit_of(printed: str | None) -> tuple[str | None, int]:
    """The base unit and factor of a printed unit; raises for an unknown unit."""
    if printed is None or printed == "":
        return None, 1
    key = clean(printed)
    if key in UNITS:
        return UNITS[key]
    raise ValueParseError(
        f"unknown unit {printed!r}: use one of the units listed in data/README.md "
        f"(e.g. %, 元/生, 万人, 所, 个), or leave unit empty for a ratio"
    )


def _split_unit(rest: str) -> tuple[str, str]:
    """Split text after a number into (unit, remainder); unit '' when none."""
    for n in _UNIT_LENGTHS:
        if rest[:n] in UNITS:
            return rest[:n], rest[n:]
    return "", rest


def _dec(text: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation as exc:  # pragma: no cover - the regexes only pass digits
        raise ValueParseError(f"not a number: {text!r}") from exc


def _scale(
    number: Decimal, printed: str, default_unit: str | None
) -> tuple[Decimal, str | None, str | None]:
    """Normalize a number printed with `printed` (or, if none, the record's unit)."""
    if printed:
        base, factor = unit_of(printed)
        if default_unit:
            record_base, _ = unit_of(default_unit)
            if base != record_base and base is not None and record_base is not None:
                raise ValueParseError(
                    f"unit {printed!r} in the value does not match the record's unit "
                    f"{default_unit!r}: fix the record's `unit`"
                )
        return tidy(number * factor), base, printed
    base, factor = unit_of(default_unit)
    return tidy(number * factor), base, default_unit


@lru_cache(maxsize=65536)
def parse(raw: str, unit: str | None = None) -> Value:
    """Parse one printed value (`＞90`, `90%以上`, `6.1万个`, `逐年只增不减`).

    `unit` is the unit printed for the indicator (a table's `（万人）`); it
    applies when the value carries no unit of its own.
    """
    if not isinstance(raw, str) or not raw.strip():
        raise ValueParseError("empty value: copy the value exactly as printed")
    s = clean(raw)
    base_unit, _ = unit_of(unit)

    if not _DIGIT.search(s):
        words = _parse_words(s, base_unit, unit)
        if words.op != "text":  # 两个只增不减 is a trend, not "2 个"
            return words
        s = _CN_NUMBER.sub(lambda m: m.group(1) + _CN_DIGITS[m.group(2)], s)
        if not _DIGIT.search(s):
            return words

    trend = _TREND_RATE.match(s)
    if trend:
        verb, number, printed, _ = trend.groups()
        rate = _dec(number)
        down = verb in _DOWN_WORDS
        # 个百分点 is a change in points; 下降1% may be points or relative: the printed
        # word is kept so that nothing downstream reads one as the other.
        shown = {"百分点": POINTS, "%": "%"}.get(printed, unit)
        return Value(
            "trend",
            -rate if down else rate,
            None,
            base_unit,
            shown,
            False,
            "down" if down else "up",
        )

    approx = False
    if s.startswith("约"):
        approx, s = True, s[1:]
    if s.endswith("左右"):  # 8名左右: about 8
        approx, s = True, s[: -len("左右")]

    op = "="
    prefix_op = None
    for n in _PREFIX_LENGTHS:
        if s[:n] in PREFIXES:
            prefix_op, s = PREFIXES[s[:n]], s[n:]
            break
    suffix_op = None
    for n in _SUFFIX_LENGTHS:
        if len(s) >= n and s[-n:] in SUFFIXES:
            suffix_op, s = SUFFIXES[s[-n:]], s[:-n]
            break
    if prefix_op and suffix_op and prefix_op != "=":
        raise ValueParseError(f"{raw!r} has two comparators: copy only one value")
    op = suffix_op or prefix_op or op

    if len(_NUMBERS.findall(s)) > 2 or _LIST_MARK.search(s):
        raise ValueParseError(
            f"{raw!r} holds more than one value: split it into one record per value"
        )

    rng = _RANGE.match(s)
    if rng:
        lo_text, lo_unit, hi_text, hi_unit = rng.groups()
        printed = _unit_or_error(hi_unit, raw) or _unit_or_error(lo_unit, raw)
        # Each end in its own unit: 5千~1.2万人 has 千人 at the low end.
        lo_printed = printed
        if lo_unit in MULTIPLIERS and printed:
            lo_printed = lo_unit + printed.lstrip("".join(MULTIPLIERS))
        elif lo_unit:
            lo_printed = _unit_or_error(lo_unit, raw)
        lo, base, shown = _scale(_dec(lo_text), lo_printed, unit)
        hi, _, _ = _scale(_dec(hi_text), printed, unit)
        if op != "=":
            raise ValueParseError(f"{raw!r}: a range cannot also have a comparator")
        if lo > hi:
            raise ValueParseError(f"{raw!r}: the range runs backwards")
        return Value("range", lo, hi, base, shown, approx)

    ratio = _RATIO.match(s)
    if ratio:  # 生师比 17：1 → 17 students per teacher
        a, b = _dec(ratio.group(1)), _dec(ratio.group(2))
        if b == 0:
            raise ValueParseError(f"{raw!r}: a ratio cannot end in 0")
        return Value(op, tidy(a / b), None, None, None, approx)

    lead = _LEAD.match(s)
    if not lead:
        raise ValueParseError(
            f"cannot read {raw!r}: expected a number with an optional comparator "
            f"(＞ ≥ 以上 不低于 …) and unit, a range (5~7所), a trend (逐年只增不减) or words"
        )
    number_text, rest = lead.groups()
    if rest.startswith("余"):  # 1400余亩: more than 1400
        if op != "=":
            raise ValueParseError(f"{raw!r} has two comparators: copy only one value")
        op, rest = ">", rest[1:]
    printed = _unit_or_error(rest, raw)
    value, base, shown = _scale(_dec(number_text), printed, unit)
    return Value(op, value, None, base, shown, approx)


def _unit_or_error(rest: str, raw: str) -> str:
    """The unit at the start of `rest`; the rest may only be a noun (所小学)."""
    if not rest:
        return ""
    u, tail = _split_unit(rest)
    if u and (not tail or _is_noun(tail)):
        return u
    raise ValueParseError(
        f"cannot read the unit in {raw!r} (after the number: {rest!r}): "
        f"use a unit listed in data/README.md"
    )


_NOT_NOUNS = (
    "以上",
    "以下",
    "以内",
    "到",
    "至",
    "达",
    "提",
    "增",
    "降",
    "减",
    "升",
    "超过",
    "低于",
    "高于",
    "不",
    "为",
)
"""Words that make the text after a unit a second clause (43.5%提升到58.2%), not a noun."""


def _is_noun(text: str) -> bool:
    """Chinese words after a unit (500所小学) name the thing counted, not a unit."""
    return all("\u4e00" <= ch <= "\u9fff" for ch in text) and not any(w in text for w in _NOT_NOUNS)


def _parse_words(s: str, base_unit: str | None, unit: str | None) -> Value:
    if "全覆盖" in s and not s.startswith("基本"):
        if base_unit not in (None, "%"):
            raise ValueParseError(
                f'全覆盖 means 100%, but the record\'s unit is {unit!r}: give the indicator unit "%"'
            )
        return Value("=", Decimal(100), None, "%", unit or "%")
    if any(w in s for w in _TREND_UP):
        return Value("trend", None, None, base_unit, unit, False, "up")
    if any(w in s for w in _TREND_DOWN):
        return Value("trend", None, None, base_unit, unit, False, "down")
    return Value("text", None, None, base_unit, unit)


def with_unit(raw: str, printed_unit: str | None) -> str:
    """A printed value with its unit: a table cell `96.5` in a `（%）` row reads `96.5%`."""
    if not printed_unit or printed_unit in ("—", "-"):
        return raw
    try:
        own = parse(raw).printed_unit
    except ValueParseError:
        return raw
    if own or not _DIGIT.search(clean(raw)):
        return raw
    return f"{raw}{printed_unit}"


INTENSIVE_UNITS = (None, "%", "元/生", "年", "小时", "岁", "分钟")
"""Units of rates, ratios, indices and per-student amounts: comparable between a
small district and a large one. Absolute counts and sums (所, 人, 元) are not."""
