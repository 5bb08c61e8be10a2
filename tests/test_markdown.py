"""Markdown articles: markup reduced to text, front matter as metadata, structure kept."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.reading.load import parse_text
from core.reading.markdown import CELL_SEPARATOR, reduce_inline, reduce_markdown


def test_inline_markup_is_reduced_to_text() -> None:
    """Links, emphasis, code, images and escapes become their text."""
    line = r"A **bold** and *italic* _word_ with [a link](https://x.org) and `code`, ![alt text](a.png), "
    line += r"5\*3 and snake_case."
    assert reduce_inline(line) == "A bold and italic word with a link and code, alt text, 5*3 and snake_case."


def test_block_markup_is_reduced_and_lines_are_kept() -> None:
    """Headings, quotes and list markers go; markup-only lines become blank lines (structure stays)."""
    source = "# Title here\n\n> A quoted line\n\n- item one\n1. item two\n\n---\n\n"
    source += "```\ncode\n```\nSetext\n======\n"
    text, _ = reduce_markdown(source)
    assert text.splitlines() == [
        "Title here",
        "",
        "A quoted line",
        "",
        "item one",
        "item two",
        "",
        "",
        "",
        "",
        "code",
        "",
        "Setext",
        "",
    ]


def test_front_matter_gives_metadata_and_a_missing_title_line() -> None:
    """YAML front matter supplies title, authors, date, outlet; a title the body lacks is put on top."""
    source = (
        '---\ntitle: "Floods in Valencia"\nauthors:\n  - Ana García\n  - Luis Pérez\n'
        "date: 2024-10-31T10:00:00Z\n"
        "publisher: Example Daily\n---\nThe floods killed more than 200 people, officials said on Thursday.\n"
    )
    article = parse_text(source, path="story.md")
    assert article.title == "Floods in Valencia"
    assert article.authors == ("Ana García", "Luis Pérez")
    assert article.date == "2024-10-31"
    assert article.outlet == "Example Daily"
    assert article.segments[0].role == "title"
    assert "---" not in article.text
    assert "publisher" not in article.text
    assert [seg.text for seg in article.body] == ["The floods killed more than 200 people, officials said on Thursday."]


def test_an_image_line_is_a_caption() -> None:
    """An image on its own line gives its description as a caption, even without a photo credit."""
    source = "# Quake hits Aceh\n\n![Rescuers search the rubble in Bireuen](a.jpg)\n\n"
    source += "The quake struck on Tuesday, officials said.\n"
    article = parse_text(source, path="q.md")
    assert [(seg.role, seg.text) for seg in article.segments[1:]] == [
        ("caption", "Rescuers search the rubble in Bireuen"),
        ("body", "The quake struck on Tuesday, officials said."),
    ]


def test_markdown_without_front_matter_reads_like_a_paste() -> None:
    """A heading then paragraphs: the heading is the title, the rest is body, no asterisks survive."""
    article = parse_text(
        "# Quake hits *Aceh*\n\nA **6.1-magnitude** quake struck on Tuesday, officials said.\n", path="q.md"
    )
    assert article.title == "Quake hits Aceh"
    assert article.body[0].text == "A 6.1-magnitude quake struck on Tuesday, officials said."


@pytest.mark.parametrize(
    ("source", "lines"),
    [
        (
            "The mayor [announced a plan\nto rebuild the bridge](https://example.org/plan) on Monday.",
            ["The mayor announced a plan", "to rebuild the bridge on Monday."],
        ),
        (
            "Officials said the damage was **far worse\nthan first reported**, and _the river\nkept rising_.",
            ["Officials said the damage was far worse", "than first reported, and the river", "kept rising."],
        ),
        (
            "See [the [2019] audit report](https://example.org/a) and [Annex [B]][annex].\n\n[annex]: https://x.org/b",
            ["See the [2019] audit report and Annex [B].", "", ""],
        ),
        (
            "Ben &amp; Jerry&#8217;s caf&eacute; paid &euro;3&nbsp;million &lt;net&gt;.",
            ["Ben & Jerry’s café paid €3\u00a0million <net>."],
        ),
        (
            "| Region | Deaths |\n|:-------|-------:|\n| **North** | 12 |\n| South | [40](https://x.org) |",
            [f"Region{CELL_SEPARATOR}Deaths", "", f"North{CELL_SEPARATOR}12", f"South{CELL_SEPARATOR}40"],
        ),
        (
            'Prices rose ~~three~~ four times.\n<div class="ad">\nSponsored &amp; paid\n</div>\n<!-- a\nnote -->',
            ["Prices rose three four times.", "", "Sponsored & paid", "", "", ""],
        ),
    ],
    ids=["link-over-two-lines", "emphasis-over-a-line-break", "brackets-in-link-text", "entities", "table", "html"],
)
def test_markup_the_line_reducer_missed_is_reduced(source: str, lines: list[str]) -> None:
    """Wrapped links, emphasis over a line break, brackets in link text, entities and tables become their text, on
    the lines they were written on."""
    text, _ = reduce_markdown(source)
    assert text.split("\n") == lines


def test_a_table_reads_as_rows_of_text() -> None:
    """A table's rows are body text with no pipes or delimiter row left in the article."""
    source = "# Flood toll\n\nThe toll by region, officials said on Monday.\n\n| Region | Deaths |\n|---|---|\n"
    source += "| North | 12 |\n| South | 40 |\n"
    article = parse_text(source, path="t.md")
    assert "|" not in article.text
    assert "---" not in article.text
    assert f"North{CELL_SEPARATOR}12" in article.text.splitlines()


def _calls(work: Callable[[], object]) -> int:
    """How many Python and C function calls ``work`` makes (a measure of its work that no clock enters)."""
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        count += 1

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("unit", ["**", "[", "~~", "**\n", "[\n", "~~ "], ids=repr)
def test_long_runs_of_markup_take_linear_work(unit: str) -> None:
    """Tens of thousands of ``**``, ``[`` or ``~~`` take work in proportion to their length, not its square: four times
    the run costs about four times the calls (sixteen would be quadratic)."""

    def reading(n: int) -> int:
        source = "# Title\n\nText " + unit * n + " end.\n"
        return _calls(lambda: parse_text(source, path="a.md"))

    small, large = reading(2_500), reading(10_000)
    assert large <= 5 * small


@given(
    st.lists(
        st.sampled_from(
            ["# Head", "**b** text.", "[l](u) x", "> q", "- i", "---", "```", "![a](b)", "", "plain", "[wrapped",
             "link](u)", "**em", "across**", "| a | b |", "|---|---|", "&amp; &#8217;", "<div>", "<!--", "-->",
             "    indented", "Setext", "===", "1986. A year", "~~~"]
        ),
        max_size=30,
    )
)  # fmt: skip
@settings(max_examples=200, deadline=None)
def test_reduction_keeps_one_line_per_line(lines: list[str]) -> None:
    """Property: without front matter, the reduced text has exactly the source's lines, in order."""
    source = "\n".join(lines)
    text, _ = reduce_markdown(source)
    assert len(text.split("\n")) == len(source.split("\n"))


CLIPPING = """---
title: "Harbour board fined over estuary dredging"
source: "https://www.harbourcourier.com/news/harbour-board-fined/"
author:
  - "[[Tamsin Ollery]]"
  - "[[people/hal-brook|Hal Brook]]"
published: 2024-03-12
tags:
  - "clippings"
---
# Harbour board fined over estuary dredging

The harbour board of Port Welcombe was fined 180,000 crowns on Monday, the Harbour Courier has learned.

Judge Aurel Densk said the board had put the oyster beds of the estuary at risk.

![Judge Aurel Densk](https://example.com/densk.jpg)
Judge Aurel Densk leaving the court on Monday. (Photo: Port Courier)

The board said it would pay the fine and that the dredging had been needed to keep the ferry berth open.
"""


def test_a_web_clippers_note_reads_its_front_matter_and_keeps_the_article_whole() -> None:
    """A note saved by a web clipper: the source link gives the outlet as the article names it, note links in the
    author list give the names, and a picture set over its caption is a caption the article goes on after."""
    article = parse_text(CLIPPING, path="clip.md")
    assert article.outlet == "Harbour Courier"
    assert article.authors == ("Tamsin Ollery", "Hal Brook")
    assert article.date == "2024-03-12"
    roles = {seg.text: seg.role for seg in article.segments}
    assert roles["Judge Aurel Densk"] == "caption"
    assert (
        roles[
            "The board said it would pay the fine and that the dredging had been needed to keep the ferry berth open."
        ]
        == "body"
    )


def test_a_source_link_the_article_never_names_gives_its_host() -> None:
    article = parse_text(CLIPPING.replace("the Harbour Courier has learned", "officials said"), path="clip.md")
    assert article.outlet == "harbourcourier.com"
