"""The Chinese interface: the language chosen from the environment, help and messages in
Chinese under zh and in English otherwise, a complete and current catalog, and output
(CSV, JSON) that does not change with the language."""

import gettext
import importlib
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plancmp import i18n
from plancmp.cli import app

ROOT = Path(__file__).resolve().parents[1]
PLANCMP = str(Path(sys.executable).with_name("plancmp"))
"""The installed command, so that help names it `plancmp` as a user's shell does."""
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)


def _script():
    spec = importlib.util.spec_from_file_location("catalog", ROOT / "scripts" / "catalog.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


catalog = _script()


def plancmp(*args: str, lang: str, **extra: str) -> subprocess.CompletedProcess[bytes]:
    """plancmp in a process of its own, with only LANG (and `extra`) saying the language."""
    env = {k: v for k, v in os.environ.items() if k not in ("PLANCMP_LANG", *i18n.LOCALE_VARS)}
    env.update(LANG=lang, PYTHONIOENCODING="utf-8", **extra)
    return subprocess.run([PLANCMP, *args], env=env,
                          capture_output=True, check=False, cwd=ROOT)  # fmt: skip


# --- the language ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "en"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "zh_TW.UTF-8"}, "zh"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8", "LC_ALL": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "zh_CN.UTF-8", "LC_ALL": "C"}, "en"),
        ({"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"),
        ({"LANGUAGE": "zh_CN:en", "LANG": "C"}, "zh"),
        ({"LANGUAGE": "en:zh_CN", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LANGUAGE": "", "LANG": "zh_CN.UTF-8"}, "zh"),
        ({"PLANCMP_LANG": "zh", "LANG": "C"}, "zh"),
        ({"PLANCMP_LANG": "en", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"PLANCMP_LANG": "ZH_cn"}, "zh"),
    ],
)
def test_the_language_comes_from_plancmp_lang_else_the_locale(monkeypatch, env, expected):
    for name in ("PLANCMP_LANG", *i18n.LOCALE_VARS):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert i18n.language() == expected


def test_english_is_the_message_itself_and_chinese_comes_from_the_catalog(monkeypatch):
    monkeypatch.setenv("PLANCMP_LANG", "en")
    assert i18n._("Usage: ") == "Usage: "
    monkeypatch.setenv("PLANCMP_LANG", "zh")
    assert i18n._("Usage: ") == "用法："
    assert i18n._("a message nobody wrote") == "a message nobody wrote"


def test_the_catalog_is_read_only_when_a_message_is_shown(monkeypatch):
    monkeypatch.setenv("PLANCMP_LANG", "zh")
    i18n._catalog.cache_clear()
    quiet = CliRunner().invoke(app, ["show", "linan", "--format", "csv"])
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert i18n._catalog.cache_info().currsize == 0
    failed = CliRunner().invoke(app, ["show", "nowhere"])
    assert failed.exit_code == 2
    assert i18n._catalog.cache_info().currsize == 1


# --- the catalog ----------------------------------------------------------------------------


def test_every_message_has_a_chinese_translation():
    """If this fails, run scripts/catalog.py and translate the new, empty entries."""
    po = catalog.read_po(catalog.PO.read_text(encoding="utf-8"))
    messages = catalog.extract()
    assert len(messages) > 150
    missing = [m for m in messages if not po.get(m, ("", False))[0]]
    assert missing == []
    assert [m for m, (_, fuzzy) in po.items() if fuzzy] == []
    assert set(po) - {""} == set(messages), (
        "the .po has entries no code uses: rerun scripts/catalog.py"
    )


def test_translations_keep_every_placeholder():
    po = catalog.read_po(catalog.PO.read_text(encoding="utf-8"))
    wrong = [
        m
        for m, (text, _) in po.items()
        if set(re.findall(r"\{[^}]*\}", m)) != set(re.findall(r"\{[^}]*\}", text))
    ]
    assert wrong == []


def test_the_extractor_finds_help_docstrings_and_marked_messages():
    messages = catalog.extract()
    assert "One plan's records, with baseline, target, attribute and source." in messages
    assert "Plan id or name: linan, 临安, 临安区." in messages
    assert "unknown {what} {word!r}: use one of {listed}" in messages
    assert any(w.startswith("plancmp/lookup.py:") for w in messages["metric"])


def test_the_extractor_refuses_an_f_string_in_a_message(tmp_path, monkeypatch):
    bad = tmp_path / "plancmp" / "bad.py"
    bad.parent.mkdir()
    bad.write_text('name = "x"\nprint(_(f"unknown {name}"))\n', encoding="utf-8")
    monkeypatch.setattr(catalog, "PACKAGE", bad.parent)
    with pytest.raises(ValueError, match=r"plancmp/bad.py:2: an f-string in _\(\)"):
        catalog.extract()


def test_the_committed_mo_is_the_compiled_po():
    """If this fails, run scripts/catalog.py."""
    po = catalog.read_po(catalog.PO.read_text(encoding="utf-8"))
    assert catalog.MO.read_bytes() == catalog.compile_mo(po)


def test_the_compiled_catalog_reads_with_the_standard_library():
    with catalog.MO.open("rb") as f:
        translations = gettext.GNUTranslations(f)
    assert translations.gettext("Options") == "选项"
    assert translations.gettext("wrote {path}") == "已写入 {path}"
    assert translations.info()["content-type"] == "text/plain; charset=UTF-8"


def test_a_data_error_is_translated_when_shown_and_crosses_processes(monkeypatch):
    import pickle

    from plancmp.store.files import DataError

    error = DataError("a.yaml", 3, "cannot read: {reason}", reason="Permission denied")
    again = pickle.loads(pickle.dumps(error))
    monkeypatch.setenv("PLANCMP_LANG", "en")
    assert str(again) == "a.yaml:3: cannot read: Permission denied"
    monkeypatch.setenv("PLANCMP_LANG", "zh")
    assert str(again) == "a.yaml:3: 无法读取：Permission denied"


def test_po_text_survives_a_round_trip():
    entries = {'a "quoted" \\ line\nand another': ("一行\n两行", False), "plain": ("", False)}
    text = catalog.write_po(
        {k: ["x.py:1"] for k in entries}, {k: v for k, v in entries.items() if v[0]}
    )
    assert catalog.read_po(text) == {"": (catalog.HEADER, False), **entries}


# --- help -----------------------------------------------------------------------------------


def test_top_level_help_in_chinese():
    out = plancmp("--help", lang="zh_CN.UTF-8").stdout.decode()
    assert out.startswith("用法：plancmp [选项] 命令 [参数]...\n")
    assert "对比教育事业发展规划的量化指标（对标分析），每个数字都有出处。" in out
    assert "\n选项：\n" in out and "\n命令：\n" in out
    flat = re.sub(r"\s+", "", out)  # as wrapped to the terminal's width
    assert "显示版本号并退出。" in flat and "[环境变量：PLANCMP_DATA_DIR]" in flat
    assert re.search(r"\n  show +一个规划的全部指标", out)
    assert "Usage" not in out and "Show this message" not in out


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_in_chinese(command):
    proc = plancmp(command, "--help", lang="zh_CN.UTF-8")
    out = proc.stdout.decode()
    assert proc.returncode == 0
    assert out.startswith(f"用法：plancmp {command} [选项]")
    assert "\n选项：\n" in out and "显示本帮助并退出。" in out
    english = app.registered_commands[[c.name or c.callback.__name__ for c in app.registered_commands].index(command)].callback.__doc__.split("\n")[0]  # fmt: skip
    assert english[:30] not in out
    po = catalog.read_po(catalog.PO.read_text(encoding="utf-8"))
    chinese = po[english.strip()][0][:10].replace(" ", "")
    assert chinese in out.replace("\n", "").replace(" ", "")


@pytest.mark.parametrize("command", ["--help", "show --help"])
def test_help_is_english_under_the_c_locale(command):
    out = plancmp(*command.split(), lang="C").stdout.decode()
    assert out.startswith("Usage: plancmp")
    assert "\nOptions:\n" in out and "Show this message and exit." in out
    assert "用法" not in out and "选项" not in out


@pytest.mark.parametrize(
    ("lang", "usage"),
    [
        ("C", "Usage: plancmp draft [OPTIONS] PATH\n"),
        ("zh_CN.UTF-8", "用法：plancmp draft [选项] PATH\n"),
    ],
)
def test_a_required_argument_is_shown_bare_in_the_usage_line(lang, usage):
    """Typer prints a required argument as `{PATH}`, which reads as a set of choices."""
    assert plancmp("draft", "--help", lang=lang).stdout.decode().startswith(usage)
    assert plancmp("draft", lang=lang).stderr.decode().startswith(usage.replace("\n", ""))


def test_plancmp_lang_overrides_the_locale_both_ways():
    zh = plancmp("--help", lang="C", PLANCMP_LANG="zh").stdout.decode()
    en = plancmp("--help", lang="zh_CN.UTF-8", PLANCMP_LANG="en").stdout.decode()
    assert zh.startswith("用法：") and en.startswith("Usage: ")


# --- messages -------------------------------------------------------------------------------


def test_an_unknown_plan(tmp_path):
    zh = plancmp("show", "nowhere", lang="zh_CN.UTF-8")
    en = plancmp("show", "nowhere", lang="C")
    assert zh.returncode == en.returncode == 2
    assert zh.stderr.decode().startswith("plancmp: 没有规划 'nowhere'：可用 hangzhou2023（")
    assert zh.stderr.decode().endswith(
        "——规划列表见 `plancmp plans`；要加入自己的规划，用 `plancmp draft 文件 -o 文件夹/规划.yaml`"
        " 草拟，再加上 `--data-dir 文件夹`\n"
    )
    assert en.stderr.decode().startswith(
        "plancmp: unknown plan 'nowhere': use one of hangzhou2023（"
    )
    assert en.stderr.decode().endswith(
        " — `plancmp plans` lists them; to add a plan of your own, draft it with"
        " `plancmp draft FILE -o DIR/PLAN.yaml` and add `--data-dir DIR`\n"
    )


def test_an_ambiguous_metric():
    zh = plancmp("compare", "覆盖", lang="zh_CN.UTF-8")
    en = plancmp("compare", "覆盖", lang="C")
    assert zh.returncode == en.returncode == 2
    assert zh.stderr.decode().startswith("plancmp: 指标 '覆盖' 不明确：它可以指 ")
    assert "——请写明是哪一个——指标列表见 `plancmp metrics`" in zh.stderr.decode()
    assert en.stderr.decode().startswith("plancmp: metric '覆盖' is ambiguous: it matches ")


def test_a_broken_data_file(tmp_path):
    (tmp_path / "broken.yaml").write_text('id: "broken"\nid: "again"\n', encoding="utf-8")
    zh = plancmp("--data-dir", str(tmp_path), "plans", lang="zh_CN.UTF-8")
    en = plancmp("--data-dir", str(tmp_path), "plans", lang="C")
    assert zh.returncode == en.returncode == 1
    where = f"plancmp: {tmp_path / 'broken.yaml'}:2: "
    assert zh.stderr.decode() == where + "键 'id' 重复（第一次出现在第 1 行）：只保留一个\n"
    assert en.stderr.decode() == where + "duplicate key 'id' (first on line 1): keep one of them\n"


PLAN_WITH_PROBLEMS = """id: "odd"
title: "测试规划"
level: "区"
kind: "five_year_plan"
jurisdiction: "测试区"
base_year: 2020
target_year: 2025
records:
  - metric: "kindergarten_puhui_coverage"
    name: "普惠性幼儿园覆盖面"
    unit: "%"
    target: {raw: "＞90", year: "2025"}
    source: {section: "一", kind: "table"}
    colour: "red"
"""


def test_schema_problems_name_the_part_of_the_file_in_chinese(tmp_path):
    path = tmp_path / "odd.yaml"
    path.write_text(PLAN_WITH_PROBLEMS, encoding="utf-8")
    zh = plancmp("validate", str(path), lang="zh_CN.UTF-8")
    en = plancmp("validate", str(path), lang="C")
    assert zh.returncode == en.returncode == 1
    fields = (
        "metric, name, segment, unit, baseline, target, attribute, source, note, review, actuals"
    )
    assert zh.stderr.decode().splitlines() == [
        f"{path}:14: 第 1 条记录中有未知字段 'colour'：可用的字段有 {fields}",
        f"{path}:12: 第 1 条记录（普惠性幼儿园覆盖面）的目标值的 `year` 是 '2025'：请写年份，如 2025",
        "plancmp: 1 个文件中有 2 个问题",
    ]
    assert en.stderr.decode().splitlines() == [
        f"{path}:14: unknown field 'colour' in record 1: the fields are {fields}",
        f"{path}:12: `year` of the target of record 1 (普惠性幼儿园覆盖面) is '2025': write a year such as 2025",
        "plancmp: 2 problem(s) in 1 file(s)",
    ]


def test_a_draft_refusal_in_chinese(tmp_path):
    document = tmp_path / "plan.rtf"
    document.write_text("{\\rtf1 规划}", encoding="utf-8")
    zh = plancmp("draft", str(document), lang="zh_CN.UTF-8")
    assert zh.returncode == 1
    assert zh.stderr.decode().startswith(
        f"plancmp: {document}：不支持的文件类型 '.rtf'——请把规划存为以下格式之一："
    )


def test_a_yaml_syntax_error_in_chinese_names_the_line_at_fault(tmp_path):
    (tmp_path / "broken.yaml").write_text('id: "broken\nrecords: []\n', encoding="utf-8")
    zh = plancmp("--data-dir", str(tmp_path), "plans", lang="zh_CN.UTF-8").stderr.decode()
    assert (
        zh == f'plancmp: {tmp_path / "broken.yaml"}:1: 这一行的引号没有闭合：请在文字末尾加上 "\n'
    )
    (tmp_path / "broken.yaml").write_text("id: broken\n  title: a\n", encoding="utf-8")
    zh = plancmp("--data-dir", str(tmp_path), "plans", lang="zh_CN.UTF-8").stderr.decode()
    assert zh == (
        f"plancmp: {tmp_path / 'broken.yaml'}:2: YAML 格式有误（这里不能写 `键: 值`（文字中的冒号请加引号））"
        "——请检查这一行的引号、冒号和缩进\n"
    )


ENGLISH_WORDS = re.compile(r"[A-Za-z]{2,} [A-Za-z]{2,}")
QUOTED = re.compile(r"'[^']*'|`[^`]*`|\"[^\"]*\"|data/units\.yaml")


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "tests" / "bad").glob("*.yaml")))
def test_every_problem_of_a_bad_file_reads_in_chinese(name):
    """No English sentence is left in a message, once what it quotes from the file is aside."""
    result = plancmp("validate", str(ROOT / "tests" / "bad" / name), lang="zh_CN.UTF-8")
    assert result.returncode == 1
    for line in result.stderr.decode().splitlines():
        words = ENGLISH_WORDS.search(QUOTED.sub("", line.split(": ", 1)[1]))
        assert words is None, line


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [
        (["show"], "错误：缺少参数 'PLAN'。", "Error: Missing argument 'PLAN'."),
        (["show", "linan", "--bogus"], "错误：没有选项 --bogus", "Error: No such option: --bogus"),
        (["shw"], "错误：没有命令 'shw'。是不是 'show'？", "Error: No such command 'shw'. Did you mean 'show'?"),
        (["show", "linan", "-f"], "错误：选项 '-f' 后面需要一个值。", "Error: Option '-f' requires an argument."),
    ],
)  # fmt: skip
def test_usage_errors_from_the_command_line_parser(args, zh, en):
    chinese = plancmp(*args, lang="zh_CN.UTF-8")
    english = plancmp(*args, lang="C")
    assert chinese.returncode == english.returncode == 2
    assert chinese.stderr.decode().endswith(zh + "\n")
    assert english.stderr.decode().endswith(en + "\n")
    usage = "Usage: plancmp" in english.stderr.decode()  # when Click knows the command
    assert ("用法：plancmp" in chinese.stderr.decode()) == usage
    assert ("查看帮助。" in chinese.stderr.decode()) == usage


def test_a_value_that_is_not_a_year_in_chinese():
    err = plancmp("compare", "普惠", "--at", "abc", lang="zh_CN.UTF-8").stderr.decode()
    assert err.endswith("错误：'--at' 的值无效：'abc' 不是整数。\n")


def test_a_file_type_plancmp_does_not_write_is_named_in_chinese(tmp_path):
    err = plancmp(
        "show", "linan", "-o", str(tmp_path / "t.doc"), lang="zh_CN.UTF-8"
    ).stderr.decode()
    assert (
        err
        == "plancmp: 无法写出旧版 Word 文档（t.doc）：把文件命名为 .docx（Word、WPS 和 LibreOffice 都能打开）\n"
    )


def test_an_invalid_choice_names_the_choices_in_chinese():
    err = plancmp("show", "linan", "-f", "word", lang="zh_CN.UTF-8").stderr.decode()
    assert "错误：'--format' / '-f' 的值无效：'word' 不在可选值中，可选 'rich', 'markdown'," in err


def test_the_internal_error_line(monkeypatch, capsys):
    cli_app = importlib.import_module("plancmp.cli.app")

    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(cli_app, "app", broken)
    monkeypatch.setenv("PLANCMP_LANG", "zh")
    monkeypatch.delenv("PLANCMP_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exit:
        cli_app.main()
    assert exit.value.code == 1
    assert capsys.readouterr().err == (
        "plancmp: 内部错误：ValueError('boom')——请报告此问题（设置 PLANCMP_DEBUG=1 可显示详细的出错位置）\n"
    )


def test_a_note_kept_in_the_index_is_shown_in_the_language_of_the_run(tmp_path):
    (tmp_path / "linan.yaml").write_bytes((ROOT / "data" / "linan.yaml").read_bytes())
    cache = {"PLANCMP_CACHE_DIR": str(tmp_path / "cache")}
    args = ("--data-dir", str(tmp_path), "plans", "-f", "csv")
    en = plancmp(*args, lang="C", **cache)  # builds the index, with the note in it
    zh = plancmp(*args, lang="zh_CN.UTF-8", **cache)  # reads the index
    path = tmp_path / "linan.yaml"
    assert en.stderr.decode() == f"note: {path} replaces the built-in plan 'linan'\n"
    assert zh.stderr.decode() == f"提示：{path} 替换了内置规划 'linan'\n"
    assert zh.stdout == en.stdout


def test_an_output_refusal_in_chinese(tmp_path):
    (tmp_path / "t.csv").write_text("x", encoding="utf-8")
    proc = plancmp("show", "linan", "-o", str(tmp_path / "t.csv"), lang="zh_CN.UTF-8")
    assert proc.returncode == 2
    assert (
        proc.stderr.decode()
        == f"plancmp: {tmp_path / 't.csv'} 已存在：用 --force 覆盖，或换一个文件名\n"
    )


# --- output does not change with the language ----------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["show", "linan"],
        ["compare", "普惠性幼儿园覆盖面"],
        ["gaps", "linan"],
        ["matrix"],
        ["export"],
        ["plans"],
        ["metrics", "覆盖"],
    ],
)
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_csv_and_json_are_the_same_in_both_languages(args, fmt):
    zh = plancmp(*args, "--format", fmt, lang="zh_CN.UTF-8")
    en = plancmp(*args, "--format", fmt, lang="C")
    assert zh.returncode == en.returncode == 0, zh.stderr.decode()
    assert len(zh.stdout) > 100
    assert zh.stdout == en.stdout


# --- wrapping Chinese help ------------------------------------------------------------------


def test_wrap_counts_a_chinese_character_as_two_columns():
    from plancmp.cli.localized import wrap

    text = "只看这几类问题，可写英文名或中文，可一次写多个：-k 低于同类,前后不一致。"
    lines = wrap(text, 20)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert lines[0] == "只看这几类问题，可写"
    assert all(sum(2 if ord(c) > 0x2E80 else 1 for c in line) <= 20 for line in lines)


def test_wrap_keeps_words_whole_and_punctuation_off_the_line_start():
    from plancmp.cli.localized import wrap

    assert wrap("格式（.md .csv .json）", 12) == ["格式（.md", ".csv .json）"]
    assert wrap("一二三四五，六", 10) == ["一二三四五，", "六"]
    assert wrap("一二三四（plain、grid）", 10) == ["一二三四", "（plain、", "grid）"]


def test_help_lines_fit_an_80_column_terminal():
    out = plancmp("gaps", "--help", lang="zh_CN.UTF-8", COLUMNS="80").stdout.decode()
    widths = [sum(2 if ord(c) > 0x2E80 else 1 for c in line) for line in out.splitlines()]
    assert max(widths) <= 80


def test_the_hint_for_an_ascii_terminal_stays_readable_under_zh():
    env = {"PYTHONIOENCODING": "ascii", "PATH": "", "PLANCMP_LANG": "zh"}
    proc = subprocess.run([sys.executable, "-m", "plancmp", "plans", "-f", "csv"],
                          capture_output=True, env=env, check=False)  # fmt: skip
    assert proc.returncode == 0
    assert b"cannot show Chinese; characters are replaced" in proc.stderr


def test_why_the_system_refused_a_file_is_said_in_chinese_too(tmp_path):
    """The system's own words (strerror) are English: "无法写入 …：Not a directory"."""
    (tmp_path / "plans.csv").write_text("", encoding="utf-8")
    out = tmp_path / "plans.csv" / "linan.csv"  # a file taken for a folder
    chinese = plancmp("show", "linan", "-o", str(out), lang="zh_CN.UTF-8")
    english = plancmp("show", "linan", "-o", str(out), lang="C")
    assert chinese.returncode == english.returncode == 2
    assert chinese.stderr.decode() == f"plancmp: 无法写入 {out}：路径中有一段是文件，不是文件夹\n"
    assert english.stderr.decode() == f"plancmp: cannot write {out}: Not a directory\n"


def test_a_data_folder_that_cannot_be_listed_says_why_in_chinese_too(monkeypatch, tmp_path):
    """The whole message is the user's language, the system's reason included, as for a file."""
    import errno
    from pathlib import Path

    from plancmp.store.files import DataError, yaml_files

    def refused(self):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "iterdir", refused)
    monkeypatch.setenv("PLANCMP_LANG", "zh")
    with pytest.raises(DataError) as zh:
        yaml_files(tmp_path)
    assert str(zh.value) == f"{tmp_path}: 无法读取文件夹：没有权限"
    monkeypatch.setenv("PLANCMP_LANG", "en")
    with pytest.raises(DataError) as en:
        yaml_files(tmp_path)
    assert str(en.value) == f"{tmp_path}: cannot read the folder: Permission denied"
