"""What the measured line classifier sees of each paragraph of a pasted page: its shape, its place and its neighbours.

Every paragraph of a :class:`~core.reading.HandLayout` gets one row of numbers (:data:`LINE_FEATURES`): its length,
how much of it is function words, sentence stops, capitals and digits, whether it reads as a menu, a lone label or a
glued teaser card; where it stands on the page and against the article's run; its run weight; whether the page prints
it twice; how many of its words the run itself uses; and the same few measures of the lines above and below it
(jusText's context). The last three columns are the hand rules' own decision for the line and its neighbours, so a
model can vet the rules rather than replace them.

The shape tests (sentence end, menu, lone word, glued teaser, function words) are this measurement's own copies of
the ones the hand rules use, so that ``core`` ships nothing only the measurement needs.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from core.reading import HandLayout

__all__ = ["HAND_LINE_FEATURES", "LINE_FEATURES", "line_features"]

LINE_FEATURES: tuple[str, ...] = (
    "log_chars",
    "log_words",
    "stop_share",
    "ends_sentence",
    "stops_per_word",
    "capital_share",
    "digit_share",
    "navigation",
    "lone_word",
    "glued_teaser",
    "prose",
    "run_weight",
    "position",
    "in_run",
    "above_run",
    "below_run",
    "claimed",
    "repeated",
    "run_words",
    "after_blank",
    "ends_colon",
    "previous_prose",
    "next_prose",
    "previous_words",
    "next_words",
    "previous_run_weight",
    "next_run_weight",
    "hand_body",
    "previous_hand_body",
    "next_hand_body",
)
"""The columns of a row, in order."""

HAND_LINE_FEATURES: frozenset[str] = frozenset({"hand_body", "previous_hand_body", "next_hand_body"})
"""The columns that carry the hand rules' decision."""

FUNCTION_WORDS: frozenset[str] = frozenset(
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
"""Function words and reporting verbs (the stop words of ``core.text``)."""
MIN_CONTENT_CHARS = 3
"""A content word (for the run's vocabulary) has at least this many letters and is no function word."""
LONE_WORD_CHARS = 30
"""A lone capitalised word no longer than this is a credit or a section label."""
MIN_MENU_ITEMS = 4
"""A line of at least this many short items set apart by double spaces is a menu."""
GLUED_HEAD_WORDS = 3
"""A teaser card pasted as one line starts with a headline of at least this many words…"""
GLUED_HEAD_CAPITALS = 0.75
"""…at least this share of them capitalised, run into its summary with no space."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_DIGIT = re.compile(r"\d")
_STOPS = re.compile(r"[.!?…](?=[\"'”’)\]]*(?:\s|$))")
_PROSE_END = re.compile(r"[.!?…؟。！？][\"'”’»)\]」』）]*$")
_NAV_SEPARATOR = re.compile(r"\s[|›»>/•·]\s|\s{3,}")
_ITEM_GAP = re.compile(r"[ \t]{2,}")
_GLUE = re.compile(r"(?:(?<=[a-z0-9])|(?<=\S[?!.'’\"”)]))(?=[A-Z][a-z])")


def is_navigation(source: str) -> bool:
    """Whether a line is a breadcrumb or a menu bar: items split by bars, chevrons or runs of spaces."""
    line = source.strip()
    if _NAV_SEPARATOR.search(line):
        return True
    items = _ITEM_GAP.split(line)
    return len(items) >= MIN_MENU_ITEMS and all(len(item.split()) <= 3 for item in items)


def is_lone_word(text: str) -> bool:
    """Whether a line is one capitalised word and nothing else (``Reuters``, ``World``)."""
    return len(text) <= LONE_WORD_CHARS and text[:1].isupper() and text[-1:].isalnum() and len(text.split()) == 1


def glued_teaser(text: str) -> bool:
    """Whether a line is a teaser card whose title-cased headline the paste ran into its summary's first word."""
    for match in _GLUE.finditer(text):
        head = text[: match.start()].split()
        if len(head) < GLUED_HEAD_WORDS:
            continue
        long_words = [w for w in head if len(w) > 3]
        capitals = sum(1 for w in long_words if w[:1].isupper())
        return len(long_words) >= GLUED_HEAD_WORDS and capitals >= GLUED_HEAD_CAPITALS * len(long_words)
    return False


def _signed_log(value: float) -> float:
    return math.copysign(math.log1p(abs(value)), value)


def _content(words: Sequence[str]) -> set[str]:
    return {w for w in words if len(w) >= MIN_CONTENT_CHARS and w not in FUNCTION_WORDS}


def _own(text: str, source: str, size: int, prose: bool, words: list[str], weight: float) -> list[float]:
    """The measures of a paragraph on its own (``text`` normalised, ``source`` as written, ``size`` words)."""
    tokens = text.split()
    chars = sum(map(len, tokens)) or 1
    count = len(words)
    stops = sum(1 for w in words if w in FUNCTION_WORDS)
    capitals = sum(1 for w in tokens if w[:1].isupper())
    return [
        math.log1p(chars),
        math.log1p(size),
        stops / count if count else 0.0,
        float(bool(_PROSE_END.search(text))),
        len(_STOPS.findall(text)) / max(len(tokens), 1),
        capitals / max(len(tokens), 1),
        len(_DIGIT.findall(text)) / chars,
        float(is_navigation(source)),
        float(is_lone_word(text)),
        float(glued_teaser(text)),
        float(prose),
        _signed_log(weight),
    ]


def line_features(layout: HandLayout) -> list[list[float]]:
    """One row of :data:`LINE_FEATURES` per paragraph of ``layout``, with the roles the hand rules gave.

    Returns:
        The rows, in paragraph order.
    """
    paras = layout.paras
    size = len(paras)
    words = [[w.replace("’", "'") for w in _WORD.findall(p.text.casefold())] for p in paras]
    seen = Counter(p.text for p in paras)
    start, end = (layout.run.start, layout.run.end) if layout.run is not None else (size, size)
    vocabulary: Counter[str] = Counter()
    contents = [_content(w) for w in words]
    for index in range(start, end):
        vocabulary.update(contents[index])
    own = [_own(p.text, p.source, p.words, p.prose, words[k], layout.weights[k]) for k, p in enumerate(paras)]
    body = [float(p.role == "body") for p in paras]
    rows: list[list[float]] = []
    for index, para in enumerate(paras):
        mine = contents[index]
        inside = start <= index < end
        used = sum(1 for w in mine if vocabulary[w] > (1 if inside else 0))
        before = own[index - 1] if index > 0 else None
        after = own[index + 1] if index + 1 < size else None
        rows.append(
            [
                *own[index],
                index / size,
                float(inside),
                math.log1p(start - index) if index < start else 0.0,
                math.log1p(index - end + 1) if index >= end else 0.0,
                float(para.furniture),
                float(seen[para.text] > 1),
                used / len(mine) if mine else 0.0,
                float(para.span.after_blank),
                float(para.text.endswith(":")),
                before[10] if before else 0.0,
                after[10] if after else 0.0,
                before[1] if before else 0.0,
                after[1] if after else 0.0,
                before[11] if before else 0.0,
                after[11] if after else 0.0,
                body[index],
                body[index - 1] if index > 0 else 0.0,
                body[index + 1] if index + 1 < size else 0.0,
            ]
        )
    return rows
