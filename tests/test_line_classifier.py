"""The line classifier that vets the hand rules' body decision on plain-text pastes: its model file, where it
applies, and what it may change."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from bench.datasets import shared_dir
from core.reading import line_model
from core.reading.clean import read_layout
from core.reading.hints import Hints
from core.reading.line_classifier import PASTE_MODEL, VETTED_ROLES, LineModel
from core.reading.line_features import LINE_FEATURES
from core.reading.load import load_article

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"
PASTES = sorted(FIXTURES.glob("*.txt"))
REAL_PAGES = shared_dir() is not None and (shared_dir() / "data" / "realpages-dev" / "manifest.json").is_file()  # type: ignore[operator]


def _all_clutter() -> LineModel:
    """A model sure that every line is clutter."""
    names = LINE_FEATURES[:1]
    return LineModel(names, (0.0,), (1.0,), (0.0,), -50.0, 0.5, 0.5)


def test_the_model_file_matches_the_features() -> None:
    """The generated coefficients name known features, one finite number each, and two thresholds in order."""
    assert set(line_model.FEATURES) <= set(LINE_FEATURES)
    for column in (line_model.MEANS, line_model.SCALES, line_model.COEFFICIENTS):
        assert len(column) == len(line_model.FEATURES)
        assert all(math.isfinite(v) for v in column)
    assert all(s > 0 for s in line_model.SCALES)
    assert 0.0 < line_model.KEEP <= line_model.TAKE < 1.0


@pytest.mark.parametrize("path", PASTES, ids=lambda p: p.name)
def test_the_model_changes_only_body_and_clutter(path: Path) -> None:
    """On a paste, the model turns body into clutter or back, never a headline, byline, date or caption."""
    text = path.read_text(encoding="utf-8", errors="replace")
    hand = read_layout(text, Hints())
    vetted = read_layout(text, Hints(), model=PASTE_MODEL)
    assert [(p.start, p.end) for p in hand.pieces] == [(p.start, p.end) for p in vetted.pieces]
    for before, after in zip(hand.pieces, vetted.pieces, strict=True):
        if before.role != after.role:
            assert {before.role, after.role} <= VETTED_ROLES
    assert (vetted.title, vetted.authors, vetted.date) == (hand.title, hand.authors, hand.date)


def test_a_paste_keeps_an_article_whatever_the_model_says(monkeypatch: pytest.MonkeyPatch) -> None:
    """Even a model that calls every line clutter leaves the paste an article body to compare."""
    monkeypatch.setattr("core.reading.load.PASTE_MODEL", _all_clutter())
    article = load_article(FIXTURES / "cnn-style.txt")
    assert any(seg.role == "body" for seg in article.segments)


@pytest.mark.parametrize("name", ["feature.md", "news-page.html"])
def test_markdown_and_html_keep_the_hand_rules(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The model reads pastes only: a Markdown or HTML file reads the same whatever it would say."""
    before = load_article(FIXTURES / name)
    monkeypatch.setattr("core.reading.load.PASTE_MODEL", _all_clutter())
    after = load_article(FIXTURES / name)
    assert [(s.text, s.role) for s in after.segments] == [(s.text, s.role) for s in before.segments]


def test_a_paste_is_read_with_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """A plain-text paste goes through the model (here one that calls all clutter: the body shrinks to the fallback
    or changes)."""
    path = FIXTURES / "cnn-style.txt"
    before = load_article(path)
    monkeypatch.setattr("core.reading.load.PASTE_MODEL", _all_clutter())
    after = load_article(path)
    assert [(s.text, s.role) for s in after.segments] != [(s.text, s.role) for s in before.segments]


@pytest.mark.skipif(not REAL_PAGES, reason="the real pages are in ../shared/data/realpages-dev")
def test_the_written_model_is_the_fit_of_the_development_pages() -> None:
    """Refitting on the 40 development pages reproduces core/reading/line_model.py (nobody edited it by hand, and
    it was refitted after the last change to a hand rule)."""
    from bench.fit_lines import main

    assert main(["--check"]) == 0
