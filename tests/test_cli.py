"""The real commands, driven through Typer's CliRunner (and a subprocess where a pipe matters)."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plancmp.cli import app

runner = CliRunner()
RECORD_FIELDS = {
    "plan",
    "metric",
    "metric_name",
    "name",
    "segment",
    "category",
    "unit",
    "baseline",
    "target",
    "attribute",
    "source",
}


def run(*args, env=None):
    return runner.invoke(app, list(args), env=env)


def test_show_json_has_every_field_of_the_contract():
    result = run("show", "linan", "--format", "json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert records and all(set(r) >= RECORD_FIELDS for r in records)
    puhui = [r for r in records if r["metric"] == "kindergarten_puhui_coverage"]
    assert puhui[0]["target"] == {
        "year": 2025,
        "op": ">",
        "value": 90,
        "value_max": None,
        "raw": "＞90",
        "scope": "level",
    }
    assert puhui[0]["baseline"]["value"] == 91.6
    assert puhui[0]["attribute"] == "约束性"
    assert puhui[0]["unit"] == "%"


@pytest.mark.parametrize("name", ["临安", "临安区", "LINAN", "杭州市临安区"])
def test_plan_by_chinese_name_gives_the_same_records(name):
    assert run("show", name, "-f", "json").stdout == run("show", "linan", "-f", "json").stdout


def test_piped_output_is_markdown_without_colour():
    result = run("show", "linan")
    lines = result.stdout.splitlines()
    assert lines[0].startswith("临安区教育事业“十四五”发展规划（2021-2025）（linan）：")
    assert lines[0].endswith(" 项目标")
    assert lines[1] == ""
    assert lines[2].startswith("| 指标")
    assert lines[3].startswith("|:--")
    assert "\x1b[" not in result.stdout


def test_unknown_plan_is_a_usage_error():
    result = run("show", "atlantis")
    assert result.exit_code == 2
    assert result.stderr.startswith("plancmp: unknown plan 'atlantis'")
    assert result.stdout == ""


def test_a_district_not_in_the_data_is_not_taken_for_a_plan_sharing_a_character():
    """余杭 shares 杭 with 杭州 and nothing more: no `did you mean` the city's work points,
    but the plans there are and how to add one's own; a near spelling is still offered."""
    result = run("gaps", "余杭", env={"PLANCMP_LANG": "zh"})
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("plancmp: 没有规划 '余杭'：可用 hangzhou2023（")
    assert "是不是指" not in result.stderr
    assert result.stderr.endswith(
        "——规划列表见 `plancmp plans`；要加入自己的规划，用 `plancmp draft 文件 -o 文件夹/规划.yaml`"
        " 草拟，再加上 `--data-dir 文件夹`\n"
    )
    typo = run("gaps", "linann")
    assert typo.stderr == (
        "plancmp: unknown plan 'linann': did you mean linan（临安区教育事业“十四五”发展规划"
        "（2021-2025））? — `plancmp plans` lists them\n"
    )


def test_ambiguous_metric_lists_candidates():
    result = run("compare", "--metric", "覆盖")
    assert result.exit_code == 2
    assert "is ambiguous: it matches" in result.stderr
    assert "kindergarten_puhui_coverage" in result.stderr


def test_bad_option_is_a_usage_error():
    result = run("show", "linan", "--format", "bogus")
    assert result.exit_code == 2


def test_validate_shipped_data():
    result = run("validate")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.endswith("file(s) OK\n")


def test_validate_broken_file_reports_file_and_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text('id: "bad"\ntitle: "x"\nid: "again"\n', encoding="utf-8")
    result = run("validate", str(bad))
    assert result.exit_code == 1
    assert f"{bad}:3: duplicate key 'id' (first on line 1): keep one of them" in result.stderr


def test_validate_a_path_that_is_not_there_says_what_to_check(tmp_path):
    missing = tmp_path / "my-plan"  # a folder named my-plans, misspelt
    result = run("validate", str(missing))
    assert result.exit_code == 2  # a usage error, as `draft` and `--data-dir` of no such path
    assert result.stderr.splitlines() == [
        f"plancmp: {missing}: no such file or folder: check the path, or name a plan file or a folder of them"
    ]


def test_user_plan_beside_builtin_ones(tmp_path):
    shutil.copy(_data_file("linan.yaml"), tmp_path / "linan.yaml")
    result = run("--data-dir", str(tmp_path), "plans", "-f", "csv")
    assert result.exit_code == 0
    assert "replaces the built-in plan 'linan'" in result.stderr


def test_missing_data_dir(tmp_path):
    result = run("--data-dir", str(tmp_path / "nope"), "plans")
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"plancmp: --data-dir {tmp_path / 'nope'} does not exist: give a folder of YAML plan files\n"
    )


def test_segment_as_the_documents_write_it():
    by_word = run("compare", "-m", "disabled_children_enrollment", "-s", "义务段", "-f", "json")
    assert by_word.exit_code == 0, by_word.stderr
    assert {r["segment"] for r in json.loads(by_word.stdout)} == {"义务教育"}
    missing = run("compare", "-m", "kindergarten_puhui_coverage", "-s", "小学")
    assert missing.exit_code == 2
    assert (
        missing.stderr
        == "plancmp: 普惠性幼儿园覆盖面 has no segment '小学': it is set without segments; leave out --segment\n"
    )


@pytest.mark.parametrize("word", ["高中", "普高", "普通高中", "高中阶段"])
def test_segment_words_the_drafter_reads_are_accepted_at_the_command_line(word):
    """A plan's 普高 is drafted as 高中段; a user typing it gets 高中段, named as the data
    names it, not `unknown segment`."""
    result = run("compare", "-m", "disabled_children_enrollment", "-s", word, "-f", "csv")
    assert result.exit_code == 0, result.stderr
    rows = [line.split(",") for line in result.stdout.splitlines()[1:]]
    assert rows and {r[2] for r in rows} == {"高中段"}


def test_segment_help_names_the_words_that_stand_for_a_segment():
    result = run("compare", "--help", env={"PLANCMP_LANG": "zh", "COLUMNS": "200"})
    assert "高中、普高即高中段，职高即中职" in result.stdout


def test_output_file_is_utf8_and_not_clobbered(tmp_path):
    out = tmp_path / "linan.csv"
    assert run("show", "linan", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("指标,学段,基线")
    again = run("show", "linan", "-o", str(out))
    assert again.exit_code == 2
    assert "exists: use --force" in again.stderr
    assert run("show", "linan", "-o", str(out), "--force").exit_code == 0


def test_head_ends_quietly_and_successfully():
    for command in ("matrix -f csv", "export", "gaps linan"):
        proc = subprocess.run(
            ["bash", "-o", "pipefail", "-c", f"{sys.executable} -m plancmp {command} | head -1"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert proc.returncode == 0, (command, proc.stderr)
        assert proc.stderr == ""
        assert len(proc.stdout.splitlines()) == 1


def test_ascii_stdout_does_not_crash():
    proc = subprocess.run(
        [sys.executable, "-m", "plancmp", "plans", "-f", "csv"],
        capture_output=True, env={"PYTHONIOENCODING": "ascii", "PATH": ""}, check=False,
    )  # fmt: skip
    assert proc.returncode == 0
    assert b"linan" in proc.stdout
    assert b"cannot show Chinese" in proc.stderr


def _data_file(name):
    from plancmp.store.files import default_data_dir

    return default_data_dir() / name


def test_metric_by_distinctive_fragment():
    by_fragment = run("compare", "--metric", "普惠", "-f", "json")
    assert by_fragment.exit_code == 0, by_fragment.stderr
    assert (
        by_fragment.stdout
        == run("compare", "--metric", "kindergarten_puhui_coverage", "-f", "json").stdout
    )


def test_compare_takes_the_metric_as_an_argument_too():
    by_argument = run("compare", "普惠", "-f", "json")
    assert by_argument.exit_code == 0, by_argument.stderr
    assert (
        by_argument.stdout
        == run("compare", "-m", "kindergarten_puhui_coverage", "-f", "json").stdout
    )
    none = run("compare")
    assert none.exit_code == 2
    assert none.stderr.startswith("plancmp: name a metric: plancmp compare 普惠")
    two = run("compare", "普惠", "--metric", "公办")
    assert two.exit_code == 2
    assert "two metrics given ('普惠' and --metric '公办')" in two.stderr


def test_office_names_plancmp_does_not_write_are_refused_with_the_fix(tmp_path):
    for args in (["compare", "普惠"], ["export"]):
        result = run(*args, "-o", str(tmp_path / "out.xls"))
        assert result.exit_code == 2
        assert result.stderr == (
            "plancmp: cannot write an old Excel workbook (out.xls): "
            "name the file .xlsx (Excel, WPS and LibreOffice open it)\n"
        )
    wps = run("show", "linan", "-o", str(tmp_path / "out.wps"))
    assert wps.stderr == (
        "plancmp: cannot write a WPS document (out.wps): "
        "name the file .docx (Word, WPS and LibreOffice open it)\n"
    )
    csv_for_excel = run("compare", "普惠", "-f", "excel", "-o", str(tmp_path / "out.xlsx"))
    assert csv_for_excel.exit_code == 2
    assert csv_for_excel.stderr == (
        "plancmp: -f excel -o out.xlsx: a .xlsx file cannot hold excel: "
        "name the file out.csv, or leave out --format\n"
    )
    assert not any(tmp_path.iterdir())


def test_gaps_holds_a_city_to_cities_only():
    result = run("gaps", "hangzhou2023", "-f", "json")
    assert result.exit_code == 0
    kinds = {f["kind"] for f in json.loads(result.stdout)}
    assert not kinds & {"missing", "below_peers"}  # no other city is loaded
    assert result.stderr == (
        "plancmp: hangzhou2023 is a city's plan and no other city's is loaded to compare it"
        " with, so only conflicts, baselines, national standards and qualitative targets are"
        " checked; to compare it with other plans, pass them with --peers, or put one metric"
        " of every plan side by side with `plancmp compare`\n"
    )


def test_gaps_of_a_province_with_no_other_province_loaded_says_why_nothing_is_ranked(tmp_path):
    examples = Path(__file__).parent.parent / "examples" / "reviewed"
    shutil.copy(examples / "metrics-xx.yaml", tmp_path)
    plan = (examples / "xx.yaml").read_text(encoding="utf-8").replace('level: "区"', 'level: "省"')
    (tmp_path / "xx.yaml").write_text(plan, encoding="utf-8")
    result = run("--data-dir", str(tmp_path), "gaps", "xx", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert not {f["kind"] for f in json.loads(result.stdout)} & {"missing", "below_peers"}
    assert result.stderr == (
        "plancmp: xx is a province's plan and no other province's is loaded to compare it with,"
        " so only conflicts, baselines, national standards and qualitative targets are checked;"
        " to compare it with other plans, pass them with --peers, or put one metric of every"
        " plan side by side with `plancmp compare`\n"
    )
    assert "no other" not in run("gaps", "linan").stderr


def test_a_city_is_compared_with_another_city(tmp_path):
    text = _data_file("hangzhou2023.yaml").read_text(encoding="utf-8")
    other = (
        text.replace('id: "hangzhou2023"', 'id: "ningbo2023"')
        .replace('names: ["杭州", "杭州市", "杭州2023"]', 'names: ["宁波"]')
        .replace('jurisdiction: "杭州市"', 'jurisdiction: "宁波市"')
        .replace('raw: "达到86%"', 'raw: "达到95%"')
        .replace("      value: 86\n", "      value: 95\n")
    )
    (tmp_path / "ningbo2023.yaml").write_text(other, encoding="utf-8")
    result = run("--data-dir", str(tmp_path), "gaps", "hangzhou2023", "-f", "json")
    assert result.exit_code == 0, result.stderr
    below = [f for f in json.loads(result.stdout) if f["kind"] == "below_peers"]
    assert [(f["target"]["raw"], f["compared"]["best"]) for f in below] == [("达到86%", "达到95%")]
    assert "no other city" not in result.stderr


def test_matrix_cells_carry_the_units_a_table_printed_in_its_heading():
    result = run("matrix", "--category", "学前教育", "-f", "json")
    rows = {r["metric"]: r["targets"] for r in json.loads(result.stdout)}
    assert rows["kindergarten_enrollment"]["shangcheng"] == ["5万人"]  # 5 in a （万人） row
    assert rows["kindergarten_puhui_coverage"]["linan"] == ["＞90%"]
    assert rows["kindergarten_puhui_coverage"]["linhai"] == ["90%以上"]


@pytest.mark.parametrize("cache", [[], ["--no-cache"]])
def test_matrix_says_the_year_of_a_target_set_for_another_year_than_the_plans(cache):
    """临安's plan aims at 2025 but sets a 中职 investment for 2022: the cell says 2022 in
    every format, and a text table says what the bracketed year means."""
    csv = run(*cache, "matrix", "--category", "保障", "-f", "csv").stdout.splitlines()
    header = csv[0].split(",")
    row = next(line.split(",") for line in csv if line.startswith("教育建设项目投资估算,中职"))
    assert row[header.index("杭州市临安区（2025年）")] == "7.3亿元（2022年）"
    records = json.loads(run(*cache, "matrix", "--category", "保障", "-f", "json").stdout)
    spent = next(
        r for r in records if r["metric_name"] == "教育建设项目投资估算" and r["segment"] == "中职"
    )
    assert spent["targets"]["linan"] == ["7.3亿元（2022年）"]
    text = run(*cache, "matrix", "--category", "保障", "-f", "markdown").stdout
    assert "| 7.3亿元（2022年） " in text and "括注年份（如“（2022年）”）的单元格" in text
    assert "| 1500个 " in run(*cache, "matrix", "--category", "学前", "-f", "markdown").stdout
    assert "括注年份" not in run(*cache, "matrix", "--category", "学前").stdout


def test_compare_says_when_a_ranked_target_stalls_below_its_baseline():
    result = run("compare", "普惠", "-f", "csv")
    rows = {line.split(",")[1]: line.split(",") for line in result.stdout.splitlines()[1:]}
    assert rows["绍兴市越城区"][3] == "97.6%（2020）"  # a table cell in a （%） row
    assert rows["绍兴市越城区"][-1] == "目标低于2020年基线，不要求进步"
    assert rows["杭州市上城区"][-1] == ""  # >95 against 94.9
    records = json.loads(run("compare", "普惠", "-f", "json").stdout)
    assert {r["plan"]: r["no_progress"] for r in records} == {
        "yuecheng": True,
        "shangcheng": False,
        "linan": True,
        "linhai": False,
    }


def test_a_category_by_its_beginning_and_filters_named_together():
    assert run("matrix", "--category", "学前", "-f", "csv").stdout == (
        run("matrix", "--category", "学前教育", "-f", "csv").stdout
    )
    assert run("show", "linan", "--category", "教育").exit_code == 2  # no category begins so
    none = run("show", "linan", "--metric", "近视", "--category", "学前")
    assert none.exit_code == 0
    assert none.stderr == "plancmp: linan sets no target for 近视 in 学前教育\n"
    by_word = run("compare", "disabled_children_enrollment", "-s", "义务", "-f", "csv")
    assert (
        by_word.stdout
        == run("compare", "disabled_children_enrollment", "-s", "义务教育", "-f", "csv").stdout
    )


def test_compare_chart_draws_bars_in_rank_order():
    result = run("compare", "--metric", "kindergarten_puhui_coverage", "--chart")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(
        "普惠性幼儿园覆盖面（单位：%，越高越好）；比较对象：全部规划（5 个）。口径说明："
    )
    assert lines[1].startswith("1. 绍兴市越城区")
    assert lines[1].endswith("█" * 40 + "  96.5%")
    assert lines[4].startswith("4. 台州市临海市")
    assert lines[4].endswith("  ≥90%")
    # bars start in one column although names differ in length
    assert len({line.index("█") for line in lines[1:]}) == 1


def test_output_format_follows_the_extension_or_is_asked_for(tmp_path):
    assert run("export", "-o", str(tmp_path / "r.json")).exit_code == 0
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))[0]["plan"]
    bad = run("gaps", "linan", "-o", str(tmp_path / "r.pages"))
    assert bad.exit_code == 2
    assert "cannot tell the format from 'r.pages'" in bad.stderr
    assert not (tmp_path / "r.pages").exists()


def test_format_takes_md_and_yml_for_their_long_names_in_any_case(tmp_path):
    markdown = run("compare", "普惠", "-f", "markdown").stdout
    assert markdown.startswith("普惠性幼儿园覆盖面")
    assert run("compare", "普惠", "-f", "md").stdout == markdown
    assert run("compare", "普惠", "-f", "MD").stdout == markdown
    assert run("gaps", "linan", "-f", "md", "-o", str(tmp_path / "g.md")).exit_code == 0
    assert (tmp_path / "g.md").read_text(encoding="utf-8") == run(
        "gaps", "linan", "-f", "markdown"
    ).stdout
    refused = run("compare", "普惠", "-f", "mdx")
    assert refused.exit_code == 2 and "'mdx' is not one of" in refused.stderr


def test_an_html_file_is_a_page_that_says_it_is_utf8(tmp_path):
    assert run("compare", "普惠", "-o", str(tmp_path / "t.html")).exit_code == 0
    page = (tmp_path / "t.html").read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">')
    assert "<td>绍兴市越城区</td>" in page and page.rstrip().endswith("</html>")
    piped = run("compare", "普惠", "-f", "html").stdout
    assert piped.startswith("<table>")  # to stdout: the table alone, to embed


def test_chart_to_a_file(tmp_path):
    out = tmp_path / "chart.txt"
    assert (
        run("compare", "-m", "kindergarten_puhui_coverage", "--chart", "-o", str(out)).exit_code
        == 0
    )
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith(
        "普惠性幼儿园覆盖面（单位：%，越高越好）；比较对象：全部规划（5 个）。口径说明："
    )
    assert lines[1].startswith("1. 绍兴市越城区")


def test_unwritable_output_is_a_clear_error(tmp_path):
    result = run("gaps", "linan", "-o", str(tmp_path / "no" / "such" / "r.md"))
    assert result.exit_code == 2
    assert (
        result.stderr
        == f"plancmp: folder {tmp_path / 'no' / 'such'} does not exist: create it first\n"
    )


def test_a_change_target_carries_the_level_it_implies_in_json():
    """SPEC §7: `op: change`, the signed change as `value`, `target.implied` the level."""
    from pathlib import Path

    examples = Path(__file__).resolve().parents[1] / "examples"
    result = run("--data-dir", str(examples), "show", "demo", "-f", "json")
    assert result.exit_code == 0, result.stderr
    targets = {r["metric"]: r["target"] for r in json.loads(result.stdout)}
    assert targets["kindergarten_puhui_coverage"] == {
        "year": 2025, "op": "change", "value": 5, "value_max": None, "raw": "提高5个百分点",
        "scope": "level", "direction": "up", "implied": 95,
    }  # fmt: skip
    assert (targets["myopia_rate"]["at_least"], targets["myopia_rate"]["implied"]) == (True, 52)


def test_matrix_names_two_plans_of_one_place_apart(tmp_path):
    """A city's own plan beside its shipped work points: two columns headed 杭州市 would
    read alike, so each carries its plan id; a place with one plan keeps its bare name. Plans
    of different years carry their year; plans of one year need none."""
    examples = Path(__file__).resolve().parent.parent / "examples" / "reviewed"
    for name in ("xx.yaml", "metrics-xx.yaml"):
        text = (examples / name).read_text(encoding="utf-8")
        if name == "xx.yaml":
            text = text.replace('jurisdiction: "XX区"', 'jurisdiction: "杭州市"')
            text = text.replace('level: "区"', 'level: "市"')
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run("--data-dir", str(tmp_path), "matrix", "-f", "csv")
    assert result.exit_code == 0, result.stderr
    header = result.stdout.splitlines()[0].split(",")
    assert "杭州市（hangzhou2023，2023年）" in header and "杭州市（xx，2025年）" in header
    assert "杭州市" not in header and "杭州市临安区（2025年）" in header
    alike = run("--data-dir", str(tmp_path), "matrix", "--peers", "临安,xx", "-f", "csv")
    assert alike.stdout.splitlines()[0].split(",")[3:] == ["杭州市临安区", "杭州市"]


def test_compare_notes_a_draft_whose_records_are_not_yet_checked(tmp_path):
    """gaps and report say when they stand on an unchecked draft; compare says it too,
    naming the plan, and says nothing once the review marks are gone."""
    examples = Path(__file__).resolve().parent.parent / "examples" / "reviewed"
    shutil.copy(examples / "metrics-xx.yaml", tmp_path)
    plan = (examples / "xx.yaml").read_text(encoding="utf-8")
    (tmp_path / "xx.yaml").write_text(
        plan.replace(
            "    note: null\n", '    note: null\n    review:\n      - "年份由上下文推断"\n', 1
        ),
        encoding="utf-8",
    )
    drafted = run("--data-dir", str(tmp_path), "compare", "毛入园率")
    assert drafted.exit_code == 0
    assert "xx: drafted records still carry `review`" in drafted.stderr
    assert "XX区" in drafted.stdout
    other = run("--data-dir", str(tmp_path), "compare", "毛入园率", "--segment", "小学")
    assert "review" not in other.stderr  # the draft's record is not among those compared
    checked = run("--data-dir", str(examples), "compare", "毛入园率")
    assert checked.exit_code == 0 and "review" not in checked.stderr


def test_metrics_query_naming_nothing_is_a_usage_error_with_the_nearest_names():
    result = run("metrics", "普惠率")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "plancmp: no metric's id, name or alias contains '普惠率'; the nearest are "
        "kindergarten_puhui_coverage（普惠性幼儿园覆盖面）、new_childcare_places（新增托位数）、"
        "national_preschool_puhui_county（全国学前教育普及普惠区（县）创建）、"
        "county_preschool_universal_puhui_pass_share（学前教育普及普惠县(市、区)省级评估通过比例）"
        " — `plancmp metrics` lists them all\n"
    )
    far = run("metrics", "qqqq")
    assert far.exit_code == 2
    assert far.stderr == (
        "plancmp: no metric's id, name or alias contains 'qqqq'"
        " — `plancmp metrics` lists them all\n"
    )


def test_a_one_character_typo_of_a_metric_word_gets_the_nearest_names_not_the_catalog():
    """普慧 for 普惠 (a character of the same sound) is in no name: `metrics` and `--metric`
    offer the names with a part one character away, exit 2, instead of nothing or the
    first eight metrics of the catalog."""
    listed = run("metrics", "普慧")
    assert (listed.exit_code, listed.stdout) == (2, "")
    assert listed.stderr.startswith(
        "plancmp: no metric's id, name or alias contains '普慧'; the nearest are "
    )
    nearest = listed.stderr.split("the nearest are ")[1]
    assert nearest.startswith("kindergarten_puhui_coverage（普惠性幼儿园覆盖面）、")
    for argv in (["compare", "-m", "普慧"], ["show", "linan", "-m", "普慧"]):
        result = run(*argv)
        assert (result.exit_code, result.stdout) == (2, "")
        assert result.stderr.startswith("plancmp: unknown metric '普慧': did you mean ")
        assert "kindergarten_puhui_coverage（普惠性幼儿园覆盖面）" in result.stderr
        assert "preschool_gross_enrollment" not in result.stderr  # the catalog's fourth
    spelt = run("compare", "-m", "毛入圆率")  # 圆 for 园
    assert spelt.stderr == (
        "plancmp: unknown metric '毛入圆率': did you mean "
        "preschool_gross_enrollment（学前教育毛入园率）? — `plancmp metrics` lists them\n"
    )


def test_a_metric_word_near_no_name_says_no_metric_holds_it_as_metrics_does():
    """`compare 巩固率` (a rate the catalog does not hold): the same answer as `metrics 巩固率`,
    exit 2, not the catalog's first eight entries as if the word were one of them."""
    for argv in (["compare", "巩固率"], ["metrics", "巩固率"], ["show", "linan", "-m", "巩固率"]):
        result = run(*argv)
        assert (result.exit_code, result.stdout) == (2, "")
        assert result.stderr == (
            "plancmp: no metric's id, name or alias contains '巩固率'"
            " — `plancmp metrics` lists them all\n"
        )


def test_a_plan_word_of_the_same_sound_offers_that_plan_first():
    """临按 (an input method's pick for lin an) offers linan before linhai, both a character
    away; 林按, two characters away but read the same, still finds linan."""
    linan = "linan（临安区教育事业“十四五”发展规划（2021-2025））"
    linhai = "linhai（临海市教育局“十四五”发展思路和2021年工作举措）"
    misheard = run("gaps", "临按")
    assert (misheard.exit_code, misheard.stdout) == (2, "")
    assert misheard.stderr == (
        f"plancmp: unknown plan '临按': did you mean {linan}、{linhai}?"
        " — `plancmp plans` lists them\n"
    )
    twice = run("gaps", "林按")
    assert (twice.exit_code, twice.stderr) == (
        2,
        f"plancmp: unknown plan '林按': did you mean {linan}? — `plancmp plans` lists them\n",
    )


def test_gaps_says_so_when_no_peer_aims_at_the_plans_year(tmp_path):
    """A year's work plan among five-year plans: its targets rank against none, and what
    it 'misses' is what plans of another period set; the peers of its own year are silent."""
    examples = Path(__file__).resolve().parent.parent / "examples"
    plan = (examples / "demo.yaml").read_text(encoding="utf-8")
    (tmp_path / "demo.yaml").write_text(
        plan.replace("target_year: 2025", "target_year: 2017").replace("2020", "2015"),
        encoding="utf-8",
    )
    other = run("--data-dir", str(tmp_path), "gaps", "demo")
    assert other.exit_code == 0, other.stderr
    assert other.stderr.splitlines()[0] == (
        "plancmp: demo aims at 2017, its peers at 2025: targets of other years are not ranked,"
        " and a missing metric only says what plans of another period set"
        " — --peers can name plans of its own period"
    )
    same = run("--data-dir", str(examples), "gaps", "demo")
    assert same.exit_code == 0 and "aims at" not in same.stderr
    report = run("--data-dir", str(tmp_path), "report", "demo")  # its 缺少指标 0 says as little
    assert report.exit_code == 0, report.stderr
    assert report.stderr.splitlines()[0] == other.stderr.splitlines()[0]
    assert "aims at" not in run("--data-dir", str(examples), "report", "demo").stderr


def test_validate_blames_the_users_catalog_for_a_builtin_metric_id(tmp_path):
    # a user's catalog that reuses a built-in id is the file to mend, and the message
    # names the built-in metric, which may be another indicator altogether
    mine = tmp_path / "metrics-mine.yaml"
    mine.write_text(
        'metrics:\n  - id: "compulsory_enrollment"\n    name: "义务教育入学率"\n'
        '    unit: "%"\n    category: "义务教育"\n    better: "higher"\n',
        encoding="utf-8",
    )
    for args in (["validate", str(tmp_path)], ["--data-dir", str(tmp_path), "plans"]):
        result = run(*args)
        assert result.exit_code == 1
        clash = [x for x in result.stderr.splitlines() if "'compulsory_enrollment'" in x]
        assert len(clash) == 1 and str(mine) in clash[0].split(": metric")[0], clash
        assert "as 义务教育在校生数: use that one if it is the same indicator" in clash[0]


def test_gaps_and_report_against_one_peer_say_no_indicator_can_be_missing():
    # the peers' rule asks two peers to set an indicator: against one, an empty
    # 缺少指标 must not read as nothing missing
    for command in ("gaps", "report"):
        one = run(command, "linan", "--peers", "上城")
        assert one.exit_code == 0, one.stderr
        assert (
            "plancmp: --peers names one plan besides linan: a peer's indicator counts as"
            " missing (缺少指标) only where two peers set it, so this one adds none (those a"
            " higher plan sets are still listed): name two or more plans to look for them"
        ) in one.stderr.splitlines()
        two = run(command, "linan", "--peers", "上城,越城")
        assert two.exit_code == 0, two.stderr
        assert "names one plan" not in two.stderr
    assert "names one plan" not in run("gaps", "linan").stderr


def test_gaps_and_report_among_no_peer_but_the_plan_itself_say_so():
    # `--peers 临安` for 临安: nothing is ranked among peers, and both commands say why
    for command in ("gaps", "report"):
        alone = run(command, "linan", "--peers", "临安")
        assert alone.exit_code == 0, alone.stderr
        assert alone.stderr.splitlines() == [
            "plancmp: --peers names no plan besides linan: only its own targets and higher"
            " plans are checked"
        ]
