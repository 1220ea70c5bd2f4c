"""The report as a Word document: opened with python-docx, and laid out by LibreOffice."""

import os
import re
import shutil
import subprocess
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm
from typer.testing import CliRunner

from plancmp.cli import app
from plancmp.output import fonts

runner = CliRunner()
HAS_FONT = fonts.cjk_font() is not None


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("docx") / "linan.docx"
    result = runner.invoke(app, ["report", "linan", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    md = runner.invoke(app, ["report", "linan"]).stdout
    return out, md


def test_headings_are_words_heading_styles(report):
    out, md = report
    doc = docx.Document(str(out))
    headings = [
        (p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")
    ]
    # the same headings, in the same order, as the Markdown report's #, ## and ###
    expected = [(f"Heading {len(h)}", text) for h, text in re.findall(r"^(#+) (.+)$", md, re.M)]
    assert headings == expected
    assert headings[0] == ("Heading 1", "临安区教育事业“十四五”发展规划（2021-2025） 对标分析")
    assert [t for s, t in headings if s == "Heading 2"] == ["概览", "发现", "逐项比较", "来源"]
    assert ("Heading 3", "普惠性幼儿园覆盖面") in headings


def test_tables_are_word_tables_with_a_repeating_header(report):
    out, md = report
    doc = docx.Document(str(out))
    kinds = len(re.findall(r"^### .+（\d+）$", md, re.M))
    comparisons = md.split("## 逐项比较")[1].count("\n### ")
    assert len(doc.tables) == 1 + kinds + comparisons
    summary = doc.tables[0]
    assert [c.text for c in summary.rows[0].cells] == ["发现", "条数"]
    counts = re.search(r"## 概览\n\n(.*?)\n\n", md, re.S).group(1).splitlines()[2:]
    first = [c.strip() for c in counts[0].strip("|").split("|")]
    assert [c.text for c in summary.rows[1].cells] == first  # as the Markdown report has it
    for table in doc.tables:
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
        assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in table.rows)
    puhui = doc.tables[1 + kinds]
    header = [c.text for c in puhui.rows[0].cells]
    assert header[:3] == ["排名", "地区", "基线"]
    assert "年份" not in header  # the same in every row: said under the table instead
    linan = next(r for r in puhui.rows if r.cells[1].text == "杭州市临安区")
    assert linan.cells[1].paragraphs[0].runs[0].bold
    assert any(p.text == "年份均为2025；口径均为水平。" for p in doc.paragraphs)


@pytest.mark.skipif(not HAS_FONT, reason="no Chinese font here: the charts are left out")
def test_one_chart_image_per_comparison(report):
    out, md = report
    doc = docx.Document(str(out))
    comparisons = md.split("## 逐项比较")[1].count("\n### ")
    assert len(doc.inline_shapes) == comparisons
    assert doc.inline_shapes[0].width == Mm(150)
    with zipfile.ZipFile(out) as z:
        images = [n for n in z.namelist() if n.startswith("word/media/")]
        assert len(images) == comparisons
        assert z.read(images[0])[:8] == b"\x89PNG\r\n\x1a\n"


def test_a4_with_page_numbers_and_chinese_fonts_named_for_substitution(report):
    out, _ = report
    doc = docx.Document(str(out))
    section = doc.sections[0]
    sizes = (section.page_width, section.page_height, section.top_margin, section.left_margin)
    assert [round(x.mm) for x in sizes] == [210, 297, 37, 28]  # A4; GB/T 9704's margins
    footer = section.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and 'w:fldCharType="begin"' in footer
    fonts_of = {
        name: doc.styles[name].element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))
        for name in ("Normal", "Heading 1", "Heading 2", "Heading 3")
    }
    assert fonts_of == {"Normal": "仿宋", "Heading 1": "方正小标宋简体", "Heading 2": "黑体",
                        "Heading 3": "楷体"}  # fmt: skip
    with zipfile.ZipFile(out) as z:
        table = z.read("word/fontTable.xml").decode()
        styles = z.read("word/styles.xml").decode()
    assert re.search(r'w:name="仿宋">\s*<w:altName w:val="FangSong"/>', table)
    assert 'w:charset w:val="86"' in table  # GB2312: a missing font is replaced by a Chinese one
    assert "eastAsiaTheme" not in styles  # no theme font (the template's is Japanese)


def test_sources_name_issuer_number_and_date(report):
    out, _ = report
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "越城区教育事业发展“十四五”规划，绍兴市越城区人民政府办公室，越政办发〔2022〕33号，2022-06-20" in texts  # fmt: skip


def test_without_a_chinese_font_the_charts_are_left_out_with_one_message(tmp_path, monkeypatch):
    from plancmp.output import chart_image

    monkeypatch.setattr(chart_image.fonts, "cjk_font", lambda: None)
    monkeypatch.setattr(chart_image.fonts, "_told", False)
    out = tmp_path / "r.docx"
    result = runner.invoke(
        app, ["report", "linan", "-m", "普惠", "-m", "公办幼儿园覆盖率", "-o", str(out)]
    )
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("no Chinese font found") == 1
    assert "fonts-noto-cjk" in result.stderr
    doc = docx.Document(str(out))
    assert len(doc.inline_shapes) == 0
    assert len(doc.tables) == 1 + 2 + 2  # summary, 未高于基线 and 低于同类, two comparisons


def test_a_chart_whose_text_the_font_lacks_is_left_out(capsys):
    from plancmp.output.chart_image import png
    from plancmp.output.report import Bar, Chart

    if not HAS_FONT:
        pytest.skip("no Chinese font here")
    good = png(Chart("t", [Bar("1. 杭州市临安区", 90.0, "≥90%", True)]))
    assert good is not None and good[:4] == b"\x89PNG"
    assert png(Chart("t", [Bar("1. 临安 \U0001f600", 90.0, "90%", True)])) is None
    assert "the chart of t is left out" in capsys.readouterr().err
    assert png(Chart("t", [])) is None


def test_docx_is_a_file_only(tmp_path):
    result = runner.invoke(app, ["report", "linan", "-f", "docx"])
    assert result.exit_code == 2
    assert result.stderr == "plancmp: --format docx writes a file: add -o report.docx\n"
    wrong = runner.invoke(app, ["report", "linan", "-f", "docx", "-o", str(tmp_path / "r.md")])
    assert wrong.exit_code == 2
    assert "a .md file cannot hold docx: name the file r.docx" in wrong.stderr


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
NO_LIBREOFFICE = pytest.mark.skipif(
    not SOFFICE and not os.environ.get("CI"), reason="no LibreOffice here (.ci/run installs it)"
)


@pytest.fixture(scope="module")
def laid_out(report, tmp_path_factory):
    """The report as LibreOffice lays it out: converted to PDF."""
    assert SOFFICE, "CI must have LibreOffice: .ci/run installs libreoffice-writer"
    out, _ = report
    where = tmp_path_factory.mktemp("pdf")
    proc = subprocess.run(
        [SOFFICE, "--headless", "--norestore", f"-env:UserInstallation={(where / 'lo').as_uri()}",
         "--convert-to", "pdf", "--outdir", str(where), str(out)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    pdf = where / "linan.pdf"
    assert pdf.exists(), proc.stdout + proc.stderr
    return pdf


@NO_LIBREOFFICE
def test_libreoffice_lays_the_report_out_on_a4_pages(laid_out):
    data = laid_out.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert pages >= 10  # summary, findings, 30-odd comparisons with their charts
    assert re.search(rb"/MediaBox\s*\[\s*0 0 595\.\d+ 841\.\d+\s*\]", data)  # A4


@NO_LIBREOFFICE
def test_libreoffice_breaks_no_line_inside_a_number(laid_out):
    """A 说明 cell such as `中位数 96%（含本规划…）` wrapped as `96` / `%`, and `0.3` as `0.`
    / `3`, while Chinese was the language of figures too; a narrow 规范值 column put the
    `%` of a bold `>90%` on a line of its own. In the laid-out text no line ends inside a
    number whose rest opens a cell's next line."""
    assert PDFTOTEXT or not os.environ.get("CI"), "CI must have poppler-utils"
    if not PDFTOTEXT:
        pytest.skip("no pdftotext here (.ci/run installs poppler-utils)")
    text = subprocess.run(
        [PDFTOTEXT, "-layout", str(laid_out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "96%（含本规划，共 3 个）" in text and "0.3（含本规划，共 3 个）" in text
    assert re.findall(r"\d[.,]?\n {10,}[\d%]", text) == []
