"""The filesystem side of data files: which files a folder holds, and reading one safely.

Only regular files are read (a named pipe would wait forever, a device never
ends), and their size is checked before a byte is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

from plancmp.i18n import N_, _, os_reason
from plancmp.paths import default_data_dir

__all__ = ["DataError", "default_data_dir", "read_bytes", "read_text", "yaml_files"]

MAX_FILE_BYTES = 5_000_000
"""A plan file is a few tens of kilobytes; anything this large is a mistake."""
YAML_SUFFIXES = (".yaml", ".yml")
"""Compared without regard to case: plan.YAML is a YAML file too."""


class DataError(Exception):
    """A data file cannot be read; `str()` is `file:line: what — how to fix`.

    `message` (an English template, `fields` filled in) is put in the user's language
    when it is read: an error that is caught and never shown (a cache manifest not yet
    written) never opens the catalog."""

    def __init__(self, path: str, line: int | None, message: str, **fields: object):
        self.path, self.line, self.template, self.fields = path, line, message, fields
        super().__init__(path, line, message)

    @property
    def message(self) -> str:
        return _(self.template).format(**self.fields) if self.fields else _(self.template)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"

    def __reduce__(self) -> tuple[Any, ...]:  # crosses from the worker processes intact
        return (_data_error, (self.path, self.line, self.template, self.fields))


def _data_error(path: str, line: int | None, message: str, fields: dict[str, object]) -> DataError:
    return DataError(path, line, message, **fields)


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """A regular file's bytes, at most `limit` of them; DataError for anything else."""
    name = str(path)
    try:
        _refuse_special(name, os.stat(path).st_mode)  # a socket cannot even be opened
        # O_NONBLOCK: opening a FIFO must not wait for a writer (it is refused below).
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise DataError(name, None, N_("no such file: check the path")) from None
    except IsADirectoryError:
        raise DataError(name, None, N_("is a folder, not a YAML file")) from None
    except OSError as exc:
        raise DataError(name, None, N_("cannot read: {reason}"), reason=os_reason(exc)) from None
    try:
        info = os.fstat(fd)
        _refuse_special(name, info.st_mode)  # what was opened, if it changed since
        if info.st_size > limit:
            raise _too_big(name, info.st_size)
        chunks, size = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # it grew while being read
                raise _too_big(name, size)
        return b"".join(chunks)
    except OSError as exc:
        raise DataError(name, None, N_("cannot read: {reason}"), reason=os_reason(exc)) from None
    finally:
        os.close(fd)


def _refuse_special(name: str, mode: int) -> None:
    """Only a regular file is read: a named pipe would wait forever, a device never ends."""
    if stat.S_ISDIR(mode):
        raise DataError(name, None, N_("is a folder, not a YAML file"))
    if not stat.S_ISREG(mode):
        raise DataError(
            name,
            None,
            N_("is not a regular file (a named pipe, device or socket): give a plan file"),
        )


def _too_big(name: str, size: int) -> DataError:
    return DataError(
        name,
        None,
        N_("file is {size:,} bytes, more than a plan file can be ({most:,}): check the path"),
        size=size,
        most=MAX_FILE_BYTES,
    )


def read_text(path: Path) -> str:
    """A data file's text (UTF-8, with or without a byte-order mark), or a DataError that
    says what the file is instead and how to fix it."""
    return text_of(str(path), read_bytes(path))


def text_of(name: str, data: bytes) -> str:
    """The text of a data file's bytes, read by read_bytes (see read_text)."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise DataError(name, None, N_("is UTF-32: save it as UTF-8 (in Excel/WPS: 另存为 UTF-8)"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (b"\x00" in data and _is_utf16(data)):
        raise DataError(name, None, N_("is UTF-16: save it as UTF-8 (in Excel/WPS: 另存为 UTF-8)"))
    if b"\x00" in data:  # never in UTF-8 text
        raise DataError(name, None, N_("not a text file (it contains NUL bytes)"))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DataError(
            name, line, N_("not UTF-8 (GBK?): save the file as UTF-8 (in Excel/WPS: 另存为 UTF-8)")
        ) from None


def digest_of(data: bytes) -> str:
    """A file's content digest, for the cache key (store/cache.py): SHA-256 through OpenSSL,
    which hashes at twice blake2b's speed where the processor has SHA instructions."""
    from hashlib import sha256

    return sha256(data).hexdigest()[:32]


def _is_utf16(data: bytes) -> bool:
    """UTF-16 without a byte-order mark: the start reads as UTF-16 text, in either byte
    order, with no control character but tab and line ends. Chinese text in UTF-16 has
    few NUL bytes, binary data many control characters and broken surrogates."""
    import codecs

    head = data[:4096]
    for encoding in ("utf-16-le", "utf-16-be"):
        try:  # final=False: a character cut at the end of `head` is no error
            text = codecs.getincrementaldecoder(encoding)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        if text and not any(ch < " " and ch not in "\t\n\r" for ch in text):
            return True
    return False


def _name(path: Path) -> str:
    return path.name


def yaml_files(folder: Path) -> tuple[list[Path], list[str]]:
    """The YAML files of a data folder in a stable order, and a note for each file that
    looks meant as one but is not read (`plan.yaml.txt`)."""
    if not folder.exists():
        raise DataError(str(folder), None, N_("data folder does not exist: check --data-dir"))
    if not folder.is_dir():
        raise DataError(
            str(folder), None, N_("is not a folder: --data-dir takes a folder of YAML files")
        )
    try:
        entries = sorted(folder.iterdir(), key=_name)  # paths of one folder: by name, 5× faster
    except OSError as exc:
        raise DataError(
            str(folder), None, N_("cannot read the folder: {reason}"), reason=os_reason(exc)
        ) from None
    found, skipped = [], []
    for p in entries:
        name = p.name.lower()
        if name.startswith("."):
            continue
        if name.endswith(YAML_SUFFIXES):
            found.append(p)
        elif ".yaml" in name or ".yml" in name:
            skipped.append(f"note: {p} is not read: a data file's name ends in .yaml")
    return found, skipped
