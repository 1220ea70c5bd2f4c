"""The error a reader raises: a sentence a user can act on."""

from __future__ import annotations


class DocumentError(Exception):
    """A document that cannot be read. `str()` is one line:
    "<file>: <what is wrong> — <what to do>"."""


class NotAFile(DocumentError):
    """The path names no regular file (mistyped, or a folder, pipe or device): a usage
    error rather than a document's fault."""
