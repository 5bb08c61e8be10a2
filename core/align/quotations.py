"""Quotations in the passages of one side of an item: where they are and which content words they quote."""

from __future__ import annotations

import re
from bisect import bisect_left

from core.align.item_side import ItemSide
from core.align.settings import AlignSettings

__all__ = ["Quotation", "quotations", "quoted_spans", "quoted_terms", "quoted_text"]

_QUOTE = re.compile(r"[“\"]([^“”\"]{3,}?)[”\"]|‘([^‘’]{8,}?)’(?![a-z])")
"""A quotation in double marks, or in single marks (at least eight characters, and a closing mark that is not an
apostrophe). Neither kind holds a mark that could open another, so each character is read from one mark only."""

_MARK = re.compile('[“”"]')
"""A double quotation mark, curly or straight."""

Quotation = tuple[str, set[str], bool]
"""(quotation as written, its content terms, whether it is long enough to be a statement)."""


def _quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of quoted text inside ``text[start:end]``, without the marks.

    A quotation can run over several sentences: an opening mark left open runs to the end of the sentence, and a
    passage whose first mark closes (``God help us," said Bloomberg, who added that "…"``) opens inside a quotation
    that runs from its start to that mark (a straight mark opens when a word follows it and closes otherwise).
    """
    spans: list[tuple[int, int]] = []
    first = _MARK.search(text, start, end)
    if first and (first.group() == "”" or (first.group() == '"' and not _opens(text, first.start(), start, end))):
        if text[start : first.start()].strip():  # the passage opens inside a quotation
            spans.append((start, first.start()))
        start = first.end()
    matches = list(_QUOTE.finditer(text, start, end))
    spans += [(m.start(g), m.end(g)) for m in matches for g in (1, 2) if m.group(g)]
    marks = [m.start() for m in _MARK.finditer(text, start, end)]
    free: list[int] = []  # marks outside every match (both lists ascend: one pass over them)
    at = 0
    for k in marks:
        while at < len(matches) and matches[at].end() <= k:
            at += 1
        if at == len(matches) or k < matches[at].start():
            free.append(k)
    opening = [k for k in free if text[k] == "“" or (text[k] == '"' and _opens(text, k, start, end))]
    opened = set(opening)
    closing = [k for k in free if k not in opened]
    if closing and (not opening or closing[0] < opening[0]):
        spans.insert(0, (start, closing[0]))
    if opening and (not closing or opening[-1] > closing[-1]):
        spans.append((opening[-1] + 1, end))
    return sorted(spans)


def _opens(text: str, k: int, start: int, end: int) -> bool:
    """Whether the straight quotation mark at ``k`` opens a quotation (a word follows it, or an editor's bracket as in
    ``"[W]e``; none touches it before)."""
    before = text[k - 1] if k > start else " "
    after = text[k + 1] if k + 1 < end else " "
    return (after.isalnum() or after in "‘'…[") and not before.isalnum() and before not in ".,;!?"


def quotations(side: ItemSide, settings: AlignSettings) -> list[Quotation]:
    """Each quotation of the side: as written, its content terms, and whether it is long enough to be a statement
    (``settings.quote_min_words``)."""
    out: list[Quotation] = []
    for start, end in side.spans:
        for qstart, qend in _quoted_spans(side.text, start, end):
            first = bisect_left(side.token_starts, qstart)  # the side's tokens inside the quote
            stop = bisect_left(side.token_starts, qend)
            content = {t.norm for t in side.terms_between(first, stop) if t.kind != "stop"}
            out.append((side.written(qstart, qend), content, stop - first >= settings.quote_min_words))
    return out


def quoted_terms(side: ItemSide, settings: AlignSettings) -> set[str]:
    """The content terms inside the side's quotation marks."""
    return set().union(*(content for _, content, _ in quotations(side, settings)))


def quoted_text(text: str) -> list[str]:
    """Every quotation in one passage's text, without the marks."""
    return [text[start:end] for start, end in _quoted_spans(text, 0, len(text))]


def quoted_spans(side: ItemSide) -> list[tuple[int, int]]:
    """The character spans of every quotation of the side, without the marks."""
    return [span for start, end in side.spans for span in _quoted_spans(side.text, start, end)]
