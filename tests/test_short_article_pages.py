"""A short article on a page of long menus and footers: an interview note under a question headline. Every page here
is invented."""

from __future__ import annotations

from core.models import Article
from core.reading.load import parse_text
from core.reading.outlet import outlet_candidates, outlet_evidence

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


def test_a_creative_commons_licence_names_the_work() -> None:
    line = "Harbour Notes by the Harbour Board is licensed under a Creative Commons Attribution 3.0 License."
    assert [name for name, _ in outlet_candidates([line])] == ["Harbour Notes"]
