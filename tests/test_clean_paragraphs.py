"""Paragraph repairs: stray line breaks, run-together paragraphs, hard-wrapped text, lines kept apart."""

from __future__ import annotations

from core.models import Article
from core.reading.clean import _set_apart
from core.reading.load import parse_text
from core.reading.paragraphs import find_paragraphs


def body_paragraphs(article: Article) -> list[str]:
    return [" ".join(seg.text for seg in para) for para in article.paragraphs() if para[0].role == "body"]


def test_lower_case_continuation_after_a_stray_break_is_one_paragraph() -> None:
    """``…waiting to pick`` / blank line / ``up bags…`` is one sentence of one paragraph."""
    text = (
        "Headline of the story\n\n"
        "The video appears to show the soldiers waiting to pick\n\n"
        "up bags, clothes and other items from Russian service personnel. It was filmed last week.\n"
    )
    article = parse_text(text, path="a.txt")
    assert body_paragraphs(article) == [
        "The video appears to show the soldiers waiting to pick up bags, clothes and other items from "
        "Russian service personnel. It was filmed last week."
    ]
    assert article.body[0].text.endswith("Russian service personnel.")


def test_double_space_after_a_stop_splits_run_together_paragraphs() -> None:
    """Paragraphs pasted onto one line with a double (or no-break + normal) space are split again."""
    text = "Headline of the story\n\nFirst paragraph ends here.\u00a0 Second paragraph starts.  Third one too.\n"
    article = parse_text(text, path="a.txt")
    assert body_paragraphs(article) == [
        "First paragraph ends here.",
        "Second paragraph starts.",
        "Third one too.",
    ]


def test_text_typed_with_two_spaces_after_every_sentence_is_not_split() -> None:
    """When every sentence is followed by two spaces, that is a typing habit, not paragraph breaks."""
    text = "Headline of the story\n\nOne thing.  Two things.  Three things.  Four things.\n"
    article = parse_text(text, path="a.txt")
    assert len(body_paragraphs(article)) == 1
    assert len(article.body) == 4


def test_hard_wrapped_lines_form_one_paragraph() -> None:
    """Email-style text wrapped at a fixed width reads as paragraphs, not as one paragraph per line."""
    text = (
        "Headline of the story\n\n"
        "Residents of the town began clearing mud and debris from their homes on\n"
        "Wednesday as floodwaters receded, leaving behind damage that officials\n"
        "said would take months to repair. The river peaked on Sunday night.\n"
    )
    article = parse_text(text, path="a.txt")
    assert len(body_paragraphs(article)) == 1
    assert [seg.text for seg in article.body][-1] == "The river peaked on Sunday night."


def test_a_headline_and_its_credits_over_a_long_paragraph_are_not_wrapped_text() -> None:
    """A block of a headline, a credit line and a paragraph much wider than both (a browser paste) is three
    paragraphs: text wrapped at a width has no last line wider than the width."""
    headline = "Second-Generation Harbour Ferry Rumored for March of 2025"
    credits = "Wednesday January 18, 2025 11:44 am PST by Tomas Rennick"
    paragraph = (
        "The harbour authority may be planning to introduce a second-generation ferry this year, according to "
        "rumours from the shipyards along the coast, which have been hiring welders and fitters since the autumn."
    )
    more = [
        "Prospective features for a second-generation ferry are not known, but a report from the regional paper has "
        "suggested the authority is considering electric engines and a larger car deck for the winter crossings.",
        "There has also been some speculation that the authority could buy the design of a Norwegian yard, which "
        "builds smaller ferries for the fjords and has sold three of them to harbours further south.",
        "While there is no concrete detail yet on what the new ferry could carry, the authority is expected to "
        "announce its plans at a meeting of the harbour board in March, where councillors will vote on the budget.",
    ]
    text = f"Ferries\n\n{headline}\n{credits}\n{paragraph}\n\n" + "\n\n".join(more) + "\n"
    article = parse_text(text, path="a.txt")
    assert article.title == headline
    assert article.authors == ("Tomas Rennick",)
    assert article.date == "2025-01-18"
    assert article.body[0].text.startswith("The harbour authority may be planning")


def test_lines_of_one_block_stay_separate_paragraphs() -> None:
    """Single-newline lines that each end a sentence (a typical paste) stay separate paragraphs."""
    text = (
        "Headline of the story\nThe first paragraph is here, and it is complete.\n"
        "The second paragraph is here, also complete.\n"
    )
    article = parse_text(text, path="a.txt")
    assert len(body_paragraphs(article)) == 2


def test_a_byline_in_lower_case_is_never_glued_to_the_headline() -> None:
    """``by Jane Doe`` under a headline without a stop stays a byline."""
    text = (
        "Seoul summons Russian envoy\n\n"
        "by Jane Doe and the Example news desk October 21, 2024 2 min read\n\n"
        "Body text here, it says.\n"
    )
    article = parse_text(text, path="a.txt")
    assert [seg.role for seg in article.segments][:2] == ["title", "byline"]
    assert article.date == "2024-10-21"


WRAPPED_PAGE = """Home
News
Harbour board fined for dredging the Orvane estuary without a permit as
Oyster Beds Suffer
By Tamsin Ollery
March 12, 2024
The harbour board of Port Welcombe was fined 180,000 crowns on Monday for
dredging the Orvane estuary for three weeks without the permit that the
environment agency had refused it in the spring, a court in Welcombe ruled.
Judge Aurel Densk said the board had put the oyster beds of the estuary at
risk and had ignored two warnings from the agency over the summer months.
The board said it would pay the fine and that the dredging had been needed
to keep the ferry berth open for the island services through the winter.
Fishermen from the estuary villages said the ruling came too late to save
this year's harvest, which they expect to be the smallest in two decades.
"""


def test_a_paste_wrapped_at_a_width_is_read_whole() -> None:
    """A page wrapped at 75 columns (a paste sent through e-mail): the headline broken over two lines is one
    headline, even where its second half looks like a name; the byline and date stay lines of their own; each
    paragraph is one, even where its last line is nearly full."""
    article = parse_text(WRAPPED_PAGE, path="a.txt")
    assert article.title == (
        "Harbour board fined for dredging the Orvane estuary without a permit as Oyster Beds Suffer"
    )
    assert article.authors == ("Tamsin Ollery",)
    assert article.date == "2024-03-12"
    paragraphs = body_paragraphs(article)
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith(
        "The harbour board of Port Welcombe was fined 180,000 crowns on Monday for dredging"
    )
    assert paragraphs[0].endswith("a court in Welcombe ruled.")


def test_items_of_one_list_near_the_width_stay_apart() -> None:
    """In a wrapped paste, two items of one shape stay two lines even when the second's first word would not have
    fitted on the first."""
    text = WRAPPED_PAGE + (
        "April 9 -- Welcombe harbour office, Quay Street, upstairs meeting room 4\n"
        "April 23 -- Densk community hall, Mill Lane, main hall by the old mill\n"
    )
    spans = [text[p.start : p.end] for p in find_paragraphs(text, keep_apart=lambda line: False)]
    assert "April 9 -- Welcombe harbour office, Quay Street, upstairs meeting room 4" in spans
    assert "April 23 -- Densk community hall, Mill Lane, main hall by the old mill" in spans


def test_a_stamped_credit_line_near_the_width_is_not_wrapped_into_the_headline() -> None:
    """A line with a date and a clock time nearly as wide as the wrapping is a line of its own, however full."""
    stamp = "Last Updated : Mar 12, 2024 01:41 PM IST | Source: Port Courier Desk"
    body = WRAPPED_PAGE.split("March 12, 2024\n", 1)[1]
    text = f"{stamp}\nHarbour board fined for dredging\n{body}"
    spans = [text[p.start : p.end] for p in find_paragraphs(text, keep_apart=_set_apart, set_apart=_set_apart)]
    assert spans[:2] == [stamp, "Harbour board fined for dredging"]


def test_a_headline_in_title_case_ending_on_a_preposition_is_not_run_on_to_the_next_line() -> None:
    """``… Plus 5 Films To Cry To`` ends a headline, not a sentence left open: the credit line under it stays apart
    (a prose line ending on ``to`` goes on below; see the stray-break test)."""
    text = (
        "Health\nLifestyle\n"
        "This Is Your Brain On Sad Movies; Plus 5 Films To Cry To\n"
        " Harbour Health 9/21/2016 Lizette Borreli\n\n"
        "Most of us have sat through a sad film more times than we are willing to admit, with a box of tissues.\n\n"
        "Researchers now suggest that the habit has surprising benefits for how close we feel to other people.\n"
    )
    article = parse_text(text, path="a.txt")
    assert article.title == "This Is Your Brain On Sad Movies; Plus 5 Films To Cry To"
    assert any(p.startswith("Most of us have sat through a sad film") for p in body_paragraphs(article))


def test_a_prompt_ending_on_a_particle_is_not_run_on_to_the_headline_under_it() -> None:
    """``Already have an account? Sign in`` ends on ``in`` but leaves no sentence open (its last sentence has two
    words): the headline under it stays a line of its own."""
    text = (
        "Harbour Notes\nSubscribe\nAlready have an account? Sign in\n"
        "The quiet fight over the old harbour lights and who pays for them\n"
        "Ines Marlow\nMar 03, 2025\n\n"
        "The council voted on Tuesday to restore the old lamps along the pier after years of complaints.\n\n"
        "Residents had asked for the work since the storm of 2019 left half of them dark.\n"
    )
    spans = [text[p.start : p.end] for p in find_paragraphs(text, keep_apart=_set_apart, set_apart=_set_apart)]
    assert "Already have an account? Sign in" in spans
    assert "The quiet fight over the old harbour lights and who pays for them" in spans
