"""Pastes from browsers that copy list items with their markers (``  * Politics`` from Firefox, ``•\tHome`` from
Safari, ``- Sport`` from some editors) read as the same article as the paste without them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.paste_styles import list_items
from core.models import Article
from core.reading import parse_text
from core.reading.paragraphs import find_paragraphs

MARKERS = ("  * ", "•\t", "- ", "◦ ")
PAGES = [
    path
    for path in sorted((Path(__file__).parent / "fixtures" / "pages").glob("*.txt"))
    if list_items(path.read_text(encoding="utf-8"), "* ") != path.read_text(encoding="utf-8")
]
"""The fixture pages that have a list to mark (22 of 24)."""


def reading(article: Article) -> tuple[object, ...]:
    body = tuple(seg.text for seg in article.segments if seg.role == "body")
    return article.title, article.authors, article.date, article.outlet, body


@pytest.mark.parametrize("marker", MARKERS, ids=["firefox", "safari", "dash", "circle"])
@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_a_page_with_marked_list_items_reads_as_without(path: Path, marker: str) -> None:
    text = path.read_text(encoding="utf-8")
    marked = list_items(text, marker)
    assert reading(parse_text(marked, path=path.name, kind="text")) == reading(
        parse_text(text, path=path.name, kind="text")
    )


def test_the_marker_is_not_part_of_the_line() -> None:
    text = "  * Home\n•\tBy Jane Doe\n- 5 March 2024\nA sentence of the story."
    starts = [text[p.start : p.end] for p in find_paragraphs(text, keep_apart=lambda line: True)]
    assert starts == ["Home", "By Jane Doe", "5 March 2024", "A sentence of the story."]


def test_dashes_and_signs_that_belong_to_the_text_stay() -> None:
    """A sign-off's dashes, a negative number, an em-dash quotation and a lone bullet are text, not markers."""
    text = "-- By Jane Doe\n-5 degrees overnight\n— Jane Doe, Reuters\n•"
    got = [text[p.start : p.end] for p in find_paragraphs(text, keep_apart=lambda line: True)]
    assert got == ["-- By Jane Doe", "-5 degrees overnight", "— Jane Doe, Reuters", "•"]


def test_the_marker_stays_in_the_articles_text() -> None:
    """Read apart from the line, the marker is still pasted text: it stays in the line's segment (nothing is lost)."""
    article = parse_text(
        "Storm hits the coast\n\n- A storm hit the northern coast on Monday, officials said.", path="p.txt"
    )
    body = [seg for seg in article.segments if seg.role == "body"]
    assert [seg.text for seg in body] == ["- A storm hit the northern coast on Monday, officials said."]
    assert article.title == "Storm hits the coast"
