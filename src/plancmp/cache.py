"""An on-disk index of checked data, keyed by the content of every data file.

Parsing thousands of YAML files takes seconds; once they have been read and
checked, the records are kept as JSON (a safe format: loading it runs no code)
in the user's cache folder, split by plan and by metric, so that `compare`
reads one metric's records and `gaps` one plan's and its metrics'. Any change
to any file's content gives a new key, so a stale index is never used.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from plancmp import __version__

try:  # hashlib would also load OpenSSL, a few milliseconds of every start-up
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - every CPython has _blake2
    from hashlib import blake2b
from plancmp.model import (
    Baseline,
    Metric,
    Plan,
    Record,
    Source,
    Standard,
    Target,
    Value,
)

if TYPE_CHECKING:
    from plancmp.gaps import PeerTarget

FORMAT = 10
"""Bump when the layout below changes; old indexes are then ignored."""
KEEP = 4
"""How many indexes (data states) to keep; older ones are removed."""


def cache_root() -> Path:
    """PLANCMP_CACHE_DIR, else $XDG_CACHE_HOME/plancmp, else ~/.cache/plancmp."""
    if os.environ.get("PLANCMP_CACHE_DIR"):
        return Path(os.environ["PLANCMP_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "plancmp"


def key(files: Iterable[Path]) -> str:
    """A digest of every file's path and content (and of plancmp's version).

    Each file's content digest is remembered with its size, modification and
    change times and inode, as git's index does, so an unchanged file is not read
    again (the change time cannot be set back by `cp -p` or `touch`); a file
    changed in the last two seconds is always read (its times may not show it).
    plancmp's own code is part of the key too, so a changed parser never reads
    data checked by the old one.
    """
    manifest_path = cache_root() / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_bytes())
    except (OSError, ValueError):
        manifest = {}
    h = blake2b(f"{__version__}/{FORMAT}/{_code_stamp()}".encode(), digest_size=16)
    changed = False
    now = time.time()
    for f in files:
        path = os.path.abspath(f)
        st = os.stat(path)
        stamp = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
        known = manifest.get(path)
        if known and known[:4] == stamp and now - st.st_ctime > 2:
            digest = known[4]
        else:
            digest = blake2b(Path(path).read_bytes(), digest_size=16).hexdigest()
            manifest[path] = [*stamp, digest]
            changed = True
        h.update(f"{path}\0{digest}\0".encode())
    if changed:
        _write_manifest(manifest_path, manifest)
    return h.hexdigest()


def _code_stamp() -> str:
    """Size and modification time of plancmp's modules: cheap, and changes with the code."""
    here = Path(__file__).parent
    return ",".join(
        f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in sorted(here.glob("*.py"))
    )


def _write_manifest(path: Path, manifest: dict[str, Any]) -> None:
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".manifest-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(manifest, fh, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        pass  # the cache is an optimisation: never fail a command over it


SHARDS = 64
"""Plans' records are kept in this many files: few files to write, little to read for one plan."""


def shard(plan_id: str) -> str:
    return f"{int(blake2b(plan_id.encode(), digest_size=4).hexdigest(), 16) % SHARDS:02d}"


def _safe(name: str) -> str:
    """Plan and metric ids are ASCII snake_case; anything else is refused as a file name."""
    if not name.replace("_", "").isalnum() or not name.isascii():
        raise ValueError(f"not a safe id for a file name: {name!r}")
    return name


# --- records as compact JSON rows -------------------------------------------------------


PRINTED_UNIT, RAW, KIND = 5, 9, 21
"""Positions in a record row (see record_row) that are read without building the record."""


def record_row(r: Record) -> list[Any]:
    t, b, src = r.target, r.baseline, r.source
    return [r.plan, r.metric, r.name, r.segment, r.unit, r.printed_unit, r.attribute, r.note, r.line,
            t.raw, t.year, t.scope, *_value_row(t.value), src.section, src.kind, list(src.also),
            *((b.year, b.raw, b.section, *_value_row(b.value)) if b else ())]  # fmt: skip


def row_record(x: list[Any]) -> Record:
    target = Target(x[9], _value(*x[12:20]), x[10], x[11])
    baseline = Baseline(x[23], x[24], _value(*x[26:34]), x[25]) if len(x) > 23 else None
    return Record(*x[:6], target, baseline, x[6], Source(x[20], x[21], tuple(x[22])), x[7], x[8])


def _value_row(v: Value) -> list[Any]:
    return [v.op, _text(v.value), _text(v.value_max), v.unit, v.printed_unit, v.approx, v.direction,
            v.at_least]  # fmt: skip


def _text(d: Decimal | None) -> str | None:
    return None if d is None else str(d)


def _value(op: str, value: str | None, value_max: str | None, unit: str | None, printed: str | None,
           approx: bool, direction: str | None, at_least: bool) -> Value:  # fmt: skip
    return Value(op, _dec(value), _dec(value_max), unit, printed, approx, direction, at_least)


def _dec(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


PLAN_FIELDS = ("id", "title", "names", "issuer", "doc_number", "issued", "jurisdiction", "level",
               "parent_city", "kind", "base_year", "target_year", "source_file", "path")  # fmt: skip
METRIC_FIELDS = ("id", "name", "aliases", "unit", "category", "better", "note")


def plan_dict(p: Plan, rows: Sequence[list[Any]]) -> dict[str, Any]:
    d = {f: getattr(p, f) for f in PLAN_FIELDS}
    d["names"] = list(p.names)
    d["metrics"] = sorted({x[1] for x in rows})
    d["counts"] = [len(rows), [x[KIND] for x in rows].count("table")]
    return d


_to_json = json.JSONEncoder(separators=(",", ":"), check_circular=False).encode
"""Compact JSON with ASCII escapes: encoded and decoded faster than UTF-8 text, and
nobody reads these files. One encoder object: json.dumps would build one per call."""


class Encoded(NamedTuple):
    """One plan's share of an index, as JSON text.

    Encoding is most of the cost of writing an index, so it is done where the plan
    was parsed (in worker processes, in parallel, for big folders); writing then
    only joins text.
    """

    meta: dict[str, Any]
    """The plan's identity, metric ids and counts (plan_dict)."""
    rows: tuple[str, ...]
    """Each record as a JSON row (record_row), in file order."""
    metrics: tuple[str, ...]
    """The metric id of each row."""
    peers: tuple[tuple[tuple, str], ...]
    """(comparable group, JSON of the peer target) for a county plan's numeric targets."""

    def records(self) -> tuple[Record, ...]:
        return tuple(row_record(x) for x in json.loads(f"[{','.join(self.rows)}]"))


def encode(plan: Plan) -> Encoded:
    from plancmp.compare import targets_by_group

    rows = [record_row(r) for r in plan.records]
    peers = []
    if not plan.is_city:  # what gaps.peer_groups gives, a county plan's share of it
        for group, r in targets_by_group(plan).items():
            target = [plan.id, plan.jurisdiction, r.target.raw, r.printed_unit]
            peers.append((group, _to_json([*target, *_value_row(r.target.value)])))
    return Encoded(
        plan_dict(plan, rows),
        tuple(_to_json(x) for x in rows),
        tuple(x[1] for x in rows),
        tuple(peers),
    )


def standard_dict(st: Standard) -> dict[str, Any]:
    return {"metric": st.metric, "limit": str(st.limit), "unit": st.unit, "raw": st.raw, "document": st.document,
            "doc_number": st.doc_number, "checked_against": st.checked_against}  # fmt: skip


def dict_standard(d: dict[str, Any]) -> Standard:
    return Standard(**{**d, "limit": Decimal(d["limit"])})


def dict_plan(d: dict[str, Any]) -> Plan:
    return Plan(**{f: d[f] for f in PLAN_FIELDS if f != "names"}, names=tuple(d["names"]))


# --- writing and reading an index ----------------------------------------------------------


def write(
    cache_key: str, plans: list[Encoded], metrics: Iterable[Metric], notes: list[str]
) -> None:
    """Write the index for one data state atomically; never fail the command over it."""
    import tempfile

    root = cache_root()
    tmp = None
    try:
        root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=root, prefix=".new-"))
        by_shard: dict[str, list[str]] = {}
        by_metric: dict[str, list[str]] = {}
        by_group: dict[tuple, list[str]] = {}
        for p in plans:
            by_shard.setdefault(shard(p.meta["id"]), []).extend(p.rows)
            for metric_id, row in zip(p.metrics, p.rows, strict=True):
                by_metric.setdefault(metric_id, []).append(row)
            for group, target in p.peers:
                by_group.setdefault(group, []).append(target)
        for kind, parts in (("plan", by_shard), ("metric", by_metric)):
            (tmp / kind).mkdir()
            for name, rows in parts.items():
                _write_json(tmp / kind / f"{_safe(name)}.json", rows)
        (tmp / "peers").mkdir()
        groups_by_metric: dict[str, list[str]] = {}
        for group, targets in by_group.items():
            encoded = f"[{_to_json(list(group))},[{','.join(targets)}]]"
            groups_by_metric.setdefault(group[0], []).append(encoded)
        for metric_id, groups in groups_by_metric.items():
            _write_json(tmp / "peers" / f"{_safe(metric_id)}.json", groups)
        meta = {
            "plans": [p.meta for p in plans],
            "catalog": [
                {
                    f: (list(v) if isinstance(v := getattr(m, f), tuple) else v)
                    for f in METRIC_FIELDS
                }
                for m in metrics
            ],
            "standards": [standard_dict(st) for st in getattr(metrics, "standards", {}).values()],
            "notes": notes,
        }
        # Written last: an index without meta.json is unfinished.
        (tmp / "meta.json").write_text(_to_json(meta), encoding="ascii")
        target = root / cache_key
        if target.exists() and not (target / "meta.json").is_file():
            # A broken index (meta.json is written last, so a whole one always has it):
            # moved aside first, so that no reader ever sees a half-replaced folder.
            os.replace(target, tmp.with_name(f".old-{os.getpid()}-{cache_key}"))
            shutil.rmtree(tmp.with_name(f".old-{os.getpid()}-{cache_key}"), ignore_errors=True)
        try:
            os.replace(tmp, target)
        except OSError:  # another process has just written the same index: use theirs
            shutil.rmtree(tmp, ignore_errors=True)
        _prune(root)
    except (OSError, ValueError):
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def _write_json(path: Path, items: list[str]) -> None:
    """A JSON list of already encoded items."""
    path.write_text(f"[{','.join(items)}]", encoding="ascii")


def _prune(root: Path) -> None:
    """Remove all but the KEEP most recently used indexes, and never one used in the
    last hour: a command that opened it may still be reading."""
    hour_ago = time.time() - 3600
    states = sorted(
        (p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
    )
    for old in states[:-KEEP]:
        if old.stat().st_mtime < hour_ago:
            shutil.rmtree(old, ignore_errors=True)


class IndexGone(Exception):
    """Part of an opened index has disappeared (removed by hand, or a full disk)."""

    def __init__(self, folder: Path):
        super().__init__(
            f"the cache {folder} is incomplete: run the command again, or add --no-cache"
        )


class Index:
    """A written index, read lazily: only the files a command needs."""

    def __init__(self, folder: Path, meta: dict[str, Any]):
        self.folder = folder
        self.meta = meta
        self._shards: dict[str, dict[str, list[Record]]] = {}

    @classmethod
    def open(cls, cache_key: str) -> Index | None:
        folder = cache_root() / cache_key
        try:
            meta = json.loads((folder / "meta.json").read_bytes())
            os.utime(folder)  # recently used: kept by _prune
        except (OSError, ValueError):
            return None
        return cls(folder, meta)

    def peer_groups(self, metric_id: str) -> dict[tuple, list[PeerTarget]]:
        """County plans' numeric targets for one metric, by comparable group (gaps.peer_groups)."""
        from plancmp.gaps import PeerTarget

        path = self.folder / "peers" / f"{_safe(metric_id)}.json"
        try:
            groups = json.loads(path.read_bytes())
        except FileNotFoundError:
            return {}
        return {
            tuple(k): [PeerTarget(x[0], x[1], x[2], x[3], _value(*x[4:12])) for x in rows]
            for k, rows in groups
        }

    def plan_records(self, plan_id: str) -> list[Record]:
        name = shard(plan_id)
        if name not in self._shards:  # one shard holds many plans: read it once
            by_plan: dict[str, list[Record]] = {}
            for r in self._records("plan", name):
                by_plan.setdefault(r.plan, []).append(r)
            self._shards[name] = by_plan
        return self._shards[name].get(plan_id, [])

    def metric_records(self, metric_id: str) -> list[Record]:
        return self._records("metric", _safe(metric_id))

    def targets(self) -> Iterator[tuple[str, str, str | None, str, str | None]]:
        """(plan, metric, segment, raw, printed unit) of every record, one shard at a time
        (Dataset.targets)."""
        for name in sorted({shard(p["id"]) for p in self.meta["plans"]}):
            for x in self._rows("plan", name):
                yield x[0], x[1], x[3], x[RAW], x[PRINTED_UNIT]

    def _records(self, kind: str, name: str) -> list[Record]:
        return [row_record(x) for x in self._rows(kind, name)]

    def _rows(self, kind: str, name: str) -> list[list[Any]]:
        try:
            return json.loads((self.folder / kind / f"{name}.json").read_bytes())
        except FileNotFoundError:
            if kind == "metric" and not any(name in p["metrics"] for p in self.meta["plans"]):
                return []  # a metric no plan sets has no file
            raise IndexGone(self.folder) from None
