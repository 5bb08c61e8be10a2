"""The evaluation command: what it prints, and that ``--check`` fails on a missed quality floor.

The figures and their floors live in ``bench.evaluate`` (``make test`` runs ``python -m bench.evaluate --quick
--check`` once); these tests only check the command's behaviour, on one page pair and no shared data.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import bench.evaluate
from bench.datasets import shared_dir
from bench.evaluate import FLOORS, PAIRS_DIR, main


@pytest.fixture
def one_pair(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No shared data, and one page pair instead of all of them."""
    pairs = tmp_path / "pairs"
    pairs.mkdir()
    for path in PAIRS_DIR.glob("a-p3*"):
        shutil.copy(path, pairs / path.name)
    monkeypatch.setattr(bench.evaluate, "PAIRS_DIR", pairs)
    monkeypatch.setenv("STORYDIFF_SHARED", str(tmp_path / "nothing"))
    assert shared_dir() is None


@pytest.mark.usefixtures("one_pair")
def test_evaluate_without_shared_data_prints_the_seed_and_page_figures(capsys: pytest.CaptureFixture[str]) -> None:
    """Without the shared data the command still prints the seed and page-pair figures beside their targets."""
    assert main(["--quick", "--check"]) == 0
    out = capsys.readouterr().out
    assert "link F1" in out
    assert ">= 0.95" in out
    assert "a-p3" in out
    assert "external benchmarks skipped" in out
    assert "UNDER ITS FLOOR" not in out


@pytest.mark.usefixtures("one_pair")
def test_check_exits_1_when_a_figure_is_under_its_floor(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A floor the seed pair cannot reach makes ``--check`` fail and names the figure; without ``--check`` the
    command still exits 0."""
    monkeypatch.setitem(FLOORS, "seed: link F1", 1.01)
    assert main(["--quick", "--check"]) == 1
    assert "UNDER ITS FLOOR: seed: link F1" in capsys.readouterr().out
    assert main(["--quick"]) == 0
