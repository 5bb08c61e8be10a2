"""Running one benchmark case in a fresh process and reading back what it printed (``outcome\tseconds\tpeak MB``)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class CaseResult:
    """What one case printed last: its outcome, its wall time in seconds and its peak memory in MB (as printed)."""

    outcome: str
    seconds: str
    peak: str


def run_case(module: str, case: str, *extra: str) -> CaseResult | str:
    """Run ``python -m module --case case *extra`` from the project's root; its result, or, when it crashed, the last
    line it wrote to standard error."""
    result = subprocess.run(
        [sys.executable, "-m", module, "--case", case, *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        return " ".join(result.stderr.strip().splitlines()[-1:])
    outcome, seconds, peak = result.stdout.strip().rsplit("\n", 1)[-1].split("\t")
    return CaseResult(outcome, seconds, peak)
