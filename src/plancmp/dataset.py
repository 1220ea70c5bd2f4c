"""Everything plancmp knows: the plans and the catalog, from the built-in and user folders."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from plancmp import cache, loader
from plancmp.lookup import resolve
from plancmp.metrics import Catalog
from plancmp.model import Metric, Plan, Problem, Record, Standard

if TYPE_CHECKING:
    from plancmp.gaps import Finding, PeerTarget


class InvalidData(Exception):
    """One or more data files are invalid; `problems` lists them all."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class Dataset:
    """Plans by id (built-in first, then the user's) and the metric catalog.

    Records are reached through the methods below: from the plans in memory
    after a fresh parse, or lazily from the on-disk index (cache.py), which
    reads only the plans and metrics a command asks for.
    """

    plans: dict[str, Plan]
    catalog: Catalog
    notes: list[str] = field(default_factory=list)
    """Things the user should know (a built-in plan replaced), for stderr."""
    index: cache.Index | None = None
    _records: dict[str, tuple[Record, ...]] = field(default_factory=dict)
    _plan_meta: dict[str, dict] = field(default_factory=dict)

    def find_plan(self, word: str) -> Plan:
        """A plan by id, title, jurisdiction or short name; raises lookup.NotFound."""
        items = ((p.id, p, (p.title, p.jurisdiction, *p.names)) for p in self.plans.values())
        return resolve(word, items, "plan")

    def city_plans(self, plan: Plan) -> list[Plan]:
        """The work points of the city a district plan belongs to."""
        return [
            p
            for p in self.plans.values()
            if p.is_city and not plan.is_city and p.city_name == plan.city_name
        ]

    def records_of(self, plan_id: str) -> tuple[Record, ...]:
        if self.index is None:
            return self.plans[plan_id].records
        if plan_id not in self._records:
            self._records[plan_id] = tuple(self.index.plan_records(plan_id))
        return self._records[plan_id]

    def with_records(self, plan_id: str) -> Plan:
        """The plan with all its records."""
        return self.plans[plan_id]._replace(records=self.records_of(plan_id))

    def entries_for(self, metric_id: str) -> list[tuple[Plan, Record]]:
        """Every plan's records for one metric, in plan order."""
        if self.index is None:
            return [(p, r) for p in self.plans.values() for r in p.records if r.metric == metric_id]
        return [(self.plans[r.plan], r) for r in self.index.metric_records(metric_id)]

    def peer_groups(self, metric_ids: Iterable[str]) -> dict[tuple, list[PeerTarget]]:
        """County plans' numeric targets for these metrics, by comparable group."""
        from plancmp import gaps

        wanted = set(metric_ids)
        if self.index is None:
            county = [p for p in self.plans.values() if not p.is_city]
            return {k: v for k, v in gaps.peer_groups(county).items() if k[0] in wanted}
        out: dict[tuple, list[PeerTarget]] = {}
        for metric_id in sorted(wanted):
            out.update(self.index.peer_groups(metric_id))
        return out

    def peers_of(self, plan: Plan) -> list[Plan]:
        """The other plans of the plan's tier: a district is held to county-level plans,
        a city's work points to other cities' (never to districts' five-year plans)."""
        return [q for q in self.plans.values() if q.id != plan.id and q.is_city == plan.is_city]

    def gaps(self, plan_id: str) -> tuple[Plan, list[Finding]]:
        """The plan with its records, and its findings against its peers (every other
        plan of its tier: county-level, or city) and its city's work points."""
        from plancmp.gaps import find_gaps

        plan = self.with_records(plan_id)
        cities = [self.with_records(c.id) for c in self.city_plans(plan)]
        peers = self.peers_of(plan)
        metric_sets = {q.id: self.metrics_of(q.id) for q in [*peers, *cities]}
        if plan.is_city:  # a few cities: their records are read whole (the index groups counties)
            from plancmp.gaps import peer_groups

            groups = peer_groups(self.with_records(q.id) for q in peers)
        else:
            groups = self.peer_groups({r.metric for r in plan.records})
        return plan, find_gaps(plan, peers, cities, self.catalog, metric_sets, groups)

    def metrics_of(self, plan_id: str) -> frozenset[str]:
        if self.index is None:
            return frozenset(r.metric for r in self.plans[plan_id].records)
        return frozenset(self._meta(plan_id)["metrics"])

    def counts(self, plan_id: str) -> tuple[int, int]:
        """(records, of which from an indicator table)."""
        if self.index is None:
            recs = self.plans[plan_id].records
            return len(recs), sum(r.source.kind == "table" for r in recs)
        n, n_table = self._meta(plan_id)["counts"]
        return n, n_table

    def targets(self) -> Iterator[tuple[str, str, str | None, str, str | None]]:
        """(plan id, metric, segment, target as printed, the indicator's printed unit)
        of every record: what `matrix` shows, read without building whole records
        (3,000 plans hold 180,000). Plans come in any order, each plan's records in
        file order."""
        if self.index is None:
            for p in self.plans.values():
                for r in p.records:
                    yield p.id, r.metric, r.segment, r.target.raw, r.printed_unit
        else:
            yield from self.index.targets()

    def _meta(self, plan_id: str) -> dict:
        assert self.index is not None
        if not self._plan_meta:
            self._plan_meta.update((d["id"], d) for d in self.index.meta["plans"])
        return self._plan_meta[plan_id]


PARALLEL_FROM = 200
"""Folders with this many files are parsed in several processes (YAML parsing is
CPU-bound and holds the GIL); below it, starting processes costs more than it saves."""


class Parsed(NamedTuple):
    """One data file, read and checked on its own: no other file is needed."""

    path: str
    plan: Plan | None = None
    """The plan's identity, without records: they travel as JSON text in `encoded`,
    which costs far less to send back from a worker process than objects do, and
    is what the on-disk index is written from."""
    encoded: cache.Encoded | None = None
    metrics: tuple[Metric, ...] = ()
    standards: tuple[Standard, ...] = ()
    is_catalog: bool = False
    problems: tuple[Problem, ...] = ()
    metric_refs: tuple[tuple[str, int | None, int], ...] = ()
    """(metric id, line, record number) of every record, checked against the catalog afterwards."""


def parse_file(path: Path) -> Parsed:
    """Read, parse and check one file; its raw YAML is dropped once the plan is built."""
    from plancmp import schema

    try:
        data = loader.load_yaml(path)
    except loader.DataError as exc:
        return Parsed(str(path), problems=(Problem(exc.path, exc.line, exc.message),))
    if schema.is_unit_file(data):  # data/units.yaml: read by values.py, checked here
        return Parsed(str(path), problems=tuple(schema.check_units(data, str(path))))
    if schema.is_catalog(data):
        metrics, problems = schema.build_metrics(data, str(path))
        standards, more = schema.build_standards(data, str(path))
        return Parsed(str(path), metrics=tuple(metrics), standards=tuple(standards), is_catalog=True,
                      problems=(*problems, *more))  # fmt: skip
    plan, problems = schema.build_plan(data, str(path), None, path.stem)
    refs = schema.metric_refs(data)
    if plan is None:
        return Parsed(str(path), problems=tuple(problems), metric_refs=refs)
    return Parsed(
        str(path),
        plan._replace(records=()),
        cache.encode(plan),
        problems=tuple(problems),
        metric_refs=refs,
    )


def parse_files(paths: list[Path]) -> list[Parsed]:
    """Every file parsed, in order; in parallel when there are many."""
    workers = min(os.cpu_count() or 1, 4)
    if len(paths) < PARALLEL_FROM or workers < 2:
        return [parse_file(p) for p in paths]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(parse_file, paths, chunksize=16))


def _catalog(parsed: Iterable[Parsed], problems: list[Problem]) -> Catalog:
    metrics: list[Metric] = []
    where: dict[str, str] = {}
    by_id: dict[str, Metric] = {}
    for f in parsed:
        for m in f.metrics:
            if m.id in where and m == by_id[m.id]:
                continue  # the same definition again (a copy of the built-in catalog): harmless
            if m.id in where:
                problems.append(
                    Problem(
                        f.path,
                        None,
                        f"metric {m.id!r} is already defined in {where[m.id]}: use that one or choose another id",
                    )
                )
                continue
            where[m.id] = f.path
            by_id[m.id] = m
            metrics.append(m)
    standards = []
    for f in parsed:
        for st in f.standards:
            m = by_id.get(st.metric)
            if m is None:
                problems.append(
                    Problem(
                        f.path,
                        None,
                        f"standard for unknown metric {st.metric!r}: use an id from the catalog",
                    )
                )
            elif st.unit != m.unit:
                problems.append(
                    Problem(
                        f.path,
                        None,
                        f"standard for {st.metric!r} is in {st.unit!r}, the metric in {m.unit!r}: use the metric's unit",
                    )
                )
            else:
                standards.append(st)
    return Catalog(metrics, standards)


def _unknown_metrics(f: Parsed, catalog: Catalog) -> list[Problem]:
    return [
        Problem(
            f.path,
            line,
            f"unknown metric {metric!r} in record {n}: add it to a catalog file (metrics.yaml) or use an existing id (`plancmp metrics`)",
        )
        for metric, line, n in f.metric_refs
        if metric not in catalog
    ]


def load(
    user_dir: Path | None = None, builtin_dir: Path | None = None, use_cache: bool = False
) -> Dataset:
    """Load the built-in data and, beside it, the user's folder; raise InvalidData on any problem.

    With `use_cache`, a dataset checked before with the very same file contents
    is opened from the on-disk index instead of being parsed again.
    """
    builtin_dir = builtin_dir or loader.default_data_dir()
    if user_dir is not None and user_dir.exists() and user_dir.resolve() == builtin_dir.resolve():
        user_dir = None  # --data-dir pointing at the built-in data adds nothing
    folders = [builtin_dir] + ([user_dir] if user_dir else [])
    try:
        files = [loader.yaml_files(folder) for folder in folders]
    except loader.DataError as exc:
        raise InvalidData([Problem(exc.path, exc.line, exc.message)]) from None
    cache_key = None
    if use_cache:
        try:
            cache_key = cache.key(f for group in files for f in group)
        except OSError:
            cache_key = None  # an unreadable file: parse, and report it
        index = cache.Index.open(cache_key) if cache_key else None
        if index is not None:
            return _from_index(index)
    parsed, catalog, notes = _parse(files)
    if cache_key:
        cache.write(cache_key, [f.encoded for f in parsed if f.encoded], catalog, notes)
        index = cache.Index.open(cache_key)
        if index is not None:
            return _from_index(index)
    return _in_memory(parsed, catalog, notes)


def _from_index(index: cache.Index) -> Dataset:
    meta = index.meta
    catalog = Catalog(
        (Metric(**{**m, "aliases": tuple(m["aliases"])}) for m in meta["catalog"]),
        (cache.dict_standard(d) for d in meta["standards"]),
    )
    plans = {d["id"]: cache.dict_plan(d) for d in meta["plans"]}
    return Dataset(plans, catalog, list(meta["notes"]), index)


def _parse(files: list[list[Path]]) -> tuple[list[Parsed], Catalog, list[str]]:
    """Parse and check every file; the plan files that count (the user's replace
    built-in ones with the same id), the catalog, and notes for the user."""
    parsed = parse_files([f for group in files for f in group])
    by_folder = [parsed[: len(files[0])], parsed[len(files[0]) :]]
    problems: list[Problem] = [p for f in parsed for p in f.problems]
    catalog = _catalog(parsed, problems)
    chosen: dict[str, Parsed] = {}
    notes: list[str] = []
    for n, group in enumerate(by_folder):
        seen: dict[str, str] = {}
        for f in group:
            problems.extend(_unknown_metrics(f, catalog))
            plan = f.plan
            if plan is None:
                continue
            if plan.id in seen:
                problems.append(
                    Problem(
                        f.path,
                        None,
                        f"plan id {plan.id!r} is also used by {seen[plan.id]}: each plan needs its own id",
                    )
                )
                continue
            seen[plan.id] = f.path
            if n > 0 and plan.id in chosen:
                notes.append(f"note: {plan.path} replaces the built-in plan {plan.id!r}")
            chosen[plan.id] = f
    if problems:
        raise InvalidData(problems)
    return list(chosen.values()), catalog, notes


def _in_memory(parsed: list[Parsed], catalog: Catalog, notes: list[str]) -> Dataset:
    plans = {
        f.plan.id: f.plan._replace(records=f.encoded.records())
        for f in parsed
        if f.plan and f.encoded
    }
    return Dataset(plans, catalog, notes)


def validate(paths: list[Path], user_dir: Path | None = None) -> tuple[list[Problem], int]:
    """Check the given files and folders (default: all data); return problems and files checked.

    Metric ids are checked against every catalog file: the built-in ones, the
    user's and those among the files checked.
    """
    builtin = loader.default_data_dir()
    targets: list[Path] = []
    problems: list[Problem] = []
    if not paths:
        paths = [builtin] + ([user_dir] if user_dir else [])
    for p in paths:
        if p.is_dir():
            targets.extend(loader.yaml_files(p))
        elif p.exists():
            targets.append(p)
        else:
            problems.append(Problem(str(p), None, "no such file or folder"))
    checked = parse_files(targets)
    target_set = {t.resolve() for t in targets}
    context = loader.yaml_files(builtin) + (loader.yaml_files(user_dir) if user_dir else [])
    others = [
        parse_file(f) for f in context if f.resolve() not in target_set and _looks_like_catalog(f)
    ]
    catalog = _catalog([*checked, *(f for f in others if f.is_catalog)], problems)
    for f in checked:
        problems.extend(f.problems)
        problems.extend(_unknown_metrics(f, catalog))
    return problems, len(targets)


def _looks_like_catalog(path: Path) -> bool:
    """A file with a top-level `metrics:` line: only those matter as context, and
    parsing thousands of plan files to find them would be slow."""
    import re

    try:
        return (
            re.search(r"^metrics\s*:", path.read_text(encoding="utf-8", errors="replace"), re.M)
            is not None
        )
    except OSError:
        return False
