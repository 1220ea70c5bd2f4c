"""Variant text read the same as clean simplified text.

Conversions, each counted so that `Document.conversions` can say what was done in
words a reviewer can repeat:

- traditional characters → simplified, with OpenCC's t2s table;
- pinyin that reposting sites put in brackets after characters (`規(guī)劃`), or bare
  with its tone marks (`古浪làng 县`);
- such sites' notes inside words (`公办(繁体:辦)`, `其中{拼音:zhōng}`);
- letter-spaced characters (`指  标`, `目 录`), a figure split by a stray space inside a
  sentence (`新建4 0所`), and a word split by a space in a sentence whose figures all stand
  apart from their words (`覆盖 率达到 80%`), as a PDF's text layer prints them;
- a web page's notes on its pictures (`(网络配图)`), and advertising pushed into the
  text (spam.py);
- a comma such sites set before another mark (`面积,、`, `收悉,,`);
- a full-width comma that groups a figure's thousands (`2，567亿元` → `2,567亿元`), which
  would otherwise end a clause inside the figure.

Every reader produces its blocks first and then runs them through one `Cleaner`,
so the rules are the same for every format.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from plancmp.draft.read import spam

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

KEEP_IN_SIMPLIFIED = frozenset("於")
"""Characters OpenCC maps away that simplified text still uses in names (於潜镇 is a
town of Lin'an): kept unless the document is written in traditional characters."""

TRADITIONAL_SHARE = 0.15
"""Above this share of traditional characters a document is written in traditional
characters, and every character is converted."""

_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ai|ei|ao|ou|an|en|er|ia|ie|iao|iu|iou|ian|in"
    r"|ua|uo|uai|ui|uei|uan|un|uen|ve|ue|van|vn|a|o|e|i|u|v)r?|hm|ng|m|n"
)
_TONE_LETTERS = "a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ"
_ONE_BRACKET = rf"[(（]\s*([{_TONE_LETTERS}]+(?: [{_TONE_LETTERS}]+)*)\s*[)）]"
_BRACKETED = re.compile(rf"(?<=[{HAN}])(?:{_ONE_BRACKET})+")
"""Pinyin in brackets after a character, once or repeated (`學(xue)(xue)(xue)校`)."""
_IN_BRACKETS = re.compile(_ONE_BRACKET)
_NOTE = re.compile(
    r"[(（\[【{《]\s*(?:繁体|繁|拼音|读音|拼)\s*[:：][^()（）\[\]【】{}《》]{0,12}[)）\]】}》]"
)
"""A reposting site's note inside a word: `入园[繁体:園]难`, `公办(繁体:辦)`, `其中{拼音:zhōng}`."""
_MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_BARE_PINYIN = re.compile(
    rf"(?<=[{HAN}])([a-zü{_MARKED}]*[{_MARKED}][a-zü{_MARKED}]*) ?(?=[{HAN}])"
)
"""A syllable with its tone mark run into the text (`古浪làng 县`): never a word of the
plan, which writes letters without tone marks (5G, IPv6)."""
_SPACED = re.compile(rf"(?<![{HAN}A-Za-z0-9])[{HAN}](?:[ \u3000\xa0]+[{HAN}](?![{HAN}A-Za-z0-9]))+")
_SPACE = re.compile(r"[ \u3000\xa0]+")
_SPACED_DIGITS = r"\d(?: \d)*"
_SPLIT_FIGURE = re.compile(
    rf"(?:(?<=[{HAN}，,；;、：:∶])|(?<=[，,；;、：:∶。] ))({_SPACED_DIGITS}(?: ?\. ?{_SPACED_DIGITS})?) ?"
    rf"(?=[%％‰∶，,。；;{HAN}])"
)
"""Single digits set apart by spaces, then a unit, %, ‰ or a ratio's ∶ (`改扩建4 0所`,
`8 0%以上`, `达到2 9 0 0 亿元`, `增长6 .5 %`, `1 9 ∶4 3 ∶3 8，`) inside a sentence: a figure a
page's typesetting or a PDF's letter-spaced text layer split, not several figures (a table's
cells stand apart from the word before them, a count stands after its unit only with one
more word between, and digits grouped in threes (`1 000`) are left). A PDF's layer may set a
space after a mark too (`， 1 2种`)."""
_SIGN_NEXT = re.compile(r"[%％‰∶]")
_PADDED_FIGURE = re.compile(rf"[{HAN}][ \u3000\xa0]+\d|\d[ \u3000\xa0]+[{HAN}]")
_TIGHT_FIGURE = re.compile(rf"[{HAN}]\d|\d[{HAN}]")
PADDED_MIN = 2
"""A sentence whose figures all stand apart from their words by a space (`到 2025 年`,
`新建 3 所`), at least this often and never set close (`新建3所`), is a PDF's text layer:
the same layer breaks words at its line and glyph runs (`普惠 性幼儿园`, `达 到 50%`), and a
space between two characters in it is noise. A headline puts a space between its phrases
but sets its figures close (`将投入8亿元 今年新建…`)."""
_SPACED_POINT = re.compile(
    r"(?<=\d)[ \u3000\xa0]+\.[ \u3000\xa0]*(?=\d)"
    r"|(?<!^\d)(?<!^\d\d)(?<=\d)\.[ \u3000\xa0]+(?=\d)"
)
_SPACED_PERCENT = re.compile(r"(?<=\d)[ \u3000\xa0]+(?=[%％])")
"""Spaces a PDF's text layer sets inside a figure (`92 . 5 %`): around its decimal point and
before its percent sign, in a sentence whose figures all stand apart (see PADDED_MIN). The
number and point that open an item (`1. 2027 年`) are its number, no figure's whole part."""
_SENTENCE_MARK = re.compile(r"[，。；;]|,(?!\d{3})")
_WORD_GAP = re.compile(rf"(?<=[{HAN}])[ \u3000\xa0]+(?=[{HAN}])")
_HEADING_BEFORE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．]"
    r"|第[一二三四五六七八九十百\d]+[章节条部分])[^，,。；;：:\s]{0,16}$"
)
"""A numbered heading run into its text (`2、学位数量 规划新建…`, `第五条 总体布局`): the
space after it ends the heading, even in a PDF's text layer."""
_DOUBLED_MARK = re.compile(rf"(?<=[{HAN}\d%％)）”])[,，](?=[,，、。；;])")
"""A comma a reposting site set before another mark (`村小生均占地面积,、生均校舍面积`, `收悉,,我委`,
`…重视力度,。`): no clause ends there, and the list or sentence goes on as the second mark says."""
_WIDE_THOUSANDS = re.compile(
    rf"(?<![\d.,，])\d{{1,3}}(?:，\d{{3}})+(?=[{HAN}%％])(?![^，,。；;]{{0,3}}[和及与、]\s*\d)"
)
"""A figure whose thousands a full-width comma groups (`2，567亿元`, `近1，000万人`): only
groups of three digits, right before a unit or word, so that no list of figures (`1，2，3`,
`2018，2019年`) is joined; nor is a list of three-digit figures (`120，150和180所`), nor any
after `分别` (`分别提高到650，850元`, see `_thousands`)."""
_RESPECTIVELY = re.compile(r"分别[^。；;！？]*$")
_PICTURE = re.compile(r"[(（][^()（）]{0,8}(?:配图|资料图|图片|组图)[^()（）]{0,8}[)）]")
"""A web page's note on a picture (`(网络配图)`, `(相关资料图)`, `(点击图片扩大检查)`): it
stands between sentences and would otherwise open the next one's name."""


_SAID = {
    "t2s": "繁体字转为简体字（OpenCC t2s，{}字）",
    "pinyin": "删除汉字后括注的拼音，如“规(guī)划”（{}处）",
    "note": "删除转载网站插在字间的注释，如“公办(繁体:辦)”（{}处）",
    "spacing": "删除汉字间多余空格，如“指  标”（{}处）",
    "figure": "删除数字间多余空格，如“4 0所”（{}处）",
    "spam": "删除插入文中的广告词，如“价格查询”（{}处）",
    "picture": "删除网页的图片说明，如“(网络配图)”（{}处）",
    "mark": "删除转载网站在标点前多加的逗号，如“面积,、”“收悉,,”（{}处）",
    "thousands": "数字中分隔千位的全角逗号改为半角，如“2，567亿元”→“2,567亿元”（{}处）",
}
"""Each conversion a `Cleaner` counts, and how `Document.conversions` says it was done (with its
count), in the order it is said."""


class Cleaner:
    """Converts the strings of one document, counting what it changed."""

    def __init__(self, sample: str) -> None:
        """`sample` is the document's whole text: it decides whether OpenCC runs
        at all and whether the document is written in traditional characters."""
        self.converter = _opencc_if_needed(sample)
        self.all_traditional = False
        if self.converter is not None:
            changed = _changed_positions(sample, self.converter.convert(sample))
            han = sum(1 for ch in sample if _is_han(ch))
            self.all_traditional = len(changed) > TRADITIONAL_SHARE * max(han, 1)
        self.counts = dict.fromkeys(_SAID, 0)
        self.keywords = spam.keywords(sample)

    def text(self, value: str) -> str:
        """`value` converted."""
        if self.converter is not None:
            value = self._simplified(value)
        value = _BRACKETED.sub(self._pinyin, value)
        value = _NOTE.sub(self._note, value)
        value = _BARE_PINYIN.sub(self._bare_pinyin, value)
        value = _PICTURE.sub(self._picture, value)
        value = _DOUBLED_MARK.sub(self._mark, value)
        value = _WIDE_THOUSANDS.sub(self._thousands, value)
        value, removed = spam.remove(value, self.keywords)
        self.counts["spam"] += removed
        value = _SPLIT_FIGURE.sub(self._joined, value)
        value = _SPACED.sub(self._unspaced, value)
        return self._figures_joined(self._words_joined(value)) if _pdf_layer(value) else value

    def conversions(self) -> tuple[str, ...]:
        """What was done, in the order it was done, each once."""
        return tuple(
            said.format(self.counts[kind]) for kind, said in _SAID.items() if self.counts[kind]
        )

    def _simplified(self, value: str) -> str:
        assert self.converter is not None
        converted: str = self.converter.convert(value)
        changed = _changed_positions(value, converted)
        if not changed:
            return value
        if len(converted) == len(value) and not self.all_traditional:
            chars = list(converted)
            for i in changed:
                if value[i] in KEEP_IN_SIMPLIFIED:
                    chars[i] = value[i]
            converted = "".join(chars)
            changed = [i for i in changed if value[i] not in KEEP_IN_SIMPLIFIED]
        self.counts["t2s"] += len(changed)
        return converted

    def _pinyin(self, match: re.Match[str]) -> str:
        groups = _IN_BRACKETS.findall(match.group(0))
        syllables = [s for g in groups for s in g.split()]
        plain = [_toneless(s) for s in syllables]
        if not all(_SYLLABLE.fullmatch(p) for p in plain):
            return match.group(0)
        if len(plain) == 1 and len(plain[0]) == 1 and plain[0] == syllables[0]:
            return match.group(0)  # a bare (a) or (e) is a list label, not pinyin
        self.counts["pinyin"] += len(groups)
        return ""

    def _note(self, match: re.Match[str]) -> str:
        self.counts["note"] += 1
        return ""

    def _bare_pinyin(self, match: re.Match[str]) -> str:
        if not _SYLLABLE.fullmatch(_toneless(match.group(1))):
            return match.group(0)
        self.counts["pinyin"] += 1
        return ""

    def _picture(self, match: re.Match[str]) -> str:
        self.counts["picture"] += 1
        return ""

    def _mark(self, match: re.Match[str]) -> str:
        self.counts["mark"] += 1
        return ""

    def _joined(self, match: re.Match[str]) -> str:
        """A split figure joined; a whole one keeps the space before a word (`表1 主要指标`),
        and one set close (`增长9%`) is no join to count."""
        text = match.group(0)
        if " " not in text or (
            " " not in match.group(1) and not _SIGN_NEXT.match(match.string, match.end())
        ):
            return text
        self.counts["figure"] += 1
        return text.replace(" ", "")

    def _thousands(self, match: re.Match[str]) -> str:
        if _RESPECTIVELY.search(match.string, 0, match.start()):
            return match.group(0)  # `分别提高到650，850元`: two figures, one for each
        self.counts["thousands"] += 1
        return match.group(0).replace("，", ",")

    def _unspaced(self, match: re.Match[str]) -> str:
        self.counts["spacing"] += 1
        return _SPACE.sub("", match.group(0))

    def _figures_joined(self, value: str) -> str:
        """`value` without the spaces a PDF's text layer sets inside a figure: around its
        decimal point (`92 . 5`) and before its percent sign (`92.5 %`)."""
        value, points = _SPACED_POINT.subn(".", value)
        value, signs = _SPACED_PERCENT.subn("", value)
        self.counts["figure"] += points + signs
        return value

    def _words_joined(self, value: str) -> str:
        """`value` without the spaces between two characters, but a numbered heading's."""
        parts, last = [], 0
        for gap in _WORD_GAP.finditer(value):
            if _HEADING_BEFORE.match(value[: gap.start()].rsplit("\n", 1)[-1]):
                continue
            parts.append(value[last : gap.start()])
            last = gap.end()
            self.counts["spacing"] += 1
        return "".join(parts) + value[last:]


def _pdf_layer(value: str) -> bool:
    """Whether `value` is a sentence of a PDF's text layer (see PADDED_MIN)."""
    return (
        bool(_SENTENCE_MARK.search(value))
        and len(_PADDED_FIGURE.findall(value)) >= PADDED_MIN
        and not _TIGHT_FIGURE.search(value)
    )


def sample_of(strings: Iterable[str]) -> str:
    """One text to decide on, from a document's strings."""
    return "\n".join(strings)


def _opencc_if_needed(sample: str) -> Any:
    """OpenCC's t2s converter when `sample` has a character it would change that
    simplified text does not use; None otherwise (and OpenCC is not loaded for a
    document with no Han characters)."""
    if not any(_is_han(ch) for ch in sample):
        return None
    import opencc  # heavy: only for documents that need it

    converter = opencc.OpenCC("t2s")
    converted = converter.convert(sample)
    if len(converted) != len(sample):
        return converter
    for i in _changed_positions(sample, converted):
        if sample[i] not in KEEP_IN_SIMPLIFIED:
            return converter
    return None


def _changed_positions(before: str, after: str) -> list[int]:
    if len(before) != len(after):
        return [i for i in range(min(len(before), len(after))) if before[i] != after[i]] or [0]
    return [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]


def _toneless(syllable: str) -> str:
    decomposed = unicodedata.normalize(
        "NFD",
        syllable.replace("ü", "v")
        .replace("ǖ", "v")
        .replace("ǘ", "v")
        .replace("ǚ", "v")
        .replace("ǜ", "v"),
    )
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"
