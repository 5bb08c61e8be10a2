"""What the leave-one-page-out audits of the reading share: the development pages, the rule table and its print.

A rule is right on a page when what it decided there is the page's truth. Page P's leave-one-page-out figure uses
only the rules that are right on at least one OTHER development page (:func:`right_elsewhere`): a rule right on P
alone is an in-sample fit. Used by :mod:`bench.outlet_loo`, :mod:`bench.byline_loo` and :mod:`bench.headline_loo`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from bench.datasets import shared_dir
from bench.realpages import HELDOUT

RuleTable = dict[str, dict[str, bool]]
"""Each rule's pages (page number -> whether it was right there)."""


def quiet_option(prog: str, description: str | None, argv: Sequence[str] | None) -> bool:
    """Parse an audit's command line (``--quiet`` prints only the figures); whether it is quiet."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("--quiet", action="store_true", help="print only the figures")
    return bool(parser.parse_args(argv).quiet)


def dev_pages(what: str) -> tuple[Path, list[dict[str, Any]]] | None:
    """The realpages-dev folder and its development pages' manifest entries (never a held-out page); ``None``, with a
    line saying ``what`` is skipped, when ``../shared`` has no such folder."""
    shared = shared_dir()
    folder = shared / "data" / "realpages-dev" if shared else None
    if folder is None or not (folder / "manifest.json").is_file():
        print(f"{what} skipped: no ../shared/data/realpages-dev")
        return None
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return folder, [page for page in manifest["pages"] if str(page["n"]) not in HELDOUT]


def right_elsewhere(table: Mapping[str, Mapping[str, bool]], n: str) -> set[str]:
    """The rules right on at least one development page other than page ``n``."""
    return {rule for rule, row in table.items() if any(ok for m, ok in row.items() if m != n)}


def print_rules(table: Mapping[str, Mapping[str, bool]], heading: str, order: Iterable[str] | None = None) -> None:
    """Each rule with its pages (``+`` right, ``-`` wrong): in ``order`` when given (rules on no page shown as
    ``(none)``), else the busiest first."""
    rules = list(order) if order is not None else sorted(table, key=lambda rule: (-sum(table[rule].values()), rule))
    print(f"  {heading}")
    for rule in rules:
        row = table.get(rule, {})
        marks = " ".join(f"{n}{'+' if ok else '-'}" for n, ok in sorted(row.items()))
        print(f"  {rule[:30]:<30} {marks or '(none)'}")
