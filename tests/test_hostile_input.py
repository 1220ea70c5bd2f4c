"""What a user can type or put in a data folder that is not what plancmp expects: each
gets a clear message and the right exit code, never a hang, a crash or a wrong answer.

Each test names the defect of issue 12 it pins.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plancmp.cli import app

runner = CliRunner()
DATA = Path(__file__).resolve().parents[1] / "data"
PLANS = ["hangzhou2023", "linan", "linhai", "shangcheng", "yuecheng"]


def run(*args):
    return runner.invoke(app, list(args))


def plancmp(*args, timeout=30, **kw):
    """plancmp in a process of its own, killed (and the test failed) if it hangs."""
    return subprocess.run(
        [sys.executable, "-m", "plancmp", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        **kw,
    )


# --- 14: a word that names no plan -----------------------------------------------------------


@pytest.mark.parametrize(
    "word",
    [
        "-",
        "（",
        "2025",
        "2021年",
        "2023年",
        "（2021-2025）",
        "“",
        "临",
        "安",
        "a",
        " ",
        "",
        "\t",
        "——",
        "…",
        "1",
        "%",
    ],
)
@pytest.mark.parametrize("command", ["gaps", "show", "report"])
def test_a_word_that_names_no_plan_picks_none(command, word):
    """Issue 12, defect 14: `gaps -`, `gaps （` and `show 2025` resolved to linan through a
    substring of its title. Punctuation, numbers, years, a single character and blanks
    name no plan: "unknown plan", the plans listed, exit 2."""
    result = run(command, "--", word)
    assert result.exit_code == 2, result.stdout
    assert result.stderr.startswith(f"plancmp: unknown plan {word!r}: use one of ")
    assert all(pid in result.stderr for pid in PLANS)
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("word", "plan"),
    [
        ("临安", "linan"),
        ("LINAN", "linan"),
        ("ｌｉｎａｎ", "linan"),
        ("临海市", "linhai"),
        ("上城", "shangcheng"),
    ],
)
def test_real_names_and_fragments_still_find_their_plan(word, plan):
    result = run("show", word, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert {r["plan"] for r in json.loads(result.stdout)} == {plan}
