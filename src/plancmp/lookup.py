"""Find one thing by a name a person types: exact id, name or alias, else a unique fragment."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

T = TypeVar("T")


MAX_SHOWN = 8
"""How many candidates a message lists before it says how many more there are."""


class NotFound(LookupError):
    """No unique match; `candidates` are the keys the user may have meant."""

    def __init__(self, word: str, what: str, candidates: Sequence[str], ambiguous: bool,
                 labels: Mapping[str, str] | None = None):  # fmt: skip
        self.word, self.what, self.candidates, self.ambiguous = (
            word,
            what,
            list(candidates),
            ambiguous,
        )
        labels = labels or {}
        shown = [f"{c}（{labels[c]}）" if labels.get(c) else c for c in self.candidates[:MAX_SHOWN]]
        listed = "、".join(shown) + (
            f" 等 {len(self.candidates)} 个" if len(self.candidates) > MAX_SHOWN else ""
        )
        if ambiguous:
            msg = f"{what} {word!r} is ambiguous: it matches {listed} — say which"
        elif candidates:
            msg = f"unknown {what} {word!r}: did you mean {listed}?"
        else:
            msg = f"unknown {what} {word!r}"
        super().__init__(msg)


def norm(text: str) -> str:
    """Full-width → half-width, case and spacing folded, so 'ＬＩＮＡＮ ' finds linan."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def resolve(word: str, items: Iterable[tuple[str, T, Sequence[str]]], what: str) -> T:
    """Pick the item whose key equals `word`, else the one whose key or one of whose
    names equals it, else the unique one containing it, else the unique one whose
    canonical name (the first of `names`) begins with it.

    `items` are (key, item, names). Never guesses between several matches.
    """
    q = norm(word)
    items = list(items)
    for key, item, _ in items:
        if key == q:  # an id (lower-case ASCII, so already normalized) is never ambiguous
            return item
    labels = {key: names[0] for key, _, names in items if names}
    entries = [(key, item, [norm(key), *(norm(n) for n in names)]) for key, item, names in items]
    exact = {key: item for key, item, names in entries if q in names}
    if len(exact) == 1:
        return next(iter(exact.values()))
    if len(exact) > 1:
        raise NotFound(word, what, sorted(exact), True, labels)
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
        names_of = {key: names for key, _, names in entries}
        ordered = sorted(
            partial,
            key=lambda k: (
                not any(n.startswith(q) for n in names_of[k]),
                len(labels.get(k, "")),
                k,
            ),
        )
        raise NotFound(word, what, ordered, True, labels)
    all_names = {n: key for key, _, names in entries for n in names}
    close = difflib.get_close_matches(q, list(all_names), n=5, cutoff=0.5)
    keys = list(dict.fromkeys(all_names[c] for c in close))
    raise NotFound(word, what, keys, False, labels)
