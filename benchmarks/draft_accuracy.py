"""How well `plancmp draft` reads plans: recall and precision against hand-read targets.

usage: python benchmarks/draft_accuracy.py [SEEDS_DIR] [--corpus DIR] [--holdout] [--show] [--loose]

Drafts the five source documents (SEEDS_DIR/<id>.txt, default ../shared/seeds beside
the checkout, else the copies in tests/draft/seeds) and compares each draft with the
curated records of that plan (`plancmp.load()`): a curated record is found when a
drafted record has its op, value, value_max, target year and baseline. Then drafts the
evaluation corpus (tests/draft/corpus/dev, or every holdout* set with --holdout, only
when asked) and compares with its ground truth by the rule of corpus/README.md (with
--loose, by op, value, value_max and year only).

Prints per document: indicator-table recall, numeric-prose recall, precision (drafted
records that match); with --show, the targets missed and the drafted records that match
nothing, for inspection (some are targets the curators left out, some restate a target
in other words). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from pathlib import Path
from typing import Any

import plancmp
from plancmp.draft import accuracy
from plancmp.draft.build import draft_document
from plancmp.draft.read import read_document

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEEDS = ("linan", "yuecheng", "shangcheng", "linhai", "hangzhou2023")


def run_seeds(seeds: Path, show: bool) -> list[accuracy.Score]:
    data = plancmp.load()
    metrics = list(data.catalog)
    scores = []
    print(f"{'plan':<14}{'table':>14}{'prose(num)':>14}{'precision':>14}{'time':>8}")
    for plan_id in SEEDS:
        path = seeds / f"{plan_id}.txt"
        start = time.perf_counter()
        draft = draft_document(read_document(path), plan_id, metrics)
        elapsed = time.perf_counter() - start
        expected = [accuracy.item_of(r) for r in data.records_of(plan_id)]
        drafted = [accuracy.item_of(d.record) for d in draft.records]
        s = _report(plan_id, expected, drafted, elapsed, show)
        scores.append(s)
    _total(scores)
    return scores


def truth_items(path: Path) -> tuple[list[accuracy.Item], list[bool]]:
    """The records of a corpus truth file (corpus/README.md) as items, and which are optional."""
    from decimal import Decimal

    from plancmp.store.yamlread import load_yaml

    items, optional = [], []
    for rec in load_yaml(path)["records"]:
        t = rec["target"]
        num = lambda v: None if v is None else accuracy.figure(Decimal(str(v)))  # noqa: E731
        key = accuracy.Key(t["op"], num(t["value"]), num(t["value_max"]), t["year"], None, None)
        items.append(
            accuracy.Item(
                key,
                simplified(rec["name"]),
                rec["segment"],
                rec["kind"],
                f"{rec['name']} {t['raw']}",
            )
        )
        optional.append(bool(rec["optional"]))
    return items, optional


def simplified(name: str) -> str:
    """A name in simplified characters: corpus/README.md, "Measuring", compares names after
    converting both (a drafted name is in the converted text's characters already)."""
    return str(_t2s().convert(name))


@functools.cache
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def same_in_corpus(e: accuracy.Item, d: accuracy.Item) -> bool:
    """corpus/README.md, "Measuring": value, year and segment agree, and the names are of
    the same indicator (here: alike as keys, or one inside the other)."""
    from plancmp.draft.suggest import key, similarity

    k1, k2 = e.key, d.key
    if (k1.op, k1.value, k1.value_max) != (k2.op, k2.value, k2.value_max):
        return False
    if k1.year is not None and k1.year != k2.year:
        return False
    if e.segment != d.segment:
        return False
    names = (key(e.name), *_inner(e.name)), (key(d.name), *_inner(d.name))
    return any(
        a and b and (a in b or b in a or similarity(a, b) >= NAME_FLOOR)
        for a in names[0]
        for b in names[1]
    )


def _inner(name: str) -> list[str]:
    """What a name says in brackets: `新增学位（幼儿园）` is also the 幼儿园 part."""
    import re

    from plancmp.draft.suggest import key

    return [key(x) for x in re.findall(r"[(（]([^()（）]+)[)）]", name)]


NAME_FLOOR = 50
"""How alike (0-100) a drafted name must be to the hand-read one to be the same indicator."""


def same_value_and_year(e: accuracy.Item, d: accuracy.Item) -> bool:
    """The looser rule (--loose): op, value, value_max and year (when the truth has one)
    agree, whatever the name and segment: what a number-only check would count."""
    k1, k2 = e.key, d.key
    same = (k1.op, k1.value, k1.value_max) == (k2.op, k2.value, k2.value_max)
    return same and (k1.year is None or k1.year == k2.year)


def run_corpus(folder: Path, show: bool, loose: bool = False) -> list[accuracy.Score]:
    data = plancmp.load()
    metrics = list(data.catalog)
    scores = []
    print(f"\n{folder}")
    for truth_path in sorted(folder.glob("*.truth.yaml")):
        doc_path = truth_path.with_name(truth_path.name.removesuffix(".truth.yaml") + ".txt")
        start = time.perf_counter()
        draft = draft_document(read_document(doc_path), "corpus", metrics)
        elapsed = time.perf_counter() - start
        drafted = [accuracy.item_of(d.record) for d in draft.records]
        drafted = [
            d._replace(key=d.key._replace(base_value=None, base_year=None), name=simplified(d.name))
            for d in drafted
        ]
        expected, optional = truth_items(truth_path)
        label = doc_path.stem[:13]
        same = same_value_and_year if loose else same_in_corpus
        scores.append(_report(label, expected, drafted, elapsed, show, same, optional))
    _total(scores)
    return scores


def _report(label: str, expected: list[accuracy.Item], drafted: list[accuracy.Item],
            elapsed: float, show: bool, same=accuracy.same_key,
            optional: list[bool] | None = None) -> accuracy.Score:  # fmt: skip
    pairs = accuracy.pair(expected, drafted, same)
    s = accuracy.score(expected, drafted, pairs, optional)
    print(
        f"{label:<14}{s.table_found:>5}/{s.table_total:<3}{s.table_recall:>5.0%} "
        f"{s.prose_found:>5}/{s.prose_total:<3}{s.prose_recall:>5.0%} "
        f"{s.drafted_matched:>5}/{s.drafted_total:<3}{s.precision:>5.0%} {elapsed:>6.2f}s"
    )
    if show:
        matched = set(pairs.values())
        for i, e in enumerate(expected):
            if (
                i not in pairs
                and (e.kind == "table" or e.numeric)
                and not (optional and optional[i])
            ):
                print(f"    missed   [{e.kind}] {e.label}  {_key(e.key)}")
        for j, d in enumerate(drafted):
            if j not in matched:
                print(f"    unmatched[{d.kind}] {d.label}  {_key(d.key)}")
    return s


def _key(k: accuracy.Key) -> str:
    base = f" base {k.base_value}@{k.base_year}" if k.base_value is not None else ""
    return f"({k.op} {k.value}{'-' + str(k.value_max) if k.value_max is not None else ''} @{k.year}{base})"


def _total(scores: list[accuracy.Score]) -> None:
    t = accuracy.Score(*(sum(x) for x in zip(*scores, strict=True))) if scores else None
    if t:
        print(
            f"{'all':<14}{t.table_found:>5}/{t.table_total:<3}{t.table_recall:>5.0%} "
            f"{t.prose_found:>5}/{t.prose_total:<3}{t.prose_recall:>5.0%} "
            f"{t.drafted_matched:>5}/{t.drafted_total:<3}{t.precision:>5.0%}  "
            f"recall {t.recall:.0%}"
        )


def default_seeds() -> Path:
    """The five seed texts: ../shared/seeds beside the checkout when there is one, else the
    copies in tests/draft/seeds."""
    shared = ROOT.parent / "shared" / "seeds"
    return shared if shared.is_dir() else ROOT / "tests" / "draft" / "seeds"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", nargs="?", type=Path, default=default_seeds())
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "draft" / "corpus")
    parser.add_argument(
        "--holdout", action="store_true", help="score the holdout sets, holdout* (only when asked)"
    )
    parser.add_argument("--show", action="store_true", help="list misses and unmatched drafts")
    parser.add_argument(
        "--loose", action="store_true", help="match corpus records by op, value and year only"
    )
    args = parser.parse_args(argv)
    if not args.seeds.is_dir():
        print(
            f"no seeds folder {args.seeds}: give the folder of the five .txt files", file=sys.stderr
        )
        return 2
    run_seeds(args.seeds, args.show)
    folders = sorted(args.corpus.glob("holdout*")) if args.holdout else [args.corpus / "dev"]
    for folder in folders:
        if folder.is_dir():
            run_corpus(folder, args.show, args.loose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
