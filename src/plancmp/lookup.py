"""Find one thing by a name a person types: exact id, name or alias, else a unique fragment."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")


class NotFound(LookupError):
    """No unique match; `candidates` are what the user may have meant."""

    def __init__(self, word: str, what: str, candidates: Sequence[str], ambiguous: bool):
        self.word, self.what, self.candidates, self.ambiguous = (
            word,
            what,
            list(candidates),
            ambiguous,
        )
        if ambiguous:
            msg = f"{what} {word!r} is ambiguous: it matches {', '.join(candidates)} — say which"
        elif candidates:
            msg = f"unknown {what} {word!r}: did you mean {', '.join(candidates)}?"
        else:
            msg = f"unknown {what} {word!r}"
        super().__init__(msg)


def norm(text: str) -> str:
    """Full-width → half-width, case and spacing folded, so 'ＬＩＮＡＮ ' finds linan."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def resolve(word: str, items: Iterable[tuple[str, T, Sequence[str]]], what: str) -> T:
    """Pick the item whose key or one of whose names equals `word`, else the unique one
    containing it, else the unique one whose canonical name (the first of `names`) begins with it.

    `items` are (key, item, names). Never guesses between several matches.
    """
    q = norm(word)
    entries = [(key, item, [norm(key), *(norm(n) for n in names)]) for key, item, names in items]
    exact = {key: item for key, item, names in entries if q in names}
    if len(exact) == 1:
        return next(iter(exact.values()))
    if len(exact) > 1:
        raise NotFound(word, what, sorted(exact), True)
    partial = {key: item for key, item, names in entries if q and any(q in n for n in names)}
    if len(partial) == 1:
        return next(iter(partial.values()))
    # A fragment that begins exactly one canonical name (普惠 → 普惠性幼儿园覆盖面) is distinctive.
    leading = {
        key: item for key, item, names in entries if q and names[1:2] and names[1].startswith(q)
    }
    if len(leading) == 1:
        return next(iter(leading.values()))
    if len(partial) > 1:
        raise NotFound(word, what, sorted(partial), True)
    all_names = {n: key for key, _, names in entries for n in names}
    close = difflib.get_close_matches(q, list(all_names), n=5, cutoff=0.5)
    keys = list(dict.fromkeys(all_names[c] for c in close))
    raise NotFound(word, what, keys, False)
