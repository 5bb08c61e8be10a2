"""Reading metadata from single lines: dates, bylines, outlet names, desks, copyright lines, datelines."""

from __future__ import annotations

import pytest

from core.reading.metadata import (
    date_line_start,
    find_date,
    is_date_line,
    is_name_line,
    looks_like_outlet,
    outlet_from_author,
    outlet_from_copyright,
    outlet_from_dateline,
    parse_byline,
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("21 October 2024", "2024-10-21"),
        ("October 21, 2024 12:14 PM", "2024-10-21"),
        ("Published Thursday, Aug. 4 2011 5:55PM EDT", "2011-08-04"),
        ("Tue 22 Oct 2024 18.05 BST", "2024-10-22"),
        ("2024-10-19T08:30:00+02:00", "2024-10-19"),
        ("Posted 2007 - 11 - 12", "2007-11-12"),
        ("3 / 27 / 2012 @ 10: 05AM", "2012-03-27"),
        ("29.10.2024", "2024-10-29"),
        ("Published on March 4th , 2026 by Jo Lind", "2026-03-04"),  # the day and the year in two page elements
        ("4th March , 2026", "2026-03-04"),
        ("First Posted: 08-13-10 05:18 PM   |   Updated: 08-14-10 12:41 AM", "2010-08-13"),
        ("The coach kept the 5-4-3 shape and a 12-34-56 code", None),
        ("October 23, 20245:42 PM GMT+1Updated 2 hours ago", "2024-10-23"),
        ("08 / 04 / 11 06: 44 PM ET", None),
        ("February 30, 2024", None),
        ("No date here at all", None),
    ],
)
def test_find_date_reads_the_usual_formats(text: str, iso: str | None) -> None:
    """Named-month, ISO and unambiguous numeric dates become ISO; impossible or ambiguous ones do not."""
    assert find_date(text) == iso


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21 October 2024", True),
        ("Updated: July 2, 2013 15: 01 IST", True),
        ("Thu 31 Oct 2024 19.12 GMT", True),
        ("Published: November 10, 2011", True),
        ("On October 21, 2024 the troops arrived.", False),
        ("October 21, 2024: a day that changed Seoul", False),
    ],
)
def test_date_lines_hold_nothing_but_a_date(text: str, expected: bool) -> None:
    """A date line may carry times, weekdays, zones and 'Published'; any other word makes it prose."""
    assert is_date_line(text) is expected


def test_a_date_glued_to_a_headline_is_found() -> None:
    """``…charged againJuly 23, 2008. 4: 49 pm``: the date starts right after the headline's last letter."""
    text = "Polygamist prophet charged againJuly 23, 2008. 4: 49 pm"
    assert text[: date_line_start(text)] == "Polygamist prophet charged again"
    assert date_line_start("Sudan bombs camp in May and June 2012 reports") is None


def test_a_year_run_on_to_a_reading_time_is_still_the_date() -> None:
    """The date and the reading time are two spans the copy ran together: ``Jun 9, 20257 mins`` is 9 June 2025."""
    assert find_date("Jun 9, 20257 mins") == "2025-06-09"
    assert find_date("Jun 9, 202512 minutes") == "2025-06-09"
    assert find_date("Jun 9, 2025 7 min read") == "2025-06-09"


def test_byline_gives_authors_desks_and_date() -> None:
    """A browser byline holds authors (a news desk counts), date, time and a reading-time note."""
    authors, outlets, date = parse_byline(
        "by Martin Fornusek and The Kyiv Independent news desk October 21, 2024 12:14 PM 2 min read"
    )
    assert authors == ["Martin Fornusek", "The Kyiv Independent news desk"]
    assert outlets == []
    assert date == "2024-10-21"


def test_byline_separates_people_from_their_agency() -> None:
    """``By A and B, Associated Press``: two authors and an outlet, in capitals or not."""
    authors, outlets, _ = parse_byline("By HANNA KOVAL and PETER MARSH, Associated Press")
    assert authors == ["Hanna Koval", "Peter Marsh"]
    assert outlets == ["Associated Press"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Justin McCurry", True),
        ("Sam Jones in Madrid", True),
        ("Jana Dvorakova, Prague", True),
        ("Pjotr Sauer (now) and Dan Sabbagh (earlier)", True),
        ("The Guardian", False),
        ("World news", False),
        ("Seoul demands immediate withdrawal of elite soldiers", False),
    ],
)
def test_name_lines(line: str, expected: bool) -> None:
    """A byline without 'By' is a line of person names (a place may follow)."""
    assert is_name_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The Guardian", True),
        ("Fox News", True),
        ("BBC", True),
        ("Euronews", True),
        ("axios.com", True),
        ("Justin McCurry", False),
        ("News", False),
        ("Ukraine", False),
        ("The video was filmed last week.", False),
    ],
)
def test_outlet_names_are_recognised_by_their_form(line: str, expected: bool) -> None:
    """'The …', a press word, an acronym or a domain make an outlet; a person or a section label does not."""
    assert looks_like_outlet(line) is expected


def test_outlet_from_desk_copyright_and_dateline() -> None:
    """Outlets are recovered from where pages name them, not from a list of outlets."""
    assert outlet_from_author("The Kyiv Independent news desk") == "The Kyiv Independent"
    assert outlet_from_author("the Balkan Wire staff") == "The Balkan Wire"
    assert outlet_from_author("Martin Fornusek") is None
    assert outlet_from_copyright("© 2024 The Kyiv Independent. All rights reserved.") == "The Kyiv Independent"
    assert outlet_from_copyright("Copyright 2019-2024 Harbour Times") == "Harbour Times"
    assert outlet_from_dateline("KYIV, Ukraine (AP) — Russian drones struck") == "AP"
    assert outlet_from_dateline("BRUSSELS, Oct 23 (Reuters) - EU governments agreed") == "Reuters"
    assert outlet_from_dateline("Officials (and others) said - nothing") is None


def test_a_date_in_capitals_run_on_to_the_last_name_is_cut_off() -> None:
    """``… and ADAM GOLDMANSEPT. 19, 2016``: the last author is Adam Goldman, the date is the byline's."""
    from core.reading.metadata import parse_byline

    authors, _, date = parse_byline("By MARC SANTORA, WILLIAM K. RASHBAUM, AL BAKER and ADAM GOLDMANSEPT. 19, 2016")
    assert authors == ["Marc Santora", "William K. Rashbaum", "Al Baker", "Adam Goldman"]
    assert date == "2016-09-19"
    assert parse_byline("By JOHN OMARMAR. 5, 2016")[0] == ["John Omar"]


def test_names_printed_twice_in_a_row_are_one_author() -> None:
    """``by Andrea WongAndrea Wong``: the name and its link's text run together; one author."""
    from core.reading.metadata import parse_byline

    assert parse_byline("by Andrea WongAndrea Wong")[0] == ["Andrea Wong"]
    assert parse_byline("By Jo Reed | The Post By Jo Reed | The Post")[0] == ["Jo Reed"]
    assert parse_byline("By Ana Lind and Jo Reed")[0] == ["Ana Lind", "Jo Reed"]
