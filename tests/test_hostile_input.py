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


# --- 2, 3: files that are not regular files, or far too big -----------------------------------


def _fifo(folder: Path) -> Path:
    os.mkfifo(folder / "plan.yaml")
    return folder / "plan.yaml"


def _socket(folder: Path) -> Path:
    path = folder / "plan.yaml"
    with socket.socket(socket.AF_UNIX) as s:
        s.bind(str(path))
    return path


def _link_to(target: str):
    def make(folder: Path) -> Path:
        (folder / "plan.yaml").symlink_to(target)
        return folder / "plan.yaml"

    return make


def _folder(folder: Path) -> Path:
    (folder / "plan.yaml").mkdir()
    (folder / "plan.yaml" / "inside.yaml").write_text("id: x\n", encoding="utf-8")
    return folder / "plan.yaml"


SPECIAL = {
    "a named pipe": (
        _fifo,
        "is not a regular file (a named pipe, device or socket): give a plan file",
    ),
    "a socket": (
        _socket,
        "is not a regular file (a named pipe, device or socket): give a plan file",
    ),
    "a link to /dev/zero": (
        _link_to("/dev/zero"),
        "is not a regular file (a named pipe, device or socket): give a plan file",
    ),
    "a link to /dev/stdin": (
        _link_to("/dev/stdin"),
        "is not a regular file (a named pipe, device or socket): give a plan file",
    ),
    "a folder": (_folder, "is a folder, not a YAML file"),
}
READING = [["plans", "-f", "csv"], ["validate"], ["--no-cache", "gaps", "linan"]]


@pytest.mark.parametrize("argv", READING, ids=" ".join)
@pytest.mark.parametrize("kind", sorted(SPECIAL))
def test_a_data_file_that_is_not_a_regular_file(kind, argv, tmp_path):
    """Issue 12, defect 2: a named pipe called plan.yaml in --data-dir hung `plans`,
    `validate` and `--no-cache` forever. Run in a process of its own, with stdin open
    (a read of /dev/stdin would wait too): a hang fails the test after 30 s."""
    folder = tmp_path / "mine"
    folder.mkdir()
    make, message = SPECIAL[kind]
    path = make(folder)
    env = {**os.environ, "PLANCMP_CACHE_DIR": str(tmp_path / "cache")}
    with subprocess.Popen(["sleep", "60"], stdout=subprocess.PIPE) as writer_never_writes:
        stdin = writer_never_writes.stdout  # a pipe no one writes to: reading it would wait
        proc = plancmp("--data-dir", str(folder), *argv, env=env, stdin=stdin)
        named = None
        if argv == ["validate"] and kind != "a folder":  # `validate FOLDER` checks inside
            named = plancmp("validate", str(path), env=env, stdin=stdin)
        writer_never_writes.kill()
    assert proc.returncode == 1, proc.stderr
    assert f"{path}: {message}" in proc.stderr
    assert "internal error" not in proc.stderr
    if named is not None:
        assert (named.returncode, named.stderr.splitlines()[0]) == (1, f"{path}: {message}")


def _limited(megabytes: int):
    """A child process that may use at most this much memory."""

    def limit():
        import resource

        size = megabytes << 20
        resource.setrlimit(resource.RLIMIT_AS, (size, size))

    return limit


@pytest.mark.parametrize("argv", READING, ids=" ".join)
def test_a_sparse_3_gb_file_is_refused_before_it_is_read(argv, tmp_path):
    """Issue 12, defect 3: the 5 MB limit was checked after reading the whole file (16 s
    and 3 GB of memory for a sparse file). The size is checked first: 1 GB of memory and
    a few seconds are plenty."""
    import time

    folder = tmp_path / "mine"
    folder.mkdir()
    big = folder / "plan.yaml"
    with big.open("wb") as fh:
        fh.truncate(3 << 30)
    env = {**os.environ, "PLANCMP_CACHE_DIR": str(tmp_path / "cache")}
    start = time.monotonic()
    proc = plancmp("--data-dir", str(folder), *argv, env=env, preexec_fn=_limited(1024))
    assert time.monotonic() - start < 10
    assert proc.returncode == 1, proc.stderr
    assert (
        f"{big}: file is 3,221,225,472 bytes, more than a plan file can be (5,000,000): check the path"
        in proc.stderr
    )


def test_a_link_to_dev_zero_is_refused_with_little_memory(tmp_path):
    """Issue 12, defect 3: a symlink to /dev/zero ended in `internal error: MemoryError`."""
    zero = tmp_path / "zero.yaml"
    zero.symlink_to("/dev/zero")
    proc = plancmp("validate", str(zero), preexec_fn=_limited(1024))
    assert proc.returncode == 1
    assert proc.stderr.splitlines()[0] == (
        f"{zero}: is not a regular file (a named pipe, device or socket): give a plan file"
    )


# --- 10: which files of a folder are read ----------------------------------------------------


def _demo(pid: str, raw: str = "＞90", extra: str = "") -> str:
    """A small valid plan file (with `raw` as its one target)."""
    return (
        f'id: "{pid}"\ntitle: "示例区规划"\njurisdiction: "杭州市示例区"\nlevel: "区"\n'
        f'parent_city: "杭州"\nkind: "five_year_plan"\nbase_year: 2020\ntarget_year: 2025\n'
        f'records:\n  - metric: "kindergarten_puhui_coverage"\n    name: "普惠"\n'
        f'    unit: "%"\n    target: {{raw: "{raw}"}}\n    source: {{section: "表", kind: "table"}}\n'
        f"{extra}"
    )


def test_yaml_files_are_read_whatever_the_case_of_their_extension(tmp_path):
    """Issue 12, defect 10: plan.YAML and plan.yml in a data folder were skipped without
    a word, and `validate DIR` said "0 file(s) OK"."""
    for name in ("upper.YAML", "short.yml", "mixed.Yml"):
        (tmp_path / name).write_text(_demo(name.split(".")[0]), encoding="utf-8")
    (tmp_path / "notes.yaml.txt").write_text(_demo("notes"), encoding="utf-8")
    (tmp_path / "backup.yaml~").write_text(_demo("backup"), encoding="utf-8")
    (tmp_path / ".hidden.yaml").write_text("not: [read", encoding="utf-8")
    checked = run("validate", str(tmp_path))
    assert (checked.exit_code, checked.stdout) == (0, "3 file(s) OK\n")
    assert checked.stderr == (
        f"note: {tmp_path / 'backup.yaml~'} is not read: a data file's name ends in .yaml\n"
        f"note: {tmp_path / 'notes.yaml.txt'} is not read: a data file's name ends in .yaml\n"
    )
    listed = run("--data-dir", str(tmp_path), "plans", "-f", "json")
    assert listed.exit_code == 0, listed.stderr
    assert {"upper", "short", "mixed"} <= {p["id"] for p in json.loads(listed.stdout)}
    assert "notes.yaml.txt is not read" in listed.stderr


@pytest.mark.parametrize("contents", [[], ["notes.yaml.txt"], ["readme.md", "plan.json"]])
def test_validate_never_reports_success_on_no_files(contents, tmp_path):
    for name in contents:
        (tmp_path / name).write_text(_demo("x"), encoding="utf-8")
    result = run("validate", str(tmp_path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.endswith(
        "plancmp: no data files found: a data file's name ends in .yaml\n"
    )


# --- 15: UTF-16 and UTF-32 -------------------------------------------------------------------

CHINESE_FIRST = "# 临安区教育事业“十四五”发展规划，临安区教育事业“十四五”发展规划，临安区教育事业“十四五”发展规划\n"


@pytest.mark.parametrize("head", ["", CHINESE_FIRST], ids=["ascii-first", "chinese-first"])
@pytest.mark.parametrize(
    ("encoding", "bom", "name"),
    [
        ("utf-16-le", b"", "UTF-16"),
        ("utf-16-be", b"", "UTF-16"),
        ("utf-16-le", b"\xff\xfe", "UTF-16"),
        ("utf-16-be", b"\xfe\xff", "UTF-16"),
        ("utf-32-le", b"\xff\xfe\x00\x00", "UTF-32"),
    ],
)
def test_a_utf16_file_is_named_as_such(encoding, bom, name, head, tmp_path):
    """Issue 12, defect 15: a UTF-16 file was reported as "contains NUL bytes" (and one
    that begins in Chinese still was, without a byte-order mark)."""
    path = tmp_path / "demo.yaml"
    path.write_bytes(bom + (head + _demo("demo")).encode(encoding))
    result = run("validate", str(path))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"{path}: is {name}: save it as UTF-8 (in Excel/WPS: 另存为 UTF-8)"
    )
    listed = run("--data-dir", str(tmp_path), "plans")
    assert listed.exit_code == 1
    assert f"{path}: is {name}: save it as UTF-8" in listed.stderr


def test_binary_data_is_still_not_text(tmp_path):
    path = tmp_path / "demo.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = run("validate", str(path))
    assert result.stderr.splitlines()[0] == f"{path}: not a text file (it contains NUL bytes)"


# --- 8, 9, 12, 13: numbers and standards that must not pass ----------------------------------

EVERY_COMMAND = [
    ["plans"],
    ["show", "linan", "-f", "json"],
    ["compare", "普惠性幼儿园覆盖面", "-f", "json"],
    ["gaps", "linan", "-f", "json"],
    ["matrix"],
    ["metrics"],
    ["report", "linan"],
    ["export", "-f", "json"],
]


def _standard(limit: str, metric: str = "kindergarten_puhui_coverage", raw: str = "达到80%") -> str:
    return (
        f'standards:\n  - metric: "{metric}"\n    limit: {limit}\n    unit: "%"\n'
        f'    raw: "{raw}"\n    document: "某办法"\n    checked_against: "某文件"\n'
    )


def _refused_everywhere(folder: Path, message: str, commands=EVERY_COMMAND) -> None:
    """`validate` and every command (or those given) exit 1 with `message`, nothing on stdout."""
    checked = run("--data-dir", str(folder), "validate")
    assert checked.exit_code == 1, checked.stdout
    assert message in checked.stderr
    for argv in commands:
        result = run("--data-dir", str(folder), *argv)
        assert (result.exit_code, result.stdout) == (1, ""), argv
        assert message in result.stderr, argv
        assert "internal error" not in result.stderr


SOME_COMMANDS = [["show", "linan", "-f", "json"], ["gaps", "linan", "-f", "json"]]
"""For the variants of a case that goes through every command: all load the data alike."""


def _commands(case: str, first: str) -> list[list[str]]:
    return EVERY_COMMAND if case == first else SOME_COMMANDS


@pytest.mark.parametrize(
    ("limit", "shown"),
    [
        ('"NaN"', "'NaN'"),
        ('"nan"', "'nan'"),
        ('"-NaN"', "'-NaN'"),
        ('"sNaN"', "'sNaN'"),
        ('"Infinity"', "'Infinity'"),
        ('"-inf"', "'-inf'"),
        (".inf", "'.inf'"),
        ("1e999", "'1e999'"),
        ('"1e-999"', "'1e-999'"),
        ('"٨٠"', "'٨٠'"),
        ("9" * 5000, "'" + "9" * 40),
    ],
)
def test_a_limit_that_is_no_finite_number(limit, shown, tmp_path):
    """Issue 12, defect 9: `limit: "NaN"` passed validate and crashed gaps; "Infinity"
    was accepted. (And a 5,000-digit limit crashed the reading of the file.)"""
    (tmp_path / "mine.yaml").write_text(
        _standard(limit, metric="kindergarten_puhui_coverage_new"), encoding="utf-8"
    )
    message = f"{tmp_path / 'mine.yaml'}:3: `limit` of standard 1 is {shown}"
    _refused_everywhere(tmp_path, message, _commands(limit, '"NaN"'))


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ('"NaN"', "'NaN'"),
        ('"Infinity"', "'Infinity'"),
        (".nan", "'.nan'"),
        ("9" * 5000, "'" + "9" * 40),
        ('"' + "9" * 5000 + '"', "'" + "9" * 40),
    ],
)
def test_a_stored_value_that_is_no_finite_number(value, shown, tmp_path):
    """Issue 12, defects 9 and 12: `value: "NaN"` passed; a 5,000-digit `value` crashed
    `validate` (Python's limit on turning digits into an int)."""
    plan = _demo("demo").replace(
        'target: {raw: "＞90"}', f'target: {{raw: "＞90", value: {value}}}'
    )
    (tmp_path / "demo.yaml").write_text(plan, encoding="utf-8")
    message = f"{tmp_path / 'demo.yaml'}:13: `value` of the target of record 1 (普惠) is {shown}"
    _refused_everywhere(tmp_path, message, _commands(value, '"NaN"'))


@pytest.mark.parametrize(
    "raw",
    [
        ">" + "9" * 5000,
        "9" * 31,
        "1" + "0" * 40 + "所",
        "0." + "0" * 40 + "1",
        "9" * 5000 + "~" + "9" * 5001,
    ],
)
def test_an_absurd_number_as_printed_is_refused(raw, tmp_path):
    """Issue 12, defect 12: a 5,000-digit number as `raw` crashed show, export and
    compare -f json (Python's int-string limit). No plan prints a number of more than
    30 digits: it is refused with a message, by validate and by every command."""
    (tmp_path / "demo.yaml").write_text(_demo("demo", raw), encoding="utf-8")
    message = f"{tmp_path / 'demo.yaml'}:13: the target of record 1 (普惠): {raw[:30]!r}"[:-1]
    _refused_everywhere(tmp_path, message, _commands(raw, ">" + "9" * 5000))
    checked = run("validate", str(tmp_path / "demo.yaml"))
    assert "holds a number of more than 30 digits, or beyond 10^30" in checked.stderr
    assert len(checked.stderr) < 500


def test_a_number_in_words_can_be_as_absurd(tmp_path):
    raw = "九" * 40  # read digit by digit: a 40-digit number
    (tmp_path / "demo.yaml").write_text(_demo("demo", raw), encoding="utf-8")
    _refused_everywhere(tmp_path, "holds a number of more than 30 digits")


@pytest.mark.parametrize(
    ("raw", "odd"),
    [
        ("90²", "²"),
        ("＞①", "①"),
        ("⑨0%", "⑨"),
        ("9⁰", "⁰"),
        ("₉₀", "₉"),
        ("٩٠", "٩"),
        ("𝟗𝟎", "𝟗"),
        ("½", "½"),
        ("⒐5", "⒐"),
        ("90%以上³", "³"),
    ],
)
def test_look_alike_digits_are_not_digits(raw, odd, tmp_path):
    """Issue 12, defect 13: `raw: "90²"` was read as 902%, as NFKC turns ² into 2.
    Superscripts, circled numbers and other look-alike digits are not digits: the
    value cannot be read, and the message says why."""
    (tmp_path / "demo.yaml").write_text(_demo("demo", raw), encoding="utf-8")
    message = (
        f"{tmp_path / 'demo.yaml'}:13: the target of record 1 (普惠): cannot read {raw!r}: "
        f"{odd!r} looks like a digit but is not one"
    )
    _refused_everywhere(tmp_path, message, _commands(raw, "90²"))


@pytest.mark.parametrize("raw", ["９０", "＞９０", "九十", "90%以上"])
def test_full_width_and_chinese_numbers_are_still_read(raw, tmp_path):
    (tmp_path / "demo.yaml").write_text(_demo("demo", raw), encoding="utf-8")
    result = run("--data-dir", str(tmp_path), "show", "demo", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)[0]["target"]["value"] == 90


@pytest.mark.parametrize("limit", ["60", "80", "95"])
def test_a_users_standard_never_replaces_a_builtin_one(limit, tmp_path):
    """Issue 12, defect 8: a user's standards file replaced a built-in national floor
    without a word; the target was then no longer flagged. A second standard for a
    metric is an error, whatever its limit (the same one, or a weaker or stronger one)."""
    (tmp_path / "mine.yaml").write_text(_standard(limit), encoding="utf-8")
    _refused_everywhere(
        tmp_path,
        f"{tmp_path / 'mine.yaml'}: a standard for 'kindergarten_puhui_coverage' is already "
        f"given in {DATA / 'standards.yaml'}: a standard cannot be replaced, remove one of them",
    )


def test_an_exact_copy_of_the_builtin_standards_is_harmless(tmp_path):
    shutil.copy(DATA / "standards.yaml", tmp_path / "standards.yaml")
    shutil.copy(DATA / "metrics.yaml", tmp_path / "metrics.yaml")
    assert run("--data-dir", str(tmp_path), "validate").exit_code == 0
    mine = run("--data-dir", str(tmp_path), "gaps", "linan", "-f", "json")
    assert (mine.exit_code, mine.stdout) == (0, run("gaps", "linan", "-f", "json").stdout)


def test_a_loop_of_links_in_a_data_folder_is_named(tmp_path):
    """A link that leads back to itself (loop.yaml → loop.yaml) beside a dangling one:
    validate names each with its file, never an internal error."""
    (tmp_path / "loop.yaml").symlink_to("loop.yaml")
    (tmp_path / "gone.yaml").symlink_to("nothing.yaml")
    result = CliRunner().invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{tmp_path}/gone.yaml: no such file: check the path",
        f"{tmp_path}/loop.yaml: cannot read: Too many levels of symbolic links",
        "plancmp: 2 problem(s) in 2 file(s)",
    ]


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["validate", "{path}"], 2),
        (["--data-dir", "{path}", "plans"], 2),
        (["report", "linan", "--notes", "{path}", "-o", "{out}"], 2),
        (["draft", "{path}"], 1),  # a document that cannot be read, as drafting says of any
    ],
)
def test_a_path_whose_name_is_too_long_is_named_with_the_systems_reason(argv, code, tmp_path):
    """pathlib's exists() and is_dir() raise on a name too long (where they answer False for a
    missing file): an internal error once, for the first three."""
    path = tmp_path / ("9" * 300)
    result = run(*[a.format(path=path, out=tmp_path / "r.md") for a in argv])
    assert result.exit_code == code
    assert result.stderr == (
        f"plancmp: {path}: cannot be read (File name too long) — check the path and its permissions\n"
    )
