"""A page copied from a browser's reader view: the host as the address bar writes it, the headline, the byline,
the reading time, then the article and nothing else (written for the tests)."""

from __future__ import annotations

import pytest

from core.reading import parse_text

STORY = (
    "Engineers at the Ostley depot found a cracked axle on Tuesday, three days after the derailment.\n\n"
    "The rail safety office said the crack was older than the last inspection, a finding the operator disputes.\n\n"
    "“We follow every schedule we are given,” a spokesperson for the operator told the Harbour Courier on Wednesday."
)


def reader_paste(host: str, title: str, byline: str, time: str, story: str = STORY) -> str:
    """Firefox's reader view starts with the host; Safari's with the headline (``host`` empty)."""
    return "\n\n".join(line for line in (host, title, byline, time, story) if line)


@pytest.mark.parametrize("host", ["www.harbourcourier.com", ""], ids=["firefox", "safari"])
@pytest.mark.parametrize(
    "time", ["4–5 minutes", "12 minutes", "Reading time: 4 minutes", "Estimated reading time: 3 min"]
)
def test_the_reading_time_is_neither_headline_nor_body(time: str, host: str) -> None:
    article = parse_text(reader_paste(host, "The Disappearance of Jo Reed", "Ana Ruiz", time), path="p.txt")
    assert article.title == "The Disappearance of Jo Reed"
    assert article.authors == ("Ana Ruiz",)
    assert [seg.role for seg in article.segments if seg.text == time] == ["boilerplate"]


def test_a_headline_that_opens_with_the_over_a_bare_name_is_the_headline() -> None:
    """``The Disappearance of Jo Reed`` reads like a publication's name, but a byline stands under it."""
    article = parse_text(
        reader_paste("www.harbourcourier.com", "The Disappearance of Jo Reed", "Ana Ruiz", "4–5 minutes"), path="p.txt"
    )
    assert article.title == "The Disappearance of Jo Reed"
    assert article.outlet != "The Disappearance of Jo Reed"


def test_the_host_line_gives_the_name_the_article_spells_it_with() -> None:
    article = parse_text(
        reader_paste("www.harbourcourier.com", "Cracked axle found", "Ana Ruiz", "4–5 minutes"), path="p.txt"
    )
    assert article.outlet == "Harbour Courier"


def test_a_host_the_article_never_names_is_given_without_www() -> None:
    story = STORY.replace("the Harbour Courier", "reporters")
    article = parse_text(
        reader_paste("www.harbourcourier.com", "Cracked axle found", "Ana Ruiz", "4–5 minutes", story), path="p.txt"
    )
    assert article.outlet == "harbourcourier.com"
