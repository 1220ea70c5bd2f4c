"""Tables whose cells ran together when the page was copied: nothing between them.

The header is a line of header words with no space between them
(`绩效指标一级指标二级指标指标内容指标值`); each row below is a line whose kinds of
indicator, name and value are glued (`产出指标数量指标农村义务教育学校改造覆盖率100%`).
The header words are known, so the header splits; a row splits into the kinds of
indicator it opens with (`…指标`), its value at the end (a number as tables print
it, or a trend in words, `稳步提高`), and its name between. A row that prints fewer
kinds than the header has columns sits under cells merged down from a row above: its
kinds fill the header's last kind columns, the others stay empty.

An evaluation table prints a score after each value (`…目标值分值备注`), glued to it too:
`资金支出率达到目标值95%10`. The score is read apart only where the value ends in a unit
or a bound (`95%`, `95%以上`); where digits run straight into digits (`210010`: 2100
and 10? 21001 and 0?) nothing says where the value ends, so the row keeps its text in
the name and no value is read.
"""

from __future__ import annotations

import re

from plancmp.draft.read.text_cells import KIND, TRAILING, header_words
from plancmp.draft.read.text_tables import Rows, Taken
from plancmp.draft.text import TREND

_LEVEL = re.compile(r"^(?:绩效指标|[一二]级指标|评价指标|评价内容)$")
_VALUE = re.compile(
    r"(?:[≥≤＞＜<>]=?\s*)?\d[\d.,]*\s*(?:%|‰|[\u4e00-\u9fff]{1,3}(?:/[\u4e00-\u9fff]{1,2})?)?"
    r"(?:以上|以下|以内)?$"
    rf"|{TREND}$"
)
_SCORED = re.compile(
    r"(?P<value>(?:[≥≤＞＜<>]=?\s*)?\d[\d.,]*\s*(?:%|‰|[\u4e00-\u9fff]{1,3})(?:以上|以下|以内)?)"
    r"(?P<score>\d{1,3}(?:\.\d)?)$"
)
"""A value that ends in a unit or a bound, then the score glued to it."""
_DIGITS_END = re.compile(r"\d[\d.]*$")
_ROW_MAX = 60


def take_glued(lines: list[str], i: int) -> Taken:
    """A glued table starting at `lines[i]`, or None."""
    header = header_words(lines[i].strip())
    if header is None or not any(_LEVEL.match(h) for h in header):
        return None
    levels = [c for c, h in enumerate(header) if _LEVEL.match(h)]
    value_at = len(header) - 1
    while header[value_at] in TRAILING:
        value_at -= 1
    scored = "分值" in header[value_at:]
    if value_at > levels[-1] + 2 + scored or (value_at != levels[-1] + 2 and not scored):
        return None  # not kinds, then the name (and a note on it), then the value
    rows: Rows = [header]
    j = i + 1
    while j < len(lines):
        if not lines[j].strip():
            j += 1
            continue
        row = _row(lines[j].strip(), header, levels, value_at)
        if row is None:
            break
        rows.append(row)
        j += 1
    return (rows, j) if len(rows) >= 3 else None


def _row(line: str, header: list[str], levels: list[int], value_at: int) -> list[str] | None:
    """The cells of one glued row: its kinds, name and value (and score); None when the
    line is none."""
    if len(line) > _ROW_MAX or re.search(r"[。；;，,：:]", line):
        return None
    kinds: list[str] = []
    rest = line
    while m := KIND.match(rest):
        kinds.append(m.group(0))
        rest = rest[m.end() :]
    cells = [""] * len(header)
    if "分值" in header[value_at:]:
        found = _scored(rest)
        if found is None:
            return None
        rest, value, cells[header.index("分值", value_at)] = found
    else:
        match = _VALUE.search(rest)
        if match is None:
            return None
        rest, value = rest[: match.start()], match.group(0)
    if len(rest.strip()) < 2 or len(kinds) > len(levels):
        return None
    for c, kind in zip(levels[len(levels) - len(kinds) :], kinds, strict=True):
        cells[c] = kind
    cells[levels[-1] + 1] = rest.strip()
    cells[value_at] = value.strip()
    return cells


def _scored(text: str) -> tuple[str, str, str] | None:
    """The text before the value, the value and the score of a row that ends in them;
    a row ending in digits that cannot be told apart keeps them in its text."""
    if m := _SCORED.search(text):
        return text[: m.start()], m.group("value"), m.group("score")
    if _DIGITS_END.search(text):
        return text, "", ""
    return None
