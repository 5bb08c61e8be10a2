"""Whole pasted pages, every line labelled by hand: the cleaner finds the headline and keeps clutter out of the body.

The 24 pages in ``tests/fixtures/pages`` are fictional stories set in 24 page layouts (wire service, broadsheet,
tabloid, broadcaster, live blog, magazine feature, regional paper, local TV, sports report, tech site, press-release
wire, English edition of a foreign paper, paywalled business paper, aggregator, mobile page; pages that open with
menus, tickers and consent banners; hard-wrapped text), written and labelled by people who had not seen the
cleaner.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.models import Article
from core.reading.load import load_article
from core.text.folding import collapse_space

PAGES = Path(__file__).parent / "fixtures" / "pages"
PAGE_FILES = sorted(PAGES.glob("*.txt"))

MIN_PAGE_ACCURACY = 0.9
"""Every page: the share of its labelled lines whose body / not-body role the cleaner gets right."""
MIN_OVERALL_ACCURACY = 0.98
"""All pages together: the share of every labelled line whose body / not-body role the cleaner gets right."""


def line_roles(path: Path) -> list[tuple[int, str, str]]:
    """(line number, labelled role, the cleaner's role) for every labelled line of a page."""
    article = load_article(path)
    labels = json.loads(path.with_suffix(".roles.json").read_text(encoding="utf-8"))
    starts = [0]
    for index, char in enumerate(article.text):
        if char == "\n":
            starts.append(index + 1)
    out: list[tuple[int, str, str]] = []
    for label in labels:
        line = label["line"]
        start = starts[line - 1]
        end = starts[line] - 1 if line < len(starts) else len(article.text)
        roles = [seg.role for seg in article.segments if seg.start < end and start < seg.end]
        out.append((line, label["role"], max(set(roles), key=roles.count) if roles else "dropped"))
    return out


def labelled_title(path: Path) -> str:
    labels = json.loads(path.with_suffix(".roles.json").read_text(encoding="utf-8"))
    line = next(label["line"] for label in labels if label["role"] == "title")
    return path.read_text(encoding="utf-8").splitlines()[line - 1]


def title_of(article: Article) -> str:
    assert article.title is not None
    return collapse_space(article.title)


def test_there_are_pages_and_labels() -> None:
    assert len(PAGE_FILES) >= 24
    assert all(path.with_suffix(".roles.json").exists() for path in PAGE_FILES)


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: p.stem)
def test_the_headline_is_found_under_menus_and_banners(path: Path) -> None:
    """The title is the labelled headline, not a menu item, a consent button or a section label above it."""
    assert title_of(load_article(path)) == collapse_space(labelled_title(path))


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: p.stem)
def test_each_page_keeps_its_body_and_drops_its_clutter(path: Path) -> None:
    roles = line_roles(path)
    right = sum((gold == "body") == (got == "body") for _, gold, got in roles)
    wrong = [(line, gold, got) for line, gold, got in roles if (gold == "body") != (got == "body")]
    assert right / len(roles) >= MIN_PAGE_ACCURACY, wrong


def test_all_pages_together_are_almost_all_right() -> None:
    roles = [r for path in PAGE_FILES for r in line_roles(path)]
    right = sum((gold == "body") == (got == "body") for _, gold, got in roles)
    assert right / len(roles) >= MIN_OVERALL_ACCURACY
