"""Finding the article as a whole: the main run of prose paragraphs on a pasted page.

A pasted page is the article with the site around it: menus of one- and two-word lines, teaser lists (a headline,
a byline, a sentence or two), sign-up boxes, footers. Line rules catch the furniture they know by its wording; this
module finds the article by its shape, as jusText does for HTML: each paragraph gets a weight, positive for running
prose (long, ending like a sentence, dense in function words), negative for lines that are not (a menu item, a
teaser's headline), and the article is the stretch of paragraphs whose weights add up to the most (the maximum-sum
run). A teaser list loses there: its blurbs are prose, but each comes with a headline and a credit line that cost
more than the blurb brings, while the article's own subheadings and captions are few against its paragraphs.

The context counts too (jusText's second pass): a short prose paragraph alone between two lines that are not prose
is a teaser's blurb or a promotion, and brings little; one next to other prose brings its full weight.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from core.reading.clean_context import CONTROL_CHARS, PROSE_END, Para, is_lone_word
from core.reading.comments import thread_start
from core.reading.headline import headline_above, heads_run, is_credit, is_navigation, story_words
from core.reading.metadata import is_name_line
from core.reading.paragraphs import item_shape
from core.text.normalize import STOP_WORDS

__all__ = ["Run", "code_line", "find_run", "glued_teaser", "numbered_item", "paragraph_weights"]

LINE_COST = 40
"""What a line that is not prose costs beyond its own characters (a menu item of four letters still costs 44)."""
FURNITURE_COST = 10
"""What a line a rule has claimed costs (captions, ad slots and credits stand inside articles too)."""
MIN_STOP_SHARE = 0.2
"""Prose in a language the stop-word list knows has at least this share of function words; a list of names or a
run of keywords ending with a stop has fewer."""
STOP_LANGUAGE_SHARE = 0.15
"""The page's long prose paragraphs hold at least this share of function words on average when the stop-word list
knows its language; under it the share says nothing and is not used."""
FEW_STOPS_SHARE = 0.5
"""…and weighs only this share of its length."""
MIN_SENTENCE_WORDS = 3
"""A line ending like a sentence reads as prose from this many words (``Call it a draw.``)."""
LONG_LINE_WORDS = 15
"""A line this long that does not end like a sentence (a tweet, a caption) costs only the line cost: menus and
teaser headlines are shorter."""
LONE_PROSE_WORDS = 45
"""A prose paragraph shorter than this, between two lines that are not prose, weighs only a share of its length."""
LONE_PROSE_SHARE = 0.25
"""…this share (a teaser's blurb between its headline and the next teaser's headline)."""
MIN_RUN_CHARS = 200
"""A run smaller than this is no article (a page of menus with a sentence or two in it)."""
HEADED_SHARE = 0.5
"""A run under a headline that its opening repeats weighs this share more, and as much again with a byline or date
line under the headline."""
MAX_GAP_LINES = 12
"""Two stretches of prose this many lines apart or fewer can be one article with a box set in it (a gallery, a
related-stories list, a sign-up prompt)…"""
NEAR_PARAGRAPHS = 3
"""…when the other stretch shares with this many of the article's paragraphs next to the gap…"""
JOIN_SHARED = 3
"""…at least this many content words…"""
JOIN_SHARE = 0.3
"""…and at least this share of its own content words: it goes on with the story (a teaser or a bio shares a few)."""
MIN_JOINED_PROSE = 2
"""A stretch below the article's joins it with at least this many prose paragraphs."""
MAX_HEADER_LINES = 3
"""Between a headline and its article stand at most this many lines that no rule claims (a standfirst, a caption,
a credit)."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True, slots=True)
class Run:
    """The article's stretch of paragraphs: ``paras[start:end]``."""

    start: int
    """Index of the first paragraph of the run (a prose paragraph)."""
    end: int
    """Index one past the last paragraph of the run (the last is a prose paragraph)."""


def _chars(text: str) -> int:
    return len("".join(text.split()))


def _stop_share(text: str) -> float:
    words = _WORD.findall(text.casefold())
    if not words:
        return 0.0
    return sum(1 for w in words if w.replace("’", "'") in STOP_WORDS) / len(words)


def _uses_stop_words(paras: Sequence[Para]) -> bool:
    """Whether the page's prose is in a language the stop-word list knows."""
    shares = [_stop_share(p.text) for p in paras if p.prose and p.words >= 20]
    return bool(shares) and sum(shares) / len(shares) >= STOP_LANGUAGE_SHARE


_GLUE = re.compile(r"(?:(?<=[a-z0-9])|(?<=\S[?!.'’\"”)]))(?=[A-Z][a-z])")
GLUED_HEAD_WORDS = 3
"""A teaser card pasted as one line starts with a headline of at least this many words…"""
GLUED_HEAD_CAPITALS = 0.75
"""…at least this share of them capitalised, run into its summary with no space (``…Student-AthleteA 24-year-old…``)."""


def glued_teaser(text: str) -> bool:
    """Whether a line is a teaser card whose headline and summary the paste ran together: a title-cased headline
    glued to the summary's first word (``Ford Recalls F-150s; Loose Cable Can Cause FiresFord is recalling…``)."""
    for match in _GLUE.finditer(text):
        head = text[: match.start()].split()
        if len(head) < GLUED_HEAD_WORDS:
            continue
        long_words = [w for w in head if len(w) > 3]
        capitals = sum(1 for w in long_words if w[:1].isupper())
        return len(long_words) >= GLUED_HEAD_WORDS and capitals >= GLUED_HEAD_CAPITALS * len(long_words)
    return False


_CODE_MARK = re.compile(r"[<>{}();=\\]")
CODE_MARKS = 2
"""A line of program text or markup holds at least this many of its marks (brackets, ``=``, ``;``)…"""
CODE_SHARE = 0.06
"""…making at least this share of its characters, and does not read as a sentence."""
_CODE_ONLY = re.compile(r"^[\W_]{1,6}$")
_CODE_EDGE = re.compile(r"(?:[{}]|\*/|\):|[=(){}<>][^;]*;)$|^(?://|/\*|#include\b)")
_CODE_WORD = re.compile(r"^\S{8,}$")
_CODE_WORD_MARK = re.compile(r"[<>=(){}_]")


def code_line(text: str) -> bool:
    """Whether a line is program text or markup set in an article (``<flag name="top" value="1" />``, ``}``,
    ``x = a | b;``): a tutorial's code block stands inside its article as a caption does."""
    text = text.rstrip(CONTROL_CHARS)  # a stray control character at the end
    if _CODE_ONLY.match(text) or _CODE_EDGE.search(text):
        return True  # a closing brace, a statement, a comment
    if _CODE_WORD.match(text) and _CODE_WORD_MARK.search(text):
        return True  # one long token of program text (``android:layout_width="match_parent"``)
    marks = _CODE_MARK.findall(text)
    if not set(marks) - {"(", ")"}:
        return False  # a bracketed aside (``Slideshow (15 images)``) is no program text
    return len(marks) >= CODE_MARKS and len(marks) >= CODE_SHARE * _chars(text) and not PROSE_END.search(text)


def _is_prose(para: Para) -> bool:
    """Whether a paragraph reads as running text: a sentence of three words or more, or a long paragraph."""
    if para.furniture or is_navigation(para.source) or glued_teaser(para.text):
        return False
    text = para.text.rstrip(CONTROL_CHARS)  # a stray control character at the end
    if para.lead_in:
        return True  # a sentence that introduces a quotation or a list
    return para.prose or (para.words >= MIN_SENTENCE_WORDS and bool(PROSE_END.search(text)))


def paragraph_weights(paras: Sequence[Para]) -> list[float]:
    """Each paragraph's weight: its characters for prose, minus characters and a line cost for other lines."""
    stop_words = _uses_stop_words(paras)
    prose = [_is_prose(p) for p in paras]
    code = [not p.furniture and code_line(p.text) for p in paras]
    aside = [p.furniture or is_lone_word(p.text) or code[k] or _boxed(paras, k) for k, p in enumerate(paras)]
    seen = Counter(p.text for p in paras if p.prose)
    alone = _lone_prose(prose, aside)
    weights: list[float] = []
    for index, para in enumerate(paras):
        size = _chars(para.text)
        if prose[index] and seen[para.text] > 1:
            weight = -float(LINE_COST)  # a ticker or a teaser printed twice on the page: the article says it once
        elif prose[index]:
            weight = float(size)
            if stop_words and _stop_share(para.text) < MIN_STOP_SHARE:
                weight *= FEW_STOPS_SHARE  # a list of names, a run of keywords
            if para.words < LONE_PROSE_WORDS and alone[index]:
                weight *= LONE_PROSE_SHARE
        elif code[index]:
            weight = 0.0  # a code block set in a tutorial: the article goes on under it
        elif aside[index] and not is_lone_word(para.text):
            weight = -float(FURNITURE_COST)
        elif aside[index]:
            weight = -float(size + FURNITURE_COST)  # a label or a credit (``Europe``, ``Reuters``)
        else:
            weight = -float(LINE_COST if para.words >= LONG_LINE_WORDS else size + LINE_COST)
        weights.append(weight)
    return weights


def _lone_prose(prose: Sequence[bool], aside: Sequence[bool]) -> list[bool]:
    """For each paragraph, whether the nearest lines above and below it that do not stand aside (furniture, labels)
    are both not prose (a prose paragraph alone between them is a teaser's blurb or a promotion)."""
    size = len(prose)
    prose_before = [False] * size  # the nearest line above that does not stand aside is prose
    last = False
    for index in range(size):
        prose_before[index] = last
        if not aside[index]:
            last = prose[index]
    alone = [False] * size
    last = False
    for index in range(size - 1, -1, -1):
        alone[index] = not prose_before[index] and not last
        if not aside[index]:
            last = prose[index]
    return alone


def _boxed(paras: Sequence[Para], index: int) -> bool:
    """Whether a line sits inside a box that rules have claimed: lines above and below it in its block are furniture
    (the pitch of a sign-up box between its prompt and its privacy note)."""
    if index == 0 or index + 1 >= len(paras) or paras[index].span.after_blank or paras[index + 1].span.after_blank:
        return False
    if paras[index + 1].date_line and is_name_line(paras[index].text):
        return False  # a byline over its date line, under a caption: the article's credits, not a box
    return paras[index - 1].furniture and paras[index + 1].furniture


def _candidates(weights: Sequence[float]) -> list[tuple[float, int, int]]:
    """Stretches of positive total weight, each with its best end: ``(total, start, end)``. The stretch that adds up
    to the most is the maximum-sum run; the others are the page's other blocks of prose."""
    found: list[tuple[float, int, int]] = []
    total = best = 0.0
    start = 0
    span: tuple[int, int] | None = None
    for index, weight in enumerate(weights):
        if total <= 0:
            if span is not None:
                found.append((best, *span))
            total, best, start, span = 0.0, 0.0, index, None
        total += weight
        if total > best:
            best, span = total, (start, index + 1)
    if span is not None:
        found.append((best, *span))
    return found


def _goes_on(paras: Sequence[Para], words: set[str], gap: int, start: int, end: int) -> bool:
    """Whether the stretch ``paras[start:end]``, ``gap`` lines from paragraphs whose content words are ``words``,
    goes on with their story: near enough, and sharing enough of its words."""
    own = _story(paras, start, end)
    shared = len(own & words)
    return gap <= MAX_GAP_LINES and shared >= JOIN_SHARED and shared >= JOIN_SHARE * len(own)


def _story(paras: Sequence[Para], start: int, end: int, last: int | None = None) -> set[str]:
    """The content words of the prose of ``paras[start:end]`` (of its ``last`` prose paragraphs, or its first
    ``-last``, when given)."""
    prose = [p for p in paras[start:end] if p.prose and not p.furniture]
    if last is not None:
        prose = prose[-last:] if last > 0 else prose[:-last]
    return story_words(prose)


def _credits_between(paras: Sequence[Para], start: int, end: int) -> bool:
    """Whether a credit line stands in ``paras[start:end]``: the article's credits part its header (a standfirst, a
    summary) from the article itself, so no stretch above them joins the one below."""
    return any(is_credit(p) for p in paras[start:end])


def _prose_count(paras: Sequence[Para], start: int, end: int) -> int:
    return sum(1 for p in paras[start:end] if p.prose and not p.furniture)


def _extended(
    paras: Sequence[Para], weights: Sequence[float], stretch: tuple[float, int, int], upwards: bool
) -> tuple[float, int, int]:
    """The ``stretch`` with the stretches of prose around it that go on with its story joined to it, across the short
    gaps between them (a gallery, a related-stories list, a sign-up prompt set in the article).

    Below it, a stretch joins with :data:`MIN_JOINED_PROSE` paragraphs of prose or more (one paragraph under a box
    is a promotion or an author's bio as often as the article going on); above it, when ``upwards``, only a stretch
    big enough to be a run itself (a standfirst or a teaser above an article tells its story too), and never across
    a byline or a date line (what stands above the credits is the article's header). A stretch goes on
    with the story of the paragraphs next to the gap (:data:`NEAR_PARAGRAPHS` of them), not of the whole article: a
    long article shares common words with anything.
    """
    total, start, end = stretch
    piece = start  # where the last stretch joined below starts
    for later, first, last in _candidates(weights[end:]) if end < len(weights) else []:
        first, last = first + stretch[2], last + stretch[2]
        near = _story(paras, piece, end, NEAR_PARAGRAPHS)
        if _prose_count(paras, first, last) < MIN_JOINED_PROSE or not _goes_on(paras, near, first - end, first, last):
            break
        total, piece, end = total + later, first, last
    piece = stretch[2]  # where the last stretch joined above ends
    for earlier, first, last in reversed(_candidates(weights[:start]) if upwards else []):
        near = _story(paras, start, piece, -NEAR_PARAGRAPHS)
        if (
            earlier < MIN_RUN_CHARS
            or _credits_between(paras, last, start)
            or not _goes_on(paras, near, start - last, first, last)
        ):
            break
        total, start, piece = total + earlier, first, last
    return total, start, end


def _chains(paras: Sequence[Para], stretches: Sequence[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """The stretches, each one that goes on with the story of the one before it joined to it, across no byline or
    date line (see :func:`_extended`)."""
    chains: list[tuple[float, int, int]] = []
    piece = 0  # where the last stretch joined starts
    for total, start, end in stretches:
        if chains:
            before, first, last = chains[-1]
            near = _story(paras, piece, last, NEAR_PARAGRAPHS)
            if not _credits_between(paras, last, start) and _goes_on(paras, near, start - last, start, end):
                chains[-1] = (before + total, first, end)
                piece = start
                continue
        chains.append((total, start, end))
        piece = start
    return chains


def _headed(paras: Sequence[Para], start: int) -> float:
    """How much a run looks like an article from above: a headline over it that its opening repeats (or its first
    paragraph, when that is its headline: :func:`core.reading.headline.heads_run`), and credit lines (a byline, a
    date) between the two (or right beside that first paragraph). Each counts for ``HEADED_SHARE`` of the run's
    weight."""
    headline = headline_above(paras, start)
    between = paras[headline + 1 : start] if headline is not None else []
    if headline is None or sum(1 for p in between if not p.furniture) > MAX_HEADER_LINES:
        # no headline right above (a line far above, across a list of other lines, is none of this run's)
        if not heads_run(paras, start):
            return 0.0
        # the stretch opens with its own headline, read as prose (a question), over or under its credits
        beside = [paras[k] for k in (start - 1, start + 1) if 0 <= k < len(paras)]
        return HEADED_SHARE * (1 + any(is_credit(p) for p in beside))
    credits = any(is_credit(p) for p in between)
    return HEADED_SHARE * (1 + credits)


TITLE_LINE_WORDS = 30
"""A headline written as a sentence is at most this many words…"""
TITLE_LINE_CAPITALS = 0.8
"""…with at least this share of its longer words capitalised (no paragraph of prose is written so)."""
MIN_TITLE_LINE_WORDS = 4
"""…of which it has at least this many."""


def _title_line(para: Para) -> bool:
    """Whether a line that reads as a sentence is a headline: short, and written in title case."""
    long_words = [w for w in _WORD.findall(para.text) if len(w) > 3]
    capitals = sum(1 for w in long_words if w[:1].isupper())
    return (
        para.words <= TITLE_LINE_WORDS
        and len(long_words) >= MIN_TITLE_LINE_WORDS
        and capitals >= TITLE_LINE_CAPITALS * len(long_words)
    )


def find_run(paras: Sequence[Para], weights: Sequence[float] | None = None) -> Run | None:
    """The article's run, or ``None`` when the page holds too little prose to tell (a few lines, or no prose).

    Each stretch of prose adds up its paragraphs' weights (``weights``, or :func:`paragraph_weights` when not given),
    the stretches around it that go on with its story joining it (see :func:`_extended`);
    one with a headline above it that its opening repeats, and a byline or date line under that headline, counts for
    more (see :func:`_headed`). The heaviest is the article; a numbered list it starts goes on to its last item past
    its end (see :func:`_numbered_on`).
    """
    weights = paragraph_weights(paras) if weights is None else weights
    stretches = _candidates(weights)
    if not stretches:
        return None
    heads = {k: _headed(paras, start) for k, (total, start, _) in enumerate(stretches) if total >= MIN_RUN_CHARS}
    if heads:
        weighed = {k: stretches[k][0] * (1 + headed) for k, headed in heads.items()}
        best = max(weighed, key=lambda k: (weighed[k], k))
        thread = thread_start(paras)
        if thread is not None and stretches[best][1] >= thread:  # the heaviest lies in readers' comments
            above = [k for k in weighed if stretches[k][2] <= thread]
            best = max(above, key=lambda k: (weighed[k], k)) if above else best
        total, start, end = _extended(paras, weights, stretches[best], upwards=not heads[best])
        if thread is not None and start < thread < end:
            end = thread
    else:
        total, start, end = max(_chains(paras, stretches))
        if total < MIN_RUN_CHARS:
            return None
    while start + 1 < end and _title_line(paras[start]):
        start += 1  # a headline written as a sentence in title case ("… Release. Why You Shouldn't Worry.")
    if start + 1 < end and heads_run(paras, start):  # a headline read as prose, over the article's credits
        start = next(
            (k for k in range(start + 1, end) if not paras[k].furniture and not is_name_line(paras[k].text)), start
        )
    if paras[end - 1].text.endswith(":"):
        end = _announced_list(paras, end)
    return Run(start, _numbered_on(paras, start, end))


_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[.)]\s*\S")
"""An item of a numbered list: ``1. Christie Leigh Mueller``, ``2) The tour``."""
MIN_NUMBERED_ITEMS = 2
"""A numbered list the article starts holds at least this many items inside its run."""


def numbered_item(text: str) -> int | None:
    """The number of a numbered list's item (``1. Christie Leigh Mueller`` is 1), or ``None``."""
    found = _NUMBERED.match(text)
    return int(found.group(1)) if found else None


def _numbered_on(paras: Sequence[Para], start: int, end: int) -> int:
    """The end of the run when a numbered list that starts inside it (items ``1.``, ``2.`` … in order) goes on past
    its end: a listicle whose later items weigh less than their headings cost. The run takes each next item found
    within :data:`MAX_GAP_LINES` lines of the last, with the paragraphs under it up to the next line that is neither
    prose nor a line a rule claimed, and ends on prose. A related-stories list never starts inside the article."""
    numbers = [n for para in paras[start:end] if (n := numbered_item(para.text)) is not None]
    if len(numbers) < MIN_NUMBERED_ITEMS or numbers != list(range(1, len(numbers) + 1)):
        return end
    wanted, taken, k = len(numbers) + 1, end, end
    while k < len(paras) and k - taken <= MAX_GAP_LINES:
        number = numbered_item(paras[k].text)
        k += 1
        if number != wanted:
            continue
        wanted += 1
        while k < len(paras) and (paras[k].prose or paras[k].furniture) and numbered_item(paras[k].text) is None:
            k += 1
        taken = k
    while taken > end and not paras[taken - 1].prose:
        taken -= 1
    return taken


MIN_LIST_ITEMS = 2
"""A list the article introduces, each item a paragraph of its own, has at least this many items."""


def _announced_list(paras: Sequence[Para], end: int) -> int:
    """The end of the run when its last paragraph introduces a list (``The tour dates:``): the list's lines to the
    end of their block, or, when each item is a paragraph of its own, the items as long as they keep one shape
    (:func:`core.reading.paragraphs.item_shape`)."""
    first = end
    while end < len(paras) and not paras[end].span.after_blank and not paras[end].furniture:
        end += 1
    if end > first or end == len(paras):
        return end
    shape = item_shape(paras[end].text)
    while shape is not None and end < len(paras) and not paras[end].furniture and item_shape(paras[end].text) == shape:
        end += 1
    return end if end - first >= MIN_LIST_ITEMS else first
