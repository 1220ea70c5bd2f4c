"""The cache folder: which index belongs to which data, and keeping the folder small.

An index is named by a key: a digest of plancmp's own code and of every data
file's path and content. Each data folder has a small manifest remembering its
files' digests with their size, times and inode (as git's index does), so an
unchanged file is not read again to make the key. The folder is kept under a
size cap: the least recently used indexes go first. Nothing in the cache is
ever needed: a missing or damaged part is rebuilt from the data files.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import stat
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from plancmp.version import __version__

try:  # hashlib would also load OpenSSL, a few milliseconds of every start-up
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - every CPython has _blake2
    from hashlib import blake2b

KEEP = 8
"""Indexes (data states) kept at most, whatever their size."""
DEFAULT_MAX_MB = 1024
"""The cache's size cap unless PLANCMP_CACHE_MAX_MB says otherwise."""
STALE_SECONDS = 3600
"""A temporary file this old was left by a process that was killed: it is removed."""
MAX_MANIFEST_BYTES = 256 << 20
"""A manifest holds a line per data file: far less than this, even for 100,000 files."""
SETTLE_SECONDS = 2
"""A file changed this recently is always read: its times may not show the change yet."""
DIGEST_WHILE_PARSING_FROM = 200
"""With this many files in folders seen for the first time (first_seen), the files are
digested by the worker processes that parse them, not all read here first."""
OURS = re.compile(
    r"^(index-[0-9a-f]{32}\.sqlite|manifest-[0-9a-f]{32}\.json|patterns-[a-z0-9-]+\.bin|\.tmp-.*)$"
)
"""The names plancmp writes in its cache folder: nothing else there is ever touched (the
patterns file is draft/patterns.py's)."""
OLDER = re.compile(r"^([0-9a-f]{32}|\.new-.*|\.old-.*|\.manifest-.*|manifest\.json)$")
"""What an older plancmp wrote there (an index per folder, one manifest): removed."""


def cache_root() -> Path:
    """PLANCMP_CACHE_DIR, else $XDG_CACHE_HOME/plancmp, else ~/.cache/plancmp."""
    if os.environ.get("PLANCMP_CACHE_DIR"):
        return Path(os.environ["PLANCMP_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "plancmp"


def index_path(key: str) -> Path:
    return cache_root() / f"index-{key}.sqlite"


def _digest(text: str) -> str:
    return blake2b(text.encode(), digest_size=16).hexdigest()


class Listing(NamedTuple):
    """A data folder's files as found on disk, each with the digest its manifest vouches
    for, or None where the file is new, changed or changed too recently to trust its times."""

    manifest: Path
    known: dict[str, list[Any]]
    files: list[tuple[str, str, list[int], str | None]]
    """(path as given, absolute path, size/times/inode, digest or None) of each file."""


def key(folders: Iterable[list[Path]]) -> str:
    """The key of the index for these files: it changes when any file's content, any
    file's path, or plancmp's own code changes."""
    return key_of(listings(folders))


def listings(folders: Iterable[list[Path]]) -> list[Listing]:
    """Each non-empty folder's files with what its manifest knows of them: their times
    are taken now, before anything reads them, so a manifest never pairs a file's new
    times with its old content."""
    out = []
    now = time.time()
    for files in folders:
        if not files:
            continue
        folder = os.path.abspath(files[0].parent)
        manifest_path = cache_root() / f"manifest-{_digest(folder)}.json"
        known = _read_manifest(manifest_path)
        found = []
        for f in files:
            path = os.path.abspath(f)
            st = os.stat(path)
            stamp = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
            entry = known.get(path)
            trusted = entry and entry[:4] == stamp and now - st.st_ctime > SETTLE_SECONDS
            found.append((str(f), path, stamp, entry[4] if trusted and entry else None))
        out.append(Listing(manifest_path, known, found))
    return out


def first_seen(found: Iterable[Listing]) -> int:
    """How many files are in folders no manifest knows: a first load of them, which has
    no index to find. A folder seen before is digested first even when every file's times
    changed (a fresh checkout, a copy), so that its index is found without parsing."""
    return sum(len(listing.files) for listing in found if not listing.known)


def key_of(found: Iterable[Listing], digests: Mapping[str, str] | None = None) -> str:
    """The key, from the manifests' digests and, for the other files, those of `digests`
    (path as given → digest of the bytes a worker parsed) or else read here; the manifests
    are written with them."""
    h = blake2b(f"{__version__}/{_code_stamp()}".encode(), digest_size=16)
    for listing in found:
        fresh: dict[str, list[Any]] = {}
        for given, path, stamp, digest in listing.files:
            if digest is None:
                digest = (digests or {}).get(given) or _file_digest(path)
            fresh[path] = [*stamp, digest]
            h.update(f"{path}\0{digest}\0".encode())
        if fresh != listing.known:  # written only when something changed: one folder each
            _write_json(listing.manifest, fresh)
    return h.hexdigest()


def _read_manifest(path: Path) -> dict[str, list[Any]]:
    """A manifest as written, or empty when it is missing or damaged in any way (a pipe
    or a device in its place is not read: see files.read_bytes)."""
    from plancmp.store.files import DataError, read_bytes

    try:
        data = json.loads(read_bytes(path, MAX_MANIFEST_BYTES))
    except (DataError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        k: v
        for k, v in data.items()
        if isinstance(v, list) and len(v) == 5 and isinstance(v[4], str)
    }


def _file_digest(path: str) -> str:
    """A file's content digest (files.digest_of), read here: only for a file that is new or
    changed (a first load of many files has its workers digest what they parse)."""
    from plancmp.store.files import digest_of, read_bytes

    return digest_of(read_bytes(Path(path)))


def _code_stamp() -> str:
    """Size and modification time of the modules that decide what an index holds: cheap,
    and changes with the code, so a changed parser never reads data checked by the old one."""
    here = Path(__file__).resolve().parent
    files = [*sorted(here.glob("*.py")), *sorted(here.parent.glob("*.py"))]
    return ",".join(f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in files)


def _write_json(path: Path, data: object) -> None:
    """Write atomically; never fail a command over the cache."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(json.dumps(data, ensure_ascii=False))  # dumps: C's encoder, not dump's
            if path.is_dir() and not path.is_symlink():
                remove(path)  # a folder where the file belongs (damage): it goes
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass


def touch(path: Path) -> None:
    """Mark an index as just used, for least-recently-used eviction: its access time only,
    as its modification time is its seal (index.seal)."""
    with contextlib.suppress(OSError):
        os.utime(path, ns=(time.time_ns(), os.lstat(path).st_mtime_ns))


def max_bytes() -> int:
    try:
        return max(0, int(os.environ.get("PLANCMP_CACHE_MAX_MB", DEFAULT_MAX_MB))) << 20
    except ValueError:
        return DEFAULT_MAX_MB << 20


class Entry(NamedTuple):
    path: Path
    size: int
    used: float


def entries(root: Path | None = None) -> list[Entry]:
    """The cache's files (indexes, manifests, left-overs), least recently used first;
    files of other programs in the folder are not listed."""
    root = root or cache_root()
    found = []
    try:
        items = list(root.iterdir())
    except OSError:
        return []
    for p in items:
        if not (OURS.match(p.name) or OLDER.match(p.name)):
            continue
        try:
            st = p.lstat()
        except OSError:
            continue
        used = max(st.st_atime, st.st_mtime)  # an index's use is in its access time (touch)
        size = _size(p) if stat.S_ISDIR(st.st_mode) else st.st_size  # a link is not followed
        found.append(Entry(p, size, used))
    return sorted(found, key=lambda e: e.used)


def _size(folder: Path) -> int:
    """The bytes of the files in a folder, counting none another command removes meanwhile (a
    writer's working folder goes when its index is sealed, while this one evicts)."""
    total = 0
    try:
        for f in folder.rglob("*"):
            with contextlib.suppress(OSError):
                total += f.stat().st_size if f.is_file() else 0
    except OSError:
        pass
    return total


def evict(keep: Path | None = None) -> None:
    """Keep the cache under its size cap and at most KEEP indexes: the least recently used
    go first, never `keep` (the index just written). Left-over temporary files go too."""
    now = time.time()
    items = entries()
    indexes = [e for e in items if e.path.name.startswith("index-")]
    total = sum(e.size for e in items)
    for e in items:
        if (e.path.name.startswith(".tmp-") and now - e.used > STALE_SECONDS) or OLDER.match(
            e.path.name
        ):
            remove(e.path)
            total -= e.size
    for e in indexes:
        if e.path == keep:
            continue
        if total <= max_bytes() and len(indexes) <= KEEP:
            break
        remove(e.path)
        total -= e.size
        indexes = [x for x in indexes if x is not e]


def remove(path: Path) -> None:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    except OSError:
        pass


def clear() -> int:
    """Remove everything in the cache folder; return the bytes freed."""
    items = entries()
    for e in items:
        remove(e.path)
    return sum(e.size for e in items)
