"""The comparison's HTML export as a browser reads it: headless Chromium parses the table of claims x outlets with
every row and cell in place, and article text stays text. Skipped where no Chromium is installed."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from core.align import compare
from core.export import render_comparison
from core.reading import load_article
from tests.conftest import SEEDS, make_article
from tui.screenshots import BROWSERS, THREE_OUTLETS

BROWSER = next((found for name in BROWSERS if (found := shutil.which(name))), None)
pytestmark = pytest.mark.skipif(BROWSER is None, reason="no Chromium installed")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def browser_dom(page: str, folder: Path) -> str:
    """The DOM Chromium builds from ``page`` (``--dump-dom``), serialised back to HTML."""
    source = folder / "page.html"
    source.write_text(page, encoding="utf-8")
    assert BROWSER is not None
    result = subprocess.run(
        [BROWSER, *FLAGS, f"--user-data-dir={folder / 'profile'}", "--dump-dom", source.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout


def test_chromium_reads_one_row_per_claim_and_one_cell_per_outlet(tmp_path: Path) -> None:
    """Every claim is a row of the table with a cell per outlet carrying its verdict; the header names the outlets."""
    comparison = compare([load_article(SEEDS / name) for name in THREE_OUTLETS])
    dom = browser_dom(render_comparison(comparison, "html"), tmp_path)
    rows = re.findall(r'<tbody id="claim-\d+" class="claim"><tr>(.*?)</tr>', dom, flags=re.DOTALL)
    assert len(rows) == len(comparison.groups)
    for row, group in zip(rows, comparison.groups, strict=True):
        assert re.findall(r'<td class="v-([a-z]+)"', row) == list(group.verdicts)
    head = re.search(r'<table class="claims".*?<thead>(.*?)</thead>', dom, flags=re.DOTALL)
    assert head is not None
    assert re.findall(r'<th scope="col">([^<]*)</th>', head.group(1)) == [
        "The Guardian",
        "The Kyiv Independent",
        "Example Wire",
    ]


def test_article_text_never_becomes_markup_in_chromium(tmp_path: Path) -> None:
    """A script, a tag or an entity in an article is text in the browser's DOM, not an element."""
    trap = 'Police said <script>alert(1)</script><img src=x onerror="alert(2)"> &amp; more.'
    reports = [make_article([("body", trap)], path=f"r{n}.txt", outlet=f"<i>Outlet {n}</i>") for n in range(3)]
    dom = browser_dom(render_comparison(compare(reports), "html"), tmp_path)
    assert "<script" not in dom
    assert "<img" not in dom
    assert "<i>" not in dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
