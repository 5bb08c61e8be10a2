"""Regression floors on the seed pair, and the evaluation command's output."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.datasets import shared_dir
from bench.evaluate import main, page_pair_scores, seed_scores

# Measured with the real loader: P 1.000, R 1.000, F1 1.000, verdicts 1.000, one-sided 1.000; floors a margin below.
FLOORS = {"f1": 0.93, "recall": 0.87, "precision": 0.95, "verdict_accuracy": 0.95, "one_sided_accuracy": 0.95}


def test_seed_pair_meets_its_floors() -> None:
    """Link F1, verdict accuracy and one-sided accuracy on the seed pair stay at what we reach."""
    result = seed_scores()
    for name, floor in FLOORS.items():
        assert getattr(result, name) >= floor, f"{name} fell to {getattr(result, name):.3f} (floor {floor})"


def test_evaluate_without_shared_data_prints_the_seed_figures(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Without the shared data the command still prints the seed figures beside their targets."""
    monkeypatch.setenv("STORYDIFF_SHARED", str(tmp_path))
    assert shared_dir() is None
    assert main(["--quick"]) == 0
    out = capsys.readouterr().out
    assert "link F1" in out
    assert ">= 0.95" in out
    assert "external benchmarks skipped" in out


@pytest.mark.skipif(shared_dir() is None, reason="MSRP is in ../shared")
def test_msrp_paraphrase_accuracy_stays_above_target() -> None:
    """The paraphrase probability keeps MSRP test accuracy at the 76% target (77.0% measured, threshold fitted on
    train). The reader's agree threshold (0.2) is chosen on news pairs, where two reports agree when they make the
    same claim; MSRP's stricter "paraphrase" scores 71.1% there."""
    from bench.evaluate import msrp
    from core.settings import AlignSettings

    shared = shared_dir()
    assert shared is not None
    paraphrase, _link, at_default = msrp(shared, AlignSettings())
    assert paraphrase.accuracy >= 0.76
    assert at_default >= 0.70


@pytest.mark.skipif(shared_dir() is None, reason="the research pairs' articles are in ../shared")
def test_blind_research_pairs_stay_above_their_floors() -> None:
    """The three blind hand-labelled BASIL pairs: mean link F1 0.813 and verdicts 0.980 measured; floors below."""
    from bench.evaluate import shared_gold_scores

    shared = shared_dir()
    assert shared is not None
    scores = shared_gold_scores(shared)
    assert len(scores) == 3
    assert sum(s.f1 for _, s in scores) / len(scores) >= 0.76
    assert sum(s.verdict_accuracy for _, s in scores) / len(scores) >= 0.9
    assert all(s.role_accuracy == 1.0 for _, s in scores)  # every labelled snippet found, as body


def test_pasted_page_pairs_stay_above_their_floors() -> None:
    """The 45 fictional pasted-page pairs (bench/pairs, no shared data needed): the whole pipeline, clutter and
    all, each reference written blind by someone who never saw the code. Measured: mean link F1 0.716 (0.364 to
    0.941), role accuracy 0.972 to 1.000, verdict accuracy 0.839; floors below. The last six pairs (o, p) scored
    0.368 and 0.695 mean link F1 when they arrived: reports that share few words are still the aligner's limit."""
    scores = page_pair_scores()
    assert len(scores) == 45
    assert sum(s.f1 for _, s in scores) / len(scores) >= 0.70
    assert sum(s.verdict_accuracy for _, s in scores) / len(scores) >= 0.80
    assert min(s.role_accuracy for _, s in scores) >= 0.95
    assert min(s.f1 for _, s in scores) >= 0.35
