"""A short article on a page of long menus and footers: an interview note under a question headline. Every page here
is invented."""

from __future__ import annotations

from core.models import Article
from core.reading.clean import hand_layout
from core.reading.headline import menu_items
from core.reading.load import parse_text
from core.reading.outlet import outlet_evidence

MENU = [
    "Study", "Research", "Events", "News", "Who we are", "Why the Pellavan School?", "Master of Public Policy",
    "Master of International Affairs", "Dual degrees", "Executive training", "Course catalogue", "Admissions",
    "Tuition and fees", "Study abroad", "Career development", "Student services", "Library", "Publications",
    "Research stories", "Faculty", "Alumni", "Partner with us", "Job opportunities", "Prospective students",
    "Current students", "Press", "Donors", "Employers", "Visit the Pellavan School", "Contact",
]  # fmt: skip
FOOTER_BLURB = (
    "The Pellavan School in Harbourtown prepares exceptional students for leadership positions in government, "
    "business and civil society. The school offers master's programmes, executive education and doctoral "
    "programmes, distinguished by interdisciplinary and practice-oriented teaching and outstanding research. Its "
    "international network makes it an ambassador of good governance, public debate and engagement."
)
ARTICLE = [
    "Iris Damoulen talks on local radio about the harbour's future.",
    "After rejecting two plans for the old quay in November, the city council has approved a third one put forward "
    "by the harbour board. Iris Damoulen, Professor of Urban Policy, spoke to Radio Pellavan about what the plan "
    "means for the fishermen and the ferry crossing.",
    "Listen to the full interview on Radio Pellavan.",
]


def _read(lines: list[str]) -> Article:
    return parse_text("\n".join(lines) + "\n", path="page.txt")


def test_a_short_article_under_its_question_headline_beats_the_footers_about_text() -> None:
    """The interview note opens with its headline, a question read as prose, under a date in figures, after a long
    menu; the footer's one long paragraph about the school weighs more than the note but stands under no headline."""
    lines = [
        *MENU, *MENU, "www.pellavan-school.org›", "Debate›", "In the media", "02.12.19",
        "What will the new plan change for the old quay?", *ARTICLE,
        "Related content", "Read more", *MENU, FOOTER_BLURB, "Understand today. Shape tomorrow.",
        "Pellavan School", "Contact", "Legal notice", "Pellavan School", "Quay Street 180", "Follow us",
    ]  # fmt: skip
    article = _read(lines)
    body = [s.text for s in article.segments if s.role == "body"]
    assert article.title == "What will the new plan change for the old quay?"
    assert any(text.startswith("After rejecting two plans") for text in body)
    assert not any(text.startswith("The Pellavan School in Harbourtown") for text in body)
    assert article.date == "2019-12-02"
    assert article.outlet == "Pellavan School"


def test_a_web_host_glued_to_a_breadcrumb_chevron_is_still_a_host() -> None:
    lines = ["Study", "www.pellavan-school.org›", "Pellavan School", "About the Pellavan School"]
    assert ("host", "Pellavan School") in [(e.rule, e.name) for e in outlet_evidence(lines)]


MAKES = ["Abarth", "Alfa Romeo", "Aston Martin", "Audi", "Bentley", "BMW", "Chevrolet", "Ferrari", "Ford", "Honda"]
LISTED = [
    ("AUTO NEWS", "Turbocharged Harbour Coupe unleashed at the Pellavan show", "November 16, 2016"),
    ("FEATURES", "The Harbour Coupe nicknames, explained", "December 18, 2015"),
    ("AUTO NEWS", "All-new Harbour Coupe 200 drives to dealerships", "July 30, 2010"),
]
CAR_BODY = [
    "Crossovers may have become the vehicle of choice for most buyers, but that does not mean the coupe is gone: "
    "Pellavan Motors has taken the covers off the eighth-generation Harbour Coupe at the Los Angeles show.",
    "The new Harbour Coupe gets a sleeker front, a longer roof line and a cabin covered in leather, and its new "
    "2.0-litre engine puts out more power while using less fuel than the old one.",
    "As to when the all-new Harbour Coupe arrives in our showrooms, Pellavan Motors would only say next year.",
]


def test_the_headline_block_stands_over_a_menu_and_a_dated_list_of_other_stories() -> None:
    """A car site prints the headline, a standfirst and the date, then a car finder's list of makes and a "More
    stories" list (each story's headline over its date), then the article: the headline and the date are the
    article's, not the last listed story's; and a line among the menu's items is no headline."""
    lines = [
        "NEWS", "Car Deals", "New Car Buyers Guide", "Auto Shop Guide", "Auto 101", "Car Financing",
        "All-new Harbour Coupe is what we want from Pellavan Motors",
        "Next-generation Harbour Coupe makes its debut in Los Angeles", "Pellavan November 20, 2019 13:42",
        "FIND YOUR NEXT CAR", "Choose vehicle brand", *MAKES, *MAKES, *MAKES, "Choose model", "MORE STORIES",
        *(line for entry in LISTED for line in entry), *CAR_BODY,
    ]  # fmt: skip
    article = _read(lines)
    assert article.title == "All-new Harbour Coupe is what we want from Pellavan Motors"
    assert article.date == "2019-11-20"
    assert any(s.text.startswith("Crossovers may have become") for s in article.segments if s.role == "body")


def test_a_long_headline_set_between_menus_is_still_the_headline() -> None:
    """A menu printed between the headline and its byline (and another above it) does not make the headline one
    more menu item: a menu's items are short."""
    headline = "Pellavan Motors recalls every Harbour Coupe built since 2017 over a faulty fuel line"
    lines = [
        "Tip us", "Forum", "Text Input:", headline, "Culture", "Gear", "Ideas", "Science", "Security",
        "Transportation", "More", "Sign In", "by Tomas Rennick", "@tomasrennick", "Nov 19, 2019 at 9:08 GMT",
        *CAR_BODY,
    ]  # fmt: skip
    assert _read(lines).title == headline


def test_a_menu_item_stands_among_short_lines_and_is_short() -> None:
    headline = "Pellavan Motors recalls every Harbour Coupe built since 2017 over a faulty fuel line"
    lines = ["Culture", "Gear", "New Car Buyers Guide", "Ideas", "Science", headline, "Security", "More", *CAR_BODY]
    paras = hand_layout("\n".join(lines) + "\n").paras
    items = {paras[k].text for k in menu_items(paras, len(paras) - len(CAR_BODY))}
    assert "New Car Buyers Guide" in items
    assert headline not in items
