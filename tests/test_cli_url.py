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
