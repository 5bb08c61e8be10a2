"""Shared fixtures: the seed pair, and small articles and alignments built by hand from ``core.models``."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from core.models import VERDICTS, AlignedItem, Alignment, Article, DiffOp, Reason, Role, Segment, Summary

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def truecolor_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test sees a truecolor terminal, whatever runs the suite (the reader picks its colours by the depth);
    tests of 256 colours set their own."""
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLORTERM", "truecolor")
    monkeypatch.delenv("NO_COLOR", raising=False)


@contextmanager
def local_http_server(
    handler: Callable[..., BaseHTTPRequestHandler], *, before_close: Callable[[], object] = lambda: None
) -> Iterator[str]:
    """Serve ``handler`` on 127.0.0.1 in a thread; yield the base URL (never a network beyond this machine).

    ``before_close`` runs before shutdown, e.g. to release handlers that are deliberately stalled.
    """
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        before_close()
        httpd.shutdown()
        httpd.server_close()


def make_article(
    parts: Sequence[tuple[Role, str] | None], *, path: str = "article.txt", outlet: str | None = None
) -> Article:
    """An article from ``(role, sentence)`` parts; ``None`` starts a new paragraph.

    Segment ids are ``s1``, ``s2``… in order; offsets point into the joined text.
    """
    text = ""
    segments: list[Segment] = []
    paragraph = 0
    for part in parts:
        if part is None:
            text += "\n\n"
            paragraph += 1
            continue
        role, sentence = part
        if text and not text.endswith("\n"):
            text += " "
        start = len(text)
        text += sentence
        segments.append(Segment(f"s{len(segments) + 1}", " ".join(sentence.split()), start, len(text), paragraph, role))
    title = next((seg.text for seg in segments if seg.role == "title"), None)
    return Article(path=path, text=text, segments=tuple(segments), outlet=outlet, title=title)


def make_alignment(left: Article, right: Article, items: Sequence[AlignedItem]) -> Alignment:
    """An Alignment over hand-made items, with counts computed from them."""
    counts = {verdict: sum(1 for item in items if item.verdict == verdict) for verdict in VERDICTS}
    return Alignment(left, right, tuple(items), Summary(counts, 0.5, 0.25))


def word_op(left: Article, right: Article, tag: str, left_word: str, right_word: str) -> DiffOp:
    """A diff operation between the first occurrences of two words."""
    ls = left.text.index(left_word) if left_word else 0
    rs = right.text.index(right_word) if right_word else 0
    return DiffOp(tag, ls, ls + len(left_word), rs, rs + len(right_word))  # type: ignore[arg-type]


@pytest.fixture
def hand_pair() -> Alignment:
    """Two short reports and an alignment with every verdict, a reordering, clutter and a markup trap.

    Items (reading order): 0 title agree · 1 body agree · 2 differ (numbers) · 3 left-only ·
    4 right-only · 5 agree (reordered on the right) · 6 left-only with ``[bold]`` markup in it.
    """
    left = make_article(
        [
            ("title", "Storm hits the coast"),
            None,
            ("body", "A storm hit the northern coast on Monday."),
            ("body", "Officials said 12 people were hurt."),
            None,
            ("caption", "Photo: a flooded street."),
            None,
            ("body", "Schools will stay closed until Friday."),
            ("body", "The mayor thanked rescue teams."),
            None,
            ("body", "Read [bold]more[/] at the end."),
        ],
        path="left.txt",
        outlet="Left Daily",
    )
    right = make_article(
        [
            ("title", "Storm hits coast"),
            None,
            ("body", "The mayor thanked the rescue teams."),
            ("body", "A storm struck the northern coast on Monday."),
            None,
            ("body", "Police said 15 people were injured."),
            ("boilerplate", "Sign up for our newsletter."),
            None,
            ("body", "Power lines were down across the region."),
        ],
        path="right.txt",
        outlet="Right Times",
    )
    items = [
        AlignedItem(("s1",), ("s1",), "agree", 0.9, kind="title"),
        AlignedItem(("s2",), ("s3",), "agree", 0.8),
        AlignedItem(
            ("s3",),
            ("s4",),
            "differ",
            0.5,
            reasons=(Reason("number", ("12",), ("15",)),),
            diff=(
                word_op(left, right, "replace", "12", "15"),
                word_op(left, right, "replace", "hurt", "injured"),
            ),
        ),
        AlignedItem(("s5",), (), "left-only", 0.0),
        AlignedItem((), ("s6",), "right-only", 0.0),
        AlignedItem(("s6",), ("s2",), "agree", 0.85),
        AlignedItem(("s7",), (), "left-only", 0.0),
    ]
    return make_alignment(left, right, items)


@pytest.fixture
def seed_paths() -> tuple[Path, Path]:
    """The shipped seed pair (The Guardian, The Kyiv Independent)."""
    return SEEDS / "guardian.txt", SEEDS / "kyiv-independent.txt"
