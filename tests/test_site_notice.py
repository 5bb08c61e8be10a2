"""The site's own notice under an article (a metered paywall, a privacy statement, a subscription pitch) is clutter;
the article's own word to its reader is not."""

from __future__ import annotations

import pytest

from core.models import Article
from core.reading.load import parse_text
from core.reading.site_notice import site_notice

BODY = [
    "The harbour board approved a plan on Monday to dredge the eastern channel before the spring shipping season.",
    "The work will cost about 4 million and close two berths for six weeks, the board's chair told reporters.",
    "Fishing crews said they had asked for the dredging since a storm filled the channel with silt last winter.",
]


def read(text: str) -> Article:
    """A page under a headline."""
    return parse_text("Harbour board backs channel dredging\n\n" + text, path="paste.txt")


def roles_of(article: Article, start: str) -> set[str]:
    roles = {seg.role for seg in article.segments if seg.text.startswith(start)}
    assert roles, start
    return roles


def test_a_metered_paywall_box_under_the_article_is_clutter() -> None:
    article = read(
        "\n\n".join(BODY) + "\n\n"
        "We are glad to see that you are enjoying the Harbour Gazette website.\n\n"
        "You have now read 3 of your 5 free articles this month.\n\n"
        "Register today to keep reading the best reporting on the coast.\n"
    )
    for start in ("We are glad", "You have now read", "Register today"):
        assert roles_of(article, start) == {"boilerplate"}, start
    for sentence in BODY:
        assert roles_of(article, sentence[:30]) == {"body"}


def test_a_privacy_statement_under_the_article_is_clutter() -> None:
    article = read(
        "\n\n".join(BODY) + "\n\n"
        "Your information may be shared with our partner businesses to tailor our services to you. "
        "For more details about how we use your information, see our Privacy Policy.\n"
    )
    for start in ("Your information", "For more details"):
        assert roles_of(article, start) == {"boilerplate"}, start
    assert roles_of(article, BODY[2][:30]) == {"body"}


def test_a_subscription_pitch_in_one_paragraph_is_clutter() -> None:
    article = read(
        "\n\n".join(BODY) + "\n\n"
        "Get access to our business service for as little as 5 a month. Use the code COAST. "
        "The service offers you all the information you need on the port's trade.\n"
    )
    assert roles_of(article, "Get access") == {"boilerplate"}
    assert roles_of(article, "The service offers") == {"boilerplate"}


def test_advice_to_the_reader_that_the_site_does_not_speak_stays_body() -> None:
    """Lines that tell the reader where to go and what is free, with no word of the site's own (``we``, ``our``),
    are the article's advice, not the site's notice."""
    article = read(
        "\n\n".join(BODY) + "\n\n"
        "You can register a boat for the new berths on the harbour board's website from Friday.\n\n"
        "Your first month of mooring is free, and you will get an email when your berth is ready.\n"
    )
    assert roles_of(article, "You can register") == {"body"}
    assert roles_of(article, "Your first month") == {"body"}


def test_an_articles_last_word_to_its_reader_stays_body() -> None:
    article = read("\n\n".join(BODY) + "\n\nYou can read the board's full plan on the council's website.\n")
    assert roles_of(article, "You can read") == {"body"}


def test_a_quotation_that_speaks_to_someone_else_is_no_notice() -> None:
    article = read(
        "\n\n".join(BODY) + "\n\n"
        "\u201cYou are free to register your boat elsewhere,\u201d the chair told one skipper.\n\n"
        "\u201cYour subscription to the harbour fund pays for this,\u201d she said.\n"
    )
    assert roles_of(article, "\u201cYou are free") == {"body"}
    assert roles_of(article, "\u201cYour subscription") == {"body"}


@pytest.mark.parametrize(
    ("line", "notice"),
    [
        ("You have now reached your allowance of 3 free articles in the last 30 days.", True),
        ("Register now to enjoy more of the finest writing on politics and the arts.", True),
        ("(If you prefer not to receive the newsletter you can unsubscribe at any time).", True),
        ("Your information may be transferred to, processed and used in another country.", True),
        ("The board said the information would be published next week.", False),
        ("\u201cYou will get your money back,\u201d the chair said of the free berths.", False),
        ("Fishing crews say you cannot land a catch at the eastern quay.", False),
    ],
)
def test_a_notice_speaks_to_the_reader_about_the_site(line: str, notice: bool) -> None:
    assert site_notice(line) is notice
