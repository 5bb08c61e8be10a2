"""Invariants over generated input (hypothesis), through the real loader: hostile, multilingual and random text.

Loading: whatever the text or bytes, reading raises nothing but :class:`~core.errors.ArticleError`; segments are in
order and never overlap (every character is in at most one segment); each segment's offsets give back its text;
plain text loses no visible character. Pairs: every body sentence is in exactly one item; swapping the sides
mirrors the result; aligning twice gives the same result; the JSON export reads back to the same alignment.

The strategies here are shared with the long fuzz run in ``tests/test_fuzz.py``.
"""

from __future__ import annotations

import html
import json
from collections import Counter

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.align.aligner import align, swap_sides
from core.errors import ArticleError
from core.export.formats import FORMATS, render
from core.export.record import alignment_from_dict
from core.models import Alignment, Article
from core.reading.article_check import require_article
from core.reading.load import Kind, load_bytes, parse_text
from core.text.folding import ZERO_WIDTH

TRAPS = [
    "\x1b[31m",
    "\x1b[0m",
    "\x1b]8;;http://evil.example/\x1b\\",
    "\x1b]8;;\x07",
    "\x07",
    "\x9b",
    "\x85",
    "\u202e",
    "\u2066",
    "\u200f",
    "\u2028",
    "[bold]",
    "[/]",
    "[link=http://x]",
    ":smile:",
    "<script>",
    "</p>",
    "&amp;",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "\t",
    "\r",
    "\r\n",
    "\n\n",
    "...",
    "…",
    "“",
    "”",
    "«",
    "؟",
    "。",
]
"""Pieces that mean something to a terminal, Rich, HTML, Markdown or the sentence splitter."""

SENTENCES = [
    "A storm hit the northern coast on Monday, officials said.",
    "Officials said 12 people were hurt and 1,500 evacuated.",
    "Police said 15 people were injured in the storm.",
    "The U.S. objected on Oct. 21, according to Dr. Kim.",
    "“We will respond,” the minister said. “Now.”",
    "Schools will stay closed until Friday.",
    "Read [bold]more[/] at :smile: https://example.com.",
    "The \x1b[31mred\x1b[0m alert was lifted at 3 p.m. local time.",
    "The mayor said \u202etwelve\u202c people were hurt.",
    "В понедельник в Киеве прошли переговоры министров.",
    "Министр заявил, что соглашение будет подписано!",
    "월요일 키이우에서 장관 회담이 열렸다.",
    "장관은 합의가 서명될 것이라고 말했다!",
    "عقدت محادثات بين الوزراء في كييف يوم الاثنين.",
    "هل هذا صحيح؟",
    "部长们周一在基辅举行会谈。部长表示协议将被签署！",
    "Sign up for our newsletter",
    "Photo: a flooded street (Jane Doe/AP)",
    "By Jane Doe",
    "October 21, 2024",
]
"""Sentences in several scripts and shapes, with some page clutter among them."""

ALPHABET = st.sampled_from([*"abcXYZ019 .,!?;:'\"()[]<>/\\-—", *"Жжя한글ع", "\n", "\n\n", *TRAPS])

hostile_text = st.lists(ALPHABET, max_size=120).map("".join)
"""Short text made mostly of characters that mean something to someone."""

any_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)
"""Any Unicode text (no lone surrogates, which no decoder produces)."""

piece = st.sampled_from(SENTENCES) | hostile_text | st.sampled_from(TRAPS)
paragraph = st.lists(piece, min_size=1, max_size=4).map(" ".join)
separator = st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\r", "\n \n", "\n\n\n"])


@st.composite
def article_texts(draw: st.DrawFn) -> str:
    """A pasted article: a headline, then paragraphs of sentences, traps and noise."""
    headline = draw(st.sampled_from(["Storm hits the northern coast", "Переговоры в Киеве", "", "[b]Alert[/b]"]))
    paragraphs = draw(st.lists(paragraph, min_size=1, max_size=6))
    return draw(separator).join([headline, *paragraphs])


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """A saved web page: the article's paragraphs (escaped or raw) among navigation, scripts and a footer."""
    headline = draw(st.sampled_from(["Storm hits the coast", "Переговоры в Киеве", "<b>Alert</b> &amp; more"]))
    escape = draw(st.booleans())
    paragraphs = [html.escape(p) if escape else p for p in draw(st.lists(paragraph, min_size=1, max_size=6))]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><title>{headline}</title><script>track()</script></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>{headline}</h1>{body}</article><footer>© 2024</footer>"
        "</body></html>"
    )


texts = article_texts() | hostile_text | any_text | html_pages()
kinds = st.sampled_from([None, "text", "markdown", "html"])
raw_bytes = st.binary(max_size=400) | texts.flatmap(
    lambda text: st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]).map(text.encode)
)


def check_article(article: Article, *, plain: bool) -> None:
    """Segments in order, disjoint, inside the text, each giving back its folded text; with ``plain``, no visible
    character of the text is left out of every segment."""
    text = article.text
    end = 0
    covered = bytearray(len(text))
    ids = [segment.id for segment in article.segments]
    assert len(set(ids)) == len(ids)
    for segment in article.segments:
        assert end <= segment.start < segment.end <= len(text)
        assert segment.text == " ".join(text[segment.start : segment.end].split())
        assert segment.text
        covered[segment.start : segment.end] = b"\x01" * (segment.end - segment.start)
        end = segment.end
    if plain:
        missed = [c for i, c in enumerate(text) if not covered[i] and not c.isspace() and c not in ZERO_WIDTH]
        assert not missed, missed[:20]


def load_or_refuse(text: str, kind: Kind | None) -> Article | None:
    """Read ``text`` as the command line would (load, then the article check); ``None`` when refused."""
    try:
        article = parse_text(text, path="generated.txt", kind=kind)
    except ArticleError:
        return None
    check_article(article, plain=kind == "text")
    refusal = ""
    try:
        require_article(article)
    except ArticleError as error:
        refusal = str(error)
    assert "\n" not in refusal
    return article


def check_pair(left: Article, right: Article) -> Alignment:
    """The pair invariants for two plain-text articles; returns the alignment."""
    alignment = align(left, right)
    for side, article in (("left", left), ("right", right)):
        placed = Counter(sid for item in alignment.items for sid in item.ids(side))  # type: ignore[arg-type]
        body = [segment.id for segment in article.body]
        assert all(placed[sid] == 1 for sid in body), side
        assert set(placed) <= {segment.id for segment in article.segments}
    for item in alignment.items:
        assert bool(item.left) == (item.verdict != "right-only")
        assert bool(item.right) == (item.verdict != "left-only")
    assert align(right, left) == swap_sides(alignment)
    assert align(left, right) == alignment
    assert align(*(parse_text(a.text, path=a.path, kind="text") for a in (left, right))) == alignment
    record = json.loads(render(alignment, "json"))
    assert alignment_from_dict(record) == alignment
    for fmt in FORMATS:
        assert render(alignment, fmt)
    return alignment


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, kinds)
@example("\x1b[31mred\x1b[0m\n\nA storm hit the coast. It rained.", "text")
@example("<p>\u202e</p><script>x</script>", "html")
@example("# [bold]x[/]\n\n> quote\n\n| a | b |", "markdown")
def test_loading_any_text_is_an_article_or_an_article_error(text: str, kind: Kind | None) -> None:
    """Any text in any format: an article keeping the segment invariants, or a one-line ArticleError."""
    load_or_refuse(text, kind)


@settings(max_examples=100, deadline=None)
@given(raw_bytes)
@example(b"\x00\x01\x02")
@example("\ufeffПривет, мир. Это статья.".encode("utf-16"))
def test_loading_any_bytes_is_an_article_or_an_article_error(data: bytes) -> None:
    """Any bytes (random, or text in UTF-8 or UTF-16): an article or an ArticleError, never anything else."""
    try:
        article = load_bytes(data, path="generated.txt")
    except ArticleError as error:
        refusal = str(error)
        assert refusal
        assert "\n" not in refusal
        return
    check_article(article, plain=True)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_texts(), article_texts())
def test_any_pair_keeps_the_alignment_invariants(left_text: str, right_text: str) -> None:
    """Coverage, swap symmetry, determinism and the JSON round trip, for pairs read by the real loader."""
    left = load_or_refuse(left_text, "text")
    right = load_or_refuse(right_text, "text")
    if left is None or right is None:
        return
    check_pair(left, right)


@pytest.mark.parametrize("text", SENTENCES)
def test_one_article_against_itself_all_agrees(text: str) -> None:
    """An article compared with itself: every body passage agrees, and the invariants hold."""
    article = parse_text(f"Headline of the report\n\n{text} {text}", path="same.txt")
    alignment = check_pair(article, article)
    assert {item.verdict for item in alignment.items} == {"agree"}
