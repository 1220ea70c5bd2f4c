"""Advertising that reposting sites push into a text, found by its shape, not its words.

Four shapes are common and can be told from a plan's own words:

- a search-engine question (`…价格查询`, `…医院怎么样`) pushed inside a word (`新…价格查询建`
  is 新建 with an advert in it) or after a value (`新增入园幼儿4186人…医院怎么样。`);
- keywords joined by a space (`人大网络教育 学位`) repeated at unrelated places;
- a service and a mobile number pushed into a sentence (`家政服务13825404095道路…`);
- a forum's watermark: a run of one- and two-character groups of letters and signs between
  spaces (`) L( f% s" @ I# ]0 E+ g0 j`), printed at the end or start of a line.

Only what matches one of these shapes is removed; the rest of the text stays as printed.
"""

from __future__ import annotations

import re

from plancmp.draft.text import COUNT_VERBS

_HAN = "\u4e00-\u9fff"
_QUESTION = "价格查询|多少钱|怎么样|哪家好|好不好|靠谱吗|几级医院|哪里好"
_INSIDE = re.compile(rf"[{_HAN}]{{2,10}}?(?:{_QUESTION})")
_AFTER_VALUE = re.compile(
    rf"(?<=\d[{_HAN}%])[{_HAN}]{{2,12}}?(?:{_QUESTION})(?=[，,。；;！？!?\s]|$)"
)
_PHONE_AD = re.compile(
    rf"(?:(?<=[，,。；;、\s])[{_HAN}]{{2,6}}?)?(?<!\d)1[3-9]\d{{9}}(?!\d)(?=[{_HAN}])"
)
"""A service and a mobile number pushed into running text (`,家政服务13825404095道路…`)."""
_WORDS = frozenset(w for w in COUNT_VERBS.split("|") if len(w) == 2)
"""Two-character words (新建, 改建…) an advert may be pushed into."""
_SPACED_KEYWORDS = re.compile(
    rf"(?<=[{_HAN}”\"])([{_HAN}]{{2,10}}) ([{_HAN}]{{2,4}})(?=[，,。；;])"
)
"""Words, one space, a short word, a comma: keywords run into a sentence (never a table
row, whose cells stand between spaces)."""


_WATERMARK = re.compile(r"(?:[!-~]{1,2} ){5,}[!-~]{1,2}(?![!-~])")
"""Six or more one- and two-character groups of printable ASCII between single spaces."""
_STOP = ";,.:!?"


def _is_watermark(run: str) -> bool:
    """Random groups mix letters and signs (`f% s" @ I#`): never a table row of dashes or
    digits (`- - 90 95`), nor words of a language."""
    groups = run.split(" ")
    letters = sum(any(c.isalpha() for c in g) for g in groups)
    signs = sum(any(not c.isalnum() for c in g) for g in groups)
    return letters >= 3 and signs >= 3


def _watermarks(text: str) -> tuple[str, int]:
    """`text` without forum watermarks, and how many were removed."""
    return _cut_out(text, [_watermark(text, m) for m in _WATERMARK.finditer(text)])


def _watermark(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """Where a forum watermark stands, if the run is one; a sentence's own stop run into it
    (`平方米;) L(…`) stays."""
    if not _is_watermark(m.group(0)):
        return None
    cut = m.start()
    if text[cut] in _STOP and cut > 0 and not text[cut - 1].isascii():
        cut += 1
    return cut, m.end()


def _cut_out(text: str, pieces: list[tuple[int, int] | None]) -> tuple[str, int]:
    """`text` without the pieces (start, end) found in it in order, and how many there were;
    None is a match that proved no piece to cut."""
    out, start, removed = [], 0, 0
    for piece in pieces:
        if piece is not None:
            out.append(text[start : piece[0]])
            start = piece[1]
            removed += 1
    out.append(text[start:])
    return "".join(out), removed


def keywords(sample: str) -> tuple[str, ...]:
    """Space-joined keywords printed more than once in the document (`人大网络教育 学位`):
    for each word after the space, the words before it that its printings share."""
    before: dict[str, list[str]] = {}
    for m in _SPACED_KEYWORDS.finditer(sample):
        before.setdefault(m.group(2), []).append(m.group(1))
    out = []
    for after, heads in before.items():
        shared = _common_end(heads)
        if len(heads) >= 2 and len(shared) >= 2:
            out.append(f"{shared} {after}")
    return tuple(out)


def _common_end(texts: list[str]) -> str:
    """The longest ending all `texts` share."""
    n = 0
    while all(len(t) > n and t[-1 - n] == texts[0][-1 - n] for t in texts):
        n += 1
    return texts[0][len(texts[0]) - n :]


def remove(text: str, repeated: tuple[str, ...]) -> tuple[str, int]:
    """`text` without the advertising it holds, and how many pieces were removed."""
    removed = 0
    for phrase in repeated:
        removed += text.count(phrase)
        text = text.replace(phrase, "")
    text, n = _AFTER_VALUE.subn("", text)
    removed += n
    text, n = _PHONE_AD.subn("", text)
    removed += n
    text, n = _watermarks(text)
    removed += n
    text, n = _cut_out(
        text, [_inside_word(text, m.start(), m.end()) for m in _INSIDE.finditer(text)]
    )
    return text, removed + n


def _inside_word(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where an advert ending at `end` stands when it splits a word (`新|汽车配件价格查询|建`)."""
    after = text[end : end + 1]
    for cut in range(end - 4, start - 1, -1):
        if cut > 0 and text[cut - 1] + after in _WORDS:
            return cut, end
    return None
