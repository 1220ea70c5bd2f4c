"""The value grammar: a printed value → Value (comparators, units, 万/亿, ranges,
trends, changes). values.parse is its public face and imports it at the first parse.

The rules are in data/README.md ("Values"), the units in data/units.yaml: a unit
not listed there is an error, never a guess. A number written in words is first
rewritten in digits (numerals.py) and the words around a number are read by
phrases.py, so that one grammar reads 二十所 and 20所 alike.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

from plancmp import numerals, phrases, units
from plancmp.decimals import MAX_DIGITS, sensible, tidy
from plancmp.i18n import N_
from plancmp.model import POINTS, Value
from plancmp.values import ValueParseError, clean, unit_of

_TWO_COMPARATORS = N_("{raw!r} has two comparators: copy only one value")


class _NotAValue(ValueParseError):
    """The text does not have the shape of a value (十大模式 → 10大模式). Written
    without digits, such text is words (op text), not an error."""


_NUMBER = r"\d+(?:\.\d+)?"
_NUMBERS = re.compile(_NUMBER)
_DIGIT = re.compile(r"\d")
_QUOTES = re.compile(r"[“”‘’\"'「」『』]")
_LIST_MARK = re.compile(r"[;；,，、]")
PERIOD_TOTAL = re.compile(r"^\s*[\[〔【]\s*(?P<inner>[^\[\]〔〕【】]+?)\s*[\]〕】]\s*$")
"""`[2.4]`, `〔30〕`: a value a plan's indicator table prints in square brackets, its convention
for a total over the whole period (`[ ]内为五年累计数`); the number inside is the value."""
RANGE_SEP = r"(?:[~\-—–－―‒]{1,2}|至|到)"
"""`5~7`, `5至7`, a dash doubled as Chinese text doubles it (`40——50`, `1300--1400`), and the
horizontal bar or figure dash some pages print for it (`3―5所`)."""
_PER_MONTH_AFTER = re.compile(
    rf"(\d[\d.,]*(?:\s*{RANGE_SEP}\s*\d[\d.,]*)?\s*[千万]?)\s*元\s*[/／]\s*"
    r"(?:(人|生|名)\s*[·・•/／.]?\s*月|月\s*[·・•/／.]?\s*(人|生|名)|月)"
)
"""`400元/人·月`, `400元/月·人`, `400元/月`: an amount a month, as `每人每月400元` and `每月400元`
print it."""
_RANGE = re.compile(rf"^({_NUMBER})([^\d~\-—–－―‒至到]*?){RANGE_SEP}({_NUMBER})(.*)$")
_RATIO = re.compile(rf"^({_NUMBER})\s?[:∶比]\s?({_NUMBER})$")
"""`17:1`, with the ratio sign U+2236 (`1∶15`) that NFKC leaves as it is, or in words (`1比8`)."""
_RATIO_RANGE = re.compile(
    rf"^({_NUMBER})\s?[:∶比]\s?({_NUMBER})\s?{RANGE_SEP}\s?({_NUMBER})\s?[:∶比]\s?({_NUMBER})$"
)
"""`1:5至1:7`: a range of ratios, each read as a ÷ b, low to high."""
_LEAD = re.compile(rf"^({_NUMBER})(.*)$")
_GROWTH_WORDS = re.compile("[番半倍]")
_MORE = re.compile(r"^([千万亿]?)[余多](.*)$")
_ABOVE = {"千": "万亿", "万": "亿"}
_PLACE = {"千": 1000, "万": 10000}
"""余 between two multipliers (八千余万元 → 8千余万元): the first is a place of the number."""
_DOUBLING = re.compile(r"^翻(\d?)番$")
_TIMES = re.compile(rf"^({_NUMBER})倍$")
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
TREND_WORDS = (*_TREND_UP, *_TREND_DOWN)
"""The words of a trend the value grammar reads (`逐年提高` up, `逐年下降` down)."""
_POINTS = ("个百分点", "百分点")
_BOUND = "级制届期代轮"
"""Words after a numeral that make it a name, not an amount: 一年级, 十二年制, 三期."""


_TABLE: list[units.Table] = []


def _table() -> units.Table:
    """The unit table, read once; a broken table is an error for every value."""
    if not _TABLE:
        try:
            _TABLE.append(units.table())
        except units.UnitTableError as exc:
            raise ValueParseError(N_("the unit table is broken: {problem}"), problem=exc) from None
    return _TABLE[0]


class _Amount(NamedTuple):
    """The number(s) and unit left once the words around them are read."""

    lo: Decimal
    hi: Decimal | None
    """The high end of a range, else None."""
    printed: str
    """The unit printed with the number (or the range's high end); '' when none."""
    lo_printed: str
    """The unit of a range's low end: 5千~1.2万人 has 千人 there."""
    more: bool = False
    """余 or 多 after the number: 1400余亩 is more than 1400."""
    ratio: bool = False
    """17:1, read as 17 ÷ 1 with no unit."""


def _read(s: str, raw: str, unit: str | None, base_unit: str | None, in_words: bool) -> Value:
    """A value from `s`, written in digits (in_words: the document wrote it in words)."""
    try:
        lead = phrases.split(numerals.shares(s))
    except phrases.PhraseError:
        raise ValueParseError(_TWO_COMPARATORS, raw=raw) from None
    op = lead.op or "="
    growth = _growth_form(lead) if _GROWTH_WORDS.search(lead.rest) else None
    if growth is not None:
        return _relative(lead, op, growth, None, raw, base_unit)
    a = _amount(lead.rest, raw, in_words)
    if a.more:
        if lead.op not in (None, "="):
            raise ValueParseError(_TWO_COMPARATORS, raw=raw)
        op = ">"
    if lead.change:
        return _change(lead, op, a, raw, unit, base_unit)
    if a.ratio:  # 生师比 17：1 → 17 students per teacher
        if a.hi is not None:
            if op != "=":
                raise ValueParseError(N_("{raw!r}: a range cannot also have a comparator"), raw=raw)
            return Value("range", a.lo, a.hi, None, None, lead.approx)
        return Value(op, a.lo, None, None, None, lead.approx)
    lo, base, shown = _scale(a.lo, a.lo_printed, unit, lead.per_year)
    if a.hi is None:
        return Value(op, lo, None, base, shown, lead.approx)
    hi, _, shown = _scale(a.hi, a.printed, unit, lead.per_year)
    if op != "=":
        raise ValueParseError(N_("{raw!r}: a range cannot also have a comparator"), raw=raw)
    if lo > hi:
        raise ValueParseError(N_("{raw!r}: the range runs backwards"), raw=raw)
    return Value("range", lo, hi, base, shown, lead.approx)


def _amount(rest: str, raw: str, in_words: bool) -> _Amount:
    """The number(s) and unit of `rest`: 90%, 5~7所, 17:1, 1:5至1:7, 1400余亩."""
    ratios = _RATIO_RANGE.match(rest)
    if ratios:
        a, b, c, d = (Decimal(n) for n in ratios.groups())
        if 0 in (b, d):
            raise ValueParseError(N_("{raw!r}: a ratio cannot end in 0"), raw=raw)
        lo, hi = sorted((tidy(a / b), tidy(c / d)))
        return _Amount(lo, hi, "", "", ratio=True)
    if len(_NUMBERS.findall(rest)) > 2 or _LIST_MARK.search(rest):
        raise _NotAValue(
            N_("{raw!r} holds more than one value: split it into one record per value"), raw=raw
        )
    rng = _RANGE.match(rest)
    if rng:
        lo_text, lo_unit, hi_text, hi_unit = rng.groups()
        printed = _unit_or_error(hi_unit, raw, in_words) or _unit_or_error(lo_unit, raw, in_words)
        # Each end in its own unit: 5千~1.2万人 has 千人 at the low end.
        lo_printed = printed
        multipliers = _table().multipliers
        if lo_unit in multipliers and printed:
            lo_printed = lo_unit + printed.lstrip("".join(multipliers))
        elif lo_unit:
            lo_printed = _unit_or_error(lo_unit, raw, in_words)
        return _Amount(Decimal(lo_text), Decimal(hi_text), printed, lo_printed)
    ratio = _RATIO.match(rest)
    if ratio:
        a, b = Decimal(ratio.group(1)), Decimal(ratio.group(2))
        if b == 0:
            raise ValueParseError(N_("{raw!r}: a ratio cannot end in 0"), raw=raw)
        return _Amount(tidy(a / b), None, "", "", ratio=True)
    lead = _LEAD.match(rest)
    if not lead:
        raise _NotAValue(
            N_(
                "cannot read {raw!r}: expected a number with an optional comparator "
                "(＞ ≥ 以上 不低于 …) and unit, a range (5~7所), a change (提高5个百分点), "
                "a trend (逐年只增不减) or words"
            ),
            raw=raw,
        )
    number_text, tail = lead.groups()
    number = Decimal(number_text)
    more = _MORE.match(tail)  # 1400余亩, 200多所, 5万余人: more than the number
    if more:
        head, rest = more.groups()
        if head and rest[:1] in _ABOVE.get(head, ""):  # 八千余万元: more than 8000万元
            number, tail = number * _PLACE[head], rest
        else:
            tail = head + rest
    printed = _unit_or_error(tail, raw, in_words)
    return _Amount(number, None, printed, printed, more is not None)


def _scale(
    number: Decimal, printed: str, default_unit: str | None, per_year: Fraction | None = None
) -> tuple[Decimal, str | None, str | None]:
    """Normalize a number printed with `printed` (or, if none, the record's unit);
    `per_year` turns a count each half-year (每半年1次) into a yearly one."""
    base, factor, shown = _unit_for(printed, default_unit)
    if per_year is not None:
        factor = Fraction(factor) * per_year
    if factor.__class__ is int:  # the common case, exact
        return tidy(number * factor), base, shown
    return tidy(units.times(number, factor)), base, shown


def _unit_for(
    printed: str, default_unit: str | None
) -> tuple[str | None, units.Factor, str | None]:
    """(base unit, factor, unit as printed) of a number printed with `printed`."""
    if not printed:
        base, factor = unit_of(default_unit)
        return base, factor, default_unit
    table = _table()
    if printed in table.multipliers:  # 1.2万 in a 个 row: 12000 个
        row_base, _ = unit_of(default_unit)
        if row_base is not None:
            key = printed + row_base
            if key not in table.units:
                raise ValueParseError(
                    N_(
                        "a bare {printed} multiplies the indicator's unit, but {unit!r} takes no {printed}: write the number as printed in the document's unit"
                    ),
                    printed=printed,
                    unit=default_unit,
                )
            base, factor = table.units[key]
            return base, factor, printed
        if printed not in table.units:  # 1.2万 with no unit: a number
            return None, table.multipliers[printed], printed
    base, factor = unit_of(printed)
    if default_unit:
        record_base, _ = unit_of(default_unit)
        if base != record_base and base is not None and record_base is not None:
            raise ValueParseError(
                N_(
                    "unit {printed!r} in the value does not match the record's unit "
                    "{unit!r}: fix the record's `unit`"
                ),
                printed=printed,
                unit=default_unit,
            )
    return base, factor, printed


def _growth_form(lead: phrases.Lead) -> Decimal | None:
    """A relative change written without a percentage: 翻一番 (+100), 翻两番 (+300),
    减半 and 减少一半 (−50), 增长一倍 (+100); None for anything else."""
    rest = lead.rest
    m = _DOUBLING.match(rest)
    if m:
        return Decimal(2 ** int(m.group(1) or 1) - 1) * 100
    if rest == "减半":
        return Decimal(-50)
    if lead.change:
        times = _TIMES.match(rest)
        if times and lead.change > 0:
            return tidy(Decimal(times.group(1)) * 100)
        if rest == "1半":
            return Decimal(50 * lead.change)
    return None


def _change(
    lead: phrases.Lead, op: str, a: _Amount, raw: str, unit: str | None, base_unit: str | None
) -> Value:
    """提高5个百分点 (a change in points), 增长10% (a relative change), 增加0.5年, and
    with 每年/逐年/年均 the same as a yearly rate (trend)."""
    if a.ratio or lead.per_year is not None:
        raise _NotAValue(
            N_("cannot read {raw!r} as a change: write the change as printed, e.g. 提高5个百分点"),
            raw=raw,
        )
    sign = lead.change
    hi_signed = None if a.hi is None else a.hi * sign
    if a.printed == "%":  # points or relative? 增长10% is relative: see data/README.md
        return _relative(lead, op, a.lo * sign, hi_signed, raw, base_unit)
    kind = "trend" if lead.yearly else "change"
    shown: str | None = POINTS
    if a.printed in _POINTS and lead.yearly:  # a yearly rate keeps the indicator's unit
        lo, base = a.lo, base_unit
    elif a.printed in _POINTS:
        lo, base, _ = _scale(a.lo, a.printed, unit)
    else:
        lo, base, shown = _scale(a.lo, a.lo_printed, unit)
        hi_signed = None if a.hi is None else _scale(a.hi, a.printed, unit)[0] * sign
    return _signed(kind, lead, op, lo * sign, hi_signed, base, shown, raw)


def _relative(
    lead: phrases.Lead, op: str, lo: Decimal, hi: Decimal | None, raw: str, base_unit: str | None
) -> Value:
    """A change in percent of the level itself (增长10%, 翻一番 → +100): `growth`, or
    with 每年 a yearly rate (trend) printed in %."""
    return _signed("trend" if lead.yearly else "growth", lead, op, lo, hi, base_unit, "%", raw)


def _signed(
    kind: str,
    lead: phrases.Lead,
    op: str,
    lo: Decimal,
    hi: Decimal | None,
    base: str | None,
    shown: str | None,
    raw: str,
) -> Value:
    """A change, growth or trend from signed numbers (the low end first), with "以上"
    kept as at_least."""
    if op in ("<", "<="):
        raise ValueParseError(
            N_(
                "{raw!r}: a change held under a bound (以内, 以下, 不超过) is not read: record the level the document states instead"
            ),
            raw=raw,
        )
    if hi is not None and hi < lo:  # 下降3-5个百分点: from -5 to -3
        lo, hi = hi, lo
    direction = "down" if (hi if hi is not None else lo) < 0 else "up"
    return Value(
        kind,
        tidy(lo),
        None if hi is None else tidy(hi),
        base,
        shown,
        lead.approx,
        direction,
        op in (">", ">="),
    )


def _unit_or_error(rest: str, raw: str, in_words: bool = False) -> str:
    """The unit at the start of `rest`; the rest may only be a noun (所小学)."""
    if not rest:
        return ""
    table = _table()
    u, tail = _split_unit(rest, table)
    if u and (not tail or _is_noun(tail, not in_words or _counted(u, table))):
        return u
    if rest in table.multipliers:  # 1.2万: the indicator's unit, multiplied
        return rest
    raise _NotAValue(
        N_(
            "cannot read the unit in {raw!r} (after the number: {rest!r}): "
            "use a unit listed in data/units.yaml"
        ),
        raw=raw,
        rest=rest,
    )


def _split_unit(rest: str, table: units.Table) -> tuple[str, str]:
    """Split text after a number into (unit, remainder), the longest unit first; '' when none."""
    for n in table.lengths:
        if rest[:n] in table.units:
            return rest[:n], rest[n:]
    return "", rest


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


def _counted(u: str, table: units.Table) -> bool:
    """Whether a noun may follow this unit after a numeral in words: a count (三所小学),
    but not 个, the classifier of slogans (四个全面, 两个确保)."""
    return u in table.counts and u != "个"


def _is_noun(text: str, may_follow: bool) -> bool:
    """Chinese words after a unit (500所小学) name the thing counted, not a unit. After
    a numeral written in words only a count may have one, and not 一年级 or 十二年制."""
    return (
        may_follow
        and text[0] not in _BOUND
        and all("\u4e00" <= ch <= "\u9fff" for ch in text)
        and not any(w in text for w in _NOT_NOUNS)
    )


def _parse_words(s: str, base_unit: str | None, unit: str | None) -> Value:
    if "全覆盖" in s and not s.startswith("基本"):
        if base_unit not in (None, "%"):
            raise ValueParseError(
                N_(
                    '全覆盖 means 100%, but the record\'s unit is {unit!r}: give the indicator unit "%"'
                ),
                unit=unit,
            )
        return Value("=", Decimal(100), None, "%", unit or "%")
    if any(w in s for w in _TREND_UP):
        return Value("trend", None, None, base_unit, unit, False, "up")
    if any(w in s for w in _TREND_DOWN):
        return Value("trend", None, None, base_unit, unit, False, "down")
    return Value("text", None, None, base_unit, unit)


def unit_in_table(printed: str) -> tuple[str | None, units.Factor]:
    """The base unit and factor of a printed unit (values.unit_of caches it)."""
    table = _table()
    key = clean(printed)
    if key in table.units:
        return table.units[key]
    raise ValueParseError(
        N_(
            "unknown unit {printed!r}: use one of the units listed in data/units.yaml "
            "(e.g. %, 元/生, 万人, 所, 个), or leave unit empty for a ratio"
        ),
        printed=printed,
    )


MAX_LENGTH = 200
"""Characters a printed value may have. The longest in the documents has 15 (达到浙江省教育
现代化区创建标准); a paragraph pasted as a value is a mistake, and reading one would take long."""
_LONG_NUMBER = re.compile(rf"\d{{{MAX_DIGITS + 1},}}")


def _digit_like(raw: str) -> str | None:
    """The first character that looks like a digit but is not one of 0-9 (or full-width
    ０-９): a superscript (90² — a footnote mark), a circled ①, ½, another script's ٩.
    NFKC would turn most of them into digits, and 90² into 902. A sign that reads as a
    unit the units table lists (㎡ as m2) is that unit."""
    for ch in raw:
        if ch.isascii() or "０" <= ch <= "９":
            continue
        read = unicodedata.normalize("NFKC", ch)
        if (ch.isdigit() or any(c.isdigit() for c in read)) and read not in _table().units:
            return ch
    return None


def _refuse_odd(raw: str) -> None:
    """Raise for a value no plan prints: absurd numbers, too long, look-alike digits."""
    if _LONG_NUMBER.search(clean(raw)):
        raise _absurd(raw)
    if len(raw) > MAX_LENGTH:
        raise ValueParseError(
            N_(
                "the value {start!r}… is {length:,} characters long: copy only the value as printed, a few words at most"
            ),
            start=raw[:20],
            length=len(raw),
        )
    odd = _digit_like(raw)
    if odd is not None:
        raise ValueParseError(
            N_(
                "cannot read {raw!r}: {odd!r} looks like a digit but is not one (a superscript, "
                "a circled number or another script's digit): write the number in plain digits, "
                "and a footnote mark in `note`"
            ),
            raw=raw,
            odd=odd,
        )


def _quoted(raw: str) -> str:
    """A value as a message quotes it, cut short when long."""
    return repr(raw) if len(raw) <= 40 else f"{raw[:30]!r}… ({len(raw):,} characters)"


def _absurd(raw: str) -> ValueParseError:
    return ValueParseError(
        N_(
            "{value} holds a number of more than {digits} digits, or beyond 10^{digits}: "
            "no plan's value is that large or that precise — copy the value as printed"
        ),
        value=_quoted(raw),
        digits=MAX_DIGITS,
    )


def _checked(v: Value, raw: str) -> Value:
    """The value, if its numbers are sensible (a number in words can be as absurd)."""
    for d in (v.value, v.value_max):
        if d is not None and not sensible(d):
            raise _absurd(raw)
    return v


def read(raw: str, unit: str | None) -> Value:
    """Parse one printed value; see values.parse."""
    if not isinstance(raw, str) or not raw.strip():
        raise ValueParseError(N_("empty value: copy the value exactly as printed"))
    _refuse_odd(raw)
    return _checked(_read_value(raw, unit), raw)


_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d.,])")
"""`9,600`, `4,000万`, `41,556.9㎡`: digits grouped in threes by an ASCII comma (a decimal part
after them), one number. Read before NFKC, which would turn a list's full-width `，` (`3，400所`)
into the same comma."""
_WAN_AND = re.compile(r"(?<![\d.])(\d+)万(\d{1,4})(?![\d.万亿])")
"""`2万1000人`: ten thousands and the rest, one number (21000)."""
TEN_THOUSANDS_IN_WORDS = "[一二两三四五六七八九][零〇一二两三四五六七八九十百千]*"
"""The ten thousands below a 亿 written in words (`1亿两千万`: 两千)."""
_YI_AND = re.compile(rf"(?<![\d.])(\d+)亿\s?(\d{{1,4}}|{TEN_THOUSANDS_IN_WORDS})([多余]?)万")
"""`201亿4070万元`: hundred millions and the ten thousands below them, one number in 万
(`1亿4000多万元`: more than 14000万; `1亿两千万`, the ten thousands in words: 12000万)."""


CURRENCIES_FIRST = "人民币|新台币|台币|港币|港元|澳门币|澳门元"
"""Currencies a sum may name before its number (`新台币3.6亿元`); units.yaml gives their base."""
SUM_LEADS = "约|近|超过|逾|超|不少于|不低于"
"""Words a sum may open with before the currency it names (`约港币2亿元`)."""
CURRENCY_FIRST = re.compile(
    rf"^(?P<lead>{SUM_LEADS})?\s*(?P<currency>{CURRENCIES_FIRST})\s*"
    r"(?P<sum>(?:约|近)?\s*[\d一二三四五六七八九十两百千万亿〇零.,\s]+?)\s*元?"
    r"(?P<suffix>以上|以下|以内|左右|多|余)?$"
)
"""`新台币3.6亿元`, `港币2亿元`, `约人民币4亿元`: a sum with its currency named before the
number, as Taiwan, Hong Kong and news print it; the same sum as `3.6亿新台币` (units.yaml)."""
_NEAR_ROUND = re.compile(r"^(近|超|逾)(?=[千万](?![\d余多万亿]))")
"""`近万个`, `近千所`, `超万人`, `逾千名`: nearly (more than) one ten thousand or a thousand, as
news rounds a count: 近1万个, 超1万人."""


_HALF_WORDS = re.compile(r"(?<=\d\.)[零〇一二三四五六七八九]+")
"""`37.五亿元`: decimals typed half in words (a reposting site's rewriter leaves them)."""


_WORDS_END = "零〇一二两三四五六七八九十百"
_MIXED_RANGE = re.compile(
    rf"(?<![{_WORDS_END}\d.])(?P<low>[{_WORDS_END}]+)(?P<sep>\s?{RANGE_SEP}\s?)(?=\d)"
    rf"|(?<=\d)(?P<sep2>\s?{RANGE_SEP}\s?)(?P<high>[{_WORDS_END}]+)(?![{_WORDS_END}\d.])"
)
"""`六至12间`, `6到十个`: a range with one end in words and the other in digits, as news
prints it; both ends are read as digits."""


def _mixed_range(m: re.Match[str]) -> str:
    if m["low"] is not None:
        low = numerals.number(m["low"])
        return m.group() if low is None else low + m["sep"]
    high = numerals.number(m["high"])
    return m.group() if high is None else m["sep2"] + high


def _currency_after(m: re.Match[str]) -> str:
    """The sum with its currency after it, as units.yaml names it (人民币 is 元)."""
    currency = "元" if m["currency"] == "人民币" else m["currency"]
    return (m["lead"] or "") + m["sum"] + currency + (m["suffix"] or "")


def _one_number(raw: str) -> str:
    """`raw` with its thousands marks dropped, `201亿4070万` written as 2014070万,
    `2万1000` as 21000, `近万` as 近1万, `37.五` as 37.5, `六至12` as 6至12 and `港币2亿元` as
    2亿港币."""
    s = clean(_THOUSANDS.sub(lambda m: m.group().replace(",", ""), raw))
    s = _HALF_WORDS.sub(lambda m: numerals.spelled_digits(m.group()) or m.group(), s)
    s = CURRENCY_FIRST.sub(_currency_after, s)
    s = _NEAR_ROUND.sub(r"\g<1>1", s)
    s = _MIXED_RANGE.sub(_mixed_range, s)
    s = _YI_AND.sub(_yi_and, s)
    return _WAN_AND.sub(lambda m: str(int(m.group(1)) * 10000 + int(m.group(2))), s)


def _yi_and(m: re.Match[str]) -> str:
    """A _YI_AND match as one number in 万; left as printed when the part below 亿 is no
    numeral under ten thousand."""
    below = m.group(2) if m.group(2).isdigit() else numerals.number(m.group(2))
    if below is None or int(below) >= 10000:
        return m.group()
    return f"{int(m.group(1)) * 10000 + int(below)}{m.group(3)}万"


def _per_month_first(m: re.Match[str]) -> str:
    """`400元/人·月` written as `每人每月400元`, `500元/月` as `每月500元`."""
    who = m[2] or m[3]
    return f"{'每' + who if who else ''}每月{m[1].strip()}元"


def _read_value(raw: str, unit: str | None) -> Value:
    s = _one_number(raw)
    if _QUOTES.search(s):  # “十五年”
        s = _QUOTES.sub("", s)
    if "月" in s:
        s = _PER_MONTH_AFTER.sub(_per_month_first, s)
    total = PERIOD_TOTAL.match(s)
    if total:
        s = total.group("inner")
    base_unit, _ = unit_of(unit)
    if _DIGIT.search(s):
        return _read(s, raw, unit, base_unit, False)
    words = _parse_words(s, base_unit, unit)
    if words.op not in ("text", "trend") or not numerals.may_hold(s):
        return words
    try:  # 逐年下降零点五个百分点 is a rate; 两个只增不减 stays a trend, not "2 个"
        return _read(numerals.to_digits(s), raw, unit, base_unit, True)
    except _NotAValue:  # 十大模式, 五育并举, 进一步提高: words
        return words
