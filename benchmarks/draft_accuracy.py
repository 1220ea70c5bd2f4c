"""How well `plancmp draft` reads plans: recall and precision against hand-read targets.

usage: python benchmarks/draft_accuracy.py [SEEDS_DIR] [--corpus DIR] [--holdout] [--show]

Drafts the five source documents (SEEDS_DIR/<id>.txt, default ../shared/seeds beside
the checkout, else the copies in tests/draft/seeds) and compares each draft with the curated records of that plan
(`plancmp.load()`). Then drafts the evaluation corpus (tests/draft/corpus/dev, or
holdout with --holdout) and compares with its ground truth. Prints per document:
indicator-table recall, numeric-prose recall, precision; with --show, the targets
missed and the drafted records that match nothing, for inspection (some are targets
the curators left out). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

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


def run_corpus(folder: Path, show: bool) -> list[accuracy.Score]:
    from plancmp.draft.truth import load_truth

    data = plancmp.load()
    metrics = list(data.catalog)
    scores = []
    print(f"\n{folder}")
    for doc_path, truth in load_truth(folder):
        start = time.perf_counter()
        draft = draft_document(read_document(doc_path), "corpus", metrics)
        elapsed = time.perf_counter() - start
        drafted = [accuracy.item_of(d.record) for d in draft.records]
        expected = truth(draft.plan.target_year)
        scores.append(_report(doc_path.stem[:13], expected, drafted, elapsed, show))
    _total(scores)
    return scores


def _report(label: str, expected: list[accuracy.Item], drafted: list[accuracy.Item],
            elapsed: float, show: bool) -> accuracy.Score:  # fmt: skip
    pairs = accuracy.pair(expected, drafted)
    s = accuracy.score(expected, drafted, pairs)
    print(
        f"{label:<14}{s.table_found:>5}/{s.table_total:<3}{s.table_recall:>5.0%} "
        f"{s.prose_found:>5}/{s.prose_total:<3}{s.prose_recall:>5.0%} "
        f"{s.drafted_matched:>5}/{s.drafted_total:<3}{s.precision:>5.0%} {elapsed:>6.2f}s"
    )
    if show:
        matched = set(pairs.values())
        for i, e in enumerate(expected):
            if i not in pairs and (e.kind == "table" or e.numeric):
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared = ROOT.parent / "shared" / "seeds"
    default = shared if shared.is_dir() else ROOT / "tests" / "draft" / "seeds"
    parser.add_argument("seeds", nargs="?", type=Path, default=default)
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "draft" / "corpus")
    parser.add_argument("--holdout", action="store_true", help="score the holdout set (only when asked)")
    parser.add_argument("--show", action="store_true", help="list misses and unmatched drafts")
    args = parser.parse_args(argv)
    if not args.seeds.is_dir():
        print(f"no seeds folder {args.seeds}: give the folder of the five .txt files", file=sys.stderr)
        return 2
    run_seeds(args.seeds, args.show)
    folder = args.corpus / ("holdout" if args.holdout else "dev")
    if folder.is_dir():
        run_corpus(folder, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
