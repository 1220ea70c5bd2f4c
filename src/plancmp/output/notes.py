"""The writer's commentary for a report (`report --notes notes.md`), kept in a file of its own.

The notes are Markdown whose headings (levels 1 to 3) name the report's parts: `概览`,
`发现`, a kind of finding (`前后不一致`), `逐项比较`, a metric (`普惠性幼儿园覆盖面`, with its
segment as the report prints it: `适龄残疾儿童少年入学率（学前）`), `来源`. Each part's
text goes under the report heading of that name; text before the first heading goes
under the report's title. Counts that the report adds to headings (`前后不一致（2）`) are
ignored, so a heading copied from a report still matches after the data changed.

Markdown is read with markdown-it-py (CommonMark; raw HTML is not passed through).
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, NamedTuple

from plancmp.lookup import norm

if TYPE_CHECKING:
    from markdown_it.token import Token

KEY_LEVELS = 3
"""Headings down to this level name a part of the report; deeper ones are the writer's own."""
_COUNT = re.compile(r"\(\d+\)$")


class Part(NamedTuple):
    """The text under one heading of the notes."""

    heading: str
    line: int
    """1-based line of the heading in the notes file (0 for the text before any heading)."""
    body: str
    """Markdown, as the writer wrote it."""


class Span(NamedTuple):
    """A run of text in a paragraph of notes."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False


class Paragraph(NamedTuple):
    """A paragraph of notes for a format without Markdown (Word)."""

    kind: str
    """`text`, `bullet`, `number`, `heading`, `quote` or `code`."""
    spans: list[Span]


def key(heading: str) -> str:
    """What a heading names, for matching: spacing and width folded, a count dropped, and a
    kind's former name (words.FORMER_FINDING_ZH) read as its name."""
    from plancmp.output.words import FINDING_ZH, FORMER_FINDING_ZH

    named = _COUNT.sub("", norm(heading))
    kind = FORMER_FINDING_ZH.get(named)
    return norm(FINDING_ZH[kind]) if kind else named


def read_notes(text: str) -> list[Part]:
    """The parts of the notes in order; the text before the first heading is a part with
    the heading `""`. Parts without text are left out."""
    from markdown_it import MarkdownIt

    lines = text.splitlines()
    starts: list[tuple[int, int, str]] = []  # (first line, line after, heading text)
    tokens = MarkdownIt("commonmark").parse(text)
    for i, t in enumerate(tokens):
        if t.type == "heading_open" and t.level == 0 and int(t.tag[1:]) <= KEY_LEVELS:
            assert t.map is not None
            starts.append((t.map[0], t.map[1], tokens[i + 1].content.strip()))
    parts = []
    bounds = [(0, 0, ""), *starts]
    for n, (_, body_from, heading) in enumerate(bounds):
        body_to = bounds[n + 1][0] if n + 1 < len(bounds) else len(lines)
        body = "\n".join(lines[body_from:body_to]).strip("\n")
        if body.strip():
            line = bounds[n][0] + 1 if heading else 0
            parts.append(Part(heading, line, body))
    return parts


def to_html(body: str) -> str:
    """A part's Markdown as HTML; raw HTML in it is shown as text, never run."""
    from markdown_it import MarkdownIt

    return str(MarkdownIt("commonmark", {"html": False}).render(body))


def paragraphs(body: str) -> list[Paragraph]:
    """A part's Markdown as plain paragraphs with bold, italic and code spans (for Word)."""
    from markdown_it import MarkdownIt

    out: list[Paragraph] = []
    context: list[str] = []  # the open lists and quotes, innermost last
    for t in MarkdownIt("commonmark", {"html": False}).parse(body):
        if t.type in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
            context.append(t.type)
        elif t.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            context.pop()
        elif t.type == "inline":
            out.append(Paragraph(_kind(context), _spans(t.children or [])))
        elif t.type in ("fence", "code_block"):
            out.extend(
                Paragraph("code", [Span(line, code=True)]) for line in t.content.splitlines()
            )
        elif t.type == "heading_open":
            context.append("heading")
        elif t.type == "heading_close":
            context.pop()
    return out


def _kind(context: list[str]) -> str:
    if not context:
        return "text"
    return {
        "bullet_list_open": "bullet",
        "ordered_list_open": "number",
        "blockquote_open": "quote",
        "heading": "heading",
    }[context[-1]]


def _spans(children: list[Token]) -> list[Span]:
    spans: list[Span] = []
    bold = italic = False
    for c in children:
        if c.type in ("strong_open", "strong_close"):
            bold = c.type == "strong_open"
        elif c.type in ("em_open", "em_close"):
            italic = c.type == "em_open"
        elif c.type in ("text", "html_inline"):
            spans.append(Span(c.content, bold, italic))
        elif c.type == "code_inline":
            spans.append(Span(c.content, bold, italic, code=True))
        elif c.type in ("softbreak", "hardbreak"):
            previous = spans[-1].text[-1:] if spans else ""
            spans.append(Span("\n" if c.type == "hardbreak" else _joiner(previous)))
    return spans


def _joiner(previous: str) -> str:
    """A line break inside a paragraph: nothing between Chinese characters, else a space."""
    return "" if previous and unicodedata.east_asian_width(previous) in "WF" else " "
