"""Crafted text that once took quadratic time takes work in proportion to its length.

Work is counted, never timed: the lines of Python run for two sizes of the same crafted input (four times the input
may cost at most six times the lines; a quadratic cost would be sixteen). Steps taken inside C (a regular
expression's, a list look-up's) are beyond any count a test can make: the patterns that find names are checked for
what keeps them linear (a match starts only at the start of a word) and for what they still find. The times at 2.5
million characters are printed by ``python -m bench.hostile``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from core.align.aliases import acronyms, appositions, approximate_numbers, shared_acronyms
from core.align.item_side import ItemSide
from core.align.quotations import quotations
from core.align.reasons import number_reason, quote_reason
from core.align.settings import AlignSettings
from core.align.speakers import speakers
from core.reading.load import parse_text
from core.text.normalize import terms
from core.text.tokens import word_tokens
from tests.counting import grows_linearly, lines_run

SENTENCE = "Officials counted the displaced people in Kharkiv on Monday"


def side(text: str) -> ItemSide:
    """One side of an item holding ``text`` as its one passage."""
    tokens = tuple(word_tokens(text))
    found = tuple(terms(tokens))
    return ItemSide(text, ((0, len(text)),), tokens, found, frozenset(t.norm for t in found))


FIGURES: dict[str, Callable[[int], tuple[str, str]]] = {
    "counts": lambda n: (
        SENTENCE + ": " + ", ".join(f"{k * 7 + 10} people" for k in range(n)) + ".",
        SENTENCE + ": " + ", ".join(f"{k * 7 + 11} people" for k in range(n)) + ".",
    ),
    "durations": lambda n: (
        SENTENCE + ": " + ", ".join(f"{k * 7 + 10} days" for k in range(n)) + ".",
        SENTENCE + ": " + ", ".join(f"{k * 7 + 11} weeks" for k in range(n)) + ".",
    ),
    "hedged": lambda n: (
        SENTENCE + ": " + ", ".join(f"about {k * 7 + 10} people" for k in range(n)) + ".",
        SENTENCE + ": " + ", ".join(f"{k * 7 + 11} people" for k in range(n)) + ".",
    ),
    "a unit each": lambda n: (
        SENTENCE + ": " + ", ".join(f"{k * 7 + 10} people{k}" for k in range(n)) + ".",
        SENTENCE + ": " + ", ".join(f"{k * 7 + 10} men{k}" for k in range(n)) + ".",
    ),
    "one value, many units": lambda n: (
        SENTENCE + ": " + ", ".join(f"12 people{k}" for k in range(n)) + ".",
        SENTENCE + ": " + ", ".join(f"12 men{k}" for k in range(n)) + ".",
    ),
}


@pytest.mark.parametrize("shape", FIGURES)
def test_thousands_of_figures_in_a_sentence_take_linear_work(shape: str) -> None:
    """Numbers on one side only are judged against indexes of the other side's figures, once per value: the work
    grows with the number of figures, not with its square."""

    def work(n: int) -> int:
        left, right = (side(text) for text in FIGURES[shape](n))
        return lines_run(lambda: number_reason(left, right))

    assert grows_linearly(work, 100)


@pytest.mark.parametrize("scale", [1, 1000])
def test_round_figures_for_thousands_of_figures_take_linear_work(scale: int) -> None:
    """Which figure of one article the other gives rounded is looked up among each figure's few possible roundings,
    not searched for among all the other article's figures (ten thousand a side took half a minute)."""

    def work(n: int) -> int:
        left = [str((k * 7 + 10) * scale) for k in range(n)]
        right = [str((k * 7 + 13) * scale) for k in range(n)]
        return lines_run(lambda: approximate_numbers(left, right))

    assert grows_linearly(work, 100)


def test_figures_are_still_told_apart() -> None:
    """The indexes change nothing a reader sees: a figure with no counterpart is a difference, one covered by a
    hedged figure or told in another unit of time is not."""
    found = number_reason(side("They counted 1,200 people and 40 days."), side("They counted 1,500 people."))
    assert found is not None
    assert found.left == ("1,200 people", "40 days")
    assert number_reason(side("about 1,500 people for six months"), side("1,480 people for 180 days")) is None


QUOTES = {
    "open": "“",
    "close": "”",
    "quotations and lone marks": "“abc” ” ",
    "straight": '"abc" " ',
    "single": "‘",
    "apostrophes": "‘x’x",
}


@pytest.mark.parametrize("unit", QUOTES.values(), ids=list(QUOTES))
def test_thousands_of_quotation_marks_take_linear_work(unit: str) -> None:
    """Marks outside every quotation are found in one pass over the marks, not once per quotation."""
    settings = AlignSettings()

    def work(n: int) -> int:
        item = side(f"{SENTENCE} {unit * n} end.")
        return lines_run(lambda: quotations(item, settings))

    assert grows_linearly(work, 500)


def test_thousands_of_quotations_on_both_sides_take_linear_work() -> None:
    """Quoted statements on one side are checked against the other side's quoted pieces in bounded work each: the
    work grows with the number of quotations, not with its square."""
    settings = AlignSettings()

    def work(n: int) -> int:
        left = side(" ".join(f"“Officials counted {k} displaced people in Kharkiv on Monday.”" for k in range(n)))
        right = side(" ".join(f"They said “people in{k}” and left." for k in range(n)))
        return lines_run(lambda: quote_reason(left, right, settings))

    assert grows_linearly(work, 60)


def test_quotations_are_still_found() -> None:
    settings = AlignSettings()
    found = quotations(
        side("He said “the talks ended without a deal” and left. She said ‘never again, ever’."), settings
    )
    assert [q for q, _, _ in found] == ["the talks ended without a deal", "never again, ever"]


def test_name_patterns_start_only_at_the_start_of_a_word() -> None:
    """A name, an acronym's expansion or a run of capitalised words is read from the start of a word only, so a run
    of capitals (or of ``Ab``, or ``A.A.A.``) is scanned once, not once from each of its letters."""
    assert acronyms(["xNational Intelligence Service (NIS) said."]) == {}
    assert appositions(["xIhor Solovey, the head of the centre, said."]) == []
    assert shared_acronyms(["The RNC said."], ["The xRepublican National Committee said."]) == []


@pytest.mark.parametrize("run", ["ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 40, "A." * 500, "A. " * 500, "Ab" * 500])
def test_names_beside_a_long_run_of_capitals_are_found(run: str) -> None:
    """Around such a run, the names an article gives are found as anywhere else."""
    assert acronyms([f"{run} the National Intelligence Service (NIS) said."]) == {
        "nis": ("national", "intelligenc", "servic")
    }
    assert appositions([f"{run}; Ihor Solovey, the head of the centre, said."]) == [
        (frozenset({"head", "centr"}), frozenset({"ihor", "solovey"})),
        (frozenset({"solovey"}), frozenset({"head", "centr"})),
    ]
    assert shared_acronyms(["The RNC said."], [f"The Republican National Committee said, {run}"]) == [
        (frozenset({"rnc"}), frozenset({"republican", "national", "committe"}))
    ]


@pytest.mark.parametrize("unit", ["[", "**", "~~", "![", "&#", "\\"], ids=repr)
def test_a_long_run_of_markup_reads_as_its_text(unit: str) -> None:
    """In Markdown, a run of punctuation too long to be markup (``[[[[…``, ``****…``) is text, shown as written; a
    shorter run stays markup."""
    run = unit * 100
    article = parse_text(f"# Title\n\nThe talks {run} ended **without a deal**.\n", path="a.md")
    assert f"The talks {run} ended without a deal." in article.text


def test_a_speaker_phrase_of_articles_and_prepositions_takes_linear_work() -> None:
    """A speaker's phrase may run over articles and prepositions without counting them, but not without end: a
    sentence of ``of the of the … said`` is read back a bounded number of words."""

    def work(n: int) -> int:
        return lines_run(lambda: speakers(side(" ".join(["of the"] * n) + " harbour said it would close.")))

    assert grows_linearly(work, 500)
