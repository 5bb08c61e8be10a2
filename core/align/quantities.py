"""The quantities of one side of an item: each figure with what it counts, as the number reason compares them.

A quantity is a number (``12,000``, ``four``, ``€38bn``) or a vague count (``thousands of``) with the words right
after it that say what it counts, up to the end of that noun phrase: ``four brigades`` (not ``four brigades
totaling``), ``1,500 special forces`` (a plural noun closes the phrase), ``€38bn of assets``; a part of a whole is
shown with it (``five of the bombs``) but compared as a bare number. Ordinals (``2nd``) are ranks, a number after
capitals that name a series (``SB 1062``, ``H.R. 3590``) is a name, and ``zero`` before a singular noun is an idiom
(``zero precedent``, ``zero tolerance``; not ``zero deaths`` nor ``zero percent``): none of them is a quantity. A small
count inside an apposition to a name or a ``who`` clause describes a person (``Mary Cheney, one of Dick Cheney's two
daughters,``): it is flagged, so that a description on one side only is no numeric claim. The same measure in other
units (``50 miles`` ~ ``80 km``, ``95°F`` ~ ``35°C``, ``six months`` ~ ``180 days``), a figure with its own
conversion in brackets (``£10m ($13m)``) and a number written onto its unit (``12km`` ~ ``12 km``) are recognised as
one quantity.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from core.align.item_side import ItemSide
from core.align.modality import past_form
from core.text.folding import QUOTES
from core.text.normalize import STOP_WORDS, stem
from core.text.vocabulary import MONTHS, WEEKDAYS

_SENTENCE_GAP = re.compile(r"[.!?][\"'”’)\]]*\s")
_BREAK = re.compile(r"[,;:()\[\]\"“”—–―]|\s-\s")
"""Punctuation that ends a noun phrase."""
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
_COUNT_ADJECTIVES = frozenset(["other", "more", "fewer", "further", "additional", "extra"])
"""Words between a number and what it counts (``19 other children``, ``500 more troops``)."""
_NOT_UNITS = frozenset(["respectively", "apiece", "altogether"])
"""Adverbs after a number that say how it is shared or summed, never what it counts (``aged 16 and 13
respectively``); words that also modify a noun (``15 total folders``, ``the No. 1 overall pick``) are not here."""
_WHEN = frozenset(["early", "late", "earlier", "later", "ago", "yesterday", "today", "tonight", "tomorrow"])
"""Time words that end what a figure counts once it has named something (``a three-hour nightmare early Sunday``):
they say when, not what."""
MAX_UNIT_WORDS = 3
"""At most this many words after a number say what it counts (``North Korean troops``)."""
SMALL_COUNT = 12
"""Counts up to this in a description of a person (``a father of three``) describe, they do not claim."""

_VAGUE = {
    "dozens": (24.0, 99.0),
    "scores": (40.0, 199.0),
    "hundreds": (200.0, 999.0),
    "thousands": (2e3, 9999.0),
    "millions": (2e6, 999e6),
}
"""Vague counts before ``of`` and the range each covers (``tens of thousands`` and ``hundreds of thousands`` are read
as one count)."""
_VAGUE_TENS = {"thousands": (2e4, 99999.0), "millions": (2e7, 99999999.0)}
_VAGUE_HUNDREDS = {"thousands": (2e5, 999999.0), "millions": (2e8, 999999999.0)}


def _measures() -> dict[str, tuple[str, float]]:
    table = (
        ("length", 1.0, "metre meter metres meters"),
        ("length", 1000.0, "kilometre kilometer kilometres kilometers km kms"),
        ("length", 0.01, "centimetre centimeter centimetres centimeters cm"),
        ("length", 0.001, "millimetre millimeter millimetres millimeters mm"),
        ("length", 1609.344, "mile miles"),
        ("length", 0.3048, "foot feet ft"),
        ("length", 0.9144, "yard yards"),
        ("length", 0.0254, "inch inches"),
        ("mass", 1.0, "kilogram kilograms kg kgs kilo kilos"),
        ("mass", 0.001, "gram grams"),
        ("mass", 1000.0, "tonne tonnes"),
        ("mass", 0.45359, "lb lbs"),
        ("mass", 0.02835, "ounce ounces oz"),
        ("area", 4046.86, "acre acres"),
        ("area", 10000.0, "hectare hectares"),
        ("volume", 1.0, "litre liter litres liters"),
        ("volume", 3.78541, "gallon gallons"),
        ("speed", 1.0, "kph"),
        ("speed", 1.609344, "mph"),
        ("time", 1 / 1440, "minute minutes"),
        ("time", 1 / 24, "hour hours"),
        ("time", 1.0, "day days"),
        ("time", 7.0, "week weeks"),
        ("time", 14.0, "fortnight fortnights"),
        ("time", 30.44, "month months"),
        ("time", 365.25, "year years"),
        ("time", 3652.5, "decade decades"),
    )
    return {stem(word): (dimension, scale) for dimension, scale, words in table for word in words.split()}


MEASURES = _measures()
"""Units (as term stems) with their dimension and size in that dimension's base unit: ``six months`` is ``180 days``,
``48 hours`` is ``two days`` and ``50 miles`` is ``80 km`` told another way."""
MEASURE_SLACK = 0.06
"""How far two sizes may differ and still be one measure (conversions are rounded: 50 miles is 80.5 km)."""
DURATION_SLACK = 0.03
"""How far two lengths of time may differ and still be one (a month is 28 to 31 days)."""
TEMPERATURE_SLACK = 1.5
"""How many degrees Celsius two temperatures may differ and still be one (95°F is 35°C)."""
_TEMPERATURE = re.compile(
    r"\s*(?:[°º]\s*(?P<sign>[FC])\b|degrees?\s+(?P<word>Fahrenheit|Celsius|centigrade|F\b|C\b))", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number with what it counts, on one side of an item."""

    value: str
    """The number's term (``12000``), or a vague count's word (``thousands``)."""
    units: frozenset[str]
    """The stems of the words saying what it counts (``{"special", "forc"}``)."""
    written: str
    """The number and those words, as written."""
    token: int
    """Index of the number's first token in the side's tokens."""
    end: int
    """Index one past the last token of :attr:`written`."""
    low: float
    """The least value it stands for (``nan`` when it has no value)."""
    high: float
    """The greatest value it stands for."""
    vague: bool = False
    """A vague count (``thousands of``)."""
    descriptive: bool = False
    """A small count describing a person (``one of his two daughters``), not a claim."""
    celsius: float | None = None
    """Its temperature in degrees Celsius, for a temperature."""
    converted: int | None = None
    """Index (in the side's quantities) of the conversion set after it in brackets (``£10m ($13m)``)."""


def _number_value(norm: str) -> float:
    try:
        value = float(norm)
    except ValueError:
        return math.nan
    return value if math.isfinite(value) else math.nan


_IRREGULAR_PLURALS = frozenset(["people", "children", "men", "women", "police", "feet", "teeth", "geese", "mice"])
"""Plural nouns without an ``s`` (``600 people spent the night`` counts people, not what they spent)."""


def _plural(form: str) -> bool:
    """Whether a word reads as a plural noun (``brigades``, ``people``; not ``press``, ``status`` or ``this``)."""
    if form in _IRREGULAR_PLURALS:
        return True
    possessive = form.endswith(("'s", "’s"))
    return form.endswith("s") and not possessive and not form.endswith(("ss", "us", "is")) and len(form) > 3


def _phrase_ends_before(side: ItemSide, k: int) -> bool:
    """Whether punctuation or a sentence end stands between token ``k`` and the one before it."""
    gap = side.text[side.tokens[k - 1].end : side.tokens[k].start] if k else ""
    return bool(_BREAK.search(gap) or _SENTENCE_GAP.search(gap + " "))


def _unit_tokens(side: ItemSide, after: int, start_units: int) -> tuple[list[int], list[str]]:
    """The tokens from ``after`` that say what a number counts, and their content stems.

    ``of`` may come first (``thousands of troops``, ``€38bn of assets``), ``per`` once (``$1,000 per trained
    employee``); the phrase ends at punctuation, a function word, a sentence end, a plural noun (``four brigades``), a
    participle after a noun (``brigades totaling``) or after :data:`MAX_UNIT_WORDS` words. A part of a whole (``five of
    the bombs``) is shown with the whole it names, but counts nothing of its own (see :func:`_partitive`).
    """
    tokens = side.tokens
    if not start_units and (whole := _partitive(side, after)):
        return whole, []
    taken: list[int] = []
    norms: list[str] = []
    per = False
    k = after
    while k < len(tokens) and len(taken) < MAX_UNIT_WORDS:
        if _phrase_ends_before(side, k):
            break
        form = tokens[k].text.casefold()
        found = side.terms_between(k, k + 1)
        following = tokens[k + 1].text.casefold() if k + 1 < len(tokens) else ""
        if (form == "of" and not taken and not start_units) or (form == "per" and not per and following != "cent"):
            per = per or form == "per"  # "$1,000 per trained employee"
            k += 1
            continue
        if form in _COUNT_ADJECTIVES and not taken:
            k += 1  # "19 other children"
            continue
        if form in _NOT_UNITS:
            break  # "aged 16 and 13 respectively": an adverb, not what the number counts
        if (taken or start_units) and (
            form in _WHEN or form in WEEKDAYS or (form in MONTHS and tokens[k].text[:1].isupper())
        ):
            break  # "a three-hour nightmare early Sunday": when it was, not what is counted
        content = [t for t in found if t.kind in ("word", "name")]
        if not content or any(t.kind in ("number", "date", "stop") for t in found):
            break
        if (taken or start_units) and form.endswith(("ing", "ed")) and len(form) > 4 and not per:
            break
        end = max(k + 1, *(t.end_token for t in content))  # a term over several tokens: "41 per cent"
        taken.extend(range(k, end))
        norms.extend(t.norm for t in content)
        k = end
        if _plural(form) and not per:
            break
    return taken, norms


_PARTITIVE = frozenset(["the", "these", "those", "its", "their", "his", "her", "our"])
"""Words after ``of`` that make a count a part of a whole it names (``five of the bombs``)."""


_WHOLE_PRONOUNS = frozenset(["them", "us"])
"""Pronouns a part is taken from (``two of them``)."""


def _partitive(side: ItemSide, after: int) -> list[int]:
    """The tokens of ``of the bombs`` after a count (``five of the bombs``, ``seven of the trial's volunteers``, ``two
    of the six volunteers``, ``two of them``): the whole the count is a part of, its noun and a possessive's noun, or a
    number and its noun; empty when no such whole follows.

    The whole is shown, so that the evidence says what the count is part of, but it is not what the count counts: two
    of the dead is not two deaths, so the count is compared as a bare number, as before."""
    tokens = side.tokens
    k = after + 2
    if after + 1 >= len(tokens) or tokens[after].text.casefold() != "of" or _phrase_ends_before(side, after):
        return []
    if tokens[after + 1].text.casefold() in _WHOLE_PRONOUNS and not _phrase_ends_before(side, after + 1):
        return [after, after + 1]  # "two of them"
    if (
        k >= len(tokens)
        or tokens[after + 1].text.casefold() not in _PARTITIVE
        or any(_phrase_ends_before(side, n) for n in (after + 1, k))
    ):
        return []
    if any(t.kind == "number" for t in side.terms_between(k, k + 1)) and k + 1 < len(tokens):
        if _phrase_ends_before(side, k + 1) or not _word(side, k + 1):
            return []
        return list(range(after, k + 2))  # "two of the six volunteers"
    if not _word(side, k):
        return []
    taken = list(range(after, k + 1))
    possessive = tokens[k].text.casefold().endswith(("'s", "’s"))
    if possessive and k + 1 < len(tokens) and not _phrase_ends_before(side, k + 1) and _word(side, k + 1):
        taken.append(k + 1)  # "seven of the trial's volunteers"
    return taken


def _word(side: ItemSide, k: int) -> bool:
    """Whether token ``k`` is a content word (no function word, number or date)."""
    found = side.terms_between(k, k + 1)
    return bool(found) and all(t.kind in ("word", "name") for t in found)


_AND_OR = frozenset(["and", "or"])
SHOWN_REACH = 5
"""How many words (a joining ``and`` or ``or`` included) past what a number counts its evidence may run to reach the
plural noun the phrase ends on."""


def _shown_last(side: ItemSide, last: int) -> int:
    """The token a quantity's evidence ends on: the phrase it counts, run on to the plural noun it names when the
    phrase stopped short of it (``five past and present Missouri Republican senators``, not ``five past``)."""
    tokens = side.tokens
    if _plural(tokens[last].text.casefold()):
        return last
    joined = False
    for k in range(last + 1, min(len(tokens), last + 1 + SHOWN_REACH)):
        if _phrase_ends_before(side, k):
            return last
        form = tokens[k].text.casefold()
        if form in _AND_OR and not joined:
            joined = True
            continue
        found = side.terms_between(k, k + 1)
        if not found or form in _VAGUE or any(t.kind in ("number", "date", "stop") for t in found):
            return last
        if joined and (past_form(form) or (form.endswith("ing") and len(form) > 4)):
            return last  # a verb after "and": "a three-year contract and led Rovers" joins a clause, not a noun
        if _plural(form):
            return k
    return last


def _temperature(side: ItemSide, token: int, value: float) -> float | None:
    """A number's value in degrees Celsius when a temperature scale follows it (``95F``, ``95°F``, ``35 degrees
    Celsius``); ``None`` for any other number."""
    text = side.tokens[token].text
    glued = re.fullmatch(r"(-?\d[\d,]*(?:\.\d+)?)([FC])", text)
    if glued:
        value, scale = _number_value(glued.group(1).replace(",", "")), glued.group(2).casefold()
    else:
        found = _TEMPERATURE.match(side.text, side.tokens[token].end)
        if not found:
            return None
        scale = (found.group("sign") or found.group("word"))[0].casefold()
    return (value - 32) * 5 / 9 if scale == "f" else value


_DEFINITE = frozenset(["the", "these", "those"])
"""Articles before a small count that refer back to what the report has named (``the two billionaires``); a possessive
does not (``her two remaining dates`` counts)."""


def _descriptive(side: ItemSide, token: int, value: float) -> bool:
    """Whether a small count refers to people already named (``the two billionaires``), or sits in an apposition to a
    name (``Mary Cheney, one of his two daughters,``) or in a ``who`` clause (``…, who has two sons,``): a
    description, not a claim."""
    if not 0 < value <= SMALL_COUNT:
        return False
    tokens = side.tokens
    before = tokens[token - 1].text.translate(QUOTES).casefold() if token else ""
    if before in _DEFINITE:
        return True  # "the two billionaires": people the report has named
    first = token
    while first > 0 and "," not in side.text[tokens[first - 1].end : tokens[first].start]:
        if _SENTENCE_GAP.search(side.text[tokens[first - 1].end : tokens[first].start] + " "):
            return False
        first -= 1
    if first == 0:
        return False
    last = token
    while last + 1 < len(tokens) and "," not in side.text[tokens[last].end : tokens[last + 1].start]:
        if _SENTENCE_GAP.search(side.text[tokens[last].end : tokens[last + 1].start] + " "):
            return False
        last += 1
    if last + 1 >= len(tokens):
        return False  # the clause ends the sentence: no apposition closed by a comma
    opener = tokens[first].text.casefold()
    if opener in ("who", "whose"):
        return True
    before = tokens[first - 1].text
    clause = {t.text.casefold() for t in tokens[first : last + 1]}
    verbs = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says"}
    return before[:1].isupper() and not clause & verbs


_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,4}")
"""A run of capitals (``SB``, ``HR``, ``H.R.``) that names a series: the number after it is an identifier."""


def _identifier(side: ItemSide, token: int) -> bool:
    """Whether the number at ``token`` is part of a name: digits right after capitals that name a series (``SB 1062``,
    ``H.R. 3590``), a number word written with a capital right after a capitalised word (``Ground Zero``, ``Air Force
    One``), or ``zero`` right after a noun and before no other content word (``ground zero``, ``patient zero``; not
    ``fell to zero`` nor ``zero tolerance``), with nothing but a space between."""
    if token == 0:
        return False
    before, number = side.tokens[token - 1], side.tokens[token]
    gap = side.text[before.end : number.start]
    dotted = gap == ". " and "." in before.text  # "H.R. 3590": the tokenizer leaves the last stop out
    if number.text.isalpha():
        if number.text.casefold() == "zero" and gap == " " and before.text.casefold() not in STOP_WORDS:
            following = side.tokens[token + 1].text.casefold() if token + 1 < len(side.tokens) else ""
            if not following or following in STOP_WORDS:
                return True  # "near ground zero into the campaign", "patient zero": a label, not "zero tolerance"
        return gap == " " and number.text[:1].isupper() and before.text[:1].isupper() and before.text.isalpha()
    return (gap == " " or dotted) and bool(_ACRONYM.fullmatch(before.text)) and number.text.isdigit()


_SHARES = frozenset(["percent", "pc", "cent", "per", "degree", "point"])
"""Singular words after a number that still say what it measures (``zero percent``, ``zero degree``)."""


def _idiomatic_zero(side: ItemSide, token: int) -> bool:
    """Whether the number at ``token`` is the word ``zero`` before a singular noun: an idiom that says *none at all*
    (``zero precedent``, ``zero tolerance``, ``zero chance``), not a count (``zero deaths``, ``zero percent``)."""
    tokens = side.tokens
    if tokens[token].text.casefold() != "zero" or token + 1 >= len(tokens) or _phrase_ends_before(side, token + 1):
        return False
    form = tokens[token + 1].text.casefold()
    following = side.terms_between(token + 1, token + 2)
    return (
        bool(following)
        and all(t.kind in ("word", "name") for t in following)
        and form not in STOP_WORDS
        and form not in _SHARES
        and not _plural(form)
        and stem(form) not in MEASURES
    )


_GLUED = re.compile(r"(\d[\d,]*(?:\.\d+)?)([a-z]+)")
"""A number written together with its unit (``12km``, ``310mm``)."""


def _glued_unit(norm: str) -> tuple[str, tuple[str, ...]]:
    """A number term and the unit written onto it, apart (``12km`` -> ``12`` and ``km``), when that unit is a measure;
    else the term as it is and no unit. ``12km`` then meets ``12 km`` on the other side."""
    found = _GLUED.fullmatch(norm)
    if found is None or (unit := stem(found.group(2))) not in MEASURES:
        return norm, ()
    return found.group(1).replace(",", ""), (unit,)


def quantities(side: ItemSide) -> list[Quantity]:
    """Every quantity of the side (dates and ordinals aside), in reading order."""
    tokens = side.tokens
    found = side.terms
    out: list[Quantity] = []
    for k, term in enumerate(found):
        if (
            term.kind != "number"
            or _ORDINAL.fullmatch(tokens[term.token].text)
            or _identifier(side, term.token)
            or _idiomatic_zero(side, term.token)
        ):
            continue
        same_token = [
            t
            for t in found[k + 1 : k + 4]
            if t.token < term.end_token and t.kind in ("word", "name")  # €38bn (euros), three-year (years)
        ]
        norm, glued = _glued_unit(term.norm)
        taken, norms = _unit_tokens(side, term.end_token, len(same_token))
        last = taken[-1] if taken else term.end_token - 1
        value = _number_value(norm)
        celsius = _temperature(side, term.end_token - 1, value)
        out.append(
            Quantity(
                norm,
                frozenset([*(t.norm for t in same_token), *glued, *norms]),
                side.written(tokens[term.token].start, tokens[_shown_last(side, last) if taken else last].end),
                term.token,
                last + 1,
                value,
                value,
                descriptive=_descriptive(side, term.token, value),
                celsius=celsius,
            )
        )
    forms = [t.text.casefold() for t in tokens]
    for k, form in enumerate(forms):
        if form not in _VAGUE and form != "tens":
            continue
        if k >= 2 and forms[k - 1] == "of" and forms[k - 2] in ("tens", "hundreds"):
            continue  # the second word of "tens of thousands"
        last_word = k
        if forms[k + 1 : k + 3] in (["of", "thousands"], ["of", "millions"]) and form in ("tens", "hundreds"):
            low, high = (_VAGUE_TENS if form == "tens" else _VAGUE_HUNDREDS)[forms[k + 2]]
            last_word = k + 2
        elif form in _VAGUE and forms[k + 1 : k + 2] == ["of"]:
            low, high = _VAGUE[form]
        else:
            continue
        taken, norms = _unit_tokens(side, last_word + 1, 0)
        last = taken[-1] if taken else last_word
        out.append(
            Quantity(
                " ".join(forms[k : last_word + 1]),
                frozenset(norms),
                side.written(tokens[k].start, tokens[_shown_last(side, last) if taken else last].end),
                k,
                last + 1,
                low,
                high,
                vague=True,
            )
        )
    out.sort(key=lambda q: q.token)
    return _with_conversions(side, out)


PAIR_WORDS = frozenset(["both"])
"""Determiners that count two of what follows (``both Republican senators``)."""


def pairs(side: ItemSide) -> list[Quantity]:
    """The side's counts of two in words that are no number (``both Republican senators``): what another side's
    ``two Republican senators`` says, so that figure has its counterpart. They are never figures of their own."""
    tokens = side.tokens
    out: list[Quantity] = []
    for k, token in enumerate(tokens):
        if token.text.casefold() not in PAIR_WORDS:
            continue
        taken, norms = _unit_tokens(side, k + 1, 0)
        if norms:
            written = side.written(token.start, tokens[taken[-1]].end)
            out.append(Quantity("2", frozenset(norms), written, k, taken[-1] + 1, 2.0, 2.0))
    return out


def _with_conversions(side: ItemSide, found: list[Quantity]) -> list[Quantity]:
    """Link each quantity to the one set right after it in brackets (``50 miles (80 km)``, ``£10m ($13m)``)."""
    out = list(found)
    for n in range(len(out) - 1):
        a, b = out[n], out[n + 1]
        gap = side.text[side.tokens[a.end - 1].end : side.tokens[b.token].start]
        if gap.strip() in ("(", "[") and b.end <= len(side.tokens):
            out[n] = Quantity(
                a.value, a.units, a.written, a.token, a.end, a.low, a.high, a.vague, a.descriptive, a.celsius, n + 1
            )
    return out


class Measures:
    """The sizes of a set of quantities, indexed so that :meth:`has_same` answers in logarithmic time whatever their
    number: by dimension and unit, each size in the dimension's base unit, ascending; and the temperatures."""

    def __init__(self, found: Iterable[Quantity]) -> None:
        sizes: dict[str, dict[str, list[float]]] = {}
        celsius: list[float] = []
        for o in found:
            if o.celsius is not None:
                celsius.append(o.celsius)
            if math.isnan(o.low) or not math.isfinite(o.low):
                continue
            for u in o.units & MEASURES.keys():
                dimension, scale = MEASURES[u]
                sizes.setdefault(dimension, {}).setdefault(u, []).append(o.low * scale)
        for by_unit in sizes.values():
            for values in by_unit.values():
                values.sort()
        celsius.sort()
        self._sizes = sizes
        self._celsius = celsius

    def has_same(self, q: Quantity) -> bool:
        """Whether one of the quantities is ``q``'s measure in other units (``50 miles`` ~ ``80 km``, ``95°F`` ~
        ``35°C``, ``six months`` ~ ``180 days``)."""
        if q.celsius is not None:
            return _within(self._celsius, q.celsius - TEMPERATURE_SLACK, q.celsius + TEMPERATURE_SLACK)
        if math.isnan(q.low) or not math.isfinite(q.low):
            return False
        for u in q.units & MEASURES.keys():
            dimension, scale = MEASURES[u]
            size = q.low * scale
            slack = DURATION_SLACK if dimension == "time" else MEASURE_SLACK
            if size < 0:
                continue
            for other_unit, values in self._sizes.get(dimension, {}).items():
                if other_unit in q.units:
                    continue
                # |size - other| <= slack * max(size, other) puts other in [size * (1 - slack), size / (1 - slack)]
                at = bisect_left(values, size * (1 - slack) * (1 - 1e-9))
                while at < len(values) and values[at] <= size / (1 - slack) * (1 + 1e-9):
                    if abs(size - values[at]) <= slack * max(size, values[at]):
                        return True
                    at += 1
        return False


def _within(ascending: Sequence[float], low: float, high: float) -> bool:
    """Whether a value of ``ascending`` lies in ``[low, high]``."""
    at = bisect_left(ascending, low)
    return at < len(ascending) and ascending[at] <= high


def same_measure(q: Quantity, others: Iterable[Quantity]) -> bool:
    """Whether another quantity is the same measure in other units (see :meth:`Measures.has_same`)."""
    return Measures(others).has_same(q)


__all__ = ["MEASURES", "Measures", "Quantity", "quantities", "same_measure"]
