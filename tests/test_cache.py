"""The on-disk index: used when every file is unchanged, rebuilt when one changes or is
damaged, and answering every query as the in-memory store does."""

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plancmp.analysis.gaps import peer_asks
from plancmp.cli import app
from plancmp.store import InvalidData, cache, load
from plancmp.store.files import default_data_dir, yaml_files
from plancmp.store.index import IndexStore
from plancmp.store.memory import MemoryStore
from plancmp.store.rows import record_row, row_record
from plancmp.store.schema import build_plan, file_kind
from plancmp.store.yamlread import load_yaml

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def copy_data(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(default_data_dir(), folder)
    return folder


def indexes():
    return sorted(cache.cache_root().glob("index-*.sqlite"))


def test_both_stores_give_the_same_answers(tmp_path):
    folder = copy_data(tmp_path)
    mine = tmp_path / "mine"  # a user's folder: a plan carrying actuals, a group of its own
    mine.mkdir()
    shutil.copy(EXAMPLES / "myopia2018.yaml", mine)
    (mine / "groups.yaml").write_text(
        'groups:\n  - {id: "reviewed", name: "已评估", members: ["myopia2018", "linan"], note: "x"}\n',
        encoding="utf-8",
    )
    fresh = load(mine, builtin_dir=folder, use_cache=False)
    assert isinstance(fresh.store, MemoryStore)
    assert not indexes()
    again = load(mine, builtin_dir=folder, use_cache=True)
    assert isinstance(again.store, IndexStore)
    assert [p for p in again.store.headers()] == fresh.store.headers()
    assert again.headers["linan"].parents == ("杭州市", "浙江省")
    assert again.store.groups() == fresh.store.groups()
    assert [g.id for g in again.store.groups()] == ["hangzhou_districts", "reviewed"]
    assert again.groups == fresh.groups
    assert again.records_of("myopia2018")[0].actuals == fresh.records_of("myopia2018")[0].actuals
    assert [a.year for a in again.records_of("myopia2018")[0].actuals] == [2019, 2020]
    assert [m for m in again.catalog] == [m for m in fresh.catalog]
    assert again.catalog.standards == fresh.catalog.standards
    for pid in fresh.headers:
        assert again.records_of(pid) == fresh.records_of(pid)
        assert again.metrics_of(pid) == fresh.metrics_of(pid)
        assert again.counts(pid) == fresh.counts(pid)
    for metric in ("myopia_rate", "kindergarten_puhui_coverage", "no_such_metric"):
        assert again.records_for(metric) == fresh.records_for(metric)
    among = ["linan", "yuecheng", "linhai"]
    assert again.setters(among, 2) == fresh.setters(among, 2)
    assert again.setters() == fresh.setters()
    counted = fresh.setters()
    assert all(s.at_level <= s.total for s in counted.values())
    assert any(s.at_level < s.total for s in counted.values())  # some set only as amounts
    for pid in fresh.headers:  # where each plan's rates stand among all others'
        asks = list(peer_asks(fresh.with_records(pid), fresh.catalog).values())
        assert again.standings(asks, leave_out=pid) == fresh.standings(asks, leave_out=pid)
        assert again.standings(asks, among) == fresh.standings(asks, among)
    assert list(again.cells()) == list(fresh.cells())
    assert again.store._fallback is None  # the index answered every query itself, unhealed


def _built_plans(folder):
    """Each plan as the schema builds it from its file."""
    plans = []
    for path in yaml_files(folder)[0]:
        data = load_yaml(path)
        if file_kind(data) == "plan":
            plan, problems = build_plan(data, str(path), path.stem)
            assert plan is not None and not problems
            plans.append(plan)
    return plans


def test_records_survive_their_rows_unchanged():
    plans = _built_plans(default_data_dir())
    assert sum(len(p.records) for p in plans) > 300
    for plan in plans:
        assert tuple(row_record(record_row(r)) for r in plan.records) == plan.records


def test_a_changed_file_gives_a_new_index(tmp_path):
    folder = copy_data(tmp_path)
    load(builtin_dir=folder, use_cache=True)
    linan = folder / "linan.yaml"
    linan.write_text(
        linan.read_text(encoding="utf-8")
        .replace('raw: "＞90"', 'raw: "＞91"', 1)
        .replace("value: 90\n", "value: 91\n", 1),
        encoding="utf-8",
    )
    changed = load(builtin_dir=folder, use_cache=True)
    assert len(indexes()) == 2
    raws = [r.target.raw for r in changed.records_of("linan") if r.metric == "kindergarten_puhui_coverage"]  # fmt: skip
    assert raws[0] == "＞91"


def test_an_invalid_file_is_never_cached(tmp_path):
    folder = copy_data(tmp_path)
    (folder / "linan.yaml").write_text('id: "linan"\n', encoding="utf-8")
    for _ in range(2):
        with pytest.raises(InvalidData, match="has no `title`"):
            load(builtin_dir=folder, use_cache=True)
    assert not indexes()
    assert not list(cache.cache_root().glob(".tmp-*"))


def test_the_index_is_sqlite_holding_data_only(tmp_path):
    folder = copy_data(tmp_path)
    load(builtin_dir=folder, use_cache=True)
    (path,) = indexes()
    con = sqlite3.connect(path)
    plans = {pid for (pid,) in con.execute("SELECT id FROM plans")}
    assert plans >= {"linan", "yuecheng"}
    con.close()


def test_no_cache_option_writes_nothing():
    result = runner.invoke(app, ["--no-cache", "plans", "-f", "csv"])
    assert result.exit_code == 0
    assert not cache.cache_root().exists() or not any(cache.cache_root().iterdir())


def test_cli_output_is_the_same_from_the_index():
    for command in (["gaps", "linan", "-f", "json"], ["matrix", "-f", "csv"]):
        parsed = runner.invoke(app, ["--no-cache", *command]).stdout
        first = runner.invoke(app, command).stdout  # writes the index
        second = runner.invoke(app, command).stdout  # reads it
        assert parsed == first == second
    assert indexes()


def test_many_first_runs_at_once_all_give_the_right_answer(tmp_path):
    """Several commands starting together on an empty cache each write the index."""
    env = {**os.environ, "PLANCMP_CACHE_DIR": str(tmp_path / "cache")}
    argv = [sys.executable, "-m", "plancmp", "gaps", "linan", "-f", "json"]
    fresh = [sys.executable, "-m", "plancmp", "--no-cache", "gaps", "linan", "-f", "json"]
    expected = subprocess.run(fresh, capture_output=True, env=env, check=True).stdout
    procs = [subprocess.Popen(argv, stdout=subprocess.PIPE, env=env) for _ in range(8)]
    outputs = [p.communicate()[0] for p in procs]
    assert [p.returncode for p in procs] == [0] * 8
    assert all(out == expected for out in outputs)
    assert not list((tmp_path / "cache").glob(".tmp-*"))


def test_an_edit_that_keeps_size_and_times_is_noticed(tmp_path):
    folder = copy_data(tmp_path)
    linan = folder / "linan.yaml"
    os.utime(linan, (1_700_000_000, 1_700_000_000))
    load(builtin_dir=folder, use_cache=True)
    text = (
        linan.read_text(encoding="utf-8")
        .replace('raw: "＞90"', 'raw: "＞93"', 1)
        .replace("value: 90\n", "value: 93\n", 1)
    )
    linan.write_text(text, encoding="utf-8")
    os.utime(linan, (1_700_000_000, 1_700_000_000))  # as `cp -p` or `touch -r` would leave it
    again = load(builtin_dir=folder, use_cache=True)
    raws = [r.target.raw for r in again.records_of("linan") if r.metric == "kindergarten_puhui_coverage"]  # fmt: skip
    assert raws[0] == "＞93"


def test_the_manifest_is_kept_per_folder_and_pruned(tmp_path):
    folder = copy_data(tmp_path)
    extra = tmp_path / "mine"
    extra.mkdir()
    shutil.copy(folder / "linan.yaml", extra / "linan.yaml")
    load(extra, builtin_dir=folder, use_cache=True)
    assert len(list(cache.cache_root().glob("manifest-*.json"))) == 2
    (extra / "linan.yaml").unlink()
    (extra / "linan2.yaml").write_text("x", encoding="utf-8")
    with pytest.raises(InvalidData):
        load(extra, builtin_dir=folder, use_cache=True)
    manifests = [p.read_text(encoding="utf-8") for p in cache.cache_root().glob("manifest-*.json")]
    assert not any("mine/linan.yaml" in m for m in manifests)


def test_the_cache_keeps_under_its_cap(tmp_path, monkeypatch):
    folder = copy_data(tmp_path)
    linan = folder / "linan.yaml"
    text = linan.read_text(encoding="utf-8")
    for n in range(cache.KEEP + 3):
        linan.write_text(text + f"# edit {n}\n", encoding="utf-8")
        load(builtin_dir=folder, use_cache=True)
    assert len(indexes()) == cache.KEEP
    monkeypatch.setenv("PLANCMP_CACHE_MAX_MB", "0")
    linan.write_text(text + "# one more\n", encoding="utf-8")
    newest = load(builtin_dir=folder, use_cache=True)
    assert len(indexes()) == 1  # only the index just written is left
    assert len(newest.records_of("linan")) == text.count("\n  - metric:")


def test_a_folder_emptied_by_another_command_while_measured_counts_what_is_left(
    tmp_path, monkeypatch
):
    """Eight first runs at once: one command's eviction walked another's working folder while it
    was removed, and a file gone between the listing and its size stopped the command with an
    internal error. A file that is gone counts nothing."""
    work = tmp_path / "cache" / ".tmp-work"
    work.mkdir(parents=True)
    (work / "a").write_bytes(b"12345")
    (work / "b").write_bytes(b"678")
    stat = Path.stat
    asked: list[str] = []

    def gone(self, *args, **kwargs):  # `b` is there when listed, gone when its size is asked
        asked.append(self.name)
        if self.name == "b" and asked.count("b") > 1:
            raise FileNotFoundError(2, "No such file or directory", str(self))
        return stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", gone)
    assert [e.size for e in cache.entries(tmp_path / "cache")] == [5]


def test_the_cache_command_shows_and_clears(tmp_path):
    runner.invoke(app, ["plans", "-f", "csv"])
    shown = runner.invoke(app, ["cache"])
    assert shown.exit_code == 0
    assert shown.stdout.startswith(f"{cache.cache_root()}: 1 index(es), ")
    (cache.cache_root() / "notes.txt").write_text("not plancmp's", encoding="utf-8")
    from plancmp.draft.patterns import kept_between_runs

    with kept_between_runs():  # `draft`'s compiled patterns are plancmp's too
        re.compile(r"\d+所")
    assert any(p.name.startswith("patterns-") for p in cache.cache_root().iterdir())
    cleared = runner.invoke(app, ["cache", "--clear"])
    assert cleared.exit_code == 0
    assert sorted(p.name for p in cache.cache_root().iterdir()) == ["notes.txt"]


def test_the_index_names_every_field_of_a_group():
    from plancmp.peers import Group
    from plancmp.store.rows import GROUP_COLUMNS

    assert Group._fields == GROUP_COLUMNS


def _digested_by_the_parse(monkeypatch):
    """Every file new to the manifests digested by the processes parsing it (workers), none
    read for it beforehand."""
    from plancmp.store import parse

    monkeypatch.setattr(cache, "DIGEST_WHILE_PARSING_FROM", 1)
    monkeypatch.setattr(parse, "PARALLEL_FROM", 1)

    def not_here(path):
        raise AssertionError(f"{path} digested before the parse")

    monkeypatch.setattr(cache, "_file_digest", not_here)


def _manifests(root):
    return {p.name: p.read_text(encoding="utf-8") for p in root.glob("manifest-*.json")}


def test_digests_taken_while_parsing_give_the_key_and_manifests_read_first(tmp_path, monkeypatch):
    folder = copy_data(tmp_path)
    mine = tmp_path / "mine"
    mine.mkdir()
    shutil.copy(EXAMPLES / "myopia2018.yaml", mine)
    with monkeypatch.context() as m:
        _digested_by_the_parse(m)
        first = load(mine, builtin_dir=folder, use_cache=True)
    assert isinstance(first.store, IndexStore)
    built, manifests = indexes(), _manifests(cache.cache_root())
    assert len(built) == 1 and len(manifests) == 2
    other = tmp_path / "other-cache"
    monkeypatch.setenv("PLANCMP_CACHE_DIR", str(other))
    key = cache.key([yaml_files(folder)[0], yaml_files(mine)[0]])  # every file read first
    assert built[0].name == cache.index_path(key).name
    assert _manifests(other) == manifests
    monkeypatch.setenv("PLANCMP_CACHE_DIR", str(built[0].parent))

    def no_parse(*args):
        raise AssertionError("the index written while digesting was not reused")

    with monkeypatch.context() as m:
        m.setattr("plancmp.store.assemble.assemble", no_parse)
        again = load(mine, builtin_dir=folder, use_cache=True)
    assert again.records_of("myopia2018") == first.records_of("myopia2018")
    assert indexes() == built


def test_a_folder_seen_before_is_digested_first_and_its_index_found(tmp_path, monkeypatch):
    """Every file's times changed (a fresh checkout), none of their bytes: the folder's
    files are digested before any parse, and the index written at the first load serves."""
    folder = copy_data(tmp_path)
    with monkeypatch.context() as m:
        _digested_by_the_parse(m)
        load(builtin_dir=folder, use_cache=True)
    built = indexes()
    later = time.time() + 60
    for p in folder.iterdir():
        os.utime(p, (later, later))
    monkeypatch.setattr(cache, "DIGEST_WHILE_PARSING_FROM", 1)

    def no_parse(*args):
        raise AssertionError("a folder seen before was parsed again")

    monkeypatch.setattr("plancmp.store.assemble.assemble", no_parse)
    again = load(builtin_dir=folder, use_cache=True)
    assert isinstance(again.store, IndexStore)
    assert indexes() == built


def test_a_changed_file_after_a_first_load_digested_while_parsing_gives_a_new_index(
    tmp_path, monkeypatch
):
    folder = copy_data(tmp_path)
    with monkeypatch.context() as m:
        _digested_by_the_parse(m)
        load(builtin_dir=folder, use_cache=True)
    linan = folder / "linan.yaml"
    text = linan.read_text(encoding="utf-8").replace('raw: "＞90"', 'raw: "＞91"', 1)
    linan.write_text(text.replace("value: 90\n", "value: 91\n", 1), encoding="utf-8")
    changed = load(builtin_dir=folder, use_cache=True)
    assert len(indexes()) == 2
    raws = [r.target.raw for r in changed.records_of("linan") if r.metric == "kindergarten_puhui_coverage"]  # fmt: skip
    assert raws[0] == "＞91"


def test_an_invalid_file_digested_while_parsing_is_reported_as_without_the_cache(
    tmp_path, monkeypatch
):
    folder = copy_data(tmp_path)
    (folder / "linan.yaml").write_text('id: "linan"\n', encoding="utf-8")
    (folder / "yuecheng.yaml").write_bytes("id: 越城".encode("gbk"))
    with pytest.raises(InvalidData) as plain:
        load(builtin_dir=folder)
    _digested_by_the_parse(monkeypatch)
    with pytest.raises(InvalidData) as digesting:
        load(builtin_dir=folder, use_cache=True)
    assert [str(p) for p in digesting.value.problems] == [str(p) for p in plain.value.problems]
    assert any("not UTF-8" in str(p) for p in plain.value.problems)
    assert not indexes()
    assert not list(cache.cache_root().glob(".tmp-*"))
