"""An on-disk index of checked data, keyed by the content of every data file.

Parsing thousands of YAML files takes seconds; once they have been read and
checked, the records are kept as JSON (a safe format: loading it runs no code)
in the user's cache folder, split by plan and by metric, so that `compare`
reads one metric's records and `gaps` one plan's and its metrics'. Any change
to any file's content gives a new key, so a stale index is never used.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from plancmp import __version__
from plancmp.model import Baseline, Metric, Plan, Record, Source, Target
from plancmp.values import parse

FORMAT = 1
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
    """A digest of every file's path and content (and of plancmp's version)."""
    h = hashlib.blake2b(f"{__version__}/{FORMAT}".encode(), digest_size=16)
    for f in files:
        h.update(str(f.resolve()).encode())
        h.update(b"\0")
        h.update(f.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def _safe(name: str) -> str:
    """Plan and metric ids are ASCII snake_case; anything else is refused as a file name."""
    if not name.replace("_", "").isalnum() or not name.isascii():
        raise ValueError(f"not a safe id for a file name: {name!r}")
    return name


# --- records as compact JSON rows --------------------------------------------------------


def record_row(r: Record) -> list[Any]:
    b = r.baseline
    return [r.plan, r.metric, r.name, r.segment, r.unit, r.printed_unit, r.target.raw, r.target.year,
            r.target.scope, r.attribute, r.source.section, r.source.kind, list(r.source.also), r.note,
            r.line, b.year if b else None, b.raw if b else None, b.section if b else None]  # fmt: skip


def row_record(x: list[Any]) -> Record:
    """Rebuild a record; values are parsed again from `raw` (memoized), exactly as when checked."""
    printed = x[5]
    target = Target(x[6], parse(x[6], printed), x[7], x[8])
    baseline = Baseline(x[15], x[16], parse(x[16], printed), x[17]) if x[16] is not None else None
    return Record(x[0], x[1], x[2], x[3], x[4], printed, target, baseline, x[9],
                  Source(x[10], x[11], tuple(x[12])), x[13], x[14])  # fmt: skip


PLAN_FIELDS = ("id", "title", "names", "issuer", "doc_number", "issued", "jurisdiction", "level",
               "parent_city", "kind", "base_year", "target_year", "source_file", "path")  # fmt: skip
METRIC_FIELDS = ("id", "name", "aliases", "unit", "category", "better", "note")


def plan_dict(p: Plan) -> dict[str, Any]:
    d = {f: getattr(p, f) for f in PLAN_FIELDS}
    d["names"] = list(p.names)
    d["metrics"] = sorted({r.metric for r in p.records})
    d["counts"] = [len(p.records), sum(r.source.kind == "table" for r in p.records)]
    return d


def dict_plan(d: dict[str, Any]) -> Plan:
    return Plan(**{f: d[f] for f in PLAN_FIELDS if f != "names"}, names=tuple(d["names"]))


# --- writing and reading an index ----------------------------------------------------------


def write(cache_key: str, plans: list[Plan], metrics: Iterable[Metric], notes: list[str]) -> None:
    """Write the index for one data state atomically; never fail the command over it."""
    root = cache_root()
    try:
        root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=root, prefix=".new-"))
        (tmp / "plan").mkdir()
        (tmp / "metric").mkdir()
        by_metric: dict[str, list[list[Any]]] = {}
        for p in plans:
            rows = [record_row(r) for r in p.records]
            _dump(tmp / "plan" / f"{_safe(p.id)}.json", rows)
            for row in rows:
                by_metric.setdefault(row[1], []).append(row)
        for metric_id, rows in by_metric.items():
            _dump(tmp / "metric" / f"{_safe(metric_id)}.json", rows)
        meta = {
            "plans": [plan_dict(p) for p in plans],
            "catalog": [
                {
                    f: (list(v) if isinstance(v := getattr(m, f), tuple) else v)
                    for f in METRIC_FIELDS
                }
                for m in metrics
            ],
            "notes": notes,
        }
        _dump(tmp / "meta.json", meta)  # written last: an index without meta.json is unfinished
        target = root / cache_key
        if target.exists():
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            os.replace(tmp, target)
        _prune(root)
    except (OSError, ValueError):
        shutil.rmtree(locals().get("tmp", root / ".none"), ignore_errors=True)


def _dump(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _prune(root: Path) -> None:
    states = sorted(
        (p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
    )
    for old in states[:-KEEP]:
        shutil.rmtree(old, ignore_errors=True)


class Index:
    """A written index, read lazily: only the files a command needs."""

    def __init__(self, folder: Path, meta: dict[str, Any]):
        self.folder = folder
        self.meta = meta

    @classmethod
    def open(cls, cache_key: str) -> Index | None:
        folder = cache_root() / cache_key
        try:
            meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
            os.utime(folder)  # recently used: kept by _prune
        except (OSError, ValueError):
            return None
        return cls(folder, meta)

    def rows(self, kind: str, name: str) -> list[list[Any]]:
        try:
            return json.loads(
                (self.folder / kind / f"{_safe(name)}.json").read_text(encoding="utf-8")
            )
        except FileNotFoundError:
            return []
