"""Getting a document's bytes safely, and telling its format from them.

The size is checked before reading and the read is bounded, so a huge file or a
FIFO (which `stat` shows is not a regular file) never hangs or fills memory.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from plancmp.draft.read.errors import DocumentError, NotAFile
from plancmp.i18n import _, os_reason

MAX_BYTES = 100 * 1024 * 1024
"""Published plans, even long scanned PDFs, stay well under this."""

SUPPORTED = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


def read_bytes(path: Path) -> bytes:
    """The whole file, after checking that it is a regular, non-empty file of a
    sensible size."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise NotAFile(_("{path}: no such file — check the path").format(path=path)) from None
    except OSError as err:
        raise DocumentError(
            _("{path}: cannot be read ({strerror}) — check the path and its permissions").format(
                path=path, strerror=os_reason(err)
            )
        ) from None
    if not stat.S_ISREG(info.st_mode):  # a folder named in place of its file: a usage error
        raise NotAFile(
            _(
                "{path}: not a regular file (a directory, pipe or device) — pass the document file itself"
            ).format(path=path)
        ) from None
    if info.st_size == 0:
        raise DocumentError(
            _("{path}: the file is empty — pass the document with its text").format(path=path)
        )
    if info.st_size > MAX_BYTES:
        size_mb = f"{info.st_size / (1024 * 1024):.1f}"
        raise DocumentError(
            _(
                "{path}: the file is {size_mb} MB, more than the {most} MB a plan document can be — pass the plan itself, or split it"
            ).format(path=path, size_mb=size_mb, most=MAX_BYTES // (1024 * 1024))
        )
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as err:
        raise DocumentError(
            _("{path}: cannot be read ({strerror}) — check its permissions").format(
                path=path, strerror=os_reason(err)
            )
        ) from None
    if len(data) > MAX_BYTES:
        raise DocumentError(
            _(
                "{path}: the file grew past {most} MB while being read — pass a finished document"
            ).format(path=path, most=MAX_BYTES // (1024 * 1024))
        )
    if not data:
        raise DocumentError(
            _("{path}: the file is empty — pass the document with its text").format(path=path)
        )
    return data


def sniff(data: bytes) -> str | None:
    """The format the content itself announces ("pdf", "zip", "ole", "html"),
    or None for anything else (plain text, or not text at all)."""
    head = data[:1024]
    if head.startswith(OLE_MAGIC):
        return "ole"
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if b"%PDF-" in head:
        return "pdf"
    lowered = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if (
        lowered.startswith((b"<!doctype html", b"<html", b"<?xml"))
        and b"<html" in data[:65536].lower()
    ):
        return "html"
    if lowered.startswith(b"<") and any(tag in lowered for tag in (b"<body", b"<head", b"<meta")):
        return "html"
    return None
