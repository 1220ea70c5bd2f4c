"""The benchmark's corpus is what it claims to be: valid plans the commands can use."""

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from plancmp.cli import app

MAKE_CORPUS = Path(__file__).resolve().parents[1] / "benchmarks" / "make_corpus.py"


def test_corpus_passes_validate_and_loads(tmp_path):
    folder = tmp_path / "corpus"
    subprocess.run([sys.executable, str(MAKE_CORPUS), "12", str(folder)], check=True)
    assert sorted(p.name for p in folder.iterdir())[:3] == [
        "c00000.yaml",
        "c00001.yaml",
        "c00002.yaml",
    ]
    assert len(list(folder.glob("c*.yaml"))) == 12
    assert len(list(folder.glob("w*.yaml"))) == 2  # one city per ten counties

    runner = CliRunner()
    checked = runner.invoke(app, ["validate", str(folder)])
    assert checked.exit_code == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip() == "14 file(s) OK"
    plans = runner.invoke(app, ["--data-dir", str(folder), "plans", "-f", "json"])
    assert plans.exit_code == 0, plans.stderr
    ids = {p["id"] for p in json.loads(plans.stdout)}
    assert {f"c{i:05d}" for i in range(12)} | {"w0000", "w0001"} <= ids
    gaps = runner.invoke(app, ["--data-dir", str(folder), "gaps", "c00005", "-f", "csv"])
    assert gaps.exit_code == 0, gaps.stderr
