"""A paste wrapped at a width (e-mail, ``fold``, a terminal browser's dump) reads as the same article as the paste
before the wrapping: property tests over written pages."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from core.models import Article
from core.reading.load import parse_text

PROSE = (
    "the harbour board said council quarry villagers agency court fined judge warned residents lorries dust "
    "school committee voted objections estuary ferry summer winter permit ruling harvest fishermen would could "
    "after before during because although while"
)
WORDS = PROSE.split()

sentence = st.lists(st.sampled_from(WORDS), min_size=6, max_size=24).map(lambda ws: " ".join(ws).capitalize() + ".")
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)


def body_words(article: Article) -> list[str]:
    return " ".join(seg.text for seg in article.segments if seg.role == "body").split()


@settings(max_examples=60, deadline=None)
@given(paragraphs=st.lists(paragraph, min_size=3, max_size=8), width=st.sampled_from([60, 72, 80]))
def test_wrapping_a_page_changes_neither_its_headline_nor_its_body(paragraphs: list[str], width: int) -> None:
    page = "\n".join(["Home", "News", "Quarry expansion approved by the county", "By Hannah Osei", *paragraphs])
    wrapped = "\n".join(textwrap.fill(line, width) for line in page.split("\n"))
    plain, folded = parse_text(page, path="a.txt"), parse_text(wrapped, path="a.txt")
    assert folded.title == plain.title == "Quarry expansion approved by the county"
    assert folded.authors == plain.authors == ("Hannah Osei",)
    assert body_words(folded) == body_words(plain)
