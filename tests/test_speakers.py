"""Speaker phrases as a reader would quote them: whole, named by their name, and only where someone speaks."""

from __future__ import annotations

import pytest

from core.align.item_side import ItemSide
from core.align.modality import Verbs
from core.align.speakers import speakers
from core.text import terms, word_tokens


def side(text: str) -> ItemSide:
    """One passage as an item side."""
    tokens = word_tokens(text)
    return ItemSide(text, ((0, len(text)),), tuple(tokens), tuple(terms(tokens)), frozenset())


@pytest.mark.parametrize(
    ("text", "phrase", "named"),
    [
        ("Nadia Farouk, head of the regional health authority, said the clinic would close.",
         "Nadia Farouk, head of the regional health authority, said", {"nadia", "farouk"}),
        ("The regional health chief, Nadia Farouk, told reporters the clinic would close.",
         "The regional health chief, Nadia Farouk, told", {"nadia", "farouk"}),
        ("Sen. Tomas Hale (R-Ky.), who was at the harbour, told reporters the pier was closed.",
         "Sen. Tomas Hale (R-Ky.), who was at the harbour, told", {"hale"}),
        ("Hale, who has led the harbour board since the storm that destroyed the northern pier and most of the "
         "moorings, said the levy would pass.", "Hale … said", {"hale"}),
        ("Yet by the time Hale said the levy would pass, the board had voted.", "Hale said", {"hale"}),
        ("Farouk, R-Ky., had previously announced that she would not run.",
         "Farouk, R-Ky., had previously announced", {"farouk"}),
    ],
)  # fmt: skip
def test_a_speaker_is_quoted_whole_and_named_by_its_name(text: str, phrase: str, named: set[str]) -> None:
    """An apposition stays with its speaker, who is named by the name in it; a leading 'by the time' is no speaker."""
    [(found, content)] = speakers(side(text))
    assert found == phrase
    assert named <= content


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("A spokesman for the harbour master in Pellavan said he could not comment.",
         "A spokesman for the harbour master in Pellavan said"),
        ("A source with knowledge of the talks said the offer was withdrawn.",
         "A source with knowledge of the talks said"),
        ("Two engineers and Owen Dempsey of the Aberdeen Royal Infirmary in the UK told the tale of a patient.",
         "Owen Dempsey of the Aberdeen Royal Infirmary in the UK told"),
    ],
)  # fmt: skip
def test_a_speaker_s_articles_and_prepositions_do_not_cut_its_phrase(text: str, phrase: str) -> None:
    """A speaker's phrase is at most six words besides its articles and prepositions: ``A spokesman for the …``, not
    ``harbour master in Pellavan said`` cut from it."""
    [(found, _content)] = speakers(side(text))
    assert found == phrase


@pytest.mark.parametrize(
    "text",
    [
        "The ministry could not confirm reports that engineers were on the isles.",
        "Justice Ilse Korvak, who joined the court in 2016, was confirmed by the Senate.",
        "Her discrimination claims were rejected by the court.",
    ],
)
def test_no_speaker_where_nobody_speaks(text: str) -> None:
    """A verb of saying inside another verb's clause, a passive, or a plural noun names no source."""
    assert speakers(side(text)) == []


def test_claims_and_reports_are_verbs_before_that_or_a_name() -> None:
    assert [p for p, _ in speakers(side("The lawsuit claims that the harbour board favours men."))] == [
        "The lawsuit claims"
    ]
    assert [p for p, _ in speakers(side("The Harbour Gazette is reporting."))] == ["The Harbour Gazette is reporting"]


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        ("The regime had sent a first group of 1,500 engineers to the border.", "1,500", "done"),
        ("The regime will deploy four brigades totaling 12,000 soldiers, including 1,500 engineers.", "1,500",
         "planned"),
        ("Hale said he would repay the $84,000 to the treasury.", "$84,000", None),
        ("The council agreed on Friday to reopen the harbour for three weeks.", "three", None),
        ("He is expected to sign the bill, which grants the port $1.375 billion.", "$1.375", None),
    ],
)  # fmt: skip
def test_the_verb_that_governs_a_figure(text: str, figure: str, modality: str | None) -> None:
    """'would repay' and 'to reopen' tell neither a plan nor a done thing; a relative clause has its own verb."""
    found = side(text)
    token = next(k for k, t in enumerate(found.tokens) if t.text.startswith(figure))
    group = Verbs(found).governing(token)
    assert (group.modality if group else None) == modality
