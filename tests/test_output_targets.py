"""Where output goes: symlinks, devices, pipes, odd names, ASCII terminals, spreadsheets.
One format rule, help that says what each command does, and never a replaced device.

Each test names the defect of issue 12 it pins.
"""

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plancmp.cli import app

runner = CliRunner()
TABLES = {
    "plans": ["plans"],
    "show": ["show", "linan"],
    "compare": ["compare", "普惠性幼儿园覆盖面"],
    "gaps": ["gaps", "linan"],
    "matrix": ["matrix"],
    "metrics": ["metrics"],
    "export": ["export"],
}
"""Every command that writes a table, with what it needs."""
WRITERS = {
    **TABLES,
    "report": ["report", "linan"],
    "chart": ["compare", "普惠性幼儿园覆盖面", "--chart"],
}
"""Every command that writes to -o."""


def run(*args, env=None):
    return runner.invoke(app, list(args), env=env)


def plancmp(*args, timeout=30, **kw):
    """plancmp in a process of its own: what it does to real files, devices and streams."""
    return subprocess.run(
        [sys.executable, "-m", "plancmp", *args],
        capture_output=True,
        timeout=timeout,
        check=False,
        **kw,
    )


# --- 7: -o through a symlink, to a device or a named pipe ------------------------------------


@pytest.mark.parametrize("name", ["t.csv", "t.json", "t.xlsx", "t.docx", "t.html"])
def test_force_writes_through_a_symlink_and_keeps_it(name, tmp_path):
    """Issue 12, defect 7: `-o LINK --force` replaced the symlink with a regular file."""
    target = tmp_path / "real" / name
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    link = tmp_path / name
    link.symlink_to(target)
    result = run("show", "linan", "-o", str(link), "--force")
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)
    fresh = tmp_path / f"fresh-{name}"
    assert run("show", "linan", "-o", str(fresh)).exit_code == 0
    if name.endswith((".xlsx", ".docx")):  # zip files: their times differ
        assert target.read_bytes()[:4] == fresh.read_bytes()[:4] == b"PK\x03\x04"
    else:
        assert target.read_bytes() == fresh.read_bytes()


def test_a_dangling_symlink_gets_its_file_made(tmp_path):
    link = tmp_path / "t.csv"
    link.symlink_to(tmp_path / "made.csv")
    result = run("show", "linan", "-o", str(link))
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink()
    assert (tmp_path / "made.csv").read_text(encoding="utf-8").startswith("指标,学段")


@pytest.mark.parametrize(
    ("command", "extra"),
    [
        ("show", []),
        ("show", ["-f", "xlsx"]),
        ("export", []),
        ("export", ["-f", "sqlite"]),
        ("report", []),
    ],
)
def test_dev_null_stays_a_device(command, extra, devices):
    """Issue 12, defect 7: as root, `-o /dev/null --force` would have replaced /dev/null
    with a regular file. It is written to; it stays a character device. (A device has
    no extension: without --format it gets what a pipe gets.)"""
    argv = {"show": ["show", "linan"], "export": ["export"], "report": ["report", "linan"]}
    before = os.stat(devices["null"])
    proc = plancmp(*argv[command], *extra, "-o", devices["null"], "--force")
    assert proc.returncode == 0, proc.stderr.decode()
    after = os.stat(devices["null"])
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)


@pytest.mark.parametrize("extra", [[], ["-f", "xlsx"], ["-f", "sqlite"]])
def test_a_named_pipe_is_written_to_never_replaced(extra, tmp_path):
    fifo = tmp_path / "out.pipe"
    os.mkfifo(fifo)
    got = {}

    def read():
        with fifo.open("rb") as fh:
            got["bytes"] = fh.read()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    proc = plancmp("export", *extra, "-o", str(fifo), "--force")
    reader.join(timeout=30)
    assert proc.returncode == 0, proc.stderr.decode()
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    start = {(): b"plan,plan_title", ("-f", "xlsx"): b"PK", ("-f", "sqlite"): b"SQLite format 3"}
    assert got["bytes"].startswith(start[tuple(extra)])


def test_a_named_pipe_nobody_reads_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    proc = plancmp("show", "linan", "-o", str(fifo), timeout=20)
    assert proc.returncode == 2
    assert proc.stderr.decode() == (
        f"plancmp: no process is reading the named pipe {fifo}: start the reader first\n"
    )


@pytest.mark.parametrize(("extra", "start"), [([], b"plan,plan_title"), (["-f", "xlsx"], b"PK")])
def test_dev_stdout_in_a_pipe_is_stdout(extra, start):
    proc = plancmp("export", *extra, "-o", "/dev/stdout")
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.startswith(start)


# --- 11: an -o name the system refuses -------------------------------------------------------


@pytest.mark.parametrize("command", sorted(WRITERS))
@pytest.mark.parametrize(
    "name", ["a" * 300 + ".csv", "a" * 300 + ".xlsx", "x" * 300 + "/t.csv", "a" * 5000]
)
def test_a_name_too_long_is_a_write_error(command, name, tmp_path):
    """Issue 12, defect 11: a 300-character -o name gave `internal error: OSError(36)`.
    It is a write error, exit 2, saying what is wrong."""
    out = tmp_path / name
    result = run(*WRITERS[command], "-o", str(out))
    assert result.exit_code == 2, result.stderr
    assert result.stderr.startswith("plancmp: cannot write ")
    assert result.stderr.endswith(": File name too long\n")
    assert "internal error" not in result.stderr


# --- 16: one format rule, help that agrees with it --------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "-f", "json", "-o", "z.csv"], "-f json -o z.csv: a .csv file cannot hold json"),
        (
            ["show", "linan", "-f", "json", "-o", "z.csv"],
            "-f json -o z.csv: a .csv file cannot hold json",
        ),
        (["export", "-f", "csv", "-o", "z.json"], "-f csv -o z.json: a .json file cannot hold csv"),
        (
            ["gaps", "linan", "-f", "markdown", "-o", "z.xlsx"],
            "-f markdown -o z.xlsx: a .xlsx file cannot hold markdown",
        ),
        (
            ["report", "linan", "-f", "html", "-o", "r.md"],
            "-f html -o r.md: a .md file cannot hold html",
        ),
    ],
)
def test_a_format_the_file_cannot_hold_is_a_usage_error_naming_both(argv, message, tmp_path):
    """Issue 12, defect 16: `export -f json -o z.csv` wrote JSON into a .csv file."""
    os.chdir(tmp_path)
    result = run(*argv)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"plancmp: {message}")
    assert list(tmp_path.iterdir()) == []


def test_export_writes_tsv(tmp_path):
    """Issue 12, defect 16: `-o a.tsv` worked but `-f tsv` was refused."""
    by_format = run("export", "-f", "tsv")
    assert by_format.exit_code == 0, by_format.stderr
    assert by_format.stdout.startswith("plan\tplan_title\t")
    assert run("export", "-o", str(tmp_path / "a.tsv")).exit_code == 0
    assert (tmp_path / "a.tsv").read_text(encoding="utf-8") == by_format.stdout


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_the_real_problem_with_an_output_is_named(command, tmp_path, devices):
    """Issue 12, defect 16: `-o existing-dir` and `-o /dev/full` said "cannot tell the
    format" instead of what is wrong."""
    folder = run(*WRITERS[command], "-o", str(tmp_path))
    assert (folder.exit_code, folder.stderr) == (
        2,
        f"plancmp: {tmp_path} is a folder: give a file name\n",
    )
    full = run(*WRITERS[command], "-o", devices["full"])
    assert (full.exit_code, full.stderr) == (
        2,
        f"plancmp: cannot write {devices['full']}: No space left on device\n",
    )


@pytest.mark.parametrize("word", ["", " ", "x"])
def test_an_empty_category_is_refused_alike_everywhere(word):
    """Issue 12, defect 16: `show -c ""` ignored the filter while `matrix -c ""` erred."""
    shown = run("show", "linan", "-c", word)
    matrix = run("matrix", "-c", word)
    assert shown.exit_code == matrix.exit_code == 2
    assert shown.stderr == matrix.stderr
    assert shown.stderr.startswith(f"plancmp: unknown category {word!r}: use one of 学前教育")


@pytest.mark.parametrize("command", sorted(WRITERS))
def test_dash_is_stdout(command, tmp_path):
    """Issue 12, defect 16: `-o -` wrote a file named `-`."""
    os.chdir(tmp_path)
    dashed = run(*WRITERS[command], "-o", "-")
    plain = run(*WRITERS[command])
    assert dashed.exit_code == 0, dashed.stderr
    assert dashed.stdout == plain.stdout != ""
    assert list(tmp_path.iterdir()) == []


COMMANDS = [
    "plans",
    "metrics",
    "show",
    "matrix",
    "compare",
    "gaps",
    "report",
    "export",
    "validate",
    "cache",
    "draft",
]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_says_what_the_command_does(command):
    """Each command's help opens with what it does (its summary in `plancmp --help`)."""
    (info,) = [c for c in app.registered_commands if c.callback.__name__ == command]
    summary = " ".join(info.callback.__doc__.split("\n\n")[0].split())
    result = run(command, "--help", env={"COLUMNS": "300"})
    assert result.exit_code == 0
    assert summary in " ".join(result.stdout.split())


def _formats_in_help(command: str) -> list[str]:
    """The formats the help of --format names, in its help text (not a list of choices)."""
    from plancmp.output.formats import Format

    text = " ".join(run(command, "--help", env={"COLUMNS": "300"}).stdout.split())
    option = text[text.index("-f, --format") : text.index("-o, --output")]
    words = {w.strip(".,;:()") for w in option.replace("/", " ").split()}
    return sorted(f.value for f in Format if f.value in words)


@pytest.mark.parametrize("command", ["plans", "export", "report"])
def test_every_format_the_help_names_is_one_the_command_writes(command, tmp_path):
    """No help that contradicts the behaviour: --format lists no choice the command
    refuses, and each format its help names is written (to a file of its kind). The
    table commands share one --format (plans stands for them all); export and report
    have their own."""
    from plancmp.output.formats import FILE_FORMATS, SUFFIXES, Format

    help_text = run(command, "--help", env={"COLUMNS": "300"}).stdout
    assert "sqlite|" not in help_text and "<rich|" not in help_text
    named = _formats_in_help(command)
    assert named
    for value in named:
        fmt = Format(value)
        if fmt is Format.RICH:
            continue
        suffix = next(s for s, fs in SUFFIXES.items() if fmt in fs)
        out = tmp_path / f"{value}{suffix}"
        extra = ["-o", str(out)] if fmt in FILE_FORMATS else []
        result = run(*WRITERS[command], "-f", value, *extra)
        assert result.exit_code == 0, (value, result.stderr)


# --- a stdout that cannot be written ----------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["plans"],
        ["export", "-f", "json"],
        ["report", "linan"],
        ["compare", "普惠性幼儿园覆盖面", "--chart"],
        ["validate"],
        ["--version"],
        ["show", "linan", "-f", "rich"],
    ],
    ids=" ".join,
)
@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "PYTHONUNBUFFERED"])
def test_a_full_stdout_is_a_write_error(argv, unbuffered):
    """`plancmp … > /dev/full` (a full disk) ended in `internal error: OSError(28)`; then,
    with stdout buffered as users have it (PYTHONUNBUFFERED unset), the text left in the
    buffer failed again at exit: `Exception ignored …` and exit code 120."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    if unbuffered:
        env["PYTHONUNBUFFERED"] = "1"
    with open("/dev/full", "wb") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "plancmp", *argv],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=30,
            check=False,
            env=env,
        )
    assert proc.returncode == 2
    assert proc.stderr.decode() == "plancmp: cannot write to stdout: No space left on device\n"


@pytest.mark.parametrize(
    "argv", [["plans"], ["gaps", "linan", "-f", "json"], ["validate"]], ids=" ".join
)
def test_a_closed_stdout_is_no_internal_error(argv):
    """`plancmp … >&-` ended in `internal error: AttributeError`."""
    proc = subprocess.run(
        [sys.executable, "-m", "plancmp", *argv], capture_output=False, stdout=None,
        stderr=subprocess.PIPE, timeout=30, check=False, close_fds=True,
        preexec_fn=lambda: os.close(1),
    )  # fmt: skip
    assert b"internal error" not in proc.stderr
    if argv == ["validate"]:  # nothing to lose: its verdict is its exit code
        assert proc.returncode == 0
    else:
        assert (proc.returncode, proc.stderr) == (
            2,
            b"plancmp: stdout is closed: write to a file with -o\n",
        )


# --- 17: JSON on a stdout that cannot encode Chinese ----------------------------------------


@pytest.mark.parametrize("command", sorted(TABLES))
def test_json_survives_an_ascii_stdout(command):
    """Issue 12, defect 17: with PYTHONIOENCODING=ascii, --format json printed "?????":
    the data was lost. It falls back to \\u escapes and parses back to the same data."""
    argv = [*TABLES[command], "-f", "json"]
    utf8 = run(*argv)
    ascii_only = plancmp(*argv, env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert utf8.exit_code == ascii_only.returncode == 0, ascii_only.stderr
    assert ascii_only.stdout.isascii() and b"\\u" in ascii_only.stdout
    assert json.loads(ascii_only.stdout) == json.loads(utf8.stdout)
    assert ascii_only.stderr == b""


# --- 18: formulas in the excel CSV -----------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+1", "'=1+1"),
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\n=1"),  # a line break in a cell, where a bare CR would end the row
        ("-", "'-"),
        ("-5", "-5"),
        ("+3.5", "+3.5"),
        ("-1.2e3", "-1.2e3"),
        ("-6.5%", "-6.5%"),
        ("90", "90"),
        ("普惠", "普惠"),
        ("a=b", "a=b"),
    ],
)
def test_excel_cells_are_inert_but_numbers_stay_numbers(cell, written):
    """Issue 12, defect 18: a cell beginning with = + - @ (or a tab or carriage return)
    in the excel CSV was run by Excel as a formula. It gets a leading apostrophe (OWASP,
    CSV injection); a number keeps its sign and stays a number."""
    from plancmp.output.table import Table
    from plancmp.output.text import render

    text = render(Table(["a"], [[cell]]), _format("excel"))
    import csv
    import io

    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert rows == [["a"], [written]]


def _format(name):
    from plancmp.output.formats import Format

    return Format(name)


def test_a_formula_in_the_data_is_inert_in_excel_csv(tmp_path):
    """The same through the command: a curated name that begins with = or @."""
    plan = (Path(__file__).parent / "bad" / "unknown_field.yaml").read_text(encoding="utf-8")
    plan = plan.replace('id: "unknown_field"', 'id: "demo"').replace('    colour: "red"\n', "")
    plan = plan.replace('name: "普惠"', 'name: "=HYPERLINK(\\"http://x\\")"')
    plan = plan.replace('section: "表"', 'section: "@SUM(A1)"')
    (tmp_path / "demo.yaml").write_text(plan, encoding="utf-8")
    result = run("--data-dir", str(tmp_path), "show", "demo", "-f", "excel")
    assert result.exit_code == 0, result.stderr
    import csv
    import io

    row = list(csv.reader(io.StringIO(result.stdout.removeprefix("\ufeff"))))[1]
    assert row[0] == '\'=HYPERLINK("http://x")'
    assert row[-1] == "'@SUM(A1)"
    plain = run("--data-dir", str(tmp_path), "show", "demo", "-f", "csv")
    assert list(csv.reader(io.StringIO(plain.stdout)))[1][0] == '=HYPERLINK("http://x")'


def test_a_plain_csv_file_says_how_to_write_one_excel_reads(tmp_path):
    """`-o x.csv` writes UTF-8 with no byte-order mark (for scripts and pandas), which Excel
    opens in the system's code page: the note says how to write one Excel reads; the
    excel variant, with the mark, needs no such word."""
    plain = run("gaps", "linan", "-o", str(tmp_path / "x.csv"))
    assert plain.exit_code == 0
    assert plain.stderr == (
        f"wrote {tmp_path / 'x.csv'} (UTF-8; for Excel, write it with -f excel or as .xlsx)\n"
    )
    assert not (tmp_path / "x.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    excel = run("gaps", "linan", "-f", "excel", "-o", str(tmp_path / "y.csv"))
    assert excel.stderr == f"wrote {tmp_path / 'y.csv'}\n"
    assert (tmp_path / "y.csv").read_bytes().startswith(b"\xef\xbb\xbf")
