"""Wall-clock time of ``storydiff export`` on the seed pair, as a user runs it (a fresh process each time).

Run ``python -m bench.export_speed`` (``--runs N``, ``--format FMT``). Start-up counts: interpreter,
imports, reading, aligning, rendering and writing. The target is <= 0.5 s; the figure printed is the median
of the runs, with the fastest and slowest beside it. This prints numbers; it is not a timed test, and a missed
target never makes it fail (it exits 2 only when an export fails).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 0.5
"""Seconds allowed for one export of the seed pair."""


def time_export(fmt: str, runs: int) -> list[float]:
    """Seconds taken by ``runs`` fresh ``python -m tui export`` processes writing ``fmt`` to a file."""
    suffix = {"text": "txt", "markdown": "md", "json": "json", "html": "html"}[fmt]
    seeds = ROOT / "seeds"
    timings = []
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"seed.{suffix}"
        command = [
            sys.executable,
            "-m",
            "tui",
            "export",
            str(seeds / "guardian.txt"),
            str(seeds / "kyiv-independent.txt"),
            "-o",
            str(target),
        ]
        for _ in range(runs):
            start = time.perf_counter()
            result = subprocess.run(command, cwd=ROOT, check=False, capture_output=True, text=True)
            if result.returncode:
                raise RuntimeError(f"export failed ({result.returncode}): {result.stderr.strip()}")
            timings.append(time.perf_counter() - start)
    return timings


def main(argv: Sequence[str] | None = None) -> int:
    """Print the export timings of the seed pair per format."""
    parser = argparse.ArgumentParser(prog="python -m bench.export_speed", description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="processes per format (7)")
    parser.add_argument("--format", choices=("text", "markdown", "json", "html"), action="append")
    args = parser.parse_args(argv)
    print(f"storydiff export, seed pair, {args.runs} fresh processes per format (target <= {TARGET} s)")
    worst = 0.0
    for fmt in args.format or ("text", "markdown", "json", "html"):
        try:
            timings = time_export(fmt, args.runs)
        except RuntimeError as exc:
            print(f"  {fmt}: {exc}")
            return 2
        median = statistics.median(timings)
        worst = max(worst, median)
        print(f"  {fmt:<9} median {median:.3f} s   min {min(timings):.3f} s   max {max(timings):.3f} s")
    print(f"  {'ok' if worst <= TARGET else 'OVER TARGET'}: slowest median {worst:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
