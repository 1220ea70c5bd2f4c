"""Parsed files → one checked dataset, handed to a sink as it streams in.

The rules that need more than one file live here: one catalog across all
catalog files (a metric defined once), every record's metric in it, plan ids
unique within a folder, a user's plan replacing a built-in one of the same
id, and every member of a group a plan (groups.check_groups). A sink (the in-memory store, or the on-disk index being written) receives
the plans as they come, so that thousands of files never sit in memory at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Protocol

from plancmp import lookup
from plancmp.i18n import _
from plancmp.metrics import Catalog
from plancmp.model import Metric, Problem, Standard
from plancmp.peers import Group
from plancmp.store.base import InvalidData
from plancmp.store.groups import Found, check_groups
from plancmp.store.parse import Parsed, parse_files

MAX_REFS = 20
"""Unknown-metric problems kept per metric id (a mistyped id in a template repeats)."""


class Sink(Protocol):
    """Where a checked dataset goes."""

    @property
    def shards(self) -> Path | None:
        """A folder for worker processes to write plans' rows into (store/shards.py), for
        a sink that reads them from there; None to have them sent back."""

    def add_plan(self, f: Parsed) -> None:
        """A new plan (`f.plan`): with its records, or, from a worker, with them as rows
        (`f.rows`) or written into a shard (`f.stored`)."""

    def replace_plan(self, f: Parsed) -> None:
        """A user's plan in the place of the built-in one with the same id."""

    def finish(self, catalog: Catalog, notes: list[str], groups: Sequence[Group] = ()) -> None:
        """Everything has come and is valid."""


def assemble(folders: list[list[Path]], sink: Sink, digests: dict[str, str] | None = None) -> None:
    """Parse every file of `folders` (built-in first), check the whole, feed `sink`;
    raise InvalidData listing every problem. Given `digests`, each file's path → the
    digest of the bytes parsed is put there before the sink finishes."""
    bounds = [len(folder) for folder in folders]
    paths = (p for folder in folders for p in folder)
    parsed = parse_files(paths, sink.shards, digest=digests is not None)
    problems: list[Problem] = []
    catalog_files: list[Parsed] = []
    refs: dict[str, list[tuple[str, int | None, int]]] = {}
    notes: list[str] = []
    seen: dict[str, tuple[int, str]] = {}  # plan id → (folder number, file)
    found: list[Found] = []
    ids: set[str] | None = set()  # every plan's id; None once a plan file could not be read
    known: set[str] = set()  # ids the catalog files read so far define: no need to keep refs
    for n, f in _numbered(parsed, bounds):
        problems.extend(f.problems)
        if f.digest is not None and digests is not None:
            digests[f.path] = f.digest
        if f.kind == "plan" and ids is not None:
            if f.plan is None:
                ids = None
            else:
                ids.add(f.plan.id)
        if f.kind == "catalog":
            catalog_files.append(f)
            known.update(m.id for m in f.metrics)
        found.extend(Found(g, lines, n) for g, lines in zip(f.groups, f.member_lines, strict=True))
        _keep_refs(refs, f, known)
        if f.plan is None or problems:
            continue  # once anything is wrong, only problems are collected
        earlier = seen.get(f.plan.id)
        if earlier is not None and earlier[0] == n:
            problems.append(
                Problem(
                    f.path,
                    None,
                    _("plan id {id!r} is also used by {path}: each plan needs its own id").format(
                        id=f.plan.id, path=earlier[1]
                    ),
                )
            )
            continue
        seen[f.plan.id] = (n, f.path)
        if earlier is None:
            sink.add_plan(f)
        else:
            notes.append(f"note: {f.plan.path} replaces the built-in plan {f.plan.id!r}")
            sink.replace_plan(f)
    catalog = build_catalog(catalog_files, problems)
    problems.extend(unknown_metrics(refs, catalog))
    groups: list[Group] = []
    if ids is not None:  # members are checked against the plans only when all could be read
        groups, wrong, replaced = check_groups(found, ids)
        problems.extend(wrong)
        notes.extend(replaced)
    if problems:
        raise InvalidData(problems)
    sink.finish(catalog, notes, groups)


def _keep_refs(
    refs: dict[str, list[tuple[str, int | None, int]]], f: Parsed, known: set[str]
) -> None:
    """The places of `f`'s records whose metric no catalog read so far defines (at most
    MAX_REFS per metric), to name them if the whole catalog does not define it either.
    A metric defined once stays defined, so the records of known metrics, nearly all of
    them, are passed over: keeping every place cost a first load of 10,000 plans 1.5 s."""
    for metric, line, i in f.metric_refs:
        if metric in known:
            continue
        kept = refs.setdefault(metric, [])
        if len(kept) < MAX_REFS:
            kept.append((f.path, line, i))


def _numbered(parsed: Iterable[Parsed], bounds: list[int]) -> Iterator[tuple[int, Parsed]]:
    """Each parsed file with the number of its folder (0 = built-in)."""
    folder, left = 0, bounds[0] if bounds else 0
    for f in parsed:
        while left == 0 and folder + 1 < len(bounds):
            folder += 1
            left = bounds[folder]
        left -= 1
        yield folder, f


def build_catalog(parsed: Sequence[Parsed], problems: list[Problem]) -> Catalog:
    """All catalog files' metrics (each id once; an identical copy is harmless) and standards."""
    where: dict[str, str] = {}
    by_id: dict[str, Metric] = {}
    for f in parsed:
        for m in f.metrics:
            if m.id in where and m == by_id[m.id]:
                continue  # the same definition again (a copy of the built-in catalog)
            if m.id in where:
                problems.append(
                    Problem(
                        f.path,
                        None,
                        _(
                            "metric {id!r} is already defined in {path} as {name}: use that one if it is the same indicator, or choose another id"
                        ).format(id=m.id, path=where[m.id], name=by_id[m.id].name),
                    )
                )
                continue
            where[m.id], by_id[m.id] = f.path, m
    for f in parsed:  # a related metric must exist: it is a link, not a name
        for m in f.metrics:
            for other in m.related:
                if other not in by_id:
                    problems.append(Problem(f.path, None, _("metric {id!r} names unknown related metric {other!r}: use an id from the catalog").format(id=m.id, other=other)))  # fmt: skip
    standards: dict[str, tuple[str, Standard]] = {}
    for f in parsed:
        for st in f.standards:
            metric = by_id.get(st.metric)
            earlier = standards.get(st.metric)
            if earlier is not None and earlier[1] != st:
                # A floor is never replaced silently: a weaker one would hide a finding.
                problems.append(
                    Problem(
                        f.path,
                        None,
                        _(
                            "a standard for {metric!r} is already given in {path}: a standard cannot be replaced, remove one of them"
                        ).format(metric=st.metric, path=earlier[0]),
                    )
                )
            elif metric is None:
                problems.append(
                    Problem(
                        f.path,
                        None,
                        _(
                            "standard for unknown metric {metric!r}: use an id from the catalog"
                        ).format(metric=st.metric),
                    )
                )
            elif st.unit != metric.unit:
                problems.append(
                    Problem(
                        f.path,
                        None,
                        _(
                            "standard for {metric!r} is in {unit!r}, the metric in {metric_unit!r}: use the metric's unit"
                        ).format(metric=st.metric, unit=st.unit, metric_unit=metric.unit),
                    )
                )
            else:
                standards[st.metric] = (f.path, st)
    return Catalog(by_id.values(), (st for _path, st in standards.values()))


def unknown_metrics(
    refs: dict[str, list[tuple[str, int | None, int]]], catalog: Catalog
) -> list[Problem]:
    out: list[Problem] = []
    for metric, places in refs.items():
        if metric in catalog:
            continue
        fix = _("add it to a catalog file (metrics.yaml) or use an existing id (`plancmp metrics`)")
        if near := _nearest_ids(catalog, metric):
            fix = _("use its id if it is {near}, or {fix}").format(near=near, fix=fix)
        out.extend(
            Problem(
                path,
                line,
                _("unknown metric {metric!r} in record {n}: {fix}").format(
                    metric=metric, n=n, fix=fix
                ),
            )
            for path, line, n in places
        )
    return out


NEAREST_SHOWN = 3


def _nearest_ids(catalog: Catalog, word: str) -> str:
    """The catalog metrics a name written where an id belongs most likely means (`普惠` →
    kindergarten_puhui_coverage（普惠性幼儿园覆盖面）), as `compare -m` would find them;
    '' when none is near."""
    try:
        _metric, matched = lookup.match_metric(catalog, word)
    except lookup.NotFound as exc:
        matched = exc.candidates if exc.ambiguous or exc.close else []
    names = {m.id: m.name for m in catalog}
    ids = [m.split("（")[0] for m in matched][:NEAREST_SHOWN]
    return " / ".join(f"{i}（{names[i]}）" for i in ids if i in names)
