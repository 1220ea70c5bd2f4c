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
    assert "target_year: null" not in out.read_text(encoding="utf-8")
    assert checked.exit_code == 0, checked.stderr
    assert checked.stdout.endswith("file(s) OK\n")


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_pool_document_drafts_to_a_valid_plan_file(name: str, tmp_path: Path) -> None:
    _drafted_and_validated(CORPUS / name, tmp_path)


@pytest.mark.parametrize("name", ["linan", "yuecheng", "shangcheng", "linhai", "hangzhou2023"])
def test_every_source_document_drafts_to_a_valid_plan_file(name: str, tmp_path: Path) -> None:
    _drafted_and_validated(seed(f"{name}.txt"), tmp_path)


def test_a_text_that_names_no_target_year_drafts_the_latest_year_it_names(tmp_path: Path) -> None:
    """A review of results names no target's year: the plan file still needs one, so it takes
    the latest year the text names (a period's end counts: 十四五 is 2025), and says so."""
    document = tmp_path / "review.txt"
    document.write_text(
        "某州“十四五”教育成绩斐然。普惠性幼儿园覆盖率从85.64%提升至92.28%(2024年)。\n",
        encoding="utf-8",
    )
    _drafted_and_validated(document, tmp_path)
    text = (tmp_path / "drafted.yaml").read_text(encoding="utf-8")
    assert "\ntarget_year: 2025\n" in text
    assert (
        "target_year：标题未写明规划期，文中无目标年份，暂取文中最晚的年份（2025年），请核对"
        in text
    )
