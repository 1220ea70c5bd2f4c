"""Compiled regular expressions kept between runs of `plancmp draft`.

The drafting modules compile about 1,100 regular expressions when they are imported, most of
a second of every run on a slow machine: `re` parses each pattern and generates its program
again in every process, keeping no cache between them. `kept_between_runs()` keeps one:
while the drafting modules are imported, `re.compile` takes each pattern's program from a
file in the cache folder and builds only what the file lacks, adding it there.

The program is CPython's own (re._parser and re._compiler make it, _sre runs it), so the
file is named by the interpreter's build and by _sre's format number, and each program is
handed to _sre, which checks it. Nothing here is ever needed: a missing, damaged or
unwritable file only means the patterns are compiled as usual.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's engine: it runs the programs kept here
import contextlib
import marshal
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What _sre.compile takes besides the pattern: flags, code, groups, their names both ways."""


def _cache_file() -> Path:
    """`patterns-cpython-311-30b07f0-20220615.bin`: one file per interpreter version and
    program format."""
    from plancmp.store.cache import cache_root

    build = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"
    return cache_root() / f"patterns-{build}.bin"


def _load(path: Path) -> dict[tuple[str, int], Program]:
    try:
        with path.open("rb") as f:
            kept = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}


def _program(pattern: str, flags: int) -> Program:
    """The program re.compile would build (re._compiler.compile, unchanged from 3.11 to 3.13)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]
    index = parsed.state.groupdict
    names: list[str | None] = [None] * parsed.state.groups
    for name, i in index.items():
        names[i] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(index), tuple(names)


def _built(pattern: str, program: Program) -> re.Pattern[str]:
    flags, code, groups, index, names = program
    built: re.Pattern[str] = _sre.compile(pattern, flags, code, groups, index, names)
    return built


@contextlib.contextmanager
def kept_between_runs() -> Iterator[None]:
    """Within this, `re.compile` of a pattern string takes its program from the cache file
    where it is there; afterwards the file holds the programs of this run's patterns."""
    compile_ = re.compile
    path = _cache_file()
    kept = _load(path)
    used: dict[tuple[str, int], Program] = {}

    def compile_kept(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        if not isinstance(pattern, str) or int(flags) & re.DEBUG:
            return compile_(pattern, flags)
        key = (pattern, int(flags))
        try:
            program = kept.get(key) or _program(pattern, int(flags))
            built = _built(pattern, program)
        except Exception:  # a damaged program, or an interpreter that builds them otherwise
            return compile_(pattern, flags)
        used[key] = program
        return built

    re.compile = compile_kept
    try:
        yield
    finally:
        re.compile = compile_
    if used.keys() != kept.keys():
        _save(path, used)


def _save(path: Path, programs: dict[tuple[str, int], Program]) -> None:
    """Write the file whole and then move it into place, so that a run reading it at the same
    time sees the old file or the new one; a folder that cannot be written keeps none."""
    import tempfile

    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-patterns-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump(programs, f)
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
