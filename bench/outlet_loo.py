"""How much of the outlet figure on the development pages is fitted to single pages: each rule's pages, and a
leave-one-page-out figure.

Run ``python -m bench.outlet_loo`` (needs ``../shared/data/realpages-dev``). It reads each development page (never a
held-out page of :data:`bench.realpages.HELDOUT`) as :mod:`bench.realpages` does, keeping what the reader hands to
:func:`core.reading.outlet.best_outlet`. It prints, for every rule of :func:`core.reading.outlet.outlet_evidence`
(each set phrase, each verb of the menu phrase, the logo, the names found by other means, header labels, brands),
the pages where it puts up a candidate and whether that candidate is the page's outlet (``+``) or not (``-``).

Then two figures: the plain outlet score, and a leave-one-page-out score in which page P's outlet is chosen with
only the rules that are right on at least one OTHER development page (a rule right on P alone is an in-sample
fit: P counts as missed unless the other rules find its outlet). Every page is another outlet, so this is also
leave-one-outlet-out.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import core.reading.clean as clean
import core.reading.outlet as outlet
from bench.loo import dev_pages, print_rules, quiet_option, right_elsewhere
from core.reading import parse_text


@dataclass(frozen=True, slots=True)
class OutletInputs:
    """What the reader hands the outlet chooser for one page, with the page's true outlet."""

    n: str
    truth: str
    lines: tuple[str, ...]
    named: tuple[str, ...]
    labels: tuple[str, ...]
    prose: tuple[bool, ...]
    fixed: str | None
    """The outlet the reader took without choosing (a hint of the page's metadata), else ``None``."""


def same_outlet(found: str | None, truth: str) -> bool:
    """Whether ``found`` names the outlet ``truth`` as bench.realpages scores it (case-folded, "The" optional)."""

    def fold(value: str) -> str:
        return " ".join(value.casefold().split()).removeprefix("the ")

    return found is not None and fold(found) == fold(truth)


def read_inputs(folder: Path, page: dict[str, Any]) -> OutletInputs:
    """Read one paste, recording the arguments of the reader's call to ``best_outlet``."""
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    real: Callable[..., str | None] = outlet.best_outlet

    def record(*args: Any, **kwargs: Any) -> str | None:
        calls.append((args, kwargs))
        return real(*args, **kwargs)

    text = (folder / str(page["paste"])).read_text(encoding="utf-8")
    with mock.patch.object(clean, "best_outlet", record):
        article = parse_text(text, path=str(page["paste"]))
    if not calls:
        return OutletInputs(str(page["n"]), str(page["outlet"]), (), (), (), (), article.outlet)
    args, kwargs = calls[-1]
    lines, named, labels = [*args, (), ()][:3]
    return OutletInputs(
        str(page["n"]),
        str(page["outlet"]),
        tuple(lines),
        tuple(named),
        tuple(labels),
        tuple(kwargs.get("prose", ())),
        None,
    )


def choose(page: OutletInputs, rules: set[str] | None = None) -> str | None:
    """The outlet of one page with only ``rules`` allowed (all when ``None``)."""
    if page.fixed is not None or not page.lines:
        return page.fixed
    return outlet.best_outlet(page.lines, page.named, page.labels, prose=page.prose, rules=rules)


def rule_pages(pages: Sequence[OutletInputs]) -> dict[str, dict[str, bool]]:
    """For every rule, the pages where it puts up a candidate and whether one of its candidates there is right."""
    table: dict[str, dict[str, bool]] = {}
    for page in pages:
        for found in outlet.outlet_evidence(page.lines, page.named, page.labels, page.prose):
            right = same_outlet(found.name, page.truth)
            row = table.setdefault(found.rule, {})
            row[page.n] = row.get(page.n, False) or right
    return table


def main(argv: Sequence[str] | None = None) -> int:
    """Print each rule's pages, the plain and the leave-one-page-out outlet figures over the development pages."""
    quiet = quiet_option("python -m bench.outlet_loo", __doc__, argv)
    found_pages = dev_pages("outlet leave-one-page-out")
    if found_pages is None:
        return 0
    folder, entries = found_pages
    pages = [read_inputs(folder, page) for page in entries]
    table = rule_pages(pages)
    if not quiet:
        print_rules(table, "rule                           pages (+ right, - wrong)")
    plain = loo = 0
    misses: list[str] = []
    for page in pages:
        plain += same_outlet(choose(page), page.truth)
        found = choose(page, right_elsewhere(table, page.n))
        if same_outlet(found, page.truth):
            loo += 1
        else:
            misses.append(f"{page.n}={found!r}")
    n = len(pages)
    print(f"  dev outlet {plain}/{n}  leave-one-page-out {loo}/{n}")
    if not quiet:
        print(f"  leave-one-page-out misses: {', '.join(misses)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
