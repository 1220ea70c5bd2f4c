"""Bytes → text, never lossy: UTF-8 (with or without BOM), UTF-16 with a BOM,
else GB18030 (a superset of GBK and GB2312). Anything that decodes strictly in
none of them, or holds control bytes, is not a text document."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from plancmp.draft.read.errors import DocumentError
from plancmp.i18n import _

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_text(data: bytes, path: Path, declared: str | None = None) -> str:
    """The text of `data`; `declared` is an encoding the file names for itself
    (an HTML meta charset), tried after UTF-8."""
    text = _try_decode(data, declared)
    if text is None or _CONTROL.search(text):
        raise DocumentError(
            _(
                "{path}: not a text document (binary content, or an encoding other than UTF-8, UTF-16 or GBK/GB18030) — save it as UTF-8 text, .docx or .pdf"
            ).format(path=path)
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _try_decode(data: bytes, declared: str | None) -> str | None:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    # Valid UTF-8 is almost never anything else, so it wins over a page's own
    # (sometimes wrong) declaration; GB18030 decodes nearly any bytes, so it is last.
    for encoding in ("utf-8", _gb_superset(declared), "gb18030"):
        if encoding:
            text = _strict(data, encoding)
            if text is not None:
                return text
    return None


def _gb_superset(declared: str | None) -> str | None:
    """GB2312 and GBK pages routinely use characters only GB18030 has."""
    if declared is None:
        return None
    name = declared.strip().lower()
    if name in ("gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "gb18030"):
        return "gb18030"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
