"""The authors of invented pages whose bylines take the forms news sites print (every page here is invented)."""

from __future__ import annotations

import pytest

from core.reading import parse_text
from core.reading.metadata import byline_evidence, credit_line

SITE = "Harbour Weekly"
HEADLINE = "Ferry Crossing Closes After Winter Repairs Fail"
STANDFIRST = "The crossing closes after a winter of failed repairs and a vote of the river council on Tuesday."
BODY = [
    "The river council voted on Tuesday to close the old ferry crossing after a long winter of repairs failed.",
    "Residents said the crossing had served the valley for more than a century and asked for a new bridge.",
    "The council promised a public meeting next month to discuss the cost of a replacement crossing.",
    "Engineers who inspected the landing last week found the timbers had rotted through in several places.",
]

MARTA = ("Marta Olsen",)
TWO = ("Marta Olsen", "Peter Vance")
THREE = ("Marta Olsen", "Peter Vance", "Ann Leary")

FORMS: list[tuple[list[str], tuple[str, ...]]] = [
    (["By MARTA OLSEN"], MARTA),
    (["By Marta Olsen and Peter Vance, CNN"], TWO),
    (["Marta Olsen, Peter Vance and Ann Leary"], THREE),
    (["By Marta Olsen | Staff Writer"], MARTA),
    (["Marta Olsen, Senior Correspondent"], MARTA),
    (["Written by Marta Olsen"], MARTA),
    (["Story by Marta Olsen"], MARTA),
    (["Posted by Marta Olsen"], MARTA),
    (["Author: Marta Olsen"], MARTA),
    (["By: Marta Olsen"], MARTA),
    (["BY: MARTA OLSEN"], MARTA),
    (["Contributors: Marta Olsen, Peter Vance"], TWO),
    (["Marta Olsen", "Reporter"], MARTA),
    (["Marta Olsen @martaolsen"], MARTA),
    (["By Marta Olsen Twitter: @martaolsen"], MARTA),
    (["By Marta Olsen • Published 3:04 PM"], MARTA),
    (["Marta Olsen Updated 10:02 AM EST, Mon November 6, 2023"], MARTA),
    (["Dana A. Ford, CNN"], ("Dana A. Ford",)),
    (["By Lauren del Valle"], ("Lauren del Valle",)),
    (["By Ana de la Garza"], ("Ana de la Garza",)),
    (["By Jean-Luc O'Neil and Mary-Kate McNamara"], ("Jean-Luc O'Neil", "Mary-Kate McNamara")),
    (['By Robert "Bobby" Lang'], ('Robert "Bobby" Lang',)),
    (["By Marta Olsen, CNN Business"], MARTA),
    (["By MARTA OLSEN and PETER VANCE, Associated Press"], TWO),
    (["By MARTA OLSEN AND PETER VANCE"], TWO),
    (["BY MARTA OLSEN, PETER VANCE AND ANN LEARY"], THREE),
    (["By MARTA OLSEN Associated Press"], MARTA),
    (["By Marta Olsen, Senior Correspondent, and Peter Vance, Staff Writer"], TWO),
    (["Marta Olsen | Harbour Weekly", "November 6, 2023"], MARTA),
    (["By", "Marta Olsen", "and", "Peter Vance"], TWO),
    (["By Marta Olsen", "and", "Peter Vance"], TWO),
    (["By Marta Olsen", "By Peter Vance"], TWO),
    (["Marta Olsen", "Reporter", "Peter Vance", "Reporter"], TWO),
    (["Marta Olsen, Nov 6, 2023"], MARTA),
    (["Marta Olsen • Nov 6, 2023"], MARTA),
    (["Marta Olsen Nov. 6, 2023, 3:04 PM"], MARTA),
    (["November 6, 2023 | Marta Olsen"], MARTA),
    (["By Associated Press"], ()),
    (["By Harbour Weekly Staff"], ()),
]


def _authors(lines: list[str]) -> tuple[str, ...]:
    return parse_text("\n\n".join(lines), path="page.txt").authors


@pytest.mark.parametrize(("byline", "authors"), FORMS)
def test_the_byline_under_the_headline_names_the_authors(byline: list[str], authors: tuple[str, ...]) -> None:
    """Every form of byline, set under the headline, gives the article's authors and nothing else."""
    assert _authors([SITE, HEADLINE, *byline, *BODY]) == authors


@pytest.mark.parametrize(("byline", "authors"), FORMS)
def test_the_byline_under_a_standfirst_names_the_authors(byline: list[str], authors: tuple[str, ...]) -> None:
    """A standfirst between the headline and the byline changes nothing."""
    assert _authors([SITE, HEADLINE, STANDFIRST, *byline, *BODY]) == authors


def test_a_byline_at_the_foot_set_off_by_dashes_names_the_author() -> None:
    """A byline at the article's foot (``-- By Jane Doe``), the only one on the page, names its author."""
    assert _authors([SITE, HEADLINE, *BODY, "-- By Marta Olsen"]) == MARTA
    assert byline_evidence("-- By Marta Olsen")[0] == ["Marta Olsen"]


def test_a_name_over_a_by_line_alone_is_no_menu_item() -> None:
    """Names set one a line under ``By`` stay the byline though the short lines around look like a menu."""
    page = [SITE, "Markets", "Banks", HEADLINE, "By", "Marta Olsen", "and", "Peter Vance", *BODY]
    assert _authors(page) == TWO


def test_a_name_line_with_an_issue_number_is_no_credit() -> None:
    """Figures after a bare space may number a column's issue (``Opening Bell 11.18.19``): no credit line; a
    month's name after the names, or a separator before the figures, make one."""
    assert not credit_line("Opening Bell 11.18.19")
    assert credit_line("Marta Olsen Nov 6, 2023")
    assert credit_line("Marta Olsen | 11.06.23")
