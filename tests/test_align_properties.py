"""Properties of every alignment (hypothesis): coverage, valid ids, mirroring, paragraph order."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from core.align.aligner import align, swap_sides
from core.align.elsewhere import only_adds
from core.models import Alignment, Article, Segment

VOCABULARY = [
    *(
        "Seoul",
        "Kremlin",
        "Peskov",
        "Zinoviev",
        "Kyiv",
        "troops",
        "soldiers",
        "brigades",
        "envoy",
        "ambassador",
    ),
    *("summoned", "denied", "confirmed", "deployment", "war", "ministry", "intelligence", "1,500", "12,000"),
    *("four", "the", "said", "that", "reportedly", "officials", "video", "Monday"),
]

sentence = st.lists(st.sampled_from(VOCABULARY), min_size=3, max_size=10).map(lambda ws: " ".join(ws) + ".")
paragraph = st.lists(sentence, min_size=1, max_size=3)
article_paragraphs = st.lists(paragraph, min_size=0, max_size=5)
roles = st.sampled_from(["body", "body", "body", "caption", "title", "standfirst", "boilerplate"])


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """An article built straight from the models: paragraphs of sentences, a few of them not body text."""
    paragraphs = draw(article_paragraphs)
    return build(paragraphs, [draw(roles) for _ in paragraphs])


def build(paragraphs: list[list[str]], paragraph_roles: list[str]) -> Article:
    """An article from paragraphs of sentences with one role per paragraph."""
    text = ""
    segments: list[Segment] = []
    for index, sentences in enumerate(paragraphs):
        text += "\n\n" if text else ""
        for k, words in enumerate(sentences):
            text += " " if k else ""
            start = len(text)
            text += words
            role = paragraph_roles[index]
            segments.append(Segment(f"s{len(segments) + 1}", words, start, len(text), index, role))  # type: ignore[arg-type]
    return Article(path="generated", text=text, segments=tuple(segments))


def distinct(paragraphs: list[list[str]]) -> list[list[str]]:
    """The paragraphs with every repeated sentence dropped (and paragraphs left empty removed)."""
    seen: set[str] = set()
    out: list[list[str]] = []
    for sentences in paragraphs:
        kept = [s for s in sentences if s not in seen]
        seen.update(kept)
        if kept:
            out.append(kept)
    return out


def check_invariants(alignment: Alignment) -> None:
    """Each body sentence in exactly one body item; ids real; verdicts match the sides and the reasons; diffs in
    range."""
    for side in ("left", "right"):
        article = alignment.article(side)
        body_ids = [s.id for s in article.body]
        seen = Counter(i for it in alignment.items if it.kind == "body" for i in it.ids(side))
        assert seen == Counter(body_ids)
        for item in alignment.items:
            for segment_id in item.ids(side):
                role = article.segment(segment_id).role
                assert role == ("body" if item.kind == "body" else item.kind)
    position = {seg.id: k for k, seg in enumerate(alignment.left.segments)}
    firsts = [position[it.left[0]] for it in alignment.items if it.left and it.kind == "body"]
    assert firsts == sorted(firsts)  # reading order: the left article's order
    kinds = [it.kind != "body" for it in alignment.items]
    assert kinds == sorted(kinds, reverse=True)  # headline items come first
    for item in alignment.items:
        expected = {
            (True, True): {"agree", "differ"},
            (True, False): {"left-only"},
            (False, True): {"right-only"},
        }[(bool(item.left), bool(item.right))]
        assert item.verdict in expected
        if item.left and item.right:  # differ exactly when a reason tells the claim otherwise, not when one side adds
            told_otherwise = any(  # headlines that each lead on content the other lacks tell the story otherwise
                not only_adds(r) and (r.kind != "content" or item.kind == "title") for r in item.reasons
            )
            assert (item.verdict == "differ") == told_otherwise
        assert 0.0 <= item.score <= 1.0
        for op in item.diff:
            assert 0 <= op.left_start <= op.left_end <= len(alignment.left.text)
            assert 0 <= op.right_start <= op.right_end <= len(alignment.right.text)


@settings(max_examples=80, deadline=None)
@given(articles(), articles())
def test_every_body_sentence_is_in_exactly_one_item(left: Article, right: Article) -> None:
    """The core invariant, plus valid ids, roles, verdicts and diff offsets."""
    check_invariants(align(left, right))


@settings(max_examples=80, deadline=None)
@given(articles(), articles())
def test_swapping_sides_mirrors_the_result(left: Article, right: Article) -> None:
    """align(b, a) is exactly the mirror of align(a, b), also for identical articles."""
    forward = align(left, right)
    assert swap_sides(forward) == align(right, left)
    check_invariants(swap_sides(forward))


@settings(max_examples=60, deadline=None)
@given(st.lists(paragraph, min_size=1, max_size=5), st.lists(paragraph, min_size=1, max_size=5), st.randoms())
def test_shuffling_paragraphs_keeps_the_links(left_ps: list[list[str]], right_ps: list[list[str]], rng: object) -> None:
    """Moving one article's paragraphs around does not change which sentences are linked."""
    left_ps, right_ps = distinct(left_ps), distinct(right_ps)  # links are named by their text
    shuffled = list(right_ps)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]

    def links(paragraphs: list[list[str]]) -> set[tuple[str, str]]:
        left = build(left_ps, ["body"] * len(left_ps))
        right = build(paragraphs, ["body"] * len(paragraphs))
        alignment = align(left, right)
        return {
            (left.segment(a).text, right.segment(b).text) for it in alignment.items for a in it.left for b in it.right
        }

    assert links(right_ps) == links(shuffled)


any_sentence = st.text(min_size=1, max_size=60).map(lambda t: " ".join(t.split()) or "x")


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(any_sentence, min_size=1, max_size=3), max_size=4),
    st.lists(st.lists(any_sentence, min_size=1, max_size=3), max_size=4),
)
def test_any_text_aligns_without_error(left_ps: list[list[str]], right_ps: list[list[str]]) -> None:
    """Arbitrary Unicode (quotes, digits, scripts without spaces, markup-like text) aligns and keeps the invariants."""
    left = build(left_ps, ["body"] * len(left_ps))
    right = build(right_ps, ["body"] * len(right_ps))
    alignment = align(left, right)
    check_invariants(alignment)
    assert swap_sides(alignment) == align(right, left)


@settings(max_examples=60, deadline=None)
@given(st.lists(paragraph, min_size=1, max_size=4), st.lists(paragraph, min_size=1, max_size=4), sentence)
def test_a_sentence_both_reports_carry_word_for_word_agrees(
    left_ps: list[list[str]], right_ps: list[list[str]], shared: str
) -> None:
    """Wire copy: a sentence both articles print word for word, linked 1:1, agrees with no reasons."""
    left_ps, right_ps = distinct([*left_ps, [shared]]), distinct([[shared], *right_ps])
    left = build(left_ps, ["body"] * len(left_ps))
    right = build(right_ps, ["body"] * len(right_ps))
    alignment = align(left, right)
    for item in alignment.items:
        texts = [" ".join(a.segment(i).text for i in item.ids(side)) for a, side in ((left, "left"), (right, "right"))]
        if item.left and item.right and texts[0] == texts[1]:
            assert item.verdict == "agree"
            assert item.reasons == ()
