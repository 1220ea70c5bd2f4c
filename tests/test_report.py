"""The 对标分析 report: Markdown, and one self-contained HTML file that a real browser shows."""

import os
import re
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from plancmp.cli import app

runner = CliRunner()


def test_markdown_report_has_every_part():
    result = runner.invoke(app, ["report", "linan"])
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert text.startswith("# 临安区教育事业“十四五”发展规划（2021-2025） 对标分析\n")
    for heading in (
        "## 概览",
        "## 发现",
        "### 前后不一致（2）",
        "### 未高于基线（1）",
        "## 逐项比较",
        "### 普惠性幼儿园覆盖面",
        "## 来源",
    ):
        assert f"\n{heading}" in text, heading
    assert re.search(r"\| 前后不一致 +\| 2 +\|", text)
    assert (
        "- 越城区教育事业发展“十四五”规划，绍兴市越城区人民政府办公室，越政办发〔2022〕33号，2022-06-20"
        in text
    )


def test_markdown_report_sets_one_blank_line_between_parts():
    """A table was followed by two blank lines, the pasted report by gaps between parts."""
    text = runner.invoke(app, ["report", "linan"]).stdout
    assert "\n\n\n" not in text
    assert "| 定性目标     | 21                           |\n\n## 发现\n" in text


def test_report_says_what_it_could_not_compare():
    yuecheng = runner.invoke(app, ["report", "yuecheng"]).stdout
    assert re.search(r"\| 低于市级 +\| 未比较（未收录绍兴市工作要点） +\|", yuecheng)
    linan = runner.invoke(app, ["report", "linan"]).stdout
    assert re.search(r"\| 低于市级 +\| \d+ +\|", linan)  # 杭州's work points are loaded
    city = runner.invoke(app, ["report", "hangzhou2023"]).stdout
    assert city.splitlines()[2] == "杭州市，2023年。由 plancmp 生成，数据见文末来源。"
    assert re.search(r"\| 低于市级 +\| 不适用（本规划即市级） +\|", city)
    assert re.search(r"\| 低于同类 +\| 未比较（未收录同级规划） +\|", city)
    assert re.search(r"\| 低于同类 +\| \d+ +\|", linan)


def test_comparisons_follow_the_catalog_order():
    from plancmp import load

    text = runner.invoke(app, ["report", "linan"]).stdout
    headings = re.findall(r"^### (.+)$", text.split("## 逐项比较")[1], re.M)
    order = [m.name for m in load().catalog]
    names = [h.split("（")[0] for h in headings]
    assert names == sorted(names, key=order.index)
    assert names[0] == "普惠性幼儿园覆盖面"


def test_html_report_is_one_self_contained_file(tmp_path):
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", "临安", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert '<meta name="viewport"' in html
    assert "<script" not in html
    assert not re.search(r"(src|href)=\"https?:", html)
    assert html.count("<svg") >= 10
    assert 'class="bar me"' in html  # the plan's own bar is highlighted
    assert "@media print" in html


def test_report_file_must_be_md_html_or_docx(tmp_path):
    result = runner.invoke(app, ["report", "linan", "-o", str(tmp_path / "r.pdf")])
    assert result.exit_code == 2
    assert result.stderr == (
        "plancmp: cannot write a PDF (r.pdf): name the file .md or .html or .docx\n"
    )


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(
    not CHROMIUM and not os.environ.get("CI"), reason="no chromium here (.ci/run installs it)"
)
def test_html_report_in_a_real_browser(tmp_path):
    assert CHROMIUM, "CI must have chromium: .ci/run installs it"
    out = tmp_path / "r.html"
    assert runner.invoke(app, ["report", "linan", "-o", str(out)]).exit_code == 0
    png = tmp_path / "phone.png"
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0",
         "--window-size=420,2000", f"--screenshot={png}", out.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert png.exists(), proc.stderr[-2000:]
    assert "CONSOLE" not in proc.stderr and "Uncaught" not in proc.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # a blank page of this size compresses to a few kilobytes; text, tables and bars do not
    assert png.stat().st_size > 30_000


def test_an_empty_section_says_so_rather_than_a_heading_over_nothing(tmp_path):
    city = runner.invoke(app, ["report", "hangzhou2023"]).stdout  # no other city loaded
    compared = city.split("## 逐项比较\n")[1].split("## 来源")[0]
    assert compared.strip() == "比较对象和上级规划中，没有与本规划同一指标、可以一起排名的目标。"
    examples = os.path.join(os.path.dirname(__file__), "..", "examples", "reviewed")
    shutil.copy(os.path.join(examples, "metrics-xx.yaml"), tmp_path)
    with open(os.path.join(examples, "xx.yaml"), encoding="utf-8") as f:
        plan = f.read().replace('level: "区"', 'level: "市"')
    (tmp_path / "xx.yaml").write_text(plan, encoding="utf-8")
    alone = runner.invoke(app, ["--data-dir", str(tmp_path), "report", "xx"])
    assert alone.exit_code == 0, alone.stderr
    found = alone.stdout.split("## 发现\n")[1].split("## 逐项比较")[0]
    assert found.strip() == "没有发现。"
    busy = runner.invoke(app, ["report", "linan"]).stdout
    assert "没有发现。" not in busy and "没有与本规划同一指标" not in busy


def test_a_findings_table_leaves_out_a_column_none_of_its_rows_fills(tmp_path):
    examples = os.path.join(os.path.dirname(__file__), "..", "examples", "reviewed")
    result = runner.invoke(app, ["--data-dir", examples, "report", "xx"])
    assert result.exit_code == 0, result.stderr
    missing = result.stdout.split("### 缺少指标")[1].split("\n\n")[1].splitlines()
    assert [c.strip() for c in missing[0].strip("|").split("|")] == ["指标", "说明"]
    linan = runner.invoke(app, ["report", "linan"]).stdout
    contradictions = linan.split("### 前后不一致（2）")[1].split("\n\n")[1].splitlines()[0]
    assert "本规划目标" in contradictions


def test_report_says_so_when_no_peer_aims_at_the_plans_year(tmp_path):
    """A plan for 2017 among plans for 2025: a pasted report must say why nothing ranks and
    what its 缺少指标 mean, not only stderr; a plan of its peers' year says nothing of it."""
    examples = os.path.join(os.path.dirname(__file__), "..", "examples")
    with open(os.path.join(examples, "demo.yaml"), encoding="utf-8") as f:
        plan = f.read().replace("target_year: 2025", "target_year: 2017").replace("2020", "2015")
    (tmp_path / "demo.yaml").write_text(plan, encoding="utf-8")
    other = runner.invoke(app, ["--data-dir", str(tmp_path), "report", "demo"])
    assert other.exit_code == 0, other.stderr
    assert other.stdout.splitlines()[6] == (
        "本规划目标年为2017年，比较对象的目标年为2025年：年份不同的目标不作排名，"
        "“缺少指标”只说明另一时期的规划设有此指标。"
    )
    same = runner.invoke(app, ["--data-dir", examples, "report", "demo"]).stdout
    assert "本规划目标年为" not in same
