"""Everything plancmp knows: the plans and the catalog, from the built-in and user folders.

`load()` picks the store: the on-disk index when the cache may be used (built
first if this data has not been seen), else the files parsed in memory.
`Dataset` is the one face of either: data access and the words a user types to
name things, nothing of the analyses.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Collection, Iterator, Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from plancmp import lookup
from plancmp.metrics import Catalog
from plancmp.model import Cell, Metric, Plan, Problem, Record
from plancmp.store import cache
from plancmp.store.base import Ask, InvalidData, Setters, Standing, Store
from plancmp.store.files import DataError, default_data_dir, yaml_files
from plancmp.store.index import IndexStore

if TYPE_CHECKING:
    from plancmp.peers import Group, Peers


class Dataset:
    """The plans (built-in first, then the user's) and the metric catalog, whichever store
    holds them."""

    def __init__(self, store: Store, notes: tuple[str, ...] = ()):
        self.store = store
        self._notes = notes

    @property
    def catalog(self) -> Catalog:
        return self.store.catalog

    @property
    def notes(self) -> tuple[str, ...]:
        """Things the user should know (a file not read, a built-in plan replaced), for stderr."""
        return (*self._notes, *self.store.notes)

    @cached_property
    def headers(self) -> dict[str, Plan]:
        """Every plan's identity by id, without records: cheap even for thousands of plans."""
        return {p.id: p for p in self.store.headers()}

    @cached_property
    def plans(self) -> Mapping[str, Plan]:
        """Every plan by id, with its records (read when a plan is first looked up)."""
        return _PlansWithRecords(self)

    def records_of(self, plan_id: str) -> tuple[Record, ...]:
        return self.store.records_of(plan_id)

    def with_records(self, plan_id: str) -> Plan:
        """The plan with all its records."""
        return self.headers[plan_id]._replace(records=self.records_of(plan_id))

    def records_for(self, metric_id: str) -> list[Record]:
        """Every plan's records for one metric, in plan order."""
        return self.store.records_for(metric_id)

    def entries_for(self, metric_id: str) -> list[tuple[Plan, Record]]:
        """Every plan's records for one metric, each with its plan (without records)."""
        return [(self.headers[r.plan], r) for r in self.records_for(metric_id)]

    def metrics_of(self, plan_id: str) -> frozenset[str]:
        return self.store.metrics_of(plan_id)

    def counts(self, plan_id: str) -> tuple[int, int]:
        """(records, of which from an indicator table)."""
        return self.store.counts(plan_id)

    def setters(
        self,
        among: Collection[str] | None = None,
        first: int = 0,
        *,
        levels: Collection[str] | None = None,
    ) -> dict[str, Setters]:
        """See Store.setters."""
        return self.store.setters(among, first, levels=levels)

    def standings(
        self,
        asks: Sequence[Ask],
        among: Collection[str] | None = None,
        *,
        levels: Collection[str] | None = None,
        leave_out: str | None = None,
    ) -> list[Standing]:
        """See Store.standings."""
        return self.store.standings(asks, among, levels=levels, leave_out=leave_out)

    def cells(self) -> Iterator[Cell]:
        return self.store.cells()

    @cached_property
    def groups(self) -> dict[str, Group]:
        """Groups of plans by id: those of the groups files, then those every dataset has
        (`all`, `tier:county` …, `city:杭州` …: see store/derived.py)."""
        from plancmp.store.derived import derived

        return {g.id: g for g in [*self.store.groups(), *derived(self.headers.values())]}

    # --- the words a user types -----------------------------------------------------------

    def find_plan(self, word: str) -> Plan:
        """A plan by id, title, jurisdiction or short name; raises lookup.NotFound."""
        return lookup.find_plan(self.headers.values(), word)

    def find_metric(self, word: str) -> Metric:
        """A metric by id, name, alias or a distinctive fragment; raises lookup.NotFound."""
        return lookup.find_metric(self.catalog, word)

    def find_segment(self, word: str, metric_id: str | None = None) -> str:
        """A segment as the data names it (`义务段` → 义务教育); with `metric_id`, only one
        that metric is set for. Raises lookup.NotFound."""
        have = None
        if metric_id is not None:
            have = {r.segment for r in self.records_for(metric_id) if r.segment}
        return lookup.find_segment(word, have)

    def find_category(self, word: str) -> str:
        """A category as the catalog names it; a unique beginning (学前) is enough."""
        return lookup.find_category(word)

    def find_group(self, word: str) -> Group:
        """A group by id or name (`杭州市辖区`, `全部区县`); raises lookup.NotFound."""
        return lookup.find_group(self.groups.values(), word)

    def find_peers(self, text: str) -> Peers:
        """The plans named by `--peers` text: plans and groups, separated by commas
        (`临安,上城`, `杭州市辖区`); raises lookup.NotFound."""
        return lookup.find_peers(self.headers.values(), self.groups.values(), text)


class _PlansWithRecords(Mapping[str, Plan]):
    """Plans by id, each read with its records on first access (Dataset.plans)."""

    def __init__(self, data: Dataset):
        self._data = data
        self._done: dict[str, Plan] = {}

    def __getitem__(self, plan_id: str) -> Plan:
        if plan_id not in self._done:
            if plan_id not in self._data.headers:
                raise KeyError(plan_id)
            self._done[plan_id] = self._data.with_records(plan_id)
        return self._done[plan_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data.headers)

    def __len__(self) -> int:
        return len(self._data.headers)


# --- loading ---------------------------------------------------------------------------------


def load(
    user_dir: Path | None = None, builtin_dir: Path | None = None, use_cache: bool = False
) -> Dataset:
    """Load the built-in data and, beside it, the user's folder; raise InvalidData on any problem.

    With `use_cache`, data checked before with the very same file contents is read from
    the on-disk index instead of being parsed again.
    """
    builtin_dir = builtin_dir or default_data_dir()
    if user_dir is not None and user_dir.exists() and user_dir.resolve() == builtin_dir.resolve():
        user_dir = None  # --data-dir pointing at the built-in data adds nothing
    folders, notes = [], []
    try:
        for folder in [builtin_dir] + ([user_dir] if user_dir else []):
            files, skipped = yaml_files(folder)
            folders.append(files)
            notes.extend(skipped)
    except DataError as exc:
        raise InvalidData([Problem(exc.path, exc.line, exc.message)]) from None
    store = _from_cache(folders) if use_cache else _in_memory(folders)
    return Dataset(store, tuple(notes))


def _in_memory(folders: list[list[Path]]) -> Store:
    from plancmp.store.assemble import assemble
    from plancmp.store.memory import MemorySink

    sink = MemorySink()
    assemble(folders, sink)
    assert sink.store is not None
    return sink.store


def _from_cache(folders: list[list[Path]]) -> Store:
    try:
        found = cache.listings(folders)
        if cache.first_seen(found) >= cache.DIGEST_WHILE_PARSING_FROM:
            return _build_index(folders, found)  # a first load: digested as they are parsed
        key = cache.key_of(found)
    except (OSError, DataError):
        return _in_memory(folders)  # an unreadable file: parse, and report it
    path = cache.index_path(key)
    if os.path.lexists(path):  # whole, or damaged and healed
        cache.touch(path)
        return IndexStore.open(path, key, lambda: _heal(folders, path, key))
    return _build_index(folders, found, key)


def _heal(folders: list[list[Path]], path: Path, key: str) -> Store:
    """A damaged index: throw it away and build it again."""
    cache.remove(path)
    return _build_index(folders, [], key)


def _build_index(
    folders: list[list[Path]], found: list[cache.Listing], key: str | None = None
) -> Store:
    """Write the index for this data, then open it; where the cache cannot be written
    (no room, no permission), the data is parsed in memory instead. Without a `key`, the
    files new to the manifests are digested by the processes that parse them, so that
    reading them all first does not hold up the parse; the key is made from those
    digests once all are parsed (store/cache.py: the same key, the same manifests)."""
    from plancmp.store.assemble import assemble
    from plancmp.store.index import IndexWriter

    digests: dict[str, str] | None = None if key else {}
    try:
        path = cache.index_path(key or "pending")
        path.parent.mkdir(parents=True, exist_ok=True)
        writer = IndexWriter(path, key or "")
    except (OSError, sqlite3.Error):
        return _in_memory(folders)
    if digests is not None:
        writer.settle = lambda: _settle(found, digests)
    try:
        assemble(folders, writer, digests)
    except InvalidData:
        writer.abort()
        raise
    except (OSError, sqlite3.Error, DataError):
        writer.abort()
        return _in_memory(folders)
    except BaseException:  # Ctrl-C: leave no temporary file behind
        writer.abort()
        raise
    cache.evict(keep=writer.path)
    return IndexStore.open(writer.path, writer.key, heal=lambda: _in_memory(folders))


def _settle(found: list[cache.Listing], digests: dict[str, str]) -> tuple[Path, str]:
    key = cache.key_of(found, digests)
    return cache.index_path(key), key
