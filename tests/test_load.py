"""load_article, load_bytes, parse_text: bad input, standard input, line endings, the Article invariants."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import core
from core.errors import ArticleError
from core.models import Article
from core.reading.load import MAX_BYTES, guess_kind, load_article, load_bytes, parse_text
from core.text.folding import ZERO_WIDTH

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "articles"
ARTICLE = (
    "Floods hit northern Italy\n\nBy Anna Rossi\n\nMarch 3, 2024\n\n"
    "Heavy rain flooded towns across Emilia-Romagna on Sunday, officials said. Hundreds were evacuated.\n\n"
    "The regional president said damage would run to millions of euros.\n"
)


def check_invariants(article: Article) -> None:
    """The contract every Article honours, whatever the input."""
    text = article.text
    last = 0
    covered = bytearray(len(text))
    for number, seg in enumerate(article.segments, start=1):
        assert seg.id == f"s{number}"
        assert last <= seg.start < seg.end <= len(text)
        assert seg.text == " ".join(text[seg.start : seg.end].split())
        assert seg.text
        covered[seg.start : seg.end] = b"\x01" * (seg.end - seg.start)
        last = seg.end
    paragraphs = [seg.paragraph for seg in article.segments]
    assert paragraphs == sorted(paragraphs)
    missed = [ch for i, ch in enumerate(text) if not covered[i] and not ch.isspace() and ch not in ZERO_WIDTH]
    assert not missed, "".join(missed)[:80]


@pytest.mark.parametrize("path", sorted(p for p in FIXTURES.iterdir() if not p.name.endswith(".json")))
def test_every_fixture_keeps_the_article_invariants(path: Path) -> None:
    """Segments are in order, disjoint, folded from their spans, and cover every visible character."""
    check_invariants(load_article(path))


def test_core_package_still_exports_load_article() -> None:
    """``core.load_article`` is the loader (others import it from the package)."""
    assert core.load_article is load_article


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    """A path that does not exist gives a one-line error naming it."""
    with pytest.raises(ArticleError, match="no such file") as caught:
        load_article(tmp_path / "nope.txt")
    assert "nope.txt" in str(caught.value)


def test_directory_is_a_clear_error(tmp_path: Path) -> None:
    """A directory is refused as such."""
    with pytest.raises(ArticleError, match="is a directory"):
        load_article(tmp_path)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file_is_a_clear_error(tmp_path: Path) -> None:
    """A file without read permission gives 'permission denied'."""
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE)
    path.chmod(0)
    try:
        with pytest.raises(ArticleError, match="permission denied"):
            load_article(path)
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b" \n\t\r\n \xc2\xa0\n", "only white space"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (bytes(range(0x80, 0x100)) * 10, "not in a text encoding"),
    ],
    ids=["empty", "whitespace", "binary", "undecodable"],
)
def test_empty_whitespace_binary_and_undecodable_files_are_refused(
    tmp_path: Path, content: bytes, message: str
) -> None:
    """Empty, white-space-only, binary and undecodable files each give their own one-line message."""
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message) as caught:
        load_article(path)
    assert "\n" not in str(caught.value)


def test_oversized_file_is_refused_without_reading_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file over MAX_BYTES is refused by its size: it is never even opened."""
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    real_open = Path.open

    def never_this_one(self: Path, *args: Any, **kwargs: Any) -> Any:
        assert self != path, "the oversized file was opened"
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", never_this_one)
    with pytest.raises(ArticleError, match="too large"):
        load_article(path)


def test_standard_input_is_read_with_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    """``-`` reads the article from standard input (bytes, so encodings are detected as for files)."""
    stdin = io.TextIOWrapper(io.BytesIO(ARTICLE.encode("cp1252")))
    monkeypatch.setattr(sys, "stdin", stdin)
    article = load_article("-")
    assert article.path == "-"
    assert article.title == "Floods hit northern Italy"
    assert article.authors == ("Anna Rossi",)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_line_endings_give_the_same_reading(newline: str) -> None:
    """LF, CRLF and CR files read the same; offsets still point into the original text."""
    article = load_bytes(ARTICLE.replace("\n", newline).encode(), path="a.txt")
    check_invariants(article)
    assert "\r" in article.text or newline == "\n"
    assert [(s.role, s.text) for s in article.segments] == [
        (s.role, s.text) for s in load_bytes(ARTICLE.encode(), path="a.txt").segments
    ]


def test_no_break_and_zero_width_spaces_do_not_change_the_reading() -> None:
    """No-break spaces fold like spaces; zero-width characters hide no title, byline or sentence break."""
    messy = ARTICLE.replace("By Anna", "By\u00a0Anna").replace("said. Hundreds", "said.\u00a0 \u200bHundreds")
    messy = "\ufeff\u200b" + messy.replace("Floods hit", "Floods\u00a0hit")
    article = parse_text(messy, path="a.txt")
    check_invariants(article)
    assert article.title == "Floods hit northern Italy"
    assert article.authors == ("Anna Rossi",)
    assert any(seg.text.endswith("Hundreds were evacuated.") for seg in article.body)


def test_load_bytes_takes_an_explicit_kind() -> None:
    """The URL fetcher passes kind="html"; the path's suffix is then irrelevant."""
    html = b"<html><head><title>Quake hits coast</title></head><body><article><h1>Quake hits coast</h1>"
    html += b"<p>A strong earthquake struck the coast on Monday, officials said, damaging dozens of homes.</p>"
    html += b"<p>No casualties were reported, the civil protection agency said in a statement.</p>"
    html += b"</article></body></html>"
    article = load_bytes(html, path="https://example.org/story", kind="html")
    assert article.title == "Quake hits coast"
    assert "<p>" not in article.text
    assert any("strong earthquake" in seg.text for seg in article.body)


@pytest.mark.parametrize(
    ("path", "text", "kind"),
    [
        ("a.md", "# Title", "markdown"),
        ("a.HTM", "x", "html"),
        ("-", "<!DOCTYPE html><html><body>x</body></html>", "html"),
        ("page", "  <html lang='en'><body><p>x</p></body></html>", "html"),
        ("a.txt", "Headline\n\nBody <b>bold</b> text.", "text"),
    ],
)
def test_kind_is_guessed_from_suffix_then_content(path: str, text: str, kind: str) -> None:
    """Suffixes decide; otherwise an HTML document is recognised by its opening tags."""
    assert guess_kind(path, text) == kind


def test_markup_in_plain_text_is_kept_as_text() -> None:
    """Article text is data: brackets and escapes in a .txt paste are neither parsed nor dropped."""
    text = "Rich [bold]markup[/bold] in a headline\n\n"
    text += "A sentence with <b>tags</b> and \x1b[31mcolour\x1b[0m codes.\n"
    article = parse_text(text, path="a.txt")
    assert article.title == "Rich [bold]markup[/bold] in a headline"
    assert "<b>tags</b>" in article.body[0].text


@given(
    st.lists(
        st.sampled_from(
            [
                "Headline here",
                "By Jane Doe",
                "October 21, 2024",
                "The Daily Planet",
                "Photo caption here. (Jane Doe/AP)",
                "Officials said 1,500 troops arrived on Oct. 21. The U.S. objected.",
                "“We will respond,” he said. “Now.”",
                "continues in lower case after a break",
                "Authors: Jane Doe",
                "10:35 AM (Updated: )",
                "Update: something happened.",
                "Sign up for our newsletter",
                "",
                "\u00a0",
                "\u200b",
                "a.  B",
            ]
        ),
        min_size=1,
        max_size=25,
    ),
    st.sampled_from(["\n", "\n\n", "\r\n", "\r"]),
)
@settings(max_examples=200, deadline=None)
def test_any_paste_keeps_the_invariants(lines: list[str], newline: str) -> None:
    """Property: whatever lines a paste is made of, the reading covers it exactly and never fails oddly."""
    text = newline.join(lines)
    if not text.strip(" \t\r\n\u00a0" + ZERO_WIDTH):
        with pytest.raises(ArticleError, match=r"white space|empty"):
            parse_text(text, path="p.txt")
        return
    check_invariants(parse_text(text, path="p.txt"))


def test_a_large_paste_loads() -> None:
    """A 2 MB paste (about 300 articles' worth) is read whole (its reading time: ``python -m bench.input_speed``)."""
    seed = (ROOT / "seeds" / "guardian.txt").read_bytes()
    data = (seed + b"\n\n") * (2_000_000 // len(seed))
    article = load_bytes(data, path="big.txt")
    assert len(article.body) > 1000
    check_invariants(article)


def test_a_two_megabyte_single_line_loads() -> None:
    """One 2 MB line of prose (no line breaks at all) is read and split into sentences."""
    data = ("Officials said 1,500 troops arrived on Oct. 21. The U.S. objected. " * 30_000).encode()[:2_000_000]
    article = load_bytes(data, path="line.txt")
    assert len(article.segments) > 50_000


def test_an_endless_device_is_refused_not_read_forever() -> None:
    """A path to an endless stream (``/dev/zero``) is read up to the size limit and refused."""
    device = Path("/dev/zero")
    if not device.exists():
        pytest.skip("no /dev/zero here")
    with pytest.raises(ArticleError, match="too large"):
        load_article(device)
