"""The wheel carries the data, also when it is built from the sdist, and finds it from any folder."""

import json
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # sdist first, then the wheel from the sdist: the path `pip install` of an sdist takes
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--sdist", "--outdir", str(out), str(ROOT)],
                   check=True, capture_output=True)  # fmt: skip
    (sdist,) = out.glob("*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = tar.getnames()
        assert any(n.endswith("/data/linan.yaml") for n in names)
        _extract(tar, out / "src")
    (unpacked,) = (out / "src").iterdir()
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--wheel", "--outdir", str(out), str(unpacked)],
                   check=True, capture_output=True)  # fmt: skip
    (whl,) = out.glob("*.whl")
    return whl


def _extract(tar: tarfile.TarFile, dest: Path) -> None:
    """Extract an archive we built ourselves; only regular files and folders, inside `dest`.
    (`extractall(filter=...)` is not in Python 3.11.2, the oldest Python this project runs on.)"""
    for member in tar.getmembers():
        inside = (dest / member.name).resolve().is_relative_to(dest.resolve())
        assert inside and (member.isfile() or member.isdir()), member.name
    tar.extractall(dest)


def test_wheel_contains_the_data(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    data = ROOT / "data"
    expected = {f"plancmp/data/{p.name}" for p in data.glob("*.yaml")}
    assert expected and expected <= set(names)


def test_wheel_contains_the_chinese_catalog(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    folder = "plancmp/locale/zh_CN/LC_MESSAGES"
    assert {f"{folder}/plancmp.mo", f"{folder}/plancmp.po"} <= names


def test_installed_copy_speaks_chinese(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(target), "PLANCMP_LANG": "zh"}
    proc = subprocess.run([sys.executable, "-m", "plancmp", "show", "atlantis"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, check=False)  # fmt: skip
    assert proc.returncode == 2
    assert proc.stderr.startswith("plancmp: 没有规划 'atlantis'：可用 ")


def test_installed_copy_finds_its_data_from_another_folder(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)  # fmt: skip
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    proc = subprocess.run([sys.executable, "-m", "plancmp", "show", "linan", "--format", "json"],
                          cwd=elsewhere, env=env, capture_output=True, text=True, check=False)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)[0]["plan"] == "linan"
    where = subprocess.run([sys.executable, "-c", "import plancmp.store.files as f; print(f.default_data_dir())"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, check=True)  # fmt: skip
    assert where.stdout.strip() == str(target / "plancmp" / "data")


def test_editable_checkout_uses_the_checkout_data():
    from plancmp.store.files import default_data_dir

    if "site-packages" in str(default_data_dir()):
        pytest.skip("running against an installed copy")
    assert default_data_dir() == ROOT / "data"
