"""Heading paths (`二、发展目标 / （二）总体目标 / 主要指标表`) for every block of a document.

Plans number their headings (第一章, 一、, （一）, 1., （1）, ①) more reliably than any
format marks them, so a heading's level is the place of its numbering style in the
order the styles first appear: the usual 一、 > （一） > 1. nesting, read from the document
itself rather than assumed. Headings the format marks (Word styles, <h2>) without a
number nest by their own level.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from plancmp.draft.document import Document, Heading, Paragraph, Table
from plancmp.draft.text import YEAR, compact

_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(r"^第[一二三四五六七八九十百\d]+[章节部分篇]")),
    ("cn", re.compile(r"^[一二三四五六七八九十]+[、．.]")),
    ("cn_paren", re.compile(r"^[（(][一二三四五六七八九十]+[）)]")),
    ("ar", re.compile(r"^\d{1,2}[.．、](?!\d)")),
    ("ar_paren", re.compile(r"^[（(]\d{1,2}[）)]")),
    ("circled", re.compile(r"^[①-⑳]")),
    (
        "box",
        re.compile(
            r"^(?:【?专栏[一二三四五六七八九十\d]*】?|重点任务[一二三四五六七八九十\d]+[：:]|专项行动[一二三四五六七八九十\d]+)"
        ),
    ),
    ("item", re.compile(r"^[一二三四五六七八九十]+是")),
)
_STYLES_BY_NAME = dict(_STYLES)
_LEADERS = re.compile(r"[·.…．]{3,}\s*\d*\s*$")
"""A table-of-contents line: `一、现实基础······4`."""
_TOC = re.compile(r"^目\s*录$")
_FURNITURE = re.compile(
    r"^(?:关键词|关键字|标签|责任编辑|编辑|来源|相关稿件|相关阅读|转载请注明|附件)\s*[:：]"
)
"""A web page's furniture: a keyword line repeats the article's numbers, it sets none."""
_REVIEW = re.compile(
    r"十三五|十二五|成就|成效|回顾|总结|发展基础|现实基础|工作基础|发展现状|基本情况|主要成绩|取得的"
    r"|完成情况|执行情况|进展情况"
)
_REVIEW_OPENING = re.compile(r"^[“\"]?(?:十三五|十二五)[”\"]?(?:期间|以来|时期)|^过去五年|^近五年")
MAX_HEADING = 40
"""A numbered line longer than this is a paragraph with a run-in heading, not a heading."""
MAX_RUN_IN = 30


class Part(NamedTuple):
    """A block with where it stands: its heading path, and what that path says."""

    block: Paragraph | Table
    path: tuple[str, ...]
    review: bool
    """In a review of the last period (十三五 achievements): values are baselines, not targets."""
    year: int | None
    """A year the path states (`二、2021年工作举措`), else None."""


def numbering(text: str) -> str | None:
    """The numbering style a heading or paragraph starts with, or None."""
    for style, pattern in _STYLES:
        if pattern.match(text):
            return style
    return None


def run_in(text: str) -> str | None:
    """The heading a paragraph opens with (`加强学前保教队伍建设。逐年提高…` → its first
    sentence) when that sentence is short and more text follows."""
    m = re.match(rf"^([^。；;！？]{{2,{MAX_RUN_IN}}})[。；;](?=.)", text.strip())
    if not m:
        return None
    lead = m.group(1).strip()
    if re.search(r"[，,]", lead):
        return None  # a sentence, not a heading
    style = numbering(lead)
    body = _STYLES_BY_NAME[style].sub("", lead) if style else lead
    return None if re.search(r"\d", body) else lead


def parts(doc: Document, title: str | None = None) -> Iterator[Part]:
    """Every paragraph and table of `doc` with its heading path, in reading order.

    A heading equal to `title` starts the plan's body: what came before it (a covering
    notice) is left behind. Tables of contents are skipped.
    """
    stack: list[tuple[str, str]] = []
    title_key = compact(title) if title else None
    blocks = doc.blocks
    starts = [
        i
        for i, b in enumerate(blocks)
        if title_key and not isinstance(b, Table) and compact(b.text.strip()) == title_key
    ]
    if starts:
        blocks = blocks[starts[0] :]
    for block in blocks:
        if isinstance(block, Table):
            yield _part(block, stack)
            continue
        text = block.text.strip()
        if not text or _LEADERS.search(text) or _TOC.match(compact(text)) or _FURNITURE.match(text):
            continue
        if title_key and compact(text) == title_key:
            stack.clear()
            continue
        style = numbering(text)
        if isinstance(block, Heading) or _is_heading(text, style):
            key = style or f"h{block.level if isinstance(block, Heading) else 9}"
            _push(stack, key, text)
            continue
        lead = run_in(text)
        if style and lead and style != "item":
            _push(stack, style, lead)
            yield _part(block, stack)
        else:
            yield _part(block, stack, lead)


def _is_heading(text: str, style: str | None) -> bool:
    """A numbered line that is not a sentence: short, with no full stop."""
    return (
        style is not None
        and len(text) <= MAX_HEADING
        and not re.search(r"[。；;]", text)
        and style != "item"
    )


def _push(stack: list[tuple[str, str]], key: str, text: str) -> None:
    keys = [k for k, _ in stack]
    if key in keys:
        del stack[keys.index(key) :]
    stack.append((key, text))


def _part(block: Paragraph | Table, stack: list[tuple[str, str]], lead: str | None = None) -> Part:
    path = tuple(text for _, text in stack) + ((lead,) if lead else ())
    review = any(_REVIEW.search(p) and "十四五" not in p for p in path)
    if isinstance(block, Paragraph) and _REVIEW_OPENING.match(block.text.strip()):
        review = True
    years = {int(y) for p in path for y in YEAR.findall(p)}
    return Part(block, path, review, years.pop() if len(years) == 1 else None)


def join(path: tuple[str, ...], *more: str | None) -> str:
    """The path as `data/README.md` writes a section: headings joined by ` / `."""
    items = [p for p in (*path, *more) if p]
    out: list[str] = []
    for item in items:
        if not out or compact(out[-1]) != compact(item):
            out.append(item)
    return " / ".join(out)
