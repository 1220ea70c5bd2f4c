"""The reader for web pages (.html, .htm) as a browser saves them.

lxml parses the page: it is fast, forgiving of the broken markup government
sites serve, and python-docx depends on it anyway, so it adds nothing to
install. The page's furniture (navigation, headers, footers, share bars,
上一篇/下一篇, 打印本页, copyright lines) is dropped, the main content found (a
usual content container, else the element holding the most Chinese text), and
its blocks read in order: h1–h6 as headings, tables as grids with rowspan and
colspan expanded, everything else as paragraphs.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from plancmp.draft.document import Block, Heading, Paragraph, Table
from plancmp.draft.read.decode import decode_text
from plancmp.draft.read.grid import SpanGrid, title_above
from plancmp.draft.read.webpage_text import cell_text, collapse, inline_text

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "select",
    "button",
    "input",
    "textarea",
    "template",
    "svg",
    "object",
    "embed",
)
_FURNITURE_TAGS = frozenset(("nav", "header", "footer", "aside", "menu"))
_FURNITURE_ATTR = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|position|location|share|bdshare|footer|foot|copyright|sidebar|side|toolbar|pager|pages|prev|next|print|close|related|links?|search|login|topbar|top)(?:$|[\s_-])",
    re.I,
)
_CONTENT_ATTR = re.compile(
    r"^(?:zoom|content|article|TRS_Editor|Custom_UnionStyle|article[-_]?content|main[-_]?content|detail|text|con|wzy|nr|view|pages_content|ccontent)$",
    re.I,
)
_FURNITURE_TEXT = re.compile(
    r"^(?:上一篇|下一篇|上一条|下一条|打印本页|关闭窗口|【打印】|【关闭】|【打印本页】|【关闭窗口】|分享到|字号|当前位置|您的位置|版权所有|主办单位|承办单位|网站标识码|Copyright|扫一扫)"
    r"|ICP备|公网安备|【打印本页】|【关闭窗口】"
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "center",
        "body",
        "td",
        "th",
        "tr",
        "tbody",
        "thead",
        "tfoot",
        "figure",
        "figcaption",
        "caption",
    ]
)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_FURNITURE_MAX = 80


def read_html(path: Path, data: bytes) -> list[Block]:
    """The blocks of a saved web page."""
    import lxml.html  # type: ignore[import-untyped]  # heavy: only for web pages

    declared = _CHARSET.search(data[:4096])
    text = decode_text(
        data, path, declared.group(1).decode("ascii", "replace") if declared else None
    )
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    root = lxml.html.document_fromstring(text) if text.strip() else None
    if root is None:
        return []
    _drop_furniture(root)
    content = _main_content(root)
    blocks: list[Block] = []
    title = _title_outside(root, content) or _page_title(root, content)
    if title:
        blocks.append(Heading(title, 1))
    dated = _date_outside(root, content)
    if dated:
        blocks.append(Paragraph(dated))
    _walk(content, blocks, [])
    return [b for b in blocks if not _is_furniture_line(b)]


def _drop_furniture(root: Any) -> None:
    """Scripts and the like always go; navigation, headers, footers and
    elements named like furniture go unless they hold the page's title or a
    lot of text (an article's own <header> holds its <h1>)."""
    for element in list(root.iter(*_DROP_TAGS)):
        _remove(element)
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.tag in ("html", "body"):
            continue
        names = f"{element.get('id', '')} {element.get('class', '')}"
        furniture = element.tag in _FURNITURE_TAGS or (
            _FURNITURE_ATTR.search(names) and not _CONTENT_ATTR.search(element.get("id", ""))
        )
        if furniture and not _holds_content(element):
            _remove(element)


def _holds_content(element: Any) -> bool:
    if any(True for _ in element.iterdescendants("h1", "table")):
        return True
    return _han_count(element.text_content()) >= 400


def _remove(element: Any) -> None:
    parent = element.getparent()
    if parent is not None:
        element.drop_tree()


def _main_content(root: Any) -> Any:
    """The usual content container if one holds most of the text, else the
    element whose own paragraphs hold the most Chinese text."""
    body = root.find("body") if root.find("body") is not None else root
    total = _han_count(body.text_content()) or 1
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        for name in (element.get("id", ""), *element.get("class", "").split()):
            if _CONTENT_ATTR.match(name) and _han_count(element.text_content()) >= 0.3 * total:
                return element
    scores: dict[Any, float] = {}
    for element in body.iter("p", "td", "div", "li", "table", "span", "font"):
        own = _han_count(element.text or "") + sum(
            _han_count(child.tail or "") for child in element
        )
        parent = element.getparent()
        if own and parent is not None:
            scores[parent] = scores.get(parent, 0) + own
            grand = parent.getparent()
            if grand is not None:
                scores[grand] = scores.get(grand, 0) + own / 2
    if not scores:
        return body
    best = _around_data_table(max(scores, key=lambda e: scores[e]))
    return best if _han_count(best.text_content()) >= 0.5 * total else body


def _around_data_table(element: Any) -> Any:
    """The element holding a data table when the table (or one of its rows)
    holds the most text: an article's indicator table outweighs its few
    paragraphs, which stand beside the table and belong to the content."""
    table = next((e for e in (element, *element.iterancestors()) if e.tag == "table"), None)
    if table is None or not _is_data_table(table) or table.getparent() is None:
        return element
    return table.getparent()


def _title_outside(root: Any, content: Any) -> str | None:
    """The page's h1 when the content container left it outside."""
    for h1 in root.iter("h1"):
        if content in h1.iterancestors() or h1 is content:
            return None
        if h1 not in content.iter("h1"):
            text = inline_text(h1)
            if _han_count(text):
                return text
    return None


_TITLE_PARTS = re.compile(r"\s+[-–—]+\s+|\s*[_｜|]\s*|--")
"""What a page's <title> parts its article's title from the site's name by
(`县政府召开常务会议 - 某县人民政府`, `某县教育规划_某县教育局`)."""


def _page_title(root: Any, content: Any) -> str | None:
    """The article's title from the page's <title>, when the page prints it in no h1
    and the content does not open on it (a `<div class="tit">` left outside): its
    longest part, the site's name cut off. Without it a news page has no title, and
    its kind (news, plan, report) goes unread."""
    if any(True for _ in root.iter("h1")):
        return None
    element = root.find(".//title")
    if element is None:
        return None
    parts = [p.strip() for p in _TITLE_PARTS.split(collapse(element.text_content()))]
    title = max(parts, key=_han_count, default="")
    opening = "".join(content.text_content().split())[:300]
    if _han_count(title) < 6 or "".join(title.split()) in opening:
        return None
    return title


_DATE_LINE = re.compile(
    r"(?:发布日期|发布时间|发文日期|成文日期|日期|时间)\s*[:：]\s*(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)"
)


_ANY_DATE = re.compile(r"(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日)")


def _date_outside(root: Any, content: Any) -> str | None:
    """`发布日期：2026-04-18` printed above the content container, the last such line before
    it: the page's date, which says what year `今年` is. Not when the content opens on a
    date of its own, nor from a list of other pages (a sidebar's `<li>`), nor after it."""
    if _ANY_DATE.search("".join(content.text_content().split())[:300]):
        return None
    found = None
    for element in root.iter():
        if element is content:
            return found
        if not isinstance(element.tag, str) or element.tag == "li":
            continue
        if any(a.tag == "li" for a in element.iterancestors()):
            continue
        m = _DATE_LINE.search(collapse(element.text or ""))
        found = m.group(0) if m else found
    return None


def _walk(element: Any, blocks: list[Block], line: list[str]) -> None:
    """Blocks in document order: text gathers into `line` until a block
    boundary (a block element or <br>) ends the paragraph."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _HEADINGS:
        _flush(blocks, line)
        text = inline_text(element)
        if text:
            blocks.append(Heading(text, _HEADINGS[tag]))
        _add_tail(element, line)
        return
    if tag == "table" and _is_data_table(element):
        _flush(blocks, line)
        blocks.extend(_table_blocks(element, blocks))
        _add_tail(element, line)
        return
    if tag == "br":
        _flush(blocks, line)
        _add_tail(element, line)
        return
    boundary = tag in _BLOCK_TAGS or tag == "table"
    if boundary:
        _flush(blocks, line)
    if element.text and tag:
        line.append(element.text)
    for child in element:
        _walk(child, blocks, line)
    if boundary:
        _flush(blocks, line)
    _add_tail(element, line)


def _add_tail(element: Any, line: list[str]) -> None:
    if element.tail:
        line.append(element.tail)


def _flush(blocks: list[Block], line: list[str]) -> None:
    text = collapse("".join(line))
    line.clear()
    if text:
        blocks.append(Paragraph(text))


def _is_data_table(table: Any) -> bool:
    """A table of data, not a table that lays out the page: no nested table,
    no cell of long prose."""
    if any(True for _ in table.iterdescendants("table")):
        return False
    return all(len(cell.text_content()) <= 300 for cell in table.iterdescendants("td", "th"))


def _table_blocks(table: Any, blocks: list[Block]) -> list[Block]:
    grid = SpanGrid()
    for tr in table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr"):
        grid.next_row()
        for cell in tr.xpath("./td|./th"):
            grid.add(cell_text(cell), _span(cell, "rowspan"), _span(cell, "colspan"))
    caption = table.find("caption")
    out: list[Block] = []
    title = inline_text(caption) if caption is not None else None
    if title:
        out.append(Paragraph(title))
    else:
        title = title_above(blocks)
    result = grid.table(title or None)
    if result.rows:
        out.append(result)
    return out


def _span(cell: Any, name: str) -> int:
    try:
        return max(1, min(int(cell.get(name, "1").strip() or 1), 1000))
    except ValueError:
        return 1


def _is_furniture_line(block: Block) -> bool:
    if isinstance(block, Table):
        return False
    text = block.text.strip()
    return len(text) <= _FURNITURE_MAX and bool(_FURNITURE_TEXT.search(text))


def _han_count(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
