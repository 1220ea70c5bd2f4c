"""Helpers for the readers' tests: one indicator table written in every format."""

from __future__ import annotations

import atexit
import functools
import html
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import pytest

from plancmp.draft.build import draft_document
from plancmp.draft.document import Block, Document, Heading, Paragraph, Table

# The same indicator table, as every reader must return it.
INDICATOR_GRID = (
    ("指标", "2020年", "2025年", "属性"),
    ("一、发展水平", "", "", ""),
    ("1.学前教育毛入园率(%)", "99%", "99%以上", "约束性"),
    ("2.九年义务教育巩固率(%)", "100", "100", "约束性"),
    ("3.普惠性幼儿园覆盖面(%)", "94.9", ">95", "约束性"),
    ("二、发展质量", "", "", ""),
    ("4.儿童青少年总体近视率(%)", "56.78", "<50.78", "约束性"),
)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def cell_lines() -> str:
    """linan/yuecheng: a cell a line after a tab, a blank line between rows."""
    return "\n\n".join("\n".join(f"\t{cell}" for cell in row) for row in INDICATOR_GRID)


def tab_rows() -> str:
    """shangcheng: a row a line, cells separated by tabs, some rows end in a tab."""
    return "\n".join(
        "\t".join(row) + ("\t" if i % 2 else "") for i, row in enumerate(INDICATOR_GRID)
    )


def aligned() -> str:
    """Columns lined up with spaces; the header letter-spaces 指  标."""
    header = ("指  标", *INDICATOR_GRID[0][1:])
    lines = []
    for row in (header, *INDICATOR_GRID[1:]):
        lines.append(
            "".join(_pad(cell, w) for cell, w in zip(row, (28, 10, 12, 8), strict=True)).rstrip()
        )
    return "\n".join(lines)


def pipe() -> str:
    rows = ["| " + " | ".join(row) + " |" for row in INDICATOR_GRID]
    return "\n".join([rows[0], "| --- | --- | --- | --- |", *rows[1:]])


def bare_cells() -> str:
    """A web page's table copied as text: a cell a line, blank lines between."""
    cells = ["指  标", "2020年", "2025年", "属性"]
    for row in INDICATOR_GRID[1:]:
        cells.extend(cell for cell in row if cell)
    return "\n\n".join(cells)


def normalized(rows: tuple[tuple[str, ...], ...]) -> list[list[str]]:
    """Cells compared without whitespace and with full-width forms folded."""
    return [
        [re.sub(r"\s+", "", unicodedata.normalize("NFKC", cell)) for cell in row] for row in rows
    ]


def indicator_html(charset: str = "utf-8") -> str:
    """The indicator table on a government web page, with the usual furniture."""
    body = "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
        if row[1] or row[0].startswith("指标")
        else f"<tr><td>{row[0]}</td><td colspan='3'></td></tr>"
        for row in INDICATOR_GRID[1:]
    )
    head = "".join(f"<th>{cell}</th>" for cell in INDICATOR_GRID[0])
    return f"""<!DOCTYPE html><html><head><meta charset="{charset}"><title>某区教育事业发展规划</title>
<style>table{{border-collapse:collapse}} td,th{{border:1px solid #000;padding:4px}}</style>
<script>var nav = "首页";</script></head><body>
<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/xxgk">信息公开</a></li></ul></div>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 规划计划</div>
<div class="main"><h1>某区教育事业发展“十四五”规划</h1>
<div id="zoom" class="TRS_Editor">
<p>到2025年，全区教育现代化水平显著提升，各项指标达到全省先进水平。</p>
<p>某区教育事业发展主要指标</p>
<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>
<p>注：带%的指标为比例。</p>
</div>
<div class="share">分享到：微信 微博</div>
<div class="pages">上一篇：关于做好招生工作的通知</div><div>下一篇：关于开展督导的通知</div>
<div class="print">【打印本页】【关闭窗口】</div></div>
<div id="footer">版权所有：某区人民政府 主办单位：某区教育局 浙ICP备12345678号</div>
</body></html>"""


def print_pdf(html: str, folder: Path, name: str = "page") -> Path:
    """`html` printed to PDF by headless Chromium (skips when it is absent)."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.skip("chromium is not installed (apt-get install chromium fonts-wqy-microhei)")
    source = folder / f"{name}.html"
    source.write_text(html, encoding="utf-8")
    out = folder / f"{name}.pdf"
    command = [
        exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={folder / 'chromium-profile'}", f"--print-to-pdf={out}",
        "--no-pdf-header-footer", source.as_uri(),
    ]  # fmt: skip
    subprocess.run(command, capture_output=True, timeout=180, check=True)
    return out


def indicator_docx(path: Path) -> Path:
    """The indicator table in a Word document, after a heading and a paragraph;
    the section rows' empty cells merged across (gridSpan)."""
    import docx

    document = docx.Document()
    document.add_heading("某区教育事业发展“十四五”规划", 1)
    document.add_paragraph("到2025年，全区教育现代化水平显著提升，各项指标达到全省先进水平。")
    document.add_paragraph("某区教育事业发展主要指标")
    table = document.add_table(rows=len(INDICATOR_GRID), cols=4)
    for r, row in enumerate(INDICATOR_GRID):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for r, row in enumerate(INDICATOR_GRID):
        if r and not row[1]:
            table.cell(r, 1).merge(table.cell(r, 3))
    document.add_paragraph("注：带%的指标为比例。")
    document.save(str(path))
    return path


def seed(name: str) -> Path:
    """One of the five source documents, as the repository keeps them (tests/draft/seeds)."""
    return Path(__file__).resolve().parent / "seeds" / name


@functools.cache
def indicator_pdf() -> Path:
    """The indicator web page printed to PDF by Chromium, once per test run."""
    folder = Path(tempfile.mkdtemp(prefix="plancmp-readers-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return print_pdf(indicator_html(), folder, "indicator")


def _spans(table: Table) -> list[tuple[int, int, str, int, int]]:
    """(row, column, text, rowspan, colspan) of each cell that is not a merged repeat."""
    out = []
    for r, row in enumerate(table.rows):
        for c, text in enumerate(row):
            if (r, c) in table.merged:
                continue
            across = 1
            while (r, c + across) in table.merged and row[c + across : c + across + 1] == (text,):
                across += 1
            down = 1
            while (r + down, c) in table.merged and table.rows[r + down][c] == text:
                down += 1
            out.append((r, c, text, down, across))
    return out


def blocks_html(blocks: tuple[Block, ...]) -> str:
    """A web page of `blocks`, tables as real tables with their merged cells spanning."""
    body = []
    for block in blocks:
        if isinstance(block, Table):
            cells = _spans(block)
            rows = "".join(
                "<tr>"
                + "".join(
                    f"<td rowspan={down} colspan={across}>{html.escape(text).replace(chr(10), '<br>')}</td>"
                    for r, _, text, down, across in cells
                    if r == k
                )
                + "</tr>"
                for k in range(len(block.rows))
            )
            body.append(f"<table border='1'>{rows}</table>")
        elif isinstance(block, Heading):
            body.append(f"<h{block.level}>{html.escape(block.text)}</h{block.level}>")
        else:
            body.append(f"<p>{html.escape(block.text)}</p>")
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>规划</title></head><body>"
        f"<div id='zoom'>{''.join(body)}</div></body></html>"
    )


def blocks_docx(blocks: tuple[Block, ...], path: Path) -> Path:
    """A Word document of `blocks`, tables with their merged cells merged."""
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, Table):
            table = document.add_table(rows=len(block.rows), cols=len(block.rows[0]))
            for r, c, text, down, across in _spans(block):
                table.cell(r, c).text = text
                if down > 1 or across > 1:
                    table.cell(r, c).merge(table.cell(r + down - 1, c + across - 1))
        elif isinstance(block, Heading):
            document.add_heading(block.text, block.level)
        else:
            document.add_paragraph(block.text)
    document.save(str(path))
    return path


def drafted_page(*lines: str) -> list[tuple[str, str, int | None]]:
    """(name, raw, year) of each record drafted from a page of these paragraphs."""
    doc = Document("page.txt", tuple(Paragraph(t) for t in lines))
    return [
        (r.record.name, r.record.target.raw, r.record.target.year)
        for r in draft_document(doc, "n", []).records
    ]
