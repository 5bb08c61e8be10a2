"""Whether the right outlet is among the candidates storydiff weighs, on the development pages and their transplants.

Run ``python -m bench.outlet_candidates`` (needs ``../shared/data/realpages-dev``). It reads each development page
(never a held-out page of :data:`bench.realpages.HELDOUT`) as :mod:`bench.realpages` does, keeping what the reader
hands to :func:`core.reading.outlet.best_outlet`, and prints, per page, whether the page's outlet was chosen, was a
candidate (:func:`core.reading.outlet.outlet_evidence`) that another beat, or was none of them, with the
candidates in page order and the rules that put them up (a ``label`` is weighed only when no other rule put up a
name). Then it makes the variants of :mod:`bench.transplant` (the same seed, so the same variants; with
``--named-clutter`` the blocks keep the donor's lines that name the donor's outlet and authors: other sites' clutter
carrying their names) and prints the outlet figure, how often the right name was chosen, beaten or absent, and
what was chosen when it was not the right name, with whether the page itself (untouched) names it or only the
transplanted clutter does.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Sequence
from typing import Any
from unittest import mock

import core.reading.clean as clean
import core.reading.outlet as outlet
from bench.loo import dev_pages
from bench.outlet_loo import same_outlet
from bench.transplant import SEED, VARIANTS, page_shape, variants
from core.reading import parse_text

SHOWN = 4
"""How many candidates a page's line shows."""


def reading(text: str, path: str) -> tuple[list[tuple[str, list[str]]], str | None, bool]:
    """The candidates of one paste (each name once, in page order, with the rules that put it up), the outlet the
    reader gave, and whether it chose among candidates (no hint of the page's metadata fixed it)."""
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    real = outlet.best_outlet

    def record(*args: Any, **kwargs: Any) -> str | None:
        calls.append((args, kwargs))
        return real(*args, **kwargs)

    with mock.patch.object(clean, "best_outlet", record):
        article = parse_text(text, path=path, kind="text")
    if not calls:
        return [], article.outlet, False
    args, kwargs = calls[-1]
    lines, named, labels = [*args, (), ()][:3]
    rules: dict[str, list[str]] = {}
    for found in outlet.outlet_evidence(lines, named, labels, kwargs.get("prose", ())):
        rules.setdefault(found.name, []).append(found.rule)
    return list(rules.items()), article.outlet, True


def place(candidates: Sequence[tuple[str, list[str]]], got: str | None, truth: str) -> str:
    """``chosen`` when the reader gave ``truth``, ``beaten`` when it was a candidate, else ``absent``."""
    if same_outlet(got, truth):
        return "chosen"
    return "beaten" if any(same_outlet(name, truth) for name, _ in candidates) else "absent"


def main(argv: Sequence[str] | None = None) -> int:
    """Print where the right outlet stands per development page and what beat it on the transplant variants."""
    parser = argparse.ArgumentParser(prog="python -m bench.outlet_candidates", description=__doc__)
    parser.add_argument("--quiet", action="store_true", help="print only the summary lines")
    parser.add_argument(
        "--named-clutter",
        action="store_true",
        help="keep the donors' lines that name the donor's outlet and authors in the transplanted blocks",
    )
    args = parser.parse_args(argv)
    found_pages = dev_pages("outlet candidates")
    if found_pages is None:
        return 0
    folder, pages = found_pages
    places: Counter[str] = Counter()
    for page in pages:
        text = (folder / str(page["paste"])).read_text(encoding="utf-8")
        candidates, got, chose = reading(text, str(page["paste"]))
        where = place(candidates, got, str(page["outlet"])) if chose else "fixed"
        places[where] += 1
        if not args.quiet:
            shown = ", ".join(f"{name!r} ({'/'.join(dict.fromkeys(rules))})" for name, rules in candidates[:SHOWN])
            print(f"  {page['n']} {where:<6} {got!r} among {shown}")
    print(f"  dev pages {len(pages)}: right name " + "  ".join(f"{k} {v}" for k, v in sorted(places.items())))
    shapes = [shape for page in pages if (shape := page_shape(page, folder)) is not None]
    if args.named_clutter:
        donors_of = {
            str(page["n"]): shape
            for page in pages
            if (shape := page_shape({**page, "outlet": "", "authors": []}, folder)) is not None
        }
    else:
        donors_of = {shape.n: shape for shape in shapes}
    rng = random.Random(SEED)
    total = right = 0
    places = Counter()
    winners: Counter[tuple[str, str, str]] = Counter()
    for shape in shapes:
        others = [donors_of[s.n] for s in shapes if s.n != shape.n and s.n in donors_of]
        plain = "\n".join(shape.lines).casefold()
        for _, _, pasted in variants(shape, others, rng, VARIANTS):
            candidates, got, _ = reading(pasted, f"paste-{shape.n}.txt")
            truth = str(shape.page["outlet"])
            total += 1
            places[place(candidates, got, truth)] += 1
            if same_outlet(got, truth):
                right += 1
            else:
                origin = "page" if got and got.casefold() in plain else "clutter"
                winners[(shape.n, repr(got), origin)] += 1
    print(
        f"  transplant variants {total}: outlet {right / max(total, 1):.3f}  right name "
        + "  ".join(f"{k} {v}" for k, v in sorted(places.items()))
    )
    if not args.quiet:
        for (n, got, origin), count in sorted(winners.items(), key=lambda item: (-item[1], item[0])):
            print(f"  {n} {count:>2}x {got} ({origin})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
