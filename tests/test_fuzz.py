"""No `internal error` for any input a user can give (issue 12): odd words and option
values, odd files in --data-dir, mutated plan files. Whatever the input, every command
ends with exit 0, 1 (a data problem) or 2 (a usage error) and a message — never an
exception. Writes go only to a temporary folder of the test's own.
"""

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from plancmp.cli import app

runner = CliRunner()
HERE = Path(__file__).resolve().parent
LINAN = (HERE.parent / "data" / "linan.yaml").read_text(encoding="utf-8")
DEMO = (
    (HERE / "bad" / "unknown_field.yaml")
    .read_text(encoding="utf-8")
    .replace('    colour: "red"\n', "")
    .replace('id: "unknown_field"', 'id: "demo"')
)
TYPED = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
"""What argv can hold: no NUL, and no surrogate but those Python makes of bytes that are
not UTF-8 (\\udcff for a name typed as $'\\xff', in ODD_WORDS and OUT_NAMES)."""
ODD_WORDS = [
    "", " ", "\t", "-", "--", "—", "（", "…", "%", "*", "?", "[linan]", "{}", "%s", ".", "..", "/",
    "2025", "2021年", "NaN", "1e999", "9" * 5000, "x" * 5000, "临" * 3000, "\u202e", "\ufeff",
    "²", "①", "ｌｉｎａｎ", "İ", "ß", "🙂", "\u200b", "临安", "linan", "普惠", "覆盖", "学前",
    "义务段", "小学", "杭州", "conflict", "below_peers", "\udcff",
]  # fmt: skip
GOOD_WORDS = ["linan", "临安", "普惠", "hangzhou2023", "学前教育"]
"""Words that name something: a command then goes on to write, where more can go wrong."""
FORMATS = ["csv", "json", "excel", "tsv", "markdown", "rich", "grid", "html", "latex", "docx",
           "xlsx", "sqlite", "yaml", "JSON", "", "bogus"]  # fmt: skip
OUT_NAMES = ["a.csv", "a.json", "a.xlsx", "a.docx", "a.db", "a", "a.CSV", "a.tsv", "a.html",
             "a.md", "a.txt", "a.pdf", "a.xls", ".csv", "a" * 300 + ".csv", "临安.csv",
             "a b.csv", "nodir/a.csv", "-a.csv", "", ".", "sub", "\udcff.csv"]  # fmt: skip
COMMANDS = {
    "plans": ([], []),
    "metrics": (["word"], []),
    "show": (["word"], ["-c", "-m"]),
    "matrix": ([], ["-c"]),
    "compare": (["word"], ["-m", "-s", "--chart"]),
    "gaps": (["word"], ["-k"]),
    "report": (["word"], ["-m", "-c", "-k", "--notes"]),
    "export": ([], []),
    "validate": (["path"], []),
    "cache": ([], []),
}
"""Each command: its arguments, and its own options (beside -f, -o, --force)."""


def ended_cleanly(result) -> bool:
    """An exit code of the three, a SystemExit (never another exception), no internal error."""
    clean_exit = result.exception is None or isinstance(result.exception, SystemExit)
    return clean_exit and result.exit_code in (0, 1, 2) and "internal error" not in result.stderr


@pytest.fixture(scope="module")
def workdir():
    """A folder for everything the commands write (and a notes file, a sub-folder)."""
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "notes.md").write_text("## 概览\n说明\n", encoding="utf-8")
        (Path(folder) / "sub").mkdir()
        yield Path(folder)


@st.composite
def command_lines(draw, folder: Path, devices: dict[str, str]):
    command = draw(st.sampled_from(sorted(COMMANDS)))
    arguments, options = COMMANDS[command]
    argv = [command]
    for kind in arguments:
        if draw(st.booleans()):
            word = draw(
                st.sampled_from(GOOD_WORDS)
                | st.sampled_from(ODD_WORDS)
                | st.text(TYPED, max_size=8)
            )
            argv.append(str(folder / "sub" / word) if kind == "path" else word)
    writes = command not in ("validate", "cache")
    offered = [*options, *(["-f", "-o", "--force"] if writes else [])]
    for _ in range(draw(st.integers(0, 3)) if offered else 0):
        choice = draw(st.sampled_from(offered))
        if choice == "-f":
            argv += ["-f", draw(st.sampled_from(FORMATS))]
        elif choice == "-o":
            argv += ["-o", draw(st.sampled_from(["-", devices["null"], devices["full"]]))]
            argv[-1] = draw(st.sampled_from([argv[-1], *(str(folder / n) for n in OUT_NAMES)]))
        elif choice == "--notes":
            argv += ["--notes", str(folder / draw(st.sampled_from(["notes.md", "sub", "none.md"])))]
        elif choice in ("--force", "--chart"):
            argv.append(choice)
        else:
            argv += [choice, draw(st.sampled_from(ODD_WORDS) | st.text(TYPED, max_size=8))]
    before = draw(
        st.sampled_from(
            [[], ["--no-cache"], ["--data-dir", str(folder / "sub")], ["--data-dir", "/dev/null"]]
        )
    )
    return [*before, *argv]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_no_command_line_gives_an_internal_error(data, workdir, devices):
    argv = data.draw(command_lines(workdir, devices))
    result = runner.invoke(app, argv, env={"PLANCMP_CACHE_DIR": str(workdir / "cache")})
    assert ended_cleanly(result), (argv, result.exception, result.stderr)


WRITING = {
    "plans": ["plans"],
    "metrics": ["metrics"],
    "show": ["show", "linan"],
    "matrix": ["matrix"],
    "compare": ["compare", "普惠"],
    "chart": ["compare", "普惠", "--chart"],
    "gaps": ["gaps", "linan"],
    "report": ["report", "linan"],
    "export": ["export"],
}
SUFFIXES = ["", ".csv", ".json", ".xlsx", ".docx", ".db", ".md", ".html", ".txt"]
NAME = st.text(TYPED, min_size=1, max_size=20)
"""A file name a user could type."""


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_no_output_gives_an_internal_error(data, workdir):
    """Every command that writes, with an odd -o (and -f, --force): where most can go wrong."""
    argv = list(WRITING[data.draw(st.sampled_from(sorted(WRITING)))])
    name = data.draw(
        st.sampled_from(OUT_NAMES)
        | NAME
        | NAME.map(lambda n: n + ".csv")
        | st.builds(lambda n, ext: "a" * n + ext, st.integers(200, 400), st.sampled_from(SUFFIXES))
    )
    argv += ["-o", str(workdir / "out" / name)]
    if data.draw(st.booleans()):
        argv += ["-f", data.draw(st.sampled_from(FORMATS))]
    if data.draw(st.booleans()):
        argv.append("--force")
    (workdir / "out").mkdir(exist_ok=True)
    result = runner.invoke(app, argv, env={"PLANCMP_CACHE_DIR": str(workdir / "cache")})
    assert ended_cleanly(result), (argv, result.exception, result.stderr)


# --- odd files in --data-dir -----------------------------------------------------------------

RECORD = DEMO[DEMO.index("  - metric") :]
HOSTILE = {
    "binary": bytes(range(256)) * 64,
    "random bytes": bytes((i * 7919 + 13) % 251 for i in range(20_000)),
    "a 4 MB line": ('title: "' + "临" * 1_300_000 + '"\n').encode(),
    "a 4 MB plain line": ("a: " + "x " * 1_900_000 + "\n").encode(),
    "deep flow nesting": ("a: " + "[" * 100_000 + "]" * 100_000 + "\n").encode(),
    "deep block nesting": "".join(" " * i + f"k{i}:\n" for i in range(2000)).encode(),
    "10,000 records": (DEMO + RECORD * 10_000).encode(),
    "20,000 keys": "".join(f"k{i}: {i}\n" for i in range(20_000)).encode(),
    "a 1 MB key": ("k" * 1_000_000 + ": 1\n").encode(),
    "10,000 documents": ("---\na: 1\n" * 10_000).encode(),
    "confusable field": DEMO.replace("metric:", "metrіc:").encode(),
    "confusable id": DEMO.replace('id: "demo"', 'id: "dеmo"').encode(),
    "CRLF": DEMO.replace("\n", "\r\n").encode(),
    "CR": DEMO.replace("\n", "\r").encode(),
    "NEL": DEMO.replace("\n", "\x85").encode(),
    "a BOM in the middle": DEMO.replace("records:", "\ufeffrecords:").encode(),
    "a BOM in a value": DEMO.replace('"普惠"', '"\ufeff普惠"').encode(),
    "BOM and UTF-16": "\ufeff".encode("utf-16-le") + DEMO.encode("utf-16-le"),
    "GBK": DEMO.encode("gbk"),
    "a control character": DEMO.replace('"普惠"', '"\\x1b[2J普惠"').encode(),
    "a bidi override": DEMO.replace('"普惠"', '"普\u202e惠"').encode(),
    "NUL escaped": DEMO.replace('"普惠"', '"普\\0惠"').encode(),
    "a lone surrogate": DEMO.replace('"普惠"', '"\\ud800"').encode(),
    "a huge year": DEMO.replace("target_year: 2025", "target_year: " + "9" * 5000).encode(),
    "a float year": DEMO.replace("target_year: 2025", "target_year: 2025.0").encode(),
    "records null": DEMO[: DEMO.index("records:")].encode() + b"records:\n",
    "merge key": b"a: &x {b: 1}\nc:\n  <<: *x\n",
    "a set": b"a: !!set {x, y}\n",
    "a complex key": b"? [a, b]\n: 1\n",
    "keys that are not text": b"1: 2\n~: 3\ntrue: 4\n",
    "only a comment": b"# nothing\n",
    "only blanks": b"   \n\n\t\n",
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_no_data_file_gives_an_internal_error(kind, tmp_path):
    (tmp_path / "demo.yaml").write_bytes(HOSTILE[kind])
    env = {"PLANCMP_CACHE_DIR": str(tmp_path / "cache")}
    for argv in (["validate"], ["show", "demo", "-f", "json"], ["--no-cache", "gaps", "linan"]):
        result = runner.invoke(app, ["--data-dir", str(tmp_path), *argv], env=env)
        assert ended_cleanly(result), (argv, result.exception, result.stderr[:300])
        assert result.exit_code in (0, 1), result.stderr[:300]


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("a control character", "demo.yaml:11: the text holds the control character U+001B"),
        ("a bidi override", "demo.yaml:11: the text holds the control character U+202E"),
        ("NUL escaped", "demo.yaml:11: the text holds the control character U+0000"),
        ("binary", "demo.yaml: not a text file (it contains NUL bytes)"),
        ("BOM and UTF-16", "demo.yaml: is UTF-16: save it as UTF-8"),
        ("deep block nesting", "demo.yaml:51: nested too deeply"),
    ],
)
def test_what_a_plan_file_cannot_hold_is_named(kind, message, tmp_path):
    """Text that a terminal or editor would act on (an escape that clears the screen, a
    right-to-left override that shows 09 for 90) is no printed value: refused, with its line."""
    (tmp_path / "demo.yaml").write_bytes(HOSTILE[kind])
    result = runner.invoke(app, ["validate", str(tmp_path / "demo.yaml")])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{tmp_path}/{message}")


WEIRD = ["\x00", "\ufeff", "\r", "\t", "\u200b", "\u202e", "＂", "：", "²", "①", "\U0001f600",
         '"', "'", "{", "[", "&a", "*a", "!!", "%", "#", ": ", "- ", "\\", "\x85", "\u2028",
         "9" * 50, "NaN", ".inf", "-", "~", "null", "true", "1e5", "\\x1b", "\\u202e"]  # fmt: skip


@st.composite
def mutated(draw, text: str) -> str:
    """`text` with a few lines deleted, repeated, re-indented or with odd characters put in."""
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        how = draw(st.sampled_from(["delete", "repeat", "insert", "value", "indent"]))
        if how == "delete" and len(lines) > 1:
            del lines[i]
        elif how == "repeat":
            lines.insert(i, lines[draw(st.integers(0, len(lines) - 1))])
        elif how == "insert":
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = (
                lines[i][:at] + draw(st.sampled_from(WEIRD) | st.text(max_size=3)) + lines[i][at:]
            )
        elif how == "value" and ":" in lines[i]:
            key = lines[i][: lines[i].index(":") + 1]
            lines[i] = key + " " + draw(st.sampled_from([*WEIRD, '"x"', "[]", "{}", '""', "-1"]))
        else:
            lines[i] = " " * draw(st.integers(0, 6)) + lines[i].lstrip()
    return "\n".join(lines)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_no_mutated_plan_file_gives_an_internal_error(data):
    """A plan file with lines deleted, doubled, re-indented, odd characters put in."""
    source, pid = data.draw(st.sampled_from([(LINAN, "linan"), (DEMO, "demo")]))
    text = data.draw(mutated(source))
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / f"{pid}.yaml").write_bytes(text.encode("utf-8", "surrogatepass"))
        env = {"PLANCMP_CACHE_DIR": os.path.join(folder, "cache")}
        for argv in (["validate"], ["show", pid, "-f", "json"], ["gaps", pid]):
            result = runner.invoke(app, ["--data-dir", folder, *argv], env=env)
            assert ended_cleanly(result), (argv, result.exception, result.stderr[:300])
