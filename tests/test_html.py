"""HTML pages: trafilatura's main text and metadata, page furniture gone, text never interpreted."""

from __future__ import annotations

import pytest

from core.errors import ArticleError
from core.reading.html import extract_html
from core.reading.load import load_bytes, parse_text

PAGE = """<!DOCTYPE html><html><head><title>Ceasefire talks stall | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times"><meta name="author" content="Lea Brandt; Omar Haddad">
<meta property="article:published_time" content="2024-11-02T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Ceasefire talks stall</h1>
<p>Negotiators failed to agree on a ceasefire on Saturday after three days of talks in Doha, mediators
said.</p>
<p>A statement said the parties would meet again &quot;within two weeks&quot; &amp; that 1,200 prisoners
were discussed.</p>
<p>The text &lt;script&gt;alert(1)&lt;/script&gt; appeared in a leaked draft, the mediators said.</p>
</article><footer>© 2024 Harbour Times. Cookie settings</footer></body></html>"""


def test_main_text_and_metadata_are_extracted() -> None:
    """Title without the site suffix, authors, date and site name; navigation and footer are gone."""
    article = parse_text(PAGE, path="page.html")
    assert article.title == "Ceasefire talks stall"
    assert article.authors == ("Lea Brandt", "Omar Haddad")
    assert article.date == "2024-11-02"
    assert article.outlet == "Harbour Times"
    assert "Home" not in article.text
    assert "Cookie settings" not in article.text
    body = [seg.text for seg in article.body]
    assert body[0].startswith("Negotiators failed to agree")
    assert any('"within two weeks" & that 1,200 prisoners' in text for text in body)


def test_entities_are_decoded_and_tags_in_text_stay_text() -> None:
    """An escaped tag in the page is article text, shown literally, never markup."""
    article = parse_text(PAGE, path="page.html")
    assert any("<script>alert(1)</script>" in seg.text for seg in article.body)


def test_segments_point_into_the_extracted_text() -> None:
    """Offsets are into Article.text (the extracted text), not into the HTML source."""
    article = load_bytes(PAGE.encode(), path="https://example.org/a", kind="html")
    for seg in article.segments:
        assert " ".join(article.text[seg.start : seg.end].split()) == seg.text


def test_a_page_without_text_is_a_clear_error() -> None:
    """A page with no readable text gives an ArticleError."""
    with pytest.raises(ArticleError):
        extract_html("<html><head><title></title></head><body><script>x()</script></body></html>", source_name="e.html")
