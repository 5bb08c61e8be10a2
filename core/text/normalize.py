"""Normalising words: light stemming, stop words, numbers written in words or figures.

Everything here is a pure function of its input, so the same text always yields the same terms.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import NamedTuple

from core.text.abbreviations import spelled_out
from core.text.folding import QUOTES
from core.text.numbers import (
    MAX_WORDED_RUN,
    NUMBER_WORDS,
    SCALES,
    is_number_word,
    number_text,
    plain_number,
    scaled_number,
    worded_number,
)
from core.text.tokens import Token
from core.text.vocabulary import MONTHS

STOP_WORDS: frozenset[str] = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being below between
    both but by can could did do does doing down during each few for from further had has have having he her here
    hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off
    on once only or other our ours ourselves out over own same she should so some such than that the their theirs
    them themselves then there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself yourselves s t don shall may might must said
    say says saying told tell tells added adding according asked one's us upon via per whether yet though although
    however since within without among amongst would've it's that's there's
    """.split()  # noqa: SIM905
)
"""Function words and reporting verbs: they carry no content, so two passages never link on them."""

_MONTH_WORDS: frozenset[str] = frozenset(MONTHS)
"""Month names and their short forms (a number next to one is a date, not a quantity)."""

_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "us": ("united", "states"),
    "usa": ("united", "states"),
    "uk": ("united", "kingdom"),
    "un": ("united", "nations"),
    "eu": ("european", "union"),
}
"""Upper-case abbreviations common in news, spelled out so ``U.S.`` meets ``United States``."""

_DOTTED_STATES: dict[str, tuple[str, ...]] = {
    "n.h": ("new", "hampshire"),
    "n.j": ("new", "jersey"),
    "n.m": ("new", "mexico"),
    "n.y": ("new", "york"),
    "n.c": ("north", "carolina"),
    "n.d": ("north", "dakota"),
    "r.i": ("rhode", "island"),
    "s.c": ("south", "carolina"),
    "s.d": ("south", "dakota"),
    "w.va": ("west", "virginia"),
}
"""The US states that wire style writes as two dotted capitals (``Manchester, N.H.``), spelled out so they meet the
state's name; only with their stops (``SC`` and ``NC`` stand for other things too). The tokenizer keeps the inner
stops only (``N.H``)."""


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stemmer: plural, past, gerund and a few derivational endings; spelling -ise/-ize
    folded.

    Args:
        word: A case-folded word.

    Returns:
        The word's stem (``deployed`` -> ``deploy``, ``denies`` -> ``deny``, ``mobilising`` -> ``mobilis``).
    """
    w = word
    if len(w) <= 3:
        return w
    if w.endswith(("ies", "ied")) and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ations", "ation", "ings", "ing", "ed", "ly", "ment"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if suffix in ("ing", "ed", "ings") and len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]
            break
    if w.endswith(("ise", "ize")) and len(w) > 5:
        w = w[:-3] + "is"
    elif w.endswith("iz") and len(w) > 4:
        w = w[:-1] + "s"
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


class Term(NamedTuple):
    """One content term of a passage: a normalised word or number and where it came from."""

    norm: str
    """The normalised form compared across articles (a stem, or a number in plain digits)."""
    kind: str
    """``word``, ``name`` (capitalised inside a sentence), ``number`` (a quantity), ``date`` (day or year) or
    ``stop`` (a function word or reporting verb)."""
    token: int
    """Index of the token (in the passage's token list) the term starts at."""
    end_token: int
    """Index one past the last token that makes up the term."""


_MERIDIEM = frozenset(["am", "pm", "a.m", "p.m"])
"""Words after a number that make it a time of day (``6 pm``, ``4 a.m.``)."""
_CLOCK = re.compile(r"\d{1,2}(?:[.:]\d{2})?(?:am|pm)")
"""A time of day written in one piece (``4.40am``, ``11pm``): like ``12:14``, a time, not a quantity."""


CURRENCY_SIGNS = "$€£¥"
"""Currency signs written before an amount (``€3.4bn``); the amount is compared without them."""
_CURRENCY_WORDS = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen"}
"""The word (a stem) each currency sign stands for, a term of the passage beside the amount."""

_NEGATED = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}
"""Contractions whose base changes before ``n't`` (``won't`` -> ``will``)."""


@lru_cache(maxsize=131072)
def _word_form(token: str) -> str:
    """Case-fold a token and drop a possessive ending or a contracted word (``Korea’s`` -> ``korea``, ``I'm`` ->
    ``i``, ``they'll`` -> ``they``, ``won't`` -> ``will``): a clitic is a function word, never content.
    """
    w = token.translate(QUOTES).casefold()
    if w.endswith("n't") and len(w) > 3:
        base = w[:-3]
        return _NEGATED.get(base, base)
    if w.endswith(("'s", "'m", "'d")):
        return w[:-2]
    if w.endswith(("'re", "'ve", "'ll")):
        return w[:-3]
    if w.endswith("'"):
        return w[:-1]
    return w


@lru_cache(maxsize=131072)
def _word_parts(raw: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """How a word as written becomes terms: (when it reads as a name, ((norm, kind), ...)).

    The first value is ``always`` (an acronym or spelled-out abbreviation), ``inside`` (capitalised: a name unless it
    opens the sentence) or ``never``.
    """
    form = _word_form(raw)
    if (full := spelled_out(form)) is not None:  # Sen. -> senator, Okla. -> oklahoma
        return ("inside" if raw[0].isupper() else "never"), ((stem(full), "word"),)
    bare = form.replace(".", "")
    if form.rstrip(".") in _DOTTED_STATES and raw[:1].isupper():
        return "always", tuple((stem(part), "name") for part in _DOTTED_STATES[form.rstrip(".")])
    if raw.replace(".", "").isupper() and bare in _ABBREVIATIONS:
        return "always", tuple((stem(part), "name") for part in _ABBREVIATIONS[bare])
    capital = "always" if raw.isupper() and len(bare) > 1 else "inside" if raw[0].isupper() else "never"
    parts: list[tuple[str, str]] = []
    pieces = bare.replace("'", "").split("-")
    for part in pieces:
        if not part or (len(part) == 1 and not part.isdigit()):
            continue
        after_tens = bool(parts) and parts[-1][1] == "number" and int(parts[-1][0]) % 10 == 0 and int(parts[-1][0]) > 10
        if len(pieces) > 1 and part in NUMBER_WORDS and (part != "one" or after_tens):  # three-year (not one-off)
            value = NUMBER_WORDS[part]
            if after_tens and value < 10:  # twenty-one-year-old
                value += int(parts.pop()[0])
            parts.append((str(value), "number"))
            continue
        if part in STOP_WORDS:
            parts.append((part, "stop"))
        else:  # a stem never reads as a function word ("noted" -> "not"): keep such a word whole
            root = stem(part)
            parts.append((part if root in STOP_WORDS else root, "word"))
    return capital, tuple(parts)


def _run_forms(tokens: list[Token], index: int) -> list[str]:
    """The word forms from ``tokens[index]`` on that may make up one number in words: at most
    :data:`~core.text.numbers.MAX_WORDED_RUN` words, each one character (a space) after the last."""
    forms = [_word_form(tokens[index].text)]
    for k in range(index + 1, min(len(tokens), index + MAX_WORDED_RUN)):
        if tokens[k].start - tokens[k - 1].end > 1:
            break  # "twenty, five" is two numbers
        forms.append(_word_form(tokens[k].text))
    return forms


_new = tuple.__new__
"""Builds a NamedTuple without its Python-level ``__new__`` (terms are made per word)."""

_Parts = tuple[tuple[str, str], ...]

_PERCENT = re.compile(r"(\d+(?:[.,]\d+)*)(?:%|pc)", re.IGNORECASE)
"""A figure with a glued percent sign or the British ``pc`` (``3.25%``, ``5pc``)."""


@lru_cache(maxsize=131072)
def _plain_word(raw: str) -> tuple[_Parts, _Parts] | None:
    """The (norm, kind) terms of a word that is no number or amount: as the first word of a passage, and further in
    (where a capitalised word reads as a name). ``None`` for a figure, an amount or a number word.
    """
    if raw[0] in CURRENCY_SIGNS or raw[0].isdigit() or is_number_word(_word_form(raw)):
        return None
    capital, parts = _word_parts(raw)

    def named(inside: bool) -> _Parts:
        return tuple(
            (norm, "name" if kind == "word" and (capital == "always" or (capital == "inside" and inside)) else kind)
            for norm, kind in parts
        )

    return named(False), named(True)


_PER = _plain_word("per")
"""The terms of ``per`` (cached, so ``plain is _PER`` tells the word at once): ``per cent`` is one term."""


def terms(tokens: list[Token]) -> list[Term]:
    """The terms of a passage, in order: numbers valued, words stemmed, stop words marked as such.

    Numbers are read with their scale (``1.5 million`` -> ``1500000``, ``four`` -> ``4``), a number in words over its
    whole run (``two hundred and fifty thousand`` -> ``250000``; see :func:`core.text.numbers.worded_number`); a number
    next to a month name is a ``date``. Hyphenated words give one term per part. Known abbreviations are spelled out.
    """
    out: list[Term] = []
    append = out.append
    count = len(tokens)
    index = 0
    while index < count:
        plain = _plain_word(tokens[index].text)
        if plain is _PER and index + 1 < count and tokens[index + 1].text.casefold() == "cent":
            append(Term("percent", "word", index, index + 2))  # per cent = percent = %
            index += 2
            continue
        if plain is not None:  # the common case: a word that is no number, read once per spelling
            first, inside = plain
            for norm, kind in inside if index else first:
                append(_new(Term, (norm, kind, index, index + 1)))
            index += 1
            continue
        raw, form = tokens[index].text, _word_form(tokens[index].text)
        money = raw[0] in CURRENCY_SIGNS
        if money:
            raw, form = raw[1:], form[1:]
        percent = _PERCENT.fullmatch(raw)
        if percent:  # 3.25% and 5pc say "percent" as 3.25 per cent does
            raw = form = percent.group(1)
        end = index + 1
        value = plain_number(raw) if raw[0].isdigit() else None
        if value is None and raw[0].isdigit():
            value = scaled_number(raw, money=money)
        if value is not None:  # 1.5 million, 2 hundred thousand
            while end < count and (scale := _word_form(tokens[end].text)) in SCALES and math.isfinite(value):
                value *= SCALES[scale]
                end += 1
        elif is_number_word(form) and (worded := worded_number(_run_forms(tokens, index))) is not None:
            value, end = worded[0], index + worded[1]
        if value is not None and math.isfinite(value):
            near = {_word_form(tokens[k].text) for k in (index - 1, end) if 0 <= k < count}
            clock = end < count and _word_form(tokens[end].text).rstrip(".") in _MERIDIEM  # 6 pm: a time of day
            kind = (
                "date"
                if not money
                and (clock or near & _MONTH_WORDS or (1900 <= value <= 2100 and "," not in raw and "." not in raw))
                else "number"
            )
            if form == "one" and end == index + 1 and kind == "number":
                index = end  # "one" alone is rarely a count ("one of the", "one man")
                continue
            out.append(Term(number_text(value), kind, index, end))
            if money:  # €3.4bn says "euros" as 3.4 billion euros does
                out.append(Term(_CURRENCY_WORDS[tokens[index].text[0]], "word", index, index + 1))
            if percent:
                out.append(Term("percent", "word", index, index + 1))
            index = end
            continue
        # what is left starts with a digit (the tokenizer puts one after a currency sign): 21st and 10km stay
        # quantity words; 9/11 and 12:14 name a day or a time
        kind = "date" if "/" in raw or ":" in raw or _CLOCK.fullmatch(form) else "number"
        out.append(Term(form, kind, index, index + 1))
        index += 1
    return out
