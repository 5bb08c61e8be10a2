"""Fetching articles from http(s) URLs, and reading any input source: a path, ``-`` (standard input) or a URL.

Fetching is deliberately strict: only ``http``/``https`` (redirect targets included), a bounded number of
redirects, a timeout on every network step and one deadline over the whole exchange (connecting, headers, body: see
:mod:`core.reading.transfer`), and a cap on the body size that holds as the body is decoded, so a compressed page
is never expanded past it. The page is then read by the loader's HTML extractor like a saved page.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from core.errors import ArticleError
from core.models import Article

if TYPE_CHECKING:
    import httpx

    from core.reading.load import Kind

DEFAULT_TIMEOUT = 20.0
"""Seconds allowed for each network step, and for the whole fetch."""

MAX_BYTES = 10 * 1024 * 1024
"""The largest page body accepted, as sent and after decompression."""

MAX_REDIRECTS = 5
"""The most redirects followed."""

USER_AGENT = "storydiff (news report comparison; +https://pypi.org/project/storydiff/)"
"""The User-Agent header sent."""

_OTHER_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_KINDS: dict[str, Kind] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/plain": "text",
}
"""How a page's media type maps onto the loader's input kinds (anything else: the loader guesses)."""


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched web page."""

    url: str
    """The URL the body came from (after redirects)."""
    data: bytes
    """The response body, decompressed."""
    content_type: str | None
    """The media type from ``Content-Type`` (lower case, no parameters), if sent."""


def is_url(source: str) -> bool:
    """Whether ``source`` is an ``http://`` or ``https://`` URL (rather than a path or ``-``)."""
    return source[:8].lower().startswith(("http://", "https://"))


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
) -> Page:
    """Download ``url``, following at most ``max_redirects`` redirects, each checked to be http(s).

    Args:
        url: An ``http://`` or ``https://`` URL.
        timeout: Seconds allowed for connecting and for each read, and for the whole exchange.
        max_bytes: The largest body accepted, as sent and decompressed.
        max_redirects: The most redirects followed.

    Returns:
        The page.

    Raises:
        ArticleError: bad or non-http(s) URL (also as a redirect target), network failure, timeout, HTTP error
            status, too many redirects, a body over ``max_bytes``, or one in an encoding storydiff does not undo.
    """
    import httpcore
    import httpx

    from core.reading.transfer import ACCEPTED_ENCODINGS, deadline_transport

    deadline = time.monotonic() + timeout
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
        "Accept-Encoding": ACCEPTED_ENCODINGS,
    }
    current = _checked(url, url)
    transport = deadline_transport(deadline)
    try:
        with httpx.Client(timeout=timeout, follow_redirects=False, headers=headers, transport=transport) as client:
            for _ in range(max_redirects + 1):
                with client.stream("GET", current) as response:
                    if response.status_code in _REDIRECTS and "location" in response.headers:
                        current = _checked(urljoin(current, response.headers["location"]), url)
                        continue
                    if response.status_code >= 400:
                        phrase = response.reason_phrase or "error"
                        raise ArticleError(f"cannot fetch {url}: HTTP {response.status_code} {phrase}")
                    data = _read_body(response, url, max_bytes, deadline, timeout)
                    return Page(str(response.url), data, _media_type(response.headers.get("content-type")))
    except (httpx.TimeoutException, httpcore.TimeoutException) as exc:
        raise ArticleError(f"cannot fetch {url}: timed out after {timeout:g} s") from exc
    except (
        httpx.HTTPError,
        httpcore.NetworkError,
        httpcore.ProtocolError,
        httpcore.ProxyError,
        httpcore.UnsupportedProtocol,
    ) as exc:
        raise ArticleError(f"cannot fetch {url}: {type(exc).__name__}: {exc}") from exc
    except (httpx.InvalidURL, UnicodeError) as exc:  # e.g. a host name label over 63 characters (IDNA)
        raise ArticleError(f"cannot fetch {url}: bad URL ({exc})") from exc
    raise ArticleError(f"cannot fetch {url}: more than {max_redirects} redirects")


def _checked(target: str, original: str) -> str:
    """``target`` if it is an absolute http(s) URL with a host, else an :class:`ArticleError`."""
    try:
        parts = urlsplit(target)
    except ValueError as exc:
        raise ArticleError(f"cannot fetch {original}: bad URL {target!r}: {exc}") from exc
    if parts.scheme.lower() not in ("http", "https"):
        what = "redirects to" if target != original else "is not"
        raise ArticleError(f"cannot fetch {original}: {what} an http(s) URL ({target})")
    if not parts.hostname:
        raise ArticleError(f"cannot fetch {original}: no host in {target!r}")
    return target


def _read_body(response: httpx.Response, url: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    """Read and decode the body in chunks, enforcing the size cap (as sent and as decoded) and the deadline.

    The body is decoded here, a bounded chunk at a time, rather than by httpx, whose decoders expand each network
    chunk whole: a few kilobytes compressed twice would become gigabytes before any cap could be checked.
    """
    from core.reading.transfer import decode_content, encodings_of

    too_large = ArticleError(f"cannot fetch {url}: the page is larger than {max_bytes:,} bytes")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_large
    codings = encodings_of(response.headers.get("content-encoding"), url)
    received = 0

    def raw() -> Iterator[bytes]:
        nonlocal received
        for chunk in response.iter_raw():
            received += len(chunk)
            if received > max_bytes:
                raise too_large
            yield chunk

    chunks: list[bytes] = []
    size = 0
    for chunk in decode_content(raw(), codings, url):
        size += len(chunk)
        if size > max_bytes:
            raise too_large
        if time.monotonic() > deadline:
            raise ArticleError(f"cannot fetch {url}: timed out after {timeout:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _media_type(header: str | None) -> str | None:
    """The media type of a ``Content-Type`` header, lower case, without parameters."""
    if not header:
        return None
    return header.split(";", 1)[0].strip().lower() or None


def load_url(
    url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = MAX_BYTES, max_chars: int | None = None
) -> Article:
    """Fetch ``url`` and read it as an article (the kind from the page's media type, else guessed); with no outlet
    named by the page, the URL's host is the outlet.

    ``max_chars`` is the most characters of text worth reading (see :func:`core.reading.load.parse_text`).

    Raises:
        ArticleError: the page cannot be fetched or read as an article.
    """
    from core.reading.load import load_bytes

    page = fetch(url, timeout=timeout, max_bytes=max_bytes)
    article = load_bytes(page.data, path=page.url, kind=_KINDS.get(page.content_type or ""), max_chars=max_chars)
    if article.outlet is None:
        article = replace(article, outlet=site_name(page.url, article.text.splitlines()))
    return article


def site_name(url: str, lines: Sequence[str] = ()) -> str | None:
    """The outlet a URL names when the page does not: the name ``lines`` (the article's) spell its host with
    (``Northfield Courier`` for ``www.northfieldcourier.com`` in ``told the Northfield Courier``), else its host
    without ``www.`` (``https://www.nj.com/a`` -> ``nj.com``); see :func:`core.reading.outlet.host_outlet`."""
    from core.reading.outlet import host_outlet  # the outlet's rules load with the reader, not with fetching

    host = urlsplit(url).hostname
    if not host:
        return None
    return host_outlet(host, lines)


def load_source(source: str | Path, *, timeout: float = DEFAULT_TIMEOUT, max_chars: int | None = None) -> Article:
    """Read an article from a path, ``-`` (standard input) or an http(s) URL.

    ``max_chars`` is the most characters of text worth reading (see :func:`core.reading.load.parse_text`): the
    command line passes the comparison limit, so an input too long to compare is refused before it is parsed.

    Raises:
        ArticleError: the source cannot be read as an article.
    """
    from core.reading.load import load_article

    if isinstance(source, str) and is_url(source):
        return load_url(source, timeout=timeout, max_chars=max_chars)
    if isinstance(source, str) and _OTHER_URL.match(source) and not Path(source).exists():
        raise ArticleError(f"cannot fetch {source}: only http:// and https:// URLs are supported")
    return load_article(source, max_chars=max_chars)
