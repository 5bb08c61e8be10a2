"""Finding the headline under the page's top bar: the line above the body that the body's opening is about.

A page pasted whole often starts with site furniture: skip links, a sign-in bar, a menu, a cookie banner, a
breadcrumb, a section label. The first line is then not the headline. The headline is recognised by what it
says rather than where it sits: it names the story the opening paragraphs tell, so most of its content words
come back in them, while a menu (``News Sport Business``), a sign-in bar or a donation prompt shares no more
than a word with them.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from itertools import pairwise

from core.reading.clean_context import MIN_TITLE_WORDS, PROSE_END, Para
from core.reading.metadata import dated_byline, is_name_line, looks_like_outlet
from core.reading.paragraphs import title_case_share
from core.text.normalize import STOP_WORDS, stem

__all__ = [
    "HEADER_WINDOW",
    "HEADLINE_RULES",
    "common_words",
    "content_words",
    "find_headline",
    "headline_above",
    "headline_over_credits",
    "heads_run",
    "is_alert",
    "is_credit",
    "is_navigation",
    "is_promo",
    "menu_items",
    "opening_words",
    "reads_as_name",
    "resumes_story",
    "story_words",
]

LEDE_PARAGRAPHS = 5
"""How many prose paragraphs from the body's start the headline's words are looked for in…"""
LEDE_GAP_LINES = 12
"""…up to a stretch of more than this many other lines (a short article's opening does not reach across the related
stories and the footer's menus to the site's blurb at the foot of the page)."""
MIN_SHARED = 2
"""A headline shares at least this many content words with the opening paragraphs…"""
MIN_SHARE = 0.4
"""…and at least this share of its own content words…"""
MIN_CONTENT = 3
"""…of which it has at least this many (a two-word topic label, ``North Korea``, is no headline to go by)."""
MIN_SPARE_WORDS = 6
"""…unless it is a line of this many words whose few content words the opening all repeats (``Superbugs: What They
Are and How You Get Them``)."""
MAX_HEADLINE_WORDS = 40
"""A longer line is prose, not a headline."""

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NAV_SEPARATOR = re.compile(r"\s[|›»>/•·]\s|\s{3,}|[→⇒]|\w[›»]\w")
"""A breadcrumb or a menu bar: items split by bars, chevrons or runs of spaces (the paste keeps them), or by arrows
even without spaces (``Home→Collections→Regulation``)."""
_ITEM_GAP = re.compile(r"[ \t]{2,}")
MIN_MENU_ITEMS = 4
"""A line of at least this many short items set apart by double spaces is a menu (``Home  Politics  Business``)."""
MIN_TAG_ITEMS = 3
MAX_TAG_WORDS = 2
"""A line of at least three capitalised items of at most two words set apart by double spaces is a list of topic tags
or a menu too (``Cruise ships  Tourism  Harbours``)."""


def is_navigation(source: str) -> bool:
    """Whether a line is a breadcrumb or a menu bar rather than a headline."""
    line = source.strip()
    if _NAV_SEPARATOR.search(line):
        return True
    items = _ITEM_GAP.split(line)
    if len(items) >= MIN_TAG_ITEMS and all(len(item.split()) <= MAX_TAG_WORDS and item[:1].isupper() for item in items):
        return True
    return len(items) >= MIN_MENU_ITEMS and all(len(item.split()) <= 3 for item in items)


def opening(paras: Sequence[Para], start: int) -> list[Para]:
    """The article's opening: its first :data:`LEDE_PARAGRAPHS` prose paragraphs (a sentence that introduces a list
    among them) from ``start``, up to a gap of more than :data:`LEDE_GAP_LINES` lines that are not (lines a rule
    claimed not counted)."""
    out: list[Para] = []
    gap = 0
    for para in paras[start:]:
        if para.furniture:
            continue
        if not para.prose and not para.lead_in:  # a sentence introducing a list opens the article too
            gap += 1
            if out and gap > LEDE_GAP_LINES:
                break
            continue
        out.append(para)
        gap = 0
        if len(out) == LEDE_PARAGRAPHS:
            break
    return out


def content_words(text: str) -> set[str]:
    """The content words of ``text``: stemmed, folded, no stop words or words of two letters."""
    words = (w.casefold().replace("’", "'").removesuffix("'s") for w in _WORD.findall(text))
    return {stem(w) for w in words if len(w) > 2 and w not in STOP_WORDS}


def _common_words(text: str) -> set[str]:
    """The content words that ``text`` writes in lower case (common words, not names)."""
    return content_words(" ".join(w for w in _WORD.findall(text) if w[:1].islower()))


MIN_COMMON_WORDS = 2
"""A line that reads as a person's name is a headline after all when at least this many of its words come back in
lower case in the opening (``Royal Self-Indicting Arrogance`` over prose about a *royal*'s *self-indicting* …)."""


def opening_words(paras: Sequence[Para], start: int) -> tuple[set[str], set[str]]:
    """The content words of the opening of the article whose run starts at ``start`` (:func:`opening`), and those
    of them it writes in lower case (common words, not names)."""
    lede: set[str] = set()
    common: set[str] = set()
    for para in opening(paras, start):
        lede |= content_words(para.text)
        common |= _common_words(para.text)
    return lede, common


def common_words(paras: Sequence[Para]) -> set[str]:
    """The content words that the prose among ``paras`` writes in lower case."""
    common: set[str] = set()
    for para in paras:
        if para.prose:
            common |= _common_words(para.text)
    return common


def reads_as_name(text: str, common: set[str] | frozenset[str]) -> bool:
    """Whether a line reads as a person's name (:func:`is_name_line`) whose words the article does not write in lower
    case (``common``): ``Manhattan Blast Suspect Arrested`` over an opening about a *blast* *suspect* is a title."""
    return is_name_line(text) and len(content_words(text) & common) < MIN_COMMON_WORDS


def _body_start(paras: Sequence[Para]) -> int | None:
    """The first prose paragraph followed by more prose (a cookie banner or a lone teaser sentence is not)."""
    prose = [k for k, p in enumerate(paras) if p.prose and not p.furniture and not is_navigation(p.source)]
    for first, second in pairwise(prose):
        if second - first <= 4:
            return first
    return prose[0] if prose else None


def _candidate(para: Para) -> bool:
    words = para.words
    return (
        not para.furniture
        and 2 <= words <= MAX_HEADLINE_WORDS
        and not para.prose
        and not is_navigation(para.source)
        and not is_name_line(para.text)
        and not looks_like_outlet(para.text)
        and not is_weather(para.text)
    )


MAX_CHROME_WORDS = 3
"""A line this short above the headline is a menu item, a label or a control (``Sign in``, ``Accept all cookies``)."""
MAX_LABEL_WORDS = 8
"""A line this short that shares at most one content word with the opening is a section label or a teaser of the
site's own (``Europe & Central Asia``, ``LIVE: KVRN 8 News at Noon``)."""


def find_headline(paras: Sequence[Para]) -> int | None:
    """The index of the headline when page furniture stands above it, or ``None`` to read the page top down.

    The headline is the first line above the body's start that is shaped like one (not a sentence, a menu, a
    name or an outlet's name) and whose content words largely come back in the opening paragraphs. Every line
    above it must read as furniture: a matched rule, a menu or breadcrumb, an outlet's name, a line of at most
    three words, a section label (a short line sharing at most one content word with the opening), a ticker,
    or a sentence about something else (a consent banner). Otherwise the page's first line may be a headline
    that words the story its own way (``War at a glance: day 970``) over a standfirst that the opening repeats,
    and ``None`` is returned.

    Args:
        paras: The page's paragraphs, with their line rules already matched.
    """
    start = _body_start(paras)
    if start is None:
        return None
    lede = _lede(paras, start)
    for index in range(start):
        para = paras[index]
        if not _candidate(para):
            continue
        words = content_words(para.text)
        shared = len(words & lede)
        if len(words) >= MIN_CONTENT and shared >= MIN_SHARED and shared / len(words) >= MIN_SHARE:
            above = paras[:index]
            return index if all(_chrome(p, lede) for p in above) and any(not p.furniture for p in above) else None
    return None


HEADER_WINDOW = 40
"""How many lines above the article's run its headline is looked for in."""
MAX_RUN_HEADLINE_WORDS = 30
"""A headline over the run is at most this many words."""
TITLE_CASE_BONUS = 0.2
"""A headline written in title case (most words capitalised) scores this much more than one that is not."""


HEADLINE_RULES = (
    "lede-share",
    "title-case",
    "credited",
    "distance",
    "prose-penalty",
    "upper-of-close",
    "shorter-above",
    "name-guard",
    "outlet-guard",
    "ticker-guard",
    "nav-guard",
    "shaped-fallback",
    "over-credits",
    "repeated-below",
    "widgets",
)
"""The criteria :func:`headline_above` weighs, by name (its ``rules`` argument switches some of them off)."""


def _on(rules: Container[str] | None, name: str) -> bool:
    return rules is None or name in rules


def headline_above(paras: Sequence[Para], start: int, rules: Container[str] | None = None) -> int | None:
    """The headline of the article whose prose starts at ``start``.

    Among the lines just above (:data:`HEADER_WINDOW` of them, a menu stack or a dated list of other stories counting
    as one, their items never the headline: :func:`_widgets`), the one whose content words the opening
    (:func:`opening`) repeats most (by share) wins, a line written in title case or with a byline or date line right
    under it scoring a little more, a sentence of prose or a line far above the run (across lines no rule claimed) a
    little less; when two lines score about as well (a headline and its standfirst), the upper one is the headline,
    and a line the opening repeats word for word is a standfirst under the headline-shaped line above it
    (:func:`_repeated`). When no line shares enough with the opening, the nearest line above the run shaped like a
    headline (several words, mostly capitalised, no name or menu) is taken, unless other lines part it from a line of
    several words right over a byline, which is then the headline (a headline in sentence case over its credits, a
    menu of sections above it; a headline's standfirst stands right under it); else ``None``.

    Args:
        paras: The page's paragraphs, with their line rules matched.
        start: The index of the first paragraph of the article's run.
        rules: The criteria of :data:`HEADLINE_RULES` in force (all when ``None``): a criterion left out neither
            scores nor rejects a line.
    """
    lede, common = opening_words(paras, start)
    near = 0  # lines no rule claimed between the candidate and the run
    scored: list[tuple[float, int]] = []
    fallback: int | None = None
    over_byline: int | None = None
    listed, cost_of = _widgets(paras, start) if _on(rules, "widgets") else (set(), {})
    units = 0
    for index in range(start - 1, -1, -1):
        units += cost_of.get(index, 1)
        if units > HEADER_WINDOW:
            break
        para = paras[index]
        score = _headline_score(para, lede, common, rules) if _on(rules, "lede-share") and index not in listed else None
        if score is not None:
            bonus = CREDITED_BONUS if _on(rules, "credited") and _credited(paras, index) else 0.0
            cost = DISTANCE_COST * max(near - MAX_LINES_UNDER_HEADLINE, 0) if _on(rules, "distance") else 0.0
            scored.append((score + bonus - cost, index))
        shaped = _on(rules, "shaped-fallback") and _headline_shaped(para)
        if fallback is None and near <= MAX_LINES_UNDER_HEADLINE and shaped:
            fallback = index
        if over_byline is None and near <= MAX_LINES_UNDER_HEADLINE and _over_byline(paras, index):
            over_byline = index
        if not para.furniture:
            near += cost_of.get(index, 1)
    if not scored:
        over_credits = headline_over_credits(paras, start) if _on(rules, "over-credits") else None
        if over_credits is not None:
            return _over_lede(paras, over_credits)
        if fallback is not None and over_byline is not None and over_byline > fallback + 1:
            return over_byline
        return fallback
    top, found = max(scored, key=lambda pair: (pair[0], -pair[1]))  # a tie goes to the upper line
    for score, index in sorted(scored, key=lambda pair: -pair[1]):  # the upper of two close ones, near each other
        if not _on(rules, "upper-of-close"):
            break
        between = sum(1 for p in paras[index + 1 : found] if not p.furniture)
        if (
            index < found
            and score >= top - CLOSE_SCORE
            and between <= MAX_LINES_UNDER_HEADLINE
            and not _copy_with_more(paras[index], paras[found])
            and not _short_form(paras, index, found)
        ):
            found = index
    if _on(rules, "repeated-below") and _repeated(paras, found, start):
        above = next((k for k in range(found - 1, -1, -1) if not paras[k].furniture), None)
        if above is not None and _over_repeat(paras[above], lede):
            found = above
    while True:  # a shorter line right above, not a sentence, telling the story too: the headline over its standfirst
        above = next((k for k in range(found - 1, -1, -1) if not paras[k].furniture), None)
        if (
            above is None
            or not _on(rules, "shorter-above")
            or above in listed
            or _statement(paras[above])
            or (paras[above].words >= paras[found].words and not _sentences_under(paras[above], paras[found]))
            or not _reads_as_standfirst(paras[found], paras[above], lede)
            or (_headline_score(paras[above], lede, common, rules) is None and not _sentence_under(paras, above, found))
            or _short_form(paras, above, found)
        ):
            return _over_lede(paras, _full_form_below(paras, found, start))
        found = above


def _sentence_under(paras: Sequence[Para], above: int, found: int) -> bool:
    """Whether ``found`` is a sentence closed by a full stop right under ``above``, a line that could head the article
    (a standfirst under a headline the opening does not echo: ``Bridging the operational AI gap`` over ``Enterprise-wide
    integration is being leveraged … workflows.``)."""
    return (
        above == found - 1
        and (paras[found].text.rstrip(_CLOSERS).endswith(".") or _sentences_under(paras[above], paras[found]))
        and _could_head(paras[above])
        and paras[above].words >= MIN_OVER_CREDITS_WORDS
        and not paras[above].prose
    )


_INNER_STOP = re.compile(r"[a-z0-9%][.!?][\"')]?\s+[\"'(]?[A-Z]")
_QUOTED = re.compile(r"(?<!\w)\"[^\"]*\"|(?<!\w)'(?:[^']|'(?=\w))*'(?!\w)")


def _two_sentences(para: Para) -> bool:
    """Whether a line holds two sentences or more: a full stop inside it, then a capital, outside quotations (a
    headline may quote a slogan of two: ``South Dakota says, 'Meth. We're On It,' and …``)."""
    return bool(_INNER_STOP.search(_QUOTED.sub(" ", para.text)))


def _sentences_under(above: Para, found: Para) -> bool:
    """Whether ``found`` holds two sentences or more and ``above`` holds one: a headline is one sentence, so the
    longer line under it is its standfirst (``The sharing economy is a lie: …`` over ``Disruptive companies talk a
    good game about sharing. Uber's really just …``)."""
    return _two_sentences(found) and not _two_sentences(above)


LEDE_WORDS = 15
"""A statement of this many words is a sentence of prose (a lede, a caption), not a headline…"""
OVER_LEDE_REACH = 8
"""…when a headline-shaped line right over a byline stands at most this many lines above it (lines a rule claimed not
counted)."""


def _over_lede(paras: Sequence[Para], found: int) -> int:
    """The headline at ``found``, or, when that is a long statement (the article's first sentence above a box or a
    picture that cut the run, a video's caption), the nearest line above it set right over a byline
    (:func:`_over_byline`): ``Institutes get behind IFRS big bang`` / ``by Rose Orlik`` / … / ``UK INSTITUTES have
    thrown their weight …``; or the headline over the first credits met on the way up (:func:`_heading_credits`)."""
    if not (_statement(paras[found]) and paras[found].words >= LEDE_WORDS):
        return found
    lines = 0
    for index in range(found - 1, -1, -1):
        if _over_byline(paras, index):
            return index
        if is_credit(paras[index]):
            head = _heading_credits(paras, index)
            if head is not None:
                return head
        if not paras[index].furniture:
            lines += 1
            if lines > OVER_LEDE_REACH:
                break
    return found


def _heading_credits(paras: Sequence[Para], credit: int) -> int | None:
    """The headline over the credits that ``credit`` belongs to: the line right over them, or, when that is a
    sentence (the standfirst), the line over it; ``None`` when neither could head the article
    (``Student Dies After …`` / ``An inquest … until July.`` / ``posted on April 21, 2015``)."""
    top = credit
    while top >= 0 and (paras[top].furniture or is_credit(paras[top])):
        top -= 1
    if top < 0:
        return None
    if _could_head(paras[top]) and not paras[top].prose:
        return top
    above = top - 1
    if _statement(paras[top]) and above >= 0 and _could_head(paras[above]) and not paras[above].prose:
        return above
    return None


def _full_form_below(paras: Sequence[Para], found: int, start: int) -> int:
    """The headline at ``found``, or the line under it (before the run at ``start``) when ``paras[found]`` is its
    short form (:func:`_short_form`)."""
    below = next((k for k in range(found + 1, start) if not paras[k].furniture), None)
    return below if below is not None and _short_form(paras, found, below) else found


STANDFIRST_LENGTH = 2
"""A line under a shorter one is its standfirst when it ends like a sentence or is at least this many times as long…"""
WHOLE_STORY_SHARE = 0.85
"""…or when less than this share of its content words come back in the opening…"""
STORY_SHARE = 2 / 3
"""…or when the line above tells the story too, at least this share of its content words coming back in the opening:
a line the opening repeats nearly word for word under one that shares less is the article's headline under another
story's (a "Previous article" link)."""


def _reads_as_standfirst(para: Para, above: Para, lede: set[str]) -> bool:
    """Whether ``para`` reads as the standfirst of the shorter line ``above`` rather than the headline under another
    story's headline or a label: it ends like a sentence, it is much longer, the opening does not repeat nearly all its
    content words, or the opening repeats most of the words of ``above`` too (``Home Depot sales miss`` over ``The
    retailer earned $2.8 billion in the quarter.``; not ``Fishermen protest quotas at Pellavan harbour`` over a
    headline whose every word the opening repeats)."""
    if para.prose or PROSE_END.search(para.text) or para.words >= STANDFIRST_LENGTH * above.words:
        return True
    words, upper = content_words(para.text), content_words(above.text)
    return (
        not words or len(words & lede) < WHOLE_STORY_SHARE * len(words) or len(upper & lede) >= STORY_SHARE * len(upper)
    )


MIN_STACK_LINES = 5
"""A menu between a headline and its article is a stack of at least this many short lines…"""
STACK_LINE_WORDS = 4
"""…each of at most this many words, no sentence: the stack counts as one line of distance."""
MAX_ITEM_WORDS = 6
"""A line of at most this many words between two short lines on each side is one more item of their menu (``New
Car Buyers Guide``); a longer one is a headline set among menus."""
MIN_LISTED = 3
"""A list of other stories over the article holds at least this many headlines, each right over a date line of its
own…"""
LISTED_REACH = 4
"""…one within this many paragraphs of the next: the list counts as one line of distance, and none of its headlines
is the article's."""


def menu_items(paras: Sequence[Para], start: int) -> set[int]:
    """The lines above ``start`` that are items of a menu or headlines of a dated list of other stories (see
    :func:`_widgets`): none of them is the article's headline."""
    return _widgets(paras, start)[0]


def _widgets(paras: Sequence[Para], start: int) -> tuple[set[int], dict[int, int]]:
    """What stands between a headline far above and the article starting at ``start``: the lines that cannot be its
    headline (a menu's items, set among short lines, and the headlines of a list of other stories, each right over a
    date line or a byline, :data:`MIN_LISTED` or more near each other), and how much each line counts towards the
    distance: 0 for every line of a menu stack but its first and of such a list but its first (a car-finder's list of
    makes and a "More stories" list between the headline block and the text)."""
    lo = max(start - 4 * HEADER_WINDOW, 0)
    cost: dict[int, int] = {}

    def short(k: int) -> bool:
        """A menu's item: a short line no rule claimed, no sentence, date, name or handle."""
        if not lo <= k < start:
            return False
        para = paras[k]
        return (
            not para.prose
            and not para.furniture
            and 0 < para.words <= STACK_LINE_WORDS
            and not para.text.startswith(("@", "by ", "By "))
            and not is_name_line(para.text)
        )

    run: list[int] = []
    for index in range(lo, start + 1):
        if index < start and short(index):
            run.append(index)
            continue
        if len(run) >= MIN_STACK_LINES:
            cost.update(dict.fromkeys(run[1:], 0))
        run = []
    listed = {
        k
        for k in range(lo, start)
        if paras[k].words <= MAX_ITEM_WORDS and short(k - 2) and short(k - 1) and short(k + 1) and short(k + 2)
    }
    dated = [k for k in range(lo + 1, start) if is_credit(paras[k]) and not is_credit(paras[k - 1])]
    chains: list[list[int]] = []
    for k in dated:
        if chains and k - chains[-1][-1] <= LISTED_REACH:
            chains[-1].append(k)
        else:
            chains.append([k])
    for chain in chains:
        if len(chain) >= MIN_LISTED and len({paras[k].text for k in chain}) >= MIN_LISTED:
            listed |= {k - 1 for k in chain}
            cost.update(dict.fromkeys(range(chain[0], chain[-1] + 1), 0))
    listed |= _under_list_heading(paras, lo, start)
    return listed, cost


_LIST_HEADING_RULES = frozenset(["list-heading", "read-more"])
_NOT_LIST = re.compile(r":|comment|conversation", re.IGNORECASE)
"""A heading with a headline after its colon heads one link; a comment thread's heading (``comments``) heads no list
of stories."""
MAX_LISTED_UNDER_HEADING = 8
"""A list of other stories under a heading just above an article has at most this many headlines."""
MIN_LISTED_WORDS = 3
"""A listed story's headline, and the article's, has at least this many words (a menu's items have fewer)."""


def _under_list_heading(paras: Sequence[Para], lo: int, start: int) -> set[int]:
    """The headlines of other stories listed under a heading (``Related Reads``, ``More from …``) run on to the
    article's own headline, which the credits right under it set apart: each line between the heading and the line
    right over the first credits below it, when all of them, and that line, read as headlines (several words, no
    credit) and the list is short (:data:`MAX_LISTED_UNDER_HEADING`). When the line over the credits is no headline
    by its shape and the one above it is, that one is the article's headline over its standfirst, not listed."""

    def titled(k: int) -> bool:
        return paras[k].words >= MIN_LISTED_WORDS and not is_credit(paras[k]) and not paras[k].furniture

    found: set[int] = set()
    for k in range(lo, start):
        rule = paras[k].rule
        if rule is None or rule.name not in _LIST_HEADING_RULES or _NOT_LIST.search(paras[k].text):
            continue
        credit = next((c for c in range(k + 2, min(start, k + MAX_LISTED_UNDER_HEADING + 3)) if is_credit(paras[c])),
                      None)  # fmt: skip
        if credit is None:
            continue
        head = next((h for h in range(credit - 1, k, -1) if not paras[h].furniture), None)
        if head is None:
            continue
        listed = [h for h in range(k + 1, head) if not paras[h].furniture]
        if listed and not _headline_shaped(paras[head]) and _headline_shaped(paras[listed[-1]]):
            listed.pop()  # the line over the credits is the standfirst under the headline
        if listed and titled(head) and all(titled(h) for h in listed):
            found.update(listed)
    return found


def is_credit(para: Para) -> bool:
    """Whether a line is a credit line: a date line, a line a byline rule claimed (an article's own credits, or a
    listed story's), or a date and a byline in one (:func:`core.reading.metadata.dated_byline`)."""
    return para.date_line or (para.rule is not None and para.rule.role == "byline") or dated_byline(para.text)


def _repeated(paras: Sequence[Para], index: int, start: int) -> bool:
    """Whether the article's opening (:func:`opening`) repeats
    ``paras[index]`` word for word: the article's own sentence shown again above it (a standfirst drawn from the text,
    a pull quote), not a headline written for it."""
    line = " ".join(paras[index].text.split()).casefold().rstrip(".")
    if len(line.split()) < MIN_SHAPED_WORDS:
        return False
    return any(line in " ".join(p.text.split()).casefold() for p in opening(paras, start) if p is not paras[index])


def _over_repeat(para: Para, lede: set[str]) -> bool:
    """Whether ``para``, right above a line the article repeats, is its headline: a line of a headline's length that
    is no sentence of prose, menu, name, outlet, date or ticker, and shares a content word with the opening."""
    return (
        MIN_SHAPED_WORDS <= para.words <= MAX_RUN_HEADLINE_WORDS
        and not para.prose
        and not para.date_line
        and not is_navigation(para.source)
        and not is_name_line(para.text)
        and not looks_like_outlet(para.text)
        and not _ticker(para.text)
        and bool(content_words(para.text) & lede)
    )


def _copy_with_more(para: Para, headline: Para) -> bool:
    """Whether ``para`` is ``headline`` printed again with more around it: the page's title with the site's name
    (``Headline - The Daily Star``), a breadcrumb or a share text ending in it."""
    return len(headline.text) < len(para.text) and headline.text.casefold() in para.text.casefold()


SHORT_FORM_SHARE = 0.75
"""A line is a short form of the headline under it when at least this share of its content words are the headline's."""


def _short_form(paras: Sequence[Para], index: int, headline: int) -> bool:
    """Whether ``paras[index]`` is a short form of the headline at ``headline`` (a bar's or a share card's title:
    ``Millennial Decorating Mistakes`` over ``The 5 Biggest Decorating Mistakes Millennials Make``): it is shorter and
    the headline holds nearly all its content words, and the headline, written in title case and no statement,
    stands right over the credits (a standfirst under a headline is a sentence, never title-cased over a byline)."""
    short, full = paras[index], paras[headline]
    words = content_words(short.text)
    following = next((p for p in paras[headline + 1 :] if not p.furniture or p.rule is not None), None)
    return (
        following is not None
        and _credit_line(following)
        and short.words < full.words
        and bool(words)
        and len(words & content_words(full.text)) >= SHORT_FORM_SHARE * len(words)
        and not _statement(full)
        and title_case_share(full.text) >= MIN_SHAPED_CAPITALS
    )


DISTANCE_COST = 0.03
"""A line scores this much less for each line no rule claimed between it and the run beyond the few a headline may
have under it (a standfirst, a caption): the headline stands just above its article, not across a widget."""
CREDITED_BONUS = 0.2
"""A line with a byline or a date line among the few under it is that much likelier the headline."""
CREDIT_REACH = 3
"""How many lines under a headline its byline or date line may stand."""


def _credited(paras: Sequence[Para], index: int) -> bool:
    """Whether a byline or a date line stands under ``paras[index]``, with at most :data:`CREDIT_REACH` other lines
    between (share buttons and other lines a rule claimed not counted)."""
    others = 0
    for para in paras[index + 1 :]:
        if para.date_line or (para.rule is not None and para.rule.role == "byline") or is_name_line(para.text):
            return True
        if para.rule is None:
            others += 1
            if others > CREDIT_REACH:
                return False
    return False


CLOSE_SCORE = 0.15
"""Two lines whose scores are this close both tell the story: the upper one is the headline (the other a standfirst,
a summary box, a caption)."""
MAX_LINES_UNDER_HEADLINE = 3
"""Between a headline and its article stand at most this many lines that no rule claims (standfirst, caption, lede)."""
MIN_SHAPED_WORDS = 4
"""A line taken for the headline by its shape alone has at least this many words…"""
MIN_SHAPED_CAPITALS = 0.5
"""…and at least this share of its longer words capitalised."""


def _over_byline(paras: Sequence[Para], index: int) -> bool:
    """Whether ``paras[index]`` could be a headline in any case, set right over a byline: several words, not a
    sentence of prose, a name, an outlet, a menu or a date, with a byline rule's line or a bare name right under it."""
    para = paras[index]
    if index + 1 >= len(paras) or para.furniture or para.prose or is_credit(para):
        return False
    below = paras[index + 1]
    return (
        ((below.rule is not None and below.rule.role == "byline") or is_name_line(below.text))
        and MIN_SHAPED_WORDS <= para.words <= MAX_RUN_HEADLINE_WORDS
        and not is_navigation(para.source)
        and not is_name_line(para.text)
        and not looks_like_outlet(para.text)
    )


def _credit_line(para: Para) -> bool:
    return is_credit(para) or is_name_line(para.text)


MAX_CREDITS_GAP = 3
"""The article's credits stand at most this many unclaimed lines over its run…"""
MIN_OVER_CREDITS_WORDS = 3
"""…and the headline over them has at least this many words."""


def headline_over_credits(paras: Sequence[Para], start: int) -> int | None:
    """The headline of a run that no line above it names by its words: the line right over the article's credits
    (a date line, a byline, a bare name), when those stand just above the run; ``None`` when there are no such
    credits or the line over them is no headline (a name, an outlet, a menu, a label)."""
    first = paras[start]
    if first.words <= MAX_RUN_HEADLINE_WORDS and not first.text.rstrip(_CLOSERS).endswith("."):
        return None  # the run may open with its own headline under the credits (some sites print them first)
    index, others = start - 1, 0
    while index >= 0 and not _credit_line(paras[index]):
        if _headline_shaped(paras[index]):
            return None  # a headline under the credits (some sites print them first): not this rule's to find
        if not paras[index].furniture:
            others += 1
            if others > MAX_CREDITS_GAP:
                return None
        index -= 1
    while index >= 0 and (
        paras[index].furniture or _credit_line(paras[index]) or paras[index].words < MIN_OVER_CREDITS_WORDS
    ):
        index -= 1  # the credits, their buttons and labels (``Text Size``, ``Email This``)
    if index < 0:
        return None
    printed_twice = _printed_twice(paras, index)
    if printed_twice is not None:
        return printed_twice  # the headline and the share text or title that repeats it, over a standfirst
    if not _could_head(paras[index]):
        return None
    above = next((k for k in range(index - 1, -1, -1) if not paras[k].furniture), None)
    if (
        above is not None
        and paras[index].words >= MIN_STANDFIRST_WORDS
        and paras[above].words >= MIN_TITLE_WORDS
        and (paras[above].words < paras[index].words or _sentences_under(paras[above], paras[index]))
        and _could_head(paras[above])
    ):
        return above  # a shorter line (or one sentence) over a standfirst over the credits: the headline
    if (
        above is not None
        and above == index - 1
        and paras[above].words > paras[index].words
        and not paras[above].prose
        and not PROSE_END.search(paras[above].text)
        and _could_head(paras[above])
    ):
        return above  # a longer headline right over its short subtitle over the credits (a newsletter's title)
    return index


MIN_STANDFIRST_WORDS = 10
"""A line over the credits is a standfirst when a shorter headline (``Ceasefire collapses``) stands over it, from
this many words."""


def _could_head(para: Para) -> bool:
    """Whether a line over the credits can be the headline: not too short or long, no menu, outlet, name or date."""
    return (
        MIN_TITLE_WORDS <= para.words <= MAX_RUN_HEADLINE_WORDS
        and not para.date_line
        and not is_navigation(para.source)
        and not looks_like_outlet(para.text)
        and not is_name_line(para.text)
    )


TWICE_REACH = 3
"""A headline the header prints twice stands at most this many unclaimed lines over the line over the credits."""


def _printed_twice(paras: Sequence[Para], index: int) -> int | None:
    """The upper of two copies of one line among the :data:`TWICE_REACH` unclaimed lines over ``paras[index]`` (a
    standfirst, printed once, stands between them and the credits), when it reads as a headline; else ``None``."""
    seen: dict[str, int] = {}
    reach = 0
    for k in range(index - 1, -1, -1):
        para = paras[k]
        if para.furniture:
            continue
        if para.text in seen and MIN_OVER_CREDITS_WORDS <= para.words <= MAX_RUN_HEADLINE_WORDS:
            return k
        seen[para.text] = k
        reach += 1
        if reach > TWICE_REACH:
            return None
    return None


def heads_run(paras: Sequence[Para], start: int) -> bool:
    """Whether the run's first paragraph is the article's headline rather than its first paragraph.

    A headline may read as prose (a question, an exclamation, a long one of 25 words and more); it is the headline
    when it does not end with a full stop, is at most :data:`MAX_RUN_HEADLINE_WORDS` long, has the article's credits
    right under it (a byline, a date line or a bare name, maybe under a standfirst, with only lines a rule claimed
    between them and the next prose paragraph), or, with no headline above it, right under the credits (some sites
    print them first) or asking or exclaiming; and its content words come back in the prose that follows, as a
    headline's do.

    Args:
        paras: The page's paragraphs, with their line rules matched.
        start: The index of the first paragraph of the article's run.
    """
    para = paras[start]
    if para.furniture or para.words > MAX_RUN_HEADLINE_WORDS or para.text.rstrip(_CLOSERS).endswith((".", ":", ",")):
        return False
    after = _past_credits(paras, start + 1)
    if after == start + 1 and after + 1 < len(paras) and not paras[after].prose:
        after = _past_credits(paras, after + 1)  # a standfirst between the headline and its credits
        if after == start + 2:
            return False
    credited = any(_credit_line(p) for p in paras[start + 1 : after])
    before = next((k for k in range(start - 1, -1, -1) if not paras[k].furniture or _credit_line(paras[k])), None)
    asks = para.text.rstrip(_CLOSERS).endswith(("?", "!"))
    if not credited and not asks and (before is None or not _credit_line(paras[before])):
        return False
    if after >= len(paras) or _headline_score(para, _lede(paras, after)) is None:
        return False
    above = headline_above(paras, start)
    far = above is not None and sum(1 for p in paras[above + 1 : start] if not p.furniture) > MAX_LINES_UNDER_HEADLINE
    return credited or above is None or far  # credits printed first, or a question, with no headline right above


def _past_credits(paras: Sequence[Para], index: int) -> int:
    """The index of the first line from ``index`` on that is no credit (a byline, date line or name) nor a line a
    rule claimed."""
    while index < len(paras) and (paras[index].furniture or _credit_line(paras[index])):
        index += 1
    return index


_CLOSERS = "\"'”’»)]"
"""Closing quotes and brackets after a sentence's last mark."""


def _lede(paras: Sequence[Para], start: int) -> set[str]:
    """The content words of the article's opening (:func:`opening`)."""
    lede: set[str] = set()
    for para in opening(paras, start):
        lede |= content_words(para.text)
    return lede


def _headline_shaped(para: Para) -> bool:
    """Whether a line looks like a headline by its shape alone: several words, mostly capitalised, not a sentence of
    prose, a name, an outlet, a menu or a date."""
    return (
        not para.furniture
        and MIN_SHAPED_WORDS <= para.words <= MAX_RUN_HEADLINE_WORDS
        and not para.prose
        and not is_navigation(para.source)
        and not is_name_line(para.text)
        and not looks_like_outlet(para.text)
        and title_case_share(para.text) >= MIN_SHAPED_CAPITALS
        and not dated_byline(para.text)
    )


MAX_OUTLET_WORDS = 4
"""A line that reads as an outlet's name (``The Jersey Journal``) is no headline up to this many words; a longer one
(``The Disappearance of John M. Ford``) may be."""
PROSE_HEADLINE_PENALTY = 0.2
"""A line that reads as a sentence of prose, not a question or an exclamation, scores this much less as a headline (it
may be a lede or a caption)."""


def _headline_score(
    para: Para, lede: set[str], common: frozenset[str] | set[str] = frozenset(), rules: Container[str] | None = None
) -> float | None:
    """How well a line reads as the headline of the opening whose content words are ``lede``; ``None`` when it is not
    shaped like a headline or shares too little with the opening. A line shaped like a person's name is no headline
    unless the opening writes :data:`MIN_COMMON_WORDS` of its words in lower case (``common``)."""
    if (
        para.furniture
        or not 2 <= para.words <= MAX_RUN_HEADLINE_WORDS
        or (_on(rules, "nav-guard") and is_navigation(para.source))
        or (_on(rules, "name-guard") and reads_as_name(para.text, common))
        or (_on(rules, "outlet-guard") and looks_like_outlet(para.text) and para.words <= MAX_OUTLET_WORDS)
        or (_on(rules, "ticker-guard") and _ticker(para.text))
        or dated_byline(para.text)
    ):
        return None
    words = content_words(para.text)
    shared = len(words & lede)
    few = len(words) < MIN_CONTENT and not (para.words >= MIN_SPARE_WORDS and shared == len(words))
    if few or shared < MIN_SHARED or shared / len(words) < MIN_SHARE:
        return None
    penalty = PROSE_HEADLINE_PENALTY if _statement(para) and _on(rules, "prose-penalty") else 0.0
    title_case = TITLE_CASE_BONUS * title_case_share(para.text) if _on(rules, "title-case") else 0.0
    return shared / len(words) + title_case - penalty


def _statement(para: Para) -> bool:
    """Whether a line reads as a sentence of prose that states (a headline may ask or exclaim: ``Will … survive?``)."""
    return para.prose and not para.text.rstrip(_CLOSERS).endswith(("?", "!"))


def _ticker(text: str) -> bool:
    """A market, score or weather ticker: most of its words hold figures (``DAX 19,146.20 ▲0.31%``), or a short line
    with a weather reading (``Tallis Creek 31°C  Wind NW 45km/h``)."""
    words = text.split()
    if len(words) >= MAX_CHROME_WORDS and sum(any(ch.isdigit() for ch in w) for w in words) * 2 >= len(words):
        return True
    return is_weather(text)


_READING = re.compile(
    r"-?\d{1,3}(?:\.\d)?\s?°\s?[CF]?(?!\w)|\b\d{1,3}\s?(?:km/h|mph|kph)\b|\b\d{1,3}\s?%\s+humidity\b", re.IGNORECASE
)
MAX_WEATHER_WORDS = 8
"""A weather box names a place and a reading or two; a headline with a temperature in it is longer."""


def is_weather(text: str) -> bool:
    """Whether a line is a weather box (``London 14°C``, ``Tallis Creek 31°C  Wind NW 45km/h``): at most eight words
    holding a temperature, and either a second reading or at most four words."""
    words = text.split()
    readings = _READING.findall(text)
    if len(words) > MAX_WEATHER_WORDS or not any("°" in r for r in readings):
        return False
    return len(readings) >= 2 or len(words) <= 4


_PROMO = re.compile(
    r"^(?:breaking\s*[:|–—-]?\s*)?"
    r"(?:live(?:\s+(?:updates?|blog|coverage|report))?|watch|listen|video|audio|podcast|opinion|analysis|explainer)"
    r"\b\s*[:|–—-]",
    re.IGNORECASE,
)
"""A promotion of another page (``LIVE: Ostley crash – latest updates``, ``BREAKING Live updates: …``), set above a
headline."""
_ALERT = re.compile(
    r"^(?:breaking(?:\s+news)?|just\s+in|developing(?:\s+story)?|news\s+alert)\s*[:|–—-]", re.IGNORECASE
)
"""A news-alert bar (``BREAKING: Road closures across the Keller Valley``). Some sites put the same label before the
headline itself, so an alert line is furniture only above a headline found by its words, or with no prose under it."""
MAX_PROMO_WORDS = 16
"""A promotion line is a short headline of its own."""


def is_promo(para: Para) -> bool:
    """Whether a line promotes another page (``LIVE: Ostley crash – latest updates from the scene``)."""
    return para.words <= MAX_PROMO_WORDS and bool(_PROMO.match(para.text))


def is_alert(para: Para) -> bool:
    """Whether a line is a news-alert bar (``BREAKING: Road closures across the valley``) or a headline so labelled."""
    return para.words <= MAX_PROMO_WORDS and bool(_ALERT.match(para.text))


def _chrome(para: Para, lede: set[str]) -> bool:
    """Whether a line above the headline reads as page furniture rather than a headline of its own."""
    return (
        para.furniture
        or is_promo(para)
        or is_alert(para)
        or para.words <= MAX_CHROME_WORDS
        or (para.words <= MAX_LABEL_WORDS and len(content_words(para.text) & lede) < MIN_SHARED)
        or _ticker(para.text)
        or is_navigation(para.source)
        or looks_like_outlet(para.text)
        or (para.prose and len(content_words(para.text) & lede) < MIN_SHARED)
    )


RESUME_SHARED = 3
"""Prose after a mid-article list box goes on with the story when it shares this many content words with it."""


def story_words(body: Sequence[Para]) -> set[str]:
    """The content words of the body read so far (what a resumed article goes on about)."""
    story: set[str] = set()
    for para in body:
        story |= content_words(para.text)
    return story


_BOX_RULES = frozenset(["newsletter", "list-heading", "read-more", "section-end", "copyright"])
"""Rules that open another box of the page: a paragraph cannot go on with the article across them."""


def resumes_story(paras: Sequence[Para], index: int, story: set[str]) -> bool:
    """Whether the paragraph at ``index``, after a list box, is the article going on rather than a listed teaser.

    It must be prose, so must the next paragraph that no rule claims (with no newsletter box or other list in
    between), and the two together must share at least ``RESUME_SHARED`` content words with the body read so far: a
    teaser list is headlines of other stories.

    Args:
        paras: The page's paragraphs.
        index: The paragraph after the list heading to test.
        story: The content words of the body read before the list heading (:func:`story_words`).
    """
    if not paras[index].prose:
        return False
    following = None
    for para in paras[index + 1 :]:
        if not para.furniture:
            following = para
            break
        if para.rule is not None and para.rule.name in _BOX_RULES:
            return False  # a newsletter box or another list starts: the line was the last teaser's summary
    if following is None or not following.prose:
        return False
    return len((content_words(paras[index].text) | content_words(following.text)) & story) >= RESUME_SHARED
