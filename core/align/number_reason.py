"""The number reason: figures on one side only, or one figure counting different things, each with what it counts."""

from __future__ import annotations

import math

from core.align.approximate import Figure, covers, figures
from core.align.item_side import ItemSide
from core.align.quantities import MEASURES, Quantity, same_measure
from core.models import Reason
from core.text.normalize import STOP_WORDS


def _measured(q: Quantity) -> set[str]:
    """The dimensions a quantity's units measure (``{"length"}`` for ``50 miles``)."""
    return {MEASURES[u][0] for u in q.units if u in MEASURES}


def joined(side: ItemSide, first: int, end: int, second: Quantity) -> str:
    """Tokens ``[first, end)`` and a quantity further on, as written: whole when close, else with an ellipsis and the
    word that ties the quantity to the rest (``12,000 soldiers … including 1,500 special forces``)."""
    tokens = side.tokens
    if second.token - end <= 2:
        return side.written(tokens[first].start, tokens[second.end - 1].end)
    tie = tokens[second.token - 1].text
    lead = f"{tie} " if tie.isalpha() and tie.islower() and tie not in STOP_WORDS else ""
    return f"{side.written(tokens[first].start, tokens[end - 1].end)} … {lead}{second.written}"


def number_reason(left: ItemSide, right: ItemSide, lq: list[Quantity], rq: list[Quantity]) -> Reason | None:
    """Numbers on one side only, or the same number counting different things (12,000 special forces vs 12,000
    soldiers, including 1,500 special forces), each with what it counts.

    A number with no counterpart is no difference when an approximate figure on the other side covers it
    (``48,200`` ~ ``almost 50,000``, ``23%`` ~ ``less than a quarter``; see :mod:`core.align.approximate`), when the
    other side gives the same measure in other units (``50 miles`` ~ ``80 km``), when its conversion in brackets has a
    counterpart (``£10m ($13m)`` ~ ``$13m``), or when it describes a person (``one of his two daughters``) and the
    other side gives no such description.
    """
    bare = {q.value for q in (*lq, *rq) if not q.units and not q.vague}  # they count whatever the other side counts
    figs: dict[bool, list[Figure]] = {}

    def figures_of(right_side: bool) -> list[Figure]:  # read only when a number has no exact counterpart
        if right_side not in figs:
            side = right if right_side else left
            figs[right_side] = figures(" ".join(side.written(a, b) for a, b in side.spans))
        return figs[right_side]

    def counts_elsewhere(units: frozenset[str], value: str, quantities: list[Quantity]) -> bool:
        return any(units & q.units for q in quantities if q.value != value)

    def unmatched(q: Quantity, mine: list[Quantity], theirs: list[Quantity], right_side: bool) -> bool:
        same = [o for o in theirs if o.value == q.value]
        if same:
            if q.value in bare or any(o.units & q.units for o in same):
                return False
            if not same_measure(q, same) and _measured(q) & {d for o in same for d in _measured(o)}:
                return True  # "50 miles" ~ "50 kilometres": one number, two distances
            # the same figure with other words after it: "four workers" ~ "four miners" is one count in other words;
            # it is a difference when one side's words count something else on the other side ("12,000 special
            # forces" ~ "12,000 soldiers, including 1,500 special forces")
            return counts_elsewhere(q.units, q.value, theirs) or any(
                counts_elsewhere(o.units, q.value, mine) for o in same
            )
        if q.descriptive:
            return any(o.descriptive and o.units & q.units for o in theirs)
        if same_measure(q, theirs):
            return False
        if q.vague:
            return not any(not f.percent and f.low <= q.high and q.low <= f.high for f in figures_of(not right_side))
        if math.isnan(q.low):
            return True
        return not covers(q.low, "percent" in q.units, figures_of(right_side), figures_of(not right_side))

    def evidence(side: ItemSide, mine: list[Quantity], theirs: list[Quantity], right_side: bool) -> tuple[str, ...]:
        partner = {n: q.converted for n, q in enumerate(mine) if q.converted is not None}
        partner |= {m: n for n, m in partner.items()}
        out: list[str] = []
        shown: set[int] = set()  # quantities already quoted inside another one's evidence
        for n, q in enumerate(mine):
            if q.token in shown or not unmatched(q, mine, theirs, right_side):
                continue
            if n in partner and not unmatched(mine[partner[n]], mine, theirs, right_side):
                continue  # "50 miles (80 km)": the conversion has its counterpart
            counted = {u for o in theirs if o.value == q.value for u in o.units}  # what the other side's figure counts
            tied = [o for o in mine if o.value != q.value and o.units & counted and o.token > q.token]
            if tied and not q.units & counted:
                out.append(joined(side, q.token, q.end, tied[0]))
                shown.add(tied[0].token)
            else:
                out.append(q.written)
        return tuple(dict.fromkeys(out))

    lev, rev = evidence(left, lq, rq, False), evidence(right, rq, lq, True)
    return Reason("number", lev, rev) if lev or rev else None


__all__ = ["joined", "number_reason"]
