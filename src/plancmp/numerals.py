"""Numbers written in words, rewritten as digits so the value grammar reads one form.

二十所 → 20所, 一百二十万人 → 120万人, 三点五 → 3.5, 百分之九十五 → 95%, 千分之五 → 5‰,
三分之一 → 33.3333%, 九成五 → 9.5成. The rules are in data/README.md ("Values").

A single digit (一…十) is a dictionary lookup. A longer numeral goes to cn2an,
the field's library, imported the first time one is met: a command that meets
none never pays for it.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from plancmp.units import to_decimal

_DIGITS = {
    "零": "0",
    "〇": "0",
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
}
_FAST = {**_DIGITS, "十": "10"}
START = "零〇一二两三四五六七八九十廿卅卌壹贰叁肆伍陆柒捌玖拾"
"""A numeral starts with a digit, 十 or a tens sign (廿 20, 卅 30, 卌 40): 百位, 千校, 万人 are
words, not numbers."""
_RUN = re.compile(rf"[{START}][{START}○百千万亿佰仟]*(?:[点‧][零〇○一二两三四五六七八九]+)?")
"""○ (printed for 〇 in 一○二四) goes on a numeral but opens none: alone it is a bullet."""
_TENS = str.maketrans({"廿": "二十", "卅": "三十", "卌": "四十", "○": "〇", "‧": "点"})
"""Tens signs as Taiwanese and older texts print them (廿五 is 25, 卅二 is 32), and the point
Taiwanese papers print between numerals for 点 (四‧五亿 is 4.5亿)."""
_LARGER = {"千": "千万亿仟", "万": "万亿", "亿": "亿"}
"""A trailing 千/万/亿 stays a multiplier (三千万 → 3000万) unless the numeral
before it already holds as large a unit (一万二千 is 12000, not 一万二 × 千)."""
_HINT = re.compile(rf"[{START}番半之]")
_ROUND = re.compile(
    rf"(?<![{START}百千万亿佰仟\d.几数上每/])([百千])(?=[所名](?![{START}百千万]))"
    rf"|(?<=[超近逾约达])([百千])(?=[万亿][余多]?[个名人元座位张套台次册户亩])"
)
"""A bare 百 or 千 right before 所 or 名 is the round number (`新建百所高中` 100 所, `培训千名教师`
1000 名); not before another unit or a word (`百位`, `千校`, `百姓`, `千方百计`), nor paired
(`百所千名`), nor after 几/数/上 (`数百所`: some hundreds) or 每 (`每千名`: per thousand).
So is a bare 百 or 千 before 万 or 亿 and a unit after a comparator (`超百万个` 100万个, `近千万元`);
without one, `百万` is often a name's word (`百万扩招`)."""

_BARE_WAN = re.compile(
    rf"(?<![{START}百千万亿佰仟\d.几数上每/])(?=[千万][余多][个名人元座位张套台次册户亩所])"
)
"""`新增学位万余个`, `培训教师万余名`, `千余所`: a bare 万 or 千 before 余 and a unit is one ten
thousand (a thousand) and more (the 一 is left out, as in 百余所)."""


_NUMBER = r"\d+(?:\.\d+)?"
_PER_HUNDRED = re.compile(rf"百分之({_NUMBER})")
_PER_THOUSAND = re.compile(rf"千分之({_NUMBER})")
_PER_TEN_THOUSAND = re.compile(rf"万分之({_NUMBER})")
_FRACTION = re.compile(rf"({_NUMBER})分之({_NUMBER})")
_TENTHS = re.compile(r"(\d+)成(\d)(?![\d.])")
_HALF = re.compile(r"^(?:[一1]半|半数)(?=以上|左右|以下|$)")
"""`一半以上`, `半数以上`: a share of one half, printed as the value itself (not `减少一半`, a
change, which the grammar reads first)."""
_SLASH_FRACTION = re.compile(r"(?<![\d./／])([1-9])\s?[/／]\s?(10|[2-9])(?![\d./／])")
"""1/3, 2/3: a share written with a slash, a digit over a small one (not 2021/1/3, 100/95)."""


_SPELLED = {**{c: d for c, d in _DIGITS.items() if c != "两"}, "○": "0"}
"""Digits as a year is printed one by one (二〇二五, 一○八: ○ is often printed for 〇)."""


def spelled_digits(text: str) -> str | None:
    """A number printed digit by digit, in Chinese or Arabic digits (二〇二五 → "2025",
    一○八 → "108"); None when a character is no digit."""
    out = []
    for c in text:
        digit = c if "0" <= c <= "9" else _SPELLED.get(c)
        if digit is None:
            return None
        out.append(digit)
    return "".join(out)


def may_hold(s: str) -> bool:
    """Whether text without digits may still hold a number (a numeral, 翻番, 减半)."""
    return any(p.search(s) is not None for p in (_HINT, _ROUND, _BARE_WAN))


_APPROX = re.compile(
    r"(?<![零〇○一二两三四五六七八九十廿卅百千万亿点第])([一二两三四五六七八])、?"
    r"([二三四五六七八九])([十百千万])?(?![零〇○一二两三四五六七八九十百千])"
)
"""Two digits told together as an estimate, neighbours or 三五 (`两三个`, `五、六位`, `二三十所`,
`三四百人`, `三五年`): a range from the one to the other, never the two side by side (23, 56).
Not after 十: `十四五` is a plan's name."""
_TIMES = {"十": 10, "百": 100, "千": 1000}


def _approx(m: re.Match[str]) -> str:
    low, high, unit = m.groups()
    a, b = int(_DIGITS[low]), int(_DIGITS[high])
    if b != a + 1 and (a, b) != (3, 5):
        return m.group()
    if unit in _TIMES:
        a, b = a * _TIMES[unit], b * _TIMES[unit]
    return f"{a}~{b}" + ("万" if unit == "万" else "")


def to_digits(s: str) -> str:
    """Every numeral in `s` written in digits; a run that is no numeral (十四五) is kept."""
    s = _APPROX.sub(_approx, s)
    s = _ROUND.sub(lambda m: "100" if m.group() == "百" else "1000", s)
    s = _BARE_WAN.sub("1", s)
    return _RUN.sub(_run_to_digits, s)


def _run_to_digits(m: re.Match[str]) -> str:
    text, tail = m.group(), ""
    if (
        len(text) > 1
        and text[-1] in _LARGER
        and not any(ch in text[:-1] for ch in _LARGER[text[-1]])
    ):
        text, tail = text[:-1], text[-1]
    digits = number(text)
    return m.group() if digits is None else digits + tail


def number(text: str) -> str | None:
    """A Chinese numeral in digits (一百零五 → "105", 三点五 → "3.5"), or None when
    `text` is not one."""
    if text in _FAST:
        return _FAST[text]
    text = text.translate(_TENS)
    whole, dot, decimals = text.partition("点")
    if dot and not all(ch in _DIGITS for ch in decimals):
        return None
    head = _FAST.get(whole) or _integer(whole)
    if head is None:
        return None
    return f"{head}.{''.join(_DIGITS[ch] for ch in decimals)}" if dot else head


def _integer(text: str) -> str | None:
    from cn2an import cn2an  # type: ignore[import-untyped]  # 0.2 s to import: only here

    try:
        n = cn2an(text, "normal")
    except (ValueError, KeyError, IndexError):
        return None
    return str(n) if isinstance(n, int) else None


def shares(s: str) -> str:
    """Shares written in words as a number and a unit: 百分之95 → 95%, 千分之5 → 5‰,
    万分之5 → 5‱, 3分之1 and 1/3 → 33.3333%, 9成5 → 9.5成, 一半以上 → 50%以上 (digits already:
    see to_digits)."""
    if "之" in s:
        s = s.replace("百分之百", "100%")
        s = _PER_HUNDRED.sub(r"\1%", s)
        s = _PER_THOUSAND.sub(r"\1‰", s)
        s = _PER_TEN_THOUSAND.sub(r"\1‱", s)
        s = _FRACTION.sub(_fraction, s)
    if "/" in s or "／" in s:
        s = _SLASH_FRACTION.sub(_slash_fraction, s)
    if "成" in s:
        s = _TENTHS.sub(r"\1.\2成", s)
    if "半" in s:
        s = _HALF.sub("50%", s)
    return s


def _slash_fraction(m: re.Match[str]) -> str:
    """1/3 is 三分之一, as a percentage; a digit over a smaller one (3/2) is no share."""
    part, whole = int(m.group(1)), int(m.group(2))
    if part >= whole:
        return m.group()
    return f"{to_decimal(Fraction(part, whole) * 100)}%"


def _fraction(m: re.Match[str]) -> str:
    """N分之M is M/N, as a percentage (四分之三 → 75%), to 4 decimal places when it has
    no exact decimal form (三分之一 → 33.3333%)."""
    whole, part = Decimal(m.group(1)), Decimal(m.group(2))
    if whole == 0:
        return m.group()  # 0分之1: not a number; the grammar then says it cannot read it
    share = Fraction(part) / Fraction(whole) * 100
    return f"{to_decimal(share)}%"
