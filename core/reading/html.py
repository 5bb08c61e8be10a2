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

__all__ = ["extract_html"]

_TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")


def _clean_title(title: str | None, sitename: str | None) -> str | None:
    """Drop a trailing `` | Site name`` from a page title."""
    if not title:
        return None
    title = collapse_space(title)
    if sitename and title.lower().endswith(collapse_space_and_quotes(sitename).lower()):
        title = _TITLE_SEPARATOR.sub("", title)
    return title or None


def extract_html(source: str, *, source_name: str = "page") -> tuple[str, Hints]:
    """Extract the main text and metadata of an HTML page.

    Args:
        source: The HTML.
        source_name: Where it came from, for error messages.

    Returns:
        ``(text, hints)``: the article text (one paragraph per line, title first) and the page's metadata.

    Raises:
        ArticleError: no article text could be found in the page.
    """
    import trafilatura  # imported here: it is slow to import and only HTML needs it

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
