"""The authors of invented pages whose bylines take the forms news sites print (every page here is invented)."""

from __future__ import annotations

import pytest

from core.reading import parse_text
from core.reading.metadata import byline_evidence, credit_line, is_name_line

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
    (["By Marta Olsen@martaolsen Nov 6, 2023, 4:22am EST"], MARTA),
    (["Marta OlsenFollow"], MARTA),
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
    (["Marta Olsen 11/6/23 3:04pm"], MARTA),
    (["Marta Olsen 11/6/23 3:04pm Yesterday 3:04pm"], MARTA),
    (["November 6, 2023 | Marta Olsen"], MARTA),
    (["By Associated Press"], ()),
    (["By Harbour Weekly Staff"], ()),
    (["Marta Olsen", "Peter Vance", "November 6, 2023"], TWO),
    (["Marta Olsen", "Peter Vance", "Ann Leary", "Updated 3:04 PM EST, November 6, 2023"], THREE),
    (["Marta Olsen · Follow", "4 min read · Nov 6, 2023"], MARTA),
    (["Marta Olsen Follow", "November 6, 2023"], MARTA),
    (["Marta Olsen / Harbour Weekly", "November 6, 2023"], MARTA),
    (["By Marta Olsen", "and Peter Vance"], TWO),
    (["By Marta Olsen, Peter Vance", "and Ann Leary"], THREE),
    (["By Marta Olsen", "& Peter Vance"], TWO),
    (["By Dr. Marta Olsen", "and Prof. Peter Vance"], TWO),
    (["By Dr Marta Olsen, Senior Lecturer"], MARTA),
    (["By Professor Marta Olsen"], MARTA),
    (["BY DR. MARTA OLSEN"], MARTA),
    (["Dr. Marta Olsen", "November 6, 2023"], MARTA),
    (["By Marta Olsen, The Harbour Weekly"], MARTA),
    (["By Marta Olsen for Harbour Weekly"], MARTA),
    (["By MARTA OLSEN FOR HARBOURWEEKLY.COM"], MARTA),
    (["Opinion by Marta Olsen"], MARTA),
    (["Analysis by Marta Olsen and Peter Vance"], TWO),
    (["Words: Marta Olsen"], MARTA),
    (["Marta Olsen - Staff Writer"], MARTA),
    (["Marta Olsen | Contributor"], MARTA),
    (["Marta Olsen | Updated: Nov. 6, 2023 3:04 p.m."], MARTA),
    (["By Marta Olsen", "Edited by Peter Vance"], MARTA),
    (["By Marta Olsen", "Reviewed by Peter Vance"], MARTA),
    (["Words by Marta Olsen", "Photographs by Peter Vance"], MARTA),
    (["By Marta Olsen, photographs by Peter Vance"], MARTA),
    (["Medically reviewed by Peter Vance"], ()),
    (["Photographs by Peter Vance", "November 6, 2023"], ()),
    (["From Reuters"], ()),
    (["By Marta Olsen Monday, Nov. 6, 2023"], MARTA),
    (["By Marta Olsen - Monday, Nov. 6, 2023"], MARTA),
    (["A A A", "By Marta Olsen"], MARTA),
    (["A A A", "November 6, 2023"], ()),
    (["Marta Olsen | Nov. 6, 2023, 3:03 PM | 4,094 | 6"], MARTA),
    (
        ["Print Email", "Marta Olsen | Bay Advance Media for Bay.com By Marta Olsen | Bay Advance Media for Bay.com"],
        MARTA,
    ),
    (["Text Size", "Email This", "Marta Olsen Senior Harbour Correspondent"], MARTA),
    (["Courtesy Google", "By Marta Olsen"], MARTA),  # a picture's credit over the byline is no author
    (["Courtesy of Peter Vance", "November 6, 2023"], ()),
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
    month's name after the names, the time of day after the figures, or a separator before them, make one."""
    assert not credit_line("Opening Bell 11.18.19")
    assert credit_line("Marta Olsen 11/6/23 3:04pm")
    assert credit_line("Marta Olsen Nov 6, 2023")
    assert credit_line("Marta Olsen | 11.06.23")


BIO = "Marta Olsen is the business reporter for the Harbour Weekly. Write to her at the newsroom."
CONTACT = ["marta@harbourweekly.com | Reporting", "Get Email Alerts from this Reporter"]


def test_a_name_line_over_the_headline_that_a_note_at_the_foot_names_is_the_byline() -> None:
    """A bare name line over the headline, parted from it by the author's contact lines, is the byline when a note
    about the author at the foot names that person at a newsroom's job; the note is not the article's."""
    page = parse_text("\n\n".join([SITE, "Marta Olsen", *CONTACT, HEADLINE, *BODY, BIO]), path="page.txt")
    assert page.authors == MARTA
    assert all(segment.role != "body" for segment in page.segments if segment.text.startswith("Marta Olsen is"))
    assert _authors([SITE, "Marta Olsen", *CONTACT, HEADLINE, *BODY]) == ()


def test_a_name_line_of_the_storys_subject_is_no_byline() -> None:
    """A name line over the headline whose person a paragraph at the foot tells of, but at no newsroom's job (the
    story's subject, the title of its video), names no author."""
    subject = "Peter Vance is a ferry captain who has worked the crossing for thirty years."
    assert _authors([SITE, "Peter Vance", "Ferry captain", "Watch the video", HEADLINE, *BODY, subject]) == ()


CAPTION = "Workers inspect the rotted timbers of the ferry landing on Monday."


def test_a_name_line_over_the_headline_is_its_byline() -> None:
    """A name line between the site's name and the headline, with no date, names the author; a section's label
    there is none: one whose words the story uses, one set in capitals, or one on a path of sections."""
    assert _authors([SITE, "Marta Olsen", HEADLINE, *BODY]) == MARTA
    assert _authors([SITE, "Marta Olsen and Peter Vance", HEADLINE, STANDFIRST, *BODY]) == TWO
    assert _authors([SITE, "River Council", HEADLINE, *BODY]) == ()
    assert _authors([SITE, "FERRY NEWS", HEADLINE, *BODY]) == ()
    assert _authors(["Middle East", HEADLINE, *BODY]) == ()
    assert _authors([SITE, "Home", "Port Towns", HEADLINE, *BODY]) == ()


def test_a_name_and_outlet_split_by_a_slash_is_a_byline_by_its_place() -> None:
    """``Jane Doe / Outlet`` under the headline or over the date line is the byline; under a photo's caption it
    credits the photo, and beside a byline it is no author."""
    assert _authors([SITE, HEADLINE, "Marta Olsen / Harbour Weekly", *BODY]) == MARTA
    assert _authors([SITE, HEADLINE, STANDFIRST, "Marta Olsen / Harbour Weekly", "November 6, 2023", *BODY]) == MARTA
    assert _authors([SITE, HEADLINE, CAPTION, "Ann Leary / Reuters", *BODY]) == ()
    assert _authors([SITE, HEADLINE, "By Marta Olsen", CAPTION, "Ann Leary / Reuters", *BODY]) == MARTA
    assert _authors([SITE, HEADLINE, CAPTION, "Ann Leary / Reuters", "By Marta Olsen", *BODY]) == MARTA


def test_credits_at_the_foot_name_no_more_authors() -> None:
    """Lines crediting help at the article's foot add no author to its byline; a wire's foot credit with no byline
    names its reporters, not its editors."""
    foot = [
        "Additional reporting by Peter Vance.",
        "With reporting by Peter Vance and Ann Leary",
        "Peter Vance contributed reporting to this article.",
    ]
    for line in foot:
        assert _authors([SITE, HEADLINE, "By Marta Olsen", *BODY, line]) == MARTA
    assert _authors([SITE, HEADLINE, *BODY, "Additional reporting by Peter Vance"]) == ()
    assert _authors([SITE, HEADLINE, *BODY, "Reporting by Marta Olsen and Ann Leary; Editing by Peter Vance"]) == (
        "Marta Olsen",
        "Ann Leary",
    )


def test_an_authors_note_is_no_byline() -> None:
    """A note about a writer (``Jane Doe is a staff writer at …``) names no author, and adds none to a byline."""
    note = "Peter Vance is a staff writer at Harbour Weekly."
    assert _authors([SITE, HEADLINE, "By Marta Olsen", *BODY, note]) == MARTA
    assert _authors([SITE, HEADLINE, *BODY, note]) == ()
    assert _authors([SITE, HEADLINE, "Peter Vance is a staff writer covering transport.", *BODY]) == ()


def test_a_title_before_a_name_is_dropped() -> None:
    """``Dr.`` and ``Prof.`` before a name in a byline are no part of the name."""
    assert byline_evidence("By Dr. Marta Olsen and Prof Peter Vance")[0] == list(TWO)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Iris Damoulen Is Elected in Pellavan and Lower Docks", False),
        ("Harbour Master Quits After Vote", False),
        ("Will Leitch", True),
        ("Edward Said", True),
        ("Al Baker and Do Kwon", True),
        ("Mary Ann Van Der Berg", True),
    ],
)
def test_a_title_cased_clause_is_no_name(line: str, name: bool) -> None:
    """A person's name holds no verb, preposition or pronoun after its first word (``Is``, ``After``); first names
    that are also words (``Will``, ``Said``, ``Do``) stay names."""
    assert is_name_line(line) is name


def test_a_note_about_the_author_that_writes_the_name_in_another_case_is_no_body() -> None:
    """A note at the foot about the byline's author is the page's, though it writes a particle of the name in
    another case (``Marta van Olsen`` under ``By Marta Van Olsen``)."""
    note = "Marta van Olsen is the business reporter for the Harbour Weekly and is based in Portmouth."
    page = parse_text("\n\n".join([SITE, HEADLINE, "By Marta Van Olsen", *BODY, note]), path="page.txt")
    assert page.authors == ("Marta Van Olsen",)
    assert [segment.role for segment in page.segments if segment.text.startswith("Marta van Olsen is")] == [
        "boilerplate"
    ]
