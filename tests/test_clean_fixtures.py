"""Realistic pastes from other outlets' layouts: each fixture's metadata and roles, as a reader would expect.

Each ``tests/fixtures/articles/<name>.<ext>`` has a ``<name>.expected.json`` listing its metadata, snippets
that must be body, snippets that must not be, roles of particular lines, and markup that must be gone.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core.models import Article, Segment
from core.reading.load import load_article
from core.text.folding import collapse_space_and_quotes

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"
CASES = sorted(p for p in FIXTURES.iterdir() if not p.name.endswith(".json"))


def expected_for(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{path.stem}.expected.json").read_text(encoding="utf-8"))
    return data


def holding(article: Article, snippet: str) -> list[Segment]:
    """The segments that are ``snippet``, or else that contain it (quotes and spaces normalised)."""
    wanted = collapse_space_and_quotes(snippet).casefold()
    exact = [seg for seg in article.segments if collapse_space_and_quotes(seg.text).casefold() == wanted]
    found = exact or [seg for seg in article.segments if wanted in collapse_space_and_quotes(seg.text).casefold()]
    assert found, f"{snippet!r} is in no segment"
    return found


def test_there_are_at_least_ten_fixtures_each_with_expectations() -> None:
    """The loader is exercised on ten or more layouts beyond the seeds, each with a written expectation."""
    assert len(CASES) >= 10
    for path in CASES:
        assert (FIXTURES / f"{path.stem}.expected.json").exists(), path.name


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_fixture_metadata(path: Path) -> None:
    """Title, standfirst, authors, date and outlet come out as the page shows them."""
    expected = expected_for(path)
    article = load_article(path)
    assert article.title == expected["title"]
    for key in ("standfirst", "date", "outlet"):
        if key in expected:
            assert getattr(article, key) == expected[key], key
    if "authors" in expected:
        assert list(article.authors) == expected["authors"]
    titles = [seg for seg in article.segments if seg.role == "title"]
    assert [seg.text for seg in titles] == [expected["title"]]


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_fixture_body_and_clutter(path: Path) -> None:
    """Article sentences are body; captions, teasers, feeds, prompts and page furniture are not."""
    expected = expected_for(path)
    article = load_article(path)
    for snippet in expected.get("body", []):
        assert all(seg.role == "body" for seg in holding(article, snippet)), snippet
    for snippet in expected.get("not_body", []):
        assert all(seg.role != "body" for seg in holding(article, snippet)), snippet
    for snippet, role in expected.get("roles", {}).items():
        assert {seg.role for seg in holding(article, snippet)} == {role}, snippet
    for snippet in expected.get("absent", []):
        assert snippet not in article.text, snippet
    for snippet, count in expected.get("sentences", {}).items():
        assert len(holding(article, snippet)) == count
    if "paragraphs" in expected:
        assert len({seg.paragraph for seg in article.body}) == expected["paragraphs"]
