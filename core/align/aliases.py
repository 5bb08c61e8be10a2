"""Names and words an article uses for one thing: acronyms, descriptions set off by commas, spelling variants.

Resolved within each article (``National Intelligence Service (NIS)`` … ``the NIS``; ``the Kremlin spokesperson,
Dmitry Peskov,`` … ``Peskov``) and across the two (``Zelenskyy`` ~ ``Zelensky``), so that a passage's bag of terms
holds every form the article gives for what it mentions.
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process

from core.align.lexicon import expand
from core.text.normalize import terms
from core.text.tokens import word_tokens

Bag = frozenset[str]
"""The content terms of a passage."""

_ACRONYM = re.compile(
    r"(?<![\w’'\-])((?:[A-Z][\w’'\-]*\s+(?:(?:of|and|for|the|on|de|del|des)\s+)*){1,8})\(([A-Z][A-Za-z.&]{1,9})\)"
)
"""Up to eight capitalised words, then their acronym in brackets. Like every name pattern here it starts only at the
start of a word, so a run of capitals or of ``A.`` is read once, not once from each of its letters."""


def acronyms(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Acronyms an article defines, as in ``National Intelligence Service (NIS)``.

    Args:
        texts: The article's passages.

    Returns:
        Each acronym's term (``nis``) mapped to the terms of its expansion (``nation``, ``intelligence``...).
    """
    found: dict[str, tuple[str, ...]] = {}
    for text in texts:
        if "(" not in text:  # the acronym is in brackets: most passages have none (a test far cheaper than the pattern)
            continue
        for match in _ACRONYM.finditer(text):
            letters = [c.casefold() for c in match.group(2) if c.isalpha() and c.isupper()]
            words = match.group(1).split()
            capitals = [w for w in words if w[0].isupper()]
            if len(letters) < 2 or len(capitals) < len(letters):
                continue
            tail = capitals[-len(letters) :]
            if [w[0].casefold() for w in tail] != letters:
                continue
            expansion = tuple(t.norm for t in terms(word_tokens(" ".join(tail))))
            if expansion:
                found.setdefault("".join(letters), expansion)
    return found


Alias = tuple[frozenset[str], frozenset[str]]
"""Two sets of terms an article uses for one thing (an acronym and its expansion, a name and its description)."""

_NAME = r"[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3}"
_ROLE = r"(?:[\w’'-]+ ){0,4}[a-z][\w’'-]*"
_APPOSITION = (
    re.compile(rf"\b[Tt]he ({_ROLE}), ({_NAME}),"),  # the Kremlin spokesperson, Dmitry Peskov,
    re.compile(rf"(?<![\w’'.-])({_NAME}), the ({_ROLE}),"),  # Ihor Solovey, the head of the centre,
)
_APPOSITION_WORDS = ("he ", ", the ")
"""Text each pattern of :data:`_APPOSITION` cannot match without (``the `` or ``The ``; ``, the ``)."""


def appositions(texts: Iterable[str]) -> list[Alias]:
    """Descriptions an article gives for a name, as in ``the Kremlin spokesperson, Dmitry Peskov,``.

    Only a full name (two to four capitalised words) set off by commas next to a description that ends in a
    lower-case word (a role: ``spokesperson``, ``head of the centre``) counts.

    Returns:
        Aliases: (description terms, name terms), and (surname, description terms) for later mentions.
    """
    found: list[Alias] = []
    for text in texts:
        for number, pattern in enumerate(_APPOSITION):
            if _APPOSITION_WORDS[number] not in text:  # what the pattern must hold (a test far cheaper than it)
                continue
            for match in pattern.finditer(text):
                role, name = (match.group(1), match.group(2)) if number == 0 else (match.group(2), match.group(1))
                role_terms = frozenset(t.norm for t in terms(word_tokens(role)) if t.kind != "stop")
                name_terms = frozenset(t.norm for t in terms(word_tokens(name)) if t.kind != "stop")
                if 1 <= len(role_terms) <= 4 and name_terms and not role_terms & name_terms:
                    surname = terms(word_tokens(name))[-1].norm  # later mentions often use the surname alone
                    found.extend([(role_terms, name_terms), (frozenset({surname}), role_terms)])
    return list(dict.fromkeys(found))  # an article repeating a description sets it up once


def with_aliases(norms: Iterable[str], aliases: Iterable[Alias]) -> set[str]:
    """Term norms, where either form of an alias the article set up brings the other (``nis`` brings ``nation``,
    ``intelligence``, ``servic``, and the other way round).

    The aliases are taken in order, each once, against the terms gathered so far. For a tuple of aliases (as the
    aligner keeps them) only those sharing a term with the passage are looked at, through an index of the tuple
    made once, so the work does not grow with the number of aliases an article sets up.
    """
    found = set(norms)
    if not isinstance(aliases, tuple):
        return _apply(found, aliases)
    listed, index, always = _alias_index(aliases)
    queue = sorted({n for term in found for n in index.get(term, ())}.union(always))
    heapq.heapify(queue)
    seen = set(queue)
    while queue:
        n = heapq.heappop(queue)
        one, other = listed[n]
        before = len(found)
        if one <= found:
            found |= other
        elif other <= found:
            found |= one
        else:
            continue
        if len(found) > before:  # terms it brought may complete aliases further on (never earlier ones)
            for term in one | other:
                for later in index.get(term, ()):
                    if later > n and later not in seen:
                        seen.add(later)
                        heapq.heappush(queue, later)
    return found


def _apply(found: set[str], aliases: Iterable[Alias]) -> set[str]:
    """:func:`with_aliases` by a plain pass over every alias."""
    for one, other in aliases:
        if one <= found:
            found |= other
        elif other <= found:
            found |= one
    return found


@lru_cache(maxsize=16)
def _alias_index(
    aliases: tuple[Alias, ...],
) -> tuple[tuple[Alias, ...], dict[str, tuple[int, ...]], tuple[int, ...]]:
    """The aliases; for each term the positions of the aliases holding it (on either side); and the positions of
    the aliases with an empty side, which always apply."""
    index: dict[str, list[int]] = {}
    for n, (one, other) in enumerate(aliases):
        for term in one | other:
            index.setdefault(term, []).append(n)
    always = tuple(n for n, (one, other) in enumerate(aliases) if not one or not other)
    return aliases, {term: tuple(positions) for term, positions in index.items()}, always


def bag_of(norms: Iterable[str], aliases: Iterable[Alias]) -> Bag:
    """The bag of a passage: its term norms with their aliases (:func:`with_aliases`) and the news lexicon applied
    (:func:`core.align.lexicon.expand`)."""
    return expand(with_aliases(norms, aliases))


def variant_map(left_vocab: Iterable[str], right_vocab: Iterable[str], cutoff: float) -> dict[str, str]:
    """Spelling variants across two vocabularies (``zelenskyy`` ~ ``zelensky``, ``korean`` ~ ``korea``).

    Only words of five letters or more that start alike and that one side lacks are compared, with rapidfuzz's
    ``ratio``; each variant maps to the alphabetically first spelling of its pair, so the map does not
    depend on
    which vocabulary is which.

    Args:
        left_vocab: Terms of one article.
        right_vocab: Terms of the other.
        cutoff: Minimum ``ratio`` (0 to 1) for two spellings to count as one word.

    Returns:
        A map from variant to canonical spelling (terms that need no change are absent).
    """
    lset, rset = set(left_vocab), set(right_vocab)
    only_l = sorted(t for t in lset - rset if len(t) >= 5 and t.isalpha())
    only_r = sorted(t for t in rset - lset if len(t) >= 5 and t.isalpha())
    groups: dict[str, list[str]] = {}
    for term in only_r:
        groups.setdefault(term[:2], []).append(term)
    mapping: dict[str, str] = {}
    for term in only_l:
        choices = groups.get(term[:2])
        if not choices:
            continue
        best = process.extractOne(term, choices, scorer=fuzz.ratio, score_cutoff=cutoff * 100)
        if best is not None:
            other = best[0]
            canonical = min(term, other)
            mapping[term], mapping[other] = canonical, canonical
    return mapping


def hyphen_compounds(words: Iterable[tuple[str, Iterable[str]]]) -> dict[str, tuple[str, ...]]:
    """The closed spelling of each hyphenated word, with the terms its parts give (``fundraiser`` -> ``fund``,
    ``raiser`` for ``fund-raiser``), so that a report writing ``fundraiser`` meets one writing ``fund-raiser``.

    Args:
        words: Each hyphenated word as written, with the normalised terms it gave.

    Returns:
        Normalised closed spelling -> the parts' terms (words whose parts give fewer than two terms are left out).
    """
    out: dict[str, tuple[str, ...]] = {}
    for written, parts in words:
        found = tuple(parts)
        closed = terms(word_tokens(written.replace("-", "")))
        if len(found) >= 2 and len(closed) == 1 and closed[0].kind != "stop":
            out[closed[0].norm] = min(out.get(closed[0].norm, found), found)  # whichever article comes first
    return out


ROUND_FROM = 1000
"""Smallest round figure that stands for a precise one (``$15 million`` ~ ``$14,959,450``); below it, two figures are
too likely two different counts."""


def _rounds_to(precise: float, rounded: float) -> bool:
    """Whether ``rounded`` is ``precise`` rounded at ``rounded``'s last non-zero digit (two significant digits at
    most: ``15000000`` for ``14959450``, not ``14959000``)."""
    if not ROUND_FROM <= rounded < math.inf or not 0 < precise < math.inf or precise == rounded:
        return False
    text = str(int(rounded)) if rounded == int(rounded) else ""
    digits = text.rstrip("0")
    if not digits or len(digits) > 2:
        return False
    unit = 10 ** (len(text) - len(digits))
    return bool(round(precise / unit) * unit == rounded)


def approximate_numbers(left_numbers: Iterable[str], right_numbers: Iterable[str]) -> dict[str, str]:
    """Figures of one article that the other gives rounded (``14959450`` -> ``15000000``), for the similarity only.

    A precise figure maps to the round one of the other article it rounds to (at the round figure's last non-zero
    digit, two significant digits at most, from :data:`ROUND_FROM` on), when its own article lacks that round figure;
    the map does not depend on which article is which.

    Args:
        left_numbers: Normalised quantities of one article (plain digits, as :func:`core.text.numbers.number_text`).
        right_numbers: Those of the other.

    Returns:
        A map from precise figure to the round figure it stands for.
    """
    lset, rset = set(left_numbers), set(right_numbers)
    mapping: dict[str, str] = {}
    for own, other in ((lset, rset), (rset, lset)):
        rounds: dict[float, str] = {}  # each value the other article gives, in its first spelling
        for value, text in sorted((float(t), t) for t in other - own if _numeric(t)):
            rounds.setdefault(value, text)
        for term in sorted(own - other):
            if not _numeric(term) or term in mapping:
                continue
            found = [value for value in _roundings(float(term)) if value in rounds and _rounds_to(float(term), value)]
            if found:
                mapping[term] = rounds[min(found)]
    return mapping


def _roundings(precise: float) -> list[int]:
    """The round figures ``precise`` could stand for (see :func:`_rounds_to`): rounded at each power of ten that
    leaves one or two significant digits. A figure has at most a few, so the map costs the figures' count, not the
    product of the two articles' counts."""
    if not 0 < precise < math.inf:
        return []
    out: list[int] = []
    power = max(0, math.floor(math.log10(precise)) - 2)
    while True:
        unit = 10**power
        try:
            kept = round(precise / unit)
        except OverflowError:  # a figure near the largest float: no power of ten above it divides
            return out
        if kept < 1:
            return out
        if kept < 100:
            out.append(kept * unit)
        power += 1


_PLAIN_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
"""A number as :func:`core.text.numbers.number_text` spells it (ASCII digits only: ``²`` is a digit to Python)."""


def _numeric(term: str) -> bool:
    """Whether a normalised term is a plain number (``15000000``, ``3.25``)."""
    return _PLAIN_NUMBER.fullmatch(term) is not None


_BARE_ACRONYM = re.compile(r"(?<![\w.’'-])[A-Z]{3,6}s?(?![\w’'-]|\.\w)")
"""A bare acronym of three to six letters (``RNC``, ``NGOs``), not a dotted abbreviation (``U.S.``). Two letters
are too few to tell an organisation from a person's initials (``DC`` is not Dick Cheney); the common ones (``EU``,
``UN``) are spelled out by :mod:`core.text.abbreviations` anyway."""
_CAPITAL_RUN = re.compile(
    r"(?<![\w’'-])[A-Z][a-z][\w’'-]*(?:\s+(?:(?:of|and|for|the|on|de|del|des)\s+)*[A-Z][a-z][\w’'-]*){1,7}"
)
"""Two to eight capitalised words, with the small words an organisation's name may hold between them."""


def _shouting(text: str) -> bool:
    """Whether a passage is set in capitals (a headline or label), where every word looks like an acronym."""
    return sum(map(str.isupper, text)) > 0.5 * sum(map(str.isalpha, text))


def _bare_acronyms(texts: Iterable[str]) -> set[str]:
    """The acronyms a text uses, as written (``RNC``; the plural ``NGOs`` as ``NGO``)."""
    found: set[str] = set()
    for text in texts:
        written = _BARE_ACRONYM.findall(text)
        if written and not _shouting(text):
            found.update(a.removesuffix("s") for a in written)
    return found


def _spelled(texts: Iterable[str]) -> dict[str, set[tuple[str, ...]]]:
    """Every run of capitalised words, by its initials: ``Republican National Committee`` under ``RNC``, and its
    shorter runs (``National Committee``) under theirs."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for text in texts:
        for match in _CAPITAL_RUN.finditer(text):
            words = [w for w in match.group().split() if w[0].isupper()]
            for first in range(len(words)):
                for last in range(first + 2, min(len(words), first + 6) + 1):
                    run = tuple(words[first:last])
                    found.setdefault("".join(w[0] for w in run), set()).add(run)
    return found


def shared_acronyms(left: Iterable[str], right: Iterable[str]) -> list[Alias]:
    """Acronyms one article uses bare that the other only spells out (``RNC`` ~ ``Republican National Committee``).

    An article that defines an acronym itself sets it up with :func:`acronyms`; this finds the ones that cross
    over: one report writes ``the RNC``, the other ``the Republican National Committee`` and never ``RNC``. A
    spelling counts when its capitalised words' initials are the acronym's letters and it is the only such spelling
    in that article. The result does not depend on which article is which.

    Args:
        left: One article's passages.
        right: The other article's passages.

    Returns:
        Aliases (acronym term, expansion terms), sorted.
    """
    left, right = list(left), list(right)
    found: set[Alias] = set()
    used = _bare_acronyms(left), _bare_acronyms(right)
    for bare, theirs, other in ((used[0], used[1], right), (used[1], used[0], left)):
        if not bare - theirs:
            continue
        spelled = _spelled(other)
        for acronym in sorted(bare - theirs):
            runs = spelled.get(acronym, set())
            if len(runs) != 1:  # never spelled out there, or two ways: no guess
                continue
            expansion = frozenset(t.norm for t in terms(word_tokens(" ".join(next(iter(runs))))) if t.kind != "stop")
            short = frozenset(t.norm for t in terms(word_tokens(acronym)))
            if expansion and short and not short & expansion:
                found.add((short, expansion))
    return sorted(found, key=lambda alias: (sorted(alias[0]), sorted(alias[1])))
