"""How much of the authors figure on the development pages is fitted to single pages: each byline rule's pages, and
a leave-one-page-out figure.

Run ``python -m bench.byline_loo`` (needs ``../shared/data/realpages-dev``). It reads each development page (never a
held-out page of :data:`bench.realpages.HELDOUT`) as :mod:`bench.realpages` does and finds the byline line the
reader took its authors from. The rules that decided a page's authors are how that line became a byline (a line
rule of :mod:`core.reading.cleaning_rules` by name, a bare name line, a name line with its date), where it stands
(above or under the headline, inside the article), why it won over other bylines, and the rules of
:func:`core.reading.metadata.byline_evidence` that cut the names out of it (``by-words``, ``cut-at-date``,
``person``, ``run-on-credit`` …); a page whose bylines name only a desk adds ``staff-credit``, and the
corrections of :func:`core.reading.byline_lines.mark_bylines` made on the page (``menu-item`` …) count too. It
prints, for every rule, the pages where it decided the authors and whether they came out right (``+``) or not (``-``).

Then two figures: the plain authors score, and a leave-one-page-out score in which page P is scored with only the
rules that are right on at least one OTHER development page (a rule right on P alone is an in-sample fit): its
names are read again from its byline lines without such reading rules, and P counts as missed when such a rule
found or chose its byline line (the line roles are not re-run). Every page is another outlet, so this is also
leave-one-outlet-out.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import core.reading.byline_lines as byline_lines
import core.reading.clean as clean
import core.reading.metadata as metadata
from bench.loo import dev_pages, print_rules, quiet_option, right_elsewhere
from core.reading import parse_text


@dataclass(frozen=True, slots=True)
class BylinePage:
    """One development page: whether its authors come out right, and the rules that decided them."""

    n: str
    want: frozenset[str]
    """The page's true authors, case-folded."""
    right: bool
    lines: tuple[str, ...]
    """How the byline line was found and chosen (line rules, corrections, placement): not re-run."""
    reading: tuple[str, ...]
    """The rules that read the names out of the line (:func:`core.reading.metadata.byline_evidence`'s and
    ``staff-credit``): a reading without some of them is re-run."""
    bylines: tuple[str, ...]
    """The page's byline lines in the order the reader tries them."""
    found: tuple[str, ...]

    @property
    def rules(self) -> tuple[str, ...]:
        """Every rule that decided the page's authors."""
        return self.lines + self.reading


def _fold(value: str) -> str:
    return " ".join(value.casefold().split())


def _line_rules(paras: list[Any], index: int, title_at: int | None, first_body: int) -> list[str]:
    """How the paragraph at ``index`` became the byline, and where it stands."""
    para = paras[index]
    if para.rule is not None:
        how = f"line-rule:{para.rule.name}"
    elif metadata.credit_line(para.text):
        how = "name-and-date-line"
    else:
        how = "name-line"
    if title_at is None:
        where = "no-headline"
    elif index < title_at:
        where = "above-headline"
    elif index < first_body:
        where = "under-headline"
    else:
        where = "inside-article"
    return [how, where]


def read_page(folder: Path, page: dict[str, Any]) -> BylinePage:
    """Read one paste, recording the byline lines the reader parsed and the one its authors came from."""
    seen: list[tuple[list[Any], int]] = []
    corrections: list[str] = []
    real_metadata: Callable[..., None] = clean._metadata
    real_mark: Callable[..., list[str]] = byline_lines.mark_bylines

    def mark(*args: Any) -> list[str]:
        made = real_mark(*args)
        corrections.extend(made)
        return made

    def record(paras: list[Any], first_body: int, *args: Any) -> None:
        seen.append((paras, first_body))
        real_metadata(paras, first_body, *args)

    text = (folder / str(page["paste"])).read_text(encoding="utf-8")
    with mock.patch.object(clean, "_metadata", record), mock.patch("core.reading.clean.mark_bylines", mark):
        article = parse_text(text, path=str(page["paste"]))
    want = frozenset(_fold(str(a)) for a in page.get("authors", []) or [])
    right = {_fold(a) for a in article.authors} == want
    lines: list[str] = list(corrections)
    reading: list[str] = []
    bylines: list[str] = []
    if seen:
        paras, first_body = seen[-1]
        title_at = next((k for k, p in enumerate(paras) if p.role == "title"), None)
        placed = [(k, p) for k, p in enumerate(paras) if p.role == "byline"]
        placed.sort(key=lambda pair: (not metadata.BY_LINE.match(pair[1].display), abs(pair[0] - (title_at or 0))))
        bylines = [p.display for _, p in placed]
        readings = [(k, metadata.byline_evidence(p.display)) for k, p in placed]
        named = [(k, evidence) for k, evidence in readings if evidence[0]]
        if named:
            index, (authors, _, cut) = named[0]
            lines += _line_rules(paras, index, title_at, first_body)
            if len(named) > 1:
                lines.append("by-word-first" if metadata.BY_LINE.match(paras[index].display) else "nearest-headline")
            reading += cut
            if all(metadata.outlet_from_author(a) for a in authors):
                reading.append("staff-credit")
    return BylinePage(
        str(page["n"]),
        want,
        right,
        tuple(dict.fromkeys(lines)),
        tuple(dict.fromkeys(reading)),
        tuple(bylines),
        article.authors,
    )


def reread(page: BylinePage, off: frozenset[str]) -> set[str]:
    """The page's authors (case-folded) read from its byline lines without the rules in ``off``."""
    for line in page.bylines:
        authors = metadata.byline_evidence(line, off)[0]
        if authors:
            if "staff-credit" not in off and all(metadata.outlet_from_author(a) for a in authors):
                return set()
            return {_fold(a) for a in authors}
    return set()


def rule_pages(pages: Sequence[BylinePage]) -> dict[str, dict[str, bool]]:
    """For every rule, the pages where it decided the authors and whether they came out right there."""
    table: dict[str, dict[str, bool]] = {}
    for page in pages:
        for rule in page.rules:
            table.setdefault(rule, {})[page.n] = page.right
    return table


def loo_right(page: BylinePage, table: dict[str, dict[str, bool]]) -> bool:
    """Whether ``page`` comes out right with only the rules that are right on another development page: a rule
    that found or chose its byline line and is right on no other page makes it wrong; the names are read again
    without the reading rules that are right on no other page."""
    if not page.right:
        return False
    alone = set(page.rules) - right_elsewhere(table, page.n)
    if alone & set(page.lines):
        return False
    return not alone or reread(page, frozenset(alone)) == page.want


def main(argv: Sequence[str] | None = None) -> int:
    """Print each byline rule's pages, the plain and the leave-one-page-out authors figures over the dev pages."""
    quiet = quiet_option("python -m bench.byline_loo", __doc__, argv)
    found_pages = dev_pages("byline leave-one-page-out")
    if found_pages is None:
        return 0
    folder, entries = found_pages
    pages = [read_page(folder, page) for page in entries]
    table = rule_pages(pages)
    if not quiet:
        print_rules(table, "rule                           pages (+ right, - wrong)")
    plain = sum(page.right for page in pages)
    misses = [page for page in pages if not loo_right(page, table)]
    n = len(pages)
    print(f"  dev authors {plain}/{n}  leave-one-page-out {n - len(misses)}/{n}")
    if not quiet:
        print(f"  leave-one-page-out misses: {', '.join(f'{p.n}={list(p.found)!r}' for p in misses)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
