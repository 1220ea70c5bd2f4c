"""Every drafted plan file is one `validate` accepts as written (a draft needs no hand edit
to load), whatever the document: every document of the evaluation pool and the five source
documents, drafted with -o into a folder of its own and validated there. The one thing a
draft cannot fill in is a year where the document gives none at all (an undated news
page's 今年): then validate asks for `target_year`, and the draft's review said so."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_helpers import seed
from typer.testing import CliRunner

from plancmp.cli import app

CORPUS = Path(__file__).resolve().parent / "corpus"
DOCUMENTS = sorted(str(p.relative_to(CORPUS)) for p in CORPUS.glob("*/*.txt"))


def _drafted_and_validated(document: Path, folder: Path) -> None:
    out = folder / "drafted.yaml"
    drafted = CliRunner().invoke(app, ["draft", str(document), "-o", str(out)])
    assert drafted.exit_code == 0, drafted.stderr
    checked = CliRunner().invoke(app, ["validate", str(folder)])
    if "target_year: null" in out.read_text(encoding="utf-8"):
        assert "target_year：标题未写明规划期，请核对后填写" in out.read_text(encoding="utf-8")
        lines = [
            x for x in checked.stderr.splitlines() if not x.startswith("note: ")
        ]  # new metrics
        assert lines[0] == f"{out}:3: the plan has no `target_year`: add it"
        assert lines[1].startswith("plancmp: 1 problem(s)")
        return
    assert checked.exit_code == 0, checked.stderr
    assert checked.stdout.endswith("file(s) OK\n")


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_pool_document_drafts_to_a_valid_plan_file(name: str, tmp_path: Path) -> None:
    _drafted_and_validated(CORPUS / name, tmp_path)


@pytest.mark.parametrize("name", ["linan", "yuecheng", "shangcheng", "linhai", "hangzhou2023"])
def test_every_source_document_drafts_to_a_valid_plan_file(name: str, tmp_path: Path) -> None:
    _drafted_and_validated(seed(f"{name}.txt"), tmp_path)
