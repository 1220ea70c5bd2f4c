"""Every table command as a Word table (-o x.docx) and an Excel sheet (-o x.xlsx), and the
export as a workbook: each file opened again with python-docx or openpyxl."""

import os
import subprocess
import sys
import zipfile

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn
from typer.testing import CliRunner

from plancmp.cli import app
from plancmp.output.office.docx import column_widths
from plancmp.output.office.xlsx import sheet_name, write_workbook
from plancmp.output.sheet import grid, plain, widths
from plancmp.output.table import Table

runner = CliRunner()


def run(*args):
    return runner.invoke(app, list(args))


# --- typed cells: the decisions, without a file ---------------------------------------------


def test_numbers_replace_text_that_says_only_the_number():
    t = Table(["排名", "年份"], [["1", "2025"], ["—", "2023"]], numbers=[[1, 2025], [None, 2023]])
    g = grid(t)
    assert g.columns == ["排名", "年份"]
    assert g.rows == [[1, 2025], ["—", 2023]]
    assert g.numeric == [True, True]


def test_text_that_says_more_keeps_its_column_and_gets_one_of_numbers():
    t = Table(
        ["地区", "规范值", "说明"],
        [["临安", "≥90%", ""], ["上城", "5–7所", "x"], ["越城", "0.25", ""]],
        numbers=[[None, 90, None], [None, None, None], [None, 0.25, None]],
    )
    g = grid(t)
    assert g.columns == ["地区", "规范值", "规范值（数值）", "说明"]
    assert g.rows == [
        ["临安", "≥90%", 90, ""],
        ["上城", "5–7所", None, "x"],  # a range is two numbers: none stands in
        ["越城", "0.25", 0.25, ""],
    ]
    assert g.numeric == [False, False, True, False]


def test_a_table_without_numbers_is_all_text():
    g = grid(Table(["a"], [["1"]]))
    assert (g.columns, g.rows, g.numeric) == (["a"], [["1"]], [False])


def test_plain_numbers_read_as_printed():
    assert [plain(90), plain(0.25), plain(99.45), plain(-6.5), plain(61000)] == [
        "90",
        "0.25",
        "99.45",
        "-6.5",
        "61000",
    ]


def test_widths_count_a_chinese_character_twice_and_stop_at_fifty():
    assert widths(["指标", "x"], [["普惠性幼儿园覆盖面", 2025], ["a" * 80, None]]) == [50, 4]
    assert widths(["年份"], [[2025]]) == [4]


def test_sheet_names_excel_accepts():
    assert sheet_name("a/b:c?", set()) == "a／b：c？"
    long = "临安区教育事业“十四五”发展规划（2021-2025）（linan）：136 项目标"
    assert sheet_name(long, set()) == "临安区教育事业“十四五”发展规划：136 项目标"
    name = sheet_name("临安区教育事业“十四五”发展规划对标发现：前后不一致 2，未高于基线 1", set())
    assert len(name) == 31 and name.endswith("…")
    assert sheet_name("规划", {"规划"}) == "规划（2）"


def test_word_columns_of_short_cells_keep_their_width_and_fill_the_page():
    rows = [["1", "杭州市临安区", "目标低于2020年基线，不要求进步" * 3]]
    w = column_widths(["排名", "地区", "说明"], rows, 400, 10)
    assert sum(w) == pytest.approx(400)
    assert w[1] >= 12 * 10 * 0.55  # 杭州市临安区 on one line
    assert w[2] > w[1] > w[0]


# --- spreadsheets --------------------------------------------------------------------------


def test_compare_as_a_sheet_has_numbers_a_title_and_a_frozen_header(tmp_path):
    out = tmp_path / "c.xlsx"
    result = run("compare", "普惠性幼儿园覆盖面", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"wrote {out}\n"
    sheet = openpyxl.load_workbook(out).active
    assert sheet.title == "普惠性幼儿园覆盖面；比较对象：全部规划"  # the title without its brackets
    assert (
        sheet["A1"].value == "普惠性幼儿园覆盖面（单位：%，越高越好）；比较对象：全部规划（5 个）"
    )
    header = [c.value for c in sheet[2]]
    assert header[:9] == ["排名", "地区", "学段", "基线", "基线（数值）", "目标（原文）", "规范值",
                          "规范值（数值）", "年份"]  # fmt: skip
    assert sheet.freeze_panes == "A3"
    yuecheng = [c for c in sheet[3]]
    assert [c.value for c in yuecheng[:9]] == [1, "绍兴市越城区", None, "97.6%（2020）", 97.6,
                                              "96.5", "96.5%", 96.5, 2025]  # fmt: skip
    assert [c.data_type for c in (yuecheng[0], yuecheng[4], yuecheng[7], yuecheng[8])] == ["n"] * 4
    assert yuecheng[5].data_type == "s"  # the printed 96.5 stays text
    best = header.index("比最优（+领先/-落后）（数值）")
    assert [sheet.cell(r, best + 1).value for r in range(3, 7)] == [0, -1.5, -6.5, -6.5]
    assert sheet.cell(8, 1).value.startswith("口径说明：")  # the notes, below a blank row


def test_no_title_leaves_the_header_in_row_one_frozen(tmp_path):
    out = tmp_path / "c.xlsx"
    assert run("show", "linan", "--no-title", "-o", str(out)).exit_code == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A1"].value == "指标"
    assert sheet.freeze_panes == "A2"
    assert sheet.title.startswith("临安区教育事业“十四五”发展规划")


def test_every_table_command_writes_a_sheet(tmp_path):
    for args in (["plans"], ["metrics"], ["show", "linan"], ["compare", "近视率"],
                 ["gaps", "linan"], ["matrix", "-c", "学前"]):  # fmt: skip
        out = tmp_path / f"{args[0]}.xlsx"
        result = run(*args, "-o", str(out))
        assert result.exit_code == 0, (args, result.stderr)
        sheet = openpyxl.load_workbook(out).active
        assert sheet.freeze_panes == "A3", args
        assert sheet["A2"].value in ("id", "指标", "排名", "类型"), args
    gaps = openpyxl.load_workbook(tmp_path / "gaps.xlsx").active
    first = run("gaps", "linan", "-f", "csv", "--no-title").stdout.splitlines()[1].split(",")[0]
    assert gaps["A3"].value == first  # the first finding, as gaps lists it
    longest = max(range(3, gaps.max_row + 1), key=lambda i: len(str(gaps.cell(i, 5).value or "")))
    assert gaps.row_dimensions[longest].height >= 4 * 15  # its 说明 wraps: the row is made tall
    plans = openpyxl.load_workbook(tmp_path / "plans.xlsx").active
    counts = {row[0]: row[5] for row in plans.iter_rows(min_row=3, values_only=True)}
    assert isinstance(counts["linan"], int) and counts["linan"] > 100


def test_formula_like_text_is_never_live(tmp_path):
    out = tmp_path / "f.xlsx"
    table = Table(["a", "b"], [["=1+1", "@x"], ["-1 个百分点", "#N/A"], ["+86", '=HYPERLINK("x")']])
    write_workbook([table], out)
    sheet = openpyxl.load_workbook(out).active
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row]
    assert [c.value for c in cells] == [
        "=1+1",
        "@x",
        "-1 个百分点",
        "#N/A",
        "+86",
        '=HYPERLINK("x")',
    ]
    assert {c.data_type for c in cells} == {"s"}
    with zipfile.ZipFile(out) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml


def test_export_writes_one_sheet_per_table_with_typed_values(tmp_path):
    out = tmp_path / "all.xlsx"
    result = run("export", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["records", "plans", "metrics"]
    records = book["records"]
    header = [c.value for c in records[1]]
    assert records.freeze_panes == "A2"  # data: the header in row 1, for pandas
    csv_lines = run("export").stdout.splitlines()
    assert records.max_row == len(csv_lines)
    rows = [
        dict(zip(header, r, strict=True)) for r in records.iter_rows(min_row=2, values_only=True)
    ]
    linan = next(r for r in rows if r["plan"] == "linan" and r["target_raw"] == "＞75")
    assert (linan["target_value"], linan["target_year"], linan["baseline_value"]) == (
        75,
        2025,
        58.2,
    )
    assert linan["target_approx"] == "False"


def test_a_file_format_needs_a_file():
    result = run("show", "linan", "-f", "xlsx")
    assert result.exit_code == 2
    assert result.stderr == "plancmp: --format xlsx writes a file: add -o table.xlsx\n"


# --- Word tables ----------------------------------------------------------------------------


def test_a_table_as_a_titled_word_table_whose_header_repeats(tmp_path):
    out = tmp_path / "gaps.docx"
    result = run("gaps", "linan", "-k", "conflict", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    doc = docx.Document(str(out))
    headings = [p for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert [(p.style.name, p.text) for p in headings] == [
        (
            "Heading 2",
            "临安区教育事业“十四五”发展规划（2021-2025）（linan）对标发现：前后不一致 2；比较对象：全部区县规划（4 个）",
        )
    ]
    (table,) = doc.tables
    assert [c.text for c in table.rows[0].cells] == ["类型", "指标", "学段", "本规划目标", "说明"]
    assert [c.text for c in table.rows[1].cells][:4] == [
        "前后不一致",
        "校际优质均衡系数",
        "初中",
        "0.25",
    ]
    assert len(table.rows) == 3
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in table.rows)
    untitled = tmp_path / "untitled.docx"
    assert run("gaps", "linan", "-k", "conflict", "--no-title", "-o", str(untitled)).exit_code == 0
    assert [p.text for p in docx.Document(str(untitled)).paragraphs if p.text] == []


def test_every_table_command_writes_a_word_table(tmp_path):
    for args in (["plans"], ["metrics", "普惠"], ["show", "linan", "-c", "学前"],
                 ["compare", "普惠"], ["matrix", "-c", "学前"]):  # fmt: skip
        out = tmp_path / f"{args[0]}.docx"
        result = run(*args, "-o", str(out))
        assert result.exit_code == 0, (args, result.stderr)
        (table,) = docx.Document(str(out)).tables
        assert len(table.rows) > 1, args


def test_a_word_file_is_not_overwritten_without_force(tmp_path):
    out = tmp_path / "t.docx"
    out.write_bytes(b"mine")
    for args in (["show", "linan"], ["report", "linan"]):
        result = run(*args, "-o", str(out))
        assert result.exit_code == 2
        assert result.stderr == f"plancmp: {out} exists: use --force to overwrite it, or choose another name\n"  # fmt: skip
        assert out.read_bytes() == b"mine"
    assert run("show", "linan", "-o", str(out), "--force").exit_code == 0
    assert zipfile.is_zipfile(out)


def test_a_format_a_word_file_cannot_hold_names_both(tmp_path):
    result = run("show", "linan", "-f", "json", "-o", str(tmp_path / "x.docx"))
    assert result.exit_code == 2
    assert result.stderr == (
        "plancmp: -f json -o x.docx: a .docx file cannot hold json: "
        "name the file x.json, or leave out --format\n"
    )
    assert not any(tmp_path.iterdir())


def test_a_word_file_through_a_symlink_replaces_the_file_it_points_to(tmp_path):
    target = tmp_path / "real.xlsx"
    target.write_bytes(b"old")
    link = tmp_path / "link.xlsx"
    link.symlink_to(target)
    assert run("plans", "-o", str(link), "--force").exit_code == 0
    assert link.is_symlink()
    assert openpyxl.load_workbook(target).active["A2"].value == "id"


def test_other_commands_never_import_the_office_libraries(tmp_path):
    """Start-up: python-docx, openpyxl and matplotlib load only when a file needs them."""
    env = {**os.environ, "PLANCMP_CACHE_DIR": str(tmp_path)}
    argv = [sys.executable, "-X", "importtime", "-m", "plancmp", "compare", "普惠", "-f", "csv"]
    proc = subprocess.run(argv, capture_output=True, text=True, env=env, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = [x for x in proc.stderr.splitlines() if x.startswith("import time:")]
    imported = {x.rsplit("|", 1)[1].strip().split(".")[0] for x in lines}
    assert "plancmp" in imported
    heavy = {"docx", "openpyxl", "matplotlib", "markdown_it", "lxml", "numpy", "PIL"}
    assert imported & heavy == set()
