"""Time plancmp's commands as whole processes, on the shipped data and on large corpora.

usage: python benchmarks/bench.py [--sizes 1000 10000] [--runs 5] [--corpus-dir DIR]

Prints, per command: median wall time and peak memory over --runs runs, cold
(an empty cache folder: every file parsed) and warm (the on-disk index written
by the cold run); on the corpora, peak memory is that of the command and its
worker processes together. Then start-up overhead against a bare
`python -c "import typer, yaml"`, in wall time and, when valgrind is installed,
in instructions executed (the same on a busy machine, where wall time is not);
the growth factor from the smallest to the largest corpus (10× the plans
should cost no more than about 10× the time); and start-up on the shipped data
again after the corpora were loaded with the same cache folder, as on a real
user's machine, where large folders have been read before. Corpora are written by
make_corpus.py into --corpus-dir (kept between runs: delete it to regenerate).
Not part of the test suite: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SCRIPT = Path(sys.executable).with_name("plancmp")
PLANCMP = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "plancmp"]
"""The console script, as users run it (else `python -m plancmp`)."""
BASELINE = [sys.executable, "-c", "import typer, yaml"]
COMMANDS = {
    "plans": ["plans", "-f", "csv"],
    "show": ["show", "{plan}", "-f", "csv"],
    "compare": ["compare", "--metric", "kindergarten_puhui_coverage", "-f", "csv"],
    "gaps": ["gaps", "{plan}", "-f", "csv"],
    "matrix": ["matrix", "-f", "csv"],
}
DRAFT = ["draft", str(HERE.parent / "tests" / "draft" / "seeds" / "shangcheng.txt"), "-f", "csv"]
"""Drafting the longest source document (72 KB): a whole process, under a second."""


BASE_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
"""As a user's shell has it: Python keeps compiled modules (some sandboxes turn that off,
which would make every run compile plancmp from source)."""


def tree_rss(root: int) -> int:
    """Resident memory (KiB) of a process and all its descendants, from /proc (Linux;
    0 elsewhere, or where the kernel lacks /proc/PID/task/TID/children, and run() then
    reports the largest single process). Pages that forked workers still share with
    their parent count once per process, so this is an upper bound."""
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        try:
            with open(f"/proc/{pid}/status") as status:
                total += next((int(x.split()[1]) for x in status if x.startswith("VmRSS:")), 0)
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as children:
                    todo.extend(int(c) for c in children.read().split())
        except (OSError, ValueError):
            continue  # the process has just ended
    return total


def run(
    argv: list[str], env: dict[str, str] | None = None, workers: bool = False
) -> tuple[float, int]:
    """Wall seconds and peak resident memory (KiB) of one command; with `workers`, of
    the command and its worker processes together (sampled every 20 ms), else of its
    largest process."""
    env = env or BASE_ENV
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    done, peak = threading.Event(), [0]

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss(proc.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample) if workers else None
    if sampler:
        sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    if sampler:
        sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}): {err[:500]}")
    return wall, max(usage.ru_maxrss, peak[0])


def measure(
    argv: list[str], runs: int, env: dict[str, str] | None = None, workers: bool = False
) -> tuple[float, int]:
    results = [run(argv, env, workers) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def versus_baseline(
    argv: list[str], runs: int, env: dict[str, str]
) -> tuple[float, float, float, int]:
    """Median wall time; the median of its ratios to a baseline run made right after
    it (a busy spell then slows both alike); the ratio of the fastest runs (the least
    disturbed); peak memory."""
    ours, theirs, mem = [], [], 0
    for _ in range(runs):
        wall, peak = run(argv, env)
        ours.append(wall)
        mem = max(mem, peak)
        theirs.append(run(BASELINE)[0])
    return (
        statistics.median(ours),
        statistics.median(a / b for a, b in zip(ours, theirs, strict=True)),
        min(ours) / min(theirs),
        mem,
    )


def instructions(argv: list[str], env: dict[str, str]) -> int | None:
    """Instructions one run executes, counted by valgrind (None without valgrind)."""
    if shutil.which("valgrind") is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        proc = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={folder}/out", *argv],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
    found = re.search(r"Collected : (\d+)", proc.stderr)
    return int(found.group(1)) if proc.returncode == 0 and found else None


def cold(argv: list[str], runs: int, env: dict[str, str]) -> tuple[float, int]:
    """Each run with a new, empty cache folder."""
    results = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            results.append(run(argv, {**env, "PLANCMP_CACHE_DIR": folder}, workers=True))
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def corpus(size: int, folder: Path) -> Path:
    target = folder / f"corpus-{size}"
    if not (target / f"c{size - 1:05d}.yaml").exists():
        print(f"writing a corpus of {size} plans to {target} …", file=sys.stderr)
        subprocess.run(
            [sys.executable, str(HERE / "make_corpus.py"), str(size), str(target)], check=True
        )
    return target


def startup(
    runs: int, env: dict[str, str], base_ins: int | None, only: tuple[str, ...] = ()
) -> None:
    """Each command on the shipped data against the bare start-up, in wall time and,
    where valgrind is installed, in instructions."""
    for name, argv in COMMANDS.items():
        if only and name not in only:
            continue
        command = PLANCMP + [a.replace("{plan}", "linan") for a in argv]
        run(command, env)  # writes the index
        wall, ratio, fastest, mem = versus_baseline(command, runs, env)
        ins = instructions(command, env) if base_ins else None
        print(
            f"  {name:8} {wall * 1000:7.0f} ms  {mem / 1024:6.0f} MiB  {ratio:4.2f}× start-up (fastest runs {fastest:4.2f}×"
            + (f", instructions {ins / base_ins:4.2f}×)" if ins and base_ins else ")")
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument(
        "--large-runs",
        type=int,
        default=2,
        help="runs per command on corpora of 1,000 plans or more",
    )
    ap.add_argument(
        "--startup-runs",
        type=int,
        default=21,
        help="runs per command on the shipped data, each paired with a baseline run",
    )
    ap.add_argument("--corpus-dir", type=Path, default=Path("/tmp/plancmp-bench"))
    ap.add_argument(
        "--no-instructions", action="store_true", help="skip counting instructions with valgrind"
    )
    args = ap.parse_args()

    base, base_mem = measure(BASELINE, args.runs)
    base_ins = None if args.no_instructions else instructions(BASELINE, BASE_ENV)
    print(
        f"baseline  python -c 'import typer, yaml'   {base * 1000:7.0f} ms  {base_mem / 1024:6.0f} MiB"
        + (f"  {base_ins / 1e6:5.0f} M instructions" if base_ins else "")
    )

    cache_dir = tempfile.mkdtemp(prefix="plancmp-bench-cache-")
    shipped_env = {**BASE_ENV, "PLANCMP_CACHE_DIR": cache_dir}
    shipped_env.pop("PLANCMP_DATA_DIR", None)
    print(f"\nshipped data (warm), {args.startup_runs} runs each, each followed by a baseline run")
    startup(args.startup_runs, shipped_env, base_ins)
    wall, mem = measure(PLANCMP + DRAFT, args.runs, shipped_env)
    print(f"  {'draft':8} {wall * 1000:7.0f} ms  {mem / 1024:6.0f} MiB  (shangcheng.txt, 72 KB)")
    times: dict[int, dict[str, float]] = {}
    for size in args.sizes:
        folder = corpus(size, args.corpus_dir)
        env = {**BASE_ENV, "PLANCMP_DATA_DIR": str(folder), "PLANCMP_CACHE_DIR": cache_dir}
        runs = args.large_runs if size >= 1000 else args.runs
        print(f"\n{size} plans (+{(size + 9) // 10} city work points), {runs} run(s) each")
        print(f"  {'':8} {'cold':>9}  {'':>10} {'warm':>9}  {'':>10}")
        times[size] = {}
        for name, argv in COMMANDS.items():
            command = PLANCMP + [a.replace("{plan}", "c00005") for a in argv]
            cold_wall, cold_mem = cold(command, runs, env)
            run(command, env)  # writes the index
            wall, mem = measure(command, runs, env, workers=True)
            times[size][name] = cold_wall
            print(
                f"  {name:8} {cold_wall:7.2f} s  {cold_mem / 1024:6.0f} MiB {wall:7.2f} s  {mem / 1024:6.0f} MiB"
            )

    if args.sizes:
        print(
            "\nshipped data (warm) again, after the corpora were loaded with the same cache folder"
        )
        startup(args.startup_runs, {**shipped_env, "PLANCMP_CACHE_DIR": cache_dir}, base_ins,
                only=("compare", "gaps"))  # fmt: skip

    if len(args.sizes) >= 2:
        small, large = min(args.sizes), max(args.sizes)
        print(
            f"\ngrowth of the cold time, {small} → {large} plans ({large / small:.0f}× the plans)"
        )
        for name in COMMANDS:
            print(f"  {name:8} {times[large][name] / times[small][name]:5.1f}×")


if __name__ == "__main__":
    main()
