"""The number reason: figures on one side only, or one figure counting different things, each with what it counts."""

from __future__ import annotations

import math
from collections.abc import Iterable

from core.align.approximate import Figure, Figures, covers, figures, modifier_start
from core.align.item_side import ItemSide
from core.align.quantities import MEASURES, Measures, Quantity, pairs, quantities
from core.models import Reason
from core.text.normalize import STOP_WORDS
from core.text.vocabulary import NAME_SUFFIXES


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


def _modifier(side: ItemSide, q: Quantity) -> str:
    """The modifier written right before a figure in its passage (``more than`` in ``more than 10 packages``), with a
    space after it; empty when there is none. Evidence shows it: ``10 packages`` alone misreports ``more than 10``."""
    at = side.tokens[q.token].start
    floor = max((start for start, _ in side.spans if start <= at), default=0)
    start = modifier_start(side.text, at, floor)
    return f"{side.written(start, at)} " if start < at else ""


def _as_shown(side: ItemSide, q: Quantity) -> str:
    """A quantity as its evidence shows it: as written, with its modifier (``nearly 20 people``), or, for a bare figure
    set off by commas after a name (an age: ``Elizabeth Lauten, 31, who …``), with the name it describes (``Lauten,
    31``, ``Sayoc Jr., 56``): a bare ``31`` says nothing."""
    tokens = side.tokens
    if q.units or q.vague or q.token == 0 or q.end >= len(tokens) or q.end - q.token != 1:
        return f"{_modifier(side, q)}{q.written}"
    name = tokens[q.token - 1]
    before = side.text[name.end : tokens[q.token].start]
    after = side.text[tokens[q.end - 1].end : tokens[q.end].start]
    suffix = name.text.casefold() in NAME_SUFFIXES and q.token >= 2  # "Sayoc Jr., 56,": the surname before the suffix
    if before.strip() in (",", ".,") and after.strip().startswith(",") and name.text[:1].isupper():
        written = side.written((tokens[q.token - 2] if suffix else name).start, name.end + len(before.rstrip()))
        return f"{written} {q.written}"
    return q.written


TIE_REACH = 8
"""How many quantities after an unmatched one may hold what the other side's same figure counts (``12,000 soldiers …
including 1,500 special forces``)."""


_RANGE_WORDS = frozenset(["to", "-", "–", "- to", "– to"])
"""What stands between the two ends of a range (``$800 to $1,000``, ``40- to 60-hour``)."""


def _range_end(side: ItemSide, first: Quantity, second: Quantity) -> bool:
    """Whether ``second`` closes a range that ``first`` opens, bare or in the same units (``80 to 100 millimetres``,
    ``$800 to $1,000 per trained employee``)."""
    if not first.units <= second.units or first.vague or second.token < first.end:
        return False
    return side.text[side.tokens[first.end - 1].end : side.tokens[second.token].start].strip() in _RANGE_WORDS


class _Index:
    """One side's quantities, indexed so that each question the number reason asks costs about the size of one
    quantity's units, not the number of quantities."""

    def __init__(self, found: list[Quantity]) -> None:
        self.found = found
        self.by_value: dict[str, list[Quantity]] = {}
        self.values_by_unit: dict[str, set[str]] = {}
        self.descriptive_units: set[str] = set()
        for q in found:
            self.by_value.setdefault(q.value, []).append(q)
            for u in q.units:
                self.values_by_unit.setdefault(u, set()).add(q.value)
            if q.descriptive:
                self.descriptive_units |= q.units
        self.measures = Measures(found)
        self._units_of: dict[str, frozenset[str]] = {}
        self._dimensions_of: dict[str, set[str]] = {}
        self._measures_of: dict[str, Measures] = {}

    def units_of(self, value: str) -> frozenset[str]:
        """Everything the side's quantities of ``value`` count."""
        if value not in self._units_of:
            self._units_of[value] = frozenset().union(*(q.units for q in self.by_value.get(value, ())))
        return self._units_of[value]

    def dimensions_of(self, value: str) -> set[str]:
        """The dimensions the side's quantities of ``value`` measure."""
        if value not in self._dimensions_of:
            self._dimensions_of[value] = {d for q in self.by_value.get(value, ()) for d in _measured(q)}
        return self._dimensions_of[value]

    def measures_of(self, value: str) -> Measures:
        """The sizes of the side's quantities of ``value``."""
        if value not in self._measures_of:
            self._measures_of[value] = Measures(self.by_value.get(value, ()))
        return self._measures_of[value]

    def counts_elsewhere(self, units: Iterable[str], value: str) -> bool:
        """Whether a quantity of another value than ``value`` counts one of ``units``."""
        return any(len(values := self.values_by_unit.get(u, ())) > (value in values) for u in units)


def number_reason(
    left: ItemSide, right: ItemSide, lq: list[Quantity] | None = None, rq: list[Quantity] | None = None
) -> Reason | None:
    """Numbers on one side only, or the same number counting different things (12,000 special forces vs 12,000
    soldiers, including 1,500 special forces), each with what it counts.

    A number with no counterpart is no difference when an approximate figure on the other side covers it
    (``48,200`` ~ ``almost 50,000``, ``23%`` ~ ``less than a quarter``; see :mod:`core.align.approximate`), when the
    other side gives the same measure in other units (``50 miles`` ~ ``80 km``), when its conversion in brackets has a
    counterpart (``£10m ($13m)`` ~ ``$13m``), when the other side counts the same two things with ``both``
    (:func:`core.align.quantities.pairs`), or when it describes a person (``one of his two daughters``) and the
    other side gives no such description. ``lq`` and ``rq`` are the sides' quantities when already at hand. Each
    question is put to indexes of the other side and each answer kept, so the work grows with the number of figures,
    not with its square.
    """
    lq = quantities(left) if lq is None else lq
    rq = quantities(right) if rq is None else rq
    twos = {side: any(q.value == "2" for q in found) for side, found in ((False, lq), (True, rq))}
    index = {  # a side's "both …" counts only meet the other side's twos
        False: _Index([*lq, *(pairs(left) if twos[True] else ())]),
        True: _Index([*rq, *(pairs(right) if twos[False] else ())]),
    }
    bare = {q.value for q in (*lq, *rq) if not q.units and not q.vague}  # they count whatever the other side counts
    found: dict[bool, list[Figure]] = {}
    figs: dict[bool, Figures] = {}

    def listed(right_side: bool) -> list[Figure]:  # read only when a number has no exact counterpart
        if right_side not in found:
            side = right if right_side else left
            found[right_side] = figures(" ".join(side.written(a, b) for a, b in side.spans))
        return found[right_side]

    def figures_of(right_side: bool) -> Figures:
        if right_side not in figs:
            figs[right_side] = Figures(listed(right_side))
        return figs[right_side]

    judged: dict[tuple[object, ...], bool] = {}

    def unmatched(q: Quantity, right_side: bool) -> bool:
        key = (q.value, q.units, q.vague, q.descriptive, q.celsius, q.low, q.high, right_side)
        if key not in judged:
            judged[key] = judge(q, right_side)
        return judged[key]

    def regrouped(value: str, right_side: bool) -> bool:
        """Whether what the other side's figures of ``value`` count is counted by another figure on this side."""
        key = ("regrouped", value, right_side)
        if key not in judged:
            judged[key] = index[right_side].counts_elsewhere(index[not right_side].units_of(value), value)
        return judged[key]

    def judge(q: Quantity, right_side: bool) -> bool:
        theirs = index[not right_side]
        if q.value in theirs.by_value:
            if q.value in bare or q.units & theirs.units_of(q.value):
                return False
            if not theirs.measures_of(q.value).has_same(q) and _measured(q) & theirs.dimensions_of(q.value):
                return True  # "50 miles" ~ "50 kilometres": one number, two distances
            # the same figure with other words after it: "four workers" ~ "four miners" is one count in other words;
            # it is a difference when one side's words count something else on the other side ("12,000 special
            # forces" ~ "12,000 soldiers, including 1,500 special forces")
            return theirs.counts_elsewhere(q.units, q.value) or regrouped(q.value, right_side)
        if q.descriptive:
            return bool(theirs.descriptive_units & q.units)
        if theirs.measures.has_same(q):
            return False
        if q.vague:
            return not any(not f.percent and f.low <= q.high and q.low <= f.high for f in listed(not right_side))
        if math.isnan(q.low):
            return True
        return not covers(q.low, "percent" in q.units, figures_of(right_side), figures_of(not right_side))

    def evidence(side: ItemSide, mine: list[Quantity], right_side: bool) -> tuple[str, ...]:
        theirs = index[not right_side]
        partner = {n: q.converted for n, q in enumerate(mine) if q.converted is not None}
        partner |= {m: n for n, m in partner.items()}
        out: list[str] = []
        shown: set[int] = set()  # quantities already quoted inside another one's evidence
        for n, q in enumerate(mine):
            if q.token in shown or not unmatched(q, right_side):
                continue
            if n in partner and not unmatched(mine[partner[n]], right_side):
                continue  # "50 miles (80 km)": the conversion has its counterpart
            counted = theirs.units_of(q.value)  # what the other side's figure counts
            tied = (
                [o for o in mine[n + 1 : n + 1 + TIE_REACH] if o.value != q.value and o.units & counted]
                if counted and not q.units & counted
                else []
            )
            if tied:
                out.append(f"{_modifier(side, q)}{joined(side, q.token, q.end, tied[0])}")
                shown.add(tied[0].token)
            elif n + 1 < len(mine) and _range_end(side, q, mine[n + 1]):
                end = mine[n + 1]  # "$800 to $1,000 per trained employee", not "$800" and "$1,000 per …"
                at = side.tokens[end.token].start
                space = " " if side.text[at - 1 : at].isspace() else ""  # "80 to 100 mm", "a 5-2 vote"
                out.append(f"{_modifier(side, q)}{side.written(side.tokens[q.token].start, at)}{space}{end.written}")
                shown.add(end.token)
            else:
                out.append(_as_shown(side, q))
                for o in mine[n + 1 : n + 1 + TIE_REACH]:  # "two of its 17 matches": the 17 is shown
                    if o.token >= q.end:
                        break
                    shown.add(o.token)
        return tuple(dict.fromkeys(out))

    lev, rev = evidence(left, lq, False), evidence(right, rq, True)
    return Reason("number", lev, rev) if lev or rev else None


__all__ = ["joined", "number_reason"]
