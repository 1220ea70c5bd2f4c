"""How often `plancmp draft` gives a found target the scope its reader gave it.

usage: python benchmarks/draft_scope.py [SEEDS_DIR] [--corpus DIR] [--holdout] [--show]

draft_accuracy.py scores what is found; this scores one field it leaves out. Each found
target (paired as draft_accuracy.py pairs it) is checked for its scope: `level` (a state
in that year), `cumulative` (a total over the plan's period) or `per_year` (one year's
amount). The seeds are compared with the curated plans; the corpus with its truth files
(dev, or every holdout* set with --holdout). Prints per plan or set how many found targets
agree, then, over all, which scope was drafted for which. With --show, each disagreement.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import draft_accuracy as bench

import plancmp
from plancmp.draft import accuracy
from plancmp.draft.build import draft_document
from plancmp.draft.read import read_document
from plancmp.store.yamlread import load_yaml

Confusion = collections.Counter[tuple[str, str]]


def seeds_scope(seeds: Path, show: bool) -> Confusion:
    """Each seed's found targets against the curated plan's scopes."""
    data = plancmp.load()
    metrics = list(data.catalog)
    total: Confusion = collections.Counter()
    for plan_id in bench.SEEDS:
        draft = draft_document(read_document(seeds / f"{plan_id}.txt"), plan_id, metrics)
        curated = list(data.records_of(plan_id))
        expected = [accuracy.item_of(r) for r in curated]
        drafted = [accuracy.item_of(d.record) for d in draft.records]
        scopes = [r.target.scope for r in curated]
        found = [d.record.target.scope for d in draft.records]
        pairs = accuracy.pair(expected, drafted)
        total.update(_agreement(plan_id, expected, scopes, found, pairs, show))
    return total


def corpus_scope(folder: Path, show: bool) -> Confusion:
    """A corpus set's found targets against its truth files' scopes."""
    metrics = list(plancmp.load().catalog)
    total: Confusion = collections.Counter()
    for truth in sorted(folder.glob("*.truth.yaml")):
        doc = truth.with_name(truth.name.removesuffix(".truth.yaml") + ".txt")
        draft = draft_document(read_document(doc), "corpus", metrics)
        drafted = [
            d._replace(
                key=d.key._replace(base_value=None, base_year=None), name=bench.simplified(d.name)
            )
            for d in (accuracy.item_of(x.record) for x in draft.records)
        ]
        expected, _ = bench.truth_items(truth)
        scopes = [r["target"]["scope"] for r in load_yaml(truth)["records"]]
        found = [d.record.target.scope for d in draft.records]
        pairs = accuracy.pair(expected, drafted, bench.same_in_corpus)
        label = f"{folder.name}/{doc.stem}"
        total.update(_agreement(label, expected, scopes, found, pairs, show, quiet=True))
    _line(folder.name, total)
    return total


def _agreement(
    label: str,
    expected: list[accuracy.Item],
    scopes: list[str],
    found: list[str],
    pairs: dict[int, int],
    show: bool,
    quiet: bool = False,
) -> Confusion:
    """(read scope, drafted scope) of each found target; prints the plan's line unless
    `quiet` (a corpus set prints one line for all its documents)."""
    conf: Confusion = collections.Counter()
    for i, j in sorted(pairs.items()):
        conf[(scopes[i], found[j])] += 1
        if show and scopes[i] != found[j]:
            print(f"    {label}: {expected[i].label}  read {scopes[i]}, drafted {found[j]}")
    if not quiet:
        _line(label, conf)
    return conf


def _line(label: str, conf: Confusion) -> None:
    agree = sum(n for (read, drafted), n in conf.items() if read == drafted)
    total = sum(conf.values())
    share = agree / total if total else 1.0
    print(f"{label:<14}{agree:>6}/{total:<5}{share:>5.0%}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", nargs="?", type=Path, default=bench.default_seeds())
    parser.add_argument("--corpus", type=Path, default=bench.ROOT / "tests" / "draft" / "corpus")
    parser.add_argument("--holdout", action="store_true", help="the holdout sets, holdout*")
    parser.add_argument("--show", action="store_true", help="list each disagreement")
    args = parser.parse_args(argv)
    if not args.seeds.is_dir():
        print(
            f"no seeds folder {args.seeds}: give the folder of the five .txt files", file=sys.stderr
        )
        return 2
    print(f"{'plan or set':<14}{'scope agrees':>17}")
    seeds = seeds_scope(args.seeds, args.show)
    folders = sorted(args.corpus.glob("holdout*")) if args.holdout else [args.corpus / "dev"]
    corpus: Confusion = collections.Counter()
    for folder in folders:
        if folder.is_dir():
            corpus.update(corpus_scope(folder, args.show))
    for label, conf in (("seeds", seeds), ("corpus", corpus)):
        _line(label, conf)
        for (read, drafted), n in sorted(conf.items(), key=lambda x: -x[1]):
            print(f"    read {read:<11} drafted {drafted:<11}{n:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
