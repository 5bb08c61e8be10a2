"""Separating the article from the page: a role for every paragraph, and the metadata they hold.

The page is read in three zones:

1. **Header**, from the top to the first paragraph that reads as prose: the headline (the first line that is
   not furniture), a standfirst (a line under the headline that is not a full sentence, or a sentence followed
   by byline, date or outlet lines), bylines, date lines, an outlet line, captions and clutter.
2. **Body**: prose is ``body``; lines matched by :mod:`core.reading.cleaning_rules` keep the rule's role; a
   related-article teaser (a headline and summary line closed by an author card) is clutter, and so are the links to
   other stories a page sets between the article's paragraphs (:mod:`core.reading.story_links`).
3. **Tail**: once a rule that ends an article (an ``Authors:`` footer, a copyright line, a tag list) has been
   seen after body text, or a live feed starts right after clutter, everything that follows is page clutter.

:func:`hand_layout` gives these roles, with the article's run and the paragraphs' run weights; :func:`read_layout`
then reads the metadata from them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from core.models import Role
from core.reading.article_date import MAX_DATE_LINE_CHARS, article_date
from core.reading.article_run import Run, code_line, find_run, numbered_item, paragraph_weights
from core.reading.byline_lines import byline_group, mark_bylines
from core.reading.clean_context import (
    MAX_TITLE_WORDS,
    PROSE_END,
    Para,
    after_teaser,
    bare_heading,
    headline_follows,
    is_lone_word,
    label_above_headline,
    mark_credit_captions,
    mark_line_credits,
    mark_listed_teasers,
    mark_newsletter_pitch,
    mark_pull_quotes,
    mark_repeated_credit_captions,
    mark_sandwiched,
    mark_teaser,
    mark_teaser_blurbs,
    mark_teaser_box,
    outlet_line,
    outlet_name,
)
from core.reading.cleaning_rules import DATE_PATTERN, NAV_WORDS, TIME_PATTERN, Rule, match_rule
from core.reading.comments import mark_comment_thread
from core.reading.headline import (
    MIN_SHAPED_WORDS,
    common_words,
    content_words,
    find_headline,
    headline_above,
    is_alert,
    is_navigation,
    is_promo,
    opening_words,
    reads_as_name,
    resumes_story,
    story_words,
)
from core.reading.hints import Hints
from core.reading.metadata import (
    BY_LINE,
    credit_line,
    date_line_start,
    dated_byline,
    find_date,
    is_date_line,
    is_name_line,
    looks_like_outlet,
    month_day,
    name_with_link,
    outlet_from_author,
    outlet_from_dateline,
    parse_byline,
)
from core.reading.outlet import best_outlet
from core.reading.paragraphs import find_paragraphs
from core.reading.site_notice import mark_site_notice
from core.reading.story_links import MIN_LISTED_HEADLINES, mark_headline_lists, mark_media_links
from core.text.folding import collapse_space, collapse_space_and_quotes

__all__ = ["METADATA_ROLES", "HandLayout", "Piece", "Reading", "hand_layout", "read_layout"]

METADATA_ROLES: frozenset[Role] = frozenset({"title", "standfirst", "byline", "date", "outlet"})
"""Roles whose paragraphs are one segment each (a line of metadata is not split into sentences)."""


@dataclass(frozen=True, slots=True)
class Piece:
    """A span of the source with one role: a whole paragraph, or part of one (a date glued to a headline)."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""
    paragraph: int
    """Index of the paragraph it belongs to."""
    role: Role
    """Its role on the page."""


@dataclass(slots=True)
class Reading:
    """What the cleaner found: pieces with roles, and the article's metadata."""

    pieces: list[Piece] = field(default_factory=list)
    title: str | None = None
    standfirst: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    outlet: str | None = None


@lru_cache(maxsize=4096)
def _keep_apart(line: str) -> bool:
    text = collapse_space_and_quotes(line)
    return match_rule(text) is not None or is_date_line(text) or is_name_line(text)


FORMAT_CAPTION = Rule("format-caption", "caption", re.compile(r"(?!)"), 0)
"""The rule of a line that the document's format marks as an image's description or a figure's caption (Markdown's
``![…](…)``, HTML's ``figcaption``): furniture the article runs across, never its end."""


def _format_caption(text: str, hints: Hints) -> Rule | None:
    return FORMAT_CAPTION if text in hints.captions else None


@lru_cache(maxsize=4096)
def _set_apart(line: str) -> bool:
    """Whether a line is furniture by its form, so a wrapped text's line of its own however full: a rule's, a date
    line, or a line stamped with a date and a clock time (``Last Updated : Nov 20, 2019 01:41 PM IST | Source: …``).
    Only a text taken for wrapped asks (:func:`core.reading.paragraphs.find_paragraphs`)."""
    text = collapse_space_and_quotes(line)
    stamped = DATE_PATTERN.search(text) is not None and TIME_PATTERN.search(text) is not None
    return match_rule(text) is not None or is_date_line(text) or stamped


def _names_outlet(text: str) -> bool:
    """Whether a header line is an outlet's name (``The Guardian``, ``BBC News, Kyiv``), not a menu of sections
    (``News Sport Home``)."""
    return looks_like_outlet(outlet_name(text)) and not {w.casefold() for w in text.split()} <= NAV_WORDS


def _read_header(paras: list[Para], hints: Hints, run: Run | None = None) -> int:
    """Give roles to the header paragraphs; return the index of the first body paragraph.

    With the article's run known, the header ends where the run starts (a prose line above it, a cookie notice or a
    teaser, is clutter) and the headline is looked for just above the run.
    """
    title_seen = False
    standfirst_seen = False
    titles: set[str] = set()
    headline = None
    if not hints.title:
        headline = headline_above(paras, run.start) if run is not None else None
        headline = find_headline(paras) if headline is None else headline
    limit = run.start if run is not None and headline is None and not hints.title else 0
    for index, para in enumerate(paras):
        text = para.text
        if headline is not None and index < headline and not para.furniture:
            para.role = "outlet" if _names_outlet(text) else "boilerplate"
        elif para.rule is not None:
            para.role = para.rule.role
        elif para.date_line:
            para.role = "date"
        elif text in hints.captions:
            para.role = "caption"
        elif index == headline and not title_seen:
            para.role, title_seen = "title", True  # the line above the run that its opening repeats, whatever its label
            titles.add(text)
        elif text in titles:
            para.role = "boilerplate"
        elif hints.title and text == collapse_space_and_quotes(hints.title):
            para.role, title_seen = "title", True
            titles.add(text)
        elif hints.standfirst and text == collapse_space_and_quotes(hints.standfirst) and not standfirst_seen:
            para.role, standfirst_seen = "standfirst", True
        elif hints.outlet and text == collapse_space_and_quotes(hints.outlet):
            para.role = "outlet"
        elif not title_seen and not hints.title:
            if para.words > MAX_TITLE_WORDS or _run_paragraph(paras, index, run):
                if index >= limit:
                    return index
                para.role = "boilerplate"  # prose above the article's run: a notice or a teaser
                continue
            later = next((paras[k] for k in range(index + 1, len(paras)) if not paras[k].furniture), None)
            if _names_outlet(text) and later is not None and not later.prose and not is_name_line(later.text):
                para.role = "outlet"  # over a name line it is the headline over its byline
            elif not para.prose and (
                is_navigation(para.source)
                or (is_promo(para) and headline_follows(paras, index))
                or (is_alert(para) and later is not None and not later.prose)
            ):
                para.role = "boilerplate"  # a menu bar, "LIVE: … latest updates" or an alert bar is not the headline
            elif not para.prose and label_above_headline(paras, index):
                para.role = "boilerplate"
            else:
                para.role, title_seen = "title", True
                titles.add(text)
        elif is_name_line(text):
            para.role = "byline"
        elif outlet_line(paras, index):
            para.role = "outlet"
        elif not standfirst_seen and paras[index - 1].role == "title" and para.words >= 5 and _standfirst(paras, index):
            para.role, standfirst_seen = "standfirst", True
        elif (para.prose or para.words >= 5) and index >= limit:
            return index
        else:
            para.role = "boilerplate"
    return len(paras)


def _run_paragraph(paras: list[Para], index: int, run: Run | None) -> bool:
    """Whether a line is a prose paragraph of the article's run under lines of the page (a menu, a page title): the
    article's text, never its headline. A text that starts with a sentence keeps it as its first line's title."""
    return run is not None and index >= run.start and paras[index].prose and any(not p.furniture for p in paras[:index])


def _standfirst(paras: list[Para], index: int) -> bool:
    """Whether the line under the headline is a standfirst rather than the first paragraph of the body."""
    para = paras[index]
    following = paras[index + 1] if index + 1 < len(paras) else None
    if following is None or para.words > 60:
        return False
    if (following.furniture or is_name_line(following.text) or looks_like_outlet(following.text)) and (
        following.rule is None or following.rule.role in ("byline", "caption")
    ):
        return True
    if PROSE_END.search(para.text):
        return False
    return not following.prose or (para.span.after_blank and following.span.after_blank and para.words <= 40)


MIN_OPENING_WORDS = 5
"""Above the article's run, a line that is not a sentence is body only from this many words (a caption, a lede);
shorter, it is a photo credit, a label or a button."""

MAX_MENU_WORDS = 24
"""A menu bar inside or under the article is short."""


LIVE_TITLE = re.compile(
    r"^live\s*[|–—-]|\blive\s*(?::|updates?\b|blog\b|coverage\b|report\b)|[-–—|]\s*live\s*$|\bas it happened\b",
    re.IGNORECASE,
)
"""A headline that says the page is live (``Ostley train crash: live updates``, ``… – as it happened``)."""


def _read_body(paras: list[Para], first: int, run_start: int | None = None, run_end: int | None = None) -> None:
    """Give roles from the first body paragraph on: prose, furniture, teasers and the tail.

    A list heading (``Recommended``, ``Most read``) usually ends the article, but a page may set its box in the
    middle: the article resumes when two paragraphs of prose follow that go on with the story (see
    :func:`core.reading.headline.resumes_story`). Other ends (a copyright line, a credits footer, a live feed) are
    final, except above the start of the article's run (``run_start``): what stands above the article cannot end it;
    and inside the run (before ``run_end``) every end is a box the article may resume after, as after a list heading,
    but not with prose right under a line shaped like a headline (see :func:`_under_headline`): the article ended
    there, and another story on its subject follows (a related story, the next story of the page). Bare times after
    a teaser start a live feed of other stories, except on a page whose headline says it is live (:data:`LIVE_TITLE`):
    there they stamp its updates.
    """
    seen_body = False
    in_tail = False
    soft_tail = False
    live_page = any(p.role == "title" and LIVE_TITLE.search(p.text) for p in paras[:first])  # its updates are stamped
    listed = False  # the article's end so far is a list heading (whose list is of other stories' headlines)
    body: list[Para] = []
    story: set[str] | None = None  # the body's content words, worked out once per list box
    for index in range(first, len(paras)):
        para = paras[index]
        rule = para.rule
        if index == run_start:
            in_tail = soft_tail = False  # the article's run starts here: nothing above it ended the article
        if rule is not None:
            para.role = rule.role
        elif para.date_line:
            para.role = "boilerplate" if in_tail else "date"  # under "More on this story": a teaser's date
        elif is_lone_word(para.text):
            para.role = "outlet" if looks_like_outlet(para.text) else "boilerplate"
            continue
        elif not para.prose and para.words <= MAX_MENU_WORDS and is_navigation(para.source):
            para.role = "boilerplate"  # a footer menu: "Terms of use | Privacy | Contact the newsroom"
            continue
        elif not para.prose and code_line(para.text):
            para.role = "boilerplate"  # a tutorial's code block: not the article's prose
            continue
        else:
            if seen_body and not in_tail and para.prose and index > (run_start or 0):
                head = _credited_headline(paras, index)
                if head is not None:  # another story under its own headline and credits: the article ended
                    for k in range(head, index):
                        if paras[k].role == "body":
                            paras[k].role = "boilerplate"
                    body = [p for p in body if p.role == "body"]
                    in_tail, soft_tail = True, False
            if in_tail and soft_tail and para.prose:
                story = story if story is not None else story_words(body)
                headed = not listed and _under_headline(paras, index)  # another story, under its own headline
                if not headed and resumes_story(paras, index, story):
                    in_tail = soft_tail = False
                    story = None
            para.role = "boilerplate" if in_tail else "body"
            seen_body = seen_body or not in_tail
            if not in_tail:
                body.append(para)
            continue
        closing = rule is not None and rule.name == "read-more" and bare_heading(para.text)  # a card's "Read more"
        if rule is not None and (rule.card or closing) and seen_body:
            mark_teaser(paras, index, first)
        if seen_body and rule is not None and rule.ends_body:
            heading = rule.name == "list-heading"
            soft = heading or (run_end is not None and index < run_end)
            soft_tail = soft if not in_tail else soft_tail and soft
            listed = heading if not in_tail else listed and heading
            in_tail = True
        live = rule is not None and rule.name == "live-timestamp"
        if seen_body and live and after_teaser(paras[index - 1]) and not live_page:
            in_tail = True
            soft_tail = False


def _over_credits(paras: list[Para], index: int) -> tuple[int, bool]:
    """The index of the line right over the credits (bylines, bare names, date lines) above the paragraph at
    ``index`` (``index - 1`` when there are none; ``-1`` at the top of the page), and whether a byline is among them."""
    above = index - 1
    bylined = False
    while above >= 0 and _credit_line(paras[above]):
        rule = paras[above].rule
        bylined = bylined or (rule is not None and rule.role == "byline")
        above -= 1
    return above, bylined


def _under_headline(paras: list[Para], index: int) -> bool:
    """Whether the paragraph at ``index`` stands under a headline of its own, across its credits (a byline, a bare
    name, a date line) if it has any."""
    above, _ = _over_credits(paras, index)
    return above >= 0 and _another_headline(paras[above])


def _credited_headline(paras: list[Para], index: int) -> int | None:
    """The index of another story's headline over the prose at ``index``, when a byline stands between them
    (``Harbour Council Approves New Ferry Timetable`` / ``By Jo Marsh`` / ``March 3, 2025``): a subheading of the
    article has no credits under it, and an update of a live page has a time or a date, no byline."""
    above, bylined = _over_credits(paras, index)
    return above if bylined and above >= 0 and _another_headline(paras[above]) else None


def _credit_line(para: Para) -> bool:
    """Whether a line is a credit: a byline, a bare name or a date line."""
    byline = para.rule is not None and para.rule.role == "byline"
    return byline or para.date_line or is_name_line(para.text)


def _another_headline(para: Para) -> bool:
    """Whether a line reads as a story's headline rather than a line of an article or of a box: no rule claims it,
    several words, no sentence, no name."""
    return (
        not para.furniture
        and not para.prose
        and para.words >= MIN_SHAPED_WORDS
        and not is_name_line(para.text)
        and not is_navigation(para.source)
    )


def _dated(text: str) -> bool:
    """Whether a short line holds a date, with or without its year."""
    return len(text) <= MAX_DATE_LINE_CHARS and bool(find_date(text) or month_day(text))


CREDIT_LINES_ABOVE = 2
"""A byline set above the headline is among the two lines over it that no rule claims."""


REPEATED_MIN_WORDS = 6
"""A body paragraph of at least this many words printed twice on the page is no paragraph of the article."""


REPEATED_SHARE = 0.3
"""…unless more than this share of the body is repeated."""


def _mark_repeated(paras: list[Para]) -> None:
    """Body paragraphs the page prints twice (a gallery's captions, a teaser shown in two lists) are clutter: an
    article says each paragraph once. So is a body paragraph whose whole text opens a longer paragraph elsewhere on
    the page: a clipped preview of it (an author's bio cut after its first sentence at the top of the page, printed
    in full at the foot). When most of the body is repeated, the article itself was pasted twice, and nothing
    changes."""
    counts = Counter(p.text for p in paras if p.words >= REPEATED_MIN_WORDS)
    texts = sorted({p.text for p in paras})
    body = [p for p in paras if p.role == "body"]
    repeated = [p for p in body if counts[p.text] > 1 or (p.words >= REPEATED_MIN_WORDS and _opens_another(p, texts))]
    if len(repeated) > REPEATED_SHARE * len(body):
        return  # the article itself pasted twice: keep it
    for para in repeated:
        para.role = "boilerplate"


def _opens_another(para: Para, texts: list[str]) -> bool:
    """Whether the page holds a longer paragraph that starts with all of ``para``'s text (``texts``: the page's
    paragraph texts, sorted; those starting with a text follow it in that order)."""
    at = bisect_right(texts, para.text)
    return at < len(texts) and texts[at].startswith(para.text)


def _title_index(paras: list[Para], run_start: int) -> int | None:
    """Where the headline stands above the article's run, or ``None``."""
    return next((index for index, p in enumerate(paras[:run_start]) if p.role == "title"), None)


def _read_credits(paras: list[Para], run_start: int) -> None:
    """Give roles to the lines between the headline and the article's run that the header left as text: bylines
    with a date around the names (``11/19/2019 by Lars Brandle``, ``Chris Davies - Nov 19, 2019``), bare name lines,
    lines that hold a date among other words (``Associated Press November 19, 2019, 9:02 AM``); a short line that is
    none of these is a credit or a label, not the article; two lines or more that are no sentences, with what stands
    between them, are a list of other stories' headlines."""
    title_at = _title_index(paras, run_start)
    if title_at is None:
        return
    above = [k for k in range(title_at - 1, -1, -1) if not paras[k].furniture][:CREDIT_LINES_ABOVE]
    for k in above:  # a byline set over the headline with the date ("Louise Matsakis" / "Business" / date / headline)
        dated = any(p.date_line for p in paras[k:title_at])
        if dated and paras[k].role in ("boilerplate", "outlet") and is_name_line(paras[k].text):
            paras[k].role = "byline"
    common = common_words(paras[run_start:])
    for para in paras[title_at + 1 : run_start]:
        if para.rule is not None or para.role not in ("body", "boilerplate", "standfirst"):
            continue
        if para.prose and not credit_line(para.text):
            continue  # a sentence, not a credit line ending in a stop ("Jane Doe | Nov. 6, 2023 3:04 p.m.")
        if credit_line(para.text):
            para.role = "byline"
        elif para.role == "standfirst" and not _dated(para.text):
            continue
        elif reads_as_name(para.text, common):
            para.role = "byline"
        elif para.role in ("body", "standfirst") and _dated(para.text):
            para.role = "date"
        elif para.role == "body" and para.words < MIN_OPENING_WORDS:
            para.role = "boilerplate"
    listed = [
        k
        for k in range(title_at + 1, run_start)
        if paras[k].role == "body" and paras[k].rule is None and not paras[k].prose
    ]
    if len(listed) >= MIN_LISTED_HEADLINES:  # other stories' headlines listed between the headline and the article
        for para in paras[listed[0] : listed[-1] + 1]:
            if para.role == "body" and para.rule is None:
                para.role = "boilerplate"


MIN_FULL_PARAGRAPH_WORDS = 25
"""The article's own paragraphs run to this many words; a box's lines (a sign-up pitch, a prompt) are shorter."""
MIN_BOX_LABELS = 2
"""A run's tail after its last full paragraph is a box when it holds at least this many lines that are not prose."""


def _mark_box_tail(paras: list[Para], start: int, end: int) -> None:
    """Make clutter the tail of the article's run when it is a box rather than the article's ending: after the last
    full paragraph, only short prose lines among at least two lines that are not prose (``Pick Six Newsletter`` /
    ``Get the day's big stories …`` / ``See All Newsletters`` / ``Keep an eye on your inbox …``)."""
    last = next(
        (k for k in range(end - 1, start - 1, -1) if paras[k].prose and paras[k].words >= MIN_FULL_PARAGRAPH_WORDS),
        None,
    )
    if last is None:
        return
    tail = [p for p in paras[last + 1 : end] if not p.furniture]
    labels = [p for p in tail if not p.prose]
    if len(labels) < MIN_BOX_LABELS or not tail or tail[0].prose:
        return
    if any(numbered_item(p.text) is not None for p in labels):
        return  # the article's numbered list going on (see :func:`core.reading.article_run.find_run`), not a box
    if any(p.prose and p.words >= MIN_FULL_PARAGRAPH_WORDS for p in tail):
        return
    for para in tail:
        if para.role == "body":
            para.role = "boilerplate"


MAX_LEAD_WORDS = 30
"""A line between the headline and the byline is a photo's caption or a standfirst up to this many words."""


def _mark_lead_over_byline(paras: list[Para], run_start: int) -> None:
    """Make the run's first paragraph a standfirst when it stands between the headline's credits and the byline
    (``Headline`` / date / ``The band performs at the Beacon.`` / ``By …`` / the article), with at most the page's
    buttons (``Facebook``, ``Email``) between it and the byline: the article starts under its byline, so a short
    paragraph above it is a summary, or the lead photo's caption when a photo credit stands over it (``Headline`` /
    date / ``Alex Wong | Getty Images`` / caption / ``By …``)."""
    if run_start + 1 >= len(paras):
        return
    para = paras[run_start]
    following = next((p for p in paras[run_start + 1 :] if p.role != "boilerplate" or p.rule is None), None)
    if para.role != "body" or para.words > MAX_LEAD_WORDS or following is None:
        return
    if not (following.role == "byline" or BY_LINE.match(following.display) or is_name_line(following.text)):
        return
    above = next((k for k in range(run_start - 1, -1, -1) if not _credit_between(paras[k])), None)
    if above is not None and paras[above].role == "title":
        credited = any(paras[k].role == "caption" for k in range(above + 1, run_start))
        para.role = "caption" if credited else "standfirst"


def _credit_between(para: Para) -> bool:
    """Whether a line between a headline and the paragraph under it is a credit: a date, a byline, an outlet line or
    a photo credit (``Alex Wong | Getty Images``)."""
    return para.role in ("date", "byline", "outlet") or (para.role == "caption" and para.words <= CREDIT_WORDS)


CREDIT_WORDS = 6
"""A photo credit is a short line (``Alex Wong | Getty Images``, ``Photo: AP``)."""


MAX_STANDFIRST_WORDS = 60
"""A standfirst is at most this long."""


def _mark_standfirst_above_run(paras: list[Para], run_start: int) -> None:
    """Make the paragraph right under the headline a standfirst when the article's credits stand between it and
    the article's run: under the headline, past its copies and its credit lines (byline, date, outlet), a paragraph
    followed by a byline or date line before the run starts is the summary the page sets over the article
    (``Headline`` / ``The retailer earned $2.8 billion.`` / share buttons / byline / the article), or clutter when it
    does not tell the story (:func:`_tells_story`: ``Continue reading the main story Share This Page``); the article
    itself starts under its credits."""
    if any(p.role == "standfirst" for p in paras[:run_start]):
        return
    title_at = _title_index(paras, run_start)
    if title_at is None:
        return
    title = paras[title_at].text
    for index in range(title_at + 1, run_start):
        para = paras[index]
        if para.role in ("date", "byline", "outlet") or (para.text == title and para.rule is None):
            continue
        credited = any(p.role in ("date", "byline") for p in paras[index + 1 : run_start])
        if para.role == "body" and para.rule is None and para.words <= MAX_STANDFIRST_WORDS and credited:
            para.role = "standfirst" if _tells_story(para, paras, title_at, run_start) else "boilerplate"
        return


MIN_STANDFIRST_SHARED = 2
"""A standfirst sums up the story: at least this many of its content words are the headline's or the opening's."""


def _tells_story(para: Para, paras: list[Para], title_at: int, run_start: int) -> bool:
    """Whether ``para`` shares :data:`MIN_STANDFIRST_SHARED` content words with the headline at ``title_at`` or the
    opening of the run at ``run_start`` (a summary does; ``Continue reading the main story Share This Page`` does
    not)."""
    story = opening_words(paras, run_start)[0] | content_words(paras[title_at].text)
    return len(content_words(para.text) & story) >= MIN_STANDFIRST_SHARED


def _mark_media_between_bylines(paras: list[Para], run_start: int) -> None:
    """Make a paragraph between the article's byline and its run a caption when a byline of its own follows it
    (``Headline`` / ``By A and B`` / ``Suspect, 28, was taken into custody.`` / ``By C on … Photo by …`` / the
    article): the article's credits stand above, so a credit under a paragraph credits a photo or a video."""
    title_at = _title_index(paras, run_start)
    if title_at is None:
        return
    bylines = [k for k in range(title_at + 1, run_start) if paras[k].role == "byline"]
    if len(bylines) < 2:
        return
    for index in range(bylines[0] + 1, run_start):
        para = paras[index]
        if para.role not in ("body", "standfirst") or para.rule is not None:
            continue
        following = next((p for p in paras[index + 1 : run_start] if p.role != "boilerplate"), None)
        if following is not None and following.role == "byline":
            para.role = "caption"


FOOT_CREDIT_REACH = 3
"""A byline at the article's foot stands at most this many lines under its last paragraph; one further down credits
another story of the clutter under it (a teaser's ``by Ellie Hall``)."""


def _by_credit(text: str) -> bool:
    """Whether a byline line credits with ``By``: at its start, or after the date stamp it opens with
    (``2/26/2015 7:11 AM PST BY TMZ STAFF``, :func:`dated_byline`)."""
    return bool(BY_LINE.match(text)) or dated_byline(text)


def _metadata(paras: list[Para], first_body: int, hints: Hints, reading: Reading) -> None:
    """Collect title, standfirst, authors, date and outlet from the classified paragraphs."""
    by_role: dict[Role, list[Para]] = {}
    for para in paras:
        by_role.setdefault(para.role, []).append(para)
    outlet_lines = [(index, outlet_name(p.display)) for index, p in enumerate(paras) if p.role == "outlet"]
    title_at = next((index for index, p in enumerate(paras) if p.role == "title"), 0)
    outlets: list[str] = [name for index, name in outlet_lines if title_at <= index < first_body]  # by the credits
    if hints.outlet:
        outlets.append(hints.outlet)
    authors: list[str] = list(hints.authors)
    # "By Esther Kamwendo" before a bare name line; the byline nearest the headline before one in a menu far above
    placed = [(index, p) for index, p in enumerate(paras) if p.role == "byline"]
    last_body = max((index for index, p in enumerate(paras) if p.role == "body"), default=len(paras))
    placed.sort(
        key=lambda pair: (
            pair[0] > last_body + FOOT_CREDIT_REACH,  # another story's byline in the clutter under the article: last
            not _by_credit(pair[1].display),
            abs(pair[0] - title_at),
        )
    )
    for at, para in placed:
        found, named, _ = parse_byline(para.display)
        if not authors and found:
            authors = [name for k in byline_group(paras, at) for name in parse_byline(paras[k].display)[0]]
        outlets.extend(named)
    desks = [o for o in map(outlet_from_author, authors) if o]
    outlets.extend(desks)
    if authors and len(desks) == len(authors):
        authors = []  # "By JERUSALEM POST STAFF": a staff credit names the publisher, no person
    body = by_role.get("body", [])
    if body:
        outlets.extend(o for o in [outlet_from_dateline(body[0].display)] if o)
    lines = [name for _, name in outlet_lines]
    titles = by_role.get("title", [])
    reading.title = hints.title or (titles[0].display if titles else None)
    standfirsts = by_role.get("standfirst", [])
    reading.standfirst = hints.standfirst or (standfirsts[0].display if standfirsts else None)
    reading.authors = tuple(dict.fromkeys(authors))
    reading.date = hints.date or article_date(paras, title_at, first_body)
    # the article's prose names other publications as sources; a line about one of its authors (an author's note,
    # not yet told apart from the body here) may name the author's own
    named_authors = [author.casefold() for author in reading.authors]
    prose = [p.role == "body" and not any(a in p.display.casefold() for a in named_authors) for p in paras]
    reading.outlet = hints.outlet or best_outlet([p.display for p in paras], outlets, lines, prose=prose)


OUTLET_NAME_WORDS = 3
"""A site's name at the top of a page is at most this many words."""


def _outlet_from_top(paras: list[Para], first_body: int) -> str | None:
    """The site's name when no byline, dateline or copyright gave one: a short capitalised line above the body
    that no rule claimed, is no menu word, and that the page names again within other lines (``Search Moneta…``,
    ``Get the Moneta Morning Brief``; a menu item printed again in another copy of the menu is no name). The line
    becomes the outlet line."""
    for para in paras[:first_body]:
        words = para.text.split()
        if (
            para.role != "boilerplate"
            or para.rule is not None
            or not 1 <= len(words) <= OUTLET_NAME_WORDS
            or not all(w[:1].isupper() for w in words)
            or any(ch.isdigit() for ch in para.text)
            or {w.casefold() for w in words} <= NAV_WORDS
        ):
            continue
        name = re.compile(rf"(?<!\w){re.escape(para.text)}(?!\w)")
        if any(other.text != para.text and name.search(other.text) for other in paras):
            para.role = "outlet"
            return para.display
    return None


def _mark_named_outlet(paras: list[Para], outlet: str | None) -> None:
    """Make a lone word left as clutter the outlet line when it names the outlet found elsewhere.

    ``Reuters`` above a wire story whose dateline says ``(Reuters)`` is the outlet; ``World`` stays a label.
    """
    if not outlet:
        return
    name = outlet.casefold()
    for para in paras:
        if (
            para.role == "boilerplate"
            and para.rule is None
            and is_lone_word(para.text)
            and para.text.casefold() == name
        ):
            para.role = "outlet"


AUTHOR_NOTE_SHARE = 0.6
"""An author's note (``Jane Doe covers courts for the Post.``) sits in the last 40% of the body."""


_PARENTHESIS = re.compile(r"^\s*\([^()]{1,80}\)")
"""A parenthesis right after an author's name in a note (``Jane Doe (jane@example.com) is …``)."""


def _mark_author_notes(paras: list[Para], authors: tuple[str, ...]) -> None:
    """Make a note about the article's own author, near its end, clutter: a body paragraph that opens with a
    byline's full name (in any case: ``Jane van Doe`` under ``By Jane Van Doe``) and goes on in lower case (``Jane Doe
    is a staff reporter…``, ``Jane Doe covers…``, ``Jane Doe (jane@example.com) is…``), and the body under it: the
    note closes the article."""
    names = [collapse_space_and_quotes(a) for a in authors if len(a.split()) >= 2]
    body = [p for p in paras if p.role == "body"]
    if not names or not body:
        return
    noted = False
    for para in body[int(len(body) * AUTHOR_NOTE_SHARE) :]:
        for name in names:
            rest = _PARENTHESIS.sub("", para.text[len(name) :], count=1).lstrip()
            if para.text[: len(name)].casefold() == name.casefold() and rest[:1].islower():
                noted = True
                break
        if noted:  # the note closes the article: what follows it is the page's
            para.role = "boilerplate"


@dataclass(frozen=True, slots=True)
class HandLayout:
    """A page's paragraphs with the roles the hand rules give them."""

    text: str
    """The page."""
    hints: Hints
    """Metadata already known from the document's markup."""
    paras: list[Para]
    """The paragraphs, in source order."""
    run: Run | None
    """The article's run of prose (:func:`core.reading.article_run.find_run`)."""
    first_body: int
    """Index of the first paragraph after the header."""
    weights: list[float]
    """Each paragraph's run weight (:func:`core.reading.article_run.paragraph_weights`)."""

    def reading(self) -> Reading:
        """The pieces and metadata of the page read from these paragraphs' roles, as :func:`read_layout` reads
        them (a caller may revise the roles first)."""
        return _reading(self)


def _line_rule(line: str, hints: Hints, dated: bool) -> Rule | None:
    """The rule a line matches (a caption the page's metadata names first), except that a date written in figures
    alone (``02.12.19``) is a date line, not a line without words, and that a name with a follow button
    run on (``Marta OlsenFollow``) is a byline, not a teaser's glued text."""
    rule = _format_caption(line, hints) or match_rule(line)
    if rule is not None and rule.name == "no-words" and dated:
        return None
    if rule is not None and rule.name == "glued-card" and name_with_link(line):
        return None
    return rule


def hand_layout(text: str, hints: Hints | None = None) -> HandLayout:
    """The paragraphs of ``text`` with the roles the hand rules give them, the article's run and where the body
    starts (the metadata not yet read: see :func:`read_layout`)."""
    hints = hints or Hints()
    paras = [
        Para(span, source, normalised, _line_rule(normalised, hints, dated), dated)
        for span in find_paragraphs(text, keep_apart=_keep_apart, set_apart=_set_apart)
        for source in [text[span.start : span.end]]
        for normalised in [collapse_space_and_quotes(source)]
        for dated in [is_date_line(normalised)]
    ]
    weights = paragraph_weights(paras)
    run = find_run(paras, weights)
    first_body = _read_header(paras, hints, run)
    _read_body(paras, first_body, run.start if run is not None else None, run.end if run is not None else None)
    if run is not None:
        _read_credits(paras, run.start)
        _mark_lead_over_byline(paras, run.start)
        _mark_media_between_bylines(paras, run.start)
        _mark_standfirst_above_run(paras, run.start)
        mark_headline_lists(paras, run.start, run.end)
        mark_media_links(paras, run.start, run.end)
        _mark_box_tail(paras, run.start, run.end)
        for para in paras[run.end :]:
            if para.role == "body":
                para.role = "boilerplate"  # past the article's run: teasers, footers, comments
        for para in paras[run.start : run.end]:
            if para.role == "caption" and para.rule is not None and para.rule.name == "social-embed":
                para.role = "body"  # a post the article quotes, set in its text
    for para in paras[first_body:]:
        if para.text in hints.captions and para.role == "body":
            para.role = "caption"
    mark_sandwiched(paras, first_body)
    mark_newsletter_pitch(paras, first_body)
    mark_listed_teasers(paras, first_body)
    mark_teaser_blurbs(paras, first_body)
    mark_teaser_box(paras, first_body)
    mark_pull_quotes(paras, first_body)
    _mark_repeated(paras)
    mark_credit_captions(paras)
    mark_repeated_credit_captions(paras)
    mark_line_credits(paras)
    mark_bylines(paras, max(first_body, run.start if run is not None else 0))
    mark_comment_thread(paras, first_body)
    mark_site_notice(paras, first_body)
    _mark_unrelated_headline(paras)
    return HandLayout(text, hints, paras, run, first_body, weights)


_HEADED = frozenset({"title", "standfirst", "byline", "date", "body"})
"""Roles of the lines a headline stands right over: its standfirst, its credits or the article itself."""
HEADED_REACH = 2
"""A headline's credits start at most this many lines under it (a standfirst may stand between)."""


def _mark_unrelated_headline(paras: list[Para]) -> None:
    """A headline that stands over no credits shares a word with its article: such a title line none of whose content
    words comes back in the body (``Site Feedback``, the site's name over a quotation it collected, ``… is writing on
    the Svbtle network.``) is page clutter, and the article is read with no headline rather than with a wrong one.
    A line right over the article's standfirst, credits or first paragraph (within :data:`HEADED_REACH` lines, its
    second copy not counted) heads it whatever its words (a pun: ``Goodbye to the Giants of the Sea?``)."""
    title_at = next((k for k, p in enumerate(paras) if p.role == "title"), None)
    if title_at is None:
        return
    under = title_at + 1
    while under < len(paras) and paras[under].text == paras[title_at].text:
        under += 1  # the headline printed twice (its share text and the title)
    if any(p.role in _HEADED for p in paras[under : under + HEADED_REACH]):
        return
    body = [content_words(p.text) for p in paras if p.role == "body"]
    if body and not content_words(paras[title_at].text) & set().union(*body):
        paras[title_at].role = "boilerplate"


def read_layout(text: str, hints: Hints | None = None) -> Reading:
    """Find the paragraphs of ``text``, give each a role, and read the article's metadata.

    Args:
        text: The decoded source (plain text; Markdown and HTML are reduced to text first).
        hints: Metadata already known from the document's markup.

    Returns:
        The pieces in source order (every non-blank line lies in one) and the metadata.
    """
    return _reading(hand_layout(text, hints))


def _reading(layout: HandLayout) -> Reading:
    """The pieces and metadata of a page read from the roles of ``layout``."""
    text, hints, paras, run, first_body = layout.text, layout.hints, layout.paras, layout.run, layout.first_body
    if not any(p.role == "body" for p in paras):
        for para in paras[first_body:] if first_body < len(paras) else paras:
            if para.rule is None and not para.date_line and para.role not in ("title", "standfirst"):
                para.role = "body"
    reading = Reading()
    _metadata(paras, max(first_body, run.start if run is not None else 0), hints, reading)
    if reading.outlet is None:
        reading.outlet = _outlet_from_top(paras, first_body)
    _mark_named_outlet(paras, reading.outlet)
    _mark_author_notes(paras, reading.authors)
    for index, para in enumerate(paras):
        span = para.span
        lead = span.start if span.lead is None else span.lead  # a list item's marker stays in its segment
        cut = date_line_start(text[span.start : span.end]) if para.role == "title" else None
        if cut is not None:
            title_end = span.start + len(text[span.start : span.start + cut].rstrip())
            reading.pieces.append(Piece(lead, title_end, index, "title"))
            reading.pieces.append(Piece(span.start + cut, span.end, index, "date"))
            if reading.title == para.display and not hints.title:
                reading.title = collapse_space(text[span.start : title_end])
            reading.date = reading.date or find_date(text[span.start + cut : span.end])
        else:
            reading.pieces.append(Piece(lead, span.end, index, para.role))
    return reading
