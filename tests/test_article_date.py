"""The article's date on invented pages: the forms news sites print, publication before update, day-first and US
numeric dates, teaser lists around the article, a date line at its foot, relative times and wire datelines."""

from __future__ import annotations

import pytest

from core.models import Article
from core.reading.article_date import publication_date
from core.reading.load import parse_text
from core.reading.metadata import date_order, find_date

HEADLINE = "Harbour board fined for dredging the Orvane estuary without a permit"
BYLINE = "By Tamsin Ollery"
BODY = [
    "The harbour board of Port Welcombe was fined 180,000 crowns on Monday for dredging the Orvane estuary for "
    "three weeks without the permit that the environment agency had refused it in the spring.",
    "Judge Aurel Densk said the board had put the oyster beds of the estuary at risk and had ignored two warnings.",
    "The board said it would pay the fine and that the dredging had been needed to keep the ferry berth open.",
]
TEASERS = [
    "Latest news",
    "Ferry fares to rise in January",
    "November 2, 2023",
    "Oyster season opens late",
    "October 30, 2023",
]
ABOVE = [*TEASERS, "Courts"]
"""A list of other stories with their dates, then the article's section label over its headline."""


def read(*paragraphs: str) -> Article:
    """An article pasted as blank-line separated paragraphs."""
    return parse_text("\n\n".join(paragraphs) + "\n", path="paste.txt")


@pytest.mark.parametrize(
    "line",
    [
        "Published 3:04 PM ET Mon, 6 Nov 2023",
        "Updated 10:02 AM EST, Mon November 6, 2023",
        "Nov. 6, 2023, at 3:04 p.m.",
        "6th November 2023",
        "Monday 6 November 2023 15.04 GMT",
        "2023-11-06",
        "11/06/2023",
        "11/06/2023 3:04 PM EST",
        "11/06/23",
        "06.11.2023 15:04",
        "Nov 6 2023",
        "Monday, November 6, 2023",
        "Nov. 6, 2023 11:45 p.m. ET",
    ],
)
def test_the_date_line_under_the_byline_is_read_as_printed(line: str) -> None:
    """Every common way of printing a date gives the date the page shows, in its own time zone."""
    article = read(HEADLINE, BYLINE, line, *BODY)
    assert article.date == "2023-11-06"
    assert article.title == HEADLINE
    assert article.authors == ("Tamsin Ollery",)


@pytest.mark.parametrize(
    "credits",
    [
        ["Updated 10:02 AM EST, Tue November 7, 2023", "Published 3:04 PM EST, Mon November 6, 2023"],
        ["Last updated: November 7, 2023", "Published: November 6, 2023"],
        ["Updated Nov. 7, 2023 8:00 a.m. ET", "Published Nov. 6, 2023 3:04 p.m. ET"],
        ["Updated 10:02 AM EST, Tue November 7, 2023 | Published 3:04 PM EST, Mon November 6, 2023"],
        ["Published November 6, 2023", "Updated November 7, 2023"],
    ],
)
def test_the_publication_date_wins_over_the_update(credits: list[str]) -> None:
    """With both shown, the article's date is when it was published, whichever line comes first."""
    assert read(HEADLINE, BYLINE, *credits, *BODY).date == "2023-11-06"


def test_an_update_alone_is_still_the_date() -> None:
    assert read(HEADLINE, BYLINE, "Updated 10:02 AM EST, Mon November 6, 2023", *BODY).date == "2023-11-06"


def test_a_date_a_caption_mentions_gives_way_to_the_update_line() -> None:
    caption = "Judge Aurel Densk leaves the court in Port Welcombe, Sunday, Nov. 5, 2023, in the rain."
    article = read(HEADLINE, BYLINE, "Updated 9:00 am EST, Monday, November 6, 2023", caption, *BODY)
    assert article.date == "2023-11-06"


def test_an_ambiguous_numeric_date_is_month_first_unless_the_site_writes_day_first() -> None:
    """``06/11/2023``: US order by default; day first when another date on the page has its day over 12 first."""
    assert read(HEADLINE, BYLINE, "06/11/2023", *BODY).date == "2023-06-11"
    day_first = read(HEADLINE, BYLINE, "06/11/2023", *BODY, "Ferry fares to rise in January", "25/10/2023")
    assert day_first.date == "2023-11-06"
    assert read(HEADLINE, BYLINE, "Published 06/11/2023 · Updated 25/11/2023", *BODY).date == "2023-11-06"


def test_a_byline_that_carries_the_date() -> None:
    article = read(HEADLINE, "Posted on November 6, 2023 by Jane Doe", *BODY)
    assert article.date == "2023-11-06"
    assert article.authors == ("Jane Doe",)
    assert read(HEADLINE, "By Tamsin Ollery | November 6, 2023", *BODY).date == "2023-11-06"


def test_teaser_dates_above_and_below_are_not_the_article_date() -> None:
    assert read(*ABOVE, HEADLINE, BYLINE, "November 6, 2023", *BODY, *TEASERS).date == "2023-11-06"


def test_a_date_line_at_the_foot_when_the_top_has_none() -> None:
    """``First published …`` under the article, with teasers above the headline and below the note."""
    for note in ("First published on Mon 6 Nov 2023 15.04 GMT", "This article was first published on 6 November 2023."):
        assert read(*ABOVE, HEADLINE, BYLINE, *BODY, note, *TEASERS).date == "2023-11-06"


def test_the_date_set_just_above_the_headline() -> None:
    article = read("COURTS", "Mon 6 Nov 2023 15.04 GMT", HEADLINE, "Tamsin Ollery", *BODY, *TEASERS)
    assert article.date == "2023-11-06"


def test_a_date_without_its_year_takes_the_page_year_before_a_teaser_date() -> None:
    article = read(*ABOVE, HEADLINE, BYLINE, "Nov. 6, 3:04 p.m.", *BODY, "© 2023 Welcombe Courier")
    assert article.date == "2023-11-06"


def test_a_relative_time_gives_no_date_whatever_the_teasers_say() -> None:
    assert read(*ABOVE, HEADLINE, BYLINE, "2 hours ago", *BODY).date is None
    assert read(HEADLINE, BYLINE, "Published 1 day ago", *BODY, *TEASERS).date is None


def test_a_wire_dateline_in_the_lead_is_no_date_and_no_byline() -> None:
    article = read(HEADLINE, BYLINE, "PORT WELCOMBE (AP) — " + BODY[0], *BODY[1:])
    assert article.date is None
    assert article.authors == ("Tamsin Ollery",)
    dated = read(HEADLINE, BYLINE, "Nov. 6, 2023", "PORT WELCOMBE (AP) — " + BODY[0], *BODY[1:])
    assert dated.date == "2023-11-06"


def test_a_date_in_the_prose_is_not_the_article_date() -> None:
    prose = "On November 2, 2023, the court heard the closing arguments of both sides in the case against the board."
    assert read(HEADLINE, BYLINE, *BODY[:2], prose, BODY[2]).date is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Published 3:04 PM ET Mon, 6 Nov 2023", "2023-11-06"),
        ("This article was first published on November 6, 2023.", "2023-11-06"),
        ("Originally published Nov. 6, 2023", "2023-11-06"),
        ("Updated Nov. 7, 2023 | Published Nov. 6, 2023", "2023-11-06"),
        ("The study, published in a journal on Nov. 2, 2023, found", None),
        ("Published 1 day ago", None),
        ("November 6, 2023", None),
    ],
)
def test_publication_date_reads_a_date_right_after_the_label(text: str, iso: str | None) -> None:
    assert publication_date(text) == iso


def test_numeric_order() -> None:
    """Ambiguous numeric dates are skipped unless an order is given; a page's unambiguous dates set the order."""
    assert find_date("06/11/2023") is None
    assert find_date("06/11/2023", order="month-first") == "2023-06-11"
    assert find_date("06/11/2023", order="day-first") == "2023-11-06"
    assert find_date("06.11.2023", order="separator") == "2023-11-06"
    assert find_date("06/11/2023", order="separator") == "2023-06-11"
    assert find_date("25/10/2023", order="month-first") == "2023-10-25"
    assert date_order(["25/10/2023", "06/11/2023"]) == "day-first"
    assert date_order(["10/25/2023"]) == "month-first"
    assert date_order(["06/11/2023", "2023-11-06"]) == "separator"


def test_a_date_set_on_lines_of_its_own_takes_the_year_under_it() -> None:
    """A date widget copied as ``November 6`` / ``15:04`` / ``2023``: the year on its own line is the date's."""
    article = parse_text("\n".join([HEADLINE, "November 6", "15:04", "2023", BYLINE, *BODY]) + "\n", path="paste.txt")
    assert article.date == "2023-11-06"


def test_a_date_whose_time_and_year_share_a_line_takes_that_year_over_the_years_the_text_names() -> None:
    """``October 13`` / ``3:35 PM 2016`` is 13 October 2016, though the article names 2017 twice."""
    body = [*BODY, "Applications close on January 6, 2017, and the first berths open in April 2017."]
    article = parse_text("\n".join([HEADLINE, "October 13", "3:35 PM 2016", BYLINE, *body]) + "\n", path="paste.txt")
    assert article.date == "2016-10-13"


def test_a_header_line_that_tells_a_dated_fact_does_not_date_the_article() -> None:
    """A photo caption under the headline tells when the photo was taken; it is no credit."""
    caption = "The harbour master speaks at a council meeting in Port Welcombe, Orvane, on Jan. 23, 2016."
    article = read(HEADLINE, BYLINE, caption, caption, *BODY)
    assert article.date is None
    dated = read(HEADLINE, BYLINE, "Port Welcombe, November 6, 2023", *BODY)
    assert dated.date == "2023-11-06"


def test_a_year_alone_far_from_any_month_and_day_dates_nothing() -> None:
    article = parse_text("\n".join(["2023", "Archive", HEADLINE, "November 6", BYLINE, *BODY]) + "\n", path="paste.txt")
    assert article.date is None


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        ("Nov. 6, 2023 -- ", "2023-11-06"),
        ("PORT WELCOMBE, November 6, 2023 — ", "2023-11-06"),
        ("6 November 2023 – ", "2023-11-06"),
    ],
)
def test_a_dateline_at_the_head_of_the_first_paragraph_dates_an_undated_article(opening: str, date: str) -> None:
    """No credit line gives a date, but the article's first paragraph opens with one set off by a dash."""
    article = read("Courts", HEADLINE, BYLINE, opening + BODY[0], *BODY[1:])
    assert article.date == date


def test_a_date_the_first_sentence_opens_with_is_no_dateline() -> None:
    """A date that opens the first sentence, with no dash after it, tells when something happened, not the article's
    date."""
    article = read("Courts", HEADLINE, BYLINE, "November 6, 2023 was the day the board " + BODY[0][4:], *BODY[1:])
    assert article.date is None
