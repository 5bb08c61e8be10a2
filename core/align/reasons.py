"""Material differences between the two sides of a linked item: numbers, done or planned, quotations, attribution,
names, hedging.

Each finder looks at the text as written and returns evidence quoted from it, so a reader can see the difference in
place. The rules are deliberately conservative: a date is not a quantity, nor is a figure the other side gives in other
units; a few quoted words are a phrase and not a quotation; a source named on one side only counts when that side
reports an unquoted claim on its word (``…, the Yonhap news agency reported``) and the other never names it; and a name
counts only when the other report never mentions it at all.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from rapidfuzz import fuzz, process

from core.align.aliases import with_aliases
from core.align.item_side import ItemSide
from core.align.lexicon import expand
from core.align.number_reason import number_reason
from core.align.planned_reason import planned_reason
from core.align.quantities import Quantity, quantities
from core.align.quotations import Quotation, quotations, quoted_spans
from core.align.requoting import requoted
from core.align.settings import AlignSettings
from core.align.speakers import SPEAKER_WORD, Speaker, gap_after, names_a_source, speakers
from core.models import Reason
from core.text.abbreviations import spelled_out
from core.text.normalize import STOP_WORDS, Term, stem
from core.text.tokens import Token
from core.text.vocabulary import BE_FORMS, NAME_SUFFIXES, WEEKDAYS, word_set

_HEDGES = frozenset(
    [
        "reportedly",
        "allegedly",
        "purportedly",
        "apparently",
        "supposedly",
        "seemingly",
        "possibly",
        "probably",
        "presumably",
        "unconfirmed",
        "unverified",
        "alleged",
        "purported",
        "suspected",
        "rumoured",
        "rumored",
        "believed",
        "likely",
        "perhaps",
        "maybe",
    ]
)
_MODALS = frozenset(["may", "might", "could"])
"""Modal verbs that hedge a statement when written in lower case and not negated (``could face`` ~ ``faces``)."""
_SEEMING = frozenset(["appears", "appeared", "appear", "seems", "seemed", "seem"])
"""Verbs that hedge when followed by ``to`` (``appeared to confirm``)."""
_NEGATIONS = frozenset(["not", "never", "no"])
Canon = Callable[[str], str]
QUOTED_PIECE_WORDS = 2
"""Words a quoted piece needs to count as quoting the longer quotation it sits in word for word."""
QUOTED_PIECES_CHECKED = 16
"""Distinct quoted pieces of a side looked for inside the other side's quotations (an item holds a handful; the bound
keeps crafted text with thousands of quotations to work in proportion to its length)."""


REPORTED_RUN_WORDS = 6
"""Words in a row the other side must say as the quotation says them, without marks, to report the same statement."""
REPORTED_RUN_SHARE = 0.5
"""Share of the quotation's words that run must cover (``budgets cannot rely on disproportionate cuts in essential
services to`` of ``"a just framework for future budgets cannot rely on … to poor persons"``)."""


def _reported(quote: str, said: list[str]) -> bool:
    """Whether ``said`` (the other side's words) holds a long run of the quotation's words in the same order: the same
    statement, reported without quotation marks instead of quoted."""
    words = _words(quote).split()
    if len(words) < REPORTED_RUN_WORDS:
        return False
    matcher = SequenceMatcher(None, said, words, autojunk=False)
    run = matcher.find_longest_match(0, len(said), 0, len(words)).size
    return run >= REPORTED_RUN_WORDS and run >= REPORTED_RUN_SHARE * len(words)


def _words(text: str) -> str:
    """The words of a text, case-folded and joined by single spaces (punctuation and marks dropped)."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _holds_any(text: str, pieces: Sequence[str]) -> bool:
    """Whether any of the pieces occurs in the text."""
    return any(piece in text for piece in pieces)


def quote_reason(left: ItemSide, right: ItemSide, settings: AlignSettings) -> Reason | None:
    """A quoted statement on one side that the other side does not quote (or quotes in clearly different words), and
    a statement both sides quote in words that differ (:func:`core.align.requoting.requoted`).

    Only quotations of ``settings.quote_min_words`` words or more count as statements; but the other side quoting the
    same words in a shorter fragment (``"war of Obama's choosing"`` for ``"a war of Obama's choosing"``) still counts
    as quoting them, and so does repeating nearly all its words (``settings.quote_repeat``) without marks: inside a
    quotation of several sentences, the marks sit in the first and last sentence only. A piece of two words or more
    quoted word for word from inside the quotation (``to "beat up" on her department`` for ``"… to beat up the State
    Department …"``) quotes the same statement, at less length; and a long run of its words said in the same order
    without marks (``saying budgets cannot rely on disproportionate cuts in essential services``) reports it.
    """
    lq, rq = quotations(left, settings), quotations(right, settings)

    def unmatched(mine: list[Quotation], theirs: list[Quotation], other: ItemSide) -> tuple[str, ...]:
        pool = set().union(*(c for _, c, _ in theirs)) if theirs else set()
        said = {t.norm for t in other.terms}  # the words themselves, quoted or not (marks may sit a sentence away)
        pieces = [f" {words} " for q, _, _ in theirs if len((words := _words(q)).split()) >= QUOTED_PIECE_WORDS]
        pieces = list(dict.fromkeys(pieces))[:QUOTED_PIECES_CHECKED]
        found = [
            q
            for q, c, statement in mine
            if statement
            and (
                not c
                or (len(c & pool) / len(c) < settings.quote_match and len(c & said) / len(c) < settings.quote_repeat)
            )
            and not _holds_any(f" {_words(q)} ", pieces)
        ]
        if not found:
            return ()
        written = _words(" ".join(other.text[a:b] for a, b in other.spans)).split()
        return tuple(q for n, q in enumerate(found) if n >= QUOTED_PIECES_CHECKED or not _reported(q, written))

    lu, ru = unmatched(lq, rq, right), unmatched(rq, lq, left)
    lw, rw = requoted(
        [q for q, _, statement in lq if statement][:QUOTED_PIECES_CHECKED],
        [q for q, _, statement in rq if statement][:QUOTED_PIECES_CHECKED],
        settings.variant_cutoff,
    )
    lu += tuple(q for q in lw if q not in lu)
    ru += tuple(q for q in rw if q not in ru)
    return Reason("quote", lu, ru) if lu or ru else None


def attribution_reason(
    left: ItemSide,
    right: ItemSide,
    canon: Canon,
    known_speakers: tuple[list[Speaker], list[Speaker]] | None = None,
    settings: AlignSettings | None = None,
) -> Reason | None:
    """Both sides attribute, but to different sources (``Peskov said`` vs ``the Kremlin has denied``); or one side
    reports a claim on a named source's word (``…, the Yonhap news agency reported``) that the other states as fact.

    Only named sources count: when either side attributes to a pronoun (``even he acknowledged``), the comparison is
    left out, and so it is when neither side names its source (``the statement added`` vs ``the force said``: two
    unnamed ways to say it), or when one side describes by its role a source the other names (``the governor said``
    vs ``Hutchinson said``, where the article wrote ``Gov. Asa Hutchinson``; ``the company said`` vs ``Tellaro said``,
    in a report that names Tellaro; ``the statement said`` vs ``a lawyer … confirmed in a statement``). A side that
    quotes anything is left to the quotation reason (``"…," Kim said`` vs ``the diplomat "condemned …"``).
    """
    ls, rs = known_speakers or (speakers(left), speakers(right))
    ls, rs = _sources(ls), _sources(rs)
    if bool(ls) != bool(rs):
        return _one_sided_source(left, right, ls, rs, canon, settings or AlignSettings())
    if not ls or not rs or any(not c for _, c in (*ls, *rs)):
        return None  # one side names no source, or only a pronoun: nothing to compare
    lnamed = [names_a_source(p, left.text) for p, _ in ls]
    rnamed = [names_a_source(p, right.text) for p, _ in rs]
    if not any(lnamed) and not any(rnamed):
        return None  # "the statement added" and "the force said", "another witness" and "a person at the scene"
    lterms = with_aliases({canon(t) for _, c in ls for t in c}, left.acronyms)
    rterms = with_aliases({canon(t) for _, c in rs for t in c}, right.acronyms)
    if lterms & rterms:
        return None
    if _titled(ls, lnamed, left, rs, rnamed) or _titled(rs, rnamed, right, ls, lnamed):
        return None  # "the governor said" ~ "Hutchinson said", where the article wrote "Gov. Asa Hutchinson"
    if _the_body(ls, lnamed, left, rs, right, canon) or _the_body(rs, rnamed, right, ls, left, canon):
        return None  # "the company said" ~ "Tellaro said", in a report about Tellaro
    return Reason("attribution", tuple(dict.fromkeys(p for p, _ in ls)), tuple(dict.fromkeys(p for p, _ in rs)))


_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you"])
_BEFORE_VERB = frozenset(["has", "have", "had", "also", "later", "then", "earlier", "again", "already", "even"])
"""Words that may stand between a speaker and the verb of saying (``he has also said``)."""


_NOUN_BEFORE = frozenset(["following", "after", "amid", "despite", "over", "about", "of", "on", "in", "to", "by"])
"""Prepositions: a verb of saying right after one is a noun (``following reports that``, ``amid claims that``)."""


def _sources(found: list[Speaker]) -> list[Speaker]:
    """The speakers the attribution reason compares: a pronoun led by an adverb (``even he acknowledged``) given no
    content, as any pronoun; a phrase whose verb follows a preposition (``3pm following reports``) is a noun, no
    speaker, and left out."""
    out: list[Speaker] = []
    for phrase, content in found:
        words = SPEAKER_WORD.findall(phrase)
        if len(words) >= 2 and words[-2].casefold() in _NOUN_BEFORE:
            continue
        out.append((phrase, set() if _pronoun_led(phrase) else content))
    return out


def _pronoun_led(phrase: str) -> bool:
    """Whether a speaker phrase's speaker is a pronoun, whatever word comes before it (``even he acknowledged``, ``so
    she said``): nobody named, however the phrase opens."""
    words = [w.casefold() for w in SPEAKER_WORD.findall(phrase)[:-1]]
    while words and (words[-1] in _BEFORE_VERB or words[-1].endswith("ly")):
        words.pop()
    return bool(words) and words[-1] in _PRONOUNS


TITLE_REACH = 3
"""How many words before a name its title may stand (``Gov. Asa Hutchinson``, ``Senator Mike Enzi``)."""
TITLES_CHECKED = 4
"""At most this many descriptions and names are checked against each other (an item holds one or two of each)."""


def _titled(
    mine: list[Speaker], named: list[bool], side: ItemSide, theirs: list[Speaker], their_named: list[bool]
) -> bool:
    """Whether a source ``side`` describes by its role (``the governor said``) is one the other side names
    (``Hutchinson said``): ``side``'s article writes that name with the role as its title (``Gov. Asa Hutchinson``)."""
    roles = [
        role
        for (phrase, _), is_named in zip(mine, named, strict=True)
        if not is_named and SPEAKER_WORD.findall(phrase)[0].casefold() == "the" and (role := _role(phrase))
    ][:TITLES_CHECKED]
    names = [
        capitals[-1]
        for (phrase, _), is_named in zip(theirs, their_named, strict=True)
        if is_named and (capitals := [w for w in SPEAKER_WORD.findall(phrase) if w[:1].isupper()])
    ][:TITLES_CHECKED]
    return any(_titles(name, side.text) & set(roles) for name in names)


@lru_cache(maxsize=64)
def _titles(name: str, text: str) -> frozenset[str]:
    """The words an article writes in the few words before a name, spelled out (``Gov. Asa Hutchinson`` gives
    ``governor``); read once per name and article."""
    out: set[str] = set()
    for found in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?=['’]s\b|[^\w'’-]|$)", text):  # "Obama’s" too
        before = SPEAKER_WORD.findall(text[max(0, found.start() - 80) : found.start()])[-TITLE_REACH:]
        out.update(w.casefold() for w in before)
        out.update(title for w in before if (title := spelled_out(w.casefold())))
    return frozenset(out)


_DEFINITE = frozenset(["the", "his", "her", "its", "their"])
"""Words that open a description of a source the report has named (``the governor``, ``his lawyer``)."""


def _role(phrase: str) -> str | None:
    """The role word of a speaker phrase that describes its source (``the governor said`` -> ``governor``, ``The
    company has said`` -> ``company``, ``The president this morning says`` -> ``president``), or ``None``."""
    words = SPEAKER_WORD.findall(phrase)[:-1]
    while words and (words[-1].casefold() in _BEFORE_VERB or words[-1].casefold() in _WHEN_WORDS):
        words.pop()
    return words[-1].casefold() if len(words) >= 2 and words[0].casefold() in _DEFINITE else None


_WHEN_WORDS = WEEKDAYS | word_set("today yesterday tonight this last on morning afternoon evening night week")
"""Words of a time set between a source and its verb (``the president this morning says``, ``the governor on Monday
said``): the role is the word before them."""


_BODIES = frozenset(
    """company firm group newspaper paper club bank agency ministry government board council authority museum
    hospital campaign department office""".split()  # noqa: SIM905
)
"""Words by which a report calls an organisation it has named (``the company``, ``the paper``)."""


_DOCUMENTS = frozenset(["statement", "letter", "filing", "release", "memo", "report"])
"""Words by which a report calls what a source put out (``the statement said``)."""


def _the_body(
    mine: list[Speaker], named: list[bool], side: ItemSide, theirs: list[Speaker], other: ItemSide, canon: Canon
) -> bool:
    """Whether every source of ``side`` is one it calls by a common noun and every source the other side names may
    well be that one: an organisation (``the company said`` ~ ``Tellaro said``) named in ``side``'s article, or
    what a source put out (``the statement said`` ~ ``a lawyer … confirmed in a statement``) that the other side
    names too, or whose author ``side``'s article names (``the statement said`` ~ ``McGinley added``, where the
    article wrote ``the statement from Grimm's attorney, William McGinley``)."""
    roles = [None if is_named else _role(phrase) for (phrase, _), is_named in zip(mine, named, strict=True)]

    def named_there() -> bool:
        return all(content and all(canon(t) in side.vocabulary for t in content) for _, content in theirs)

    if all(role in _BODIES for role in roles):
        return named_there()
    if all(role in _DOCUMENTS for role in roles):
        words = {token.text.casefold() for token in other.tokens}
        return all(role in words for role in roles) or named_there()
    return False


def _one_sided_source(
    left: ItemSide, right: ItemSide, ls: list[Speaker], rs: list[Speaker], canon: Canon, settings: AlignSettings
) -> Reason | None:
    """The named sources of the one side that attributes, when it quotes nobody and the other side never names
    them: the claim rests on their word on one side only."""
    side, other, found = (left, right, ls) if ls else (right, left, rs)
    if quotations(side, settings):
        return None  # the source is the speaker of quoted words: the quotation reason compares those
    theirs = with_aliases({canon(t.norm) for t in other.terms}, other.acronyms)
    named = tuple(
        dict.fromkeys(
            phrase
            for phrase, content in found
            if content
            and names_a_source(phrase, side.text)
            and not with_aliases({canon(t) for t in content}, side.acronyms) & theirs
        )
    )
    if not named:
        return None
    return Reason("attribution", named, ()) if side is left else Reason("attribution", (), named)


_POSSESSIVE = re.compile(r"['’]s?$")
"""A possessive ending on a name's last word (``Mr. Seel’s``, ``the Joneses’``)."""
_ADJECTIVE_TAIL = re.compile(r"(?<=[A-Za-z.])-([a-z]+)$")
"""A lower-case ending hyphened to a name's last word that makes it an adjective (``Al Qaeda-linked``,
``Kremlin-backed``): not part of the name."""
_NOT_IN_NAME = STOP_WORDS | WEEKDAYS
"""Capitalised words a name's evidence leaves out (``the``, a weekday after the name: ``Hillary Clinton Wednesday``)."""


def _names(side: ItemSide, speaking: set[str]) -> list[tuple[str, list[Term]]]:
    """Runs of two or more capitalised words holding a name (``White House``, ``Dmitry Peskov``).

    A capital that only opens a sentence is no name (``Earlier Friday``); runs naming a speaker are left out.
    """
    tokens = list(side.tokens)
    capital = [t.text[0].isupper() for t in tokens]
    if tokens and sum(capital) > 0.6 * len(tokens):  # headline case: capitals say nothing
        return []
    out: list[tuple[str, list[Term]]] = []
    k = 0
    while k < len(tokens):
        if not capital[k]:
            k += 1
            continue
        end = k
        while (
            end < len(tokens)
            and capital[end]
            and not (end > k and re.search(r"[,.;:\"“”()—–―]", gap_after(side, end - 1, tokens[end].start)))
        ):
            end += 1
        run = [
            n
            for n in range(k, end)
            if tokens[n].text.casefold() not in _NOT_IN_NAME
            and not any(t.kind == "number" for t in side.terms_between(n, n + 1))  # "Two Canadair planes"
        ]
        found = [t for t in side.terms_between(k, end) if t.kind == "name" and t.norm not in WEEKDAYS]
        last_end = tokens[run[-1]].end if run else 0
        if run and (tail := _ADJECTIVE_TAIL.search(tokens[run[-1]].text)):  # "Al Qaeda-linked": the name is Al Qaeda
            last_end -= len(tail.group())
            tail_norm = stem(tail.group(1))
            found = [t for t in found if not (t.token == run[-1] and t.norm == tail_norm)]
        if len(run) >= 2 and found and not {t.norm for t in found} <= speaking:
            written = _POSSESSIVE.sub("", side.written(tokens[run[0]].start, last_end))
            out.append((written, found))  # "Mr. Seel’s office": the name is Mr. Seel
        k = max(end, k + 1)
    return out


MIN_ROOT = 5
"""Two names share a root when one begins with the other and the shorter has at least this many letters (``arabia``
and ``arabian``, ``ukrain`` and ``ukrainian``)."""


SPELLING = 90.0
"""A name spelled another way (``Hutchison`` ~ ``Hutchinson``) is mentioned: rapidfuzz ``ratio`` at least this."""


def _same_root(a: str, b: str) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= MIN_ROOT and long.startswith(short)


def entity_reason(
    left: ItemSide,
    right: ItemSide,
    canon: Canon,
    known_speakers: tuple[list[Speaker], list[Speaker]] | None = None,
) -> Reason | None:
    """Names on one side of the item that the other report never mentions (speakers aside)."""
    ls, rs = known_speakers or (speakers(left), speakers(right))
    lspeak = {t for _, c in ls for t in c}
    rspeak = {t for _, c in rs for t in c}
    lvoc, rvoc = left.vocabulary, right.vocabulary

    def absent(names: list[tuple[str, list[Term]]], other: frozenset[str], side: ItemSide) -> tuple[str, ...]:
        # the last word names the thing (Zinoviev, House, Enzi): "Senator Mike Enzi" ~ "Sen. Mike Enzi";
        # an acronym stands for the whole name: "Republican National Committee" ~ "the RNC"
        def mentioned(found: list[Term]) -> bool:
            norms = {canon(t.norm) for t in found}
            # "James R. Clapper Jr." is named by "Clapper", not by "Jr"
            head = canon(next((t.norm for t in reversed(found) if t.norm not in NAME_SUFFIXES), found[-1].norm))
            return (
                head in other
                or bool((with_aliases(norms, side.acronyms) - norms) & other)
                or bool((expand(norms) - norms) & other)  # the White House ~ the U.S.
                or any(_same_root(head, word) for word in other)  # Saudi Arabian ~ Saudi Arabia
                or (
                    len(head) >= MIN_ROOT
                    and process.extractOne(head, other, scorer=fuzz.ratio, score_cutoff=SPELLING) is not None
                )
            )

        return tuple(dict.fromkeys(w for w, ts in names if not mentioned(ts)))

    lu, ru = absent(_names(left, lspeak), rvoc, left), absent(_names(right, rspeak), lvoc, right)
    return Reason("entity", lu, ru) if lu or ru else None


_PASSIVE_ONLY = frozenset(["believed"])
"""Hedge words that hedge only in the passive (``is believed to``), not as someone's own belief (``he believed he
could win``)."""
_TIME_OR_PURPOSE = frozenset(["before", "until", "so"])
"""Words opening a clause whose modal tells time or purpose, not doubt (``before it could reach``)."""
CLAUSE_REACH = 3
"""How many words back a clause's opening word may stand from its modal."""
_CLAUSE_BREAK = re.compile(r"[,.;:!?\"“”()—–]")


def _after_be(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` follows a form of ``be``, with at most one word between (``is widely believed``)."""
    return any(tokens[n].text.casefold() in BE_FORMS for n in range(max(0, k - 2), k))


_FREE_CHOICE = frozenset(["any", "whatever", "whichever", "whoever"])
"""Words whose clause ranges over every possibility, so its modal tells no doubt (``for any role that the
government may have played``)."""
FREE_CHOICE_REACH = 8
"""How many words back ``any`` may stand from the modal of its clause."""


def _in_time_clause(side: ItemSide, k: int) -> bool:
    """Whether the modal at token ``k`` sits in a clause opened by ``before``, ``until`` or ``so`` a few words back,
    or ranging over every possibility (``any role that … may have played``), with no punctuation between."""
    tokens = side.tokens
    for n in range(k - 1, max(-1, k - 1 - max(CLAUSE_REACH, FREE_CHOICE_REACH)), -1):
        if _CLAUSE_BREAK.search(side.text[tokens[n].end : tokens[n + 1].start]):
            return False
        word = tokens[n].text.casefold()
        if (word in _TIME_OR_PURPOSE and k - n <= CLAUSE_REACH) or word in _FREE_CHOICE:
            return True
    return False


def _hedges(side: ItemSide, *, with_quotations: bool = False) -> tuple[str, ...]:
    """The hedging words of a side as written: hedge adverbs and adjectives, a lower-case modal that is not
    negated (``could face``, not ``could not confirm``), ``appeared to``; words inside a quotation are the speaker's
    and left out unless ``with_quotations``."""
    tokens = side.tokens
    found: list[Token] = []
    for k, token in enumerate(tokens):
        word = token.text.casefold()
        after = tokens[k + 1].text.casefold() if k + 1 < len(tokens) else ""
        if (
            (word in _HEDGES and (word not in _PASSIVE_ONLY or _after_be(tokens, k)))
            or (token.text in _MODALS and after not in _NEGATIONS and not _in_time_clause(side, k))
            or (word in _SEEMING and after == "to")
        ):
            found.append(token)
    if found and not with_quotations:  # a speaker's own words (inside a quotation): the report does not hedge them
        quoted = sorted(quoted_spans(side))
        starts = [start for start, _ in quoted]
        found = [t for t in found if (at := bisect_right(starts, t.start) - 1) < 0 or t.start >= quoted[at][1]]
    shown: list[str] = []
    covered = -1  # the end of the last modal's phrase: a hedge word inside it is shown by it (``could possibly``)
    for token in found:
        if token.start < covered:
            continue
        end = _verb_end(side, token) if token.text in _MODALS else token.end
        shown.append(side.text[token.start : end])
        covered = end
    return tuple(dict.fromkeys(shown))


_VERB_HELPERS = frozenset(["be", "have", "been", "to", "also", "still", "well", "even", "just", "soon", "yet"])
"""Words between a modal and the verb it hedges (``may have played``, ``could be charged``, ``could even
declare``)."""
MODAL_REACH = 4
"""How many words after a modal its evidence may run to reach the verb it hedges."""


def _verb_end(side: ItemSide, token: Token) -> int:
    """Where the evidence of a modal ends: after the verb it hedges (``could face``, ``may have played``, ``could even
    declare``), since a bare ``could`` says nothing of what is uncertain; after ``be`` when a noun phrase follows
    (``may be a violation``: ``may be``)."""
    tokens = side.tokens
    k = bisect_right(side.token_starts, token.start) - 1
    last = k
    for n in range(k + 1, min(len(tokens), k + 1 + MODAL_REACH)):
        if _CLAUSE_BREAK.search(side.text[tokens[n - 1].end : tokens[n].start]):
            break
        word = tokens[n].text.casefold()
        if word in STOP_WORDS and word not in _VERB_HELPERS:
            break  # "may be a …": the verb is "be"
        last = n
        if word not in _VERB_HELPERS and not (word.endswith("ly") and len(word) > 4):
            break
    return tokens[last].end


def hedge_reason(left: ItemSide, right: ItemSide) -> Reason | None:
    """Hedging (``reportedly``, ``allegedly``, ``could``…) on one side only.

    A report that hedges in its own words what the other report quotes hedged (``warned that a farmer … could become
    chairman`` ~ ``"you might have a farmer … serving as the next chair"``) tells the same possibility: no difference.
    """
    lh, rh = _hedges(left), _hedges(right)
    if bool(lh) == bool(rh) or _hedges(right if lh else left, with_quotations=True):
        return None
    lh, rh = _not_also_possible(lh, right), _not_also_possible(rh, left)
    return Reason("hedge", lh, rh) if lh or rh else None


_POSSIBLE = frozenset(["can", "could", "may", "might"])
"""Modals of possibility: ``could win`` against ``can win`` tells no more doubt (reported speech turns the speaker's
``can`` into ``could``: ``"we can win this," Akin said`` ~ ``Akin said he could win``)."""


def _not_also_possible(hedges: tuple[str, ...], other: ItemSide) -> tuple[str, ...]:
    """The hedges but the modal ones whose verb the other side also puts after a modal of possibility, quotations
    included (``could win`` ~ ``"we can win"``)."""
    tokens = other.tokens
    possible = {
        stem(tokens[n].text.casefold())
        for k, token in enumerate(tokens)
        if token.text.casefold() in _POSSIBLE
        for n in range(k + 1, min(len(tokens), k + 1 + MODAL_REACH))
    }
    kept: list[str] = []
    for hedge in hedges:
        words = hedge.split()
        modal = len(words) > 1 and words[0] in _MODALS
        if not (modal and stem(words[-1].casefold()) in possible):
            kept.append(hedge)
    return tuple(kept)


def _not_sources(found: list[Quantity], attributions: Sequence[str]) -> list[Quantity]:
    """The quantities of a side but those that count the sources its attribution evidence names (``two people briefed
    on the matter have said``): how many people a report cites is shown by the attribution reason, not a figure of the
    story told twice."""
    opening = [phrase.casefold().removeprefix("the ") for phrase in attributions]
    return [q for q in found if not any(phrase.startswith(q.written.casefold()) for phrase in opening)]


def find_reasons(
    left: ItemSide, right: ItemSide, canon: Canon, settings: AlignSettings, *, headline: bool = False
) -> tuple[Reason, ...]:
    """Every material difference between the two sides of a linked item, in a fixed order of kinds.

    Args:
        left: The item's left side.
        right: The item's right side.
        canon: Maps a term to its spelling shared by both articles (variants merged).
        settings: Quotation thresholds.
        headline: The sides are headlines (which tell past events in the present tense).
    """
    found_speakers = (speakers(left), speakers(right))
    attribution = attribution_reason(left, right, canon, found_speakers, settings)
    lq, rq = quantities(left), quantities(right)
    if attribution is not None:
        lq, rq = _not_sources(lq, attribution.left), _not_sources(rq, attribution.right)
    found: Sequence[Reason | None] = (
        number_reason(left, right, lq, rq),
        planned_reason(left, right, lq, rq, headline=headline),
        quote_reason(left, right, settings),
        attribution,
        entity_reason(left, right, canon, found_speakers),
        hedge_reason(left, right),
    )
    return tuple(r for r in found if r is not None)
