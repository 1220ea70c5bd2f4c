"""The README shows real output of real commands, and documents every command."""

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner
from wcwidth import wcswidth

from plancmp.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
README_ZH = (ROOT / "README.zh-CN.md").read_text(encoding="utf-8")
EXAMPLE = re.compile(r"```console\n\$ (plancmp [^\n]*)\n(.*?)```", re.S)
EXAMPLES = EXAMPLE.findall(README)
EXAMPLES_ZH = EXAMPLE.findall(README_ZH)


@pytest.mark.parametrize("readme", [README, README_ZH], ids=["en", "zh-CN"])
def test_readme_starts_with_the_two_setup_commands(readme):
    blocks = re.findall(r"```sh\n(.*?)\n```", readme, re.S)
    assert (
        blocks[0]
        == "python3 -m venv .venv && . .venv/bin/activate && pip install . && plancmp gaps linan"
    )
    assert (
        blocks[1]
        == 'python3 -m venv .venv && . .venv/bin/activate && pip install -e ".[test]" && pytest'
    )


def test_each_readme_links_to_the_other_in_its_first_line():
    assert "[简体中文](README.zh-CN.md)" in README.splitlines()[0]
    assert "[English](README.md)" in README_ZH.splitlines()[0]


@pytest.mark.parametrize("readme", [README, README_ZH], ids=["en", "zh-CN"])
def test_readme_says_how_to_choose_the_language_and_what_does_not_change(readme):
    assert "PLANCMP_LANG=zh" in readme and "PLANCMP_LANG=en" in readme
    assert "LANG=zh_CN.UTF-8" in readme
    for word in ("--format csv", "--format json", "report", "draft"):
        assert word in readme


def test_every_command_is_documented():
    names = {c.name or c.callback.__name__ for c in app.registered_commands}
    assert names == {
        "plans",
        "metrics",
        "show",
        "compare",
        "gaps",
        "matrix",
        "report",
        "export",
        "validate",
        "cache",
        "draft",
        "progress",
        "groups",
    }
    for name in names:
        assert f"`plancmp {name}" in README
        assert f"`plancmp {name}" in README_ZH


def test_readme_has_examples():
    commands = [c for c, _ in EXAMPLES]
    assert any(c.startswith("plancmp compare") for c in commands)
    assert any(c.startswith("plancmp gaps") for c in commands)


@pytest.mark.parametrize(("command", "shown"), EXAMPLES)
def test_readme_example_output_is_real(command, shown, monkeypatch):
    """If this fails after a data or code change, run scripts/update_readme.py."""
    monkeypatch.chdir(ROOT)  # examples name folders of the repository (--data-dir examples)
    result = CliRunner().invoke(app, shlex.split(command)[1:], prog_name="plancmp")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == shown


def test_the_chinese_readme_has_examples_with_chinese_help():
    commands = [c for c, _ in EXAMPLES_ZH]
    assert any(c.startswith("plancmp compare") for c in commands)
    assert any(c.startswith("plancmp gaps") for c in commands)
    helps = [shown for c, shown in EXAMPLES_ZH if c.endswith("--help")]
    assert helps and helps[0].startswith("用法：plancmp show [选项] PLAN")


@pytest.mark.parametrize(("command", "shown"), EXAMPLES_ZH)
def test_chinese_readme_example_output_is_real(command, shown, monkeypatch):
    """If this fails after a data or code change, run scripts/update_readme.py."""
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("PLANCMP_LANG", "zh")
    if command.endswith("--help"):
        assert help_on_a_terminal(command) == shown
        return
    result = CliRunner().invoke(app, shlex.split(command)[1:], prog_name="plancmp")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == shown


def help_on_a_terminal(command: str) -> str:
    """Help as an 80-column terminal shows it: in a process of its own, since CliRunner
    wraps help at 80 columns whatever COLUMNS says, and a terminal's at 78."""
    env = {**os.environ, "PLANCMP_LANG": "zh", "COLUMNS": "80"}
    plancmp = Path(sys.executable).with_name("plancmp")  # the installed command
    args = [str(plancmp), *shlex.split(command)[1:]]
    done = subprocess.run(args, env=env, capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_help_in_the_readme_fits_an_80_column_terminal():
    """It showed lines of 82 columns, which a terminal of 80 breaks again."""
    helps = [shown for c, shown in EXAMPLES_ZH if c.endswith("--help")]
    widths = [wcswidth(line) for shown in helps for line in shown.splitlines()]
    assert widths and max(widths) <= 80


def test_the_example_file_shown_is_the_one_the_example_reads():
    shown = re.search(r"```yaml\n(# 综合防控.*?)```", README, re.S)
    assert shown is not None
    assert shown.group(1) == (ROOT / "examples" / "myopia2018.yaml").read_text(encoding="utf-8")


def test_the_dependency_graph_is_drawn_from_the_code():
    """If this fails after moving code between layers, run scripts/update_readme.py."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "scripts" / "update_readme.py"
    spec = importlib.util.spec_from_file_location("update_readme", path)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert f"<!-- deps:start -->\n{script.graph()}<!-- deps:end -->" in README
    assert script.READMES == {ROOT / "README.md": "en", ROOT / "README.zh-CN.md": "zh"}
    layers = list(script.LAYERS)
    assert all(layers.index(a) < layers.index(b) for a, b in script.edges())


def test_the_reviewed_example_keeps_what_the_draft_read(tmp_path):
    """The README's walkthrough: every record of examples/reviewed/xx.yaml is one the
    draft of examples/xx-district-plan.txt holds, with the value and the quote as
    drafted (review fixes names, metrics and scopes; it never types a number)."""
    from plancmp.store.yamlread import load_yaml

    out = tmp_path / "xx.yaml"
    result = CliRunner().invoke(
        app, ["draft", str(ROOT / "examples" / "xx-district-plan.txt"), "-o", str(out)]
    )
    assert result.exit_code == 0, result.stderr
    drafted = {(r["target"]["raw"], r["source"]["quote"]) for r in load_yaml(out)["records"]}
    reviewed = load_yaml(ROOT / "examples" / "reviewed" / "xx.yaml")
    kept = [(r["target"]["raw"], r["source"]["quote"]) for r in reviewed["records"]]
    assert kept and set(kept) <= drafted
    assert all("review" not in r for r in reviewed["records"]) and "review" not in reviewed
