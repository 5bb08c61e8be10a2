"""How storydiff reads the development pages pasted the way other browsers copy them.

Run ``python -m bench.paste_styles`` (needs ``../shared/data/realpages-dev``). The 60 real pastes were made with
Chrome, whose copy drops list markers and blank lines; other browsers and editors keep them. For each style below
it rewrites every development page (never a held-out page of :data:`bench.realpages.HELDOUT`) and prints the
figures of :mod:`bench.realpages` for it, beside the page as Chrome gave it:

- ``blank``: a blank line after every line, the extreme of the paragraph spacing other browsers keep (it splits
  even a list written as lines of one paragraph, such as a tour's dates);
- ``crlf``: Windows line ends;
- ``ff-list``, ``safari``, ``dash-list``: each line of a run of three or more short lines (menus, share
  panels, tag lists: where a page's list items are) led by ``  * ``, ``•`` and a tab, or ``- ``;
- ``trailing``: two spaces after every line;
- ``wrap72``, ``wrap80``: every line wrapped at 72 or 80 columns (a paste sent through e-mail, ``fold``, or a
  terminal browser's dump);
- ``selection``: the reader selected the article and copied it, from its headline (the first line of the page
  that reads as the manifest's headline) to the line that ends its last paragraph: no menus or footer, and no
  outlet unless the article names it (pages where either line is not found are left out);
- ``reader``: what a copy of the page in a browser's reader view gives (Firefox's): the page's host as an address
  bar writes it, the headline, the authors, the reading time (``4–5 minutes``), then the article's paragraphs (the
  page's truth) and nothing else: the headline, byline and outlet must come from those lines alone.

A style that reads worse than ``chrome`` is a paste the reader mistakes for another page.
"""

from __future__ import annotations

import sys
import textwrap
import time
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlparse

from rapidfuzz import fuzz

from bench.loo import dev_pages
from bench.realpages import score_article, summary
from core.reading import parse_text

SHORT_WORDS = 4
"""A line of at most this many words can be a list item."""
RUN = 3
"""A list: this many short lines one under the other, or more."""


def list_items(text: str, marker: str) -> str:
    """``text`` with each line of a run of :data:`RUN` or more short lines led by ``marker``."""
    lines = text.split("\n")
    short = [0 < len(line.split()) <= SHORT_WORDS for line in lines]
    out = list(lines)
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and short[j]:
            j += 1
        if j - k >= RUN:
            out[k:j] = [marker + line for line in lines[k:j]]
        k = max(j, k + 1)
    return "\n".join(out)


def wrapped(text: str, width: int) -> str:
    """``text`` with every line wrapped at ``width`` columns (blank lines kept)."""
    return "\n".join(textwrap.fill(line, width) if line.strip() else line for line in text.split("\n"))


STYLES: dict[str, Callable[[str], str]] = {
    "chrome": lambda text: text,
    "blank": lambda text: "\n\n".join(text.split("\n")),
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "ff-list": lambda text: list_items(text, "  * "),
    "safari": lambda text: list_items(text, "•\t"),
    "dash-list": lambda text: list_items(text, "- "),
    "trailing": lambda text: "\n".join(line + "  " for line in text.split("\n")),
    "wrap72": lambda text: wrapped(text, 72),
    "wrap80": lambda text: wrapped(text, 80),
}


TITLE_RATIO = 90
"""A line is the headline when its fuzzy ratio to the manifest's headline is at least this (as bench.realpages)."""
TAIL_CHARS = 40
"""The last paragraph's line is found by this many of its last characters."""
WORDS_A_MINUTE = 230
"""The reading speed behind a reader view's reading time."""


def reader_view(page: dict[str, Any], truth: str) -> str:
    """The paste of ``page`` copied from a browser's reader view (its truth as the article's paragraphs)."""
    minutes = max(1, len(truth.split()) // WORDS_A_MINUTE)
    head = [urlparse(str(page["url"])).netloc, str(page["title"])]
    head += [", ".join(str(a) for a in page["authors"])] if page["authors"] else []
    head.append(f"{minutes}–{minutes + 1} minutes")
    return "\n\n".join([*head, *(line for line in truth.split("\n") if line.strip())])


def selection(page: dict[str, Any], paste: str, truth: str) -> str | None:
    """The part of ``paste`` a reader selects to copy the article alone: from its headline to its last line."""
    lines = paste.split("\n")
    starts = [k for k, line in enumerate(lines) if fuzz.ratio(line.strip(), str(page["title"])) >= TITLE_RATIO]
    paragraphs = [line for line in truth.split("\n") if line.strip()]
    tail = " ".join(paragraphs[-1].split())[-TAIL_CHARS:] if paragraphs else ""
    ends = [k for k, line in enumerate(lines) if tail and tail in " ".join(line.split())]
    if not starts or not ends or ends[-1] < starts[0]:
        return None
    return "\n".join(lines[starts[0] : ends[-1] + 1])


def main(argv: Sequence[str] | None = None) -> int:
    """Print the development pages' figures for each paste style."""
    del argv
    found = dev_pages("paste styles")
    if found is None:
        return 0
    folder, pages = found
    began = time.perf_counter()
    print("Development pages pasted in other styles (the figures of bench.realpages)")
    for name, restyle in STYLES.items():
        scores = []
        for page in pages:
            text = restyle((folder / str(page["paste"])).read_text(encoding="utf-8"))
            article = parse_text(text, path=str(page["paste"]), kind="text")
            truth = (folder / str(page["truth"])).read_text(encoding="utf-8")
            scores.append(score_article(article, truth, page))
        summary(name, scores)
    selected, read = [], []
    for page in pages:
        truth = (folder / str(page["truth"])).read_text(encoding="utf-8")
        part = selection(page, (folder / str(page["paste"])).read_text(encoding="utf-8"), truth)
        if part is not None:
            selected.append(score_article(parse_text(part, path=str(page["paste"]), kind="text"), truth, page))
        article = parse_text(reader_view(page, truth), path=str(page["paste"]), kind="text")
        read.append(score_article(article, truth, page))
    summary("selection", selected)
    summary("reader", read)
    print(f"({time.perf_counter() - began:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
