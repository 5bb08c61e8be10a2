"""Material differences between the two sides of a linked item: numbers, quotations, attribution, names, hedging.

Each finder looks at the text as written and returns evidence quoted from it, so a reader can see the difference in
place. The rules are deliberately conservative: a date is not a quantity, a few quoted words are a phrase and not a
quotation, a source named on one side only is not a contradiction, and a name counts only when the other report never
mentions it at all.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from core.align.aliases import with_aliases
from core.align.approximate import Figure, covers, figures
from core.align.settings import AlignSettings
from core.models import Reason
from core.text.normalize import STOP_WORDS, Term, stem
from core.text.tokens import Token

_QUOTE = re.compile(r"[“\"]([^“”\"]{3,}?)[”\"]|‘([^’]{8,}?)’(?![a-z])")
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|added|reported|reports|wrote|writes|stated|announced|claimed|claims|denied|denies|"
    r"confirmed|insisted|warned|testified|testifies|admitted|admits|acknowledged|acknowledges|argued|argues)\b"
)
_AUXILIARY = frozenset(
    [
        "has",
        "have",
        "had",
        "also",
        "previously",
        "later",
        "then",
        "is",
        "was",
        "were",
        "been",
        "earlier",
        "again",
        "already",
    ]
)
_CLAUSE_STOP = frozenset(
    [
        "that",
        "and",
        "but",
        "who",
        "which",
        "when",
        "as",
        "if",
        "while",
        "because",
        "so",
        "or",
        "than",
        "after",
        "before",
    ]
)
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
_DETERMINERS = frozenset(
    ["the", "a", "an", "these", "those", "such", "its", "their", "his", "her", "our", "this", "that"]
)
_QUANTIFIERS = frozenset(["another", "other", "one", "some", "several", "many", "both", "each", "few", "two", "three"])
"""Words that open an unnamed source (``Another witness said``, ``Two officials told``)."""
_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
Canon = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class Side:
    """One side of an item: its source text (segment spans joined) and tokens."""

    text: str
    """The article's full text (offsets point here)."""
    spans: tuple[tuple[int, int], ...]
    """The item's segment spans on this side, in order."""
    tokens: tuple[Token, ...]
    """The item's word tokens on this side, absolute offsets."""
    terms: tuple[Term, ...]
    """The terms of ``tokens`` (token indices into ``tokens``), spellings shared by both articles."""
    vocabulary: frozenset[str]
    """Every term of the whole article, spellings shared by both articles (is a name mentioned at all?)."""
    acronyms: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    """The acronyms the article spells out, with their expansions: ``LSIS`` and ``Lusmark Security Intelligence
    Service`` are one source. (A name and the role set beside it, ``the Kremlin spokesperson, Dmitry Peskov``, are
    not: Peskov speaking is not the Kremlin denying.)"""
    term_tokens: tuple[int, ...] = field(init=False, repr=False, compare=False)
    """The token index of each term, ascending (to find the terms of a token range by bisection)."""
    token_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    """The start offset of each token, ascending."""
    token_ends: tuple[int, ...] = field(init=False, repr=False, compare=False)
    """The end offset of each token, ascending."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "term_tokens", tuple(t.token for t in self.terms))
        object.__setattr__(self, "token_starts", tuple(t.start for t in self.tokens))
        object.__setattr__(self, "token_ends", tuple(t.end for t in self.tokens))

    def written(self, start: int, end: int) -> str:
        """The source text between two offsets, white space folded."""
        return " ".join(self.text[start:end].split())


_SENTENCE_GAP = re.compile(r"[.!?][\"'”’)\]]*\s")


def _quantities(side: Side) -> list[tuple[str, frozenset[str], str]]:
    """(value, unit stems, as written) for each quantity (not dates) of the side.

    The units are the (at most two) content words right after the number in its sentence, and the currency of
    a currency sign (a term of its own): ``€38bn of assets`` counts euros and assets, ``38 billion euros in
    assets`` the same.
    """
    tokens = side.tokens
    found = side.terms
    out: list[tuple[str, frozenset[str], str]] = []
    for k, term in enumerate(found):
        if term.kind != "number":
            continue
        number_end = tokens[term.end_token - 1].end
        unit_terms: list[Term] = []
        for t in found[k + 1 : k + 3]:
            if t.token - term.end_token >= 3 or _SENTENCE_GAP.search(side.text, number_end, tokens[t.token].start):
                break
            if t.kind in ("word", "name"):
                unit_terms.append(t)
        units = {t.norm for t in unit_terms}  # a currency sign's word comes first (``€38bn`` counts euros)
        end = max(tokens[unit_terms[-1].token].end, number_end) if unit_terms else number_end
        out.append((term.norm, frozenset(units), side.written(tokens[term.token].start, end)))
    return out


_DURATIONS = {
    stem(word): (dimension, length)
    for word, dimension, length in (
        ("minute", "time", 1.0),
        ("hour", "time", 60.0),
        ("day", "date", 1.0),
        ("week", "date", 7.0),
        ("fortnight", "date", 14.0),
        ("month", "date", 30.44),
        ("year", "date", 365.25),
        ("decade", "date", 3652.5),
    )
}
"""Units of time (as term stems) with their length in minutes or days: ``six months`` is ``180 days`` told another
way."""
DURATION_SLACK = 0.03
"""How far two lengths of time may differ and still be one (a month is 28 to 31 days)."""


def _same_duration(number: float, units: set[str], theirs: dict[str, set[str]]) -> bool:
    """Whether a length of time (``six months``) is on the other side in another unit (``180 days``)."""
    mine = [_DURATIONS[u] for u in units if u in _DURATIONS]
    for dimension, scale in mine:
        length = number * scale
        for value, other_units in theirs.items():
            for u in other_units:
                if u not in _DURATIONS or _DURATIONS[u][0] != dimension or u in units:
                    continue
                try:
                    other = float(value) * _DURATIONS[u][1]
                except ValueError:
                    continue
                if abs(length - other) <= DURATION_SLACK * max(length, other):
                    return True
    return False


def number_reason(left: Side, right: Side) -> Reason | None:
    """Numbers on one side only, or the same number counting different things (12,000 forces vs 12,000 soldiers).

    A number with no counterpart is no difference when an approximate figure on the other side covers it
    (``48,200`` ~ ``almost 50,000``, ``23%`` ~ ``less than a quarter``; see :mod:`core.align.approximate`).
    """
    lq, rq = _quantities(left), _quantities(right)
    lunits: dict[str, set[str]] = {}
    runits: dict[str, set[str]] = {}
    bare: set[str] = set()  # values written somewhere without a unit: they count whatever the other side counts
    for quantities, units in ((lq, lunits), (rq, runits)):
        for value, unit, _ in quantities:
            units.setdefault(value, set()).update(unit)
            if not unit:
                bare.add(value)

    figs: dict[bool, list[Figure]] = {}

    def figures_of(right_side: bool) -> list[Figure]:  # read only when a number has no exact counterpart
        if right_side not in figs:
            side = right if right_side else left
            figs[right_side] = figures(" ".join(side.written(a, b) for a, b in side.spans))
        return figs[right_side]

    def counts_elsewhere(unit: set[str], value: str, units: dict[str, set[str]]) -> bool:
        return any(unit & other for v, other in units.items() if v != value)

    def odd(value: str, mine: dict[str, set[str]], theirs: dict[str, set[str]], right_side: bool) -> bool:
        if value in theirs:
            if mine[value] & theirs[value] or value in bare:
                return False
            # the same figure with other words after it: "four workers" ~ "four miners" is one count in other words;
            # it is a difference when one side's words count something else on the other side ("12,000 special
            # forces" ~ "12,000 soldiers, including 1,500 special forces")
            return counts_elsewhere(mine[value], value, theirs) or counts_elsewhere(theirs[value], value, mine)
        try:
            number = float(value)
        except ValueError:
            return True
        if _same_duration(number, mine[value], theirs):
            return False
        return not covers(number, "percent" in mine[value], figures_of(right_side), figures_of(not right_side))

    lev = tuple(dict.fromkeys(w for v, _, w in lq if odd(v, lunits, runits, False)))
    rev = tuple(dict.fromkeys(w for v, _, w in rq if odd(v, runits, lunits, True)))
    return Reason("number", lev, rev) if lev or rev else None


def _quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of quoted text inside ``text[start:end]``, without the marks.

    A quotation can run over several sentences: an opening mark left open runs to the end of the sentence, and a
    closing mark with no opening one runs from the sentence's start (a lone straight mark opens when a word follows
    it and closes otherwise).
    """
    matches = list(_QUOTE.finditer(text, start, end))
    spans = [(m.start(g), m.end(g)) for m in matches for g in (1, 2) if m.group(g)]
    marks = [k for k in range(start, end) if text[k] in '“”"'] if any(q in text[start:end] for q in '“”"') else []
    free = [k for k in marks if not any(m.start() <= k < m.end() for m in matches)]
    opening = [k for k in free if text[k] == "“" or (text[k] == '"' and _opens(text, k, start, end))]
    closing = [k for k in free if k not in opening]
    if closing and (not opening or closing[0] < opening[0]):
        spans.insert(0, (start, closing[0]))
    if opening and (not closing or opening[-1] > closing[-1]):
        spans.append((opening[-1] + 1, end))
    return spans


def _opens(text: str, k: int, start: int, end: int) -> bool:
    """Whether the straight quotation mark at ``k`` opens a quotation (a word follows it, none touches it before)."""
    before = text[k - 1] if k > start else " "
    after = text[k + 1] if k + 1 < end else " "
    return (after.isalnum() or after in "‘'…") and not before.isalnum() and before not in ".,;!?"


def _quotes(side: Side, settings: AlignSettings) -> list[tuple[str, set[str], bool]]:
    """(quotation as written, its content terms, whether it is long enough to be a statement) for each quotation."""
    out: list[tuple[str, set[str], bool]] = []
    for start, end in side.spans:
        for qstart, qend in _quoted_spans(side.text, start, end):
            first = bisect_left(side.token_starts, qstart)  # the side's tokens inside the quote
            stop = bisect_left(side.token_starts, qend)
            content = {t.norm for t in _terms_between(side, first, stop) if t.kind != "stop"}
            out.append((side.written(qstart, qend), content, stop - first >= settings.quote_min_words))
    return out


def quote_reason(left: Side, right: Side, settings: AlignSettings) -> Reason | None:
    """A quoted statement on one side that the other side does not quote (or quotes in clearly different words).

    Only quotations of ``settings.quote_min_words`` words or more count as statements; but the other side quoting the
    same words in a shorter fragment (``"war of Obama's choosing"`` for ``"a war of Obama's choosing"``) still counts
    as quoting them, and so does repeating nearly all its words (``settings.quote_repeat``) without marks: inside a
    quotation of several sentences, the marks sit in the first and last sentence only.
    """
    lq, rq = _quotes(left, settings), _quotes(right, settings)

    def unmatched(
        mine: list[tuple[str, set[str], bool]], theirs: list[tuple[str, set[str], bool]], other: Side
    ) -> tuple[str, ...]:
        pool = set().union(*(c for _, c, _ in theirs)) if theirs else set()
        said = {t.norm for t in other.terms}  # the words themselves, quoted or not (marks may sit a sentence away)
        return tuple(
            q
            for q, c, statement in mine
            if statement
            and (
                not c
                or (len(c & pool) / len(c) < settings.quote_match and len(c & said) / len(c) < settings.quote_repeat)
            )
        )

    lu, ru = unmatched(lq, rq, right), unmatched(rq, lq, left)
    return Reason("quote", lu, ru) if lu or ru else None


def _terms_between(side: Side, first: int, end: int) -> list[Term]:
    """The side's terms that start at a token in ``[first, end)``."""
    return list(side.terms[bisect_left(side.term_tokens, first) : bisect_left(side.term_tokens, end)])


def _speakers(side: Side) -> list[tuple[str, set[str]]]:
    """(speaker phrase + verb as written, content terms of the speaker) for each attribution of the side.

    The content is empty when the speaker is a pronoun (``she said``).
    """
    out: list[tuple[str, set[str]]] = []
    tokens = side.tokens
    for start, end in side.spans:
        for match in _ATTRIBUTION.finditer(side.text, start, end):
            last = bisect_right(side.token_ends, match.start()) - 1  # the last token before the verb
            if last >= 0 and tokens[last].text.casefold() in _DETERMINERS:
                continue  # "the reports": a noun, not a verb of saying
            first = last + 1
            for k in range(last, -1, -1):
                token = tokens[k]
                if token.start < start:
                    break
                gap = side.text[token.end : (tokens[first].start if first <= last else match.start())]
                if (first <= last and re.search(r"[,.;:\"“”]", gap)) or re.search(r"[.;:\"“”]", gap):
                    break
                word = token.text.casefold()
                if first > last and (word in _AUXILIARY or word.endswith("ly")):
                    last = k - 1
                    first = k
                    continue
                if word in _CLAUSE_STOP or _ATTRIBUTION.fullmatch(word) or last - first + 1 >= 6:
                    break
                first = k
            if first > last and (after := _speaker_after(side, match, end)) is not None:
                first, stop = after  # '"…," said the Liberty Party chair': the speaker follows the verb
                found = _terms_between(side, first, stop)
                content = {t.norm for t in found if t.kind not in ("stop", "date")} - _WEEKDAYS
                out.append((side.written(match.start(), tokens[stop - 1].end), content))
                continue
            found = _terms_between(side, first, last + 1)
            content = {t.norm for t in found if t.kind not in ("stop", "date")} - _WEEKDAYS
            if first <= last:  # a pronoun ("she said") gives no content: the speaker is unknown here
                out.append((side.written(tokens[first].start, match.end()), content))
    return out


_QUOTE_END = re.compile(r"[,!?][\"”’']\s*$|[\"”’']\s*,\s*$")
"""A quoted statement that closes right before the verb, with its comma (``…tonight," said``), not a quoted word
(``the "plan" said``)."""
MAX_SPEAKER_WORDS = 6
"""A speaker named after the verb is at most this many words (``the Liberty Party chair``)."""


def _speaker_after(side: Side, match: re.Match[str], end: int) -> tuple[int, int] | None:
    """The token range of a speaker named after a verb of saying that follows a quotation, or ``None``.

    ``"Every vote counted tonight," said the Liberty Party chair, Helen Marsh`` names the chair: the words after the
    verb up to a comma or a stop, function words aside, and only when a quotation closes right before the verb.
    """
    if not _QUOTE_END.search(side.text, max(0, match.start() - 4), match.start()):
        return None
    first = bisect_left(side.token_starts, match.end())
    stop = first
    while stop < len(side.tokens) and side.tokens[stop].start < end and stop - first < MAX_SPEAKER_WORDS:
        gap = side.text[side.tokens[stop - 1].end if stop > first else match.end() : side.tokens[stop].start]
        if re.search(r"[,.;:!?\"“”()]", gap) or side.tokens[stop].text.casefold() in _CLAUSE_STOP:
            break
        stop += 1
    while stop > first and side.tokens[first].text.casefold() in _DETERMINERS:
        first += 1
    if stop <= first or side.tokens[first].text.casefold() in STOP_WORDS:
        return None  # '"…," said he': a pronoun, handled as one
    return first, stop


def speaker_phrases(side: Side) -> list[tuple[str, bool]]:
    """Each attribution of the side as written, and whether its verb comes first (``said Maren Holt``)."""
    return [(phrase, bool(_ATTRIBUTION.match(phrase))) for phrase, _ in _speakers(side)]


def quoted_terms(side: Side, settings: AlignSettings) -> set[str]:
    """The content terms inside the side's quotation marks."""
    return set().union(*(content for _, content, _ in _quotes(side, settings)))


def speaker_terms(side: Side) -> frozenset[str] | None:
    """The terms of every source the side quotes or cites (empty for pronouns only); ``None`` when it names none."""
    found = _speakers(side)
    return frozenset().union(*(c for _, c in found)) if found else None


SPEAKER_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
"""A word of a speaker phrase as written (``Rep.``, ``O'Neill``, ``Jean-Pierre``)."""


def _names_a_source(phrase: str, text: str) -> bool:
    """Whether a speaker phrase holds a name: a capitalised word that is no function word and, when it opens the
    phrase, is not an everyday word capitalised by the sentence start (``Another witness``, ``Police``)."""
    for index, word in enumerate(SPEAKER_WORD.findall(phrase)):
        if not word[0].isupper() or word.casefold() in STOP_WORDS:
            continue
        if index == 0 and (
            word.casefold() in _DETERMINERS
            or word.casefold() in _QUANTIFIERS
            or re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])", text)
        ):
            continue  # "Another witness", or a word the article writes in lower case elsewhere: no name
        return True
    return False


def attribution_reason(
    left: Side,
    right: Side,
    canon: Canon,
    speakers: tuple[list[tuple[str, set[str]]], list[tuple[str, set[str]]]] | None = None,
) -> Reason | None:
    """Both sides attribute, but to different sources (``Peskov said`` vs ``the Kremlin has denied``).

    Only named sources count: when either side attributes to a pronoun, the comparison is left out, and so it is when
    neither side names its source (``the statement added`` vs ``the force said``: two unnamed ways to say it).
    """
    ls, rs = speakers or (_speakers(left), _speakers(right))
    if not ls or not rs or any(not c for _, c in (*ls, *rs)):
        return None  # one side names no source, or only a pronoun: nothing to compare
    if not any(_names_a_source(p, left.text) for p, _ in ls) and not any(_names_a_source(p, right.text) for p, _ in rs):
        return None  # "the statement added" and "the force said", "another witness" and "a person at the scene"
    lterms = with_aliases({canon(t) for _, c in ls for t in c}, left.acronyms)
    rterms = with_aliases({canon(t) for _, c in rs for t in c}, right.acronyms)
    if lterms & rterms:
        return None
    lwords = {canon(t.norm) for t in left.terms}
    rwords = {canon(t.norm) for t in right.terms}
    if lterms <= rwords and rterms <= lwords:
        return None  # "Veltro's chief executive, Tomas Hale, said" ~ "Tomas Hale, Veltro's chief executive, said"
    return Reason("attribution", tuple(dict.fromkeys(p for p, _ in ls)), tuple(dict.fromkeys(p for p, _ in rs)))


def _names(side: Side, speakers: set[str]) -> list[tuple[str, list[Term]]]:
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
            and not re.search(r"[,.;:\"“”()]", side.text[tokens[end - 1].end : tokens[end].start] if end > k else "")
        ):
            end += 1
        run = [n for n in range(k, end) if tokens[n].text.casefold() not in STOP_WORDS]
        found = [t for t in _terms_between(side, k, end) if t.kind == "name" and t.norm not in _WEEKDAYS]
        if len(run) >= 2 and found and not {t.norm for t in found} <= speakers:
            out.append((side.written(tokens[run[0]].start, tokens[run[-1]].end), found))
        k = max(end, k + 1)
    return out


def entity_reason(
    left: Side,
    right: Side,
    canon: Canon,
    speakers: tuple[list[tuple[str, set[str]]], list[tuple[str, set[str]]]] | None = None,
) -> Reason | None:
    """Names on one side of the item that the other report never mentions (speakers aside)."""
    ls, rs = speakers or (_speakers(left), _speakers(right))
    lspeak = {t for _, c in ls for t in c}
    rspeak = {t for _, c in rs for t in c}
    lvoc, rvoc = left.vocabulary, right.vocabulary

    def absent(names: list[tuple[str, list[Term]]], other: frozenset[str], side: Side) -> tuple[str, ...]:
        # the last word names the thing (Zinoviev, House, Enzi): "Senator Mike Enzi" ~ "Sen. Mike Enzi";
        # an acronym stands for the whole name: "Republican National Committee" ~ "the RNC"
        def mentioned(found: list[Term]) -> bool:
            norms = {canon(t.norm) for t in found}
            return canon(found[-1].norm) in other or bool((with_aliases(norms, side.acronyms) - norms) & other)

        return tuple(dict.fromkeys(w for w, ts in names if not mentioned(ts)))

    lu, ru = absent(_names(left, lspeak), rvoc, left), absent(_names(right, rspeak), lvoc, right)
    return Reason("entity", lu, ru) if lu or ru else None


def _hedges(side: Side) -> tuple[str, ...]:
    """The hedging words of a side as written: hedge adverbs and adjectives, a lower-case modal that is not
    negated (``could face``, not ``could not confirm``), ``appeared to``."""
    tokens = side.tokens
    found: list[str] = []
    for k, token in enumerate(tokens):
        word = token.text.casefold()
        after = tokens[k + 1].text.casefold() if k + 1 < len(tokens) else ""
        if (
            word in _HEDGES
            or (token.text in _MODALS and after not in _NEGATIONS)
            or (word in _SEEMING and after == "to")
        ):
            found.append(token.text)
    return tuple(dict.fromkeys(found))


def hedge_reason(left: Side, right: Side) -> Reason | None:
    """Hedging (``reportedly``, ``allegedly``, ``could``…) on one side only."""
    lh, rh = _hedges(left), _hedges(right)
    if bool(lh) == bool(rh):
        return None
    return Reason("hedge", lh, rh)


def find_reasons(left: Side, right: Side, canon: Canon, settings: AlignSettings) -> tuple[Reason, ...]:
    """Every material difference between the two sides of a linked item, in a fixed order of kinds.

    Args:
        left: The item's left side.
        right: The item's right side.
        canon: Maps a term to its spelling shared by both articles (variants merged).
        settings: Quotation thresholds.
    """
    speakers = (_speakers(left), _speakers(right))
    found: Sequence[Reason | None] = (
        number_reason(left, right),
        quote_reason(left, right, settings),
        attribution_reason(left, right, canon, speakers),
        entity_reason(left, right, canon, speakers),
        hedge_reason(left, right),
    )
    return tuple(r for r in found if r is not None)
