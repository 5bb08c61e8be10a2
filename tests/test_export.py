"""Export formats on a small hand-built alignment (independent of the aligner): content, order, escaping."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from export_samples import body_texts, build_article, op, sample_alignment
from markdown_it import MarkdownIt

from core.errors import ExportError
from core.export.common import safe_text
from core.export.formats import FORMATS, format_for_path, render
from core.models import AlignedItem, Alignment, Summary


@pytest.fixture
def alignment() -> Alignment:
    return sample_alignment()


class _Page(HTMLParser):
    """Collects the tags, attributes, item verdicts and visible text of an HTML export."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.items: list[str] = []
        self.marked: dict[str, list[str]] = {"del": [], "ins": []}
        self._open: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs
        self._open.append(tag)
        classes = (dict(attrs).get("class") or "").split()
        if tag == "section" and "item" in classes:
            self.items.append(next(c[2:] for c in classes if c.startswith("v-")))
        if tag in ("style", "title"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title"):
            self._skip -= 1
        self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        self.text.append(data)
        if self._open and self._open[-1] in self.marked:
            self.marked[self._open[-1]].append(data)


def _page(alignment: Alignment) -> _Page:
    page = _Page()
    page.feed(render(alignment, "html"))
    page.close()
    return page


def _visible_text(html: str) -> str:
    """The text a browser would show for an HTML document or fragment."""
    page = _Page()
    page.feed(html)
    page.close()
    return "".join(page.text)


def _markdown_tokens(text: str) -> list[str]:
    """Every token type of a Markdown document, inline children included."""
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    types = []
    for token in parser.parse(text):
        types.append(token.type)
        types += [child.type for child in token.children or ()]
    return types


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.txt", "text"),
        ("a.md", "markdown"),
        ("A.MARKDOWN", "markdown"),
        ("a.json", "json"),
        ("a.html", "html"),
        ("a.htm", "html"),
        ("a.pdf", "text"),
        ("noext", "text"),
    ],
)
def test_format_follows_the_extension(name: str, expected: str) -> None:
    """The file name's ending picks the format, anything unknown means text."""
    assert format_for_path(Path(name)) == expected


def test_unknown_format_is_an_export_error(alignment: Alignment) -> None:
    """Asking for a format that does not exist is a clear error, not a KeyError."""
    with pytest.raises(ExportError, match="unknown export format"):
        render(alignment, "pdf")  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_body_passage_is_in_every_format(alignment: Alignment, fmt: str) -> None:
    """No body sentence of either article goes missing from an export."""
    output = render(alignment, fmt)  # type: ignore[arg-type]
    if fmt == "html":
        output = _visible_text(output)
    elif fmt == "markdown":
        output = _visible_text(MarkdownIt("commonmark").enable("table").render(output))
    elif fmt == "json":
        record = json.loads(output)
        output = "\n".join(seg["text"] for side in ("left", "right") for seg in record[side]["segments"])
    for article in (alignment.left, alignment.right):
        for text in body_texts(article):
            assert (text if fmt == "json" else safe_text(text)) in output


def test_all_formats_list_the_same_items_in_the_same_order(alignment: Alignment) -> None:
    """Text, Markdown, JSON and HTML show one item per aligned item, same order, same verdicts."""
    expected = [item.verdict for item in alignment.items]
    text = re.findall(r"^\[\s*\d+\] ([A-Z-]+)", render(alignment, "text"), re.M)
    markdown = re.findall(r"^### \d+\. ([a-z-]+)", render(alignment, "markdown"), re.M)
    pairs = [pair["status"] for pair in json.loads(render(alignment, "json"))["pairs"]]
    assert [v.lower() for v in text] == markdown == pairs == _page(alignment).items == expected


def test_text_keeps_each_passage_on_one_line(alignment: Alignment) -> None:
    """A long passage is one line (no hard wrap), so it pastes into an email intact."""
    lines = render(alignment, "text").splitlines()
    two_sentences = "Torrential rain shut 15 schools on Monday. Officials said the closures could last a week."
    assert any(line.endswith(": " + two_sentences) for line in lines)


def test_text_neutralises_escapes_and_bidi_overrides(alignment: Alignment) -> None:
    """Terminal escape sequences and bidi overrides from an article cannot reach the terminal."""
    output = render(alignment, "text")
    assert "\x1b" not in output
    assert "\u202e" not in output
    assert "␛[31mred" in output
    assert "<U+202E>override" in output


def test_text_names_reasons_by_outlet(alignment: Alignment) -> None:
    """Reasons read with the outlets' names, as the reader shows them."""
    assert "Numbers: Valley Times has 12; The Example <Post> has 15" in render(alignment, "text")


def test_markdown_article_text_cannot_inject_structure(alignment: Alignment) -> None:
    """Headings, HTML, links, tables and emphasis in article text stay literal text."""
    output = render(alignment, "markdown")
    tokens = _markdown_tokens(output)
    assert "html_inline" not in tokens
    assert "html_block" not in tokens
    assert "link_open" not in tokens
    headings = re.findall(r"^#+ .*$", output, re.M)
    assert len(headings) == 3 + len(alignment.items)
    assert r"\# Not a heading \<script\>" in output


def test_markdown_marks_the_changed_words(alignment: Alignment) -> None:
    """Words the diff marks as different are bold, on each side."""
    output = render(alignment, "markdown")
    assert "> **Heavy** rain **closed 12** schools on Monday, **officials said**." in output
    assert "> **Torrential** rain **shut 15** schools on Monday. Officials said" in output


def test_html_is_self_contained_and_escaped(alignment: Alignment) -> None:
    """The page has no scripts, no external resources, and article text is text, not markup."""
    output = render(alignment, "html")
    page = _page(alignment)
    assert "script" not in page.tags
    assert not {"link", "img", "iframe", "object", "embed"} & set(page.tags)
    assert not [value for name, value in page.attrs if name in ("src", "href") and not (value or "").startswith("#")]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in output
    assert "# Not a heading <script>alert(1)</script> | a | b |" in "".join(page.text)
    assert "The Example &lt;Post&gt;" in output
    assert "\x1b" not in output
    assert "\u202e" not in output


def test_html_marks_differences_with_del_and_ins(alignment: Alignment) -> None:
    """Changed words are <del> on the left and <ins> on the right."""
    page = _page(alignment)
    assert page.marked["del"] == [
        "as in the left report",
        "Heavy",
        "closed 12",
        "officials said",
        "Li Wei, said",
    ]
    assert page.marked["ins"] == ["as in the right report", "Torrential", "shut 15"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_end_with_one_newline_and_are_deterministic(alignment: Alignment, fmt: str) -> None:
    """Rendering twice gives the same document (stable, citable), ending in exactly one newline."""
    first = render(alignment, fmt)  # type: ignore[arg-type]
    assert first == render(sample_alignment(), fmt)  # type: ignore[arg-type]
    assert first.endswith("\n")
    assert not first.endswith("\n\n")


def test_markdown_bold_survives_punctuation_at_a_word_edge() -> None:
    """A changed run that starts with punctuation right after a letter ("Korea’s") still renders bold."""
    left = build_article("l", [[("body", "South Korea’s foreign ministry said so.")]])
    right = build_article("r", [[("body", "South Korea foreign ministry said (so).")]])
    diff = (
        op("replace", left, "s1", "’s", right, "s1", "foreign"),
        op("replace", left, "s1", "so.", right, "s1", "(so)."),
    )
    alignment = Alignment(left, right, (AlignedItem(("s1",), ("s1",), "differ", 0.5, (), diff),), Summary({}, 0, 0))
    html = MarkdownIt("commonmark").render(render(alignment, "markdown"))
    assert "South Korea’<strong>s</strong> foreign ministry said <strong>so.</strong>" in html
    assert "**" not in html
