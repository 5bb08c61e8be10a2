"""Aligning two articles into an :class:`~core.models.Alignment` (baseline; the full aligner replaces it)."""

from __future__ import annotations

from rapidfuzz import fuzz, process, utils

from core.models import AlignedItem, Alignment, Article, Summary, Verdict
from core.settings import AlignSettings


def align(left: Article, right: Article, *, settings: AlignSettings | None = None) -> Alignment:
    """Pair each body sentence of ``left`` with its best counterpart in ``right`` (greedy, one to one)."""
    settings = settings or AlignSettings()
    lbody, rbody = left.body, right.body
    matrix = process.cdist(
        [s.text for s in lbody], [s.text for s in rbody], scorer=fuzz.token_set_ratio, processor=utils.default_process
    )
    pairs = sorted(
        ((float(matrix[i, j]) / 100, i, j) for i in range(len(lbody)) for j in range(len(rbody))),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_l: dict[int, tuple[int, float]] = {}
    used_r: set[int] = set()
    for score, i, j in pairs:
        if score < settings.link_threshold:
            break
        if i in used_l or j in used_r:
            continue
        used_l[i] = (j, score)
        used_r.add(j)
    items: list[AlignedItem] = []
    placed_r: set[int] = set()
    for i, seg in enumerate(lbody):
        if i in used_l:
            j, score = used_l[i]
            verdict: Verdict = "agree" if score >= settings.agree_threshold else "differ"
            items.append(AlignedItem((seg.id,), (rbody[j].id,), verdict, score))
            placed_r.add(j)
        else:
            items.append(AlignedItem((seg.id,), (), "left-only", 0.0))
    for j, seg in enumerate(rbody):
        if j not in placed_r:
            items.append(AlignedItem((), (seg.id,), "right-only", 0.0))
    counts = {v: sum(1 for it in items if it.verdict == v) for v in ("agree", "differ", "left-only", "right-only")}
    summary = Summary(counts, 0.0, 0.0)  # type: ignore[arg-type]
    return Alignment(left, right, tuple(items), summary, settings.as_dict())


def swap_sides(alignment: Alignment) -> Alignment:
    """The same alignment seen with the articles exchanged (the reader's ``s`` key)."""
    return align(alignment.right, alignment.left, settings=AlignSettings(**alignment.settings))  # type: ignore[arg-type]
