"""Compiled patterns kept between runs (draft/patterns.py): the same patterns as re builds,
taken from the cache file where it has them, and never needed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from plancmp.draft import patterns
from plancmp.draft.patterns import kept_between_runs

PATTERN = r"(?P<year>(?:19|20)\d\d)\s*年(?:底|末)?(?P<rest>[^，。]*)"
TEXT = "到2027年底，学前三年毛入园率达到95%"


def _kept_files(cache: Path) -> list[Path]:
    return sorted(cache.glob("patterns-*.bin"))


def test_a_kept_program_is_used_in_the_next_run_and_matches_as_re_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANCMP_CACHE_DIR", str(tmp_path))
    with kept_between_runs():
        first = re.compile(PATTERN)
    assert len(_kept_files(tmp_path)) == 1
    assert re.compile is not None and re.compile.__name__ == "compile"  # put back

    built: list[str] = []
    build = patterns._program

    def counted(pattern: str, flags: int) -> patterns.Program:
        built.append(pattern)
        return build(pattern, flags)

    monkeypatch.setattr(patterns, "_program", counted)
    with kept_between_runs():
        second = re.compile(PATTERN)
        re.compile(r"\d+所")
    assert built == [r"\d+所"]  # only the pattern the file lacked
    assert len(_kept_files(tmp_path)) == 1
    plain = re.compile(PATTERN)
    for got in (first, second):
        m = got.search(TEXT)
        assert m is not None and (m["year"], m["rest"]) == ("2027", "")
        assert got.groupindex == plain.groupindex
        assert got.pattern == plain.pattern and got.flags == plain.flags


def test_a_damaged_or_unwritable_file_only_means_compiling_as_usual(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANCMP_CACHE_DIR", str(tmp_path))
    with kept_between_runs():
        re.compile(PATTERN)
    [kept] = _kept_files(tmp_path)
    kept.write_bytes(b"\x00not a program" * 10)
    with kept_between_runs():
        again = re.compile(PATTERN)
    assert again.search(TEXT) is not None
    assert kept.stat().st_size > 200  # written again, whole

    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    monkeypatch.setenv("PLANCMP_CACHE_DIR", str(blocked))
    with kept_between_runs():
        assert re.compile(PATTERN).search(TEXT) is not None


def test_the_drafting_patterns_are_the_same_in_every_run() -> None:
    """An alternation built from a set lists its words in the order of the run's hashes: the
    same patterns in every run (sorted by length, then by word) are what a kept program is
    found by."""
    script = (
        "from plancmp.draft import names, spans, text\n"
        "print(text.REACHES, spans._UNIT, names._STAGE_WORD.pattern, sep='\\n')\n"
    )
    printed = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(1, 6)
    }
    assert len(printed) == 1
