"""Text of HTML elements as a browser shows it: runs of white space collapse to
one space, and a line break between two Chinese characters disappears (CSS
drops such segment breaks), so wrapped source lines do not put spaces into
Chinese text."""

from __future__ import annotations

import re
from typing import Any

_WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_BREAK_BETWEEN_WIDE = re.compile(rf"(?<=[{_WIDE}])[ \t\r\f]*\n\s*(?=[{_WIDE}])")
_SPACES = re.compile(r"[ \t\r\n\f]+")


def collapse(text: str) -> str:
    """`text` with HTML white space collapsed, and stripped (including &nbsp;
    and ideographic spaces used to indent)."""
    text = _BREAK_BETWEEN_WIDE.sub("", text)
    return _SPACES.sub(" ", text).strip(" \xa0\u3000")


def inline_text(element: Any) -> str:
    """The text of an element on one line."""
    return collapse(element.text_content())


def cell_text(cell: Any) -> str:
    """A table cell's text; <br> and paragraphs inside the cell are line breaks."""
    parts: list[str] = []
    _cell_parts(cell, parts)
    lines = [collapse(line) for line in "".join(parts).split("\n")]
    return "\n".join(line for line in lines if line)


def _cell_parts(element: Any, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in ("br", "p", "div", "li", "tr"):
        parts.append("\n")
    if element.text and tag:
        parts.append(_source(element.text))
    for child in element:
        _cell_parts(child, parts)
    if tag in ("p", "div", "li"):
        parts.append("\n")
    elif tag in ("td", "th"):
        parts.append(" ")  # cells of a table nested in the cell
    if element.tail:
        parts.append(_source(element.tail))


def _source(text: str) -> str:
    """Source text with its line breaks turned into what a browser shows."""
    return _SPACES.sub(" ", _BREAK_BETWEEN_WIDE.sub("", text))
