"""The loader on other people's articles (BASIL and ECB+ texts in ../shared; skipped when it is absent).

Only reads the research data at test time; nothing of it is copied into the package or the fixtures.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.reading.load import load_article
from core.reading.metadata import is_date_line
from core.text.folding import collapse_space, collapse_space_and_quotes

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
BASIL = sorted((DATA / "basil" / "articles").glob("*/*.txt"))
ECB = sorted((DATA / "ecbplus" / "texts").glob("*ecbplus.txt"))[::5]

pytestmark = pytest.mark.skipif(not BASIL or not ECB, reason="../shared research data is not available")


def lines(path: Path) -> list[str]:
    return [collapse_space(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("path", BASIL, ids=[f"{p.parent.name}/{p.name}" for p in BASIL])
def test_basil_headline_is_the_title_and_everything_else_is_body(path: Path) -> None:
    """BASIL files are a headline line and paragraphs: the headline is the title, every paragraph is body
    (a paragraph that only repeats the headline is not, nor is the text of an embedded social post, nor a second
    headline: a title-cased line with no full stop straight under the first, which is the standfirst, nor a photo
    caption that ends in its credit, as a copy of a page can hold: ``… at the Capitol.CreditJo Ruiz/Reuters``)."""
    article = load_article(path)
    headline, *_ = lines(path)
    assert article.title == headline
    embeds = {s.paragraph for s in article.segments if "pic.twitter.com/" in s.text or "(@" in s.text}
    for seg in article.segments[1:]:
        embedded = seg.role == "caption" and seg.paragraph in embeds
        subhead = seg.role == "standfirst" and seg.paragraph == 1 and not seg.text.rstrip().endswith(".")
        credited = seg.role == "caption" and re.search(r"[.!?]Credit[A-Z][\w .'’-]{1,40}/[A-Z][\w .'’-]+$", seg.text)
        ok = embedded or subhead or credited or (seg.role == "boilerplate" and seg.text == headline)
        assert seg.role == "body" or ok, seg


@pytest.mark.parametrize("path", ECB, ids=[p.name for p in ECB])
def test_ecbplus_headline_is_the_title_and_prose_is_body(path: Path) -> None:
    """ECB+ texts: the first line that is not a date is the headline (a glued date is split off); sentence
    lines are body."""
    article = load_article(path)
    first, *rest = [line for line in lines(path) if not is_date_line(collapse_space_and_quotes(line))]
    assert article.title is not None
    assert first.startswith(article.title)
    body_text = " ".join(seg.text for seg in article.body)
    for line in rest[3:]:
        if line.endswith(".") and len(line.split()) >= 8 and not line.lower().startswith("more from"):
            assert line[:40] in body_text, line
