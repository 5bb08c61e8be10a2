"""The pieces of bench.fit_headline, the measurement of a learned headline ranker against the hand rules: every
candidate line gets one full row of features, the hand rules' headline is among the candidates, and the ranker
vetting the rules overrules them only by a clear margin."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from bench.fit_headline import Page, donor_parts, ranked_right
from bench.headline_rank import FEATURE_NAMES, WINDOW, candidate_lines, headline_features
from bench.transplant import PageShape
from core.reading import hand_layout

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"
PASTES = sorted(FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("path", PASTES[:12], ids=lambda p: p.name)
def test_each_candidate_line_has_one_full_row_of_features(path: Path) -> None:
    """Every candidate lies within the window above the run (or opens it) and has every feature, each a number."""
    layout = hand_layout(path.read_text(encoding="utf-8", errors="replace"))
    if layout.run is None:
        pytest.skip("no article's run on this page")
    start = layout.run.start
    rows = headline_features(layout.paras, start)
    assert [k for k, _ in rows] == candidate_lines(layout.paras, start)
    for k, row in rows:
        assert start - WINDOW <= k <= start
        assert len(row) == len(FEATURE_NAMES)
        assert all(math.isfinite(value) for value in row)


def test_the_hand_rules_headline_is_a_candidate() -> None:
    """The line the hand rules make the headline is one the ranker weighs."""
    body = [
        "The harbour board approved a plan on Monday to dredge the eastern channel before the spring shipping season.",
        "The work will cost about 4 million and close two berths for six weeks, the board's chair told reporters.",
        "Fishing crews said they had asked for the dredging since a storm filled the channel with silt last winter.",
    ]
    text = "\n\n".join(["Harbour Weekly", "Harbour board backs channel dredging", "By Marta Olsen", *body])
    layout = hand_layout(text)
    assert layout.run is not None
    title = next(k for k, p in enumerate(layout.paras) if p.role == "title")
    assert title in candidate_lines(layout.paras, layout.run.start)


def _page(scores_right: list[tuple[float, bool]], hand_at: int, hand_right: bool) -> tuple[Page, tuple[object, ...]]:
    """A page whose candidates' one feature is their score, under a model that reads that feature as log-odds."""
    x = np.array([[score] for score, _ in scores_right])
    y = np.array([float(right) for _, right in scores_right])
    model = (np.zeros(1), np.ones(1), np.ones(1), 0.0)
    return Page("p", hand_right, True, True, x, y, hand_at), model


def test_the_vetting_ranker_overrules_the_hand_rules_only_by_a_clear_margin() -> None:
    page, model = _page([(0.0, False), (0.8, True)], hand_at=0, hand_right=False)
    assert not ranked_right(page, model, 1.0)  # type: ignore[arg-type]
    assert ranked_right(page, model, -math.inf)  # type: ignore[arg-type]
    page, model = _page([(0.0, False), (1.5, True)], hand_at=0, hand_right=False)
    assert ranked_right(page, model, 1.0)  # type: ignore[arg-type]


def _shape(n: str) -> PageShape:
    return PageShape(n, ("Headline", "Body line."), "Body line.", {"n": n}, 0, 1, (1,), frozenset())


def test_the_transplant_check_never_uses_a_training_donor() -> None:
    """The pages whose clutter trains the ranker and those whose clutter checks it are disjoint and cover every page,
    alternately in page-number order (10 after 9, not after 1)."""
    shapes = [_shape(n) for n in ("10", "2", "1", "9", "3")]
    training, check = donor_parts(shapes)
    assert [s.n for s in training] == ["1", "3", "10"]
    assert [s.n for s in check] == ["2", "9"]
