"""How much of the headline figure on the development pages is fitted to single pages: each criterion's pages, and a
leave-one-page-out figure.

Run ``python -m bench.headline_loo`` (needs ``../shared/data/realpages-dev``). It reads each development page (never a
held-out page of :data:`bench.realpages.HELDOUT`) as :mod:`bench.realpages` does. The reader picks the headline in
one of three ways: the line above the article's run that the run's opening repeats
(:func:`core.reading.headline.headline_above`, whose criteria :data:`core.reading.headline.HEADLINE_RULES` names),
else the line under the page's furniture that the opening repeats (``furniture-above``,
:func:`core.reading.headline.find_headline`), else the first line from the top that is no menu, label or promotion
(``top-down``). The criteria that decide a page are those of a smallest set that still gives the page's headline:
starting from all, each criterion is switched off in turn and stays off when the headline does not change; this is
done in the order of :data:`RULES` and in the reverse order, and a criterion kept by either pass decides the page
(so of two criteria that each would do, both are counted). It is right there (``+``) when the headline the reader
gives is the page's, wrong (``-``) when not.

Then two figures: the plain headline score, and a leave-one-page-out score in which page P's headline is read with
only the criteria that are right on at least one OTHER development page (a criterion right on P alone, or on no
page, is off: P counts as missed unless the others find its headline). Every page is another outlet, so this is
also leave-one-outlet-out.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Container, Sequence
from pathlib import Path
from typing import Any
from unittest import mock

import core.reading.clean as clean
import core.reading.headline as headline
from bench.loo import dev_pages, print_rules, quiet_option, right_elsewhere
from bench.realpages import is_headline, page_titles
from core.reading import parse_text

RULES = (*headline.HEADLINE_RULES, "furniture-above", "top-down")
"""Every criterion of the headline choice, by name."""


def right_title(title: str | None, page: dict[str, Any]) -> bool:
    """Whether ``title`` is the page's headline as bench.realpages scores it (fuzzy ratio >= 90 against a title)."""
    return is_headline(title, page_titles(page))


def read_title(text: str, name: str, rules: Container[str] | None = None) -> str | None:
    """The headline the reader gives a paste with only ``rules`` of :data:`RULES` in force (all when ``None``)."""
    found: dict[str, int | None] = {}
    above: Callable[..., int | None] = headline.headline_above
    furniture: Callable[..., int | None] = headline.find_headline

    def run_headline(paras: Any, start: int) -> int | None:
        found["run"] = above(paras, start, rules=rules)
        return found["run"]

    def top_headline(paras: Any) -> int | None:
        found["top"] = furniture(paras) if rules is None or "furniture-above" in rules else None
        return found["top"]

    with (
        mock.patch.object(clean, "headline_above", run_headline),
        mock.patch.object(clean, "find_headline", top_headline),
    ):
        article = parse_text(text, path=name)
    chosen = found.get("run") is not None or found.get("top") is not None
    if not chosen and "top" in found and rules is not None and "top-down" not in rules:
        return None  # the first line from the top would be taken: that criterion is off
    return article.title


def deciding(text: str, name: str, title: str | None) -> set[str]:
    """The criteria that decide the headline of a paste: those kept by either greedy pass that switches criteria off
    while the headline ``title`` stays the same (in the order of :data:`RULES`, then in the reverse order)."""
    kept: set[str] = set()
    for order in (RULES, RULES[::-1]):
        current = set(RULES)
        for rule in order:
            if read_title(text, name, current - {rule}) == title:
                current.discard(rule)
        kept |= current
    return kept


def main(argv: Sequence[str] | None = None) -> int:
    """Print each criterion's pages, the plain and the leave-one-page-out headline figures over the dev pages."""
    quiet = quiet_option("python -m bench.headline_loo", __doc__, argv)
    found_pages = dev_pages("headline leave-one-page-out")
    if found_pages is None:
        return 0
    folder, pages = found_pages
    texts = {str(page["n"]): (Path(folder) / str(page["paste"])).read_text(encoding="utf-8") for page in pages}
    table: dict[str, dict[str, bool]] = {}
    plain = 0
    for page in pages:
        n = str(page["n"])
        title = read_title(texts[n], str(page["paste"]))
        right = right_title(title, page)
        plain += right
        for rule in deciding(texts[n], str(page["paste"]), title):
            table.setdefault(rule, {})[n] = right
    if not quiet:
        print_rules(table, "criterion                      pages where it decides (+ right, - wrong)", RULES)
    loo = 0
    misses: list[str] = []
    for page in pages:
        n = str(page["n"])
        title = read_title(texts[n], str(page["paste"]), right_elsewhere(table, n))
        if right_title(title, page):
            loo += 1
        else:
            misses.append(f"{n}={title!r}")
    print(f"  dev headline {plain}/{len(pages)}  leave-one-page-out {loo}/{len(pages)}")
    if not quiet:
        print(f"  leave-one-page-out misses: {', '.join(misses)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
