"""The on-disk index: used when every file is unchanged, rebuilt when one changes."""

import json
import shutil

from typer.testing import CliRunner

from plancmp import cache, dataset
from plancmp.cli import app
from plancmp.loader import default_data_dir

runner = CliRunner()


def copy_data(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(default_data_dir(), folder)
    return folder


def test_the_index_gives_the_same_records_as_a_fresh_parse(tmp_path):
    folder = copy_data(tmp_path)
    fresh = dataset.load(builtin_dir=folder, use_cache=False)
    assert fresh.index is None
    assert not any(cache.cache_root().iterdir())
    again = dataset.load(builtin_dir=folder, use_cache=True)
    assert again.index is not None
    for pid in fresh.plans:
        assert again.records_of(pid) == fresh.records_of(pid)
        assert again.metrics_of(pid) == fresh.metrics_of(pid)
        assert again.counts(pid) == fresh.counts(pid)
    assert [m.id for m in again.catalog] == [m.id for m in fresh.catalog]

    def entries(d):
        return [(p.id, r) for p, r in d.entries_for("myopia_rate")]

    assert entries(again) == entries(fresh)
    built = [r for p in _built_plans(folder) for r in p.records]
    assert sorted(again.targets(), key=str) == sorted(
        ((r.plan, r.metric, r.segment, r.target.raw, r.printed_unit) for r in built), key=str
    )


def _built_plans(folder):
    """Each plan as the schema builds it from its file, before any encoding."""
    from plancmp import loader, schema

    plans = []
    for path in loader.yaml_files(folder):
        data = loader.load_yaml(path)
        if not (schema.is_catalog(data) or schema.is_unit_file(data)):
            plan, problems = schema.build_plan(data, str(path), None, path.stem)
            assert plan is not None and not problems
            plans.append(plan)
    return plans


def test_records_survive_encoding_unchanged():
    plans = _built_plans(default_data_dir())
    assert sum(len(p.records) for p in plans) > 300
    for plan in plans:
        assert cache.encode(plan).records() == plan.records


def test_a_changed_file_gives_a_new_index(tmp_path):
    folder = copy_data(tmp_path)
    first = dataset.load(builtin_dir=folder, use_cache=True)
    linan = folder / "linan.yaml"
    linan.write_text(
        linan.read_text(encoding="utf-8")
        .replace('raw: "＞90"', 'raw: "＞91"', 1)
        .replace("value: 90\n", "value: 91\n", 1),
        encoding="utf-8",
    )
    changed = dataset.load(builtin_dir=folder, use_cache=True)
    assert changed.index.folder != first.index.folder
    assert len(list(cache.cache_root().glob("*/meta.json"))) == 2
    raws = [
        r.target.raw
        for r in changed.records_of("linan")
        if r.metric == "kindergarten_puhui_coverage"
    ]
    assert raws[0] == "＞91"


def test_an_invalid_file_is_never_cached(tmp_path):
    folder = copy_data(tmp_path)
    (folder / "linan.yaml").write_text('id: "linan"\n', encoding="utf-8")
    for _ in range(2):
        try:
            dataset.load(builtin_dir=folder, use_cache=True)
        except dataset.InvalidData as exc:
            assert "has no `title`" in str(exc)
    assert not any(cache.cache_root().glob("*/meta.json"))


def test_a_broken_index_is_rebuilt(tmp_path):
    folder = copy_data(tmp_path)
    dataset.load(builtin_dir=folder, use_cache=True)
    (meta,) = cache.cache_root().glob("*/meta.json")
    meta.write_text("{not json", encoding="utf-8")
    assert cache.Index.open(meta.parent.name) is None
    again = dataset.load(builtin_dir=folder, use_cache=True)
    assert len(again.records_of("linan")) == len(
        dataset.load(builtin_dir=folder).records_of("linan")
    )


def test_index_is_json_not_pickle(tmp_path):
    folder = copy_data(tmp_path)
    dataset.load(builtin_dir=folder, use_cache=True)
    (meta,) = cache.cache_root().glob("*/meta.json")
    assert {p["id"] for p in json.loads(meta.read_text(encoding="utf-8"))["plans"]} >= {
        "linan",
        "yuecheng",
    }


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
    assert any(cache.cache_root().glob("*/meta.json"))


def test_many_first_runs_at_once_all_give_the_right_answer(tmp_path):
    """Several commands starting together on an empty cache each write the index."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PLANCMP_CACHE_DIR": str(tmp_path / "cache")}
    argv = [sys.executable, "-m", "plancmp", "gaps", "linan", "-f", "json"]
    fresh = [sys.executable, "-m", "plancmp", "--no-cache", "gaps", "linan", "-f", "json"]
    expected = subprocess.run(fresh, capture_output=True, env=env, check=True).stdout
    procs = [subprocess.Popen(argv, stdout=subprocess.PIPE, env=env) for _ in range(8)]
    outputs = [p.communicate()[0] for p in procs]
    assert [p.returncode for p in procs] == [0] * 8
    assert all(out == expected for out in outputs)


def test_an_edit_that_keeps_size_and_times_is_noticed(tmp_path):
    import os

    folder = copy_data(tmp_path)
    linan = folder / "linan.yaml"
    os.utime(linan, (1_700_000_000, 1_700_000_000))
    dataset.load(builtin_dir=folder, use_cache=True)
    text = (
        linan.read_text(encoding="utf-8")
        .replace('raw: "＞90"', 'raw: "＞93"', 1)
        .replace("value: 90\n", "value: 93\n", 1)
    )
    linan.write_text(text, encoding="utf-8")
    os.utime(linan, (1_700_000_000, 1_700_000_000))  # as `cp -p` or `touch -r` would leave it
    again = dataset.load(builtin_dir=folder, use_cache=True)
    raws = [
        r.target.raw for r in again.records_of("linan") if r.metric == "kindergarten_puhui_coverage"
    ]
    assert raws[0] == "＞93"
