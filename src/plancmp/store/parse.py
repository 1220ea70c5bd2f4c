"""One data file → what it holds, checked on its own; many files, in parallel when many."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

from plancmp.model import Metric, Plan, Problem, Standard
from plancmp.peers import Group
from plancmp.store import schema
from plancmp.store.files import DataError, digest_of, read_bytes, text_of
from plancmp.store.index_levels import plan_levels
from plancmp.store.rows import record_row
from plancmp.store.shards import ShardWriter, Stored, stored
from plancmp.store.yamlread import load_yaml

PARALLEL_FROM = 200
"""Folders with this many files are parsed in several processes (YAML parsing is
CPU-bound and holds the GIL); below it, starting processes costs more than it saves."""
MAX_WORKERS = 4
CHUNK = 16
"""Files a worker parses at a time (and commits to its shard at once)."""


class Parsed(NamedTuple):
    """One data file, read and checked on its own: no other file is needed."""

    path: str
    kind: str = "plan"
    """plan, catalog or units (schema.file_kind)."""
    plan: Plan | None = None
    """The plan; from a worker process without its records, which travel in `rows`."""
    rows: tuple[tuple[Any, ...], ...] = ()
    """The records as rows (rows.record_row), when parsed in a worker process for data kept
    in memory: plain tuples cost far less to send back than objects."""
    metrics: tuple[Metric, ...] = ()
    standards: tuple[Standard, ...] = ()
    problems: tuple[Problem, ...] = ()
    metric_refs: tuple[tuple[str, int | None, int], ...] = ()
    """(metric id, line, record number) of every record, checked against the catalog afterwards."""
    groups: tuple[Group, ...] = ()
    member_lines: tuple[tuple[int | None, ...], ...] = ()
    """The line of each member of each group, for a member that names no plan."""
    stored: Stored | None = None
    """For a plan a worker wrote into a shard file (store/shards.py): its place and counts;
    its records then travel in neither `plan` nor `rows`."""
    digest: str | None = None
    """When asked for: the digest of the bytes parsed (files.digest_of), for the cache key."""


def parse_file(path: Path, as_rows: bool = False, digest: bool = False) -> Parsed:
    """Read, parse and check one file; its raw YAML is dropped once the plan is built.
    With `digest`, the digest of the bytes read comes with it."""
    got = None
    try:
        if digest:
            raw = read_bytes(path)
            got = digest_of(raw)
            data = load_yaml(path, text_of(str(path), raw))
        else:
            data = load_yaml(path)
    except DataError as exc:
        return Parsed(str(path), problems=(Problem(exc.path, exc.line, exc.message),))
    f = _parse(path, data, as_rows)
    return f if got is None else f._replace(digest=got)


def _parse(path: Path, data: Any, as_rows: bool) -> Parsed:
    kind = schema.file_kind(data)
    if kind == "units":  # data/units.yaml: read by units.table, checked here
        return Parsed(str(path), kind, problems=tuple(schema.check_units(data, str(path))))
    if kind == "groups":
        from plancmp.store.groups import build_groups

        built = build_groups(data, str(path))
        return Parsed(
            str(path),
            kind,
            problems=built.problems,
            groups=built.groups,
            member_lines=built.member_lines,
        )
    if kind == "catalog":
        metrics, problems = schema.build_metrics(data, str(path))
        standards, more = schema.build_standards(data, str(path))
        return Parsed(
            str(path),
            kind,
            metrics=tuple(metrics),
            standards=tuple(standards),
            problems=(*problems, *more),
        )
    plan, problems = schema.build_plan(data, str(path), path.stem)
    refs = schema.metric_refs(data)
    if plan is not None and as_rows:
        rows = tuple(record_row(r) for r in plan.records)
        return Parsed(
            str(path),
            kind,
            plan._replace(records=()),
            rows,
            problems=tuple(problems),
            metric_refs=refs,
        )
    return Parsed(str(path), kind, plan, problems=tuple(problems), metric_refs=refs)


def _parse_as_rows(path: Path) -> Parsed:
    return parse_file(path, as_rows=True)


_shard: ShardWriter | None = None
"""This worker process's shard file, opened on its first plan."""


def _parse_into_shard(
    folder: Path, chunk: list[tuple[int, Path]], digest: bool = False
) -> list[Parsed]:
    """Files parsed in a worker process; each valid plan's rows written into the process's
    shard in `folder`, the plan sent back without them."""
    gc.disable()  # parsing makes no reference cycles; collecting them as it went cost 3%
    try:
        out = [_parse_into(folder, pos, path, digest) for pos, path in chunk]
    finally:
        gc.enable()  # cycles left, if any (an exception's frames), go at the next collection
    if _shard is not None:
        _shard.commit()
    return out


def _parse_into(folder: Path, pos: int, path: Path, digest: bool) -> Parsed:
    global _shard
    f = parse_file(path, digest=digest)
    if f.plan is None or f.problems:
        return f
    if _shard is None:
        _shard = ShardWriter(folder)
    plan = f.plan
    rows = tuple(record_row(r) for r in plan.records)
    _shard.add(pos, plan.level, rows, plan_levels(plan.level, plan.records))
    return f._replace(plan=plan._replace(records=()), stored=stored(pos, rows))


def parse_files(
    paths: Iterable[Path], shards: Path | None = None, digest: bool = False
) -> Iterator[Parsed]:
    """Every file parsed, in order, as they finish; in worker processes when there are many.
    Their plans then carry their records as rows, or, given a folder for `shards`, have them
    written into shard files there (store/shards.py). With `digest`, each comes with the
    digest of its bytes (only where they are parsed into shards, or in this process)."""
    paths = list(paths)
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    if len(paths) < PARALLEL_FROM or workers < 2:
        yield from (parse_file(p, digest=digest) for p in paths)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        if shards is None:
            yield from pool.map(_parse_as_rows, paths, chunksize=CHUNK)
            return
        placed = list(enumerate(paths, 1))
        chunks = [placed[i : i + CHUNK] for i in range(0, len(placed), CHUNK)]
        for batch in pool.map(partial(_parse_into_shard, shards, digest=digest), chunks):
            yield from batch
