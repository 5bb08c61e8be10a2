"""Speed benchmark of the aligner: the seed pair, then n x n sentences of real prose built from BASIL and ECB+ texts.

Run ``python -m bench.speed`` (seed pair, 100 and 1,000 sentences a side) or ``python -m bench.speed --full`` (adds
10,000 a side). Each size runs in a fresh process so its peak memory (max RSS) is its own. This prints numbers; it is
not a timed test.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import time
from collections.abc import Sequence

from bench.datasets import ROOT, distinct_sentences, shared_dir
from core.align import align, swap_sides
from core.models import Article, Segment
from core.reading import load_article

TARGETS = {100: "", 1_000: "cpu <= 0.5 s", 10_000: "cpu <= 7 s, <= 600 MB"}
"""Targets per size, printed beside the figures."""


def prose_article(sentences: Sequence[str], name: str) -> Article:
    """An article of the given body sentences, four to a paragraph."""
    parts: list[str] = []
    segments: list[Segment] = []
    offset = 0
    for index, sentence in enumerate(sentences):
        sep = "\n\n" if index and index % 4 == 0 else " " if index else ""
        offset += len(sep)
        parts.append(sep + sentence)
        segments.append(Segment(f"s{index + 1}", sentence, offset, offset + len(sentence), index // 4, "body"))
        offset += len(sentence)
    return Article(path=name, text="".join(parts), segments=tuple(segments))


def synthetic_pair(n: int) -> tuple[Article, Article]:
    """Two n-sentence articles of real prose, no sentence repeated within either (seeded, so repeatable).

    The left article takes n different sentences in their articles' order (see
    :func:`bench.datasets.distinct_sentences`); the right one retells nine tenths of them in another order and puts
    other sentences in place of the last tenth, like a second outlet.
    """
    shared = shared_dir()
    if shared is None:
        raise SystemExit("bench.speed needs ../shared (or STORYDIFF_SHARED) for the BASIL and ECB+ texts")
    fresh = n // 10
    pool = distinct_sentences(shared, n + fresh)
    rng = random.Random(n)
    left = pool[:n]
    right = rng.sample(left, n - fresh) + pool[n:]
    rng.shuffle(right)
    return prose_article(left, "left"), prose_article(right, "right")


def _one(n: int) -> None:
    """Align one size; print wall seconds, linked items, peak memory (MB) and CPU seconds (a child process).

    CPU time (all threads) is printed beside wall time because a busy machine stretches the wall time.
    """
    left, right = synthetic_pair(n)
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    alignment = align(left, right)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    linked = sum(1 for item in alignment.items if item.left and item.right)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{elapsed:.4f} {linked} {peak_mb:.0f} {cpu:.3f}")


def seed_timing(runs: int = 20) -> tuple[float, float, float]:
    """Median milliseconds of aligning the seed pair, the fastest run, and the median of swapping it, in-process
    (after one warm-up). The fastest run shows what the code costs when the machine is not busy elsewhere."""
    left = load_article(ROOT / "seeds" / "guardian.txt")
    right = load_article(ROOT / "seeds" / "kyiv-independent.txt")
    alignment = align(left, right)
    times, swaps = [], []
    for _ in range(runs):
        started = time.perf_counter()
        alignment = align(left, right)
        times.append(time.perf_counter() - started)
        started = time.perf_counter()
        swap_sides(alignment)
        swaps.append(time.perf_counter() - started)
    return sorted(times)[runs // 2] * 1000, min(times) * 1000, sorted(swaps)[runs // 2] * 1000


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print a table."""
    parser = argparse.ArgumentParser(prog="python -m bench.speed", description=__doc__)
    parser.add_argument("--full", action="store_true", help="also align 10,000 x 10,000 sentences")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        _one(args.one)
        return 0
    align_ms, best_ms, swap_ms = seed_timing()
    print(
        f"seed pair: align {align_ms:.1f} ms median, {best_ms:.1f} ms fastest (target <= 20 ms), swap {swap_ms:.2f} ms"
    )
    sizes = [100, 1_000, 10_000] if args.full else [100, 1_000]
    if shared_dir() is None:
        print("size benchmarks skipped: they align BASIL prose from ../shared (or STORYDIFF_SHARED), absent here")
        return 0
    previous: float | None = None
    print(f"{'sentences':>10} {'seconds':>9} {'cpu s':>7} {'linked':>7} {'peak MB':>8} {'growth':>7}  target")
    for n in sizes:
        out = subprocess.run(
            [sys.executable, "-m", "bench.speed", "--one", str(n)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        seconds, linked, peak, cpu = float(out[0]), int(out[1]), out[2], float(out[3])
        growth = f"x{seconds / previous:.1f}" if previous else ""
        print(f"{n:>7}x{n:<5} {seconds:>6.3f} {cpu:>7.2f} {linked:>7} {peak:>8} {growth:>7}  {TARGETS[n]}")
        previous = seconds
    return 0


if __name__ == "__main__":
    sys.exit(main())
