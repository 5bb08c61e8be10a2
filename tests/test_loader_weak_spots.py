"""Three loader weak spots: short headlines, lone one-word credit lines, and quotations carried on by a quotative.

1. A headline of two words (``Ceasefire collapses``) is the title; one-word page clutter never is.
2. A lone capitalised word (``Reuters``, ``AP``, ``World``) is a credit or a label, never article text.
3. A quotation closed by ``」`` / ``”`` and carried on by ``と``, ``って`` or ``他说`` stays one sentence.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from core.models import Article
from core.reading.cleaning_rules import match_rule
from core.reading.load import parse_text
from core.reading.metadata import find_date, is_date_line
from core.reading.sentences import split_sentences

BODY = (
    "The ceasefire that had held for three weeks collapsed overnight after shelling resumed along the front "
    "line, local officials said."
)
MORE = "Aid agencies said thousands of families had fled towards the coast before the roads were closed."
LAST = "The United Nations envoy said he would travel to the region on Monday to try to restore the truce."


def read(*paragraphs: str) -> Article:
    """An article pasted as blank-line separated paragraphs."""
    return parse_text("\n\n".join(paragraphs) + "\n", path="paste.txt")


def role_of(article: Article, text: str) -> str:
    """The one role of the segments whose text is ``text``."""
    roles = {seg.role for seg in article.segments if seg.text == text}
    assert len(roles) == 1, (text, roles)
    return roles.pop()


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


# 1. Short headlines -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "under",
    [
        ["Talks between the two sides broke down on Monday, officials said.", "By Jane Smith"],
        ["By Jane Smith"],
        ["Jane Smith", "21 October 2024"],
        ["21 October 2024"],
        [],
    ],
    ids=["standfirst-and-byline", "byline", "name-and-date", "date", "body"],
)
def test_a_two_word_headline_is_the_title(under: list[str]) -> None:
    """``Ceasefire collapses`` over a standfirst, a byline, a date or the body is the headline, not navigation."""
    article = read("Ceasefire collapses", *under, BODY)
    assert article.title == "Ceasefire collapses"
    assert role_of(article, "Ceasefire collapses") == "title"
    assert role_of(article, BODY) == "body"


def test_a_two_word_headline_keeps_its_standfirst() -> None:
    """The sentence under a short headline, above the byline, is the standfirst, not the title."""
    standfirst = "Talks between the two sides broke down on Monday, officials said."
    article = read("Ceasefire collapses", standfirst, "By Jane Smith", BODY)
    assert article.standfirst == standfirst
    assert article.authors == ("Jane Smith",)


def test_a_labelled_headline_of_two_words() -> None:
    """``Obituary: Madonna`` reads as a headline too."""
    assert read("Obituary: Madonna", "By John Smith", BODY).title == "Obituary: Madonna"


@pytest.mark.parametrize("clutter", ["Advertisement", "Menu", "Share", "Home", "World", "Europe", "Live"])
def test_one_word_clutter_is_never_the_title(clutter: str) -> None:
    """A single word above a short headline is page furniture or a section label; the headline is the title."""
    article = read(clutter, "Ceasefire collapses", BODY)
    assert article.title == "Ceasefire collapses"
    assert role_of(article, clutter) == "boilerplate"


@pytest.mark.parametrize(
    "headline",
    ["Ceasefire collapses", "Ceasefire collapses in the east as talks fail"],
)
def test_a_two_word_section_label_sits_above_the_headline(headline: str) -> None:
    """``US news`` over a headline line is a label: the line under it is the title."""
    article = read("US news", headline, "By Jane Smith", BODY)
    assert article.title == headline
    assert role_of(article, "US news") == "boilerplate"


def test_a_label_above_a_long_headline_and_its_standfirst() -> None:
    """Label, headline and standfirst (no final stops): the three lines keep their roles."""
    headline = "Ceasefire collapses in the east as talks between the two sides fail again"
    standfirst = "Shelling resumes on the front line as both sides trade blame for the breakdown"
    article = read("US news", headline, standfirst, "By Jane Smith", BODY)
    assert (article.title, article.standfirst) == (headline, standfirst)


def test_a_short_headline_over_a_standfirst_without_a_stop() -> None:
    """A long line with no final stop under a two-word headline is its standfirst, not a second headline."""
    standfirst = "Fighting resumed along the northern front on Sunday after a three-week truce broke down"
    article = read("World", "Ceasefire collapses", standfirst, "By Maria Lopez\nOctober 27, 2024", BODY)
    assert (article.title, article.standfirst) == ("Ceasefire collapses", standfirst)


def test_a_chinese_or_japanese_headline_is_the_title() -> None:
    """A headline in a script written without spaces is one 'word' by white space; it is still the title."""
    article = read(
        "停战协议破裂",
        "2024年10月27日",
        "据报道，双方在周一恢复了交火，造成多人伤亡。",
        "外交部发言人表示，中方对此表示关切。",
    )
    assert article.title == "停战协议破裂"
    assert article.date == "2024-10-27"
    assert role_of(article, "据报道，双方在周一恢复了交火，造成多人伤亡。") == "body"


@pytest.mark.parametrize(
    ("text", "iso"),
    [("2024年10月21日", "2024-10-21"), ("2024년 10월 21일", "2024-10-21"), ("2024年2月30日", None)],
)
def test_east_asian_dates(text: str, iso: str | None) -> None:
    """Year-month-day dates written with 年月日 (or 년월일) are read, and make a date line."""
    assert find_date(text) == iso
    assert is_date_line(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=12))
def test_a_single_word_above_the_headline_never_becomes_the_title(word: str) -> None:
    """Whatever the word, a one-word line over a short headline is not the title."""
    label = word.capitalize()
    article = read(label, "Ceasefire collapses", BODY)
    assert article.title == "Ceasefire collapses"
    assert label not in {seg.text for seg in article.body}


# 2. Lone one-word credit lines and labels ------------------------------------------------------------------------


def test_a_one_word_credit_under_the_byline_is_the_outlet() -> None:
    """``Reuters`` standing alone next to the byline and date is the outlet line."""
    article = read("Ceasefire collapses in the east", "By Maria Lopez\nReuters\nOctober 27, 2024", BODY, MORE)
    assert role_of(article, "Reuters") == "outlet"
    assert article.outlet == "Reuters"
    assert article.authors == ("Maria Lopez",)


def test_a_label_under_the_credit_line_is_not_a_second_outlet() -> None:
    """Only the word next to the byline or date is the credit; a label under that credit stays clutter."""
    article = read("Ceasefire collapses in the east", "By Maria Lopez\nReuters\nWorld", BODY, MORE)
    assert (role_of(article, "Reuters"), role_of(article, "World")) == ("outlet", "boilerplate")
    assert article.outlet == "Reuters"


@pytest.mark.parametrize("credit", ["Reuters", "AP", "AFP", "Yonhap"])
def test_a_one_word_credit_at_the_bottom_is_not_body(credit: str) -> None:
    """A lone credit word after the last paragraph is not a sentence of the article."""
    article = read("Ceasefire collapses in the east", BODY, MORE, credit)
    assert role_of(article, credit) in ("outlet", "boilerplate")
    assert [seg.text for seg in article.body] == [BODY, MORE]


def test_an_acronym_credit_at_the_bottom_names_the_outlet() -> None:
    """``AP`` alone at the end of a paste is the outlet when nothing else names one."""
    article = read("Ceasefire collapses in the east", BODY, MORE, "AP")
    assert role_of(article, "AP") == "outlet"
    assert article.outlet == "AP"


def test_a_one_word_credit_named_by_the_dateline_is_the_outlet() -> None:
    """``Reuters`` at the top and bottom of a wire story whose dateline says ``(Reuters)`` is the outlet line."""
    dateline = "GENEVA, Oct 27 (Reuters) - " + BODY
    article = read("Reuters", "Ceasefire collapses in the east", dateline, MORE, "Reuters")
    assert {seg.role for seg in article.segments if seg.text == "Reuters"} == {"outlet"}
    assert article.outlet == "Reuters"
    assert article.title == "Ceasefire collapses in the east"


@pytest.mark.parametrize("label", ["World", "Europe"])
def test_one_word_section_labels_are_clutter_not_outlets(label: str) -> None:
    """A section label above the headline, inside the body or at its end is clutter and never names the outlet."""
    dateline = "GENEVA, Oct 27 (Reuters) - " + BODY
    article = read(label, "Ceasefire collapses in the east", dateline, label, MORE, LAST, label)
    assert role_of(article, label) == "boilerplate"
    assert article.outlet == "Reuters"
    assert [seg.text for seg in article.body] == [dateline, MORE, LAST]
    assert len({seg.paragraph for seg in article.body}) == 3


def test_a_one_word_sentence_stays_body() -> None:
    """``Silence.`` ends like a sentence: it is article text, unlike a bare label."""
    article = read("Ceasefire collapses in the east", BODY, "Silence.", MORE)
    assert role_of(article, "Silence.") == "body"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=15))
def test_a_lone_capitalised_word_between_paragraphs_is_never_body(word: str) -> None:
    """Any lone capitalised word between body paragraphs is set apart; the paragraphs around it stay body (unless
    the word is page furniture that ends an article, such as ``Copyright``)."""
    label = word.capitalize()
    assume(match_rule(label) is None)
    article = read("Ceasefire collapses in the east", BODY, label, MORE)
    assert [seg.text for seg in article.body] == [BODY, MORE]


# 3. Quotations carried on by a quotative ---------------------------------------------------------------------


QUOTATIVE_CASES = {
    "ja-to": ("彼は「もう終わりだ。」と言った。次の文です。", ["彼は「もう終わりだ。」と言った。", "次の文です。"]),
    "ja-tte": ("彼は「やめろ！」って叫んだ。次の文です。", ["彼は「やめろ！」って叫んだ。", "次の文です。"]),
    "ja-two-inside": (
        "首相は「もう終わりだ。帰ろう！」と述べた。次の文です。",
        ["首相は「もう終わりだ。帰ろう！」と述べた。", "次の文です。"],
    ),
    "ja-nested": (
        "彼は「『無理だ。』と言われた。」と話した。次。",
        ["彼は「『無理だ。』と言われた。」と話した。", "次。"],
    ),
    "zh-ta-shuo": ("“我们不会放弃。”他说。然后离开了。", ["“我们不会放弃。”他说。", "然后离开了。"]),
    "zh-buchong": (
        "“我们不会放弃！我们会赢。”她补充说，局势紧张。下一句。",
        ["“我们不会放弃！我们会赢。”她补充说，局势紧张。", "下一句。"],
    ),
    "no-quotative": ("「終わり。」次の文です。", ["「終わり。」", "次の文です。"]),
    "zh-wenti": ("“我们不会放弃。”问题是谁会赢。", ["“我们不会放弃。”", "问题是谁会赢。"]),
    "zh-daolu": ("“我们不会放弃。”道路被封锁了。", ["“我们不会放弃。”", "道路被封锁了。"]),
}
"""Quotations and what follows them: a quotative (と, って, 他说) or a new sentence (问题是…, 道路…)."""


@pytest.mark.parametrize(("text", "expected"), QUOTATIVE_CASES.values(), ids=QUOTATIVE_CASES.keys())
def test_a_quotative_carries_the_sentence_on(text: str, expected: list[str]) -> None:
    """``「…。」と`` and ``“…。”他说`` are one sentence; a quote followed by a new sentence still ends one."""
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Stop!" he said. Then he left.', ['"Stop!" he said.', "Then he left."]),
        ("“Stop!” he said. Then he left.", ["“Stop!” he said.", "Then he left."]),
        ('"Stop!" Kim shouted. Then he left.', ['"Stop!" Kim shouted.', "Then he left."]),
        ("“Why?” asked Kim. Nobody answered.", ["“Why?” asked Kim.", "Nobody answered."]),
        ("“We will fight. We will win,” he said.", ["“We will fight.", "We will win,” he said."]),
    ],
)
def test_western_quoted_speech_and_attribution(text: str, expected: list[str]) -> None:
    """``"Stop!" he said.`` is one sentence; Western quotes of several sentences still split inside."""
    assert sentences(text) == expected


def test_a_stray_bracket_does_not_swallow_the_paragraph() -> None:
    """An opening bracket that is never closed leaves the sentences after it alone."""
    assert sentences("「これは。次の文です。まだ続く。") == ["「これは。", "次の文です。", "まだ続く。"]


def test_a_japanese_quote_loads_as_one_body_sentence() -> None:
    """Through the loader: the quoted remark and its verb are one body segment."""
    quote = "金洪均第1次官は「北朝鮮の違法な軍事協力を強く糾弾する。」と述べた。"
    article = read(
        "韓国、ロシア大使を呼び出し抗議",
        "2024年10月21日",
        "韓国外務省は21日、ロシアの駐韓大使を呼び出して抗議した。" + quote,
    )
    assert article.title == "韓国、ロシア大使を呼び出し抗議"
    assert quote in [seg.text for seg in article.body]


_KANA = st.text(alphabet="あいうえおかきくけこさしすせそ日本語政府首相", min_size=1, max_size=8)
_CLAUSE = st.tuples(_KANA, st.sampled_from("。！？"))


@settings(max_examples=200, deadline=None)
@given(
    before=_KANA,
    inside=st.lists(_CLAUSE, min_size=1, max_size=4),
    brackets=st.sampled_from([("「", "」"), ("『", "』"), ("“", "”")]),
    particle=st.sampled_from(["と", "って"]),
    after=_KANA,
    tail=st.lists(_CLAUSE, max_size=3),
)
def test_the_splitter_never_splits_inside_a_quote_followed_by_a_quotative(
    before: str,
    inside: list[tuple[str, str]],
    brackets: tuple[str, str],
    particle: str,
    after: str,
    tail: list[tuple[str, str]],
) -> None:
    """No sentence ends between the opening bracket and the particle; the spans still cover all the text."""
    quote = brackets[0] + "".join(words + mark for words, mark in inside) + brackets[1]
    text = before + "は" + quote + particle + after + "。" + "".join(words + mark for words, mark in tail)
    opening, particle_at = text.index(brackets[0]), text.index(quote) + len(quote)
    spans = split_sentences(text)
    assert not [end for _, end in spans[:-1] if opening < end <= particle_at]
    assert "".join(text[start:end] for start, end in spans) == text


def test_the_site_name_at_the_top_is_the_outlet_when_the_page_names_it_again() -> None:
    """A lone brand word above the menu (``Moneta``) is the outlet when the page repeats it (``Search Moneta…``);
    a menu word (``Home``) never is, however often it recurs."""
    page = read(
        "Moneta", "Markets   Companies   Economy", "Search Moneta…", "Ceasefire collapses along the front line",
        BODY, MORE, LAST,
    )  # fmt: skip
    assert page.outlet == "Moneta"
    assert page.title == "Ceasefire collapses along the front line"
    menu = read("Home", "News   Sport   Home", "Ceasefire collapses along the front line", BODY, MORE, LAST)
    assert menu.outlet is None


def test_a_post_the_article_quotes_is_body_and_one_beside_it_is_not() -> None:
    """An embedded post inside the article's run is part of what the report says; one after the run is clutter."""
    post = "The ceasefire is holding tonight. pic.twitter.com/abc123 — Field Desk (@fielddesk) October 27, 2024"
    other = "Our new podcast is out now. pic.twitter.com/xyz789 — Site News (@sitenews) October 26, 2024"
    article = read("Ceasefire collapses in the east", BODY, post, MORE, LAST, "Related", other)
    assert role_of(article, post) == "body"
    assert role_of(article, other) != "body"


def test_a_three_word_headline_shaped_like_a_name_is_the_headline_when_the_story_uses_its_words() -> None:
    """``Ceasefire Falters Overnight`` reads like a person's name, but the opening writes *ceasefire* and *falters* in
    lower case: it is the headline, not a byline."""
    opening = "The ceasefire falters as shelling resumed along the front line overnight, local officials said."
    cookies = "Our website uses cookies to improve your experience. By using it you agree to our use of cookies."
    top = [cookies, "Accept & Close", "Home", "World"]
    article = read(*top, "Ceasefire Falters Overnight", "by Ana Lind", opening, MORE, LAST)
    assert article.title == "Ceasefire Falters Overnight"
    assert article.authors == ("Ana Lind",)


def test_a_short_line_between_the_headlines_date_and_the_byline_is_not_the_article() -> None:
    """``Headline`` / date / a one-line caption / ``By …`` / the article: the article starts under its byline."""
    caption = "Rescue workers search the rubble in the north."
    article = read(
        "Home", "Ceasefire collapses in the east", "October 27, 2024", caption, "By Ana Lind", BODY, MORE, LAST
    )
    assert role_of(article, caption) != "body"
    assert [seg.text for seg in article.body][:1] == [BODY]


def test_a_list_of_other_stories_headlines_inside_the_article_is_clutter() -> None:
    """Two or more title-cased headline lines in a row inside the article are links to other stories."""
    related = ["12 Strangest Storms Ever Recorded", "Why Coastal Towns Are Losing Their Beaches"]
    article = read("Ceasefire collapses in the east", BODY, MORE, *related, LAST, BODY.replace("ceasefire", "truce"))
    assert {role_of(article, line) for line in related} == {"boilerplate"}


def test_another_storys_headline_in_capitals_inside_the_article_is_clutter() -> None:
    shouted = "SINGER CLEARED TO PERFORM HER HITS AT AWARDS SHOW AMID FEUD WITH LABEL"
    article = read("Ceasefire collapses in the east", BODY, MORE, shouted, LAST, BODY.replace("ceasefire", "truce"))
    assert role_of(article, shouted) == "boilerplate"
    assert role_of(article, LAST) == "body"


def test_an_authors_note_with_an_address_after_the_name_is_not_the_article() -> None:
    note = "Ana Lind (ana@example.com) is the editor of the Harbour Ledger and writes about the region."
    article = read("Ceasefire collapses in the east", "By Ana Lind", BODY, MORE, LAST, note)
    assert role_of(article, note) != "body"


def test_a_sign_up_box_at_the_end_of_the_article_is_clutter() -> None:
    """After the article's last full paragraph: a box's heading, short pitch lines and buttons."""
    box = ["Morning Briefing", "The day's big stories in one short email, every single morning of the week.",
           "I agree that the Harbour Ledger can send me its morning newsletter by email.", "Choose Your Topics",
           "Please tick the box to confirm that you would like to subscribe to it.",
           "Keep an eye on your inbox for the latest news from the region and beyond."]  # fmt: skip
    long_last = LAST + " " + MORE
    article = read("Ceasefire collapses in the east", BODY, MORE, long_last, *box)
    assert role_of(article, box[1]) != "body"
    assert role_of(article, box[4]) != "body"
    assert role_of(article, LAST) == "body"
