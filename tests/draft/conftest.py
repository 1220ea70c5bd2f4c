"""Fixtures for the readers: one indicator table written in every format, and
the way to the seed documents."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

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


def _find_seeds() -> Path | None:
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "shared" / "seeds"
        if (candidate / "linan.txt").is_file():
            return candidate
    return None


@pytest.fixture
def seeds() -> Path:
    """The five seed documents (shared/seeds beside the checkout)."""
    found = _find_seeds()
    if found is None:
        pytest.skip("the seed documents (shared/seeds) are not beside this checkout")
    return found
