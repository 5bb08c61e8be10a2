"""A small hand-built :class:`~core.models.Alignment` for export tests that must not depend on the aligner.

The articles carry hostile text on purpose (Markdown and HTML syntax, a terminal escape sequence, a bidi
override), so every format's escaping is exercised.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

from core.models import ROLES, AlignedItem, Alignment, Article, DiffOp, Reason, Role, Segment, Summary

LEFT_PARAGRAPHS: Sequence[Sequence[tuple[Role, str]]] = (
    (("title", "Floods close 12 schools in the valley"),),
    (("byline", "Ana Ruiz"),),
    (
        ("body", "Heavy rain closed 12 schools on Monday, officials said."),
        ("body", "The mayor, Li Wei, said “we are ready” and asked people to stay home."),
    ),
    (("caption", "Photo: the river at noon (Agency)"),),
    (
        ("body", "# Not a heading <script>alert(1)</script> | a | b | [link](http://x.test) *stars*"),
        ("body", "Terminal \x1b[31mred\x1b[0m and \u202eoverride\u202c text stay inert."),
    ),
)
RIGHT_PARAGRAPHS: Sequence[Sequence[tuple[Role, str]]] = (
    (("title", "Flooding shuts 15 valley schools"),),
    (
        ("body", "Torrential rain shut 15 schools on Monday."),
        ("body", "Officials said the closures could last a week."),
    ),
    (("body", "The mayor said “we are ready” and urged residents to stay home."),),
    (("body", "Schools will reopen on Friday, the council said."),),
    (("boilerplate", "Sign up for our newsletter"),),
)


def build_article(path: str, paragraphs: Sequence[Sequence[tuple[Role, str]]], **meta: object) -> Article:
    """An article whose text is the paragraphs (sentences joined by a space, paragraphs by a blank line)."""
    text = ""
    segments: list[Segment] = []
    for number, paragraph in enumerate(paragraphs):
        if number:
            text += "\n\n"
        for index, (role, sentence) in enumerate(paragraph):
            if index:
                text += " "
            start = len(text)
            text += sentence
            segments.append(Segment(f"s{len(segments) + 1}", sentence, start, len(text), number, role))
    return Article(path=path, text=text, segments=tuple(segments), **meta)  # type: ignore[arg-type]


def span(article: Article, segment_id: str, phrase: str) -> tuple[int, int]:
    """Source offsets of ``phrase`` inside one segment."""
    segment = article.segment(segment_id)
    offset = article.text.index(phrase, segment.start, segment.end)
    return offset, offset + len(phrase)


def op(tag: str, left: Article, lid: str, lphrase: str, right: Article, rid: str, rphrase: str) -> DiffOp:
    """A diff operation between a phrase of a left segment and a phrase of a right segment."""
    ls, le = span(left, lid, lphrase) if lphrase else (span(left, lid, "")[0],) * 2
    rs, re_ = span(right, rid, rphrase) if rphrase else (span(right, rid, "")[0],) * 2
    return DiffOp(tag, ls, le, rs, re_)  # type: ignore[arg-type]


def sample_alignment() -> Alignment:
    """A title item, a differ with reasons and a word diff, a 1:1 agree, and one-sided items on both sides."""
    left = build_article(
        "left/valley-times.txt",
        LEFT_PARAGRAPHS,
        outlet="Valley Times",
        title="Floods close 12 schools in the valley",
        authors=("Ana Ruiz",),
        date="2024-10-21",
    )
    right = build_article(
        "https://news.example/floods",
        RIGHT_PARAGRAPHS,
        outlet="The Example <Post>",
        title="Flooding shuts 15 valley schools",
        standfirst="Officials expect closures to last",
    )
    items = (
        AlignedItem(("s1",), ("s1",), "differ", 0.5, (Reason("number", ("12",), ("15",)),), kind="title"),
        AlignedItem(
            ("s3",),
            ("s2", "s3"),
            "differ",
            0.62,
            (Reason("number", ("12",), ("15",)), Reason("attribution", ("officials",), ())),
            (
                op("replace", left, "s3", "Heavy", right, "s2", "Torrential"),
                op("equal", left, "s3", "rain", right, "s2", "rain"),
                op("replace", left, "s3", "closed 12", right, "s2", "shut 15"),
                op("equal", left, "s3", "schools on Monday", right, "s2", "schools on Monday"),
                op("delete", left, "s3", "officials said", right, "s2", ""),
            ),
        ),
        AlignedItem(
            ("s4",),
            ("s4",),
            "agree",
            0.81,
            (),
            (
                op("equal", left, "s4", "The mayor,", right, "s4", "The mayor"),
                op("delete", left, "s4", "Li Wei, said", right, "s4", ""),
            ),
        ),
        AlignedItem(("s6",), (), "left-only", 0.0),
        AlignedItem(("s7",), (), "left-only", 0.0),
        AlignedItem((), ("s5",), "right-only", 0.0),
    )
    summary = Summary({"agree": 1, "differ": 1, "left-only": 2, "right-only": 1}, 0.6, 0.8)
    return Alignment(left, right, items, summary, {"link_threshold": 0.35, "agree_threshold": 0.6})


def body_texts(article: Article) -> list[str]:
    """The texts of an article's body segments."""
    return [segment.text for segment in article.body]


_CHARS = st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(list("ab’'\".,;()[]*_<>&# "))
"""Any character, with extra weight on letters, spaces and the punctuation that means something to Markdown/HTML."""
_sentence = st.text(alphabet=_CHARS, min_size=1, max_size=40).map(lambda s: " ".join(s.split())).filter(bool)
_paragraphs = st.lists(
    st.lists(st.tuples(st.sampled_from(ROLES), _sentence), min_size=1, max_size=3), min_size=1, max_size=5
)


@st.composite
def alignments(draw: st.DrawFn) -> Alignment:
    """Random articles with a random (but well-formed) alignment over their body segments."""
    left = build_article(draw(st.text(min_size=1, max_size=20)), draw(_paragraphs), outlet=draw(st.none() | _sentence))
    right = build_article("-", draw(_paragraphs), title=draw(st.none() | _sentence), date="2024-10-21")
    lbody, rbody = [s.id for s in left.body], [s.id for s in right.body]
    linked = draw(st.integers(0, min(len(lbody), len(rbody))))
    items: list[AlignedItem] = []
    for lid, rid in zip(lbody[:linked], rbody[:linked], strict=True):
        lseg, rseg = left.segment(lid), right.segment(rid)
        cut_l = draw(st.integers(lseg.start, lseg.end))
        cut_r = draw(st.integers(rseg.start, rseg.end))
        diff = (
            DiffOp("equal", lseg.start, cut_l, rseg.start, cut_r),
            DiffOp("replace", cut_l, lseg.end, cut_r, rseg.end),
        )
        reasons = draw(
            st.lists(
                st.builds(Reason, st.sampled_from(("number", "quote", "entity")), st.tuples(_sentence)),
                max_size=2,
            )
        )
        verdict = draw(st.sampled_from(("agree", "differ")))
        items.append(AlignedItem((lid,), (rid,), verdict, draw(st.floats(0, 1)), tuple(reasons), diff))
    items += [AlignedItem((lid,), (), "left-only", 0.0) for lid in lbody[linked:]]
    items += [AlignedItem((), (rid,), "right-only", 0.0) for rid in rbody[linked:]]
    counts = {v: sum(item.verdict == v for item in items) for v in ("agree", "differ", "left-only", "right-only")}
    summary = Summary(counts, draw(st.floats(0, 1)), draw(st.floats(0, 1)))  # type: ignore[arg-type]
    return Alignment(left, right, tuple(items), summary, {"link_threshold": draw(st.floats(0, 1))})
