"""Fetching articles over HTTP, against a local server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from core.errors import ArticleError
from core.reading.fetch import fetch, is_url, load_source, load_url, site_name
from tests.conftest import local_http_server

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Dam opens after storms | The Example Post</title></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Dam gates opened after week of storms</h1>
<p>Engineers opened the gates of the Valley Dam on Tuesday after a week of heavy storms raised the
reservoir to record levels, the regional water authority said.</p>
<p>About 3,000 residents downstream were told to move to higher ground as a precaution, and schools in three
towns were closed for the day.</p>
<p>“The structure is sound,” said the authority’s chief engineer, Maria Lopez, adding that the release
would be gradual and monitored around the clock.</p>
</article>
<footer>© The Example Post. Sign up for our newsletter.</footer>
</body></html>
"""

RELEASE = threading.Event()
"""Set at teardown so the deliberately slow handler returns."""


class _Handler(BaseHTTPRequestHandler):
    """Serves a saved page plus the awkward cases: redirects, errors, a huge body, a handler that stalls."""

    def do_GET(self) -> None:
        routes = {
            "/article.html": lambda: self._send(200, PAGE.encode(), "text/html; charset=utf-8"),
            "/plain": lambda: self._send(200, b"A headline\n\nA first sentence. A second one.\n", "text/plain"),
            "/redirect": lambda: self._redirect("/article.html"),
            "/relative": lambda: self._redirect("article.html"),
            "/loop": lambda: self._redirect("/loop"),
            "/to-file": lambda: self._redirect("file:///etc/passwd"),
            "/missing": lambda: self._send(404, b"not here", "text/plain"),
            "/huge": lambda: self._send(200, b"x" * 50_000, "text/html"),
            "/slow": self._stall,
        }
        routes.get(self.path, lambda: self._send(404, b"", "text/plain"))()

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _stall(self) -> None:
        RELEASE.wait(timeout=10)
        self._send(200, PAGE.encode(), "text/html")

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output clean."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A local HTTP server in a thread; yields its base URL."""
    with local_http_server(_Handler, before_close=RELEASE.set) as url:
        yield url


def test_fetch_returns_body_type_and_final_url(server: str) -> None:
    """A redirect is followed; the page records where its body really came from."""
    page = fetch(server + "/redirect")
    assert page.url == server + "/article.html"
    assert page.content_type == "text/html"
    assert page.data == PAGE.encode()


def test_relative_redirects_resolve_against_the_current_url(server: str) -> None:
    """``Location: article.html`` is relative to the redirecting URL."""
    assert fetch(server + "/relative").url == server + "/article.html"


def test_saved_page_is_read_through_the_html_extractor(server: str) -> None:
    """The fetched page becomes an article: headline, body paragraphs, and no navigation in the body."""
    article = load_url(server + "/article.html")
    body = " ".join(segment.text for segment in article.body)
    assert article.path == server + "/article.html"
    assert "Engineers opened the gates of the Valley Dam" in body
    assert "3,000 residents" in body
    assert "Home World" not in body


def test_load_source_dispatches_urls_and_plain_text(server: str) -> None:
    """load_source reads URLs over HTTP, with the media type choosing the parser."""
    article = load_source(server + "/plain")
    assert "A first sentence." in " ".join(segment.text for segment in article.segments)


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "HTTP 404"),
        ("/loop", "more than 5 redirects"),
        ("/to-file", r"redirects to an http\(s\) URL \(file:///etc/passwd\)"),
    ],
)
def test_http_failures_are_article_errors(server: str, path: str, message: str) -> None:
    """Error statuses, redirect loops and redirects off http(s) give one clear error naming the URL."""
    with pytest.raises(ArticleError, match=message) as caught:
        fetch(server + path)
    assert str(caught.value).startswith(f"cannot fetch {server}{path}")


def test_size_cap(server: str) -> None:
    """A body over the cap is refused rather than read into memory."""
    with pytest.raises(ArticleError, match="larger than 1,000 bytes"):
        fetch(server + "/huge", max_bytes=1000)


def test_timeout_with_a_stalled_server(server: str) -> None:
    """A server that does not answer in time gives a timeout error, promptly."""
    with pytest.raises(ArticleError, match=r"timed out after 0\.3 s"):
        fetch(server + "/slow", timeout=0.3)


@pytest.mark.parametrize("url", ["ftp://example.test/a", "file:///etc/passwd", "http://", "https:///path"])
def test_only_http_urls_with_a_host_are_fetched(url: str) -> None:
    """Other schemes and host-less URLs are refused before any network access."""
    with pytest.raises(ArticleError, match="cannot fetch"):
        fetch(url)


def test_refused_connection_is_an_article_error() -> None:
    """Nothing listening: a one-line error, not an httpx traceback."""
    with pytest.raises(ArticleError, match=re.escape("cannot fetch http://127.0.0.1:9/")):
        fetch("http://127.0.0.1:9/", timeout=2)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("http://a.test/x", True),
        ("HTTPS://a.test", True),
        ("ftp://a.test", False),
        ("-", False),
        ("a.txt", False),
    ],
)
def test_is_url(source: str, expected: bool) -> None:
    """Only http(s) sources count as URLs; everything else is a path or standard input."""
    assert is_url(source) is expected


@pytest.mark.parametrize("source", ["ftp://example.test/a.txt", "file:///etc/hostname"])
def test_other_url_schemes_are_named_as_such(source: str) -> None:
    """A non-http URL given as an input says so, rather than "no such file"."""
    with pytest.raises(ArticleError, match=r"only http:// and https:// URLs are supported"):
        load_source(source)


def test_a_host_is_credited_by_the_name_the_article_spells_it_with() -> None:
    """A page that names no publisher: the outlet is the name its article spells the host with, else the host."""
    lines = ["The ferry ran again on Thursday, the harbour master told the Northfield Courier."]
    assert site_name("https://www.northfieldcourier.com/news/ferry", lines) == "Northfield Courier"
    assert site_name("https://www.northfieldcourier.com/news/ferry") == "northfieldcourier.com"
    assert site_name("https://www.northfieldcourier.com/news/ferry", ["The harbour master said so."]) == (
        "northfieldcourier.com"
    )
