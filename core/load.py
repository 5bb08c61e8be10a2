"""Reading an article file into an :class:`~core.models.Article` (baseline; the full pipeline replaces it)."""

from __future__ import annotations

import re
from pathlib import Path

from core.errors import ArticleError
from core.models import Article, Role, Segment

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"”’]?|$)")


def load_article(source: str | Path) -> Article:
    """Read the article at ``source`` (a path) and split it into segments.

    Raises:
        ArticleError: the file is missing, unreadable or empty.
    """
    path = Path(source)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArticleError(f"cannot read {source}: {exc}") from exc
    if not text.strip():
        raise ArticleError(f"{source} is empty")
    segments: list[Segment] = []
    title: str | None = None
    paragraph = 0
    for block in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text):
        if not block.group().strip():
            continue
        for match in _SENTENCE.finditer(block.group()):
            raw = match.group()
            if not raw.strip():
                continue
            lead = len(raw) - len(raw.lstrip())
            start = block.start() + match.start() + lead
            end = block.start() + match.end() - (len(raw) - len(raw.rstrip()))
            role: Role = "body"
            if title is None:
                role, title = "title", " ".join(raw.split())
            segments.append(
                Segment(f"s{len(segments) + 1}", " ".join(text[start:end].split()), start, end, paragraph, role)
            )
        paragraph += 1
    return Article(path=str(source), text=text, segments=tuple(segments), title=title)
