"""URL inputs on the command line, served by a local HTTP server (never the internet)."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

import pytest

from tests.conftest import local_http_server
from tui import cli

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output clean."""


@pytest.fixture(scope="module")
def seeds_url() -> Iterator[str]:
    """The seeds folder served over HTTP on 127.0.0.1."""
    with local_http_server(functools.partial(_Quiet, directory=str(SEEDS))) as url:
        yield url


def test_export_reads_a_url_like_the_file(seeds_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A URL side is fetched and read like the same file on disk; the record names the URL."""
    url = f"{seeds_url}/guardian.txt"
    assert cli.main(["export", url, str(SEEDS / "kyiv-independent.txt"), "--format", "json"]) == 0
    from_url = json.loads(capsys.readouterr().out)
    assert cli.main(["export", str(SEEDS / "guardian.txt"), str(SEEDS / "kyiv-independent.txt"), "-f", "json"]) == 0
    from_file = json.loads(capsys.readouterr().out)
    assert from_url["left"]["path"] == url
    assert from_url["left"]["segments"] == from_file["left"]["segments"]
    assert from_url["pairs"] == from_file["pairs"]


def test_inspect_reads_a_url(seeds_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """inspect works on a URL too."""
    assert cli.main(["inspect", f"{seeds_url}/kyiv-independent.txt"]) == 0
    assert capsys.readouterr().out.startswith(f"source:     {seeds_url}/kyiv-independent.txt\n")


def test_missing_page_is_a_one_line_error(seeds_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """HTTP 404 is exit 2 with one error line naming the URL."""
    assert cli.main(["inspect", f"{seeds_url}/nope.html"]) == 2
    err = capsys.readouterr().err
    assert err == f"storydiff: error: cannot fetch {seeds_url}/nope.html: HTTP 404 File not found\n"


ARTICLE_PAGE = """<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Ferry service to Harlow Island resumes after storm | The Northfield Courier</title>
<meta property="og:title" content="Ferry service to Harlow Island resumes after storm">
<meta property="og:site_name" content="The Northfield Courier">
<meta name="author" content="Mara Quinlan">
<meta property="article:published_time" content="2024-03-14T08:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Ferry service to Harlow Island resumes after storm</h1>
<p>The ferry to Harlow Island ran again on Thursday morning, four days after a storm tore a mooring loose at the
island's pier and stranded about 300 residents and visitors.</p>
<p>Engineers worked through Wednesday night to secure the new mooring, the harbour authority said, and the first
crossing left the mainland at 7.15am with a full deck of supply lorries.</p>
<p>"We are relieved to have the link back," said the island council's chair, Tom Reddaway, who added that the
pier would need a full inspection before the summer timetable starts.</p>
</article>
<footer>Copyright 2024 The Northfield Courier</footer>
</body></html>
"""
"""A fictional news page with the metadata a publisher's HTML carries (title, site name, author, date)."""


class _Pages(_Quiet):
    """Serves the article page at ``/story`` (and, at ``/plain``, the same page without its site name)."""

    def do_GET(self) -> None:
        page = ARTICLE_PAGE
        if self.path == "/plain":
            page = (
                page.replace('<meta property="og:site_name" content="The Northfield Courier">', "")
                .replace(" | The Northfield Courier", "")
                .replace("<footer>Copyright 2024 The Northfield Courier</footer>", "")
            )
        elif self.path != "/story":
            self.send_error(404, "File not found")
            return
        data = page.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture(scope="module")
def pages_url() -> Iterator[str]:
    """The article pages served over HTTP on 127.0.0.1."""
    with local_http_server(_Pages) as url:
        yield url


def test_a_url_gives_the_pages_metadata(pages_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A link is the easy route: title, author, date and outlet come from the page's own metadata, and the
    menu is not part of the article."""
    assert cli.main(["inspect", f"{pages_url}/story", "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["title"] == "Ferry service to Harlow Island resumes after storm"
    assert record["authors"] == ["Mara Quinlan"]
    assert record["date"] == "2024-03-14"
    assert record["outlet"] == "The Northfield Courier"
    body = " ".join(seg["text"] for seg in record["segments"] if seg["role"] == "body")
    assert body.startswith("The ferry to Harlow Island ran again on Thursday morning")
    assert "Sport" not in body


def test_a_url_without_a_site_name_is_credited_to_its_host(pages_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """When the page names no publisher, the outlet is the host the article was fetched from."""
    assert cli.main(["inspect", f"{pages_url}/plain", "--format", "json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["outlet"] == "127.0.0.1"
