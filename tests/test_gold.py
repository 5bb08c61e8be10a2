"""Reading a gold file and scoring an alignment against it, as the gold README defines the metrics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.agreement import agreement
from bench.gold_metrics import read_gold, score, snippet_segments
from core.align.aligner import align
from core.errors import StorydiffError
from core.models import AlignedItem, Alignment, Article, Summary
from tests.conftest import make_article

ROOT = Path(__file__).resolve().parents[1]


def article(*sentences: str) -> Article:
    """A one-paragraph article of body sentences."""
    return make_article([("body", sentence) for sentence in sentences], path="x")


def test_snippets_map_after_folding_quotes_space_and_case() -> None:
    """A snippet with straight quotes and other spacing still finds its sentence."""
    left = article("Kim said: “We condemn North Korea’s  cooperation.”", "Other news.")
    assert snippet_segments(left, "we condemn north korea's cooperation") == ("s1",)
    assert snippet_segments(left, "nowhere to be found") == ()


def test_seed_gold_reads() -> None:
    """The seed gold has its titles, sure links with statuses, and one-sided and non-body snippets."""
    gold = read_gold(ROOT / "tests" / "data" / "seed-pair.gold.json")
    assert gold.left == "seeds/guardian.txt"
    assert len(gold.sure) == 8
    assert all(link.status for link in gold.sure)
    assert gold.only_right
    assert gold.not_body_right


def test_bad_gold_file_is_a_clear_error(tmp_path: Path) -> None:
    """A file that is not a gold file gives a storydiff error, not a traceback."""
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    with pytest.raises(StorydiffError, match="gold"):
        read_gold(bad)


def write_gold(tmp_path: Path, payload: dict[str, object]) -> Path:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"left": "l", "right": "r", **payload}), encoding="utf-8")
    return path


def test_metrics_on_a_hand_made_alignment(tmp_path: Path) -> None:
    """Precision counts wrong combinations; recall, verdicts and one-sided snippets are checked."""
    left = article("Alpha met Beta.", "Gamma left.", "Delta stayed.")
    right = article("Beta met Alpha.", "Gamma went away.", "Epsilon arrived.")
    items = (
        AlignedItem(("s1",), ("s1",), "agree", 0.9),
        AlignedItem(("s2",), ("s2", "s3"), "differ", 0.5),  # s2-s3 is a wrong combination
        AlignedItem(("s3",), (), "left-only", 0.0),
    )
    alignment = Alignment(left, right, items, Summary({}, 0.0, 0.0))
    gold = read_gold(
        write_gold(
            tmp_path,
            {
                "sure": [
                    {"left": ["Alpha met"], "right": ["Beta met"], "status": ["agree"]},
                    {"left": ["Gamma left"], "right": ["Gamma went"], "status": ["agree"]},
                ],
                "only": {"left": ["Delta stayed"], "right": ["Epsilon"]},
            },
        )
    )
    result = score(alignment, gold)
    assert result.precision == pytest.approx(2 / 3)
    assert result.recall == 1.0
    assert result.verdict_accuracy == 0.5
    assert result.one_sided_accuracy == 0.5
    assert result.role_accuracy == 1.0


def test_the_headline_verdict_is_scored_against_the_title_link(tmp_path: Path) -> None:
    """The item linking the two headlines is right when the gold's title status accepts its verdict; a gold without
    a title, or a headline pair no item links, is not judged."""
    left = make_article([("title", "Port strike ends"), ("body", "Dockers went back.")], path="x")
    right = make_article([("title", "Dockers win pay rise"), ("body", "Dockers returned.")], path="x")
    title = {"left": ["Port strike"], "right": ["Dockers win"]}
    sure = [{"left": ["Dockers went"], "right": ["Dockers returned"], "status": ["agree"]}]

    def judged(verdict: str, status: list[str] | None, items: int = 2) -> bool | None:
        found = (
            AlignedItem(("s1",), ("s1",), verdict, 0.2, kind="title"),  # type: ignore[arg-type]
            AlignedItem(("s2",), ("s2",), "agree", 0.8),
        )[2 - items :]
        payload: dict[str, object] = {"sure": sure}
        if status is not None:
            payload["titles"] = [{**title, "status": status}]
        alignment = Alignment(left, right, found, Summary({}, 0.0, 0.0))
        return score(alignment, read_gold(write_gold(tmp_path, payload))).headline_verdict

    assert judged("differ", ["differ"]) is True
    assert judged("agree", ["differ"]) is False
    assert judged("agree", ["agree", "differ"]) is True
    assert judged("agree", None) is None
    assert judged("agree", ["agree"], items=1) is None


def test_aligning_an_article_with_itself_is_perfect(tmp_path: Path) -> None:
    """Every sure link found and agreeing, nothing wrong linked."""
    text = article("Seoul summoned the Russian envoy.", "Thousands of troops were sent.")
    gold = read_gold(
        write_gold(
            tmp_path,
            {
                "sure": [
                    {"left": ["Seoul summoned"], "right": ["Seoul summoned"], "status": ["agree"]},
                    {"left": ["Thousands"], "right": ["Thousands"], "status": ["agree"]},
                ]
            },
        )
    )
    result = score(align(text, text), gold)
    assert (result.precision, result.recall, result.f1, result.verdict_accuracy) == (1.0, 1.0, 1.0, 1.0)


def test_reader_agreement_counts_links_both_ways(tmp_path: Path) -> None:
    """A stricter second reader: all its links are the first's (precision 1), half of the first's are its (recall)."""
    left = article("Alpha met Beta in Rome today.", "Gamma left the talks early.")
    right = article("Beta met Alpha in Rome.", "Gamma walked out of the talks.")
    first = read_gold(
        write_gold(
            tmp_path,
            {
                "sure": [
                    {"left": ["Alpha met Beta"], "right": ["Beta met Alpha"], "status": ["agree"]},
                    {"left": ["Gamma left the talks"], "right": ["Gamma walked out"], "status": ["agree", "differ"]},
                ]
            },
        )
    )
    second_path = tmp_path / "second.json"
    second_path.write_text(
        json.dumps(
            {
                "left": "l",
                "right": "r",
                "sure": [{"left": ["Alpha met Beta"], "right": ["Beta met Alpha"], "status": ["differ"]}],
            }
        ),
        encoding="utf-8",
    )
    second = read_gold(second_path)
    stricter = agreement(second, first, left, right)
    assert (stricter.precision, stricter.recall, stricter.verdict) == (1.0, 0.5, 0.0)
    looser = agreement(first, second, left, right)
    assert (looser.precision, looser.recall, looser.verdict) == (0.5, 1.0, 0.0)
    assert agreement(first, first, left, right).f1 == 1.0
