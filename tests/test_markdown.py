"""Markdown articles: markup reduced to text, front matter as metadata, structure kept."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.reading.load import parse_text
from core.reading.markdown import reduce_inline, reduce_markdown


def test_inline_markup_is_reduced_to_text() -> None:
    """Links, emphasis, code, images and escapes become their text."""
    line = r"A **bold** and *italic* _word_ with [a link](https://x.org) and `code`, ![alt text](a.png), "
    line += r"5\*3 and snake_case."
    assert reduce_inline(line) == "A bold and italic word with a link and code, alt text, 5*3 and snake_case."


def test_block_markup_is_reduced_and_lines_are_kept() -> None:
    """Headings, quotes and list markers go; markup-only lines become blank lines (structure stays)."""
    source = "# Title here\n\n> A quoted line\n\n- item one\n1. item two\n\n---\n\n"
    source += "```\ncode\n```\nSetext\n======\n"
    text, _ = reduce_markdown(source)
    assert text.splitlines() == [
        "Title here",
        "",
        "A quoted line",
        "",
        "item one",
        "item two",
        "",
        "",
        "",
        "",
        "code",
        "",
        "Setext",
        "",
    ]


def test_front_matter_gives_metadata_and_a_missing_title_line() -> None:
    """YAML front matter supplies title, authors, date, outlet; a title the body lacks is put on top."""
    source = (
        '---\ntitle: "Floods in Valencia"\nauthors:\n  - Ana García\n  - Luis Pérez\n'
        "date: 2024-10-31T10:00:00Z\n"
        "publisher: Example Daily\n---\nThe floods killed more than 200 people, officials said on Thursday.\n"
    )
    article = parse_text(source, path="story.md")
    assert article.title == "Floods in Valencia"
    assert article.authors == ("Ana García", "Luis Pérez")
    assert article.date == "2024-10-31"
    assert article.outlet == "Example Daily"
    assert article.segments[0].role == "title"
    assert "---" not in article.text
    assert "publisher" not in article.text
    assert [seg.text for seg in article.body] == ["The floods killed more than 200 people, officials said on Thursday."]


def test_an_image_line_is_a_caption() -> None:
    """An image on its own line gives its description as a caption, even without a photo credit."""
    source = "# Quake hits Aceh\n\n![Rescuers search the rubble in Bireuen](a.jpg)\n\n"
    source += "The quake struck on Tuesday, officials said.\n"
    article = parse_text(source, path="q.md")
    assert [(seg.role, seg.text) for seg in article.segments[1:]] == [
        ("caption", "Rescuers search the rubble in Bireuen"),
        ("body", "The quake struck on Tuesday, officials said."),
    ]


def test_markdown_without_front_matter_reads_like_a_paste() -> None:
    """A heading then paragraphs: the heading is the title, the rest is body, no asterisks survive."""
    article = parse_text(
        "# Quake hits *Aceh*\n\nA **6.1-magnitude** quake struck on Tuesday, officials said.\n", path="q.md"
    )
    assert article.title == "Quake hits Aceh"
    assert article.body[0].text == "A 6.1-magnitude quake struck on Tuesday, officials said."


@given(
    st.lists(
        st.sampled_from(["# Head", "**b** text.", "[l](u) x", "> q", "- i", "---", "```", "![a](b)", "", "plain"]),
        max_size=30,
    )
)
@settings(max_examples=200, deadline=None)
def test_reduction_keeps_one_line_per_line(lines: list[str]) -> None:
    """Property: without front matter, the reduced text has exactly the source's lines, in order."""
    source = "\n".join(lines)
    text, _ = reduce_markdown(source)
    assert len(text.split("\n")) == len(source.split("\n"))
