"""How much of the body figure on the development pages is fitted to single pages: each cleaning rule's pages, and a
leave-one-page-out body recall and precision.

Run ``python -m bench.clean_loo`` (needs ``../shared/data/realpages-dev``). It reads each development page (never a
held-out page of :data:`bench.realpages.HELDOUT`) as :mod:`bench.realpages` does, watching every step of
:mod:`core.reading.clean` that gives paragraphs their roles, and records each move of a paragraph between the body
and the clutter (any role but ``body``) with the rule that made it:

- ``line:<name>``: a line rule of :mod:`core.reading.cleaning_rules`;
- ``date-line``: a line that is a date;
- ``header:<role>``: the header zone's reading (headline, standfirst, name lines, outlet lines, lines above the
  headline or above the article's run);
- ``body:lone-word``, ``body:menu``, ``body:tail``: the body zone's lone words, menu bars, and what follows an end
  of the article (a credits footer, a copyright line, a list heading);
- a pass by its function's name (``mark_teaser_box``, ``_mark_repeated`` …, ``mark_teaser`` for a teaser card's
  lines);
- ``past-run`` (a paragraph after the article's run), ``run-social-embed`` (a quoted post inside the run),
  ``hint-caption`` (a caption named by the markup) and ``no-body-fallback`` (a page with no body keeps its text).

A paragraph moved and later moved back (a quoted post made a caption by its line rule, then body again inside the
article's run) keeps neither move. A move is right when the characters it moves are clutter going out of the body
or truth coming in, by :mod:`bench.realpages`' own truth spans; a rule fires right on a page when it moves more
characters right than wrong there. It prints, for every rule, the pages where it fires (``+`` right, ``-`` wrong),
then the plain and the leave-one-page-out body recall and precision per page and in total: page P is read again with
every rule that fires right on no OTHER development page switched off (a line rule no longer matches; any other
step's moves are undone as it makes them, so the steps after it see the roles it found). Every page is another
outlet, so this is also leave-one-outlet-out.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

import core.reading.clean as clean
import core.reading.cleaning_rules as cleaning_rules
from bench.loo import dev_pages, print_rules, quiet_option, right_elsewhere
from bench.realpages import _covered as covered
from bench.realpages import _merge as merge
from bench.realpages import _non_space as non_space
from bench.realpages import body_scores, locate, truth_sentences
from core.reading import load_article
from core.reading.clean_context import is_lone_word
from core.reading.headline import is_navigation

STEPS: tuple[str, ...] = (
    "_read_header",
    "_read_body",
    "mark_teaser",
    "_read_credits",
    "_mark_lead_over_byline",
    "_mark_standfirst_above_run",
    "mark_headline_lists",
    "mark_media_links",
    "_mark_box_tail",
    "mark_sandwiched",
    "mark_newsletter_pitch",
    "mark_listed_teasers",
    "mark_teaser_blurbs",
    "mark_teaser_box",
    "mark_pull_quotes",
    "_mark_repeated",
    "mark_credit_captions",
    "mark_repeated_credit_captions",
    "mark_bylines",
    "_metadata",
    "_outlet_from_top",
    "_mark_named_outlet",
    "_mark_author_notes",
)
"""The functions of :mod:`core.reading.clean` (and those it imports) that give paragraphs roles, watched by name."""

MAX_MENU_WORDS = clean.MAX_MENU_WORDS


@dataclass(slots=True)
class Move:
    """One paragraph moved into or out of the body by a rule."""

    rule: str
    index: int
    into_body: bool


@dataclass(slots=True)
class Watch:
    """The roles of one reading's paragraphs as the steps leave them, and the moves each step made."""

    off: frozenset[str]
    paras: list[Any] = field(default_factory=list)
    known: list[str] = field(default_factory=list)
    stack: list[str] = field(default_factory=list)
    standing: dict[int, Move] = field(default_factory=dict)
    """The moves still standing: a paragraph moved back by a later rule keeps neither move."""
    text: str = ""

    @property
    def moves(self) -> list[Move]:
        """The moves the reading ends with, in paragraph order."""
        return [self.standing[index] for index in sorted(self.standing)]

    def settle(self, paras: list[Any]) -> None:
        """Record the moves made since the last look, by the step running (or between steps), undoing those of
        switched-off rules."""
        if paras is not self.paras:
            self.paras = paras
            self.known = ["body"] * len(paras)  # a new page's paragraphs start as body
        step = self.stack[-1] if self.stack else None
        for index, para in enumerate(paras):
            before, after = self.known[index], para.role
            if (before == "body") == (after == "body"):
                self.known[index] = after
                continue
            rule = _classify(step, para, before, after)
            if rule in self.off:
                para.role = before
                continue
            if self.standing.pop(index, None) is None:
                self.standing[index] = Move(rule, index, after == "body")
            self.known[index] = after


def _classify(step: str | None, para: Any, before: str, after: str) -> str:
    """The rule that moved ``para`` from role ``before`` to ``after`` during ``step`` (``None``: between steps)."""
    if step in ("_read_header", "_read_body"):
        if para.rule is not None and after == para.rule.role:
            return f"line:{para.rule.name}"
        if para.date_line:
            return "date-line"
        if step == "_read_header":
            return f"header:{after}"
        if is_lone_word(para.text):
            return "body:lone-word"
        if not para.prose and para.words <= MAX_MENU_WORDS and is_navigation(para.source):
            return "body:menu"
        return "body:tail"
    if step is not None:
        return step
    if after == "body":
        return "run-social-embed" if before == "caption" else "no-body-fallback"
    return "hint-caption" if after == "caption" else "past-run"


def _wrap(name: str, real: Callable[..., Any], watch: Watch) -> Callable[..., Any]:
    def watched(*args: Any, **kwargs: Any) -> Any:
        paras = args[0]
        watch.settle(paras)
        watch.stack.append(name)
        try:
            result = real(*args, **kwargs)
            watch.settle(paras)
        finally:
            watch.stack.pop()
        return result

    return watched


def _match_without(off: frozenset[str]) -> Callable[[str], Any]:
    """:func:`core.reading.cleaning_rules.match_rule` without the line rules named in ``off``."""
    rules = tuple(rule for rule in cleaning_rules.RULES if f"line:{rule.name}" not in off)

    def match(text: str) -> Any:
        words = len(text.split())
        for rule in rules:
            if words <= rule.max_words and len(text) <= rule.max_words * 30 and rule.pattern.search(text):
                return rule
        return None

    return match


@contextmanager
def watching(off: frozenset[str] = frozenset()) -> Iterator[Watch]:
    """Watch the cleaner's steps while reading a page, with the rules in ``off`` switched off."""
    watch = Watch(off)
    real_layout = clean.hand_layout

    def layout(text: str, *args: Any, **kwargs: Any) -> Any:
        watch.text = text
        return real_layout(text, *args, **kwargs)

    with ExitStack() as stack:
        for name in STEPS:
            stack.enter_context(mock.patch.object(clean, name, _wrap(name, getattr(clean, name), watch)))
        stack.enter_context(mock.patch.object(clean, "hand_layout", layout))
        if any(rule.startswith("line:") for rule in off):
            stack.enter_context(mock.patch.object(clean, "match_rule", _match_without(off)))
        clean._keep_apart.cache_clear()
        try:
            yield watch
        finally:
            clean._keep_apart.cache_clear()


@dataclass(frozen=True, slots=True)
class CleanPage:
    """One development page: its body figures and the characters each rule moved right and wrong."""

    n: str
    recall: float
    precision: float
    fired: dict[str, tuple[int, int]]
    """For each rule that moved a paragraph: characters moved right, characters moved wrong."""


def read_page(folder: Path, page: dict[str, Any], off: frozenset[str] = frozenset()) -> CleanPage:
    """Read one paste as :mod:`bench.realpages` does, with the rules in ``off`` switched off."""
    path = folder / str(page["paste"])
    truth = (folder / str(page["truth"])).read_text(encoding="utf-8")
    with watching(off) as watch:
        article = load_article(path)
    recall, precision, _, _ = body_scores(article, truth)
    text = watch.text
    marked = merge(span for span in locate(truth_sentences(truth), text) if span is not None)
    starts = [s for s, _ in marked]
    fired: dict[str, tuple[int, int]] = {}
    for move in watch.moves:
        span = watch.paras[move.index].span
        size = non_space(text, span.start, span.end)
        inside = covered(marked, starts, span.start, span.end, text)
        good, bad = (inside, size - inside) if move.into_body else (size - inside, inside)
        right, wrong = fired.get(move.rule, (0, 0))
        fired[move.rule] = (right + good, wrong + bad)
    return CleanPage(str(page["n"]), recall, precision, fired)


def rule_pages(pages: Sequence[CleanPage]) -> dict[str, dict[str, bool]]:
    """For every rule, the pages where it fires and whether it moves more characters right than wrong there."""
    table: dict[str, dict[str, bool]] = {}
    for page in pages:
        for rule, (right, wrong) in page.fired.items():
            table.setdefault(rule, {})[page.n] = right > wrong
    return table


def single_page_rules(n: str, table: dict[str, dict[str, bool]]) -> frozenset[str]:
    """The rules that fire right on no development page but ``n``."""
    return frozenset(table) - right_elsewhere(table, n)


def _total(pages: Sequence[CleanPage]) -> tuple[float, float]:
    n = len(pages)
    return sum(p.recall for p in pages) / n, sum(p.precision for p in pages) / n


def main(argv: Sequence[str] | None = None) -> int:
    """Print each cleaning rule's pages, and the plain and leave-one-page-out body figures over the dev pages."""
    quiet = quiet_option("python -m bench.clean_loo", __doc__, argv)
    found_pages = dev_pages("cleaning leave-one-page-out")
    if found_pages is None:
        return 0
    folder, dev = found_pages
    plain = [read_page(folder, page) for page in dev]
    table = rule_pages(plain)
    loo = [read_page(folder, page, single_page_rules(str(page["n"]), table)) for page in dev]
    if not quiet:
        print_rules(table, "rule                           pages (+ right, - wrong)")
        print("  page  recall  prec   LOO recall  prec   single-page rules switched off where they fire")
        for before, after in zip(plain, loo, strict=True):
            alone = sorted(rule for rule in single_page_rules(before.n, table) if rule in before.fired)
            print(
                f"  {before.n}    {before.recall:6.3f} {before.precision:6.3f}      {after.recall:6.3f} "
                f"{after.precision:6.3f}  {' '.join(alone)}"
            )
    recall, precision = _total(plain)
    loo_recall, loo_precision = _total(loo)
    print(
        f"  dev body recall {recall:.3f} precision {precision:.3f}  "
        f"leave-one-page-out recall {loo_recall:.3f} precision {loo_precision:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
