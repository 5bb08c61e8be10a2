"""Property tests: whatever an article contains, the exports show it as text and nothing more."""

from __future__ import annotations

import unicodedata
from html.parser import HTMLParser

from export_samples import alignments
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from core.export.as_markdown import escape_markdown
from core.export.common import SIDES, passage, safe_text
from core.export.formats import render
from core.models import Alignment

HOSTILE = st.text(
    alphabet=st.sampled_from([*"\\`*_[]()<>&|~#!-+=.:;/\"' \t\n\x1b\x07\x7f\x85\u202e\u2066\u200f", "a", "1", "é"]),
    max_size=60,
)
"""Text made mostly of characters that mean something to Markdown, HTML or a terminal."""

ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)

_MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@given(ANY_TEXT | HOSTILE)
@example("\x1b[2J\x1b[31mred")
@example("abc\u202eevil\u202c")
def test_safe_text_leaves_no_controls(text: str) -> None:
    """No control character or bidi control survives; printable text is left exactly as it was."""
    out = safe_text(text)
    assert not [c for c in out if unicodedata.category(c) == "Cc" or c in _BIDI]
    if all(unicodedata.category(c) != "Cc" and c not in _BIDI for c in text):
        assert out == text


@settings(max_examples=300)
@given(HOSTILE | ANY_TEXT)
@example("# heading")
@example("1. item")
@example("- item")
@example("<b>bold</b> &amp; [x](http://y)")
@example("| a | b |")
@example("===")
@example("    indented code")
def test_escaped_markdown_renders_as_the_literal_text(text: str) -> None:
    """An escaped passage in a quotation renders as one paragraph of exactly its own text: no markup."""
    escaped = escape_markdown(text)
    folded = safe_text(" ".join(text.split()))
    tokens = _MD.parse("> " + escaped)
    if not folded:
        return
    kinds = [token.type for token in tokens]
    assert kinds == ["blockquote_open", "paragraph_open", "inline", "paragraph_close", "blockquote_close"]
    inline = tokens[2]
    assert {child.type for child in inline.children or ()} <= {"text"}
    assert "".join(child.content for child in inline.children or ()) == folded


_LINKIFY = MarkdownIt("gfm-like")
"""A flavour that turns bare addresses into links (GitHub's extended autolinks; linkify-it's fuzzy links)."""
ADDRESSES = st.lists(
    st.sampled_from(
        ["https://evil.example/x?a=1", "http://a.b", "ftp://files.example.org", "www.example.com", "example.com",
         "user@example.com", "mailto:me@example.org", "xmpp:me@example.org", "storydiff.io/docs", "<https://x.y>",
         "said", "the", "3.5", "U.S.", "e.g.", ",", "(", ")", "'"]
    ),
    max_size=12,
).map(" ".join)  # fmt: skip
"""Article text with web and e-mail addresses in it, bare or bracketed, among words."""


@settings(max_examples=200)
@given(ADDRESSES)
@example("see https://evil.example/x and www.example.com or mail user@example.com")
def test_bare_addresses_never_become_links_in_markdown(text: str) -> None:
    """No address in article text becomes a link, even in a flavour that links bare addresses, and CommonMark
    still shows exactly the text."""
    escaped = escape_markdown(text)
    for tokens in (_LINKIFY.parse(escaped), _MD.parse(escaped)):
        kinds = {child.type for token in tokens for child in token.children or ()}
        assert not kinds & {"link_open", "image", "html_inline"}, escaped
    children = _MD.parseInline(escaped)[0].children or []
    assert "".join(child.content for child in children) == " ".join(text.split())


class _Text(HTMLParser):
    """Visible text per pane, and every tag used."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.panes: list[str] = []
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        classes = (dict(attrs).get("class") or "").split()
        if self._depth:
            self._depth += 1
        elif tag == "div" and "pane" in classes and "missing" not in classes:
            self._depth = 1
            self.panes.append("")

    def handle_endtag(self, tag: str) -> None:
        if self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.panes[-1] += data


ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "main", "section", "div", "p", "h1", "span",
    "ul", "li", "b", "a", "code", "time", "del", "ins",
}  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(alignments())
def test_html_panes_show_exactly_the_passages(alignment: Alignment) -> None:
    """Each pane's visible text is its passage (made safe); the page uses only storydiff's own tags."""
    parser = _Text()
    parser.feed(render(alignment, "html"))
    parser.close()
    expected = [
        safe_text(passage(alignment, item, side)) for item in alignment.items for side in SIDES if item.ids(side)
    ]
    assert parser.panes == expected
    assert parser.tags <= ALLOWED_TAGS


@settings(max_examples=60, deadline=None)
@given(alignments())
def test_text_export_has_one_line_per_passage_and_no_controls(alignment: Alignment) -> None:
    """The text export never carries a control character, and each passage sits on one line."""
    output = render(alignment, "text")
    assert not [c for c in output if (unicodedata.category(c) == "Cc" and c != "\n") or c in _BIDI]
    lines = output.splitlines()
    for item in alignment.items:
        for side in SIDES:
            if item.ids(side):
                assert any(line.endswith(": " + safe_text(passage(alignment, item, side))) for line in lines)


@settings(max_examples=80, deadline=None)
@given(alignments())
def test_markdown_bold_marks_always_parse(alignment: Alignment) -> None:
    """Wherever the diff cuts a word, each quoted passage renders as exactly its text, no stray asterisks."""
    tokens = _MD.parse(render(alignment, "markdown"))
    quoted = [
        "".join(child.content for child in token.children or () if child.type == "text")
        for number, token in enumerate(tokens)
        if token.type == "inline" and number >= 2 and tokens[number - 2].type == "blockquote_open"
    ]
    expected = [
        safe_text(passage(alignment, item, side)) for item in alignment.items for side in SIDES if item.ids(side)
    ]
    assert quoted == expected
