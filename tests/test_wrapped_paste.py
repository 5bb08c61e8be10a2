"""A paste wrapped at a width (e-mail, ``fold``, a terminal browser's dump) reads as the same article as the paste
before the wrapping: property tests over written pages."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from core.models import Article
from core.reading.load import parse_text

PROSE = (
    "harbour board council quarry villagers agency court judge residents lorries dust school committee objections "
    "estuary ferry summer winter permit ruling harvest fishermen island berth crossing inspector engineers depot "
    "axle tunnel bridge river valley market square library museum hospital clinic station platform signal"
)
NOUNS = PROSE.split()
VERBS = ("said", "warned", "voted", "fined", "asked", "found", "visited", "closed", "opened", "blamed", "reported")

sentence = st.tuples(
    st.sampled_from(NOUNS),
    st.sampled_from(VERBS),
    st.lists(st.sampled_from(NOUNS), min_size=8, max_size=20, unique=True),
).map(lambda parts: f"The {parts[0]} {parts[1]} that the " + " and the ".join(parts[2]) + ".")
paragraph = st.lists(sentence, min_size=2, max_size=4, unique=True).map(" ".join)
"""A paragraph of two to four sentences, long enough that a wrapping at 60 to 80 columns fills many lines (each
sentence names a noun once: ``the harbour and the harbour and …`` is no prose, and reads as a sentence repeated)."""
headline = st.lists(st.sampled_from(NOUNS), min_size=10, max_size=14).map(
    lambda words: "Quarry " + " ".join(word.capitalize() for word in words) + " Approved"
)
"""A headline of 12 to 16 words in title case: too long for one line of the wrapped text."""


def _no_sentence_twice(paragraphs: list[str]) -> bool:
    """Whether no sentence stands in two paragraphs: a sentence printed twice is read as a pull quote, and where a
    wrapped paragraph ends is then a guess that decides which copy is the quote."""
    sentences = [s.rstrip(".") for p in paragraphs for s in p.split(". ")]
    return len(sentences) == len(set(sentences))


def body_words(article: Article) -> list[str]:
    return " ".join(seg.text for seg in article.segments if seg.role == "body").split()


@settings(max_examples=60, deadline=None)
@given(
    title=headline,
    paragraphs=st.lists(paragraph, min_size=4, max_size=8, unique=True).filter(_no_sentence_twice),
    width=st.sampled_from([60, 72, 80]),
)
def test_wrapping_a_page_changes_neither_its_headline_nor_its_body(
    title: str, paragraphs: list[str], width: int
) -> None:
    page = "\n".join(["Home", "News", title, "By Hannah Osei", *paragraphs])
    wrapped = "\n".join(textwrap.fill(line, width) for line in page.split("\n"))
    plain, folded = parse_text(page, path="a.txt"), parse_text(wrapped, path="a.txt")
    assert folded.title == plain.title == title
    assert folded.authors == plain.authors == ("Hannah Osei",)
    assert body_words(folded) == body_words(plain)
