"""Clutter inside and under the article: a teaser link with its summary line, a footer menu, comment controls."""

from __future__ import annotations

import pytest

from core.models import Article
from core.reading.load import parse_text

BODY = [
    "Five people have died after a commuter train came off the rails at a river crossing outside Ostley on Tuesday.",
    "Police said a fifth victim, a woman in her seventies, died in hospital on Wednesday morning.",
    "Investigators from the national rail safety office arrived at the scene on Wednesday afternoon.",
]


def read(text: str) -> Article:
    """A page under a headline."""
    return parse_text("Ostley train crash kills five\n\n" + text, path="paste.txt")


def role_of(article: Article, start: str) -> str:
    roles = {seg.role for seg in article.segments if seg.text.startswith(start)}
    assert len(roles) == 1, (start, roles)
    return roles.pop()


def test_the_summary_line_under_a_read_also_link_is_part_of_the_teaser() -> None:
    article = read(
        f"{BODY[0]}\n\n{BODY[1]}\n\n"
        "Read also: Why Victorian rail bridges are struggling to cope with heavier rain\n"
        "Engineers warn that hundreds of embankments were never designed for today's storms.\n\n"
        f"{BODY[2]}\n"
    )
    assert role_of(article, "Engineers warn") == "boilerplate"
    assert role_of(article, "Investigators from") == "body"


def test_the_summary_under_a_headline_listed_below_read_more_is_part_of_the_teaser() -> None:
    article = read(
        f"{BODY[0]}\n\n{BODY[1]}\n\n{BODY[2]}\n\n"
        "Read more\n"
        "Central bank holds rates as inflation cools\n"
        "The bank kept its main rate at 3.25% for a third consecutive meeting.\n"
    )
    assert role_of(article, "The bank kept") == "boilerplate"


def test_a_sentence_after_a_read_also_link_that_goes_on_in_its_block_stays_body() -> None:
    article = read(
        f"{BODY[0]}\n\n"
        "Read also: Why Victorian rail bridges are struggling to cope with heavier rain\n"
        f"{BODY[1]}\n{BODY[2]}\n"
    )
    assert role_of(article, "Police said") == "body"


def test_a_footer_menu_and_comment_controls_are_not_body() -> None:
    article = read(
        f"{BODY[0]}\n\n{BODY[1]}\n\n{BODY[2]}\n\n"
        "Share on Facebook   Share on X   Copy link\n\n"
        "Terms of use  |  Privacy  |  Contact the newsroom  |  Advertise with us\n\n"
        "Comments are closed on this article for legal reasons.\n\n"
        "Most recent\n\n"
        "About us   Contact   Complaints   Syndication   Careers\n"
    )
    body = [seg.text for seg in article.segments if seg.role == "body"]
    assert body == BODY


def test_every_summary_in_a_listed_teaser_box_is_part_of_the_teasers() -> None:
    """A 'More from …' box of headline / summary pairs, then a newsletter prompt with its own blurb: none of it is
    the article, even a summary that shares the story's words (rail, bridge, inspection)."""
    article = read(
        f"{BODY[0]}\n\n{BODY[1]}\n\n{BODY[2]}\n\n"
        "More from Transport\n"
        "Bus fares to rise by 5% from April\n"
        "The increase is the largest in a decade, the operators said.\n"
        "Rail bridge inspections were missed, audit finds\n"
        "Investigators say the national rail safety office missed inspections at the river crossing.\n\n"
        "Get the Courier Morning Briefing\n"
        "The day's top stories in your inbox before 7am.\n"
        "Your email   SIGN UP\n"
    )
    assert role_of(article, "The increase is") == "boilerplate"
    assert role_of(article, "Investigators say the") == "boilerplate"
    assert role_of(article, "The day's top stories") == "boilerplate"
    assert role_of(article, "Investigators from") == "body"


def test_the_pitch_of_a_sign_up_box_is_clutter_even_with_a_full_stop() -> None:
    """'The best walks… every Friday.' between a newsletter prompt and its email field is the box's pitch; a
    paragraph of the article after the box, in its own block, stays body."""
    article = read(
        f"{BODY[0]}\n\n{BODY[1]}\n\n"
        "Sign up for our Outdoors newsletter\n"
        "The best walks, routes and mountain news, every Friday.\n"
        "Enter your email  Sign up\n\n"
        f"{BODY[2]}\n\n"
        "Sign up for our Politics newsletter\n\n"
        "The minister said the review would be published in the spring.\n\n"
        "Comments\n"
    )
    assert role_of(article, "The best walks") == "boilerplate"
    assert role_of(article, BODY[2][:20]) == "body"
    assert role_of(article, "The minister said the review") == "body"


def test_the_second_summary_under_read_more_is_part_of_the_teasers() -> None:
    article = read(
        f"{BODY[0]}\n\n{BODY[1]}\n\n{BODY[2]}\n\n"
        "Read more\n"
        "Central bank holds rates as inflation cools\n"
        "The bank kept its main rate at 3.25% for a third consecutive meeting.\n"
        "Port strike ends after pay deal\n"
        "Dockers voted to accept a 6% rise over two years.\n"
    )
    assert role_of(article, "The bank kept") == "boilerplate"
    assert role_of(article, "Dockers voted") == "boilerplate"


def test_headlines_listed_under_a_heading_with_a_bare_colon_are_teasers() -> None:
    article = read(
        f"{BODY[0]}\n\n{BODY[1]}\n\n{BODY[2]}\n\n"
        "READ NEXT:\n"
        "Council confirms date for Ostley half marathon\n"
        "Police appeal after shop window smashed on Castle Street\n\n"
        "Comments\n"
    )
    assert role_of(article, "Council confirms") == "boilerplate"
    assert role_of(article, "Police appeal") == "boilerplate"
    assert role_of(article, "Investigators from") == "body"


def test_the_line_over_a_labelled_photo_credit_between_paragraphs_is_its_caption() -> None:
    """An image set where the article's run breaks: its one-sentence caption (ending in a stop, after a blank line)
    sits over ``Photo: …``; the article's own last sentence before a credit that follows on from the prose stays."""
    page = "\n\n".join(
        [
            BODY[0],
            BODY[1],
            "Share",
            "Rescue workers search the wreckage of the train beside the river on Tuesday.",
            "Photo: Getty Images",
            BODY[2],
        ]
    )
    article = read(page)
    assert role_of(article, "Rescue workers search") == "caption"
    assert role_of(article, BODY[1][:30]) == "body"
    running = read("\n\n".join([BODY[0], BODY[1], "Photo: Getty Images", BODY[2]]))
    assert role_of(running, BODY[1][:30]) == "body"


def test_a_paragraph_over_the_credit_line_the_page_prints_under_its_captions_is_a_caption() -> None:
    """A page prints each photo as caption then credit (``GETTY`` on a line of its own). Once one caption is known by
    its own credit, the paragraph over the same credit line further down is another photo's caption, even clipped by
    an expander and ending in a stop; the article's paragraphs around it stay."""
    page = "\n\n".join(
        [
            "Rescue workers at the crossing on Tuesday. (Photo: Getty Images)",
            "GETTY",
            BODY[0],
            BODY[1],
            "Not every carriage left the rails. Two stayed upright on the bridge, where ... [+]",
            "GETTY",
            BODY[2],
        ]
    )
    article = read(page)
    assert role_of(article, "Not every carriage") == "caption"
    assert role_of(article, BODY[1][:30]) == "body"
    assert role_of(article, BODY[2][:30]) == "body"
    assert "GETTY" not in " ".join(seg.text for seg in article.segments if seg.role == "body")


MORE = [
    BODY[2],
    "The line between Ostley and the coast will stay closed until the bridge has been inspected, the operator said.",
    "Passengers have been told to expect replacement buses on the route for at least two weeks.",
]
"""The article going on under a picture set between its paragraphs."""


def test_a_line_initial_photo_credit_between_paragraphs_is_a_caption() -> None:
    """A picture between two paragraphs, printed as ``Photo by …`` on a line of its own: the credit is a caption; the
    article's paragraphs around it stay body."""
    page = "\n\n".join([BODY[0], BODY[1], "Photo by Marta Olsen", *MORE])
    article = read(page)
    assert role_of(article, "Photo by Marta") == "caption"
    assert role_of(article, BODY[1][:30]) == "body"
    assert role_of(article, MORE[0][:30]) == "body"


def test_a_credit_under_the_article_prose_takes_no_paragraph_for_its_caption() -> None:
    """A credit line with no caption of its own (``Courtesy of …`` after a blank line, or run on under a paragraph
    in a paste without blank lines) is a caption; the short paragraph over it is the article's, not the picture's."""
    short = "Nobody was hurt in the second derailment."
    apart = read("\n\n".join([BODY[0], short, "Courtesy of Ostley Rail Museum", BODY[1], *MORE]))
    assert role_of(apart, "Courtesy of Ostley") == "caption"
    assert role_of(apart, short) == "body"
    run_on = read("\n\n".join([f"{BODY[0]}\n{short}\nPhotographed by Marta Olsen.", BODY[1], *MORE]))
    assert role_of(run_on, "Photographed by") == "caption"
    assert role_of(run_on, short) == "body"


def test_a_short_line_printed_twice_is_no_credit_unless_a_caption_stands_over_it() -> None:
    page = "\n\n".join([BODY[0], "Two stayed upright on the bridge.", "UPDATE", BODY[1], "UPDATE", BODY[2]])
    article = read(page)
    assert role_of(article, "Two stayed upright") == "body"


def test_the_pitch_opening_a_sign_up_box_over_its_prompt_is_clutter() -> None:
    """A box drawn as one block: its pitch, an image's credit, then the prompt. The pitch is no part of the article;
    the article's own short closing line, in a block of its own above the box, stays."""
    page = "\n\n".join(
        [
            BODY[0],
            BODY[1],
            "Originally published on the Ostley Herald.",
            "Want more rail news? Get our sister magazine for the latest on trains and tracks.\n"
            "(Image credit: Herald Media)\nSIGN UP FOR E-MAIL NEWSLETTERS",
            "Terms and conditions",
        ]
    )
    article = read(page)
    assert role_of(article, "Want more rail news") == "boilerplate"
    assert role_of(article, "Originally published") == "body"


def test_a_paragraph_running_on_into_a_sign_up_prompt_in_one_block_stays_body() -> None:
    """A paste without blank lines is one block: the line over the prompt that does not open the block is the
    article's."""
    article = read(f"{BODY[2]}\n\n{BODY[0]}\n{BODY[1]}\nSign up for our newsletter\n")
    assert role_of(article, BODY[0][:30]) == "body"
    assert role_of(article, BODY[1][:30]) == "body"


@pytest.mark.parametrize(
    "furniture",
    [
        "Slideshow ( 12 images )",
        "1 of 6",
        "View Images",
        "OPEN Graphic",
        "[+] Enlarge",
        "Back to Gallery",
        "Advertisement:",
        "Do you rely on our reporting? Click here to support it.",
    ],
)
def test_gallery_controls_ad_slots_and_prompts_between_paragraphs_are_not_body(furniture: str) -> None:
    """A gallery's or an ad slot's line set between the article's paragraphs is clutter; the paragraphs around it
    stay body and the headline stays the headline."""
    article = read("\n\n".join([BODY[0], BODY[1], furniture, *MORE]))
    assert role_of(article, furniture[:20]) == "boilerplate"
    assert role_of(article, BODY[1][:30]) == "body"
    assert role_of(article, MORE[0][:30]) == "body"
    assert article.title == "Ostley train crash kills five"


def test_the_next_story_under_its_own_headline_and_credits_ends_the_article() -> None:
    """A page that runs on into the next story: its headline, byline and date stand over prose of another subject,
    and none of it is the article's body; a subheading of the article, with no credits under it, ends nothing."""
    following = [
        "Harbour Council Approves New Ferry Timetable for the Summer\nBy Jo Marsh\nMarch 3, 2025",
        "The harbour council approved a new ferry timetable on Monday, adding two evening crossings to the islands.",
        "The ferry company said the extra crossings would start in June and run until the end of September.",
    ]
    paragraphs = [BODY[0], "Questions over the bridge inspections", BODY[1], BODY[2], *following]
    article = read("By Ana Lind\n\n" + "\n\n".join(paragraphs))
    assert [role_of(article, line[:30]) for line in BODY] == ["body"] * 3
    assert role_of(article, "Questions over the bridge inspections") == "body"
    assert role_of(article, "Harbour Council Approves") == "boilerplate"
    assert role_of(article, "The harbour council approved") == "boilerplate"
    assert role_of(article, "The ferry company said") == "boilerplate"
    assert article.authors == ("Ana Lind",)


def test_a_note_about_the_author_closes_the_article() -> None:
    """``Ana Lind covers transport …`` under the article is a note about its author, and the lines under the note
    (her contacts, an appeal for tips) are the page's, not the article going on."""
    note = "Ana Lind covers transport and infrastructure for the Ostley Courier and has reported on rail since 2015."
    tips = "Readers who saw the crash or who travel on the line every day can send their accounts to the newsroom."
    paragraphs = [*BODY, "The operator said services would stay suspended until the bridge is checked.", note, tips]
    article = read("By Ana Lind\n\n" + "\n\n".join(paragraphs))
    assert [role_of(article, line[:30]) for line in BODY] == ["body"] * 3
    assert role_of(article, "Ana Lind covers transport") == "boilerplate"
    assert role_of(article, "Readers who saw the crash") == "boilerplate"


def test_a_live_pages_updates_under_their_own_titles_and_times_stay_the_article() -> None:
    """Each update of a live page stands under a title of its own and a time stamp, with no byline: the updates are
    the article, not other stories."""
    updates = [
        ("Rescue teams reach the bridge", "Rescue teams reached the damaged bridge shortly after ten, police said."),
        ("Operator suspends coast services", "The operator suspended all services to the coast until the inspection."),
        ("Minister to visit the crash site", "The minister will visit the site this afternoon, her office said."),
    ]
    for stamp in ("March 3, 2025 {}:32 AM", "March 3, 2025 at {}:32 am"):
        blocks = [f"{title}\n{stamp.format(10 + k)}\n\n{text}" for k, (title, text) in enumerate(updates)]
        article = read("By Ana Lind\n\n" + "\n\n".join([BODY[0], *blocks]))
        assert [role_of(article, text[:30]) for _, text in updates] == ["body"] * 3, stamp


LIVE_UPDATES = [
    ("Rescue teams reach the bridge", "Rescue teams reached the damaged bridge shortly after ten, police said.",
     "Divers are searching the river below the crossing for a missing carriage."),
    ("Operator suspends coast services", "The operator suspended all services to the coast until the inspection.",
     "Buses will replace trains between Ostley and the coast from tomorrow morning."),
    ("Minister to visit the crash site", "The minister will visit the site this afternoon, her office said.",
     "She is expected to meet families of the victims at the town hall."),
]  # fmt: skip


@pytest.mark.parametrize("headline", ["Ostley train crash: live updates", "Ostley train crash – as it happened"])
def test_a_live_pages_updates_stamped_with_bare_times_stay_the_article(headline: str) -> None:
    """On a page whose headline says it is live, updates each under a title and a bare time (``11:32 a.m.``) are
    the page going on, not a feed of other stories after a teaser."""
    blocks = [f"{title}\n{10 + k}:32 a.m.\n\n{one}\n\n{two}" for k, (title, one, two) in enumerate(LIVE_UPDATES)]
    article = parse_text(f"{headline}\n\nBy Ana Lind\n\n" + "\n\n".join([*BODY, *blocks]), path="paste.txt")
    texts = [text for _, one, two in LIVE_UPDATES for text in (one, two)]
    assert [role_of(article, text[:30]) for text in texts] == ["body"] * len(texts)
    assert article.title == headline
