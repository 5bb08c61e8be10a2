"""The article as a whole: on a pasted page, the main run of prose paragraphs is the article, and what stands
outside it (menus, teaser lists, notices, footers) is clutter. The pages here are written for the tests."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.models import Article
from core.reading.article_run import find_run, glued_teaser
from core.reading.clean import _keep_apart
from core.reading.clean_context import Para
from core.reading.cleaning_rules import match_rule
from core.reading.load import parse_text
from core.reading.metadata import is_date_line
from core.reading.paragraphs import find_paragraphs
from core.text.folding import collapse_space_and_quotes

MENU = "\n".join(["Home", "News", "Local", "Politics", "Business", "Sport", "Weather", "Opinion", "Obituaries", "Jobs"])

ARTICLE = "\n".join(
    [
        "Quarry expansion approved despite objections from villagers",
        "",
        "By Hannah Osei",
        "March 12, 2024 at 6:40 pm",
        "",
        (
            "Councillors in Brennock voted on Tuesday night to let the Carrow Hill quarry grow by a third, "
            "overruling more than 400 written objections from people living nearby."
        ),
        "",
        (
            "The planning committee split five votes to four after a meeting that ran for almost three hours, "
            "with residents filling the public gallery and spilling into the corridor outside the chamber."
        ),
        "",
        (
            "Opponents said the larger pit would bring heavier lorries through the village centre and more dust "
            "to the primary school, which sits less than a mile from the quarry's eastern edge."
        ),
        "",
        (
            "The operator, Carrow Aggregates, said it would pay for a new access road and plant a screen of "
            "trees along the boundary, and that the extension would keep 60 jobs at the site for another 15 "
            "years."
        ),
        "",
        (
            '"We have listened, and we have changed the plans twice," the company\'s manager, Peter Lusk, told '
            "the meeting."
        ),
        "",
        "Residents have six weeks to ask the county to review the decision.",
    ]
)
"""One article as a browser pastes it: a paragraph a line, blank lines between."""

TEASERS = """More from Local News

School bus route cut as budget tightens
By Dan Ruiz
The county will stop the number 14 school bus at the end of the spring term.

Library to open on Sundays from April
By Lena Park
Readers asked for weekend hours in a survey last year.

Flood barrier test closes river path
By Dan Ruiz
The path will reopen on Friday.

Bakery owner marks 40 years on High Street
By Lena Park
She opened the shop with her late husband in 1984."""

FOOTER = """About Us
Contact
Privacy Policy
Terms of Use
© 2024 The Brennock Chronicle. All rights reserved."""

COOKIES = (
    "We use cookies and similar technologies to improve your experience, measure our audience and show you "
    "advertising that is relevant to you. You can change your choices at any time in the privacy settings."
)


def page(*parts: str) -> Article:
    return parse_text("\n\n".join(parts), path="page.txt")


def body_text(article: Article) -> str:
    return " ".join(seg.text for seg in article.body)


def paras_of(text: str) -> list[Para]:
    out = []
    for span in find_paragraphs(text, keep_apart=_keep_apart):
        normalised = collapse_space_and_quotes(text[span.start : span.end])
        out.append(
            Para(span, text[span.start : span.end], normalised, match_rule(normalised), is_date_line(normalised))
        )
    return out


def test_the_article_is_found_among_menu_teasers_and_footer() -> None:
    """A whole page: the menu, the teaser list (each teaser a headline, a byline and a sentence) and the footer
    stay out of the body; every paragraph of the article is in it; the metadata is the article's."""
    article = page(MENU, ARTICLE, TEASERS, FOOTER)
    body = body_text(article)
    assert body.startswith("Councillors in Brennock voted on Tuesday night")
    assert body.endswith("Residents have six weeks to ask the county to review the decision.")
    for teaser in ("The county will stop the number 14", "Readers asked for weekend hours", "She opened the shop"):
        assert teaser not in body
    assert article.title == "Quarry expansion approved despite objections from villagers"
    assert article.authors == ("Hannah Osei",)
    assert article.date == "2024-03-12"
    assert article.outlet == "The Brennock Chronicle"


def test_a_cookie_notice_above_the_headline_is_not_the_article() -> None:
    """A prose notice above the page is a paragraph of its own, not the start of the article."""
    article = page(COOKIES, MENU, ARTICLE, FOOTER)
    assert "cookies" not in body_text(article)
    assert article.title == "Quarry expansion approved despite objections from villagers"
    assert body_text(article).startswith("Councillors in Brennock")


def test_a_ticker_printed_twice_is_not_the_article() -> None:
    """A long line of headlines run together, printed at the top and the foot of the page, is page furniture even
    though it is longer than any paragraph of the article."""
    ticker = " ".join(
        f"Headline number {k} about another story in the county today, with a summary sentence that goes on a while."
        for k in range(12)
    )
    article = page(ticker, MENU, ARTICLE, FOOTER, ticker)
    assert "Headline number" not in body_text(article)
    assert "Councillors in Brennock" in body_text(article)


def test_a_list_the_article_introduces_stays_in_the_article() -> None:
    """Lines under a sentence that ends with a colon are the article's list, not a menu."""
    listing = (
        "The committee attached these conditions to the approval:\n"
        "No blasting before 9am on weekdays\nLorries limited to 40 a day\nDust monitors at the school gate"
    )
    article = page(MENU, ARTICLE, listing, FOOTER)
    assert "Lorries limited to 40 a day" in body_text(article)
    assert "Privacy Policy" not in body_text(article)


def test_a_list_of_items_each_in_a_paragraph_of_its_own_stays_in_the_article() -> None:
    """Items of one shape (a date, then `` -- ``, then a place), each a paragraph of its own under a sentence ending
    with a colon, are the article's list; the footer under them is not."""
    listing = "\n\n".join(
        [
            "The quarry's public meetings this spring:",
            "April 9 -- Brennock village hall, Main Street",
            "April 23 -- Carrow Hill primary school, Mill Lane",
            "May 7 -- County offices, Market Square",
        ]
    )
    article = page(MENU, ARTICLE, listing, FOOTER)
    body = body_text(article)
    assert "April 9 -- Brennock village hall" in body
    assert "May 7 -- County offices" in body
    assert "Privacy Policy" not in body


def test_lines_of_other_shapes_under_a_colon_stay_out_of_the_article() -> None:
    """Under a closing colon, headlines of other stories (no common shape) are not taken for the article's list."""
    after = "\n\n".join(["Quarry expansion approved despite objections:", "Ferry fares to rise", "Oyster season opens"])
    article = page(MENU, ARTICLE, after, FOOTER)
    assert "Ferry fares to rise" not in body_text(article)


def test_teaser_cards_glued_to_their_summary_are_not_prose() -> None:
    """A teaser card whose title-cased headline runs into its summary is clutter, a sentence with a brand name in
    it is not."""
    assert glued_teaser("Library To Open On Sundays From AprilReaders asked for weekend hours in a survey.")
    assert not glued_teaser("According to the HuffPost survey, readers asked for weekend hours.")
    assert not glued_teaser('Brennock sits on the so-called "Quarry Belt" where three pits have opened since 1990.')


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([ARTICLE, TEASERS, FOOTER, MENU, COOKIES, "Short line", ""]), max_size=6))
def test_the_run_lies_inside_the_page_and_starts_and_ends_on_prose(parts: list[str]) -> None:
    """Whatever the page, a run found is a stretch of its paragraphs that starts with prose."""
    paras = paras_of("\n\n".join(parts))
    run = find_run(paras)
    if run is None:
        return
    assert 0 <= run.start < run.end <= len(paras)
    assert paras[run.start].words >= 3


def test_a_caption_printed_twice_is_not_the_article_but_an_article_pasted_twice_is() -> None:
    """A gallery prints its captions twice; an article never says a paragraph twice. A paste that holds the whole
    article twice keeps it."""
    caption = "Residents listen to the planning committee in the council chamber in Brennock on Tuesday night."
    paragraphs = ARTICLE.split("\n\n")
    with_gallery = "\n\n".join([*paragraphs[:4], caption, caption, *paragraphs[4:]])
    article = page(MENU, with_gallery, FOOTER)
    assert caption not in body_text(article)
    assert "Residents have six weeks" in body_text(article)
    twice = page(ARTICLE, ARTICLE)
    assert "Councillors in Brennock voted" in body_text(twice)


def _split_article(box: str, at: int = 4) -> str:
    """:data:`ARTICLE` with ``box`` set between two of its paragraphs (after the ``at``-th paragraph line)."""
    lines = ARTICLE.split("\n\n")
    return "\n\n".join([*lines[:at], box, *lines[at:]])


def test_a_tag_line_set_inside_the_article_does_not_end_it() -> None:
    """An article-ending line (a tag list) that a page sets between paragraphs, with the story going on under it:
    the paragraphs under it stay body."""
    article = page(MENU, _split_article("Tags: Brennock, planning"), FOOTER)
    body = body_text(article)
    assert body.startswith("Councillors in Brennock voted")
    assert "The operator, Carrow Aggregates, said" in body
    assert body.endswith("Residents have six weeks to ask the county to review the decision.")


def test_a_box_between_paragraphs_does_not_cut_the_story_under_it_off() -> None:
    """A box of short lines (another site's list of headlines) between two paragraphs costs more than the paragraphs
    under it weigh: they still go on with the story, so they stay in the article."""
    tail = (
        "The quarry operator's manager said the company would meet residents again before any work on the "
        "extension starts at Carrow Hill, and that the planning committee's conditions would be published in full."
    )
    more = "Objectors said they would write to the county before the six weeks were up."
    box = "\n".join(
        [
            "Trending now",
            "School bus route cut as budget tightens",
            "Library to open on Sundays from April",
            "Flood barrier test closes river path",
            "Bakery owner marks 40 years on High Street",
            "Harbour crane contract goes to Dutch firm",
            "Two hurt as van hits shop front in Easton",
        ]
    )
    article = page(ARTICLE, box, tail, more, FOOTER)
    body = body_text(article)
    assert body.startswith("Councillors in Brennock voted")
    assert "The quarry operator's manager said the company would meet residents again" in body
    assert body.endswith(more)
    assert "Library to open" not in body


def test_a_standfirst_above_the_credits_does_not_join_the_article_under_a_box() -> None:
    """Two paragraphs of standfirst over the byline and date line tell the article's story, and a box of other
    headlines and a photo stands between the credits and the article: the standfirst stays out of the body, the
    article's run starts under the box, and the byline and date are the article's."""
    headline, rest = ARTICLE.split("\n\nBy Hannah Osei\nMarch 12, 2024 at 6:40 pm\n\n")
    standfirst = (
        "Councillors in Brennock voted to let the Carrow Hill quarry grow by a third, overruling hundreds of "
        "objections from villagers who fear heavier lorries, more dust and a pit within a mile of the primary school."
    )
    summary = (
        "Opponents fear heavier lorries through the village centre and more dust at the primary school, and say the "
        "county should review the decision before any work on the quarry starts."
    )
    box = "\n".join(
        [
            "More on Local News",
            "School bus route cut as budget tightens",
            "Library to open on Sundays from April",
            "Flood barrier test closes river path",
            "Bakery owner marks 40 years on High Street",
            "The Carrow Hill quarry seen from the air in 2019.",
            "Photo: Alan Reyes",
        ]
    )
    credits = "By Hannah Osei\nMarch 12, 2024 at 6:40 pm"
    text = "\n\n".join([headline, standfirst, summary, credits, "Share\nTweet\nEmail", box, rest, FOOTER])
    paras = paras_of(text)
    run = find_run(paras)
    assert run is not None
    assert paras[run.start].text.startswith("The Carrow Hill quarry seen from the air")
    article = page(text)
    body = body_text(article)
    assert body.startswith("Councillors in Brennock voted on Tuesday night")
    assert "hundreds of objections" not in body
    assert "Opponents fear heavier lorries" not in body
    assert body.endswith("Residents have six weeks to ask the county to review the decision.")
    assert article.authors == ("Hannah Osei",)
    assert article.date == "2024-03-12"


def test_a_story_under_its_own_headline_after_the_tag_line_is_not_the_article_going_on() -> None:
    """A tag line under the article's last paragraph, then another story on the same subject under its own headline
    (and its credits): the article ended at the tag line, so the other story stays out of the body, whether or not
    its credits stand between its headline and its text."""
    related = [
        "Residents of Brennock packed the village hall on Monday to plan their objections to the Carrow Hill quarry "
        "extension, which they say would bring lorries and dust to the village centre.",
        "The quarry operator, Carrow Aggregates, said the extension would keep jobs at the site and that it had "
        "changed the plans after hearing from residents and the primary school.",
    ]
    for credits in ([], ["By Dan Ruiz\nMarch 9, 2024"]):
        other = ["Tags: Brennock, Carrow Hill, quarry, planning", "Villagers vow to fight Carrow Hill quarry plan"]
        article = page(ARTICLE, "\n\n".join([*other, *credits, *related]), FOOTER)
        body = body_text(article)
        assert body.startswith("Councillors in Brennock voted")
        assert body.endswith("Residents have six weeks to ask the county to review the decision.")
        assert "packed the village hall" not in body
        assert article.authors == ("Hannah Osei",)
        assert article.date == "2024-03-12"


LISTICLE_INTRO = [
    "A generally accepted myth holds that nobody walks the harbour paths of Pellavan in winter, when the wind turns.",
    "The truth is that hundreds of walkers set out every weekend, and the coast paths are busier than ever before.",
    "So I asked around, and here are the walks that people in the city love the most, with a word on each of them.",
]
LISTICLE_ITEMS = [
    (
        "1. The Old Quay Loop",
        "Starts at the fish market and follows the old quay around the harbour to the lifeboat station, where the "
        "volunteers will tell you about every storm of the last fifty years if you let them. Flat, short, and good "
        "for a cold morning with children who would rather be anywhere else.",
    ),
    (
        "2. Lighthouse Steps",
        "A steep climb of four hundred steps from the beach to the lighthouse, which the keepers' families used to "
        "carry their shopping up twice a week. The view over the bay is worth every step of it, and there is a "
        "bench at the top for those of us who need one.",
    ),
    ("3.Saltmarsh Way", "Birds everywhere. Bring boots, because the boardwalk floods at the highest tides."),
    ("4. The Ferry Path", "Follows the old ferry route. Ends at a café that bakes the best bread in town."),
    ("5. Cliff Top Ridge", "Long and windy. Only for a clear day, but you will talk about it for weeks."),
]


def test_a_numbered_list_the_article_starts_goes_on_to_its_last_item() -> None:
    """A listicle whose later items are a heading and a short blurb each reads like a teaser list to the run's weights;
    a numbered list that starts inside the article is the article's own, up to its last item."""
    lines = ["Harbour Walks", "Home", "About", "Walks", "Our five favourite winter walks", "January 22, 2024"]
    lines += LISTICLE_INTRO
    for heading, blurb in LISTICLE_ITEMS:
        lines += [heading, blurb, "Twitter: @harbourwalks"]
    lines += ["Category: Walks", "Previous Next", "© Harbour Walks. All Rights Reserved."]
    article = parse_text("\n\n".join(lines) + "\n", path="page.txt")
    body = " ".join(s.text for s in article.segments if s.role == "body")
    for _heading, blurb in LISTICLE_ITEMS:
        assert blurb.split(".")[0] in body
    assert "Category" not in body
    assert "Previous" not in body


TUTORIAL = "\n\n".join(
    [
        "Reading a settings file in Python without surprises",
        "By Mira Castell",
        "March 3, 2024",
        (
            "Most programs keep their settings in a small text file, and most of them read it in a way that breaks "
            "the first time a user leaves a line blank or writes a comment where the program expects a value."
        ),
        "The standard library already holds a parser for this format, and it takes only a few lines to use it:",
        "\n".join(
            [
                "import configparser",
                "config = configparser.ConfigParser()",
                'config.read("settings.ini")',
                "for section in config.sections():",
                "    for key, value in config[section].items():",
                '        print(f"{section}.{key} = {value}")',
                "if not config.has_section('server'):",
                "    raise SystemExit('no [server] section');",
                "port = config.getint('server', 'port', fallback=8080)",
                "host = config.get('server', 'host', fallback='localhost')",
                "debug = config.getboolean('server', 'debug', fallback=False)",
                "timeout = config.getfloat('server', 'timeout', fallback=2.5)",
                "}",
                "// the end of the example",
            ]
        ),
        (
            "The parser reads the settings file section by section, and every value in the settings comes back as "
            "a string unless you ask for a number or a flag with the typed getters shown at the end of the example."
        ),
        (
            "Because each getter takes a fallback, a settings file that leaves a value out still gives the program "
            "something to work with, and a user who deletes a line does not crash it."
        ),
        (
            "The same parser can write the settings back, so a program can keep what the user changed in the "
            "settings file without rewriting the comments by hand."
        ),
    ]
)
"""A tutorial whose code block (fourteen lines of program text) stands between its paragraphs."""


def test_a_code_block_inside_a_tutorial_neither_ends_the_article_nor_joins_its_body() -> None:
    """The paragraphs on both sides of a code block are one article (a code block stands in it as a caption does);
    the program text itself is no prose of the article."""
    article = page(MENU, TUTORIAL, FOOTER)
    body = body_text(article)
    assert body.startswith("Most programs keep their settings")
    assert "The parser reads the settings file section by section" in body
    assert body.endswith("without rewriting the comments by hand.")
    assert "config.read" not in body
    assert "fallback=" not in body
    assert "sections():" not in body


CODE_CHUNKS = [
    "\n".join(
        [
            "function Kettle(size) {",
            "  this.size = size || 1;",
            "}",
            "Kettle.prototype = {",
            "  boil: function(water) {",
            "    if (!water) throw new Error('no water');",
            "    return water * this.size;",
            "  }",
            "};",
        ]
    ),
    "\n".join(
        [
            'describe("Kettle", function() {',
            '  it("boils a full kettle", function() {',
            "    var kettle = new Kettle(2);",
            "    expect(kettle.boil(3)).to.equal(6);",
            "  });",
        ]
    ),
    "\n".join(
        [
            '  it("fails without water", function() {',
            "    var kettle = new Kettle();",
            "    expect(kettle.boil).to.throw();",
            "  });",
            "});",
        ]
    ),
]


def test_prose_under_long_code_blocks_that_blank_lines_part_is_still_the_article() -> None:
    """A blog post's code blocks, pasted with blank lines between their parts and longer than any gap the article
    bridges, do not end the article: the prose under them is its body too."""
    lines = ["Kettle Notes", "Home", "Code", "Photos", "Talks", "Testing a kettle in the browser"]
    lines += [
        "So you finally test the code that runs in your readers' browsers, and you wonder how much of it the tests "
        "really reach when they run.",
        "That is what a coverage report tells you, line by line, and setting one up takes less time than you think.",
        "Here is the small object we will test, written the old way:",
        *CODE_CHUNKS,
        "And here is its test suite, written for the runner we used last time:",
        *CODE_CHUNKS,
        "Running the tests now prints a report under them, and the line that throws without water stands out in red "
        "because no test has reached it yet.",
        "A coverage figure will not prove that your logic is right, but it shows you where nobody has looked.",
        "Happy testing, and tell me what your own reports showed you when you first ran them.",
        "Home",
        "Contact",
        "© 2013 Kettle Notes",
    ]
    article = parse_text("\n\n".join(lines) + "\n", path="page.txt")
    body = " ".join(s.text for s in article.segments if s.role == "body")
    assert body.startswith("So you finally test the code")
    assert "Running the tests now prints a report" in body
    assert body.endswith("what your own reports showed you when you first ran them.")
    assert "expect(" not in body
    assert "Contact" not in body


def test_code_lines_are_program_text_and_prose_is_not() -> None:
    from core.reading.article_run import code_line

    for line in (
        '<flag name="top" value="1" />',
        "}",
        "x = a | b;",
        "// Method call",
        "a.recycle();",
        'android:layout_width="match_parent"',
    ):
        assert code_line(line), line
    for line in (
        "Slideshow ( 15 images )",
        "Home | News | Sport",
        "He said the vote (5-4) was final.",
        "Terms & Conditions",
        "U.S.",
        "Politics",
        "<script>alert(1)</script> Schools will stay closed until Friday.\x07",
        "ban the sale of new petrol cars by 2030;",
        "And miles to go before I sleep;",
    ):
        assert not code_line(line), line


def test_a_headline_with_a_breaking_label_over_its_byline_is_the_headline() -> None:
    """A headline that starts with an alert label (``Breaking:``) is still the headline when the article's opening
    repeats it."""
    lines = ARTICLE.split("\n")
    lines[0] = "Breaking: Brennock councillors let Carrow Hill quarry grow despite objections"
    lines[2] = "Hannah Osei - 4 hours ago"
    article = page(MENU, "\n".join(lines), FOOTER)
    assert article.title == "Breaking: Brennock councillors let Carrow Hill quarry grow despite objections"


def test_a_list_of_other_stories_each_over_its_byline_gives_no_headline() -> None:
    """Teasers above the article, each a headline over ``by`` and its writer's name, are other stories: the short
    headline right over the article's standfirst and byline is the article's, though it shares only a word with the
    opening. The issue date over the headline dates it."""
    teasers = "\n\n".join(
        f"{headline}\n\nby {name}"
        for headline, name in (
            ("Councillors Let Carrow Hill Quarry Grow Despite Objections", "Dan Ruiz"),
            ("The Council That Could Not Stop Arguing", "Lena Park"),
            ("A Short History of Brennock's Objections", "Tom Hale"),
            ("What Happens When the Lorries Come Through", "Ana Sousa"),
        )
    )
    header = "\n".join(
        [
            "Local Life",
            "March 12, 2024 Issue",
            "Lessons from My Village",
            "What a quarry vote taught one village about its neighbours, and about itself.",
            "By Hannah Osei",
        ]
    )
    body = "\n\n".join(ARTICLE.split("\n\n")[2:])  # the quarry article, without its headline and credits
    article = page(teasers, MENU, header, body, FOOTER)
    assert article.title == "Lessons from My Village"
    assert article.authors == ("Hannah Osei",)
    assert article.date == "2024-03-12"
