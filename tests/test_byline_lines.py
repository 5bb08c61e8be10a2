"""Which lines around the headline are the byline, judged by their neighbours (invented pages)."""

from __future__ import annotations

from core.reading import parse_text
from core.reading.byline_lines import mark_bylines
from core.reading.clean import hand_layout
from core.reading.metadata import byline_evidence, parse_byline

BODY = [
    "The river council voted on Tuesday to close the old ferry crossing after a long winter of repairs failed.",
    "Residents said the crossing had served the valley for more than a century and asked for a new bridge.",
    "The council promised a public meeting next month to discuss the cost of a replacement crossing.",
]


def _authors(lines: list[str]) -> tuple[str, ...]:
    return parse_text("\n\n".join(lines), path="page.txt").authors


def test_a_name_among_menu_labels_is_no_byline() -> None:
    """A label of a section menu that reads as a name (``Hedge Funds``) is not credited with the article."""
    page = [
        "Harbour Weekly",
        "Ferry Crossing Closes After Winter Repairs Fail",
        "Markets",
        "Hedge Funds",
        "Banks",
        "Careers",
        *BODY,
    ]
    assert _authors(page) == ()


def test_a_name_line_with_its_date_is_the_byline_after_a_photo_credit() -> None:
    """A name line that a date line follows is the byline even right under a photo's credit line."""
    page = [
        "Harbour Weekly",
        "Ferry Crossing Closes After Winter Repairs Fail",
        "The crossing closes after a winter of failed repairs and a vote of the river council on Tuesday.",
        "Image via Getty Images",
        "Marta Olsen",
        "Published 18 November 2019",
        *BODY,
    ]
    assert _authors(page) == ("Marta Olsen",)


def test_a_name_line_opening_the_article_is_its_byline() -> None:
    """With no byline on the page, a line of person names among the first paragraphs of the article's run (where
    a run that starts at the standfirst leaves it) is the byline."""
    page = [
        "Harbour Weekly",
        "Ferry Crossing Closes After Winter Repairs Fail",
        "The crossing closes after a winter of failed repairs and a vote of the river council on Tuesday.",
        "FACEBOOK",
        "Marta Olsen @martaolsen",
        *BODY,
    ]
    paras = hand_layout("\n\n".join(page)).paras
    name = next(p for p in paras if p.text.startswith("Marta"))
    name.role = "body"  # as the run left it
    assert mark_bylines(paras, first_body=2) == ["run-top-name-line"]
    assert [p.role for p in paras if p.text.startswith("Marta")] == ["byline"]


def test_a_button_in_capitals_is_no_author() -> None:
    """A control written in capitals (``EMAIL ME``) is no person's name; a name in capitals is."""
    assert parse_byline("EMAIL ME")[0] == []
    assert parse_byline("MARTA OLSEN")[0] == ["Marta Olsen"]


def test_byline_evidence_names_the_rules_that_read_the_names() -> None:
    """The evidence of a byline names how its names were cut out and read."""
    authors, _, rules = byline_evidence("By Marta Olsen | Published 18 November 2019")
    assert authors == ["Marta Olsen"]
    assert rules == ["by-words", "cut-at-label", "person"]


def test_a_credit_run_on_after_a_name_is_cut_wherever_the_name_stands() -> None:
    """What runs on after a person's name (a handle, an outlet's acronym glued on, an outlet after a list of names)
    is cut from the name, in any name of a list, not only the last."""
    assert parse_byline("By Jane DoeCNN and John Roe")[:2] == (["Jane Doe", "John Roe"], ["CNN"])
    assert parse_byline("Jane Doe @janedoe and John Roe @jroe")[:2] == (["Jane Doe", "John Roe"], [])
    assert parse_byline("Ann Lee and Tom P. Ward Valley Evening Post")[:2] == (
        ["Ann Lee", "Tom P. Ward"],
        ["Valley Evening Post"],
    )


def test_a_staff_credit_after_the_stamp_outranks_a_name_under_the_headline() -> None:
    """A headline set in two parts, the first a person's name, over a stamp that credits the staff: the story names
    no author (the name is its subject), and the staff credit names the publisher."""
    page = [
        "Harbour Weekly",
        "Home",
        "Mara Lind's River Ferry -- CLOSED!!!",
        "Mara Lind",
        "River Ferry ...",
        "CLOSED!!!!",
        "3/4/2025 9:15 AM PST BY HARBOUR WEEKLY STAFF",
        *BODY,
    ]
    article = parse_text("\n\n".join(page), path="page.txt")
    assert article.authors == ()
    assert (article.outlet or "").casefold() == "harbour weekly"


def test_a_teasers_byline_in_the_clutter_under_the_article_credits_no_author() -> None:
    """The article's byline is a bare name over a job title that a brand's capitals run through; far under the
    article, after its tags, a teaser of another story carries ``by …``: that credits the teaser, not the article."""
    page = [
        "HarbourFeed",
        "Ferry Crossing Closes After Winter Repairs Fail",
        "posted on March 4, 2025, at 11:29 a.m.",
        "Mara Lind",
        "HarbourFeed News Reporter",
        *BODY,
        "Tagged: ferries, river council, repairs",
        "More News",
        "Lighthouse Keeper Retires After Forty Years On The Point",
        "by Tomas Rennick",
        "Connect With News",
    ]
    assert _authors(page) == ("Mara Lind",)


def test_a_line_ending_in_by_after_a_date_credits_the_name_under_it() -> None:
    """``Written on Mar 27 by`` / ``Mara Lind`` at the article's foot: the credit's date sits between its verb and its
    ``by``, and the name on the line under it is the author."""
    page = [
        "Harbour Weekly",
        "Ferry Crossing Closes After Winter Repairs Fail",
        *BODY,
        "Published in",
        "Harbour Weekly",
        "Written on Mar 27 by",
        "Mara Lind",
        "Follow",
    ]
    assert _authors(page) == ("Mara Lind",)


def test_a_blog_footer_credit_under_the_article_is_its_byline() -> None:
    """``Published on March 4th , 2026 by Marta Olsen`` right under the last paragraph, and no byline above: the
    footer credits the article (a teaser's ``by`` further down does not)."""
    page = [
        "Harbour Weekly",
        "Ferry Crossing Closes After Winter Repairs Fail",
        *BODY,
        "Published on March 4th , 2026 by Marta Olsen",
        "Related Posts",
        "Bridge plans delayed again by Tomas Berg",
    ]
    article = parse_text("\n\n".join(page), path="page.txt")
    assert article.authors == ("Marta Olsen",)
    assert article.date == "2026-03-04"
