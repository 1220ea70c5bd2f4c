"""Time values.parse over every printed value of the shipped data (targets and baselines).

usage: python benchmarks/bench_values.py [--rounds 50]

Prints the median and fastest time per value over --rounds rounds (parse's cache
cleared before each), and what the first parse of a process costs (loading the
grammar and data/units.yaml; a numeral longer than 一…十 also imports cn2an, timed
apart). Not part of the test suite: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

PLANCMP = [str(Path(sys.executable).with_name("plancmp"))]


def shipped_values() -> list[tuple[str, str | None]]:
    """(raw, the indicator's printed unit) of every target and baseline, from `plancmp export`."""
    out = subprocess.run(
        [*PLANCMP, "export", "-f", "json"], capture_output=True, text=True, check=True
    )
    pairs = []
    for r in json.loads(out.stdout):
        pairs.append((r["target_raw"], r["printed_unit"]))
        if r["baseline_raw"]:
            pairs.append((r["baseline_raw"], r["printed_unit"]))
    return pairs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=50)
    args = ap.parse_args()
    pairs = shipped_values()
    from plancmp import values

    t = time.perf_counter()
    values.parse("90%以上", "%")
    first = time.perf_counter() - t
    t = time.perf_counter()
    values.parse("二十所")
    numeral = time.perf_counter() - t
    rounds = []
    for _ in range(args.rounds):
        values.parse.cache_clear()
        t = time.perf_counter()
        for raw, unit in pairs:
            values.parse(raw, unit)  # every shipped value reads: validate checks it
        rounds.append((time.perf_counter() - t) / len(pairs))
    print(f"{len(pairs)} values, {args.rounds} rounds: median {statistics.median(rounds) * 1e6:.2f} µs, "
          f"fastest {min(rounds) * 1e6:.2f} µs per value")  # fmt: skip
    print(
        f"first parse of a process {first * 1e3:.1f} ms; first long numeral (cn2an) {numeral * 1e3:.1f} ms"
    )


if __name__ == "__main__":
    main()
