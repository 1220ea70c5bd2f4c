"""The one place that matches what a person types: plans, metrics, segments, categories.

Exact id, name or alias first; else a unique fragment; else a unique beginning;
never a guess between several. The CLI and the Python API (`Dataset.find_plan`,
`find_metric`, …) both come here.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

from plancmp.model import CATEGORIES, SEGMENT_WORDS, SEGMENTS

if TYPE_CHECKING:
    from plancmp.metrics import Catalog
    from plancmp.model import Metric, Plan
    from plancmp.peers import Group, Peers

from plancmp.i18n import N_, _

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
        self.close = close
        labels = labels or {}
        shown = [f"{c}（{labels[c]}）" if labels.get(c) else c for c in self.candidates[:MAX_SHOWN]]
        listed = "、".join(shown) + (
            f" 等 {len(self.candidates)} 个" if len(self.candidates) > MAX_SHOWN else ""
        )
        if ambiguous:
            msg = _("{what} {word!r} is ambiguous: it matches {listed} — say which")
        elif candidates and close:
            msg = _("unknown {what} {word!r}: did you mean {listed}?")
        elif candidates:
            msg = _("unknown {what} {word!r}: use one of {listed}")
        else:
            msg = _("unknown {what} {word!r}")
        super().__init__(msg.format(what=_(what), word=word, listed=listed))


def norm(text: str) -> str:
    """Full-width → half-width, case and spacing folded, so 'ＬＩＮＡＮ ' finds linan."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def _fragment(q: str) -> bool:
    """Whether a typed word may match part of a name: it has at least two letters or
    Chinese characters. Punctuation (`-`, `（`), numbers and years (`2025`, `2021年`)
    occur in many titles and name nothing; nor does a single character."""
    return sum(ch.isalpha() for ch in q) >= 2


def took(word: str, matched: Sequence[str]) -> str:
    """What a message says of a word that matched several items (`match`'s second
    value): which one was taken, and the others."""
    others = matched[1 : MAX_SHOWN + 1]
    more = f" 等 {len(matched) - 1} 个" if len(matched) - 1 > MAX_SHOWN else ""
    return _(
        "{word!r} taken as {taken}; it also matches {others} — name one of those to use it instead"
    ).format(word=word, taken=matched[0], others="、".join(others) + more)


def resolve(word: str, items: Iterable[tuple[str, T, Sequence[str]]], what: str) -> T:
    """The item `word` names (see `match`); raises NotFound."""
    return match(word, items, what)[0]


def match(
    word: str, items: Iterable[tuple[str, T, Sequence[str]]], what: str
) -> tuple[T, list[str]]:
    """The item `word` names, and every item it matched, the one taken first, each as
    `key（name）` (only the one taken: the word matched nothing else). The item whose key
    (an id) is the word; else the one whose key, name or alias equals it; else a clear
    winner among the items the word is part of. `items` are (key, item, names), the
    canonical name first.

    A clear winner is the only item in the best tier the word reaches: its canonical
    name begins with the word (普惠 → 普惠性幼儿园覆盖面), else an alias or its id does,
    else the word is inside a name. Several in the best tier are equally good: NotFound,
    ambiguous, with every candidate (覆盖 is inside 26 names and begins none).
    """
    q = norm(word)
    items = list(items)
    labels = {key: names[0] for key, _, names in items if names}

    def shown(key: str) -> str:
        return f"{key}（{labels[key]}）" if labels.get(key) else key

    for key, item, _names in items:
        if key == q:  # an id (lower-case ASCII, so already normalized) is never ambiguous
            return item, [shown(key)]
    entries = [(key, item, [norm(key), *(norm(n) for n in names)]) for key, item, names in items]
    found = {
        key: (item, tier) for key, item, names in entries if (tier := _tier(q, names)) is not None
    }
    if not found:
        close = _close(q, entries) if _fragment(q) else []
        if close:
            raise NotFound(word, what, close, False, labels, close=True)
        raise NotFound(word, what, [key for key, _, _ in items], False, labels)
    order = sorted(found, key=lambda k: (found[k][1], len(labels.get(k, "")), k))
    best = found[order[0]][1]
    winners = [k for k in order if found[k][1] == best]
    if len(winners) > 1:
        raise NotFound(word, what, winners if best == 0 else order, True, labels)
    key = winners[0]
    return found[key][0], [shown(k) for k in [key, *(k for k in order if k != key)]]


def _tier(q: str, names: Sequence[str]) -> int | None:
    """How well `q` names an item with these names (normalized: id, canonical name,
    aliases): 0 equals one, 1 begins the canonical name, 2 begins an alias or the id,
    3 is inside one; None not at all."""
    if q in names:
        return 0
    if not _fragment(q):
        return None
    if names[1:2] and names[1].startswith(q):
        return 1
    if any(n.startswith(q) for n in names):
        return 2
    return 3 if any(q in n for n in names) else None


def _close(q: str, entries: Sequence[tuple[str, object, Sequence[str]]]) -> list[str]:
    """The keys of items with a name close to a word that matched nothing: first those with
    a part a typo away from the word or read the same (普慧 for 普惠, a wrong character of
    the same sound: the part of 普惠性幼儿园覆盖面 it was meant to match), in `_near_parts`'
    order; else, for a word of four or more characters, those whose whole name is like it
    (a shorter word shares a character with many names by chance: 江北 is not 北湖)."""
    import difflib  # only for a word that matched nothing

    near = _near_parts(q, entries)
    if near or len(q) < 4:
        return near
    all_names = {n: key for key, _, names in entries for n in names}
    close = difflib.get_close_matches(q, list(all_names), n=5, cutoff=0.5)
    return list(dict.fromkeys(all_names[c] for c in close))


def _near_parts(q: str, entries: Sequence[tuple[str, object, Sequence[str]]]) -> list[str]:
    """Keys of items a name of which holds a part one edit from `q` (two for a word of five
    or more characters, where two typos are as likely as one in a short word), or a part
    read the same (林按 for 临安: a pinyin input method's wrong pick, however many), those
    read most alike first (临按 is 临安 misheard, not 临海), then nearest in characters, then a
    part that keeps the word's first character (an input method's wrong pick falls more
    often after it: 普慧 is nearer 普惠 than 智慧), then a part that begins the name, then the
    canonical name before the others."""
    from rapidfuzz.distance import Levenshtein  # only for a word that matched nothing

    most = 1 if len(q) < 5 else 2
    spans = {len(q)} if len(q) < 4 else {len(q) - 1, len(q), len(q) + 1}
    heard = _reading(q)
    ranked: dict[str, tuple[int, int, bool, bool, bool, int]] = {}
    for key, _item, names in entries:
        for which, name in enumerate(names):
            read = _reading(name)
            for size in spans:
                for at in range(len(name) - size + 1):
                    d = Levenshtein.distance(q, name[at : at + size])
                    sound = Levenshtein.distance(heard, read[at : at + size])
                    if d > most and sound > 0:
                        continue
                    rank = (sound, d, name[at] != q[0], at > 0, which != 1, len(name))
                    if key not in ranked or rank < ranked[key]:
                        ranked[key] = rank
    return sorted(ranked, key=lambda k: (ranked[k], k))


def _reading(text: str) -> list[str]:
    """Each character's pinyin without tone (临 → lin), one per character, so that the parts
    of a name line up with its readings; a character with no reading stands for itself."""
    return [_char_reading(c) for c in text]


@functools.cache
def _char_reading(char: str) -> str:
    from pypinyin import lazy_pinyin  # only for a word that matched nothing

    return "".join(lazy_pinyin(char)) or char


def _plan_names(p: Plan) -> list[str]:
    return [p.title, *((p.jurisdiction,) if p.jurisdiction else ()), *p.names]


def find_plan(plans: Iterable[Plan], word: str) -> Plan:
    """A plan by id, title, jurisdiction or short name."""
    return match_plan(plans, word)[0]


def find_group(groups: Iterable[Group], word: str) -> Group:
    """A group of plans by id or name (`杭州市辖区`, `全部区县`)."""
    return resolve(word, ((g.id, g, (g.name, *g.names)) for g in groups), N_("group"))


PEER_SEPARATORS = r"[,，、;；]"
"""What separates the words of `--peers 临安,上城` (and 临安、上城, as Chinese lists them)."""


def find_peers(plans: Iterable[Plan], groups: Iterable[Group], text: str) -> Peers:
    """The plans named by `text`: plan names and group names separated by commas, each
    word matched as find_plan and find_group match (a plan's name first, where a word
    names both exactly). Raises NotFound for the first word that names nothing or
    several things."""
    import re

    from plancmp.peers import Group, Peers

    words = [w.strip() for w in re.split(PEER_SEPARATORS, text) if w.strip()]
    if not words:
        raise NotFound(text, N_("plan or group"), [], False)
    items: list[tuple[str, Plan | Group, Sequence[str]]] = [
        (p.id, p, _plan_names(p)) for p in plans
    ]
    items += [(g.id, g, (g.name, *g.names)) for g in groups]
    ids: dict[str, None] = {}
    used: list[Group] = []
    named: list[str] = []
    for word in words:
        found = resolve(word, items, N_("plan or group"))
        if isinstance(found, Group):
            used.append(found)
            ids.update(dict.fromkeys(found.members))
        else:
            named.append(found.id)
            ids[found.id] = None
    return Peers(tuple(ids), tuple(dict.fromkeys(used)), tuple(dict.fromkeys(named)))


def find_metric(catalog: Catalog, word: str) -> Metric:
    """A metric by id, name, alias or a distinctive fragment."""
    return match_metric(catalog, word)[0]


def match_metric(catalog: Catalog, word: str) -> tuple[Metric, list[str]]:
    """A metric by id, name, alias or a distinctive fragment, with the others it matches."""
    return match(word, ((m.id, m, (m.name, *m.aliases)) for m in catalog), N_("metric"))


def match_plan(plans: Iterable[Plan], word: str) -> tuple[Plan, list[str]]:
    """A plan by id, title, jurisdiction or short name, with the others it matches."""
    items = (
        (p.id, p, [p.title, *((p.jurisdiction,) if p.jurisdiction else ()), *p.names])
        for p in plans
    )
    return match(word, items, N_("plan"))


def find_segment(word: str, have: Collection[str] | None = None) -> str:
    """A segment as the data names it (`义务段` → 义务教育); with `have`, one of those."""
    typed = norm(word)
    segment = SEGMENT_WORDS.get(typed, typed)
    if segment not in SEGMENTS:
        raise NotFound(word, N_("segment"), list(SEGMENTS), False)
    if have is not None and segment not in have:
        raise NotFound(word, N_("segment"), sorted(have, key=SEGMENTS.index), False)
    return segment


def find_category(word: str) -> str:
    """A category as the catalog names it; a unique beginning (学前) is enough."""
    return find_choice(word, CATEGORIES, N_("category"))


def find_choice(
    word: str, choices: Sequence[str], what: str, words: Mapping[str, str] | None = None
) -> str:
    """One of a fixed list (categories, finding kinds), by itself, by another word for it
    (`words`: 低于同类 for below_peers), or by a unique beginning of either; failing that, by
    a unique part of two characters or more of another word (`不一致` for 前后不一致, `同类` for
    低于同类), but not one a negation turns round (`高于` is no part of 未高于基线)."""
    typed = norm(word)
    named = {norm(c): c for c in choices} | {norm(k): v for k, v in (words or {}).items()}
    if typed in named:
        return named[typed]
    found = list(dict.fromkeys(c for n, c in named.items() if typed and n.startswith(typed)))
    if not found and len(typed) >= 2:
        found = list(dict.fromkeys(c for n, c in (words or {}).items() if _part_of(typed, n)))
    if len(found) == 1:
        return found[0]
    raise NotFound(word, what, list(found or choices), len(found) > 1)


def _part_of(typed: str, word: str) -> bool:
    """Whether `typed` is inside `word` and not right after a negation (未, 不, 非, 没)."""
    word = norm(word)
    at = word.find(typed)
    return at >= 0 and (at == 0 or word[at - 1] not in "未不非没")


LIST_SEPARATORS = str.maketrans({"，": ",", "、": ",", ";": ",", "；": ","})


def find_choices(
    typed: Iterable[str], choices: Sequence[str], what: str, words: Mapping[str, str] | None = None
) -> list[str]:
    """Several of a fixed list, as an option given more than once or as one list
    (`-k 低于同类,前后不一致`, with `,` `，` `、` or `;` between), each as find_choice reads it."""
    out: list[str] = []
    for text in typed:
        named = [w for w in text.translate(LIST_SEPARATORS).split(",") if w.strip()]
        if not named:  # `-k ""`: an option given with nothing in it filters nothing
            raise NotFound(text, what, [], False)
        out.extend(find_choice(word, choices, what, words) for word in named)
    return list(dict.fromkeys(out))
