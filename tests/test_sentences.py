"""The sentence splitter on news prose: abbreviations, numbers, quotes, ellipses, headlines; offsets."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.reading.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "South Korea on Oct. 21 summoned the envoy. Seoul protested.",
            ["South Korea on Oct. 21 summoned the envoy.", "Seoul protested."],
        ),
        (
            "The U.S. is yet to confirm it. A senior U.S. lawmaker said so.",
            ["The U.S. is yet to confirm it.", "A senior U.S. lawmaker said so."],
        ),
        ("He moved to the U.S. The rest followed.", ["He moved to the U.S.", "The rest followed."]),
        (
            "Dr. Kim met Mr. Lee at No. 10 Downing St. on Monday.",
            ["Dr. Kim met Mr. Lee at No. 10 Downing St. on Monday."],
        ),
        (
            "George W. Bush and J. K. Rowling spoke. Both left.",
            ["George W. Bush and J. K. Rowling spoke.", "Both left."],
        ),
        (
            "It sent 1,500 troops. Growth was 3.5 percent.",
            ["It sent 1,500 troops.", "Growth was 3.5 percent."],
        ),
        (
            'He "condemned the cooperation, including... (North Korea\'s) deployment." Then he left.',
            ['He "condemned the cooperation, including... (North Korea\'s) deployment."', "Then he left."],
        ),
        ("They waited... And waited.", ["They waited...", "And waited."]),
        (
            "It would “mark a dangerous development in Russia’s war against Ukraine”. The video shows it.",
            [
                "It would “mark a dangerous development in Russia’s war against Ukraine”.",
                "The video shows it.",
            ],
        ),
        (
            "“We are seeing contradictory information. It must be treated as such.” Peskov spoke on Monday.",
            [
                "“We are seeing contradictory information.",
                "It must be treated as such.”",
                "Peskov spoke on Monday.",
            ],
        ),
        ("“Why now?” she asked. Nobody answered.", ["“Why now?” she asked.", "Nobody answered."]),
        ("“Why now?” Kim asked. Nobody answered.", ["“Why now?” Kim asked.", "Nobody answered."]),
        (
            "Seoul summons Russian envoy over North Korean troops",
            ["Seoul summons Russian envoy over North Korean troops"],
        ),
        (
            "At 9 a.m. Monday the sirens sounded. Then silence.",
            ["At 9 a.m. Monday the sirens sounded.", "Then silence."],
        ),
        (
            "on April 25, 2017. (Toru Yamanaka/AFP via Getty Images)",
            ["on April 25, 2017.", "(Toru Yamanaka/AFP via Getty Images)"],
        ),
        ("Is it over? No. It is not!", ["Is it over?", "No.", "It is not!"]),
        (
            "(The ministry did not respond.) Officials said more.",
            ["(The ministry did not respond.)", "Officials said more."],
        ),
        ("“We’ll see…” he said. Then he left.", ["“We’ll see…” he said.", "Then he left."]),
        (
            "J.R.R. Tolkien wrote it. Gen. Valery Zaluzhny agreed.",
            ["J.R.R. Tolkien wrote it.", "Gen. Valery Zaluzhny agreed."],
        ),
        ("Sen. Jim DeMint, R-S.C., would not. McCain did.", ["Sen. Jim DeMint, R-S.C., would not.", "McCain did."]),
        ("It happened at 5 p.m. Police came later.", ["It happened at 5 p.m.", "Police came later."]),
        ("It ends at 6 p.m. ET on Friday. Then talks.", ["It ends at 6 p.m. ET on Friday.", "Then talks."]),
        (
            "Republicans are calling for Ariz. Gov. Jan Brewer to veto it. She has not said.",
            ["Republicans are calling for Ariz. Gov. Jan Brewer to veto it.", "She has not said."],
        ),
        (
            "It grew, with Wash. Gov. Jay Inslee joining. Others followed.",
            ["It grew, with Wash. Gov. Jay Inslee joining.", "Others followed."],
        ),
        (
            "She works in Concord, Calif. Dukes is a greeter in Pittsburg, Calif.",
            ["She works in Concord, Calif.", "Dukes is a greeter in Pittsburg, Calif."],
        ),
        ("He lives in Tulsa, Okla. The city is large.", ["He lives in Tulsa, Okla.", "The city is large."]),
        (
            "ST. JOSEPH, Mich. (AP) — Health authorities report a case. More later.",
            ["ST. JOSEPH, Mich. (AP) — Health authorities report a case.", "More later."],
        ),
        (
            "He wrote to Representative C. A. Dutch Ruppersberger of Maryland. He agreed.",
            ["He wrote to Representative C. A. Dutch Ruppersberger of Maryland.", "He agreed."],
        ),
        (
            "It was signed by George W. Bush. A spokesman declined.",
            ["It was signed by George W. Bush.", "A spokesman declined."],
        ),
        (
            "The poll notes, \u201cStrikingly, Morel . . . finishes first among harbour voters.\u201d He agreed.",
            ["The poll notes, \u201cStrikingly, Morel . . . finishes first among harbour voters.\u201d", "He agreed."],
        ),
        ("It ended . . . The vote came later.", ["It ended . . .", "The vote came later."]),
        (
            "Groups slammed Senator Ada Vell (D-N.Y.) \u2015 for giving away leverage. She declined to comment.",
            ["Groups slammed Senator Ada Vell (D-N.Y.) \u2015 for giving away leverage.", "She declined to comment."],
        ),
        (
            "The mayor, a Democrat from Ostley, Ore. \u2014 and a former judge \u2014 said no. Others agreed.",
            ["The mayor, a Democrat from Ostley, Ore. \u2014 and a former judge \u2014 said no.", "Others agreed."],
        ),
        ("The vote was close. \u2014 Ada Vell", ["The vote was close.", "\u2014 Ada Vell"]),
        ("1. Which ships are banned?", ["1. Which ships are banned?"]),
        ("12. The last one. Another sentence.", ["12. The last one.", "Another sentence."]),
        ("He was 5. She was 7.", ["He was 5.", "She was 7."]),
        ("2024. A year to remember.", ["2024.", "A year to remember."]),
    ],
)
def test_news_prose_splits_where_a_reader_would(text: str, expected: list[str]) -> None:
    """Each case is a sentence boundary (or a non-boundary) that news prose relies on."""
    assert sentences(text) == expected


def test_offsets_are_relative_to_the_whole_text_and_range_is_respected() -> None:
    """Splitting part of a text returns offsets into the whole text and never leaves the range."""
    text = "IGNORED. First one. Second one. IGNORED TOO."
    start = text.index("First")
    end = text.index(" IGNORED TOO")
    spans = split_sentences(text, start, end)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one."]


@given(st.text(alphabet=st.sampled_from(list('ab .!?…"”’(A1\n\u00a0')), max_size=300))
@settings(max_examples=300, deadline=None)
def test_spans_cover_every_visible_character_without_overlap(text: str) -> None:
    """Property: spans are ordered, disjoint, trimmed and cover all non-space characters."""
    spans = split_sentences(text)
    covered: set[int] = set()
    last = 0
    for start, end in spans:
        assert last <= start < end
        assert not text[start].isspace()
        assert not text[end - 1].isspace()
        covered.update(range(start, end))
        last = end
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def test_a_two_megabyte_line_splits() -> None:
    """A 2 MB single line (a pathological paste) and two million full stops are split, covering every character
    (their splitting times are printed by ``python -m bench.input_speed``)."""
    text = ("Officials said 1,500 troops arrived on Oct. 21 in the U.S. base... " * 30_000)[:2_000_000]
    spans = split_sentences(text)
    assert len(spans) > 20_000
    assert spans[0][0] == 0
    assert spans[-1][1] == len(text.rstrip())
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    dots = "." * 2_000_000
    assert split_sentences(dots) == [(0, len(dots))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The slogan? "Ports. We\'re on it." The minister said so.',
            ["The slogan?", '"Ports. We\'re on it."', "The minister said so."],
        ),
        (
            "'Ports. We're On It.': Veluna spends $450K on a campaign",
            ["'Ports. We're On It.': Veluna spends $450K on a campaign"],
        ),
        (
            "“Ports. We’re on it” is rolling out on billboards. It drew jokes.",
            ["“Ports. We’re on it” is rolling out on billboards.", "It drew jokes."],
        ),
        ('He left. "Then we followed." Go. Now.', ["He left.", '"Then we followed."', "Go.", "Now."]),
    ],
)
def test_a_one_word_sentence_opening_a_quotation_does_not_end_it(text: str, expected: list[str]) -> None:
    """A quoted slogan (``"Meth. We're on it."``) is one sentence: its first word's stop does not split it."""
    assert sentences(text) == expected
