"""Lines of a PDF's text layer → paragraphs; running headers and footers out.

Pure functions on positioned lines, so the rules can be tested without a PDF.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import Any, NamedTuple

from plancmp.draft.read.grid import looks_like_value

_PAGE_NUMBER = re.compile(
    r"^[\s\-—–－·•]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d+\s*页)?[\s\-—–－·•]*$"
)
_ENDS = ("。", "！", "？", "!", "?")
_EDGE_LINES = 2
"""How many lines at the top and at the bottom of a page can be running text."""
_EDGE = 0.08
"""Running headers and footers stand in the top and bottom 8% of the page (the margins)."""


class Line(NamedTuple):
    """One line of text on a page, with where it stands."""

    page: int
    text: str
    x0: float
    x1: float
    top: float
    size: float
    page_width: float
    page_height: float = 0.0
    """0 when unknown: then every line counts as at the page's edge."""


def chars_to_lines(
    chars: list[dict[str, object]], page: int, page_width: float, page_height: float
) -> list[Line]:
    """Lines from pdfplumber's chars: a char belongs to the line it overlaps by
    more than half its height (curly quotes from a fallback font sit a few
    points lower than the characters around them)."""
    rows: list[list[dict[str, object]]] = []
    bottom = 0.0
    for char in sorted(chars, key=lambda c: (float(c["top"]), float(c["x0"]))):  # type: ignore[arg-type]
        top, low = float(char["top"]), float(char["bottom"])  # type: ignore[arg-type]
        if rows and top < bottom - 0.5 * (low - top):
            rows[-1].append(char)
            bottom = max(bottom, low)
        else:
            rows.append([char])
            bottom = low
    return [line for row in rows if (line := _line(row, page, page_width, page_height)) is not None]


def _line(
    row: list[dict[str, object]], page: int, page_width: float, page_height: float
) -> Line | None:
    row.sort(key=lambda c: float(c["x0"]))  # type: ignore[arg-type]
    parts: list[str] = []
    previous: dict[str, object] | None = None
    for char in row:
        text = str(char["text"])
        if previous is not None:
            size = float(char.get("size") or 10)  # type: ignore[arg-type]
            gap = float(char["x0"]) - float(previous["x1"])  # type: ignore[arg-type]
            wide = _wide(text) and _wide(str(previous["text"]))
            if gap > (1.0 if wide else 0.25) * size:
                parts.append(" ")
        parts.append(text)
        previous = char
    text = re.sub(r"\s+", " ", "".join(parts)).strip()
    if not text:
        return None
    size = max(float(c.get("size") or 0) for c in row)  # type: ignore[arg-type]
    # the line's ink: spaces padding a signature (`2026年3月2日　　　`) reach no edge of the text
    inked = [c for c in row if str(c["text"]).strip()] or row
    x0 = min(float(c["x0"]) for c in inked)  # type: ignore[arg-type]
    x1 = max(float(c["x1"]) for c in inked)  # type: ignore[arg-type]
    top = min(float(c["top"]) for c in row)  # type: ignore[arg-type]
    return Line(page, text, x0, x1, top, size, page_width, page_height)


def _wide(text: str) -> bool:
    return bool(text) and (
        "\u2e80" <= text[0] <= "\u9fff" or "\uff00" <= text[0] <= "\uffef" or text[0] in "“”‘’"
    )


def cell_text(chars: list[dict[str, Any]], box: tuple[float, float, float, float]) -> str:
    """A table cell's text: a line that fills the cell wraps into the next
    (joined), a shorter one ends a line of the cell (kept as "\\n"); so does a
    whole value above another (`34.52%` over `77.34%` in a narrow cell)."""
    lines = chars_to_lines(chars, 0, 0.0, 0.0)
    if not lines:
        return ""
    padding = max(min(line.x0 for line in lines) - box[0], 0.0)
    text = lines[0].text
    for previous, line in itertools.pairwise(lines):
        room = (_kept_together(line.text) + 0.5) * (previous.size or 10)
        full = previous.x1 >= box[2] - padding - room
        wraps = full and not _two_values(previous.text, line.text)
        text = join_wrapped(text, line.text) if wraps else f"{text}\n{line.text}"
    return text


_BRACKETED = re.compile(r"[（(][^）)\d一二三四五六七八九十]{1,4}[）)]")
"""A short unit in brackets (`（所）`, `（万人）`), not an item's number (`（2）`, `（三）`)."""


def _kept_together(text: str) -> int:
    """How many characters wide the start of a line is that a typesetter will not split
    (a closing bracket may not open a line): a short bracketed unit such as `（所）` goes
    down whole, leaving the line above it up to that much short of the cell's edge."""
    bracketed = _BRACKETED.match(text)
    return len(bracketed.group()) if bracketed else 1


def _two_values(first: str, second: str) -> bool:
    """Two whole values, one a line: the first does not break off (`96.` over `6`)."""
    return (
        looks_like_value(first)
        and looks_like_value(second)
        and not first.rstrip().endswith((".", ",", "，"))
        and bool(re.search(r"\d", first) and re.search(r"\d", second))
    )


def running_lines(lines: list[Line], pages: int) -> set[int]:
    """ids of lines to drop. Of the first and last two lines of each page: page
    numbers (`- 3 -`, `第3页 共30页`), and lines in the page's margins that
    recur word for word on at least half the pages (three at least)."""
    by_page: dict[int, list[Line]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    candidates: list[Line] = []
    for page_lines in by_page.values():
        ordered = sorted(page_lines, key=lambda ln: ln.top)
        candidates.extend(_unique(ordered[:_EDGE_LINES] + ordered[-_EDGE_LINES:]))
    counts = Counter(_shape(line) for line in candidates if _at_edge(line))
    threshold = max(3, pages // 2)
    drop = set()
    for line in candidates:
        if _PAGE_NUMBER.match(line.text) or (_at_edge(line) and counts[_shape(line)] >= threshold):
            drop.add(id(line))
    return drop


def _at_edge(line: Line) -> bool:
    if not line.page_height:
        return True
    return line.top < _EDGE * line.page_height or line.top > (1 - _EDGE) * line.page_height


def _unique(lines: list[Line]) -> list[Line]:
    seen: set[int] = set()
    out = []
    for line in lines:
        if id(line) not in seen:
            seen.add(id(line))
            out.append(line)
    return out


def _shape(line: Line) -> str:
    return re.sub(r"\s+", "", line.text)


def paragraphs(lines: list[Line]) -> list[str]:
    """The paragraphs of consecutive lines, wrapped lines joined.

    Where paragraphs open with an indent (as Chinese documents do), a new one
    starts at an indented line or after a clearly short line. Without indents,
    a paragraph ends at a line ending in 。(！？) or at a short line. A line is short
    against the text's right edge, taken as far from the page's edge as the left margin
    (less an em), or further where a line reaches beyond it: on a page whose lines all end
    well short of the edge, none was wrapped.
    """
    lines = [line for line in lines if line.text.strip()]
    if not lines:
        return []
    size = _page_sizes([line.page_width for line in lines])
    edges = {w: _edges([x for x in lines if size[x.page_width] == w]) for w in set(size.values())}
    indented = [x.x0 > edges[size[x.page_width]][0] + 1.5 * (x.size or 10) for x in lines]
    by_indent = sum(indented) >= max(2, 0.05 * len(lines))
    out: list[str] = []
    current = ""
    for i, line in enumerate(lines):
        right = edges[size[lines[i - 1].page_width]][1]
        if current and _breaks(lines[i - 1], line, indented[i], right, by_indent):
            out.append(current)
            current = ""
        current = join_wrapped(current, line.text.strip())
    out.append(current)
    return out


def _page_sizes(widths: list[float]) -> dict[float, float]:
    """Each page width's size: the narrowest width within a point of it (595.2 and 595.3 are
    one A4 page; a landscape 842 is another)."""
    out: dict[float, float] = {}
    for width in sorted(set(widths)):
        near = [w for w in out.values() if width - w <= 1.0]
        out[width] = near[0] if near else width
    return out


def _edges(lines: list[Line]) -> tuple[int, int]:
    """The left margin and the text's right edge of pages of one width: a landscape page (a
    wide table's) has edges of its own, which its portrait pages' lines do not reach."""
    left = _mode(round(line.x0) for line in lines)
    right = max(round(line.x1) for line in lines)
    width = max(line.page_width for line in lines)
    if width > 2 * left:  # the text's edge mirrors its margin: a page of short lines wraps none
        right = max(right, round(width - left - _mode(round(line.size or 10) for line in lines)))
    return left, right


def _breaks(previous: Line, line: Line, indented: bool, right: float, by_indent: bool) -> bool:
    """Whether a paragraph ends between `previous` and `line`."""
    em = previous.size or 10
    if indented or abs(line.size - previous.size) > 0.1 * em:
        return True  # an indent opens a paragraph; a change of size is a heading
    short = max(4 if by_indent else 2, _carried_down(line.text) + 0.5) * em
    if previous.x1 < right - short:
        return True  # a short line closes one
    closes = previous.text.rstrip().endswith(_ENDS)
    if by_indent:
        return closes and line.x1 < right - 4 * em  # a one-line heading after a full stop
    return closes


_UNBROKEN = re.compile(r"[A-Za-z0-9.%‰+\-]+[。，、；：！？）》」』”’]*")
"""A number or word a typesetter keeps whole, with the stops that may not open a line."""


def _carried_down(text: str) -> float:
    """How many ems wide the start of a line is that could not be split from it (`100%。`):
    a line above may end up to that much short of the margin and still run on into it."""
    unbroken = _UNBROKEN.match(text)
    if unbroken is None:
        return 0.0
    return sum(1.0 if _wide(c) else 0.5 for c in unbroken.group())


def join_wrapped(current: str, text: str) -> str:
    """Two pieces of one line of text cut by a wrap: a space only between Latin words."""
    if current and re.search(r"[A-Za-z0-9,.;:]$", current) and re.match(r"[A-Za-z0-9(]", text):
        return f"{current} {text}"
    return current + text


def _mode(values: object) -> int:
    counts = Counter(values)  # type: ignore[call-overload]
    return int(counts.most_common(1)[0][0]) if counts else 0
