"""Extracting an article's text and metadata from an HTML page with trafilatura.

trafilatura finds the main text (dropping navigation, footers and comments) and the page's metadata (title,
authors, date, site name, description). The extracted text, with the title and standfirst on top when the
extraction does not start with them, is what the article's segments point into.
"""

from __future__ import annotations

import re

from core.errors import ArticleError
from core.reading.hints import Hints
from core.reading.markdown import prepend_header
from core.reading.metadata import find_date, parse_authors
from core.text.folding import collapse_space, collapse_space_and_quotes

__all__ = ["MAX_ELEMENTS", "MAX_PARAGRAPH_ELEMENTS", "extract_html"]

MAX_ELEMENTS = 30_000
"""The most HTML elements a page may have to be read: trafilatura's work grows with each one (160,000 tiny paragraphs
take over a minute), and a news page has a few thousand."""
MAX_PARAGRAPH_ELEMENTS = 1_000
"""The most elements one paragraph may hold: trafilatura's work on a paragraph grows with the square of its elements
(10,000 links in one ``<p>`` take half a minute), and a paragraph of prose holds a few dozen."""

_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")


def _clean_title(title: str | None, sitename: str | None) -> str | None:
    """Drop a trailing `` | Site name`` from a page title."""
    if not title:
        return None
    title = collapse_space(title)
    if sitename and title.lower().endswith(collapse_space_and_quotes(sitename).lower()):
        title = _TITLE_SEPARATOR.sub("", title)
    return title or None


class _TooBig(Exception):
    """Raised by :class:`_Shape` as soon as a page is over a limit: the parse stops there."""


class _Shape:
    """An lxml parser target that counts a page's elements, and the elements inside each paragraph."""

    def __init__(self) -> None:
        self.elements = 0
        self._paragraph: int | None = None  # elements inside the open paragraph (HTML paragraphs never nest)

    def start(self, tag: str, attrib: object) -> None:
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise _TooBig(f"the HTML page has more than {MAX_ELEMENTS:,} elements")
        if tag == "p":
            self._paragraph = 0
        elif self._paragraph is not None:
            self._paragraph += 1
            if self._paragraph > MAX_PARAGRAPH_ELEMENTS:
                raise _TooBig(f"a paragraph of the HTML page holds more than {MAX_PARAGRAPH_ELEMENTS:,} elements")

    def end(self, tag: str) -> None:
        if tag == "p":
            self._paragraph = None

    def close(self) -> None:
        """The parse is over (lxml's target protocol)."""


def _check_size(source: str, source_name: str) -> None:
    """Refuse a page with more elements than :data:`MAX_ELEMENTS`, or a paragraph with more than
    :data:`MAX_PARAGRAPH_ELEMENTS`, before trafilatura spends minutes on it: lxml's parser counts them, and stops
    at the first element over a limit."""
    from lxml import etree

    parser = etree.HTMLParser(target=_Shape(), encoding="utf-8", recover=True, no_network=True)
    try:
        parser.feed(source.encode("utf-8", errors="replace"))
        parser.close()
    except _TooBig as exc:
        raise ArticleError(f"{source_name}: {exc}, too many to read as an article") from None
    except etree.LxmlError:
        return  # nothing lxml can parse: trafilatura finds no text in it either, and says so


def extract_html(source: str, *, source_name: str = "page") -> tuple[str, Hints]:
    """Extract the main text and metadata of an HTML page.

    Args:
        source: The HTML.
        source_name: Where it came from, for error messages.

    Returns:
        ``(text, hints)``: the article text (one paragraph per line, title first) and the page's metadata.

    Raises:
        ArticleError: no article text could be found in the page, or it is too big for the extractor
            (:data:`MAX_ELEMENTS`, :data:`MAX_PARAGRAPH_ELEMENTS`).
    """
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    _check_size(source, source_name)

    document = trafilatura.bare_extraction(
        source, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True
    )
    body = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not body:
        body = (trafilatura.html2txt(source) or "").strip()
    if not body:
        raise ArticleError(f"{source_name}: no article text found in the HTML page")
    sitename = getattr(document, "sitename", None) if document is not None else None
    authors_raw = getattr(document, "author", None) if document is not None else None
    date_raw = getattr(document, "date", None) if document is not None else None
    description = getattr(document, "description", None) if document is not None else None
    standfirst = collapse_space(description) if description else None
    first_lines = collapse_space_and_quotes(" ".join(body.splitlines()[:3]))
    if standfirst and (standfirst in first_lines or first_lines.startswith(standfirst[:80])):
        standfirst = None
    hints = Hints(
        title=_clean_title(getattr(document, "title", None) if document is not None else None, sitename),
        standfirst=standfirst,
        authors=tuple(parse_authors(authors_raw)[0]) if authors_raw else (),
        date=find_date(date_raw) if date_raw else None,
        outlet=collapse_space(sitename) if sitename else None,
    )
    return prepend_header(body, hints), hints
