"""The top of a pasted page: a menu set apart by double spaces, a tagline, a byline with a job title, a reading-time
line; and a teaser's date under "More on this story" that is not the article's date."""

from __future__ import annotations

import pytest

from core.models import Article
from core.reading.load import parse_text
from core.reading.metadata import is_date_line, parse_byline

BODY = [
    "A former transport minister, Anton Kessary, was found guilty on Monday of taking bribes in return for steering a "
    "contract to expand the port of Veluna towards a construction company run by a personal friend.",
    "Judges at Tolvane district court sentenced him to seven years in prison and barred him from public office.",
    "The court found that Kessary received 4.2 million crowns from the Halveri Group, a business that won the tender.",
]
HEADLINE = "Former Marvessan minister jailed for seven years over port bribes"


def read(*paragraphs: str) -> Article:
    """An article pasted as blank-line separated paragraphs."""
    return parse_text("\n\n".join(paragraphs) + "\n", path="paste.txt")


def test_a_menu_of_double_spaced_items_does_not_hide_the_headline() -> None:
    article = read(
        "TOLVANE COURIER",
        "Marvessa's independent daily since 1923",
        "Home  Politics  Business  Courts  Culture  Sport  Opinion",
        "COURTS",
        HEADLINE,
        "Anton Kessary ordered to pay fine and banned from office as judge condemns his approach to public duty",
        "By Anneke Vos, Courts Correspondent",
        *BODY,
    )
    assert article.title == HEADLINE
    assert article.authors == ("Anneke Vos",)
    body = " ".join(s.text for s in article.segments if s.role == "body")
    assert "Politics" not in body
    assert "since 1923" not in body


def test_a_headline_with_a_double_space_is_still_a_headline() -> None:
    article = read("Seoul  summons Russian envoy over troops", *BODY)
    assert article.title is not None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3 March 2025 | Reading time: 4 minutes", True),
        ("3 March 2025 · 5 min read", True),
        ("3 March 2025 | 4 people died", False),
    ],
)
def test_reading_time_beside_a_date_is_still_a_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


def test_a_teaser_date_under_more_on_this_story_is_not_the_article_date() -> None:
    article = read(
        HEADLINE,
        "2 hours ago",
        *BODY,
        "More on this story",
        "Whistleblower who exposed port deal feared for her job",
        "12 November 2024",
    )
    assert article.date is None
    assert all(s.role != "body" for s in article.segments if "November" in s.text)


@pytest.mark.parametrize(
    ("line", "authors", "outlets"),
    [
        ("By Jane Smith, Political Editor", ["Jane Smith"], []),
        ("By Jane Smith, Senior Reporter, The Daily Clarion", ["Jane Smith"], ["The Daily Clarion"]),
        ("By Esther Kamwendo, Communications Officer, Tiyeni Relief Alliance", ["Esther Kamwendo"], []),
        ("By Ann Lee and Bob Ray", ["Ann Lee", "Bob Ray"], []),
        ("Priya Okonkwo Technology correspondent", ["Priya Okonkwo"], []),
        ("Jane Smith Senior Political Correspondent", ["Jane Smith"], []),
        ("Senior Political Correspondent", [], []),
    ],
)
def test_a_job_title_in_a_byline_is_no_author(line: str, authors: list[str], outlets: list[str]) -> None:
    found, named, _ = parse_byline(line)
    assert (found, named) == (authors, outlets)


def test_a_by_line_names_the_author_before_a_bare_source_name() -> None:
    article = read(
        HEADLINE,
        "Source",
        "Tiyeni Relief Alliance",
        "By Esther Kamwendo, Communications Officer, Tiyeni Relief Alliance",
        *BODY,
    )
    assert article.authors == ("Esther Kamwendo",)


def test_a_pipe_menu_and_a_live_promo_above_the_headline_are_not_the_title() -> None:
    headline = "Ostley train crash death toll rises to five as landslip suspected"
    article = read(
        "WESTBRIDGE DAILY NEWS",
        "Home | Local | National | World | Money | Weather | Puzzles | Jobs",
        "LIVE: Ostley crash – latest updates from the scene",
        headline,
        "Five people have died after a commuter train came off the rails at a river crossing outside Ostley.",
        "Police said a fifth victim, a woman in her seventies, died in hospital on Wednesday morning.",
    )
    assert article.title == headline
    assert article.standfirst is None


@pytest.mark.parametrize("banner", ["BREAKING  Live updates: Tessar eruption", "Live blog: Tessar eruption"])
def test_a_live_banner_above_the_headline_is_not_the_title(banner: str) -> None:
    headline = "Mount Tessar erupts, grounding hundreds of flights across the region"
    article = read(
        "AUSTER HERALD",
        "Menu  |  National  |  Regions  |  World",
        banner,
        headline,
        "Mount Tessar on the island of Velde erupted early on Wednesday, sending ash 11 kilometres into the sky.",
        "By evening, 640 flights had been cancelled at airports across the region, the air traffic agency said.",
    )
    assert article.title == headline


def test_a_breaking_headline_is_still_the_headline() -> None:
    headline = "BREAKING: Mount Tessar erupts, grounding hundreds of flights"
    article = read(
        headline,
        "Mount Tessar on the island of Velde erupted early on Wednesday, sending ash 11 kilometres into the sky.",
        "By evening, 640 flights had been cancelled at airports across the region, the air traffic agency said.",
    )
    assert article.title == headline


@pytest.mark.parametrize(
    "lines",
    [
        ["Tallis Creek 31°C  Wind NW 45km/h"],
        ["London 14°C"],
        ["Tallis Creek 31°C  Wind NW 45km/h", "BREAKING: Road closures across the Keller Valley - check before you go"],
        ["Just in: Keller Valley schools closed on Monday"],
    ],
)
def test_a_weather_box_and_an_alert_bar_above_the_headline_are_not_the_title(lines: list[str]) -> None:
    """A weather box names the town and the wind, so it shares the story's words; it is still no headline, and an
    alert bar about something else is no standfirst."""
    headline = "Bushfire forces 2,500 from homes near Tallis Creek"
    standfirst = "Flames could reach the town as winds strengthen, firefighters warn"
    article = read(
        "Westmark News",
        "Home",
        "Local",
        "Weather",
        *lines,
        headline,
        standfirst,
        "A fast-moving bushfire has forced about 2,500 people out of Tallis Creek, and firefighters warn that stronger "
        "winds could drive the flames into the town itself.",
        "Officials said the blaze had burned through roughly 5,000 hectares by Sunday evening.",
        "Residents of the nearby hamlet of Fennick were told to be ready to leave at short notice.",
    )
    assert article.title == headline
    assert article.standfirst == standfirst
    assert not any(s.role == "body" and ("°C" in s.text or ":" in s.text[:10]) for s in article.segments)


def test_a_headline_with_a_temperature_is_still_the_headline() -> None:
    headline = "Orsena records 46.1°C as heatwave grips the south and reservoirs run low"
    article = read(
        "Menu  |  National  |  Regions  |  World",
        headline,
        "The southern province of Orsena recorded its highest temperature on record, 46.1°C, on Saturday afternoon.",
        "The heatwave has compounded a drought that is now in its third year, and reservoirs are low.",
    )
    assert article.title == headline


def test_a_byline_with_its_job_title_run_on_names_the_author() -> None:
    article = read(
        "The Meridian Ledger",
        "News  |  Business  |  Technology",
        HEADLINE,
        "Priya Okonkwo Technology correspondent",
        "Tue 11 Mar 2025 14.07 GMT",
        *BODY,
    )
    assert article.title == HEADLINE
    assert article.authors == ("Priya Okonkwo",)
    assert all(s.role != "body" for s in article.segments if "correspondent" in s.text)


def test_a_staff_credit_names_the_publisher_and_no_author() -> None:
    article = read(HEADLINE, "By TOLVANE COURIER STAFF", "October 21, 2024", *BODY)
    assert article.title == HEADLINE
    assert article.authors == ()
    assert article.outlet is not None
    assert article.outlet.casefold() == "tolvane courier"


def test_a_person_credited_with_the_desk_keeps_both() -> None:
    article = read(HEADLINE, "By Anneke Vos and the Tolvane Courier news desk", "October 21, 2024", *BODY)
    assert article.authors == ("Anneke Vos", "the Tolvane Courier news desk")


def test_the_byline_by_the_headline_wins_over_a_menu_item_that_reads_as_one() -> None:
    article = read(
        "Home",
        "Shows",
        "By Popular Demand",
        "Night Desk",
        "Cartoons",
        HEADLINE,
        "By Anneke Vos",
        "October 21, 2024",
        *BODY,
    )
    assert article.title == HEADLINE
    assert article.authors == ("Anneke Vos",)


@pytest.mark.parametrize("label", ["Opinion", "Analysis", "Explainer"])
def test_a_headline_labelled_opinion_or_analysis_is_the_headline_when_no_other_follows(label: str) -> None:
    headline = f"{label}: {HEADLINE}"
    article = read("Home  Politics  Courts", headline, "By Anneke Vos", "November 19, 2019", *BODY)
    assert article.title == headline
    assert article.authors == ("Anneke Vos",)


def test_an_analysis_label_over_a_headline_is_still_a_label() -> None:
    article = read("Analysis: what the verdict means for the port", HEADLINE, "By Anneke Vos", *BODY)
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Anneke Vos Jr.", ("Anneke Vos Jr.",)),
        ("By Anneke Vos Sr.", ("Anneke Vos Sr.",)),
        ("By Anneke Vos, Ph.D.", ("Anneke Vos",)),
        ("By Anneke Vos and Piet J. Mol Jr.", ("Anneke Vos", "Piet J. Mol Jr.")),
    ],
)
def test_a_byline_ending_in_a_names_own_stop_is_a_byline_not_the_headline(line: str, authors: tuple[str, ...]) -> None:
    article = read("Home  Politics  Courts", HEADLINE, line, "November 19, 2019", *BODY)
    assert article.title == HEADLINE
    assert article.authors == authors
    assert not any(s.role == "body" and s.text == line for s in article.segments)


def test_a_paragraph_opening_with_by_the_and_ending_in_an_initial_is_not_a_byline() -> None:
    line = "By the end of the day, the delegation had flown on to Washington, D.C."
    article = read(HEADLINE, "By Anneke Vos", *BODY[:2], line, BODY[2])
    assert any(s.role == "body" and s.text == line for s in article.segments)
    assert article.authors == ("Anneke Vos",)


def role_of(article: Article, start: str) -> str:
    roles = {seg.role for seg in article.segments if seg.text.startswith(start)}
    assert len(roles) == 1, (start, roles)
    return roles.pop()


SUMMARY = "The former minister took 4.2 million crowns from a builder, the court found."


@pytest.mark.parametrize(
    "top",
    [
        f"{HEADLINE}\n{SUMMARY}\nFacebook\nTwitter\nEmail\nBy Anneke Vos",
        f"{HEADLINE}\n\n{SUMMARY}\n\nFacebook\nTwitter\nEmail\n\nBy Anneke Vos",
        f"{HEADLINE}\n{SUMMARY}\nFacebook\nTwitter\nEmail\nBy Anneke Vos\nclose\nvideo\n\n"
        "Kessary speaks to reporters outside the court in Tolvane.",
    ],
    ids=["in-the-headline-block", "paragraphs", "over-a-video"],
)
def test_a_summary_over_share_buttons_and_the_byline_is_the_standfirst(top: str) -> None:
    """The article starts under its credits: the sentence between the headline and the byline, with share buttons
    between, is the page's summary, not the article's first paragraph."""
    article = read(top, *BODY)
    assert article.standfirst == SUMMARY
    assert role_of(article, "The former minister took") == "standfirst"
    assert role_of(article, BODY[0][:30]) == "body"
    assert article.authors == ("Anneke Vos",)


def test_a_short_first_paragraph_with_no_credits_under_it_stays_the_article() -> None:
    for page in (
        read(HEADLINE, "Kessary was jailed on Monday.", *BODY),
        read(HEADLINE, "Kessary was jailed on Monday.", "Facebook\nTwitter", *BODY),
        read(HEADLINE, "By Anneke Vos", "Kessary was jailed on Monday.", *BODY),
    ):
        assert role_of(page, "Kessary was jailed") == "body"
        assert page.standfirst is None


def test_the_lead_photo_caption_between_its_credit_and_the_byline_is_a_caption() -> None:
    """Headline, date, the lead photo's credit, its caption, then the byline: the caption is no part of the article."""
    article = read(
        HEADLINE,
        "Updated 3 March 2025",
        "Lena Brak | Getty Images",
        "Anton Kessary, pictured at the port of Veluna in 2019, when he was minister. His trial drew crowds.",
        "By Anneke Vos",
        *BODY,
    )
    assert role_of(article, "Anton Kessary, pictured") == "caption"
    assert role_of(article, "His trial drew crowds.") == "caption"
    assert role_of(article, BODY[0][:30]) == "body"
    assert article.authors == ("Anneke Vos",)


def test_an_authors_bio_clipped_at_the_top_and_printed_in_full_at_the_foot_is_no_paragraph() -> None:
    """The top of the page previews the author's bio (its first sentence) and the foot prints it in full: the
    preview opens a longer paragraph of the page, so it is a copy, not the article's first paragraph."""
    bio = "I cover the courts, the ports and the politics of Marvessa from Tolvane, not always in that order."
    article = read(
        HEADLINE,
        "By Anneke Vos",
        bio,
        *BODY,
        "About the author",
        f"{bio} Before that I reported on farming and fishing for ten years.",
    )
    assert role_of(article, "I cover the courts") == "boilerplate"
    assert role_of(article, BODY[0][:30]) == "body"
    bodies = [seg.text for seg in article.segments if seg.role == "body"]
    assert bodies[0].startswith(BODY[0][:30])


def test_a_most_popular_list_between_the_credits_and_the_article_is_clutter() -> None:
    """A list of other stories' headlines under ``MOST POPULAR`` closes the header: its lines, one of them two short
    sentences between headlines, are teasers; the article under it is body."""
    article = read(
        HEADLINE,
        "By Anneke Vos | Tolvane Courier",
        "MOST POPULAR\n"
        "Harbour pilots vote to strike over new shift rota\n"
        "Ferry fares to rise by a tenth from April\n"
        "Property taxes are rising. These maps show where and how much.\n"
        "Cyclist hurt in crash on the Veluna ring road",
        *BODY,
    )
    for start in ("Harbour pilots", "Ferry fares", "Property taxes", "These maps", "Cyclist hurt"):
        assert role_of(article, start) == "boilerplate"
    assert role_of(article, BODY[0][:30]) == "body"


def test_a_short_paragraph_under_a_list_heading_that_no_headline_follows_stays_body() -> None:
    article = read(HEADLINE, "By Anneke Vos", *BODY[:2], "Read more\nKessary will appeal. His lawyer said so.", BODY[2])
    assert role_of(article, "Kessary will appeal") == "body"


def test_a_teaser_card_closed_by_read_more_inside_the_article_is_clutter() -> None:
    """A link to another story set between the article's paragraphs: its headline and a bare ``Read more`` under it,
    one block; the article goes on under it."""
    card = "Harbour pilots vote to strike over new shift rota\n Read more"
    article = read(HEADLINE, "By Anneke Vos", BODY[0], card, *BODY[1:])
    assert role_of(article, "Harbour pilots vote") == "boilerplate"
    assert role_of(article, BODY[1][:30]) == "body"


def _lines(*lines: str) -> Article:
    """A page pasted with one line a paragraph and no blank lines, as a browser gives a page's header."""
    return parse_text("\n".join(lines) + "\n", path="paste.txt")


@pytest.mark.parametrize("credit", ["Image via Getty Images", "Photo: Getty Images"])
def test_a_name_under_a_photo_credit_is_the_byline_not_a_second_credit(credit: str) -> None:
    """A photo credit on its own line right over the byline's bare name: the credit is the photo's, the name the
    article's author."""
    article = _lines(HEADLINE, credit, "Anneke Vos", "3 March 2025", *BODY)
    assert article.title == HEADLINE
    assert article.authors == ("Anneke Vos",)


def test_a_caption_between_the_summary_and_the_byline_leaves_the_byline_a_byline() -> None:
    """The headline printed twice, a summary, a photo's caption with its credit, then the author's bare name over the
    date line, a credit and a label: the name is the byline (not the caption's credit, not a line of a box between
    the caption and the date)."""
    article = _lines(
        "Politics",
        HEADLINE,
        HEADLINE,
        "A court in Tolvane jails a former minister over a port contract he steered to a friend's company, judges say.",
        "The port of Veluna at dusk, where the expansion was to be built, seen from the wall. (Photo: Lena Park)",
        "Anneke Vos",
        "Published 3 March 2025",
        "Image via Getty Images",
        "Claim",
        *BODY,
    )
    assert article.title == HEADLINE
    assert article.authors == ("Anneke Vos",)
    assert article.date == "2025-03-03"


def test_a_headline_in_sentence_case_over_its_byline_beats_a_capitalised_menu_above_it() -> None:
    """A headline that says little the opening repeats, written in sentence case right over its byline, under a
    menu of capitalised section names: the line over the byline is the headline, not the menu."""
    article = _lines(
        "Subscribe to our weekly newsletter",
        "The old ferry terminal at Veluna, photographed in 2019. (Photo: Lena Park)",
        "Login",
        "Marvessan Elections Regional Affairs Harbour Projects Tolvane Courts Culture Desk",
        "Login",
        "A verdict that was a long time coming",
        "by Anneke Vos",
        "Monday, March 3, 2025",
        "",
        *BODY,
    )
    assert article.title == "A verdict that was a long time coming"
    assert article.authors == ("Anneke Vos",)


def test_other_stories_headlines_listed_between_the_headline_and_the_byline_are_not_body() -> None:
    """Another site's list of headlines set under the headline's summary, over the byline: lines that are no
    sentences, listed together, are other stories, not the article; the article starts under its byline."""
    listed = [
        "Harbour crane contract goes to a Dutch firm after a long tender",
        "Library to open on Sundays from April, council confirms",
        "Two hurt as a van hits a shop front in Easton",
        "Ferry fares rise again. Here is what a crossing costs now.",
        "Bakery owner marks forty years on the high street",
    ]
    article = _lines(
        HEADLINE,
        "March 3, 2025",
        "",
        "The court at Tolvane.",
        "",
        "\n\n".join(listed),
        "By Anneke Vos",
        "",
        *BODY,
    )
    body = " ".join(s.text for s in article.segments if s.role == "body")
    for line in listed:
        assert line.split(".")[0] not in body
    assert body.startswith(BODY[0][:40])
    assert article.authors == ("Anneke Vos",)


def test_a_headline_under_another_photos_caption_and_over_a_credit_stays_the_headline() -> None:
    """A photo's caption set right above the headline, and the lead photo's credit right under it: the headline is
    not read as a credit of the caption above it."""
    article = _lines(
        "Photo",
        "Listen Live",
        "Search",
        "The new ferry at the Veluna yard after the installation in early March of its engines. (Photo: Lena Park)",
        "Port Bribes Verdict",
        "© REUTERS / POOL",
        "Columnists",
        "21:17 03.03.2025Get short URL",
        "",
        *BODY,
    )
    assert article.title == "Port Bribes Verdict"
