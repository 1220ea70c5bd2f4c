"""`plancmp draft`, driven through the real command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plancmp.cli import app
from plancmp.store.files import default_data_dir

PLAN = """某区教育事业发展“十四五”规划（2021-2025）
一、“十三五”发展成就
公办幼儿园覆盖率由43.5%提升到58.2%。
二、发展目标
主要指标
指标\t2020年\t2025年\t属性
普惠性幼儿园覆盖面（%）\t94.9\t>95\t约束性
三、主要任务
到2025年，公办幼儿园覆盖率达到75%以上，新建研学基地12个。
"""


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def document(tmp_path: Path) -> Path:
    path = tmp_path / "mou.txt"
    path.write_text(PLAN, encoding="utf-8")
    return path


def test_json_gives_shows_records_with_quote_and_review(document: Path) -> None:
    result = run("draft", str(document), "--format", "json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert [(r["name"], r["target"]["raw"]) for r in records] == [
        ("普惠性幼儿园覆盖面（%）", ">95"),
        ("公办幼儿园覆盖率", "75%以上"),
        ("新建研学基地", "12个"),
    ]
    table, prose, count = records
    assert table["plan"] == "mou" and table["metric"] == "kindergarten_puhui_coverage"
    assert table["baseline"] == {"year": 2020, "value": 94.9, "raw": "94.9"}
    assert table["target"] == {
        "year": 2025,
        "op": ">",
        "value": 95,
        "value_max": None,
        "raw": ">95",
        "scope": "level",
    }
    assert table["attribute"] == "约束性" and table["unit"] == "%"
    assert table["source"] == {
        "section": "二、发展目标 / 主要指标",
        "kind": "table",
        "also": [],
        "quote": "普惠性幼儿园覆盖面（%）\t94.9\t>95\t约束性",
    }
    assert table["review"] == ["学段：已载入的规划记此指标均不分学段，故未填“学前”，请核对"]
    assert prose["baseline"] == {
        "year": 2020,
        "value": 58.2,
        "raw": "58.2%",
        "section": "一、“十三五”发展成就",
    }
    assert prose["source"]["quote"] == "到2025年，公办幼儿园覆盖率达到75%以上，新建研学基地12个。"
    assert prose["review"] == [
        "基线由上下文推断",
        "学段：已载入的规划记此指标均不分学段，故未填“学前”，请核对",
    ]
    assert count["metric"] == "mou_new_01" and count["target"]["scope"] == "cumulative"
    assert count["review"] == ["指标名未在目录中"]


def test_csv_and_markdown_print_shows_columns_and_the_review(document: Path) -> None:
    rows = list(csv.reader(io.StringIO(run("draft", str(document), "-f", "csv").stdout)))
    assert rows[0] == [
        "指标",
        "学段",
        "基线",
        "目标（原文）",
        "规范值",
        "年份",
        "口径",
        "属性",
        "出处",
        "指标目录",
        "待核",
        "原句",
    ]
    assert rows[3][0] == "新建研学基地" and rows[3][-3:] == [
        "mou_new_01",
        "指标名未在目录中",
        "到2025年，公办幼儿园覆盖率达到75%以上，新建研学基地12个。",
    ]
    terminal = run("draft", str(document), "-f", "rich").stdout
    assert "待核" in terminal and "原句" not in terminal  # no room for whole sentences there
    markdown = run("draft", str(document), "-f", "markdown").stdout.splitlines()
    assert markdown[0].startswith("某区教育事业发展“十四五”规划（2021-2025）（草稿 mou）：3 项目标")
    assert markdown[1] == ""  # a title line, then the table
    assert [c.strip() for c in markdown[2].strip("|").split("|")] == rows[0]
    assert len(markdown) == 2 + 2 + 3


def test_o_writes_a_plan_file_validate_accepts_and_data_dir_loads(
    document: Path, tmp_path: Path
) -> None:
    out = tmp_path / "plans" / "mou.yaml"
    out.parent.mkdir()
    result = run("draft", str(document), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert "3 records" in result.stderr and "1 new metrics" in result.stderr
    assert sorted(p.name for p in out.parent.iterdir()) == ["metrics-mou.yaml", "mou.yaml"]
    text = out.read_text(encoding="utf-8")
    assert (
        'source_file: "mou.txt"' in text
        and 'quote: "到2025年，公办幼儿园覆盖率达到75%以上，新建研学基地12个。"' in text
    )
    checked = run("validate", str(out.parent))
    assert checked.exit_code == 0, checked.stderr
    shown = run("--data-dir", str(out.parent), "show", "mou", "-f", "json")
    assert shown.exit_code == 0, shown.stderr
    assert [r["target"]["raw"] for r in json.loads(shown.stdout)] == [">95", "75%以上", "12个"]


def test_validate_of_the_drafted_file_alone_knows_the_metrics_written_beside_it(
    document: Path, tmp_path: Path
) -> None:
    out = tmp_path / "plans" / "mou.yaml"
    out.parent.mkdir()
    assert run("draft", str(document), "-o", str(out)).exit_code == 0
    checked = run("validate", str(out))
    assert checked.exit_code == 0, checked.stderr
    beside = out.parent / "metrics-mou.yaml"
    assert checked.stdout == f"1 file(s) OK, and the catalog file(s) beside: {beside}\n"
    beside.unlink()
    missing = run("validate", str(out))
    assert missing.exit_code == 1 and "mou_new_01" in missing.stderr


def test_validate_of_a_plan_file_among_the_shipped_data_names_no_catalog_beside() -> None:
    """The built-in catalog is read for every check; only a catalog read because it lies
    beside the file named is worth saying."""
    checked = run("validate", str(default_data_dir() / "linan.yaml"))
    assert checked.exit_code == 0, checked.stderr
    assert checked.stdout == "1 file(s) OK\n"


def test_validate_notes_new_metrics_still_marked_for_review(document: Path, tmp_path: Path) -> None:
    """The new metrics a draft writes beside the plan are guesses too: once the plan's
    records are reviewed, validate still names the catalog file until they are."""
    out = tmp_path / "plans" / "mou.yaml"
    out.parent.mkdir()
    assert run("draft", str(document), "-o", str(out)).exit_code == 0
    plan = out.read_text(encoding="utf-8")
    out.write_text(plan.split("review:")[0] + "records: []\n", encoding="utf-8")
    catalog = out.parent / "metrics-mou.yaml"
    note = (
        f"note: {catalog}: 1 metric(s) are marked for review: check each one's name, unit,"
        " category and direction, then delete its `review:`\n"
    )
    for target in (out.parent, out):  # the folder, or the plan file alone
        checked = run("validate", str(target))
        assert checked.exit_code == 0, checked.stderr
        assert checked.stderr == note
    lines = catalog.read_text(encoding="utf-8").splitlines()
    kept = [x for x in lines if "review:" not in x and not x.startswith("      - ")]
    catalog.write_text("\n".join(kept) + "\n", encoding="utf-8")
    assert run("validate", str(out.parent)).stderr == ""


def test_a_record_of_no_named_doubt_is_still_marked_to_check(tmp_path: Path) -> None:
    """An empty 待核 cell would read as a record that need not be checked: it says to check
    it against its sentence, as the plan file's review does (the JSON keeps no reason)."""
    path = tmp_path / "plan.txt"
    path.write_text(
        "某区教育事业发展“十四五”规划（2021-2025）\n\n到2025年，儿童青少年总体近视率控制在50%以内。\n",
        encoding="utf-8",
    )
    rows = list(csv.reader(io.StringIO(run("draft", str(path), "-f", "csv").stdout)))
    assert rows[1][0] == "儿童青少年总体近视率" and rows[1][-3:-1] == [
        "myopia_rate",
        "无具体疑点：与原句核对",
    ]
    assert json.loads(run("draft", str(path), "-f", "json").stdout)[0]["review"] == []


def test_findings_on_an_unchecked_draft_say_so(document: Path, tmp_path: Path) -> None:
    """gaps and report on a draft still marked for review say so on stderr; and where
    its level is not filled in, that it can have no peers."""
    out = tmp_path / "plans" / "mou.yaml"
    out.parent.mkdir()
    assert run("draft", str(document), "-o", str(out)).exit_code == 0
    for command in ("gaps", "report"):
        result = run("--data-dir", str(out.parent), command, "mou")
        assert result.exit_code == 0, result.stderr
        assert result.stderr == (
            "plancmp: mou is a draft: 3 record(s) and 4 header field(s) still carry `review`;"
            " check them against the document before using these findings\n"
        )
    text = out.read_text(encoding="utf-8")
    assert 'level: "区"' in text
    out.write_text(text.replace('level: "区"', "level: null"), encoding="utf-8")
    unplaced = run("--data-dir", str(out.parent), "gaps", "mou")
    assert unplaced.stderr.splitlines()[0] == (
        "plancmp: mou: `level` is not set, so it has no peers and no higher plans to be held"
        " to: fill in `level` (and `parent_city`) in its file"
    )
    title = unplaced.stdout.splitlines()[0]  # what a pasted table says of it
    assert title.endswith(
        "比较对象：无（级别未填写：规划文件的 level 为空，无法确定同级规划，也无法确定上级规划）"
    )


def test_o_never_overwrites_without_force(document: Path, tmp_path: Path) -> None:
    out = tmp_path / "mou.yaml"
    assert run("draft", str(document), "-o", str(out)).exit_code == 0
    out.write_text("edited by hand", encoding="utf-8")
    again = run("draft", str(document), "-o", str(out))
    assert again.exit_code == 2
    assert (
        again.stderr.strip()
        == f"plancmp: {out} exists: use --force to overwrite it, or choose another name"
    )
    assert out.read_text(encoding="utf-8") == "edited by hand"
    assert run("draft", str(document), "-o", str(out), "--force").exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# 由 plancmp draft")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["--id", "Yu Hang"],
            2,
            "--id 'Yu Hang': use lower-case ASCII letters, digits and _ (e.g. yuhang)",
        ),
        (
            ["-o", "余杭.yaml"],
            2,
            "余杭.yaml: a plan file is named by its ASCII id, e.g. yuhang.yaml — rename it or add --id",
        ),
        (
            ["--id", "yuhang", "-o", "mou.yaml"],
            2,
            "--id yuhang differs from the file name mou.yaml: name the file yuhang.yaml (a plan file is named by its id)",
        ),
        (
            ["-o", "mou.yaml", "-f", "json"],
            2,
            "-f json -o mou.yaml: a .yaml file cannot hold json: name the file mou.json, or leave out --format",
        ),
    ],
)
def test_usage_errors_say_what_to_do(
    document: Path, tmp_path: Path, monkeypatch, args, code, message
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("draft", str(document), *args)
    assert result.exit_code == code
    assert result.stderr == f"plancmp: {message}\n"


def test_a_document_that_cannot_be_read_is_one_line_and_exit_1(tmp_path: Path) -> None:
    """A path that names no file, or a folder, is mistyped, a usage error (2), as a missing
    --data-dir is; a file that is there but cannot be read is a problem with the document (1)."""
    missing = run("draft", str(tmp_path / "nowhere.txt"))
    assert missing.exit_code == 2
    assert missing.stderr == f"plancmp: {tmp_path / 'nowhere.txt'}: no such file — check the path\n"
    assert run("draft", str(tmp_path / "nowhere.txt"), "--text").exit_code == 2
    folder = run("draft", str(tmp_path))  # the folder named in place of the file in it
    assert folder.exit_code == 2
    assert folder.stderr == (
        f"plancmp: {tmp_path}: not a regular file (a directory, pipe or device)"
        " — pass the document file itself\n"
    )
    sheet = tmp_path / "plan.xls"
    sheet.write_bytes(b"\xd0\xcf\x11\xe0")
    result = run("draft", str(sheet))
    assert (
        result.exit_code == 1 and "plan.xls" in result.stderr and "Traceback" not in result.stderr
    )


def test_a_document_named_in_chinese_is_drafted_as_plan_draft(tmp_path: Path) -> None:
    path = tmp_path / "某区规划.txt"
    path.write_text(PLAN, encoding="utf-8")
    result = run("draft", str(path), "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert {r["plan"] for r in json.loads(result.stdout)} == {"draft"}


def test_text_prints_the_converted_text_every_value_is_found_in(tmp_path: Path) -> None:
    """A document in traditional characters with a reposting site's pinyin: `--text`
    prints what drafting read (simplified, pinyin removed), and every drafted `raw` and
    quote is in it, so that a reader can repeat the conversion the plan file lists."""
    document = tmp_path / "news.txt"
    document.write_text(
        "某市“十四五”教育規(guī)劃\n到2025年，學(xué)前教育毛入園率達到95%以上，新增學位3萬個。\n",
        encoding="utf-8",
    )
    text = run("draft", str(document), "--text")
    assert text.exit_code == 0, text.stderr
    assert (
        text.stdout
        == "某市“十四五”教育规划\n到2025年，学前教育毛入园率达到95%以上，新增学位3万个。\n"
    )
    drafted = json.loads(run("draft", str(document), "-f", "json").stdout)
    assert [r["target"]["raw"] for r in drafted] == ["95%以上", "3万个"]
    assert all(r["source"]["quote"] in text.stdout for r in drafted)
    out = tmp_path / "news.yaml"
    assert run("draft", str(document), "-o", str(out)).exit_code == 0
    assert "# `plancmp draft news.txt --text` prints the converted text." in out.read_text(
        encoding="utf-8"
    )


def test_a_record_without_a_year_of_its_own_shows_the_plans_year(tmp_path: Path) -> None:
    """A record written without `year:` means the plan's target year: the draft shows
    that year, not a blank beside 年份由上下文推断."""
    path = tmp_path / "opinion.txt"
    path.write_text(
        "某市关于加快学前教育发展的意见\n一、目标任务\n"
        "2010年，全市学前三年幼儿入园率达到95%以上。\n"
        "依托社区开展家长培训，城市家长受训率达到90%以上。\n",
        encoding="utf-8",
    )
    result = run("draft", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert [(r["target"]["raw"], r["target"]["year"]) for r in records] == [
        ("95%以上", 2010),
        ("90%以上", 2010),
    ]
    out = tmp_path / "plans" / "opinion.yaml"
    out.parent.mkdir()
    assert run("draft", str(path), "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "target_year: 2010" in text and "      year:" not in text


def test_a_draft_written_as_a_workbook_keeps_numbers_as_numbers(
    document: Path, tmp_path: Path
) -> None:
    """As `show -o x.xlsx` does: the year and the normalized value are numbers a reviewer
    can sort and filter, with the value's own column after its printed form."""
    import openpyxl

    out = tmp_path / "review.xlsx"
    result = run("draft", str(document), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    rows = list(openpyxl.load_workbook(out).active.iter_rows(min_row=2, values_only=True))
    header = list(rows[0])
    assert header[-3:] == ["指标目录", "待核", "原句"] and "规范值（数值）" in header
    first = dict(zip(header, rows[1], strict=True))
    assert (first["目标（原文）"], first["规范值（数值）"], first["年份"]) == (">95", 95, 2025)


def test_a_level_the_document_leaves_open_is_taken_from_a_loaded_plan_of_the_place(
    tmp_path: Path,
) -> None:
    """`某市` may be a city or a county-level city; a loaded plan of the same place (the
    shipped 杭州市 work points) says which, marked for review, and a city is asked for no
    parent city. A place no loaded plan names stays open."""
    text = "{place}人民政府关于加快学前教育发展的意见\n一、目标任务\n2010年，全市学前三年幼儿入园率达到95%以上。\n"
    known = tmp_path / "known.txt"
    known.write_text(text.format(place="杭州市"), encoding="utf-8")
    out = tmp_path / "plans" / "known.yaml"
    out.parent.mkdir()
    assert run("draft", str(known), "-o", str(out)).exit_code == 0
    plan = out.read_text(encoding="utf-8")
    assert 'level: "市"' in plan and "parent_city: null" in plan
    assert "取自已载入的同地规划 hangzhou2023（市），请核对" in plan
    assert "parent_city：" not in plan
    unknown = tmp_path / "unknown.txt"
    unknown.write_text(text.format(place="某某市"), encoding="utf-8")
    other = tmp_path / "plans" / "unknown.yaml"
    assert run("draft", str(unknown), "-o", str(other)).exit_code == 0
    plan = other.read_text(encoding="utf-8")
    assert "level: null" in plan and "level：无法从地名判断行政级别" in plan


def test_a_stage_the_loaded_plans_never_give_a_metric_is_left_off_for_review(
    tmp_path: Path,
) -> None:
    """`学前教育毛入园率` names its stage, and the shipped plans record it with none; a draft
    giving it 学前 would be ranked apart from them, so the stage is left off and named in
    review. A metric the plans do record by stage keeps the draft's."""
    doc = tmp_path / "plan.txt"
    doc.write_text(
        "某区教育事业发展“十四五”规划\n到2025年，学前教育毛入园率达到98%以上，"
        "随迁子女义务教育公办学校就读比例达到90%以上。\n",
        encoding="utf-8",
    )
    result = run("draft", str(doc), "-f", "json")
    assert result.exit_code == 0
    got = [(r["metric"], r["segment"], r["review"]) for r in json.loads(result.stdout)]
    assert got == [
        (
            "preschool_gross_enrollment",
            None,
            ["学段：已载入的规划记此指标均不分学段，故未填“学前”，请核对"],
        ),
        ("migrant_children_public_school_share", "义务教育", []),
    ]


def test_a_stages_part_of_a_total_keeps_its_stage_where_the_plans_give_the_total_none(
    tmp_path: Path,
) -> None:
    """`新增学位…，其中小学…`: the part of the new places is 小学's. The shipped plans give
    新增学位数 no stage, but it counts every stage: the part keeps 小学, or it would read as the
    total; the total itself has none to leave off."""
    doc = tmp_path / "plan.txt"
    doc.write_text(
        "某区2027年教育工作要点\n全年新增学位6000个，其中小学2600个。\n", encoding="utf-8"
    )
    result = run("draft", str(doc), "-f", "json")
    assert result.exit_code == 0
    got = [(r["name"], r["metric"], r["segment"]) for r in json.loads(result.stdout)]
    assert got == [
        ("新增学位", "new_school_places", None),
        ("新增小学学位", "new_school_places", "小学"),
    ]
    doc.write_text(  # a table's `其中：幼儿园` row: named as its total, told apart by its stage
        "某县“十四五”教育发展主要指标\n指标\t单位\t2020年\t2025年\t属性\n"
        "新增学位\t个\t—\t5000\t预期性\n其中：幼儿园\t个\t—\t2000\t预期性\n",
        encoding="utf-8",
    )
    result = run("draft", str(doc), "-f", "json")
    got = [(r["name"], r["segment"], r["target"]["value"]) for r in json.loads(result.stdout)]
    assert got == [("新增学位", None, 5000), ("新增学位", "学前", 2000)]


def test_a_plan_drafted_again_takes_no_level_from_its_own_earlier_file(tmp_path: Path) -> None:
    """Drafting `hangzhou2023` again: the loaded plan of that id is the one being redone, so
    its level vouches for nothing and stays open for review."""
    doc = tmp_path / "hz.txt"
    doc.write_text(
        "杭州市人民政府关于加快学前教育发展的意见\n一、目标任务\n2010年，全市学前三年幼儿入园率达到95%以上。\n",
        encoding="utf-8",
    )
    out = tmp_path / "plans" / "hangzhou2023.yaml"
    out.parent.mkdir()
    assert run("draft", str(doc), "-o", str(out)).exit_code == 0
    plan = out.read_text(encoding="utf-8")
    assert "level: null" in plan and "取自已载入的同地规划" not in plan


def test_a_mid_term_reviews_values_reached_go_from_draft_to_progress(tmp_path: Path) -> None:
    """A mid-term review's `2023年实际` column is drafted as the records' actuals, read from
    the review itself, so the drafted file validates and `progress` measures it at once."""
    document = tmp_path / "review.txt"
    document.write_text(
        "某区教育事业发展“十四五”规划中期评估报告\n表1 主要指标完成情况\n"
        "指标\t2020年基数\t2023年实际\t2025年目标\t属性\n"
        "学前三年毛入园率（%）\t98.5\t99.1\t99.5\t预期性\n"
        "义务教育巩固率（%）\t99.2\t99.5\t100\t约束性\n",
        encoding="utf-8",
    )
    out = tmp_path / "plans" / "review.yaml"
    out.parent.mkdir()
    assert run("draft", str(document), "-o", str(out)).exit_code == 0
    assert run("validate", str(out.parent)).exit_code == 0
    shown = run("--data-dir", str(out.parent), "progress", "review", "-f", "json")
    assert shown.exit_code == 0, shown.stderr
    rows = json.loads(shown.stdout)
    assert [(r["actual"]["raw"], r["actual"]["year"]) for r in rows] == [
        ("99.1", 2023),
        ("99.5", 2023),
    ]
    assert rows[0]["actual"]["source"]["document"] == "某区教育事业发展“十四五”规划中期评估报告"
    printed = run("draft", str(document), "-f", "markdown")
    assert "2 项目标，2 项附实际达到值（actuals，可用 progress 评估）" in printed.stdout


def test_a_document_with_no_target_says_so_on_stderr(tmp_path: Path) -> None:
    """A text that holds no target drafts the header only, exit 0, and says so: an empty table
    must not look like a plan read; a plan with targets gets no such note."""
    path = tmp_path / "notice.txt"
    path.write_text("关于做好学习工作的通知\n请各单位认真学习。\n", encoding="utf-8")
    result = run("draft", str(path))
    assert result.exit_code == 0
    assert "no target found" in result.stderr and "--text" in result.stderr
    plan = tmp_path / "mou.txt"
    plan.write_text(PLAN, encoding="utf-8")
    assert "no target found" not in run("draft", str(plan)).stderr


def test_a_drafted_record_without_a_doubt_still_carries_a_review(tmp_path: Path) -> None:
    """The analyses take a record without `review` as checked by a person: a draft's record
    the drafter has no doubt about must not pass for one."""
    doc = tmp_path / "mou.txt"
    doc.write_text("某某县教育事业发展“十四五”规划\n\n到2025年，劳动年龄人口平均受教育年限达到11.5年。\n", encoding="utf-8")  # fmt: skip
    out = tmp_path / "plans" / "mou.yaml"
    out.parent.mkdir()
    drafted = run("draft", str(doc), "-o", str(out))
    assert drafted.exit_code == 0, drafted.stderr
    assert f"wrote {out}: 1 records to check, 0 with a doubt named" in drafted.stderr
    text = out.read_text(encoding="utf-8")
    assert (
        '    review:\n      - "未见具体疑点：核对指标、数值、年份和学段与原句一致后，删去本条 review"\n'
        in text
    )
    compared = run("--data-dir", str(out.parent), "compare", "劳动年龄人口平均受教育年限")
    assert "mou: drafted records still carry `review`" in compared.stderr
