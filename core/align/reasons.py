"""Material differences between the two sides of a linked item: numbers, quotations, attribution, names, hedging.

Each finder looks at the text as written and returns evidence quoted from it, so a reader can see the difference in
place. The rules are deliberately conservative: a date is not a quantity, a few quoted words are a phrase and not a
quotation, a source named on one side only is not a contradiction, and a name counts only when the other report never
mentions it at all.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from core.align.aliases import with_aliases
from core.align.approximate import Figures, covers, figures
from core.align.item_side import ItemSide
from core.align.quotations import Quotation, quotations
from core.align.settings import AlignSettings
from core.align.voices import Speaker, names_a_source, speakers
from core.models import Reason
from core.text.normalize import STOP_WORDS, Term, stem
from core.text.vocabulary import WEEKDAYS

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


_SENTENCE_GAP = re.compile(r"[.!?][\"'”’)\]]*\s")


def _quantities(side: ItemSide) -> list[tuple[str, frozenset[str], str]]:
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


Lengths = dict[str, dict[str, list[float]]]
"""A side's lengths of time: by dimension (``time``, ``date``), by unit stem, in minutes or days, ascending."""


def _lengths(units: dict[str, set[str]]) -> Lengths:
    """The lengths of time of a side's quantities (value -> unit stems), indexed for :func:`_same_duration`."""
    found: Lengths = {}
    for value, stems in units.items():
        try:
            number = float(value)
        except ValueError:
            continue
        for u in stems & _DURATIONS.keys():
            dimension, scale = _DURATIONS[u]
            found.setdefault(dimension, {}).setdefault(u, []).append(number * scale)
    for by_unit in found.values():
        for lengths in by_unit.values():
            lengths.sort()
    return found


def _same_duration(number: float, units: set[str], theirs: Lengths) -> bool:
    """Whether a length of time (``six months``) is on the other side in another unit (``180 days``)."""
    for u in units & _DURATIONS.keys():
        dimension, scale = _DURATIONS[u]
        length = number * scale
        if not 0 <= length < math.inf:
            continue
        for other_unit, lengths in theirs.get(dimension, {}).items():
            if other_unit in units:
                continue
            # within the slack either way: at least length * (1 - slack), at most length / (1 - slack)
            at = bisect_left(lengths, length * (1 - DURATION_SLACK) * (1 - 1e-9))
            while at < len(lengths) and lengths[at] <= length / (1 - DURATION_SLACK) * (1 + 1e-9):
                other = lengths[at]
                if abs(length - other) <= DURATION_SLACK * max(length, other):
                    return True
                at += 1
    return False


def _values_by_unit(units: dict[str, set[str]]) -> dict[str, set[str]]:
    """Which values count each unit stem (the inverse of value -> unit stems)."""
    found: dict[str, set[str]] = {}
    for value, stems in units.items():
        for u in stems:
            found.setdefault(u, set()).add(value)
    return found


def number_reason(left: ItemSide, right: ItemSide) -> Reason | None:
    """Numbers on one side only, or the same number counting different things (12,000 forces vs 12,000 soldiers).

    A number with no counterpart is no difference when an approximate figure on the other side covers it
    (``48,200`` ~ ``almost 50,000``, ``23%`` ~ ``less than a quarter``; see :mod:`core.align.approximate`). Each
    distinct value is judged once, against indexes of the other side, so the work grows with the number of figures,
    not with its square.
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
    by_unit = {False: _values_by_unit(lunits), True: _values_by_unit(runits)}
    lengths = {False: _lengths(lunits), True: _lengths(runits)}

    figs: dict[bool, Figures] = {}

    def figures_of(right_side: bool) -> Figures:  # read only when a number has no exact counterpart
        if right_side not in figs:
            side = right if right_side else left
            figs[right_side] = Figures(figures(" ".join(side.written(a, b) for a, b in side.spans)))
        return figs[right_side]

    def counts_elsewhere(unit: set[str], value: str, right_side: bool) -> bool:
        """Whether a value other than ``value`` counts one of ``unit`` on that side."""
        index = by_unit[right_side]
        return any(len(index.get(u, ())) > (value in index.get(u, ())) for u in unit)

    judged: dict[tuple[str, bool], bool] = {}

    def odd(value: str, mine: dict[str, set[str]], theirs: dict[str, set[str]], right_side: bool) -> bool:
        if (value, right_side) not in judged:
            judged[value, right_side] = judge(value, mine, theirs, right_side)
        return judged[value, right_side]

    def judge(value: str, mine: dict[str, set[str]], theirs: dict[str, set[str]], right_side: bool) -> bool:
        if value in theirs:
            if mine[value] & theirs[value] or value in bare:
                return False
            # the same figure with other words after it: "four workers" ~ "four miners" is one count in other words;
            # it is a difference when one side's words count something else on the other side ("12,000 special
            # forces" ~ "12,000 soldiers, including 1,500 special forces")
            return counts_elsewhere(mine[value], value, not right_side) or counts_elsewhere(
                theirs[value], value, right_side
            )
        try:
            number = float(value)
        except ValueError:
            return True
        if _same_duration(number, mine[value], lengths[not right_side]):
            return False
        return not covers(number, "percent" in mine[value], figures_of(right_side), figures_of(not right_side))

    lev = tuple(dict.fromkeys(w for v, _, w in lq if odd(v, lunits, runits, False)))
    rev = tuple(dict.fromkeys(w for v, _, w in rq if odd(v, runits, lunits, True)))
    return Reason("number", lev, rev) if lev or rev else None


def quote_reason(left: ItemSide, right: ItemSide, settings: AlignSettings) -> Reason | None:
    """A quoted statement on one side that the other side does not quote (or quotes in clearly different words).

    Only quotations of ``settings.quote_min_words`` words or more count as statements; but the other side quoting the
    same words in a shorter fragment (``"war of Obama's choosing"`` for ``"a war of Obama's choosing"``) still counts
    as quoting them, and so does repeating nearly all its words (``settings.quote_repeat``) without marks: inside a
    quotation of several sentences, the marks sit in the first and last sentence only.
    """
    lq, rq = quotations(left, settings), quotations(right, settings)

    def unmatched(mine: list[Quotation], theirs: list[Quotation], other: ItemSide) -> tuple[str, ...]:
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


def attribution_reason(
    left: ItemSide,
    right: ItemSide,
    canon: Canon,
    known_speakers: tuple[list[Speaker], list[Speaker]] | None = None,
) -> Reason | None:
    """Both sides attribute, but to different sources (``Peskov said`` vs ``the Kremlin has denied``).

    Only named sources count: when either side attributes to a pronoun, the comparison is left out, and so it is when
    neither side names its source (``the statement added`` vs ``the force said``: two unnamed ways to say it).
    """
    ls, rs = known_speakers or (speakers(left), speakers(right))
    if not ls or not rs or any(not c for _, c in (*ls, *rs)):
        return None  # one side names no source, or only a pronoun: nothing to compare
    if not any(names_a_source(p, left.text) for p, _ in ls) and not any(names_a_source(p, right.text) for p, _ in rs):
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
            and not re.search(r"[,.;:\"“”()]", side.text[tokens[end - 1].end : tokens[end].start] if end > k else "")
        ):
            end += 1
        run = [n for n in range(k, end) if tokens[n].text.casefold() not in STOP_WORDS]
        found = [t for t in side.terms_between(k, end) if t.kind == "name" and t.norm not in WEEKDAYS]
        if len(run) >= 2 and found and not {t.norm for t in found} <= speaking:
            out.append((side.written(tokens[run[0]].start, tokens[run[-1]].end), found))
        k = max(end, k + 1)
    return out


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
            return canon(found[-1].norm) in other or bool((with_aliases(norms, side.acronyms) - norms) & other)

        return tuple(dict.fromkeys(w for w, ts in names if not mentioned(ts)))

    lu, ru = absent(_names(left, lspeak), rvoc, left), absent(_names(right, rspeak), lvoc, right)
    return Reason("entity", lu, ru) if lu or ru else None


def _hedges(side: ItemSide) -> tuple[str, ...]:
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


def hedge_reason(left: ItemSide, right: ItemSide) -> Reason | None:
    """Hedging (``reportedly``, ``allegedly``, ``could``…) on one side only."""
    lh, rh = _hedges(left), _hedges(right)
    if bool(lh) == bool(rh):
        return None
    return Reason("hedge", lh, rh)


def find_reasons(left: ItemSide, right: ItemSide, canon: Canon, settings: AlignSettings) -> tuple[Reason, ...]:
    """Every material difference between the two sides of a linked item, in a fixed order of kinds.

    Args:
        left: The item's left side.
        right: The item's right side.
        canon: Maps a term to its spelling shared by both articles (variants merged).
        settings: Quotation thresholds.
    """
    found_speakers = (speakers(left), speakers(right))
    found: Sequence[Reason | None] = (
        number_reason(left, right),
        quote_reason(left, right, settings),
        attribution_reason(left, right, canon, found_speakers),
        entity_reason(left, right, canon, found_speakers),
        hedge_reason(left, right),
    )
    return tuple(r for r in found if r is not None)
