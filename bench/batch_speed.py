"""Speed of ``storydiff batch``: CPU per pair, and the wall time of 1,000 pairs with one job and with two.

Run ``python -m bench.batch_speed``. Each batch is the real command (``python -m tui batch``) in a fresh process,
writing JSON exports into a temporary folder; its CPU time counts the worker processes too. It prints:

- the 120 BASIL pairs of ``../shared/data/basil/pairs.tsv`` with one job: CPU per pair, the whole process's and the
  margin over a batch of one pair (what one more pair costs);
- 1,000 pairs (the BASIL pairs, each way round, over and over, every row named apart) with ``--jobs 1`` and
  ``--jobs 2``, one after the other: wall and CPU time, and the speed-up of two jobs over one.

Without ``../shared`` the 45 pasted-page pairs of ``bench/pairs`` stand in. The load average (1 minute) is printed
beside each figure: on a shared machine, repeat a run whose load was high (``--repeat N`` runs each figure N times
and prints every run). This prints numbers; it is not a timed test.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench.datasets import ROOT, shared_dir

TARGETS = {"pair": "cpu <= 40 ms a pair", "1000": "wall <= 30 s with --jobs 2"}
"""The targets, printed beside the figures."""


def corpus_pairs() -> tuple[str, list[tuple[str, str]]]:
    """The corpus's name and its pairs, as absolute paths."""
    shared = shared_dir()
    if shared is not None:
        folder = shared / "data" / "basil"
        with (folder / "pairs.tsv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        return "BASIL pairs", [(str(folder / row["file_a"]), str(folder / row["file_b"])) for row in rows]
    pairs = ROOT / "bench" / "pairs"
    lefts = sorted(pairs.glob("*-left.txt"))
    return "bench/pairs", [(str(left), str(left.with_name(left.name.replace("-left", "-right")))) for left in lefts]


def write_manifest(path: Path, pairs: Sequence[tuple[str, str]], count: int) -> Path:
    """A TSV manifest of ``count`` rows cycling through the pairs (each way round after the first pass), each
    named apart."""
    both = [*pairs, *((right, left) for left, right in pairs)]
    rows = itertools.islice(itertools.cycle(both if count > len(pairs) else pairs), count)
    lines = ["left\tright\tname", *(f"{a}\t{b}\trow {k:05d}" for k, (a, b) in enumerate(rows, start=1))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_batch(manifest: Path, jobs: int) -> tuple[float, float, float]:
    """Run one batch in a fresh process: (wall seconds, CPU seconds of it and its workers, load average before)."""
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="storydiff-batch-") as out:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "tui", "batch", str(manifest), "-o", out, "--jobs", str(jobs), "--allow-outside"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"batch failed (exit {result.returncode}): {result.stderr.strip()[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, load


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures."""
    parser = argparse.ArgumentParser(prog="python -m bench.batch_speed", description=__doc__)
    parser.add_argument("--repeat", type=int, default=1, metavar="N", help="run each figure N times (1)")
    parser.add_argument("--pairs", type=int, default=1000, metavar="N", help="pairs of the wall-time batch (1000)")
    args = parser.parse_args(argv)
    name, pairs = corpus_pairs()
    with tempfile.TemporaryDirectory(prefix="storydiff-manifests-") as folder:
        one = write_manifest(Path(folder) / "one.tsv", pairs, 1)
        every = write_manifest(Path(folder) / "every.tsv", pairs, len(pairs))
        many = write_manifest(Path(folder) / "many.tsv", pairs, args.pairs)
        print(f"{name}: {len(pairs)} pairs, one job ({TARGETS['pair']})")
        for _ in range(args.repeat):
            _, base, load_one = run_batch(one, 1)
            wall, cpu, load = run_batch(every, 1)
            print(
                f"  {1000 * cpu / len(pairs):6.1f} ms cpu a pair, whole process (load {load:.2f}); "
                f"{1000 * (cpu - base) / (len(pairs) - 1):6.1f} ms a pair more than a batch of one "
                f"({base:.2f} s cpu, load {load_one:.2f}); wall {wall:.1f} s"
            )
        print(f"{args.pairs} pairs ({TARGETS['1000']})")
        print(f"  {'jobs':>4}  {'wall s':>7}  {'cpu s':>7}  {'pairs/s':>7}  {'load':>5}  speed-up")
        for _ in range(args.repeat):
            wall_one, cpu_one, load_one = run_batch(many, 1)
            print(f"  {1:>4}  {wall_one:7.1f}  {cpu_one:7.1f}  {args.pairs / wall_one:7.1f}  {load_one:5.2f}")
            wall_two, cpu_two, load_two = run_batch(many, 2)
            print(
                f"  {2:>4}  {wall_two:7.1f}  {cpu_two:7.1f}  {args.pairs / wall_two:7.1f}  {load_two:5.2f}"
                f"  x{wall_one / wall_two:.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
