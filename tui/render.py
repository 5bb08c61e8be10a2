"""Pure rendering helpers: safe display text, wrapping, offsets and verdict symbols. No Textual here.

Article text is data. Everything shown on screen goes through :func:`neutralize` and is put into
:class:`rich.text.Text` objects directly, never into markup strings, so ``[bold]`` or an escape sequence in an
article shows literally.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

from core.export import places
from core.models import AlignedItem, Alignment, Article, Reason, Side, Verdict

VERDICT_SYMBOLS: Mapping[Verdict, str] = {
    "agree": "=",
    "differ": "≠",
    "left-only": "◀",
    "right-only": "▶",
}
"""One symbol per verdict, so a verdict never depends on colour alone."""

VERDICT_LABELS: Mapping[Verdict, str] = {
    "agree": "agree",
    "differ": "differ",
    "left-only": "only left",
    "right-only": "only right",
}
"""A short label per verdict, for the status line, the help screen and the detail strip."""

_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_REPLACEMENT = "\ufffd"


def _safe_char(char: str) -> str:
    code = ord(char)
    if char in "\t\n\r\f\v":
        return " "
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ESC shows as ␛
    if code == 0x7F:
        return "\u2421"
    if 0x80 <= code < 0xA0 or char in _BIDI_CONTROLS or 0xD800 <= code <= 0xDFFF:
        return _REPLACEMENT
    return char


def neutralize(text: str) -> str:
    """Make article text safe to draw on a terminal, one character for one character.

    White space controls become spaces, other C0 controls become their visible Control Pictures (ESC shows as
    ``␛``), DEL shows as ``␡``, and C1 controls, bidirectional overrides, embeddings, isolates and
    marks, and lone surrogates (the odd bytes of a file name that is not UTF-8) become U+FFFD. The result has the
    same length as ``text``, so offsets into one are offsets into the other.

    Args:
        text: Any text taken from an article.

    Returns:
        The text with nothing a terminal would interpret.
    """
    if text.isprintable():
        return text
    return "".join(_safe_char(char) for char in text)


def safe_text(text: str, style: str = "") -> Text:
    """A :class:`~rich.text.Text` showing ``text`` literally (never parsed as markup), neutralized."""
    return Text(neutralize(text), style=style, no_wrap=False, end="")


def fold_offsets(raw: str) -> list[int]:
    """Map offsets of ``raw`` onto offsets of its white-space-folded form ``" ".join(raw.split())``.

    Args:
        raw: A slice of source text.

    Returns:
        A list of ``len(raw) + 1`` offsets; entry ``i`` is where ``raw[i]`` lands (or would land) in
        the folded text. Leading white space maps to 0; a run of inner white space maps to its single
        folded space.
    """
    result: list[int] = []
    out = 0
    seen_word = False
    in_space = False
    for char in raw:
        if char.isspace():
            if seen_word and not in_space:
                in_space = True
            result.append(out)
            continue
        if in_space:
            out += 1  # the one space that replaced the run
            in_space = False
        result.append(out)
        out += 1
        seen_word = True
    result.append(out)
    return result


def wrap_spans(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text`` into lines of at most ``width`` terminal cells.

    Lines break at spaces (which are dropped at the break); a word wider than ``width`` is split by
    cells. Nothing is ever truncated: the spans cover every non-space character of ``text``.

    Args:
        text: One line of text (no newlines), already neutralized.
        width: Available cells per line (at least 1).

    Returns:
        ``(start, end)`` spans into ``text``, one per line; ``[(0, 0)]`` for empty text.
    """
    width = max(1, width)
    if text.isascii() and text.isprintable():
        return _wrap_ascii(text, width)
    spans: list[tuple[int, int]] = []
    start = 0
    length = len(text)
    while start < length and text[start] == " ":
        start += 1
    if start >= length:
        return [(0, 0)]
    line_start = start
    line_cells = 0
    position = start
    last_end = start
    while position < length:
        word_end = text.find(" ", position)
        if word_end == -1:
            word_end = length
        word = text[position:word_end]
        word_cells = cell_len(word)
        gap = position - last_end if position > line_start else 0
        if line_cells + gap + word_cells <= width:
            line_cells += gap + word_cells
            last_end = word_end
        elif position > line_start:
            spans.append((line_start, _rstrip_end(text, line_start, position)))
            line_start = position
            line_cells = 0
            continue
        else:  # a single word wider than the line: split it by cells, all of it in one pass (linear time)
            cells = 0
            for cut in range(position, word_end):
                char_cells = cell_len(text[cut])
                if cells + char_cells > width and cut > line_start:
                    spans.append((line_start, cut))
                    line_start, cells = cut, 0
                cells += char_cells
            line_cells = cells  # the word's last piece starts the current line
            last_end = word_end
        position = word_end
        while position < length and text[position] == " ":
            position += 1
    if line_start < length:
        spans.append((line_start, _rstrip_end(text, line_start, length)))
    return spans or [(0, 0)]


_WORD = re.compile(r"[^ ]+")


def _wrap_ascii(text: str, width: int) -> list[tuple[int, int]]:
    """:func:`wrap_spans` for printable ASCII, where every character is one cell: the same lines, sooner."""
    spans: list[tuple[int, int]] = []
    line_start = line_end = -1
    for word in _WORD.finditer(text):
        start, end = word.span()
        if line_start < 0:
            line_start = start
        elif end - line_start > width:
            spans.append((line_start, line_end))
            line_start = start
        while end - line_start > width:  # a word wider than the line: cut it by cells
            spans.append((line_start, line_start + width))
            line_start += width
        line_end = end
    if line_start < 0:
        return [(0, 0)]
    spans.append((line_start, line_end))
    return spans


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] == " ":
        end -= 1
    return end


def segment_spans(article: Article, segment_ids: Sequence[str], start: int, end: int) -> list[tuple[str, int, int]]:
    """Locate the source span ``[start, end)`` of ``article.text`` inside the displayed segments.

    Args:
        article: The article the offsets point into.
        segment_ids: The segments to look in (e.g. one side of an item).
        start: Start offset in ``article.text``.
        end: End offset in ``article.text``.

    Returns:
        ``(segment id, display start, display end)`` for each segment the span overlaps, with display offsets
        into ``Segment.text``.
    """
    found: list[tuple[str, int, int]] = []
    for segment_id in segment_ids:
        seg = article.segment(segment_id)
        lo, hi = max(start, seg.start), min(end, seg.end)
        if lo >= hi:
            continue
        offsets = fold_offsets(article.text[seg.start : seg.end])
        a, b = offsets[lo - seg.start], offsets[hi - seg.start]
        b = min(b, len(seg.text))
        if a < b:
            found.append((segment_id, a, b))
    return found


def changed_spans(article: Article, item: AlignedItem, side: Side) -> list[tuple[str, int, int]]:
    """The word-level changes of ``item`` on ``side``, as display spans in that side's segments.

    Args:
        article: The article on ``side``.
        item: An aligned item whose ``diff`` points into ``article.text`` on ``side``.
        side: Which side to report.

    Returns:
        ``(segment id, display start, display end)`` for every non-equal operation on ``side``.
    """
    spans: list[tuple[str, int, int]] = []
    ids = item.ids(side)
    for op in item.diff:
        if op.tag == "equal":
            continue
        start, end = (op.left_start, op.left_end) if side == "left" else (op.right_start, op.right_end)
        if start < end:
            spans.extend(segment_spans(article, ids, start, end))
    return spans


def side_text(article: Article, item: AlignedItem, side: Side, changed: Style | str) -> Text:
    """One side of an item as readable text, its word-level changes marked in place.

    The side's sentences are joined with spaces (each neutralized); every non-equal diff operation on this
    side is styled with ``changed``, so each report reads as written with what differs standing out.

    Args:
        article: The article on ``side``.
        item: The aligned item.
        side: Which side to render.
        changed: The style for changed words.

    Returns:
        The text (empty when the item has nothing on this side).
    """
    text = Text(end="")
    spans = changed_spans(article, item, side)
    for segment_id in item.ids(side):
        if text.plain:
            text.append(" ")
        origin = len(text.plain)
        text.append(neutralize(article.segment(segment_id).text))
        for span_id, start, end in spans:
            if span_id == segment_id:
                text.stylize(changed, origin + start, origin + end)
    return text


def reason_lines(
    reasons: Sequence[Reason], left_name: str, right_name: str, alignment: Alignment | None = None
) -> list[str]:
    """One neutralized line per reason, naming the sides (e.g. by outlet).

    Args:
        reasons: The item's reasons.
        left_name: How to call the left side.
        right_name: How to call the right side.
        alignment: The alignment the reasons come from: evidence the other report says in another passage names
            that passage's item as the status bar counts them (``item 9``).

    Returns:
        The lines, in order.
    """
    place = places(alignment, "item") if alignment is not None else None
    return [neutralize(reason.describe(left_name, right_name, place)) for reason in reasons]


def side_name(article: Article, side: Side) -> str:
    """How the reader names an article, as every export does: its outlet (or the name given with ``--left-name``
    or ``--right-name``), else its file name, else the side."""
    from core.export import side_name as name_of

    return neutralize(name_of(article, side))


def side_names(alignment: Alignment) -> tuple[str, str]:
    """The names of both sides of ``alignment`` (see :func:`side_name`), told apart when they are the same."""
    from core.export import side_names as names_of

    left, right = names_of(alignment)
    return neutralize(left), neutralize(right)
