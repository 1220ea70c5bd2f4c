"""The one place that matches what a person types: plans, metrics, segments, categories.

Exact id, name or alias first; else a unique fragment; else a unique beginning;
never a guess between several. The CLI and the Python API (`Dataset.find_plan`,
`find_metric`, …) both come here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

from plancmp.model import CATEGORIES, SEGMENT_WORDS, SEGMENTS

if TYPE_CHECKING:
    from plancmp.metrics import Catalog
    from plancmp.model import Metric, Plan

T = TypeVar("T")


MAX_SHOWN = 8
"""How many candidates a message lists before it says how many more there are."""


class NotFound(LookupError):
    """No unique match; `candidates` are the keys the user may have meant (with `close`,
    the nearest spellings; else every choice there is)."""

    def __init__(
        self,
        word: str,
        what: str,
        candidates: Sequence[str],
        ambiguous: bool,
        labels: Mapping[str, str] | None = None,
        close: bool = False,
    ):
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
        elif candidates and close:
            msg = f"unknown {what} {word!r}: did you mean {listed}?"
        elif candidates:
            msg = f"unknown {what} {word!r}: use one of {listed}"
        else:
            msg = f"unknown {what} {word!r}"
        super().__init__(msg)


def norm(text: str) -> str:
    """Full-width → half-width, case and spacing folded, so 'ＬＩＮＡＮ ' finds linan."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def _fragment(q: str) -> bool:
    """Whether a typed word may match part of a name: it has at least two letters or
    Chinese characters. Punctuation (`-`, `（`), numbers and years (`2025`, `2021年`)
    occur in many titles and name nothing; nor does a single character."""
    return sum(ch.isalpha() for ch in q) >= 2


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
    if not _fragment(q):
        raise NotFound(word, what, [key for key, _, _ in items], False, labels)
    partial = {key: item for key, item, names in entries if any(q in n for n in names)}
    if len(partial) == 1:
        return next(iter(partial.values()))
    # A fragment that begins exactly one canonical name (普惠 → 普惠性幼儿园覆盖面) is distinctive.
    leading = {key: item for key, item, names in entries if names[1:2] and names[1].startswith(q)}
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
    import difflib  # only for a word that matched nothing

    all_names = {n: key for key, _, names in entries for n in names}
    close = difflib.get_close_matches(q, list(all_names), n=5, cutoff=0.5)
    keys = list(dict.fromkeys(all_names[c] for c in close))
    if keys:
        raise NotFound(word, what, keys, False, labels, close=True)
    raise NotFound(word, what, [key for key, _, _ in items], False, labels)


def find_plan(plans: Iterable[Plan], word: str) -> Plan:
    """A plan by id, title, jurisdiction or short name."""
    items = (
        (p.id, p, [p.title, *((p.jurisdiction,) if p.jurisdiction else ()), *p.names])
        for p in plans
    )
    return resolve(word, items, "plan")


def find_metric(catalog: Catalog, word: str) -> Metric:
    """A metric by id, name, alias or a distinctive fragment."""
    return resolve(word, ((m.id, m, (m.name, *m.aliases)) for m in catalog), "metric")


def find_segment(word: str, have: Collection[str] | None = None) -> str:
    """A segment as the data names it (`义务段` → 义务教育); with `have`, one of those."""
    typed = norm(word)
    segment = SEGMENT_WORDS.get(typed, typed)
    if segment not in SEGMENTS:
        raise NotFound(word, "segment", list(SEGMENTS), False)
    if have is not None and segment not in have:
        raise NotFound(word, "segment", sorted(have, key=SEGMENTS.index), False)
    return segment


def find_category(word: str) -> str:
    """A category as the catalog names it; a unique beginning (学前) is enough."""
    return find_choice(word, CATEGORIES, "category")


def find_choice(
    word: str, choices: Sequence[str], what: str, words: Mapping[str, str] | None = None
) -> str:
    """One of a fixed list (categories, finding kinds), by itself, by another word for it
    (`words`), or by a unique beginning."""
    typed = norm(word)
    words = {norm(k): v for k, v in (words or {}).items()}
    if typed in words:
        return words[typed]
    found = [c for c in choices if norm(c) == typed] or (
        [c for c in choices if norm(c).startswith(typed)] if typed else []
    )
    if len(found) == 1:
        return found[0]
    raise NotFound(word, what, list(found or choices), len(found) > 1)
