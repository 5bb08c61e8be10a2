"""Every cleaning rule, one by one: lines it must catch and look-alike lines of prose it must leave alone."""

from __future__ import annotations

import pytest

from core.reading.cleaning_rules import RULES, captioned_credit_line, match_rule, photo_credit_line
from core.reading.load import parse_text
from core.text.folding import collapse_space_and_quotes

EXAMPLES: dict[str, tuple[list[str], list[str]]] = {
    "live-timestamp": (
        ["10:35 AM \u00a0(Updated:\u00a0)", "4:57 AM", "18.05 BST", "Updated: 12:32 PM"],
        ["10:35 AM was when the sirens stopped, officials said."],
    ),
    "byline": (
        [
            "By Justin McCurry",
            "by Martin Fornusek and The Kyiv Independent news desk",
            "BY HANNA KOVAL",
            "byPriya Raman",
        ],
        [
            "By Monday, the troops had arrived.",
            "by the time they left it was dark.",
            'By Monday, officials said, "nothing had changed."',
        ],
    ),
    "byline-timestamped": (
        ["By Jane Doe Oct. 21, 2024 10:00 a.m."],
        ["By then it was 10 a.m. and nothing had moved."],
    ),
    "credits-footer": (
        [
            "Authors: Martin Fornusek, The Kyiv Independent news desk",
            "Reporting by Jan Novak; Editing by Ed Lee",
            "Okafor reported from Lagos and Chen from Beijing.",
            "Allied Press writer Dana Liu in Boston contributed to this report.",
        ],
        [
            "The authors of the report said it was incomplete.",
            "Writers Guild members voted to strike on Tuesday",
            "Authors often disagree with their editors",
        ],
    ),
    "reading-time": (["2 min read", "5 minute read", "⏱ 4 min"], ["It took 2 minutes to read the statement aloud."]),
    "photo-credit-bracketed": (
        ["Kim Hong-Kyun answers questions in Tokyo on April 25, 2017. (Toru Yamanaka/AFP via Getty Images)"],
        ["The law covers cars and vans (and/or trucks) from 2025."],
    ),
    "photo-credit-labelled": (
        [
            "Residents clear mud in Paiporta. Photograph: José Jordán/AFP",
            "Photo: Reuters",
            "A cake on the table (Image: Family handout)",
            "The harbour at dusk. Illustration by Ana Ruiz",
            "[Photo] The minister arrives at court on Monday",
        ],
        ["The photograph: a boy in a red coat, which went round the world."],
    ),
    "photo-credit-agency": (
        [
            "Getty Images",
            "A rescuer in Valencia. Shutterstock",
            "The former minister leaves court in Dravenport, March 14, 2025. WIRE/Jo Amsel Purchase Licensing Rights",
        ],
        ["Getty Images said profits rose."],
    ),
    "social-embed": (
        [
            "The minister says 'we will act.' #Politics pic.twitter.com/tBp5aXWhBj — Morning Desk (@MorningDesk)"
            " December 4, 2017",
            "We stand with the families. — Jane Roe (@janeroe) March 3, 2021",
            "A post shared by City Museum (@city.museum) on Jun 1, 2020 at 9:14am PDT",
        ],
        [
            "The post — shared by the minister on Tuesday — drew 3,000 replies.",
            "Reporters can be reached on Twitter at @newsdesk, the paper said on March 3, 2021.",
        ],
    ),
    "newsletter": (
        [
            "Sign up to This is Europe",
            "No spam, we promise.",
            "You can unsubscribe at any time and we'll never share your details without your permission.",
            "Free weekly newsletter",
            "after newsletter promotion",
            "Subscribe to our newsletter",
            "Get the day's top stories delivered to your inbox each morning.",
            "The Evening Digest – what you need to know tonight. Sign up",
            "Cancel anytime. >> Subscribe now",
            "Get the Morning Briefing in your inbox every weekday.",
            "Get the Evening Post briefing",
            "Our editors' pick of the day's news, every weekday at 6am.",
            "We will only use your email to send you this newsletter. See our privacy notice.",
            "We will not share your details with third parties. Privacy notice.",
            "We'll never sell your data.",
        ],
        [
            "The newsletter, first published in 1972, was banned by the government.",
            "The newsletter urged readers to email their MPs.",
            "Members can unsubscribe from the scheme at the end of each year, the council said.",
            "“We will never share your data with the police,” the app’s founder told MPs.",
            "Volunteers queued to sign up.",
            "Fraudsters sent fake invoices to people's inboxes.",
            "Get the money back, the letters in your inbox say, by paying a fee.",
            "Our news team works every day of the year, she said.",
            "The ferry runs every day at 6am.",
        ],
    ),
    "confirmation-email": (
        [
            "We’ve sent you a confirmation email.",
            "Thank you for subscribing!",
            "We use your sign-up to provide content in ways you've consented to.",
            "By signing up you agree to our Terms of Use and Privacy Policy.",
            "By clicking subscribe, you accept our terms.",
            "An error has occurred. Please try again later.",
            "You are already subscribed to this email.",
            "View all Ostley Courier newsletters.",
            "Manage Email Preferences",
        ],
        [
            "Thank you, he said, for everything you have done.",
            "By signing up for the scheme, farmers agreed to cut their herds.",
            "An error has occurred in the signalling system, the operator said.",
            "You are already subscribed to the idea that trains run late, she joked.",
        ],
    ),
    "comments-closed": (
        ["Comments are closed on this article.", "Comments are closed on this article for legal reasons."],
        ["Comments are welcome, the mayor said.", "The comments are closed to scrutiny, critics say."],
    ),
    "list-heading": (
        [
            "Related topics",
            "You may also like...",
            "You might also like…",
            "More on this story",
            "Most read",
            "MOST READ IN HEALTH",
            "Latest news",
            "More features",
            "Latest from the Post",
        ],
        ["Latest news from the front was grim."],
    ),
    "read-more": (
        [
            "Read more",
            "Related: ‘We lost everything’: Valencia counts the cost",
            "Read more: Estonia hits record",
            "READ: Council delays vote on rail link",
        ],
        ["Read more carefully, the report says something else.", "Read aloud in court, the letter said little."],
    ),
    "relative-time": (["2 hours ago", "Updated 5 minutes ago"], ["Two hours ago the town was quiet."]),
    "section-end": (
        ["Topics: Ukraine, Russia", "Explore more on these topics"],
        ["Topics such as migration dominated the debate."],
    ),
    "copyright": (
        ["© 2024 The Kyiv Independent. All rights reserved.", "Copyright Reuters 2024"],
        ["The copyright case went to court."],
    ),
    "share": (
        [
            "Share",
            "Facebook Twitter Email",
            "Share this article",
            "12 comments",
            "Share on LinkedIn",
            "Comments (4)",
            "Share on Facebook   Share on X   Copy link",
            "Tweet",
            "ShareTweet",
        ],
        ["Share prices fell 3% on Monday."],
    ),
    "cookies": (
        [
            "We use cookies to improve your experience. Accept all cookies",
            "Allow all cookies",
            "We and our partners use cookies and similar technologies to store information on your device.",
            "We value your privacy",
            "Use necessary cookies only",
        ],
        ["Bakers sold 3,000 cookies at the fair."],
    ),
    "advertisement": (
        [
            "Advertisement",
            "Skip to content",
            "Story continues below advertisement",
            "Save",
            "Key events",
            "Gift this article",
            "Bookmark it",
            "Listen to this article · 6 min",
            "Advertisement · Scroll to continue",
            "Print this page",
            "Have your say",
            "Sign up",
            "COMMENTS (87) | Print | Email this article",
            "Story continues",
            "View comments (152)",
            "KVRN 8 News Logo",
            "comments138",
            "2 Comments / 2 New",
            "Terms and Privacy Policy",
            "Listen to this article  4 min",
            "Most recent",
            "Advertisement:",
            "ADVERTISEMENT - CONTINUE READING BELOW",
            "Ad Feedback",
            "Slideshow ( 15 images )",
            "Gallery (8)",
            "1 of 6",
            "Image 3 of 12",
            "24 photos",
            "View all 24 photos",
            "View Images",
            "OPEN Graphic",
            "Expand image",
            "[+] Enlarge",
            "Back to Gallery",
            "View this image ›",
            "View Gallery »",
        ],
        [
            "Advertisement spending rose.",
            "Key events of the year included two elections.",
            "The band played 3 of 10 songs.",
            "Back to school sales rose 4%.",
            "View images of the flood taken by drones.",
            "Open graphics drivers ship with the system.",
            "The story continued below the surface for years.",
            "View images of the flood ›",
        ],
    ),
    "support-prompt": (
        [
            "Support independent journalism",
            "Become a member today",
            "Save articles to read them later.",
            "Fund quality journalism for £1 a week",
            "Support the Herald",
        ],
        ["Support for the measure fell to 40%."],
    ),
    "follow-us": (
        [
            "Follow us on Telegram",
            "Follow AP's coverage of the war at https://apnews.com/hub/ukraine",
            "Click here to subscribe.",
            "Do you rely on our reporting? Click here to support it.",
        ],
        [
            "Follow-up talks are planned for Monday.",
            "Click here to read the full ruling, the court said.",
            "The ruling runs to 40 pages. Click here to read it.",
        ],
    ),
    "source-credit": (
        ["Source: Al Jazeera and news agencies", "Source: Eurostat"],
        ["Sources said the talks had collapsed.", "Source: a senior official told us the plan had changed."],
    ),
    "media-label": (
        ["Image source, Coastal Police", "Image caption, Firefighters at the scene on Sunday", "Media caption, Watch"],
        ["Image sources at the agency declined to comment."],
    ),
    "photo-credit-slash": (
        [
            "Trucks wait at the border crossing in Narva, Estonia, May 2, 2023. REUTERS/Ints Kalnins",
            "A worker at the plant on Monday. Agency/Jan Novak/File Photo Purchase Licensing Rights",
            "Cranes at the port, Oct. 18, 2024. WIRE/Rui Campos/File Photo Purchase Licensing Rights, opens new tab",
            "The senator on the steps of the Capitol in May.CreditAna Ruiz/Allied Press",
        ],
        [
            "The law covers cars and vans and/or trucks from 2025.",
            "He said it was 50/50.",
            "Shares fell.Credit Suisse/UBS merger talks stalled on Monday",
        ],
    ),
    "photo-credit-copyright": (
        ["The harbour at dawn © Harbour Images Ltd"],
        ["© 2024 The Courier"],
    ),
    "video-teaser": (
        ["Watch: Flood water sweeps through the village", "Video: The moment the bridge gave way"],
        ["Watch: this space, she said."],
    ),
    "video-blurb": (
        [
            "Video: In this talk, a harbour engineer explains how the old girders were cut out and replaced.",
            "Watch: The mayor says why the vote on the rail link was put off.",
        ],
        ["Watch: this space, she said.", "Video: she said it was all on film."],
    ),
    "sponsor": (
        [
            "Sponsored by: Tidewell Tools — Harbour-grade wrenches. Built to last. Try them free.",
            "Sponsored: Sip, savour and celebrate the season",
        ],
        ["Sponsored by the harbour trust, the festival drew 3,000 visitors on Saturday."],
    ),
    "content-note": (
        [
            "This content was produced by Harbour Studio, the custom content arm of The Courier. It was not written by"
            " The Courier's editorial staff.",
            "This article was paid for by the Tidewell Ferry Company.",
        ],
        [
            "This article was originally published on The Conversation.",
            "This story was produced in a hurry, the editor admitted.",
        ],
    ),
    "no-words": (["💬 37", "12", "— 3 —", "438.3K", "2.4k"], ["Day 3", "K2", "4 Kids"]),
    "scripts-off": (
        ["Please enable JavaScript to view this content", "JavaScript is disabled in your browser"],
        ["The site was built in JavaScript by two students."],
    ),
    "contact-prompt": (
        [
            "Got a story? Email us at desk@example.org",
            "X: @janedoe",
            "Email: jane.doe@example.org",
            "Have a news tip? Contact our newsroom.",
        ],
        [
            "The ministry said in an email that it would respond by Friday.",
            "Have a news tip for the council? Officials said residents should call the hotline.",
        ],
    ),
    "correction-note": (
        ["Correction: An earlier version of this article gave the wrong date of the vote."],
        ["An earlier version of the bill was rejected in May."],
    ),
    "print-edition": (
        [
            "This article appears in the May 2024 issue of the Review.",
            "About the author: Jane Doe writes on law.",
            "A version of this article appears in print on Oct. 26, 2024, Section F, Page 4.",
            "About Meridian Vale Health",
            "Media Contact:",
            "This article was originally published in Portuguese. English version by the newsroom.",
        ],
        ["This article of the constitution appears to bar the move."],
    ),
    "photo-credit-bare": (["Nolo Phiri/HWN", "REUTERS/Ints Kalnins"], ["He said it was 50/50."]),
    "photo-credit-short": (
        ["Crews battled the blaze through the night.(KVRN)", "Photo - https://media.example.com/a/b.jpg"],
        ["The agency named it the National Intelligence Service (NIS)."],
    ),
    "paywall": (
        [
            "Explore our full range of subscriptions",
            "€1 for 4 weeks",
            "Then €69 per month. Cancel anytime.",
            "Continue reading your article with a Ledger subscription",
        ],
        ["Subscriptions to the service fell by a third last year."],
    ),
    "page-notes": (
        [
            "Update, November 20th, 12:10PM ET: Added comment from the company.",
            "If you buy something from a link, we may earn a commission.",
            "Stay with KVRN 8 for updates on this developing story.",
            "Harbour Science is part of Quayside Inc, an international media group and leading digital publisher.",
            "Visit our corporate site.",
        ],
        [
            "Updated figures released on Monday showed 12 deaths.",
            "Stay with relatives if you can, the mayor said.",
            "The museum is part of a group of cultural institutions in the old town.",
            "The Herald is owned by Quayside Media, the council's report said.",
        ],
    ),
    "separator": (["___", "* * *".replace(" ", ""), "-----"], ["—"]),
    "glued-card": (
        ["The Kyiv IndependentKateryna Denisova", "Balkan WireMilan Petrović"],
        ["Sony PlayStation sales rose sharply.", "HarbourFeed News Reporter", "WaveLength Senior Editor"],
    ),
}


def test_every_rule_has_examples() -> None:
    """No rule goes untested: each one in RULES has examples here."""
    assert {rule.name for rule in RULES} == set(EXAMPLES)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_rule_catches_its_lines_and_spares_prose(name: str) -> None:
    """The rule (not an earlier one) matches each positive example; no rule of its role matches the prose."""
    positives, negatives = EXAMPLES[name]
    for line in positives:
        rule = match_rule(collapse_space_and_quotes(line))
        assert rule is not None, line
        assert rule.name == name, (line, rule.name)
    for line in negatives:
        rule = match_rule(collapse_space_and_quotes(line))
        assert rule is None or rule.name != name, (line, rule and rule.name)


def test_long_prose_never_matches() -> None:
    """A long body paragraph that mentions newsletters, cookies and sharing is prose, not clutter."""
    paragraph = (
        "The ministry said in its newsletter that it would not accept the offer, and that cookies sold at "
        "the fair had raised money for families who had to share homes after the floods destroyed 1,500 "
        "buildings in the region last spring, according to figures published on Monday by the regional "
        "government."
    )
    assert match_rule(collapse_space_and_quotes(paragraph)) is None


@pytest.mark.parametrize("line", ["FacebookTwitterEmail", "ShareEmail", "PrintShare"])
def test_share_buttons_whose_labels_the_copy_glued_together_are_share_clutter(line: str) -> None:
    rule = match_rule(line)
    assert rule is not None
    assert rule.name == "share"


@pytest.mark.parametrize("line", ["Sharecroppers", "Tweets by @harbourweekly", "Threadsmith"])
def test_a_word_that_only_starts_like_a_share_button_is_not_one(line: str) -> None:
    rule = match_rule(line)
    assert rule is None or rule.name != "share"


@pytest.mark.parametrize(
    "line",
    [
        "Photo by Marta Olsen",
        "Photograph by Jo Reed, Harbour Images",
        "Photograph by H. Ray Stone, PortStock/Quayside",
        "Photographed by Ana de Souza.",
        "Photos by Jo Reed and Marta Olsen",
        "Illustration by Jo Reed",
        "Courtesy of Ostley Rail Museum",
        "Credit Illustration by Jo Reed",
        "Credit Jo Reed for The Ostley Courier",
        "Photo illustration by Courier Staff. Photo by Marta Olsen.",
    ],
)
def test_a_line_initial_picture_credit_is_a_credit_line(line: str) -> None:
    assert photo_credit_line(collapse_space_and_quotes(line))


@pytest.mark.parametrize(
    "line",
    [
        "By Marta Olsen",
        "Credit Card Payments",
        "Credit & Debt",
        "Photos: Inside the flooded village",
        "Photos at Ostley Parties",
        "Photo by Marta Olsen shows the flood at its height.",
        "Photographs by readers are welcome",
        "Courtesy calls to the mayor were cancelled.",
    ],
)
def test_a_headline_byline_or_sentence_opening_like_a_credit_is_no_credit_line(line: str) -> None:
    assert not photo_credit_line(collapse_space_and_quotes(line))


@pytest.mark.parametrize(
    "line",
    [
        "Crews at the pier on Monday, a day after the storm filled the channel. Credit Jo Reed for The Ostley Courier",
        "Crews at the pier on Monday.Photograph by Jo Reed/Harbour Images",
        "The old signal box in 1987. It was pulled down in 2002. Courtesy of Ostley Rail Museum",
        "The flooded square, seen from the church tower. Credit: Photo by Marta Olsen.",
    ],
)
def test_a_caption_with_its_credit_run_on_is_a_captioned_credit_line(line: str) -> None:
    assert captioned_credit_line(collapse_space_and_quotes(line))


@pytest.mark.parametrize(
    "line",
    [
        "Photo by Marta Olsen",  # a credit alone: photo_credit_line's
        "The bank said the loan was safe. Credit Suisse and the other lenders declined to comment.",
        "The mayor spoke first. Courtesy calls to the harbour board were cancelled.",
        "He thanked the lenders. Credit card payments fell in March, the survey found.",
        "The board met on Monday. "
        + "It approved the plan after a long debate about the cost of it. " * 6
        + "Photo by Marta Olsen",
    ],
)
def test_a_sentence_or_a_long_paragraph_ending_like_a_credit_is_no_captioned_credit_line(line: str) -> None:
    assert not captioned_credit_line(collapse_space_and_quotes(line))


def test_a_caption_with_its_credit_run_on_between_body_paragraphs_is_a_caption() -> None:
    body = [
        "The harbour board approved a plan on Monday to dredge the eastern channel before the spring season.",
        "The work will cost about 4 million and close two berths for six weeks, the board's chair told reporters.",
        "Fishing crews said they had asked for the dredging since a storm filled the channel with silt last winter.",
        "The board will put the work out to tender in March, and the first dredger could arrive by late April.",
    ]
    caption = "Crews at the eastern pier, where silt has closed two berths. Credit Jo Reed for The Ostley Courier"
    text = "Harbour board backs channel dredging\n\n" + "\n\n".join([*body[:2], caption, *body[2:]]) + "\n"
    article = parse_text(text, path="paste.txt")
    assert {seg.role for seg in article.segments if "silt has closed" in seg.text or "Jo Reed" in seg.text} == {
        "caption"
    }
    for sentence in body:
        assert {seg.role for seg in article.segments if seg.text.startswith(sentence[:30])} == {"body"}
