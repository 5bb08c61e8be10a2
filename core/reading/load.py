"""Reading an article: a path, standard input or bytes -> a clean, typed :class:`~core.models.Article`.

The pipeline: read the bytes (:func:`load_article`), decode them (:mod:`core.reading.decode`), reduce Markdown or
HTML to text (:mod:`core.reading.markdown`, :mod:`core.reading.html`), find paragraphs and give each a role
(:mod:`core.reading.clean`), then split prose into sentences (:mod:`core.reading.sentences`). Every non-blank character
of the
(reduced) text ends up in exactly one segment; clutter is kept with a non-body role, never dropped.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from dataclasses import replace
from pathlib import Path
from typing import Literal

from core.errors import ArticleError
from core.models import Article, Segment
from core.reading.article_check import too_long_to_compare
from core.reading.clean import METADATA_ROLES, Reading, read_layout
from core.reading.decode import MAX_BYTES, decode_bytes
from core.reading.hints import Hints
from core.reading.html import extract_html
from core.reading.markdown import reduce_markdown
from core.reading.sentences import split_sentences, trim_span

__all__ = ["MAX_BYTES", "Kind", "guess_kind", "load_article", "load_bytes", "parse_text"]

Kind = Literal["text", "markdown", "html"]
"""The formats storydiff reads."""

_SUFFIXES: dict[str, Kind] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
}


def guess_kind(path: str, text: str) -> Kind:
    """Guess the format from the file name, then from the content (``<!doctype`` or ``<html`` means HTML)."""
    suffix = Path(path).suffix.lower() if path != "-" else ""
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:4096].lower():
        return "html"
    if head.startswith(("<head", "<body", "<article", "<meta", "<div")) and "</" in text[:65536]:
        return "html"
    return "text"


def _segments(text: str, hints: Hints) -> tuple[tuple[Segment, ...], Reading]:
    reading = read_layout(text, hints)
    segments: list[Segment] = []
    for piece in reading.pieces:
        if piece.role in METADATA_ROLES:
            trimmed = trim_span(text, piece.start, piece.end)
            spans = [trimmed] if trimmed else []
        else:
            spans = split_sentences(text, piece.start, piece.end)
        for start, end in spans:
            folded = " ".join(text[start:end].split())
            if folded:
                segments.append(Segment(f"s{len(segments) + 1}", folded, start, end, piece.paragraph, piece.role))
    return tuple(segments), reading


def parse_text(text: str, *, path: str, kind: Kind | None = None, max_chars: int | None = None) -> Article:
    """Parse already-decoded text into an article.

    Args:
        text: The document (plain text, Markdown or HTML source).
        path: Where it came from (a path, ``-`` or a URL); recorded on the article and used to guess ``kind``.
        kind: The format; ``None`` guesses it from ``path`` and the content.
        max_chars: The most characters of text (after HTML or Markdown is reduced) worth reading: a longer text is
            refused before it is split into paragraphs and sentences. ``None`` reads any length.

    Returns:
        The article, with every segment's role and the metadata that could be recovered.

    Raises:
        ArticleError: there is no text in it (empty, white space only, or an HTML page with no readable text), or
            it is over ``max_chars``.
    """
    if trim_span(text, 0, len(text)) is None:
        raise ArticleError(f"{path} is empty" if not text else f"{path} holds only white space")
    kind = kind or guess_kind(path, text)
    hints = Hints()
    if kind == "html":
        text, hints = extract_html(text, source_name=path)
    elif kind == "markdown":
        text, hints = reduce_markdown(text)
    if max_chars is not None and len(text) > max_chars:
        raise too_long_to_compare(path, len(text))
    segments, reading = _segments(text, hints)
    if not segments:
        raise ArticleError(f"{path} holds no readable text")
    return Article(
        path=path,
        text=text,
        segments=segments,
        outlet=reading.outlet,
        title=reading.title,
        standfirst=reading.standfirst,
        authors=reading.authors,
        date=reading.date,
    )


def load_bytes(data: bytes, *, path: str, kind: Kind | None = None, max_chars: int | None = None) -> Article:
    """Decode and parse bytes that came from a file, standard input or the network.

    Args:
        data: The raw bytes.
        path: Where they came from (recorded on the article, used in messages and to guess ``kind``).
        kind: The format; ``None`` guesses it from ``path`` and the content.
        max_chars: The most characters of text worth reading (see :func:`parse_text`).

    Raises:
        ArticleError: the bytes are too large, binary, undecodable, or hold no text.
    """
    if not data:
        raise ArticleError(f"{path} is empty")
    return parse_text(decode_bytes(data, source=path), path=path, kind=kind, max_chars=max_chars)


def _stdin_file() -> tuple[int, int] | None:
    """The device and inode of the regular file standard input is redirected from, if it is one."""
    try:
        info = os.fstat(sys.stdin.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None


def load_article(source: str | Path, *, max_chars: int | None = None) -> Article:
    """Read the article at ``source``: a file path, or ``-`` for standard input.

    ``max_chars`` is the most characters of text worth reading (see :func:`parse_text`).

    Raises:
        ArticleError: with a one-line message when the path is missing, a directory, unreadable, too large,
            empty, binary or undecodable.
    """
    name = str(source)
    if name == "-":
        if sys.stdin is None:
            raise ArticleError("-: there is no standard input to read")
        try:
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        except OSError as exc:
            raise ArticleError(f"-: cannot read standard input ({exc.strerror or exc})") from None
        article = load_bytes(data, path="-", max_chars=max_chars)
        return replace(article, source_file=_stdin_file())
    path = Path(source)
    try:
        if path.is_dir():
            raise ArticleError(f"{name} is a directory, not an article file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(
                f"{name} is too large ({size / 1_048_576:.1f} MiB; the limit is {MAX_BYTES // 1_048_576} MiB)"
            )
        with path.open("rb") as handle:  # bounded read: a pipe or a device is read up to the limit only
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ArticleError(f"{name}: no such file") from None
    except PermissionError:
        raise ArticleError(f"{name}: permission denied") from None
    except OSError as exc:
        raise ArticleError(f"{name}: cannot read ({exc.strerror or exc})") from None
    return load_bytes(data, path=name, max_chars=max_chars)
