"""What the writer puts in a report: filters (--metric, --category, --kind) and their own
commentary (--notes), in every format."""

import re

import docx
from typer.testing import CliRunner

from plancmp.cli import app
from plancmp.output.notes import Part, Span, key, paragraphs, read_notes
from plancmp.output.report import Heading, Note, Text, with_notes

runner = CliRunner()

NOTES = """\
本报告供局务会讨论。

## 概览

总体看，临安的目标**大多**不低于同类。

### 低于同类（10）

- 普惠、公办两项需关注
- 其余持平

#### 建议

提高到 95%。

### 普惠性幼儿园覆盖面

<script>alert(1)</script> 目标与越城相差 6.5 个百分点。

### 普惠覆盖

这一段找不到位置。
"""


def test_notes_are_split_at_headings_of_levels_one_to_three():
    parts = read_notes(NOTES)
    assert [(p.heading, p.line) for p in parts] == [
        ("", 0),
        ("概览", 3),
        ("低于同类（10）", 7),
        ("普惠性幼儿园覆盖面", 16),
        ("普惠覆盖", 20),
    ]
    assert parts[0].body == "本报告供局务会讨论。"
    assert parts[2].body == "- 普惠、公办两项需关注\n- 其余持平\n\n#### 建议\n\n提高到 95%。"
    assert read_notes("## 概览\n\n\n## 发现\n正文\n") == [Part("发现", 4, "正文")]


def test_a_heading_names_a_part_without_its_count_spacing_or_width():
    assert key("低于同类（10）") == key("低于同类") == key(" 低于同类 (2)")
    assert key("适龄残疾儿童少年入学率（学前）") != key("适龄残疾儿童少年入学率")


def test_a_kinds_former_name_still_names_its_part():
    """Notes written when the kind was shown as 前后矛盾 still go under 前后不一致."""
    assert key("前后矛盾（2）") == key("前后不一致")
    by_old = CliRunner().invoke(app, ["gaps", "linan", "-k", "前后矛盾", "-f", "csv"])
    assert (
        by_old.stdout
        == CliRunner().invoke(app, ["gaps", "linan", "-k", "conflict", "-f", "csv"]).stdout
    )
    assert by_old.stdout.count("\n前后不一致,") == 2


def test_notes_as_paragraphs_for_word():
    ps = paragraphs("甲行\n乙行 **重点** `x`\n\n- 一\n- 二\n\n1. first\n\n#### 小结\n\n> 引\n")
    assert [p.kind for p in ps] == ["text", "bullet", "bullet", "number", "heading", "quote"]
    assert ps[0].spans == [Span("甲行"), Span(""), Span("乙行 "), Span("重点", bold=True),
                           Span(" "), Span("x", code=True)]  # fmt: skip
    assert paragraphs("a\nb")[0].spans == [Span("a"), Span(" "), Span("b")]


def test_each_part_goes_under_the_heading_it_names():
    blocks = [
        Heading(1, "T 对标分析"),
        Text("meta"),
        Heading(2, "概览"),
        Heading(3, "低于同类（1）"),
    ]
    parts = [Part("", 0, "intro"), Part("低于同类（10）", 5, "peers"), Part("别处", 9, "lost")]
    placed, left = with_notes(blocks, parts)
    assert placed == [Heading(1, "T 对标分析"), Note("intro"), Text("meta"), Heading(2, "概览"),
                      Heading(3, "低于同类（1）"), Note("peers")]  # fmt: skip
    assert left == [Part("别处", 9, "lost")]


def test_markdown_report_with_notes_and_a_filter(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    result = runner.invoke(app, ["report", "linan", "-m", "普惠", "--notes", str(notes)])
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert "## 概览\n\n总体看，临安的目标**大多**不低于同类。\n\n|" in text
    # written for a report of 10 such findings, placed in one with 1: the count is not the name
    assert (
        "### 低于同类（1）\n\n- 普惠、公办两项需关注\n- 其余持平\n\n#### 建议\n\n提高到 95%。\n\n|"
        in text
    )
    assert text.index("本报告供局务会讨论。") < text.index("## 概览")
    assert result.stderr.splitlines(keepends=True)[-1] == (
        f"plancmp: {notes}:20: the heading '普惠覆盖' names no part of this report, so its text "
        "is left out: did you mean 普惠性幼儿园覆盖面?\n"
    )


def test_html_report_renders_notes_and_never_runs_their_html(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", "linan", "-m", "普惠", "--notes", str(notes), "-o", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert (
        '<div class="note"><p>总体看，临安的目标<strong>大多</strong>不低于同类。</p>\n</div>'
        in html
    )
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_word_report_puts_notes_under_their_headings(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    out = tmp_path / "r.docx"
    args = ["report", "linan", "-m", "普惠", "--notes", str(notes), "-o", str(out)]
    assert runner.invoke(app, args).exit_code == 0
    paragraphs_ = docx.Document(str(out)).paragraphs
    texts = [p.text for p in paragraphs_]
    at = texts.index("概览")
    assert texts[at + 1] == "总体看，临安的目标大多不低于同类。"
    assert [r.bold for r in paragraphs_[at + 1].runs if r.text == "大多"] == [True]
    peers = texts.index("低于同类（1）")
    assert texts[peers + 1 : peers + 5] == [
        "• 普惠、公办两项需关注",
        "• 其余持平",
        "建议",
        "提高到 95%。",
    ]
    assert texts[1] == "本报告供局务会讨论。"


def test_regenerating_keeps_the_notes(tmp_path):
    """The notes live in their own file: the same notes go into every report made from it."""
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    first = runner.invoke(app, ["report", "linan", "--notes", str(notes)]).stdout
    again = runner.invoke(
        app, ["report", "linan", "--notes", str(notes), "-k", "below_peers"]
    ).stdout
    for text in (first, again):
        assert re.search(r"### 低于同类（\d+）\n\n- 普惠、公办两项需关注", text)


def test_a_notes_file_that_cannot_be_read(tmp_path):
    missing = runner.invoke(app, ["report", "linan", "--notes", str(tmp_path / "no.md")])
    assert missing.exit_code == 2
    assert missing.stderr == f"plancmp: --notes {tmp_path / 'no.md'} does not exist: give a Markdown file of your commentary\n"  # fmt: skip
    gbk = tmp_path / "gbk.md"
    gbk.write_bytes("## 概览\n\n总体看".encode("gbk"))
    bad = runner.invoke(app, ["report", "linan", "--notes", str(gbk)])
    assert bad.exit_code == 1
    assert "not UTF-8 (GBK?): save the file as UTF-8" in bad.stderr


def test_filters_choose_what_the_report_holds():
    by_kind = runner.invoke(app, ["report", "linan", "-k", "below_peers", "-k", "conflict"]).stdout
    found = by_kind.split("## 发现")[1].split("## 逐项比较")[0]
    headings = re.findall(r"^### (\S+?)（\d+）$", found, re.M)
    assert headings == ["前后不一致", "低于同类"]
    summary = by_kind.split("## 概览")[1].split("## 发现")[0]
    assert re.findall(r"^\| (\S+) +\| \d+ +\|$", summary, re.M) == ["前后不一致", "低于同类"]
    assert "本报告只含：发现 前后不一致、低于同类。" in by_kind
    by_category = runner.invoke(app, ["report", "linan", "-c", "学前"]).stdout
    compared = re.findall(r"^### (.+)$", by_category.split("## 逐项比较")[1], re.M)
    assert compared[:2] == ["普惠性幼儿园覆盖面", "公办幼儿园覆盖率"]
    assert "近视率" not in by_category and "本报告只含：类别 学前教育。" in by_category
    bad = runner.invoke(app, ["report", "linan", "-k", "above"])
    assert bad.exit_code == 2 and "unknown kind 'above'" in bad.stderr
    several = runner.invoke(app, ["report", "linan", "-k", "below"])
    assert several.exit_code == 2 and "kind 'below' is ambiguous" in several.stderr


def test_the_readmes_notes_fit_the_report_they_are_written_for(tmp_path):
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    (example,) = re.findall(r"```markdown\n(.*?)```", readme, re.S)
    notes = tmp_path / "notes.md"
    notes.write_text(example, encoding="utf-8")
    result = runner.invoke(app, ["report", "linan", "--notes", str(notes)])
    assert result.exit_code == 0
    assert result.stderr == ""  # every heading found its place
    # Written under "低于同类（10）", it lands under the heading whatever the count is now.
    assert re.search(r"### 低于同类（\d+）\n\n普惠、公办两项可在中期评估时上调。", result.stdout)
