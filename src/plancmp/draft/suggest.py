"""Which catalog metric a drafted record most likely is.

Exact names and aliases first, compared as keys with the words that do not change the
indicator taken out (units in brackets, 全市, 的, quotes). The catalog's notes add what
they state: `不同于 X` (this metric is not X) and `A/B/C所指为同一` (interchangeable
words). Past exact matching, a fuzzy ratio (rapidfuzz, imported only here) proposes
the nearest metrics; a fuzzy match is never taken silently: the record says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from plancmp.draft.segments import leading_segment
from plancmp.draft.text import OUR_PLACE, fold, strip_brackets
from plancmp.model import Metric

STRONG = 100
FUZZY_FLOOR = 80
"""A fuzzy score (0-100) at or above this proposes the metric, marked for review."""
NEAR_FLOOR = 60
"""Candidates shown beside a new metric when they score at least this."""
_SCOPE_WORDS = re.compile(rf"^(?:{OUR_PLACE}|区域)")
_NOISE = re.compile(r"[“”\"'‘’《》〈〉\s、，,。；;：:·•\-—]|的")
_EXCLUDE = re.compile(r"不同于\s*([a-z][a-z0-9_]*|[\u4e00-\u9fff]+)")
_SAME = re.compile(r"([\u4e00-\u9fff]+(?:/[\u4e00-\u9fff]+)+)所指为同一")


_NOTES = re.compile(r"[(（\[【{《](?:繁体|繁|拼音|读|拼)[:：][^)）\]】}》]*[)）\]】}》]")
"""A reposting site's notes inside words: `公办(繁体:辦)`, `其中{拼音:zhōng}`."""


_KIND_OF_SCHOOL = re.compile(r"^(?:普通|公办|民办)(?=小学|初中|高中)")
"""`普通初中教师…`: the kind of school before a stage, of no metric's name."""
_STAGES_TEACHERS = re.compile(r"^(?:幼儿园?|幼教|学前(?:教育)?)(?=(?:专任)?教师)")
"""`幼儿教师…比例`, `幼儿园教师…`: a stage's teachers named by their school, as the catalog's
teacher metrics (kept apart by stage) are not."""


def key(name: str) -> str:
    """A name as compared: no brackets, quotes, spaces, 的, or leading 全市/全区."""
    text = strip_brackets(_NOTES.sub("", fold(name)))
    text = _SCOPE_WORDS.sub("", text)
    return _NOISE.sub("", text)


class Suggestion(NamedTuple):
    metric: Metric | None
    score: float
    """100 for a name or alias; the fuzzy ratio otherwise; 0 when nothing is near."""
    candidates: tuple[Metric, ...]
    """The nearest metrics, best first (for a weak match or a new metric)."""

    @property
    def strong(self) -> bool:
        return self.metric is not None and self.score >= STRONG


class Matcher:
    """The catalog's names and aliases as keys, ready for exact and fuzzy lookup."""

    def __init__(self, metrics: Iterable[Metric]):
        self.metrics = list(metrics)
        self.keys: dict[str, list[Metric]] = {}
        self.excluded: dict[str, set[str]] = {}
        swaps: list[tuple[str, ...]] = []
        for m in self.metrics:
            for name in (m.name, *m.aliases):
                self.keys.setdefault(key(name), []).append(m)
            for found in _EXCLUDE.findall(m.note or ""):
                self.excluded.setdefault(m.id, set()).add(found if found.isascii() else key(found))
            swaps.extend(tuple(s.split("/")) for s in _SAME.findall(m.note or ""))
        self.swaps = swaps
        self._choices = list(self.keys)

    def suggest(self, name: str, unit: str | None) -> Suggestion:
        """The metric `name` most likely is, for a record whose values are in `unit`."""
        variants = self._variants(name)
        for k in variants:
            found = [m for m in self.keys.get(k, []) if self._fits(m, k, unit)]
            if len(found) == 1:
                return Suggestion(found[0], STRONG, (found[0],))
        return self._fuzzy(variants, unit)

    def _variants(self, name: str) -> list[str]:
        base = key(name)
        out = [base]
        _, rest = leading_segment(_KIND_OF_SCHOOL.sub("", base))
        if rest and rest != base:
            out.append(key(rest))
        if (teachers := _STAGES_TEACHERS.sub("", base)) != base:
            out.append(teachers)
        for words in self.swaps:
            for k in list(out):
                for w in words:
                    if w in k:
                        out.extend(k.replace(w, other) for other in words if other != w)
        return list(dict.fromkeys(k for k in out if k))

    def _fits(self, m: Metric, k: str, unit: str | None) -> bool:
        if unit is not None and m.unit != unit:
            return False
        excluded = self.excluded.get(m.id, set())
        return k not in excluded

    def _fuzzy(self, variants: list[str], unit: str | None) -> Suggestion:
        from rapidfuzz import fuzz, process  # imported here: only drafting needs it

        scores: dict[str, tuple[float, Metric]] = {}
        stage = leading_segment(variants[0])[0] if variants else None
        for k in variants:
            for choice, score, _ in process.extract(k, self._choices, scorer=fuzz.ratio, limit=8):
                for m in self.keys[choice]:
                    if not self._fits(m, k, unit) or _other_stage(m, stage):
                        continue
                    if score > scores.get(m.id, (0.0, m))[0]:
                        scores[m.id] = (float(score), m)
        ranked = sorted(scores.values(), key=lambda sm: -sm[0])
        near = tuple(m for s, m in ranked[:3] if s >= NEAR_FLOOR)
        if ranked and ranked[0][0] >= FUZZY_FLOOR:
            return Suggestion(ranked[0][1], ranked[0][0], near)
        return Suggestion(None, ranked[0][0] if ranked else 0.0, near)


def _other_stage(m: Metric, stage: str | None) -> bool:
    """Whether `m` is named for a stage other than `stage` (高中段 is not 学前三年毛入园率): a
    name alike in its other words is still another indicator."""
    if stage is None:
        return False
    own = leading_segment(key(m.name))[0]
    return own is not None and own != stage


def similarity(a: str, b: str) -> float:
    """How alike two indicator names are (0-100), as keys."""
    from rapidfuzz import fuzz

    return float(fuzz.ratio(key(a), key(b)))
