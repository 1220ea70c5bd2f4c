"""Fault injection: a damaged cache is never worse than no cache.

Each test damages a cache that a first run wrote — truncated, zeroed, wrong types in
its tables, a table dropped, a folder or a device where a file should be, manifests
that are not what plancmp wrote, files that cannot be read — and then asks every
command once. The first run after the damage must answer exactly as `--no-cache`
does (stdout and stderr, byte for byte) and exit 0; the cache is healed for the next.

(Issue 12, defect 4: a damaged cache broke every command until it was deleted by hand.)
"""

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plancmp.cli import app

runner = CliRunner()
COMMANDS = {
    "plans": ["plans", "-f", "csv"],
    "show": ["show", "linan", "-f", "json"],
    "compare": ["compare", "普惠性幼儿园覆盖面", "-f", "json"],
    "gaps": ["gaps", "linan", "-f", "json"],
    "matrix": ["matrix", "-f", "csv"],
    "metrics": ["metrics", "-f", "csv"],
    "report": ["report", "linan"],
    "export": ["export", "-f", "json"],
}


def _indexes(root: Path) -> list[Path]:
    """What holds the data in the cache: every file but the manifests."""
    return sorted(p for p in root.rglob("*") if p.is_file() and "manifest" not in p.name)


def _manifests(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and "manifest" in p.name)


def _sql(root: Path, *statements: str) -> None:
    """Change the index through SQLite itself, as another program could."""
    done = 0
    for path in _indexes(root):
        if path.suffix != ".sqlite":
            continue
        con = sqlite3.connect(path)
        for s in statements:
            con.execute(s)
        con.commit()
        con.close()
        done += 1
    assert done, "no SQLite index to damage"


def _truncate(fraction):
    def damage(root):
        for p in _indexes(root):
            os.truncate(p, int(p.stat().st_size * fraction))

    return damage


def _zero(root):
    for p in _indexes(root):
        p.write_bytes(b"\0" * p.stat().st_size)


def _garbage_page(root):
    for p in _indexes(root):
        with p.open("r+b") as fh:
            fh.seek(p.stat().st_size // 2)
            fh.write(bytes(range(256)) * 16)


def _overwrite(text):
    def damage(root):
        for p in _indexes(root):
            p.write_bytes(text)

    return damage


def _folder_in_place(root):
    for p in _indexes(root):
        p.unlink()
        p.mkdir()
        (p / "inside.txt").write_text("x", encoding="utf-8")


def _special_in_place(kind):
    def damage(root):
        for p in _indexes(root):
            p.unlink()
            if kind == "fifo":
                os.mkfifo(p)
            else:
                p.symlink_to(kind)

    return damage


def _manifest(text):
    def damage(root):
        found = _manifests(root)
        assert found
        for p in found:
            p.write_bytes(text)

    return damage


def _manifest_wrong_digests(root):
    """Stamps that match the files, digests that do not: the key must not be trusted to
    find an index for other contents (here it names none, and one is built)."""
    import json

    for p in _manifests(root):
        data = json.loads(p.read_bytes())
        p.write_text(json.dumps({k: [*v[:4], "0" * 32] for k, v in data.items()}), encoding="utf-8")


def _manifest_replaced(kind):
    def damage(root):
        for p in _manifests(root):
            p.unlink()
            if kind == "folder":
                p.mkdir()
            elif kind == "fifo":
                os.mkfifo(p)
            else:
                p.symlink_to(kind)

    return damage


def _remove_tree(root):
    shutil.rmtree(root)


def _cache_is_a_file(root):
    shutil.rmtree(root)
    root.write_text("not a folder", encoding="utf-8")


DAMAGES = {
    "index truncated to half": _truncate(0.5),
    "index emptied": _truncate(0),
    "index zeroed": _zero,
    "index with a page of garbage": _garbage_page,
    "index replaced by []": _overwrite(b"[]"),
    "text where numbers are": lambda root: _sql(root, "UPDATE records SET pos = 'abc'"),
    "numbers where text is": lambda root: _sql(
        root, "UPDATE records SET metric = 7, shown = 8", "UPDATE plans SET title = 9"
    ),
    "bytes and text where years and counts are": lambda root: _sql(
        root,
        "UPDATE records SET row = X'00ff'",
        "UPDATE plans SET target_year = 'x', n_records = 'many'",
    ),
    "broken lists, infinite limits": lambda root: _sql(
        root,
        "UPDATE metrics SET aliases = '[1, 2'",
        "UPDATE plans SET names = '{\"a\": 1}'",
        "UPDATE standards SET \"limit\" = 'Infinity'",
    ),
    "one plan's records deleted": lambda root: _sql(
        root, "DELETE FROM records WHERE plan = 'linan'"
    ),
    "a table dropped": lambda root: _sql(root, "DROP TABLE records"),
    "a column dropped": lambda root: _sql(root, "ALTER TABLE records DROP COLUMN shown"),
    "meta of wrong types": lambda root: _sql(root, "UPDATE meta SET key = 1, format = 'x'"),
    "a folder where the index was": _folder_in_place,
    "a pipe where the index was": _special_in_place("fifo"),
    "a link to /dev/zero where the index was": _special_in_place("/dev/zero"),
    "manifest []": _manifest(b"[]"),
    "manifest {}": _manifest(b"{}"),
    "manifest garbage": _manifest(b"\x00\xff garbage {"),
    "manifest of wrong types": _manifest(
        b'{"a": 1, "b": [1, 2, 3, 4, 5], "c": {"d": []}, "e": [null, null, null, null, null]}'
    ),
    "manifest with wrong digests": _manifest_wrong_digests,
    "manifest a folder": _manifest_replaced("folder"),
    "manifest a pipe": _manifest_replaced("fifo"),
    "manifest a link to /dev/zero": _manifest_replaced("/dev/zero"),
    "index and manifest removed": _remove_tree,
    "cache folder is a file": _cache_is_a_file,
}
HEALED = [
    "index truncated to half",
    "numbers where text is",
    "a folder where the index was",
    "a pipe where the index was",
    "manifest garbage",
    "manifest a folder",
]
"""Damages of each kind, for the test that the next run reads a whole index."""


@pytest.fixture(scope="module")
def expected():
    """Each command's answer from the data files, with no cache at all."""
    out = {}
    for name, argv in COMMANDS.items():
        result = runner.invoke(app, ["--no-cache", *argv])
        assert result.exit_code == 0, result.stderr
        out[name] = (result.stdout, result.stderr)
    return out


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """A cache as a first run leaves it (copied, times kept, for each test to damage)."""
    root = tmp_path_factory.mktemp("written") / "cache"
    env = {"PLANCMP_CACHE_DIR": str(root)}
    for argv in COMMANDS.values():
        assert runner.invoke(app, argv, env=env).exit_code == 0
    assert _indexes(root) and _manifests(root)
    return root


@pytest.mark.parametrize("damage", sorted(DAMAGES))
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_answers_right_the_first_time_after_damage(
    damage, command, expected, written, tmp_path, no_hang
):
    root = tmp_path / "cache"
    shutil.copytree(written, root, symlinks=True)
    DAMAGES[damage](root)
    result = runner.invoke(app, COMMANDS[command], env={"PLANCMP_CACHE_DIR": str(root)})
    assert (result.exit_code, result.stdout, result.stderr) == (0, *expected[command])


@pytest.mark.parametrize("damage", HEALED)
def test_the_cache_is_healed_for_the_next_run(damage, expected, written, tmp_path, no_hang):
    """After the first run, the index is whole again: read, not rebuilt, and right."""
    root = tmp_path / "cache"
    shutil.copytree(written, root, symlinks=True)
    DAMAGES[damage](root)
    env = {"PLANCMP_CACHE_DIR": str(root)}
    assert runner.invoke(app, COMMANDS["gaps"], env=env).exit_code == 0
    healed = {p: p.stat().st_ino for p in root.glob("index-*.sqlite")}
    assert healed
    for name in ("gaps", "export"):
        result = runner.invoke(app, COMMANDS[name], env=env)
        assert (result.exit_code, result.stdout, result.stderr) == (0, *expected[name])
    assert {p: p.stat().st_ino for p in root.glob("index-*.sqlite")} == healed


def test_the_damaged_index_is_replaced_by_a_whole_one(expected, written, tmp_path):
    root = tmp_path / "cache"
    shutil.copytree(written, root)
    _sql(root, "UPDATE records SET metric = 7")
    env = {"PLANCMP_CACHE_DIR": str(root)}
    assert runner.invoke(app, COMMANDS["show"], env=env).stdout == expected["show"][0]
    (index,) = _indexes(root)
    con = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    assert con.execute(
        "SELECT COUNT(*) FROM records WHERE typeof(metric) != 'text'"
    ).fetchone() == (0,)
    con.close()


WITHOUT_OVERRIDE = [
    "setpriv",
    "--inh-caps=-dac_override,-dac_read_search",
    "--bounding-set=-dac_override,-dac_read_search",
    "--",
]
"""Root without the power to ignore file permissions: they bite, as for any user."""


def _bites() -> bool:
    if os.geteuid() != 0:
        return True
    return shutil.which("setpriv") is not None


@pytest.mark.skipif(not _bites(), reason="root, and no setpriv to make permissions bite")
@pytest.mark.parametrize("mode", [0o000, 0o500, 0o300])
def test_a_cache_that_cannot_be_read_or_written(mode, expected, written, tmp_path):
    """The cache's files locked (mode 0), the folder locked (0), read-only (5) or
    write-only (3); as root the command runs without the power to ignore permissions."""
    root = tmp_path / "cache"
    shutil.copytree(written, root)
    for p in root.iterdir():
        p.chmod(0o000)
    root.chmod(mode)
    env = {**os.environ, "PLANCMP_CACHE_DIR": str(root)}
    prefix = WITHOUT_OVERRIDE if os.geteuid() == 0 else []
    try:
        for name in ("show", "gaps", "export"):
            proc = subprocess.run(
                [*prefix, sys.executable, "-m", "plancmp", *COMMANDS[name]],
                capture_output=True,
                env=env,
                timeout=60,
                check=False,
            )
            got = (proc.returncode, proc.stdout.decode(), proc.stderr.decode())
            assert got == (0, *expected[name])
    finally:
        root.chmod(0o700)


# --- interrupted writes ----------------------------------------------------------------------

MAKE_CORPUS = Path(__file__).resolve().parents[1] / "benchmarks" / "make_corpus.py"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """600 county plans, enough to be parsed in worker processes, which write shard files
    (the tests stop the job once they do). Two come from the benchmark's generator; the
    rest are copies under other ids."""
    folder = tmp_path_factory.mktemp("corpus")
    subprocess.run([sys.executable, str(MAKE_CORPUS), "2", str(folder)], check=True)
    text = (folder / "c00001.yaml").read_text(encoding="utf-8")
    for i in range(2, 600):
        pid = f"c{i:05d}"
        (folder / f"{pid}.yaml").write_text(text.replace("c00001", pid), encoding="utf-8")
    return folder


def _start(corpus, cache_dir):
    """plancmp writing the corpus' index, in a session of its own (as a terminal's job).
    Its SIGINT is the default one even when these tests run as a background job (`pytest &`
    in a script), which starts with SIGINT ignored and would pass that on, as nohup does."""
    import signal

    env = {**os.environ, "PLANCMP_CACHE_DIR": str(cache_dir)}
    argv = [sys.executable, "-m", "plancmp", "--data-dir", str(corpus), "plans", "-f", "csv"]
    return subprocess.Popen(
        argv,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _writing(proc, cache_dir):
    """Wait until the index is being written, its workers parsing into their shard files,
    then stop the whole job there (SIGSTOP): a signal sent while it is stopped is taken when
    it goes on, so no loaded machine can let it finish first."""
    import signal
    import time

    for _ in range(3000):
        if any(cache_dir.glob(".tmp-*-index-*-shards/shard-*.sqlite")):
            os.killpg(proc.pid, signal.SIGSTOP)
            return
        assert proc.poll() is None, "finished before it could be interrupted"
        time.sleep(0.01)
    raise AssertionError("no index was being written after 30 s")


@pytest.mark.parametrize("to", ["the process", "its process group (Ctrl-C in a terminal)"])
def test_ctrl_c_while_the_index_is_written_leaves_nothing_behind(to, corpus, tmp_path):
    """Issue 12, defect 5: an interrupted index write left tens of MB behind, forever."""
    import signal

    cache_dir = tmp_path / "cache"
    proc = _start(corpus, cache_dir)
    _writing(proc, cache_dir)
    if to == "the process":
        proc.send_signal(signal.SIGINT)
    else:
        os.killpg(proc.pid, signal.SIGINT)
    os.killpg(proc.pid, signal.SIGCONT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err.decode()
    left = sorted(p.name for p in cache_dir.iterdir() if not p.name.startswith("manifest-"))
    assert left == []
    alive = subprocess.run(["pgrep", "-s", str(proc.pid)], capture_output=True, check=False)
    assert alive.stdout == b""  # no worker process outlives it


def test_what_a_killed_writer_left_is_removed_once_stale(corpus, tmp_path):
    """A process killed outright (SIGKILL) cannot clean up: its temporary files (the index
    and the folder of its workers' shards) are removed by a later run once they are an hour
    old, never while they may still be being written."""
    import signal
    import time

    cache_dir = tmp_path / "cache"
    proc = _start(corpus, cache_dir)
    _writing(proc, cache_dir)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    left = sorted(cache_dir.glob(".tmp-*-index-*"))
    assert [p.name.endswith("-shards") for p in left] == [False, True]
    fresh = cache_dir / ".tmp-99999-index-0123456789abcdef0123456789abcdef.sqlite"
    fresh.write_bytes(b"a writer at work")
    hours_ago = time.time() - 2 * 3600
    for p in left:
        os.utime(p, (hours_ago, hours_ago))
    env = {"PLANCMP_CACHE_DIR": str(cache_dir)}
    assert runner.invoke(app, ["plans", "-f", "csv"], env=env).exit_code == 0
    assert sorted(p.name for p in cache_dir.glob(".*")) == [fresh.name]


# --- the Python API: the cache changes nothing -----------------------------------------------


@pytest.mark.parametrize("first", ["without the cache", "with the cache"])
def test_the_api_returns_the_same_plans_with_or_without_the_cache(first, tmp_path, monkeypatch):
    """Issue 12, defect 6: with the cache on (the default), `plancmp.load().plans['linan']`
    had no records; with use_cache=False it had 136. Both ways round, cold and warm."""
    import plancmp

    monkeypatch.setenv("PLANCMP_CACHE_DIR", str(tmp_path / "cache"))
    order = [False, True, True] if first == "without the cache" else [True, True, False]
    loaded = [plancmp.load(use_cache=use) for use in order]
    fresh = loaded[order.index(False)]
    assert len(fresh.plans["linan"].records) > 100
    for data in loaded:
        assert list(data.plans) == list(fresh.plans)
        for pid in fresh.plans:
            assert data.plans[pid] == fresh.plans[pid]
            assert data.plans[pid].records == fresh.plans[pid].records
        assert list(data.catalog) == list(fresh.catalog)
        assert plancmp.to_records(data) == plancmp.to_records(fresh)


def test_the_api_with_a_users_folder_is_the_same_with_or_without_the_cache(tmp_path, monkeypatch):
    import plancmp

    monkeypatch.setenv("PLANCMP_CACHE_DIR", str(tmp_path / "cache"))
    mine = tmp_path / "mine"
    mine.mkdir()
    source = Path(__file__).resolve().parents[1] / "data" / "linan.yaml"
    text = source.read_text(encoding="utf-8").replace('id: "linan"', 'id: "linan_copy"', 1)
    (mine / "linan_copy.yaml").write_text(text, encoding="utf-8")
    cached, fresh = plancmp.load(mine), plancmp.load(mine, use_cache=False)
    assert cached.plans["linan_copy"].records == fresh.plans["linan_copy"].records != ()
