"""Speed of comparing several reports: 3 BASIL articles (one event), and 10 articles of about 100 sentences.

Run ``python -m bench.comparison_speed`` (``make comparison-speed``). For each case it prints, over several runs,
the minimum, median and maximum of:

- **in-process**: ``compare()`` on articles already read (wall and CPU seconds), and the grouping alone (from the
  pairwise alignments to the claim groups);
- **whole process**: ``storydiff export A B C … --format json`` in a fresh interpreter (start-up, reading, the
  pairwise alignments, the groups and the export; wall and CPU seconds of the child);
- **the claim view**: keys in the reader on the finished comparison (milliseconds per key press, wall).

CPU time is printed beside wall time because a busy machine stretches the wall time. The 10-article case is built
from BASIL prose (each article 100 sentences drawn from a shared pool of 150, so reports share and leave out
claims as outlets do); it needs ``../shared``. This prints figures; it is not a test.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from bench.datasets import ROOT, basil_sentences, shared_dir
from core.align import AlignSettings, build_comparison, compare
from core.claims import Comparison
from core.models import Article
from core.reading import load_article

TARGETS = {"3 BASIL": "", "10 x 100": "(median <= 50 ms)"}
"""Targets printed beside the figures."""


def ten_reports(shared: Path, count: int = 10, sentences: int = 100) -> list[str]:
    """``count`` article texts of ``sentences`` sentences each, drawn (seeded) from a pool of 150 BASIL sentences.

    Each article is a headline and paragraphs of four sentences; the draws overlap, so any two articles share
    about two thirds of their sentences, in other orders.
    """
    pool = basil_sentences(shared)[: sentences * 3 // 2]
    texts = []
    for number in range(count):
        rng = random.Random(number)
        chosen = rng.sample(pool, sentences)
        paragraphs = [" ".join(chosen[k : k + 4]) for k in range(0, sentences, 4)]
        texts.append(f"Report {number + 1} on the event\n\n" + "\n\n".join(paragraphs) + "\n")
    return texts


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(job: Callable[[], object], runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of ``runs`` calls of ``job`` (after one warm-up call)."""
    job()
    walls, cpus = [], []
    for _ in range(runs):
        cpu, started = _cpu(), time.perf_counter()
        job()
        walls.append(time.perf_counter() - started)
        cpus.append(_cpu() - cpu)
    return walls, cpus


def whole_process(paths: Sequence[Path], runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of ``storydiff export … --format json`` in a fresh interpreter, ``runs`` times."""
    command = [sys.executable, "-m", "tui", "export", *map(str, paths), "--format", "json"]
    walls, cpus = [], []
    for _ in range(runs):
        cpu, started = _children_cpu(), time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - started)
        cpus.append(_children_cpu() - cpu)
    return walls, cpus


async def _reader_keys(comparison: Comparison, presses: int) -> list[float]:
    """Milliseconds per key press in the claim view: ``j`` down the list, ``]`` through left-out claims, ``r``.

    Timed as ``bench.reader_speed`` times the pair reader's keys: from posting the key event to the end of the
    screen update it causes (every handler, then one compositor update; private API, used here only to measure).
    """
    from textual import events

    from bench.reader_speed import KEY_CHARACTERS
    from tui.app import StorydiffApp
    from tui.screens.claims import ComparisonScreen

    app = StorydiffApp(partial(ComparisonScreen, comparison.articles, comparison=comparison))
    timings = []
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        for key in ("j",) * presses + ("right_square_bracket",) * presses + ("r",) * 3:
            await pilot.pause()  # start each press from a settled screen
            started = time.perf_counter()
            app.post_message(events.Key(key, KEY_CHARACTERS.get(key, key)))
            await pilot._wait_for_screen()
            app.screen._on_timer_update()
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def spread(values: Sequence[float], unit: str = "s", digits: int = 3) -> str:
    """``min / median / max`` of some figures."""
    low, mid, high = min(values), statistics.median(values), max(values)
    return f"{low:.{digits}f} / {mid:.{digits}f} / {high:.{digits}f} {unit}"


def report(name: str, articles: list[Article], paths: list[Path], runs: int) -> None:
    """Print every figure of one case."""
    settings = AlignSettings()
    comparison = compare(articles, settings=settings)
    sentences = sum(len(article.body) for article in articles) / len(articles)
    print(f"{name}: {len(articles)} articles, {sentences:.0f} body sentences each on average, ", end="")
    print(f"{len(comparison.alignments)} pairwise alignments, {comparison.summary.claims} claims")
    walls, cpus = timed(lambda: compare(articles, settings=settings), runs)
    print(f"  in-process compare   wall {spread(walls)}   cpu {spread(cpus)}   (min / median / max of {runs})")
    alignments = comparison.alignments
    walls, cpus = timed(lambda: build_comparison(tuple(articles), alignments, settings), runs)
    print(f"  grouping alone       wall {spread(walls, 's', 4)}   cpu {spread(cpus, 's', 4)}")
    walls, cpus = whole_process(paths, max(3, runs // 2))
    print(f"  whole process        wall {spread(walls)}   cpu {spread(cpus)}   (storydiff export … --format json)")
    keys = asyncio.run(_reader_keys(comparison, 20))
    print(f"  claim view keys      wall {spread(keys, 'ms', 1)} per key press ({len(keys)} presses)  {TARGETS[name]}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run both cases and print their figures."""
    parser = argparse.ArgumentParser(prog="python -m bench.comparison_speed", description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="runs per in-process figure (5)")
    args = parser.parse_args(argv)
    shared = shared_dir()
    if shared is None:
        print("skipped: the BASIL articles live in ../shared (or STORYDIFF_SHARED), absent here")
        return 0
    event = shared / "data" / "basil" / "articles" / "2010_38f7cbb7"
    paths = [event / f"{outlet}.txt" for outlet in ("fox", "nyt", "hpo")]
    report("3 BASIL", [load_article(path) for path in paths], paths, args.runs)
    with tempfile.TemporaryDirectory() as scratch:
        paths = []
        for number, text in enumerate(ten_reports(shared), start=1):
            path = Path(scratch) / f"report-{number:02}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        report("10 x 100", [load_article(path) for path in paths], paths, max(2, args.runs // 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
