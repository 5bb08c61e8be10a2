"""The labeller's snippet checker (bench/gold_check.py): a snippet that names no sentence, or more than one, and a
wrong status are faults; sentences no snippet names are listed, so the labeller sees what was left out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.gold_check import main

LEFT = (
    "Harbour board backs dredging\n\nThe harbour board approved the dredging on Monday. The work will cost 4 million.\n"
)
RIGHT = "Board approves channel work\n\nThe board voted on Monday to dredge the channel. Fishing crews welcomed it.\n"


def _gold(tmp_path: Path, **changes: object) -> Path:
    (tmp_path / "a.txt").write_text(LEFT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(RIGHT, encoding="utf-8")
    gold: dict[str, object] = {
        "left": "a.txt",
        "right": "b.txt",
        "titles": [{"left": ["Harbour board backs"], "right": ["Board approves"], "status": ["agree"]}],
        "sure": [{"left": ["approved the dredging"], "right": ["voted on Monday"], "status": ["agree"]}],
        "possible": [],
        "only": {"left": ["The work will cost"], "right": ["Fishing crews welcomed"]},
        "not_body": {"left": [], "right": []},
    }
    gold.update(changes)
    path = tmp_path / "pair.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def test_a_gold_whose_snippets_each_name_one_sentence_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(_gold(tmp_path)), "--shared", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("OK")
    assert "unnamed" not in out


def test_a_snippet_found_twice_or_not_at_all_and_a_wrong_status_are_faults(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sure = [
        {"left": ["the"], "right": ["voted on Monday"], "status": ["agree"]},  # in both sentences of the left
        {"left": ["approved the dredging"], "right": ["voted on Tuesday"], "status": ["same"]},
    ]
    assert main([str(_gold(tmp_path, sure=sure)), "--shared", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "found 3 times: 'the'" in out  # in both sentences, case folded
    assert "found 0 times: 'voted on Tuesday'" in out
    assert "status must be" in out


def test_the_checker_folds_quotes_space_and_case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sure = [{"left": ["APPROVED   the\u00a0dredging"], "right": ["voted on monday"], "status": ["agree"]}]
    assert main([str(_gold(tmp_path, sure=sure)), "--shared", str(tmp_path)]) == 0


def test_a_sentence_no_snippet_names_is_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main([str(_gold(tmp_path, only={"left": ["The work will cost"], "right": []})), "--shared", str(tmp_path)])
    assert "unnamed: Fishing crews welcomed it." in capsys.readouterr().out
