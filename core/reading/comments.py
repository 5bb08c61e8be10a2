"""Readers' comments under an article: a thread of posts is page clutter, however much it talks about the story.

A page that prints its comments puts a thread under the article: a heading that counts them (``Readers' Comments
(718)``), and for each post a line naming its poster with the post's age or date (``Eagle 4 (1 day ago)``, ``Posted
by: Florida CPA, 27 Sep 2011 | 15:22``; a blog's ``Jo Lind says:``) and the post's controls (``Reply #2``, ``Report
Abuse``). A post's date stamp alone (``June 8, 2011 at 4:15 pm``) is no thread line: a live page stamps its updates
so. The posts are prose on the article's subject, so neither the article's run nor the test that lets an article
resume after a box tells them from the article; the thread's own lines do. One such line alone proves nothing (a
comment counter next to the byline, a ``Reply`` button under a quoted post): a thread is several of them close
together, and it runs to the end of the page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from core.reading.clean_context import Para

__all__ = ["mark_comment_thread", "thread_line", "thread_start"]

_AGE = r"\d+\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago"
_THREAD_LINE = re.compile(
    rf"^(?:(?:readers?|visitors?|users?)['’]?\s+comments?\b.{{0,40}}"  # Readers' Comments (718), Visitor comments …
    rf"|\d[\d,]*\s+comments?|comments?\s*[(\[]\d[\d,]*[)\]]"  # 718 Comments, Comments (12), Comments [3]
    rf"|(?:show|view|load|read)\s+(?:the\s+)?(?:first\s+|all\s+|more\s+|older\s+|newer\s+)?\d*\s*comments?\b.{{0,20}}"
    rf"|(?:add|post|leave|write)\s+(?:your|a)\s+comment|learn about our comment policy|comment policy"
    rf"|report\s+(?:this\s+)?(?:comment|abuse|post)|reply\s+#\d+|flag as inappropriate"
    rf"|posted by:?\s+\S.{{0,60}}?\d{{1,4}}.{{0,30}}"  # Posted by: Florida CPA, 27 Sep 2011 | 15:22
    rf"|\S.{{0,60}}\ssays:"  # a blog's poster line (Jo Lind says:)
    rf"|\S.{{0,40}}\s\({_AGE}\))$",  # Eagle 4 (1 day ago)
    re.IGNORECASE,
)
"""A line of a comment thread: its heading or counter, a post's poster line, a post's controls."""
THREAD_LINES = 3
"""A thread shows at least this many of its lines…"""
THREAD_GAP = 12
"""…each within this many paragraphs of the one before."""
MAX_THREAD_LINE_WORDS = 12
"""A thread's lines are short."""


def thread_line(text: str) -> bool:
    """Whether a line belongs to a comment thread's own furniture (a heading that counts comments, a poster line
    with the post's age or date, a post's controls)."""
    return len(text.split()) <= MAX_THREAD_LINE_WORDS and bool(_THREAD_LINE.match(text.strip()))


def thread_start(paras: Sequence[Para], first: int = 0) -> int | None:
    """Where the comment thread starts: the first of :data:`THREAD_LINES` thread lines from ``first`` on, each at
    most :data:`THREAD_GAP` paragraphs after the one before; ``None`` when there is no thread."""
    lines = [k for k in range(first, len(paras)) if thread_line(paras[k].text)]
    for at in range(len(lines) - THREAD_LINES + 1):
        chain = lines[at : at + THREAD_LINES]
        if all(b - a <= THREAD_GAP for a, b in pairwise(chain)):
            return chain[0]
    return None


def mark_comment_thread(paras: Sequence[Para], first: int) -> None:
    """Make a comment thread after the article's first body paragraph (``first``), and everything under it,
    clutter: from the thread's first line to the end of the page, no paragraph is body."""
    body = next((k for k in range(first, len(paras)) if paras[k].role == "body"), None)
    if body is None:
        return
    start = thread_start(paras, body + 1)
    if start is None:
        return
    for para in paras[start:]:
        if para.role == "body":
            para.role = "boilerplate"
