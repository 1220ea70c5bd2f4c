"""`plancmp validate`: check data files and report every problem, with file and line."""

from __future__ import annotations

import os
import re
from pathlib import Path

from plancmp.i18n import N_, _
from plancmp.model import Problem
from plancmp.store.assemble import build_catalog, unknown_metrics
from plancmp.store.files import DataError, default_data_dir, read_text, yaml_files
from plancmp.store.groups import Found, check_groups
from plancmp.store.parse import Parsed, parse_file, parse_files
from plancmp.store.rows import RECORD_COLUMNS


class Checked:
    """What `validate` found: the problems, the files checked, the catalog files read
    beside a plan file named on its own (checked with it) and notes (files not read,
    drafted records still marked for review)."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.files = 0
        self.beside: list[str] = []
        self.notes: list[str] = []


def _real(path: Path) -> str:
    """The file a path names, links followed; never an error (a loop of links is its
    own name: reading it reports the loop)."""
    return os.path.realpath(path)


def validate(paths: list[Path], user_dir: Path | None = None) -> Checked:
    """Check the given files and folders (default: all data).

    Metric ids are checked against every catalog file, and group members against every
    plan: the built-in ones, the user's, those among the files checked and those beside a
    file named on its own (the folder `--data-dir` would load it with).
    """
    builtin = default_data_dir()
    out = Checked()
    targets = _targets(paths or [builtin] + ([user_dir] if user_dir else []), out)
    checked = list(parse_files(targets))
    out.files = len(targets)
    chosen = {_real(t) for t in targets}
    context = yaml_files(builtin)[0] + (yaml_files(user_dir)[0] if user_dir else [])
    always = {_real(p) for p in context}  # the built-in and --data-dir files, read anyway
    beside = {_real(p): p for p in _beside([p for p in paths if not os.path.isdir(p)])}
    beside = {r: p for r, p in beside.items() if r not in always}
    unique: dict[str, Path] = {}
    for path in [*context, *beside.values()]:  # a folder given twice is read once
        unique.setdefault(_real(path), path)
    others, plan_ids = _context([p for r, p in unique.items() if r not in chosen])
    out.beside = [f.path for f in others if f.kind == "catalog" and _real(Path(f.path)) in beside]
    catalog_files = _builtin_first([f for f in [*checked, *others] if f.kind == "catalog"], builtin)
    catalog = build_catalog(catalog_files, out.problems)
    plan_ids.update(f.plan.id for f in checked if f.plan is not None)
    found = [Found(g, lines, 0) for f in checked for g, lines in zip(f.groups, f.member_lines, strict=True)]  # fmt: skip
    out.problems.extend(check_groups(found, plan_ids)[1])
    seen: dict[str, str] = {}
    for f in checked:
        out.problems.extend(f.problems)
        refs: dict[str, list[tuple[str, int | None, int]]] = {}
        for metric, line, n in f.metric_refs:
            refs.setdefault(metric, []).append((f.path, line, n))
        out.problems.extend(unknown_metrics(refs, catalog))
        _note_review(f, out)
        _check_id(f, seen, builtin, out)
    for f in others:  # the metrics `draft` wrote beside a plan file checked on its own
        _note_review(f, out)
    return out


def _builtin_first(files: list[Parsed], builtin: Path) -> list[Parsed]:
    """The catalog files in the order `load` reads them, built-in first: a metric id the
    user's catalog repeats is then named as a problem of the user's file, which can be
    mended, not of the one installed with plancmp."""
    home = builtin.resolve()
    return sorted(files, key=lambda f: not Path(f.path).resolve().is_relative_to(home))


def _check_id(f: Parsed, seen: dict[str, str], builtin: Path, out: Checked) -> None:
    """Each plan id once, but a user's plan may replace a built-in one (as load does)."""
    if f.plan is None:
        return
    earlier = seen.get(f.plan.id)
    if earlier is None or earlier == f.path:
        seen[f.plan.id] = f.path
    elif Path(earlier).parent.resolve() == builtin.resolve() != Path(f.path).parent.resolve():
        out.notes.append(f"note: {f.path} replaces the built-in plan {f.plan.id!r}")
        seen[f.plan.id] = f.path
    else:
        msg = _("plan id {id!r} is also used by {path}: each plan needs its own id").format(
            id=f.plan.id, path=earlier
        )
        out.problems.append(Problem(f.path, None, msg))


MISSING = N_("no such file or folder: check the path, or name a plan file or a folder of them")
"""A path given to `validate` that is not there: most often a misspelt folder name."""


def _targets(paths: list[Path], out: Checked) -> list[Path]:
    targets: list[Path] = []
    for p in paths:
        if os.path.isdir(p):  # os.path: a folder it may not enter is an answer, not a crash
            files, skipped = yaml_files(p)
            targets.extend(files)
            out.notes.extend(skipped)
        elif os.path.lexists(p):
            targets.append(p)
        else:
            out.problems.append(Problem(str(p), None, _(MISSING)))
    return targets


def _beside(files: list[Path]) -> list[Path]:
    """The data files in the folders of files named one by one: a drafted plan's new
    metrics are in the catalog file `draft` wrote beside it, and the plan is loaded with
    them, so it is checked with them too."""
    found: list[Path] = []
    for folder in dict.fromkeys(Path(f).parent for f in files if os.path.isfile(f)):
        try:
            found.extend(yaml_files(folder)[0])
        except DataError:  # a folder it may not list: the file alone is checked
            continue
    return found


def _note_review(f: Parsed, out: Checked) -> None:
    """A drafted plan is valid as written; say how much of it still awaits a person.
    So for the new metrics `draft` writes beside it: their name, unit and direction are
    guesses too, and a plan reviewed to the last record still leans on them."""
    waiting_metrics = sum(1 for m in f.metrics if m.review)
    if waiting_metrics:
        out.notes.append(
            f"note: {f.path}: {waiting_metrics} metric(s) are marked for review: "
            "check each one's name, unit, category and direction, then delete its `review:`"
        )
    plan = f.plan
    if plan is None:
        return
    if f.rows:  # parsed in a worker process: the records came as rows
        i = RECORD_COLUMNS.index("review")
        waiting = sum(1 for x in f.rows if x[i] != "[]")
    else:
        waiting = sum(1 for r in plan.records if r.review)
    if plan.review or waiting:
        out.notes.append(
            f"note: {f.path}: {waiting} record(s) and {len(plan.review)} header field(s) "
            "are marked for review: check each against the document, then delete its `review:`"
        )


_CATALOG_LINE = re.compile(r"^(metrics|standards)\s*:", re.M)
_RECORDS_LINE = re.compile(r"^records\s*:", re.M)


def _context(files: list[Path]) -> tuple[list[Parsed], set[str]]:
    """What the files checked are checked against: the catalog files beside them, parsed,
    and the ids of the plan files beside them. A plan file's id is its file name (a rule
    checked when the file itself is validated): parsing thousands of plan files to find
    their ids would be slow."""
    catalogs, plan_ids = [], set()
    for path in files:
        try:
            text = read_text(path)
        except DataError:
            continue
        if _CATALOG_LINE.search(text) is not None:
            catalogs.append(parse_file(path))
        elif _RECORDS_LINE.search(text) is not None:
            plan_ids.add(path.stem)
    return catalogs, plan_ids
