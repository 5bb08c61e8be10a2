"""The seed pair read against the hand-made reference (tests/data/seed-pair.gold.json): metadata and roles."""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from core.models import Article, Segment
from core.reading.load import load_article, parse_text

ROOT = Path(__file__).resolve().parents[1]
GOLD: dict[str, Any] = json.loads((ROOT / "tests" / "data" / "seed-pair.gold.json").read_text(encoding="utf-8"))
SIDES = ("left", "right")


def norm(text: str) -> str:
    """The gold's normalisation: NFKC, straight quotes, folded white space, case folded."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'}))
    return " ".join(text.split()).casefold()


@cache
def article(side: str) -> Article:
    return load_article(ROOT / GOLD[side])


def mapped(side: str, snippet: str) -> list[Segment]:
    """The segments a snippet maps to: those overlapping its occurrence in the source text."""
    art = article(side)
    wanted = norm(snippet)
    found = [seg for seg in art.segments if wanted in norm(seg.text)]
    if not found:
        joined = norm(" ".join(seg.text for seg in art.segments))
        assert wanted not in joined, f"{snippet!r} spans segments"
    assert found, f"{snippet!r} was dropped"
    return found


@pytest.mark.parametrize("side", SIDES)
def test_metadata_is_recovered_exactly(side: str) -> None:
    """Title, standfirst, authors, date and outlet match the reference."""
    expected = GOLD["metadata"][side]
    art = article(side)
    assert art.title == expected["title"]
    assert art.standfirst == expected.get("standfirst")
    assert list(art.authors) == expected["authors"]
    assert art.date == expected["date"]
    assert art.outlet == expected["outlet"]


@pytest.mark.parametrize("side", SIDES)
def test_clutter_is_never_body(side: str) -> None:
    """Every caption, teaser, live-feed item and newsletter line of the reference has a non-body role."""
    for snippet in GOLD["not_body"][side]:
        assert all(seg.role != "body" for seg in mapped(side, snippet)), snippet


@pytest.mark.parametrize("side", SIDES)
def test_every_article_sentence_is_body(side: str) -> None:
    """Every sentence the reference links or lists as one-sided is body text."""
    snippets = [s for link in GOLD["sure"] for s in link[side]] + GOLD["only"][side]
    for snippet in snippets:
        assert all(seg.role == "body" for seg in mapped(side, snippet)), snippet


@pytest.mark.parametrize("side", SIDES)
def test_titles_are_single_title_segments(side: str) -> None:
    """Each article has exactly one title segment, the headline."""
    titles = [seg.text for seg in article(side).segments if seg.role == "title"]
    assert titles == [GOLD["titles"][0][side]]


def test_kyiv_independent_roles_in_detail() -> None:
    """The Kyiv Independent paste: byline, caption, credit, teaser, footer and live feed each get a role."""
    roles = {seg.text: seg.role for seg in article("right").segments}
    assert roles["(Toru Yamanaka/AFP via Getty Images)"] == "caption"
    assert roles["Authors: Martin Fornusek, The Kyiv Independent news desk"] == "byline"
    assert roles["10:35 AM (Updated: )"] == "boilerplate"
    assert roles["The Kyiv IndependentKateryna Denisova"] == "boilerplate"
    body = [seg.text for seg in article("right").body]
    assert body[0].startswith("South Korea on Oct. 21 summoned")
    assert body[-1].endswith("urged immediate action.")


def test_guardian_broken_and_run_together_paragraphs_are_repaired() -> None:
    """The stray break inside ``waiting to pick up`` is healed; the run-together first paragraph is split."""
    guardian = article("left")
    assert any("waiting to pick up bags, clothes" in seg.text for seg in guardian.body)
    first = next(seg for seg in guardian.body if seg.text.startswith("The first vice-foreign minister"))
    lead = guardian.body[0]
    assert first.paragraph != lead.paragraph


@pytest.mark.parametrize(
    "dropped",
    [("Authors:",), ("Authors:", "The Kyiv IndependentKateryna"), ("Thank you for signing up",)],
    ids=["no-footer", "no-footer-no-card", "no-newsletter"],
)
def test_teaser_and_feed_are_recognised_without_their_footer(dropped: tuple[str, ...]) -> None:
    """The rules do not hang on one line: without the footer or the author card, the teaser and feed are clutter."""
    source = (ROOT / GOLD["right"]).read_text(encoding="utf-8")
    text = "\n".join(line for line in source.splitlines() if not line.startswith(dropped))
    art = parse_text(text, path="paste.txt")
    body = " ".join(seg.text for seg in art.body)
    for snippet in GOLD["not_body"]["right"]:
        if not snippet.startswith(dropped):
            assert norm(snippet) not in norm(body), snippet
    assert norm("urged immediate action") in norm(body)
