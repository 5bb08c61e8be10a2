"""The link-scorer measurement: its ranking figures, labels from a gold, and its error without shared data."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bench.datasets import shared_dir
from bench.fit_links import PAIRS_DIR, auc, main, pair_data, precision_at_recall
from bench.link_features import LINK_FEATURE_NAMES
from core.align import AlignSettings


def test_auc_counts_the_pairs_ranked_right_and_ties_as_half() -> None:
    """A perfect ranking scores 1, a reversed one 0, a tie between a positive and a negative one half."""
    labels = np.array([1.0, 1.0, 0.0, 0.0])
    assert auc(np.array([0.9, 0.8, 0.2, 0.1]), labels) == 1.0
    assert auc(np.array([0.1, 0.2, 0.8, 0.9]), labels) == 0.0
    assert auc(np.array([0.5, 0.5]), np.array([1.0, 0.0])) == 0.5
    assert np.isnan(auc(np.array([0.3]), np.array([1.0])))


def test_precision_at_recall_takes_the_highest_threshold_reaching_it() -> None:
    """Half the positives are reached at 0.8, where one of the two pairs taken is positive."""
    scores = np.array([0.9, 0.8, 0.7, 0.1])
    labels = np.array([0.0, 1.0, 0.0, 1.0])
    assert precision_at_recall(scores, labels, 0.5) == (0.5, 0.8)


def test_a_page_pair_gives_one_labelled_row_per_candidate() -> None:
    """The candidates of a page pair, with their feature rows and some gold links among them."""
    data = pair_data(PAIRS_DIR / "a-p3.gold.json", PAIRS_DIR, AlignSettings())
    assert data.features.shape == (len(data.labels), len(LINK_FEATURE_NAMES))
    assert 0 < data.labels.sum() < len(data.labels)


def test_without_shared_data_the_command_says_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The development golds' articles live in ../shared: without it, a one-line error and exit 2."""
    monkeypatch.setenv("STORYDIFF_SHARED", str(tmp_path / "nothing"))
    assert shared_dir() is None
    assert main([]) == 2
