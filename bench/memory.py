"""Peak memory and time of reading and aligning very large inputs, each case in a fresh process.

Run ``python -m bench.memory``. Every case writes its input files to a temporary folder and goes the way the
command line goes: read (:func:`core.reading.fetch.load_source`, with the comparison limit), check
(:func:`core.reading.article_check.require_article`), then
align against the other side. A case ends either aligned or refused with storydiff's one-line error; its peak
resident memory (``ru_maxrss`` of the child process) and wall time are printed beside the budgets (1.5 GB and
60 s), with ``OVER BUDGET`` on a case that goes over. It prints numbers and never fails on a figure; it exits 1
only when a case crashes.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.child_case import run_case
from core.align import align
from core.errors import StorydiffError
from core.reading import MAX_TEXT_CHARS, load_source, require_article

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
MEMORY_BUDGET_MB = 1536
"""Peak resident memory allowed per case (1.5 GB)."""
TIME_BUDGET_S = 60.0
"""Wall time allowed per case."""


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def _paragraphs(text: str, chars: int) -> str:
    """``text`` repeated as paragraphs up to ``chars`` characters: the same sentences hundreds of times over."""
    block = text.strip() + "\n\n"
    return (block * (chars // len(block) + 1))[:chars]


def _one_line(text: str, chars: int) -> str:
    """``text`` with its line breaks made spaces, repeated up to ``chars`` characters on one line."""
    flat = " ".join(text.split()) + " "
    return (flat * (chars // len(flat) + 1))[:chars]


def _inputs(case: str) -> tuple[str, str]:
    """The left and right text of a case."""
    left, right = _seed("guardian.txt"), _seed("kyiv-independent.txt")
    below = MAX_TEXT_CHARS - 1_000
    makers: dict[str, Callable[[], tuple[str, str]]] = {
        "20 MB file (refused unread)": lambda: (_paragraphs(left, 20_000_000), right),
        "10 MB file (refused for length)": lambda: (_paragraphs(left, 10_000_000), right),
        "2.5 M chars x seed, paragraphs": lambda: (_paragraphs(left, below), right),
        "2.5 M chars x 2.5 M chars, paragraphs": lambda: (_paragraphs(left, below), _paragraphs(right, below)),
        "2.5 M chars x 2.5 M chars, one line": lambda: (_one_line(left, below), _one_line(right, below)),
    }
    return makers[case]()


CASES = (
    "20 MB file (refused unread)",
    "10 MB file (refused for length)",
    "2.5 M chars x seed, paragraphs",
    "2.5 M chars x 2.5 M chars, paragraphs",
    "2.5 M chars x 2.5 M chars, one line",
)


def _peak_mb() -> float:
    """This process's peak resident memory in MB (``ru_maxrss`` is in kB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _run_case(case: str) -> None:
    """Run one case in this process and print ``outcome<TAB>seconds<TAB>peak MB``."""
    left_text, right_text = _inputs(case)
    with tempfile.TemporaryDirectory() as folder:
        left_path, right_path = Path(folder) / "left.txt", Path(folder) / "right.txt"
        left_path.write_text(left_text, encoding="utf-8")
        right_path.write_text(right_text, encoding="utf-8")
        del left_text, right_text
        began = time.perf_counter()
        try:
            left = require_article(load_source(str(left_path), max_chars=MAX_TEXT_CHARS))
            right = require_article(load_source(str(right_path), max_chars=MAX_TEXT_CHARS))
            alignment = align(left, right)
            outcome = (
                f"aligned: {len(left.segments):,} x {len(right.segments):,} segments, {len(alignment.items):,} items"
            )
        except StorydiffError as error:
            outcome = "refused: " + str(error).replace(folder + "/", "")
        elapsed = time.perf_counter() - began
    print(f"{outcome}\t{elapsed:.1f}\t{_peak_mb():.0f}")


def main(argv: list[str] | None = None) -> int:
    """Run every case in its own process and print a table; return 1 only if a case crashed."""
    parser = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__.split("\n\n")[0])
    parser.add_argument("--case", choices=CASES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.case:
        _run_case(args.case)
        return 0
    print(
        f"budgets: {MEMORY_BUDGET_MB} MB peak, {TIME_BUDGET_S:.0f} s per case; compare limit {MAX_TEXT_CHARS:,} chars"
    )
    print(f"{'case':<40} {'time':>7} {'peak':>8}  outcome")
    crashed = False
    for case in CASES:
        result = run_case("bench.memory", case)
        if isinstance(result, str):
            print(f"{case:<40} crashed: {result}")
            crashed = True
            continue
        over = float(result.peak) > MEMORY_BUDGET_MB or float(result.seconds) > TIME_BUDGET_S
        print(f"{case:<40} {result.seconds:>6}s {result.peak:>5} MB  {result.outcome}{'  OVER BUDGET' if over else ''}")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
