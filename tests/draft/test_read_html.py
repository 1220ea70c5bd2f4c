"""The web-page reader: furniture out, content in order, tables as grids."""

from __future__ import annotations

from pathlib import Path

from draft_helpers import INDICATOR_GRID, indicator_html

from plancmp.draft.build import draft_document
from plancmp.draft.document import Heading, Paragraph, Table
from plancmp.draft.read import document_text, read_document

LAYOUT_TABLE_PAGE = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>
<body><form id="form1"><table width="100%">
<tr><td class="top"><a href="/">首页</a> | <a href="#">机构概况</a> | <a>政务公开</a></td></tr>
<tr><td><table><tr><td>网站导航</td></tr><tr><td><a>通知公告</a></td></tr></table></td>
<td><div style="font-size:22px"><b>关于印发某县教育事业发展“十四五”规划的通知</b></div>
<p>　　各乡镇人民政府：</p>
<p>　　现将《某县教育事业发展“十四五”规划》印发给你们，请认真贯彻执行。到2025年，学前三年毛入园率达到98%以上，
九年义务教育巩固率达到99%以上，高中阶段毛入学率达到96%。</p>
<table border="1"><tr><td rowspan="2">类别</td><td colspan="2">指标</td><td>2025年</td></tr>
<tr><td>名称</td><td>学段</td><td>目标</td></tr>
<tr><td rowspan="2">义务教育</td><td rowspan="2">巩固率(%)</td><td>小学</td><td>100</td></tr>
<tr><td>初中<br>(含九年一贯制)</td><td>99</td></tr></table>
<p>【打印本页】 【关闭窗口】</p></td></tr></table>
<div class="footer">版权所有 某县人民政府 浙ICP备000001号</div></form></body></html>"""


def test_government_page_with_furniture(tmp_path: Path) -> None:
    path = tmp_path / "plan.html"
    path.write_text(indicator_html(), encoding="utf-8")
    doc = read_document(path)
    assert doc.blocks == (
        Heading("某区教育事业发展“十四五”规划", 1),
        Paragraph("到2025年，全区教育现代化水平显著提升，各项指标达到全省先进水平。"),
        Paragraph("某区教育事业发展主要指标"),
        Table(
            INDICATOR_GRID, "某区教育事业发展主要指标", frozenset({(1, 2), (1, 3), (5, 2), (5, 3)})
        ),
        Paragraph("注：带%的指标为比例。"),
    )


def test_gbk_page_laid_out_with_tables(tmp_path: Path) -> None:
    path = tmp_path / "plan.htm"
    path.write_bytes(LAYOUT_TABLE_PAGE.encode("gbk"))
    doc = read_document(path)
    assert doc.blocks == (
        Paragraph("关于印发某县教育事业发展“十四五”规划的通知"),
        Paragraph("各乡镇人民政府："),
        Paragraph(
            "现将《某县教育事业发展“十四五”规划》印发给你们，请认真贯彻执行。到2025年，"
            "学前三年毛入园率达到98%以上，九年义务教育巩固率达到99%以上，高中阶段毛入学率达到96%。"
        ),
        Table(
            (
                ("类别", "指标", "指标", "2025年"),
                ("类别", "名称", "学段", "目标"),
                ("义务教育", "巩固率(%)", "小学", "100"),
                ("义务教育", "巩固率(%)", "初中\n(含九年一贯制)", "99"),
            ),
            None,
            frozenset({(0, 2), (1, 0), (3, 0), (3, 1)}),
        ),
    )


def test_headings_breaks_and_captions(tmp_path: Path) -> None:
    html = """<html><body><article><header><h1>某区教育发展规划</h1></header>
<h2>一、发展目标</h2><p>第一行<br>第二行</p>
<table><caption>表1 主要指标</caption><tr><th>指标</th><th>2025年</th></tr><tr><td>普惠性幼儿园覆盖面(%)</td><td>&gt;95</td></tr></table>
</article><footer>网站标识码 3301000001</footer></body></html>"""
    path = tmp_path / "plan.html"
    path.write_text(html, encoding="utf-8")
    doc = read_document(path)
    assert doc.blocks == (
        Heading("某区教育发展规划", 1),
        Heading("一、发展目标", 2),
        Paragraph("第一行"),
        Paragraph("第二行"),
        Paragraph("表1 主要指标"),
        Table((("指标", "2025年"), ("普惠性幼儿园覆盖面(%)", ">95")), "表1 主要指标"),
    )


def test_traditional_page_is_converted(tmp_path: Path) -> None:
    html = (
        "<html><body><div class='content'><p>學(xué)前教育毛入園率達到98%。</p></div></body></html>"
    )
    path = tmp_path / "plan.html"
    path.write_text(html, encoding="utf-8")
    doc = read_document(path)
    assert document_text(doc) == "学前教育毛入园率达到98%。"
    assert doc.conversions == (
        "繁体字转为简体字（OpenCC t2s，3字）",
        "删除汉字后括注的拼音，如“规(guī)划”（1处）",
    )


def test_html_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(indicator_html(), encoding="utf-8")
    doc = read_document(path)
    assert any(isinstance(b, Table) and b.rows == INDICATOR_GRID for b in doc.blocks)


def test_page_declared_gb2312_but_saved_as_utf8(tmp_path: Path) -> None:
    html = '<html><head><meta charset="gb2312"></head><body><p>普惠性幼儿园覆盖面达到95%。</p></body></html>'
    path = tmp_path / "plan.html"
    path.write_text(html, encoding="utf-8")
    assert read_document(path).blocks == (Paragraph("普惠性幼儿园覆盖面达到95%。"),)


ARTICLE_WITH_TABLE = """<html><head><meta charset="utf-8"></head><body>
<div class="menu"><a>首页</a> | <a>信息公开</a></div>
<div class="wrap"><h1>某镇教育发展规划</h1>
<p>二、发展指标</p><p>到2030年，全镇办学条件持续改善。</p>
<table border="1"><tr><td>指标</td><td>2025年</td><td>2030年</td></tr>
<tr><td>&nbsp;小学标准化学校比例（%）</td><td>70</td><td>85</td></tr>
<tr><td>初中标准化学校比例（%）</td><td>65</td><td>80</td></tr>
<tr><td>乡村教师周转宿舍覆盖率（%）</td><td>50</td><td>75</td></tr>
<tr><td>寄宿制学校床位达标比例（%）</td><td>60</td><td>90</td></tr>
<tr><td>中小学校园网络千兆接入比例（%）</td><td>40</td><td>100</td></tr></table>
</div></body></html>"""


def test_paragraphs_beside_a_table_that_holds_most_text_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(ARTICLE_WITH_TABLE, encoding="utf-8")
    blocks = read_document(path).blocks
    assert blocks[:3] == (
        Heading("某镇教育发展规划", 1),
        Paragraph("二、发展指标"),
        Paragraph("到2030年，全镇办学条件持续改善。"),
    )
    assert isinstance(blocks[3], Table) and blocks[3].rows[1][0] == "小学标准化学校比例（%）"


NEWS_PAGE = """<html><head><title>县政府召开常务会议 研究教育发展规划 - 某县人民政府</title></head>
<body><div id="menu"><a href="/">网站首页</a><a href="/news/">政务要闻</a></div>
<div class="main"><div class="tit">县政府召开常务会议<br>研究教育发展规划</div>
<div class="fbxx">发布日期：2026-04-18 09:12 信息来源：某县融媒体中心</div>
<div class="zw" id="zoom"><p>4月17日，县政府召开常务会议，研究审议教育发展规划。</p>
<p>会议要求，今年要完成12所学校的改造提升任务。</p></div></div></body></html>"""


def test_a_pages_title_and_date_above_its_content_are_kept(tmp_path: Path) -> None:
    """A news page printing its title in a `<div>` and its date in a line above the content
    container: the <title> without the site's name heads the text and the date line follows
    it (both were dropped, so `今年` went undated); a page whose content opens on its title
    is not headed twice."""
    path = tmp_path / "news.html"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    assert read_document(path).blocks == (
        Heading("县政府召开常务会议 研究教育发展规划", 1),
        Paragraph("发布日期：2026-04-18"),
        Paragraph("4月17日，县政府召开常务会议，研究审议教育发展规划。"),
        Paragraph("会议要求，今年要完成12所学校的改造提升任务。"),
    )
    drafted = draft_document(read_document(path), "news", []).records
    assert [(d.record.target.raw, d.record.target.year) for d in drafted] == [("12所", 2026)]
    listed = NEWS_PAGE.replace(  # a date in a list of other pages, or after the content
        '<div class="fbxx">发布日期：2026-04-18 09:12 信息来源：某县融媒体中心</div>',
        "<ul><li>发布时间：2019-05-01 某县举行运动会</li></ul>",
    ).replace("</body>", '<div class="foot">更新时间：2024-01-01</div></body>')
    path.write_text(listed, encoding="utf-8")
    assert all("2019" not in b.text and "2024" not in b.text for b in read_document(path).blocks)
    own = NEWS_PAGE.replace("<p>4月17日", "<p>来源：县教育局　2026-04-18</p><p>4月17日").replace(
        "发布日期：2026-04-18", "发布日期：2025-11-03"
    )  # the content's own date: no other is taken
    path.write_text(own, encoding="utf-8")
    assert all("2025-11-03" not in b.text for b in read_document(path).blocks)
    opens = NEWS_PAGE.replace(
        '<div class="zw" id="zoom">',
        '<div class="zw" id="zoom"><p>县政府召开常务会议 研究教育发展规划</p>',
    )
    path.write_text(opens, encoding="utf-8")
    assert read_document(path).blocks[:2] == (
        Paragraph("发布日期：2026-04-18"),
        Paragraph("县政府召开常务会议 研究教育发展规划"),
    )
