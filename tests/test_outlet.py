"""The publisher of a pasted page: the name the page gives itself again and again (written for the tests)."""

from __future__ import annotations

from core.reading.load import parse_text
from core.reading.metadata import is_name_line, month_day, page_year, parse_byline
from core.reading.outlet import best_outlet, outlet_candidates


def test_a_copyright_line_names_the_publisher_without_its_legal_suffix() -> None:
    assert best_outlet(["Home", "News", "© 2024 Harbour Times Media LLC. All rights reserved."]) == "Harbour Times"


def test_the_name_the_page_repeats_beats_a_menu_word() -> None:
    """A parent company's copyright and a section label lose to the name the page prints over and over."""
    lines = [
        "Coastline Daily",
        "Sections",
        "Follow Coastline Daily",
        "More from Coastline Daily",
        "© 2024 Seaboard Newspapers, Inc. All rights reserved.",
    ]
    assert best_outlet(lines, labels=["Sections"]) == "Coastline Daily"


def test_a_longer_name_is_not_counted_for_a_shorter_one_inside_it() -> None:
    """``Ridge Sports`` is named on its own lines; ``Ridge`` (the owner) only inside it and on its copyright line."""
    lines = [
        "Watch Ridge Sports",
        "Ridge Sports is a registered trademark of Ridge Interactive Inc.",
        "More from Ridge Sports",
        "© 2024 Ridge Interactive. All rights reserved.",
    ]
    assert best_outlet(lines) == "Ridge Sports"


def test_a_byline_credit_and_special_to_name_the_outlet() -> None:
    assert [name for name, _ in outlet_candidates(["By Ana Lind, Valley Herald"])] == ["Valley Herald"]
    assert [name for name, _ in outlet_candidates(["By JO REED | Special to the Valley Herald"])] == ["Valley Herald"]


def test_no_name_is_read_from_pronouns_or_policies() -> None:
    assert outlet_candidates(["Follow Us", "Copyright Policy", "Contact Us"]) == []


def test_a_date_without_its_year_takes_the_pages_year() -> None:
    assert month_day("Updated Nov 19, 6:55 AM; Posted Nov 18, 8:19 PM") == "11-19"
    assert month_day("November 18, 2019") is None
    assert page_year(["Published March 3, 2023", "Other story, March 1, 2023", "© 2019 Old Footer"]) == "2023"
    assert page_year(["© 2022 Valley Herald"]) == "2022"


def test_a_wire_agency_credited_in_the_byline_is_not_the_republishing_site() -> None:
    """A local site running agency copy credits the agency; the site names itself in its own footer."""
    lines = [
        "By Ana Lind, Associated Press",
        "RIVERTON (AP) — The council voted on Tuesday.",
        "Subscribe to Riverton Ledger",
        "© 2024 Lakeside Holdings, Inc.",
    ]
    assert best_outlet(lines, named=["Associated Press", "AP"]) == "Riverton Ledger"
    assert best_outlet(["GENEVA (Reuters) - Talks resumed."], named=["Reuters"]) == "Reuters"


def test_a_name_spelled_like_a_host_the_page_names_wins() -> None:
    """Two names each named once: the one whose letters make a web host on the page (an e-mail address) wins."""
    lines = [
        "Follow Quarry Notes",
        "Advertise with Stone Review",
        "Write to jo@stonereview.org with tips.",
    ]
    assert best_outlet(lines) == "Stone Review"


def test_a_menu_label_repeated_alone_counts_once() -> None:
    """A section label printed in every copy of a menu is one mention; the publisher is named within sentences."""
    lines = ["Harbour Guide", "Harbour Guide", "Harbour Guide", "Harbour Guide", "About Tidewater Post",
             "Tidewater Post is published daily.", "© 2024 Tidewater Post"]  # fmt: skip
    assert best_outlet(lines, named=["Harbour Guide"]) == "Tidewater Post"


def test_the_logo_at_the_top_and_the_foot_of_a_page_names_it() -> None:
    lines = ["Tidewater Post", "Harbour council votes", *(f"Paragraph {n} of the story." for n in range(20)),
             "Tidewater Post", "Privacy", "Terms"]  # fmt: skip
    assert best_outlet(lines) == "Tidewater Post"


def test_a_byline_with_the_outlet_run_on_after_the_last_name() -> None:
    """``A and B Outlet``: two authors and the outlet, and the line is a byline, not a headline."""
    assert parse_byline("Kevin Johnson and Kevin McCoy USA TODAY")[:2] == (
        ["Kevin Johnson", "Kevin McCoy"],
        ["USA TODAY"],
    )
    line = "Ana Lind and Jo M. Reed Harbour Valley Ledger"
    assert parse_byline(line)[:2] == (["Ana Lind", "Jo M. Reed"], ["Harbour Valley Ledger"])
    assert is_name_line(line)
    assert parse_byline("By Harbour Post News Weekly")[0] == []


def test_the_city_before_a_bureau_is_no_author() -> None:
    assert parse_byline("Harbourton, Valley News Bureau | Updated : 19 November 2019")[:2] == (
        [],
        ["Valley News Bureau"],
    )


def test_a_menu_label_is_no_outlet_when_nothing_names_one() -> None:
    """With no phrase naming a publisher, a header label is the outlet only if it reads as one."""
    assert best_outlet(["Home", "Markets"], labels=["Earnings Calendar", "Markets"]) is None
    assert best_outlet(["Home", "Markets"], labels=["Markets", "The Harbour Post"]) == "The Harbour Post"


def test_a_menu_word_found_among_the_credits_is_no_outlet() -> None:
    """Menu items taken for outlet lines (``RSS`` in a menu, and at the end of the footer's, above the copyright line)
    name no publisher: the page's own name wins, and without one the page has none rather than ``RSS``."""
    footer = ["Privacy Policy", "Send Tips", "Advertising", "Newsletter", "RSS"]
    lines = ["Banks", "RSS", "Careers", "Opening Bell", "Stocks rose on Monday.", *footer, "© 2019 Harbour Media Inc."]
    assert best_outlet(lines, named=["RSS", "Careers"]) != "RSS"
    assert best_outlet(lines, named=["RSS", "Careers", "The Harbour Wire"]) == "The Harbour Wire"


def test_a_products_brand_named_in_other_lines_is_the_publisher() -> None:
    lines = ["Subscribe to Quill Magazine", "Quill Lists", "Quill Newsletters bring you the week's news."]
    assert best_outlet(lines) == "Quill"
    assert (
        best_outlet(["Get Tern Magazine delivered to your inbox", "Illustration for Tern Magazine"]) == "Tern Magazine"
    )


def test_bylines_in_more_of_the_ways_pages_write_them() -> None:
    assert parse_byline("Posted by Ana Lind")[0] == ["Ana Lind"]
    assert parse_byline("Story by Ana Lind")[0] == ["Ana Lind"]
    assert parse_byline("By Ana Lind on November 19, 2019")[0] == ["Ana Lind"]
    assert parse_byline("By Ana Lind - Harbour Ledger")[:2] == (["Ana Lind"], ["Harbour Ledger"])
    assert parse_byline("By Ana Lind / The Harbour Times")[:2] == (["Ana Lind"], ["The Harbour Times"])
    assert parse_byline("By Mary Smith-Jones - Nov 19, 2019")[0] == ["Mary Smith-Jones"]


def test_a_publication_the_article_quotes_is_not_its_publisher() -> None:
    """Plain article text (no page around it) naming another publication in its prose has no outlet; the same
    phrase in a note about the article's author still names the author's publication."""
    from core.reading import parse_text

    prose = (
        "Party Chief Faces Calls to Quit\n\n"
        "WASHINGTON — The party chairman drew fierce criticism on Friday after remarks at a fund-raiser.\n\n"
        "The remarks prompted Ana Lind, editor of the Harbour Review and a leading voice of the party, to call "
        "for his resignation.\n\n"
        "His spokesman said the chairman had been misunderstood and would not step down.\n"
    )
    assert parse_text(prose, path="plain.txt").outlet is None
    noted = (
        "Party Chief Faces Calls to Quit\n\nBy Jo Reed\n\n"
        "WASHINGTON — The party chairman drew fierce criticism on Friday after remarks at a fund-raiser.\n\n"
        "His spokesman said the chairman had been misunderstood and would not step down.\n\n"
        "Jo Reed is the editor and publisher of the Coastline Daily.\n"
    )
    assert parse_text(noted, path="noted.txt").outlet == "Coastline Daily"


def test_a_web_host_spells_a_name_whole_by_initials_or_cut_short() -> None:
    from core.reading.outlet import spells_host

    assert spells_host("The Harbour Review", "theharbourreview")
    assert spells_host("The Harbour Review", "harbourreview")
    assert spells_host("The Harbour Review", "thr")
    assert spells_host("Valley Post", "vpost")
    assert spells_host("Westmarch Post", "wmpost")
    assert not spells_host("Valley Post Staff", "vpost")  # the last word must stand whole
    assert not spells_host("Valley", "v")
    assert not spells_host("Harbour Review", "harbour")


def test_the_name_a_page_host_spells_counts_with_its_short_form() -> None:
    """A short form in a menu and the full name in the footer are one publisher, which the page's own link spells;
    the full name is given, and it beats the owner's copyright."""
    lines = [
        "Contact WM Post",
        "Harbour council votes",
        "Read it at https://www.wmpost.com/news/article/harbour-council-1234.php",
        "Westmarch Post",
        "© 2024 Lakeside Communications, Inc.",
        "Lakeside Newspapers © Copyright Lakeside Media Services, LLC",
    ]
    assert best_outlet(lines) == "Westmarch Post"


def test_a_host_names_no_owner_platform_or_word() -> None:
    """The owner's host beside its company's name, a share button's platform and a word run on to a name are no
    publisher; the logo at the top and the foot names the page."""
    lines = [
        "Quarry Weekly",
        "Share on Twitter https://twitter.com/share",
        "Network Security.cloud",
        "Shares rose, outpacing the Dow Jones Industrial Average.",
        *(f"Paragraph {n} of the story." for n in range(20)),
        "Copyright ©2024 Dow Jones & Company, Inc. All Rights Reserved. dowjones.com",
        "Quarry Weekly",
    ]
    assert best_outlet(lines) == "Quarry Weekly"


def test_a_copyright_sign_within_a_footer_sentence_names_the_publisher() -> None:
    line = "All rights reserved © 2024 The Harbour Ledger is a registered trademark of Lakeside Publishing Inc."
    assert "The Harbour Ledger" in [name for name, _ in outlet_candidates([line])]
    line = "This material may not be published or redistributed. ©2024 Valley Herald"
    assert [name for name, _ in outlet_candidates([line])] == ["Valley Herald"]


def test_a_byline_credit_after_a_role_names_the_outlet() -> None:
    assert [name for name, _ in outlet_candidates(["By Ana Lind | Correspondent for the Valley Herald"])] == [
        "Valley Herald"
    ]
    assert {name for name, _ in outlet_candidates(["By Ana Lind, Staff writer at Harbour Times"])} == {"Harbour Times"}


def test_a_title_cased_prompt_gives_no_name() -> None:
    """In a line where every word is capitalised, where a name ends is unknown: no candidate is read from it."""
    assert outlet_candidates(["Get The Latest Harbour Times Alerts And Newsletters Delivered To Your Inbox"]) == []
    assert [name for name, _ in outlet_candidates(["Get Harbour Times delivered to your inbox"])] == ["Harbour Times"]


def test_a_logo_at_the_top_and_the_foot_is_named_in_two_places() -> None:
    """A lone label under the headline (another site's furniture) is one place; the logo at both ends is two."""
    story = [f"Paragraph {n} of the story." for n in range(20)]
    lines = ["Quarry Weekly", "Harbour council votes", "CITY DESK", *story, "Quarry Weekly", "Privacy"]
    assert best_outlet(lines, named=["CITY DESK"]) == "Quarry Weekly"


def test_a_staff_credit_and_the_sites_app_name_the_publisher() -> None:
    assert [name for name, _ in outlet_candidates(["Harbour Times Staff"])] == ["Harbour Times"]
    assert [name for name, _ in outlet_candidates(["Download the Harbour Times app for alerts."])] == ["Harbour Times"]
    lines = ["Harbour Times Staff", "Download the Harbour Times app", "© 2024 Lakeside Media Group, Inc."]
    assert best_outlet(lines) == "Harbour Times"


def test_a_host_the_article_links_to_is_no_publisher() -> None:
    """The report cites a source's site in its prose: that host spells the source, not the page's publisher."""
    lines = [
        "Follow Quarry Weekly",
        "The WHO said cases rose, according to its site https://www.who.int/news/item/2024.",
        "The WHO expects more cases; the WHO urged calm.",
        "Officials at the WHO met again on Friday.",
        "A WHO panel will report in March.",
        "Photo: WHO",
        "© 2024 Quarry Weekly",
    ]
    assert best_outlet(lines, prose=[False, True, True, True, True, False, False]) == "Quarry Weekly"


def test_a_menus_item_is_no_outlet() -> None:
    """A section's name the reader took for a credit, standing among other menu items, is not the publisher."""
    lines = ["Harbour council votes", "Business", "Culture", "Ideas", "Gear", "By Ana Lind", "The council voted.",
             "© 2024 Quarry Weekly Pty Ltd."]  # fmt: skip
    assert best_outlet(lines, named=["Ideas"]) == "Quarry Weekly"
    credit = ["Harbour council votes", "By Ana Lind", "Valley Herald", "October 27, 2024", "The council voted."]
    assert best_outlet(credit, named=["Valley Herald"]) == "Valley Herald"


def test_the_outlet_is_given_as_the_page_spells_it_most() -> None:
    """Two spellings of one name: the page's usual one (``OrbitNews``) wins over its menus' (``Orbitnews``)."""
    lines = [
        "Continue to OrbitNews",
        "Advertise with Orbitnews",
        "Launch delayed again as engineers inspect valve",
        "Back to OrbitNews",
        "Popular on OrbitNews",
        "Advertise with Orbitnews",
        "Listen to OrbitNews podcasts",
    ]
    assert best_outlet(lines) == "OrbitNews"


def test_a_the_in_running_text_is_no_part_of_the_outlet() -> None:
    """``The LUMEN conversation`` once, ``LUMEN`` elsewhere: the outlet is ``LUMEN``, not ``The LUMEN``."""
    lines = [
        "More from LUMEN",
        "Send tips to ada_moss@lumen.com.",
        "LUMEN is where ideas meet. The LUMEN conversation shows how light shapes our lives.",
        "© 2024 Brightline Media. All rights reserved.",
    ]
    assert best_outlet(lines) == "LUMEN"


def test_a_leading_the_stays_when_the_page_writes_it_so() -> None:
    """Shouted bylines (``By HARBOUR POST STAFF``) neither drop the outlet's ``The`` nor set its case."""
    lines = [
        "By HARBOUR POST STAFF",
        "By HARBOUR POST STAFF",
        "By HARBOUR POST STAFF",
        "The Harbour Post Group",
        "The Harbour Post Conferences",
        "Subscribe to The Harbour Post",
    ]
    assert best_outlet(lines) == "The Harbour Post"


def test_a_parent_companys_the_is_no_part_of_the_outlet() -> None:
    """``© The Chart Group LLC`` puts up ``The Chart``; the page calls itself ``Chart``."""
    lines = [
        "More on Chart",
        "Chart is published by The Chart Group, a Holdings Company.",
        "All contents © 2024 The Chart Group LLC. All rights reserved.",
    ]
    assert best_outlet(lines) == "Chart"


def test_a_name_may_start_with_figures_run_on_to_letters() -> None:
    """``247Sports © 2016`` and ``Follow 247Sports`` name the site; a parent's trademark line names the parent."""
    lines = [
        "Follow 247Sports",
        "247Sports © 2016",
        "Houston hires a new head coach",
        "CBS Sports is a registered trademark of CBS Broadcasting Inc.",
    ]
    assert best_outlet(lines) == "247Sports"
    assert outlet_candidates(["© 2016 2024"]) == []


def test_a_photo_credit_repeated_under_every_picture_does_not_outweigh_the_publisher() -> None:
    """``Source: Lena Ortiz`` under each of five photos is one credit said five times; the publisher's logo, its
    about link and its copyright line are three different places naming it."""
    lines = [
        "HARBOURSTYLE",
        "Decorating",
        *[line for _ in range(5) for line in ("A living room in Pellavan.", "Source: Lena Ortiz")],
        "About HARBOURSTYLE",
        "© 2025 HARBOURSTYLE",
    ]
    assert best_outlet(lines) == "HARBOURSTYLE"


def test_a_name_and_its_initials_are_one_publisher_given_in_full() -> None:
    """``HI`` in the menus and ``Harbour Insider`` in the copyright line are one name (``BI``, ``Business Insider``):
    the full one is given."""
    lines = [
        "About HI",
        "Follow HI",
        "Follow HI on Twitter",
        "© 2025 Harbour Insider Inc. All rights reserved.",
    ]
    assert best_outlet(lines) == "Harbour Insider"


def test_a_staff_credit_after_the_date_stamp_names_the_publisher() -> None:
    """``2/26/2015 7:11 AM PST BY HARBOUR TIMES STAFF``: the credit follows the stamp on one line, in capitals, and
    outweighs the owning company's copyright line."""
    assert [name for name, _ in outlet_candidates(["2/26/2015 7:11 AM PST BY HARBOUR TIMES STAFF"])] == [
        "HARBOUR TIMES"
    ]
    lines = [
        "Harbour Times",
        "Ferry fares rise again",
        "2/26/2015 7:11 AM PST BY HARBOUR TIMES STAFF",
        "© 2015 Lakeside Productions, Inc. All rights reserved",
    ]
    assert (best_outlet(lines) or "").casefold() == "harbour times"


def test_a_button_and_its_toggled_state_name_no_publisher() -> None:
    """``Follow Following`` is a follow button beside its pressed state, not an invitation to follow a site named
    Following; the publication's own label names it."""
    assert outlet_candidates(["Follow Following"]) == []
    lines = ["Published in", "Quarry Weekly", "Ferry fares rise again", "Follow", "Follow Following"]
    assert best_outlet(lines, labels=["Quarry Weekly"]) == "Quarry Weekly"


def test_glued_share_buttons_under_the_byline_are_no_outlet() -> None:
    """``ShareTweet`` (two buttons' labels run together) under the credits is share clutter, not the publisher."""
    paste = "\n\n".join(
        [
            "Harbour lights switched to solar power",
            "By Mara Quint",
            "21 August 2026, 7:40am",
            "ShareTweet",
            "The harbour authority finished moving every navigation light to solar panels on Tuesday, ending a"
            " programme that began four years ago and cost less than first planned.",
            "Engineers said the new lamps need a visit once a year instead of once a month, and that the savings"
            " will pay for the panels within six years.",
            "LAKESHORE COURIER",
            "Lakeshore Courier",
        ]
    )
    article = parse_text(paste, path="harbour.txt")
    assert article.outlet != "ShareTweet"
    assert all(s.role != "body" for s in article.segments if s.text == "ShareTweet")
