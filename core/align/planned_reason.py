"""The planned-or-done reason: one side tells as done what the other tells as planned (see
:mod:`core.align.modality`)."""

from __future__ import annotations

from core.align.item_side import ItemSide
from core.align.modality import VerbGroup, Verbs, looks_ahead
from core.align.number_reason import joined
from core.align.quantities import Quantity
from core.models import Reason


def _group_evidence(side: ItemSide, group: VerbGroup, q: Quantity | None = None) -> str:
    """A verb group as written, with the quantity it governs when there is one."""
    if q is None:
        return side.written(side.tokens[group.first].start, side.tokens[group.end - 1].end)
    if q.token < group.first:
        return f"{q.written} … {side.written(side.tokens[group.first].start, side.tokens[group.end - 1].end)}"
    return joined(side, group.first, group.end, q)


SHARED_CLAIM_TERMS = 4
"""Two passages make the same claim, one as planned and one as done, when their claims have the same verb (``is set to
vote`` ~ ``voted``) or their verbs' clauses share at least this many content terms (``is set to vote to override
President Obama's veto of a bill`` ~ ``rejected President Obama's veto of a bipartisan bill``)."""


def _same_verb(a: str, b: str) -> bool:
    """Whether two verb stems are one verb (the light stemmer leaves ``vote`` and ``vot``)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 3 and long.startswith(short)


def planned_reason(
    left: ItemSide, right: ItemSide, lq: list[Quantity], rq: list[Quantity], *, headline: bool = False
) -> Reason | None:
    """One side tells as done what the other tells as planned (``had sent … 1,500`` vs ``will deploy … including
    1,500``; ``Senate Set to Override`` vs ``Senate Overrides``): for a figure both sides give, or for the claims of
    the whole passages (see :mod:`core.align.modality`)."""
    if not looks_ahead(left) and not looks_ahead(right):
        return None  # nothing planned on either side
    lverbs, rverbs = Verbs(left), Verbs(right)
    lev: list[str] = []
    rev: list[str] = []
    for value in dict.fromkeys(q.value for q in lq if not q.vague):
        mine = [q for q in lq if q.value == value]
        theirs = [
            o for o in rq if o.value == value and any(o.units & q.units or not o.units or not q.units for q in mine)
        ]
        if not theirs:
            continue
        lg = [(lverbs.governing(q.token), q) for q in mine]
        rg = [(rverbs.governing(o.token), o) for o in theirs]
        lgot = {g.modality if g else None for g, _ in lg}
        rgot = {g.modality if g else None for g, _ in rg}
        if len(lgot) == 1 and len(rgot) == 1 and None not in lgot | rgot and lgot != rgot:
            lev.extend(_group_evidence(left, g, q) for g, q in lg if g)
            rev.extend(_group_evidence(right, g, o) for g, o in rg if g)
    if lev:
        return Reason("planned", tuple(dict.fromkeys(lev)), tuple(dict.fromkeys(rev)))
    if headline:
        if lverbs.question or rverbs.question:
            return None  # "…, but Will It Last?" asks, it does not plan
        lp = [g for g in lverbs.groups if g.modality == "planned"]
        rp = [g for g in rverbs.groups if g.modality == "planned"]
        if lp and not rp and rverbs.headline_done():
            return Reason("planned", (_group_evidence(left, lp[0]),), ())
        if rp and not lp and lverbs.headline_done():
            return Reason("planned", (), (_group_evidence(right, rp[0]),))
        return None
    (lc, lmods), (rc, rmods) = lverbs.claims(), rverbs.claims()
    if len(lmods) != 1 or len(rmods) != 1 or lmods == rmods:
        return None
    lwhat = frozenset().union(*(lverbs.about(g) for g in lc))
    rwhat = frozenset().union(*(rverbs.about(g) for g in rc))
    same_verb = any(_same_verb(lverbs.verb(a), rverbs.verb(b)) for a in lc for b in rc)
    if not same_verb and len(lwhat & rwhat) < SHARED_CLAIM_TERMS:
        return None
    return Reason(
        "planned",
        tuple(dict.fromkeys(_group_evidence(left, g) for g in lc)),
        tuple(dict.fromkeys(_group_evidence(right, g) for g in rc)),
    )


__all__ = ["SHARED_CLAIM_TERMS", "planned_reason"]
