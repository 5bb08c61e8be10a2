"""Every development page of every labelled page set in one sum, and what a change did to each page.

Run ``python -m bench.dev_sums [--save OUT.json] [--against BEFORE.json]``. It reads the development pages of
``../shared/data/realpages-dev`` (never a page of :data:`bench.realpages.HELDOUT`) and of each source of
:mod:`bench.newpages` (only the names its labels file lists as ``dev``), scores each as :mod:`bench.realpages` does
and prints the sums over all of them: body recall and precision, headline, authors, date and outlet. With
``--against`` it first lists each page whose figures differ from the saved run, with what was read before and now.
Held-out pages are never read here: their figures stay with ``bench.realpages`` and ``bench.newpages``, as means.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from bench import newpages
from bench.datasets import shared_dir
from bench.realpages import HELDOUT, PageScore, score_page
from core.export import atomic_write_text

Figures = list[object]
"""One page's figures: recall, precision, headline, authors, date, outlet (the last four 0 or 1) and what was read."""

FIELDS = ("recall", "precision", "headline", "authors", "date", "outlet")
"""The summed figures, in the order of :data:`Figures`."""


def _figures(score: PageScore) -> Figures:
    return [
        round(score.recall, 3),
        round(score.precision, 3),
        int(score.headline),
        int(score.authors),
        int(score.date),
        int(score.outlet),
        repr(score.got),
    ]


def dev_figures() -> dict[str, Figures]:
    """Each development page's figures, by ``rpNN`` (realpages-dev) or ``source:name``; empty without ../shared."""
    found: dict[str, Figures] = {}
    shared = shared_dir()
    folder = shared / "data" / "realpages-dev" if shared else None
    if folder is not None and (folder / "manifest.json").is_file():
        for page in json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["pages"]:
            if str(page["n"]) not in HELDOUT:
                score, _ = score_page(page, folder)
                found[f"rp{score.n}"] = _figures(score)
    for key, source in newpages.SOURCES.items():
        scored = newpages.score_source(source)
        if scored is not None:
            for name, score in scored["dev"]:
                found[f"{key}:{name}"] = _figures(score)
    return found


def _value(figure: object) -> float:
    """A figure as a number (a saved run may hold ``true`` / ``false`` for the pass marks)."""
    return float(figure) if isinstance(figure, int | float) else 0.0


def sums(figures: Mapping[str, Sequence[object]]) -> str:
    """The one-line sums of some pages' figures."""
    totals = [sum(_value(row[k]) for row in figures.values()) for k in range(len(FIELDS))]
    parts = [
        f"{name} {total:.3f}" if k < 2 else f"{name} {total:.0f}"
        for k, (name, total) in enumerate(zip(FIELDS, totals, strict=True))
    ]
    return f"pages {len(figures)}  " + "  ".join(parts)


def changes(before: Mapping[str, Sequence[object]], after: Mapping[str, Sequence[object]]) -> list[str]:
    """A line per page whose figures differ between two runs, with what each read; a page in one run only shows
    ``-`` for the other."""
    lines: list[str] = []
    for page in sorted(set(before) | set(after)):
        old, new = before.get(page), after.get(page)
        if old is not None and new is not None and [_value(x) for x in old[:6]] == [_value(x) for x in new[:6]]:
            continue
        lines.append(f"{page:48} {list(old[:6]) if old else '-'} -> {list(new[:6]) if new else '-'}")
        lines.append(f"    before: {old[6] if old else '-'}")
        lines.append(f"    now:    {new[6] if new else '-'}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Print the development pages' sums (and the pages a change moved); save the run when asked."""
    parser = argparse.ArgumentParser(prog="python -m bench.dev_sums", description=__doc__)
    parser.add_argument("--save", type=Path, help="write each page's figures to this JSON file")
    parser.add_argument("--against", type=Path, help="a run saved before: list the pages whose figures moved")
    args = parser.parse_args(argv)
    figures = dev_figures()
    if not figures:
        print("development pages skipped: no ../shared (set STORYDIFF_SHARED)")
        return 0
    if args.against is not None:
        before: dict[str, list[object]] = json.loads(args.against.read_text(encoding="utf-8"))
        print("\n".join(changes(before, figures)) or "no page moved")
        print(f"before  {sums(before)}")
    print(f"now     {sums(figures)}")
    if args.save is not None:
        atomic_write_text(args.save, json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
