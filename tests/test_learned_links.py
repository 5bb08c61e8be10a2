"""The learned link probability: its features, its model file, and the two steps of the matcher that ask it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from bench.datasets import shared_dir
from bench.fit_links import main as fit_links
from core.align import link_model
from core.align.aligner import candidates, link_side
from core.align.link_features import LINK_FEATURE_NAMES, LinkProbability, link_features
from core.align.matching import Passages, match
from core.align.settings import AlignSettings
from core.align.similarity import Scored
from core.reading import load_article

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_the_model_file_has_a_coefficient_for_each_feature() -> None:
    """The generated model names the features the code computes, in the same order."""
    assert link_model.FEATURES == LINK_FEATURE_NAMES
    for column in (link_model.MEANS, link_model.SCALES, link_model.COEFFICIENTS):
        assert len(column) == len(LINK_FEATURE_NAMES)


def test_a_row_is_the_same_whichever_rows_are_asked_for_and_whichever_side_is_left() -> None:
    """Rows asked for alone equal the same rows of the whole table; exchanging the articles gives each pair the
    same row."""
    settings = AlignSettings()
    left, right = load_article(SEEDS / "guardian.txt"), load_article(SEEDS / "kyiv-independent.txt")

    def table(a: object, b: object) -> tuple[Scored, npt.NDArray[np.float64], object]:
        found = candidates(a, b, settings)  # type: ignore[arg-type]
        sides = (link_side(found.left, found.left_body, settings), link_side(found.right, found.right_body, settings))
        rows = link_features(found.scored, *sides, found.weights, found.kinds)
        return found.scored, rows, (sides, found.weights, found.kinds)

    scored, whole, (sides, weights, kinds) = table(left, right)  # type: ignore[misc]
    assert len(whole) > 20
    some = np.array([len(whole) - 1, 3, 0, 7], dtype=np.int64)
    assert np.array_equal(link_features(scored, *sides, weights, kinds, rows=some), whole[some])
    swapped, mirrored, _ = table(right, left)
    forward = {(int(i), int(j)): row for i, j, row in zip(scored.i, scored.j, whole, strict=True)}
    backward = {(int(j), int(i)): row for i, j, row in zip(swapped.i, swapped.j, mirrored, strict=True)}
    assert forward.keys() == backward.keys()
    for pair, row in forward.items():
        assert np.allclose(row, backward[pair], rtol=0, atol=1e-12)
    chance = LinkProbability(scored, *sides, weights, kinds)
    assert chance([0], [10_000])[0] == 0.0  # no candidate, no probability
    p = chance(scored.i[:5].tolist(), scored.j[:5].tolist())
    assert np.all((p > 0) & (p < 1))


def gate(table: Mapping[tuple[int, int], float]) -> object:
    """A stand-in for the learned probability: the given figure per pair, 0 for any other."""

    def ask(i: Sequence[int], j: Sequence[int]) -> npt.NDArray[np.float64]:
        return np.array([table.get((a, b), 0.0) for a, b in zip(i, j, strict=True)], dtype=np.float64)

    return ask


SIX = frozenset({"envoy", "summon", "troop", "deploy", "brigade", "training"})


def test_a_far_passage_under_the_link_threshold_joins_only_when_the_model_vouches() -> None:
    """Left 1 sits in another paragraph than left 0 and resembles right 0 at 0.30 (under the link threshold, over
    the learned floor): it joins their group when the learned probability reaches the setting, never otherwise."""
    settings = AlignSettings()
    left = Passages(
        [frozenset({"envoy", "summon", "troop"}), frozenset({"deploy", "brigade", "training"})], [0, 1], ["a", "b"]
    )
    right = Passages([SIX], [0], ["c"])
    scored = Scored(np.array([0, 1]), np.array([0, 0]), np.array([0.6, 0.30]))
    vouched = match(scored, left, right, {}, settings, gate({(0, 0): 0.9, (1, 0): 0.5}))  # type: ignore[arg-type]
    assert [(g.left, g.right) for g in vouched] == [([0, 1], [0])]
    doubted = match(scored, left, right, {}, settings, gate({(0, 0): 0.9, (1, 0): 0.3}))  # type: ignore[arg-type]
    assert [(g.left, g.right) for g in doubted] == [([0], [0])]
    below = Scored(np.array([0, 1]), np.array([0, 0]), np.array([0.6, 0.25]))  # under the floor: the model is not asked
    assert [(g.left, g.right) for g in match(below, left, right, {}, settings, gate({(0, 0): 0.9, (1, 0): 1.0}))] == [  # type: ignore[arg-type]
        ([0], [0])
    ]
    assert [(g.left, g.right) for g in match(scored, left, right, {}, settings)] == [([0], [0])]


def test_a_link_the_model_doubts_is_undone_unless_word_for_word() -> None:
    """Of three one-to-one links, the one the model puts under learned_keep_probability goes, its passages left
    one-sided; a word-for-word pair (similarity 1) stays whatever the model says."""
    settings = AlignSettings()
    bags = [frozenset({"envoy", "summon"}), frozenset({"troop", "deploy"}), frozenset({"brigade", "training"})]
    side = Passages(bags, [0, 1, 2], ["a", "b", "c"])
    scored = Scored(np.array([0, 1, 2]), np.array([0, 1, 2]), np.array([0.7, 0.7, 1.0]))
    groups = match(scored, side, side, {}, settings, gate({(0, 0): 0.8, (1, 1): 0.1, (2, 2): 0.0}))  # type: ignore[arg-type]
    assert sorted((g.left, g.right) for g in groups) == [([0], [0]), ([2], [2])]
    off = AlignSettings(learned_keep_probability=0)
    assert len(match(scored, side, side, {}, off, gate({}))) == 3  # type: ignore[arg-type]


@pytest.mark.skipif(shared_dir() is None, reason="the development golds' articles are in ../shared")
def test_the_written_model_is_the_fit_of_the_labelled_pairs(capsys: pytest.CaptureFixture[str]) -> None:
    """core/align/link_model.py is what ``python -m bench.fit_links --write`` makes of today's golds."""
    assert fit_links(["--check"]) == 0
    assert "is this fit" in capsys.readouterr().out
