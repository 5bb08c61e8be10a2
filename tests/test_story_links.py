"""Links to other stories set between the article's paragraphs are not its text; its own subheadings are.

A player's title under its label (``Video`` / ``Storm Hits the Coast``), the summary line under it and
``Video: <sentence>`` lines are clutter; the article's own subheadings, short or long, stay body.
"""

from __future__ import annotations

import pytest

from core.models import Article
from core.reading.load import parse_text

TITLE = "Harbour bridge reopens after two years of repairs"
OPENING = [
    "The Tallis harbour bridge reopened to traffic on Saturday morning, two years after engineers closed it when "
    "cracks were found in two of its steel girders.",
    "Hundreds of residents walked across the span before the first cars were let through, and the mayor cut a "
    "ribbon at the northern end as a brass band played.",
    "The repairs cost the city more than it had planned, because the old girders had to be replaced rather than "
    "strengthened, the works department said in a statement.",
]
CLOSING = [
    "Ferry operators, who carried commuters across the harbour while the bridge was shut, said they expected "
    "their passenger numbers to fall back to what they had been before the closure.",
    "The works department said the girders would now be inspected every six months, and that sensors fitted "
    "during the repairs would warn engineers of any new movement in the steel.",
    "Traffic on the bridge was light on Saturday afternoon, but officials expect it to return to its usual level "
    "once schools reopen after the holidays next week.",
]


def read(*middle: str) -> Article:
    """An article pasted as blank-line separated paragraphs, with ``middle`` set between its opening and closing."""
    paragraphs = [TITLE, "By Mara Quint", *OPENING, *middle, *CLOSING]
    return parse_text("\n\n".join(paragraphs) + "\n", path="paste.txt")


def role_of(article: Article, text: str) -> str:
    """The one role of the segments that make up ``text`` (a line of one sentence or several)."""
    roles = {seg.role for seg in article.segments if seg.text in text}
    assert roles, text
    assert len(roles) == 1, (text, roles)
    return roles.pop()


def test_the_title_under_a_video_label_and_its_summary_are_not_the_article() -> None:
    """``Video`` / a player's title / the sentence that sums it up / the clip's credit, between two paragraphs."""
    title = "Storm Surge Floods the Old Harbour"
    summary = "Waves broke over the old harbour wall and flooded the market on Friday."
    article = read("Video", title, summary, "By Sam Ort")
    assert role_of(article, title) == "boilerplate"
    assert role_of(article, summary) == "boilerplate"
    assert {role_of(article, p) for p in OPENING + CLOSING} == {"body"}


def test_a_paragraph_under_an_empty_video_label_stays_the_article() -> None:
    """A player left empty: the article's own paragraph under its label is still the article, and so is a short
    paragraph under a player's title when the article goes on right under it."""
    paragraph = "Engineers said the new girders were made from a steel that resists the salt air of the harbour."
    article = read("Video", paragraph)
    assert role_of(article, paragraph) == "body"
    article = read("Video", "Storm Surge Floods the Old Harbour", paragraph)
    assert role_of(article, paragraph) == "body"


@pytest.mark.parametrize(
    "subheading",
    ["Ferries Lose Out", "What the Ferry Operators Expect Now That Commuters Can Cross the Harbour"],
    ids=["short", "long-taken-up"],
)
def test_the_articles_own_subheading_stays_body(subheading: str) -> None:
    """A subheading introduces the section under it: short, or with words the next paragraph takes up."""
    article = read(subheading)
    assert role_of(article, subheading) == "body"
    assert {role_of(article, p) for p in OPENING + CLOSING} == {"body"}


def test_a_video_label_before_a_sentence_is_not_the_article() -> None:
    """``Video:`` and a sentence describing the clip: the player's caption, not a paragraph."""
    line = (
        "Video: In this clip filmed from a drone, the repaired girders are lifted into place over the harbour "
        "by a floating crane."
    )
    article = read(line)
    assert role_of(article, line) != "body"


@pytest.mark.parametrize("label", ["RELATED STORY", "Related Article"])
def test_a_single_related_story_box_between_paragraphs_is_not_the_article(label: str) -> None:
    """A box of one linked story (``RELATED STORY`` over its headline) set between two paragraphs: the label and the
    headline are clutter, the paragraphs around it the article."""
    teaser = "Ferry fares to rise for the first time in a decade"
    article = read(label, teaser)
    assert role_of(article, label) != "body"
    assert role_of(article, teaser) != "body"
    assert {role_of(article, p) for p in OPENING + CLOSING} == {"body"}
