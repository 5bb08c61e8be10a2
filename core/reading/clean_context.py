"""Lines judged by their context: what sits next to a teaser card, a sign-up box, a list heading or a credit.

The line rules (:mod:`core.reading.cleaning_rules`) judge one line at a time; these passes look at a line's neighbours
in
the same block (lines with no blank line between them), after the line rules and zones have given first roles.
In the header, the line under a short one tells a section label from a short headline, and a lone word next to
the byline or date is the outlet's credit line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from core.models import Role
from core.reading.cleaning_rules import Rule, captioned_credit_line, photo_credit_line
from core.reading.metadata import is_name_line, looks_like_outlet
from core.reading.paragraphs import Paragraph
from core.text.folding import collapse_space

__all__ = [
    "CONTROL_CHARS",
    "LONG_PROSE_WORDS",
    "MAX_TITLE_WORDS",
    "MIN_LEAD_IN_WORDS",
    "MIN_PROSE_WORDS",
    "MIN_TITLE_WORDS",
    "PROSE_END",
    "Para",
    "after_teaser",
    "count_words",
    "headline_follows",
    "is_lone_word",
    "label_above_headline",
    "mark_credit_captions",
    "mark_line_credits",
    "mark_listed_teasers",
    "mark_newsletter_pitch",
    "mark_pull_quotes",
    "mark_repeated_credit_captions",
    "mark_sandwiched",
    "mark_teaser",
    "mark_teaser_blurbs",
    "mark_teaser_box",
    "outlet_line",
    "outlet_name",
    "teaser_blurb",
]

CONTROL_CHARS = "".join(map(chr, range(32))) + "\x7f"
"""Control characters a paste may leave at a line's end."""
MIN_PROSE_WORDS = 6
"""A paragraph ending with a full stop reads as prose from this many words."""
LONG_PROSE_WORDS = 25
"""A paragraph this long reads as prose even without a final stop."""
MIN_LEAD_IN_WORDS = 6
"""A paragraph ending with a colon introduces a quotation or a list from this many words (``The band's tour dates
are:``)."""

MAX_TITLE_WORDS = 40
"""A first line longer than this is prose, not a headline."""
MIN_TITLE_WORDS = 2
"""A one-word line is never the headline: above it, it is navigation or a section label (``Home``, ``World``)."""
SHORT_TITLE_WORDS = 3
"""A shorter line (``Ceasefire collapses``) is the headline only when the line under it cannot be one."""
MIN_STANDFIRST_WORDS = 5
"""A standfirst has at least this many words (a shorter line under the headline is a credit or a label)."""
STANDFIRST_WORDS = 12
"""A line this long under a short one is its standfirst (not a headline under a label) unless a third follows."""
LONE_WORD_CHARS = 30
"""A lone word longer than this is not a credit or a label (it is a URL, a code, a run-together line)."""

PROSE_END = re.compile(r"[.!?…؟。！？][\"'”’»)\]」』）]*$")
"""A paragraph that ends like a sentence (a stop, maybe inside closing quotes or brackets)."""

_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
"""Letters of scripts written without spaces between words (Thai, Lao, Burmese, Khmer, Japanese kana, Han)."""
UNSPACED_CHARS_PER_WORD = 2
"""In those scripts, this many letters count as one word (a rough average for Chinese and Japanese)."""


def count_words(text: str) -> int:
    """Number of words: space-separated tokens, plus one per two letters of a script written without spaces."""
    tokens = len(text.split())
    if text.isascii():
        return tokens
    return tokens + len(_UNSPACED.findall(text)) // UNSPACED_CHARS_PER_WORD


@dataclass(slots=True)
class Para:
    """A paragraph being classified: its span, its text (as written and normalised) and its role so far."""

    span: Paragraph
    source: str
    text: str
    rule: Rule | None
    date_line: bool
    role: Role = "body"

    @property
    def display(self) -> str:
        """The paragraph as written (white space folded, invisible characters dropped, quotes kept)."""
        return collapse_space(self.source)

    @property
    def words(self) -> int:
        """Number of words (see :func:`count_words`)."""
        return count_words(self.text)

    @property
    def prose(self) -> bool:
        """Whether it reads as running text (long enough, and ending like a sentence unless very long)."""
        return self.words >= LONG_PROSE_WORDS or (self.words >= MIN_PROSE_WORDS and bool(PROSE_END.search(self.text)))

    @property
    def lead_in(self) -> bool:
        """Whether it is a sentence that introduces a quotation or a list (``From Goldman on the announcement:``)."""
        return self.words >= MIN_LEAD_IN_WORDS and self.text.rstrip(CONTROL_CHARS).endswith(":")

    @property
    def furniture(self) -> bool:
        """Whether a line rule or the date-line test has already claimed it."""
        return self.rule is not None or self.date_line


def is_lone_word(text: str) -> bool:
    """Whether a line is one capitalised word and nothing else (``Reuters``, ``AP``, ``World``).

    Such a line is a credit or a section label, never a paragraph of an article: a paragraph of one word that
    ends with a stop (``Silence.``) does not count.
    """
    return len(text) <= LONE_WORD_CHARS and text[:1].isupper() and text[-1:].isalnum() and len(text.split()) == 1


def after_teaser(previous: Para) -> bool:
    """Whether a live feed's first timestamp follows a teaser card (so the feed is a sidebar, not the article)."""
    if previous.rule is None:
        return previous.role == "boilerplate"
    return previous.rule.card or previous.rule.ends_body


def mark_teaser(paras: list[Para], card: int, first: int) -> None:
    """Mark the headline (and summary line) that a teaser card closes, when they share its block."""
    block = paras[card].span.block
    above = [i for i in (card - 1, card - 2) if i >= first and paras[i].span.block == block]
    if not above or paras[card].span.after_blank:
        return
    top = above[0]
    if not paras[top].prose and paras[top].role == "body":
        paras[top].role = "boilerplate"
        return
    if len(above) == 2 and not paras[above[0]].span.after_blank:
        headline, summary = paras[above[1]], paras[above[0]]
        if not headline.prose and headline.role in ("body", "boilerplate") and summary.role == "body":
            headline.role = summary.role = "boilerplate"


def mark_sandwiched(paras: list[Para], first: int) -> None:
    """Short lines without a stop, wedged between clutter lines of one block (a sign-up box), are clutter."""
    run: list[Para] = []
    for index in range(max(first, 1), len(paras)):
        para = paras[index]
        candidate = (
            para.role == "body" and not PROSE_END.search(para.text) and para.words <= 30 and not para.span.after_blank
        )
        if candidate and (run or paras[index - 1].role == "boilerplate"):
            run.append(para)
            continue
        if run and para.role == "boilerplate" and not para.span.after_blank:
            for member in run:
                member.role = "boilerplate"
        run = []


MAX_PITCH_LINES = 2
"""A sign-up box holds at most this many lines of pitch between its prompt and its email field."""


def mark_newsletter_pitch(paras: list[Para], first: int) -> None:
    """The pitch of a sign-up box is clutter: one or two short, one-sentence lines between a newsletter prompt and the
    clutter line under them, all in one block (``Sign up for our Outdoors newsletter`` / ``The best walks, routes and
    mountain news, every Friday.`` / ``Enter your email  Sign up``); and a short line that opens the prompt's block
    over it (``Want more science? Get our sister magazine.`` / an image's credit / ``SIGN UP FOR E-MAIL
    NEWSLETTERS``)."""
    for index in range(max(first, 0), len(paras)):
        rule = paras[index].rule
        if rule is None or rule.name != "newsletter":
            continue
        _mark_pitch_above(paras, index, first)
        pitch: list[Para] = []
        for para in paras[index + 1 : index + 2 + MAX_PITCH_LINES]:
            if para.span.after_blank:
                break
            if para.role == "boilerplate" and pitch:
                for line in pitch:
                    line.role = "boilerplate"
                break
            if para.role != "body" or not teaser_blurb(para):
                break
            pitch.append(para)


def _mark_pitch_above(paras: list[Para], prompt: int, first: int) -> None:
    """Make clutter the pitch over a newsletter prompt: the one short body line of its block above it, when the
    block opens with it (a paragraph of the article stands in a block of its own, or runs on in a block that does
    not open at the pitch)."""
    pitch: list[Para] = []
    for k in range(prompt, max(first, 0), -1):
        if paras[k].span.after_blank:
            break
        above = paras[k - 1]
        if above.role == "body":
            if above.words > MAX_BLURB_WORDS or pitch:
                return
            pitch.append(above)
    else:
        return  # the block opens above the header's end: no box of the article's
    for para in pitch:
        para.role = "boilerplate"


_AFTER_COLON = re.compile(r":\s*\S")


def bare_heading(text: str) -> bool:
    """Whether a teaser heading stands alone (``Read more``, ``READ NEXT:``) rather than leading its link
    (``Read also: Why rail bridges are struggling``)."""
    return not _AFTER_COLON.search(text)


def _list_heading(para: Para) -> bool:
    """Whether a line heads a list of other stories (``Read more``, ``More from Health``), with or without a link."""
    return para.rule is not None and para.rule.name in ("read-more", "list-heading")


def mark_listed_teasers(paras: list[Para], first: int) -> None:
    """Headline lines listed right under a bare ``See also`` / ``Read more`` / ``Most popular`` heading, in its block,
    are teasers; the heading may close the header, just above the first body paragraph ``first``."""
    listing = False
    start = max(first - 1, 0)
    for index in range(start, len(paras)):
        para = paras[index]
        if _list_heading(para):
            listing = bare_heading(para.text)
            continue
        if listing and para.role == "body" and not para.span.after_blank and _listed(paras, index):
            para.role = "boilerplate"
            continue
        listing = False


def _listed(paras: list[Para], index: int) -> bool:
    """Whether a line under a list heading reads as one of its headlines: no closing stop, or a short line ending in
    one with another headline under it in the block (``Property taxes are rising. These maps show where.``)."""
    para = paras[index]
    if not PROSE_END.search(para.text):
        return True
    following = paras[index + 1] if index + 1 < len(paras) else None
    return (
        para.words <= MAX_TEASER_HEADLINE_WORDS
        and following is not None
        and not following.span.after_blank
        and following.role == "body"
        and following.words <= MAX_TEASER_HEADLINE_WORDS
        and not PROSE_END.search(following.text)
    )


MAX_BLURB_WORDS = 30
"""The summary line printed under a teaser link is one short sentence."""
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)]*(?:\s|$)")


def teaser_blurb(para: Para) -> bool:
    """Whether a line is short enough, and one sentence, to be a teaser's summary."""
    return para.words <= MAX_BLURB_WORDS and len(_SENTENCE_STOP.findall(para.text)) <= 1


MAX_TEASER_HEADLINE_WORDS = 20
"""A headline listed in a teaser box is a short line with no closing stop."""


def _teaser_box(block: list[Para]) -> bool:
    """Whether the lines of a block under a bare ``Read more`` heading are all teasers: headlines, each with at most
    one summary sentence under it (``Central bank holds rates`` / ``The bank kept its rate at 3.25%.`` / ``Port strike
    ends`` / ``Dockers voted to accept.``)."""
    expect_headline = True
    for para in block:
        headline = not PROSE_END.search(para.text) and para.words <= MAX_TEASER_HEADLINE_WORDS
        if headline:
            expect_headline = False
            continue
        if expect_headline or not teaser_blurb(para):
            return False
        expect_headline = True
    return bool(block)


def mark_teaser_box(paras: list[Para], first: int) -> None:
    """A whole block of headline / summary pairs under a bare ``Read more`` or ``More from …`` heading is teasers, when
    nothing else is in the block (the article going on in the same block keeps the box to what a single link holds)."""
    for index in range(max(first, 0), len(paras)):
        heading = paras[index]
        if not _list_heading(heading) or not bare_heading(heading.text):
            continue
        block: list[Para] = []
        for para in paras[index + 1 :]:
            if para.span.after_blank or para.rule is not None:
                break
            block.append(para)
        if _teaser_box(block):
            for para in block:
                para.role = "boilerplate"


def mark_teaser_blurbs(paras: list[Para], first: int) -> None:
    """The summary line right under a teaser link, closing its block, is part of the teaser: under ``Read also:
    <headline>``, or under a headline listed below a bare ``Read more`` heading."""
    for index in range(max(first, 1), len(paras) - 1):
        link, blurb = paras[index], paras[index + 1]
        heading = paras[index - 1]
        inline = link.rule is not None and link.rule.name == "read-more" and not bare_heading(link.text)
        listed = (
            link.role == "boilerplate"
            and link.rule is None
            and not link.span.after_blank
            and heading.rule is not None
            and heading.rule.name == "read-more"
            and bare_heading(heading.text)
        )
        if not (inline or listed):
            continue
        if blurb.role != "body" or blurb.span.after_blank or not teaser_blurb(blurb):
            continue  # two sentences, or a long one: the article going on, not a one-line summary
        after = paras[index + 2] if index + 2 < len(paras) else None
        if after is None or after.span.after_blank or after.role != "body":  # no article text follows in the block
            blurb.role = "boilerplate"


def mark_credit_captions(paras: list[Para]) -> None:
    """A bare photo credit (``Getty Images``) makes the caption line next to it in its block a caption; a labelled
    credit on a line of its own (``Photo: Getty Images``) makes the one-sentence line just above it a caption too, even
    across a blank line and ending in a stop (``Duck feathers drying after being cleaned.``), when the line above that
    is not the article's prose running on (an image sits between paragraphs, after a break in the run). A bare name
    under a credit is the byline under the lead photo, not its caption."""
    for index, para in enumerate(paras):
        if para.role != "caption" or para.words > 6:
            continue
        neighbours = []
        below = paras[index + 1] if index + 1 < len(paras) else None
        if below is not None and not below.span.after_blank and not is_name_line(below.text):
            neighbours.append(below)  # a name under a photo credit is the article's byline, not a caption
        if index > 0 and not para.span.after_blank:
            neighbours.append(paras[index - 1])
        for other in neighbours:
            if other.role in ("body", "boilerplate") and other.rule is None and not PROSE_END.search(other.text):
                other.role = "caption"
                break
        else:
            if index > 1 and _captioned_above(paras, index):
                paras[index - 1].role = "caption"


CAPTION_WORDS = 30
"""A caption over a labelled credit is one sentence of at most this many words."""

MAX_CREDIT_WORDS = 3
"""A photo credit printed on a line of its own under its caption is this short (``GETTY``, ``AFP via Getty``)."""


def mark_repeated_credit_captions(paras: list[Para]) -> None:
    """A page prints each image the same way: when a short line that is no sentence (``GETTY``) stands right under a
    caption, it is the page's photo credit, and wherever the page prints that line again, the short paragraph just
    above it is another image's caption (a caption the line rules miss, with no credit of its own), and the credit
    lines themselves are part of the captions. A line under a caption that is itself a photo credit (``Image via
    Getty Images``) is no second credit, one with a date line under it is a byline with its date, and the headline
    under a photo's caption is the headline."""
    credits = {
        para.text
        for index, (previous, para) in enumerate(pairwise(paras), start=1)
        if previous.role == "caption"
        and para.role != "title"
        and _credit_line(para)
        and not _credited(previous)
        and not _dated_below(paras, index)
    }
    if not credits:
        return
    for index, para in enumerate(paras):
        if para.text not in credits or not _credit_line(para):
            continue
        para.role = "caption"
        above = paras[index - 1]
        if above.role == "body" and above.rule is None and above.words <= CAPTION_WORDS:
            above.role = "caption"


CREDIT_ONLY_WORDS = 6
"""A line a photo-credit rule matches is nothing but the credit up to this many words (longer, it is the caption with
its credit run on)."""


def _credited(para: Para) -> bool:
    """Whether a line is nothing but a photo credit (``Photo: Getty Images``, ``Image via Getty Images``)."""
    return para.rule is not None and para.rule.name.startswith("photo-credit") and para.words <= CREDIT_ONLY_WORDS


def _dated_below(paras: list[Para], index: int) -> bool:
    """Whether the line under ``paras[index]`` is a date line."""
    return index + 1 < len(paras) and paras[index + 1].date_line


def _credit_line(para: Para) -> bool:
    """Whether a line could be a photo credit on its own: a few words, no sentence, no rule's other role."""
    return (
        para.words <= MAX_CREDIT_WORDS
        and not PROSE_END.search(para.text)
        and (para.rule is None or para.rule.role == "caption")
        and not para.date_line
    )


def _captioned_above(paras: list[Para], index: int) -> bool:
    """Whether the line above the credit ``paras[index]`` is its caption: the credit is labelled (``Photo: …``), the
    line above is a single short sentence the cleaner took for body, and the line above that is no body prose (the
    image sits where the article's run breaks)."""
    credit, above, before = paras[index], paras[index - 1], paras[index - 2]
    labelled = credit.rule is not None and credit.rule.name == "photo-credit-labelled"
    one_sentence = above.words <= CAPTION_WORDS and len(_SENTENCE_STOP.findall(above.text.rstrip())) <= 1
    return labelled and above.role == "body" and above.rule is None and one_sentence and before.role != "body"


def mark_line_credits(paras: list[Para]) -> None:
    """A body line that is nothing but a picture credit in a line-initial form (``Photo by Jo Reed``, ``Courtesy of
    Jo Reed``: :func:`core.reading.cleaning_rules.photo_credit_line`), or a caption with such a credit run on after its
    last sentence (``Crews at the pier. Credit Jo Reed for The Courier``:
    :func:`core.reading.cleaning_rules.captioned_credit_line`), is a caption. Only lines read as body change (a
    headline, a byline or a date line stays what it is), and the lines beside the credit keep their roles: a short
    line next to a credit is the article's as often as the picture's caption."""
    for para in paras:
        if (
            para.role == "body"
            and para.rule is None
            and (photo_credit_line(para.text) or captioned_credit_line(para.text))
        ):
            para.role = "caption"


def outlet_name(line: str) -> str:
    """The outlet of an outlet line, without a trailing place (``BBC News, The Hague`` -> ``BBC News``)."""
    head = line.split(",")[0].strip()
    return head if head != line and looks_like_outlet(head) else line


def label_above_headline(paras: list[Para], index: int) -> bool:
    """Whether a short line before the headline is a label over it (``World``, ``US news``), not the headline.

    One word is always a label. Two words (``Ceasefire collapses``, ``Obituary: Madonna``) are the headline
    unless the next line that is not furniture could be the headline itself: a line that is not a sentence nor
    a byline, and either short enough for a headline or followed by another such line (its standfirst).
    """
    words = paras[index].words
    if words >= SHORT_TITLE_WORDS:
        return False
    if words < MIN_TITLE_WORDS:
        return True
    following = _headline_shaped(paras, index + 1, MIN_TITLE_WORDS)
    if following is None:
        return False
    third = _headline_shaped(paras, following + 1, MIN_STANDFIRST_WORDS)
    return paras[following].words < STANDFIRST_WORDS or third is not None


def headline_follows(paras: list[Para], index: int) -> bool:
    """Whether the next line after ``index`` that is not furniture could be a headline (not a sentence nor a byline)."""
    return _headline_shaped(paras, index + 1, MIN_TITLE_WORDS) is not None


def _headline_shaped(paras: list[Para], start: int, min_words: int) -> int | None:
    """The index of the first line from ``start`` that is not furniture, if it could be a headline or standfirst.

    It could when it is not a sentence nor a byline and has at least ``min_words`` words.
    """
    index = next((k for k in range(start, len(paras)) if not paras[k].furniture), None)
    if index is None:
        return None
    para = paras[index]
    shaped = para.words >= min_words and not para.prose and not PROSE_END.search(para.text)
    return index if shaped and not is_name_line(para.text) else None


def outlet_line(paras: list[Para], index: int) -> bool:
    """Whether a header line under the headline names the outlet: an outlet's name, or a lone word by the credits."""
    para = paras[index]
    if looks_like_outlet(outlet_name(para.text)) and para.words <= 8:
        return True
    return is_lone_word(para.text) and _beside_credits(paras, index)


def _beside_credits(paras: list[Para], index: int) -> bool:
    """Whether the header line at ``index`` sits right next to a byline or date line (the credits area)."""
    if index > 0 and paras[index - 1].role in ("byline", "date"):
        return True
    if index + 1 >= len(paras):
        return False
    following = paras[index + 1]
    rule = following.rule
    return following.date_line or (rule is not None and rule.role == "byline") or is_name_line(following.text)


PULL_QUOTE_MIN_WORDS = 8
PULL_QUOTE_WORDS = 40
"""A pull quote is a sentence or two: from 8 to 40 words (a short quoted line may well be said twice)."""
PULL_QUOTE_COMMON = 50
"""A word trigram found in more paragraphs than this is a stock phrase and says nothing about a pull quote."""
PULL_QUOTE_SHARE = 0.6
"""…and at least this share of its word trigrams come back in a longer body paragraph."""
_QUOTE_WORD = re.compile(r"[^\W_]+")


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = _QUOTE_WORD.findall(text.casefold())
    return {tuple(words[k : k + 3]) for k in range(len(words) - 2)}


def mark_pull_quotes(paras: list[Para], first: int) -> None:
    """A paragraph that is one quotation, repeated from a longer body paragraph, is a pull quote: clutter.

    Magazines set a striking quote large between paragraphs; in a paste it reads as a paragraph of its own, but
    the words are already in the body (with who said them).
    """
    body = [p for p in paras[first:] if p.role == "body"]
    quoted = [
        p
        for p in body
        if PULL_QUOTE_MIN_WORDS <= p.words <= PULL_QUOTE_WORDS
        and p.text[:1] in "\"'"
        and p.text.rstrip(".")[-1:] in "\"'"
    ]
    if not quoted:
        return
    holders: dict[tuple[str, ...], list[int]] = {}  # trigram -> body paragraphs holding it (by index in ``body``)
    for number, para in enumerate(body):
        for gram in _trigrams(para.text):
            holders.setdefault(gram, []).append(number)
    for para in quoted:
        grams = _trigrams(para.text)
        shared: dict[int, int] = {}
        for gram in grams:
            found = holders.get(gram, ())
            if len(found) > PULL_QUOTE_COMMON:
                continue  # a stock phrase of the page, not this quote's words
            for number in found:
                shared[number] = shared.get(number, 0) + 1
        if any(
            body[number] is not para and body[number].words > para.words and count >= PULL_QUOTE_SHARE * len(grams)
            for number, count in shared.items()
        ):
            para.role = "boilerplate"
