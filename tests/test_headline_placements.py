"""Where news sites print the headline: under a label, a breadcrumb or a sign-in bar, twice, after the credits, over
a caption or a standfirst, between other stories' headlines; asked, exclaimed, in capitals, three words or 27.

Every page here is invented."""

from __future__ import annotations

import pytest

from core.models import Article
from core.reading.load import parse_text

HEADLINE = "Harbour city votes to ban cruise ships from its old port"
BODY = [
    "Councillors in the harbour city of Pellavan voted on Tuesday to ban large cruise ships from the old port, ending "
    "two decades of arguments over crowds, fumes and damage to the medieval quay.",
    "The ban, passed by 31 votes to 12, applies to any ship carrying more than 1,000 passengers and takes effect at "
    "the start of next season, the council said in a statement.",
    "Residents' groups had campaigned for years against the ships, which they say bring thousands of day visitors "
    "who spend little in the city while clogging its narrow streets.",
    "Tour operators warned that the decision would cost hundreds of jobs and said they would ask the regional court "
    "to overturn it before the summer.",
    "The mayor, Iris Damoulen, said the city would build a new terminal outside the bay so that smaller ships could "
    "still call at Pellavan without entering the old port.",
]
SITE = "The Pellavan Star"
BYLINE = "By Tomas Rennick"
DATE = "Published 4 March 2025"
STANDFIRST = (
    "Councillors in Pellavan end two decades of arguments over crowds, fumes and damage to the medieval quay with a "
    "ban on large ships"
)
UNSTOPPED = "Tour operators warn of lost jobs as residents' groups win their campaign against crowds and fumes"
QUESTION = "Will Pellavan's ban on cruise ships save its old port?"
LONG = (
    "Harbour city of Pellavan votes by 31 to 12 to ban cruise ships carrying more than 1,000 passengers from its "
    "medieval old port after years of protests"
)
EXCLAIMED = (
    "No more cruise ships in the old port, says Pellavan as council votes for a ban on the biggest ships after years "
    "of protests by residents!"
)


REPEATED = "The ban, passed by 31 votes to 12, applies to any ship carrying more than 1,000 passengers"
"""A standfirst drawn from the article's second paragraph, word for word."""


def read(*paragraphs: str) -> Article:
    """A page pasted as blank-line separated paragraphs."""
    return parse_text("\n\n".join(paragraphs) + "\n", path="paste.txt")


def over_body(header: list[str]) -> Article:
    """A page of header lines set one per line, over the article's paragraphs."""
    return parse_text("\n".join([*header, "\n\n".join(BODY)]), path="page.txt")


def body_of(article: Article) -> list[str]:
    return [s.text for s in article.segments if s.role == "body"]


PLACEMENTS: dict[str, tuple[list[str], str]] = {
    "kicker": ([SITE, "Home  News  Sport  Business  Opinion", "EXCLUSIVE", HEADLINE, BYLINE, DATE], HEADLINE),
    "label": (["Analysis", HEADLINE, BYLINE, DATE], HEADLINE),
    "section in capitals": ([SITE, "WORLD NEWS", HEADLINE, BYLINE, DATE], HEADLINE),
    "breadcrumb": ([SITE, "Home > World > Europe", HEADLINE, BYLINE, DATE], HEADLINE),
    "breadcrumb of arrows": (
        ["Advertisement", "YOU ARE HERE: Star Home→Collections→Cruise Ships", LONG, BYLINE, DATE],
        LONG,
    ),
    "breadcrumb ending in the headline": ([SITE, f"Home > News > {HEADLINE}", HEADLINE, BYLINE, DATE], HEADLINE),
    "share text repeating it": ([SITE, HEADLINE, f"Share this article: {HEADLINE}", BYLINE, DATE], HEADLINE),
    "printed again over the article": ([SITE, HEADLINE, BYLINE, DATE, HEADLINE], HEADLINE),
    "in capitals": ([SITE, "Menu", HEADLINE.upper(), BYLINE, DATE], HEADLINE.upper()),
    "asked": ([SITE, "Menu", QUESTION, BYLINE, DATE], QUESTION),
    "asked, first line": ([QUESTION, BYLINE, DATE], QUESTION),
    "asked, with no credits": ([SITE, "Menu", QUESTION], QUESTION),
    "asked, over a standfirst": ([SITE, QUESTION, STANDFIRST, BYLINE, DATE], QUESTION),
    "exclaimed and long": ([SITE, "Menu", EXCLAIMED, BYLINE, DATE], EXCLAIMED),
    "with a colon": ([SITE, "Cruise ships: Pellavan votes to ban them from the old port", BYLINE], None),
    "with a quotation": ([SITE, "'Enough is enough': Pellavan bans cruise ships from old port", BYLINE], None),
    "caption and credit under it": (
        [SITE, HEADLINE, "A cruise ship at the quay in Pellavan last summer.", "Photograph: Lena Voss/Reuters", BYLINE],
        HEADLINE,
    ),
    "standfirst under it": ([SITE, HEADLINE, STANDFIRST, BYLINE, DATE], HEADLINE),
    "under an advertisement": ([SITE, "Advertisement", "Skip advertisement", HEADLINE, BYLINE, DATE], HEADLINE),
    "under a sign-in bar": (["Sign in", "Subscribe for $1 a week", SITE, HEADLINE, BYLINE, DATE], HEADLINE),
    "after the credits": ([SITE, BYLINE, DATE, HEADLINE], HEADLINE),
    "27 words, after the credits": ([SITE, BYLINE, DATE, LONG], LONG),
    "27 words": ([SITE, "Menu", LONG, BYLINE, DATE], LONG),
    "three words": ([SITE, "Menu", "Cruise ships banned", BYLINE, DATE], "Cruise ships banned"),
    "the page title above it": ([f"{HEADLINE} - {SITE}", "Skip to content", HEADLINE, BYLINE, DATE], HEADLINE),
    "the page title with a bar above it": ([f"{HEADLINE} | {SITE}", SITE, "Menu", HEADLINE, BYLINE], HEADLINE),
    "the previous article's headline above it": (
        [SITE, "Previous article", "Fishermen protest new quotas at Pellavan harbour", HEADLINE, BYLINE, DATE],
        HEADLINE,
    ),
    "asked, over a standfirst the opening repeats more": (
        [SITE, "Analysis", "Is the old port ready for life without cruise ships?", UNSTOPPED, BYLINE, DATE],
        "Is the old port ready for life without cruise ships?",
    ),
    "the next article's teaser under it": (
        [SITE, HEADLINE, "Next", "Pellavan port ships to pay new tourist tax from May", BYLINE, DATE],
        HEADLINE,
    ),
    "under a list of related stories run on to it": (
        [SITE, "Related stories", "Pellavan old port protests grow", "Cruise ships and the old port", HEADLINE, BYLINE],
        HEADLINE,
    ),
    "under a list of related stories, over its standfirst": (
        [
            SITE,
            "Related stories",
            "Cruise Ships and the Old Port",
            "Pellavan Votes to Ban Cruise Ships",
            UNSTOPPED,
            BYLINE,
        ],
        "Pellavan Votes to Ban Cruise Ships",
    ),
    "topic tags above it": ([SITE, "Cruise ships  Tourism  Pellavan", HEADLINE, BYLINE, DATE], HEADLINE),
    "over a standfirst the article repeats word for word": (
        [SITE, "Despite everything, Pellavan says goodbye to the giants", REPEATED, BYLINE, DATE],
        "Despite everything, Pellavan says goodbye to the giants",
    ),
}


@pytest.mark.parametrize("name", list(PLACEMENTS))
def test_the_headline_is_found_where_sites_print_it(name: str) -> None:
    top, expected = PLACEMENTS[name]
    article = read(*top, *BODY)
    headline = expected if expected is not None else next(line for line in top[1:] if "Pellavan" in line)
    assert article.title == headline
    assert BODY[0] in body_of(article)
    assert headline not in body_of(article)
    if BYLINE in top:
        assert article.authors == ("Tomas Rennick",)


def test_a_question_headline_keeps_the_credits_and_the_date() -> None:
    article = read(SITE, QUESTION, BYLINE, DATE, *BODY)
    assert article.title == QUESTION
    assert article.date == "2025-03-04"
    assert body_of(article) == BODY


def test_a_paragraph_of_the_article_is_never_its_headline() -> None:
    article = read(f"{HEADLINE} | {SITE}", BYLINE, DATE, *BODY)
    assert article.title != BODY[0]
    assert body_of(article)[0] == BODY[0]


def test_a_question_opening_the_article_stays_in_its_body() -> None:
    opening = "What happens to a port city when the cruise ships stop coming?"
    article = read(SITE, HEADLINE, BYLINE, DATE, opening, *BODY)
    assert article.title == HEADLINE
    assert body_of(article)[0] == opening


def test_a_question_opening_the_article_under_its_credits_stays_in_its_body() -> None:
    opening = "Is the old port of Pellavan ready for life without the cruise ships?"
    article = read(SITE, HEADLINE, BYLINE, DATE, opening, *BODY)
    assert article.title == HEADLINE
    assert body_of(article)[:2] == [opening, BODY[0]]


def test_a_headline_sharing_no_word_with_the_opening_is_the_line_over_the_credits() -> None:
    """A punning headline the opening never repeats (``The Few. The Proud. The New Marines?``), over its date line, a
    text-size control and its byline, under a list of other stories: the line over the credits is the headline,
    not the page's banner at the top."""
    pun = "Goodbye to the Giants of the Sea?"
    others = [
        "Museum reopens its whaling gallery after a decade of repairs",
        "Fishermen rescue a stranded seal pup near the northern breakwater",
        "Ferry timetable changes for the spring season announced",
    ]
    header = [
        "Our news pages have moved to a new address!",
        "Home",
        "News",
        *others,
        "Nation",
        pun,
        "4 March 2025 – 4:39 PM",
        "Text Size",
        "Email This",
        "Tomas Rennick Senior Harbour Correspondent",
        "",
    ]
    assert over_body(header).title == pun


def test_a_headline_printed_twice_over_a_standfirst_and_the_credits_is_the_headline() -> None:
    """The header prints the headline twice (its share text and the title), then a standfirst and the credits; the
    opening repeats none of its words: the line printed twice is the headline, not the standfirst under it."""
    headline = "Farewell to the floating towers"
    standfirst = "Nobody expected this turn of events at the town hall"
    header = [
        "My Teams",
        "Account Settings Log Out",
        "Up next:",
        headline,
        headline,
        standfirst,
        "by Tomas Rennick",
        "@tomasrennick",
        "22h ago • 4 min read",
        "",
    ]
    assert over_body(header).title == headline


def test_a_long_headline_over_its_short_subtitle_and_the_credits_is_the_headline() -> None:
    """A newsletter's layout: a long title, a short subtitle, the author's bare name, the date; the essay's opening
    repeats neither. The title is the headline, not the subtitle set right over the credits."""
    title = "The one fix everyone wants, but that nobody is brave enough to try"
    subtitle = "OR: a long-overdue forest fire"
    header = ["Subscribe", "Already have an account? Sign in", title, subtitle, "Tomas Rennick", "Mar 04, 2025"]
    article = read(*header, *BODY)
    assert article.title == title
    assert article.authors == ("Tomas Rennick",)
    assert body_of(article) == BODY


def test_a_date_and_byline_in_one_line_is_the_credits_not_the_headline() -> None:
    """``September 10, 2011 at 1:06 PM ET by Name`` under a short headline that shares no word with the opening,
    with share buttons and a label between it and the text: the credits, never the headline."""
    headline = "Farewell to the Floating Towers"
    article = over_body(
        ["Home", "Blog", headline, "March 4, 2025 at 1:06 PM ET by Tomas Rennick", "Twitter Facebook Email", "Summary:"]
    )
    assert article.title == headline
    assert article.authors == ("Tomas Rennick",)


def test_an_opening_sentence_that_introduces_a_list_counts_toward_the_headline() -> None:
    """The article opens with a lead-in (``From the analysts on the vote:``) and a numbered list, then a promotion; the
    headline shares its words with the lead-in, a menu line with the promotion: the lead-in is part of the opening."""
    points = [
        "1. Councillors approved the measure by a wide margin after a long debate about crowds and fumes.",
        "2. Operators of the largest ships will have to find another harbour for the coming season.",
        "3. Residents' groups welcomed the result and promised to watch how the measure is enforced.",
        "4. A court challenge is expected, according to lawyers for several tour companies.",
    ]
    page = "\n".join(
        [
            "Docklands Desk Home",
            "Economy",
            "Markets",
            "ANALYSTS: Three Points On The Pellavan Cruise Ban",
            "Tomas Rennick | Mar. 4, 2025, 3:03 PM",
            "",
            "From the Pellavan analysts on the cruise ban:",
            "",
            "\n\n".join(points),
            "",
            "Please follow Docklands Desk on Twitter and Facebook for more news from the desk every day.",
        ]
    )
    assert parse_text(page, path="page.txt").title == "ANALYSTS: Three Points On The Pellavan Cruise Ban"


def test_a_title_cased_headline_opening_with_a_name_is_no_byline() -> None:
    """``Iris Damoulen Is Elected in Pellavan and Lower Docks`` reads like two names, and a video's
    caption under the credits repeats the opening nearly word for word: a person's name holds no ``Is``, ``To`` or
    ``After``, so the title-cased line is the headline, not a byline, and the caption is not."""
    headline = "Iris Damoulen Is Elected in Pellavan and Lower Docks"
    opening = (
        "Iris Damoulen, the mayor of Pellavan, will take charge of the port from Monday, the council said on Tuesday, "
        "as the ban on large cruise ships comes into force."
    )
    caption = "Iris Damoulen, the mayor of Pellavan, will take charge of the port from Monday, the council said."
    header = [
        SITE,
        headline,
        BYLINE,
        DATE,
        "Video",
        caption,
        "By Lena Ortiz on Publish Date March 4, 2025. Photo by Lena Ortiz for The Pellavan Star.",
        "",
    ]
    article = parse_text("\n".join([*header, "\n\n".join([opening, *BODY[1:]])]), path="page.txt")
    assert article.title == headline
    assert article.authors == ("Tomas Rennick",)


def test_a_video_caption_credited_under_the_byline_is_no_headline_and_no_body() -> None:
    """Headline, byline, a button line, a video's title and its caption (a summary of the story, repeating the
    opening's words) with the video's own credit line, then the article: the caption is not the headline, the
    button line is no standfirst (it shares no word with the story), the video's title is no byline, and the caption
    is not the article."""
    headline = "Harbour City Votes to Ban Cruise Ships From Old Port"
    caption = (
        "Councillors in Pellavan voted on Tuesday to ban large cruise ships from the old port. The ban ends two "
        "decades of arguments over crowds and fumes."
    )
    header = [
        SITE,
        "World|Harbour City Votes to Ban Cruise Ships From Old Port",
        "Advertisement",
        headline,
        "By TOMAS RENNICK and IRIS DAMOULEN MARCH 4, 2025",
        "Continue reading the main story Share This Page",
        "Video",
        "Pellavan Port Vote Ends",
        "",
        caption,
        "",
        "By LENA ORTIZ on Publish Date March 4, 2025. Photo by Lena Ortiz for The Pellavan Star. Watch in Star Video",
        "embed",
        "",
    ]
    article = over_body(header)
    assert article.title == headline
    assert article.standfirst is None
    assert article.authors == ("Tomas Rennick", "Iris Damoulen")
    body = body_of(article)
    assert body[0].startswith("Councillors in the harbour city of Pellavan voted on Tuesday")
    assert not any(text.startswith("Councillors in Pellavan") for text in body)


@pytest.mark.parametrize(
    "short",
    [
        "Pellavan Bans Cruise Ships",  # shares most words with the opening: scores best on its own
        "Let's Get Behind The Pellavan Cruise Ban",  # shares fewer: moved up to as a shorter line over a standfirst
    ],
)
def test_a_short_form_over_the_full_headline_is_not_the_headline(short: str) -> None:
    """A bar's short title over the full headline, which stands right over the credits and is written in title case:
    the full one is the headline (a standfirst is a sentence, never title-cased over the byline)."""
    full = f"For Old Port Residents This Spring, {short} After Decades of Protest"
    page = over_body(["Now Reading", short, full, "Tomas Rennick", "March 4, 2025, 8:00 PM", ""])
    assert page.title == full
    assert page.authors == ("Tomas Rennick",)


def test_the_articles_first_sentence_above_a_box_is_not_its_headline() -> None:
    """A headline over its byline, the date and a comment count, then the article's first two paragraphs, a box of
    further reading, and the rest of the article: the first sentence, a long statement the run's opening repeats, is
    no headline; the line over the byline is."""
    headline = "Quay Keepers Get Their Way at Last"
    lede = (
        "COUNCILLORS in Pellavan have backed the ban on ships carrying more than 1,000 passengers in the old port, "
        "the council said."
    )
    page = "\n".join(
        [
            SITE,
            "Home",
            "Analysis",
            headline,
            "by Tomas Rennick",
            "More from this author",
            "26 Sep 2025",
            "Comments: 9",
            lede,
            "This so-called big ban would see large ships barred at once rather than over several seasons.",
            "Further reading",
            "Ferry operators protest quotas",
            "Harbour fees rise again",
            "Credibility and funding in focus at port debate",
            "\n\n".join(BODY[1:]),
        ]
    )
    article = parse_text(page, path="page.txt")
    assert article.title == headline
    assert article.authors == ("Tomas Rennick",)


def test_a_section_label_under_the_headline_is_not_part_of_it() -> None:
    """``opinion`` on its own line under the headline is the section's label, not the headline's last word."""
    article = over_body([SITE, BYLINE, HEADLINE.lower().capitalize(), "opinion", "Mar 4, 2025"])
    assert article.title == HEADLINE.lower().capitalize()


def test_a_headline_the_opening_does_not_echo_stands_over_a_standfirst_it_does() -> None:
    """The standfirst, a sentence with a full stop, shares the opening's words; the headline right above it shares
    none, and it is still the headline."""
    standfirst = "Councillors in Pellavan vote to ban cruise ships from the old port, ending two decades of arguments."
    header = [SITE, "SIGN IN", "SUBSCRIBE", "TOURISM", "Goodbye to the floating towers", standfirst]
    article = over_body(
        [*header, "By Pellavan Star Insights", "archive page", "March 4, 2025", "In partnership withPortCo"]
    )
    assert article.title == "Goodbye to the floating towers"


def test_a_headline_as_long_as_its_two_sentence_standfirst_heads_it() -> None:
    """A standfirst of two sentences (the second without a full stop) under a headline of as many words, a date above
    them and a byline under: the one-sentence line is the headline, the two sentences its standfirst."""
    headline = "Why the floating towers had to go: money, noise and the long fight for a quieter waterfront"
    standfirst = "Pellavan's mayor talks a good game about clean air. The ban just moves the ships to Corla"
    article = over_body([SITE, "Sign in", "Sunday, Mar 2, 2025 11:57 AM UTC", headline, standfirst, BYLINE, "Share"])
    assert article.title == headline


def test_a_headline_quoting_a_two_sentence_slogan_is_still_one_sentence() -> None:
    """The sentences of a slogan the headline quotes do not make it a standfirst under the line above it."""
    headline = "Pellavan says, 'Ships. We're Done,' and the cruise lines ask, Who will pay for the old port now?"
    article = over_body([SITE, "Sign in", "Submit a Story Idea", headline, BYLINE, DATE])
    assert article.title == headline


def test_a_long_headline_of_few_content_words_heads_its_byline() -> None:
    """``The Ban: What It Is and What It Does to Ships`` has two content words, both in the opening: a line of that
    many words is no topic label, and it beats a promotion far above that shares more of the opening's words."""
    headline = "The Ban: What It Is and What It Does to Ships"
    promo = "Talk to councillors and residents of the harbour city about the old port and its medieval quay."
    header = [SITE, promo, "Ask the Port", "Sign In", "My Account", "Font Size", "A", "A", headline, BYLINE]
    article = over_body([*header, "Harbour News", DATE])
    assert article.title == headline


def test_a_lede_cut_off_by_a_picture_is_not_the_headline_over_the_credits_above_it() -> None:
    """The article's first paragraph, alone between share buttons and a picture with its credit, is a long sentence
    over a name-like credit; the headline is the line over the standfirst over the date line further up."""
    headline = "Goodbye To The Floating Towers That Blocked The View Every Summer"
    lede = (
        "Councillors in Pellavan have banned large cruise ships from the old port, ending two decades of arguments "
        "over crowds and fumes on the quay."
    )
    header = [SITE, "TOP POST", headline, "A review of the matter has been put off until July, a spokeswoman said.", ""]
    header += ["posted on March 4, 2025, at 11:29 a.m.", "Tomas Rennick", "Tweet", "Bookmark it", "Tweet", lede]
    article = over_body([*header, "View this image ›", "Jane Ollery"])
    assert article.title == headline


def test_a_title_that_shares_no_word_with_the_article_is_no_headline() -> None:
    """A blog's page for a quotation it collected: the site's name on the first line, no headline. A line none of
    whose words the article uses is page clutter; the article is read with no headline rather than with the site's
    name as one."""
    page = "\n\n".join(
        [
            "Maren Holt’s Notebook",
            "Subscribe",
            "Sponsored by: Tidewater Tools — Build faster.",
            "3rd March 2026",
            "The harbour committee met for four hours on Tuesday and agreed to rebuild the sea wall before the winter "
            "storms arrive, a decision that residents of the lower town had demanded for years after repeated "
            "flooding of their homes and shops.",
            "— Report of the Lowmere harbour committee",
            "Posted 3rd March 2026 at 11:59 pm",
            "Recent articles",
            "Something about ferries - 4th March 2026",
            "A tool for tide tables - 25th February 2026",
            "This is a quotation collected here, posted on 3rd March 2026.",
            "Disclosures",
            "Colophon",
        ]
    )
    article = parse_text(page, path="notebook.txt")
    assert article.title is None
    assert all(s.role != "title" for s in article.segments)
    assert any(s.role == "body" and s.text.startswith("The harbour committee met") for s in article.segments)
